"""Where a movement leaves from, goes and passes: the patterns a sentence's movement is
read by.

Where a train, a ship or its goods leaves from (:data:`ORIGIN`, :data:`DEPART`, goods
named by their place and shipped: :data:`GOODS_SHIPPED`, :data:`GOODS_FROM`), where it
goes (:data:`DESTINATIONS`; what a place can only reach, no run: :data:`CAN_REACH`), and
where it passes (:data:`VIA`, a border crossed: :data:`ACROSS_WORDS`), over a sentence's
skeleton, made of the pieces of :mod:`cqmap.geo.route_pieces`. Where a route starts and
ends is read with them by :mod:`cqmap.geo.route_ends`; the movements by
:mod:`cqmap.geo.route_movements`.
"""

from __future__ import annotations

import re

from cqmap.geo.route_modes import LANDS
from cqmap.geo.route_pieces import END_IS_RE, SERVICE, SERVICE_KINDS, TLIST, TLIST_ASIDES, T
from cqmap.geo.route_runs import FIRST_OF_KIND
from cqmap.geo.skeleton import B, P
from cqmap.geo.vocabulary import HELD_BY_OFFICE, OFFICES

__all__ = [
    "ACROSS_WORDS",
    "CAN_REACH",
    "DEPART",
    "GOES_TO",
    "HAS_SERVICE",
    "DESTINATIONS",
    "FROM_HERE",
    "GATHERED_AT",
    "GOODS_FROM",
    "GOODS_SHIPPED",
    "COMPANY_AFTER",
    "NOT_A_COMPANY",
    "NOT_ON_THE_WAY",
    "ORG_NT",
    "ORIGIN",
    "RADIATES",
    "RETURNS",
    "RUNS_TIME_ENDS",
    "SHIPMENT",
    "VIA",
    "WAYS_NAME",
]

# the words before a service told after its origin (a first of its kind, 一趟) and the
# verbs of going it takes
_ORDINAL = f"{FIRST_OF_KIND}|首批|第一批|一[趟列艘]"
_GO_FROM = "发往|驶往|开往|运往|驶向|前往|直达|行至|驶至|开至"
# The words of the way a run takes (经阿拉山口, 取道霍尔果斯), before the place passed
_WAY = "(?:经由|经过|途经|取道|经)"
# organisation words between a place and a verb, with no other place inside, and no 的
# (越南腰果的班列启程: where the cargo is from)
ORG_NT = '[^\ue000-\uefff，,。；;：:！!？?、“”"（）()的]{0,12}?'
# What someone does rather than where something leaves: 由X主导开行, 由X合作打造
# Words of when or how often between a service and where it goes (钦州港的班列常态化

