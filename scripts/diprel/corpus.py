"""Draft extraction over a corpus of articles, on one machine or on a Dask cluster.

A corpus is a directory of `<id>.txt` articles (each with an optional sidecar
`<id>.yaml` giving `published` and `outlet_country`, as in data/raw/articles/),
or a Parquet file with columns id, text, published (date or YYYY-MM-DD text, may
be null), url and optionally outlet_country (ISO3, may be null: the state an
editorial's "our" speaks for). Output is one of:

- `jsonl`   one line per candidate: source_id, table, fields, evidence, method, confidence;
- `parquet` the same columns, fields and evidence as JSON text;
- `drafts`  per article, draft records written into an annotations directory
            (`write_draft`: reviewed records in an existing file are kept).

Work streams: articles are read lazily (file by file, Parquet batch by batch)
and at most a bounded number are in flight, so memory does not grow with the
corpus (only the sorted list of file names does, for a directory). Results are
written in input order, so the output is byte-identical whatever the number of
worker processes, and on a Dask cluster too (whose workers must see the corpus,
and for drafts the annotations directory, at the same path). Output files are
written under a temporary name and renamed when complete. Articles that cannot
be read (bad UTF-8, a bad sidecar, an id that cannot be a file name for drafts)
are skipped and reported as problems; the rest are processed.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DiprelError, Problem

FORMATS = ("jsonl", "parquet", "drafts")
CHUNKSIZE = 8            # articles per task sent to a worker process
IN_FLIGHT_PER_JOB = 64   # articles read ahead per worker: bounds memory
DASK_BATCH = 256         # articles per Dask task for a directory corpus (Parquet: one row group)
ROWS_PER_GROUP = 10_000  # candidates per Parquet row group written


@dataclass
class Summary:
    articles: int = 0
    candidates: int = 0
    seconds: float = 0.0
    out: Path | None = None
    problems: list = field(default_factory=list)

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        where = f" -> {self.out}" if self.out else ""
        return f"{self.articles} articles, {self.candidates} candidates in {self.seconds:.1f} s ({rate:.0f} articles/s){where}"


@dataclass(frozen=True)
class Article:
    """One article to extract from: its text, or the file to read it from."""
    id: str
    text: str | None = None
    published: dt.date | None = None
    path: str | None = None   # a directory corpus's .txt, read by the worker
    outlet_country: str | None = None


@dataclass(frozen=True)
class Task:
    """What a worker needs besides the article (picklable, so it travels to Dask workers)."""
    fmt: str
    default_published: dt.date | None
    drafts_dir: str | None


# --- reading the corpus ----------------------------------------------------------

def _is_parquet(path: Path) -> bool:
    return path.is_file()


def count(path: Path) -> int:
    """Number of articles, after checking that a corpus file is Parquet with the columns needed."""
    if not _is_parquet(path):
        return len(_text_files(path))
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise DiprelError(Problem(str(path), 0, "not-parquet", f"a corpus file must be Parquet: {exc}",
                                  "or give a directory of .txt articles")) from None
    missing = {"id", "text"} - set(pf.schema_arrow.names)
    if missing:
        raise DiprelError(Problem(str(path), 0, "wrong-columns",
                                  f"a Parquet corpus needs columns id and text (and published, url); missing {', '.join(sorted(missing))}"))
    return pf.metadata.num_rows


def _text_files(directory: Path) -> list[str]:
    return sorted(e.path for e in os.scandir(directory) if e.name.endswith(".txt") and e.is_file())


def parquet_batches(path: Path, row_groups=None, batch_size: int = 256):
    """Lists of Articles from a Parquet corpus, a record batch at a time."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    columns = [c for c in ("id", "text", "published", "outlet_country") if c in pf.schema_arrow.names]
    for batch in pf.iter_batches(batch_size=batch_size, row_groups=row_groups, columns=columns):
        cols = batch.to_pydict()
        none = [None] * batch.num_rows
        yield [Article(str(i), t, p, outlet_country=o)
               for i, t, p, o in zip(cols["id"], cols["text"], cols.get("published", none), cols.get("outlet_country", none))]


def articles(path: Path, batch_size: int = 256):
    """Every Article of the corpus, in input order, read lazily."""
    if _is_parquet(path):
        for batch in parquet_batches(path, batch_size=batch_size):
            yield from batch
    else:
        for file in _text_files(path):
            yield Article(Path(file).stem, path=file)


