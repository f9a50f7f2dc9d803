"""Pair patterns of several parties, and of a first party the text implies.

Lists acting alike toward a partner (A、B与C), pairs side by side (A与B、C与D), three or
more acting together or signing one agreement (A、B、C三地, A、B…N个区县…签订: their forms
are :mod:`cqmap.geo.pair_forms_together`'s), a composite name (万达开), and the forms whose
first party is the paragraph's or the document's subject (我们与B, B对口支援我县). Entries of
:data:`cqmap.geo.pairs.PAIR_PATTERNS`, after :data:`cqmap.geo.pair_forms.TWO_PARTY_FORMS`.
"""

from __future__ import annotations

from cqmap.geo.pair_forms_together import TOGETHER_FORMS
from cqmap.geo.pair_pattern import PairExample, PairPattern
from cqmap.geo.pair_words import (
    AID_GIVEN,
    ALL_TOGETHER,
    ASK,
    COUNTED_PARTIES,
    GIFTS,
    GO,
    HELPED,
    LEAD,
    LED,
    LIST,
    NEXT_DEED,
    NOT_BORDERING,
    ORG,
    ORG_CHAR,
    PAIR_JOIN,
    PAIR_LINK,
    RUN,
    SELF,
    VISITED_FOR,
    WE,
    WELCOME,
    WITH,
    ahead,
    alt,
    firsts,
)
from cqmap.geo.skeleton import A
from cqmap.geo.vocabulary import JOINT_MEETING, JOINT_MEETING_REACH

__all__ = ["GROUP_FORMS"]

# A region right after a word of aid inside what the subject works with is the one that
# partner aids, no partner of the subject (加强与对口帮扶达州的舟山市的合作: 舟山市 is)
_NOT_AIDED_THERE = "".join(f"(?<!{w})" for w in AID_GIVEN)

