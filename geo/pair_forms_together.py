"""Pair patterns of three or more parties acting together, in the order they are tried.

Places acting together or signing one agreement (A、B、C三地, A、B…N个区县…签订), listed
with their bodies (荣昌区法院、检察院…等四地10部门), counted by their kinds (3市3区8县), named
after their count (14地即…), founding an alliance, or gathering for their working together:
every two of them partners. The forms are written by what makes the places listed parties of
one act, a module each: their count (A、B、C三地, A、B…N个区县…签订, N地(A、B、C)…共同, ABC三地:
:mod:`cqmap.geo.pair_forms_counted`), or the act itself, told by its words or by who starts,
hosts or convenes it (A、B、C…共同签订, A、B、C成立…联盟, A邀请B、C…签订, 会同A、B、C…共同:
:mod:`cqmap.geo.pair_forms_joint`). Which is tried first is a matter of the whole table,
not of one concern: this module places each by its name (:data:`_ORDER`, the order they
had), and :data:`TOGETHER_FORMS` is the forms in that order, entries of
:data:`cqmap.geo.pair_forms_groups.GROUP_FORMS` in their order there. A new form is written
in the module of what it tells and placed here.
"""

from __future__ import annotations

from cqmap.geo.pair_forms_counted import COUNTED_FORMS
from cqmap.geo.pair_forms_joint import JOINT_FORMS
from cqmap.geo.pair_pattern import PairPattern
from cqmap.geo.rule_tables import in_order

__all__ = ["TOGETHER_FORMS"]

# The forms in the order :mod:`cqmap.geo.pair_matching` tries them: each name once
_ORDER = (
    "A、B、C三地",
    "A、B、C…共同签订",
    "联盟由A、B、C…组成",
    "A、B等N市…,C、D等N区…,共同",
    "签署…的N个X包括A、B、C",
    "N地(A、B、C)…共同",
    "A、B、C成立…联盟",
    "由A发起,联动B、C…建立",
    "A邀请B、C…签订",
    "A与B、C…一道签订",
    "A、B…N个区县…签订",
    "在A、B、C打造协同发展示范区",
    "A、B、C等N区县…共同",
    "发起方是A、B、C",
    "来自A、B、C…的代表齐聚",
    "会同A、B、C…共同",
    "ABC三地",
)
_WRITTEN = (*COUNTED_FORMS, *JOINT_FORMS)
TOGETHER_FORMS: tuple[PairPattern, ...] = in_order(
    _WRITTEN, _ORDER, table="forms of three or more parties acting together"
)
