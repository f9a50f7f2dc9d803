"""Pair patterns of two parties: one region and its partner (or partners), in the order
they are tried.

The forms are written by what they tell, a module each: a region with another (A与B,
A携手B: :mod:`cqmap.geo.pair_forms_with`), aid given and received and what one region
gives or places in another (对口支援, 援藏, A给予B…帮扶: :mod:`cqmap.geo.pair_forms_aid`),
visits and invitations (A赴B, A应B邀请, A一行在…陪同下到B: :mod:`cqmap.geo.pair_forms_visits`),
two regions' bodies acting as one (A机关、B机关印发: :mod:`cqmap.geo.pair_forms_bodies`), and
two regions named together as one (A、B两地, A·B, AB两地, A—B对口协同:
:mod:`cqmap.geo.pair_forms_named`). Which is tried first is a matter of the whole table, not
of one concern: this module places each by its name (:data:`_ORDER`), and
:data:`TWO_PARTY_FORMS` is the forms in that order, the first entries of
:data:`cqmap.geo.pairs.PAIR_PATTERNS`. A new form is written in the module of what it tells
and placed here.
"""

from __future__ import annotations

from cqmap.geo.pair_forms_aid import AID_FORMS
from cqmap.geo.pair_forms_bodies import BODY_FORMS
from cqmap.geo.pair_forms_named import NAMED_FORMS
from cqmap.geo.pair_forms_visits import VISIT_FORMS
from cqmap.geo.pair_forms_with import WITH_FORMS
from cqmap.geo.pair_pattern import PairPattern
from cqmap.geo.rule_tables import in_order

__all__ = ["TWO_PARTY_FORMS"]

# The forms in the order :mod:`cqmap.geo.pair_matching` tries them (of those that lead
# with a region, the first that matches there wins): each name once
_ORDER = (
    "A与B",
    "A携手B",
    "A、B…,轮番接力,对口支援C",
    "A、B…N个市…对口支援C",
    "A援助…,重点帮扶B",
    "A对B开展对口帮扶",
    "A对B的支援",
    "把B明确为A的对口支援对象",
    "支援B是交给A的任务",
    "B是A的对口支援地区",
    "A援藏…赴B",
    "A、B两地",
    "A、B“联合…”",
    "A机关、B机关印发",
    "A机关、B机关主办",
    "《A机关 B机关…》",
    "A、B赴C",
    "A赴B、C",
    "A应B邀请",
    "应B邀请,A",
    "A…率团赴B",
    "A…,与B",
    "A向B出售",
    "A给予B…帮扶",
    "A全力支持B",
    "A用上了B援建的",
    "研发在A、生产在B",
    "A·B",
    "A | B",
    "AB两地",
    "AB产业园",
    "A引导…在B",
    "A到B",
    "A一行在…陪同下到B",
    "A—B对口协同",
    "“A—B”片区",
)
_WRITTEN = (*WITH_FORMS, *AID_FORMS, *VISIT_FORMS, *BODY_FORMS, *NAMED_FORMS)
TWO_PARTY_FORMS: tuple[PairPattern, ...] = in_order(_WRITTEN, _ORDER, table="two-party forms")
