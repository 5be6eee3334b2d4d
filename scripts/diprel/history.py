"""What earlier releases published, and which ids were retracted since.

Each release leaves a manifest `data/releases/<version>.json` in the
repository (dist/ is not committed) listing its record ids with a hash of
each record's content, so that later builds know every id ever released and
the version that first carried it. Removing a released id needs an entry in
`data/retractions.yaml` (id, version, reason), which releases carry.

A manifest holds: version, created, a structural hash per table schema, the
sha256 of each released CSV, `records` {record id: hash of its canonical row
and evidence}, `reference` {table: {id: hash}} for sources and actors, short
per-field hashes under `fields` (to name what changed), and the retractions.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import tablesio, yamlio
from .annotations import Where
from .errors import DiprelError, Problem, ProblemList
from .paths import Repo

VERSION_RE = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
RETRACTIONS_FILE = "retractions.yaml"


def parse_version(v: str) -> tuple[int, int, int]:
    m = VERSION_RE.fullmatch(v or "")
    if not m:
        raise ValueError(f"{v!r} is not a version X.Y.Z")
    return tuple(int(x) for x in m.groups())


def read_manifest(repo: Repo, path: Path) -> dict:
    """One manifest, refused with its file name when it is not what a release wrote."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", 0)
        raise DiprelError(Problem(repo.rel(path), line, "bad-manifest", f"not a release manifest: {exc}")) from None
    if not isinstance(manifest, dict) or manifest.get("version") != path.stem or not isinstance(manifest.get("records"), dict):
        raise DiprelError(Problem(repo.rel(path), 1, "bad-manifest", f"a manifest needs version {path.stem!r} and a records mapping",
                                  "manifests are written by `diprel release`; restore this one from git"))
    return manifest


def manifests(repo: Repo) -> list[dict]:
    """Release manifests, oldest version first."""
    out = []
    if repo.releases_log.is_dir():
        for path in repo.releases_log.glob("*.json"):
            if VERSION_RE.fullmatch(path.stem):
                out.append(read_manifest(repo, path))
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


# --- what a release holds, and how two releases differ -----------------------
#
# A release is summarised as a Snapshot: a structural hash per table schema,
# and per id a hash of its canonical content plus one short hash per field
# (so a diff against a committed manifest can name the fields that changed
# without the manifest repeating the data). Diff units are the rows of every
# table keyed by one id, except the `records` registry (derived) and
# `evidence`, which is folded into the record it backs.

PROSE_KEYS = ("title", "description")   # editing these is not a schema change
UNIT_EXCLUDED = ("records", "evidence")
FIELD_HASH_CHARS = 16
BUMPS = ("patch", "minor", "major")


def manifest_path(repo: Repo, version: str) -> Path:
    parse_version(version)  # a version becomes a file name: only X.Y.Z
    return repo.releases_log / f"{version}.json"


def latest(repo: Repo) -> dict | None:
    """The manifest of the most recent release, or None before the first."""
    found = manifests(repo)
    return found[-1] if found else None


def canonical(obj) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def schema_hash(table) -> str:
    """Hash of what a Table Schema constrains: names, types, constraints, keys — not its prose."""
    desc = {k: v for k, v in table.descriptor.items() if k not in PROSE_KEYS}
    desc["fields"] = [{k: v for k, v in f.items() if k not in PROSE_KEYS} for f in desc.get("fields", [])]
    return sha256(canonical(desc))


def _cells(row: dict, columns) -> dict:
    """A row as CSV cells (None for empty), whether it came from the build or from a CSV file."""
    out = {}
    for c in columns:
        value = row.get(c)
        text = value if isinstance(value, str) else tablesio.cell(value)
        out[c] = text or None
    return out


def contents(tables: dict, rows: dict[str, list[dict]]) -> dict[str, dict[str, dict]]:
    """table -> id -> canonical content; a record's content includes its evidence."""
    ev_table = tables["evidence"]
    evidence: dict[str, list] = {}
    for row in rows.get("evidence", []):
        cells = _cells(row, ev_table.columns)
        evidence.setdefault(cells.pop("record_id"), []).append(cells)
    for items in evidence.values():
        items.sort(key=lambda e: (e["source_id"], int(e["start"])))
    out = {}
    for name, table in tables.items():
        if name in UNIT_EXCLUDED or len(table.primary_key) != 1:
            continue
        out[name] = {}
        for row in rows.get(name, []):
            cells = _cells(row, table.columns)
            if table.id_prefix:
                cells["evidence"] = evidence.get(cells[table.id_field], [])
            out[name][cells[table.id_field]] = cells
    return out


