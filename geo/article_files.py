"""Article files: which files a run reads, and the names its records give them.

What ``cqmap extract`` and its siblings are given becomes a list of files to read
(:func:`expand_paths`: files as given, folders as the articles below them, sorted,
skipping cqmap's own outputs; ``-`` for stdin), or the bundled seed articles when
nothing is (:func:`default_corpus`). Each file gets a stable, unique document id
(:func:`document_ids`) and the path its record gives (``seeds/<name>`` for a bundled
seed, the same on every machine; the path as given otherwise).

Nothing here reads an article (:mod:`cqmap.geo.extract` reads one,
:mod:`cqmap.geo.extract_many` many): the module imports no reading code.
:mod:`cqmap.geo.record_files` does the same for records files.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from cqmap.geo.errors import InputError
from cqmap.geo.output import ARTICLE_SUFFIXES, MANIFEST_NAME, is_cqmap_output

__all__ = ["STDIN", "SUFFIXES", "default_corpus", "expand_paths", "document_ids"]

# Files taken from a folder: text and HTML articles.
SUFFIXES = ARTICLE_SUFFIXES
STDIN = "-"


def default_corpus() -> list[str]:
    """The bundled seed articles (the default corpus), in name order."""
    try:
        import cqmap.geo.seeds  # a namespace package: the installed copy of seeds/

        folders = [Path(p) for p in cqmap.geo.seeds.__path__]
    except ModuleNotFoundError:  # an editable install maps seeds/ only for regular installs
        folders = [Path(__file__).resolve().parent.parent / "seeds"]
    return sorted(str(p) for folder in folders for p in folder.glob("*.txt"))


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[str]:
    """Files to read: files as given, folders expanded to their articles (sorted), ``-`` kept.

    A folder's cqmap outputs (folders with a manifest, :mod:`cqmap.geo.output`) are skipped.

    Raises
    ------
    FileNotFoundError
        A path that does not exist.
    ValueError
        A folder without any article.
    """
    out: list[str] = []
    for p in paths:
        p = os.fspath(p)
        if p == STDIN:
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            files = _articles_in(path)
            if not files:
                raise InputError(f"{p}: no articles ({', '.join(SUFFIXES)}) in this folder")
            out.extend(files)
        elif path.exists():
            out.append(p)
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return out


def _articles_in(folder: Path) -> list[str]:
    """The articles below ``folder``, sorted, skipping cqmap's own output folders."""
    found = []
    for root, dirs, files in os.walk(folder):
        if MANIFEST_NAME in files and is_cqmap_output(root):
            dirs.clear()  # (a build's index.html and maps are not articles)
            continue
        dirs.sort()
        for name in files:
            if os.path.splitext(name)[1].lower() in SUFFIXES and os.path.isfile(Path(root) / name):
                found.append(str(Path(root) / name))
    return sorted(found)


def document_ids(paths: Sequence[str]) -> list[str]:
    """Stable, unique document ids: the file's stem (``stdin`` for ``-``), numbered on clashes."""
    ids: list[str] = []
    seen: dict[str, int] = {}
    for p in paths:
        base = "stdin" if p == STDIN else Path(p).stem
        n = seen.get(base, 0) + 1
        seen[base] = n
        ids.append(base if n == 1 else f"{base}-{n}")
    return ids


def _record_path(path: str) -> str | None:
    """The path a record gives: as given, or ``seeds/<name>`` for a bundled seed (the same
    on every machine)."""
    if path == STDIN:
        return None
    if Path(path).resolve().parent in _seed_folders():
        return f"seeds/{Path(path).name}"
    return path


@cache
def _seed_folders() -> frozenset[Path]:
    return frozenset(Path(p).resolve().parent for p in default_corpus())
