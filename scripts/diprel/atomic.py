"""Writing files so that a failure or an interrupt never leaves half a change.

Outputs are written beside their target under a temporary name that carries
the writer's process id, then renamed into place while SIGINT and SIGTERM are
held; leftovers of a process that died can be told from a live one's.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import tempfile
import threading
from pathlib import Path


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def signals_deferred():
    """Hold SIGINT/SIGTERM while files are swapped, so an interrupt cannot split the swap.

    Handlers record the signal and it is raised again on exit. (Blocking it with
    pthread_sigmask is not enough: that covers the calling thread only, and a
    thread the validation libraries started would take the signal and the main
    thread would still be interrupted.) Handlers can only be set from the main
    thread, which is where Python runs them; elsewhere this does nothing.
    """
    if not _in_main_thread():
        yield
        return
    received = []
    old = {sig: signal.signal(sig, lambda signum, frame: received.append(signum)) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)  # None: set outside Python
        if received:
            signal.raise_signal(received[0])


def swap_into_place(staged: Path, target: Path) -> None:
    """Replace directory `target` by `staged` (two renames, interrupts held)."""
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    with signals_deferred():
        if target.exists():
            os.rename(target, old)
        os.rename(staged, target)
    shutil.rmtree(old, ignore_errors=True)


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def stage_file(path: Path, content: str) -> Path:
    """Write content to a temporary file beside `path`, ready for os.replace."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, 0o666 & ~umask())  # mkstemp's 0600 would become the file's mode after the rename
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(content)
    return Path(tmp)


def replace_file(path: Path, content: str) -> None:
    """Write `path` through a temporary file and an atomic rename."""
    tmp = stage_file(path, content)
    try:
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def owner_alive(path: Path) -> bool:
    """Staging names carry their process id (`.processed.tmp-<pid>-…`); is that process still running?"""
    m = re.search(r"\.(?:tmp|old)-(\d+)|\.(\d+)-[^.]*\.tmp$", path.name)
    if not m:
        return False
    pid = int(m.group(1) or m.group(2))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def terminate_cleanly():
    """Make SIGTERM raise SystemExit, so that `finally` blocks remove staging files.

    (Its default action ends the process on the spot.) Main thread only, as
    `signals_deferred`.
    """
    if not _in_main_thread():
        yield
        return

    def exit_(signum, frame):
        raise SystemExit(128 + signum)

    old = signal.signal(signal.SIGTERM, exit_)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)
