"""Records as Parquet tables (:mod:`cqmap.geo.tables`, ``cqmap extract --out-dir DIR
--format parquet``), through the installed ``cqmap``: the files hold the declared
schemas; the tables hold exactly the facts of the JSON Lines records (each record is
rebuilt from the rows, here, independently of the code that flattens it, and compared
with the JSON); the same bytes from two runs and from every engine; each table's folder
is one dataset; the usage error; a bad file (a documents row with its error, as its error
record); the one-line error without pyarrow; the
``--overwrite`` rules; what a record that does not fit is told.

The corpus: 60 articles made from the seeds (``tests/synthetic.py``) and one article
written for these tests, in GBK, with what the seeds lack (a name two places hold, a
route with stops and a corridor, a derived port, an opening year taken from the date).
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import require_client  # tests/ is on sys.path (rootdir conftest)
from dask_cluster import HAVE_DASK, needs_dask
from synthetic import error_line, make_corpus, with_a_bad_file, with_error_line

from cqmap.geo.clean import CLEANING_KEYS
from cqmap.geo.output import MANIFEST_NAME, manifest_files
from cqmap.geo.tables import (
    CLEANING_MEANINGS,
    SCHEMAS,
    TABLE_NAMES,
    RecordTables,
    arrow_schema,
    table_part_name,
)

try:
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    HAVE_PYARROW = True
except ImportError:  # (required in CI: .ci/run installs the parquet extra)
    HAVE_PYARROW = False

EXE = shutil.which("cqmap")
ARTICLES = 60
PART_SIZE = 16

OWN_WORDS = """万州至上海集装箱快线开通
2023-06-30 09:15 来源：重庆日报
6月25日，万州至上海集装箱直达快线正式开通。渝新欧班列从重庆团结村站出发，经阿拉山口至杜伊斯堡。
长江班轮从万州港出发，经涪陵港、果园港，最终抵达上海港。朝阳区与万州区开展合作交流。綦江港新建码头投入使用。
璧山区与巫溪县签署产业协作协议。海棠镇的农产品销往各地。重庆依托长江黄金水道扩大开放。
"""


def needs_pyarrow() -> None:
    require_client(HAVE_PYARROW, "pyarrow is not installed (pip install 'cqmap[parquet]')")


def cqmap(*args, cwd=None, env=None):
    if EXE is None:
        pytest.fail("the cqmap executable is not installed (pip install .)")
    return subprocess.run(
        [EXE, "-q", *args], capture_output=True, cwd=cwd, env=env, timeout=600
    )  # fmt: skip


def errors_of(result) -> list[str]:
    return [line for line in result.stderr.decode().splitlines() if line.strip()]


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` by its ``/``-separated path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def leftovers(folder: Path) -> list[str]:
    """cqmap's temporary files and folders anywhere below ``folder``."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if ".cqmap-" in p.name)


def read_rows(folder: Path) -> dict[str, list[dict]]:
    """Every table's rows, its part files read one by one in part order."""
    rows = {}
    for name in TABLE_NAMES:
        parts = sorted((folder / name).iterdir())
        assert [p.name for p in parts] == [table_part_name(k) for k in range(len(parts))]
        rows[name] = [row for p in parts for row in pq.read_table(p).to_pylist()]
    return rows


