"""The drawing commands read on partitions, on any engine, through the installed ``cqmap``.

``cqmap build`` (and ``map``, ``layers``, ``pairing``) read the articles in partitions
as ``cqmap extract`` does: each worker serialises its records and summarises them, the
command writes the records' bytes in input order and merges the summaries in order.
Every file of a build is the same bytes with ``--jobs 1``, ``--jobs 2``, ``--scheduler
local`` and a dask cluster (a scheduler and two ``dask worker`` processes on 127.0.0.1,
started for the module: ``tests/dask_cluster.py``); its records are those of ``cqmap
extract`` and its summary that of ``cqmap summarize`` of them; a bad file is one line
and an error record at its place in the records, the summary counts it, and the rest
is built; the parent decodes no record.

The corpus is 160 synthetic articles (``tests/synthetic.py``): enough that every bound
of the summary (50 quotes of a pair, 20 document ids) is reached across partitions.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from dask_cluster import dask_cluster, needs_dask
from synthetic import SEEDS, error_line, make_corpus, with_a_bad_file, with_error_line

from cqmap.geo.summary import Summary

EXE = shutil.which("cqmap")
ARTICLES = 160


def cqmap(*args, cwd=None, timeout=600) -> subprocess.CompletedProcess:
    if EXE is None:
        pytest.fail("the cqmap executable is not installed (pip install .)")
    return subprocess.run([EXE, "-q", *args], capture_output=True, cwd=cwd, timeout=timeout)


def lines_of(stderr: bytes) -> list[str]:
    return [line for line in stderr.decode().splitlines() if line.strip()]


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` by its relative path, with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def leftovers(folder: Path) -> list[str]:
    """cqmap's temporary files and folders anywhere below ``folder``."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if ".cqmap-" in p.name)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("engines") / "corpus"
    make_corpus(folder, ARTICLES)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, bytes]:
    """The build with ``--jobs 1``: every file of it, the bytes every engine must give."""
    out = tmp_path_factory.mktemp("reference") / "site"
    result = cqmap("build", str(corpus), "-o", str(out), "--jobs", "1")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    return files_of(out)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory) -> Iterator[str]:
    with dask_cluster(tmp_path_factory.mktemp("dask-logs")) as address:
        yield address


ENGINES = {
    "jobs-1": lambda scheduler: ["--jobs", "1"],
    "jobs-2": lambda scheduler: ["--jobs", "2"],
    "local": lambda scheduler: ["--scheduler", "local", "--jobs", "2"],
    "remote": lambda scheduler: ["--scheduler", scheduler],
}


@pytest.fixture
def engine(request) -> list[str]:
    """The options of an engine (the dask cluster only when it is asked for)."""
    name = request.param
    if name in ("local", "remote"):
        needs_dask()
    address = request.getfixturevalue("scheduler") if name == "remote" else None
    return ENGINES[name](address)


# --------------------------------------------------------------------------- the same bytes
def test_the_build_holds_the_records_of_extract_and_their_summary(corpus, reference, tmp_path):
    extracted = cqmap("extract", str(corpus), "--format", "jsonl")
    assert extracted.returncode == 0, extracted.stderr.decode()
    assert reference["records.jsonl"] == extracted.stdout
    assert len(extracted.stdout.splitlines()) == ARTICLES
    summarized = subprocess.run(
        [EXE, "-q", "summarize", "-", "-o", str(tmp_path / "s.json")],
        input=extracted.stdout, capture_output=True, timeout=600,
    )  # fmt: skip
    assert summarized.returncode == 0, summarized.stderr.decode()
    assert reference["summary.json"] == (tmp_path / "s.json").read_bytes()
    summary = json.loads(reference["summary.json"])
    pairs = summary["pairs"]
    assert summary["documents"]["count"] == ARTICLES
    assert max(p["evidence"] for p in pairs) > len(
        max(pairs, key=lambda p: p["evidence"])["quotes"]
    )
    assert max(p["documents"] for p in pairs) > 20  # (the bounds are reached)


@pytest.mark.parametrize("engine", ["jobs-2", "local", "remote"], indirect=True)
def test_every_file_of_the_build_is_the_same_bytes_whatever_the_engine(
    corpus, reference, engine, tmp_path
):
    out = tmp_path / "site"
    result = cqmap("build", str(corpus), "-o", str(out), *engine)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    built = files_of(out)
    assert sorted(built) == sorted(reference)
    for name, data in reference.items():
        assert built[name] == data, name
    assert leftovers(tmp_path) == []


