"""The `diprel` command line: a thin layer over the pipeline modules.

Every command reports problems as `FILE:LINE: rule-id: message` on stderr and
exits 1 on bad input (2 on usage errors, from click); no tracebacks.
"""
from __future__ import annotations

import datetime as dt
import functools
import sys
from pathlib import Path

import click

from .errors import DiprelError
from .paths import Repo
from .vocab import PUBLISHED, RIGHTS


def reports_problems(fn):
    """Turn DiprelError into one line per problem on stderr and exit status 1."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except DiprelError as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            sys.exit(1)
    return wrapper


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None


def _choices(values, without: str | None = None) -> click.Choice:
    """An enum of diprel.vocab as an option's choices ("unknown" is what no --published means)."""
    return click.Choice([v for v in vars(values).values() if v != without])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diprel")
def main():
    """diprel: diplomatic relations event data with verbatim provenance."""


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--id", "source_id", required=True, help="New source id: a lowercase slug, e.g. 2025-07-28-reuters-thai-cambodia.")
@click.option("--published", callback=_date, help="Publication date YYYY-MM-DD, if known.")
@click.option("--published-basis", type=_choices(PUBLISHED, without=PUBLISHED.unknown),
              default=PUBLISHED.stated, show_default=True,
              help="How the publication date was established (ignored without --published).")
@click.option("--rights", type=_choices(RIGHTS), default=RIGHTS.quote_only, show_default=True)
@click.option("--title")
@click.option("--outlet")
@click.option("--outlet-country", help="ISO3 code of the outlet's home state.")
@click.option("--url")
@click.option("--dateline")
@click.option("--language", default="en", show_default=True)
@reports_problems
def add(file, source_id, published, published_basis, rights, **meta):
    """Archive an article FILE as a new source (normalised text + metadata)."""
    from . import sources

    repo = Repo.find()
    txt, yml = sources.archive(repo, file, source_id, published=published, published_basis=published_basis,
                               rights=rights, **meta)
    click.echo(f"archived {repo.rel(txt)} and {repo.rel(yml)}")


@main.command()
@click.option("--include-drafts", is_flag=True, help="Also publish draft (unreviewed) records, for a local preview.")
@reports_problems
def build(include_drafts):
    """Build data/processed/ and datapackage.json from sources and annotations (validated before they replace anything)."""
    from . import build as build_mod

    repo = Repo.find()
    built = build_mod.build(repo, include_drafts=include_drafts)
    counts = ", ".join(f"{name} {len(rows)}" for name, rows in built.rows.items())
    click.echo(f"built {repo.rel(repo.processed)}/: {counts}")
    if built.drafts_skipped:
        click.echo(f"{built.drafts_skipped} draft record(s) not published: review them (review_status: reviewed) to include them")


@main.command()
@click.option("--full", is_flag=True, help="Re-run every layer even if these exact tables and inputs passed before.")
@reports_problems
def validate(full):
    """Validate data/processed/ in three layers: structure, meaning, provenance."""
    from . import validate as validate_mod

    report = validate_mod.validate_repo(Repo.find(), reuse=not full)
    for line in report.lines():
        click.echo(line)
    if not report.ok:
        sys.exit(1)
    click.echo("valid")


def _state_code(ctx, param, value: str | None) -> str | None:
    """An ISO3 code the lexicon knows ("est" -> "EST"), else a usage error naming it."""
    if value is None:
        return None
    from .extract import lexicon
    code = value.upper()
    if code not in lexicon.states():
        raise click.BadParameter(f"{value!r} is no ISO 3166-1 alpha-3 code of a state in the lexicon")
    return code


@main.command()
@click.argument("source", required=False)
@click.option("--published", callback=_date, help="Publication date YYYY-MM-DD of a text FILE (archived sources carry their own); "
              "with --corpus, for articles that give none.")
@click.option("--outlet-country", metavar="ISO3", callback=_state_code,
              help="The outlet's state for a text FILE (archived sources carry their own): whom an editorial's \"our\" means.")
@click.option("--format", "fmt", type=click.Choice(["yaml", "jsonl", "parquet", "drafts"]), default=None,
              help="yaml: write draft records into data/annotations/<id>.yaml (default for an archived source); "
                   "jsonl: one candidate per line (default for a FILE or a corpus); "
                   "parquet or drafts (per-article annotation files): with --corpus.")
