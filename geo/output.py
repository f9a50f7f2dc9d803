"""Output folders that cqmap may replace, and only those.

A folder cqmap builds holds a manifest (:data:`MANIFEST_NAME`) listing every file it
wrote there. Replacing a folder is allowed only when it is such an output and holds
nothing else, so that ``--overwrite`` can never take a user's file with it; reading a
folder of articles skips such outputs, so that a build is never read back in.

A folder is built in a temporary folder beside the target, named
``.<name>.cqmap-tmp-<pid>-<random>``, and swapped into place atomically (Linux's
``renameat2(RENAME_EXCHANGE)``; elsewhere two renames, the old output parked as
``.<name>.cqmap-old-<pid>-<random>``). A process killed at any moment leaves the old
output or the new one; the next run removes the leftovers of processes that no longer
run, and puts a parked old output back if the swap was cut between its two renames.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from cqmap.geo.errors import OutputError

__all__ = [
    "MANIFEST_NAME",
    "manifest_bytes",
    "manifest_files",
    "is_cqmap_output",
    "check_output_folder",
    "check_output_file",
    "temporary_folder",
    "replace_folder",
    "sweep_leftovers",
]

MANIFEST_NAME = "cqmap-manifest.json"
# The files a folder of articles is read for (an output file with one of these suffixes
# must not be written into an input folder: a later run would read it back).
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".text")
_SHOWN = 3  # names listed in a refusal before "and N more"


# --------------------------------------------------------------------------- manifests
def manifest_bytes(folder: str | os.PathLike) -> bytes:
    """The manifest of a finished output folder: everything in it (``/``-separated,
    sorted; an empty folder with a trailing ``/``)."""
    body = {
        "cqmap": "output folder",
        "files": [c for c in _contents(Path(folder)) if c != MANIFEST_NAME],
    }
    return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def manifest_files(folder: str | os.PathLike) -> frozenset[str] | None:
    """The files a cqmap output folder lists as its own, or ``None`` if it is not one."""
    try:
        with open(Path(folder) / MANIFEST_NAME, encoding="utf-8") as f:
            body = json.load(f)
    except (OSError, ValueError):
        return None
    files = body.get("files") if isinstance(body, dict) else None
    if body.get("cqmap") != "output folder" or not isinstance(files, list):
        return None
    return frozenset(str(f) for f in files)


def is_cqmap_output(folder: str | os.PathLike) -> bool:
    """Whether ``folder`` is a folder cqmap built (it holds a valid manifest)."""
    return manifest_files(folder) is not None


def _contents(folder: Path) -> list[str]:
    """Every file, link and empty folder below ``folder`` (``/``-separated, sorted)."""
    out = []
    for root, dirs, files in os.walk(folder):
        rel = Path(root).relative_to(folder)
        for name in files:
            out.append((rel / name).as_posix())
        for name in list(dirs):
            if os.path.islink(Path(root) / name):
                out.append((rel / name).as_posix())  # (a link: never followed)
                dirs.remove(name)
        if not files and not dirs and rel != Path("."):
            out.append(rel.as_posix() + "/")
    return sorted(out)


def _listing(names: Sequence[str]) -> str:
    shown = ", ".join(names[:_SHOWN])
    more = len(names) - _SHOWN
    return f"{shown} and {more} more" if more > 0 else shown


# --------------------------------------------------------------------------- checks
def _resolved(path: str | os.PathLike) -> Path:
    return Path(os.path.realpath(path))


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def _input_paths(inputs: Iterable[str | os.PathLike]) -> list[tuple[str, Path]]:
    return [(os.fspath(p), _resolved(p)) for p in inputs if os.fspath(p) != "-"]


def check_output_folder(
    out: str | os.PathLike,
    *,
    overwrite: bool,
    inputs: Iterable[str | os.PathLike] = (),
) -> Path:
    """Check that a build may write the folder ``out``; return the folder to write.

    Refused, with one line naming what is at stake: a folder holding ``inputs`` or held
    by one of them; the current folder or one above it; a mount point; a file; a
    non-empty folder without ``overwrite``; and, even with it, a folder that is not a
    cqmap output or holds files cqmap did not write. A symbolic link is followed: the
    folder it points to is the one replaced, the link stays.

    Raises
    ------
    geo.errors.OutputError
    """
    shown = os.fspath(out)
    target = _resolved(out)
    if _inside(_resolved(os.getcwd()), target):
        raise OutputError(
            f"{shown}: the current folder or one above it; cqmap replaces its output folder "
            "whole, so give it a folder of its own (for example -o site)"
        )
    for given, path in _input_paths(inputs):
        if _inside(path, target):
            raise OutputError(
                f"{given}: an input inside the output folder {shown}: write the output elsewhere"
            )
        if path.is_dir() and _inside(target, path):
            raise OutputError(
                f"{shown}: output folder inside the input folder {given} "
                "(a later build would read it): write it elsewhere"
            )
    if target.exists() and not target.is_dir():
        raise OutputError(f"{shown}: exists and is not a folder")
    if os.path.ismount(target):
        raise OutputError(
            f"{shown}: a mount point, which cqmap cannot replace whole: write to a folder inside it"
        )
    if target.is_dir():
        contents = _contents(target)
        if contents and not overwrite:
            raise OutputError(f"{shown}: folder is not empty (use --overwrite to replace it)")
        if contents:
            own = manifest_files(target)
            if own is None:
                raise OutputError(
                    f"{shown}: not a cqmap output (no {MANIFEST_NAME}), so --overwrite will not "
                    f"replace it; it holds {_listing(contents)}"
                )
            foreign = [
                c
                for c in contents
                if c != MANIFEST_NAME
                and c not in own
                and not (c.endswith("/") and any(f.startswith(c) for f in own))
            ]
            if foreign:
                raise OutputError(
                    f"{shown}: holds files cqmap did not write ({_listing(foreign)}), which "
                    "--overwrite would lose: move them out first"
                )
    _check_parent(target.parent)
    return target


def check_output_file(
    path: str | os.PathLike,
    *,
    overwrite: bool,
    inputs: Iterable[str | os.PathLike] = (),
    new_folders: bool = False,
) -> Path:
    """Check that a command may write the file ``path`` (a map, records, a layer).

    Refused: an existing file without ``overwrite``; one of the inputs, even with it; an
    article-like file (``.html`` …) inside an input folder, which a later run would read
    back; a folder; a missing or read-only parent folder (with ``new_folders``, the
    missing folders will be made: the nearest one that exists must be writable).

    Raises
    ------
    geo.errors.OutputError
    """
    shown = os.fspath(path)
    target = _resolved(path)
    for given, source in _input_paths(inputs):
        if target == source:
            raise OutputError(f"{shown}: is one of the inputs; write the output elsewhere")
        if (
            source.is_dir()
            and _inside(target, source)
            and target.suffix.lower() in ARTICLE_SUFFIXES
        ):
            raise OutputError(
                f"{shown}: inside the input folder {given}, where a later run would read it "
                "as an article: write it elsewhere"
            )
    if target.is_dir():
        raise OutputError(f"{shown}: is a folder")
    if target.exists() and not overwrite:
        raise OutputError(f"{shown}: exists (use --overwrite to replace it)")
    parent = target.parent
    while new_folders and not parent.exists() and parent != parent.parent:
        parent = parent.parent
    _check_parent(parent)
    return Path(path)


def _check_parent(parent: Path) -> None:
    """The folder an output is written in exists and may be written."""
    if not parent.is_dir():
        raise OutputError(f"{parent}: no such folder")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{parent}: folder is not writable")


# --------------------------------------------------------------------------- replacing
_LEFTOVER = re.compile(r"\.(?P<name>.+)\.cqmap-(?P<kind>tmp|old)-(?P<pid>\d+)-[^/]*\Z")


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # (someone else's process, or cannot tell: keep its folder)
    return True


def sweep_leftovers(target: str | os.PathLike) -> list[Path]:
    """Remove what builds of ``target`` by processes that no longer run left beside it.

    A parked old output (a swap cut between its two renames) is put back when ``target``
    is missing. Returns what was removed or restored.
    """
    target = Path(target)
    parent = target.parent
    done: list[Path] = []
    try:
        entries = sorted(parent.iterdir())
    except OSError:
        return done
    for entry in entries:
        m = _LEFTOVER.match(entry.name)
        if not m or m.group("name") != target.name or _running(int(m.group("pid"))):
            continue
        if m.group("kind") == "old" and not os.path.lexists(target) and entry.is_dir():
            os.replace(entry, target)
        elif entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        done.append(entry)
    return done


def temporary_folder(target: str | os.PathLike) -> Path:
    """A new, recognisable temporary folder beside ``target`` to build it in."""
    target = Path(target)
    try:
        return Path(
            tempfile.mkdtemp(prefix=f".{target.name}.cqmap-tmp-{os.getpid()}-", dir=target.parent)
        )
    except OSError as err:
        raise OSError(err.errno, f"cannot write {target}: {err.strerror}") from None


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); ``False`` where that is not possible."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = (
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    )
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), os.fspath(b))


def replace_folder(work: str | os.PathLike, target: str | os.PathLike) -> None:
    """Put the finished folder ``work`` at ``target``, replacing what is there."""
    work, target = Path(work), Path(target)
    if not target.exists():
        os.replace(work, target)
        return
    if _exchange(work, target):
        shutil.rmtree(work, ignore_errors=True)  # (now the old output)
        return
    old = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.cqmap-old-{os.getpid()}-", dir=target.parent)
    )
    os.rmdir(old)
    os.replace(target, old)
    try:
        os.replace(work, target)
    except BaseException:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
