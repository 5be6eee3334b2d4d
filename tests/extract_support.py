"""Helpers for the extractor's phenomenon tests: run it on a short text and read off what it found."""
from __future__ import annotations

import datetime as dt

from diprel.extract import extract_text, triggers
from diprel.extract.document import Document

PUB = dt.date(2025, 6, 18)  # a Wednesday


def run(text: str, published=PUB, outlet: str | None = None) -> list[dict]:
    """The candidates for text (from an outlet of that state, if given); every quote is checked to be its exact
    slice."""
    out = extract_text(text, published, outlet_country=outlet)
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


# A story of two states at odds, for the resolvers' tests: what "the two", "they" and "the story's conflict" stand for
WIRE = ("BELGRADE, Nov 3 (Adriatic Wire) - Serbia and Montenegro traded accusations on Tuesday after a night of "
        "shooting.\n\n")
WIRE_DATE = dt.date(2026, 11, 3)


def resolve(table: str, text: str, published=WIRE_DATE) -> list[dict]:
    """The fields the classifier's resolver for `table` fills from the text's last sentence, called directly: whether
    the model flags that sentence moves with every retrain, and is the model's tests' business."""
    doc = Document(text, published)
    return [h.fields for h in triggers._RESOLVERS[table](doc, len(doc.sentences) - 1, "src")]


def resolved_pairs(text: str) -> list[set]:
    return [{f["state_1"], f["state_2"]} for f in resolve("meetings", text)]


# The rules' own drafts, not the classifier's (whose flags move with every retrain), as sorted lists a test compares
# whole: the round files' tests (test_extract_round26.py on)
def rule_fields(cands: list[dict], table: str) -> list[dict]:
    return [c["fields"] for c in cands if c["table"] == table and not c["method"].startswith("rules:trigger_")]


def dated_pairs(cands: list[dict], table: str = "meetings") -> list[tuple]:
    return sorted((f["date_start"], *sorted((f["state_1"], f["state_2"]))) for f in rule_fields(cands, table))


def levels(text: str, published=PUB) -> list[tuple]:
    """The rules' meetings of text as sorted (state, state, level): the round files' tests of a meeting's rank."""
    return sorted((*sorted((f["state_1"], f["state_2"])), f["level"])
                  for f in rule_fields(run(text, published), "meetings"))


def rule_mediations(cands: list[dict]) -> list[tuple]:
    return sorted((f["kind"], f["mediator_state"], *sorted((f["party_1_state"], f["party_2_state"])))
                  for f in rule_fields(cands, "mediation_offers"))


def rule_truces(cands: list[dict]) -> list[tuple]:
    return sorted((f["kind"], *sorted((f["state_1"], f["state_2"])), f["date_start"])
                  for f in rule_fields(cands, "ceasefires"))


def rule_figures(cands: list[dict]) -> list[tuple]:
    return sorted((f["side_state"] or "", f["population"], f["outcome"], f["count"])
                  for f in rule_fields(cands, "casualty_figures"))


def rated(monkeypatch, table: str, needles: tuple[str, ...]) -> None:
    """The classifier rates the sentences holding one of `needles` for `table` and no other (its ratings fixed here:
    which sentences the model flags moves with every retrain)."""
    def scores(sentence, m=None):
        hit = any(n in sentence for n in needles)
        return {t: (0.99 if hit and t == table else 0.01)
                for t in ("meetings", "mediation_offers", "ceasefires", "casualty_figures")}
    monkeypatch.setattr(triggers, "scores", scores)
