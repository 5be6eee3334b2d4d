"""Validation in three layers: structure, meaning, provenance.

1. structure  — frictionless validates the package against schemas/ (types,
   required, unique, enums, primary and foreign keys);
2. meaning    — the Great Expectations suites in validation/ (one per table,
   plus cross-table views), each expectation with a rule id and a rationale;
3. provenance — every record has evidence, every quote equals its slice of the
   archived text, every text matches its recorded hash.

Failures are reported against the annotation or source file that produced the
row when that is known (`Built.locate`), else against the CSV row.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import parallel, schemas, sources, tablesio, validation_cache
from .errors import DiprelError, Problem
from .paths import Repo

LAYERS = ("structure", "meaning", "provenance")
PARALLEL_BYTES = 8_000_000  # tables smaller than this are validated in this process alone
PARALLEL_ROWS = 60_000      # the same, counted in rows before the tables are written (~130 bytes a row)


@dataclass
class Report:
    problems: dict = field(default_factory=lambda: {k: [] for k in LAYERS})
    checked: dict = field(default_factory=dict)   # layer -> what was checked, for the summary
    reused: bool = False                           # recalled from validation_cache, not re-run

    @property
    def ok(self) -> bool:
        return not any(self.problems.values())

    def all(self) -> list[Problem]:
        return sorted(p for layer in LAYERS for p in self.problems[layer])

    def lines(self) -> list[str]:
        out = []
        for layer in LAYERS:
            probs = self.problems[layer]
            status = "PASS" if not probs else f"FAIL ({len(probs)})"
            out.append(f"{layer:<11} {status:<10} {self.checked.get(layer, '')}")
        if self.reused:
            out.append("(tables and inputs unchanged since this report passed: not re-run; `diprel validate --full` re-runs it)")
        out.extend(str(p) for p in self.all())
        return out


def _where(built, table: str, row_id, column: str | None, csv_file: str, row_number: int) -> tuple[str, int]:
    w = built.locate(table, row_id, column) if built is not None and row_id is not None else None
    return (w.file, w.line) if w else (csv_file, row_number)


# --- 1. structure ------------------------------------------------------------

def structure(repo: Repo, desc: dict, built=None) -> tuple[list[Problem], str]:
    return _summary([_structure(repo, desc, built, name) for name in _resource_names(desc)])


def _resource_names(desc: dict) -> list:
    """The resources, to validate one by one; [None] (the whole package at once) if they have no clear names."""
    resources = desc.get("resources")
    names = [r.get("name") for r in resources if isinstance(r, dict)] if isinstance(resources, list) else []
    return names if names and all(isinstance(n, str) for n in names) and len(set(names)) == len(names) else [None]


def _summary(parts: list[tuple[list[Problem], int, int]]) -> tuple[list[Problem], str]:
    """Problems and summary of the package from per-resource results (problems, tables, rows).

    Invalid package metadata stops every part before its resource: report it once.
    """
    problems, tables, rows = [], 0, 0
    for probs, n_tables, n_rows in parts:
        if not n_tables and probs:
            return probs, "frictionless: 0 tables, 0 rows"
        problems.extend(probs)
        tables, rows = tables + n_tables, rows + n_rows
    return problems, f"frictionless: {tables} tables, {rows} rows"


def _structure(repo: Repo, desc: dict, built, name: str | None) -> tuple[list[Problem], int, int]:
    """Frictionless on one resource of the package (all when name is None): problems, tables, rows."""
    from frictionless import Package, system

    tables = schemas.tables(repo)
    with system.use_context(trusted=False):
        package = Package(desc, basepath=str(repo.root))
        report = package.validate(name=name)
    problems = []
    for err in report.errors:
        problems.append(Problem("datapackage.json", 0, f"frictionless-{err.type}", err.message))
    for task in report.tasks:
        table = tables.get(task.name)
        csv_file = task.place
        for err in task.errors:
            row_number = getattr(err, "row_number", 0) or 0
            row_id, column = None, getattr(err, "field_name", None)
            cells = getattr(err, "cells", None)
            if table is not None and cells and len(table.primary_key) == 1:
                idx = table.columns.index(table.id_field)
                row_id = cells[idx] if idx < len(cells) else None
            file, line = _where(built, task.name, row_id, column, csv_file, row_number)
            problems.append(Problem(file, line, f"frictionless-{err.type}", " ".join(err.message.split())))
    return problems, len(report.tasks), sum(t.stats.get("rows", 0) or 0 for t in report.tasks)


# --- 2. meaning (Great Expectations) -------------------------------------------

def suites(repo: Repo) -> list[dict]:
    """The suites in validation/, each {name, table or view, expectations}."""
    out = []
    for path in sorted(repo.validation.glob("*.json")):
        suite = json.loads(path.read_text(encoding="utf-8"))
        suite["_file"] = repo.rel(path)
        out.append(suite)
    return out


def _view(name: str, frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Cross-table views that some suites validate (joins a Table Schema cannot express)."""
    if name == "ceasefires_with_conflicts":
        conflicts = frames["conflicts"][["conflict_id", "date_start", "trigger_date"]].rename(
            columns={"date_start": "conflict_start", "trigger_date": "conflict_trigger_date"})
        return frames["ceasefires"].merge(conflicts, on="conflict_id", how="left")
    if name == "casualty_breakdowns":
        parents = frames["casualty_figures"][["figure_id", "count", "side_state", "population", "outcome"]].add_prefix("parent_")
        return frames["casualty_figures"].merge(parents, left_on="parent_figure_id", right_on="parent_figure_id", how="left")
    raise KeyError(f"unknown view {name!r}")


