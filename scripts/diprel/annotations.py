"""Coded records: load annotation files, verify their quotes, merge events.

An annotation file `data/annotations/<source_id>.yaml` holds the records one
source supports. Each record's keys are its table's schema columns (the table
follows from the id prefix), plus `review_status` and `evidence`. Every value
is checked against the schema here, so that a mistake is reported at the
annotation's file and line, never at a generated CSV row.

Events (meetings, mediations, ceasefires, conflicts) reported by several
sources share one id: their fields are merged, and two sources giving a field
different values is an error. Casualty figures are claims of one source and
are never merged.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from . import parallel, quotes, schemas, yamlio
from .errors import DiprelError, Problem, ProblemList
from .paths import Repo, check_slug
from .sources import Source
from .vocab import DATE_BASIS_STRENGTH, REVIEW

FILE_KEYS = ("source_id", "coder", "notes", "records")
RECORD_KEYS = ("id", "review_status", "confidence", "evidence")
EVIDENCE_KEYS = ("quote", "supports", "occurrence", "start", "method", "coder")
CLAIM_TABLES = ("casualty_figures",)  # one source per record: never merged
MERGED_TEXT = ("note",)               # joined across sources rather than compared


class Where(NamedTuple):
    """A file and line; a tuple, because a large build creates and pickles millions of them."""
    file: str
    line: int


@dataclass
class Evidence:
    record_id: str
    source_id: str
    start: int
    end: int
    quote: str
    supports: tuple
    method: str
    coder: str | None
    where: Where


@dataclass
class Record:
    """One coded record, possibly merged from several annotation files."""
    id: str
    table: str
    review_status: str
    values: dict                       # column -> typed value (id column included)
    where: Where                       # first place the record is coded
    # column -> line where it was set in where.file, or a Where in another file (merged
    # events): plain ints, since there are ten a record and a million records at scale.
    field_where: dict = field(default_factory=dict)
    sources: list = field(default_factory=list)
    evidence: list = field(default_factory=list)
    confidence: float | None = None

    def located(self, column: str) -> Where:
        """Where the column was set (the record's own line if it was not)."""
        return locate_field(self.where, self.field_where, column)


def locate_field(where: Where, field_where: dict, column: str) -> Where:
    w = field_where.get(column)
    if w is None:
        return where
    return w if isinstance(w, Where) else Where(where.file, w)


def _closest(word, choices) -> str:
    near = difflib.get_close_matches(str(word), list(choices), n=3, cutoff=0.5)
    return f"did you mean {', '.join(near)}?" if near else ""


def parse(doc, *, file: str, source: Source | None, source_id: str) -> tuple[list[Record], list[Problem]]:
    """Check one parsed annotation document; return its records and problems.

    `source` gives the text that quotes are located in; when it is None (the
    source itself failed to load) quotes are not checked.
    """
    p = ProblemList()
    if doc is None:
        p.add(file, 1, "empty-file", "the annotation file is empty: write source_id, coder and records")
        return [], p
    if not isinstance(doc, dict):
        p.add(file, getattr(doc, "line", 1), "wrong-type", "an annotation file must be a mapping with source_id, coder and records")
        return [], p
    for key in doc:
        if key not in FILE_KEYS:
            p.add(file, doc.line_of(key), "unknown-key", f"unknown top-level key {key!r}", _closest(key, FILE_KEYS) or f"allowed: {', '.join(FILE_KEYS)}")
    if doc.get("source_id") != source_id:
        p.add(file, doc.line_of("source_id"), "wrong-value", f"source_id must be {source_id!r} (the file name), got {doc.get('source_id')!r}")
    evidence_table = schemas.table("evidence")
    coder, err = schemas.check_value(evidence_table.field("coder"), doc.get("coder"))
    if err:
        p.add(file, doc.line_of("coder"), "wrong-value", err)
    raw_records = doc.get("records")
    if not isinstance(raw_records, list):
        p.add(file, doc.line_of("records"), "wrong-type", "records must be a list of records")
        return [], p
    by_prefix = schemas.record_tables()
    status_field = schemas.table("records").field("review_status")
    records, seen = [], {}
    for raw in raw_records:
        line = getattr(raw, "line", doc.line_of("records"))
        if not isinstance(raw, dict):
            p.add(file, line, "wrong-type", "each record must be a mapping of column: value")
            continue
        rid = raw.get("id")
        if not isinstance(rid, str):
            p.add(file, line, "missing-id", "record has no id (a text like mtg-2025-06-18-usa-pak)")
            continue
        prefix = rid.split("-", 1)[0]
        table = by_prefix.get(prefix)
        if table is None:
            p.add(file, raw.line_of("id"), "unknown-table", f"id {rid!r} has no known table prefix", f"prefixes: {', '.join(f'{k}- ({t.name})' for k, t in by_prefix.items())}")
            continue
        _, err = schemas.check_value(table.field(table.id_field), rid)
        if err:
            p.add(file, raw.line_of("id"), "bad-id", err)
            continue
        if rid in seen:
            p.add(file, raw.line_of("id"), "duplicate-id", f"record id {rid!r} is already used in this file at line {seen[rid]}")
            continue
        seen[rid] = raw.line_of("id")
        allowed = set(RECORD_KEYS) | set(table.columns) - {table.id_field}
        for key in raw:
            if key not in allowed:
                p.add(file, raw.line_of(key), "unknown-key", f"{key!r} is not a column of {table.name}", _closest(key, allowed) or f"see schemas/{table.name}.schema.json")
        status, err = schemas.check_value(status_field, raw.get("review_status"))
        if err:
            p.add(file, raw.line_of("review_status"), "wrong-value", err)
        values, field_where = {table.id_field: rid}, {}
        for f in table.fields:
            if f.name == table.id_field or f.name not in raw:
                continue
            value, err = schemas.check_value(f, raw[f.name], required=False)
            if err:
                p.add(file, raw.line_of(f.name), "wrong-value", err)
            if value is not None or err:  # an invalid value is still "set here": not also "missing"
                field_where[f.name] = raw.line_of(f.name)
            if value is not None:
                values[f.name] = value
        if table.name in CLAIM_TABLES:
            claimed = values.setdefault("source_id", source_id)
            if claimed != source_id:
                p.add(file, raw.line_of("source_id"), "wrong-value", f"a claim belongs to the source that makes it: source_id must be {source_id!r}")
        confidence = raw.get("confidence")
        if confidence is not None and (isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1):
            p.add(file, raw.line_of("confidence"), "wrong-value", "confidence must be a number from 0 to 1")
            confidence = None
        # An invalid status is reported above; keeping the record stops references to it failing too.
        rec = Record(rid, table.name, status or REVIEW.reviewed, values, Where(file, raw.line_of("id")), field_where,
                     [source_id], [], confidence)
        rec.evidence = _evidence(raw, rec, table, file=file, source=source, source_id=source_id, coder=coder, p=p,
                                 evidence_table=evidence_table)
        records.append(rec)
    return records, p


def _evidence(raw, rec, table, *, file, source, source_id, coder, p, evidence_table) -> list[Evidence]:
    items = raw.get("evidence")
    if not isinstance(items, list) or not items:
        p.add(file, raw.line_of("evidence") if "evidence" in raw else raw.line, "no-evidence",
              f"record {rec.id!r} has no evidence: add at least one verbatim quote")
        return []
    out = []
    for item in items:
        line = getattr(item, "line", raw.line_of("evidence"))
        if not isinstance(item, dict):
            p.add(file, line, "wrong-type", "each evidence item must be a mapping with a quote")
            continue
        for key in item:
            if key not in EVIDENCE_KEYS:
                p.add(file, item.line_of(key), "unknown-key", f"unknown evidence key {key!r}", _closest(key, EVIDENCE_KEYS) or f"allowed: {', '.join(EVIDENCE_KEYS)}")
        quote = item.get("quote")
        qline = item.line_of("quote")
        if not isinstance(quote, str):
            p.add(file, qline, "wrong-type", "quote must be text copied verbatim from the source")
            continue
        if quote.startswith(schemas.FORMULA_PREFIXES):
            p.add(file, qline, "formula-injection", f"quote starts with {quote[0]!r}, which spreadsheets run as a formula; start the quote one word later")
            continue
        supports = item.get("supports", [])
        if not isinstance(supports, list) or not all(isinstance(s, str) for s in supports):
            p.add(file, item.line_of("supports"), "wrong-type", "supports must be a list of column names")
            supports = []
        for s in supports:
            if s not in table.columns:
                p.add(file, item.line_of("supports"), "unknown-key", f"supports names {s!r}, which is not a column of {table.name}", _closest(s, table.columns))
        ints = {}
        for key in ("occurrence", "start"):
            v = item.get(key)
            if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < (1 if key == "occurrence" else 0)):
                p.add(file, item.line_of(key), "wrong-value", f"{key} must be a whole number ≥ {1 if key == 'occurrence' else 0}")
                v = None
            ints[key] = v
        method = item.get("method", "manual")
        _, err = schemas.check_value(evidence_table.field("method"), method)
        if err:
            p.add(file, item.line_of("method"), "wrong-value", err)
        ev_coder, err = schemas.check_value(evidence_table.field("coder"), item.get("coder", coder))
        if err:
            p.add(file, item.line_of("coder"), "wrong-value", err)
        if source is None:
            continue
        try:
            start, end = quotes.locate(source.text, quote, occurrence=ints["occurrence"], start=ints["start"])
        except quotes.QuoteError as exc:
            p.add(file, qline, exc.rule, exc.message, exc.hint)
            continue
        out.append(Evidence(rec.id, source_id, start, end, quote, tuple(supports), method, ev_coder, Where(file, qline)))
    return out


