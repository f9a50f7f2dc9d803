"""How well cqmap reads articles it was not written for: precision, recall and F1 per kind.

    python tests/bench/bench_quality.py            # the figures
    python tests/bench/bench_quality.py --show     # and every miss and false positive
    python tests/bench/bench_quality.py --half even --show   # write rules from these pages
    python tests/bench/bench_quality.py --half odd           # and check them on these
    python tests/bench/bench_quality.py --script traditional  # reposts in Traditional only

The corpora (``tests/corpus/README.md``): ``own.json``, short articles written for this
purpose in our own words, and ``twins.json``, articles written in our own words after real
pages, each keeping its page's facts and forms (both always measured); and the sets of real
news pages of :data:`REAL_SETS`, measured when their local copies are in
``tests/corpus/local/`` (the pages are other people's words and never committed): the
development sets (``real.json``, ``more.json``, ``extra.json``, ``dev4.json`` to
``dev9.json``), then the held-out sets from ``heldout.json`` on, each read by a person who
neither ran cqmap on it nor read its code, and each collected later than the one before.
Each article's facts were read by a person; cqmap reads the same text through
:func:`cqmap.geo.extract.extract_text`. After the sets, the development pages and the
held-out pages present are pooled (every fact counted once): the held-out pool is the
figure to hold against the targets.

Names on both sides go through the gazetteer, so that 团结村中心站 and 团结村 are one
port; a name several places hold that a reading writes (南沙区, of 广州 and of 三沙; 江阴港,
of 江苏 and of 福建) is the one cqmap read, where it read one of them. Routes are scored three ways: *route legs*, each origin → destination of a route
as a fact of its own (a route to eleven countries with one missed is ten of eleven
right), the ends matching when each is the same place or holds the other (果园港 for
重庆市, 新田港 for 万州港); *routes*, whole routes matched so (origin and every
destination); *routes (strict)*, whole routes with the same places. Pairings are scored within cqmap's scope: two regions of China, one of them in
Chongqing (a district, a zone or the municipality); the readings' other pairs (中国—俄罗斯,
南京市—宜宾市) are counted and left out. Opening dates are compared on the routes matched by their
ends where the reading states a date, and modes where it states one. These are figures to
watch, not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cqmap.geo.extract import extract_text  # noqa: E402
from cqmap.geo.facility_names import NOT_NAMES, station_name  # noqa: E402
from cqmap.geo.gazetteer import gazetteer  # noqa: E402
from cqmap.geo.route_words import CORRIDOR_OF, PROGRAMME_OF  # noqa: E402
from cqmap.geo.vocabulary import FACILITY_WORDS  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
# The platforms China–Europe trains are run by, as readers name the programme with one in
# brackets (中欧班列(成渝), 中欧班列（西安）): cqmap names the programme, 中欧班列
_CHINA_EUROPE_PLATFORMS = (
    "成渝", "重庆", "渝新欧", "成都", "蓉欧快铁", "西安", "长安号", "武汉", "长沙", "郑州",
    "齐鲁号", "乌兰察布", "厦门", "合肥", "义乌", "沈阳", "苏州", "南京",
)  # fmt: skip
# A corridor or programme by each name readers write it with: the one cqmap names
CORRIDOR_LABELS = {
    **{n: c.name for n, c in (*CORRIDOR_OF.items(), *PROGRAMME_OF.items())},
    **{
        f"中欧班列{a}{platform}{b}": "中欧班列"
        for platform in _CHINA_EUROPE_PLATFORMS
        for a, b in (("(", ")"), ("（", "）"))
    },
}
KINDS = ("regions", "pairings", "ports", "route legs", "routes", "routes (strict)", "corridors")


# --------------------------------------------------------------------------- names
def canonical(name: str | None) -> str | None:
    """A name of the reading as the gazetteer's canonical name (else as written)."""
    if not name:
        return name
    gaz = gazetteer()
    held = gaz.candidates(name)
    if not held:  # (果园港火车站: the station cqmap names 果园港站)
        name = station_name(name)
        held = gaz.candidates(name)
    if len(held) == 1:
        return held[0]
    if held:
        return gaz.preferred(held) or name
    for cut in range(2, len(name) - 1):  # 深圳市龙岗区: a division written with its parent
        outer, inner = gaz.candidates(name[:cut]), gaz.candidates(name[cut:])
        inside = [i for i in inner if any(o in gaz.ancestors(i) for o in outer)]
        if len(inside) == 1:
            return inside[0]
    return name


