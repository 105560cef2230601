"""Split list-building work over forked processes that inherit the data, results kept in order.

Rendering pages and finding backlinks are pure functions of data the parent already holds (the
resolved collection, the rendered pages). Forked children share that data copy-on-write, so only
index ranges go out and only results come back; nothing large is pickled on the way out.
"""
from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Below this many items the work takes well under a second: starting processes would cost more.
MIN_ITEMS = 2_000
# Ranges per process: the work per item varies (a hub actor's page is 100 times a small one's),
# so several ranges per process keep both busy to the end.
RANGES_PER_PROCESS = 8

_work: Callable[[range], list] | None = None  # the function a forked child runs (inherited, not pickled)


def can_fork() -> bool:
    """Return whether this system starts processes by forking (not Windows, where it is absent)."""
    return "fork" in multiprocessing.get_all_start_methods()


def map_ranges(work: Callable[[range], list[T]], count: int, processes: int) -> list[T]:
    """Return `work(range(count))`, computed as consecutive ranges in up to `processes` forked processes."""
    if processes <= 1 or count < MIN_ITEMS or not can_fork():
        return work(range(count))
    global _work
    _work = work
    gc.freeze()  # the children's collector leaves the inherited objects alone: fewer pages copied, less time
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            parts = pool.map(_run, split(count, processes * RANGES_PER_PROCESS), chunksize=1)
    finally:
        gc.unfreeze()
        _work = None
    return [item for part in parts for item in part]


def split(count: int, pieces: int) -> list[range]:
    """Return `pieces` consecutive ranges (or fewer, none empty) covering range(count)."""
    size = max(1, -(-count // max(1, pieces)))
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _run(indices: range) -> list:
    """Run the inherited work on one range (in a child process)."""
    assert _work is not None, "map_ranges sets the work before forking"
    return _work(indices)