@pytest.fixture(scope="module")
def mixed(corpus, tmp_path_factory) -> tuple[Path, Path, Path, Path]:
    """40 articles and a bad file (read seventh), the 31st with a stray byte (a warning,
    and read); and the build of the 40 alone: the folder, the bad file, the warned file
    and the build."""
    folder = tmp_path_factory.mktemp("mixed") / "articles"
    names, bad = with_a_bad_file(corpus, folder, 40, after=5)
    warned = folder / names[30]
    text = warned.read_bytes()
    cut = text.index(b"\n") + 1  # (a byte between lines)
    warned.write_bytes(text[:cut] + b"\xff" + text[cut:])
    expected = folder.parent / "expected"
    good = cqmap("build", *[str(folder / n) for n in names], "-o", str(expected), "--jobs", "1")
    assert good.returncode == 0
    assert len(lines_of(good.stderr)) == 1 and warned.name in good.stderr.decode()
    return folder, bad, warned, expected


@pytest.mark.parametrize("engine", ["jobs-1", "jobs-2", "local", "remote"], indirect=True)
def test_a_bad_file_is_one_line_and_an_error_record_and_the_rest_is_built(mixed, engine, tmp_path):
    """The records are the 40 articles' with the bad file's error record at its place
    (seventh); the summary is theirs, counting the error; every other file is the
    build of the 40 alone; the status is 1."""
    folder, bad, warned, expected = mixed
    out = tmp_path / "site"
    result = cqmap("build", str(folder), "-o", str(out), *engine)
    assert result.returncode == 1
    error, warning = lines_of(result.stderr)  # (in input order)
    assert error == f"cqmap: error: {bad}: binary input (PNG image)"
    assert warning == f"cqmap: warning: {warned}: 1 byte(s) not utf-8, replaced"
    built, alone = files_of(out), files_of(expected)
    records = with_error_line(alone["records.jsonl"], bad, after=5)
    assert built["records.jsonl"] == records
    assert records.splitlines(keepends=True)[6] == error_line(bad)
    summary = Summary.from_json(built["summary.json"])
    assert summary == Summary.from_records(json.loads(line) for line in records.splitlines())
    assert summary.document_count == 40 and summary.error_count == 1
    unread = {"path": str(bad), "error": error.removeprefix("cqmap: error: ")}
    assert summary.errors == {bad.stem: unread}
    assert summary.to_dict() == {**Summary.from_json(alone["summary.json"]).to_dict(),
                                 "errors": [{"id": bad.stem, **summary.errors[bad.stem]}]}  # fmt: skip
    assert sorted(built) == sorted(alone)
    differ = sorted(name for name in built if built[name] != alone[name])
    assert differ == ["records.jsonl", "summary.json"]
    assert leftovers(tmp_path) == []


def test_summarize_of_the_records_with_an_error_is_the_builds_summary(mixed, tmp_path):
    """``cqmap summarize`` takes the build's records, error record and all, and makes the
    build's summary; once the bad file is fixed, ``--update`` with the records of a new
    run adds the document and drops its error (the summary of the old records followed
    by the new)."""
    folder, bad, warned, expected = mixed
    out = tmp_path / "site"
    assert cqmap("build", str(folder), "-o", str(out)).returncode == 1
    summary = tmp_path / "summary.json"
    result = cqmap("summarize", str(out / "records.jsonl"), "-o", str(summary))
    assert result.returncode == 0 and result.stderr == b"", result.stderr.decode()
    assert summary.read_bytes() == (out / "summary.json").read_bytes()
    fixed = tmp_path / "fixed"
    shutil.copytree(folder, fixed)
    shutil.copy(folder / warned.name, fixed / bad.name)  # (an article, under the bad name)
    again = cqmap("build", str(fixed), "-o", str(tmp_path / "again"))
    assert again.returncode == 0, again.stderr.decode()
    # the records name the fixed folder's files: read the old ones with their own paths
    old = (out / "records.jsonl").read_bytes().replace(str(folder).encode(), str(fixed).encode())
    (tmp_path / "old.jsonl").write_bytes(old)
    first = cqmap("summarize", str(tmp_path / "old.jsonl"), "-o", str(summary), "--overwrite")
    assert first.returncode == 0 and Summary.load(summary).error_count == 1
    update = subprocess.run(
        [EXE, "summarize", str(tmp_path / "again" / "records.jsonl"), "-o", str(summary),
         "--update"], capture_output=True, timeout=600,
    )  # fmt: skip
    assert update.returncode == 0, update.stderr.decode()
    assert "added 1 document(s)" in update.stderr.decode()
    updated = Summary.load(summary)
    assert (updated.document_count, updated.error_count) == (41, 0)
    new = (tmp_path / "again" / "records.jsonl").read_bytes()
    assert updated == Summary.from_records(json.loads(line) for line in (old + new).splitlines())
    assert updated.document_ids == Summary.load(tmp_path / "again" / "summary.json").document_ids


