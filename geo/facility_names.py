"""A facility's own name: the words that end one (码头, 港区, 站 …), the parts that say
which of a facility's parts it is (集装箱, 一期, 北), the words of kind or number that name
none (新建码头, 三个枢纽港区: :data:`NOT_NAMES`), and how a station's name is written
(钦州港火车站 is 钦州港站). :mod:`cqmap.geo.facilities` reads the facilities of a text with
them; :mod:`cqmap.geo.matcher` asks whether a facility's name confirms the place before it.
"""

from __future__ import annotations

import re

from cqmap.geo.vocabulary import COMPANY_WORDS

__all__ = [
    "AREA_NAMES",
    "FACILITY_PARTS",
    "SERVES",
    "NAMED",
    "NOT_AFTER_FACILITY",
    "NOT_NAMES",
    "NOT_PORT_NAMES",
    "AIRPORT_ABROAD",
    "NOT_STATION_ENDS",
    "STATION_ABROAD",
    "ZONE_WORDS",
    "PORT_ABROAD",
    "PORT_OF_ITS_OWN",
    "RAILWAY_STATION",
    "is_own_name",
    "is_railway_office",
    "port_abroad",
    "names_a_facility_after",
    "station_name",
]

FACILITY_PARTS = (
    "集装箱",
    "件散货",
    "散货",
    "滚装",
    "多用途",
    "货柜",  # (葵涌货柜码头: a container terminal, as Hong Kong writes it)
    "一期",
    "二期",
    "三期",
    "四期",  # (洋山港四期码头: the port's fourth phase, no terminal named 四期)
    "五期",
    "东",
    "西",
    "南",
    "北",
    "铁路",
    "国际",  # (泸州港国际集装箱码头)
    "汽车",  # (长沙新港汽车滚装码头)
    "自动化",  # (钦州港自动化集装箱码头)
)
# What a terminal, yard or freight centre serves, as part of its name (三江港区综合码头,
# 吉安石溪头货运码头, 泰和沿溪综合货运码头, 赤湖公用码头, 长春远达铁路综合货场); not before
# an area's word (综合港区: what kind of area)
SERVES = "(?:综合货运|综合|货运|公用)(?!港区|作业区)"

# (not 站在/站上/站起: to stand, nor 站点, a stop, nor 站台, a platform, nor 站长, its
# master; but 码头上 is on it and 码头起航 a ship leaving it; not 港务, 港航 (but 港航线,
# 港航班: the port's line), 港城, 港口群:
# words of their own; not 口岸办, 口岸物流办: an office of the place, but 场站办起仪式 holds
# one; not 港集团, 港股份: a company, nor 港投, a port investment company, 成都港投集团, but
# 綦江港投入使用; not 站活动, (重庆站)活动: an event's stop in a city; not 口岸管理处, 码头
# 管理所: an office named after them)
NOT_AFTER_FACILITY = f"(?![务城澳型]|航(?![线班])|口?群|口城|办(?![起理])|管理[处局所]|(?<=站)[在上点台]|(?<=站)长(?!江)|(?<=站)[)）]?活动|(?<=港)投(?![入产运用放建])|起(?![航运锚飞程步])|物流办|{'|'.join(COMPANY_WORDS)})"

# A station's name ends in 站, whether the text says 火车站 or 站
# (钦州港火车东站 is 钦州港东站)
_STATION = re.compile("火?车(?=[东西南北]?站$)")


def station_name(name: str) -> str:
    """A facility's name with 火车站 or 车站 at its end written 站 (钦州港火车站 is 钦州港站,
    钦州港火车东站 钦州港东站)."""
    return _STATION.sub("", name)


