"""The official 一区两群 对口协同 pairings known from public sources.

Established in 2020 by the 《建立“一区两群”区县对口协同发展机制工作方案》: the 21
districts of the 主城都市区 plus 两江新区, 重庆高新区 and 万盛经开区 (24 units) pair
with the 17 districts and counties of the 渝东北 and 渝东南 groups, so several of the 17
have two partners. Each row carries its confidence and source; gaps are stated, not
filled: the partners of 沙坪坝区, 南岸区, 南川区, 綦江区, 璧山区 and 铜梁区, and of
梁平区, 奉节县 and 石柱县, were not found.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["CONFIDENCE_LEVELS", "ReferencePairing", "REFERENCE_PAIRINGS", "UNPAIRED"]

CONFIDENCE_LEVELS = ("high", "medium-high", "medium", "medium-low")

SEED_002 = "seeds/002_f8a72875693deaa6.txt"


class ReferencePairing(NamedTuple):
    a: str  # the 一区 side (canonical name)
    b: str  # the 两群 side (canonical name)
    confidence: str
    note: str
    source: str


REFERENCE_PAIRINGS: tuple[ReferencePairing, ...] = (
    ReferencePairing(
        "两江新区",
        "万州区",
        "high",
        "",
        "https://www.wz.gov.cn/zwxx_266/jdtp/202201/t20220128_10355969.html ; "
        "seeds/000_8773d324a35f446d.txt",
    ),
    ReferencePairing("渝北区", "云阳县", "high", "", SEED_002),
    ReferencePairing("九龙坡区", "城口县", "high", "", SEED_002),
    ReferencePairing(
        "合川区", "秀山县", "high", "", "http://m.974sport.com/show/news/37639.html ; " + SEED_002
    ),
    ReferencePairing("大渡口区", "忠县", "high", "", SEED_002),
    ReferencePairing("大足区", "忠县", "high", "", "https://dazu.cbg.cn/show/6852-1466031.html"),
    ReferencePairing(
        "渝中区",
        "巫溪县",
        "high",
        "",
        "http://www.cqwx.gov.cn/tzfz/zszx/202301/t20230112_11494634.html",
    ),
    ReferencePairing(
        "潼南区",
        "彭水县",
        "high",
        "",
        "http://www.cqps.gov.cn/ps_content/2023-11/01/content_10609026.htm",
    ),
    ReferencePairing(
        "北碚区",
        "巫山县",
        "high",
        "attested 2025",
        "http://www.cqws.gov.cn/zwxx_258/qxdt/202505/t20250523_14652327.html",
    ),
    ReferencePairing(
        "江北区",
        "酉阳县",
        "high",
        "attested 2025",
        "a 2025 article on the 对口协同 mechanism between 江北 and 酉阳 (no address recorded)",
    ),
    ReferencePairing(
        "永川区",
        "彭水县",
        "high",
        "attested 2024",
        "a 2024-12-27 report of the 永川·彭水 对口协同 joint meeting (no address recorded)",
    ),
    ReferencePairing("重庆高新区", "黔江区", "medium-high", "implied", SEED_002),
    ReferencePairing("万盛经开区", "开州区", "medium-high", "implied", SEED_002),
    ReferencePairing("江津区", "开州区", "medium-high", "implied", SEED_002),
    ReferencePairing("巴南区", "丰都县", "medium-high", "implied", SEED_002),
    ReferencePairing("长寿区", "垫江县", "medium", "implied", SEED_002),
    ReferencePairing(
        "涪陵区",
        "武隆区",
        "medium",
        "worded 对口帮扶",
        "http://web.chinamshare.com/flt/sy/jrtt/28988601.shtml",
    ),
    ReferencePairing("荣昌区", "丰都县", "medium-low", "implied", SEED_002),
)

# Districts whose partner no public source named (stated so that nobody fills the gap).
UNPAIRED: tuple[str, ...] = (
    "沙坪坝区",
    "南岸区",
    "南川区",
    "綦江区",
    "璧山区",
    "铜梁区",
    "梁平区",
    "奉节县",
    "石柱县",
)
