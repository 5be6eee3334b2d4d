"""Bilateral meetings: a reported, past encounter between representatives of two states.

Triggers are past-tense verbs ("met", "held talks with", "hosted", "received
at <venue>", "granted an audience to", "spoke by phone with", "told X by phone",
"exchanged views by telephone", "visited"), meeting nouns with their parties
("talks between A and B", "a phone call on Monday between A and B", "his meeting
with Trump"), an encounter named up front ("In a phone call, A and B discussed
...", "Following a meeting at the checkpoint, the two commanders agreed"), and
visits ("his official U.S. visit", "arrived in Abuja on a working visit"). The
parties are the actors nearest the trigger: the subject before it and the object
right after it (or the two named after "between"). A pair named by office only
("the two countries' security chiefs met", "a call between both Presidents")
and "each delegation" take their states from the context (see _context_pair).
A visit to an office the text does not place ("paid a visit to the President
at the Presidential Villa, Abuja") meets the state of the place. A joint body of two states
("the Joint Border Commission met", "a meeting of the Thai-Myanmar Township
Border Committee held at") meets for the two its name gives, else the context's
pair. "The two leaders" (people named by their number) are the two the text last saw
meet, before any pair of countries joined since. A timeline or factbox entry ("OCT 20 -
Delegations ... meet in Honiara") tells the past in the present. Planned, negated and
hypothetical meetings, and encounters with non-state audiences, are skipped.

The package follows a meeting from its trigger to its record, each module using only those before it: `record` (two
mentions made a draft: date, place, level, format), `parties` (who met whom: a trigger's subject and object, or the
pair the context gives), `visits` (a visit to another state's place), `verbs` (a verb of meeting and its parties),
`nouns` (a meeting noun, an encounter named up front, "at a meeting"), and `context` (pairs named by office or
number: joint bodies, "the two sides met", talks after a third party's, an earlier encounter the text recalls with a
date of its own). `extract` below runs the triggers on each
sentence. Names shared between the modules keep their leading underscore: the package's API is `extract`.
"""

from __future__ import annotations

from ...candidates import Hit
from ...document import Document
from .. import common
from .record import _timeline_entry
from .visits import _ARRIVAL_WORD, _visit_hits
from .verbs import _PRESENT_RE, _verb_hit, VERB_RE
from .nouns import _at_a_meeting_hits, _intro_hit, _led_by_hits, _noun_hit, NOUN_RE
from .context import (_body_hits, _past_session_hits, _recalled_hits, _sides_hits, _their_meeting_hits,
                      _third_party_talks_hits)

# Substrings (of the lowered sentence) without which a pattern cannot match: sentence-level prefilters.
_NOUN_KEYS = common.substrings("meeting", "talks", "negotiations", "consultations", "discussions", "call",
                               "conversation", "summit", "lunch", "dinner", "breakfast", "engagement", "t\u00eate", "tete",
                               "session")
_VISIT_KEYS = common.substrings("visit", "trip", "tour")
_BODY_KEYS = common.substrings("committee", "commission", "working", "meeting")
_RECALL_KEYS = common.substrings("recall", "follow")


def extract(doc: Document) -> list[Hit]:
    hits = []
    for i, s in enumerate(doc.sentences):
        low = s.text.lower()
        hits.extend(_intro_hit(doc, i, hits))
        for m in (_PRESENT_RE if _timeline_entry(doc, i) else VERB_RE).finditer(doc.text, s.start, s.end):
            hits.extend(_verb_hit(doc, i, m, hits))
        if _NOUN_KEYS.search(low):  # the cheap test first: every meeting noun holds one of these
            for m in NOUN_RE.finditer(doc.text, s.start, s.end):
                hits.extend(_noun_hit(doc, i, m, hits))
        if _VISIT_KEYS.search(low) or _ARRIVAL_WORD.search(s.text):
            hits.extend(_visit_hits(doc, i))
        if _BODY_KEYS.search(low):  # every joint body's name ends in one of these
            hits.extend(_body_hits(doc, i, hits))
        if " held " in low:  # the cheap test first
            hits.extend(_past_session_hits(doc, i, hits))
        hits.extend(_sides_hits(doc, i, hits))
        if " led by " in s.text or " headed by " in s.text:  # the cheap test first
            hits.extend(_led_by_hits(doc, i))
        if " at a " in s.text or " at their " in s.text:  # the cheap test first
            hits.extend(_at_a_meeting_hits(doc, i))
        hits.extend(_their_meeting_hits(doc, i, hits))
        if _RECALL_KEYS.search(low):  # the cheap test first
            hits.extend(_recalled_hits(doc, i, hits))
        if ("talks" in low or "negotiations" in low) and " by " in low:  # the cheap test first
            hits.extend(_third_party_talks_hits(doc, i))
    return hits
