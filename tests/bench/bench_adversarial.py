"""Hostile input: the speed (KB/s) and peak memory of reading texts made to be slow.

    python tests/bench/bench_adversarial.py           # every case
    python tests/bench/bench_adversarial.py --quick   # the cases at a tenth of their size

Each case runs :func:`cqmap.geo.extract.extract_bytes` in a process of its own, so that its
peak memory (the process's maximum resident size, less the same process's after the
imports and a warm-up) is its own. The aim: none under 1 MB/s, none over 1 GB. Figures
to watch, not a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# name -> (piece, repeats): the text is the piece repeated (sizes of the full run)
CASES = {
    "route openers 沪渝集装箱直达快线(": ("沪渝集装箱直达快线(", 20_000),
    "route chains 万州至涪陵至": ("万州至涪陵至", 60_000),
    "dashes and places 重庆—万州—": ("重庆—万州—", 60_000),
    "movement openers 从果园港出发驶往": ("从果园港出发驶往", 40_000),
    # (a bare 到 is an end only where its clauses tell freight: one clause, no freight word)
    "bare 到 chains 从团结村出发到钦州港到": ("从团结村出发到钦州港到", 30_000),
    "departures 货轮驶离万州港": ("货轮驶离万州港", 40_000),
    # (each movement of a sentence is read: one sentence of many)
    "movements 重庆的班列驶往成都,": ("重庆的班列驶往成都,", 30_000),
    # (goods named by their place and shipped: a lazy run of their name before each verb)
    "goods shipped 巫山脆李装车启运曼谷,": ("巫山脆李装车启运曼谷,", 30_000),
    "pair openers 两江新区与": ("两江新区与", 60_000),
    "a long list of places 万州、": ("万州、", 100_000),
    # (a partner, then a long list of places: each list of parties looked at once)
    "a partner's long list 上海携手万州、": ("上海携手万州、", 30_000),
    # (stations listed sharing one word, each list's names given way to by their stations)
    "stations listed 南宁、柳州、桂林站,": ("南宁、柳州、桂林站,", 30_000),
    "与 x 10^4 between two places": ("与", 10_000),
    "punctuation x 10^5": ("，", 100_000),
    "service words 班列": ("班列", 100_000),
    "weak names 合作万象": ("万象合作", 60_000),
    # (a weak name cut by a stronger one starting inside it, 达莫 by 莫斯科, or left out
    # before a port's name it would hide, 上高 before 高雄港: the text read again from there)
    "weak names cut 抵达莫斯科,": ("列车抵达莫斯科,", 30_000),
    "weak names before a port 靠上高雄港,": ("货柜船靠上高雄港,", 30_000),
    # (a line's calls, an item of no place between places: each list of calls read once)
    "calls 航线挂靠釜山、某某港、": ("航线挂靠釜山、某某港、", 40_000),
    # (a page laid out as verse, a phrase to a line: its lines one passage, one sentence)
    "verse lines 班列从万州港出发\\n": ("一趟班列从万州港出发\n", 60_000),
    # (one route told again and again: each telling's sentence looked up among those cited)
    "one route told again 万州港至上海港的航线开通。": ("万州港至上海港的航线开通。", 10_000),
    # (many routes, each another's: each asked whether it names one told before)
    "many routes 万州区至涪陵区的班列开通。": ("X至Y的班列开通。", 1_400),
    # (terminals of their own names told by what they serve, each a facility whose name
    # the mentions inside give way to: each mention looked up among the terminals once)
    "terminals 南昌县,某湾综合码头装货。": ("江西南昌县,某湾综合码头装货。", 20_000),
    # (hubs of their own names told where runs leave them: each mention looked up among the
    # hubs once)
    "hubs 从西安中欧班列集结中心开出,": ("班列从西安中欧班列集结中心开出,", 20_000),
    # (a port's areas told alone where clauses start, each looked up with the port before it
    # by bisection; ports abroad of their own names listed after one)
    "areas told alone 九江港,荻洲作业区": ("九江港,荻洲作业区", 20_000),
    "ports abroad listed 泰国林查班港、沙塔希港和": ("泰国林查班港、沙塔希港和", 20_000),
    # (an aside in brackets after each party's place: looked at once per party)
    "asides after parties 荣昌区(高新区)法院和": ("荣昌区(高新区)法院和", 20_000),
    # (hubs of their own names holding no place: where each one's sentence begins, once)
    "own hubs 从鑫顺物流园开出,": ("从鑫顺物流园开出,", 20_000),
    # (two words meeting inside each short name: a few characters cut around each)
    "words meeting in names 隆重庆祝沿江北上": ("隆重庆祝沿江北上", 20_000),
    "one 50 MB line of an article": (None, 0),
}

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
from cqmap.geo.extract import extract_bytes
extract_bytes("万州区与开州区签署合作协议。".encode())
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
data = open({path!r}, "rb").read()
t = time.perf_counter()
extract_bytes(data)
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": seconds, "peak_kb": peak, "base_kb": base}}))
"""


def text_of(piece: str | None, repeats: int, scale: float) -> bytes:
    if piece is None:  # an article's sentences on one line, 50 MB
        seed = (ROOT / "seeds" / "000_8773d324a35f446d.txt").read_text(encoding="utf-8")
        line = seed.replace("\n", "")
        size = int(50_000_000 * scale)
        return (
            (line * (size // len(line.encode()) + 1))
            .encode()[:size]
            .decode("utf-8", "ignore")
            .encode()
        )
    if piece == "与":
        return ("万州区" + "与" * int(repeats * scale) + "开州区合作").encode()
    if piece == "上海携手万州、":
        return ("上海携手" + "万州、" * int(repeats * scale) + "开州开展合作").encode()
    if piece == "X至Y的班列开通。":  # (every two of Chongqing's districts, one way)
        from cqmap.geo.regions import DISTRICTS

        names = [d.name for d in DISTRICTS]
        pairs = [(a, b) for a in names for b in names if a != b][: int(repeats * scale)]
        return "".join(f"{a}至{b}的班列开通。" for a, b in pairs).encode()
    return (piece * int(repeats * scale)).encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of each size")
    args = parser.parse_args(argv)
    scale = 0.1 if args.quick else 1.0
    tmp = ROOT / "tests" / "artifacts"
    tmp.mkdir(parents=True, exist_ok=True)
    print(f"{'case':<38}{'size':>10}{'seconds':>9}{'KB/s':>10}{'peak MB':>9}")
    for name, (piece, repeats) in CASES.items():
        data = text_of(piece, repeats, scale)
        path = tmp / "adversarial.txt"
        path.write_bytes(data)
        code = _CHILD.format(root=str(ROOT), path=str(path))
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"{name:<38} failed: {out.stderr.strip().splitlines()[-1]}")
            continue
        r = json.loads(out.stdout)
        kb = len(data) / 1024
        peak_mb = (r["peak_kb"] - r["base_kb"]) / 1024
        print(
            f"{name:<38}{kb:>8.0f}KB{r['seconds']:>9.2f}{kb / r['seconds']:>10.0f}{peak_mb:>9.0f}"
        )
    path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