# 开往成都; 重庆的班列将驶向杜伊斯堡)
_SERVICE_ADVERBS = "即将|已经|常态化|定期|每[天日周月]|陆续|相继|先后|将|已|也|则|均|都|还"
# A service going to a place, told before the place (开通了直达洋山港的班轮, 开往钦州港的班列)
GOES_TO = "通往|前往|开往|发往|直达|直抵"
# A place having services that go somewhere (每天都有开往钦州港的班列; not 没有, 拥有)
HAS_SERVICE = f"(?<![没拥])(?<!其中)有(?={GOES_TO})"
# The facility of a sentence before, named again (该站, 该港, 这座码头, 此机场): stated
# once for the story that finds it and the forms of its services
THIS_FACILITY = "(?:该|此|这座?)(?:站|港|港区|码头|作业区|基地|机场)(?![点口务])"
# Here, the place told of before (从这里开出, 由这座港口启航): stated once for the forms and
# readers that take the place from the sentences before
FROM_HERE = "(?:从|由)(?:这里|此处|此地|这儿|这座车站|这座港口|这座码头|该港口|该码头|该港区)"
# Where goods change service or are gathered on the way (在湛江港上岸换装, 在重庆集结): a stop
_CHANGED_AT = "(?:上岸|卸船|下船)?(?:中转|转运|换装|换乘|集结|集拼)"
_OFFICE_HOLDS = (
    f"[^，。；;、\ue000-\uefff]{{0,10}}?(?:{'|'.join(OFFICES)})(?:{'|'.join(HELD_BY_OFFICE)})的"
)
# (由天津货运航空执飞: the airline that flies it, no start)
_AGENCY = (
    "打造|主导|组织|负责|承办|承运|牵头|合作|共同|联合|携手|联手|发起|开辟|建设|推动|投资|运营"
    "|执飞|执行|经营"
    # (出境后由德国收货: who receives the goods; 由郑州海关…实施监管: who oversees them)
    "|收货|签收|接收|监管"
)
# where goods were grown or made (这批蔬菜都由赣州市赣县区种出), not where a run starts
_MADE = "(?:种出|种植|出产|生产|制造|加工|培育|养殖)(?!基地|线|企业|厂)"
# (汽笛长鸣: the whistle as a train or ship leaves; 起锚: a ship weighs anchor)
# After a place: not a company named after it (由福建冠海海运集团, 由重庆某物流有限公司; the
# longer name of a registered company too, 由北京某某航空货物运输代理有限公司从…调货)
COMPANY_AFTER = (
    r"(?:[^，。；;、\ue000-\uefff]{0,8}?(?:集团|公司)"
    r"|[^，。；;、\ue000-\uefff]{0,16}?有限(?:责任)?公司)"
)
NOT_A_COMPANY = f"(?!{COMPANY_AFTER})"
# Crossing a border (出境, 入境): where it does, it passes
# (从阿拉山口进入国境, 从满洲里驶出国境: crossing the border there)
ACROSS_WORDS = (
    "出境",
    "入境",
    "进境",
    "出关",
    "入关",
    "离境",
    "进入国境",
    "驶入国境",
    "驶出国境",
    "出国境",
    "入国境",
)
_ACROSS = f"(?:{'|'.join(ACROSS_WORDS)})"
# Gathered at a place on the way (运到曹妃甸港集中, 运抵重庆集结): where goods go on from
# (and changed there on the way: 先到西安国际港站换装中转,再经…; not 换装海船, goods changing
# to another service)
GATHERED_AT = ("集中", "集结", "集拼", "中转", "换装中转")
# where goods are unloaded or a ship berths: 在新生港卸船, 在九江港靠泊
_UNLOADED = f"{T}?{TLIST}[^，。；,;\ue000-\uefff]{{0,4}}?(?:卸船|卸货|卸箱|靠泊|靠港|靠岸)"
_UNLOADED_AT = f"在{_UNLOADED}"
# A border crossing's epithet (北大门满洲里, 西大门霍尔果斯)
_GATE = "(?:[东西南北]大门|[东西南北]门户)"
# A ship told by what it carries (满载, 装载着, 载有 and how much: 满载6万吨)
_LADEN = "(?:满载|装载|载着|载有|载运)[着有]?[0-9.０-９万千百余多吨标箱个批辆台]{0,10}"
# The cargo, then the ship and where it is (巴西大豆的货轮, 铁矿石的“远航”轮日前): a few
# words, no place nor clause between
_CARGO = "[^，。；,;\ue000-\uefff]{1,24}?"
# Heading off for a place (发往成都, 驶向上海): a service leaving where it stands
_LEAVES_FOR = "发往|运往|驶往|开往|驶向"
# (发出: sent off; not a call or a notice issued, 在北京发出邀请, 向企业发出倡议)
DEPART = (
    "出发|始发|启程|起航|启航|起锚|首发|发车|发出(?!邀请|倡议|通知|号召|呼吁|警告|指令)|驶出|驶离|开出|离港|离泊|解缆|鸣笛|汽笛长鸣|拉响汽笛"
    "|响起汽笛|起运"
    "|完成装船"
    # (一架全货机在武汉天河国际机场升空: a freighter leaving; 列车由该站起步)
    "|起飞|升空|起步"
)
# The railway line a station is named after, right before the station (浩吉铁路欧庙站,
# 焦柳线岩屋庙站): two characters of its ends' short names, no place, then 铁路 or 线
_ON_A_LINE = "[\u4e00-\u9fff]{2}(?:铁路|线)"
# The word for a capital between a place and its capital (内蒙古首府呼和浩特, 广西首府南宁)
_CAPITAL = "首府|首都"
ORIGIN = re.compile(
    # (not 记者从沙坪坝区获悉: where a report comes from)
    # (not 来自越南的产品, 产自老挝: where goods were made; not 由中国西部省份…打造: who
    # does it)
    # (从南京货运中心所属的尧化门铁路货场: the yard the office holds)
    # (not 经由钦州港: by way of it)
    # (从宁波舟山港铁路北仑港站: the port's railway station)
    # (自浩吉铁路欧庙站始发: the station, the railway line it is on told before it)
    # (从内蒙古首府呼和浩特, 由广西首府南宁: the capital, as where a run ends is read)
    rf"(?:从|(?<!经)由|(?<![来产])自)(?:{_ON_A_LINE})?(?P<o>{T})(?:{_OFFICE_HOLDS})?"
    rf"(?:(?:铁路|{_CAPITAL})?(?P<inner>{T}))?"
    # (从中国铁路武汉局集团公司了解到: where a report comes from)
    r"(?![^，。；;]{0,14}?(?:获悉|了解到|得知))"
    # (not 从新区上空缓缓下降: the sky an aircraft comes down through)
    r"(?![^，。；,;\ue000-\uefff]{0,6}?上空)"
    # (not 从重庆转运: where goods changed service, 原本需要从重庆转运的货物; but 从张家港
    # 转运到周口港 moves them on from there)
    r"(?!转运(?![到至])|中转|转口)"
    # (not 从阿拉山口出境: where it crosses the border, a stop)
    # (not 从新疆霍尔果斯出境, the crossing told with its province either, nor 从新疆都拉塔
    # 口岸出境, a crossing the gazetteer does not know after it, nor 从霍尔果斯或阿拉山口口岸
    # 出境, one of two crossings; nor 从满洲里口岸进入俄罗斯, crossing into the country)
    rf"(?!(?:[或、和]?{T}){{0,3}}[^，。；,;\ue000-\uefff]{{0,7}}?(?:{_ACROSS}|(?:口岸)?进入{T}))"
    # (not 从澳大利亚进口的锰矿石: where the goods were bought; 由美国进口至南京港 moves)
    r"(?!(?:进口|购进|采购)的)"
    rf"(?![^，,。；;]{{0,14}}?(?:{_AGENCY}|{_MADE}))"
    # (not 由福建冠海海运集团…: a company named after its place)
    rf"{NOT_A_COMPANY}"
    # (not 向老挝万象发出: sent toward it)
    # (not 中欧班列(重庆)—中东欧国家班列顺利发车: the far end of a dashed name is no origin)
    # (not 取道满洲里驶出国门: where it crosses the border, a stop)
    # (not 向着老挝万象站出发: heading for it)
    # (not 首趟至哈萨克斯坦班列启程: where it goes; but 运至钦州港东站发车, goods brought
    # to where the train leaves)
    rf"|(?<![向往朝—–\-－])(?<!取道|途经|经由|经过|向着|朝着)(?<!经)(?<!(?<![运送转])[至到])(?P<o2>{T}){ORG_NT}"
    rf"(?:(?:{DEPART})(?!国门|国境)|是[^，。]{{0,12}}始发)"
    # (not 驶离青岛船厂: a new ship leaving its shipyard)
    rf"|(?:驶出|驶离|开出|发自|离开)(?P<o3>{T})(?!船厂|造船)"
    # 在成都城厢站,…班列…驶出站台: where it stands as it leaves
    # (not 在中国访问…迎接从河内驶往重庆的班列: an explicit 从 before the verb starts it)
    # (在宜城市的小河港吊装上船,目的地是泰国林查班港: loaded there, bound elsewhere; not
    # 在重庆集结后运进…: a stop)
    # (…航线在贵阳龙洞堡国际机场正式开通: where a service opens, not 开通后 …)
    # (在广东江门北站首发: the station, told with its province)
    # (not 走公路在腾冲猴桥口岸进境,运到…: where goods cross the border, a stop)
    # (在武汉大花岭火车站装车启运,将从…出境: dispatched there, 启运)
    rf"|在(?:{T}(?={T}))?(?P<o4>{T})(?!{_CHANGED_AT}|{_ACROSS})(?=(?:(?!从|由)[^。；;]){{0,40}}?(?:{DEPART}|启运|{_LEAVES_FOR}"
    # (…开往伊斯坦布尔的中欧班列在成都国际铁路港开行: a service run from there, as 首发)
    r"|(?<=[\ue000-\uefff])(?:正式)?开(?:通|行)(?!后|以来)"
    # (在果园港,脐橙装上班车,…一路直达新加坡: loaded there onto a service that goes there)
    r"|装上[^。；;]{0,30}?直达"
    # (在青岛港装上火车发运至哈萨克斯坦, 在青岛港装船出口非洲: loaded there, sent on to it)
    # (…班列在宜昌的铁路货场顺利发运。: dispatched there, the clause's last word; not
    # 发运量, a count)
    r"|发运(?:至|到|往|(?=[，,。；;]|$))"
    rf"|(?:装|上)船[^。；;]{{0,6}}?(?:{END_IS_RE}|出口)))"
    # 湖北宜昌的2万吨磷矿石运抵果园港, 来自福建三明的陶瓷: where the goods come from
    # (湖北枝江发来的化肥运抵新生港: sent from there)
    # (湖北枝江发来的12只标准箱在新生港靠泊卸货: where they are unloaded)
    # (遵义发来的班列开进果园港: a train sent from there, driving into where it ends)
    # (not a place the goods are bound for: 发往成都的货物运抵果园港; nor one they reached,
    # counted: 运抵中国的第五船、抵达山东的第二船)
    rf"|(?<![往至到抵达])(?:来自)?(?P<o5>{T})(?:发来|运来|发出)?的(?=[^，。；;\ue000-\uefff]{{0,20}}?"
    rf"(?:运抵|运往|运至|发往|驶往|抵达|到达|驶抵|开抵|开进|驶进|驶入|{_UNLOADED_AT}))"
    # (a ship told by its cargo and the cargo's place, then where it berths: 满载6万吨巴西大豆
    # 的货轮靠泊南通港, “远航”轮载着几内亚铝土矿抵达烟台港; not a train's or a container's,
    # which leave from a station: 满载老挝木薯淀粉的货柜运抵重庆)
    rf"|(?P<aboard>(?<=[轮船]))?{_LADEN}(?:来自)?(?P<o10>{T})"
    rf"(?(aboard)|(?=[^，。；,;\ue000-\uefff]{{0,24}}?[轮船]))"
    rf"(?={_CARGO}(?:运抵|抵达|驶抵|驶入|靠泊|停靠|靠上){T})"
    # 3月2日,江津小南垭铁路物流中心,首趟…列车正式发车: the scene, a facility in a clause of
    # its own, where the train then leaves (no other place said to start it)
    # (…;舟山武港码头的25万吨级卸船泊位上,…散货船…也起锚了: after a clause of another ship)
    # (贵州余庆沙湾码头,27艘…船队驶向重庆涪陵: the scene, where the fleet heads off from)
    rf"|(?:^|(?<=[，,；;])){T}?(?P<o6>{P})[^，,。；;\ue000-\uefff]{{0,14}}[，,](?=(?:(?!从|由|自)[^。；;]){{0,60}}?(?:{DEPART}|{_LEAVES_FOR}))"
    # 重庆第一个集装箱班轮发往上海, 万州首趟班列驶往钦州港, 重庆的班列将驶向杜伊斯堡: a
    # place, then its service told by kind words only, then where it goes (not 运往重庆的
    # 班列发往…: a place gone to)
    # (成都中亚公共班列: a part of the world its trains go to between, read as a place)
    rf"|(?<![向往朝至到—–\-－])(?P<o7>{T})(?:(?:的|{B})(?:{SERVICE_KINDS}|{_ORDINAL})*|(?:{SERVICE_KINDS}|{_ORDINAL})+)"
    rf"{SERVICE}(?:{_SERVICE_ADVERBS}){{0,2}}(?={_GO_FROM}"
    # (成都中亚公共班列投入运行,列车经霍尔果斯出关,终点为塔什干: its end told after it runs)
    rf"|[^，,。；;\ue000-\uefff]{{0,6}}?(?:开行|运行|开通|首发)[^。；;]{{0,30}}?(?:{END_IS_RE})"
    # (西安中亚班列每周开行,经阿拉山口至阿拉木图; 某地班列实现常态化开行,取道某口岸,开往某地:
    # the way it runs told next, to its end)
    rf"|[^，,。；;\ue000-\uefff]{{0,6}}?(?:开行|运行|开通|首发)[，,]{_WAY}{T}[^，,。；;\ue000-\uefff]{{0,4}}?[，,]?(?:至|到|{_GO_FROM}){T}"
    # (某地班列经某口岸开往某地: the way it runs, then where it goes)
    rf"|{_WAY}{T}(?:口岸)?(?:出境|出关)?[，,]?(?:{_GO_FROM}))"
    # 各省的集装箱先集中到昆明,再由中老铁路发往万象: where goods are gathered, then
    # shipped on
    rf"|(?:集中|集结|汇集|汇聚)(?:到|在|于)(?P<o8>{T})(?=[^。；;]{{0,12}}?(?:再|然后))"
    # 西安开行X8159次列车前往布达佩斯: a place runs a train that goes somewhere
    rf"|(?<![向往朝至到经—–\-－])(?P<o9>{T})(?:首次|正式|成功)?开行"
    rf"(?=[^，。；,;\ue000-\uefff]{{0,14}}?(?:列车|班列|专列)(?:{_GO_FROM}))"
)
# 27吨巫山恋橙装车启运菲律宾马尼拉, 奉节脐橙出口迪拜: goods named by where they are grown
# or made, shipped to a place (only where the sentence tells a shipment, :data:`SHIPMENT`,
# and no movement from elsewhere: not 重庆出口越南, a trade's figures)
# (首次运进的俄罗斯木材运抵某地铁路口岸: goods of a place carried to where they arrive)
GOODS_SHIPPED = re.compile(
    rf"(?<![向往朝至到—–\-－从由自经过])(?P<o>{T})(?:产的?)?[“\"]?[\u4e00-\u9fff]{{1,6}}?[”\"]?"
    rf"(?=(?:装车|装船|首次|正式)?(?:启运|出口|发往|运往|运抵|运达)(?:至|到)?{T})"
)
# A shipment told (装车启运, 首次出口, 发车仪式)
SHIPMENT = re.compile("启运|装车|装船|首次|首发|首批|发车|发运")
# 来自巴西的纸浆…转运至重庆: where goods come from, when nothing else is said to leave
# (not 来自越南、孟加拉等国家的采购商代表: where people come from; nor 来自北京、上海、广州
# 等地的货物…运往老挝: where a corridor's goods come from in general, no service of theirs)
_PEOPLE = "采购商|代表|客商|嘉宾|专家|学者|游客|记者|官员|留学生|商人|外商|企业家|人士|朋友|选手|师生|团队"
GOODS_FROM = re.compile(
    f"来自(?P<o>{T})(?!(?:[、和及与]{T})+等)(?P<inner>{T})?(?![^，。；;,]{{0,20}}?(?:{_PEOPLE}))"
)
# Not on the way (途中停靠, 沿线停靠: a stop, not the end)
NOT_ON_THE_WAY = "(?<!途中|沿途|中途|依次|先后|沿线)"
# Coming back to a place (返回武汉; not 再回到成都, a loop told closed)
RETURNS = re.compile("返回|返抵|驶回|运回|(?<![再又])回到")
# A way told (向东至, 往南到; 重庆西至钦州港, from a station named so), not how far something
# reaches each way (南至深圳、西到喀什)
# (nor the reach of where goods come from: 货源已由陕西辐射至甘肃、宁夏)
RADIATES = "辐射"
_NOT_A_REACH = f"(?<!{RADIATES})(?:(?<![东西南北])|(?<=[向往朝\ue000-\uefff][东西南北]))"
# (a few words may stand between the verb and the place: 开往9000多公里外的波兰华沙)
# (运达, goods carried there, as 运抵: 从乌鲁木齐出发,运达阿拉木图)
DESTINATIONS = re.compile(
    rf"(?:(?:运抵|运达|驶往|发往|运往|送往|开往|抵达|到达|直达|直通(?!车)|直航|直发|直运|送达|前往|驶向|运至|通达|通往|驶抵|驶入|直奔|直驶|开赴|奔赴|奔向|驰往|直抵|走向|抵|{END_IS_RE}|终到|向着|朝着|最终停靠|最终进入|最终驶入|最终驶进|去往|飞往|飞抵|直飞|{LANDS}|运送至|运送到|运输至|运输到|开到|驶到|开抵|延伸到|延伸至|开进|开入"
    # (从里昂返回武汉的班列: a train coming back; not 飞抵德里,再回到成都: the loop closed)
    rf"|{RETURNS.pattern}"
    # (从俄罗斯驶来,停靠九江港: where it berths; not 途中停靠, a stop)
    rf"|{NOT_ON_THE_WAY}(?:停靠|靠泊|靠上)(?:在|于)?)"
    r"(?:至|到)?"
    # (5小时后“一站直达”北京: the verb closing a quote, the place after it)
    r"(?:(?<=[达往抵])[”\"](?=[\ue000-\uefff]))?"
    # (not 南至深圳、西到喀什: how far something reaches each way)
    # (an opening quote right before the place: 踏上开往“西安港”的路程; a quoted epithet of
    # it: 抵达“海上丝绸之路”重要节点国家越南)
    rf"(?:“[^”，。；,;\ue000-\uefff]{{1,10}}”)?"
    # (not over a list's mark: 公路直达运输、钦州关区查验 lists steps, no place reached)
    rf"(?:(?!{SERVICE})[^，。；,;：:()（）“”、\ue000-\uefff]){{0,10}}?(?:“(?={T}))?"
    rf"|{_NOT_A_REACH}至(?={T})"
    # (…运送至中欧班列的终点德国杜伊斯堡站: the end, named right after the word)
    rf"|终点站?(?={T})"
    # (从城厢火车站到果园港火车站: 到 right before a place; not 达到, 来到, 受到 …)
    # (只走了4天就到了重庆: arrived there)
    rf"|{_NOT_A_REACH}(?<![达得受看感提来回遇想做办收找听见拿])到了?(?={T})"
    # (…恋橙装车启运菲律宾马尼拉: shipped to it, the place right after the verb)
    rf"|启运(?:至|到)?(?={T})"
    # (货车从忠县出发,…出口新加坡: exported to it, the place right after the verb; not
    # 出口到非洲、欧美的化工品: the goods' markets)
    rf"|出口(?:至|到)?(?={TLIST}(?![^，。；,;]{{0,8}}?的))"
    # (班列从钦州港东站出发重庆: left for it, the place right after the verb)
    rf"|出发(?={T})"
    # (从七苏木站始发,以沃尔西诺站为到站: the place it is to end at)
    rf"|以(?={T}{{1,2}}为(?:终点站?|终到站|到站|目的地|目的港))"
    # (从湖北枝江运来,在重庆新生港顺利卸船: where the goods are unloaded)
    rf"|在(?={_UNLOADED})"
    # (驶出中心站,向德国杜伊斯堡开去: heading for it)
    # (朝德国方向开去: heading that way)
    # (向哈萨克斯坦阿拉木图一路疾驰: heading for it all the way)
    rf"|[向朝](?={TLIST}(?:方向)?(?:一路|径直)?(?:开去|驶去|而去|进发|奔去|驶进|疾驰|飞驰)))"
    rf"(?P<list>{TLIST_ASIDES})"
)
# The last character of a run's time, before what it can do in it (约2天后可到达, 最快16小时就能
# 直达, 只需12天便可从欧洲到达成都; 3月中旬可到达, 月底左右可抵达: a part of a month): where
# it will arrive, no mere reach
RUNS_TIME_ENDS = "后内天时就即便旬右底"
# What ships, trains or goods can reach from a place (船舶经此可抵达…,出海后,可直达美国、日本;
# 从湛江港出发,货物能够直达南亚、非洲: where its lines reach): the place's reach, no run
# (not a run's time told, 约2天后可到达蒙自北站, 最快16小时就能直达河内: where it will arrive)
# (货物可方便分拨到斯洛伐克、奥地利: where goods can be handed on from its end)
# (船舶可直抵合肥, 货轮可直航上海: straight there, as 可直达)
CAN_REACH = re.compile(
    f"(?<![{RUNS_TIME_ENDS}])(?:可|能|可以|能够)(?:方便|便捷|快速|直接)?"
    # (新疆的货物能够通过铁路运往中亚、欧洲: the way told between, 通过…, and 运往)
    "(?:通过[^，。；,;\ue000-\uefff]{1,6}?)?"
    "(?:直达|直抵|直航|抵达|到达|通达|通往|运抵|直通|分拨|辐射|运往)"
)
# A railway or a road named by the places it joins (成渝铁路, 日喀则至吉隆公路): they are no
# stop nor end of a run on it (not 铁路口岸, 铁路物流中心, 铁路车站 …: a facility's words;
# nor a station named after the railway, 宁波舟山港铁路北仑港站)
WAYS_NAME = re.compile("(?:铁路|高铁|高速|公路)(?![口物货站场港集枢中车专编局\ue000-\uefff])")
VIA = re.compile(
    # (经霍尔果斯(阿拉山口)出境: an alternative crossing in brackets, a stop too)
    # (途径: 途经 as pages often misspell it, right before the places; 取道: by way of)
    rf"(?:途经|途径|取道|经由|经停|经过|经|通过|进入|转入|再转|穿越|穿过|越过|过境|(?:途中|沿途|中途|依次|先后)(?:停靠|靠泊)(?:在|于)?"
    # (由泸州港发出,挂靠果园港、阳逻港,最终抵达上海港: the ports it calls at on its way)
    r"|(?<=[，,])挂靠"
    # (出境口岸为阿拉山口铁路口岸: where it crosses the border)
    r"|(?:出境|入境|进境|出关|入关)口岸(?:为|是))"
    # (越过北大门满洲里: a crossing's epithet before it)
    rf"{_GATE}?"
    rf"(?P<list>{T}(?:[（(]{T}[)）])?(?:[、和及]{T}(?:[（(]{T}[)）])?)*)"
    rf"|在(?P<v>{T}){_CHANGED_AT}"
    # (从阿拉山口出境, 在二连浩特口岸出境后: where it crosses the border, a stop)
    rf"|(?:从|在|由|自)(?P<x>{T})[^，。；,;\ue000-\uefff]{{0,4}}?{_ACROSS}"
)
