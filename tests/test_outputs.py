"""A user's files are never lost: what cqmap replaces, what it refuses, and what it leaves
behind, all through the installed ``cqmap``."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from cqmap.geo.output import MANIFEST_NAME, manifest_files

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_8773d324a35f446d.txt"
EXE = shutil.which("cqmap")


def cqmap(*args, cwd, timeout=300):
    if EXE is None:
        pytest.fail("the cqmap executable is not installed (pip install .)")
    return subprocess.run(
        [EXE, "-q", *args], capture_output=True, cwd=cwd, timeout=timeout, text=True
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def project(tmp_path) -> Path:
    """A user's folder: an article, notes and a subfolder of their own."""
    proj = tmp_path / "proj"
    (proj / "drafts").mkdir(parents=True)
    shutil.copy(SEED, proj / "good.txt")
    (proj / "notes.md").write_text("my notes\n", encoding="utf-8")
    (proj / "drafts" / "plan.docx").write_bytes(b"PK\x03\x04 my plan")
    return proj


def test_overwrite_never_deletes_the_input_it_reads(project):
    before = snapshot(project)
    result = cqmap("build", "proj/good.txt", "-o", "proj", "--overwrite", cwd=project.parent)
    assert result.returncode == 1
    assert "proj/good.txt" in error_line(result)
    assert snapshot(project) == before


