"""Pairing rules met in real articles, each tested on sentences written for the purpose:
what the rule reads, and what it no longer reads."""

from __future__ import annotations

import pytest

from cqmap.geo.extract import extract_text
from cqmap.geo.pairs import PAIR_PATTERNS


def pairs_in(text: str) -> set[frozenset[str]]:
    """The pairs read in ``text``, unordered."""
    return {frozenset((p["a"], p["b"])) for p in extract_text(text)["pairings"]}


def pairs(*items: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(item) for item in items}


# Every two of four border places, one of each side in Chongqing (梁平, 垫江 | 大竹, 邻水)
FOUR_ON_THE_BORDER = pairs(
    ("梁平区", "垫江县"),
    ("梁平区", "大竹县"),
    ("梁平区", "邻水县"),
    ("垫江县", "大竹县"),
    ("垫江县", "邻水县"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A·B: an event named by its host and its guest (a "week") is no pair; a pair's
        # anniversary (周年) still is
        ("活动期间,“重庆·广东文化周”在穗开幕,推介重庆旅游资源,寻求合作。", set()),
        # (a group counted and told acting as one, then its members listed, as many as
        # the count: each two are partners)
        (
            "川渝毗邻四区县齐聚梁平,共商合作。会上,梁平区、垫江县,以及四川省大竹县、邻水县作了发言。",
            FOUR_ON_THE_BORDER,
        ),
        (
            "川渝“两县两区”相聚梁平,共商合作。梁平区、垫江县、大竹县、邻水县作了发言。",
            FOUR_ON_THE_BORDER,
        ),
        # (counted by kinds, 2区2县: a count for each)
        (
            "川渝2区2县携手成立旅游联盟。会上,梁平区、垫江县、大竹县、邻水县作了发言。",
            FOUR_ON_THE_BORDER,
        ),
        # (the members named right after their count: however many the text gives, a
        # page that stops before its list does)
        (
            "川渝2区2县携手成立旅游联盟。4地即重庆市梁平区、垫江县、四川省大竹县",
            pairs(("梁平区", "垫江县"), ("梁平区", "大竹县"), ("垫江县", "大竹县")),
        ),
        # (the list that starts at the count, though a longer one follows in the sentence)
        (
            "川渝两区两县携手成立文旅联盟。4地即梁平区、垫江县、大竹县、邻水县,"
            "到会的还有万州区、开州区、云阳县、巫山县、奉节县的代表。",
            FOUR_ON_THE_BORDER,
        ),
        ("川渝2区2县携手成立旅游联盟。会上,梁平区、垫江县、大竹县作了发言。", set()),
        # (two places told as one after a verb of visiting are what the visitors study, and
        # 两地 further on in the sentence is them, not the two of the sentence before)
        ("南充商会一行考察江津、綦江两地商会的做法,参观了两地的服务中心。", set()),
        (
            "江津区、綦江区负责同志陪同。南充商会一行考察江津、綦江两地商会的做法,"
            "参观了两地的服务中心。",
            set(),
        ),
        # (the place that holds the districts counted after it is no party of its own:
        # the districts are)
        ("遂宁和重庆5区县签订了文旅合作协议。", set()),
        ("遂宁市与重庆五个区县签署了文旅合作协议。", set()),
        # (a visit to learn from the host: 学习借鉴)
        (
            "南充市代表团负责人带队,赴铜梁区学习借鉴园区建设经验。",
            pairs(("铜梁区", "南充市")),
        ),
        # (aid sent: 向B支援)
        ("巫溪县向孝感市支援了一批土豆。", pairs(("巫溪县", "孝感市"))),
        # (two places a third's work helps: 助力)
        ("两家企业签约,助力重庆、广东两地扩大贸易。", set()),
        # (two places named in companies' names are no two places 两地 refers back to)
        (
            "滕州市某集团与巫山某集团洽谈合作。会上,两地商务部门深入交流,共同谋划工作。",
            set(),
        ),
        # (a group of bodies counted, 五家法院, its members told in lists each counted,
        # the counts adding up to the group's)
        (
            "协作会在黔江召开,黔江、彭水、利川三家检察院之外,武隆、咸丰两家检察院也首次参加。"
            "会后,五家检察院共同签署了协作意见。",
            pairs(
                ("黔江区", "彭水县"),
                ("黔江区", "武隆区"),
                ("彭水县", "武隆区"),
                *((a, b) for a in ("黔江区", "彭水县", "武隆区") for b in ("利川市", "咸丰县")),
            ),
        ),
        # (the later group counted is the one that acts, though the earlier count is
        # close before the act: 两家…五家…共同签署)
        (
            "协作会在黔江召开,黔江、彭水、利川三家检察院之外,武隆、咸丰两家检察院也来了,"
            "五家检察院共同签署了协作意见。",
            pairs(
                ("黔江区", "彭水县"),
                ("黔江区", "武隆区"),
                ("彭水县", "武隆区"),
                *((a, b) for a in ("黔江区", "彭水县", "武隆区") for b in ("利川市", "咸丰县")),
            ),
        ),
        (
            "协作会在黔江召开,黔江、彭水、利川三家检察院之外,武隆等两家检察院也首次参加。"
            "会后,五家检察院共同签署了协作意见。",
            set(),
        ),
        # (the region that opens a clause acts on in the clauses after it, quotation marks
        # in what it does between)
        (
            "沙坪坝区法院新闻。\n重庆法院系统落实“一盘棋”的部署,与贵州法院系统携手推进协作。",
            pairs(("重庆市", "贵州省")),
        ),
        # (a province told by its areas next to another place's: those areas, no party)
        ("新规划给大足与毗邻四川市县的协作带来了机遇。", set()),
        ("新规划给大足与四川的协作带来了机遇。", pairs(("大足区", "四川省"))),
        # (a region right before words of some or many of its things: where they lie, no
        # party)
        ("今年以来,重庆许多商场和农贸市场同四川的种植大户联手合作,稳定了菜价。", set()),
        # (or right before a count of its parts: those parts act, not it; but the count
        # of a list it ends is the list's)
        ("按照方案,重庆将和四川这六个市一起组建协作联盟。", set()),
        ("按照方案,重庆市5个区县将与四川省签订协作协议。", set()),
        (
            "按照方案,永川区将与四川、贵州两个省签订协作协议。",
            pairs(("永川区", "四川省"), ("永川区", "贵州省")),
        ),
        # (the place where two bodies meet is none of the two 双方 refers back to; one of
        # the two, named where they meet, still is)
        (
            "9月15日,省交通运输厅和重庆市交通局在成都举行联席会,签订合作备忘录。"
            "会上,双方将共同推进产业合作。",
            set(),
        ),
        (
            "4月2日,荣昌区商务委和隆昌市商务局在荣昌召开座谈会。会上,双方将共同推进产业合作。",
            pairs(("荣昌区", "隆昌市")),
        ),
        # (two places joined, then 都: each on its own; not 都市)
        ("年初以来,重庆与成都都在抓住机遇,谋划更深的合作。", set()),
        ("永川区与成都都市现代农业企业签署合作协议。", pairs(("永川区", "成都市"))),
        # (two places joined right after a word of aiding are the aided, side by side)
        ("本省多年来一直对口支援重庆武隆区和石柱县,做好各项工作。", set()),
        # (a visit's list of sites, a company named by its place among them: still one
        # list, each place visited)
        (
            "两天里,广元工会一行先后深入合川区职工服务中心、合川区电力公司、渝北区总工会机关考察。",
            pairs(("合川区", "广元市"), ("渝北区", "广元市")),
        ),
        # (a title right before 和 is what 和 joins to the region after it: the region
        # before the title is no partner of it)
        ("今后,天府新区将依照《行动计划》和重庆、四川的工作部署,深化两个新区协作。", set()),
        # (三地 right after what they do as one)
        (
            "两县县长带队考察巴东,共谋三地旅游协作。座谈会上,巫山县、巴东县、神农架林区作了发言。",
            pairs(("巫山县", "巴东县"), ("巫山县", "神农架林区")),  # (one side in Chongqing)
        ),
        # (the members listed a sentence before the group is told acting, each with
        # the place that holds it; 川渝 between the count and 区县)
        (
            "这条经济带包括重庆市梁平区、垫江县,四川省达州市的大竹县,以及广安邻水县,共四个川渝"
            "毗邻区县。上周,四区县齐聚邻水,共商合作。",
            FOUR_ON_THE_BORDER,
        ),
        # (neighbours counted; a list with a count of the first two and a province's 的)
        (
            "川渝的4位“邻居”聚到梁平,召开联席会议。"
            "这条走廊串起重庆梁平、垫江两地和四川的大竹、邻水。",
            FOUR_ON_THE_BORDER,
        ),
        # (the group signs as one; its members listed in the next sentence)
        (
            "梁平、大竹等4个区县一起签署合作协议。走廊跨越梁平区、垫江县、大竹县、邻水县。",
            FOUR_ON_THE_BORDER,
        ),
        # (arrangements carried out are no directions of the two where the pairing is
        # told with them)
        (
            "按照双流区和渝北区缔结友城后的工作安排,两个镇签下结对共建协议。",
            pairs(("双流区", "渝北区")),
        ),
        ("按照重庆市委与四川省委的工作安排,两个镇签下结对共建协议。", set()),
        # (partners listed going on with 等 and a kind, then the signing: each a partner)
        (
            "南川区已与彭州市、广元市等市县签了多份合作协议。",
            pairs(("南川区", "彭州市"), ("南川区", "广元市")),
        ),
        # (a leader's second title names no party: 枣庄 is the same person's other post)
        (
            "滕州市委书记、枣庄市委常委某某带队,考察团一行前往丰都县,围绕结对帮扶开展考察。",
            set(),
        ),
        # (as many as another count, or no group told acting: places named, no pairs)
        ("川渝毗邻七区县齐聚梁平,共商合作。梁平区、垫江县、大竹县、邻水县作了发言。", set()),
        ("川渝毗邻四区县风景优美。梁平区、垫江县、大竹县、邻水县作了发言。", set()),
        # (the paragraph's subject working jointly with places listed: 联合)
        (
            "潼南区加快发展柠檬产业。同时,联合大足、荣昌等地,共建柠檬区域品牌。",
            pairs(("潼南区", "大足区"), ("潼南区", "荣昌区")),
        ),
        # (built or run together: 合建, 合办, as 共建)
        ("广安与重庆合建了一座机电产业园。", pairs(("重庆市", "广安市"))),
        ("荣昌区同内江市合办了一所职业学院。", pairs(("荣昌区", "内江市"))),
        # (aid given to places listed with 等: each is helped)
        (
            "山东对口帮扶石柱、巫山等地区。",
            pairs(("山东省", "石柱县"), ("山东省", "巫山县")),
        ),
        (
            "北碚·巫山结对三周年,双方签订新一轮协作协议。",
            pairs(("北碚区", "巫山县")),
        ),
        # 和 after the last item but one of a list of partners: the list goes on
        ("今年该县将团结宣汉、万源、通川、巫溪和城口,共同推进合作。", set()),
        # the implied subject is one of the partners listed: not their partner
        ("与江津区、新都区结为友好城市以来,渠县的对外合作不断拓展。", set()),
        # places named as those who gain from what a line brings (为…带来), not who act
        ("新航线将为重庆、宜昌和武汉之间的航运合作带来新的机遇。", set()),
        ("新班列将为重庆与钦州的物流合作注入新动能。", set()),
        # … while places acting together, then a benefit to others, still pair
        (
            "万州、达州、开州三地共同推进物流合作,为群众带来便利。",
            pairs(("万州区", "开州区"), ("万州区", "达州市"), ("开州区", "达州市")),
        ),
        # two places asking a third for help: each its partner, not each other's
        (
            "巫山、奉节两县负责人请求上海市在产业上给予更多帮扶。",
            pairs(("巫山县", "上海市"), ("奉节县", "上海市")),
        ),
        (
            "丰都、石柱两县主要领导感谢宁波市长期以来的对口支援。",
            pairs(("丰都县", "宁波市"), ("石柱县", "宁波市")),
        ),
        # a party's visit told with who accompanies it (hosts named between)
        (
            "綦江区考察团一行在桐梓县负责同志的陪同下,先后到桐梓县娄山关镇考察产业合作。",
            pairs(("綦江区", "桐梓县")),
        ),
        (
            "巫溪县党政代表团一行在临朐县委副书记、县长等负责同志陪同下,先后到临朐县沂山镇参观考察。",
            pairs(("巫溪县", "临朐县")),
        ),
        # a place paired in one clause, the province around it in another: both pairs
        (
            "山东省对口支援忠县三十年;此后山东省又对口协作重庆市多个区县,双方合作不断深入。",
            pairs(("山东省", "忠县"), ("山东省", "重庆市")),
        ),
        # … while a place and a part of it in one list still give the place
        (
            "石柱县代表团先后前往内江市、内江市市中区考察合作。",
            pairs(("石柱县", "内江市")),
        ),
        # three places acting together, with 和 closing their list: all three
        (
            "推动万州、开州和云阳协同发展。",
            pairs(("万州区", "开州区"), ("万州区", "云阳县"), ("开州区", "云阳县")),
        ),
        # places named with the directions a party carries out give them, they pair not
        (
            "渝北区与邻水县签署合作协议,贯彻重庆市委市政府与四川省委省政府的工作部署。",
            pairs(("渝北区", "邻水县")),
        ),
        # a visit to Chongqing's districts pairs with each, though the text pairs the
        # municipality too (they are no parts of it to fold in)
        (
            "泸州市代表团赴重庆市荣昌区、永川区考察。泸州市与重庆市签署合作协议。",
            pairs(("荣昌区", "泸州市"), ("永川区", "泸州市"), ("重庆市", "泸州市")),
        ),
        # the units a district sends to help as a group (集团帮扶) are no company
        ("做好今年江北区集团对口帮扶酉阳县工作。", pairs(("江北区", "酉阳县"))),
        # … while a company named after a district is
        ("江北区某集团有限公司与酉阳县签约。", set()),
        # a way or a service between two places is a link, no work of theirs together:
        # told of the two named before (两地间), or of two named with it (之间的…通道)
        ("綦江区的赶水镇挨着习水县的温水镇。多年来两地间只有一趟城际班车。", set()),
        ("新航线开通后,济宁和重庆之间的内河物流通道将全线打通,港口对接更顺畅。", set()),
        # guarding something together (联防联控, 联防共治) is working together
        ("綦江区与习水县建立界河联防联控机制。", pairs(("綦江区", "习水县"))),
        # two places written together with no mark between are a list of partners …
        (
            "重庆与湖北湖南建立界河联防联控机制。",
            pairs(("重庆市", "湖北省"), ("重庆市", "湖南省")),
        ),
        # … while a province right before a place of its own says where that place lies
        ("长寿区与四川广安签署交通合作协议。", pairs(("长寿区", "广安市"))),
        # 同 that ends a town's name (坛同镇) is no "with"
        (
            "这片合作区横跨邻水县的高滩镇、坛同镇和渝北区的茨竹镇。",
            set(),
        ),
        # a region joined to a thing before it (对接国家和重庆市的规划) is no subject: the
        # text's own place is who works with the partner
        (
            "长寿区交通局积极行动。对接国家和重庆市的交通规划,编制两个规划方案,"
            "与广安围绕三个项目联合开展设计。",
            pairs(("长寿区", "广安市")),
        ),
        # the first end of a way's name (巫山至巴东高速) is what two built together, no
        # partner of theirs; they are each other's
        (
            "这条由湖北省和重庆市携手出资修建的巫山至巴东高速已经通车多年。",
            pairs(("重庆市", "湖北省")),
        ),
        # the region that opens a clause acts in the clauses after it, though the title of
        # what it issues names places too (not the text's subject)
        (
            "荣昌区新建物流园。荣昌区招商引资成效明显。"
            "今年,重庆市出台了《重庆市人民政府关于物流枢纽的意见》,并与四川省联手共建物流功能区。",
            pairs(("重庆市", "四川省")),
        ),
        # 两地 that only names the two a way joins (连接两地, 两地之间的交通) is no word of
        # working together; 两地 doing something still is
        ("这些年,南川区与贵州省交往频繁,连接两地之间的交通日新月异。", set()),
        ("这些年,南川区与贵州省交往频繁,两地之间的交通日新月异。", set()),
        ("这些年,南川区与贵州省交往频繁,两地在旅游上越走越近。", pairs(("南川区", "贵州省"))),
        # the river chiefs of two places patrolling their border river (巡河) work together
        (
            "清晨,合川区一位镇长和武胜县一位镇长碰头后,按约定沿界河巡河。",
            pairs(("合川区", "武胜县")),
        ),
    ],
)
def test_pairing_rules(text, expected):
    assert pairs_in(text) == expected


