"""The mode of a freight route: the words that say it, and how a line is told flown, by
ship or changing service.

The mode a service's wording says (:data:`MODE_WORDS`, :func:`mode_of`: 铁海联运 is
rail-sea, 班列 rail), whether a line is flown (:data:`BY_AIR`, :data:`AIR_FREIGHT`,
:func:`air_line`, :func:`flown_freight`) or told of ships (:func:`not_by_water`), and goods
changing service on the way (:data:`TRANSFER`; a train's goods onto other wagons,
:func:`regauged`, or onto a ship at sea, :func:`on_by_ship`). Kept apart from the words of
services (:mod:`cqmap.geo.route_services`), which list the modes' words among the hints.
"""

from __future__ import annotations

import re

from cqmap.geo.vocabulary import MODES

__all__ = [
    "AIR_FREIGHT",
    "BY_AIR",
    "FLIES_TO",
    "FLOWN",
    "LANDS",
    "MODE_WORDS",
    "TRAINS",
    "TRANSFER",
    "air_line",
    "flown_freight",
    "mode_of",
    "not_by_water",
    "on_by_ship",
    "regauged",
]

# Modes from the wording, the most specific first (铁海联运班列 is rail-sea, not rail).
MODE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rail-river", ("铁水联运", "水铁联运", "铁江联运")),
    (
        "river-sea",
        ("江海联运", "江海直达", "江海直航", "江海中转", "河海直达", "河海联运", "近洋", "远洋"),
    ),
    # (铁海快线: a rail-sea express line)
    ("rail-sea", ("铁海联运", "海铁联运", "陆海联运", "铁海快线", "海铁快线")),
    # (一列货车, 首列货车, 一列“东盟快班”: 列 counts trains; a lorry is 一辆货车)
    # (动车组, 高铁: goods on a high-speed train)
    (
        "rail",
        (
            "班列",
            "专列",
            "铁路",
            "火车",
            "列车",
            "快铁",
            "货列",
            "列货车",
            "一列",
            "首列",
            "动车组",
        ),
    ),
    (
        "river",
        (
            "班轮",
            "航线",
            "水水中转",
            "船",
            "货轮",
            "水运",
            "航运",
            "快线",
            "穿梭巴士",
            "港航巴士",
            "水上巴士",
            "水上快速通道",
            '[”"」]轮|轮[”"」]',  # (a ship by its name: “华航汉亚6”轮, “新上海轮”, 「新上海轮」)
            r"[\u4e00-\u9fff](?<!第)\d{2,5}轮",  # (远顺5698轮; not 第12轮, a round)
            "集装箱轮",
            "该轮(?![次融谈会比])",  # (该轮从宁波港起航: the ship told of; not 该轮融资, a round)
            "散货轮",
            "江轮",
            "船队",
            "直航",
            "快班",
            "快航",
        ),
    ),
    # (TIR: trucks under the international road transport convention, 郑州—阿什哈巴德TIR运输线路)
    (
        "road",
        # (短驳: a short haul by lorry between two facilities, 从天河机场短驳至花湖机场)
        (
            "货运车",
            "货车",
            "卡车",
            "公路",
            "班车",
            "冷链车",
            "汽车运输",
            "道路运输",
            "车队",
            "TIR",
            "短驳",
        ),
    ),
)
assert {mode for mode, _ in MODE_WORDS} < set(MODES)


