"""A meeting noun with its parties ("talks between A and B", "his meeting with Trump"), an encounter named up front
("In a phone call, A and B discussed"), and people who spoke "at a meeting"; never one offered or to come."""

from __future__ import annotations

import re

from ... import lexicon
from ...candidates import Hit
from ...document import Document
from .. import common
from .record import _make
from .parties import (
    _called_off, _COLLECTIVE, _context_pair, _COORD, _each, _FILLER, _NON_STATE, _object,
    _PAIR_NOUNS, _second_team, _separately, _states_at, _subject, _unnamed_pair_hit, _without_dates_and_places
)
from .verbs import _MANY

NOUN_RE = re.compile(
    r"(?i)(?<![\w-])(?P<noun>meetings?|talks|negotiations|consultations|discussions|calls?|phone\s+calls?|conversations?|"
    r"summit|luncheon|lunch|dinner|breakfast|engagement|t[êe]te-[àa]-t[êe]te|"
    r"sessions?(?=\s+(?:between|with)\s))"  # "a 50-minute session between" (not "a session of the UN")
    r"(?:\s+\([A-Z]{2,6}\))?"  # "Foreign Office Consultations (FOC) between A and B"
    r"(?:\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?held)?"  # "talks were held between A and B", "the meeting held between"
        # "a phone call on Monday between", "talks in Kuwait City between", "talks in Doha that day between", "the
        # meeting held in Libreville on Monday 3 August 2026 between"
        # ("on 11 and 12 October 2026": two days; "the talks of 28 and 29 September 2026 between"; "the talks held in
        # Durban from 21 to 23 October 2026 between")
        r"(?:\s+(?:(?:on|in|at|last|this|that|earlier|via|by|over)\s+[\w'’-]+|(?:of|from)\s+\d{1,2}\b)"
        r"(?:\s+(?:and|to)\s+\d{1,2}\s+(?-i:[A-Z])[a-z]+(?:,?\s+\d{4})?)?"
        r"(?:\s+(?:(?-i:[A-Z])[\w'’-]+|city|town))?"  # "talks in Djibouti city between"
        # "in Dar es Salaam", "in Ciudad del Este"
        r"(?:\s+(?-i:es|de|del|la|al|el|di|da|do|du|des)\s+(?-i:[A-Z])[\w'’-]+)?"
        r"(?:\s+\d{1,2}(?:\s+(?-i:[A-Z])[a-z]+)?(?:,?\s+\d{4})?)?){0,2}"
    # "talks in Victoria on 28 and 29 August, chaired by the Seychelles foreign minister, Marie-Claire Payet, between"
    r"(?:,\s+(?:chaired|hosted|convened|facilitated|mediated)\s+by\s+[^,;.]{1,60}(?:,\s+[^,;.]{1,40})?,)?"
    # "a meeting of Chilean and Peruvian officials", "the talks held by the foreign ministers of the two countries"
    r"\s+(?P<prep>between|with|of(?=\s+(?:the\s+)?[A-Z])|(?<=held\s)by)(?![\w-])")

# ("the telephone call between the leaders of the two countries", "talks ... between the delegations of the two
# Governments", "Consultations between delegations of the two States were held")
_TWO = re.compile(rf"(?i)\s+(?:the\s+)?(?:two|both)\s+(?!(?:{_NON_STATE})\b)(?:[\w-]+\s+)?(?:parties|{_PAIR_NOUNS})\b"
                  rf"|\s+(?:the\s+)?(?:leaders|heads\s+of\s+state|presidents|prime\s+ministers|"
                  rf"(?:deputy\s+)?foreign\s+ministers|defen[cs]e\s+ministers|delegations)\s+of\s+(?:the\s+)?(?:two|both)\s+"
                  rf"(?:brotherly\s+|friendly\s+|"
                  # ("the delegations of the two brotherly countries")
                  rf"neighbou?ring\s+|member\s+)?(?:countries|states|nations|governments)\b")
_CONTACT_INTRO = re.compile(
    r"(?i)(?:in|during)\s+(?:a|an|their)\s+(?P<noun>(?:tele)?phone\s+call|(?:video\s+)?call|(?:tele)?phone\s+conversation|"
    r"video\s*conference|meeting|talks)\b[^,]{0,40},\s*")
