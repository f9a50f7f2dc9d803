"""Processes as Linux's ``/proc`` shows them, for the tests and benchmarks that follow
workers: who started whom, and whether a process still runs."""

from __future__ import annotations

import os
from pathlib import Path


def _stat_fields(pid: int | str) -> list[str]:
    """The fields of ``/proc/<pid>/stat`` after the command's name (state, ppid, …)."""
    return Path(f"/proc/{pid}/stat").read_text(errors="replace").rsplit(")", 1)[1].split()


def process_children() -> dict[int, list[int]]:
    """Per process id, the ids of the processes it started."""
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                ppid = int(_stat_fields(entry.name)[1])
            except OSError:  # (it ended meanwhile)
                continue
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def children(pid: int) -> list[int]:
    """The processes ``pid`` started."""
    return process_children().get(pid, [])


def descendants(pid: int) -> list[int]:
    """Every process below ``pid``."""
    tree = process_children()
    found, todo = [], list(tree.get(pid, []))
    while todo:
        child = todo.pop()
        found.append(child)
        todo.extend(tree.get(child, []))
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie does not)."""
    try:
        return _stat_fields(pid)[0] != "Z"
    except OSError:
        return False
