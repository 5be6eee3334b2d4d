"""Meetings whose pair the sentence names by office or number: a joint body of two states ("the Joint Border
Commission met"), "the two sides met", "their meeting", the two parties of talks a third state held, and an earlier
encounter of the story's pair the text recalls ("recalled their meeting in Nuku'alofa in November")."""

from __future__ import annotations

import re

from ... import fastre, lexicon
from ...candidates import Hit
from ...document import Document
from ...vocab import BASIS, LEVEL
from .. import common
from .parties import _COLLECTIVE, _context_pair, _unnamed_pair_hit
from .nouns import _LATER

# What the pair agreed came out of talks a third party ran: "The armies of A and B agreed to cease fire ...,
# following talks mediated by the Government of C in Ocotepeque on Monday": A and B met (C hosted or mediated).
_THIRD_PARTY_TALKS = re.compile(r"(?i)\b(?:following|after)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations)\s+"
                                r"(?:mediated|hosted|facilitated|chaired)\s+by\b")  # not "brokered": a shuttle, often


def _third_party_talks_hits(doc: Document, i: int) -> list[Hit]:
    s = doc.sentences[i]
    hits = []
    unsaid = lambda d: not common.said_on(doc, s.start, d.start)  # noqa: E731
    for m in _THIRD_PARTY_TALKS.finditer(doc.text, s.start, s.end):
        third = {x.state for x in common.actors_in(doc, i, m.end(), s.end)[:1] if x.state}
        pair = common.joined_pair_in(doc, i, third)
        if not third or len(pair) != 2 or common.unreal(doc, i, m.start(), m.end(), after=False):
            continue
        # the talks' own date after them, else the sentence's nearest ("signed a ceasefire on Saturday ..., after two
        # days of talks chaired by ..."), never the day a speaker said so ("..., the government said on Sunday")
        date = common.nearest_date(doc, i, m.end(), m.end(), min(s.end, m.end() + 80), keep=unsaid) \
            or common.nearest_date(doc, i, m.start(), s.start, s.end, keep=unsaid)
        hit = _unnamed_pair_hit(doc, i, m, tuple(pair), "meeting-third-party-talks", None)  # no one named: no rank
        if hit:
            if date:
                hit.fields.update(common.date_fields(date))
            hits.append(hit)
    return hits


# A meeting the sentence refers back to: "the agreement reached by the border commanders of the two countries, at
# their meeting at the Zurbatiyah crossing", "The agreement was reached at a meeting at the Arar crossing".
_THEIR_MEETING = fastre.guard(re.compile(
    r"(?i)\b(?:(?P<their>at|during|in|after|following)\s+their\s+|(?P<reached>reached|agreed|signed|concluded|struck)"
    r"\s+(?:[\w-]+\s+){0,3}?at\s+(?:a|the)\s+)(?:[\w-]+\s+)?(?P<noun>meeting|talks)\s+(?:at|in|on)\b"))

# The meeting of the people of both, the pair the sentence spoke of before: "The two Parties expressed their gratitude
# to the Republic of Angola for facilitating ... the meeting of their senior officials held in Luanda on 10 September"
_OF_THEIR = fastre.guard(re.compile(
    r"(?i)\b(?P<noun>meeting|talks)\s+(?:of|between)\s+their\s+(?P<who>(?:[\w-]+\s+){0,2}?(?:officials|ministers|"
    r"commanders|chiefs|delegations|envoys|leaders|presidents|representatives))\s+(?:held\s+)?(?:at|in|on)\b"))


def _their_meeting_hits(doc: Document, i: int, prior: list[Hit]) -> list[Hit]:
    s = doc.sentences[i]
    hits = []
    if "meeting" not in s.text and "talks" not in s.text:
        return hits  # the cheap test first
    for m in _THEIR_MEETING.finditer(doc.text, s.start, s.end):
        if common.unreal(doc, i, m.start("noun"), m.end("noun")) or common.non_state_partner(doc, i):
            continue
        before = common.actors_in(doc, i, s.start, m.start())
        two = common.coordinated(doc, before[-2:]) if len(before) >= 2 else []
        if m.group("their") and len({x.state for x in two}) == 2:
            pair = tuple(sorted({x.state for x in two}))  # "A and B ..., at their meeting in Lomé"
        elif m.group("reached") or _COLLECTIVE.search(doc.text, s.start, m.start()):
            pair = _context_pair(doc, i, prior)  # "... of the two countries, at their meeting", "reached at a meeting"
        else:
            continue
        # "the border commanders ..., at their meeting"; none where no people are named ("The decision was reached at
        # a meeting in Nouakchott between ...": the ministers the other rules read)
        level = lexicon.collective_level(doc.text[s.start:m.start()], default=None)
        hit = pair and _unnamed_pair_hit(doc, i, m, pair, "meeting-noun", level, "noun")
        if hit:
            hits.append(hit)
    for m in _OF_THEIR.finditer(doc.text, s.start, s.end):
        if common.unreal(doc, i, m.start("noun"), m.end("noun")) or common.non_state_partner(doc, i):
            continue
        pair = _context_pair(doc, i, prior)
        if pair:
            hit = _unnamed_pair_hit(doc, i, m, pair, "meeting-noun", lexicon.collective_level(m["who"]), "noun")
            if hit:
                hits.append(hit)
    return hits


