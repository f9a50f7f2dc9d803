"""The route forms: one entry per way articles state a route, with its examples.

Each entry of :data:`ROUTE_FORMS` is a :class:`cqmap.geo.routes.RouteForm`: its name (recorded
in the evidence), its pattern over the sentence's skeleton, what it yields (its groups,
or a reader of its own: see :mod:`cqmap.geo.routes`) and example sentences with the expected
route, which are also its tests. Adding a form is one entry. The forms run in this
order: the services named by their ends (:mod:`cqmap.geo.route_forms_named`), then those
here, a train or ship told moving and the places told before; the ``fallback`` ones last.
"""

from __future__ import annotations

from cqmap.geo.route_anchors import (
    read_anchor_services,
    read_corridor,
    read_from_anchor,
    read_points_served,
)
from cqmap.geo.route_forms_lines import LINES_A_PLACE_HAS, LINES_TOLD_BY_THEIR_ENDS
from cqmap.geo.route_forms_named import NAMED_BY_ENDS, NAMED_FORMS
from cqmap.geo.route_movement_words import (
    DEPART,
    FROM_HERE,
    GOES_TO,
    GOODS_SHIPPED,
    ORIGIN,
    THIS_FACILITY,
)
from cqmap.geo.route_movements import read_movement, read_sent_on, read_shipped
from cqmap.geo.route_named import (
    CALL,
    CALL_JOIN,
    CALLS,
    ROTATION,
    ROTATION_JOIN,
    read_calls,
    read_rotation,
    read_transship,
)
from cqmap.geo.route_pieces import END_IS_RE, SERVICE, TLIST, T
from cqmap.geo.route_services import CORRIDOR_RE
from cqmap.geo.route_types import Example, RouteForm
from cqmap.geo.skeleton import P

__all__ = ["ROUTE_FORMS", "NAMED_BY_ENDS"]


# Calls or a start told in other words before a line's calls (靠泊, 经停, 以X为起点)
_TOLD_BEFORE = "挂靠|停靠|靠泊|经停|起点|始发"

# Words of going toward a place, after a train or ship told leaving (出发前往, 起步,开往)
_TOWARD = "前往|驶往|开往|发往|驶向|奔赴|运往"

