"""Nothing lost: an interrupted or failing build leaves the previous outputs exactly as they were.

A `diprel build` runs in a subprocess with a hook that sends the process a
signal at a chosen point (while collecting, halfway through writing the tables,
while validating, between the two renames of the swap), or after a delay. Every
interruption before the swap leaves data/processed/ and datapackage.json
byte-identical and no staging files behind; an interruption during the swap is
held until the swap is complete. A build killed outright mid-swap (SIGKILL) is
undone by the next build. Exceptions raised halfway through writing or
validating leave the outputs untouched too, and a later build succeeds.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from diprel import build, tablesio
from diprel.paths import Repo

from conftest import copy_repo

ANN = "data/annotations/munir-trump-luncheon.yaml"

# Runs `diprel build` after wrapping MODULE.NAME so that its Nth call sends SIGNAL
# to this process, before or after the original runs. VALIDATE=no skips the
# (slow, and here irrelevant) validation of points after it.
HOOKED_BUILD = textwrap.dedent("""
    import importlib, os, signal, sys
    module, name, nth, when, sig, validate = sys.argv[1:7]
    if validate == "no":
        import diprel.schemas, diprel.validate

        def write_only(repo, staged, desc, built=None, write=None):
            for table in diprel.schemas.tables(repo):
                write(table)
            return diprel.validate.Report()

        diprel.validate.run = write_only
    target = importlib.import_module(module)
    original, calls = getattr(target, name), []

    def hooked(*args, **kwargs):
        calls.append(1)
        fire = len(calls) == int(nth)
        if fire and when == "before":
            os.kill(os.getpid(), getattr(signal, sig))
        result = original(*args, **kwargs)
        if fire and when == "after":
            os.kill(os.getpid(), getattr(signal, sig))
        return result

    setattr(target, name, hooked)
    from diprel.cli import main
    main(["build"])
""")

POINTS = {  # where the signal arrives: (module, function, nth call, before/after it runs)
    "collecting": ("diprel.annotations", "load_all", 1, "before"),
    "writing-tables": ("diprel.tablesio", "to_csv", 4, "before"),
    "validating": ("diprel.validate", "meaning", 1, "before"),  # Great Expectations, once imported
}


def outputs(root: Path) -> dict[str, bytes]:
    """The build's outputs, byte for byte."""
    out = {"datapackage.json": (root / "datapackage.json").read_bytes()}
    processed = root / "data" / "processed"
    if processed.is_dir():
        out.update({p.name: p.read_bytes() for p in sorted(processed.iterdir())})
    return out


def strays(root: Path) -> list[str]:
    """Staging files a build leaves only if it dies without cleaning up."""
    return sorted(p.name for p in [*(root / "data").glob(".processed.*"), *root.glob(".datapackage.json.*")])


@pytest.fixture
def changed_repo(tmp_path) -> Path:
    """A repository whose inputs changed since the last build, so old and new outputs differ."""
    root = copy_repo(tmp_path / "repo")
    path = root / ANN
    path.write_text(path.read_text(encoding="utf-8").replace("venue: White House Cabinet Room",
                                                             "venue: Cabinet Room of the White House"), encoding="utf-8")
    return root


def run_hooked(root: Path, module: str, name: str, nth: int, when: str, sig: str, *,
               validate: bool = False) -> subprocess.CompletedProcess:
    env = {**os.environ, "DIPREL_ROOT": str(root)}
    return subprocess.run([sys.executable, "-c", HOOKED_BUILD, module, name, str(nth), when, sig, "yes" if validate else "no"],
                          cwd=root, env=env, capture_output=True, text=True, timeout=300)


def ended_by(proc: subprocess.CompletedProcess, sig: str) -> bool:
    """The process ended because of the signal, not (say) because the hook failed.

    SIGINT raises KeyboardInterrupt, which click reports as "Aborted!" with
    status 1; SIGTERM ends the process, or raises SystemExit(128 + 15) while
    the build has staging files to remove.
    """
    if sig == "SIGINT":
        return proc.returncode == 1 and proc.stderr.rstrip().endswith("Aborted!")
    return proc.returncode in (-signal.SIGTERM, 128 + signal.SIGTERM)


