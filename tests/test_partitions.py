"""Partitions on any executor (:mod:`cqmap.geo.partitions`) and on dask (``--scheduler``,
:mod:`cqmap.geo.dask`), through the installed ``cqmap``: the same bytes whatever the
engine and the part size, a part written by the worker that read it (atomically, the
same bytes when written again), a worker killed mid-run (dask reads its partition again;
a process pool stops with one line and writes nothing), a bad file (one line, and its
error record at its place in every output, the same bytes on every engine), and the
one-line error without dask.

A dask scheduler and two ``dask worker`` processes (a nanny each) run on 127.0.0.1 for
the module; the corpus is 200 synthetic articles (``tests/synthetic.py``).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import reduce
from pathlib import Path

import pytest
from dask_cluster import HAVE_DASK, dask_cluster, needs_dask
from dask_cluster import workers_ready as _workers_ready
from procs import alive, children
from synthetic import error_line, make_corpus, with_a_bad_file, with_error_line

from cqmap.geo.output import MANIFEST_NAME, manifest_files
from cqmap.geo.records import part_name

ROOT = Path(__file__).resolve().parents[1]
EXE = shutil.which("cqmap")
ARTICLES = 200

if HAVE_DASK:
    import distributed


def cqmap(*args, cwd=None, timeout=600):
    if EXE is None:
        pytest.fail("the cqmap executable is not installed (pip install .)")
    return subprocess.run([EXE, "-q", *args], capture_output=True, cwd=cwd, timeout=timeout)


def start(*args) -> subprocess.Popen:
    if EXE is None:
        pytest.fail("the cqmap executable is not installed (pip install .)")
    return subprocess.Popen([EXE, "-q", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def lines_of(stderr: bytes) -> list[str]:
    return [line for line in stderr.decode().splitlines() if line.strip()]


def leftovers(folder: Path) -> list[str]:
    """cqmap's temporary files and folders anywhere below ``folder``."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if ".cqmap-" in p.name)


def parts_of(folder: Path) -> list[bytes]:
    names = sorted(manifest_files(folder))
    assert sorted(p.name for p in folder.iterdir()) == sorted([*names, MANIFEST_NAME])
    assert names == [part_name(k) for k in range(len(names))]
    return [(folder / name).read_bytes() for name in names]


