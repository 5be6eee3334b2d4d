"""The pull-request check: every input problem, at the file a contributor edits.

`check` runs what needs only the inputs — `build.collect` (metadata and
annotations against the schemas, quotes against the archived texts, hashes,
actor references, merged events, released ids) — and then checks that
`data/processed/` and `datapackage.json` are exactly what those inputs build.
It does not run the semantic suites (Great Expectations): `diprel build` runs
them before it writes anything, so tables that are up to date have passed them,
and CI runs `diprel validate` on top.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import build, validate
from .errors import DiprelError
from .paths import Repo


@dataclass(frozen=True)
class Summary:
    sources: int
    records: int
    drafts: int


def check(repo: Repo) -> Summary:
    """Raise DiprelError listing every problem; otherwise say what was checked."""
    built = build.collect(repo)
    stale = validate.stale_tables(repo, built)
    if stale:
        raise DiprelError(stale)
    return Summary(len(built.rows["sources"]), len(built.rows["records"]), built.drafts_skipped)