def test_tong_as_both_is_no_join():
    """同 before a verb is "both" (两地同属, 同依, 同饮), not "with"."""
    pattern = next(p for p in PAIR_PATTERNS if p.name == "A与B").regex
    assert pattern.search("\ue000同\ue001合作")
    for verb in ("属", "依", "饮", "处", "在"):
        assert not pattern.search(f"\ue000同{verb}\ue001合作"), verb


def test_places_listed_then_counted_acting_as_one_a_sentence_on():
    """黔江、酉阳和秀山三地…。这些年三地联手…: each pair of the three; not 三地之间 (where
    they are, not what they do)."""
    text = (
        "方案提到,黔江、酉阳和秀山三地之间一小时可达。"
        "这些年三地联手推进旅游联动,产业分工体系已经成形。"
    )
    pairs = {frozenset((p["a"], p["b"])) for p in extract_text(text)["pairings"]}
    assert pairs == {
        frozenset(("黔江区", "酉阳县")),
        frozenset(("黔江区", "秀山县")),
        frozenset(("酉阳县", "秀山县")),
    }
    text = "方案提到,黔江、酉阳和秀山三地之间一小时可达。这些年道路越修越好。"
    assert extract_text(text)["pairings"] == []


def test_short_names_listed_and_counted_as_cities_are_places():
    """湖州、杭州、嘉兴3个市: a list counted as cities confirms each weak short name;
    嘉兴3个市场 (markets) does not."""
    text = "湖州、杭州、嘉兴3个市对口支援涪陵。"
    pairs = {frozenset((p["a"], p["b"])) for p in extract_text(text)["pairings"]}
    assert pairs == {frozenset(("涪陵区", c)) for c in ("湖州市", "杭州市", "嘉兴市")}
    assert extract_text("他去过嘉兴3个市场。")["regions"] == []