def canonical_port(name: str) -> str:
    """A port of the reading as the gazetteer's canonical name: of the places the name
    may stand for, the port (连云港 in a reading's ports is 连云港港, not the city)."""
    gaz = gazetteer()
    # (连云港, a city named like its port: 连云港港; 城陵矶口岸, the port as a port of entry)
    stem = name[:-2] if name.endswith("口岸") else None
    for written in (name, name + "港", *([stem] if stem else [])):
        ports = [p for p in gaz.candidates(written) if gaz.places[p].level == "port"]
        if len(ports) == 1:
            return ports[0]
    return canonical(name)


def holds(a: str | None, b: str | None) -> bool:
    """Whether two ends are the same place, or one lies in or belongs to the other."""
    return gazetteer().holds(a, b)


# --------------------------------------------------------------------------- facts
def in_scope(pair: frozenset) -> bool:
    """A pair cqmap reads: two regions of China, one of them in Chongqing."""
    gaz = gazetteer()
    places = [gaz.places.get(name) for name in pair]
    if len(places) != 2 or any(
        p is None or p.level in ("country", "city", "port") or not gaz.in_china(p.name)
        for p in places
    ):  # (a province or state abroad, 明斯克州, is no region of China either)
        return False
    return any(p.province == "重庆市" or p.name == "重庆市" for p in places)


OUT_OF_SCOPE: set[str] = set()


def gold_facts(entry: dict) -> dict:
    facts = entry["facts"]
    pairs = {frozenset(map(canonical, p)) for p in facts.get("pairings", [])}
    OUT_OF_SCOPE.update(f"{entry['id']} {'—'.join(sorted(p))}" for p in pairs if not in_scope(p))
    routes = [
        {
            "origin": canonical(r.get("origin")),
            "destinations": [canonical(d) for d in r.get("destinations") or []],
            "opened": r.get("opened"),
            "mode": r.get("mode"),
        }
        for r in facts.get("routes", [])
    ]
    return {
        "regions": {canonical(n) for n in facts.get("regions", [])},
        "pairings": {p for p in pairs if in_scope(p)},
        "ports": {canonical_port(n) for n in facts.get("ports", [])},
        "routes": routes,
        # (a corridor written by one of its names, 渝新欧: the corridor cqmap names, 中欧班列)
        "corridors": {CORRIDOR_LABELS.get(c, c) for c in facts.get("corridors", [])},
    }


def port_name(port: dict) -> str:
    """A port read, named as the readings write it: a terminal that cqmap names with the
    place written before it (北碚犁子林码头, so that two of one name stay two) without
    that place (犁子林码头)."""
    name, host = port["name"], port.get("host")
    if port.get("derived") and host and not port.get("parent"):
        for cut in range(len(name) - 3, 1, -1):
            rest = name[cut:]
            if rest in FACILITY_WORDS or rest.startswith(NOT_NAMES):
                continue  # (江南集装箱码头: no name of its own after the place)
            if host in gazetteer().candidates(name[:cut]):
                return rest
    return name


def as_written(port: dict, gold_ports: set[str]) -> str:
    """A port read, named as the reading writes it: as cqmap names it, with its parent
    port before it (广元港红岩作业区, the area cqmap names 红岩作业区 under 广元港), or
    without the place before a terminal (see `port_name`)."""
    name, parent = port["name"], port.get("parent")
    if name in gold_ports:
        return name
    if parent and parent + name in gold_ports:
        return parent + name
    return port_name(port)


def read_facts(record: dict, gold_ports: set[str] = frozenset()) -> dict:
    """The facts of a record, its ports named as the readings write them (a terminal
    named with its place is matched with or without it, as the reading has it)."""
    renamed = {p["name"]: as_written(p, gold_ports) for p in record["ports"]}
    return {
        "regions": {r["name"] for r in record["regions"]},
        "pairings": {frozenset((p["a"], p["b"])) for p in record["pairings"]},
        "ports": set(renamed.values()),
        "routes": [
            {
                "origin": renamed.get(r["origin"], r["origin"]),
                "destinations": [renamed.get(d, d) for d in r["destinations"]],
                "opened": r["opened"],
                "mode": r["mode"],
            }
            for r in record["routes"]
        ],
        "corridors": {c["name"] for c in record.get("corridors", [])},
    }


