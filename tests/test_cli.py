"""The cqmap command line, through click's CliRunner and the installed executable."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cqmap.cli.main import cqmap
from cqmap.layers.model import LAYER_NAMES

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
COMMANDS = ["build", "extract", "layers", "map", "pairing", "places", "summarize"]
EXE = shutil.which("cqmap")


def run(*args, input=None, env=None):
    return CliRunner().invoke(cqmap, list(args), input=input, env=env, catch_exceptions=False)


def cqmap_exe(*args, cwd=None, input=None, env=None):
    if EXE is None:
        pytest.fail("the cqmap executable is not installed (pip install .)")
    return subprocess.run(
        [EXE, *args], capture_output=True, cwd=cwd, input=input, timeout=900,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


# --------------------------------------------------------------------------- help and version
@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_every_help_has_an_example_and_no_warning(command):
    out = subprocess.run(
        [sys.executable, "-W", "error", "-c", "from cqmap.cli.main import cqmap; cqmap()", *command, "--help"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "Example:" in out.stdout and out.stderr == ""


@pytest.mark.parametrize(
    ("command", "needs_maps"),
    [
        (["extract", str(SEEDS)], False),
        (["places", "开州"], False),
        (["map", "-o", "m.html"], True),
    ],
)
def test_only_the_drawing_commands_load_the_mapping_stack(command, needs_maps, tmp_path):
    """extract and places start in a fraction of a second: the installed cqmap imports
    no geopandas, folium or layers for them (Python lists every import it makes)."""
    out = cqmap_exe(*command, cwd=tmp_path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert out.returncode == 0, out.stderr.decode()
    imported = {
        line.rsplit("|", 1)[1].strip()
        for line in out.stderr.decode().splitlines()
        if line.startswith("import time:")
    }
    assert "cqmap.cli.main" in imported  # (the listing works)
    assert bool(imported & {"folium", "geopandas", "cqmap.layers"}) == needs_maps


# What a command's help may import: neither the mapping stack nor the reading modules
# (the gazetteer and pattern tables), and no look-up of the installed version.
HEAVY = {"geopandas", "folium", "shapely", "pyproj", "pandas", "numpy", "cqmap.layers"}


def imported_modules(stderr: bytes) -> set[str]:
    """Every module Python imported (``-X importtime``: one line each, nested or not)."""
    return {
        line.rsplit("|", 1)[1].strip()
        for line in stderr.decode().splitlines()
        if line.startswith("import time:")
    }


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_help_imports_neither_the_mapping_stack_nor_the_readers(command, tmp_path):
    """``cqmap --help`` lists the commands without importing any of them, and no help
    imports geopandas, folium, shapely, pyproj, the reading modules or importlib.metadata
    (the installed cqmap; Python lists every import it makes, ``-X importtime``)."""
    out = cqmap_exe(*command, "--help", cwd=tmp_path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert out.returncode == 0, out.stderr.decode()
    imported = imported_modules(out.stderr)
    assert "cqmap.cli.main" in imported
    assert not imported & HEAVY, imported & HEAVY
    assert not {m for m in imported if m.startswith("cqmap.layers")}
    assert not imported & {
        "cqmap.geo.extract",
        "cqmap.geo.matcher",
        "cqmap.geo.clean",
        "importlib.metadata",
    }
    if not command:  # (every command module imports cli.options, or cli.main alone)
        assert not imported & {"cqmap.cli.options", "cqmap.geo.gazetteer", "cqmap.geo.output"}
        assert b"Commands:" in out.stdout
    else:
        assert b"Example:" in out.stdout


def test_the_listing_shows_each_commands_own_short_help():
    """``cqmap --help`` lists the one-line helps without importing the commands: they are
    the ones the commands carry."""
    from cqmap.cli.main import COMMANDS as MODULES
    from cqmap.cli.main import SHORT_HELP

    listing = run("--help").output
    width = max(map(len, MODULES))  # (click pads the names to the longest)
    for name, module in MODULES.items():
        command = __import__(module, fromlist=["command"]).command
        assert command.get_short_help_str() == SHORT_HELP[name]
        assert f"  {name:<{width}}  {SHORT_HELP[name]}" in listing
    assert "cqmap.gpkg" in run("layers", "--help").output
    from cqmap.layers.export import GEOPACKAGE_NAME

    assert GEOPACKAGE_NAME == "cqmap.gpkg"


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.output.startswith("cqmap ")
    from importlib import metadata

    assert result.output == f"cqmap {metadata.version('cqmap')}\n"


# --------------------------------------------------------------------------- the main job
def test_build_writes_every_promised_file(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cqmap, ["build", "-o", str(out)], env={"SOURCE_DATE_EPOCH": "1700000000"}
    )
    assert result.exit_code == 0, result.output
    assert "index.html" in result.output or "index.html" in (result.stderr or "")
    files = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}
    for name in LAYER_NAMES:
        assert f"layers/{name}.geojson" in files and f"layers/{name}.qml" in files
    assert {
        "index.html", "overview.html", "cqmap.gpkg", "cqmap.qgz", "records.jsonl", "summary.json"
    } <= files  # fmt: skip
    pairing_maps = [f for f in files if f.startswith("pairings/")]
    assert len(pairing_maps) >= 20
    index = (out / "index.html").read_text(encoding="utf-8")
    for link in ("overview.html", "cqmap.gpkg", "cqmap.qgz", "records.jsonl", "summary.json",
                 pairing_maps[0]):  # fmt: skip
        assert link in index
    assert "documents" in index and "两江新区" in index
    # the same again is refused, then replaced byte for byte with --overwrite
    again = CliRunner().invoke(cqmap, ["build", "-o", str(out)])
    assert again.exit_code == 1 and "--overwrite" in again.output
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    result = CliRunner().invoke(
        cqmap, ["build", "-o", str(out), "--overwrite"], env={"SOURCE_DATE_EPOCH": "1700000000"}
    )
    assert result.exit_code == 0
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert before == after
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temporary folder left


def test_installed_executable_makes_a_pairing_map(tmp_path):
    result = cqmap_exe("pairing", "渝北", "云阳", "-o", str(tmp_path / "p.html"))
    assert result.returncode == 0, result.stderr.decode()
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "渝北区" in html and "云阳县" in html and "研发在渝北、生产在云阳" in html
    by_code = cqmap_exe("pairing", "500112", "云阳县", "-o", str(tmp_path / "q.html"))
    assert by_code.returncode == 0
    assert (tmp_path / "q.html").read_bytes() == (tmp_path / "p.html").read_bytes()


def test_installed_executable_builds_into_out_by_default(tmp_path):
    result = cqmap_exe("-q", "build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "out" / "index.html").is_file()
    assert result.stdout == b""  # logs go to stderr


def test_pairing_all(tmp_path):
    result = run("pairing", "--all", "-o", str(tmp_path / "maps"))
    assert result.exit_code == 0
    assert len(list((tmp_path / "maps").glob("*.html"))) >= 20


# --------------------------------------------------------------------------- the other commands
def test_extract_json_jsonl_and_stdin(tmp_path):
    result = run("extract", str(SEEDS / "002_f8a72875693deaa6.txt"))
    assert result.exit_code == 0
    doc = json.loads(result.output)["documents"][0]
    assert doc["id"] == "002_f8a72875693deaa6" and doc["pairings"]
    lines = run("extract", str(SEEDS), "--format", "jsonl").output.splitlines()
    assert len(lines) == 5
    article = "九龙坡区与城口县签署对口协同协议。".encode("gb18030")
    piped = cqmap_exe("extract", "-", input=article)
    assert piped.returncode == 0
    assert json.loads(piped.stdout)["documents"][0]["pairings"][0]["b"] == "城口县"
    out = tmp_path / "r.json"
    assert run("extract", str(SEEDS), "-o", str(out), "--jobs", "2").exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][4]["id"].startswith("004")


def test_layers_geojson_and_gpkg(tmp_path):
    assert run("layers", "-o", str(tmp_path / "g")).exit_code == 0
    assert {p.name for p in (tmp_path / "g").iterdir()} == {
        f"{n}.{e}" for n in LAYER_NAMES for e in ("geojson", "qml")
    }
    assert run("layers", "-o", str(tmp_path / "p"), "--format", "gpkg").exit_code == 0
    assert [p.name for p in (tmp_path / "p").iterdir()] == ["cqmap.gpkg"]


def test_installed_executable_draws_an_air_cargo_line(tmp_path):
    """A freight line flown, through the installed cqmap: a route of mode air in the
    routes layer, with its own category in the layer's QGIS style."""
    article = tmp_path / "air.txt"
    article.write_text(
        "一架货机离开江北国际机场飞往欧洲,重庆—上海—列日国际货运航线由此开通。",
        encoding="utf-8",
    )
    done = cqmap_exe("layers", str(article), "-o", str(tmp_path / "g"))
    assert done.returncode == 0, done.stderr.decode()
    routes = json.loads((tmp_path / "g" / "routes.geojson").read_text(encoding="utf-8"))
    (route,) = routes["features"]
    assert (route["properties"]["origin"], route["properties"]["mode"]) == ("江北国际机场", "air")
    assert 'value="air"' in (tmp_path / "g" / "routes.qml").read_text(encoding="utf-8")


