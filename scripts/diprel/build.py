"""Build the tidy tables from sources, annotations and reference data.

`collect` gathers every input and checks it against the schemas and against
each other, reporting problems at the file and line a contributor edits.
`build` writes the tables to a staging directory, validates them there, and
only then swaps them into `data/processed/` (and rewrites the resources of
`datapackage.json`): on any error or interruption the previous outputs stay
exactly as they were.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import annotations, history, parallel, reference, schemas, sources, tablesio, validation_cache
from .annotations import Where
from .atomic import owner_alive, signals_deferred, stage_file, swap_into_place, terminate_cleanly, umask
from .errors import DiprelError, Problem, ProblemList
from .paths import Repo
from .vocab import REVIEW


@dataclass
class Built:
    """The tables as rows, and where each row and field was coded."""
    rows: dict[str, list[dict]]
    where: dict = field(default_factory=dict)   # (table, id) -> Where the row is coded
    fields: dict = field(default_factory=dict)  # (table, id) -> Record.field_where (or a source's meta_lines)
    drafts_skipped: int = 0
    sources: dict = field(default_factory=dict)  # source_id -> Source as loaded and hash-checked, for provenance

    def locate(self, table: str, row_id, column: str | None = None) -> Where | None:
        """The line to name in a message about a row, or one of its cells."""
        row = self.where.get((table, row_id))
        if column is None or row is None:
            return row
        return annotations.locate_field(row, self.fields.get((table, row_id), {}), column)

    def is_set(self, table: str, row_id, column: str) -> bool:
        """Whether the inputs set the cell (possibly to a value found invalid)."""
        return column in self.fields.get((table, row_id), ())


@parallel.gc_paused()
def collect(repo: Repo, *, include_drafts: bool = False) -> Built:
    """Load and cross-check every input; raise DiprelError listing all problems."""
    problems: list[Problem] = []
    tables = schemas.tables(repo)

    ids = sources.source_ids(repo)
    srcs: dict[str, sources.Source] = {}
    for sid, (src, probs) in zip(ids, parallel.ordered_map(lambda sid: _load_source(repo, sid), ids)):
        if src is not None:
            srcs[sid] = src
        problems.extend(probs)
    try:
        actors, actor_where = reference.load_actors(repo)
    except DiprelError as exc:
        problems.extend(exc.problems)
        actors, actor_where = None, {}
    records, probs = annotations.load_all(repo, srcs)
    problems.extend(probs)

    drafts = [rid for rid, r in records.items() if r.review_status == REVIEW.draft]
    if not include_drafts:
        for rid in drafts:
            del records[rid]

    built = Built(rows={name: [] for name in tables}, drafts_skipped=0 if include_drafts else len(drafts), sources=srcs)
    for sid, src in srcs.items():
        built.rows["sources"].append(src.meta)
        built.where[("sources", sid)] = Where(src.meta_file, 1)
        built.fields[("sources", sid)] = src.meta_lines
    for aid, row in (actors or {}).items():
        built.rows["actors"].append(row)
        built.where[("actors", aid)] = actor_where[aid]
    first = history.first_release(repo)
    for rid, rec in sorted(records.items()):
        built.rows[rec.table].append(rec.values)
        built.where[(rec.table, rid)] = rec.where
        built.fields[(rec.table, rid)] = rec.field_where  # shared, not copied: ten cells a record at 10^6 records
        built.rows["records"].append({"record_id": rid, "table_name": rec.table, "review_status": rec.review_status,
                                      "n_sources": len(rec.sources), "first_release": first.get(rid)})
        built.where[("records", rid)] = rec.where
        for ev in rec.evidence:
            key = (ev.record_id, ev.source_id, ev.start)
            if ("evidence", key) in built.where:
                w = built.where[("evidence", key)]
                problems.append(Problem(ev.where.file, ev.where.line, "duplicate-evidence",
                                        f"the same quote already backs {rid!r} at {w.file}:{w.line}", "merge the two evidence items"))
                continue
            built.rows["evidence"].append({"record_id": ev.record_id, "source_id": ev.source_id, "start": ev.start,
                                           "end": ev.end, "quote": ev.quote, "supports": " ".join(ev.supports),
                                           "method": ev.method, "coder": ev.coder})
            built.where[("evidence", key)] = ev.where

    unloaded = {("sources", sid) for sid in sources.source_ids(repo) if sid not in srcs}
    problems.extend(_check_references(built, tables, actors, unloaded))
    if not problems:  # else an input that failed to load would make its released ids look removed
        problems.extend(history.check_removed(repo, set(records)))
    if problems:
        raise DiprelError(problems)
    return built


def _load_source(repo: Repo, sid: str) -> tuple[sources.Source | None, list[Problem]]:
    try:
        return sources.load(repo, sid), []
    except DiprelError as exc:
        return None, exc.problems


def _check_references(built: Built, tables: dict, actors: dict | None, unloaded: set) -> list[Problem]:
    """Required columns and foreign keys, reported at the annotation that sets them.

    Frictionless checks the same keys on the output; this pass exists so that
    the message names the YAML line, and adds what a Table Schema cannot say:
    that a state column points at an actor of type state. References into
    inputs that failed to load (`unloaded` (table, id) pairs; all actors when
    `actors` is None) are skipped: those inputs' own problems are reported.
    """
    p = ProblemList()
    keys = {name: {row[t.id_field] for row in built.rows[name]} for name, t in tables.items() if len(t.primary_key) == 1}
    for name, table in tables.items():
        if name == "evidence" or len(table.primary_key) != 1:
            continue
        rows = built.rows[name]
        fks = {col: ref for col, ref, _ in table.foreign_keys()}
        # Column by column, with set operations for the common case that all is well
        # (a million rows at scale); rows are visited one by one only to report.
        for f in table.fields:
            column = [row.get(f.name) for row in rows]
            if f.required and None in column:
                for row, value in zip(rows, column):
                    rid = row[table.id_field]
                    if value is None and not built.is_set(name, rid, f.name):  # else set but invalid: reported
                        w = built.locate(name, rid)
                        p.add(w.file, w.line, "missing-field", f"{rid}: {f.name} is required in {name}")
            ref = fks.get(f.name)
            if ref is None or (ref == "actors" and actors is None):
                continue
            known = keys.get(ref, set())
            values = set(column) - {None}
            wrong = {v for v in values - known if (ref, v) not in unloaded}
            if f.actor_type:
                wrong |= {v for v in values & known if actors[v]["actor_type"] != f.actor_type}
            if not wrong:
                continue
            for row, value in zip(rows, column):
                if value not in wrong:
                    continue
                rid = row[table.id_field]
                w = built.locate(name, rid, f.name) or Where(name, 0)
                if value not in known:
                    hint = _near(value, known, ref)
                    what = "actor" if ref == "actors" else ref.rstrip("s").replace("_", " ")
                    rule = "unknown-actor" if ref == "actors" else "unknown-reference"
                    p.add(w.file, w.line, rule, f"{rid}: {f.name} {value!r} is not a known {what} id", hint)
                else:
                    p.add(w.file, w.line, "not-a-state", f"{rid}: {f.name} must be a {f.actor_type} (ISO3 code); {value!r} is a {actors[value]['actor_type']}",
                          f"use its state, {actors[value]['state']!r}" if actors[value]["state"] else "")
    return list(p)


def _near(value, choices, ref: str) -> str:
    import difflib
    near = difflib.get_close_matches(str(value), sorted(choices), n=3, cutoff=0.6)
    if not near and str(value).upper() in choices:
        near = [str(value).upper()]
    if near:
        return f"known ids close to it: {', '.join(near)}"
    if ref == "actors":
        return "add it to data/reference/ (states.csv for a state, actors.yaml for anyone else)"
    return f"no such id among the published {ref} (is it a draft, or misspelt?)"


# --- writing --------------------------------------------------------------

def descriptor(repo: Repo, table_dir: str = "data/processed") -> dict:
    """datapackage.json: the hand-edited package metadata plus generated resources.

    Resources point at the schemas in schemas/ instead of copying them, so the
    descriptor never disagrees with the single source of truth.
    """
    meta = {}
    if repo.descriptor.is_file():
        try:
            meta = json.loads(repo.descriptor.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DiprelError(Problem(repo.rel(repo.descriptor), getattr(exc, "lineno", 0), "json-syntax",
                                      f"cannot read the package metadata: {exc}")) from None
    meta.pop("resources", None)
    meta.setdefault("$schema", "https://datapackage.org/profiles/2.0/datapackage.json")
    meta.setdefault("name", "diprel")
    resources = []
    for name, table in schemas.tables(repo).items():
        resources.append({
            "name": name, "type": "table", "path": f"{table_dir}/{name}.csv", "scheme": "file", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "title": table.descriptor.get("title", name),
            "description": table.descriptor.get("description", ""), "schema": f"schemas/{name}.schema.json",
        })
    return {**meta, "resources": resources}


def write_tables(repo: Repo, built: Built, directory: Path) -> None:
    for name in schemas.tables(repo):
        write_table(repo, built, directory, name)


def write_table(repo: Repo, built: Built, directory: Path, name: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    table = schemas.table(name, repo)
    (directory / f"{name}.csv").write_text(tablesio.to_csv(table, built.rows[name]), encoding="utf-8", newline="\n")


def dump_json(obj) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def recover(repo: Repo) -> None:
    """Undo a build killed mid-way: restore data/processed from its .old copy, drop staging files.

    Leftovers of a build that is still running (another process) are not touched.
    """
    target = repo.processed
    for old in sorted(target.parent.glob(f".{target.name}.old-*")):
        if owner_alive(old):
            continue
        if not target.exists():
            os.rename(old, target)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for tmp in target.parent.glob(f".{target.name}.tmp-*"):
        if not owner_alive(tmp):
            shutil.rmtree(tmp, ignore_errors=True)
    for tmp in repo.descriptor.parent.glob(f".{repo.descriptor.name}.*.tmp"):
        if not owner_alive(tmp):
            tmp.unlink(missing_ok=True)


def build(repo: Repo, *, include_drafts: bool = False, check=None) -> Built:
    """Collect, write to staging, validate there, then swap into place.

    `check(repo, staged_dir, descriptor, built)` returns problems; by default
    it is the full validation (frictionless, Great Expectations, provenance).
    """
    recover(repo)
    # Keyed before the inputs are read: an edit during the build makes the cache entry stale, not wrong.
    inputs = None if include_drafts else validation_cache.inputs_key(repo)
    built = collect(repo, include_drafts=include_drafts)
    repo.processed.parent.mkdir(parents=True, exist_ok=True)
    with terminate_cleanly(), parallel.frozen():  # `built` lives to the end: no collection need rescan it
        _write_validate_swap(repo, built, check, inputs)
    return built


def _write_validate_swap(repo: Repo, built: Built, check, inputs: str | None) -> None:
    from . import validate

    staged = Path(tempfile.mkdtemp(prefix=f".{repo.processed.name}.tmp-{os.getpid()}-", dir=repo.processed.parent))
    os.chmod(staged, 0o777 & ~umask())  # mkdtemp's 0700 would become data/processed's mode
    desc_tmp = None
    try:
        staged_desc = descriptor(repo, repo.rel(staged))
        if check is None:  # the full validation: it writes each table just before frictionless needs it
            report = validate.run(repo, staged, staged_desc, built, write=lambda name: write_table(repo, built, staged, name))
            problems, checked = report.all(), report.checked
        else:  # a custom check proves nothing the validation cache could recall
            write_tables(repo, built, staged)
            problems, checked = check(repo, staged, staged_desc, built), None
        if problems:
            raise DiprelError(problems)
        if inputs is not None and checked is not None:
            validation_cache.store(repo, inputs, staged, checked)  # keyed by content: valid once swapped in
        desc_tmp = stage_file(repo.descriptor, dump_json(descriptor(repo)))
        with signals_deferred():
            swap_into_place(staged, repo.processed)
            os.replace(desc_tmp, repo.descriptor)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
        if desc_tmp is not None:
            desc_tmp.unlink(missing_ok=True)