def test_overwrite_replaces_only_a_cqmap_output_holding_nothing_else(project, tmp_path):
    # a folder of the user's, given as the output: refused, every file named or counted
    result = cqmap("build", "proj", "-o", "mine", "--overwrite", cwd=tmp_path)
    assert result.returncode == 0, result.stderr  # (new folder)
    user = tmp_path / "user"
    shutil.copytree(project, user)
    before = snapshot(user)
    result = cqmap("build", "proj", "-o", "user", "--overwrite", cwd=tmp_path)
    assert result.returncode == 1
    line = error_line(result)
    assert "not a cqmap output" in line and "good.txt" in line
    assert snapshot(user) == before

    # a cqmap output with a user's file added: refused, naming the file
    out = tmp_path / "mine"
    assert manifest_files(out) is not None
    (out / "layers" / "my-style.qml").write_text("<qgis/>", encoding="utf-8")
    result = cqmap("build", "proj", "-o", "mine", "--overwrite", cwd=tmp_path)
    assert result.returncode == 1 and "layers/my-style.qml" in error_line(result)
    assert (out / "layers" / "my-style.qml").read_text(encoding="utf-8") == "<qgis/>"

    # nothing but cqmap's own files: replaced
    (out / "layers" / "my-style.qml").unlink()
    result = cqmap("build", "proj", "-o", "mine", "--overwrite", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    listed = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["files"]
    assert sorted(listed) == sorted(p for p in snapshot(out) if p != MANIFEST_NAME)


def test_outputs_are_never_read_back_and_never_nested_in_inputs(project, tmp_path):
    result = cqmap("build", "proj", "-o", "proj/out", cwd=tmp_path)
    assert result.returncode == 1 and "inside the input folder" in error_line(result)
    assert not (project / "out").exists()
    # a build moved into the corpus is skipped when the corpus is read
    assert cqmap("build", "proj", "-o", "site", cwd=tmp_path).returncode == 0
    shutil.move(tmp_path / "site", project / "site")
    result = cqmap("extract", "proj", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["good"]
    # file outputs: never an input, never an article inside an input folder
    for args, words in (
        (["extract", "proj/good.txt", "-o", "proj/good.txt", "--overwrite"], "one of the inputs"),
        (["map", "proj", "-o", "proj/overview.html"], "read it as an article"),
    ):
        before = snapshot(project)
        result = cqmap(*args, cwd=tmp_path)
        assert result.returncode == 1 and words in error_line(result), args
        assert snapshot(project) == before


@pytest.mark.parametrize(
    ("output", "words"),
    [(".", "current folder"), ("..", "current folder"), ("/proc", "mount point")],
)
def test_outputs_that_cannot_be_replaced_whole(project, output, words):
    before = snapshot(project)
    result = cqmap("build", "good.txt", "-o", output, "--overwrite", cwd=project)
    assert result.returncode == 1 and words in error_line(result)
    assert snapshot(project) == before


def test_output_checks_come_before_reading_any_input(tmp_path):
    """A named pipe as input blocks whoever reads it: a refusal that comes first returns."""
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "x.txt").write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    result = cqmap("build", "pipe.txt", "-o", "out", cwd=tmp_path, timeout=60)
    assert result.returncode == 1 and "not empty" in error_line(result)
    shutil.copy(SEED, tmp_path / "good.txt")
    result = cqmap("extract", "pipe.txt", "-o", "out/x.txt", cwd=tmp_path, timeout=60)
    assert result.returncode == 1 and "exists" in error_line(result)


def test_pairing_all_writes_every_map_or_none(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "news")
    assert cqmap("pairing", "--all", "news", "-o", "maps", cwd=tmp_path).returncode == 0
    names = sorted(p.name for p in (tmp_path / "maps").iterdir())
    assert len(names) >= 20
    shutil.rmtree(tmp_path / "maps")
    (tmp_path / "maps").mkdir()
    kept = names[len(names) // 2]
    (tmp_path / "maps" / kept).write_text("mine", encoding="utf-8")
    result = cqmap("pairing", "--all", "news", "-o", "maps", cwd=tmp_path)
    assert result.returncode == 1 and kept in error_line(result)
    assert [p.name for p in (tmp_path / "maps").iterdir()] == [kept]
    assert (tmp_path / "maps" / kept).read_text(encoding="utf-8") == "mine"


def test_symlinked_output_is_built_through_its_link(project, tmp_path):
    real = tmp_path / "real"
    assert cqmap("build", "proj", "-o", "real", cwd=tmp_path).returncode == 0
    (tmp_path / "link").symlink_to("real")
    for _ in range(2):
        result = cqmap("build", "proj", "-o", "link", "--overwrite", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "link").is_symlink() and manifest_files(real) is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "proj", "real"]


def test_kill_at_any_moment_leaves_the_old_or_the_new_output(project, tmp_path):
    assert cqmap("build", "proj", "-o", "out", cwd=tmp_path).returncode == 0
    started = time.monotonic()
    assert cqmap("build", "proj", "-o", "out", "--overwrite", cwd=tmp_path).returncode == 0
    duration = time.monotonic() - started
    rng = random.Random(12)
    for _ in range(12):
        proc = subprocess.Popen(
            [EXE, "-q", "build", "proj", "-o", "out", "--overwrite"],
            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.2, duration * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        out = tmp_path / "out"
        own = manifest_files(out)
        if own is None:  # only where the swap is two renames: the old output is parked
            assert not out.exists()
            assert any(".out.cqmap-old-" in p.name for p in tmp_path.iterdir())
        else:
            assert all((out / f).exists() for f in own)
    assert cqmap("build", "proj", "-o", "out", "--overwrite", cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "proj"]
    assert manifest_files(tmp_path / "out") is not None


def test_the_same_input_gives_the_same_bytes_on_any_machine_and_day(tmp_path):
    """Paths in the records do not name this machine's folders, and the date stamped on
    the outputs is the articles' newest, not the day of the run."""
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    result = subprocess.run(
        [EXE, "-q", "build", "-o", "out"], cwd=tmp_path, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    records = {"documents": [json.loads(line) for line in lines]}
    paths = [d["path"] for d in records["documents"]]
    assert paths == sorted(f"seeds/{p.name}" for p in (ROOT / "seeds").glob("*.txt"))
    dates = [d["date"] for d in records["documents"] if d["date"]]
    newest = max(d[:10] for d in dates if d[4] == "-")
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert f"· {newest} · cqmap" in index
    assert time.strftime("%Y-%m-%d") not in index  # (the seeds are older than today)


def test_a_few_bad_bytes_do_not_reject_an_article(tmp_path):
    """A stray byte, a Latin-1 é, a GBK character in a UTF-8 article: the article is read,
    the bytes replaced and counted, and one warning line names the file."""
    seed = SEED.read_bytes()
    (tmp_path / "news").mkdir()
    for name, bad in (
        ("stray", b"\xff"),
        ("latin", "é".encode("latin-1")),
        ("gbk", "中".encode("gbk")),
    ):
        (tmp_path / "news" / f"{name}.txt").write_bytes(seed[:900] + bad + seed[900:])
    result = cqmap("extract", "news", "-o", "r.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(warnings) == 3 and all("warning" in w and "replaced" in w for w in warnings)
    docs = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["documents"]
    assert [d["cleaning"]["bytes_replaced"] > 0 for d in docs] == [True] * 3
    assert all("万州区" in {r["name"] for r in d["regions"]} for d in docs)
