"""Pair patterns of two regions' bodies acting as one: their organs issuing one document
(A人民政府、B人民政府印发), hosting one event or named as the parties of one agreement, its
title right after them (A委、B厅主办, A委、B厅《…协议》), or opening a document's title as
its joint authors (《A人民政府 B人民政府关于…》). The regions are read as the partners,
whatever their bodies are. Entries of :data:`cqmap.geo.pair_forms.TWO_PARTY_FORMS`, placed
in its order there.
"""

from __future__ import annotations

from cqmap.geo.pair_pattern import PairExample, PairPattern
from cqmap.geo.pair_words import LEAD, ORG_CHAR, alt
from cqmap.geo.skeleton import A

__all__ = ["BODY_FORMS"]

# An organ of a region's government or party, right after the region (人民政府, 市委,
# 发展改革委, 办公厅), and what such organs issue together
_ORGAN_AFTER = (
    f"{ORG_CHAR}{{0,6}}?(?:人民政府|政府|党委|[省市区县]?委(?:员会)?|办公厅|办公室|发展改革委"
    "|发改委|[厅局])"
)
_ISSUE = ("印发", "发布", "出台", "下发")
# A body of a region named as a host, up to the next (not one that guides or supports, or
# hosts in the second rank: 指导, 支持, 承办, 协办)
_HOST_BODY = f"(?:(?!指导|支持|承办|协办){ORG_CHAR}){{0,12}}?"

BODY_FORMS: tuple[PairPattern, ...] = (
    # Two regions' organs issuing one document as its joint authors: 湖南省人民政府、重庆市
    # 人民政府印发…的批复; 中共泸州市委、中共永川区委、泸州市人民政府、永川区人民政府印发…
    # (more organs of theirs may follow; not 分别发布, each its own)
    PairPattern(
        "A机关、B机关印发",
        rf"(?<![、\ue000-\ue7ff赴到与和同往]){LEAD}{_ORGAN_AFTER}[、和与]{ORG_CHAR}{{0,4}}?"
        rf"(?P<b>{A}){_ORGAN_AFTER}(?:、{ORG_CHAR}{{0,4}}?{A}{_ORGAN_AFTER}){{0,4}}"
        rf"(?:日前|近日|近期|今天|今日|昨天|昨日|正式|联合|共同|已经|已)*{alt(_ISSUE)}",
        _ISSUE,
        (
            PairExample(
                "近日,湖南省人民政府、重庆市人民政府印发了共建边界产业园的批复。",
                (("湖南省", "重庆市"),),
            ),
            PairExample(
                "中共泸州市委、中共永川区委、泸州市人民政府、永川区人民政府近日联合印发实施意见。",
                (("泸州市", "永川区"),),
            ),
            PairExample("湖南省人民政府、重庆市人民政府分别印发了各自的年度计划。", ()),
        ),
        needs_cue=False,
        alone=True,
    ),
    # Two regions' bodies named as the hosts of one event (湖北省科学技术厅、重庆市科技局主办
    # 的创新大赛; a third host may follow, 四川省侨联、重庆市侨联、泸州市人民政府
    # 主办), or as the parties of one agreement, its title right after them (重庆市卫生健康委、
    # 云南省卫生健康委《…协作框架协议》): working together (not those who guide or support it,
    # 四川省商务厅、重庆市商务委指导…协会主办)
    PairPattern(
        "A机关、B机关主办",
        rf"(?<![、\ue000-\ue7ff赴到与和同往]){LEAD}{_HOST_BODY}[、和与]{ORG_CHAR}{{0,4}}?"
        rf"(?P<b>{A}){_HOST_BODY}(?:、{ORG_CHAR}{{0,4}}?{A}{_HOST_BODY}){{0,4}}"
        rf"(?:(?:联合|共同)?主办|《[^》。；;]{{0,60}}?(?:协议|备忘录)》)",
        ("主办", "协议》", "备忘录》"),
        (
            PairExample(
                "由湖北省科学技术厅、重庆市科技局主办的创新大赛在宜昌开幕。",
                (("重庆市", "湖北省"),),
            ),
            PairExample(
                "论坛由四川省侨联、重庆市侨联、泸州市人民政府联合主办。",
                (("重庆市", "四川省"),),
            ),
            PairExample(
                "两地医院依照重庆市卫生健康委、云南省卫生健康委《医疗协作框架协议》开展交流。",
                (("重庆市", "云南省"),),
            ),
            PairExample("四川省商务厅、重庆市商务委指导本地协会主办展会。", ()),
        ),
        needs_cue=False,
        alone=True,
    ),
    # A document's title that opens with two regions' bodies, a space or 、 between them, as
    # its joint authors (《重庆市商务委 成都市商务局…合作协议》, 《A人民政府 B人民政府关于…
    # 的批复》): the two issuing or signing it as one, as A机关、B机关印发
    PairPattern(
        "《A机关 B机关…》",
        rf"《{LEAD}{_HOST_BODY}[\s、]{ORG_CHAR}{{0,4}}?(?P<b>{A}){_HOST_BODY}"
        rf"(?:关于|[^》。；;]{{0,60}}?(?:协议|协议书|备忘录)》)",
        ("《",),
        (
            PairExample(
                "上周两地签订《成都市文广旅局 万盛经开区管委会文化旅游合作协议》。",
                (("万盛经开区", "成都市"),),
            ),
            PairExample(
                "两省市近日印发《湖北省人民政府 重庆市人民政府关于推进三峡库区生态共治的意见》。",
                (("湖北省", "重庆市"),),
            ),
            # (one region's two bodies: no pair)
            PairExample("省里出台《贵州省发展改革委 贵州省财政厅关于支持遵义发展的通知》。", ()),
        ),
        needs_cue=False,
        alone=True,
    ),
)