# A line by air (烟台—巫山直飞航线, 成渝机场群的国际航线) ...
# (直航班轮 is a liner; 全货运航线, 全货机: all-freighter lines; 货航, a freight airline)
# (空中通道, 空中丝绸之路: a way through the air)
BY_AIR = re.compile(
    "直飞|航班(?!轮)|飞机|民航|航空|机场|空运|全货运|全货机|航权|空中(?:通道|走廊|丝)|货航(?!线)"
)
# ... and a sentence of aircraft, whose 航线 is an air line (货机…飞往欧洲)
# Flying somewhere (飞往, 飞抵, 飞到 a place)
# (飞 between two places of a skeleton: 武汉飞大阪的货运航线)
# (landing at a place: 降落在花湖机场, 落地南昌昌北国际机场, 着陆, 降在; 落地 only right
# before the place, not a plan carried out, 项目落地)
LANDS = "降落(?:在|于|到)?|着陆(?:在|于)?|降在|落地(?:在|于)?(?=[\ue000-\uefff])"
FLIES_TO = re.compile(f"飞往|飞抵|飞到|(?<=[\ue000-\uefff])直?飞(?=[\ue000-\uefff])|{LANDS}")
FLOWN = re.compile(f"货机|客机|{FLIES_TO.pattern}|包机|执飞|首航航班|起飞|升空|腾空")
# ... is a freight route (mode ``air``) where it carries freight (货运航线, 全货机, 航空货运);
# a line of passengers' flights is none; an airline of freight or mail (邮政航空, 顺丰航空)
# flies freight
AIR_FREIGHT = re.compile(
    "货运航线|货运航班|货机|航空货运|货邮|航空物流|空运|货运包机|货运枢纽机场|货运机场"
    "|(?:邮政|顺丰|圆通|京东|中通|中州|货运|快运)航空|邮航"
    # (货运飞机, a freighter written in full)
    "|货运飞机"
    # (the post's own lines: 中国邮政开通的又一条“冷鲜肉”航线, mail and goods flown)
    "|中国邮政"
    # (a freight airline as its name is written short: 卢森堡货航, 西北国际货航; not 散货航线)
    "|货航(?!线)"
    # (an air line told by its figure of trade, the silk road of the air: 郑州—卢森堡
    # “空中丝绸之路”, a line of freight whatever else the sentence says)
    "|空中丝绸之路|空中丝路"
    # (…航班顺利首航,载着8吨电子元件、药品等货物离开机场: a flight of goods)
    "|(?:航班|飞机|客机)[^。；;]{0,24}?(?:携带|装载|满载|载着|装着|运载)[^，,。；;]{0,24}?"
    "(?:货物|物资|货品)"
    # (满载货物的QW6191航班从…启程: the goods told first)
    "|(?:携带|装载|满载|载着|装着|运载)[^，,。；;]{0,12}?(?:货物|物资|货品)的"
    "[^，,。；;]{0,12}?(?:航班|飞机|客机)"
)
# (words of ships: a sentence of a port's liners and its airport names no air line)
# (海上直航航线: a line at sea; not 海上丝绸之路, the sea's trade as a whole)
# (not 进出港, arrivals and departures of any kind: 全货机…每周可提供110吨的进出港运力)
_BY_WATER = re.compile("船|班轮|(?<![香空])(?<!进出)港(?!澳)|江海|水运|码头|海上(?!丝)")


def not_by_water(text: str) -> bool:
    """Whether a sentence holds no word of ships (船, 班轮, 港, 码头 …)."""
    return _BY_WATER.search(text) is None


def flown_freight(text: str) -> bool:
    """Whether a sentence tells freight flown (一架全货机从成都起飞), not ships."""
    return (
        AIR_FREIGHT.search(text) is not None
        and FLOWN.search(text) is not None
        and not _BY_WATER.search(text)
    )


def _sailings(text: str) -> bool:
    """Whether a sentence's 航班 are a liner's sailings (太仓港开通了至洋山港的中转航班): a
    sentence of ships and of no aircraft but its 航班."""
    return _BY_WATER.search(text) is not None and all(
        m.group() == "航班" for m in BY_AIR.finditer(text)
    )