def rebuild(rows: dict[str, list[dict]]) -> list[dict]:
    """The records the rows stand for, made from them by the README's record schema
    (not by cqmap's code): a record per ``documents`` row, in order; each list of a
    record in the order its rows first name its entries."""
    records: dict[str, dict] = {}
    for row in rows["documents"]:
        if row["error"] is not None:  # (a document that could not be read: its error record)
            assert {k for k, v in row.items() if v is not None} <= {"document", "path", "error"}
            records[row["document"]] = {
                "id": row["document"], "path": row["path"], "error": row["error"]
            }  # fmt: skip
            continue
        records[row["document"]] = {
            "id": row["document"],
            **{k: row[k] for k in ("path", "title", "date", "outlet", "encoding", "script")},
            "cleaning": {k: row[f"cleaning_{k}"] for k in CLEANING_KEYS},
            "regions": [],
            "pairings": [],
            "ports": [],
            "routes": [],
            "corridors": [],
            "unresolved": [],
        }
    entries: dict[tuple, dict] = {}

    def entry(key: tuple, where: str, new: dict) -> dict:
        """The entry of ``key``: ``new``, added to its record's list, the first time."""
        if key not in entries:
            entries[key] = new
            records[key[0]][where].append(new)
        return entries[key]

    def mention(row: dict) -> dict:
        return {k: row[c] for k, c in _MENTION.items()}

    def evidence(row: dict) -> dict:
        return {"document": row["document"], **{k: row[c] for k, c in _EVIDENCE.items()}}

    for row in rows["mentions"]:
        doc = row["document"]
        if row["kind"] == "region":
            place = entry(
                (doc, "region", row["name"]), "regions",
                {"name": row["name"], "adcode": row["adcode"], "kind": row["place_kind"], "mentions": []},
            )  # fmt: skip
            assert (row["parent"], row["host"], row["derived"]) == (None, None, None)
        else:
            assert row["kind"] == "port" and row["adcode"] is None
            place = entry(
                (doc, "port", row["name"]), "ports",
                {
                    "name": row["name"], "kind": row["place_kind"], "parent": row["parent"],
                    "host": row["host"], "derived": row["derived"], "mentions": [],
                },
            )  # fmt: skip
        place["mentions"].append(mention(row))
    for row in rows["pair_evidence"]:
        pairing = entry(
            (row["document"], "pair", row["a"], row["b"]), "pairings",
            {"a": row["a"], "b": row["b"], "relation": row["relation"], "evidence": []},
        )  # fmt: skip
        assert pairing["relation"] == row["relation"]
        pairing["evidence"].append(evidence(row))
    route_fields = ("name", "names", "origin", "destinations", "via", "mode", "opened",
                    "opened_year_inferred", "corridor")  # fmt: skip
    for row in rows["route_evidence"]:
        route = entry(
            (row["document"], "route", row["route"]), "routes",
            {**{k: row[k] for k in route_fields}, "evidence": []},
        )  # fmt: skip
        assert {k: route[k] for k in route_fields} == {k: row[k] for k in route_fields}
        route["evidence"].append(evidence(row))
    for row in rows["corridor_evidence"]:
        corridor = entry(
            (row["document"], "corridor", row["name"]), "corridors",
            {"name": row["name"], "mode": row["mode"], "evidence": []},
        )  # fmt: skip
        corridor["evidence"].append(evidence(row))
    for row in rows["unresolved"]:
        name = entry(
            (row["document"], "unresolved", row["surface"]), "unresolved",
            {
                "surface": row["surface"], "kind": row["kind"],
                **({} if row["candidates"] is None else {"candidates": row["candidates"]}),
                "mentions": [],
            },
        )  # fmt: skip
        assert name["kind"] == row["kind"]
        name["mentions"].append(mention(row))
    for key, value in entries.items():  # (a route's index is its place in the list)
        if key[1] == "route":
            assert records[key[0]]["routes"][key[2]] is value
    return list(records.values())


_MENTION = {"surface": "surface", "start": "start_char", "end": "end_char", "sentence": "sentence"}
_EVIDENCE = {
    "sentence": "sentence",
    "start": "start_char",
    "end": "end_char",
    "quote": "quote",
    "pattern": "pattern",
}


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    needs_pyarrow()
    folder = tmp_path_factory.mktemp("tables") / "corpus"
    make_corpus(folder, ARTICLES)
    (folder / "000030a_own_words.txt").write_bytes(OWN_WORDS.encode("gbk"))
    return folder


