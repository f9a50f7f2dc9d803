"""The summary of many documents' records (``geo/summary.py``): merging the summaries of
consecutive chunks is the one-pass summary, exactly (the quotes and ids kept included,
and the errors of documents that could not be read, settled when one is read later);
its JSON reads back as itself; a document is never counted twice; what it keeps is
bounded, and so are the pages made from it; and ``cqmap summarize`` / ``cqmap build
--summary`` through the installed ``cqmap`` make the very outputs of the articles."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from functools import reduce
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from synthetic import make_corpus  # tests/ is on sys.path (rootdir conftest)

import cqmap.geo.record_files as record_files_module
import cqmap.geo.summary as summary_module
from cqmap.geo.errors import InputError
from cqmap.geo.extract import default_corpus, extract_paths, extract_text
from cqmap.geo.records import error_record
from cqmap.geo.summary import Summary, merge_all, read_records, record_files

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EXE = shutil.which("cqmap")
SMALL_BOUNDS = {"DOCUMENTS_LISTED": 3, "DOCUMENT_IDS": 2, "PAIR_QUOTES": 4, "ROUTE_QUOTES": 1}


def cqmap(*args, cwd=None, input=None, env=None):
    if EXE is None:
        pytest.fail("the cqmap executable is not installed (pip install .)")
    return subprocess.run(
        [EXE, *args], capture_output=True, cwd=cwd, input=input, timeout=600, env=env
    )


def errors_of(result) -> list[str]:
    return [line for line in result.stderr.decode().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_records() -> list[dict]:
    return [r.record for r in extract_paths(default_corpus())]


@pytest.fixture(scope="module")
def synthetic_records(tmp_path_factory) -> list[dict]:
    """40 articles made from the seeds (ids and dates of their own)."""
    paths = make_corpus(tmp_path_factory.mktemp("summary") / "corpus", 40)
    return [r.record for r in extract_paths([str(p) for p in paths])]


# Written for these tests: a pairing (渝北 and 云阳, a reference pair) in every document,
# three evidence sentences each, and a date of its own per document.
def pair_article(k: int) -> str:
    month, day = k // 28 % 12 + 1, k % 28 + 1
    return (
        f"渝北云阳合作简报第{k}期\n"
        f"2023-{month:02d}-{day:02d} 09:00 来源：测试日报\n"
        f"第{k}批协作项目近日落地。渝北区与云阳县签署对口协同协议，双方将在云阳共建果蔬加工园区。\n"
        "据介绍，渝北区还将组织企业赴云阳县考察，帮助当地拓宽销路。\n"
    )


def with_errors(records: list[dict]) -> list[dict]:
    """``records`` with error records among them: documents that fail and are read later
    (right after, and the last one first of all), that fail after they were read (which
    changes nothing), and that never are read (one failing twice)."""

    def failed(doc_id: str, path: str | None) -> dict:
        return error_record(doc_id, path, f"{path}: empty input")

    out = [failed(records[-1]["id"], records[-1]["path"])]
    for k, record in enumerate(records):
        if k % 3 == 0:
            out.append(failed(record["id"], record["path"]))
        out.append(record)
        if k % 4 == 1:
            out.append(failed(record["id"], "elsewhere.txt"))
        if k % 5 == 2:
            out.append(failed(f"gone-{k}", f"gone-{k}.txt"))
    out.insert(len(out) // 2, failed("gone-2", "again.txt"))
    return out


@pytest.fixture(scope="module")
def seed_records_with_errors(seed_records) -> list[dict]:
    return with_errors(seed_records)


@pytest.fixture(scope="module")
def synthetic_records_with_errors(synthetic_records) -> list[dict]:
    return with_errors(synthetic_records)


@pytest.fixture(scope="module")
def pair_records() -> list[dict]:
    return [extract_text(pair_article(k), doc_id=f"brief-{k:03d}") for k in range(300)]


# --------------------------------------------------------------------------- merging
def merged(chunks: list[Summary], order: list[int]) -> Summary:
    """The chunks merged, neighbours at a time, in the order ``order`` picks them."""
    parts = list(chunks)
    for pick in order:
        i = pick % (len(parts) - 1)
        parts[i : i + 2] = [parts[i].merge(parts[i + 1])]
    return reduce(Summary.merge, parts)


@pytest.mark.parametrize("bounds", [{}, SMALL_BOUNDS], ids=["bounds", "small bounds"])
@pytest.mark.parametrize(
    "corpus",
    [
        "seed_records",
        "synthetic_records",
        "seed_records_with_errors",
        "synthetic_records_with_errors",
    ],
)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_merging_chunks_is_the_one_pass_summary(request, corpus, bounds, data):
    records = request.getfixturevalue(corpus)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in bounds.items():
            patch.setattr(summary_module, name, value)
        whole = Summary.from_records(iter(records))
        cuts = data.draw(st.sets(st.integers(1, len(records) - 1), max_size=len(records) - 1))
        edges = [0, *sorted(cuts), len(records)]
        chunks = [Summary.from_records(records[a:b]) for a, b in zip(edges, edges[1:])]
        order = data.draw(st.lists(st.integers(0, 100), min_size=len(chunks) - 1,
                                   max_size=len(chunks) - 1))  # fmt: skip
        result = merged(chunks, order)
        assert result == whole
        assert result.to_json() == whole.to_json()
        before = [s.to_json() for s in chunks]
        assert merge_all(iter(chunks)) == whole  # (folded in place, in order)
        assert [s.to_json() for s in chunks] == before
        if "errors" in corpus:  # (the errors are there, and settled across chunks)
            assert 0 < whole.error_count < len(records) - whole.document_count
        # (associative: the grouping does not matter, and merging changes neither side)
        if len(chunks) >= 3:
            a, b, c = chunks[0], chunks[1], reduce(Summary.merge, chunks[2:])
            before = [s.to_json() for s in (a, b, c)]
            assert a.merge(b).merge(c) == a.merge(b.merge(c)) == whole
            assert [s.to_json() for s in (a, b, c)] == before


def test_the_small_bounds_bite(synthetic_records):
    """(So that the merge test above compares kept quotes and ids, not whole lists.)"""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in SMALL_BOUNDS.items():
            patch.setattr(summary_module, name, value)
        summary = Summary.from_records(synthetic_records)
    pair = summary.pairs[("两江新区", "万州区")]
    assert len(pair["quotes"]) == 4 < pair["evidence"]
    assert len(pair["document_ids"]) == 2 < pair["documents"]
    assert len(summary.documents) == 3 < summary.document_count == 40
    assert any(len(r["quotes"]) == 1 < r["evidence"] for r in summary.routes.values())


def test_the_quotes_kept_are_the_first_in_document_order(seed_records):
    summary = Summary.from_records(seed_records)
    for key, entry in summary.pairs.items():
        every = [
            {k: e[k] for k in ("document", "sentence", "quote")}
            for r in seed_records
            for p in r["pairings"]
            if (p["a"], p["b"]) == key
            for e in p["evidence"]
        ]
        assert entry["evidence"] == len(every)
        assert entry["quotes"] == every[: summary_module.PAIR_QUOTES]


# --------------------------------------------------------------------------- JSON
@pytest.mark.parametrize("corpus", ["seed_records", "synthetic_records", "pair_records"])
def test_the_json_reads_back_as_itself(request, corpus):
    summary = Summary.from_records(request.getfixturevalue(corpus))
    text = summary.to_json()
    again = Summary.from_json(text)
    assert again == summary and again.to_json() == text
    assert again.to_dict() == json.loads(text) == summary.to_dict()
    assert Summary.from_json(text.encode("utf-8")).to_json() == text
    assert "两江新区" in text or "渝北区" in text  # (Chinese as characters)
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    # the same records give the same text
    assert Summary.from_records(request.getfixturevalue(corpus)).to_json() == text


def test_a_summary_of_other_bounds_or_no_summary_is_refused(seed_records):
    text = Summary.from_records(seed_records).to_json()
    with pytest.raises(ValueError, match="other bounds"):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(summary_module, "PAIR_QUOTES", 7)
            Summary.from_json(text)
    for bad in ("[]", '{"cqmap": "output folder"}', "{", '{"cqmap": "summary", "version": 0}'):
        with pytest.raises(ValueError, match="summary"):
            Summary.from_json(bad)


# --------------------------------------------------------------------------- documents
def test_a_document_is_counted_once(seed_records):
    summary = Summary.from_records(seed_records)
    text = summary.to_json()
    assert [summary.add(r) for r in seed_records] == [False] * len(seed_records)
    assert summary.to_json() == text
    twice = Summary.from_records([*seed_records, *seed_records[:2]])
    assert twice == summary
    with pytest.raises(ValueError, match="share 2 document"):
        Summary.from_records(seed_records[:3]).merge(Summary.from_records(seed_records[1:3]))
    with pytest.raises(ValueError, match="no document id"):
        Summary().add({"title": "an article without an id"})


# --------------------------------------------------------------------------- errors
def test_an_error_record_is_no_document_and_is_settled_when_its_document_is_read(seed_records):
    first, second = seed_records[:2]
    failed = error_record(first["id"], first["path"], f"{first['path']}: empty input")
    summary = Summary()
    assert summary.add(failed) is True
    assert (summary.document_count, summary.error_count, summary.document_ids) == (0, 1, set())
    assert summary.errors == {first["id"]: {"path": first["path"], "error": failed["error"]}}
    assert summary.documents == [] and summary.pairs == {} and summary.places == {}
    assert summary.add({**failed, "error": "another line"}) is False  # (failed already)
    assert summary.add(first) is True  # (read since: counted, its error dropped)
    assert (summary.document_count, summary.error_count) == (1, 0)
    assert summary.add(failed) is False  # (an error of a document read: nothing changes)
    assert summary == Summary.from_records([first])
    # merging: a failed document read in the next chunk is read; read in the previous
    # chunk, its error in the next one changes nothing
    only_error, only_record = Summary.from_records([failed]), Summary.from_records([first])
    assert only_error.merge(only_record) == only_record == only_record.merge(only_error)
    assert only_error.merge(only_error) == only_error
    both = Summary.from_records([failed, second])
    assert both.merge(only_record) == Summary.from_records([second, first])
    with pytest.raises(ValueError, match="no document id"):
        Summary().add({"path": "a.txt", "error": "a.txt: empty input"})


def test_update_is_merge_in_place_and_changes_nothing_when_refused(seed_records):
    records = with_errors(seed_records)
    head, tail = Summary.from_records(records[:7]), Summary.from_records(records[7:])
    expected = head.merge(tail)
    tail_text = tail.to_json()
    head.update(tail)
    assert head == expected == Summary.from_records(records)
    assert tail.to_json() == tail_text
    again = Summary.from_records(records[:7])
    text = again.to_json()
    with pytest.raises(ValueError, match="share"):
        again.update(head)
    assert again.to_json() == text
    copied = head.copy()
    copied.add(error_record("new", "new.txt", "new.txt: empty input"))
    assert head == expected and copied != head


def test_the_errors_read_back_and_a_summary_of_version_1_reads_as_without_errors(seed_records):
    summary = Summary.from_records(with_errors(seed_records))
    data = summary.to_dict()
    assert [e["id"] for e in data["errors"]] == list(summary.errors)
    assert all(list(e) == ["id", "path", "error"] for e in data["errors"])
    assert Summary.from_json(summary.to_json()) == summary
    old = {k: v for k, v in Summary.from_records(seed_records).to_dict().items() if k != "errors"}
    read = Summary.from_dict({**old, "version": 1})
    assert read == Summary.from_records(seed_records) and read.error_count == 0
    for broken in (
        {**data, "errors": [*data["errors"], data["errors"][0]]},
        {**data, "errors": [{"id": seed_records[0]["id"], "path": None, "error": "x"}]},
    ):
        with pytest.raises(ValueError, match="an error twice, or of a document summarised"):
            Summary.from_dict(broken)
    with pytest.raises(ValueError, match="not a cqmap summary"):
        Summary.from_dict({k: v for k, v in data.items() if k != "errors"})


# --------------------------------------------------------------------------- bounds
def panel_of(html: str) -> str:
    """The HTML of a pair map's evidence panel (it sits in a script as a JSON string)."""
    start = html.index("div.innerHTML = ", html.index('"cq-panel ')) + len("div.innerHTML = ")
    return json.loads(re.compile(r'"(?:[^"\\]|\\.)*"').match(html, start).group())