def air_line(tail: str, name: str | None, text: str) -> bool:
    """Whether a line read from ``text`` (its words ``tail`` before the service word, its
    ``name``) is flown: by its own words, or a 航线 in a sentence of aircraft and not of
    ships."""
    own = [m.group() for w in (tail, name or "") for m in BY_AIR.finditer(w)]
    if own and not (set(own) == {"航班"} and _sailings(text)):
        return True
    if tail.endswith("包机"):
        return True  # (a charter, 包机, is flown)
    # (重庆至多哈直航, …直飞中东客运航班: a line flown, 直航 told in a sentence of aircraft)
    line = tail.endswith(("航线", "航班", "直航")) or (name or "").endswith("航线")
    return line and (FLOWN.search(text) or BY_AIR.search(text)) and not _BY_WATER.search(text)


_MODE_RES = tuple((mode, re.compile("|".join(words))) for mode, words in MODE_WORDS)


# A train told as what a line of another mode belongs to (本次班列的海运航线, 该班列配套的
# 海运段): the line is the service told, the train only whose it is
_TRAINS_OWN = re.compile(
    "(?:班列|专列|列车)(?:配套|对应|衔接)?的(?=(?:海运|海上|水运|远洋)(?:航线|航段|段|班轮))"
)


def mode_of(text: str, default: str | None = "unspecified") -> str | None:
    """The first mode of :data:`MODE_WORDS` one of whose words ``text`` contains (not a
    train's, told as whose a line of the sea is: :data:`_TRAINS_OWN`)."""
    if "的" in text and _TRAINS_OWN.search(text):
        text = _TRAINS_OWN.sub("的", text)
    for mode, words in _MODE_RES:
        if words.search(text):
            return mode
    return default


# The goods change to another service (到达湛江港后,转搭华南集装箱快线): a route ends there
# (到站后由当地物流公司接力: another carrier takes them on, a relay)
TRANSFER = re.compile(
    "转搭|转乘|换乘|换装|转装|改由|转由|转驳|转海运|转海船|转海轮|换海船|换海轮|接力"
)
# A train's goods moved onto other wagons, where the gauge changes at a border (在后贝加尔
# 斯克换装至宽轨冷藏车组, 到达阿拉山口换装后发往阿拉木图, 换轨后继续西行): the train's run goes
# on, the station a stop; not onto a ship, a truck, a plane or a service of its own
# (换装海轮, 换装汽车, 换装国际班列)
_REGAUGE = re.compile(
    "(?:换装|换轨)(?![^，。；,;]{0,12}?(?:海|船|轮|汽车|卡车|公路|航空|飞机|货机|班列|班轮|快线|专列))"
)


def regauged(skeleton: str, transfer: re.Match) -> bool:
    """Whether a :data:`TRANSFER` match is a train's goods moved onto other wagons of
    the railway (换装至宽轨车组, 换装后发往…), no service of another mode."""
    return _REGAUGE.match(skeleton, transfer.start()) is not None


# …by a ship over the sea, no service named (再换装海运货轮运抵新加坡, 转海运发往印度, 通过
# 船舶转运至越南): a train's goods going on so are the train's rail-sea route, the port a
# stop (not 换装国际班轮发往欧洲: a liner of its own)
# (转乘轮渡横渡里海, 换装船运跨里海: a train's goods ferried across a sea, on to its end)
_BY_SEA = re.compile("海运|海船|海轮|货轮|船舶|轮船|出海|轮渡|渡轮|船运")
# The modes of a train's route (its goods may go on over the sea on the same route)
TRAINS = ("rail-sea", "rail")
_NAMED_SERVICE = re.compile("班轮|航线|快线|班列|专列|航班")


def on_by_ship(text: str, start: int, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` (where goods go on) says a ship at sea and names no
    service of its own, nor a market (随后换装海轮运往中东市场: where the goods are sold,
    not the train's end)."""
    end = len(text) if end is None else end
    return (
        _BY_SEA.search(text, start, end) is not None
        and _NAMED_SERVICE.search(text, start, end) is None
        and text.find("市场", start, end) < 0
    )
