"""Bilateral meetings: a reported, past encounter between representatives of two states.

Triggers are past-tense verbs ("met", "held talks with", "hosted", "received
at <venue>", "granted an audience to", "spoke by phone with", "told X by phone",
"visited"), meeting nouns with their parties ("talks between A and B", "a phone
call on Monday between A and B", "his meeting with Trump"), an encounter named
up front ("In a phone call, A and B discussed ..."), and visits ("his official
U.S. visit"). The parties are the actors nearest the trigger: the subject
before it and the object right after it (or the two named after "between").
A pair named by office only ("the two countries' security chiefs met") and
"each delegation" take their states from the context. A joint body of two states
("the Joint Border Commission met", "a meeting of the Thai-Myanmar Township
Border Committee held at") meets for the two its name gives, else the context's
pair. Planned, negated and
hypothetical meetings, and encounters with non-state audiences, are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..actors import HONORIFIC, Mention
from ..candidates import Hit
from ..document import Document
from . import common

VERB_RE = re.compile(r"""(?x)(?<![\w-])(?:
    (?P<met>met(?:\s+(?:separately|privately|briefly|again)\s+with|\s+with)?)
  | (?P<held>(?:held|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:(?:round|rounds)\s+of\s+(?:[\w-]+\s+)?talks|talks|meetings?|discussions|consultations|negotiations|
        meeting|calls?|conversations?|phone\s+calls?|telephone\s+conversations?|(?:video\s*)?conference|videoconference|
        lunch|luncheon|dinner|breakfast|round\s+of\s+talks)
        (?:\s+(?:with|between))?)
  | (?P<callfrom>received(?:\s+(?:on|last|this|earlier)\s+\w+)?\s+an?\s+(?:[\w-]+\s+)?(?:telephone\s+|phone\s+)?call
        (?:\s+(?:on|last|this|earlier)\s+\w+)?\s+from)
  | (?P<calledon>called\s+on|paid\s+(?:an?\s+)?(?:[\w-]+\s+)?call\s+on)
  | (?P<host>hosted|received(?:\s+in\s+(?:an?\s+)?(?:private\s+|special\s+)?audience)?|welcomed|(?:granted|gave|accorded)\s+(?:an\s+)?audience(?:\s+on\s+\w+)?\s+to
        |(?<=\sgranted\s)an\s+audience(?=\s+by\b))
  | (?P<visited>visited)
  | (?P<paid>paid\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit\s+to)
  | (?P<spoke>(?:spoke|spoken|talked|conferred)(?:\s+(?:by|over\s+the)\s+(?:phone|telephone)(?:\s+(?:with|to))?|\s+(?:with|to)))
  | (?P<told>told|assured|informed|briefed|congratulated|thanked)
  | (?P<called>(?<!\bbe\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bit\s)(?<!\bwhat\s)(?:telephoned|phoned|dialled|dialed|called)(?!\s+(?:on|for|off|upon|it|the)\b))
  | (?P<sat>sat\s+down\s+with)
  | (?P<cochaired>co-?chaired|jointly\s+chaired)(?!\s+by)
  | (?P<signed>signed)
)(?![\w-])""")
NOUN_RE = re.compile(
    r"(?i)(?<![\w-])(?P<noun>meetings?|talks|negotiations|consultations|discussions|calls?|phone\s+calls?|conversations?|"
    r"summit|luncheon|lunch|dinner|breakfast|engagement)"
    r"(?:\s+\([A-Z]{2,6}\))?"  # "Foreign Office Consultations (FOC) between A and B"
    r"(?:\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?held)?"  # "talks were held between A and B", "the meeting held between"
        r"(?:\s+(?:on|in|at|last|this|earlier)\s+[\w'’-]+){0,2}"  # "a phone call on Monday between"
    r"\s+(?P<prep>between|with)(?![\w-])")
VISIT_RE = re.compile(r"(?i)(?<![\w-])(?:visit|trip)\s+to(?![\w-])")
_STATE_VISIT = re.compile(r"\s+(?:visit|trip|tour)\b")
_FILLER = re.compile(  # honorifics stand case-sensitive beside the words: "received His Royal Highness Prince ..."
    rf"^(?:\s|,|{HONORIFIC}|(?i:with|the|a|an|his|her|their|its|visiting|top|senior|new|and|separately|also|on|briefly|"
    r"both|each|(?:delegations?|leaders|heads|representatives|officials|foreign\s+ministers)\s+(?:of|from)|"
    r"(?:head|chief|leader|chairman|chair)\s+of|"
    r"(?:working|state|official|private|bilateral)\s+|"  # "hosted a working dinner for X"
    r"(?:dinner|lunch|luncheon|banquet|breakfast|reception)\s+(?:for|in\s+honou?r\s+of)))*$")
_COORD = re.compile(r"^\s*(?:,|and|&)\s*(?P<then>then\s+|later\s+|also\s+)?(?:with\s+)?(?:,\s*)?"
                    rf"(?:the\s+|his\s+|her\s+|their\s+)?(?:{HONORIFIC}\s+)*$")
# A pair named by what the two have in common ("the foreign ministers of the two countries",
# "defence officials from both sides"): the two states come from the context.
_COLLECTIVE = re.compile(
    r"(?i)\b(?:the\s+)?(?:two|both)\s+(?:countries|sides|nations|neighbou?rs|governments|states|leaders|ministers|"
    r"presidents|delegations|armies|militaries)\b")
_EACH = re.compile(r"(?i)\s+(?:with\s+)?(?:each|both)\s+(?:of\s+the\s+)?(?:leaders?|delegations?|sides|ministers?|"
                   r"presidents?|parties|countries|of\s+them)\b")
_TWO = re.compile(r"(?i)\s+(?:the\s+)?(?:two|both)\s+(?:[\w-]+\s+)?(?:leaders|delegations|sides|ministers|presidents|"
                  r"parties|governments|counterparts|envoys)\b")
_CONTACT_INTRO = re.compile(
    r"(?i)(?:in|during)\s+(?:a|an|their)\s+(?:(?:tele)?phone\s+call|(?:video\s+)?call|(?:tele)?phone\s+conversation|"
    r"video\s*conference|meeting|talks)\b[^,]{0,40},")
_AFTER_MEETING = re.compile(
    r"(?i)(?:(?:after|following)\s+(?:meeting|hosting|receiving|(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:meeting|talks|call|conversation)\s+with)|(?:in|during)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|call|conversation)\s+with)\s+")
# A remote contact: "told his counterpart by phone", "in a telephone call".
_PHONE = re.compile(r"(?i)\b(?:by|over\s+the)\s+(?:tele)?phone\b|\b(?:in|during)\s+(?:a|the|their)\s+(?:tele)?phone\s+"
                    r"(?:call|conversation)\b|\bby\s+video\s*link\b")
_VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?P<venue>(?:[A-Z0-9][\w’'-]*\s+){0,4}(?:Palace|House|Hall|Office|Complex|"
                    r"Building|Cent(?:re|er)|Airport|Residence|Lodge|Ministry|Villa))\b")
_VENUE_GAP = re.compile(r"\bat\s+(?:the\s+)?(?:[A-Z0-9][\w’'-]*\s+){1,4}")  # a named place before the guest
_AN_OBJECT = re.compile(r"(?i)\b(?:with|met|received|hosted|welcomed|called|telephoned)\s+(?:(?:his|her|their|the)\s+)?$")
_SPEAKER_AFTER = re.compile(r"\s+(?:also\s+)?(?:said|says|stated|reported|announced|confirmed|added|noted)\b")
_ONLOOKER = re.compile(r"(?i)\s+(?:looking\s+on|watching|in\s+attendance|present)\b")
_RELATIVE = re.compile(r"(?i)(?:who|which)\b")
_AND = re.compile(r"(?i)and\b")
_RELATIVE_OR_AND = re.compile(r"(?i)(?:who|which|and)\b")
_URGED = re.compile(r"(?i)\s+to\s+\w+")
_WITH = re.compile(r"(?i)\bwith\s+(?:the\s+)?")
_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being)\s+(?:(?:also|warmly|formally|later|then)\s+)*$")
_LATER = re.compile(r"(?i)\b(?:could|will|would|may|might|(?:is|are)\s+(?:expected|due|set|scheduled|likely)|to\s+resume)\b")
_FORMATS = (
    ("meal", re.compile(r"(?i)\b(?:lunch|luncheon|dinner|breakfast|banquet|meal)\b")),
    ("call", re.compile(r"(?i)\b(?:phone|telephone|(?<!courtesy )call(?:ed)?(?!\s+on)|dial(?:l)?ed)\b")),
    ("virtual", re.compile(r"(?i)\b(?:video|virtual(?:ly)?|online)\b")),
    ("signing", re.compile(r"(?i)\bsign(?:ed|ing)\b(?!\s+(?:of|that))")),
    ("summit", re.compile(r"(?i)\bsummit\b")),
)
_CONFIDENCE = 0.8


def extract(doc: Document) -> list[Hit]:
    hits = []
    for i, s in enumerate(doc.sentences):
        hits.extend(_intro_hit(doc, i))
        for m in VERB_RE.finditer(doc.text, s.start, s.end):
            hits.extend(_verb_hit(doc, i, m))
        for m in NOUN_RE.finditer(doc.text, s.start, s.end):
            hits.extend(_noun_hit(doc, i, m))
        hits.extend(_visit_hits(doc, i))
        hits.extend(_body_hits(doc, i))
        hits.extend(_sides_hits(doc, i))
    return hits


# A body of two states by its name: "the Joint Border Committee", "the interstate commission on the border",
# "the Thai-Myanmar Township Border Committee", "the 15th Expert Group Meeting (EGM) on the Bhutan–China Boundary".
_BODY = (r"(?:[A-Z0-9][\w–-]*\s+){0,3}?(?i:joint|border|boundary|inter-?state|inter-?governmental|demarcation|expert\s+group)"
         r"(?:\s+[\w–-]+){0,2}?\s+(?i:committee|commission|working\s+group|meeting)(?:\s+\([A-Z]{2,6}\))?"
         r"(?:\s+on\s+(?:the\s+)?[\w–-]+(?:\s+[\w–-]+){0,3}?)?")
_BODY_MET = re.compile(
    rf"(?<![\w-])(?P<body>{_BODY})(?:,?\s+which)?\s+(?:met|convened|(?:was|were)\s+held|"
    rf"held\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:session|meeting|round))(?![\w-])"
    rf"|(?<![\w-])(?:a|the)\s+(?:[\w-]+\s+)?(?:meeting|session)\s+of\s+the\s+(?P<body2>{_BODY})\s+(?:was\s+)?held(?![\w-])")


def _body_hits(doc: Document, i: int) -> list[Hit]:
    """A joint body of two states met: the two states its name gives, else the pair the context sets up."""
    s = doc.sentences[i]
    hits = []
    for m in _BODY_MET.finditer(doc.text, s.start, s.end):
        body = "body" if m.group("body") else "body2"
        if common.unreal(doc, i, m.start(), m.end(), after=False):
            continue
        inside = sorted({x.state for x in doc.mentions[i] if x.state and m.start(body) <= x.start < m.end(body)
                         and x.kind in ("state", "modifier", "body", "place")})
        if len(inside) == 2:
            pair = tuple(inside)
        elif inside or common.non_state_partner(doc, i):
            continue
        else:
            pair = doc.recent_pair(i, None) or doc.conflict_pair
        if not pair:
            continue
        hit = _unnamed_pair_hit(doc, i, m, pair, "meeting-body", "officials", body)
        if hit:
            hits.append(hit)
    return hits


def _unnamed_pair_hit(doc: Document, i: int, m: re.Match, pair: tuple[str, str], rule: str, level: str,
                      group: int | str = 0) -> Hit | None:
    """The two states of `pair` met through persons the text does not name (a joint body, officers of both sides)."""
    a, b = _states_at(m, pair, group)
    date = common.nearest_date(doc, i, m.end(), m.start(), min(doc.sentences[i].end, m.end() + 80))
    hit = _make(doc, i, a, b, m.start(), m.end(), rule, date=date)
    if hit:
        hit.fields.update(actor_1=None, actor_2=None, level=level)
    return hit


# Officers of both parties met, neither state named: "a meeting of border commanders from both sides".
_SIDES_MET = re.compile(
    r"(?i)(?<![\w-])(?:meeting|talks|meetings)\s+(?:of|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<who>commanders|officers|officials|delegations|delegates|representatives|ministers|chiefs|envoys|negotiators)"
    r"\s+(?:from|of)\s+(?:both|the\s+two)\s+(?:sides|countries|nations|armies|neighbou?rs)(?![\w-])")
_MILITARY_WHO = re.compile(r"(?i)commanders|officers|chiefs|military|army|border\s+guard")


def _sides_hits(doc: Document, i: int) -> list[Hit]:
    """ "agreed at a meeting of border commanders from both sides": the pair the context sets against each other."""
    s = doc.sentences[i]
    hits = []
    if "both" not in s.text and " two " not in s.text:
        return hits  # the cheap test first: every form ends in "both ..." or "the two ..."
    for m in _SIDES_MET.finditer(doc.text, s.start, s.end):
        if common.unreal(doc, i, m.start(), m.end(), after=False) or _LATER.search(doc.text, m.end(), min(s.end, m.end() + 60)):
            continue
        pair = doc.recent_pair(i, None) or doc.conflict_pair
        if not pair:
            continue
        level = "military" if _MILITARY_WHO.search(doc.text, m.start(), m.end()) else "officials"
        hit = _unnamed_pair_hit(doc, i, m, pair, "meeting-sides", level)
        if hit:
            hits.append(hit)
    return hits


_COMMA = re.compile(r",\s+")


def _intro_hit(doc: Document, i: int) -> list[Hit]:
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
    intro = _CONTACT_INTRO.match(doc.text, s.start, s.end)
    if not intro:
        return []
    after = common.actors_in(doc, i, intro.end(), s.end, unplaced=True)
    pair = common.coordinated(doc, after)[:2]
    if len(pair) != 2 or not re.fullmatch(r"[\s,]*", _without_dates_and_places(doc, i, intro.end(), pair[0].start)):
        return []
    hit = _make(doc, i, pair[0], pair[1], intro.start(), intro.end(), "meeting-intro")
    return [hit] if hit else []


def _subject(doc: Document, i: int, pos: int) -> list[Mention]:
    """The nearest actor before pos in its clause, with a partner coordinated by "and".

    In a relative clause ("Carney, who arrived in Kyiv on Sunday, met ...") the
    subject is the antecedent before it.
    """
    clause_start, _ = doc.clause_bounds(i, pos)
    before = common.actors_in(doc, i, clause_start, pos, unplaced=True)
    previous: list[Mention] = []
    if clause_start > doc.sentences[i].start and _RELATIVE_OR_AND.match(doc.text, clause_start):
        prev_start, _ = doc.clause_bounds(i, clause_start - 3)
        previous = common.actors_in(doc, i, prev_start, clause_start, unplaced=True)
    if _RELATIVE.match(doc.text, clause_start) and (previous or re.search(r",\s*$", doc.text[clause_start:pos])):
        before = previous  # "The platform, which brings together A, B and C, met": the platform met, not C
    elif _AND.match(doc.text, clause_start) and previous:
        if not before:  # "X called A, and later told B ...": X is still the subject
            return previous[:1]
        if doc.text[previous[-1].end:clause_start].strip(" ,") == "":  # "A, and his counterpart B, signed"
            return [previous[-1], before[-1]]
    if not before:
        return []
    out = [before[-1]]
    if len(before) > 1 and _COORD.match(doc.text[before[-2].end:before[-1].start]):
        out.insert(0, before[-2])
    return out


def _object(doc: Document, i: int, pos: int) -> list[Mention]:
    """The actor right after pos (dates and places may stand between), and a second one coordinated with it."""
    s = doc.sentences[i]
    after = [m for m in common.actors_in(doc, i, pos, s.end, unplaced=True)
             if not (m.kind == "state" and m.possessive)  # "Putrajaya, Malaysia's capital" is no party
             or _HEAD_OF.search(doc.text, max(pos, m.start - 30), m.start)]  # "the head of Libya's Presidential Council"
    rooms = [g.span() for g in _WHERE_GAP.finditer(doc.text, pos, doc.sentences[i].end)]
    after = [m for m in after if not any(a <= m.start < b for a, b in rooms)]  # "in his office": not a party
    if not after or not _FILLER.match(_without_dates_and_places(doc, i, pos, after[0].start)):
        return []
    if "," in doc.text[pos:after[0].start] and _SPEAKER_AFTER.match(doc.text, after[0].end):
        return []  # "held talks on Sunday, the Indian Army said": the speaker, not the other party
    out = [after[0]]
    if len(after) > 1 and _COORD.match(doc.text[after[0].end:after[1].start]) \
            and not _SPEAKER_AFTER.match(doc.text, after[1].end) \
            and not (after[1].state == after[0].state and doc.text[after[0].end:after[1].start].strip() == ","):
        out.append(after[1])  # not "with B, the ministry said" (a speaker), nor "B, Chief of Defence Staff" (B again)
    return out


# A room, seat or time of day between a verb and its object: "received in his office X", "received at the
# Ministry's headquarters in Muscat X", "spoke by phone later in the day with X".
_WHERE_GAP = re.compile(
    r"\b(?:in|at)\s+(?:(?:his|her|their|its|the)\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:[\w-]+\s+)?"
    r"(?:office|offices|headquarters|residence|palace|seat|premises)\b"
    r"|\b(?:later|earlier)(?:\s+(?:in\s+the\s+(?:day|morning|afternoon|evening)|that\s+(?:day|morning|afternoon|evening)))?\b")


def _without_dates_and_places(doc: Document, i: int, lo: int, hi: int) -> str:
    """text[lo:hi] with date expressions and place names blanked ("received on Sunday X", "met in Doha with X")."""
    chars = list(doc.text[lo:hi])
    spans = [(d.start, d.end) for d in doc.dates(i)]
    spans += [(m.start - 3, m.end) for m in doc.mentions[i] if m.kind == "place" and doc.text[m.start - 3:m.start] == "in "]
    spans += [v.span() for v in _VENUE_GAP.finditer(doc.text, lo, hi)]  # "received at State House Sudan's minister"
    spans += [v.span() for v in _WHERE_GAP.finditer(doc.text, lo, hi)]  # "received in his office", "later in the day"
    for a, b in spans:
        for k in range(max(a, lo), min(b, hi)):
            chars[k - lo] = " "
    return "".join(chars)


def _separately(doc: Document, i: int, m: re.Match, obj: list[Mention]) -> bool:
    """Several parties met one by one: "separately", "separate talks", "and then with"."""
    if re.search(r"(?i)\bseparate(?:ly)?\b|\b(?:calls|meetings|conversations)\b", doc.text[max(0, m.start() - 25):m.end() + 25]):
        return True  # "separate talks", "held phone calls with both A and B"
    if len(obj) > 1 and obj[0].start == obj[1].start:  # "met each leader", "spoke with both leaders" (by phone)
        return bool(re.search(r"(?i)\beach\b", obj[0].text)) or m.lastgroup in ("spoke", "called")
    coord = len(obj) > 1 and _COORD.match(doc.text[obj[0].end:obj[1].start])
    return bool(coord and coord.group("then"))


def _verb_hit(doc: Document, i: int, m: re.Match) -> list[Hit]:
    kind = m.lastgroup
    if common.unreal(doc, i, m.start(), m.end(), after=False):
        return []
    s = doc.sentences[i]
    if kind == "told" and not _PHONE.search(s.text):
        return []  # only a remote contact: in person, "told" reports words, not a meeting
    by = kind == "host" and _passive_by(doc, i, m)
    passive = bool(by)
    subj = _subject(doc, i, m.start())
    obj = _object(doc, i, by) if by else _object(doc, i, m.end())
    if by and obj:  # "was received on Thursday in Cotonou by A, and on Friday in Niamey by B": one visit each
        more = _AND_BY.match(doc.text, obj[-1].end, s.end)
        if more and _ONLY_WHERE.fullmatch(_without_dates_and_places(doc, i, more.start("gap"), more.end("gap"))):
            obj = obj + _object(doc, i, more.end())[:1]
    if not obj and kind == "met" and (w := _GAP_WITH.match(doc.text, m.end(), s.end)):
        obj = _object(doc, i, w.end())  # "met today at the canal intake in North Shuneh with an Israeli delegation"
    if kind == "held" and m.group().endswith("between"):
        subj, obj = obj[:1], obj[1:]
    if kind == "signed":  # "A and B signed ...", "A signed an accord with B"
        obj = _signed_with(doc, i, m.end())
    if kind == "calledon" and obj and _URGED.match(doc.text, obj[0].end):
        return []  # "called on China to stop": urging, not a courtesy call
    if kind == "cochaired":  # "A and his B counterpart co-chaired the joint commission": the two chairs met
        obj = []
    if kind == "visited" and not obj:
        return _visit(doc, i, m.start(), m.end(), subj)
    if not obj and subj and kind in ("met", "held", "sat", "spoke"):
        obj = _each(doc, i, m.end(), subj[-1])
    if not obj and kind in ("met", "held", "sat", "spoke", "signed", "cochaired"):
        if len(subj) != 2:
            subj = _collective(doc, i, m.start())
        subj, obj = subj[:1], subj[1:]
    if not subj or not obj or len({o.state for o in obj}) > 1 and not _separately(doc, i, m, obj) and not passive:
        return []
    if kind == "host" and obj[0].possessive:
        return []  # "welcomed Iran's initiative": a thing, not a guest; "received by the president's chief of staff"
    visitor_first = kind not in ("host", "callfrom") or passive
    hits = []
    for o in obj:
        a, b = (subj[-1], o) if visitor_first else (o, subj[-1])
        hit = _make(doc, i, a, b, m.start(), m.end(), f"meeting-{kind}",
                    visit=kind in ("visited", "paid", "host", "calledon"))  # a courtesy call is a visit
        if hit:
            hits.append(hit)
    return hits


_GAP_WITH = re.compile(r"\s+(?:(?:today|yesterday|on\s+\w+)\s+)?(?:at|in)\s+[^,;:()]{2,70}?\s+with(?=\s)")
_HEAD_OF = re.compile(r"(?i)\b(?:head|chief|leader|chairman|chair)\s+of\s+(?:the\s+)?$")
_AND_BY = re.compile(r",?\s+and\s+(?P<gap>(?:[^,;.]{0,40}?\s)?)by\s+")
_BY_AFTER = re.compile(r"\s(?P<gap>[^,;.]{0,50}?)\bby\s+")


def _passive_by(doc: Document, i: int, m: re.Match) -> int | None:
    """ "was received by X", "was received on Thursday in Cotonou by X", "was granted an audience by X": after "by"."""
    s = doc.sentences[i]
    if not _PASSIVE.search(doc.text[max(s.start, m.start() - 40):m.start()]) and not m.group().startswith("an"):
        return None
    by = _BY_AFTER.match(doc.text, m.end(), s.end)
    if by and _ONLY_WHERE.fullmatch(_without_dates_and_places(doc, i, by.start("gap"), by.end("gap"))):
        return by.end()
    return None


# What may stand between a passive verb and "by" besides dates: "in Cotonou", "at Lingkana Palace".
_ONLY_WHERE = re.compile(r"[\s,]*(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}[\s,]*)*")


def _states_at(m: re.Match, pair: tuple[str, str], group: int | str = 0) -> list[Mention]:
    """The two states of a pair named together by one phrase ("the two countries", "the Joint Border Commission")."""
    return [Mention(m.start(group), m.end(group), "state", st, st, m.group(group)) for st in pair]


def _collective(doc: Document, i: int, pos: int) -> list[Mention]:
    """The two states behind "the two countries' security chiefs met": the pair the context sets against each other."""
    clause_start, _ = doc.clause_bounds(i, pos)
    found = _COLLECTIVE.search(doc.text, clause_start, pos)
    pair = found and (doc.recent_pair(i, None) or doc.next_pair(i) or doc.conflict_pair)
    if not pair:
        return []
    return _states_at(found, pair)


def _each(doc: Document, i: int, pos: int, subject: Mention, rx: re.Pattern = None) -> list[Mention]:
    """ "Trump met each leader separately": the two parties the context names, one meeting each."""
    each = (rx or _EACH).match(doc.text, pos, doc.sentences[i].end)
    pair = each and (doc.recent_pair(i, subject.state) or doc.conflict_pair)
    if not pair or subject.state in pair:
        return []
    return _states_at(each, pair)


def _signed_with(doc: Document, i: int, pos: int) -> list[Mention]:
    _, c_end = doc.clause_bounds(i, pos)
    w = _WITH.search(doc.text, pos, min(c_end, pos + 80))
    obj = _object(doc, i, w.end()) if w else []
    return [] if obj and _ONLOOKER.match(doc.text, obj[-1].end) else obj


def _noun_hit(doc: Document, i: int, m: re.Match) -> list[Hit]:
    if common.unreal(doc, i, m.start(), m.end()):
        return []
    if m.group("prep").lower() == "between":
        parties = _object(doc, i, m.end())
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
    if _LATER.search(doc.text, m.end(), min(c_end, m.end() + 80)):
        return []  # "talks with Tehran could resume next week"
    pairs = [(a, b)] if m.group("prep").lower() == "between" else [(subj[-1], o) for o in obj]
    return [h for x, y in pairs if (h := _make(doc, i, x, y, m.start(), m.end(), "meeting-noun"))]


def _visit_hits(doc: Document, i: int) -> list[Hit]:
    """ "visit to Beijing", "his official U.S. visit": the visitor meets the host state."""
    hits = []
    for m in VISIT_RE.finditer(doc.text, doc.sentences[i].start, doc.sentences[i].end):
        if not common.unreal(doc, i, m.start(), m.end(), after=False):
            hits.extend(_visit(doc, i, m.start(), m.end(), _subject(doc, i, m.start())))
    for place in doc.mentions[i]:
        if place.kind in ("state", "place") and place.state and _STATE_VISIT.match(doc.text, place.end):
            end = _STATE_VISIT.match(doc.text, place.end).end()
            if not common.unreal(doc, i, place.start, end, after=False):
                visitor = _subject(doc, i, place.start)
                hits.extend(_host_visit(doc, i, visitor, place, place.start, end))
    return hits


def _visit(doc: Document, i: int, start: int, end: int, visitor: list[Mention]) -> list[Hit]:
    s = doc.sentences[i]
    after = [x for x in doc.mentions[i] if x.start >= end and x.kind in ("state", "place") and x.state]
    if not after or not _FILLER.match(doc.text[end:after[0].start]):
        return []
    return _host_visit(doc, i, visitor, after[0], start, min(s.end, after[0].end))


def _host_visit(doc, i, visitor: list[Mention], place: Mention, start: int, end: int) -> list[Hit]:
    if not visitor or visitor[-1].state == place.state:
        return []
    host = common.as_state(place)
    hit = _make(doc, i, visitor[-1], host, min(visitor[-1].start, start), end, "meeting-visit", visit=True,
                location=place if place.kind == "place" else None)
    if hit:
        hit.confidence = 0.55
    return [hit] if hit else []


def _make(doc: Document, i: int, a: Mention, b: Mention, t_start: int, t_end: int, rule: str,
          *, visit: bool = False, location: Mention | None = None, date=None) -> Hit | None:
    c_start, c_end = doc.clause_bounds(i, t_start)
    where = _Where.find(doc, i, c_start, c_end, location)
    host_at = where.fields.get("location_country")
    if rule == "meeting-host" and b.state is None and host_at and host_at != a.state:
        b = common.with_state(b, host_at)  # "President Erdoğan received ... in Ankara": a host receives at home
    a, b, guessed = _place(doc, a, b)
    if not a.state or not b.state or a.state == b.state:
        return None
    near = (max(c_start, t_start - 60), min(c_end, t_end + 60))
    fmt = next((f for f, rx in _FORMATS if rx.search(doc.text, *near)), "visit" if visit else "talks")
    if fmt == "summit" and re.search(r"(?i)\b(?:sidelines|margins)\b", doc.text[near[0]:near[1]]):
        fmt = "talks"  # a bilateral meeting on the sidelines of a summit is talks
    fields = {"actor_1": _actor_id(a), "state_1": a.state, "actor_2": _actor_id(b), "state_2": b.state,
              "format": fmt, "level": _level(a, b)}
    fields.update(where.fields)
    if fields.get("location_country") == a.state and not visit:  # they met on a's soil: b is the visitor
        fields.update(actor_1=_actor_id(b), state_1=b.state, actor_2=_actor_id(a), state_2=a.state)
    fields["cameo_code"] = _cameo(fields, visit)
    lo, hi = min(a.start, b.start, t_start, *where.spans), max(a.end, b.end, t_end, *where.ends)
    supports = ["actor_1", "state_1", "actor_2", "state_2", "format", "cameo_code", "level"]
    supports += [k for k in ("host_state", "location_country", "venue") if fields.get(k)]
    date = date or common.nearest_date(doc, i, t_start, c_start, c_end) or _opening_date(doc, i) \
        or _sole_date_before(doc, i, t_start)
    earlier = None if date else _later_that_day(doc, i)
    if date:
        fields.update(common.date_fields(date))
        supports += ["date_start", "date_end"]
        lo, hi = min(lo, date.start), max(hi, date.end)
    elif earlier:
        fields.update(common.date_fields(earlier[1]))
    else:
        fields.update(common.publication_fields(doc))
    confidence = _CONFIDENCE - 0.1 * (date is None) - 0.2 * guessed
    hit = Hit("meetings", fields, i, lo, hi, supports, rule, confidence)
    if earlier:
        hit.extra.append((earlier[0], earlier[1].start, earlier[1].end, ["date_start", "date_end"]))
    if where.dateline:
        hit.extra.append((0, *where.dateline, ["location"]))
    elif fields.get("location"):
        hit.supports.append("location")
    return hit


def _opening_date(doc: Document, i: int):
    """A date that opens the sentence ("On Wednesday, A, and his counterpart B, signed ...") dates all its clauses."""
    s = doc.sentences[i]
    first = common.nearest_date(doc, i, s.start, s.start, s.end)
    return first if first and doc.text[s.start:first.start].strip().lower() in ("", "on", "late on", "early on") else None


_LATER_THAT_DAY = re.compile(r"(?i)\s*(?:later|afterwards|subsequently)(?:\s+(?:in\s+the\s+(?:day|afternoon|evening)|"
                             r"that\s+(?:day|afternoon|evening)|on))?\s*,")


def _later_that_day(doc: Document, i: int):
    """ "Later in the afternoon, A called on B": the day of the last dated sentence before (a few back)."""
    if not _LATER_THAT_DAY.match(doc.text, doc.sentences[i].start, doc.sentences[i].end):
        return None
    for j in range(i - 1, max(-1, i - 8), -1):
        days = [d for d in common.past_dates(doc, j) if d.precision == "day"]
        if days:
            return j, days[-1]
    return None


def _sole_date_before(doc: Document, i: int, pos: int):
    """ "A arrived today in X, where he was received by B": the one date of the sentence, stated before the trigger."""
    refs = common.past_dates(doc, i)
    return refs[0] if len(refs) == 1 and refs[0].end <= pos else None


def _counterpart(m: Mention) -> bool:
    return m.kind == "person" and m.state is not None and "counterpart" in m.text.lower()


def _place(doc: Document, a: Mention, b: Mention) -> tuple[Mention, Mention, bool]:
    """Give unplaced persons the article's home state, then the next one (see Document.home_state)."""
    if a.state and b.state:
        return a, b, False

    def placed(m: Mention, exclude: str | None) -> Mention:
        # A named person may stand for the next state too; an office alone ("The Minister", "HH the Amir",
        # "the Head of our state") only for the article's own state: its dateline's, else its home state.
        state = doc.home_state(exclude=exclude) if m.actor_id else doc.own_state()
        if state is None and m.actor_id and doc.placed_state() != exclude:
            state = doc.placed_state()  # a release placed "Dakar, 30 September 2025" speaks for Senegal
        return common.with_state(m, state)
    if a.state is None:
        a = placed(a, b.state)
    if b.state is None:
        b = placed(b, a.state)
    # "he held talks with his Togolese counterpart" in a text naming one other state: he stands for that one
    if a.state is None and _counterpart(b) and (other := doc.sole_other_state(b.state)):
        a = common.with_state(a, other)
    if b.state is None and _counterpart(a) and (other := doc.sole_other_state(a.state)):
        b = common.with_state(b, other)
    return a, b, True