DRAWINGS = {
    "map": ["map", "{corpus}", "-o", "{out}/overview.html"],
    "layers": ["layers", "{corpus}", "-o", "{out}"],
    "pairing": ["pairing", "--all", "{corpus}", "-o", "{out}"],
}


def draw(name: str, corpus: Path, out: Path, options: list[str]) -> dict[str, bytes]:
    """The files ``cqmap map``, ``layers`` or ``pairing --all`` writes into ``out``."""
    out.mkdir()
    result = cqmap(*[a.format(corpus=corpus, out=out) for a in DRAWINGS[name]], *options)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    return files_of(out)


@pytest.fixture(scope="module")
def drawn(corpus, tmp_path_factory) -> dict[str, dict[str, bytes]]:
    """What each drawing command writes with ``--jobs 1``."""
    folder = tmp_path_factory.mktemp("drawn")
    return {name: draw(name, corpus, folder / name, ["--jobs", "1"]) for name in DRAWINGS}


@pytest.mark.parametrize("name", list(DRAWINGS))
@pytest.mark.parametrize("engine", ["jobs-2", "remote"], indirect=True)
def test_map_layers_and_pairing_maps_are_the_same_whatever_the_engine(
    corpus, drawn, name, engine, tmp_path
):
    made = draw(name, corpus, tmp_path / name, engine)
    assert made == drawn[name]
    assert len(made) >= {"map": 1, "layers": 14, "pairing": 10}[name]


def test_the_parent_decodes_no_record(corpus, tmp_path, monkeypatch):
    """With worker processes, the command's own process reads no record back: the
    workers send the records' bytes, written as they are, and their summaries."""
    decoded: list[str] = []
    loads = json.loads

    def counting(text, *args, **kwargs):
        head = text[:8] if isinstance(text, str) else bytes(text[:8]).decode("utf-8", "replace")
        if head.startswith('{"id":'):
            decoded.append(head)
        return loads(text, *args, **kwargs)

    from cqmap.cli.main import cqmap as main

    monkeypatch.setattr(json, "loads", counting)
    out = tmp_path / "site"
    result = CliRunner().invoke(
        main, ["-q", "build", str(corpus), "-o", str(out), "--jobs", "2"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert decoded == []
    assert len((out / "records.jsonl").read_bytes().splitlines()) == ARTICLES
    counting((out / "records.jsonl").read_bytes().splitlines()[0])
    assert len(decoded) == 1  # (the counter counts a record)


# --------------------------------------------------------------------------- usage
@pytest.mark.parametrize(
    "command", [["build"], ["map"], ["layers", "-o", "x"], ["pairing", "--all", "-o", "x"]]
)
@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--scheduler", "somewhere"], "--scheduler"),
        (["--scheduler", "tcp://127.0.0.1:1", "--jobs", "2"], "--jobs"),
        (["--scheduler", "tcp://127.0.0.1:1", "--jobs", "1"], "--jobs"),
    ],
)
def test_scheduler_usage_errors_are_those_of_extract(command, args, words, tmp_path):
    result = cqmap(*command, str(SEEDS), *args, cwd=tmp_path)
    assert result.returncode == 2
    (line,) = lines_of(result.stderr)
    assert words in line
    assert list(tmp_path.iterdir()) == []
    same = cqmap("extract", str(SEEDS), *args, cwd=tmp_path)
    assert same.returncode == 2 and lines_of(same.stderr) == [
        line.replace(f"cqmap {command[0]}", "cqmap extract")
    ]
    assert list(tmp_path.iterdir()) == []
