"""Who a claim is attributed to, and how firmly (casualty_figures.certainty).

"according to ISPR" or "the military said" -> attributed, with the speaker as
claimant when the text names an actor; "reportedly", "allegedly", "claimed"
-> hedged (the claimant is kept when named); otherwise the outlet asserts it.
"""
from __future__ import annotations

import re

from .actors import Mention
from .document import Document

HEDGE_RE = re.compile(r"(?i)\b(?:reportedly|allegedly|purportedly|claim(?:s|ed|ing)?|alleg(?:es|ed|ing)|unconfirmed|unverified)\b")
_SAY = r"(?:said|says|say|stated|told|announced|reported|confirmed|added|noted|estimated|claimed|claims|alleged|put|quoted)"
_ACCORDING = re.compile(r"(?i)\baccording to\b")
_SAYS_AFTER = re.compile(rf"[\s,]*(?:\w+\s+)?{_SAY}\b")
_SAID_BEFORE = re.compile(rf"\b(?:{_SAY})\s+(?:the\s+|a\s+)?$")
_GENERIC_SPEAKER = re.compile(
    rf"(?i)\b(?:officials?|authorities|police|sources|the military|the army|the government|ministry|"
    rf"spokes(?:person|man|woman)|witnesses|hospital|medics|doctors|rescuers|media|reports?)\b[^.;]{{0,30}}?\b{_SAY}\b")


def claimant_id(m: Mention) -> str | None:
    return m.actor_id if m.kind in ("person", "body") else m.state


def attribute(doc: Document, i: int) -> tuple[str, str | None, tuple[int, int] | None]:
    """(certainty, claimant, span of the attribution) for sentence i."""
    s = doc.sentences[i]
    text, ms = doc.text, [m for m in doc.mentions[i] if m.kind in ("person", "body", "state", "pronoun")]
    speaker, span = None, None
    acc = _ACCORDING.search(text, s.start, s.end)
    if acc:
        after = [m for m in ms if m.start >= acc.end() and m.start - acc.end() <= 12]
        speaker = after[0] if after else None
        span = (acc.start(), speaker.end if speaker else acc.end())
    else:
        for m in ms:
            if _SAYS_AFTER.match(text, m.end, s.end):
                speaker, span = m, (m.start, _SAYS_AFTER.match(text, m.end, s.end).end())
                break
            if _SAID_BEFORE.search(text[max(s.start, m.start - 20):m.start]):
                speaker, span = m, (m.start - len(_SAID_BEFORE.search(text[max(s.start, m.start - 20):m.start]).group()), m.end)
                break
    if speaker is not None:
        speaker = doc.actor_for(i, speaker) if speaker.kind == "pronoun" else speaker
    claimant = claimant_id(speaker) if speaker else None
    if HEDGE_RE.search(s.text):
        return "hedged", claimant, span
    if span or acc or _GENERIC_SPEAKER.search(s.text):
        return "attributed", claimant, span
    return "asserted", None, None