class _Suites:
    """The GX context with every suite of validation/ registered once per process.

    Building a context and its validation definitions costs far more than
    running them, so repeated validations (tests, build then validate) reuse it.
    """

    _cache: dict = {}

    @classmethod
    def get(cls, repo: Repo) -> "_Suites":
        key = repo.validation.resolve()
        if key not in cls._cache:
            cls._cache[key] = cls(repo)
        return cls._cache[key]

    def __init__(self, repo: Repo):
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
        import logging

        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig
        from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

        logging.getLogger("great_expectations").setLevel(logging.ERROR)
        context = gx.get_context(mode="ephemeral")
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        datasource = context.data_sources.add_pandas("diprel")
        self.specs, self.definitions = suites(repo), {}
        for spec in self.specs:
            batch = datasource.add_dataframe_asset(spec["name"]).add_batch_definition_whole_dataframe(spec["name"])
            suite = gx.ExpectationSuite(name=spec["name"])
            for exp in spec["expectations"]:
                suite.add_expectation_configuration(ExpectationConfiguration(type=exp["type"], kwargs=exp["kwargs"], meta=exp["meta"]))
            suite = context.suites.add(suite)
            self.definitions[spec["name"]] = context.validation_definitions.add(
                gx.ValidationDefinition(name=spec["name"], data=batch, suite=suite))

    def run(self, name: str, frame: pd.DataFrame):
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return self.definitions[name].run(batch_parameters={"dataframe": frame}, result_format="COMPLETE")


def meaning(repo: Repo, frames: dict[str, pd.DataFrame], built=None, table_dir: str = "data/processed",
            only: set[str] | None = None) -> tuple[list[Problem], str]:
    """Run the GX suites (all, or the names in `only`) on typed frames."""
    gx_suites = _Suites.get(repo)
    tables = schemas.tables(repo)
    problems, n_expectations, n_suites = [], 0, 0
    for spec in gx_suites.specs:
        if only is not None and spec["name"] not in only:
            continue
        frame = frames[spec["table"]] if "table" in spec else _view(spec["view"], frames)
        table = tables[spec.get("table") or spec["base_table"]]
        result = gx_suites.run(spec["name"], frame)
        n_suites += 1
        n_expectations += len(spec["expectations"])
        for res in result.results:
            if res.success:
                continue
            meta = res.expectation_config.meta
            rule = meta.get("rule_id", res.expectation_config.type)
            if res.exception_info and res.exception_info.get("raised_exception"):
                problems.append(Problem(spec["_file"], 0, rule, f"expectation could not run: {res.exception_info.get('exception_message')}"))
                continue
            idx = res.result.get("unexpected_index_list") or []
            if not idx:
                problems.append(Problem(spec["_file"], 0, rule, meta.get("message", "expectation failed")))
            for i in idx:
                row_id = frame.iloc[int(i)][table.id_field]
                file, line = _where(built, table.name, row_id, meta.get("column"), f"{table_dir}/{table.name}.csv", int(i) + 2)
                problems.append(Problem(file, line, rule, f"{row_id}: {meta.get('message', 'expectation failed')}"))
    return problems, f"great expectations: {n_suites} suites, {n_expectations} expectations"


# --- 3. provenance -------------------------------------------------------------

