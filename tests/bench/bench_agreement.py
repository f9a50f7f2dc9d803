"""How far two careful readings of the same pages agree, and cqmap beside them.

    python tests/bench/bench_agreement.py          # the figures
    python tests/bench/bench_agreement.py --show   # and the facts both readings state that cqmap misses
    python tests/bench/bench_agreement.py --half odd   # the pages of one half of their sets

``tests/corpus/second.json`` holds a second reading of some held-out pages, by people who
read only the labelling conventions (``tests/corpus/README.md``) and the page: not the first
reading, nor cqmap's records or code. On the pages whose local copies are present, each
kind is scored four ways with the quality benchmark's rules
(:mod:`bench_quality`: names through the gazetteer, ends that hold each other, pairings
within cqmap's scope): the second reading against the first, and the first against the
second (what one careful reader gets of another's facts: the ceiling a reading can be held
to); cqmap against each. Then cqmap's recall of the facts *both* readings state, and the
share of its own that neither states. These are figures to watch, not a test.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from contextlib import redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_quality as quality  # noqa: E402

SECOND = quality.CORPUS / "second.json"
# The four ways each kind is scored: (name, whose facts are scored, against whose)
WAYS = (
    ("2nd vs 1st", "second", "first"),
    ("1st vs 2nd", "first", "second"),
    ("cqmap vs 1st", "cqmap", "first"),
    ("cqmap vs 2nd", "cqmap", "second"),
)
CONSENSUS_KINDS = ("regions", "ports", "routes")


def as_record(facts: dict) -> dict:
    """A reading's facts in the shape of a record of cqmap, its names as the gazetteer's."""
    g = quality.gold_facts({"id": "", "facts": facts})
    return {
        "regions": [{"name": n} for n in sorted(g["regions"], key=str)],
        "pairings": [{"a": a, "b": b} for a, b in sorted(sorted(p) for p in g["pairings"])],
        "ports": [{"name": n, "derived": False} for n in sorted(g["ports"], key=str)],
        "routes": [dict(r) for r in g["routes"]],
        "corridors": [{"name": c} for c in sorted(g["corridors"], key=str)],
    }


def pages(half: str | None = None) -> list[tuple[dict, dict, str]]:
    """(first reading, second reading, page text) of each page read twice whose local copy
    is present, in the order of the second readings; with ``half``, only the pages of that
    half of their set (``bench_quality.py --half``)."""
    firsts, halves = {}, {}
    for name, _ in quality.REAL_SETS:
        if (quality.CORPUS / name).exists():
            entries = json.loads((quality.CORPUS / name).read_text(encoding="utf-8"))
            for i, entry in enumerate(entries):
                firsts[entry["id"]] = entry
                halves[entry["id"]] = i
    out = []
    for second in json.loads(SECOND.read_text(encoding="utf-8")):
        local = quality.CORPUS / "local" / f"{second['id']}.txt"
        if (
            second["id"] in firsts
            and local.exists()
            and quality.in_half(halves[second["id"]], half)
        ):
            out.append((firsts[second["id"]], second, local.read_text(encoding="utf-8")))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list what both state and cqmap misses")
    parser.add_argument(
        "--half", choices=("even", "odd"), help="only the pages of this half of their set"
    )
    args = parser.parse_args(argv)
    read_twice = pages(args.half)
    if not read_twice:
        print(f"no local copies in {quality.CORPUS / 'local'} of the pages of {SECOND.name}")
        return 0
    gaz = quality.gazetteer()
    tallies = {name: quality.Tally() for name, _, _ in WAYS}
    both = {kind: [0, 0] for kind in CONSENSUS_KINDS}  # (cqmap read, both state)
    neither = {kind: [0, 0] for kind in CONSENSUS_KINDS}  # (neither states, cqmap read)
    missed = []
    for first, second, text in read_twice:
        record = quality.extract_text(text, doc_id=first["id"])
        with gaz.one_text():
            # (the facilities the record names that the table does not have, as the quality
            # benchmark knows them while a page is scored)
            gaz.facilities(
                {
                    p["name"]: {"kind": p["kind"], "parent": p["parent"], "host": p["host"]}
                    for p in record["ports"]
                    if p["derived"]
                }
            )
            readings = {"first": first, "second": {"id": first["id"], "facts": second["facts"]}}
            scored = {"first": as_record(first["facts"]), "second": as_record(second["facts"])}
            scored["cqmap"] = record
            with redirect_stdout(io.StringIO()):
                for name, whose, against in WAYS:
                    quality.score(readings[against], scored[whose], tallies[name], False)
            g1, g2 = quality.gold_facts(first), quality.gold_facts(readings["second"])
            read = quality.read_facts(record, g1["ports"] | g2["ports"])
            agreed = [g for g, _ in quality.match_routes(g1["routes"], g2["routes"], quality.holds)]
            got = [g for g, _ in quality.match_routes(agreed, read["routes"], quality.holds)]
            both["routes"][0] += len(got)
            both["routes"][1] += len(agreed)
            missed += [(first["id"], g) for g in agreed if g not in got]
            told = [
                r
                for gold in (g1["routes"], g2["routes"])
                for _, r in quality.match_routes(gold, read["routes"], quality.holds)
            ]
            neither["routes"][0] += sum(1 for r in read["routes"] if r not in told)
            neither["routes"][1] += len(read["routes"])
            for kind in ("regions", "ports"):
                agreed_names = g1[kind] & g2[kind]
                both[kind][0] += len(agreed_names & read[kind])
                both[kind][1] += len(agreed_names)
                neither[kind][0] += len(read[kind] - g1[kind] - g2[kind])
                neither[kind][1] += len(read[kind])
    quality.OUT_OF_SCOPE.clear()
    which = f", {args.half} half" if args.half else ""
    print(
        f"pages read twice (tests/corpus/{SECOND.name}{which}), local copies present: {len(read_twice)}"
    )
    rows = {name: {k: (p, r, f) for k, p, r, f, _ in t.rows()} for name, t in tallies.items()}
    print(f"  {'kind':<16}" + "".join(f"{name:>20}" for name, _, _ in WAYS))
    for kind in quality.KINDS:
        cells = (rows[name].get(kind) for name, _, _ in WAYS)
        print(
            f"  {kind:<16}" + "".join(f"   P{p:.2f} R{r:.2f} F{f:.2f}"[-20:] for p, r, f in cells)
        )
    print(
        "  opening dates right: "
        + "; ".join(f"{name} {t.dates[0]} of {t.dates[1]}" for name, t in tallies.items())
    )
    print("  cqmap's recall of what both readings state: " + ", ".join(
        f"{kind} {a}/{b} ({a / b:.2f})" for kind, (a, b) in both.items() if b
    ))  # fmt: skip
    print("  cqmap's facts that neither reading states: " + ", ".join(
        f"{kind} {a}/{b} ({a / b:.2f})" for kind, (a, b) in neither.items() if b
    ))  # fmt: skip
    if args.show:
        for page, route in missed:
            ends = ", ".join(route["destinations"])
            print(f"    both state, cqmap misses: {page} {route['origin']} → {ends}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
