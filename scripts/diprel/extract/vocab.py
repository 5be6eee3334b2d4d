"""The values the extractor writes into enum columns, read from schemas/.

A rule names a value as `POPULATION.military` or `BASIS.relative`, never as a bare string, so schemas/ stays the
one place that lists them: a value the schema drops or renames is no attribute here, and the test that walks the
extractor's source (tests/test_extract_vocab.py) names every use of it without running the rule.
"""
from __future__ import annotations

from types import SimpleNamespace

from .. import schemas

# The tables that carry an event's date, whose date columns share one vocabulary.
_DATED = ("meetings", "mediation_offers", "ceasefires", "casualty_figures")


def _enum(table: str, column: str, *sharing: str) -> SimpleNamespace:
    """A column's enum, one attribute per value; the tables `sharing` the column must list the same values."""
    values = schemas.table(table).field(column).enum
    for other in sharing:
        if schemas.table(other).field(column).enum != values:
            raise ValueError(f"{other}.{column}: its enum differs from {table}.{column}'s, which the extractor writes")
    return SimpleNamespace(**{value: value for value in values})


PRECISION = _enum(_DATED[0], "date_precision", *_DATED[1:])
BASIS = _enum(_DATED[0], "date_basis", *_DATED[1:])
FORMAT = _enum("meetings", "format")
LEVEL = _enum("meetings", "level")
MEDIATION = _enum("mediation_offers", "kind")
STATUS = _enum("mediation_offers", "status")
TRUCE = _enum("ceasefires", "kind")
POPULATION = _enum("casualty_figures", "population")
OUTCOME = _enum("casualty_figures", "outcome")
SUBGROUP = _enum("casualty_figures", "subgroup")
QUALIFIER = _enum("casualty_figures", "count_qualifier")
CERTAINTY = _enum("casualty_figures", "certainty")
ACTOR = _enum("actors", "actor_type")