def load_file(repo: Repo, path: Path, sources: dict[str, Source]) -> tuple[list[Record], list[Problem]]:
    """Records of one annotation file; its source must be archived."""
    display = repo.rel(path)
    source_id = path.stem
    try:
        check_slug(source_id, what="source id (the file name)", file=display)
        doc = yamlio.read(repo.annotation(source_id), display=display)
    except DiprelError as exc:
        return [], exc.problems
    source = sources.get(source_id)
    problems = []
    # A source that is archived but failed to load has its problems reported already.
    if source is None and not repo.article_meta(source_id).is_file():
        problems.append(Problem(display, 1, "source-missing", f"no archived source {source_id!r} for this annotation",
                                "archive the article first with `diprel add FILE --id " + source_id + "`"))
    records, p = parse(doc, file=display, source=source, source_id=source_id)
    return records, problems + list(p)


def merge(records: list[Record]) -> tuple[dict[str, Record], list[Problem]]:
    """Merge records that share an id across sources; conflicting fields are errors."""
    p = ProblemList()
    merged: dict[str, Record] = {}
    for rec in records:
        first = merged.get(rec.id)
        if first is None:
            merged[rec.id] = rec
            continue
        if rec.table in CLAIM_TABLES:
            p.add(rec.where.file, rec.where.line, "duplicate-claim",
                  f"{rec.id!r} is already a claim of {first.sources[0]!r} ({first.where.file}:{first.where.line}); each source's figure is its own record", "give this figure a new id")
            continue
        if set(rec.sources) & set(first.sources):
            p.add(rec.where.file, rec.where.line, "duplicate-id", f"record id {rec.id!r} is coded twice for the same source")
            continue
        if rec.review_status != first.review_status:
            p.add(rec.where.file, rec.where.line, "event-conflict",
                  f"{rec.id!r} is {rec.review_status} here but {first.review_status} in {first.where.file}:{first.where.line}")
        for col, value in rec.values.items():
            old = first.values.get(col)
            if col in MERGED_TEXT:
                if old and value not in old.split(" | "):
                    first.values[col] = f"{old} | {value}"
                elif not old:
                    first.values[col] = value
            elif old is None or (old != value and _is_basis(rec.table, col)
                                 and DATE_BASIS_STRENGTH.index(value) < DATE_BASIS_STRENGTH.index(old)):
                first.values[col] = value
                first.field_where[col] = rec.located(col)
            elif old != value and not _is_basis(rec.table, col):
                w, here = first.located(col), rec.located(col)
                p.add(here.file, here.line, "event-conflict",
                      f"{rec.id}: {col} is {_show(value)} here but {_show(old)} in {w.file}:{w.line}", "sources reporting one event must agree; code a disagreement as a note")
        first.sources.extend(rec.sources)
        first.evidence.extend(rec.evidence)
    return merged, list(p)


def _is_basis(table: str, col: str) -> bool:
    """Columns coded with the date_basis codes (date_basis, trigger_date_basis)."""
    enum = schemas.table(table).field(col).enum
    return enum is not None and set(enum) == set(DATE_BASIS_STRENGTH)


def _show(v) -> str:
    return repr(v.isoformat() if hasattr(v, "isoformat") else v)


def annotation_files(repo: Repo) -> list[Path]:
    if not repo.annotations.is_dir():
        return []
    return sorted(repo.annotations.glob("*.yaml"))


def load_all(repo: Repo, sources: dict[str, Source]) -> tuple[dict[str, Record], list[Problem]]:
    """Every annotation in the repository, merged by record id."""
    records, problems = [], []
    for recs, probs in parallel.ordered_map(lambda path: load_file(repo, path, sources), annotation_files(repo)):
        records.extend(recs)
        problems.extend(probs)
    merged, probs = merge(records)
    return merged, problems + probs