def _same_ends(gold: dict, read: dict, same) -> bool:
    if not same(gold["origin"], read["origin"]):
        return False
    g, r = gold["destinations"], read["destinations"]
    return all(any(same(x, y) for y in r) for x in g) and all(any(same(x, y) for x in g) for y in r)


def match_routes(gold: list[dict], read: list[dict], same) -> list[tuple[dict, dict]]:
    """Pairs (gold, read) of routes with the same ends, each used once, in order: the
    routes with the very same ends first, then those whose ends hold each other (so that
    重庆—宜昌 is not taken by 忠县—宜昌)."""
    free = list(read)
    pairs = []
    left = list(gold)
    for test in (lambda a, b: a == b, same):
        for g in list(left):
            r = next((r for r in free if _same_ends(g, r, test)), None)
            if r is not None:
                free.remove(r)
                left.remove(g)
                pairs.append((g, r))
    return pairs


def same_date(gold: str, read: str | None) -> bool:
    """A date of the reading (YYYY-MM-DD, MM-DD or YYYY-MM) against cqmap's."""
    if read is None:
        return False
    if len(gold) == 7 and gold[4] == "-":  # YYYY-MM
        return read.startswith(gold)
    if len(gold) == 10 and len(read) == 10:
        return gold == read
    return gold[-5:] == read[-5:]


def same_mode(gold: str, read: str) -> bool:
    """A route's mode of the reading against cqmap's. The readings' conventions have no
    mode for a line of the sea alone: their ``unspecified`` is cqmap's ``sea`` there."""
    return gold == read or (gold == "unspecified" and read == "sea")


# --------------------------------------------------------------------------- scoring
class Tally:
    def __init__(self) -> None:
        self.counts = {k: [0, 0, 0] for k in KINDS}  # true positives, read, in the reading
        self.dates = [0, 0]  # right, dated routes matched
        self.modes = [0, 0]  # the same, routes matched whose reading gives a mode

    def add(self, kind: str, hits: int, read: int, gold: int) -> None:
        c = self.counts[kind]
        c[0] += hits
        c[1] += read
        c[2] += gold

    def rows(self) -> Iterable[tuple[str, float, float, float, int]]:
        for kind, (tp, read, gold) in self.counts.items():
            p = tp / read if read else 1.0
            r = tp / gold if gold else 1.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            yield kind, p, r, f, gold


def shared_as_read(written: set[str], read: set[str], gaz) -> dict[str, str]:
    """For each name of ``written`` that cqmap did not read as such and that several places
    hold, the one of them cqmap read, if it read one."""
    return {
        name: next(q for q in read if q in gaz.candidates(name))
        for name in written - read
        if len(gaz.candidates(name)) > 1 and any(q in gaz.candidates(name) for q in read)
    }


