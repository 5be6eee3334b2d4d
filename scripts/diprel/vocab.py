"""Enum values that code names, read from schemas/.

Code names a value as `REVIEW.draft` or `RIGHTS.quote_only`, never as a bare string, so schemas/ stays the one
place that lists them: a value the schema drops or renames is no attribute here, and tests/test_vocab.py walks the
package's source and names every use of it without running the code. The extractor's vocabulary is in
diprel.extract.vocab, built the same way.
"""
from __future__ import annotations

from types import SimpleNamespace

from . import schemas

# The tables that carry a date of their own (a date_basis column), whose date columns share one vocabulary.
DATED = tuple(name for name, t in schemas.tables().items() if any(f.name == "date_basis" for f in t.fields))


def enum(table: str, column: str, *sharing: str) -> SimpleNamespace:
    """A column's enum, one attribute per value (a hyphen read as "_": `quote-only` is `RIGHTS.quote_only`); the
    tables `sharing` the column must list the same values."""
    values = schemas.table(table).field(column).enum
    for other in sharing:
        if schemas.table(other).field(column).enum != values:
            raise ValueError(f"{other}.{column}: its enum differs from {table}.{column}'s, which code names")
    return SimpleNamespace(**{value.replace("-", "_"): value for value in values})


REVIEW = enum("records", "review_status")
RIGHTS = enum("sources", "rights")
PUBLISHED = enum("sources", "published_basis")
ACTOR = enum("actors", "actor_type")
BASIS = enum(DATED[0], "date_basis", *DATED[1:])


def ranking(name: str, order: tuple[str, ...], values: SimpleNamespace) -> tuple[str, ...]:
    """`order`, once it is known to rank every value of the enum `values` exactly once."""
    if sorted(order) != sorted(vars(values).values()):
        raise ValueError(f"vocab.{name} ranks {sorted(order)}, but the enum is {sorted(vars(values).values())}: "
                         "rank every value once")
    return order


# How directly a source gives an event's date, most direct first. Two sources of one event may reach the same
# date differently ("on Friday" / "August 8"): the merged record keeps the most direct basis instead of calling it
# a conflict. The order is a coding judgement, not the schema's.
DATE_BASIS_STRENGTH = ranking("DATE_BASIS_STRENGTH", (BASIS.stated, BASIS.year_inferred, BASIS.relative,
                                                      BASIS.external, BASIS.publication), BASIS)
