"""When are two records the same record? Shared by write_draft and evaluate.

- meetings, ceasefires: the same unordered pair of states;
- mediation_offers: the same mediator, the same unordered parties and the same
  kind (an offer and a conducted mediation between the same states are two
  records, as in the seed article);
- casualty_figures: the same count and side; population and outcome only
  break ties between several figures with that count and side.
"""
from __future__ import annotations

TIE_BREAKERS = {
    "meetings": ("date_start",),
    "ceasefires": ("date_start",),
    "mediation_offers": ("issue", "date_start"),
    "casualty_figures": ("population", "outcome", "subgroup"),
}


# Fields of a matched record compared with its gold record's (`diprel evaluate`'s field agreement): a record found is
# only as useful as its date, level, status or side of the count, which the keys above leave out.
COMPARED_FIELDS = {
    "meetings": ("date_start", "format", "level"),
    "ceasefires": ("date_start", "kind", "broker_state"),
    "mediation_offers": ("date_start", "status"),
    "casualty_figures": ("population", "outcome", "count_qualifier", "certainty", "date_start"),
}


def match_key(table: str, f: dict) -> tuple | None:
    """The identity of a record for matching, or None when its key fields are missing."""
    if table in ("meetings", "ceasefires"):
        states = (f.get("state_1"), f.get("state_2"))
        return (table, frozenset(states)) if all(states) else None
    if table == "mediation_offers":
        parties = (f.get("party_1_state"), f.get("party_2_state"))
        if not f.get("mediator_state") or not all(parties):
            return None
        return table, f["mediator_state"], frozenset(parties), f.get("kind")
    if table == "casualty_figures":
        return (table, f.get("count"), f.get("side_state")) if f.get("count") is not None else None
    return None


def tie_score(table: str, a: dict, b: dict) -> int:
    return sum(a.get(k) == b.get(k) for k in TIE_BREAKERS.get(table, ()))