# After a place or a facility: a name of its own, two or three characters, and a word
# for a terminal, a port area, a yard or an airport (北碚犁子林码头, 万州红溪沟散货码头, 遵义港
# 沙湾港区, 贵阳龙洞堡国际机场).
# The name is the text's: nothing is guessed, and the facility sits at its place.
# (南京尧化门铁路货场, 武汉东西湖铁路集装箱中心站: a railway's, a container yard's)
_NAMED_WORDS = (
    "码头", "保税港区", "港区", "作业区", "货场", "火车站", "物流园", "国际物流园", "国际机场", "机场",
    "中心站", "场站", "车站", "货运站", "站",  # (玉溪研和货运站: a freight station of its own name)
    "口岸",  # (勐腊勐满口岸, 老挝班海口岸: a port of entry of its own name)
    "国际港",  # (九江红光国际港: a port of its own name at the place)
    "国际物流港", "物流港",  # (汕尾小墨国际物流港: a dry port of its own name at the place)
    "国际无水港", "无水港",  # (达州秦巴无水港: likewise)
    "物流基地",  # (绵阳皂角铺铁路物流基地: a railway's freight base of its own name)
    "物流中心",  # (保山蒲缥物流中心, 江津小南垭物流中心: a freight centre of its own name)
    "国际联运港", "联运港",  # (双流空铁国际联运港, 双流空铁联运港)
    "营业网点",  # (北京铁路物流中心琉璃河营业网点: a freight outlet of the hub)
    "专用线",  # (防城港下塘铁路专用线, 深圳横岗专用线: a siding of its own name)
    "铁路货运中心",  # (济南董家铁路货运中心: a railway's freight centre of its own name)
)  # fmt: skip
# (卢森堡迪德朗日铁路场站, 杜伊斯堡的DIT场站: a longer or a Latin name before a word that
# only names a freight yard)
_YARD_AHEAD = "(?=(?:铁路)?(?:集装箱)?(?:场站|货场|中心站|专用线))"
# (南通吕四起步港区: a port area's name of four characters)
_AREA_AHEAD = "(?=港区|作业区)"
# (抚远莽吉塔港码头: a port of its own name, three characters and 港, and its wharf)
_PORTS_WHARF_AHEAD = "(?<=港)(?=码头)"
# A terminal's phase of building, part of its name (三期多用途码头)
_PHASE = "[一二三四五六]期"
NAMED = re.compile(
    f"(?P<own>[\u4e00-\u9fff]{{2,3}}?|[\u4e00-\u9fff]{{4}}(?:{_YARD_AHEAD}|{_AREA_AHEAD}|{_PORTS_WHARF_AHEAD})"
    f"|[A-Z]{{2,5}}{_YARD_AHEAD})"
    # (舟山鼠浪湖矿石中转码头: what it handles, and that it tranships)
    # (天津港太平洋国际集装箱码头: an international container terminal of its own name)
    # (某港某某三期多用途码头, 某港某某自动化码头: its phase, and that it works by itself)
    f"(?P<part>(?:{_PHASE})?(?:(?:铁路)?(?:国际)?(?:自动化)?(?:{'|'.join(FACILITY_PARTS[:6])}|旅游|矿石中转|矿石|煤炭|粮食|中转|{SERVES})|铁路|自动化)|{_PHASE})?"
    f"(?P<w>{'|'.join(_NAMED_WORDS)}){NOT_AFTER_FACILITY}"
)
# A station of its own name after a city and its railway (南昌铁路向塘站): the city's station
RAILWAY_STATION = re.compile(
    f"铁路(?P<own>[\u4e00-\u9fff]{{2,3}}?)(?P<part>)(?P<w>站|货场){NOT_AFTER_FACILITY}"
)
# The characters after 港 that make it part of another word, no port's 港: 港口, 港区 (a
# port's words), 港务, 港航, 港城, 港湾, 港澳 (Hong Kong and Macau)
GANG_IN_ANOTHER_WORD = "(?![口区务航城澳湾])"
# A port of its own name, two characters and 港, after a place and 的 (宜城市的小河港); not
# 港口, 港区 …, and not a word of kind (的枢纽港, 的出海港: NOT_NAMES)
PORT_OF_ITS_OWN = re.compile(
    f"(?P<own>[\u4e00-\u9fff]{{2}})(?P<w>港){GANG_IN_ANOTHER_WORD}{NOT_AFTER_FACILITY}"
)
# After a place abroad: a port's own name, two to four characters, and 港 (东方港 after
# 俄罗斯, 哈里发港 after 阿布扎比, 汉班托塔港; not 港务, 港口, 港区: words of their own)
# (港口 after a name of three characters or more, 扎鲁比诺港口: its port; 远东港口, ports)
PORT_ABROAD = re.compile(
    "(?P<own>[\u4e00-\u9fff]{2,4}?)(?P<port>(?:国际)?港)(?P<word>口)?(?![务航城区澳])"
)
# The last characters of a name that make a word with 站 of no freight station (思林电站, a
# power station; 泵站, 加油站, 兵站, 边检站; 装车站, a loading station; 汽车站, a bus station)
NOT_STATION_ENDS = frozenset("电泵基油气兵驿粮检哨装卸汽")
# A city's or county's zones of development, by their words (高新区, 经开区 …)
ZONE_WORDS = ("高新技术产业开发区", "经济技术开发区", "高新区", "经开区", "开发区", "工业园区")
# An airport's own name right after a country abroad (哈萨克斯坦纳扎尔巴耶夫国际机场): its
# name, as a transliteration, may be longer
AIRPORT_ABROAD = re.compile("(?P<own>[\u4e00-\u9fff]{2,8}?)(?P<port>国际机场|机场)")
# A station's own name right after a country abroad (哈萨克斯坦阿腾科里站, 乌兹别克斯坦阿布雷克站):
# a transliteration, longer than a Chinese name; not a word of a station's kind or role
# (车站, 边境站, 换装站, 电站), nor a word of moving first (老挝开进研和站: the run, then 研和站)
STATION_ABROAD = re.compile(
    "(?![开驶运抵到达发进经至从由在向往])(?P<own>[\u4e00-\u9fff]{2,6}?)"
    f"(?<![{''.join(sorted(NOT_STATION_ENDS))}])(?P<port>站)(?![点长台务区])"
)
# Words that say what kind of terminal it is, or which, rather than name it (新建码头,
# 沿江港区, 三个枢纽港区); a name that starts with one of them is none.
NOT_NAMES = (
    "新建", "已建", "在建", "建成", "现有", "主要", "其他", "其它", "各类", "各个", "大型",
    "现代", "综合", "专用", "公用", "公共", "沿江", "沿线", "沿岸", "全部", "所有", "多个", "重点",
    "枢纽", "区域", "周边", "境内", "辖区", "本地", "当地", "国际", "内河", "内陆", "港口", "货运",
    "客运", "物流", "交通", "一批", "部分", "规划", "城区", "市区", "中心", "首个", "第一", "一个", "两个",
    "三个", "四个", "五个", "几个", "一座", "专业", "散货", "集装", "件散", "滚装", "旅游",
    "两大", "三大", "四大", "五大", "几大", "各大",
    # (中国物流成都分公司物流基地: a company's branch, no name of a facility)
    "分公司", "公司",
    # (西藏边境口岸, 广西记者站: a border's crossings, a paper's office; 中尼口岸, 中越
    # 口岸: the crossings between two countries, by their short names)
    "边境", "记者", "中尼", "中越", "中老", "中俄", "中蒙", "中哈", "中吉", "中塔", "中巴",
    "中缅", "中朝", "中欧", "中亚", "中印", "中泰",
    # (国境站: a crossing's station, named after the crossing)
    "国境",
    # (进入中国的入境口岸, 出境口岸: where goods come in or go out, no crossing's name)
    "入境", "出境", "进境", "出入", "进出", "过境",
    # (中国铁路北京局下花园铁路货场: the railway bureau's word, then the yard's own name)
    "局",
    # (支线机场, 通用机场, 运输机场: what kind of airport)
    "支线", "通用", "运输", "民用", "军用", "民航",
    # (配套物流园: what goes with another)
    "配套",
    "铁路", "码头", "港区", "作业", "货场", "企业", "政府", "人民", "全市", "全区", "全县", "全省", "全国",
    "保税", "东客", "西客", "南客", "北客", "客运", "高铁", "地铁", "轻轨",
    # (站 names many things that are no freight station: 火车站 itself, 水电站, 汽车站 …)
    "火车", "水电", "电站", "变电", "加油", "加气", "充电", "服务", "汽车", "公交", "收费",
    "检查", "派出", "工作", "气象", "水文", "监测", "观测", "泵站", "污水", "基站", "网站",
    # (红其拉甫边检站: the border police's post, no freight station; 宜城电厂铁路专用线: the
    # plant's siding, no name of its own)
    "边检", "边防", "电厂",
    # (兴隆场站编组站: the station's marshalling yard, a word of kind after it, no name)
    "编组",
    # (某港近几年码头与物流…: a time told, no name; 某港铁海国际物流园: the port's rail and
    # sea park, the port's 港 and the ways it joins)
    "近几", "近年", "近些", "近期", "今年", "去年", "明年", "前年", "当年", "多年", "历年",
    "今后", "未来", "目前",
    "港铁",
    # (某港区是该港的主力作业区, 打造示范港区, 三个核心港区: what part it plays, not which)
    "主力", "示范", "核心",
    # (来某地调研某某港区, 考察某某码头: a visit's verb, then the facility's own name; 某市的
    # 一部分港区: some of its areas)
    "调研", "考察", "视察", "参观", "走访", "一部分",
    # (优化、调整港区布局, 整合港区资源: a verb done to the areas, then the word; no name)
    "调整", "优化", "整合", "完善", "提升", "建设", "改造", "扩建", "拓展", "推进", "加快",
    "打造", "发展", "开发", "搬迁", "关闭", "合并", "统筹", "规范", "做强", "做大", "壮大",
    # (自动化码头, 片区集装箱码头, 开放码头: what kind, not which)
    "自动", "片区", "开放", "智能", "智慧", "绿色", "新型", "老旧", "临时",
    # (中国的终点站, 荆州港的核心港区: which for the service or the port, not a name)
    "终点", "起点", "始发", "中转", "目的", "核心",
    # (沿海港, 干线港, 出海港, 进出港: what kind of port, or ships going in and out; 某地
    # 古港码头: the old port's wharves)
    "沿海", "干线", "出海", "进出", "进港", "出港", "海港", "河港", "喂给", "集散", "古港",
    "始发港", "母港", "深水", "万吨", "千吨", "百吨", "亿吨", "吨级", "一类", "二类", "航空",
    "第二", "第三", "最大", "重要",
    # (宁波舟山港的货船停靠港区3号泊位: ships that call there, not a name)
    "货船", "货轮", "轮船", "船舶", "停靠",
    # (洋山深水港区同内河码头连通: with, not a name)
    "同", "跟",
    # (舟山市港航和口岸部门: the port and shipping office)
    "港航",
    # (黄石港电子口岸: an information system of the ports of entry, no facility)
    "电子",
    # (某市海运港, 某港水运码头: the way goods go is what kind of port or terminal, not which)
    "海运", "水运", "空运", "陆运",
    # (在永川站新设货运站: a station to be set up, no name)
    "设立", "设置", "建立", "开设", "设有", "增设", "新设", "成立",
    # (昆明信息港: a news site; 西安自贸港, 深圳陆路口岸, 中国内陆口岸, 新加坡等世界大港: what
    # kind of port or crossing; 江阴引航站: the pilots'; 哈萨克斯坦的唯一铁路口岸: which one;
    # 专用线连接码头: joining the wharf)
    "信息", "自贸", "陆路", "内陆", "世界", "引航", "唯一", "连接",
    # (太仓港疏港铁路专用线: the port's access line; 连云港口岸两翼港区: the crossing's two
    # flanks; 机场异地货站: the airport's desk elsewhere)
    "疏港", "两翼", "异地", "口岸",
    # (某港不少码头吃不饱, 经更多口岸运行: how many, not which)
    "不少", "更多", "很多", "许多", "众多", "诸多", "一些", "有些", "大量", "大批",
    # (由某港区接下主城港区迁出的业务: a verb done to the area, then its name)
    "接下", "承接", "接收", "迁出", "迁入",
    # (依托机场发展: leaning on the airport)
    "依托", "依靠", "借助", "利用",
    # (某轮自某港区驶离码头: a ship leaving or reaching the wharf, no name)
    "驶离", "驶出", "驶入", "驶进", "驶抵", "离开", "靠泊", "抵达", "到达", "进入",
)  # fmt: skip
# Words of kind that name a port's area all the same (宿迁港中心港区, 水富港中心作业区,
# 纳溪、中心、泸县…5个港区: the port's central area, so named)
AREA_NAMES = frozenset({"中心"})
# Words that say what kind of port it is, rather than name it (最大港, 重要港, 沿海港, 临空港)
# (南非的主流基本港, 的出海港, 的中转港: words of a port's role in shipping, no name)
NOT_PORT_NAMES = (
    *NOT_NAMES, "最大", "第一", "大型", "重要", "沿海", "临空", "航空", "基本", "喂给", "中转",
    "始发", "目的", "挂靠", "出海", "门户",
)  # fmt: skip
# (襄阳市以刘集机场为依托: 以, a word of grammar; 吉安陆地港暨吉安口岸: 暨, and; 某市
# 市区或机场: 或, or)
_NOT_NAME_CHARS = frozenset(
    "的和与及或等在了个各是为有将已把被从由到向至经这那该此其每再又也就还才以暨"
)
_JOINING = frozenset("的和与及等")


