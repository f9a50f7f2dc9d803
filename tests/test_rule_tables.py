"""The order of a rule table is stated once, by names, and checked whole."""

from types import SimpleNamespace

import pytest

from cqmap.geo.rule_tables import in_order


def _named(*names):
    return [SimpleNamespace(name=n) for n in names]


def test_entries_come_in_the_order_of_their_names():
    assert [e.name for e in in_order(_named("b", "a", "c"), ["c", "a", "b"], table="t")] == [
        "c",
        "a",
        "b",
    ]


@pytest.mark.parametrize(
    "entries, order, says",
    [
        (_named("a", "b"), ["a"], "not placed: ['b']"),
        (_named("a"), ["a", "a"], "placed twice: ['a']"),
        (_named("a"), ["a", "z"], "not written: ['z']"),
        (_named("a", "a"), ["a"], "written twice: ['a']"),
    ],
)
def test_a_table_out_of_order_names_what_is_wrong(entries, order, says):
    with pytest.raises(ValueError, match="^forms: ") as caught:
        in_order(entries, order, table="forms")
    assert says in str(caught.value)