# --- one article -------------------------------------------------------------------

def load_article(article: Article, default: dt.date | None = None) -> tuple[str, dt.date | None, str | None]:
    """Text (normalised as the archive stores it: offsets then match), publication date and outlet state: what
    the extractor is given for an article (also by `diprel evaluate`)."""
    from . import sources, yamlio

    if article.path is None:
        return (sources.normalise(article.text or ""), _date(article.published, default, article.id, 0),
                _outlet(article.outlet_country))
    text = sources.normalise(sources.decode(Path(article.path).read_bytes(), article.path))
    sidecar = Path(article.path).with_suffix(".yaml")
    if not sidecar.is_file():
        return text, default, None
    doc = yamlio.read(sidecar)
    if not isinstance(doc, dict):
        return text, default, None
    return text, _date(doc.get("published"), default, str(sidecar), doc.line_of("published")), _outlet(doc.get("outlet_country"))


def _outlet(value) -> str | None:
    return value if isinstance(value, str) and value else None


def _date(value, default: dt.date | None, file: str, line: int) -> dt.date | None:
    if value is None:
        return default
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DiprelError(Problem(file, line, "wrong-value", f"published {value!r} is not a date YYYY-MM-DD")) from None


def extract_article(article: Article, task: Task):
    """(n candidates, payload, problems) for one article; drafts are written here, by the worker."""
    from .extract import extract_text, to_annotation_records, write_draft
    from .paths import check_slug

    try:
        text, published, outlet = load_article(article, task.default_published)
        if task.fmt == "drafts":
            check_slug(article.id, what="article id", file=article.path or article.id)
    except DiprelError as exc:
        return 0, None, exc.problems
    except OSError as exc:
        return 0, None, [Problem(article.path or article.id, 0, "file-missing", f"cannot read the article: {exc.strerror}")]
    try:
        candidates = extract_text(text, published, source_id=article.id, outlet_country=outlet)
    except Exception as exc:  # one article must not end a corpus run: report it, go on
        return 0, None, [Problem(article.path or article.id, 0, "extract-failed", f"the extractor failed on {article.id!r}: {exc!r}")]
    if task.fmt == "drafts":
        write_draft(Path(task.drafts_dir) / f"{article.id}.yaml", article.id, to_annotation_records(candidates, article.id, text=text))
        return len(candidates), None, []
    rows = [_row(article.id, c) for c in candidates]
    if task.fmt == "jsonl":
        return len(rows), "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), []
    return len(rows), [(r["source_id"], r["table"], _json(r["fields"]), _json(r["evidence"]), r["method"], r["confidence"]) for r in rows], []


def _row(source_id: str, c: dict) -> dict:
    return {"source_id": source_id, "table": c["table"], "fields": c["fields"], "evidence": c["evidence"],
            "method": c["method"], "confidence": c["confidence"]}


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _extract_many(items: list[Article], task: Task) -> list:
    return [extract_article(a, task) for a in items]


def extract_row_group(path: str, row_group: int, task: Task) -> list:
    """A Dask task: the results of one Parquet row group, read on the worker."""
    return [extract_article(a, task) for batch in parquet_batches(Path(path), row_groups=[row_group]) for a in batch]


# --- running: in this process, in a process pool, on Dask ---------------------------

def _run_local(path: Path, task: Task, jobs: int):
    """Per-article results in input order, from `jobs` processes."""
    if jobs == 1:
        for a in articles(path):
            yield extract_article(a, task)
        return
    import functools

    from . import extract, parallel  # noqa: F401 - extract loaded once here, inherited by forked workers

    with parallel.Workers(functools.partial(extract_article, task=task), jobs) as pool:
        yield from pool.imap(articles(path), CHUNKSIZE, ahead=max(IN_FLIGHT_PER_JOB * jobs, 2 * CHUNKSIZE))