def provenance(repo: Repo, frames: dict[str, pd.DataFrame], built=None, table_dir: str = "data/processed") -> tuple[list[Problem], str]:
    problems: list[Problem] = []
    texts: dict[str, str | None] = {}
    for row in frames["sources"].itertuples(index=False):
        sid = row.source_id
        try:
            src = _archived(repo, sid, built)
            texts[sid] = src.text
        except DiprelError as exc:
            problems.extend(exc.problems)
            texts[sid] = None
            continue
        if src.meta["text_sha256"] != row.text_sha256:
            file, line = _where(built, "sources", sid, "text_sha256", f"{table_dir}/sources.csv", 0)
            problems.append(Problem(file, line, "hash-mismatch", f"{sid}: the built table records a different text hash than the archive"))
    ev = frames["evidence"]
    for i, row in enumerate(ev.itertuples(index=False)):
        text = texts.get(row.source_id)
        if text is None:
            continue
        if text[row.start:row.end] != row.quote:
            w = built.where.get(("evidence", (row.record_id, row.source_id, row.start))) if built else None
            file, line = (w.file, w.line) if w else (f"{table_dir}/evidence.csv", i + 2)
            problems.append(Problem(file, line, "quote-mismatch", f"{row.record_id}: quote is not text[{row.start}:{row.end}] of {row.source_id}"))
    with_evidence = set(ev["record_id"])
    for row in frames["records"].itertuples(index=False):
        if row.record_id not in with_evidence:
            file, line = _where(built, "records", row.record_id, None, f"{table_dir}/records.csv", 0)
            problems.append(Problem(file, line, "no-evidence", f"{row.record_id}: record has no evidence row"))
    registry = set(frames["records"]["record_id"])
    for name, table in schemas.record_tables(repo).items():
        del name
        for rid in frames[table.name][table.id_field]:
            if rid not in registry:
                problems.append(Problem(f"{table_dir}/records.csv", 0, "registry-missing", f"{rid}: in {table.name} but not in records"))
        registered = set(frames["records"].loc[frames["records"]["table_name"] == table.name, "record_id"])
        for rid in registered - set(frames[table.name][table.id_field]):
            problems.append(Problem(f"{table_dir}/records.csv", 0, "registry-orphan", f"{rid}: registered for {table.name} but not in it"))
    return problems, f"{len(ev)} quotes in {len(texts)} sources, {len(registry)} records"


def _archived(repo: Repo, sid: str, built) -> sources.Source:
    """The source as the build's `collect` loaded and hash-checked it, else loaded now."""
    src = built.sources.get(sid) if built is not None else None
    return src if src is not None else sources.load(repo, sid)


# --- entry points ----------------------------------------------------------------

def read_frames(repo: Repo, directory: Path) -> dict[str, pd.DataFrame]:
    return {name: tablesio.read_csv(directory / f"{name}.csv", t) for name, t in schemas.tables(repo).items()}


def built_csv(repo: Repo, built) -> dict[str, str]:
    """The CSV text of every table a build would write."""
    return {name: tablesio.to_csv(t, built.rows[name]) for name, t in schemas.tables(repo).items()}


def built_frames(repo: Repo, texts: dict[str, str]) -> dict[str, pd.DataFrame]:
    """Tables from `built_csv`, typed exactly as if read back from their files."""
    import io

    return {name: tablesio.read_csv(io.StringIO(texts[name]), t) for name, t in schemas.tables(repo).items()}


def run(repo: Repo, directory: Path, desc: dict, built=None, write=None) -> Report:
    """All three layers; frictionless, the slowest, runs table by table beside the other two.

    `write(name)`, when given, writes that table into directory first: a build
    hands its tables over that way, so that frictionless starts on the first
    table while the others are still being written.
    """
    report = Report()
    table_dir = repo.rel(directory)
    names = _resource_names(desc)
    if write is None:
        order = sorted(names, key=lambda n: -_size(directory / f"{n}.csv"))  # largest first
        big = sum(_size(directory / f"{n}.csv") for n in names) >= PARALLEL_BYTES
    else:
        order = _write_order(repo, names, built)
        big = sum(len(built.rows.get(n, ())) for n in names if n) >= PARALLEL_ROWS
    # Worker processes only where they pay: forking costs more than small tables take.
    with _Beside(lambda name: _structure(repo, desc, built, name), parallel.jobs() if big else 1) as beside:
        for name in order:
            if write is not None:
                for table in ([name] if name else schemas.tables(repo)):
                    write(table)
            beside.add(name)
        try:
            frames = read_frames(repo, directory)
        except (ValueError, KeyError) as exc:
            report.problems["meaning"].append(Problem(table_dir, 0, "unreadable-table", f"tables cannot be typed for the semantic checks: {exc}"))
        else:
            report.problems["meaning"], report.checked["meaning"] = meaning(repo, frames, built, table_dir)
            report.problems["provenance"], report.checked["provenance"] = provenance(repo, frames, built, table_dir)
        parts = dict(zip(order, beside.results()))
        report.problems["structure"], report.checked["structure"] = _summary([parts[n] for n in names])
    return report


