"""One pair pattern: how articles state a pairing, as an entry of a table.

The table is :data:`cqmap.geo.pairs.PAIR_PATTERNS`; its module tells what each field means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

__all__ = ["PairExample", "PairPattern"]


class PairExample(NamedTuple):
    """A sentence and the pairs a pattern reads in it (none: it must read none)."""

    sentence: str
    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PairPattern:
    """One way articles state a pairing (see the module docs)."""

    name: str
    plain: str  # the pattern as read
    words: tuple[str, ...]  # words one of which every match holds: its hint is made of them
    examples: tuple[PairExample, ...]
    needs_cue: bool
    fast: str = ""  # the same matches, written to run fast ("": the plain pattern)
    implied: bool = False  # the first party is the paragraph's or document's subject
    same_subject: bool = False  # the ``gap`` group must not start a clause of its own
    alone: bool = False  # never part of the combined regex of the first-party patterns
    co_subjects: bool = False  # its first parties act side by side: never a pair themselves
    co_objects: bool = False  # its second parties are aided side by side: never a pair themselves
    respective: bool = False  # pairs in order (first parties with partners), no other pair
    among: bool = False  # every two of the regions of group ``a`` are a pair
    members: bool = False  # group ``c`` is a composite name: every two of its regions
    # its first party may end a list of parties acting alike (山东省、沈阳市对口支援忠县)
    listed_firsts: bool = False
    # a first party (or the list it ends) right after one of these is where something
    # happens, not who acts: 分别在重庆与成都启动项目, 到江津、荣昌和大足参观
    not_after: str = ""
    # its first party right after 、 (a list's item: 大竹、邻水和梁平) and joined to the
    # partner by a bare 和 or 及 is that list going on, no party of its own
    closes_list: bool = False
    # its places right after 为 and followed by what is brought them (为重庆、湛江和海南之间
    # 的贸易合作带来机遇) are those who gain from what the subject does, not who act
    not_gainers: bool = False
    # its places right after 听取(了) are those whose reports a third heard, apart
    # (听取了武隆区和酉阳县扶贫办的汇报), and those right after a verb of linking the ends
    # of a third's link (串联香港与重庆, 打通济宁和重庆…的新通道): not partners
    not_heard: bool = False
    # its second party is a place visited or gone to, and a region's body met there told
    # in the next clause (代表团赴贵阳,同贵州省商务厅座谈) is the partner: the place gone to
    # is where they meet, unless it is that region (来到合川,同合川区法院座谈)
    met_there: bool = False

    @property
    def pattern(self) -> str:
        """The pattern as it runs."""
        return self.fast or self.plain

    @cached_property
    def hint(self) -> re.Pattern:
        """Words the sentence must contain for the pattern to have a chance."""
        return re.compile("|".join(re.sub(r"[(\[?].*", "", w) or w for w in self.words))

    @cached_property
    def regex(self) -> re.Pattern:
        """The pattern over one sentence's skeleton (reading runs the document forms)."""
        return re.compile(self.pattern)