def score(entry: dict, record: dict, tally: Tally, show: bool) -> None:
    gold = gold_facts(entry)
    read = read_facts(record, gold["ports"])
    for port in record["ports"]:  # (卡亚俄港, the port of 卡亚俄: written 卡亚俄 by some readings)
        host = port.get("host")
        if port.get("derived") and port["name"] == f"{host}港" and host in gold["ports"]:
            read["ports"] = (read["ports"] - {port["name"]}) | {host}
    # (a name several places hold, 江阴港 of 江苏 and of 福建, 南沙区 of 广州 and of 三沙: the
    # one cqmap read, if any)
    gaz = gazetteer()
    for kind in ("ports", "regions"):
        as_read = shared_as_read(gold[kind], read[kind], gaz)
        if as_read:
            gold[kind] = {as_read.get(n, n) for n in gold[kind]}
            gold["pairings"] = {frozenset(as_read.get(n, n) for n in p) for p in gold["pairings"]}
            for route in gold["routes"]:
                route["origin"] = as_read.get(route["origin"], route["origin"])
                route["destinations"] = [as_read.get(d, d) for d in route["destinations"]]
    notes = []
    for kind in ("regions", "pairings", "ports", "corridors"):
        g, r = gold[kind], read[kind]
        tally.add(kind, len(g & r), len(r), len(g))
        if show and (g - r or r - g):
            miss = sorted("—".join(sorted(x)) if isinstance(x, frozenset) else x for x in g - r)
            extra = sorted("—".join(sorted(x)) if isinstance(x, frozenset) else x for x in r - g)
            notes.append(f"  {kind}: missed {miss} · false {extra}")
    legs = lambda routes: [(r["origin"], d) for r in routes for d in r["destinations"]]  # noqa: E731
    g_legs, r_legs = legs(gold["routes"]), legs(read["routes"])
    free = list(r_legs)
    for o, d in g_legs:
        hit = next((x for x in free if holds(o, x[0]) and holds(d, x[1])), None)
        if hit is not None:
            free.remove(hit)
    tally.add("route legs", len(r_legs) - len(free), len(r_legs), len(g_legs))
    for kind, same in (("routes", holds), ("routes (strict)", lambda a, b: a == b)):
        pairs = match_routes(gold["routes"], read["routes"], same)
        tally.add(kind, len(pairs), len(read["routes"]), len(gold["routes"]))
        if kind == "routes":
            for g, r in pairs:
                if g["mode"]:
                    tally.modes[1] += 1
                    tally.modes[0] += same_mode(g["mode"], r["mode"])
                if g["opened"]:
                    tally.dates[1] += 1
                    tally.dates[0] += same_date(g["opened"], r["opened"])
                    if show and not same_date(g["opened"], r["opened"]):
                        notes.append(
                            f"  date: {g['origin']}→{g['destinations']} {g['opened']} read {r['opened']}"
                        )
            if show and len(pairs) < max(len(gold["routes"]), len(read["routes"])):
                matched_g = [g for g, _ in pairs]
                matched_r = [r for _, r in pairs]
                for g in gold["routes"]:
                    if g not in matched_g:
                        notes.append(f"  route missed: {g['origin']} → {g['destinations']}")
                for r in read["routes"]:
                    if r not in matched_r:
                        notes.append(f"  route false: {r['origin']} → {r['destinations']}")
    if show and notes:
        print(f"{entry['id']} {entry.get('label', '')}")
        print("\n".join(notes))


def run(name: str, entries: list[tuple[dict, str]], show: bool) -> Tally:
    """Score each article, print the figures of the set and return its tally."""
    tally = Tally()
    by_kind: dict[str, Tally] = {}
    gaz = gazetteer()
    for entry, text in entries:
        record = extract_text(text, doc_id=entry["id"])
        # (the facilities the record names that the table does not have are its own: known
        # while it is scored, so that its ends are matched within them, 大阪港 in 大阪)
        with gaz.one_text():
            gaz.facilities(
                {
                    p["name"]: {"kind": p["kind"], "parent": p["parent"], "host": p["host"]}
                    for p in record["ports"]
                    if p["derived"]
                }
            )
            score(entry, record, tally, show)
            score(entry, record, by_kind.setdefault(entry.get("kind", "?"), Tally()), False)
    print_tally(f"{name}: {len(entries)} articles", tally)
    if OUT_OF_SCOPE:
        print(f"  pairings of the readings outside cqmap's scope, left out: {len(OUT_OF_SCOPE)}")
        if show:
            print("   ", "; ".join(sorted(OUT_OF_SCOPE)))
        OUT_OF_SCOPE.clear()
    print_dates(tally)
    if len(by_kind) > 1:
        print("  F1 by kind of article: " + "; ".join(
            f"{k} ({sum(1 for e, _ in entries if e.get('kind') == k)}): "
            + ", ".join(f"{kind.split()[0][:5]} {f:.2f}" for kind, _, _, f, n in t.rows() if n and kind in ("regions", "pairings", "ports", "routes"))
            for k, t in sorted(by_kind.items())
        ))  # fmt: skip
    return tally


def print_tally(title: str, tally: Tally) -> None:
    print(f"\n{title}")
    print(f"  {'kind':<16}{'precision':>10}{'recall':>8}{'F1':>7}{'facts':>7}")
    for kind, p, r, f, n in tally.rows():
        print(f"  {kind:<16}{p:>10.{DECIMALS}f}{r:>8.{DECIMALS}f}{f:>7.{DECIMALS}f}{n:>7}")