def test_a_pair_in_every_document_keeps_a_bounded_summary_and_pages(pair_records, tmp_path):
    """300 documents, each with the same pair: the summary keeps the first quotes and ids
    and counts them all; the pair map shows the full count and is as big as the map of
    60 of them; the index page lists the first documents and says how many more."""
    from cqmap.layers.maps import PANEL_QUOTES, pairing_map
    from cqmap.layers.model import build_layers
    from cqmap.layers.render import render_map
    from cqmap.layers.site import build_site

    summary = Summary.from_records(pair_records)
    entry = summary.pairs[("渝北区", "云阳县")]
    total = sum(len(p["evidence"]) for r in pair_records for p in r["pairings"])
    assert entry["evidence"] == total == 900 and entry["documents"] == 300
    assert len(entry["quotes"]) == summary_module.PAIR_QUOTES
    assert entry["document_ids"] == [f"brief-{k:03d}" for k in range(summary_module.DOCUMENT_IDS)]
    assert (entry["first_date"], entry["last_date"]) == ("2023-01-01", "2023-11-20")
    assert len(summary.to_json()) < 60_000

    layers = build_layers(summary)
    row = layers.pairings.set_index(["a", "b"]).loc[("渝北区", "云阳县")]
    assert (row["evidence"], row["documents"]) == (900, 300)
    assert row["document_ids"].endswith(f"; … {300 - summary_module.DOCUMENT_IDS} more")
    assert row["quotes"].endswith(f"… {900 - 12} more")
    html = render_map(pairing_map(layers, "渝北区", "云阳县"), offline=False)
    panel = panel_of(html)
    assert "证据 900 句" in panel and f"另有 {900 - PANEL_QUOTES} 句" in panel
    assert panel.count("<li>[brief-") == PANEL_QUOTES
    small = render_map(
        pairing_map(build_layers(pair_records[:60]), "渝北区", "云阳县"), offline=False
    )
    assert "证据 180 句" in small
    assert abs(len(html) - len(small)) < 100  # (digits of counts and dates)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summary_module, "DOCUMENTS_LISTED", 100)
        layers = build_layers(pair_records)
        report = build_site(layers, tmp_path / "out", offline=False)
        assert Summary.load(tmp_path / "out" / "summary.json").document_count == 300
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    documents = re.search(r'<table id="documents">.*?</table>', index).group()
    assert documents.count("<td>brief-") == 100 and "and 200 more documents" in index
    assert report.summary["documents"] == 300
    assert not (tmp_path / "out" / "records.jsonl").exists()  # (no records given)