ROUTE_FORMS: tuple[RouteForm, ...] = (
    *NAMED_FORMS,
    RouteForm(
        "X…在Y中转",
        # (not where the goods go: 从宜宾港到上海港需要在重庆港中转)
        # (a list of ports, each with its share: 广元港、广安港全部集装箱,宜宾港九成集装箱)
        rf"(?<![到至往达抵])(?P<o>{P}(?:(?:[、和及]|[^，。；,;\ue000-\uefff]{{0,16}}?[，,]){P})*)"
        rf"[^，。；,;\ue000-\uefff]{{0,24}}?[均都也]?在(?P<v>{P})(?:中转|转运|换装)",
        (
            Example("宜宾港的集装箱在果园港中转。", "宜宾港", ("果园港",)),
            Example(
                "广元港、广安港的全部集装箱,泸州港九成的集装箱都在果园港中转。",
                "广安港",
                ("果园港",),
            ),
        ),
        reader=read_transship,
    ),
    *LINES_TOLD_BY_THEIR_ENDS,
    RouteForm(
        "corridor",
        # 西部陆海新通道班列从果园港出发,驶往钦州港: a corridor's service with its ends
        CORRIDOR_RE.pattern,
        (
            Example(
                "西部陆海新通道班列从鱼嘴站出发,驶往钦州港。",
                "鱼嘴站",
                ("钦州港",),
                mode="rail-sea",
            ),
            # (several stations listed after 从: a route each)
            Example(
                "西部陆海新通道班列从团结村、小南垭等多个站点同时驶出,开往钦州港。",
                "小南垭站",
                ("钦州港",),
                mode="rail-sea",
            ),
            # (from the place in brackets after the corridor's name, heading for its end)
            Example(
                "一趟中欧班列(重庆)缓缓驶出中心站,向德国杜伊斯堡开去。",
                "重庆市",
                ("杜伊斯堡",),
                mode="rail",
            ),
            # (the station a railway runs, after its name: not the bureau's place)
            Example(
                "中欧班列(西安)驶离中国铁路西安局集团有限公司西安国际港站,向塔什干驶去。",
                "西安国际港站",
                ("塔什干",),
                mode="rail",
            ),
            Example(
                "中欧班列驶离中国铁路北京局下花园铁路货场,开往莫斯科。",
                "下花园铁路货场",
                ("莫斯科",),
                mode="rail",
            ),
            # (a brand's train, no start told: from the brand's city)
            Example("一趟满载机电产品的长安号班列驶抵波兰华沙。", "西安市", ("华沙",), mode="rail"),
        ),
        reader=read_corridor,
        fallback=True,
        over_text=True,
    ),
    RouteForm(
        "从X出发…驶往Y",
        ORIGIN.pattern,
        (
            Example("满载汽配的班列从团结村出发,驶往德国、波兰。", "团结村", ("德国", "波兰")),
            # (汽笛长鸣 as it leaves; 奔赴, where it goes)
            Example(
                "当天,重庆团结村中心站汽笛长鸣,一列集装箱班列缓缓驶出,一路奔赴欧洲。",
                "团结村",
                ("欧洲",),
            ),
            # (several stations listed after 从: a route each)
            Example(
                "满载家电的班列从团结村、鱼嘴、小南垭等站点同时发出,驶往钦州港。",
                "鱼嘴站",
                ("钦州港",),
            ),
            Example("货轮自云阳港启程,一路驶向安庆港。", "云阳港", ("安庆港",)),
            # (a service to a place, told run at a station: 在…开行, as 在…首发)
            Example(
                "首趟开往布达佩斯的集装箱班列昨天在西安国际港站开行。",
                "西安国际港站",
                ("布达佩斯",),
            ),
            # (who runs it, told in the next clause, leaves the start alone)
            Example(
                "班列的头一段从越南河内东英站开到凭祥站,由越南铁路公司负责。",
                "河内东英站",
                ("凭祥",),
                mode="rail",
            ),
            # (heading for it: 朝…开去, 向…一路疾驰; a city abroad named so is a place)
            Example("班列从石龙站开出,朝莫斯科开去。", "石龙站", ("莫斯科",)),
            Example(
                "班列驶离西安国际港站后,一路西行,向着哈萨克斯坦阿拉木图一路飞驰。",
                "西安国际港站",
                ("阿拉木图",),
            ),
            # (a city of the country it leaves, told a few words on)
            Example(
                "这趟班列从中国内陆城市重庆出发,目的地是德国杜伊斯堡。", "重庆市", ("杜伊斯堡",)
            ),
            # (a later event of the sentence, dated, that extends the line to one more end)
            Example(
                "2019年,航线从泸州港始发,直达南京港、太仓港;2021年5月,航线延伸至上海港。",
                "泸州港",
                ("南京港", "太仓港", "上海港"),
            ),
            Example("这趟班列从团结村到钦州港,全程运行两天。", "团结村", ("钦州港",)),
            # (a train named by no service word, told arriving: 开到, 开抵, 驶抵 …)
            Example(
                "一列装满家电的火车从郑州经过波兰开到汉堡。", "郑州市", ("汉堡",), ("波兰",), "rail"
            ),
            # (loaded and dispatched there, then where it crosses and goes)
            Example(
                "216辆小汽车在武汉大花岭火车站装车启运,将从霍尔果斯出境发往乌兹别克斯坦。",
                "武汉大花岭站",
                ("乌兹别克斯坦",),
                ("霍尔果斯",),
                "rail",
            ),
            # (a cargo ship's run, up to where it ends: 到…为止)
            Example(
                "货船从白河县下卡子码头出发,到丹江口市陈家坝码头为止。",
                "白河县下卡子码头",
                ("丹江口市陈家坝码头",),
            ),
            # (货列, a freight train)
            Example("司机刚开着一列从武汉到重庆的货列返回。", "武汉市", ("重庆市",), mode="rail"),
            # (as many starts as ends, 分别: each its own, in turn)
            Example("两列班列从成都、重庆发出,分别驶往马来西亚和泰国。", "重庆市", ("泰国",)),
            # (a place, then its service told by kind words only, then where it goes)
            Example("1995年,万州首艘集装箱班轮驶往南京港。", "万州港", ("南京港",)),
            # (and a movement after another in the sentence, each read: 重庆的… then 成都的…)
            Example(
                "这天,重庆的班列将驶向德国汉堡,成都的班列将行至荷兰蒂尔堡。",
                "成都市",
                ("蒂尔堡",),
            ),
            Example("测试班列从钦州港东站出发重庆,运行三天。", "钦州港东站", ("重庆市",)),
            # (a place's service told run, then the way it runs to its end: 开行,经…至)
            Example(
                "昆明中亚班列每周开行,经阿拉山口至阿拉木图。",
                "昆明市",
                ("阿拉木图",),
                ("阿拉山口",),
                "rail",
            ),
            # (…开行,取道…,开往…: the way, then the verb of going; or the way right after
            # the service: 某地班列经某口岸开往某地)
            Example(
                "兰州中亚公共班列实现常态化运行,取道阿拉山口,开往哈萨克斯坦首都阿斯塔纳。",
                "兰州市",
                ("阿斯塔纳",),
                ("阿拉山口",),
                "rail",
            ),
            Example("贵阳公共班列经凭祥口岸出境开往河内。", "贵阳市", ("河内",), ("凭祥",), "rail"),
            # (loaded there onto a service, then where it goes: 装上…直达)
            Example(
                "在果园港,一批脐橙装上班列,先走铁路再转海运,一路直达新加坡。", "果园港", ("新加坡",)
            ),
            # (a station after the zone it lies in is the end: the finer one)
            Example("班列从钦州港东站出发,开往两江新区鱼嘴站。", "钦州港东站", ("鱼嘴站",)),
            # (a ship told by its cargo and the cargo's place, then where it berths)
            Example("一艘满载6万吨巴西大豆的货轮靠泊南通港。", "巴西", ("南通港",)),
            Example("“远航”轮载着2万吨几内亚铝土矿抵达烟台港。", "几内亚", ("烟台港",)),
            # (the goods change service where the train ends: two routes, read apart)
            Example(
                "集装箱自团结村站发出,到达钦州港后转搭远洋班轮直达新加坡。",
                "团结村",
                ("钦州港",),
            ),
        ),
        reader=read_movement,
        fallback=True,
    ),
    RouteForm(
        "开通了到Y的service",
        # the services the port of the sentences before opened, each to where it goes
        # (向东,开通了到上海的“天天班”,到日本、俄罗斯的国际直达航线)
        # (该站首次开出通往阿拉木图的中亚班列: the station of the sentences before)
        # (赣州港先推出了到盐田港的班列: a service launched)
        rf"(?:开通|开行|开辟|开设|开出|发出|推出)了?(?:首列|首趟|一列|一趟)?"
        rf"(?=(?:{GOES_TO}|到|至|往){T})",
        (
            Example(
                "芜湖港的集装箱航线增至15条。目前已开通了到上海的“周班”,到韩国的近洋航线。",
                "芜湖港",
                ("韩国",),
                mode="river-sea",
            ),
            # (the port the sentence opens with, its subject, in a clause before)
            Example("九江港近年不断扩容,去年开通了直达洋山港的集装箱班轮。", "九江港", ("洋山港",)),
        ),
        reader=read_anchor_services,
        fallback=True,
    ),
    *LINES_A_PLACE_HAS,
    RouteForm(
        "抵达X…后转运至Y",
        # goods told reaching a facility, then sent on from it once cleared (班列抵达凭祥
        # 口岸物流中心,通关以后转运到江苏、浙江等地): their way on from there, by no
        # service told; the run that brought them is read by its own forms
        rf"(?:抵达|到达|运抵|驶抵)(?P<o>{P})(?:[，,][^。；;]{{0,24}}?后)?[，,]?"
        rf"(?:再|随后|迅速|即|便)?(?:转运|分拨|调运)(?:至|到|发往|往)(?P<d>{TLIST})",
        (
            Example(
                "一列冷链班列近日抵达凭祥口岸物流中心,通关以后转运到江苏、浙江等地。",
                "凭祥口岸物流中心",
                ("江苏省", "浙江省"),
                mode="unspecified",
            ),
        ),
        reader=read_sent_on,
        fallback=True,
    ),
    RouteForm(
        "X的货物启运Y",
        # goods named by where they are grown or made, shipped to a place (a shipment told;
        # no movement from elsewhere in the sentence)
        GOODS_SHIPPED.pattern,
        (
            Example("15日凌晨,27吨巫山脆李装车启运泰国曼谷。", "巫山县", ("曼谷",)),
            Example("4月25日,10吨奉节脐橙首次出口至迪拜。", "奉节县", ("迪拜",)),
            # (carried to where they arrive: 运抵)
            Example("5月6日,首批用新办法运进的老挝木薯运抵果园港。", "老挝", ("果园港",)),
        ),
        reader=read_shipped,
        fallback=True,
    ),
    RouteForm(
        "货运航线…航点包括Y",
        # the cities an airport's cargo lines serve (重庆机场已开通国际货运航线15条,航点主要
        # 包括列日、纽约、悉尼), from the airport named before, or the one of the sentences before
        # (全货机航线通达…多个城市,包括德国法兰克福、汉堡,美国芝加哥: the cities its
        # freighters' lines reach, each after its country, parted by commas too)
        rf"(?:(?P<o>{P})[^。；;\ue000-\uefff]{{0,60}}?)?(?:货运|货机)(?:航线|航班)[^。；;\ue000-\uefff航]{{0,12}}?"
        rf"(?:航点(?:主要)?(?:包括|覆盖|涵盖|有|为)了?(?P<d>{TLIST})"
        # (or reach them, two or more: 货运航线越织越密,已连通列日、纽约…; 国际货运航班飞往
        # 芝加哥、河内…四地)
        rf"|(?:已经?|还|目前|主要)*(?:连通|联通|通达|飞往|直飞)了?(?P<d3>{T}(?:(?:[、和及与]|以及){T})+)"
        # (a part of the world may name where the cities lie: 通达欧美多个城市)
        rf"|通达(?:[^。；;,，\ue000-\uefff]|{T}){{0,12}}?(?:城市|机场|航点)[,，]?(?:主要)?(?:包括|涵盖)"
        rf"(?P<d2>{T}{{1,2}}(?:(?:[、,，和及与]|以及){T}{{1,2}})*))",
        (
            Example(
                "重庆机场已开通国际货运航线15条,航点主要包括列日、纽约、悉尼等。",
                "江北国际机场",
                ("纽约",),
                mode="air",
            ),
            Example(
                "近几年,双流国际机场的货运航线越来越多,对外已连通列日、芝加哥、悉尼等物流集散地。",
                "双流国际机场",
                ("芝加哥",),
                mode="air",
            ),
            Example(
                "本月咸阳国际机场的国际货运航班增至每周12班。目前该机场国际货运航班飞往首尔、"
                "河内、迪拜三地。",
                "咸阳国际机场",
                ("迪拜",),
                mode="air",
            ),
            Example(
                "萧山国际机场的货运业务增长很快。该场全货机航线已通达欧美十余个城市,包括"
                "比利时列日,美国芝加哥,德国法兰克福等。",
                "萧山国际机场",
                ("芝加哥",),
                mode="air",
            ),
            Example(
                "截至目前,重庆机场开通国际航线58条。其中,客运航线46条,航点覆盖罗马、多哈;"
                "货运航线12条,航点覆盖了列日、首尔、曼谷。",
                "江北国际机场",
                ("首尔",),
                mode="air",
            ),
        ),
        reader=read_points_served,
        each=True,
    ),
    RouteForm(
        "该港的service发往Y",
        # the services of the facility told before, named again (该港, 该站, 该机场), going
        # to a place: from that facility (read as 这趟班列出发前往Y reads its train)
        # (该港开出的班轮, 该机场国际货运航班; not a service from a place the sentence names)
        # (the places listed: one service to each)
        rf"{THIS_FACILITY}(?:的|开出的|始发的)?[^，。；,;\ue000-\uefff]{{0,10}}?{SERVICE}"
        rf"[^，。；,;\ue000-\uefff]{{0,4}}?(?:{_TOWARD}|飞往)(?={T})",
        (
            Example(
                "九江港今年新建两个泊位。该港的集装箱班轮每周三班发往洋山港。",
                "九江港",
                ("洋山港",),
                mode="river",
            ),
            Example(
                "萧山国际机场的货量连年增长。目前,该机场的国际货运航班每周两班飞往列日。",
                "萧山国际机场",
                ("列日",),
                mode="air",
            ),
        ),
        reader=read_from_anchor,
        fallback=True,
        each=True,
    ),
    RouteForm(
        "这趟班列出发前往Y",
        # a train of the sentences before leaves for a place, from no place the sentence
        # names: from the port they were about
        # (or leaves 从这里, from here: 货车将从这里“坐船”前往湖北秭归)
        # (该站第一列专列发出,目的地是贝尔格莱德: its end told in the next clause)
        # (离港,顺长江而下,驶向南通港: a clause of its way between, with no place)
        rf"(?:(?:(?:{DEPART})(?:[^，。；,;\ue000-\uefff]{{0,4}}?|[，,](?={_TOWARD}|{END_IS_RE})"
        rf"|[，,][^，。；,;\ue000-\uefff]{{1,8}}[，,])"
        rf"|{FROM_HERE}[^，。；,;\ue000-\uefff]{{0,8}}?)"
        rf"(?:{_TOWARD}|{END_IS_RE})"
        # (从该港口开出的编组50辆、满载货物的列车抵达吴家山站: the train told between, then
        # where it arrived)
        # (…抵达汉西车务段吴家山站: a railway office's station)
        rf"|{FROM_HERE}(?:{DEPART})[^，。；,;\ue000-\uefff]{{0,36}}?(?:抵达|到达|驶抵|运抵)"
        rf"(?:[^，。；,;\ue000-\uefff]{{1,4}}?车务段)?)(?={T})",
        (
            Example(
                "上午9点,团结村中心站内,工人正在装箱。当天下午,这趟班列将出发前往钦州港。",
                "团结村",
                ("钦州港",),
            ),
            Example(
                "吴家山站位于武汉。该站第一列防疫物资专列发出,目的地是塞尔维亚贝尔格莱德。",
                "吴家山站",
                ("贝尔格莱德",),
            ),
            # (从这里 after a place the sentence names: from that place)
            Example(
                "凭祥市在2017年8月送走了第一列中越班列,列车从这里出发开往越南河内。",
                "凭祥市",
                ("河内",),
                mode="rail",
            ),
            Example(
                "忠县周家溪滚装码头的货车排成长龙。每天,货车从这里坐船前往湖北秭归。",
                "忠县周家溪滚装码头",
                ("秭归港",),
                mode="river",
            ),
            # (from this port, the train told between, then where it arrived)
            Example(
                "阳逻港铁水联运二期工程开港。当日,从该港口开出的满载出口货物的列车抵达"
                "汉西车务段吴家山站。",
                "阳逻港",
                ("吴家山站",),
                mode="rail",
            ),
            Example(
                "安庆港新作业区今日启用。首艘货轮鸣笛离港,沿江东下,驶向上海港。",
                "安庆港",
                ("上海港",),
                mode="river",
            ),
        ),
        reader=read_from_anchor,
        fallback=True,
    ),
    RouteForm(
        "X迎来从Y返程的service",
        # a place receiving a train or ship that came from another (某港迎来从明斯克回程的
        # 中欧班列, 某站迎来从万象开来的冷链专列): from where it came to the place; the words of
        # coming between (返程, 回程, 开来, 驶来, 发来, 运来) say it came, not went
        rf"(?P<d>{T})[^，。；,;\ue000-\uefff]{{0,6}}?迎来了?[^，。；,;\ue000-\uefff]{{0,6}}?"
        rf"(?:从|自)(?P<o>{T})[^，。；,;\ue000-\uefff]{{0,4}}?"
        rf"(?:返程|回程|开来|驶来|发来|运来)的"
        rf"(?P<tail>[^，。；,;\ue000-\uefff]{{0,10}}?(?:班列|专列|列车|货列|班轮|货轮))",
        (
            Example(
                "当天下午,赣州国际陆港又迎来从莫斯科返程的中欧班列。",
                "莫斯科",
                ("赣州国际陆港",),
                mode="rail",
            ),
        ),
    ),
    RouteForm(
        CALLS,
        # a liner told by its calls in turn, with no start of its own: from the first to
        # the last, the others its stops (该航线依次挂靠宁波、厦门、胡志明和曼谷; 串联宁波
        # 北仑、福州江阴、广州南沙、东帝汶及巴布亚新几内亚: each call a place, or a place
        # within one; a canal or a name no table holds passed over, as in a rotation);
        # not a network counted (串联起长沙、郑州、成都等六十余个城市)
        # (a liner told by its start, then its calls, with no end told: 从大连港启航,挂靠
        # 釜山、神户、横滨等港口, 沿途依次挂靠…; the ports it calls at are the ports it
        # serves from that start, each a destination, as the readings write such lines)
        # (a few clauses may come between, 航线由某公司经营,每周一班,依次停靠…; but not
        # calls or a start told before, 以厦门港为起点,先后靠泊…,再挂靠…: these are part of
        # the line only)
        rf"(?:航线|班轮|货轮|船舶)(?:(?!{_TOLD_BEFORE})[^。；;]){{0,60}}?(?:依次|先后|沿途)*"
        rf"(?:挂靠|停靠|串联起?|串起|连接起?)(?P<calls>{CALL}(?:(?:{CALL_JOIN}){CALL})+)"
        r"(?!等?(?:\d+|[两二三四五六七八九十几百]+)[多余]?[个座条家])",
        (
            Example(
                "该航线每周一班,依次挂靠宁波、厦门、胡志明和曼谷。",
                "宁波舟山港",
                ("曼谷",),
                ("厦门港", "胡志明市"),
            ),
            Example(
                "这条环球航线每周一班,挂靠巴塞罗那、苏伊士运河、宁波、青岛和大连等港口。",
                "巴塞罗那港",
                ("大连港",),
                ("宁波舟山港", "青岛港"),
            ),
            # (the calls end at a comma before a clause that names no place first)
            Example(
                "新航线每十天一班,依次串起福州江阴、厦门、马尼拉和雅加达,让江阴港区的外贸网络更完善。",
                "江阴港区",
                ("雅加达",),
                ("厦门市", "马尼拉"),
            ),
            Example(
                "该货轮从青岛港启航,南下挂靠海防、曼谷、巴生等港口。",
                "青岛港",
                ("海防港", "曼谷港", "巴生港"),
            ),
            # (a few clauses between; spaces around the commas, as web copies type them; a
            # part of a place the gazetteer does not know after it, 釜山北: a call at 釜山)
            Example(
                "航线由某某船务公司负责运营 ,每周一班,沿途依次停靠青岛 、烟台、大连 、仁川 、釜山北等港口 。",
                "青岛港",
                ("釜山",),
                ("烟台市", "大连市", "仁川"),
            ),
            Example(
                "货轮自宁波港离泊,沿途依次挂靠釜山、神户、横滨。",
                "宁波舟山港",
                ("釜山港", "神户港", "横滨港"),
            ),
        ),
        reader=read_calls,
        fallback=True,
    ),
    RouteForm(
        ROTATION,
        # a liner's port rotation told as such (港序为天津、宁波、吉达、吉大港; 挂港顺序为:
        # 上海-宁波-厦门; 行经大连-青岛-…-安特卫普等港口): from the first call to the last; an
        # item that names no place is passed over (菲列斯多), a canal named on the way too
        rf"(?:航线|班轮|货轮|船舶|轮)[^。；;\ue000-\uefff]{{0,30}}?"
        rf"(?:港序|挂港顺序|挂靠顺序|挂靠路径|挂港路径|行经)(?:依次)?(?:为|是|覆盖)?[:：]?[“\"]?"
        rf"(?P<calls>{CALL}(?:(?:{ROTATION_JOIN}){CALL}){{2,}})",
        (
            Example(
                "该远东航线每周一班,港序为:天津-釜山-横滨-名古屋。",
                "天津港",
                ("名古屋港",),
                ("釜山港", "横滨港"),
            ),
            Example(
                "这艘集装箱船将投入欧洲航线,行经青岛-上海-科伦坡-苏伊士运河-安特卫普-菲列斯多-汉堡等港口。",
                "青岛港",
                ("汉堡港",),
                ("上海港", "科伦坡港", "安特卫普港"),
            ),
        ),
        reader=read_rotation,
        fallback=True,
    ),
)
