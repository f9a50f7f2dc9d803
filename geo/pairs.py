"""Pairings read from sentences: pair patterns as a table.

Each pair pattern is one entry of :data:`PAIR_PATTERNS`: its name (recorded in the
evidence), its pattern over the sentence's skeleton (:mod:`cqmap.geo.skeleton`; ``A`` is a
region that can pair), written plainly (``plain``) and, where that is slow, as it runs
(``pattern``: the same matches, with guards that make most regions fail at once; a test
checks that the two agree), the words it turns on (from which its hint and guard are
made), what it yields, and example sentences with the pairs they give, which are also its
tests. Adding a form is one entry.

What a match yields: first parties in group ``a``, partners in group ``b``; every first
party with every partner, unless the entry says otherwise: ``among`` (every two of
group ``a``), ``respective`` (the regions in turn, A与B、C与D), ``co_subjects`` (first
parties side by side, never a pair themselves), ``co_objects`` (partners aided side by
side, never a pair themselves), ``implied`` (the first party is the
paragraph's or document's subject), ``members`` (the regions a composite name stands for:
万达开, 川渝, every two).

Three readings span sentences and are no entry of the table (:mod:`cqmap.geo.relations`):
双方 or 两地 continuing the last pair, 两地 after a sentence that names exactly two
regions, and the members of a group counted and told acting as one (川渝毗邻七区县…共商),
listed as many as the count in that sentence or one of the next three (every two:
:func:`cqmap.geo.pair_groups.members_listed`).

The entries are written in :mod:`cqmap.geo.pair_forms` (two parties) and
:mod:`cqmap.geo.pair_forms_groups` (several parties, implied ones), with the words and
regex pieces of :mod:`cqmap.geo.pair_words`; an entry is a
:class:`cqmap.geo.pair_pattern.PairPattern`;
how a document's sentences are matched against the table is
:mod:`cqmap.geo.pair_matching`, and how a sentence's matches become its pairs is
:mod:`cqmap.geo.pair_making`.
"""

from __future__ import annotations

from cqmap.geo.pair_forms import TWO_PARTY_FORMS
from cqmap.geo.pair_forms_groups import GROUP_FORMS
from cqmap.geo.pair_pattern import PairExample, PairPattern

__all__ = ["PairPattern", "PairExample", "PAIR_PATTERNS"]

PAIR_PATTERNS: tuple[PairPattern, ...] = TWO_PARTY_FORMS + GROUP_FORMS
