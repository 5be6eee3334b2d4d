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

import collections
import contextlib
import gc
import multiprocessing
import os
import signal
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .errors import DiprelError, Problem

MIN_ITEMS = 200   # per worker, below which starting workers costs more than it saves
CHUNKSIZE = 16

_work = None  # the function a forked worker runs, set by its initializer


def jobs() -> int:
    if os.environ.get("DIPREL_JOBS", "").isdigit():
        return max(1, int(os.environ["DIPREL_JOBS"]))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(cores, 8)


def call(item):
    """What a Workers pool runs on each item."""
    return _work(item)


def _call_chunk(items: list) -> list:
    return [_work(item) for item in items]


def _worker_start(fn) -> None:
    """Workers leave interrupts to the parent, and die at once when it ends them.

    They inherit the parent's handlers, and `terminate_cleanly`'s would let
    code that catches SystemExit carry on and wait for work forever. fn is
    inherited through the fork, never pickled.
    """
    global _work
    _work = fn
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})


class WorkerDied(DiprelError):
    def __init__(self):
        super().__init__(Problem("(worker process)", 0, "worker-died",
                                 "a worker process was killed before it finished (out of memory?)",
                                 "run again with DIPREL_JOBS=1 to work in one process"))


class Workers:
    """n forked processes running fn over items.

    A concurrent.futures pool rather than multiprocessing.Pool: when a worker
    dies (the kernel's OOM killer, a segfault) the results fail at once with
    WorkerDied, where multiprocessing.Pool would wait for the lost task forever.
    """

    def __init__(self, fn, n: int):
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})  # none lost before _worker_start
        try:
            with frozen():  # the workers' collector then leaves the shared heap alone instead of copying it
                self._pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork"),
                                                 initializer=_worker_start, initargs=(fn,))
                # A fork pool starts all its workers at the first task: now, while SIGTERM is held.
                self._pool.submit(os.getpid).result()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)

    def map(self, items: list, chunksize: int = 1) -> list:
        try:
            return list(self._pool.map(call, items, chunksize=chunksize))
        except BrokenProcessPool:
            raise WorkerDied() from None

    def imap(self, items, chunksize: int = 1, ahead: int = 64):
        """fn over items, in input order, streaming: at most `ahead` items are read
        beyond the results consumed, so a corpus of any size is never read ahead whole."""
        pending: collections.deque[Future] = collections.deque()
        chunk, read, done = [], 0, 0
        try:
            for item in items:
                chunk.append(item)
                read += 1
                if len(chunk) == chunksize:
                    pending.append(self._pool.submit(_call_chunk, chunk))
                    chunk = []
                while read - done >= ahead:
                    if not pending:
                        pending.append(self._pool.submit(_call_chunk, chunk))
                        chunk = []
                    results = pending.popleft().result()
                    done += len(results)
                    yield from results
            if chunk:
                pending.append(self._pool.submit(_call_chunk, chunk))
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool:
            raise WorkerDied() from None

    def submit(self, items: list) -> list[Future]:
        return [self._pool.submit(call, x) for x in items]

    def close(self) -> None:
        """Stop the workers, busy or not (the executor can only wait for them before Python 3.14)."""
        for proc in list((getattr(self._pool, "_processes", None) or {}).values()):
            proc.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def fork_pool(fn, n: int) -> Workers | None:
    """n forked workers running fn, or None when that is not possible or not worth it (n < 2)."""
    if n < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return Workers(fn, n)


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
        return pool.map(items, CHUNKSIZE)
