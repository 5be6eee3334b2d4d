"""What earlier releases published, and which ids were retracted since.

Each release leaves a manifest `data/releases/<version>.json` in the
repository (dist/ is not committed) listing its record ids with a hash of
each record's content, so that later builds know every id ever released and
the version that first carried it. Removing a released id needs an entry in
`data/retractions.yaml` (id, version, reason), which releases carry.
"""
from __future__ import annotations

import json
import re

from . import yamlio
from .annotations import Where
from .errors import Problem, ProblemList
from .paths import Repo

VERSION_RE = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
RETRACTIONS_FILE = "retractions.yaml"


def parse_version(v: str) -> tuple[int, int, int]:
    m = VERSION_RE.fullmatch(v or "")
    if not m:
        raise ValueError(f"{v!r} is not a version X.Y.Z")
    return tuple(int(x) for x in m.groups())


def manifests(repo: Repo) -> list[dict]:
    """Release manifests, oldest version first."""
    out = []
    if repo.releases_log.is_dir():
        for path in repo.releases_log.glob("*.json"):
            if VERSION_RE.fullmatch(path.stem):
                out.append(json.loads(path.read_text(encoding="utf-8")))
    return sorted(out, key=lambda m: parse_version(m["version"]))


def first_release(repo: Repo) -> dict[str, str]:
    """record id -> the version that first released it."""
    out: dict[str, str] = {}
    for m in manifests(repo):
        for rid in m.get("records", {}):
            out.setdefault(rid, m["version"])
    return out


def retractions(repo: Repo) -> tuple[list[dict], list[Problem]]:
    """Entries of data/retractions.yaml, each {id, version, reason}, checked."""
    path = repo.root / "data" / RETRACTIONS_FILE
    if not path.is_file():
        return [], []
    display = repo.rel(path)
    p = ProblemList()
    doc = yamlio.read(path, display=display)
    items = doc.get("retractions") if isinstance(doc, dict) else None
    if items is None:
        items = []
    if not isinstance(items, list):
        p.add(display, getattr(doc, "line", 1), "wrong-type", "retractions must be a list of {id, version, reason}")
        return [], list(p)
    out = []
    for item in items:
        if not isinstance(item, dict) or set(item) != {"id", "version", "reason"} or not all(isinstance(item[k], str) and item[k] for k in item):
            p.add(display, getattr(item, "line", 1), "wrong-value", "each retraction needs exactly id, version and reason, all non-empty text")
            continue
        if not VERSION_RE.fullmatch(item["version"]):
            p.add(display, item.line_of("version"), "wrong-value", f"version {item['version']!r} is not X.Y.Z")
            continue
        out.append({k: item[k] for k in ("id", "version", "reason")} | {"where": Where(display, item.line)})
    return out, list(p)


def check_removed(repo: Repo, current_ids: set[str]) -> list[Problem]:
    """Released ids that vanished without a retraction entry."""
    released = first_release(repo)
    retracted, problems = retractions(repo)
    retracted_ids = {r["id"] for r in retracted}
    for rid, version in sorted(released.items()):
        if rid not in current_ids and rid not in retracted_ids:
            problems.append(Problem(f"data/{RETRACTIONS_FILE}", 1, "retraction-missing",
                                    f"record {rid!r}, released in {version}, is no longer coded and has no retraction entry",
                                    "restore the record, or add {id, version, reason} under `retractions:` here"))
    for r in retracted:
        if r["id"] in current_ids:
            problems.append(Problem(r["where"].file, r["where"].line, "retraction-conflict", f"{r['id']!r} is retracted but still coded"))
    return problems
