"""Shared fixtures: every test works on a private copy of the repository."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("schemas", "data", "validation", "datapackage.json", "CHANGELOG.md", "CITATION.cff", ".zenodo.json")


def copy_repo(dest: Path) -> Path:
    """Copy the inputs and outputs a build needs (not dist/, not caches)."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns(".*tmp*", ".*old*"))
        elif src.is_file():
            shutil.copy2(src, dest / name)
    return dest


@pytest.fixture
def repo_dir(tmp_path) -> Path:
    """A fresh copy of the repository; DIPREL_ROOT points at it."""
    return copy_repo(tmp_path / "repo")


@pytest.fixture
def repo(repo_dir, monkeypatch):
    from diprel.paths import Repo

    monkeypatch.setenv("DIPREL_ROOT", str(repo_dir))
    return Repo(repo_dir)


def run_cli(repo_dir: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `diprel ARGS` in a subprocess against repo_dir (real exit codes and streams)."""
    env = {**os.environ, "DIPREL_ROOT": str(repo_dir)}
    return subprocess.run([sys.executable, "-m", "diprel", *args], cwd=repo_dir, env=env,
                          capture_output=True, text=True, timeout=timeout)


def snapshot(repo_dir: Path) -> dict[str, bytes]:
    """Every output file's bytes, to prove that a failed command wrote nothing."""
    out = {"datapackage.json": (repo_dir / "datapackage.json").read_bytes()}
    for p in sorted((repo_dir / "data").rglob("*")):
        if p.is_file():
            out[p.relative_to(repo_dir).as_posix()] = p.read_bytes()
    return out