# An earlier encounter of the story's pair the text recalls, with a date of its own: "The two leaders recalled their
# meeting in Nuku'alofa in November", "The visit follows the ministers' telephone conversation on 14 April", "The Head
# of State recalled the fruitful telephone conversation the two leaders held in March" (not "have not discussed it
# since their meeting in 2024", a coder's background); "the commitments made at their videoconference of 12 June".
_RECALLED = fastre.guard(re.compile(
    r"(?i)\b(?:recall(?:ed|ing|s)?|follow(?:s|ed|ing)|(?:made|taken|reached|adopted)\s+(?:at|during))\s+"
    r"(?P<who>their|the\s+two\s+(?:[\w-]+\s+)?[\w-]+s['’]|"
    r"the\s+(?:leaders|ministers|presidents|prime\s+ministers|foreign\s+ministers)['’]|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>(?:(?:tele)?phone|video)\s+(?:conversation|call)|video\s*conference|meeting|talks|conversation)\b"))
_HELD_BY_THE_TWO = re.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+two|both)\s+[\w\s-]{1,30}?\s+(?:had\s+)?held\b")


def _recalled_hits(doc: Document, i: int, prior: list[Hit]) -> list[Hit]:
    s = doc.sentences[i]
    hits = []
    for m in _RECALLED.finditer(doc.text, s.start, s.end):
        held = _HELD_BY_THE_TWO.match(doc.text, m.end(), s.end)
        if m.group("who").lower() == "the" and not held:
            continue  # "recalled the meeting" of no stated pair
        after = held.end() if held else m.end()
        date = next((d for d in doc.dates(i) if after <= d.start <= after + 40), None)
        # the two who met in the story, before any pair named since ("recalled the conversation the two leaders held")
        pair = date and not common.unreal(doc, i, m.start("noun"), m.end("noun")) \
            and (common.latest_meeting_pair(prior, i, set()) or _context_pair(doc, i, prior))
        hit = pair and _unnamed_pair_hit(doc, i, m, pair, "meeting-noun", lexicon.collective_level(m.group()), "noun")
        if hit:
            hits.append(hit)
    return hits


# An earlier session a communiqué recalls with its place and date: "The previous ministerial meeting was held in Oslo
# in February 2025", "the fifteenth session, held in Baku in March 2026" (not "the next session will be held").
_ORDINAL = (r"previous|last|preceding|\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
            r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
            r"nineteenth|twentieth")
_PAST_SESSION = fastre.guard(re.compile(
    rf"(?i)(?<![\w-])the\s+(?:{_ORDINAL})\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>session|meeting|round)"
    r"(?P<body>\s+of\s+the\s+(?:(?!\b(?:will|would|shall|is|are|be|to)\b)[^,;()]){3,80}?)?,?\s+(?:which\s+)?(?:was\s+)?"
    r"held\s+(?:in|on|at)\b"))


def _past_session_hits(doc: Document, i: int, prior: list[Hit]) -> list[Hit]:
    """An earlier session of the story's pair, recalled with a date of its own (a stated one, not the publication's)."""
    s = doc.sentences[i]
    hits = []
    for m in _PAST_SESSION.finditer(doc.text, s.start, s.end):
        named = sorted({x.state for x in doc.mentions[i] if x.state and m.start() <= x.start < m.end()})
        pair = tuple(named) if len(named) == 2 else None if named else _context_pair(doc, i, prior)
        hit = pair and _unnamed_pair_hit(doc, i, m, pair, "meeting-body", LEVEL.officials)
        if hit and hit.fields.get("date_basis") != BASIS.publication:
            hits.append(hit)
    return hits


# A body of two states by its name: "the Joint Border Committee", "the interstate commission on the border",
# "the Thai-Myanmar Township Border Committee", "the 15th Expert Group Meeting (EGM) on the Bhutan–China Boundary".
_BODY = (r"(?:[A-Z0-9][\w–-]*\s+){0,3}?(?i:joint|border|boundary|inter-?state|inter-?governmental|demarcation|expert\s+group)"
         r"(?:\s+[\w–-]+){0,2}?\s+(?i:committee|commission|working\s+group|meeting)(?:\s+\([A-Z]{2,6}\))?"
         # the subject of the tail holds no verb: "a commission on the Oder has still not met" is negated
         r"(?:\s+(?:on|for)\s+(?:the\s+)?[\w–-]+"
         r"(?:\s+(?!(?:has|have|had|not|never|yet|still|is|are|was|were|will|would)\b)"
         r"[\w–-]+){0,3}?)?")