def _write_order(repo: Repo, names: list, built) -> list:
    """Largest tables first, each after the tables its foreign keys point into (frictionless reads those)."""
    tables = schemas.tables(repo)
    order: list = []

    def visit(name):
        if name in order:
            return
        for _, ref, _ in tables[name].foreign_keys() if name in tables else ():
            if ref != name and ref in names:
                visit(ref)
        order.append(name)

    for name in sorted(names, key=lambda n: -len(built.rows.get(n, ())) if n else 0):
        visit(name)
    return order


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class _Beside:
    """fn over items in forked processes while the caller goes on; items are added one by one.

    Frictionless is pure Python and takes as long as the other layers together:
    its tables are validated on the other cores. Should the workers fail in
    any way (a worker killed for memory, say), fn runs again here, so that an
    error surfaces as it would without them. With one worker, fn simply runs
    here when the results are asked for.
    """

    def __init__(self, fn, workers: int):
        self.fn, self.items, self.futures = fn, [], []
        self.pool = parallel.fork_pool(fn, workers)

    def add(self, item) -> None:
        self.items.append(item)
        if self.pool is not None:
            self.futures.extend(self.pool.submit([item]))

    def results(self) -> list:
        if self.pool is not None:
            try:
                return [future.result() for future in self.futures]
            except Exception:
                pass
        return [self.fn(x) for x in self.items]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.pool is not None:
            self.pool.close()


def problems_for(repo: Repo, directory: Path, desc: dict, built=None) -> list[Problem]:
    """All problems of all layers on the tables in directory."""
    return run(repo, directory, desc, built).all()


def validate_repo(repo: Repo, *, reuse: bool = True) -> Report:
    """Validate the committed data/processed and datapackage.json.

    With `reuse`, a report that passed on exactly these tables and inputs is
    recalled instead of re-run (see validation_cache).
    """
    from .build import collect

    inputs = validation_cache.inputs_key(repo)
    if reuse and _descriptor_current(repo):
        checked = validation_cache.lookup(repo, inputs, repo.processed)
        if checked is not None:
            return Report(checked=checked, reused=True)
    desc = json.loads(repo.descriptor.read_text(encoding="utf-8"))
    try:
        built = collect(repo)
    except DiprelError as exc:
        report = Report()
        report.problems["provenance"].extend(exc.problems)
        report.checked["provenance"] = "inputs do not build"
        return report
    with parallel.frozen():  # `built` lives to the end: no collection need rescan it
        report = run(repo, repo.processed, desc, built)
        report.problems["structure"].extend(stale_tables(repo, built))
    if report.ok:
        validation_cache.store(repo, inputs, repo.processed, report.checked)
    return report


def _descriptor_current(repo: Repo) -> bool:
    from .build import descriptor, dump_json

    try:
        return repo.descriptor.read_text(encoding="utf-8") == dump_json(descriptor(repo))
    except (OSError, UnicodeDecodeError, DiprelError):
        return False


def stale_tables(repo: Repo, built, texts: dict[str, str] | None = None) -> list[Problem]:
    """Committed tables that differ from what the inputs build (hand-edited or not rebuilt).

    `texts`: the `built_csv` of `built`, when the caller has it already.
    """
    from .build import descriptor, dump_json

    texts = texts if texts is not None else built_csv(repo, built)
    out = []
    for name in schemas.tables(repo):
        path = repo.processed / f"{name}.csv"
        if not path.is_file() or path.read_text(encoding="utf-8") != texts[name]:
            out.append(Problem(repo.rel(path), 0, "stale-table", "differs from what the sources and annotations build",
                               "run `diprel build`; never edit generated tables by hand"))
    if not repo.descriptor.is_file() or repo.descriptor.read_text(encoding="utf-8") != dump_json(descriptor(repo)):
        out.append(Problem("datapackage.json", 0, "stale-descriptor", "resources differ from what `diprel build` writes", "run `diprel build`"))
    return out