def test_map_to_stdout_and_file(tmp_path):
    result = run("map", "--tiles", "none")
    assert result.exit_code == 0 and result.output.startswith("<!DOCTYPE html>")
    assert run("map", "-o", str(tmp_path / "m.html"), "--offline").exit_code == 0
    assert (tmp_path / "m.html").stat().st_size > 500_000


def test_places_lookup():
    result = run("places", "开州")
    assert result.exit_code == 0
    assert "500154" in result.output and "开县" in result.output and "江津区" in result.output
    rows = json.loads(run("places", "港", "--level", "port", "--format", "json").output)
    assert "果园港" in {r["name"] for r in rows}
    geojson = json.loads(run("places", "--level", "district", "--format", "geojson").output)
    assert len(geojson["features"]) == 38
    unknown_level = run("places", "--level", "town")
    assert unknown_level.exit_code == 2 and "'town' is not one of" in unknown_level.output


# --------------------------------------------------------------------------- bad input
def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    return lines[0]


def test_missing_file_is_a_usage_error(tmp_path):
    result = cqmap_exe("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "nope.txt" in one_line(result.stderr.decode()) and b"Traceback" not in result.stderr


def test_empty_folder_is_a_usage_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = cqmap_exe("build", str(tmp_path / "empty"), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "no articles" in one_line(result.stderr.decode())
    assert not (tmp_path / "out").exists()


def test_unknown_place_suggests_the_real_name(tmp_path):
    result = cqmap_exe("pairing", "万洲", "云阳", "-o", str(tmp_path / "p.html"))
    assert result.returncode == 2
    line = one_line(result.stderr.decode())
    assert "unknown region '万洲'; did you mean 万州区?" in line
    assert not (tmp_path / "p.html").exists()


def test_unwritable_output_folder(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        # root writes through permissions; /proc refuses new files to everyone
        target = locked if not os.access(locked, os.W_OK) else Path("/proc")
        for args in (["map", "-o", str(target / "m.html")], ["build", "-o", str(target / "out")]):
            result = cqmap_exe(*args)
            assert result.returncode == 1, args
            assert "error" in one_line(result.stderr.decode())
        assert not (target / "m.html").exists() and not (target / "out").exists()
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_output_that_cannot_be_created_leaves_nothing(tmp_path):
    # a file where the output folder's parent should be: fails whoever runs it
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    result = cqmap_exe("build", "-o", str(blocker / "out"))
    assert result.returncode == 1
    one_line(result.stderr.decode())
    assert blocker.read_text() == "x"
    result = cqmap_exe("map", "-o", str(blocker / "m.html"))
    assert result.returncode == 1
    one_line(result.stderr.decode())


def test_bad_files_are_reported_and_the_rest_is_done(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "000_8773d324a35f446d.txt", corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    result = cqmap_exe("extract", str(corpus), "-o", str(tmp_path / "r.json"))
    assert result.returncode == 1
    errors = [line for line in result.stderr.decode().splitlines() if "error:" in line]
    assert errors == [
        f"cqmap: error: {corpus / 'binary.txt'}: binary input (PNG image)",
        f"cqmap: error: {corpus / 'empty.txt'}: empty input",
    ]
    assert "1 document(s) and 2 error record(s)" in result.stderr.decode()
    docs = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["documents"]
    assert [d["id"] for d in docs] == ["binary", "empty", "good"]
    for doc, error in zip(docs, errors):  # (an error record: its id, path and error only)
        name = f"{doc['id']}.txt"
        assert doc == {"id": doc["id"], "path": str(corpus / name), "error": error[14:]}
        assert list(doc) == ["id", "path", "error"]
    assert docs[2]["pairings"] and "error" not in docs[2]
    # the drawing commands read through the same partitions: the same lines, status 1
    drawn = cqmap_exe("map", str(corpus), "-o", str(tmp_path / "m.html"))
    assert drawn.returncode == 1 and (tmp_path / "m.html").is_file()
    assert [line for line in drawn.stderr.decode().splitlines() if "error:" in line] == errors
    summary = cqmap_exe("summarize", str(tmp_path / "r.json"))
    assert summary.returncode == 0, summary.stderr.decode()
    counted = json.loads(summary.stdout)
    assert counted["documents"]["count"] == 1 and counted["documents"]["ids"] == ["good"]
    assert [e["id"] for e in counted["errors"]] == ["binary", "empty"]


def test_traceback_only_with_verbose(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    quiet = cqmap_exe("map", "-o", str(blocker / "m.html"))
    loud = cqmap_exe("-v", "map", "-o", str(blocker / "m.html"))
    assert b"Traceback" not in quiet.stderr
    assert loud.returncode == 1


def test_a_bug_keeps_its_traceback(tmp_path):
    """Only cqmap's own errors (and the system's) become one line: an error from a bug,
    here a ValueError planted in the extractor, shows its traceback without -v."""
    plant = (
        "import cqmap.geo.extract\n"
        "def broken(*a, **k):\n"
        "    raise ValueError('planted bug')\n"
        "cqmap.geo.extract.extract_paths = broken\n"
        "from cqmap.cli.main import cqmap\n"
        f"cqmap(['extract', {str(SEEDS)!r}, '-o', 'r.json'])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", plant], capture_output=True, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert out.returncode == 1
    assert "Traceback" in out.stderr and "ValueError: planted bug" in out.stderr
    assert "cqmap: error" not in out.stderr
    assert list(tmp_path.iterdir()) == []  # (and no partial output)


def test_progress_bar_only_on_a_terminal(tmp_path):
    piped = cqmap_exe("extract", str(SEEDS), "-o", str(tmp_path / "r.json"))
    assert piped.returncode == 0 and b"reading" not in piped.stderr
    import pty

    controller, worker = pty.openpty()
    proc = subprocess.run(
        [EXE, "extract", str(SEEDS), "-o", str(tmp_path / "t.json")],
        stdout=subprocess.PIPE, stderr=worker, timeout=300,
    )  # fmt: skip
    os.close(worker)
    shown = b""
    try:
        while True:
            chunk = os.read(controller, 4096)
            if not chunk:
                break
            shown += chunk
    except OSError:
        pass
    os.close(controller)
    assert proc.returncode == 0 and b"reading" in shown
