"""The pull-request check: every input problem, at the file a contributor edits.

`check` runs `build.collect` (metadata and annotations against the schemas,
quotes against the archived texts, hashes, actor references, merged events,
released ids), then the semantic rules of validation/ (Great Expectations) on
the tables those inputs build, in memory, and finally checks that
`data/processed/` and `datapackage.json` are exactly what they build. Every
problem is reported at the annotation or source line that causes it.
`--quick` skips the semantic rules (no Great Expectations import: under a
second), for use after every edit.
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


def check(repo: Repo, *, quick: bool = False) -> Summary:
    """Raise DiprelError listing every problem; otherwise say what was checked."""
    built = build.collect(repo)
    texts = validate.built_csv(repo, built)  # written once, for the semantic rules and the staleness check
    problems = [] if quick else validate.meaning(repo, validate.built_frames(repo, texts), built)[0]
    # Stale tables only once the inputs are right: "run diprel build" is the last step.
    problems = problems or validate.stale_tables(repo, built, texts)
    if problems:
        raise DiprelError(problems)
    return Summary(len(built.rows["sources"]), len(built.rows["records"]), built.drafts_skipped)