# --------------------------------------------------------------------------- reading records
def test_records_files_are_read_one_record_at_a_time_in_any_layout(seed_records, tmp_path):
    one_line = json.dumps({"documents": seed_records}, ensure_ascii=False)
    layouts = {
        "indented.json": json.dumps({"documents": seed_records}, ensure_ascii=False, indent=1),
        "one-line.json": one_line,
        "array.json": json.dumps(seed_records, ensure_ascii=False, indent=3),
        "lines.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n\n" for r in seed_records),
        "empty.json": '{"documents": []}\n',
    }
    with pytest.MonkeyPatch.context() as patch:  # (small reads: the buffer grows and moves)
        patch.setattr(record_files_module, "_CHUNK", 64)
        patch.setattr(record_files_module, "_HEAD", 40)
        for name, text in layouts.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
            expected = [] if name == "empty.json" else seed_records
            assert list(read_records(tmp_path / name)) == expected, name
    broken = {
        "cut.json": (one_line[:-30], "record 5: not JSON"),
        "tail.json": (one_line[:-1] + ', "x": 1}', "unexpected text after the records"),
        "bad.jsonl": (layouts["lines.jsonl"] + "{oops\n", "line 11: not JSON"),
        "list.jsonl": ('{"id": "a"}\n[1, 2]\n', "line 2: not a cqmap record"),
    }
    for name, (text, message) in broken.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(InputError, match=message) as err:
            list(read_records(tmp_path / name))
        assert str(err.value).startswith(str(tmp_path / name)) and "\n" not in str(err.value)
    (tmp_path / "parts").mkdir()
    for k in (1, 0):
        (tmp_path / "parts" / f"part-0000{k}.jsonl").write_text("", encoding="utf-8")
    assert record_files([tmp_path / "parts"]) == [
        str(tmp_path / "parts" / f"part-0000{k}.jsonl") for k in (0, 1)
    ]
    (tmp_path / "no-records").mkdir()
    with pytest.raises(InputError, match="no records in this folder"):
        record_files([tmp_path / "no-records"])


