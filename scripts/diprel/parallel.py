"""Worker processes for the build's independent pieces of work.

Loading one source or one annotation file is independent of the others and
costs about a millisecond (YAML, schema checks, quote location), and
frictionless validates each table on its own: a large repository does both on
every core. Workers are forked, so the function (a closure over the sources
already loaded, say) is inherited rather than pickled; only items and results
cross between processes. With one core, or without fork (Windows, macOS
spawn), everything runs serially in this process, with the same results in
the same order. DIPREL_JOBS sets the number of processes. The garbage
collector is kept from rescanning the large, long-lived inputs of a build.
"""
from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal

MIN_ITEMS = 200   # per worker, below which starting workers costs more than it saves
CHUNKSIZE = 16

_work = None  # the function of the pool being started, inherited by its forked workers


def jobs() -> int:
    if os.environ.get("DIPREL_JOBS", "").isdigit():
        return max(1, int(os.environ["DIPREL_JOBS"]))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(cores, 8)


def call(item):
    """What a fork_pool's workers map over items."""
    return _work(item)


def _worker_start() -> None:
    """Workers leave interrupts to the parent, and die at once when it ends them (Pool.terminate).

    They inherit the parent's handlers, and `terminate_cleanly`'s would let
    code that catches SystemExit carry on and wait for work forever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})


def fork_pool(fn, n: int):
    """A pool of n forked workers that run fn on the items they are given (`pool.map(call, items)`),
    or None when that is not possible or not worth it (n < 2)."""
    global _work
    if n < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    _work = fn
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})  # none lost before _worker_start
    try:
        with frozen():  # the workers' collector then leaves the shared heap alone instead of copying it
            return multiprocessing.get_context("fork").Pool(n, initializer=_worker_start)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        _work = None


@contextlib.contextmanager
def gc_paused():
    """No cyclic garbage collection in the block (also usable as a decorator).

    A large build makes millions of small objects that hold no cycles and live
    to its end: the collector finds nothing, but rescans them all each time the
    heap grows by a quarter, which was half of `collect`'s time at 10^5 records.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def frozen():
    """Leave every object alive now out of garbage collections until the block ends."""
    outer = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        yield
    finally:
        if not outer:
            gc.unfreeze()


def ordered_map(fn, items: list) -> list:
    """[fn(x) for x in items], computed by worker processes when that pays.

    fn must not raise for bad input: return problems as values (exceptions
    cross processes without their attributes).
    """
    pool = fork_pool(fn, min(jobs(), len(items) // MIN_ITEMS))
    if pool is None:
        return [fn(x) for x in items]
    with pool:
        return pool.map(call, items, CHUNKSIZE)
