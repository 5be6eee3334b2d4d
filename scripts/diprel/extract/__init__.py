"""Rule-based draft extractor: news text -> candidate records with evidence.

    candidates = extract_text(text, published, source_id="some-article")
    records = to_annotation_records(candidates, "some-article")
    write_draft(repo.annotation("some-article"), "some-article", records)

No models and no downloads: regular expressions over a state lexicon
(`lexicon/states.csv`), a per-article table of persons, and date and number
parsers. Output is deterministic. Every candidate is a draft for a human coder;
see CODING.md for what counts as a record.
"""
from __future__ import annotations

import datetime as dt

from .candidates import merge_hits, sort_key, to_candidate
from .document import Document
from .records import to_annotation_records, write_draft
from . import triggers
from .rules import casualties, ceasefires, mediation, meetings
from .rules.common import date_from_story, publication_fields, under_future_heading
from .vocab import BASIS, MEDIATION, STATUS

__all__ = ["extract_text", "to_annotation_records", "write_draft"]


def extract_text(text: str, published: dt.date | None, *, source_id: str | None = None,
                 outlet_country: str | None = None) -> list[dict]:
    """Candidate records found in text, in a stable order.

    Each is {"table", "fields", "evidence": [{"quote", "start", "end", "supports"}],
    "method", "confidence"} with `text[start:end] == quote`.
    """
    doc = Document(text, published, outlet_country)
    hits = meetings.extract(doc)
    hits += ceasefires.extract(doc, hits)
    hits += mediation.extract(doc, hits)
    hits += casualties.extract(doc, source_id)
    hits += triggers.extract(doc, hits, source_id)
    hits = merge_hits(hits, doc.headlines)
    undated = [h for h in hits if h.table in ("meetings", "ceasefires")
               and h.fields.get("date_basis") in (None, BASIS.publication)]
    # an item of a week-ahead diary is a plan, not an event
    hits = [h for h in hits if h not in undated or not under_future_heading(doc, h.sentence)]
    for h in hits:
        if h in undated:
            date_from_story(doc, h)  # undated by its own clause, after the merge as a figure is
    for h in hits:  # an offer made at a meeting takes the meeting's date, so the meetings' dates come first
        if h.table == "meetings" and (h.peer_rank or h.fields.get("level") is None and h.rank):
            h.fields["level"] = h.peer_rank or h.rank
        if h.table == "mediation_offers" and h.fields.get("date_basis") in (None, BASIS.publication) \
                and not mediation.meeting_date(h, hits) and doc.published:
            # an offer no sentence of it dates, nor a meeting it was made at, was reported that week, as a meeting
            # is; here, after the merge, for the offers of every rule (a brokered truce's, the classifier's, which
            # dates by the week what its sentence does not) and only those left undated
            h.fields.update(publication_fields(doc))
        if h.table == "mediation_offers" and h.fields.get("kind") == MEDIATION.offer and not h.fields.get("status"):
            h.fields["status"] = STATUS.made  # an offer the text tells no fate of stands as made
        if h.table == "ceasefires":
            ceasefires.settle_broker(doc, h, hits)
        if h.table == "casualty_figures" and h.fields.get("date_start") is None:
            casualties.date_from_context(doc, h)  # undated by its own clause
    # an offer of any rule (the classifier's too) that a party turns down: "New Zealand's offer ... was politely
    # declined by Funafuti". The mediation rules read refusals on their own offers first (a taken-up offer they drop
    # must be told from a rejected one); read again here, on the merged offers, a refusal may fall to another: an
    # offer a headline and its body told, or the classifier's
    mediation.turned_down(doc, [h for h in hits if h.table == "mediation_offers"])
    return sorted((to_candidate(doc, h) for h in hits), key=sort_key)