def print_dates(tally: Tally) -> None:
    right, dated = tally.dates
    share = f"{right / dated:.2f}" if dated else "-"
    print(f"  opening dates right: {right} of {dated} dated routes matched ({share})")
    same, moded = tally.modes
    share = f"{same / moded:.2f}" if moded else "-"
    print(f"  modes the same: {same} of {moded} routes matched ({share})")


def pool(into: Tally, tally: Tally) -> None:
    """Add a set's counts to a pooled tally (micro-averaged: every fact weighs the same)."""
    for kind, counts in tally.counts.items():
        into.add(kind, *counts)
    into.dates = [a + b for a, b in zip(into.dates, tally.dates)]
    into.modes = [a + b for a, b in zip(into.modes, tally.modes)]


# The real pages measured when their local copies are present, in the order they were
# collected: the development sets first, then the held-out sets from ``heldout.json`` on
# (each read by a person who neither ran cqmap on it nor read its code, and collected after
# the rules it was first measured on were written).
REAL_SETS: tuple[tuple[str, str], ...] = (
    ("real.json", "real articles"),
    ("more.json", "more real articles, a second development set"),
    ("extra.json", "more real articles, a third development set (mostly routes)"),
    ("dev4.json", "more real articles, a fourth development set"),
    ("dev5.json", "more real articles, a fifth development set (mostly routes)"),
    ("dev6.json", "more real articles, a sixth development set (mostly pairings)"),
    ("dev7.json", "more real articles, a seventh development set (air and road freight)"),
    (
        "dev8.json",
        "more real articles, an eighth development set (narratives, border meetings)",
    ),
    ("dev9.json", "more real articles, a ninth development set (mostly freight routes)"),
    ("heldout.json", "held-out real articles, read only to measure"),
    ("unseen.json", "a second held-out set of real articles"),
    ("fresh.json", "a third held-out set of real articles"),
    ("latest.json", "a fourth held-out set of real articles"),
    ("newest.json", "a fifth held-out set of real articles"),
    ("blind.json", "a sixth held-out set of real articles"),
    ("hidden.json", "a seventh held-out set of real articles"),
    ("final.json", "an eighth held-out set of real articles"),
    ("closing.json", "a ninth held-out set of real articles"),
    ("last.json", "a tenth held-out set of real articles"),
    ("sealed.json", "an eleventh held-out set of real articles"),
    ("untouched.json", "a twelfth held-out set of real articles"),
    ("reserve.json", "a thirteenth held-out set of real articles"),
    ("spare.json", "a fourteenth held-out set of real articles"),
    ("veiled.json", "a fifteenth held-out set of real articles"),
    ("withheld.json", "a sixteenth held-out set of real articles"),
    ("sequestered.json", "a seventeenth held-out set of real articles"),
    ("embargoed.json", "an eighteenth held-out set of real articles"),
    ("unopened.json", "a nineteenth held-out set of real articles"),
    ("untapped.json", "a twentieth held-out set of real articles"),
    ("untrodden.json", "a twenty-first held-out set of real articles"),
    ("unvisited.json", "a twenty-second held-out set of real articles"),
    ("unsampled.json", "a twenty-third held-out set of real articles"),
    ("unexamined.json", "a twenty-fourth held-out set of real articles"),
    ("unperused.json", "a twenty-fifth held-out set of real articles"),
    ("unconsulted.json", "a twenty-sixth held-out set of real articles"),
    ("unscanned.json", "a twenty-seventh held-out set of real articles"),
    ("unreviewed.json", "a twenty-eighth held-out set of real articles"),
    ("unbrowsed.json", "a twenty-ninth held-out set of real articles"),
    ("unscreened.json", "a thirtieth held-out set of real articles"),
    ("unskimmed.json", "a thirty-first held-out set of real articles"),
    ("unglimpsed.json", "a thirty-second held-out set of real articles"),
    ("unthumbed.json", "a thirty-third held-out set of real articles"),
    ("unleafed.json", "a thirty-fourth held-out set of real articles"),
    ("unriffled.json", "a thirty-fifth held-out set of real articles"),
    ("unpaged.json", "a thirty-sixth held-out set of real articles"),
    ("unflipped.json", "a thirty-seventh held-out set of real articles"),
    ("unsifted.json", "a thirty-eighth held-out set of real articles"),
    ("unwinnowed.json", "a thirty-ninth held-out set of real articles"),
    ("unhusked.json", "a fortieth held-out set of real articles"),
    ("unculled.json", "a forty-first held-out set of real articles"),
    ("unraked.json", "a forty-second held-out set of real articles"),
    ("ungleaned.json", "a forty-third held-out set of real articles"),
    ("unthreshed.json", "a forty-fourth held-out set of real articles"),
    ("unmilled.json", "a forty-fifth held-out set of real articles"),
    ("unbaled.json", "a forty-sixth held-out set of real articles"),
    ("unstooked.json", "a forty-seventh held-out set of real articles"),
    ("unshucked.json", "a forty-eighth held-out set of real articles"),
    ("unpressed.json", "a forty-ninth held-out set of real articles"),
    ("unbundled.json", "a fiftieth held-out set of real articles"),
    ("unsacked.json", "a fifty-first held-out set of real articles"),
    ("unbinned.json", "a fifty-second held-out set of real articles"),
    ("unloaded.json", "a fifty-third held-out set of real articles"),
    ("unloosed.json", "a fifty-fourth held-out set of real articles"),
    ("unstacked.json", "a fifty-fifth held-out set of real articles"),
    ("unhauled.json", "a fifty-sixth held-out set of real articles"),
    ("unweighed.json", "a fifty-seventh held-out set of real articles"),
    ("untied.json", "a fifty-eighth held-out set of real articles"),
    ("unrolled.json", "a fifty-ninth held-out set of real articles"),
    ("unchilled.json", "a sixtieth held-out set of real articles"),
    ("unsealed.json", "a sixty-first held-out set of real articles"),
    ("unfenced.json", "a sixty-second held-out set of real articles"),
    ("unplowed.json", "a sixty-third held-out set of real articles"),
    ("unsown.json", "a sixty-fourth held-out set of real articles"),
    ("unweeded.json", "a sixty-fifth held-out set of real articles"),
    ("unhoed.json", "a sixty-sixth held-out set of real articles"),
    ("unpruned.json", "a sixty-seventh held-out set of real articles"),
    ("unlopped.json", "a sixty-eighth held-out set of real articles"),
    ("unreaped.json", "a sixty-ninth held-out set of real articles"),
    ("unshelled.json", "a seventieth held-out set of real articles"),
    ("ungrazed.json", "a seventy-first held-out set of real articles"),
    ("unmown.json", "a seventy-second held-out set of real articles"),
    ("unwatered.json", "a seventy-third held-out set of real articles"),
    ("unhewn.json", "a seventy-fourth held-out set of real articles"),
    ("unbraided.json", "a seventy-fifth held-out set of real articles"),
    ("unspun.json", "a seventy-sixth held-out set of real articles"),
    ("unspooled.json", "a seventy-seventh held-out set of real articles"),
    ("untilled.json", "a seventy-eighth held-out set of real articles"),
    ("unharrowed.json", "a seventy-ninth held-out set of real articles"),
    ("unfurrowed.json", "an eightieth held-out set of real articles"),
    ("unmulched.json", "an eighty-first held-out set of real articles"),
    ("unstaked.json", "an eighty-second held-out set of real articles"),
    ("unpicked.json", "an eighty-third held-out set of real articles"),
    ("unhulled.json", "an eighty-fourth held-out set of real articles"),
    ("unwoven.json", "an eighty-fifth held-out set of real articles"),
    ("unspliced.json", "an eighty-sixth held-out set of real articles"),
    ("unsnapped.json", "an eighty-seventh held-out set of real articles"),
    ("untwined.json", "an eighty-eighth held-out set of real articles"),
    ("unbolted.json", "an eighty-ninth held-out set of real articles"),
    ("unhitched.json", "a ninetieth held-out set of real articles"),
    ("unbuckled.json", "a ninety-first held-out set of real articles"),
    ("unlatched.json", "a ninety-second held-out set of real articles"),
    ("unclasped.json", "a ninety-third held-out set of real articles"),
    ("unhooked.json", "a ninety-fourth held-out set of real articles"),
    ("unpinned.json", "a ninety-fifth held-out set of real articles"),
    ("untethered.json", "a ninety-sixth held-out set of real articles"),
    ("unharnessed.json", "a ninety-seventh held-out set of real articles"),
    ("unyoked.json", "a ninety-eighth held-out set of real articles"),
    ("unwed.json", "a ninety-ninth held-out set of real articles"),
    ("unmoored.json", "a hundredth held-out set of real articles"),
    ("unshunted.json", "a hundred-and-first held-out set of real articles"),
    ("unbeckoned.json", "a hundred-and-second held-out set of real articles"),
    ("unsummoned.json", "a hundred-and-third held-out set of real articles"),
    ("unbidden.json", "a hundred-and-fourth held-out set of real articles"),
    ("unheeded.json", "a hundred-and-fifth held-out set of real articles"),
    ("unhailed.json", "a hundred-and-sixth held-out set of real articles"),
    ("unqueried.json", "a hundred-and-seventh held-out set of real articles"),
    ("unplumbed.json", "a hundred-and-eighth held-out set of real articles"),
)
FIRST_HELD_OUT = "heldout.json"
DECIMALS = 2  # of the precision, recall and F1 printed (``--decimals``)