def build_ok(root: Path) -> dict[str, bytes]:
    """A later build succeeds; return its outputs.

    In process and without the validation layers, which cannot change outputs
    and which the interrupted build ran already: the test is about the files.
    """
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DIPREL_ROOT", str(root))
        build.build(Repo(root), check=lambda *args: [])
    return outputs(root)


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("point", POINTS)
def test_a_signal_before_the_swap_changes_nothing(changed_repo, point, sig):
    before = outputs(changed_repo)
    proc = run_hooked(changed_repo, *POINTS[point], sig, validate=point == "validating")
    assert ended_by(proc, sig)
    assert outputs(changed_repo) == before
    assert strays(changed_repo) == []
    assert build_ok(changed_repo) != before  # the interrupted build's inputs still build


@pytest.mark.parametrize("sig, validate", [("SIGINT", False), ("SIGTERM", True)])
def test_a_signal_during_the_swap_waits_for_it_to_finish(changed_repo, sig, validate):
    # Between target->old and staged->target; with validation run, its libraries' threads are alive
    # and may be the ones the kernel hands the signal to.
    proc = run_hooked(changed_repo, "os", "rename", 1, "after", sig, validate=validate)
    assert ended_by(proc, sig)  # the signal still ends the process, once the swap is whole
    interrupted = outputs(changed_repo)
    assert strays(changed_repo) == []
    assert build_ok(changed_repo) == interrupted  # the swap had completed: the outputs are the new build's


def test_a_build_killed_mid_swap_is_undone_by_the_next_one(changed_repo):
    before = outputs(changed_repo)
    proc = run_hooked(changed_repo, "os", "rename", 1, "after", "SIGKILL")
    assert proc.returncode == -signal.SIGKILL
    assert not (changed_repo / "data" / "processed").exists()  # killed between the two renames
    build.recover(Repo(changed_repo))
    assert outputs(changed_repo) == before and strays(changed_repo) == []
    assert build_ok(changed_repo) != before


@pytest.mark.parametrize("sig, delay", [(signal.SIGINT, 0.5), (signal.SIGTERM, 2.0)])
def test_a_signal_at_any_moment_leaves_old_or_new_outputs_whole(changed_repo, sig, delay):
    before = outputs(changed_repo)
    env = {**os.environ, "DIPREL_ROOT": str(changed_repo)}
    proc = subprocess.Popen([sys.executable, "-m", "diprel", "build"], cwd=changed_repo, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(sig)
    returncode = proc.wait(timeout=300)
    after = outputs(changed_repo)
    assert strays(changed_repo) == []
    new = build_ok(changed_repo)
    assert after in (before, new)  # new also when the signal came during the swap, which finishes first
    if returncode == 0:
        assert after == new


# --- exceptions inside the build (in process) ------------------------------------------

def failing_after(n: int, original):
    calls = []

    def wrapper(*args, **kwargs):
        calls.append(1)
        if len(calls) == n:
            raise RuntimeError("disk full (injected)")
        return original(*args, **kwargs)
    return wrapper


def test_an_exception_halfway_through_writing_changes_nothing(changed_repo, monkeypatch):
    monkeypatch.setenv("DIPREL_ROOT", str(changed_repo))
    repo = Repo(changed_repo)
    before = outputs(changed_repo)
    monkeypatch.setattr(tablesio, "to_csv", failing_after(4, tablesio.to_csv))
    with pytest.raises(RuntimeError, match="injected"):
        build.build(repo, check=lambda *a: [])
    assert outputs(changed_repo) == before and strays(changed_repo) == []
    monkeypatch.undo()
    monkeypatch.setenv("DIPREL_ROOT", str(changed_repo))
    build.build(repo, check=lambda *a: [])
    assert outputs(changed_repo) != before


def test_an_exception_while_validating_changes_nothing(changed_repo, monkeypatch):
    monkeypatch.setenv("DIPREL_ROOT", str(changed_repo))
    repo = Repo(changed_repo)
    before = outputs(changed_repo)

    def broken_check(*args):
        raise RuntimeError("validator crashed (injected)")

    with pytest.raises(RuntimeError, match="injected"):
        build.build(repo, check=broken_check)
    assert outputs(changed_repo) == before and strays(changed_repo) == []


def test_an_exception_during_the_descriptor_write_changes_nothing(changed_repo, monkeypatch):
    monkeypatch.setenv("DIPREL_ROOT", str(changed_repo))
    repo = Repo(changed_repo)
    before = outputs(changed_repo)
    monkeypatch.setattr(build, "stage_file", failing_after(1, build.stage_file))
    with pytest.raises(RuntimeError, match="injected"):
        build.build(repo, check=lambda *a: [])
    assert outputs(changed_repo) == before and strays(changed_repo) == []
