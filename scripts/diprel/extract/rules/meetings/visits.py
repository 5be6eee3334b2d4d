"""Visits: "paid a visit to", "arrived in Abuja on a working visit", "his official U.S. visit": the visitor meets
the state whose place or office he visits."""

from __future__ import annotations

import re

from ...actors import Mention
from ...candidates import Hit
from ...document import Document
from ...vocab import FORMAT
from .. import common
from .record import _make
from .parties import _called_off, _FILLER, _subject

VISIT_RE = re.compile(r"(?i)(?<![\w-])(?:visit|trip)\s+to(?![\w-])")
_STATE_VISIT = re.compile(r"\s+(?:visit|trip|tour)\b")

_ARRIVED_IN = re.compile(r"(?i)\b(?:(?:arrived|arrives|landed|lands)\s+(?:(?:on|late|early|this|last)\s+\w+\s+)?in|"
                         r"(?:travell?ed|travels|flew|flies|went|headed)\s+to|(?:flew|flies|sailed)\s+into)\s+$")
_ARRIVAL_WORD = re.compile(r"arriv|land|travel|flew|flies|went|headed")
# Why they came: a visit, or talks with no one else named ("for talks with EU leaders" in Brussels meets no Belgian).
_ON_VISIT = re.compile(r"(?i)\b(?:(?:on|for)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit|"
                       r"for\s+(?:[\w-]+\s+){0,2}?talks(?!\s+with))\b")

# An arrival followed by its reception: "When X flew into Port Moresby last Thursday, he was met with the full
# ceremony", "arrived in Accra, where she was received by the President" (the clause break is crossed).
_RECEIVED_AFTER = re.compile(r"(?i)[^.;]{0,40}?,\s+(?:where\s+)?(?:he|she|they)\s+(?:was|were)\s+(?:met|received|welcomed|greeted)\b")


def _visit_hits(doc: Document, i: int) -> list[Hit]:
    """ "visit to Beijing", "his official U.S. visit", "arrived in Abuja on a two-day official visit": the visitor
    meets the host state."""
    s = doc.sentences[i]
    hits = []
    for m in VISIT_RE.finditer(doc.text, doc.sentences[i].start, doc.sentences[i].end):
        if not common.unreal(doc, i, m.start(), m.end(), after=False) and not _called_off(doc, i, m.start(), m.end()) \
                and not _INVITED_TO.search(doc.text, max(s.start, m.start() - 160), m.start()):
            hits.extend(_visit(doc, i, m.start(), m.end(), _subject(doc, i, m.start())))
    arrived = _ARRIVAL_WORD.search(s.text)  # the cheap test first
    for place in doc.mentions[i]:
        if arrived and place.kind == "place" and place.state \
                and _ARRIVED_IN.search(doc.text, max(s.start, place.start - 20), place.start):
            _, c_end = doc.clause_bounds(i, place.end)
            cue = _ON_VISIT.search(doc.text, place.end, c_end) \
                or _RECEIVED_AFTER.match(doc.text, place.end, s.end)  # "arrived in Abuja on Monday on a two-day official visit"
            if cue and not common.unreal(doc, i, place.start, place.end, after=False):
                found = _host_visit(doc, i, _subject(doc, i, place.start), place, place.start, cue.end())
                for h in found if cue.group().endswith("talks") else ():
                    h.fields["format"] = FORMAT.talks  # a visit for talks: the talks are the encounter
                hits.extend(found)
        if place.kind in ("state", "place") and place.state and _STATE_VISIT.match(doc.text, place.end):
            end = _STATE_VISIT.match(doc.text, place.end).end()
            if not common.unreal(doc, i, place.start, end, after=False):
                visitor = _subject(doc, i, place.start)
                hits.extend(_host_visit(doc, i, visitor, place, place.start, end))
    return hits


# A visit one was invited to pay is still to come: "invited the President of the Republic of Colombia to pay an official
# visit to Paraguay"
_INVITED_TO = re.compile(r"(?i)\binvit(?:ed|es|ing)\b[^.;]{0,120}?\bto\s+(?:pay|make|undertake)\s+(?:an?\s+|the\s+)?"
                         r"(?:[\w-]+\s+){0,3}$")


_BY_VISITOR = re.compile(r"\s+by\s+(?:an?\s+|the\s+)?")


def _visit(doc: Document, i: int, start: int, end: int, visitor: list[Mention]) -> list[Hit]:
    s = doc.sentences[i]
    after = [x for x in doc.mentions[i] if x.start >= end and x.kind in ("state", "place") and x.state]
    if not after or not _FILLER.match(doc.text[end:after[0].start]):
        return []
    by = _BY_VISITOR.match(doc.text, after[0].end, s.end)
    named = by and [x for x in common.actors_in(doc, i, by.end(), s.end, unplaced=True) if x.start == by.end()]
    if named:  # "the first visit to South Korea by a Mongolian foreign minister": the one after "by" came
        visitor = named
    return _host_visit(doc, i, visitor, after[0], start, min(s.end, max(after[0].end, named[0].end if named else 0)))


# "paid an official visit to the Republic of Uzbekistan at the invitation of the Minister of Foreign Affairs of the
# Republic of Uzbekistan, Mr. Dilshod Karimov", "At the invitation of the Minister ..., Mr. X, ... paid an official
# visit": the one who invited is the host met
_INVITED_BY = re.compile(r"(?i)\b(?:at|on|upon)\s+the\s+invitation\s+of\s+")
_INVITED_AFTER = re.compile(r"(?i)[\s,]*(?:at|on|upon)\s+the\s+invitation\s+of\s+")


def _inviter(doc: Document, i: int, visitor: Mention, end: int, state: str) -> Mention | None:
    """The person of the host state who invited the visitor, named right after the visit or before the visitor."""
    s = doc.sentences[i]
    after = _INVITED_AFTER.match(doc.text, end, s.end)
    invited, hi = (after, s.end) if after else (next(_INVITED_BY.finditer(doc.text, s.start, visitor.start), None),
                                                visitor.start)
    inviter = invited and next((x for x in common.actors_in(doc, i, invited.end(), hi) if x.kind == "person"), None)
    if not inviter or inviter.state != state or inviter.actor_id and inviter.actor_id == visitor.actor_id:
        return None  # (not the visitor himself, misread as of the host state)
    return inviter


def _host_visit(doc, i, visitor: list[Mention], place: Mention, start: int, end: int) -> list[Hit]:
    if not visitor or visitor[-1].state == place.state:
        return []
    host = common.as_state(place)
    if (inviter := _inviter(doc, i, visitor[-1], end, place.state)):
        host = inviter
        end = max(end, inviter.end)
    hit = _make(doc, i, visitor[-1], host, min(visitor[-1].start, start), end, "meeting-visit", visit=True,
                location=place if place.kind == "place" else None)
    if hit:
        hit.confidence = 0.55
    return [hit] if hit else []
