"""Shared fixtures: every test works on a private copy of a seed-only repository.

Tests must not depend on the dataset as it grows: a pull request that adds
records must pass them. So a test repository has the live code, schemas,
suites and gazetteer, but its data is the frozen seed in tests/fixtures/seed/
(one source, its annotation), built once per session.
"""
from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(__file__).resolve().parent / "fixtures" / "seed"
COPIED = ("schemas", "validation", "data/reference", "datapackage.json", "CHANGELOG.md", "CITATION.cff", ".zenodo.json")


@functools.cache
def seed_repo() -> Path:
    """The seed-only repository, built once (processed tables and descriptor included)."""
    from diprel import build
    from diprel.paths import Repo

    root = Path(tempfile.mkdtemp(prefix="diprel-seed-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    for name in COPIED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, root / name, ignore=shutil.ignore_patterns(".*tmp*", ".*old*"))
        elif src.is_file():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, root / name)
    shutil.copytree(SEED / "articles", root / "data" / "raw" / "articles")
    shutil.copytree(SEED / "annotations", root / "data" / "annotations")
    build.build(Repo(root))
    return root


def copy_repo(dest: Path) -> Path:
    """A private copy of the seed-only repository at dest."""
    shutil.copytree(seed_repo(), dest, dirs_exist_ok=True)
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