def test_two_aided_by_one_are_its_partners_not_each_others():
    """由浙江对口支援重庆的涪陵、万州两地: 浙江 with each; 涪陵 and 万州 are no pair."""
    text = "1993年,中央确定由江苏对口支援重庆的巫山、奉节两地。"
    pairs = {frozenset((p["a"], p["b"])) for p in extract_text(text)["pairings"]}
    assert pairs == {frozenset(("江苏省", "巫山县")), frozenset(("江苏省", "奉节县"))}


def test_a_place_with_the_two_named_before_pairs_with_each():
    """…重庆的云阳、湖北的秭归。常州与两县往来不断: 常州 with each, not the two together."""
    text = (
        "按照国家分工,我市从1994年起对口支援两个库区县:重庆的开州、四川的宣汉。"
        "多年来,南通市与两县往来不断,合作不断深化。"
    )
    pairs = {frozenset((p["a"], p["b"])) for p in extract_text(text)["pairings"]}
    assert pairs == {frozenset(("开州区", "南通市"))}


def test_the_texts_own_place_is_none_of_the_partners_named_with_it():
    """某区某校、某县某校与我区某校: the district named first in the paragraph is one of the
    partners joined to 我区, so 我区 is the Chongqing unit the text names most besides them
    (its officials told after); not where the partner stands in another clause."""
    text = (
        "9月3日,重庆市万州区一所中学、四川省达州市一所中学与我区一所中学签订了教研协作协议。"
        "仪式由开州区教委一位科长主持,开州区教委副主任讲话。"
    )
    found = pairs_in(text)
    assert pairs(("万州区", "开州区"), ("开州区", "达州市")) <= found, found
    # (the district before, in a clause of its own: it names where, no partner of 我区)
    text = "万州区教委组织了一次观摩,达州市一所中学与我区一所中学签订了协作协议。"
    assert frozenset(("万州区", "达州市")) in pairs_in(text)