def names_a_facility_after(text: str, end: int, *, abroad: bool = False) -> bool:
    """Whether a facility's own name and its word follow ``end`` (沈阳虎石台站, 衡阳松木港:
    the place before it says where it lies, and is confirmed as a place by it); after a
    place ``abroad``, a port's own name may be longer (阿布扎比哈里发港, 雅加达丹戎不碌港)."""
    if abroad:
        if port_abroad(text, end, after_country=False) is not None:
            return True
    else:
        port = PORT_OF_ITS_OWN.match(text, end)
        if port is not None and is_own_name(port.group("own"), not_names=NOT_PORT_NAMES):
            return True
    if not _NAMED_WORD_FIRSTS.intersection(text[end + 2 : end + 5]):
        return False  # (no word of a facility, nor of its kind, where one could stand)
    m = NAMED.match(text, end)
    # (王家营西和桃花村物流中心: a 物流中心 confirms no weak name before it)
    return m is not None and is_own_name(m.group("own")) and m.group("w") != "物流中心"


def port_abroad(text: str, end: int, *, after_country: bool) -> re.Match | None:
    """A port's own name and 港 right after a place abroad at ``end`` (俄罗斯东方港,
    阿布扎比哈里发港), if it names one: not starting with a word of kind or number; 港口
    only after a country and a name of three characters or more (俄罗斯扎鲁比诺港口; not
    俄罗斯远东港口, ports of a part of it, nor 那霸签署伙伴港口, a word after a city)."""
    m = PORT_ABROAD.match(text, end)
    if m is None or not is_own_name(m.group("own"), not_names=NOT_PORT_NAMES):
        return None
    if m.group("word") and not (after_country and len(m.group("own")) >= 3):
        return None
    return m