# --------------------------------------------------------------------------- the commands
@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The seeds built by the installed ``cqmap build``, given as the same folder that the
    tests give ``cqmap extract`` (the bundled copy's records cite ``seeds/<name>``, a
    folder given its own path: the two are the same folder only in an editable install)."""
    root = tmp_path_factory.mktemp("built")
    result = cqmap("-q", "build", str(SEEDS), "-o", str(root / "out"))
    assert result.returncode == 0, result.stderr.decode()
    return root / "out"


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_build_streams_its_records_and_writes_their_summary(built, tmp_path):
    extracted = cqmap("extract", str(SEEDS), "--format", "jsonl")
    assert extracted.returncode == 0
    assert (built / "records.jsonl").read_bytes() == extracted.stdout
    summary = Summary.from_records(json.loads(line) for line in extracted.stdout.splitlines())
    assert (built / "summary.json").read_text(encoding="utf-8") == summary.to_json()
    index = (built / "index.html").read_text(encoding="utf-8")
    assert '<a href="records.jsonl">' in index and '<a href="summary.json">' in index
    assert "records.json<" not in index and not (built / "records.json").exists()


def test_a_build_from_the_summary_is_the_build_from_the_articles(built, tmp_path):
    """Every output but the records (and the manifest and index line naming them) is the
    same bytes, whether the summary comes from the build, extract's JSON or its parts."""
    assert cqmap("extract", str(SEEDS), "-o", str(tmp_path / "r.json")).returncode == 0
    assert cqmap("extract", str(SEEDS), "--out-dir", str(tmp_path / "parts"),
                 "--part-size", "2").returncode == 0  # fmt: skip
    for source in ("r.json", "parts"):
        result = cqmap("summarize", str(tmp_path / source), "-o", str(tmp_path / f"{source}.s"))
        assert result.returncode == 0, result.stderr.decode()
        assert (tmp_path / f"{source}.s").read_bytes() == (built / "summary.json").read_bytes()
    result = cqmap(
        "-q", "build", "--summary", str(tmp_path / "r.json.s"), "-o", str(tmp_path / "b")
    )
    assert result.returncode == 0 and result.stderr == b"", result.stderr.decode()
    ours, theirs = files_of(built), files_of(tmp_path / "b")
    assert set(ours) - set(theirs) == {"records.jsonl"} and set(theirs) <= set(ours)
    differ = [name for name in theirs if theirs[name] != ours[name]]
    assert sorted(differ) == ["cqmap-manifest.json", "index.html"]
    lines = [ours["index.html"].splitlines(), theirs["index.html"].splitlines()]
    changed = [(a, b) for a, b in zip(*lines) if a != b]
    assert len(lines[0]) == len(lines[1]) and len(changed) == 1
    assert b"records.jsonl" in changed[0][0] and b"records.jsonl" not in changed[0][1]
    manifest = json.loads(theirs["cqmap-manifest.json"])["files"]
    assert manifest == [f for f in json.loads(ours["cqmap-manifest.json"])["files"]
                        if f != "records.jsonl"]  # fmt: skip


