"""The regex pieces the route forms are made of, over a sentence's skeleton.

A sentence's skeleton (:mod:`cqmap.geo.skeleton`) holds a token for each place: ``T``
stands for any of them. The pieces here are lists of places (:data:`TLIST`), chains of
them (:data:`CHAIN`, :data:`LINK`), a clause's characters (:data:`CLAUSE`), a service
word (:data:`SERVICE`) and the words of a service named after its ends (:data:`TAIL`,
:data:`SERVICE_KINDS`), and the words that say a start or an end (:data:`END_IS_RE`).
The forms are :mod:`cqmap.geo.route_forms` and its siblings; the words of where a
movement goes, made of these pieces, :mod:`cqmap.geo.route_movement_words`.
"""

from __future__ import annotations

from cqmap.geo.route_services import SERVICE_WORDS
from cqmap.geo.skeleton import ANY, B
from cqmap.geo.vocabulary import CORRIDORS, END_IS, ORIGIN_IS

__all__ = [
    "BRACKETED",
    "CHAIN",
    "CLAUSE",
    "CLAUSE_ENDS",
    "DASH",
    "JOIN",
    "END_IS_RE",
    "HOW_OFTEN",
    "LINE_BY_DIRECTION",
    "LINE_TAIL",
    "LINK",
    "LISTED_CHAIN",
    "NO_PLACE_ITEM",
    "ORIGIN_IS_RE",
    "SEMICOLONS",
    "SERVICE",
    "SERVICE_ENDS",
    "SERVICE_KINDS",
    "SPACE",
    "T",
    "TAIL",
    "TLIST",
    "TLIST_ASIDES",
]

# Semicolons part a sentence into clauses, each telling a service or an event of its own
# (渝桂新班列…开往新加坡;北部湾至香港航线也已启动; 今年5月14日,…开通;今天,…再开一条)
SEMICOLONS = "；;"