# An encounter that opens the sentence before its (collective) parties: "Following a meeting at the checkpoint on
# Friday, the two sector commanders agreed", "After talks in Lomé, both ministers signed".
_AFTER_ENCOUNTER = re.compile(
    r"(?i)[“\"‘']?(?:after|following|at|in|during)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>meeting|talks|consultations|(?:tele)?phone\s+call|call|conversation|video\s*conference)\b"
    r"(?!\s+of\s+(?!the\s+two\b|both\b))[^,;“”\"]{0,60},\s*")  # not "a meeting of the cabinet": a body's own session
_AFTER_MEETING = re.compile(
    r"(?i)(?:(?:speaking\s+)?(?:after|following)\s+(?:meeting|hosting|receiving|(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:meeting|talks|call|conversation)\s+with)|(?:in|during)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|call|conversation)\s+with)\s+")

_AN_OBJECT = re.compile(r"(?i)\b(?:with|met|received|hosted|welcomed|called|telephoned)\s+(?:(?:his|her|their|the)\s+)?$")

_LATER = re.compile(r"(?i)\b(?:could|will|would|(?-i:may)|might|(?:is|are)\s+(?:expected|due|set|scheduled|likely)|to\s+resume)\b")

# The two sides' teams, named as the sentence's subject, did something "at a meeting" (no one else named): "Liberian
# and Sierra Leonean officials resumed work on the border at a meeting in Conakry on Tuesday".
_AT_A_MEETING = re.compile(r"(?i)\b(?:at|during)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session)\b"
                           r"(?!\s+(?:with|of|between|to\s+be|will|is|was\s+(?:due|set|planned)))")

_NOT = re.compile(r"(?i)\b(?:not|never|failed\s+to)\b|n't\b")


def _at_a_meeting_hits(doc: Document, i: int) -> list[Hit]:
    hits = []
    for m in _AT_A_MEETING.finditer(doc.text, doc.sentences[i].start, doc.sentences[i].end):
        if common.unreal(doc, i, m.start(), m.end()) or _LATER.search(doc.text, m.end(), min(doc.sentences[i].end, m.end() + 60)):
            continue
        subj = _subject(doc, i, m.start())
        if len(subj) != 2 or subj[0].state == subj[1].state or not subj[0].state or not subj[1].state \
                or not _COORD.match(doc.text[subj[0].end:subj[1].start]) or "and" not in doc.text[subj[0].end:subj[1].start]:
            continue  # only two sides coordinated by "and": "Liberian and Sierra Leonean officials"
        if _LATER.search(doc.text, subj[1].end, m.start()) or _NOT.search(doc.text, subj[1].end, m.start()):
            continue  # "... officials will review (did not review) the routes at a meeting": still to come, or negated
        hit = _make(doc, i, subj[0], subj[1], m.start(), m.end(), "meeting-noun")
        if hit:
            hits.append(hit)
    return hits


_COMMA = re.compile(r",\s+")
_SIDES_ONLY = re.compile(r"(?i)\b(?:sides|parties|countries|nations|delegations)$")