@click.option("--corpus", type=click.Path(exists=True, path_type=Path),
              help="Extract from every article of a directory (<id>.txt, optional <id>.yaml with published) or a Parquet file (id, text, published, url).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="With --corpus: worker processes.")
@click.option("--scheduler", metavar="ADDRESS", help="With --corpus: run on a Dask cluster (tcp://HOST:PORT); needs diprel[dask].")
@click.option("--out", type=click.Path(path_type=Path),
              help="With --corpus: output file (jsonl: stdout if absent), or for drafts the annotations directory.")
@click.option("--no-progress", is_flag=True, help="With --corpus: no progress bar on stderr.")
@reports_problems
def extract(source, published, outlet_country, fmt, corpus, jobs, scheduler, out, no_progress):
    """Draft records for SOURCE (an archived source id, or a text FILE), or for a whole --corpus.

    Drafts carry review_status: draft; records already reviewed are never
    touched. Review them against the coding rules in CONTRIBUTING.md, then `make build`.
    Results of a corpus run are identical whatever --jobs or --scheduler.
    """
    if corpus is not None:
        if source is not None:
            raise click.UsageError("give either SOURCE or --corpus, not both")
        if fmt == "yaml":
            raise click.UsageError("with --corpus, --format is jsonl, parquet or drafts")
        from . import corpus as corpus_mod

        summary = corpus_mod.extract_corpus(corpus, jobs=jobs, scheduler=scheduler, out=out, fmt=fmt or "jsonl",
                                            published=published, progress=not no_progress)
        click.echo(summary.line(), err=True)
        if summary.problems:
            raise DiprelError(summary.problems)
        return
    if fmt in ("parquet", "drafts"):
        raise click.UsageError(f"--format {fmt} needs --corpus")
    import json

    from . import sources
    from .errors import Problem
    from .extract import extract_text, to_annotation_records, write_draft

    if source is None:
        raise click.UsageError("give a source id or a text file")
    repo = Repo.find()
    path = Path(source)
    if path.is_file():
        text = sources.normalise(sources.decode(path.read_bytes(), source))
        source_id = None
        fmt = fmt or "jsonl"
        if fmt == "yaml":
            raise DiprelError(Problem(source, 0, "not-archived", "drafts are written for archived sources only",
                                      f"archive it first: diprel add {source} --id ID --published DATE"))
    else:
        src = sources.load(repo, source)
        text, source_id, published = src.text, src.source_id, published or src.published
        outlet_country = outlet_country or src.meta.get("outlet_country")
        fmt = fmt or "yaml"
    candidates = extract_text(text, published, source_id=source_id, outlet_country=outlet_country)
    if fmt == "jsonl":
        for c in candidates:
            click.echo(json.dumps(c, ensure_ascii=False, sort_keys=False))
        return
    written = write_draft(repo.annotation(source_id), source_id, to_annotation_records(candidates, source_id, text=text))
    click.echo(f"{len(candidates)} draft record(s) in {repo.rel(written)}: review each against the coding rules in CONTRIBUTING.md, "
               "set review_status: reviewed, then `make build`")


@main.command()
@click.option("--corpus", "corpora", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Also score a directory with articles/ and annotations/ (gold). Repeatable.")
@click.option("--no-repo", is_flag=True, help="Score only the --corpus directories, not the repository's reviewed annotations.")
@click.option("--quiet", is_flag=True, help="Figures only, without the list of misses and false alarms.")
@reports_problems
def evaluate(corpora, no_repo, quiet):
    """Precision, recall and F1 of the extractor against reviewed annotations, and how often the records it found
    agree with them field by field."""
    from . import evaluate as evaluate_mod

    if no_repo and not corpora:
        raise click.UsageError("--no-repo needs at least one --corpus")
    if not no_repo:
        click.echo("== repository (data/annotations, reviewed records)")
        click.echo(evaluate_mod.format_report(evaluate_mod.evaluate_repo(Repo.find().root), show_errors=not quiet))
    for corpus in corpora:
        click.echo(f"== {corpus}")
        click.echo(evaluate_mod.format_report(evaluate_mod.evaluate([corpus]), show_errors=not quiet))


@main.command()
@click.option("--quick", is_flag=True, help="Inputs and stale outputs only, without the semantic rules (under a second).")
@reports_problems
def check(quick):
    """Check a pull request: every problem at the file and line to edit, and data/processed/ up to date."""
    from . import check as check_mod

    summary = check_mod.check(Repo.find(), quick=quick)
    click.echo(f"ok: {summary.sources} sources, {summary.records} records")
    if summary.drafts:
        click.echo(f"{summary.drafts} draft record(s) not published: review them (review_status: reviewed) to include them")


# --- releases -----------------------------------------------------------------

@main.command()
@click.argument("version")
@reports_problems
def release(version):
    """Cut release VERSION (X.Y.Z) into dist/diprel-VERSION/ and its zip, and record it in data/releases/."""
    from . import release as release_mod

    repo = Repo.find()
    result = release_mod.release(repo, version)
    d = result.diff
    click.echo(f"released {repo.rel(result.directory)}/ ({result.files} files) and {repo.rel(result.archive)}")
    click.echo(f"since {d.old.version if d.old else 'nothing'}: {len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} changed")
    click.echo(f"commit {repo.rel(result.manifest)} (and data/processed/ if it changed)")


@main.command()
@click.argument("old")
@click.argument("new")
@reports_problems
def diff(old, new):
    """Record-level diff between two releases: directories, or versions (dist/diprel-V, else data/releases/V.json)."""
    from . import release as release_mod

    click.echo(release_mod.diff_text(release_mod.diff_releases(Repo.find(), old, new)))