# What the text says of the body before its verb: "the Joint Oversight Committee established under the Peace
# Agreement between A and B held its first meeting" (its states count as the body's).
_BODY_MOD = (r"(?:,?\s+(?P<mod>(?:established|set\s+up|created|formed|mandated)\s+(?:by|under|in)\s+"
             r"(?:(?!\b(?:not|never|yet|has|have|had|will|would|is|are|was|were)\b)[^,;.()]){3,100}?),?)?")  # no verb
_BODY_MET = re.compile(
    rf"(?<![\w-])(?P<body>{_BODY}){_BODY_MOD}(?:,?\s+which)?\s+(?:met|convened|(?:was|were)\s+held|"
    rf"held\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:session|meeting|round))(?![\w-])"
    # "the Fourth Session of the Ethiopia–Uganda Joint Ministerial Commission (JMC), held in Addis Ababa", "The 12th
    # Session of the Polish–Slovak Joint Commission for Border Matters (hereinafter "the Commission") took place", "The
    # Ninth Session of the Joint Commission on Border Issues between the Republic of Bulgaria and the Republic of
    # Serbia (hereinafter "the Parties") was held"
    rf"|(?<![\w-])(?:[Aa]|[Tt]he)\s+(?:[\w-]+\s+)?(?i:meeting|session)\s+of\s+the\s+"
    rf"(?P<body2>{_BODY}(?:\s+between\s+[^,;()]{{3,90}}?)?)"
    rf"(?:\s+\([^()]{{1,60}}\))?,?\s+(?:(?:was\s+)?held|took\s+place)(?![\w-])")

_TO_BE_HELD = re.compile(r"(?i)\b(?:to\s+be|will\s+be|would\s+be|is\s+to\s+be|be)\s+held$")


def _body_hits(doc: Document, i: int, prior: list[Hit]) -> list[Hit]:
    """A joint body of two states met: the two states its name gives, else the pair the context sets up."""
    s = doc.sentences[i]
    hits = []
    for m in _BODY_MET.finditer(doc.text, s.start, s.end):
        body = "body" if m.group("body") else "body2"
        if body == "body2":  # "(appreciation for facilitating) the meeting of the GBC held in Vientiane": it was held
            if _TO_BE_HELD.search(doc.text, max(s.start, m.end() - 30), m.end()):
                continue
        elif common.unreal(doc, i, m.start(), m.end(), after=False):
            continue
        spans = [m.span(body)] + ([m.span("mod")] if body == "body" and m.group("mod") else [])
        inside = sorted({x.state for x in doc.mentions[i] if x.state and any(a <= x.start < b for a, b in spans)
                         and x.kind in ("state", "modifier", "body", "place")})
        if len(inside) == 2:
            pair = tuple(inside)
        elif inside or common.non_state_partner(doc, i):
            continue
        else:
            pair = _context_pair(doc, i, prior)
        if not pair:
            continue
        hit = _unnamed_pair_hit(doc, i, m, pair, "meeting-body", LEVEL.officials, body)
        if hit:
            hits.append(hit)
    return hits


# Officers of both parties met, neither state named: "a meeting of border commanders from both sides".
# ("the talks of 25 to 27 October 2026 between the delegations of the two countries": their dates may come first)
_SIDES_MET = re.compile(
    r"(?i)(?<![\w-])(?:meeting|talks|meetings)(?:\s+(?:of|on)\s+\d{1,2}(?:\s*(?:to|and|-|–)\s*\d{1,2})?\s+[a-z]+"
    r"(?:\s+\d{4})?)?\s+(?:of|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<who>commanders|officers|officials|delegations|delegates|representatives|ministers|chiefs|envoys|negotiators)"
    # "of the two brotherly countries", "of the two foreign ministries": a word may qualify them
    r"\s+(?:from|of)\s+(?:both|the\s+two)\s+(?:[\w-]+\s+)?(?:sides|countries|nations|armies|neighbou?rs|governments|"
    r"ministries)(?![\w-])")


def _sides_hits(doc: Document, i: int, prior: list[Hit]) -> list[Hit]:
    """ "agreed at a meeting of border commanders from both sides": the pair the context sets against each other."""
    s = doc.sentences[i]
    hits = []
    if "both" not in s.text and " two " not in s.text:
        return hits  # the cheap test first: every form ends in "both ..." or "the two ..."
    for m in _SIDES_MET.finditer(doc.text, s.start, s.end):
        if common.unreal(doc, i, m.start(), m.end(), after=False) or _LATER.search(doc.text, m.end(), min(s.end, m.end() + 60)):
            continue
        pair = _context_pair(doc, i, prior)
        if not pair:
            continue
        hit = _unnamed_pair_hit(doc, i, m, pair, "meeting-sides", lexicon.collective_level(m.group()))
        if hit:
            hits.append(hit)
    return hits
