"""Repository copies with and without a release, shared by the release, loader and citation tests.

A "fresh" copy has its release history removed (so it can cut its first
release at whatever version its metadata says) and is rebuilt; the "released"
copy is a fresh one after `release`. Both are made once per session; tests
clone them before changing anything.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from diprel import build, release
from diprel.paths import Repo

from conftest import copy_repo

ANNOTATION = "data/annotations/munir-trump-luncheon.yaml"
CIVILIAN = "cas-munir-trump-luncheon-pak-civilian"
MILITARY = "cas-munir-trump-luncheon-pak-military"
NEW_ID = "cas-munir-trump-luncheon-pak-all"

_bases: dict[str, Path] = {}


def version_of(repo_dir: Path) -> str:
    return json.loads((repo_dir / "datapackage.json").read_text(encoding="utf-8"))["version"]


def fresh_base(tmp_path_factory) -> Path:
    if "fresh" not in _bases:
        dest = copy_repo(tmp_path_factory.mktemp("fresh") / "repo")
        shutil.rmtree(dest / "data" / "releases", ignore_errors=True)
        build.build(Repo(dest))   # first_release of every record back to null
        _bases["fresh"] = dest
    return _bases["fresh"]


def released_base(tmp_path_factory) -> Path:
    """A fresh copy after its first release (without SOURCE_DATE_EPOCH: not a git work tree, so the fallback time)."""
    if "released" not in _bases:
        dest = clone(fresh_base(tmp_path_factory), tmp_path_factory.mktemp("released") / "repo")
        saved = os.environ.pop("SOURCE_DATE_EPOCH", None)
        try:
            release.release(Repo(dest), version_of(dest))
        finally:
            if saved is not None:
                os.environ["SOURCE_DATE_EPOCH"] = saved
        _bases["released"] = dest
    return _bases["released"]


def clone(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest


def release_dir(repo_dir: Path, version: str | None = None) -> Path:
    return repo_dir / "dist" / f"diprel-{version or version_of(repo_dir)}"


def prepare(repo_dir: Path, version: str) -> None:
    """What a maintainer does before `diprel release VERSION`: bump the metadata, write the changelog section."""
    desc = repo_dir / "datapackage.json"
    meta = json.loads(desc.read_text(encoding="utf-8"))
    meta["version"] = version
    desc.write_text(build.dump_json(meta), encoding="utf-8")
    cff = repo_dir / "CITATION.cff"
    cff.write_text(re.sub(r"^version:.*$", f'version: "{version}"', cff.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    changelog = repo_dir / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    section = f"## [{version}] - 2030-01-01\n\n### Data\n\n- Test changes.\n\n### Schema\n\n- None.\n\n"
    changelog.write_text(text.replace("## [Unreleased]\n\n", "## [Unreleased]\n\n" + section, 1), encoding="utf-8")


def _edit_annotation(repo_dir: Path, edit) -> None:
    path = repo_dir / ANNOTATION
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")


def add_record(repo_dir: Path) -> None:
    """A new casualty figure backed by the same quote as the seed's two."""
    block = f"""
  - id: {NEW_ID}
    review_status: reviewed
    source_id: munir-trump-luncheon
    conflict_id: con-2025-ind-pak
    side_state: PAK
    population: unspecified
    outcome: casualties
    count: 153
    count_qualifier: exact
    date_end: "2025-05-10"
    date_precision: day
    date_basis: year_inferred
    certainty: asserted
    evidence:
      - quote: The conflict, which lasted 87 hours, resulted in 40 civilian and 113 military casualties on the Pakistani side
        supports: [count]
"""
    _edit_annotation(repo_dir, lambda text: text.rstrip("\n") + "\n" + block)


def correct_record(repo_dir: Path) -> None:
    """A correction of the military figure's note."""
    _edit_annotation(repo_dir, lambda text: text.replace("is likely a garbled", "is probably a garbled", 1))


def drop_record(repo_dir: Path) -> None:
    """Remove the civilian figure's block from the annotation."""
    def edit(text):
        start = text.index(f"  - id: {CIVILIAN}\n")
        end = text.index("  - id: ", start + 1)
        return text[:start] + text[end:]
    _edit_annotation(repo_dir, edit)


def retract(repo_dir: Path, rid: str, version: str) -> None:
    path = repo_dir / "data" / "retractions.yaml"
    text = path.read_text(encoding="utf-8") if path.is_file() else "retractions:\n"
    path.write_text(text + f"  - id: {rid}\n    version: \"{version}\"\n    reason: Duplicate of a figure coded elsewhere (test).\n",
                    encoding="utf-8")