GROUP_FORMS: tuple[PairPattern, ...] = (
    # Several first parties side by side: 大渡口区、大足区分别与忠县开展对口协同,
    # 开州区、城口县、巫溪县与达州市签署协议, 泸州、遂宁6市政府与重庆市政府. (和 joins them
    # only before 分别/均/都/各自: 万州、开州和云阳 is one list.) With 分别 and as many
    # partners, each has its own: 沙坪坝区、江津区分别与奉节县、巫山县 (_RESPECTIVE).
    PairPattern(
        "A、B与C",
        rf"(?P<a>{A}(?:[、和]{A})+){ORG}(?:(?:(?P<each>分别)|均|都|各自)"
        rf"{alt(('与', '同', '和', '跟', *PAIR_JOIN))}|{alt(('与', '同', '跟', *PAIR_JOIN))})"
        # (the partner's organisation before it, after 与: 与农工党荣昌区委会; not after 同,
        # the end of 共同 as often: 共同贯彻重庆…)
        rf"(?:(?<=与){ORG})?(?P<b>{LIST})",
        ("与", "同", "和", "跟", "对口", "结对", "携手"),
        (
            PairExample(
                "大渡口区、大足区分别与忠县开展对口协同。",
                (("大渡口区", "忠县"), ("大足区", "忠县")),
            ),
            PairExample(
                "遂宁、广安两市政府与重庆市政府签署合作备忘录。",
                (("遂宁市", "重庆市"), ("广安市", "重庆市")),
            ),
            # (the partner's organisation named before it)
            PairExample(
                "内江市、自贡市两地商会与民建荣昌区委会签订合作协议。",
                (("荣昌区", "内江市"), ("荣昌区", "自贡市")),
            ),
        ),
        needs_cue=True,
        co_subjects=True,
    ),
    # Places asking a third for its help act alike toward it, no pair themselves:
    # 巫山、奉节两县负责人请求上海市继续帮扶 (each the partner of the one asked).
    PairPattern(
        "A、B恳请C",
        rf"(?P<a>{A}(?:[、和及]{A})+){ORG}{alt(ASK)}{ORG}(?P<b>{LIST})",
        ASK,
        (
            PairExample(
                "巫山、奉节两县负责人请求上海市进一步加大对口帮扶力度。",
                (("巫山县", "上海市"), ("奉节县", "上海市")),
            ),
        ),
        needs_cue=True,
        co_subjects=True,
    ),
    # Pairs side by side: 铜梁区与云阳县、垫江县与酉阳县分别签订协议 (each its own pair).
    PairPattern(
        "A与B、C与D",
        # (also 济南市对口重庆武隆区、烟台市对口重庆巫山县: 对口, 结对 or 帮扶 between)
        rf"(?P<a>{A}{PAIR_LINK}{A}(?:、{A}{PAIR_LINK}{A})+)",
        ("、",),
        (
            PairExample(
                "铜梁区与云阳县、垫江县与酉阳县分别签订协议。",
                (("铜梁区", "云阳县"), ("垫江县", "酉阳县")),
            ),
            PairExample(
                "其中济南市对口重庆武隆区、烟台市对口重庆巫山县、淄博市对口石柱县。",
                (("武隆区", "济南市"), ("巫山县", "烟台市"), ("石柱县", "淄博市")),
            ),
        ),
        needs_cue=True,
        respective=True,
    ),
    # The task of supporting one given to another: 中央把对口支援重庆万州任务交给上海
    PairPattern(
        "把对口支援A任务交给B",
        rf"把(?:对口)?(?:支援|帮扶|协作)(?P<a>{A}){ORG}任务(?:交给|交由|赋予)(?P<b>{A})",
        ("任务交给", "任务交由", "任务赋予"),
        (PairExample("中央把对口支援重庆万州任务交给上海。", (("万州区", "上海市"),)),),
        needs_cue=False,
    ),
    *TOGETHER_FORMS,
    # The host welcomes the visitors: 彭水县委…对南川区代表团一行的到来表示热烈欢迎.
    PairPattern(
        "B对A的到来",
        rf"(?P<b>{A}){RUN}{{0,16}}?对{ORG}{LEAD}{RUN}{{0,12}}?{alt(WELCOME)}",
        WELCOME,
        (
            PairExample(
                "秀山县委对合川区党政代表团一行的到来表示热烈欢迎。", (("合川区", "秀山县"),)
            ),
        ),
        needs_cue=False,
        alone=True,
    ),
    # A composite name that stands for partners (万达开; 川渝 or 渝黔 told as its two parties
    # signing, 渝黔两省市签署), working together: every two of its regions.
    PairPattern(
        "万达开 (partners named together)",
        # (not the name of an agreement: 签署万达开统筹发展合作协议)
        # (nor of a zone: 为万达开川渝统筹发展示范区的建设建言; nor of a strategy another place
        # seizes: 抢抓…、万开云同城化发展等重大战略机遇)
        # (nor a grouping before it: 川渝万达开统筹发展 is 万达开's)
        rf"(?<!签署)(?<!签订)(?<!《)(?P<c>[\uec00-\uefff])(?![\uec00-\uefff])[”\"]?"
        rf"(?:三地|两地|四地|{COUNTED_PARTIES})?"
        # (or, further on, a joint meeting of them: 湘鄂渝黔四省市政协助推…脱贫攻坚合作联席会;
        # 川陕渝地方政协推进…联合协商会议)
        rf"(?:{ORG}{alt(ALL_TOGETHER + ('统筹',))}|{ORG_CHAR}{{0,{JOINT_MEETING_REACH}}}?{JOINT_MEETING})"
        rf"(?![^，。；,;]{{0,6}}?(?:示范区|试验区|合作区|经济区|等重大战略|等战略|战略机遇))",
        ("[\\uec00-\\uefff]",),
        (
            PairExample(
                "万达开三地携手推进一体化发展。",
                (("万州区", "达州市"), ("万州区", "开州区"), ("开州区", "达州市")),
            ),
            # (同城化: growing into one city)
            PairExample(
                "万开云同城化发展取得新进展。",
                (("万州区", "云阳县"), ("万州区", "开州区"), ("开州区", "云阳县")),
            ),
            # (the platforms along the Sichuan–Chongqing border by their names)
            PairExample(
                "坚定不移推动合广长协同发展。",
                (("合川区", "广安市"), ("合川区", "长寿区"), ("长寿区", "广安市")),
            ),
            # (the four of 川南渝西 by their name, counted and signing, or holding a joint
            # meeting; not a plan that names them)
            PairExample("推进泸内荣永协同发展。", ()),
            PairExample(
                "泸内荣永应急联动合作联席会议在泸县召开。",
                (
                    ("荣昌区", "永川区"),
                    *((a, b) for a in ("荣昌区", "永川区") for b in ("泸州市", "内江市")),
                ),
            ),
            PairExample(
                "泸内荣永四地签订了应急联动合作协议。",
                (
                    ("荣昌区", "永川区"),
                    *((a, b) for a in ("荣昌区", "永川区") for b in ("泸州市", "内江市")),
                ),
            ),
            PairExample(
                "川渝万达开统筹发展第四次党政联席会在万州举行。",
                (("万州区", "达州市"), ("万州区", "开州区"), ("开州区", "达州市")),
            ),
            # (a grouping that mostly names a region, told as its two parties signing, or
            # its organs signing jointly)
            PairExample("渝黔两省市签署合作框架协议。", (("重庆市", "贵州省"),)),
            PairExample("川渝税务部门共同签署征管协作协议。", (("重庆市", "四川省"),)),
            # (provinces by their one-character names, counted: the pairs with Chongqing)
            PairExample(
                "渝川黔三地政协召开联席会议。", (("重庆市", "四川省"), ("重庆市", "贵州省"))
            ),
            # (a consultation of them, 联合协商会议)
            PairExample(
                "川陕渝三省市政协召开联合协商会议。", (("重庆市", "四川省"), ("重庆市", "陕西省"))
            ),
            # (a joint meeting of them, its purpose told between)
            PairExample(
                "湘鄂渝黔四省市政协推动武陵山区文旅融合发展联席会在恩施召开。",
                (("重庆市", "湖北省"), ("重庆市", "湖南省"), ("重庆市", "贵州省")),
            ),
            PairExample(
                "川陕渝地方政协推进红色旅游协作联合协商会议在万源召开。",
                (("重庆市", "四川省"), ("重庆市", "陕西省")),
            ),
            PairExample(
                "滇黔川渝公路运输第三次联席会议在贵阳召开。",
                (("重庆市", "云南省"), ("重庆市", "四川省"), ("重庆市", "贵州省")),
            ),
            # (not the area whose border counties' bodies meet, nor an area named so)
            PairExample("渝湘黔毗邻少数民族地区检察协作联席会在酉阳召开。", ()),
            PairExample("泸州处在川滇黔渝四省市交界地带。", ()),
            PairExample("港区建设由川渝六方共同承担。", ()),
            PairExample("成渝两地产业协同发展成效明显。", ()),
            PairExample("服务台将覆盖万达开、万开云及周边区县,助力协同发展。", ()),
            PairExample("宣汉县政协为万达开川渝统筹发展示范区的建设建言献策。", ()),
            PairExample("该县正抢抓双城经济圈建设、万开云同城化发展等重大战略机遇。", ()),
        ),
        needs_cue=True,
        members=True,
        alone=True,
    ),
    PairPattern(
        "我们与B",
        # (a body of no place's name may come first in the list of partners: 我院与区司法局、
        # 岳池县法院…会签)
        rf"{alt(WE)}{ORG}(?:与|同|和|携手|联手|联动)(?:{ORG}、)?{ORG}(?P<b>{LIST}){NOT_BORDERING}",
        WE,
        (
            # (我院: a court's or procuratorate's own page, of the place it serves)
            PairExample(
                "铜梁区人民法院新闻。我院与区司法局、岳池县法院会签调解协作意见。",
                (("铜梁区", "岳池县"),),
            ),
        ),
        needs_cue=True,
        implied=True,
    ),
    PairPattern(
        "B对口支援我县",
        # a partner aiding the text's own place, which names itself (广东对口支援我县)
        rf"(?P<b>{LIST}){ORG}(?:的)?(?:对口)?{alt(HELPED)}(?:了)?{alt(SELF)}",
        SELF,
        (
            PairExample(
                "巫山县迎来调研组。据介绍,广东省对口支援我县这些年,成效明显。",
                (("巫山县", "广东省"),),
            ),
            PairExample(
                "城口县的茶园扩种了三百亩。江北区帮扶我县多年,城口县干部表示感谢。",
                (("江北区", "城口县"),),
            ),
            PairExample("广东省对口支援我县多年。", ()),  # (whose county: untold)
        ),
        needs_cue=True,
        implied=True,
    ),
    PairPattern(
        "B与我县签约",
        # a partner joined to the text's own place, which names itself (邻水县与我区签订
        # 协议; the bodies of each may stand beside them: 邻水县某小学与我区某小学)
        rf"(?P<b>{LIST}){ORG}(?:与|同|和|携手|联手){alt(SELF)}{NOT_BORDERING}",
        SELF,
        (
            PairExample(
                "梁平区教育动态。邻水县教育局与我区教委签订了师资交流协议。",
                (("梁平区", "邻水县"),),
            ),
            # (a list of partners with their bodies, acting with it: each its partner, and
            # each other's as they act together)
            PairExample(
                "梁平区教育动态。大渡口区一所小学、邻水县一所小学与我区一所小学共同组建教育联盟。",
                (("梁平区", "大渡口区"), ("梁平区", "邻水县"), ("大渡口区", "邻水县")),
            ),
            PairExample("邻水县教育局与我区教委签订了师资交流协议。", ()),  # (whose: untold)
            PairExample("梁平区新闻。邻水县与我区接壤,合作前景广阔。", ()),  # (neighbours)
        ),
        needs_cue=True,
        implied=True,
    ),
    PairPattern(
        "B来到我县考察",
        # a partner's visit to the text's own place, which names itself (安康市政协主席带队
        # 来到我县考察交流)
        rf"(?P<b>{LIST}){RUN}{{0,30}}?(?:来到|莅临|走进|到)(?:了)?{alt(SELF)}"
        # (what for may follow in the next clause: 来到我县,围绕…开展专题考察)
        r"(?:[，,][^，,。；;\ue000-\ue7ff]{0,16}?)?"
        r"(?:考察|调研|交流|学习|访问|指导|参观|对接)",
        SELF,
        (
            PairExample(
                "巫溪县新闻。日前,陕西省安康市政协主席带队来到我县考察交流。",
                (("巫溪县", "安康市"),),
            ),
            PairExample(
                "巫溪县新闻。安康市和十堰市的政协负责人一行来到我县考察。",
                (("巫溪县", "安康市"), ("巫溪县", "十堰市")),
            ),
            PairExample("日前,安康市政协主席带队来到我县考察交流。", ()),  # (whose county: untold)
            # (what for, in the next clause)
            PairExample(
                "巫溪县新闻。镇坪县文旅局带领企业代表来到我县,就旅游线路开展考察。",
                (("巫溪县", "镇坪县"),),
            ),
            PairExample("巫溪县新闻。镇坪县文旅局来到我县,带来了礼物。", ()),
        ),
        needs_cue=False,
        implied=True,
    ),
    PairPattern(
        "(A)率队赴B考察",
        # a team of the text's own place led to a place, its clause naming no place before
        # the leader (由主席某某率队前往遵义市播州区,开展协商视察): the subject's visit
        rf"(?:^|[，,；;：:“。])\s*[^，,。；;\ue000-\uefff]{{0,16}}?{alt(LED)}{alt(GO)}"
        rf"(?P<b>{LIST})"
        # (what for, there or in the next clause: 前往某地,围绕…开展协商视察; not the name of
        # a meeting attended there, 赴延安出席…协商联系会议)
        r"(?:(?!出席|参加)[^。；;\ue000-\ue7ff]){0,30}?"
        rf"{alt(VISITED_FOR)}",
        LED,
        (
            PairExample(
                "綦江区政协的平台已经建好。随后由主席某某率队前往桐梓县,围绕红色文化开展协商视察。",
                (("綦江区", "桐梓县"),),
            ),
            PairExample(
                "荣昌区新闻。区委书记带队赴内江市考察交流产业合作。", (("荣昌区", "内江市"),)
            ),
            # (a leader of another place, named before: read by A…率团赴B, not here)
            PairExample("荣昌区新闻。内江市副市长带队赴泸州市考察交流。", ()),
            # (the subject's own place visited: no pair)
            PairExample("荣昌区新闻。区委书记带队前往荣昌区高新区调研。", ()),
            # (a visit for no work told: to attend, to go on)
            PairExample("荣昌区新闻。副主席某某带队赴遵义市,出席两地协商联络会议。", ()),
        ),
        needs_cue=False,
        implied=True,
    ),
    PairPattern(
        "在B…帮扶下",
        # the subject helped by a partner: 在深圳市对口援建支持下, 在江北区的帮扶下
        rf"在{ORG}(?P<b>{LIST}){ORG}(?:的)?(?:对口)?(?:{alt(HELPED)}(?:和|与|及)?"
        # (or its help, 帮助, with its support: 在临沂市的支持和帮助下; not its support
        # alone, 在重庆市的支持下)
        r"(?:支持|帮助|推动|指导)?|(?:支持(?:和|与|及))?帮助)下",
        (*HELPED, "帮助"),
        (
            PairExample(
                "巫山县的村子曾经缺水。在深圳市对口援建支持下建成了水池。", (("巫山县", "深圳市"),)
            ),
            PairExample("城口县的茶园,在江北区帮扶下扩种了三百亩。", (("江北区", "城口县"),)),
            PairExample(
                "奉节县新闻。在临沂市的支持和帮助下,奉节县的产业稳步发展,东西部协作成效明显。",
                (("奉节县", "临沂市"),),
            ),
            PairExample("在重庆市的支持下,项目顺利推进。", ()),
        ),
        needs_cue=True,
        implied=True,
    ),
    # The text's own place giving to a place, its clause naming no giver (继2月13日向夷陵区
    # 捐助后…; 本次向孝感捐赠的物资): the giver is the subject
    PairPattern(
        "(A)向B捐赠",
        rf"(?:^|[，,；;：:“。])\s*[^，,。；;\ue000-\uefff向]{{0,12}}?向{ORG}(?P<b>{LIST}){ORG}"
        rf"{alt(GIFTS)}",
        GIFTS,
        (
            PairExample(
                "武隆区筹集了一批物资。记者获悉,这次向孝感市捐赠的蔬菜共60吨。",
                (("武隆区", "孝感市"),),
            ),
            PairExample(
                "武隆区又组织了一批物资。继上周向荆州市公安县捐助后,这已是第二批。",
                (("武隆区", "公安县"),),
            ),
            # (who gives, named: read by A向B出售, not here)
            PairExample("本次向孝感市捐赠的蔬菜共60吨。", ()),
        ),
        needs_cue=False,
        implied=True,
    ),
    PairPattern(
        "(A)与B",
        rf"(?:^|[，,；;：:“]|{NEXT_DEED})\s*(?:除了|在|为|为了|通过|并|还|也|将|不断|进一步|积极|主动|持续)?"
        rf"(?:强化|加强|深化|推动)?{alt(WITH)}{ORG}{_NOT_AIDED_THERE}(?P<b>{LIST}){NOT_BORDERING}",
        WITH,
        (
            PairExample(
                "万州区发布了规划。规划提出,加强与舟山市的合作,建好江海联运。",
                (("万州区", "舟山市"),),
            ),
            PairExample(
                "万州区发布了规划。规划提出,加强与对口帮扶达州的东部城市合作,建好江海联运。",
                (),
            ),
        ),
        needs_cue=True,
        # (Nothing after the spaces is a space: ``\s*+``. The guard: the verb's first
        # character within the five characters the optional words take up at most; they
        # hold none of them.)
        fast=rf"(?:^|[，,；;：:“]|{NEXT_DEED})\s*+{ahead(firsts(WITH), 5, '')}"
        r"(?:除了|在|为|为了|通过|并|还|也|将|不断|进一步|积极|主动|持续)?"
        rf"(?:强化|加强|深化|推动)?{alt(WITH)}{ORG}{_NOT_AIDED_THERE}(?P<b>{LIST}){NOT_BORDERING}",
        implied=True,
    ),
)
