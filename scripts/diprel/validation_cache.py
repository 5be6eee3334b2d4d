"""The last passing validation, remembered so that it is not repeated on the same bytes.

`make build` runs `diprel build`, which validates the staged tables in all
three layers before they replace anything, and then `diprel validate` on the
very same tables: at scale the second run would repeat minutes of work. So a
passing validation is recorded in `.diprel-cache/validated.json` (git-ignored)
under a key that hashes the *content* of everything its outcome depends on:

- the diprel modules (not the `extract/` subpackage, which validation never
  runs), and the versions of frictionless, great_expectations and pandas;
- `schemas/`, `validation/`, and every file under `data/` except
  `data/processed/` (sources, annotations, reference data, release manifests,
  retractions);
- the package metadata of `datapackage.json` (its resources are checked to be
  exactly what `diprel build` writes);
- the nine built tables.

`diprel validate` recomputes the key and reuses the report only on an exact
match; any change to any of these, or `diprel validate --full`, runs every
layer again (and records the result when it passes). Failing reports are never
recorded. The input key is taken before the build reads its inputs, so an
input edited during a build makes the key stale, not the report wrong.
"""
from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

from . import parallel
from .atomic import replace_file
from .paths import Repo
from .schemas import TABLES

CACHE_FILE = Path(".diprel-cache") / "validated.json"
VERSIONED = ("frictionless", "great_expectations", "pandas")
PACKAGE_DIR = Path(__file__).resolve().parent


def _file_digest(path) -> bytes:
    """sha256 of a file's bytes (empty if it vanished or cannot be read: then no key matches)."""
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").digest()
    except OSError:
        return b""


def _files(base: Path, skip: Path | None = None) -> list[str]:
    """Every file under base, sorted; dot-names skipped. Strings, not Paths: there may be 10^5 of them."""
    out, skip_dir = [], str(skip) if skip else None
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and os.path.join(dirpath, d) != skip_dir)
        out.extend(os.path.join(dirpath, name) for name in sorted(filenames) if not name.startswith("."))
    return out


def _package_metadata(repo: Repo) -> bytes:
    try:
        meta = json.loads(repo.descriptor.read_text(encoding="utf-8"))
        meta.pop("resources", None)
        return json.dumps(meta, sort_keys=True).encode("utf-8")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError):
        return repo.descriptor.read_bytes() if repo.descriptor.is_file() else b""


def inputs_key(repo: Repo) -> str:
    """Hash of the code and of every input a validation reads."""
    h = hashlib.sha256()
    for module in sorted(PACKAGE_DIR.glob("*.py")):
        h.update(module.name.encode() + b"\0" + _file_digest(module))
    for dist in VERSIONED:
        h.update(f"{dist}=={metadata.version(dist)}\0".encode())
    files = [f for base in (repo.schemas, repo.validation, repo.root / "data") for f in _files(base, skip=repo.processed)]
    start = len(str(repo.root)) + 1
    # Hundreds of thousands of small files at scale: read on every core.
    for path, digest in zip(files, parallel.ordered_map(_file_digest, files)):
        h.update(path[start:].replace(os.sep, "/").encode() + b"\0" + digest)
    h.update(_package_metadata(repo))
    return h.hexdigest()


def _key(inputs: str, table_dir: Path) -> str | None:
    paths = [table_dir / f"{name}.csv" for name in TABLES]
    if not all(path.is_file() for path in paths):
        return None
    # A few large files: threads suffice, since sha256 lets go of the GIL while it hashes.
    with ThreadPoolExecutor(min(len(paths), parallel.jobs())) as pool:
        digests = list(pool.map(_file_digest, paths))
    h = hashlib.sha256(inputs.encode())
    for name, digest in zip(TABLES, digests):
        h.update(name.encode() + b"\0" + digest)
    return h.hexdigest()


def store(repo: Repo, inputs: str, table_dir: Path, checked: dict) -> None:
    """Record a passing report (`checked`: layer -> summary) for these inputs and tables."""
    key = _key(inputs, table_dir)
    if key is None:
        return
    path = repo.root / CACHE_FILE
    try:
        path.parent.mkdir(exist_ok=True)
        replace_file(path, json.dumps({"key": key, "checked": checked}, indent=1) + "\n")
    except OSError:
        pass  # a cache that cannot be written only costs the next validation its time


def lookup(repo: Repo, inputs: str, table_dir: Path) -> dict | None:
    """The recorded `checked` summaries if they are for exactly these inputs and tables."""
    try:
        entry = json.loads((repo.root / CACHE_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(entry, dict) or entry.get("key") != _key(inputs, table_dir):
        return None
    return entry.get("checked") if isinstance(entry.get("checked"), dict) else None
