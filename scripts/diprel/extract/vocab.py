"""The values the extractor writes into enum columns, read from schemas/.

A rule names a value as `POPULATION.military` or `BASIS.relative`, never as a bare string, so schemas/ stays the
one place that lists them: a value the schema drops or renames is no attribute here, and the test that walks the
package's source (tests/test_vocab.py) names every use of it without running the rule. The namespaces are built by
diprel.vocab, which also holds the date bases and actor types the build shares.
"""
from __future__ import annotations

from ..vocab import ACTOR, BASIS, DATED, enum

PRECISION = enum(DATED[0], "date_precision", *DATED[1:])
FORMAT = enum("meetings", "format")
LEVEL = enum("meetings", "level")
MEDIATION = enum("mediation_offers", "kind")
STATUS = enum("mediation_offers", "status")
TRUCE = enum("ceasefires", "kind")
POPULATION = enum("casualty_figures", "population")
OUTCOME = enum("casualty_figures", "outcome")
SUBGROUP = enum("casualty_figures", "subgroup")
QUALIFIER = enum("casualty_figures", "count_qualifier")
CERTAINTY = enum("casualty_figures", "certainty")

__all__ = ["ACTOR", "BASIS", "CERTAINTY", "FORMAT", "LEVEL", "MEDIATION", "OUTCOME", "POPULATION", "PRECISION",
           "QUALIFIER", "STATUS", "SUBGROUP", "TRUCE"]
