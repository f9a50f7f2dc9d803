"""The context a place name needs, as data: the rules of the names that double as ordinary
words (:data:`CONTEXT_RULES`), the words that hold a name but name no place
(:data:`NOT_PLACES`), and the words before and after a weak name that make its context
strong (:data:`STRONG_BEFORE`, :data:`STRONG_AFTER`, a facility word, a dash). How they are
applied is :mod:`cqmap.geo.matcher`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cqmap.geo.regions import PROVINCE_ABBREVIATIONS
from cqmap.geo.vocabulary import (
    COMPANY_WORDS,
    CORRIDORS,
    DASHES,
    END_IS,
    FACILITY_WORDS,
    ORIGIN_IS,
    RAILWAY_GROUP_MARK,
)

__all__ = [
    "Rule",
    "CONTEXT_RULES",
    "STATE_OFFICES",
    "WEAK",
    "PORT_NAME",
    "PORT_AREA_NAME",
    "OFFICE_NAMED_AFTER",
    "COMPANY_NAMED_AFTER",
    "BY_NAMES",
    "AIRPORT_NAME",
    "STATE_NAME",
    "NOT_PLACES",
    "STRONG_BEFORE",
    "STRONG_AFTER",
    "DASHES",
    "STRONG_BEFORE_RE",
    "STRONG_BEFORE_SPAN",
    "VENUE_AFTER",
    "WORD_GOES_ON",
    "LISTED_AS_PLACES",
    "PLACE_COUNT",
    "RUN_TOGETHER",
    "NOT_A_PLACE_AFTER",
    "NAMED_SERVICE_BEFORE",
    "NAMED_SERVICE_AFTER",
    "LAST_CHARACTER_TAKEN",
    "TOWN",
    "COUNT_FIRSTS",
    "COUNTED_NOUN",
    "WORD_GOES_ON_AFTER_COUNT",
    "PERSON_BEFORE",
    "TITLED_PERSON_BEFORE",
    "STRONG_AFTER_RE",
    "STRONG_AFTER_FACILITY",
    "LIST_JOINERS",
    "listed_together",
]


class Rule(NamedTuple):
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    weak: bool = False
    chongqing: bool = False
    river_bank: bool = False  # not after a river in its clause (长江重庆段南岸 is a bank)
    # not beside a province's part named by a direction (川东、黔西、湘西、陕南: parts of
    # provinces, not 黔西市 and 湘西州)
    direction: bool = False
    # not at the start of a company's name (南京港龙潭集装箱有限公司: no 南京港)
    company: bool = False


_NOT_AFTER_INSIDE = tuple("境区市省国城体室年圈域园厂校院")

# Context rules for short forms and short country names that double as ordinary words.
CONTEXT_RULES: dict[str, Rule] = {
    "江北": Rule(after=("机场", "国际机场", "嘴")),
    "长寿": Rule(
        before=("健康", "福寿", "延年", "益寿"), after=("湖", "之乡", "村", "老人"), weak=True
    ),
    # (湄洲湾南岸, 太湖南岸: a bay's or a lake's south shore, as a river's)
    "南岸": Rule(
        before=("江", "河", "湾", "湖", "长江", "嘉陵江", "乌江", "东", "西", "北"),
        after=("边", "线"),
        river_bank=True,
    ),
    # (两江 alone is the new area only in a strong context: 两江、城口两地; else two rivers,
    # 依托两江, 两江通航设施)
    "两江": Rule(after=("四岸", "交汇", "汇流", "环抱", "沿岸", "两岸", "并流", "三峡"), weak=True),
    # (天府 alone is the new area only in a strong context; else 天府粮仓, 天府大地 …)
    "天府": Rule(
        after=("国际机场", "机场", "之国", "广场", "大道", "软件园", "国际会议中心", "文化"),
        weak=True,
    ),
    "内江": Rule(before=_NOT_AFTER_INSIDE),
    # (国内蒙受损失: 内 ends a word and 蒙受 begins one, no 内蒙)
    "内蒙": Rule(after=("受",)),
    # (金城口岸: a crossing's name and its word, not 城口县)
    "城口": Rule(before=("进", "出", "入", "县城", "村"), after=("岸",)),
    "巫山": Rule(after=("云雨", "山脉")),
    "石柱": Rule(after=("子", "上", "下", "旁"), weak=True),
    "安康": Rule(weak=True),
    # (prefectures named like a river, a basin, a grassland, a mountain range, a pass, a
    # gorge or a park: 牡丹江畔, 吐鲁番盆地, 呼伦贝尔大草原)
    **dict.fromkeys(
        ("牡丹江", "吐鲁番", "呼伦贝尔", "大兴安岭", "嘉峪关", "三门峡", "张家界"), Rule(weak=True)
    ),
    "乐山": Rule(after=("乐水",)),
    # (高峡出平湖: a calm lake the dam makes, a line of a poem, not 平湖市)
    "平湖": Rule(before=("高峡出",), weak=True),
    # (老城区 alone is a town's old quarter, 万州老城区, 他说老城区的交通…; 洛阳's district
    # only in a strong context: 洛阳老城区)
    "老城区": Rule(weak=True),
    "北京": Rule(after=("时间",)),
    "兰州": Rule(after=("拉面", "牛肉面")),
    "巴中": Rule(before=("川",)),
    "大足": Rule(),
    # (北部湾, the gulf, is its ports where trains go: 重庆—北部湾, 经北部湾出海; but
    # 广西北部湾 names the province's coast, where the province is the place, and
    # 广西北部湾国际港务集团 a company)
    "北部湾": Rule(
        before=("广西",),
        after=("经济区", "城市群", "海域", "地区", "沿海", "湾区", "出海口", "国际港务"),
        weak=True,
    ),
    # (果园 alone is the port only in a strong context: 上海—果园—南充, or where 果园港 is
    # named in full; else an orchard)
    "果园": Rule(weak=True),
    # (南彭 alone is the road freight hub only in a strong context: 重庆南彭—广西凭祥—越南河内;
    # else the town, 南彭街道)
    "南彭": Rule(after=("街道", "镇"), weak=True),
    # (鱼嘴 alone is the station only in a strong context: 班列从重庆鱼嘴启程; else the
    # town, 鱼嘴镇, or the bank, 鱼嘴段)
    "鱼嘴": Rule(
        after=("镇", "街道", "组团", "段", "片区", "工业园", "园区", "湾", "立交"), weak=True
    ),
    "三坪": Rule(after=("村", "镇", "乡", "社区", "街道"), weak=True),  # (the station, 新疆三坪)
    # (波兰马拉, 马拉舍维奇's short name, only in a strong context: not 马拉松, a race)
    "马拉": Rule(after=("松", "车", "着", "了", "开", "动"), weak=True),
    # (路北, 路南, 路桥 inside a word of ways: 合肥铁路北站 is 合肥's north station, 铁路桥
    # a bridge; not 唐山's 路北区 nor 台州's 路桥区)
    **dict.fromkeys(("路北", "路南", "路桥"), Rule(before=tuple("铁公马道陆水网线"), weak=True)),
    # (铁山港东港区: a port's east port area, not 日照's 东港区)
    "东港区": Rule(before=("港",)),
    # (东海 alone is the East China Sea, 由东海入江, 东海之滨; 连云港's county only in a strong
    # context or by its full name, 东海县)
    # (东海岸: an east coast, 位于东海岸的彭亨)
    "东海": Rule(after=("入江", "海域", "之滨", "沿岸", "海岸", "岸", "舰队"), weak=True),
    # (中老边境: the China–Laos border, not 营口's 老边区)
    "老边": Rule(after=("境",)),
    # (出海口, 入海口, 沿海口岸: an outlet to the sea, an estuary, the coast; not 海南's 海口)
    "海口": Rule(before=("出", "入", "沿"), weak=True),
    # (沿海港区, 盐城港滨海港区: a coast's port areas, 滨海's; not 秦皇岛's 海港区)
    "海港区": Rule(before=tuple("沿滨临")),
    # (三座滨海城市, 临海城市: cities on the coast; not 鞍山's 海城市)
    "海城市": Rule(before=tuple("沿滨临近环")),
    # (钦州港东, the station without 站: 钦州港东至团结村; not the port's east, 钦州港东航道)
    "钦州港东": Rule(after=("航道", "港区", "作业区", "片区", "岸线", "海域", "部")),
    # (洋浦 alone is its port: 洋浦至南沙, 洋浦小铲滩码头; not the zone, 洋浦经济开发区)
    "洋浦": Rule(after=("经济开发区", "开发区", "经济", "管委会", "新区", "湾", "镇")),
    # (珞璜 alone is the port in a route's chain, 泸州至珞璜至果园港; the town is 珞璜镇)
    "珞璜": Rule(after=("镇", "街道", "工业园", "电厂", "组团", "片区", "临港", "产业", "园区")),
    # (国家高新区: any such zone; 高新区 alone, in a strong context only: 高新区管委会 is
    # any city's)
    "高新区": Rule(before=("国家", "省级"), chongqing=True, weak=True),
    "法国": Rule(before=tuple("合非违守依执立宪司")),
    "德国": Rule(before=tuple("道品美公")),
    "美国": Rule(before=tuple("完优甜健精审")),
    "英国": Rule(before=tuple("精群")),
    # (日本语版: the Japanese language, as 日语 is; not the country)
    "日本": Rule(before=tuple("今昨明每当次同本节周"), after=("语",)),
    "泰国": Rule(before=("国",)),
    "巴西": Rule(before=("渝", "川", "鄂", "湘", "黔")),
    "印度": Rule(after=("洋",)),
    "中东": Rule(after=("部",)),  # (中东部地区: the centre and east of a country)
    # (哈萨克族, 塔吉克语: a people, a language)
    **dict.fromkeys(
        ("哈萨克", "乌兹别克", "吉尔吉斯", "塔吉克", "土库曼"), Rule(after=("族", "语", "文", "人"))
    ),
    # (蒙古族, 蒙古语, 蒙古包, 蒙古马: a people, a language, a tent, a horse)
    "蒙古": Rule(after=("族", "语", "文", "人", "包", "马", "长调", "高原")),
    # (换上海轮, 换上海运航线: 换上 and a sea-going ship or sea leg, not the city; 世界上海拔
    # 最高: 上 and 海拔, an altitude)
    "上海": Rule(before=("换",), after=("拔",)),
    **dict.fromkeys(
        ("黔西", "黔南", "黔东南", "黔西南", "湘西", "湘东", "桂东", "甘南"), Rule(direction=True)
    ),
    # (中国造, 中国式现代化, 中国特色: set phrases of a kind, not the country as a place)
    "中国": Rule(
        # (《今日中国》, a programme; 行走中国, 行进中国, 新时代中国调研行, 考古中国, 健康中国:
        # a campaign's or a programme's name, the country its theme)
        before=("今日", "行走", "行进", "新时代", "考古", "健康"),
        # (老中国际列车: 老中 and 国际, no 中国)
        after=("造", "制造", "智造", "创造", "特色", "式", "梦", "地图", "风格", "品牌", "际"),
    ),
}
WEAK = Rule(weak=True)
# 重庆港务物流集团 is a company, 宜宾港航局 an authority: not 重庆港, 宜宾港 (but
# 阳逻港航线 is the port's line)
# (the words after 港航 that make it the port-and-shipping trade, an authority or a firm)
_PORT_TRADE = ("局", "集团", "公司", "管理", "事", "投", "运", "发展", "中心", "部门", "企业", "物流", "业", "办")  # fmt: skip
# (nor 重庆港集团, a company: COMPANY_WORDS; nor 宜宾港口群, a cluster of ports named by their
# places)
# (nor 武汉新港委, 太仓港管委会, 西安国际港务区管委会: the port's administrative committee, an
# office named after it)
_PORT_OFFICE = ("委", "管委", "管理委员会")
# (nor 城陵矶新港区管委会, 某某口岸经济区管理委员会: the committee of a zone named after the port
# or crossing, an office as the port's own is)
_ZONE_OFFICE = tuple(z + o for z in ("区", "经济区") for o in ("管委", "管理委员会"))
OFFICE_NAMED_AFTER = re.compile("|".join((*_ZONE_OFFICE, *_PORT_OFFICE)))
PORT_NAME = Rule(
    after=(
        "务",
        "澳",  # (蛇口港澳客运码头: 港澳 is Hong Kong and Macau, the terminal's lines)
        "口群",
        *COMPANY_WORDS,
        *(f"航{w}" for w in _PORT_TRADE),
        *_PORT_OFFICE,
        *_ZONE_OFFICE,
    ),
    company=True,
)
# 果园港区管委会, 城陵矶新港区管委会: a port area's committee, an office named after it, as
# a port's is; a company named after it is no port area either
PORT_AREA_NAME = Rule(after=_PORT_OFFICE, company=True)
# 重庆机场集团 is the company that runs the airport: not 江北国际机场 (as 港务集团 is no port)
AIRPORT_NAME = Rule(after=COMPANY_WORDS, company=True)
# A division abroad named with its word of kind (西宁省, 太原省: Vietnam's provinces), where
# that word goes on into another word (西宁省级, 太原省委, 隆安省道): the word of China's
# place before it and a word of a province's affairs, no division abroad (the place
# before it is read instead)
STATE_NAME = Rule(
    after=("级", "份", "委", "会", "内", "际", "城", "道", "直", "属", "界", "部", "域", "外")
)
# A company named after a facility, its name going on right after the facility's and
# ending in a company's word (南京港龙潭集装箱有限公司, 长春国际陆港发展有限公司, 杜伊斯堡港口
# 集团): the company, no mention of the facility; a word of grammar or of what is done
# ends the name (青岛港会同…集团, 经果园港运往…有限公司)
COMPANY_NAMED_AFTER = re.compile(
    "(?:(?![的和与及或同在是为将对向从经由至到往抵驶停靠、]|运[往抵至到]|发[往出]|开[往出]|设[立有]"
    "|成立|出发|会同|联合|携手)[\u4e00-\u9fff]){0,6}?"
    "(?:有限公司|有限责任公司|股份有限|集团)"
)

# Short names that are better known as a city's by-name (山城 for 重庆, 榕城 for 福州): no
# short name of the district that holds them (鹤壁's 山城区, 揭阳's 榕城区, named in full)
BY_NAMES = frozenset({"山城", "榕城"})

# Words that hold a place name but name no place: rivers (嘉陵江北碚 is 北碚, not 江北),
# landforms, set phrases (江海联运) and corridors. Found like names, they shadow the names
# inside them.
NOT_PLACES = (
    "长江", "嘉陵江", "乌江", "渠江", "涪江", "沱江", "岷江", "金沙江", "汉江", "湘江",
    "赣江", "珠江", "西江", "黄河", "淮河", "澜沧江", "红河水", "大江",
    "黄浦江",  # (Shanghai's river: 黄浦江港区 holds no 浦江, 黄浦江畔 no 黄浦)
    "成都平原", "四川盆地", "江汉平原", "华北平原", "东北平原", "北京时间", "中国特色",
    "渤海",  # (a sea: 渤海东站 holds no 海东)
    "新中国",  # (the People's Republic as an era, 新中国成立后: no place)
    "中国共产党",
    "上海合作组织",  # (an organisation of states, 上合示范区 in 青岛: no 上海)
    "长江经济带", "成渝地区", "三峡库区", "江海",
    "武陵山",  # (渝东南武陵山区城镇群: the mountains, not 常德's 武陵区)
    "贺兰山",  # (贺兰山下的葡萄园: the mountains, not 银川's 贺兰县)
    "水平和",  # (运营水平和班列开行数量: a level, and, not 漳州's 平和县)
    "沿海城市", "召开县",  # (海城市 in coastal cities; 开县 in 召开县委…)
    "港口通海",  # (发挥港口通海的优势: a port open to the sea, not 玉溪's 通海县)
    # (经东海进入长江: the East China Sea, not 连云港's 东海县)
    "经东海", "入东海", "出东海", "东海海域", "东海之滨",
    # (GD中国商城: a market hall, not 信阳's 商城县)
    "中国商城", "国际商城", "购物商城", "网上商城",
    # (依杭申线航道南岸而建: the channel's bank, as 长江南岸 is)
    "航道南岸", "航道北岸", "河道南岸", "河道北岸",
    # (县长某某和县政协主席某某, 市委和县委: and, then the county's bodies; not 马鞍山's 和县)
    "和县政协", "和县委", "和县政府", "和县长", "和县人大", "和县级", "和县域",
    "友好区县", "友好城区",  # (缔结友好区县: not 伊春's 友好区)
    "海港口岸",  # (连云港口岸的海港口岸: its sea crossing, not 秦皇岛's 海港区)
    "大城市",  # (从乡村到大城市: big cities, not 廊坊's 大城县)
    "高峡平湖",  # (the lake of the Three Gorges dam, not 嘉兴's 平湖市)
    "一带",  # (在綦江区一带广为流传: around it, not Japan's 帯広)
    "普通",  # (一个普通河港: an ordinary river port, not 哈尔滨's 通河县)
    "碾盘山",  # (a navigation hub of the 汉江, not 盘锦's 盘山县)
    "龙门吊",  # (a gantry crane of a yard or a wharf, not 惠州's 龙门县)
    "巴拿马型",  # (超巴拿马型船: a ship's size class, Panamax, not the country)
    # (a southern corridor, the China–Singapore project's or the China–Europe trains': not
    # 南通; never Nantong's roads, 南通道路, in the corpus's freight news)
    "南通道",
    # (compound fertiliser, 装运复合肥: not the capital 合肥; 恢复 read first, as the verbs of
    # 通 are, so that 恢复合肥航线 keeps it)
    "复合肥", "恢复",
    # (the economy's north and south, 经济南北, 经济南移: not the capital 济南)
    "经济南北", "经济南向", "经济南移", "经济南下",
    # (verbs of 通 before a place: 畅通川港物流通道 is no 达州's 通川区)
    "畅通", "开通", "打通", "贯通", "连通", "互通", "联通", "沟通", "疏通", "融通",
    # (a corridor's name holds no place: 长安号, 齐鲁号, 渝新欧)
    *(name for corridor in CORRIDORS for name in corridor.names),
)  # fmt: skip

# The corridors' names that name their trains (中欧班列)
_CORRIDOR_TRAINS = tuple(
    name for corridor in CORRIDORS for name in corridor.names if name.endswith("班列")
)
# A strong context for a weak name: right before it (a movement to or from it, a
# location in it) ...
STRONG_BEFORE = (
    "至", "到", "往", "赴", "抵", "达", "经", "从", "由", "自", "驻", "位于",
    "通向", "直通", "落户", "出口", "启运",
    "停靠",  # (列车停靠阿拉木图: where it stops)
    "公里外的", "公里之外的", "千里之外的",  # (一万多公里外的莫斯科: a place so far away)
    "终点", "终点站",  # (抵达终点奎屯: where it ends)
    "目的地",  # (到了目的地明斯克: where the goods are going)
    "经停",  # (经停明斯克: a stop on the way)
    "途径",  # (途经 as pages often misspell it: 途径河内)
    "驶向", "奔向", "飞向", "开向", "直奔", "直飞", "直驶",
    "开进", "驶进", "开入", "驶入",  # (长安号开进米兰: where the train runs into)
    "驶离", "驶出",  # (班列驶离襄阳,前往宁波舟山港: the place a service leaves)
    "往返",  # (武汉往返大阪的货运航线: a line both ways to it)
    *ORIGIN_IS, *END_IS,
    # (a word that says it is a city: 工业城市杜伊斯堡, 首都明斯克, 小城法兰克福)
    "城市", "小城", "首都", "首府", "港城", "名城", "古城", "重镇",
    # (a word that says it is a port: 最大的内河港杜伊斯堡, 重要港口汉堡)
    "港口", "内河港", "海港", "大港", "枢纽港",
    # (中欧班列(合肥): the corridor's trains of the place in brackets)
    *(f"{name}{bracket}" for name in _CORRIDOR_TRAINS for bracket in "(（"),
)  # fmt: skip
# Words after a place telling a service leaving it (乌兰察布开出的中欧班列; 长春开行至大连港
# 的班列, a service it runs to a place; 徐州开行超400列, the trains it runs;
# 为卢森堡开往成都的班列送行; 泉州直飞马尼拉, an air line from it; 南宁往返河内, a line both ways from it), also after a word of time or manner
# (苏州也开出一列中亚班列, 成都首次开行至…): a strong context after it
LEAVING = ("出发", "始发", "开出", "开行", "开通至", "开通到", "发出至", "发出到", "启程",
           "启航", "起航", "开往", "驶往", "发往", "运往", "飞往", "直飞",
           "往返")  # fmt: skip
_BEFORE_LEAVING = (
    "也|还|又|再|亦|将|已|已经|首次|首度|同日|当天|当日|同时|率先|正式|每周|每天|先后|相继|陆续"
)
# The state's offices named after a place, right after its name (杭州海关, 二连浩特检验检疫局,
# 霍尔果斯出入境边防检查站): the place's, a town's rather than its crossing's
STATE_OFFICES = ("海关", "检验检疫局", "出入境边防检查站", "边防检查站")
# ... or right after it (a facility of it, a route from it).
STRONG_AFTER = (
    "铁路",
    # (秘鲁首都利马, 秘鲁总统: the country whose capital or head is named after it)
    "首都",
    "首府",
    "总统",
    "总理",
    "首相",
    *LEAVING,
    # (杭州海关, 成都铁路局, 二连浩特检验检疫局, 霍尔果斯出入境边防检查站: an office of the
    # place; 泸县检察院, 旺苍县公安局, 泸县政协: a body of its government)
    *STATE_OFFICES,
    "铁路局",
    *(f"{people}{body}" for people in ("", "人民") for body in ("检察院", "法院", "政府")),
    "公安局",
    "政协",
    # (无锡及周边地区的电子企业: the place and the land around it)
    "及周边",
    "及其周边",
    "人大",
    "县委",
    "区委",
    "市委",
    "州委",
    "工商联",
    "代表团",
    # (营山经开区, 射洪高新区: the zone a county or a city runs, named short after it)
    "经开区",
    "高新区",
    RAILWAY_GROUP_MARK,  # (中国铁路呼和浩特局集团有限公司: the railway group named after it)
    "车务段",
    "至",
    # (乌鲁木齐分别至列日、比什凯克: the start of lines to each)
    "分别至",
    "分别飞往",
    "方向",
    "直达",
    "班列",
    "专列",
    "航线",
    "货运航线",
    "货运班列",
    "为起点",
    "为终点",
    # (朝莫斯科开去, 向塔什干疾驰: heading for it)
    "开去",
    "驶去",
    "疾驰",
    "飞驰",
    "进发",
    # (长寿首列铁海联运班列: the place's first service of its kind)
    "首趟",
    "首列",
    "首班",
    # (合肥中欧班列, 合肥的中欧班列: a corridor's trains of the place)
    *(f"{of}{name}" for name in _CORRIDOR_TRAINS for of in ("", "的")),
)  # fmt: skip  (and FACILITY_WORDS, below)
# ... or 在 before it and an event held there after it (推介活动在沈阳拉开帷幕: the venue)
VENUE_AFTER = re.compile("(?:隆重|盛大|正式)?(?:举行|举办|召开|开幕|拉开帷幕|启幕|闭幕|落幕)")
# ... or a dash between it and another place (a route's ends: 重庆—万象, 鄂州=仁川):
# DASHES, of the vocabulary
# ... but not 到 or 达 that ends a verb of perceiving or reaching a state (尝到忠州的味道,
# 看到, 得到, 做到; 表达, 传达: no movement to the place)
_NOT_MOVING = {"到": "尝看见听感得受做想找遇收学提谈说会识意达", "达": "传表转下发"}
STRONG_BEFORE_RE = re.compile(
    "(?:"
    + "|".join(
        f"(?<![{_NOT_MOVING[w]}]){w}" if w in _NOT_MOVING else re.escape(w) for w in STRONG_BEFORE
    )
    + r")\Z"
)
STRONG_BEFORE_SPAN = max(map(len, STRONG_BEFORE))
# A Han character after a name that continues it into a longer word (大田湾, 万象更新)
# (nor a word of moving on after a place: 从陇南运至, 抵达万象后, 从石柱发往; nor a service
# from or to it: 重庆至芝加哥货运航线, 至万象班列)
WORD_GOES_ON = re.compile(
    "(?![市区县省州港站口岸城的等和与及至后运出发启起驶开转进入到抵经国货航班返回两三四五六七八九十几]"
    # (丹江口至襄阳段, 贵港至梧州段: the stretch of a river or a line that ends there)
    "|段"
    "|拉响|鸣笛"
    # (从舟山一路直航到黄冈: all the way from it)
    "|一路"
    # (全货机从曼谷飞抵成都, 从河内飞到昆明: flown from it, as 飞往 after it is; 从曼谷飞来
    # 的货机: flown in from it)
    "|飞[抵往到向来]"
    # (中国驻杜塞尔多夫总领事馆: a mission in it)
    "|总领事馆|领事馆|大使馆|办事处|代表处"
    # (重庆至北部湾铁海联运班列: the kind of service to it; 烟台至仁川客箱运输, 至大连客滚
    # 航线: ships carrying passengers, and boxes or lorries too)
    "|铁海|铁水|铁路|海铁|江海|集装箱|冷链|跨境|直达|快线|水运|客运|客箱|客滚"
    # (西安至银川往返全货运航线: a service both ways between them)
    "|往返|全货"
    # (位于利马以北, 位于利马北部, 抵达万象附近: a part of it, or near it)
    "|以[东西南北]|[东西南北中]部|附近|周边|境内"
    # (驶往莫斯科郊外的物流中心: its outskirts)
    "|郊外|郊区|近郊"
    # (发往莫斯科地区, 开往莫斯科方向: the area or the way of it)
    "|地区|一带|方向"
    # (昆明至潍坊水泥班列, 至阿克苏化肥专列: what the service to it carries; 至汉堡常态化
    # 线路: how it runs)
    "|[\u4e00-\u9fff]{1,8}?(?:班列|专列|航线|班轮|线路))"
    "[\u4e00-\u9fff]"
)
# Two places written together, then what they do together: 济宁万州两地, 济宁万州签订 (the
# first is no word before the second, as 山城 is before 重庆)
RUN_TOGETHER = re.compile("两地|三地|四地|携手|联手|签订|签署|签定|签约|对口|协作|合作")
# (北京8日综合电, 重庆3日专电: a dateline of reports put together, or sent for the outlet;
# 武汉5月8日消息, a radio's; 南京四月二十日电, the date in Chinese numerals; 北京29日综合外电
# 报导, 台北5日报导: a Taiwan or Hong Kong paper's, 报导 its word for a report)
_NUMERAL_DATE = "[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
_DATELINE = re.compile(
    # (a space may stand before the date: 新华社杭州 4月11日电)
    rf"[ \u3000]?(?:(?:\d{{1,2}}月)?\d{{1,2}}日|{_NUMERAL_DATE})(?:综合外电|综合|专)?(?:电|讯|消息|报导)"
    # (新华社兰州电 记者…, 某某日报北京电(记者…): a dateline with no date)
    r"|电(?=[ \u3000(（])"
    # (记者某某/北京报导, a byline closing its line or its brackets, 【记者某某/台北报导】:
    # where the reporter filed from)
    r"|报导(?=[\s】\])）]|$)"
)
# A province's one-character name and two compass points (湘西北, 黔西北, 桂东南: the
# north-west of Hunan …): a quarter of the province, not the place its first two characters
# name (湘西, 黔西市, 桂东县). (陕西北部 is the north of 陕西; 陕西南郑, a place in it.)
_QUARTER_OF_A_PROVINCE = (
    rf"(?<=[{''.join(sorted(PROVINCE_ABBREVIATIONS))}][东西])[南北](?![部京宁昌郑充])"
)
# An outlet's name told by what follows it: a site's 网 and its 讯, its reporter, its
# dateline or its page's words (中国江苏网讯, 香港文汇网记者, 中国经济网北京6月1日讯, 中国台湾网
# 移动版, 中国能源网版权作品); a paper's 报社, 报讯, or 报 and its byline apart or its title's
# end (中国水运报社, 中国县域经济报 发布, 《某某手机报》); a site's channel (人民网江苏频道),
# a site named 在线 (四川在线) or its reporter or report (浙江在线记者, 浙江在线讯), a
# paper's bureau (中国日报社广东记者站); a site's accounts or address after its name (中国某某网
# 微信, 某某门户网 www.…), a paper's name closing its brackets ((来源:中国水运报), not a
# report's 通报 or 汇报), or closing its line (来源: 兰州新区报, 广州都市报 over the headline), a
# report of a magazine (中国报道讯)
_OUTLET = (
    r"[\u4e00-\u9fff]{0,4}?网(?:讯|记者|移动版|版权|[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日"
    r"|微信|微博|客户端|\s*www)"
    r"|[\u4e00-\u9fff]{0,5}?报(?:社|讯|[ \u3000》—-])"
    r"|[\u4e00-\u9fff]{0,5}?(?<![汇申预举上简公呈填回警情])(?<![^交]通)报(?:[)）]|(?=\n|\Z))"
    r"|报道讯"
    r"|频道|记者站|在线(?![\u4e00-\u9fff])|在线(?:记者|讯)"
)
# After a place: the rest of an agency's dateline (新华社北京5月3日电: where a report was
# filed), of an outlet's name (重庆日报, 中国水运网, 中国江苏网讯, a weekly's 中国航务周刊, a
# radio channel's 中国之声, a city's or county's media centre, 儋州市新闻中心, 涪陵区融媒体中心,
# 大连新闻传媒集团: who published it), or of a
# ship's (“新上海”轮, “新上海轮”, 辽宁舰), or the second compass point of a province's
# quarter: no place of the story
NOT_A_PLACE_AFTER = re.compile(
    rf"{_DATELINE.pattern}"
    rf"|{_QUARTER_OF_A_PROVINCE}"
    r"|[\u4e00-\u9fff]{0,4}?(?:日报|晚报|晨报|商报|时报|快报|导报|周报|农民报|法制报|青年报"
    r"|新闻社|电视台|新闻网|周刊|之声|新闻中心|新闻传媒|融媒体中心)"
    r"|[\u4e00-\u9fff]{0,3}?网(?![\u4e00-\u9fff])"
    rf"|{_OUTLET}"
    r"|[\u4e00-\u9fff\d]{0,6}?(?:[”\"」]轮|轮[”\"」])"
    # (辽宁舰, 海南舰: a warship named after the place)
    r"|舰(?![队艇船])"
    # (同江铁路大桥, 武汉长江大桥: a bridge named after the place, a work of its own)
    r"|(?:铁路|公路|长江|黄河|嘉陵江|乌江|跨江|跨海|公铁两用|界河)?大桥"
    # (马六甲海峡, 苏伊士运河, 巴拿马运河: a strait or a canal named after the place, water
    # a ship passes; not 海峡两岸, 海峡西岸, the sides of one, nor 运河区, a district)
    r"|海峡(?![两西])|运河(?!区)"
    # (成都经济区, 武汉城市群, 重庆都市圈, 环成都经济圈, 山东半岛城市群: the land around a city
    # or in a province that grows as one, named after it, no division, as 长江经济带 is none)
    r"|(?:半岛|半小时|大)?(?:经济区|城市群|都市圈|经济圈)"
    # (经日本海、鞑靼海峡, 穿过日本海驶往上海: a sea named after the place, 海 closing the
    # word; not a word 海 starts, 日本海运, 日本海关)
    r"|海(?=[、,，。；;：:)）」”\s]|沿岸|之滨)"
    # (上海国际航运中心, 武汉长江中游航运中心: the role the city is built toward, a title)
    r"|(?:北方|东北亚)?国际航运中心|长江[上中下]游(?:国际)?航运中心"
    # (高雄港务局, 比雷埃夫斯港务局, 高雄港务分公司: the authority of the place's port, an
    # office named after the port, as a port's committee is; not 港务集团, a company)
    r"|港务(?:管理)?局|港务分公司"
    # (西安国际港务区: the zone of the city's dry port, named after the city, no division;
    # the place named so only the zone's)
    r"|(?:国际)?港务区"
    # (新湖南客户端, “今日合川”客户端, 掌上淮南新闻客户端: a paper's or a county's app,
    # named after the place)
    r'|[”"」]?(?:新闻)?客户端'
    # (中新网四川新闻4月15日电, 本文来源: 福建新闻 …: an outlet's regional edition or
    # channel, its date or the page going on after it; not a county's own news page heading
    # its story, 巫溪县新闻。)
    r"|新闻(?=[\s\d])"
    # (中国绿色食品博览会, 中国武陵文旅峰会, 北京峰会, 中国艺术节: an event's name, the place its
    # theme or where it was once held; not a verb of holding one there, 在成都举办论坛, nor
    # a dash of the parties, 中国—东盟博览会, 中国-中亚峰会)
    r"|(?:(?![的和与及在举召参出办于是将为、])[\u4e00-\u9fff]){0,6}?"
    r"(?:峰会|论坛|博览会|艺术节|旅游节|文化节|交易会|洽谈会|展览会|展销会)"
    # (某地皮肤病医院 http://…, 某地治疗湿疹哪家医院好 www.…: a clinic's advert linked on a
    # line of its own, spam a copied page carries, no place of the story)
    r"|[^\n。，,！？!?]{0,12}?医院[^\n。，,！？!?]{0,8}?\s*(?:https?://|www\.)"
)

# A train or a ship named with 号 after a place, the name in quotes (“兰州号”, 「上海号」,
# “陆良蔬菜号”, “正利长沙”号): a service of its own, no place of the story; not a name of
# its ends joined by a dash (“驻马店-宁波舟山港号”: a route's ends). The quote opens right
# before the place or a word before it, and closes around 号 after it.
NAMED_SERVICE_BEFORE = re.compile('[“"「][\u4e00-\u9fff]{0,4}\\Z')
NAMED_SERVICE_AFTER = re.compile('[\u4e00-\u9fff]{0,4}?(?:[”"」]号|号[”"」])')

# A name's last character and the character after it, a word of their own (振兴区域经济:
# 区域, a region; 朝天门市场: 市场, a market): the name is read without its last character,
# as weak as it is then (振兴, 天门; but 重庆市场 is still 重庆's)
LAST_CHARACTER_TAKEN = frozenset({"区域", "市场"})

# A name shaped as a number and a measure word (三条, 三次: cities of Japan), right before
# a word it counts (三条航线, 三次开行): a count, not the place
COUNT_FIRSTS = frozenset("一二三四五六七八九十两几")
COUNTED_NOUN = re.compile(f"[{''.join(sorted(COUNT_FIRSTS))}]+[条个座家批列艘趟次位名号]")
WORD_GOES_ON_AFTER_COUNT = re.compile('[\u4e00-\u9fff“"]')
TOWN = re.compile(r"(?![等的和与及各所全该本])[\u4e00-\u9fff]{2,3}(?:镇|乡(?![村镇亲土愁情])|街道)")
# A job title and a surname right before a name: a person's name (副总经理罗海林)
PERSON_BEFORE = re.compile(
    r"(?:书记|区长|县长|市长|主任|局长|处长|科长|所长|站长|校长|院长|厂长|部长|主席|会长|"
    r"秘书长|董事长|总经理|经理|总裁|负责人|记者|通讯员|编辑|代表|委员|"
    # (中国驻杜塞尔多夫总领事冯海阳: a diplomat)
    r"领事|大使|参赞)[\u4e00-\u9fff]\Z"
)
# A job title right before a name: a person's name that begins like a place's, the surname
# its first character (董事长韩国福, 市长韩国瑜, 市长阿里), no place; not a reporter's, a
# delegate's or a head's word, which a dateline or a place may follow (记者广州电, 代表重庆)
TITLED_PERSON_BEFORE = re.compile(
    r"(?:书记|区长|县长|市长|州长|省长|主任|局长|处长|科长|所长|站长|校长|院长|厂长|部长|主席"
    r"|会长|秘书长|董事长|总经理|经理|总裁|领事|大使|参赞)\Z"
)

STRONG_AFTER_RE = re.compile(
    f"(?:{_BEFORE_LEAVING})(?:{'|'.join(LEAVING)})|"
    + "|".join(map(re.escape, sorted({*STRONG_AFTER, *FACILITY_WORDS}, key=len, reverse=True)))
)

STRONG_AFTER_FACILITY = re.compile(
    "|".join(map(re.escape, sorted(FACILITY_WORDS, key=len, reverse=True)))
)

# Tokens that join names in a list; a weak short form needs one of these next to a
# neighbouring place name (或 too: 产自株洲或醴陵的配件, places of which any one; 同 as
# with, 济宁同秀山: two places joined as 与 joins them)
LIST_JOINERS = set("、和与及或同,， ")


def listed_together(text: str, a: int, b: int) -> bool:
    """Whether two names, one ending at ``a`` and the next starting at ``b``, are listed
    together: one or two joiners between them (万州、开州; 万州, 和开州; 攀枝花以及昭通;
    株洲或醴陵)."""
    if not 0 < b - a <= 3:
        return False
    between = text[a:b]
    if "以" in between:
        between = between.replace("以及", "及", 1)
    return len(between) <= 2 and LIST_JOINERS.issuperset(between)


# After a list of names: what they are (昭通、六盘水等地: places)
_COUNTED_PLACES = "城市|地市|市|县|区县|市县|区|省份|省区|国家"
# How many places a list is (3个, 十二个, 7): from two on
PLACE_COUNT = "(?:[2-9]|[1-9][0-9]|[两二三四五六七八九十]{1,2})个?"
# (武义、永康等沿线城市, 慕尼黑、法兰克福等德国城市, 华沙、布达佩斯等40个国际节点城市: places
# of a kind, a few words telling which)
_PLACES_OF_A_KIND = "城市|地区|国家|省份|省区"
LISTED_AS_PLACES = re.compile(
    f"等(?:地|地区|{_COUNTED_PLACES})"
    f"|等(?:{PLACE_COUNT})?[\u4e00-\u9fff]{{1,4}}?(?:{_PLACES_OF_A_KIND})(?!群)"
    # (湖州、杭州、嘉兴3个市, 杭州、温州…这7个市: a list counted as places)
    f"|等?这?{PLACE_COUNT}(?:{_COUNTED_PLACES})"
    "(?![长委场民])"
)
