"""How Chinese administrative names are shortened: 宜宾市 -> 宜宾, 恩施土家族苗族自治州 -> 恩施.

A division's official name is its place name, then the peoples of an autonomous one,
then the kind of division. Articles drop the last two: :func:`short_name` does the same,
and keeps a short form only where at least two characters are left (忠县 has none).
"""

from __future__ import annotations

import re

__all__ = ["ETHNIC_GROUPS", "NOT_SHORT_NAMES", "WORDS_OF_NO_PLACE", "short_name"]

# The 55 peoples of China besides the Han, as autonomous areas name them (蒙古 and a few
# others also appear without 族: 博尔塔拉蒙古自治州, 伊犁哈萨克自治州).
ETHNIC_GROUPS = (
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白",
    "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡",
    "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬",
    "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安",
    "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
)  # fmt: skip
# Peoples named without 族 (新疆维吾尔自治区, 伊犁哈萨克自治州); 各族: all its peoples.
_BARE = ("蒙古", "维吾尔", "哈萨克", "柯尔克孜", "锡伯", "塔吉克")
_PEOPLES = "|".join(sorted(ETHNIC_GROUPS, key=len, reverse=True))
_ENDINGS = (
    # the peoples and the kind: 恩施土家族苗族自治州, 伊犁哈萨克自治州
    re.compile(rf"(?:(?:{_PEOPLES})族|{'|'.join(_BARE)})+自治(?:区|州|县|旗)\Z"),
    # the kind only, where the people is the place (西藏自治区, 东乡族自治县, 鄂伦春自治旗)
    re.compile(r"族?自治(?:区|州|县|旗)\Z"),
    re.compile(r"(?:特别行政区|地区|林区|特区|新区|省|市|盟|区|县|旗)\Z"),
)


# Words that name no place in a Chinese text, here or abroad (:data:`WORDS_OF_NO_PLACE`): a
# part of the country, a mountain range, a word of ports. With them, what is left of some
# names is a word for a part of anything (四川南部 is the south of Sichuan, not 南部县; 中西部),
# of transport (港口, 通道, 江海, 运河, 通江达海) or of every day (合作 is working together,
# not 合作市): such a division has no short form.
WORDS_OF_NO_PLACE = frozenset(
    {
        "海港",  # (连云港海港: its sea port, not 秦皇岛's 海港区)
        "天山",  # (a mountain range: 新疆天山山麓, the 天山号 trains; not 乌鲁木齐's 天山区)
        # (parts of the country: 至中原的门户, 奔赴江南地区, 江汉经济圈, 最大的平原; not 郑州's
        # 中原区, 南宁's 江南区, 武汉's 江汉区, 德州's 平原县)
        *("中原", "江南", "江汉", "平原"),
    }
)
NOT_SHORT_NAMES = WORDS_OF_NO_PLACE | frozenset(
    {"东部", "西部", "南部", "北部", "中部", "市中", "城中", "城东", "城西", "城南", "城北",
     "城关", "新城", "老城", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区",
     "港口", "通道", "江海", "新市", "运河", "通江", "中西",
     # (会同有关部门: together with)
     "会同",
     # everyday words: 合作 (合作市), 资源 (资源县), 双城 (双城区), 比如 (比如县) ...
     "合作", "资源", "双城", "和平", "比如", "解放", "东方", "前进", "公安", "友好", "共和",
     "平安", "安定", "延长", "光明", "新兴", "东风", "红旗", "工农", "富裕", "复兴", "宏伟",
     "振兴", "新华", "互助", "大通", "新建", "同心", "友谊", "惠民", "太平", "三次", "卫东",
     "大方", "清水", "温泉", "万年", "三元", "中方"}
)  # fmt: skip


def short_name(full_name: str) -> str | None:
    """The short form of a division's official name, or ``None`` when it has none.

    >>> short_name("宜宾市"), short_name("恩施土家族苗族自治州"), short_name("广西壮族自治区")
    ('宜宾', '恩施', '广西')
    >>> short_name("忠县") is None, short_name("浦东新区"), short_name("内蒙古自治区")
    (True, '浦东', '内蒙古')
    """
    # (the first two endings hold 自治: a name without it is tried on the last one only)
    for ending in _ENDINGS if "自治" in full_name else _ENDINGS[2:]:
        stem = ending.sub("", full_name)
        if stem != full_name and len(stem) >= 2:
            return stem if stem not in NOT_SHORT_NAMES else None
    return None