@pytest.fixture(scope="module")
def records(corpus) -> list[dict]:
    """The JSON Lines records of the corpus (one process): the facts the tables must hold."""
    result = cqmap("extract", str(corpus), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == ARTICLES + 1
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def tables(corpus, tmp_path_factory) -> Path:
    """``--out-dir --format parquet`` of the corpus, one process, 16 documents a part."""
    out = tmp_path_factory.mktemp("tables-out") / "tables"
    result = cqmap(
        "extract", str(corpus), "--out-dir", str(out), "--format", "parquet",
        "--part-size", str(PART_SIZE),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b"" and result.stderr == b""
    return out


# --------------------------------------------------------------------------- the schemas
def test_the_files_hold_the_declared_schemas_and_the_folder_its_manifest(tables):
    parts = -(-(ARTICLES + 1) // PART_SIZE)
    expected = {f"{t}/{table_part_name(k)}" for t in TABLE_NAMES for k in range(parts)}
    assert manifest_files(tables) == expected
    assert set(files_of(tables)) == expected | {MANIFEST_NAME}
    for name in TABLE_NAMES:
        schema = arrow_schema(name)
        assert [f.name for f in schema] == [c.name for c in SCHEMAS[name]]
        assert [f.nullable for f in schema] == [c.nullable for c in SCHEMAS[name]]
        assert schema.metadata == {b"cqmap.table": name.encode(), b"cqmap.schema_version": b"2"}
        for k in range(parts):
            path = tables / name / table_part_name(k)
            assert pq.read_schema(path).equals(schema, check_metadata=True), path
            assert pq.ParquetFile(path).metadata.num_row_groups <= 1
        for column, field in zip(SCHEMAS[name], schema):
            assert column.meaning and "\n" not in column.meaning
            assert field.metadata == {b"description": column.meaning.encode()}
    assert set(CLEANING_MEANINGS) == set(CLEANING_KEYS)  # (each count with its own meaning)
    error = arrow_schema("documents").field("error")
    assert error.nullable and error.type == pa.string()
    assert b"could not be read" in error.metadata[b"description"]


def test_the_tables_hold_exactly_the_facts_of_the_records(tables, records):
    rows = read_rows(tables)
    assert rebuild(rows) == records  # (every field of every record, every list in order)
    assert [r["document"] for r in rows["documents"]] == [r["id"] for r in records]
    count = {
        "mentions": sum(len(p["mentions"]) for r in records for p in r["regions"] + r["ports"]),
        "pair_evidence": sum(len(p["evidence"]) for r in records for p in r["pairings"]),
        "route_evidence": sum(len(p["evidence"]) for r in records for p in r["routes"]),
        "corridor_evidence": sum(len(p["evidence"]) for r in records for p in r["corridors"]),
        "unresolved": sum(len(p["mentions"]) for r in records for p in r["unresolved"]),
    }
    assert {name: len(rows[name]) for name in count} == count
    assert all(count.values())
    # the article in our own words reaches the columns the seeds leave empty
    own = [r for r in rows["route_evidence"] if r["document"] == "000030a_own_words"]
    assert {(r["origin"], tuple(r["via"]), r["corridor"]) for r in own} >= {
        ("万州港", ("涪陵港", "果园港"), None),
        ("团结村", ("阿拉山口",), "中欧班列"),
    }
    assert any(r["opened_year_inferred"] for r in own)
    shared = [r for r in rows["unresolved"] if r["kind"] == "shared"]
    assert shared and all(r["candidates"] for r in shared)
    assert any(r["derived"] for r in rows["mentions"])
    assert any(r["adcode"] is None for r in rows["mentions"] if r["kind"] == "region")
    (doc,) = [r for r in rows["documents"] if r["document"] == "000030a_own_words"]
    assert doc["encoding"] == "gb18030" and doc["outlet"] == "重庆日报"


# --------------------------------------------------------------------------- the same bytes
def test_two_runs_and_every_engine_give_the_same_bytes(corpus, tables, tmp_path):
    engines = [[], ["--jobs", "2"]]
    if HAVE_DASK or os.environ.get("CQMAP_REQUIRE_CLIENTS") == "1":
        needs_dask()
        engines.append(["--scheduler", "local", "--jobs", "2"])
    reference = files_of(tables)
    for k, engine in enumerate(engines):
        out = tmp_path / f"run{k}"
        result = cqmap(
            "extract", str(corpus), "--out-dir", str(out), "--format", "parquet",
            "--part-size", str(PART_SIZE), *engine,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr.decode()
        assert files_of(out) == reference, engine
    assert leftovers(tmp_path) == []


def test_a_partition_writes_its_tables_atomically_and_again_the_same(corpus, tmp_path):
    from cqmap.geo.extract import expand_paths
    from cqmap.geo.partitions import extract_partition, partition_paths, parts_folder

    parts = partition_paths(expand_paths([corpus]), size=PART_SIZE)
    with parts_folder(tmp_path / "out", fmt="parquet") as folder:
        first = extract_partition(parts[1], out_dir=folder.path, fmt="parquet")
        assert (first.part, first.records, first.items) == (table_part_name(1), PART_SIZE, ())
        written = files_of(folder.path)
        # a killed worker's temporary file, and a partition run again elsewhere
        stray = folder.path / "mentions" / f".{table_part_name(1)}.cqmap-tmp-1-x"
        stray.write_bytes(b"PAR1 half")
        (folder.path / "unknown").mkdir()
        assert extract_partition(parts[1], out_dir=folder.path, fmt="parquet") == first
        assert {p: b for p, b in files_of(folder.path).items() if ".cqmap-" not in p} == written
    out = tmp_path / "out"
    assert set(files_of(out)) == {*written, MANIFEST_NAME}
    assert all(files_of(out)[p] == b for p, b in written.items())
    with pytest.raises(ValueError, match="folder"):
        extract_partition(parts[1], fmt="parquet")  # (tables are written, never sent back)


# --------------------------------------------------------------------------- readers
def test_each_tables_folder_is_one_dataset(tables, records):
    import pandas as pd

    mentions = ds.dataset(tables / "mentions", format="parquet")
    assert mentions.schema.equals(arrow_schema("mentions"), check_metadata=True)
    whole = pa.concat_tables(
        pq.read_table(p) for p in sorted((tables / "mentions").iterdir())
    )  # fmt: skip
    assert mentions.to_table().equals(whole)
    ports = mentions.to_table(filter=ds.field("kind") == "port", columns=["document", "name"])
    assert ports.num_rows == sum(len(p["mentions"]) for r in records for p in r["ports"]) > 0
    frame = pd.read_parquet(tables / "pair_evidence")
    assert len(frame) == sum(len(p["evidence"]) for r in records for p in r["pairings"])
    assert list(frame.columns) == [c.name for c in SCHEMAS["pair_evidence"]]
    documents = ds.dataset(tables / "documents").to_table()
    assert documents.column("document").to_pylist() == [r["id"] for r in records]


# --------------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--format", "parquet"], "--format parquet writes a folder of tables: give --out-dir"),
        (["--format", "parquet", "-o", "r.parquet"], "give --out-dir"),
        (["--format", "parquet", "-o", "r", "--out-dir", "t"], "not both"),
    ],
)
def test_parquet_without_out_dir_is_a_usage_error(args, words, tmp_path):
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    result = cqmap("extract", str(seeds), *args, cwd=tmp_path)
    assert result.returncode == 2
    (line,) = errors_of(result)
    assert words in line
    assert result.stdout == b"" and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_file_is_one_line_and_a_documents_row_with_its_error(corpus, jobs, tmp_path):
    """The bad file (read sixth of ten) is one line on stderr and one documents row, its
    error set and no other value, at its place, and no row of the other tables: the
    tables rebuild the JSON Lines records, its error record included."""
    folder = tmp_path / "mixed"
    names, bad = with_a_bad_file(corpus, folder, 9, after=4)
    good = cqmap("extract", *[str(folder / n) for n in names], "--format", "jsonl")
    jsonl = with_error_line(good.stdout, bad, after=4)
    expected = [json.loads(line) for line in jsonl.decode("utf-8").splitlines()]
    assert expected[5] == json.loads(error_line(bad))
    assert cqmap("extract", str(folder), "--format", "jsonl").stdout == jsonl
    out = tmp_path / "tables"
    result = cqmap(
        "extract", str(folder), "--out-dir", str(out), "--format", "parquet",
        "--part-size", "4", "--jobs", jobs,
    )  # fmt: skip
    assert result.returncode == 1
    (line,) = errors_of(result)
    assert line.startswith("cqmap: error: ") and bad.name in line
    rows = read_rows(out)
    assert rebuild(rows) == expected
    per_part = [pq.read_metadata(out / "documents" / table_part_name(k)).num_rows for k in range(3)]
    assert per_part == [4, 4, 2]  # (the sixth: its error)
    errors = [(r["document"], r["path"], r["error"]) for r in rows["documents"] if r["error"]]
    assert errors == [(bad.stem, str(bad), line.removeprefix("cqmap: error: "))]
    assert all(r["document"] != bad.stem for t in TABLE_NAMES[1:] for r in rows[t])
    assert leftovers(tmp_path) == []


def test_without_pyarrow_it_is_one_line_saying_what_to_install(tmp_path):
    hidden = tmp_path / "no-pyarrow" / "pyarrow"
    hidden.mkdir(parents=True)
    (hidden / "__init__.py").write_text('raise ImportError("hidden for a test")\n')
    env = {**os.environ, "PYTHONPATH": str(hidden.parent)}
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    out = tmp_path / "tables"
    result = cqmap("extract", str(seeds), "--out-dir", str(out), "--format", "parquet", env=env)
    assert result.returncode == 1
    assert errors_of(result) == [
        "cqmap: error: Parquet tables need pyarrow, which is not installed: "
        "pip install 'cqmap[parquet]'"
    ]
    assert not out.exists()
    jsonl = cqmap("extract", str(seeds), "--out-dir", str(out), env=env)  # (JSON Lines: no need)
    assert jsonl.returncode == 0, jsonl.stderr.decode()


def test_overwrite_replaces_only_its_own_tables(corpus, tmp_path):
    out = tmp_path / "tables"
    run = ["extract", str(corpus), "--out-dir", str(out), "--format", "parquet"]
    assert cqmap(*run, "--part-size", "20").returncode == 0
    assert len(manifest_files(out)) == 4 * len(TABLE_NAMES)
    refused = cqmap(*run)
    assert refused.returncode == 1 and "--overwrite" in errors_of(refused)[0]
    assert cqmap(*run, "--overwrite").returncode == 0  # (one part per table now)
    assert manifest_files(out) == {f"{t}/{table_part_name(0)}" for t in TABLE_NAMES}
    assert set(files_of(out)) == {*manifest_files(out), MANIFEST_NAME}
    # a file of the user's in a table's folder: refused even with --overwrite, nothing lost
    (out / "mentions" / "notes.md").write_text("mine\n", encoding="utf-8")
    before = files_of(out)
    refused = cqmap(*run, "--overwrite")
    assert refused.returncode == 1 and "notes.md" in errors_of(refused)[0]
    assert files_of(out) == before
    (out / "mentions" / "notes.md").unlink()
    # a folder of JSON Lines parts that cqmap wrote becomes a folder of tables, and back
    assert cqmap("extract", str(corpus), "--out-dir", str(out), "--overwrite").returncode == 0
    assert manifest_files(out) == {"part-00000.jsonl"}
    assert cqmap(*run, "--overwrite").returncode == 0
    assert leftovers(tmp_path) == []


# --------------------------------------------------------------------------- records that do not fit
def test_a_record_that_does_not_fit_the_tables_is_refused_not_dropped(records):
    own = next(r for r in records if r["id"] == "000030a_own_words")
    rows = RecordTables()
    rows.add(own)
    assert rows.documents == 1
    one = rows.tables()
    for change, words in [
        (lambda r: r["routes"][0].update(confidence=0.9), "confidence"),
        (lambda r: r.update(language="zh"), "language"),
        (lambda r: r["regions"][0]["mentions"][0].pop("sentence"), "sentence"),
        (lambda r: r["cleaning"].update(new_step=1), "new_step"),
        (lambda r: r["pairings"][0].update(evidence=[]), "no evidence"),
        (lambda r: r["unresolved"][0].update(mentions=[]), "no mentions"),
        (lambda r: r["routes"][0]["evidence"][0].update(document="other"), "another document"),
    ]:
        changed = copy.deepcopy(own)
        change(changed)
        with pytest.raises(ValueError, match=words):
            rows.add(changed)
        assert rows.documents == 1 and rows.tables() == one  # (none of its rows kept)
    nulled = copy.deepcopy(own)
    nulled["routes"][0]["mode"] = None
    wrong = RecordTables()
    wrong.add(nulled)
    with pytest.raises(ValueError, match=r"route_evidence\.mode"):
        wrong.tables()


def test_a_partition_of_unreadable_documents_writes_their_documents_rows_only(tmp_path):
    needs_pyarrow()
    from cqmap.geo.partitions import extract_partition, partition_paths

    bad, gone = tmp_path / "bad.txt", tmp_path / "gone.txt"
    bad.write_bytes(b"")
    (partition,) = partition_paths([str(bad), str(gone)], size=4)
    result = extract_partition(partition, out_dir=tmp_path, fmt="parquet")
    assert (result.records, result.errors) == (
        0, [f"{bad}: empty input", f"{gone}: No such file or directory"]
    )  # fmt: skip
    for name in TABLE_NAMES:
        table = pq.read_table(tmp_path / name / table_part_name(0))
        assert table.schema.equals(arrow_schema(name), check_metadata=True)
        assert table.num_rows == (2 if name == "documents" else 0)
    documents = pq.read_table(tmp_path / "documents" / table_part_name(0)).to_pylist()
    assert rebuild({"documents": documents, **{t: [] for t in TABLE_NAMES[1:]}}) == [
        {"id": "bad", "path": str(bad), "error": result.errors[0]},
        {"id": "gone", "path": str(gone), "error": result.errors[1]},
    ]
    rows = RecordTables()
    for wrong, words in [
        ({"id": "x", "path": None, "error": "x: empty input", "title": None}, "title"),
        ({"id": "x", "error": "x: empty input"}, "missing: \\['path'\\]"),
    ]:
        with pytest.raises(ValueError, match=words):
            rows.add(wrong)
    assert rows.documents == 0 and rows.rows["documents"] == []