def test_update_folds_new_records_in_without_counting_a_document_twice(built, tmp_path):
    parts = tmp_path / "parts"
    assert cqmap("extract", str(SEEDS), "--out-dir", str(parts), "--part-size", "2").returncode == 0
    summary = tmp_path / "summary.json"
    first = cqmap("summarize", str(parts / "part-00000.jsonl"), "-o", str(summary))
    assert first.returncode == 0 and Summary.load(summary).document_count == 2
    # the first part again, and the rest: the two documents already in are skipped
    again = cqmap("summarize", str(parts), "-o", str(summary), "--update")
    assert again.returncode == 0, again.stderr.decode()
    assert "3 document(s)" in again.stderr.decode() and "2 already in it" in again.stderr.decode()
    assert summary.read_bytes() == (built / "summary.json").read_bytes()
    once_more = cqmap("summarize", str(parts), "-o", str(summary), "--update")
    assert once_more.returncode == 0 and "added 0 document(s)" in once_more.stderr.decode()
    assert summary.read_bytes() == (built / "summary.json").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["parts", "summary.json"]  # (no leftover)


def test_summarize_follows_the_output_rules(built, tmp_path):
    records = str(built / "records.jsonl")
    notes = tmp_path / "notes.json"
    notes.write_text('{"mine": true}\n', encoding="utf-8")
    cases = [
        (["summarize", records, "-o", str(notes)], 1, "exists (use --overwrite"),
        (["summarize", records, "-o", str(notes), "--update"], 1, "not a cqmap summary"),
        (["summarize", records, "--update"], 2, "--update needs -o"),
        (["summarize", records, "-o", str(tmp_path / "none.json"), "--update"], 2, "no such file"),
        (["summarize", str(tmp_path / "missing.jsonl")], 2, "no such file or folder"),
        (["summarize", str(notes), "-o", str(tmp_path / "s.json")], 1, "not a cqmap record"),
        (["build", str(SEEDS), "--summary", str(built / "summary.json"), "-o", "x"], 2, "not both"),
        (["build", "--summary", str(notes), "-o", str(tmp_path / "x")], 1, "not a cqmap summary"),
    ]
    for args, status, message in cases:
        result = cqmap(*args, cwd=tmp_path)
        assert result.returncode == status, (args, result.stderr.decode())
        (line,) = errors_of(result)
        assert "error" in line and message in line, (args, line)
    assert notes.read_text(encoding="utf-8") == '{"mine": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json"]  # (nothing else written)
    # with --overwrite, as cqmap extract -o; and to stdout without -o
    assert cqmap("summarize", records, "-o", str(notes), "--overwrite").returncode == 0
    assert notes.read_bytes() == (built / "summary.json").read_bytes()
    out = cqmap("summarize", "-", input=(built / "records.jsonl").read_bytes())
    assert out.returncode == 0 and out.stdout == (built / "summary.json").read_bytes()


def test_summarize_loads_no_mapping_stack(built, tmp_path):
    out = cqmap("summarize", str(built / "records.jsonl"), cwd=tmp_path,
                env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"})  # fmt: skip
    assert out.returncode == 0, out.stderr.decode()
    imported = {
        line.rsplit("|", 1)[1].strip()
        for line in out.stderr.decode().splitlines()
        if line.startswith("import time:")
    }
    assert "cqmap.geo.summary" in imported
    assert not imported & {"geopandas", "folium", "shapely", "pandas", "cqmap.layers"}