@dataclass
class Snapshot:
    """What one release holds; `values` only when its rows are at hand (not from a manifest)."""
    version: str | None
    schemas: dict[str, str]
    units: dict[str, dict[str, tuple[str, dict[str, str]]]]   # table -> id -> (hash, field hashes)
    retractions: list[dict] = field(default_factory=list)
    values: dict | None = None


def snapshot(version: str | None, tables: dict, rows: dict[str, list[dict]], retracted: list[dict]) -> Snapshot:
    values = contents(tables, rows)
    units = {name: {rid: (sha256(canonical(c)), {k: sha256(canonical(v))[:FIELD_HASH_CHARS] for k, v in c.items()})
                    for rid, c in by_id.items()}
             for name, by_id in values.items()}
    return Snapshot(version, {name: schema_hash(t) for name, t in tables.items()}, units,
                    [{k: r[k] for k in ("id", "version", "reason")} for r in retracted], values)


def to_manifest(snap: Snapshot, created: str, record_tables: set[str], files: dict[str, str]) -> dict:
    """The committed record of a release: coded records under `records` (what first_release reads)."""
    records, reference = {}, {}
    for name, by_id in sorted(snap.units.items()):
        hashes = {rid: h for rid, (h, _) in sorted(by_id.items())}
        if name in record_tables:
            records.update(hashes)
        else:
            reference[name] = hashes
    return {
        "version": snap.version, "created": created, "schemas": snap.schemas, "files": files,
        "records": dict(sorted(records.items())), "reference": reference,
        "fields": {name: {rid: fh for rid, (_, fh) in sorted(by_id.items())} for name, by_id in sorted(snap.units.items())},
        "retractions": snap.retractions,
    }


def from_manifest(m: dict) -> Snapshot:
    units = {}
    for name, by_id in m["fields"].items():
        hashes = m["reference"].get(name, m["records"])
        units[name] = {rid: (hashes[rid], fh) for rid, fh in by_id.items()}
    return Snapshot(m["version"], m["schemas"], units, m.get("retractions", []))


@dataclass
class Diff:
    old: Snapshot | None
    new: Snapshot
    schemas_changed: list[str]
    added: list[tuple[str, str]]
    removed: list[tuple[str, str]]
    changed: list[tuple[str, str, list[str]]]

    @property
    def bump(self) -> str:
        """The least version bump these changes need (Data Package version recipe)."""
        if self.schemas_changed:
            return "major"
        return "minor" if self.added or self.removed else "patch"

    def retraction(self, rid: str) -> dict | None:
        return next((r for r in self.new.retractions if r["id"] == rid), None)


def diff(old: Snapshot | None, new: Snapshot) -> Diff:
    prev = old or Snapshot(None, {}, {})
    names = sorted(set(prev.schemas) | set(new.schemas))
    schemas_changed = [n for n in names if old is not None and prev.schemas.get(n) != new.schemas.get(n)]
    added, removed, changed = [], [], []
    for name in sorted(set(prev.units) | set(new.units)):
        before, after = prev.units.get(name, {}), new.units.get(name, {})
        added += [(name, rid) for rid in sorted(set(after) - set(before))]
        removed += [(name, rid) for rid in sorted(set(before) - set(after))]
        for rid in sorted(set(before) & set(after)):
            (h0, f0), (h1, f1) = before[rid], after[rid]
            if h0 != h1:
                changed.append((name, rid, sorted(k for k in set(f0) | set(f1) if f0.get(k) != f1.get(k))))
    return Diff(old, new, schemas_changed, added, removed, changed)


def check_successor(version: str, previous: str | None) -> str | None:
    """Why `version` cannot follow `previous` (None when it can)."""
    v = parse_version(version)
    if previous is None:
        return None if v >= (0, 1, 0) else f"the first release must be 0.1.0 or later, not {version}"
    nxt = next_versions(previous)
    if v not in nxt.values():
        options = ", ".join(f"{'.'.join(map(str, t))} ({level})" for level, t in nxt.items())
        return f"{version} does not follow the latest release {previous}; the next version is one of {options}"
    return None


def next_versions(previous: str) -> dict[str, tuple[int, int, int]]:
    x, y, z = parse_version(previous)
    return {"patch": (x, y, z + 1), "minor": (x, y + 1, 0), "major": (x + 1, 0, 0)}


def bump_of(version: str, previous: str) -> str:
    return next(level for level, t in next_versions(previous).items() if t == parse_version(version))