def _dask_client(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise DiprelError(Problem("--scheduler", 0, "missing-extra", "running on a Dask cluster needs dask and distributed",
                                  "install them with: pip install 'diprel[dask]'")) from None
    return Client(address)


def _dask_tasks(path: Path, task: Task, client):
    """(function, args) per Dask task, in input order: a Parquet row group, or a batch of files."""
    if _is_parquet(path):
        import pyarrow.parquet as pq

        for rg in range(pq.ParquetFile(path).num_row_groups):
            yield extract_row_group, (str(path.resolve()), rg, task)
        return
    batch = []
    for a in articles(path):
        batch.append(Article(a.id, path=str(Path(a.path).resolve())))
        if len(batch) == DASK_BATCH:
            yield _extract_many, (batch, task)
            batch = []
    if batch:
        yield _extract_many, (batch, task)


def _run_dask(path: Path, task: Task, address: str):
    """Per-article results in input order, from the workers of a Dask cluster."""
    with _dask_client(address) as client:
        window = max(2 * len(client.scheduler_info().get("workers", {})), 2) + 2
        pending = collections.deque()
        for fn, args in _dask_tasks(path, task, client):
            pending.append(client.submit(fn, *args, pure=False))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


# --- writing ----------------------------------------------------------------------------

class _Sink:
    """Writes results in order to a temporary file beside `out`, renamed on close (stdout if out is None)."""

    def __init__(self, out: Path | None, fmt: str):
        self.out, self.fmt, self.rows = out, fmt, []
        self.tmp = None if out is None else out.with_name(f".{out.name}.{os.getpid()}.tmp")
        if fmt == "jsonl":
            self.fh = sys.stdout if out is None else open(self.tmp, "w", encoding="utf-8", newline="\n")
        elif fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            self.schema = pa.schema([("source_id", pa.string()), ("table", pa.string()), ("fields", pa.string()),
                                     ("evidence", pa.string()), ("method", pa.string()), ("confidence", pa.float64())])
            self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")

    def add(self, payload) -> None:
        if self.fmt == "jsonl":
            self.fh.write(payload)
        elif self.fmt == "parquet":
            self.rows.extend(payload)
            if len(self.rows) >= ROWS_PER_GROUP:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        cols = list(zip(*self.rows)) if self.rows else [[] for _ in self.schema]
        self.writer.write_table(pa.table([list(c) for c in cols], schema=self.schema))
        self.rows = []

    def close(self, commit: bool) -> None:
        if self.fmt == "jsonl" and self.fh is not sys.stdout:
            self.fh.close()
        elif self.fmt == "parquet":
            if commit and self.rows:
                self._flush()
            self.writer.close()
        if self.tmp is not None:
            if commit:
                os.replace(self.tmp, self.out)
            else:
                self.tmp.unlink(missing_ok=True)


def extract_corpus(path: Path | str, *, jobs: int = 1, scheduler: str | None = None, out: Path | str | None = None,
                   fmt: str = "jsonl", published: dt.date | None = None, progress: bool = True) -> Summary:
    """Extract draft candidates from every article of a corpus; see the module docstring.

    `out` is the output file (jsonl: stdout when None; parquet: required) or,
    for drafts, the annotations directory (default: the repository's).
    `published` is the date for articles that give none. Returns a Summary
    whose `problems` list the articles skipped.
    """
    from tqdm import tqdm

    path, out = Path(path), Path(out) if out is not None else None
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if not path.exists():
        raise DiprelError(Problem(str(path), 0, "file-missing", "no such corpus (a directory of .txt files or a Parquet file)"))
    if fmt == "parquet" and out is None:
        raise DiprelError(Problem("--out", 0, "missing-option", "the parquet format needs an output file"))
    if fmt == "drafts":
        out = out or _annotations_dir()
        out.mkdir(parents=True, exist_ok=True)
    task = Task(fmt, published, str(out.resolve()) if fmt == "drafts" else None)
    summary, started = Summary(out=out), time.perf_counter()
    total = count(path)  # checks the corpus before any worker starts
    results = _run_dask(path, task, scheduler) if scheduler else _run_local(path, task, jobs)
    sink = None if fmt == "drafts" else _Sink(out, fmt)
    committed = False
    try:
        with tqdm(total=total, unit="article", file=sys.stderr, disable=not progress, smoothing=0.1) as bar:
            for n, payload, problems in results:
                summary.problems.extend(problems)
                summary.articles += not problems
                summary.candidates += n
                if sink is not None and payload is not None:
                    sink.add(payload)
                bar.update(1)
        committed = True
    finally:
        if sink is not None:
            sink.close(commit=committed)
        results.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _annotations_dir() -> Path:
    from .paths import Repo

    return Repo.find().annotations
