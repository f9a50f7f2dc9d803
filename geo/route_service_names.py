"""The names of services as a sentence writes them: what a route's ``name`` is.

A service's name is the text a form matched, read back from the sentence's skeleton
(:func:`name_of`), without quotes, spaces or a list's number before it
(:func:`clean_name`), without what its clause says before it (开行的, 这意味着:
:data:`NAME_LEAD`) and without a bracket whose other half it does not hold
(:func:`whole_brackets`); the name that ends right before a bracket of the service's ends
is :func:`name_before`. The forms' readers (:mod:`cqmap.geo.route_building`,
:mod:`cqmap.geo.route_named`) name the routes they read with these.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cqmap.geo.route_pieces import LINE_BY_DIRECTION, SERVICE
from cqmap.geo.skeleton import B

if TYPE_CHECKING:
    from cqmap.geo.routes import Context

__all__ = ["NAME_LEAD", "clean_name", "name_before", "name_of", "whole_brackets"]

_QUOTES_SPACES = re.compile(r"[“”\"‘’「」『』\s]")
# What comes before a service's name in its clause (今年开行的渝甬班列: 渝甬班列; 这意味着
# 铁海快线(…)正式开通: 铁海快线)
NAME_LEAD = re.compile(
    r"^.*(?:的|了|开行|开通|开出|运行|实现|常态化|首趟|首列|一列|一趟|这趟|这列|此趟|此列|该|经由|搭乘|乘坐|"
    r"意味着|标志着)"
)
# (a composite in it is part of the name: 渝甬班列(重庆—宁波))
# (a name holds no bracket nor list mark: 东复线(…)、中线(…) names two lines)
_SERVICE_BEFORE = re.compile(
    rf"(?:[^，。；,;：:、()（）\ue000-\uefff]|{B}){{0,16}}(?:{SERVICE}|铁路|通道|{LINE_BY_DIRECTION})\Z"
)


# A list's number before an item (1.中亚班列, 2、, (3)): no part of a name
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])")


# A bracket whose other half the name does not hold (“义新欧”(义乌—列日)班列 named from its
# ends: 义乌—列日班列, not 义乌—列日)班列)
_HALF_BRACKET = re.compile(r"^[^(（]*[)）]|[(（][^)）]*$")


def clean_name(s: str) -> str:
    return _LIST_NUMBER.sub("", _QUOTES_SPACES.sub("", s))


def whole_brackets(name: str | None) -> str | None:
    """A service's name without a bracket whose other half it does not hold."""
    while name and (half := _HALF_BRACKET.search(name)) is not None:
        bracket = half.end() - 1 if name[half.end() - 1] in ")）" else half.start()
        name = name[:bracket] + name[bracket + 1 :]
    return name


def name_of(ctx: Context, start: int, end: int) -> str:
    sent = ctx.sent
    t_start, t_end = sent.text_span(start, end)
    return clean_name(ctx.text[t_start - sent.start : t_end - sent.start])


def name_before(ctx: Context, k: int) -> str | None:
    """The name of the service that ends right before skeleton index ``k`` (a bracket of
    its ends: 西部陆海新通道铁海联运班列(重庆长寿—广西钦州)), not cut inside a word, or
    None."""
    service = _SERVICE_BEFORE.search(ctx.sent.skeleton, max(0, k - 24), k)
    if service is None:
        return None
    return _LISTED_LEAD.sub("", NAME_LEAD.sub("", name_of(ctx, *service.span())))


# What a list says before an item (分别是中欧班列(…), 和中亚班列(…)): no part of its name
_LISTED_LEAD = re.compile("^(?:分别是|分别为|分别|包括|以及|和|及|与)")
