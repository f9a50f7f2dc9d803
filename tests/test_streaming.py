"""``cqmap extract`` writes records as they come, through the installed ``cqmap``: the
same bytes whatever ``--jobs`` (and the bytes of the whole-corpus JSON it wrote before),
a folder of JSON Lines parts (``--out-dir``) under the rules of every cqmap output, one
line and an error record at its place for a bad file, and nothing partial where the
output goes when a run is killed."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from procs import alive, descendants
from synthetic import (  # tests/ is on sys.path (rootdir conftest)
    error_line,
    make_corpus,
    with_a_bad_file,
    with_error_line,
)

from cqmap.geo.output import MANIFEST_NAME, manifest_files
from cqmap.geo.records import PART_SIZE, part_name

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EXE = shutil.which("cqmap")


def cqmap(*args, cwd=None, input=None):
    if EXE is None:
        pytest.fail("the cqmap executable is not installed (pip install .)")
    return subprocess.run([EXE, *args], capture_output=True, cwd=cwd, input=input, timeout=600)


def start(*args, cwd=None) -> subprocess.Popen:
    if EXE is None:
        pytest.fail("the cqmap executable is not installed (pip install .)")
    return subprocess.Popen(
        [EXE, "-q", *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def errors_of(result) -> list[str]:
    return [line for line in result.stderr.decode().splitlines() if line.strip()]


def whole_json(jsonl: bytes) -> bytes:
    """What ``--format json`` wrote before it streamed: one ``json.dumps`` of the whole."""
    records = [json.loads(line) for line in jsonl.decode("utf-8").splitlines()]
    body = json.dumps({"documents": records}, ensure_ascii=False, indent=1) + "\n"
    return body.encode("utf-8")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".cqmap-" in p.name)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """60 articles made from the seeds (ids and dates of their own)."""
    folder = tmp_path_factory.mktemp("streaming") / "corpus"
    make_corpus(folder, 60)
    return folder


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """400 articles: a run long enough to be killed in the middle."""
    folder = tmp_path_factory.mktemp("streaming-big") / "corpus"
    make_corpus(folder, 400)
    return folder


@pytest.fixture(scope="module")
def jsonl(corpus) -> bytes:
    """The reference: ``--format jsonl`` of the 60 articles, one process."""
    result = cqmap("extract", str(corpus), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    assert len(result.stdout.splitlines()) == 60
    return result.stdout


# --------------------------------------------------------------------------- the same bytes
@pytest.mark.parametrize("source", ["seeds", "corpus"])
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_jobs_give_the_same_bytes_as_one_process_and_as_before(source, fmt, corpus, tmp_path):
    folder = SEEDS if source == "seeds" else corpus
    one = cqmap("extract", str(folder), "--format", fmt)
    two = cqmap("extract", str(folder), "--format", fmt, "--jobs", "2")
    assert one.returncode == 0 and two.returncode == 0, two.stderr.decode()
    assert one.stdout == two.stdout
    lines = cqmap("extract", str(folder), "--format", "jsonl", "--jobs", "2").stdout
    if fmt == "json":
        assert one.stdout == whole_json(lines)  # (the bytes of json.dumps of all records)
    else:
        assert one.stdout == lines
        assert all(
            json.dumps(json.loads(line), ensure_ascii=False, separators=(",", ":")).encode() == line
            for line in lines.splitlines()
        )
    out = tmp_path / f"r.{fmt}"
    to_file = cqmap("extract", str(folder), "--format", fmt, "--jobs", "2", "-o", str(out))
    assert to_file.returncode == 0 and to_file.stdout == b""
    assert out.read_bytes() == one.stdout
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("count", [0, 1, 3])
def test_the_writers_write_the_bytes_of_the_whole(count):
    """Item by item, the bytes of one ``json.dumps`` of all records (in-process)."""
    import io

    from cqmap.geo.records import encoder, record_writer

    odd = {"id": "x", "s": 'a"b\\c\n\t\x00\x7f\u2028 中文 𝄞', "n": [], "m": {}, "z": None}
    records = [{**odd, "id": str(k), "k": [k, True, {"deep": [1, [2]]}]} for k in range(count)]
    expected = {
        "json": json.dumps({"documents": records}, ensure_ascii=False, indent=1) + "\n",
        "jsonl": "".join(
            json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records
        ),
    }
    for fmt, text in expected.items():
        out = io.BytesIO()
        writer = record_writer(out, fmt)
        for record in [None, *records[:1], None, *records[1:]]:  # (None: a failed input)
            writer.add(None if record is None else encoder(fmt)(record))
        writer.close()
        assert out.getvalue() == text.encode("utf-8")
        assert (writer.documents, writer.inputs) == (count, count + 2)


def test_records_reach_stdout_while_the_rest_is_still_read(big_corpus):
    proc = start("extract", str(big_corpus), "--format", "jsonl", "--jobs", "2")
    try:
        first = proc.stdout.readline()
        assert json.loads(first)["id"].startswith("000000_")
        assert proc.poll() is None  # (399 documents to go)
    finally:
        proc.kill()
        proc.wait()


def test_a_closed_stdout_ends_the_run_quietly_with_status_1(big_corpus):
    proc = start("extract", str(big_corpus), "--format", "jsonl")
    proc.stdout.readline()
    proc.stdout.close()  # (as `| head -1` does)
    proc.wait(timeout=120)
    stderr = proc.stderr.read().decode()
    assert proc.returncode == 1
    assert stderr == ""  # (no traceback, no complaint of an unflushable stdout at exit)


# --------------------------------------------------------------------------- parts
def test_out_dir_parts_concatenate_to_the_jsonl(corpus, jsonl, tmp_path):
    out = tmp_path / "records"
    result = cqmap("extract", str(corpus), "--out-dir", str(out), "--part-size", "25", "-j", "2")
    assert result.returncode == 0, result.stderr.decode()
    parts = [part_name(k) for k in range(3)]
    assert sorted(p.name for p in out.iterdir()) == sorted([*parts, MANIFEST_NAME])
    assert manifest_files(out) == frozenset(parts)
    assert b"".join((out / p).read_bytes() for p in parts) == jsonl
    assert [len((out / p).read_bytes().splitlines()) for p in parts] == [25, 25, 10]
    # the same folder with one process; the default part size holds all 60 in one part
    again = tmp_path / "again"
    assert (
        cqmap("extract", str(corpus), "--out-dir", str(again), "--part-size", "25").returncode == 0
    )
    assert {p: (again / p).read_bytes() for p in parts} == {
        p: (out / p).read_bytes() for p in parts
    }
    single = tmp_path / "single"
    assert cqmap("extract", str(corpus), "--out-dir", str(single)).returncode == 0
    assert PART_SIZE == 250 and (single / part_name(0)).read_bytes() == jsonl
    assert leftovers(tmp_path) == []


def test_out_dir_refuses_a_folder_it_did_not_write(corpus, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.md").write_text("my notes\n", encoding="utf-8")
    for extra in ([], ["--overwrite"]):
        result = cqmap("extract", str(corpus), "--out-dir", str(mine), *extra)
        assert result.returncode == 1
        assert len(errors_of(result)) == 1 and "mine" in errors_of(result)[0]
    assert [p.name for p in mine.iterdir()] == ["notes.md"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cqmap("extract", str(corpus), "--out-dir", str(empty)).returncode == 0
    # an input inside the output, or the output inside an input folder
    assert cqmap("extract", str(corpus), "--out-dir", str(corpus.parent)).returncode == 1
    assert cqmap("extract", str(corpus), "--out-dir", str(corpus / "r")).returncode == 1
    assert not (corpus / "r").exists()


def test_overwrite_replaces_only_its_own_parts(corpus, jsonl, tmp_path):
    out = tmp_path / "records"
    assert cqmap("extract", str(corpus), "--out-dir", str(out), "--part-size", "20").returncode == 0
    assert len(manifest_files(out)) == 3
    refused = cqmap("extract", str(corpus), "--out-dir", str(out), "--part-size", "40")
    assert refused.returncode == 1 and "--overwrite" in errors_of(refused)[0]
    # with --overwrite: two parts now, the third of the last run gone with it
    result = cqmap(
        "extract", str(corpus), "--out-dir", str(out), "--part-size", "40", "--overwrite"
    )
    assert result.returncode == 0, result.stderr.decode()
    assert manifest_files(out) == {part_name(0), part_name(1)}
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST_NAME, part_name(0), part_name(1)]
    assert (out / part_name(0)).read_bytes() + (out / part_name(1)).read_bytes() == jsonl
    # a file of the user's in it: refused even with --overwrite, and nothing lost
    (out / "notes.md").write_text("mine\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    refused = cqmap("extract", str(corpus), "--out-dir", str(out), "--overwrite")
    assert refused.returncode == 1 and "notes.md" in errors_of(refused)[0]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["-o", "r.json", "--out-dir", "parts"], "not both"),
        (["--out-dir", "parts", "--format", "json"], "JSON Lines"),
        (["--part-size", "10"], "--out-dir"),
        (["--part-size", "0", "--out-dir", "parts"], "0"),
    ],
)
def test_out_dir_usage_errors(args, words, tmp_path):
    result = cqmap("extract", str(SEEDS), *args, cwd=tmp_path)
    assert result.returncode == 2
    assert len(errors_of(result)) == 1 and words in errors_of(result)[0]
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_file_in_the_middle_is_one_line_and_an_error_record(corpus, jobs, tmp_path):
    """The bad file (read sixth of ten) is one line on stderr, its error record is the
    sixth record of every output, the others are written, and the status is 1."""
    folder = tmp_path / "mixed"
    names, bad = with_a_bad_file(corpus, folder, 9, after=4)
    good = cqmap("extract", *[str(folder / n) for n in names], "--format", "jsonl")
    assert good.returncode == 0, good.stderr.decode()
    expected = with_error_line(good.stdout, bad, after=4)
    assert expected.splitlines(keepends=True)[5] == error_line(bad)
    for args in (
        ["--format", "jsonl"],
        ["--format", "jsonl", "-o", str(tmp_path / "r.jsonl")],
        ["--format", "json"],
        ["--out-dir", str(tmp_path / "parts"), "--part-size", "4"],
    ):
        result = cqmap("-q", "extract", str(folder), "--jobs", jobs, *args)
        assert result.returncode == 1
        (line,) = errors_of(result)
        assert line == f"cqmap: error: {bad}: binary input (PNG image)"
        assert json.loads(error_line(bad))["error"] == line.removeprefix("cqmap: error: ")
        if "-o" in args:
            assert (tmp_path / "r.jsonl").read_bytes() == expected
        elif "--out-dir" in args:
            parts = [(tmp_path / "parts" / part_name(k)).read_bytes() for k in range(3)]
            assert [len(p.splitlines()) for p in parts] == [4, 4, 2]  # (the sixth: its error)
            assert b"".join(parts) == expected
        elif "json" in args:
            assert result.stdout == whole_json(expected)
        else:
            assert result.stdout == expected


def test_an_empty_file_and_stdin_that_cannot_be_read_get_error_records(corpus, tmp_path):
    """An empty file and stdin of a binary file: each an error record naming it as given
    (stdin's path null, as a record of stdin gives it), in input order among the others;
    a file gone by the time it is read (the library, given a list) the same."""
    first, second = sorted(corpus.iterdir())[:2]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    args = ["extract", str(first), str(empty), "-", str(second), "--format", "jsonl"]
    result = cqmap(*args, input=b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [first.stem, "empty", "stdin", second.stem]
    errors = [line.removeprefix("cqmap: error: ") for line in errors_of(result)]
    assert errors == [f"{empty}: empty input", "<stdin>: binary input (PNG image)"]
    assert records[1] == {"id": "empty", "path": str(empty), "error": errors[0]}
    assert records[2] == {"id": "stdin", "path": None, "error": errors[1]}
    assert list(records[1]) == list(records[2]) == ["id", "path", "error"]
    assert "title" in records[0] and "title" in records[3]

    from cqmap.geo.extract import extract_paths

    gone = str(tmp_path / "gone.txt")
    (result,) = extract_paths([gone])
    assert result.error == f"{gone}: No such file or directory"
    assert result.record == {"id": "gone", "path": gone, "error": result.error}


# --------------------------------------------------------------------------- killed runs
def _kill_when(proc: subprocess.Popen, ready, timeout: float = 120) -> list[int]:
    """SIGKILL ``proc`` once ``ready()`` holds; return the workers it had then."""
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "the run never got under way"
        time.sleep(0.05)
    workers = descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return workers


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="watches the run through /proc")
@pytest.mark.parametrize("target", ["file", "out-dir"])
def test_a_killed_run_leaves_no_partial_output(big_corpus, target, tmp_path):
    out = tmp_path / ("r.jsonl" if target == "file" else "records")
    args = ["-o", str(out)] if target == "file" else ["--out-dir", str(out), "--part-size", "50"]

    def temporary() -> list[Path]:
        return [p for p in tmp_path.iterdir() if p.name.startswith(f".{out.name}.cqmap-tmp-")]

    def under_way() -> bool:  # (records written, far from all of them)
        files = [f for t in temporary() for f in ([t] if t.is_file() else t.iterdir())]
        return sum(f.stat().st_size for f in files) > 100_000

    proc = start("extract", str(big_corpus), "--format", "jsonl", "--jobs", "2", *args)
    workers = _kill_when(proc, under_way)
    assert len(workers) == 2
    assert not out.exists()  # nothing partial where the output goes
    deadline = time.monotonic() + 30
    while any(alive(w) for w in workers):  # the workers end with their parent
        assert time.monotonic() < deadline, "workers outlived their killed parent"
        time.sleep(0.1)
    # the next run clears what the killed one left, and writes the whole
    result = cqmap("-q", "extract", str(big_corpus), "--format", "jsonl", "--jobs", "2", *args)
    assert result.returncode == 0, result.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]
    written = out.read_bytes() if target == "file" else (out / part_name(0)).read_bytes()
    assert json.loads(written.splitlines()[0])["id"].startswith("000000_")
    # killed while replacing it: the old output stays whole
    before = out.read_bytes() if target == "file" else (out / part_name(7)).read_bytes()
    proc = start("extract", str(big_corpus), "--format", "jsonl", "-j", "2", *args, "--overwrite")
    _kill_when(proc, under_way)
    after = out.read_bytes() if target == "file" else (out / part_name(7)).read_bytes()
    assert after == before


# (any text but lone surrogates, which no UTF-8 output can hold)
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_TEXT, _VALUES, max_size=6))
def test_records_are_the_bytes_the_standard_librarys_json_writes(record):
    """msgspec writes the records; the standard library's ``json`` is the reference for
    the bytes, compact and indented (a record holds strings, integers, booleans, nulls)."""
    from cqmap.geo.records import encode_json, encode_jsonl

    compact = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert encode_jsonl(record) == compact.encode("utf-8")
    indented = "  " + json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n  ")
    assert encode_json(record) == indented.encode("utf-8")


def test_the_seeds_records_are_the_bytes_the_standard_librarys_json_writes():
    from cqmap.geo.extract import default_corpus, extract_file
    from cqmap.geo.records import encode_json, encode_jsonl

    for path in default_corpus():
        record = extract_file(path)
        compact = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        assert encode_jsonl(record) == compact.encode("utf-8")
        indented = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n  ")
        assert encode_json(record) == ("  " + indented).encode("utf-8")