def _intro_hit(doc: Document, i: int, prior: list[Hit]) -> list[Hit]:
    """ "In a phone call on Sunday, A and B discussed ...": the encounter named up front, its two parties after it.

    "After meeting A on Monday, B said ...": the one met first, the subject after the comma.
    """
    s = doc.sentences[i]
    after_meeting = _AFTER_MEETING.match(doc.text, s.start, s.end)
    if after_meeting:
        obj = _object(doc, i, after_meeting.end())[:1]
        comma = obj and _COMMA.search(doc.text, obj[0].end, s.end)
        subj = comma and common.actors_in(doc, i, comma.end(), s.end, unplaced=True)
        if not subj or _without_dates_and_places(doc, i, obj[0].end, comma.start()).strip() \
                or not _FILLER.match(doc.text[comma.end():subj[0].start]):
            return []
        hit = _make(doc, i, subj[0], obj[0], after_meeting.start(), after_meeting.end(), "meeting-intro")
        return [hit] if hit else []
    intro = _CONTACT_INTRO.match(doc.text, s.start, s.end) or _AFTER_ENCOUNTER.match(doc.text, s.start, s.end)
    if not intro:
        return []
    two = _COLLECTIVE.match(doc.text, intro.end(), s.end)
    if two:  # "Following a meeting at the Yenga checkpoint on Friday, the two sector commanders agreed ..."
        if _LATER.search(doc.text, intro.start(), intro.end()) \
                or common.unreal(doc, i, intro.start("noun"), intro.end("noun")):
            return []
        # "After the talks, the two foreign ministers ...": the talks just reported, whatever pair was named since
        definite = re.search(r"(?i)\b(?:the|these|those|that|this)\s+(?:[\w-]+\s+)?$", doc.text[intro.start():intro.start("noun")])
        latest = definite and common.latest_meeting_pair(prior, i, set(), since=i - 12)
        pair = latest or _context_pair(doc, i, prior)
        # "During the meeting, the two sides discussed ...": the meeting just reported, whose level "sides" cannot
        # tell (a prime minister received a minister: mixed, not officials)
        level = None if latest and _SIDES_ONLY.search(two.group()) else lexicon.collective_level(two.group())
        hit = pair and _unnamed_pair_hit(doc, i, intro, pair, "meeting-intro", level)
        return [hit] if hit else []
    if intro.re is _AFTER_ENCOUNTER:
        return []
    after = common.actors_in(doc, i, intro.end(), s.end, unplaced=True)
    pair = common.coordinated(doc, after)[:2]
    if len(pair) != 2 or not re.fullmatch(r"[\s,]*", _without_dates_and_places(doc, i, intro.end(), pair[0].start)):
        return []
    hit = _make(doc, i, pair[0], pair[1], intro.start(), intro.end(), "meeting-intro")
    return [hit] if hit else []


# Talks that someone offered or proposed, or a seat for them: no talks yet ("offered Montevideo as the seat for
# technical talks between the two delegations", "proposed a meeting between the two sides").
_OFFERED = re.compile(r"(?i)\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)(?:\s+(?:of|for))?|to\s+(?:host|hold|organi[sz]e|"
                      r"facilitate)[”\"’]?|(?:seat|venue)\s+(?:for|of))\s+(?:[\w-]+\s+){0,3}$")  # 'be honoured to host" talks'

# Talks a third party stands ready to serve, the offer spelt out before them: 'Ankara was "ready to host, to facilitate,
# to do whatever is needed" for talks between A and B' (an offer, see rules.mediation; no meeting yet).
# (and "Malaysia's readiness to assist, should both parties so request, in the consultations between A and B")
_READY_FOR = re.compile(r"(?i)\b(?:ready|readiness|willing(?:ness)?|prepared|available)[”\"’]?\s+[“\"‘]?to\s+(?:host|"
                        r"facilitate|help|mediate|assist|contribute)\b[^.;:]{0,80}?\s(?:for|towards?|in|with)\s+"
                        r"(?:[\w-]+\s+){0,2}$")
# The words after which the noun names both its parties ("talks between A and B", "a meeting of A and B officials",
# "the talks held by the ministers of the two"), not only the one its subject meets
_BOTH_AFTER = ("between", "of", "by")
_PROCESS_NOUN = re.compile(r"(?i)talks|negotiations|consultations|discussions")  # a process, not one encounter
_HELD = re.compile(r"\bheld\b")  # ... unless held: "talks held on 10 and 11 August between"
_HELD_AFTER = re.compile(r",?\s+(?:(?:that|which)\s+)?(?:(?:were|was)\s+)?held\b")