def is_railway_office(m: re.Match) -> bool:
    """Whether a facility's name matched is a railway's office (贵铁物流中心: 贵阳's railway's
    freight office, named by the railway's short name)."""
    return m.group("w") == "物流中心" and m.group("own").endswith("铁")


# The first characters of the words that end a facility's own name (码头, 站 …)
_NAMED_WORD_FIRSTS = frozenset(w[0] for w in (*_NAMED_WORDS, *FACILITY_PARTS[:6], "铁路", "旅游"))


def is_own_name(
    own: str, *, not_names: tuple[str, ...] = NOT_NAMES, after_railway: bool = False
) -> bool:
    """Whether ``own`` names a facility: it does not start with a word of kind or number
    (``not_names``, :data:`NOT_NAMES` unless told) and holds no word of grammar (的, 和, 从
    …), but for a 和 that ends it (玉溪研和站: a name's own 和); after a railway
    (``after_railway``: 南昌铁路向塘站) only joining words (的, 和 …) are grammar, so that a
    station's name may hold a word of direction."""
    grammar = _JOINING if after_railway else _NOT_NAME_CHARS
    body = own[:-1] if own.endswith("和") and len(own) > 1 else own
    if own.endswith("网"):
        return False  # (果园港官方网站, 门户网站: a website, 网站, no station)
    if "铁路" in own and own[0] not in "东西南北":
        # (从江都铁路专用线: 铁路 is a word of the facility, not of its name; but
        # 廊坊北铁路货场 is the yard of the city's north station's railway)
        return False
    if _COUNTED_KIND.match(own):
        return False  # (九大港区, 十座码头: facilities counted, none named)
    if own.endswith("国际"):
        return False  # (某市双国际机场: 国际 is the airport's word, 双 says how many)
    return not own.startswith(not_names) and not grammar.intersection(body)


# A count of facilities of a kind (九大港区, 八座码头, 十余个作业区): no name
_COUNTED_KIND = re.compile("[一二三四五六七八九十两几多数百]+[余多]?[大座个处条]")
