"""Helpers for the extractor's phenomenon tests: run it on a short text and read off what it found."""
from __future__ import annotations

import datetime as dt

from diprel.extract import extract_text

PUB = dt.date(2025, 6, 18)  # a Wednesday


def run(text: str, published=PUB) -> list[dict]:
    """The candidates for text; every quote is checked to be its exact slice."""
    out = extract_text(text, published)
    for c in out:
        for e in c["evidence"]:
            assert text[e["start"]:e["end"]] == e["quote"]
    return out


def of(cands: list[dict], table: str) -> list[dict]:
    return [c["fields"] for c in cands if c["table"] == table]


def pairs(cands: list[dict], table: str = "meetings") -> set[frozenset]:
    return {frozenset((f["state_1"], f["state_2"])) for f in of(cands, table)}


def mediations(cands: list[dict]) -> set[tuple]:
    return {(f["kind"], f["mediator_state"], frozenset((f["party_1_state"], f["party_2_state"])))
            for f in of(cands, "mediation_offers")}


def figures(cands: list[dict]) -> set[tuple]:
    return {(f["side_state"], f["population"], f["outcome"], f["count"], f["subgroup"])
            for f in of(cands, "casualty_figures")}
