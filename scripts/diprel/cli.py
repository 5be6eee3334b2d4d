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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diprel")
def main():
    """diprel: diplomatic relations event data with verbatim provenance."""


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--id", "source_id", required=True, help="New source id: a lowercase slug, e.g. 2025-07-28-reuters-thai-cambodia.")
@click.option("--published", callback=_date, help="Publication date YYYY-MM-DD, if known.")
@click.option("--published-basis", type=click.Choice(["stated", "inferred", "external"]), default="stated", show_default=True,
              help="How the publication date was established (ignored without --published).")
@click.option("--rights", type=click.Choice(["redistributable", "quote-only"]), default="quote-only", show_default=True)
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
@reports_problems
def validate():
    """Validate data/processed/ in three layers: structure, meaning, provenance."""
    from . import validate as validate_mod

    report = validate_mod.validate_repo(Repo.find())
    for line in report.lines():
        click.echo(line)
    if not report.ok:
        sys.exit(1)
    click.echo("valid")


@main.command()
@reports_problems
def check():
    """Check a pull request: inputs explained at file and line, and data/processed/ up to date."""
    from . import check as check_mod

    summary = check_mod.check(Repo.find())
    click.echo(f"ok: {summary.sources} sources, {summary.records} records")
    if summary.drafts:
        click.echo(f"{summary.drafts} draft record(s) not published: review them (review_status: reviewed) to include them")