def in_half(position: int, half: str | None) -> bool:
    """Whether the page at ``position`` in its set is of ``half`` (``even``: the first, the
    third …): by its place in the set, whichever local copies are present."""
    return half is None or position % 2 == (half == "odd")


# The scripts a reading gives a page (``script``), and what ``--script`` may ask for
SCRIPTS = ("simplified", "traditional", "mixed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every miss and false positive")
    parser.add_argument(
        "--only",
        metavar="NAME",
        action="append",
        help="measure only this corpus (own.json, real.json …)",
    )
    parser.add_argument(
        "--leave-out",
        metavar="NAME",
        action="append",
        help="leave this corpus out (a set kept unread, to measure once later)",
    )
    parser.add_argument(
        "--half",
        choices=("even", "odd"),
        help="measure only every other page of each set of real pages (see above)",
    )
    parser.add_argument(
        "--script",
        choices=SCRIPTS,
        action="append",
        help="measure only the real pages written so (repeatable): reposts in Traditional "
        "characters are read through a conversion, and their ports and terminals are often "
        "Taiwan's and Hong Kong's",
    )
    parser.add_argument("--decimals", type=int, default=2, help="of the figures printed")
    args = parser.parse_args(argv)
    global DECIMALS
    DECIMALS = args.decimals
    wanted = set(args.only or ())
    left_out = set(args.leave_out or ())
    if not wanted or "own.json" in wanted:
        own = json.loads((CORPUS / "own.json").read_text(encoding="utf-8"))
        run("own-words articles (tests/corpus/own.json)", [(e, e["text"]) for e in own], args.show)
    if (not wanted or "twins.json" in wanted) and (CORPUS / "twins.json").exists():
        twins = json.loads((CORPUS / "twins.json").read_text(encoding="utf-8"))
        run(
            "own-words twins of real pages (tests/corpus/twins.json)",
            [(e, e["text"]) for e in twins],
            args.show,
        )
    pooled = {"development": (Tally(), [0, 0]), "held-out": (Tally(), [0, 0])}  # (articles, sets)
    held_out = False
    for name, what in REAL_SETS:
        held_out = held_out or name == FIRST_HELD_OUT
        if not (CORPUS / name).exists() or (wanted and name not in wanted) or name in left_out:
            continue
        entries = json.loads((CORPUS / name).read_text(encoding="utf-8"))
        local = [(e, CORPUS / "local" / f"{e['id']}.txt") for e in entries]
        present = [
            (e, p.read_text(encoding="utf-8"))
            for i, (e, p) in enumerate(local)
            if p.exists()
            and in_half(i, args.half)
            and (not args.script or e.get("script", "simplified") in args.script)
        ]
        if present:
            title = f"{what} (tests/corpus/{name}, {len(present)} local copies)"
            tally, articles = pooled["held-out" if held_out else "development"]
            pool(tally, run(title, present, args.show))
            articles[0] += len(present)
            articles[1] += 1
        else:
            print(f"\n{what}: no local copies in {CORPUS / 'local'} (addresses in {name})")
    for which, (tally, articles) in pooled.items():
        if articles[1] > 1:
            # (the figures to hold against the targets: every fact of the sets counted once)
            print_tally(f"all {which} real pages pooled: {articles[0]} articles", tally)
            print_dates(tally)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
