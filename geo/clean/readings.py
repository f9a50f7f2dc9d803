"""The readings step: pinyin readings inserted after characters (``區(qū)``)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from cqmap.geo.clean.chars import HAN
from cqmap.geo.clean.document import Draft
from cqmap.geo.patterns import trie_regex

# Every Mandarin syllable (without tone), by initial.
_SYLLABLES = """
a ai an ang ao e ei en eng er o ou
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun
nuo nü nüe nue
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan
lun luo lü lüe lue
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui
zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun
chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun
shuo
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
sa sai san sang sao se sen seng si song sou su suan sui sun suo
ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
wa wai wan wang wei wen weng wo wu
""".split()
_TONES = {
    "a": "āáǎà",
    "e": "ēéěè",
    "i": "īíǐì",
    "o": "ōóǒò",
    "u": "ūúǔù",
    "ü": "ǖǘǚǜ",
}
_TONED_LETTERS = "".join(_TONES.values())


def _syllable_regex() -> str:
    """A valid syllable with its vowels written with or without tone marks, and at least
    one tone mark (the lookahead); where the mark sits is not policed.

    The definition of a reading. It compiles slowly (70 ms: a trie of every syllable), so
    the steps below look for a cheap shape (letters before ")") and check the letters
    against :func:`_toned_syllables`, the same spellings as a set; the tests hold the two
    equal.
    """
    vowels = {v: f"[{v}{marks}]" for v, marks in _TONES.items()}
    return f"(?=[a-zü]{{0,5}}[{_TONED_LETTERS}])" + trie_regex(_SYLLABLES, vowels)


# A toned letter, at most five more letters, ")": cheap to look for, always in a reading.
# Read backwards from the ")": the literal first lets ``re`` skip from one ")" to the next.
# (a space may stand before the ")": 會(huì ), as one converter writes it)
_READING_HINT_RE = re.compile(
    "\\)(?:"
    + "|".join(
        f"(?<=[{_TONED_LETTERS}ü][a-zü]{{{k}}}{space}\\))" for k in range(6) for space in ("", " ")
    )
    + ")"
)

# Anything that looks like a reading: letters in parentheses after a Han character. Where
# every such candidate is a toned syllable (as in pinyin documents) they are exactly the
# readings, found several times faster than by the syllable regex.
_READING_CANDIDATE_RE = re.compile(rf"\((?<=[{HAN}]\()([a-zü{_TONED_LETTERS}]{{1,6}}) ?\)")
# The same after a mojibake "?", which may have eaten the "(": ``(qū)`` or ``qū)``.
_MARKER_READING_CANDIDATE_RE = re.compile(rf"\(?([a-zü{_TONED_LETTERS}]{{1,6}})\)")


@lru_cache(maxsize=1)
def _toned_syllables() -> frozenset[str]:
    """Every spelling the syllable regex accepts: each vowel plain or with one of its tone
    marks, at least one of them marked."""
    spellings: set[str] = set()
    for syllable in _SYLLABLES:
        options = [(ch, *_TONES[ch]) if ch in _TONES else (ch,) for ch in syllable]
        spellings.update("".join(letters) for letters in product(*options))
        spellings.discard(syllable)
    return frozenset(spellings)


def _remove_readings(text: str, counts: dict[str, int]) -> str:
    """Drop ``(qū)``-style readings: one toned pinyin syllable after a Han character."""
    if not _READING_HINT_RE.search(text):
        return text
    # [before, letters, between, letters, ..., after]
    parts = _READING_CANDIDATE_RE.split(text)
    syllables = _toned_syllables()
    if syllables.issuperset(parts[1::2]):
        text, n = "".join(parts[::2]), len(parts) // 2
    else:  # some candidates are other words in parentheses: keep those
        n = 0

        def drop(m: re.Match[str]) -> str:
            nonlocal n
            if m.group(1) in syllables:
                n += 1
                return ""
            return m.group()

        text = _READING_CANDIDATE_RE.sub(drop, text)
    counts["pinyin_readings"] += n
    return text


# A reading without its tone marks, as some converters leave them (專(zhuan) 線, 個(ge) ):
# letters in parentheses right after a Han character, and the space that may follow
_TONELESS_CANDIDATE_RE = re.compile(rf"\((?<=[{HAN}]\()([a-z]{{1,6}})\) ?")
# How many toneless readings a text holds at least before they are taken for readings (a
# figure's label, 图(a), is no reading; a converter's readings come by the dozen)
_TONELESS_AT_LEAST = 3


def _remove_toneless_readings(text: str, counts: dict[str, int]) -> str:
    """Drop ``(zhuan)``-style readings: toneless syllables in parentheses after Han
    characters, where a text holds several and every such candidate is a syllable."""
    found = _TONELESS_CANDIDATE_RE.findall(text)
    if len(found) < _TONELESS_AT_LEAST or not _PLAIN_SYLLABLES.issuperset(found):
        return text
    counts["pinyin_readings"] += len(found)
    return _TONELESS_CANDIDATE_RE.sub("", text)


_PLAIN_SYLLABLES = frozenset(s.replace("ü", "v") for s in _SYLLABLES) | frozenset(_SYLLABLES)


def marker_reading(text: str, pos: int) -> re.Match[str] | None:
    """A reading at ``pos``, written ``(qū)`` or ``qū)`` (group 1: the syllable)."""
    m = _MARKER_READING_CANDIDATE_RE.match(text, pos)
    return m if m is not None and m.group(1) in _toned_syllables() else None


def remove_readings(draft: Draft) -> None:
    """Drop ``(qū)``-style readings after characters."""
    if ")" in draft.text:
        draft.text = _remove_readings(draft.text, draft.counts)
        draft.text = _remove_toneless_readings(draft.text, draft.counts)