def _noun_hit(doc: Document, i: int, m: re.Match, prior: list[Hit]) -> list[Hit]:
    if common.unreal(doc, i, m.start(), m.end()) or _called_off(doc, i, m.start(), m.end()):
        return []
    c_start, _ = doc.clause_bounds(i, m.start())
    if _OFFERED.search(doc.text, max(c_start, m.start() - 70), m.start()) \
            or _READY_FOR.search(doc.text, max(doc.sentences[i].start, m.start() - 110), m.start()):
        return []
    if m.group("prep").lower() in _BOTH_AFTER:
        if _MANY.search(doc.text, max(c_start, m.start() - 25), m.start()) \
                or len({x.state for x in common.coordinated(doc, common.actors_in(doc, i, m.end(),
                                                                                  doc.sentences[i].end))}) > 2:
            # "the first trilateral meeting of Bangladesh, China and Pakistan": no pair met alone (but "between the
            # Ministers ... of Tajikistan and Turkmenistan, Bakhtiyor Nazarzoda and ...": two states, their men named)
            return []
        parties = _object(doc, i, m.end())
        if len(parties) == 1:
            parties += _second_team(doc, i, parties[0])
        # an encounter, not a process: "a telephone conversation between both Presidents", not "talks between the
        # two sides collapsed in 2023"
        # (talks "held on 10 and 11 August between the delegations of the two Governments", or "between the two
        # Governments held in Wellington on 3 and 4 August", were an encounter)
        two = None if parties else _TWO.match(doc.text, m.end(), doc.sentences[i].end)
        if two and _PROCESS_NOUN.match(m.group("noun")) and not _HELD.search(m.group()) \
                and not _HELD_AFTER.match(doc.text, two.end(), doc.sentences[i].end):
            two = None
        if two and (pair := _context_pair(doc, i, prior)):  # "a telephone conversation between both Presidents"
            parties = _states_at(two, pair, level=lexicon.collective_level(two.group(), default=None))
        if len(parties) != 2:
            return []
        a, b = parties
    else:
        subj = _subject(doc, i, m.start())
        if subj and _AN_OBJECT.search(doc.text, max(doc.sentences[i].start, subj[-1].start - 25), subj[-1].start):
            # "A held talks with B before indirect talks with C": B is an object; the talks are A's
            first = common.actors_in(doc, i, doc.clause_bounds(i, m.start())[0], m.start(), unplaced=True)[:1]
            subj = first if first and first[0].start < subj[-1].start else []
        obj = _object(doc, i, m.end())
        if not obj and subj and re.search(r"(?i)\bseparate\b", doc.text[max(0, m.start() - 25):m.start()]):
            obj = _each(doc, i, m.end(), subj[-1], _TWO)  # "in separate calls with the two foreign ministers"
        if not subj or not obj or len(obj) > 1 and not _separately(doc, i, m, obj):
            return []
        a, b = subj[-1], obj[0]
    _, c_end = doc.clause_bounds(i, m.start())
    if _LATER.search(doc.text, m.end(), min(c_end, m.end() + 160)) \
            or any(d.future and m.end() <= d.start < c_end for d in doc.dates(i)):
        # "talks with Tehran could resume next week", "negotiations between A and B on ... are due to resume", "will
        # co-chair the Foreign Office Consultations with Bhutan in Thimphu next week"
        return []
    pairs = [(a, b)] if m.group("prep").lower() in _BOTH_AFTER else [(subj[-1], o) for o in obj]
    return [h for x, y in pairs if (h := _make(doc, i, x, y, m.start(), m.end(), "meeting-noun"))]


# Talks the sentence gives two heads, of two states: "The 27th round of talks, held on Tuesday and Wednesday, was led by
# Bhutan's Foreign Minister X and China's Vice Foreign Minister Y"
_LED_BY_TWO = re.compile(r"(?i)\b(?P<noun>talks|negotiations|consultations|meeting)\b[^.;]{0,80}?\b(?:was|were)\s+"
                         r"(?:co-?)?(?:led|headed)\s+by\s")


def _led_by_hits(doc: Document, i: int) -> list[Hit]:
    s = doc.sentences[i]
    m = _LED_BY_TWO.search(doc.text, s.start, s.end)
    if not m or common.unreal(doc, i, m.start("noun"), m.end("noun")):
        return []
    heads = [x for x in doc.mentions[i] if x.start >= m.end() and x.kind == "person" and x.state][:2]
    if len(heads) != 2 or heads[0].state == heads[1].state \
            or not re.fullmatch(r",?\s+and\s+", doc.text[heads[0].end:heads[1].start]):
        return []
    hit = _make(doc, i, heads[0], heads[1], m.start("noun"), m.end("noun"), "meeting-noun")
    return [hit] if hit else []