def _actor_id(m: Mention) -> str | None:
    return m.actor_id if m.kind in ("person", "body") else None


def _level(a: Mention, b: Mention) -> str | None:
    if not a.level or not b.level:
        return None
    return a.level if a.level == b.level else "mixed"


@dataclass
class _Where:
    """Where a meeting took place: from "in <place>" / "at <venue>" in its clause, or the dateline."""
    fields: dict
    spans: tuple = ()
    ends: tuple = ()
    dateline: tuple | None = None

    @classmethod
    def find(cls, doc: Document, i: int, lo: int, hi: int, location: Mention | None) -> "_Where":
        places = [m for m in doc.mentions[i] if lo <= m.start < hi and m.kind == "place" and m.state]
        venue = next((m for m in places if m.actor_id and m.actor_id != m.state), None)
        location = location or next((m for m in places if m is not venue), None)
        fields, used, dl = {}, [m for m in (venue, location) if m], None
        named = None if venue else _VENUE.search(doc.text, lo, hi)
        if named and named.group().startswith("at"):  # "at State House": a venue the lexicon does not know
            fields["venue"] = named.group("venue")
            used.append(Mention(named.start("venue"), named.end("venue"), "place", None, None, fields["venue"]))
        if venue:
            fields.update(venue=venue.text, location_country=venue.state)
        if location:
            fields.update(location=location.text, location_country=location.state)
        elif venue and doc.dateline:
            place, d_start, d_end = doc.dateline
            term = lexicon.terms().get(place.title())
            if term and term.kind == "capital" and term.state == venue.state:
                fields["location"], dl = place.title(), (d_start, d_end)
        if fields.get("location_country"):
            fields["host_state"] = fields["location_country"]
        return cls(fields, tuple(m.start for m in used), tuple(m.end for m in used), dl)


def _cameo(fields: dict, visit: bool) -> str:
    if fields["format"] in ("call", "virtual"):
        return "040"
    where = fields.get("location_country")
    if where == fields["state_2"] or (visit and where is None):
        return "042"
    if where == fields["state_1"]:
        return "043"
    if where:
        return "044"
    return "040"