T = ANY  # any place
# An item of a list of ends that names no place the gazetteer holds, between two that do
# (沙巴 in 至上海、沙巴、北京的航线): passed over, the list read on to its last end, not cut
# short; where a place's name starts it, that place is kept (外高桥保税区: the port area
# 外高桥, a facility cqmap derives). Every list of ends joins its items with :data:`JOIN`
NO_PLACE_ITEM = f"{T}?[\u4e00-\u9fff]{{2,6}}"
# (林查班/曼谷: a slash between two places lists them)
# (the last joined by 以及: 至日本、韩国以及新加坡等地的直航航线; after a comma too, 运往
# 新加坡，以及越南胡志明和泰国曼谷)
# (a space around a comma, as pages copied from the web type it: 驶往德国 、波兰)
SPACE = "[ \u3000\u00a0]?"
JOIN = f"{SPACE}(?:[、和及与/]|[，,]?以及){SPACE}(?:{NO_PLACE_ITEM}{SPACE}、{SPACE})?"
TLIST = f"{T}(?:{JOIN}{T})*"
# (飞往印度(德里、孟买)、孟加拉(达卡): a country with its cities in brackets)
# (an aside after an end that is no place of its own: 波兰马拉舍维奇(华沙)、比利时根特;
# the last joined by 以及: …、俄罗斯以及拉脱维亚里加)
_ASIDE_PLACES = "(?:[（(][^()（），。；,;]{0,40}?[)）])?"
TLIST_ASIDES = f"{T}{_ASIDE_PLACES}(?:{JOIN}{T}{_ASIDE_PLACES})*"
# a character of the clause that is no place (route names and tails run over these)
CLAUSE = r"[^，。；,;：:\ue000-\uefff]"
CLAUSE_ENDS = "，。；,;"
SERVICE = f"(?:{'|'.join(SERVICE_WORDS)})"
# (= between two places, as some pages type a line's ends: 鄂州=仁川国际货运航线)
DASH = "[—–\\-－~～=＝]"
# How often a service runs (每周3班, 每天两班, 天天班), told between its opening or its ends
# and its service word
HOW_OFTEN = "(?:每(?:周|天|日|月)[一两二三四五六七八九十\\d]+[班趟列]|天天班?)"
BRACKETED = r"[(（][^()（）]{0,16}[)）]"  # an aside: 内江(自贡)至…, 南通港(狼山码头)
# a link of a chain: dashes (one or two) or 至, a place, an aside in brackets
# (一 between two places stands for a dash in pages typed or recognised carelessly:
# 万州一宜昌)
# (飞 or 直飞 between two places names an air line by its ends: 武汉飞大阪的货运航线,
# 厦门直飞曼谷的全货机货运航线)
# (a slash between two places of a link: either, 哈萨克斯坦—霍尔果斯/阿拉山口—长沙)
# (到 after a stop passed: 西安经青岛到玛瑙斯的班列 ends at 玛瑙斯, not at 青岛)
# (a stop the gazetteer does not know between two dashes, 重庆-克拉斯诺亚尔斯克(经停)-莫斯科
# 货运航线: no stop of the route, which the service's name still gives; after its country,
# 中国珲春-俄罗斯扎鲁比诺-韩国束草: a stop in that country)
# (that one tried first: a chain goes on past it rather than end at its country)
LINK = (
    f'(?:{DASH}{{1,2}}{T}?[\u4e00-\u9fff]{{2,8}}(?:{BRACKETED})?(?={DASH}{{1,2}}[“”"]?{T})'
    f'|(?:{DASH}{{1,2}}|至|经|一|直?飞|(?<=经{T})到)[“”"「」]?{T}(?:/{T})*[“”"「」]?(?:{BRACKETED})?)'
)
# A chain of places: 泸州—武汉—台湾, 泸州至珞璜港至果园港 (in quotes, or in the corner
# brackets of Traditional pages: 「郑州—塔什干—伊斯坦布尔」)
CHAIN = f'[“"「]?{T}[“”"「」]?(?:{BRACKETED})?(?:{LINK})+'
# A chain of a list of lines whose last end lists two places (青岛至福冈和大阪、青岛至
# 海防: 福冈 and 大阪); not a place starting the next chain (江津-乐山和江津-昆明)
LISTED_CHAIN = f"{CHAIN}(?:[和及]{T}{{1,2}}(?!{DASH}|至|{T}))?"
# The words between a route's ends and its service word: a clause, in which a grouping
# or a country may stand (…码头至南充河西码头的川渝水路货运航线); not a corridor's
# (欧洲-成都-东南亚货运列车通道)
# The words of a service named right after its ends (南宁到河内集装箱跨境班列): kinds of
# service only, no verb between (两江新区到万州区考察航线 is a visit)
SERVICE_KINDS = (
    "集装箱|水运|跨境|国际|货运|冷链|直达|快速|铁海联运|海铁联运|铁水联运|水铁联运|江海联运|江海直达|"
    # (首条, the first line of its kind as 首趟 the first train: 涪陵到南京首条集装箱航线)
    "多式联运|中欧|中亚|中老|中越|汽车|公路|首趟|首列|首班|首条|精品|公共|"
    # (the corridor a train runs on, by the names that are no service of their own:
    # 宜宾到钦州港陆海新通道班列)
    + "|".join(n for c in CORRIDORS for n in c.names if n.endswith("通道"))
)
# Not a service after its words: a channel or corridor (…班列通道), nor the type of ship
# built for a line (涪陵—太仓港的江海直达货轮船型研究: a design, no run)
_NO_SERVICE_AFTER = "(?!通道|大通道|走廊|网|[^，。；,;\ue000-\uefff]{0,6}?船型)"
# (the same, not captured: a line told again after it, 通往上海宜东的内贸直达线)
LINE_TAIL = f"(?:{CLAUSE}|{B}){{0,14}}?{SERVICE}(?:航线|班轮|班列|专列)?{_NO_SERVICE_AFTER}"
TAIL = f"(?P<tail>(?:{CLAUSE}|{B}){{0,14}}?{SERVICE}(?:航线|班轮|班列|专列)?){_NO_SERVICE_AFTER}"

# Words that say where a service starts or ends, right before the place (始发地是, 终点为)
END_IS_RE = "|".join(END_IS)
ORIGIN_IS_RE = "|".join(ORIGIN_IS)


# the lines of a network named by their direction: 东线, 东复线, 欧亚线
LINE_BY_DIRECTION = "[东西南北中复亚]线"
# the last two characters of a service's name before its ends in brackets (渝甬班列(…),
# 中老铁路(…), 东线(…))
SERVICE_ENDS = "|".join(
    dict.fromkeys([*(w[-2:] for w in SERVICE_WORDS), "铁路", LINE_BY_DIRECTION])
)