def whole_json(jsonl: bytes) -> bytes:
    records = [json.loads(line) for line in jsonl.decode("utf-8").splitlines()]
    body = json.dumps({"documents": records}, ensure_ascii=False, indent=1) + "\n"
    return body.encode("utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("partitions") / "corpus"
    make_corpus(folder, ARTICLES)
    return folder


@pytest.fixture(scope="module")
def reference(corpus) -> bytes:
    """``--format jsonl`` of the corpus in one process: the bytes every engine must give."""
    result = cqmap("extract", str(corpus), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    assert len(result.stdout.splitlines()) == ARTICLES
    return result.stdout


# --------------------------------------------------------------------------- a dask cluster
@pytest.fixture(scope="module")
def scheduler(tmp_path_factory) -> Iterator[str]:
    """``tcp://127.0.0.1:PORT`` of a dask scheduler with two workers of one thread each,
    started for the module (processes of their own, stopped at the end)."""
    with dask_cluster(tmp_path_factory.mktemp("dask-logs")) as address:
        yield address


ENGINES = {
    "jobs-1": lambda scheduler: [],
    "jobs-2": lambda scheduler: ["--jobs", "2"],
    "local": lambda scheduler: ["--scheduler", "local", "--jobs", "2"],
    "remote": lambda scheduler: ["--scheduler", scheduler],
}


@pytest.fixture
def engine(request):
    """The options of an engine (the dask cluster only when it is asked for)."""
    name = request.param
    if name in ("local", "remote"):
        needs_dask()
    address = request.getfixturevalue("scheduler") if name == "remote" else None
    return ENGINES[name](address)


# --------------------------------------------------------------------------- the same bytes
@pytest.mark.parametrize(
    ("engine", "size"),
    [
        ("jobs-1", 50),
        ("jobs-2", 1),
        ("jobs-2", 30),
        ("jobs-2", 250),
        ("local", 30),
        ("remote", 7),
        ("remote", 64),
    ],
    indirect=["engine"],
)
def test_parts_concatenated_are_the_jsonl_whatever_the_engine(
    corpus, reference, engine, size, tmp_path
):
    out = tmp_path / "records"
    result = cqmap("extract", str(corpus), "--out-dir", str(out), "--part-size", str(size), *engine)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    parts = parts_of(out)
    assert len(parts) == math.ceil(ARTICLES / size)
    assert b"".join(parts) == reference
    lines = reference.splitlines(keepends=True)
    for k, part in enumerate(parts):  # part k: the documents k*size to k*size+size-1
        assert part == b"".join(lines[k * size : (k + 1) * size])
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("engine", ["jobs-2", "local", "remote"], indirect=True)
def test_single_file_outputs_are_the_bytes_of_one_process(corpus, reference, engine, tmp_path):
    piped = cqmap("extract", str(corpus), "--format", "jsonl", *engine)
    assert piped.returncode == 0, piped.stderr.decode()
    assert piped.stdout == reference
    out = tmp_path / "r.json"
    to_file = cqmap("extract", str(corpus), "-o", str(out), *engine)
    assert to_file.returncode == 0 and to_file.stdout == b"", to_file.stderr.decode()
    assert out.read_bytes() == whole_json(reference)
    assert leftovers(tmp_path) == []


def test_workers_elsewhere_read_relative_paths_from_where_they_were_given(
    corpus, scheduler, tmp_path
):
    """The dask workers run in another folder: a relative path is read from the folder
    the command ran in, and the records and messages give it as it was given."""
    relative = ["corpus/" + name for name in sorted(os.listdir(corpus))[:12]]
    args = ["extract", *relative, "--format", "jsonl"]
    one = cqmap(*args, cwd=corpus.parent)
    dask = cqmap(*args, "--scheduler", scheduler, cwd=corpus.parent)
    assert one.returncode == dask.returncode == 0, dask.stderr.decode()
    assert dask.stdout == one.stdout
    assert [json.loads(line)["path"] for line in dask.stdout.splitlines()] == relative


def test_a_rerun_with_overwrite_gives_the_same_folder(corpus, reference, tmp_path):
    out = tmp_path / "records"
    args = ["extract", str(corpus), "--out-dir", str(out), "--part-size", "30", "--jobs", "2"]
    assert cqmap(*args).returncode == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    refused = cqmap(*args)
    assert refused.returncode == 1 and "--overwrite" in lines_of(refused.stderr)[0]
    again = cqmap(*args, "--overwrite")
    assert again.returncode == 0, again.stderr.decode()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first
    assert b"".join(parts_of(out)) == reference
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("engine", ["jobs-1", "jobs-2", "local", "remote"], indirect=True)
def test_a_bad_file_is_one_line_and_an_error_record_at_its_place(corpus, engine, tmp_path):
    """Read fourteenth of thirty, the bad file is one line on stderr and its error record
    is the fourteenth record (the second of part 3), whatever the engine: the parts
    concatenated are the jsonl, and the status is 1."""
    folder = tmp_path / "mixed"
    names, bad = with_a_bad_file(corpus, folder, 29, after=12)
    good = cqmap("extract", *[str(folder / n) for n in names], "--format", "jsonl")
    assert good.returncode == 0, good.stderr.decode()
    expected = with_error_line(good.stdout, bad, after=12)
    out = tmp_path / "parts"
    result = cqmap("extract", str(folder), "--out-dir", str(out), "--part-size", "4", *engine)
    assert result.returncode == 1
    (line,) = lines_of(result.stderr)
    assert line == f"cqmap: error: {bad}: binary input (PNG image)"
    parts = parts_of(out)
    assert [len(p.splitlines()) for p in parts] == [4] * 7 + [2]
    assert parts[3].splitlines(keepends=True)[1] == error_line(bad)
    assert b"".join(parts) == expected
    single = cqmap("extract", str(folder), "--format", "jsonl", *engine)
    assert single.returncode == 1 and single.stdout == expected
    assert lines_of(single.stderr) == [line]
    whole = tmp_path / "r.json"
    to_file = cqmap("extract", str(folder), "-o", str(whole), *engine)
    assert to_file.returncode == 1 and whole.read_bytes() == whole_json(expected)
    assert leftovers(tmp_path) == []


# --------------------------------------------------------------------------- killed workers
def _holders(path: Path) -> set[int]:
    """The processes (other than this one) with ``path`` open (Linux ``/proc``)."""
    found = set()
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            fds = os.listdir(f"/proc/{entry.name}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"/proc/{entry.name}/fd/{fd}") == str(path):
                    found.add(int(entry.name))
            except OSError:
                continue
    return found


def _wait_for(condition, what: str, proc: subprocess.Popen, timeout: float = 120):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if proc.poll() is not None:
            pytest.fail(f"the run ended before {what}: {proc.stderr.read().decode()}")
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


class Stalled:
    """One article of the corpus made a named pipe: the worker reading it waits in
    ``read`` (the test holds the pipe open both ways, so that opening it does not wait)
    until :meth:`release` writes the article into it and closes it."""

    def __init__(self, corpus: Path, tmp_path: Path, index: int) -> None:
        self.folder = tmp_path / "stalled"
        shutil.copytree(corpus, self.folder)
        self.paths = [str(p) for p in sorted(self.folder.iterdir())]
        self.fifo = Path(self.paths[index])
        self.content = self.fifo.read_bytes()
        assert len(self.content) < 60_000  # (it fits in the pipe's buffer)
        self.fifo.unlink()
        os.mkfifo(self.fifo)
        self.fd = os.open(self.fifo, os.O_RDWR)  # (not inherited by the run)

    def readers(self) -> set[int]:
        return _holders(self.fifo)

    def release(self) -> None:
        os.write(self.fd, self.content)
        self.close()

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


@pytest.fixture
def stalled(corpus, tmp_path):
    if not os.path.isdir("/proc") or not hasattr(os, "mkfifo"):
        pytest.skip("watches the workers through /proc and a named pipe")
    made = Stalled(corpus, tmp_path, index=107)  # (partition 5 of 20-document parts)
    yield made
    made.close()


@pytest.fixture(scope="module")
def stalled_reference(corpus, tmp_path_factory) -> bytes:
    """``--format jsonl`` of the corpus as :class:`Stalled` lists it (the same file
    names), read in one process while every article is a plain file."""
    folder = tmp_path_factory.mktemp("stalled-ref") / "stalled"
    shutil.copytree(corpus, folder)
    paths = [str(p) for p in sorted(folder.iterdir())]
    result = cqmap("extract", *paths, "--format", "jsonl")
    assert result.returncode == 0
    return result.stdout.replace(str(folder).encode(), b"@FOLDER@")


def _work_folders(tmp_path: Path, name: str) -> list[Path]:
    return [p for p in tmp_path.iterdir() if p.name.startswith(f".{name}.cqmap-tmp-")]


@pytest.mark.parametrize("engine", ["local", "remote"], indirect=True)
def test_dask_reads_a_killed_workers_partition_again(stalled, stalled_reference, engine, tmp_path):
    out = tmp_path / "records"
    proc = start("extract", *stalled.paths, "--out-dir", str(out), "--part-size", "20", *engine)
    (reader,) = _wait_for(stalled.readers, "a worker reads the stalled article", proc)
    # the worker is in the middle of partition 5: its part is open under a temporary name
    (work,) = _work_folders(tmp_path, out.name)
    assert [p.name for p in work.iterdir() if p.name.startswith(f".{part_name(5)}.")]
    os.kill(reader, signal.SIGKILL)
    again = _wait_for(lambda: stalled.readers() - {reader}, "dask runs the partition again", proc)
    assert reader not in again
    stalled.release()
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert err == b""
    folder = str(stalled.folder).encode()
    assert b"".join(parts_of(out)).replace(folder, b"@FOLDER@") == stalled_reference
    assert leftovers(tmp_path) == []  # (the killed worker's temporary part removed)
    if engine[1] != "local":
        _workers_ready(engine[1])  # (its nanny started the worker again)


def test_dask_chatter_in_the_callers_process_stays_off_stderr(scheduler):
    """What dask logs in the process running the client (a heartbeat late under load, a
    comm closed as a worker dies) does not reach its stderr while the client runs; dask's
    logging is the caller's again afterwards."""
    script = (
        "import logging\n"
        "from cqmap.geo.dask import client_executor\n"
        "chatter = logging.getLogger('distributed.core')\n"
        f"with client_executor({scheduler!r}) as executor:\n"
        "    assert executor.submit(len, 'abc').result() == 3\n"
        "    chatter.warning('said during the run')\n"
        "chatter.warning('said after the run')\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300)
    assert run.returncode == 0, run.stderr.decode()
    assert "said during the run" not in run.stderr.decode()
    assert "said after the run" in run.stderr.decode()


@pytest.mark.parametrize("target", ["out-dir", "file"])
def test_a_killed_pool_worker_stops_the_run_with_one_line(stalled, target, tmp_path):
    out = tmp_path / ("records" if target == "out-dir" else "r.jsonl")
    where = (
        ["--out-dir", str(out), "--part-size", "20"] if target == "out-dir" else ["-o", str(out)]
    )
    proc = start("extract", *stalled.paths, "--format", "jsonl", "--jobs", "2", *where)
    (reader,) = _wait_for(stalled.readers, "a worker reads the stalled article", proc)
    workers = _wait_for(lambda: children(proc.pid), "the workers", proc)
    assert reader in workers and len(workers) == 2
    os.kill(reader, signal.SIGKILL)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1
    assert len(lines_of(err)) == 1, err.decode()
    (line,) = lines_of(err)
    assert line.startswith("cqmap: error: a worker process ended"), line
    assert not out.exists()  # nothing partial, and no temporary file or folder
    assert [p.name for p in tmp_path.iterdir()] == ["stalled"]
    for pid in workers:  # the other worker was stopped with the pool
        assert not alive(pid)


# --------------------------------------------------------------------------- the Python API
def test_a_partition_writes_its_part_atomically_and_again_the_same(corpus, reference, tmp_path):
    from cqmap.geo.extract import expand_paths
    from cqmap.geo.partitions import extract_partition, partition_paths

    parts = partition_paths(expand_paths([corpus]), size=30)
    assert [len(p) for p in parts] == [30] * 6 + [20]
    assert [p.start for p in parts] == list(range(0, ARTICLES, 30))
    third = parts[2]
    written = extract_partition(third, out_dir=tmp_path)
    assert (written.part, written.documents, written.records) == (part_name(2), 30, 30)
    assert written.items == () and written.messages == ()
    first = (tmp_path / part_name(2)).read_bytes()
    summary_only = extract_partition(third, summarize=True, return_records=False)
    assert summary_only.items == () and summary_only.records == 30
    assert summary_only.summary.document_count == 30
    with pytest.raises(ValueError, match="return_records"):
        extract_partition(third, out_dir=tmp_path, return_records=False)
    assert first == b"".join(reference.splitlines(keepends=True)[60:90])
    again = extract_partition(third, out_dir=tmp_path)  # (a partition run a second time)
    assert again == written
    assert sorted(p.name for p in tmp_path.iterdir()) == [part_name(2)]
    assert (tmp_path / part_name(2)).read_bytes() == first
    returned = extract_partition(third)  # (no folder: the bytes come back)
    assert returned.data == first and returned.part is None
    assert [r.data for r in returned.results(third)] == first.splitlines(keepends=True)
    as_dicts = extract_partition(third, fmt=None)
    assert [r["id"] for r in as_dicts.items] == list(third.ids)
    with pytest.raises(ValueError, match="jsonl"):
        extract_partition(third, out_dir=tmp_path, fmt="json")


def test_results_come_in_partition_order_on_any_executor(corpus, reference):
    from cqmap.geo.extract import expand_paths
    from cqmap.geo.partitions import partition_paths, run_partitions

    parts = partition_paths(expand_paths([corpus]), size=9)
    with ThreadPoolExecutor(4) as executor:
        results = list(run_partitions(parts, executor=executor, ahead=3))
    assert [r.index for r in results] == list(range(len(parts)))
    assert b"".join(r.data for r in results) == reference
    inline = list(run_partitions(parts[:3], executor=None, fmt=None))
    assert [len(r.items) for r in inline] == [9, 9, 9]


def test_guided_partitions_shrink_towards_the_end_and_cover_every_input():
    from cqmap.geo.partitions import partition_paths

    paths = [f"a{k}.txt" for k in range(2000)]
    parts = partition_paths(paths, workers=2)
    sizes = [len(p) for p in parts]
    assert sizes[0] == 250 and sizes[-2:] == [4, 3] and sizes == sorted(sizes, reverse=True)
    assert [path for p in parts for path in p.paths] == paths
    assert [p.index for p in parts] == list(range(len(parts)))
    with_stdin = partition_paths(["x.txt", "-", "y.txt"], size=1, stdin=b"text")
    assert [p.stdin for p in with_stdin] == [None, b"text", None]
    assert [p.ids for p in with_stdin] == [("x",), ("stdin",), ("y",)]


def test_a_summary_per_partition_merges_into_the_corpus_summary(corpus):
    from cqmap.geo.extract import expand_paths, extract_paths
    from cqmap.geo.partitions import partition_paths, run_partitions
    from cqmap.geo.summary import Summary, merge_all

    paths = expand_paths([corpus])[:60]
    results = run_partitions(partition_paths(paths, size=7), executor=None, summarize=True)
    summaries = [result.summary for result in results]
    before = [s.to_json() for s in summaries]
    merged = merge_all(summaries)
    whole = Summary.from_records(r.record for r in extract_paths(paths))
    assert merged == whole and merged.document_count == 60
    assert [s.to_json() for s in summaries] == before  # (merging changed none of them)
    assert merge_all(iter(summaries)) == reduce(Summary.merge, summaries) == whole


def test_the_dask_bag_gives_the_parts_and_summary_of_the_command(
    corpus, reference, scheduler, tmp_path
):
    import cqmap as api
    from cqmap.geo.extract import expand_paths, extract_paths
    from cqmap.geo.summary import Summary

    assert api.dask.__name__ == "cqmap.geo.dask"
    with distributed.Client(scheduler, timeout=60):  # (the bag runs on the two workers)
        bag = api.dask.read_articles([corpus], partition_size=30)
        assert bag.npartitions == 7
        names = api.dask.to_jsonl(bag, tmp_path / "records")
        summary = api.dask.summarize(bag)
    assert names == [part_name(k) for k in range(7)]
    cli = tmp_path / "cli"
    result = cqmap("extract", str(corpus), "--out-dir", str(cli), "--part-size", "30")
    assert result.returncode == 0, result.stderr.decode()
    assert parts_of(tmp_path / "records") == parts_of(cli)
    assert b"".join(parts_of(cli)) == reference
    paths = expand_paths([corpus])
    assert summary == Summary.from_records(r.record for r in extract_paths(paths))
    assert leftovers(tmp_path) == []


def test_the_dask_bag_holds_the_error_record_of_a_bad_file(corpus, scheduler, tmp_path):
    """The bag has the bad file's error record at its place, as the command's records do:
    to_jsonl writes the command's parts, and summarize counts it as the command's build
    and ``cqmap summarize`` do."""
    import cqmap as api
    from cqmap.geo.records import is_error_record
    from cqmap.geo.summary import Summary

    folder = tmp_path / "mixed"
    names, bad = with_a_bad_file(corpus, folder, 11, after=6)  # (read eighth of twelve)
    with distributed.Client(scheduler, timeout=60):
        bag = api.dask.read_articles([folder], partition_size=5)
        records = bag.compute()
        api.dask.to_jsonl(bag, tmp_path / "records")
        summary = api.dask.summarize(bag)
        read = bag.remove(is_error_record).pluck("id").compute()
    assert [r["id"] for r in records] == sorted([bad.stem, *(n[:-4] for n in names)])
    assert records[7] == json.loads(error_line(bad))
    assert read == [r["id"] for r in records if r["id"] != bad.stem]
    cli = tmp_path / "cli"
    result = cqmap("extract", str(folder), "--out-dir", str(cli), "--part-size", "5")
    assert result.returncode == 1
    assert parts_of(tmp_path / "records") == parts_of(cli)
    assert summary == Summary.from_records(records)
    assert (summary.document_count, summary.error_count) == (11, 1)
    assert summary.errors == {bad.stem: {"path": str(bad), "error": records[7]["error"]}}
    summarized = cqmap("summarize", str(cli), "-o", str(tmp_path / "s.json"))
    assert summarized.returncode == 0, summarized.stderr.decode()
    assert Summary.load(tmp_path / "s.json") == summary


# --------------------------------------------------------------------------- without dask, and usage
def test_without_dask_scheduler_is_one_line_saying_what_to_install(corpus, tmp_path):
    hide = (
        "import sys\n"
        "sys.modules.update(dask=None, distributed=None)\n"  # (import dask fails)
        "from cqmap.cli.main import cqmap\n"
        f"cqmap(['extract', {str(corpus)!r}, '--scheduler', 'local', '-o', 'r.json'])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", hide], capture_output=True, text=True, cwd=tmp_path, timeout=300
    )
    assert out.returncode == 1
    (line,) = [line for line in out.stderr.splitlines() if line.strip()]
    assert line.startswith("cqmap: error: ") and "pip install 'cqmap[dask]'" in line
    assert list(tmp_path.iterdir()) == []


def test_import_cqmap_imports_no_dask_until_asked():
    code = (
        "import sys, cqmap\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')]\n"
        "assert 'cqmap.geo.extract' not in sys.modules\n"
        "assert 'dask' in dir(cqmap)\n"
        "module = cqmap.dask\n"
        "assert module.__name__ == 'cqmap.geo.dask' and module is sys.modules['cqmap.geo.dask']\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and out.stdout == "ok\n", out.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--scheduler", "somewhere"], "--scheduler"),
        (["--scheduler", "tcp://127.0.0.1:1", "--jobs", "2"], "--jobs"),
    ],
)
def test_scheduler_usage_errors(args, words, tmp_path):
    result = cqmap("extract", str(ROOT / "seeds"), *args, cwd=tmp_path)
    assert result.returncode == 2
    (line,) = lines_of(result.stderr)
    assert words in line
    assert list(tmp_path.iterdir()) == []
