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
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import dates, fastre, lexicon
from ..actors import HONORIFIC, Mention
from ..candidates import Hit
from ..document import HEAD_TITLES, Document
from . import common

VERB_RE = fastre.guard(re.compile(r"""(?x)(?<![\w-])(?:
    (?P<met>met(?:\s+(?:separately|privately|briefly|again)\s+with|\s+with)?)
  # "held a fresh round of corps commander-level talks": the talks may carry two words of their own
  | (?P<held>(?:held|had(?!\s+(?:been|not|never|to|\w+ed)\s))\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:(?:round|rounds)\s+of\s+(?:[\w-]+\s+){0,2}?talks|talks|meetings?|discussions|consultations|negotiations|  # not "had proposed a meeting"
        meeting|calls?|conversations?|phone\s+calls?|telephone\s+conversations?|(?:video\s*)?conference|videoconference|
        lunch|luncheon|dinner|breakfast|round\s+of\s+talks|t[êe]te-[àa]-t[êe]te)
        (?:\s+(?:with|between))?
      # the call in which they agreed is the encounter: "A and B agreed in a telephone conversation on Wednesday to ..."
      |agreed\s+(?:in|during|over)\s+an?\s+(?:telephone|phone|video)\s+(?:conversation|call)(?:\s+with)?)
  | (?P<callfrom>(?:received|took)(?:\s+(?:on|last|this|earlier)\s+\w+)?\s+an?\s+(?:[\w-]+\s+)?(?:telephone\s+|phone\s+)?call
        (?:\s+(?:on|last|this|earlier)\s+\w+)?\s+from)
  | (?P<calledon>called\s+on|paid\s+(?:an?\s+)?(?:[\w-]+\s+)?call\s+on)
  | (?P<host>hosted|received(?:\s+in\s+(?:an?\s+)?(?:private\s+|special\s+)?[Aa]udience)?|welcomed|(?:granted|gave|accorded)\s+(?:an\s+)?[Aa]udience(?:\s+on\s+\w+)?\s+to
        |(?<=\sgranted\s)an\s+[Aa]udience(?=\s+by\b))  # a court's style capitalises it: "granted an Audience to"
  | (?P<visited>visited)
  | (?P<paid>paid\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit\s+to)
  # the day may come between: "spoke by telephone on Monday evening with his counterpart", "talked on Friday with"
  # "Altamirano did speak by telephone with his counterpart": the emphatic past
  | (?P<spoke>(?:spoke|spoken|talked|conferred|(?<=\bdid\s)(?:speak|talk))(?:\s+(?:by|over\s+the|on\s+the)\s+(?:phone|telephone)(?:\s+(?:with|to))?)?
        (?:\s+(?:(?:on|last|late|early)\s+[A-Z][a-z]+day|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)?
        (?:\s+(?:with|to))
      |(?:spoke|spoken|talked|conferred|(?<=\bdid\s)(?:speak|talk))\s+(?:by|over\s+the|on\s+the)\s+(?:phone|telephone)
        |(?:talked|conferred)(?=\s+(?:for|together|privately|at\s+length|again|briefly)\b))  # "A and B talked for six hours"
  # time spent together is an encounter: "spent nearly an hour with the Tanzanian President"
  | (?P<spent>spent\s+(?:(?:nearly|almost|about|around|over|more\s+than|some|half|an|a|\d+|two|three|four|several|forty|thirty|
        twenty|ninety)\s+){0,3}(?:hours?|minutes?|days?|morning|afternoon|evening)
        (?:\s+(?:on|last)\s+[A-Z][a-z]+day|\s+yesterday|\s+today)?\s+with)  # "spent almost three hours on Monday with"
  | (?P<told>told|assured|informed|briefed|congratulated|thanked)
  | (?P<exchanged>exchanged\s+views(?:\s+with)?|discussed)
  | (?P<shook>(?:shook|shakes|shaking)\s+hands\s+with)
  | (?P<callto>(?:made|placed)\s+an?\s+(?:[\w-]+\s+)?(?:telephone\s+|phone\s+|video\s+)?call\s+to)
  | (?P<called>(?<!\bbe\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bit\s)(?<!\bwhat\s)(?:(?:telephoned|phoned|dialled|dialed)(?!\s+(?:in|it)\b)
        |called(?!\s+(?:on|for|off|upon|it|the)\b)))  # "telephoned the President" (but "called the shots")
  | (?P<sat>sat\s+down\s+(?:with|together))
  | (?P<cochaired>co-?chaired|jointly\s+chaired)(?!\s+by)
  | (?P<signed>signed|inked)
)(?![\w-])"""))
# A timeline tells the past in the present: "30 August — A and his counterpart B hold a telephone conversation",
# "Malaysian and Vietnamese officials meet for two days". In an entry that opens with its date and a dash, the
# present forms count as the past ones.
_PRESENT_RE = re.compile(fastre.unguarded(VERB_RE).pattern
                         .replace("(?P<met>met(", "(?P<met>(?:met|meets?)(", 1)
                         .replace("(?P<held>(?:held|", "(?P<held>(?:held|holds?|", 1)
                         .replace("(?P<host>hosted|", "(?P<host>hosts|receives|welcomes|hosted|", 1)
                         .replace("(?P<visited>visited)", "(?P<visited>visits|visited)", 1)
                         .replace("(?P<spoke>(?:spoke|", "(?P<spoke>(?:speaks?|spoke|", 1))
assert _PRESENT_RE.pattern.count("meets?") == 1 and "holds?" in _PRESENT_RE.pattern and "speaks?" in _PRESENT_RE.pattern
# (a factbox's "OCT 20 - Delegations ... meet": capitals, and a hyphen set apart by spaces for the dash)
_TIMELINE_DATE = re.compile(r"\s*(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+[A-Z][A-Za-z]+|[A-Z][A-Za-z]+\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?)"
                            r"(?:,?\s+\d{4})?(?:\s*[—–]|\s-)\s")


def _entry_date(doc: Document, i: int):
    """(sentence, date) of the timeline entry sentence i belongs to: its opening date dates the whole entry."""
    if not _timeline_entry(doc, i):
        return None
    j = i
    while j > 0 and doc.sentences[j - 1].paragraph == doc.sentences[i].paragraph:
        j -= 1
    first = common.past_dates(doc, j)[:1]
    return (j, first[0]) if first and first[0].start == doc.sentences[j].start else None


def _timeline_entry(doc: Document, i: int) -> bool:
    """Whether sentence i belongs to a paragraph that opens with a date and a dash ("7–8 July — ...")."""
    if "dashes" not in doc.memo:  # the cheap test first, once per article: an entry's date is followed by a dash
        doc.memo["dashes"] = "—" in doc.text or "–" in doc.text or " - " in doc.text
    if not doc.memo["dashes"]:
        return False
    para = doc.sentences[i].paragraph
    entries = doc.memo.setdefault("timeline", {})  # asked for every sentence: decided once per paragraph
    if para not in entries:
        j = i
        while j > 0 and doc.sentences[j - 1].paragraph == para:
            j -= 1
        m = j and doc.text.startswith(_ENTRY_START, doc.sentences[j].start) \
            and _TIMELINE_DATE.match(doc.text, doc.sentences[j].start, doc.sentences[j].end)
        # not the article's own dateline ("WASHINGTON, May 3 —"), which opens the first paragraph
        entries[para] = bool(m) and dates.MONTHS.get(re.search(r"[A-Z][A-Za-z]+", m.group()).group().lower()) is not None
    return entries[para]


_ENTRY_START = tuple("0123456789JFMASOND")


NOUN_RE = re.compile(
    r"(?i)(?<![\w-])(?P<noun>meetings?|talks|negotiations|consultations|discussions|calls?|phone\s+calls?|conversations?|"
    r"summit|luncheon|lunch|dinner|breakfast|engagement|t[êe]te-[àa]-t[êe]te|"
    r"sessions?(?=\s+(?:between|with)\s))"  # "a 50-minute session between" (not "a session of the UN")
    r"(?:\s+\([A-Z]{2,6}\))?"  # "Foreign Office Consultations (FOC) between A and B"
    r"(?:\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?held)?"  # "talks were held between A and B", "the meeting held between"
        # "a phone call on Monday between", "talks in Kuwait City between", "the meeting held in Libreville on Monday
        # 3 August 2026 between"
        r"(?:\s+(?:on|in|at|last|this|earlier|via|by|over)\s+[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
        r"(?:\s+\d{1,2}(?:\s+(?-i:[A-Z])[a-z]+)?(?:,?\s+\d{4})?)?){0,2}"
    r"\s+(?P<prep>between|with|of(?=\s+(?:the\s+)?[A-Z]))(?![\w-])")  # "a meeting of Chilean and Peruvian officials"
VISIT_RE = re.compile(r"(?i)(?<![\w-])(?:visit|trip)\s+to(?![\w-])")
_STATE_VISIT = re.compile(r"\s+(?:visit|trip|tour)\b")
_FILLER = re.compile(  # honorifics stand case-sensitive beside the words: "received His Royal Highness Prince ..."
    rf"^(?:\s|,|{HONORIFIC}|(?i:with|the|a|an|his|her|their|its|our|own|visiting|top|senior|new|and|separately|also|on|briefly|"
    r"both|each|(?:delegations?|leaders|heads|representatives|officials|officers|commanders|foreign\s+ministers)\s+"
    r"(?:of|from)|"  # "held talks with officers of Myanmar's Border Guard Police"
    r"host|guest|visitor|opposite\s+number|"  # "a meeting with his host, Tanzania's President"
    r"(?:head|chief|leader|chairman|chair|commander|director|commandant)\s+of|"  # "met the Commander of the FAA ..."
    r"(?:working|state|official|private|bilateral)\s+|"  # "hosted a working dinner for X"
    r"(?:by|via|over)\s+(?:the\s+)?(?:video\s*(?:conference|link|call)|videoconference|(?:tele)?phone)|virtually|"
    r"(?:dinner|lunch|luncheon|banquet|breakfast|reception)\s+(?:for|in\s+honou?r\s+of)))*$")
_COORD = re.compile(r"^\s*(?:,\s*and|,|and|&)\s*(?P<then>then\s+|later\s+|also\s+|,?\s*separately,?\s+)?(?:with\s+)?(?:,\s*)?"
                    rf"(?:the\s+|his\s+|her\s+|their\s+)?(?:{HONORIFIC}\s+)*$")
# A pair named by what the two have in common ("the foreign ministers of the two countries",
# "defence officials from both sides"): the two states come from the context.
_NON_STATE = (r"rebel|insurgent|militant|militia|separatist|guerrilla|opposition|party|tribal|clan|community|religious|civil|"
              # "the two company directors", "the two club presidents": heads of no state's service
              r"company|companies|club|firm|bank|hospital|school|university|festival|museum|theatre|team|football|business")
_PAIR_NOUNS = (r"countries|sides|nations|neighbou?rs|governments|states|leaders|ministers|vice-ministers|presidents|"
               r"delegations|armies|militaries|navies|forces|commanders|chiefs|directors|generals|officials|negotiators|envoys|"
               r"counterparts|"
               r"heads\s+of\s+state|prime\s+ministers|foreign\s+ministers")
_COLLECTIVE = re.compile(rf"(?i)\b(?:the\s+)?(?:two|both)\s+(?!(?:{_NON_STATE})\b)(?:[a-z][\w-]*\s+){{0,2}}?"
                         rf"(?:{_PAIR_NOUNS})\b")  # not "the two rebel leaders"
_EACH = re.compile(r"(?i)\s+(?:with\s+)?(?:each|both)\s+(?:of\s+the\s+(?:two\s+)?)?(?:leaders?|delegations?|sides|ministers?|"
                   r"presidents?|parties|countries|of\s+them)\b")
_TWO = re.compile(rf"(?i)\s+(?:the\s+)?(?:two|both)\s+(?!(?:{_NON_STATE})\b)(?:[\w-]+\s+)?(?:parties|{_PAIR_NOUNS})\b")
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
# A remote contact: "told his counterpart by phone", "in a telephone call".
_PHONE = re.compile(r"(?i)\b(?:by|over\s+the)\s+(?:tele)?phone\b|\b(?:in|during)\s+(?:a|the|their)\s+(?:tele)?phone\s+"
                    r"(?:call|conversation)\b|\bby\s+video\s*link\b")
_VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?P<venue>(?:[A-Z0-9][\w’'-]*\s+){0,4}(?:Palace|House|Hall|Office|Complex|"
                    r"Building|Cent(?:re|er)|Airport|Residence|Lodge|Ministry|Villa))\b")
_VENUE_GAP = re.compile(r"\bat\s+(?:the\s+)?(?:[A-Z0-9][\w’'-]*\s+){1,4}")  # a named place before the guest
_AN_OBJECT = re.compile(r"(?i)\b(?:with|met|received|hosted|welcomed|called|telephoned)\s+(?:(?:his|her|their|the)\s+)?$")
# "..., the Vietnamese government portal reports": the speaker's own noun may stand before its verb
_SPEAKER_AFTER = re.compile(r"\s+(?:(?:portal|website|agency|news\s+agency|spokes\w+|office|statement)\s+)?(?:also\s+)?"
                            r"(?:said|says|stated|reported|reports|announced|confirmed|added|noted)\b")
_ONLOOKER = re.compile(r"(?i)\s+(?:looking\s+on|watching|in\s+attendance|present)\b")
_RELATIVE = re.compile(r"(?i)(?:who|which)\b")
_AND = re.compile(r"(?i)and\b")
_RELATIVE_OR_AND = re.compile(r"(?i)(?:who|which|and)\b")
_URGED = re.compile(r"(?i)\s+to\s+\w+")
_WITH = re.compile(r"(?i)\bwith\s+(?:the\s+)?")
_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being)\s+(?:(?:also|warmly|formally|later|then)\s+)*$")
_LATER = re.compile(r"(?i)\b(?:could|will|would|(?-i:may)|might|(?:is|are)\s+(?:expected|due|set|scheduled|likely)|to\s+resume)\b")
_FORMATS = (
    ("meal", re.compile(r"(?i)\b(?:lunch|luncheon|dinner|breakfast|banquet|meal)\b")),
    ("call", re.compile(r"(?i)\b(?:phone|telephone|(?<!courtesy )call(?:ed)?(?!\s+on\b(?!\s+\w+day\b))|dial(?:l)?ed)\b")),
    ("virtual", re.compile(r"(?i)\b(?:video\w*|virtual(?:ly)?|online)\b")),  # "by videoconference"
    ("signing", re.compile(r"(?i)\b(?:sign(?:ed|ing)|inked)\b(?!\s+(?:of|that))")),
    ("summit", re.compile(r"(?i)\bsummit\b")),
)
_CONFIDENCE = 0.8
# Substrings (of the lowered sentence) without which a pattern cannot match: sentence-level prefilters.
_NOUN_KEYS = common.substrings("meeting", "talks", "negotiations", "consultations", "discussions", "call",
                               "conversation", "summit", "lunch", "dinner", "breakfast", "engagement", "t\u00eate", "tete",
                               "session")
_VISIT_KEYS = common.substrings("visit", "trip", "tour")
_BODY_KEYS = common.substrings("committee", "commission", "working", "meeting")


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
        hits.extend(_sides_hits(doc, i, hits))
        if " at a " in s.text or " at their " in s.text:  # the cheap test first
            hits.extend(_at_a_meeting_hits(doc, i))
        hits.extend(_their_meeting_hits(doc, i, hits))
        if ("talks" in low or "negotiations" in low) and " by " in low:  # the cheap test first
            hits.extend(_third_party_talks_hits(doc, i))
    return hits


# What the pair agreed came out of talks a third party ran: "The armies of A and B agreed to cease fire ...,
# following talks mediated by the Government of C in Ocotepeque on Monday": A and B met (C hosted or mediated).
_THIRD_PARTY_TALKS = re.compile(r"(?i)\b(?:following|after)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations)\s+"
                                r"(?:mediated|hosted|facilitated|chaired)\s+by\b")  # not "brokered": a shuttle, often


def _third_party_talks_hits(doc: Document, i: int) -> list[Hit]:
    hits = []
    for m in _THIRD_PARTY_TALKS.finditer(doc.text, doc.sentences[i].start, doc.sentences[i].end):
        third = {x.state for x in common.actors_in(doc, i, m.end(), doc.sentences[i].end)[:1] if x.state}
        pair = common.joined_pair_in(doc, i, third)
        if not third or len(pair) != 2 or common.unreal(doc, i, m.start(), m.end(), after=False):
            continue
        date = common.nearest_date(doc, i, m.end(), m.end(), min(doc.sentences[i].end, m.end() + 80))
        hit = _unnamed_pair_hit(doc, i, m, tuple(pair), "meeting-third-party-talks", "officials")
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
        level = _collective_level(doc.text[s.start:m.start()])  # "the border commanders ..., at their meeting"
        hit = pair and _unnamed_pair_hit(doc, i, m, pair, "meeting-noun", level, "noun")
        if hit:
            hits.append(hit)
    return hits


# A body of two states by its name: "the Joint Border Committee", "the interstate commission on the border",
# "the Thai-Myanmar Township Border Committee", "the 15th Expert Group Meeting (EGM) on the Bhutan–China Boundary".
_BODY = (r"(?:[A-Z0-9][\w–-]*\s+){0,3}?(?i:joint|border|boundary|inter-?state|inter-?governmental|demarcation|expert\s+group)"
         r"(?:\s+[\w–-]+){0,2}?\s+(?i:committee|commission|working\s+group|meeting)(?:\s+\([A-Z]{2,6}\))?"
         # the subject of the tail holds no verb: "a commission on the Oder has still not met" is negated
         r"(?:\s+on\s+(?:the\s+)?[\w–-]+(?:\s+(?!(?:has|have|had|not|never|yet|still|is|are|was|were|will|would)\b)"
         r"[\w–-]+){0,3}?)?")
# What the text says of the body before its verb: "the Joint Oversight Committee established under the Peace
# Agreement between A and B held its first meeting" (its states count as the body's).
_BODY_MOD = (r"(?:,?\s+(?P<mod>(?:established|set\s+up|created|formed|mandated)\s+(?:by|under|in)\s+"
             r"(?:(?!\b(?:not|never|yet|has|have|had|will|would|is|are|was|were)\b)[^,;.()]){3,100}?),?)?")  # no verb
_BODY_MET = re.compile(
    rf"(?<![\w-])(?P<body>{_BODY}){_BODY_MOD}(?:,?\s+which)?\s+(?:met|convened|(?:was|were)\s+held|"
    rf"held\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:session|meeting|round))(?![\w-])"
    rf"|(?<![\w-])(?:a|the)\s+(?:[\w-]+\s+)?(?:meeting|session)\s+of\s+the\s+(?P<body2>{_BODY})\s+(?:was\s+)?held(?![\w-])")


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
_MILITARY_WHO = re.compile(r"(?i)commanders|officers|chiefs|military|army|armies|navies|forces|border\s+guard")


_LEADERS_WHO = re.compile(r"(?i)presidents|leaders|heads\s+of\s+state|prime\s+ministers")
_MINISTERS_WHO = re.compile(r"(?i)ministers")


def _collective_level(who: str) -> str:
    """ "the two sector commanders": military; "both presidents": leaders; else officials."""
    if _MILITARY_WHO.search(who):
        return "military"
    if _LEADERS_WHO.search(who):
        return "leaders"
    return "ministerial" if _MINISTERS_WHO.search(who) else "officials"


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
        hit = _unnamed_pair_hit(doc, i, m, pair, "meeting-sides", _collective_level(m.group()))
        if hit:
            hits.append(hit)
    return hits


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
        pair = definite and common.latest_meeting_pair(prior, i, set(), since=i - 12) or _context_pair(doc, i, prior)
        hit = pair and _unnamed_pair_hit(doc, i, intro, pair, "meeting-intro", _collective_level(two.group()))
        return [hit] if hit else []
    if intro.re is _AFTER_ENCOUNTER:
        return []
    after = common.actors_in(doc, i, intro.end(), s.end, unplaced=True)
    pair = common.coordinated(doc, after)[:2]
    if len(pair) != 2 or not re.fullmatch(r"[\s,]*", _without_dates_and_places(doc, i, intro.end(), pair[0].start)):
        return []
    hit = _make(doc, i, pair[0], pair[1], intro.start(), intro.end(), "meeting-intro")
    return [hit] if hit else []


# Whom an envoy speaks for is not who acts: "X travelled to Conakry as special envoy of His Excellency the
# President and was received by ...", "Y, on behalf of President Z, met ...".
_PRINCIPAL_BEFORE = re.compile(
    rf"(?i)\b(?:envoy|emissary|messenger|representative|on\s+behalf)\s+of\s+(?:the\s+)?(?:{HONORIFIC}\s+)*(?:the\s+)?$")


# A style standing alone for the person the text introduced with it: "His Highness Prince Turki ..., Minister of
# Foreign Affairs, announced ... His Highness received this morning ...".
_BARE_STYLE = re.compile(r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)\b(?!\s+(?:[A-Z]|the\s+[A-Z]))")


_STYLED_OFFICE = re.compile(r"\s*(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty)(?:\s+(?:[Tt]he\s+)?[A-Z][\w’'-]*){1,3}(?=\s+[a-z])")


def _styled_antecedent(doc: Document, i: int, styled: re.Match) -> Mention | None:
    """The last person (of the few sentences before) whose name followed the same style, placed at the style."""
    style = re.sub(r"\s+", " ", styled.group())
    for j in range(i, max(-1, i - 6), -1):
        for m in reversed(doc.mentions[j]):
            if m.kind == "person" and m.actor_id and (j < i or m.end <= styled.start()) \
                    and style in re.sub(r"\s+", " ", doc.text[max(0, m.start - 25):m.start + len(style) + 1]):
                return Mention(styled.start(), styled.end(), "person", m.state, m.actor_id, styled.group(), m.level)
    return None


def _subject(doc: Document, i: int, pos: int) -> list[Mention]:
    """The nearest actor before pos in its clause, with a partner coordinated by "and".

    In a relative clause ("Carney, who arrived in Kyiv on Sunday, met ...") the
    subject is the antecedent before it.
    """
    clause_start, _ = doc.clause_bounds(i, pos)
    before = common.actors_in(doc, i, clause_start, pos, unplaced=True)
    before = [m for m in before  # "X, as special envoy of the President, met": X acts, not the President
              if m is before[0] or not _PRINCIPAL_BEFORE.search(doc.text, max(clause_start, m.start - 50), m.start)]
    # "Y, Commander of the Lao military region, co-chaired": the body in a person's title is not the subject
    before = [m for m in before if not (m.kind == "body" and any(
        p.kind == "person" and p.end <= m.start and _TITLE_OF.fullmatch(doc.text, p.end, m.start) for p in before))] or before
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
        if previous[-1].kind == before[-1].kind == "person" and before[-1] is before[0] \
                and _APPOSED_COORD.fullmatch(doc.text, previous[-1].end, _AND.match(doc.text, clause_start).end() + 1):
            return [previous[-1], before[-1]]  # "X, Commander of the Second Army Area, and Y, ...": each with a title
    if not before:
        styled = _BARE_STYLE.search(doc.text, clause_start, pos)
        if styled and (styled_by := _styled_antecedent(doc, i, styled)):
            return [styled_by]
        # a style with an office the lexicon does not know: "His Majesty The Druk Gyalpo granted an Audience to X" is
        # a person of the release's own state (see _place)
        styled = _STYLED_OFFICE.match(doc.text, clause_start, doc.sentences[i].end)
        return [Mention(styled.start(), styled.end(), "person", None, None, styled.group(), "leaders")] \
            if styled and styled.end() <= pos else []
    out = [before[-1]]
    if len(before) > 1 and (_COORD.match(doc.text[before[-2].end:before[-1].start]) or
                            before[-2].kind == before[-1].kind == "person"
                            and _APPOSED_COORD.fullmatch(doc.text, before[-2].end, before[-1].start)):
        out.insert(0, before[-2])  # "X, Commander of the Second Army Area, and Y, ...": the two, each with a title
    return out


_TITLE_OF = re.compile(rf",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,2}}?(?:{HEAD_TITLES})\s+of\s+(?:the\s+)?")
_APPOSED_COORD = re.compile(r",\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,8}?,\s+and\s+(?:his\s+|her\s+)?")


def _object(doc: Document, i: int, pos: int) -> list[Mention]:
    """The actor right after pos (dates and places may stand between), and a second one coordinated with it."""
    s = doc.sentences[i]
    after = [m for m in common.actors_in(doc, i, pos, s.end, unplaced=True)
             if not (m.kind == "state" and m.possessive)  # "Putrajaya, Malaysia's capital" is no party
             or _HEAD_OF.search(doc.text, max(pos, m.start - 30), m.start)]  # "the head of Libya's Presidential Council"
    after = [m for m in after if not (m.possessive and m.text.lower() in ("his", "her") and _OWNER_PRONOUN.match(doc.text, m.start))]
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


# A pronoun that owns the next noun is not the one met: "a meeting with his host, Tanzania's President".
_OWNER_PRONOUN = re.compile(r"(?i)(?:his|her|their|its)\s+[a-z]")
# A room, seat or time of day between a verb and its object: "received in his office X", "received at the
# Ministry's headquarters in Muscat X", "spoke by phone later in the day with X".
_WHERE_GAP = re.compile(
    r"\b(?:in|at)\s+(?:(?:his|her|their|its|the)\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:[\w-]+\s+){0,2}"
    r"(?:office|offices|headquarters|residence|palace|seat|premises)\b"
    r"|\b(?:later|earlier)(?:\s+(?:in\s+the\s+(?:day|morning|afternoon|evening)|that\s+(?:day|morning|afternoon|evening)))?\b")


# A town the lexicon does not know, closing an aside before the guest: "received on Sunday, at the regional command
# headquarters in Tamanrasset, a delegation of ..."
_TOWN_ASIDE = re.compile(r"\bin\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?=\s*,)")


def _without_dates_and_places(doc: Document, i: int, lo: int, hi: int) -> str:
    """text[lo:hi] with date expressions and place names blanked ("received on Sunday X", "met in Doha with X")."""
    chars = list(doc.text[lo:hi])
    # with its "on" ("was received on 27 October 2026 by"): the date form leaves the preposition out
    spans = [(d.start - 3 if doc.text[max(0, d.start - 3):d.start] == "on " else d.start, d.end) for d in doc.dates(i)]
    spans += [(m.start - 3, m.end) for m in doc.mentions[i] if m.kind == "place" and doc.text[m.start - 3:m.start] == "in "]
    spans += [v.span() for v in _VENUE_GAP.finditer(doc.text, lo, hi)]  # "received at State House Sudan's minister"
    spans += [v.span() for v in _WHERE_GAP.finditer(doc.text, lo, hi)]  # "received in his office", "later in the day"
    spans += [v.span() for v in _TOWN_ASIDE.finditer(doc.text, lo, hi)]  # "..., at the headquarters in Tamanrasset, X"
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


def _verb_hit(doc: Document, i: int, m: re.Match, prior: list[Hit]) -> list[Hit]:
    kind = m.lastgroup
    if common.unreal(doc, i, m.start(), m.end(), after=False) or _called_off(doc, i, m.start(), m.end(), after=False):
        return []
    s = doc.sentences[i]
    if _BARE_INFINITIVE.search(doc.text, max(s.start, m.start() - 10), m.start()):
        return []  # a timeline's present forms: "are due to meet", "will meet" tell what is to come
    if kind in ("told", "exchanged") and not _PHONE.search(s.text):
        return []  # only a remote contact: in person, "told" reports words, "exchanged views" the talks of a meeting
    if m.group() == "discussed":  # "A and B discussed the sinking in a phone call", "A discussed ... with B by phone"
        w = _WITH.search(doc.text, m.end(), min(doc.clause_bounds(i, m.end())[1], m.end() + 80))
        obj_at = w.end() if w else None
    else:
        obj_at = m.end()
    by = kind == "host" and _passive_by(doc, i, m)
    passive = bool(by)
    subj = _subject(doc, i, m.start())
    obj = _object(doc, i, by) if by else (_object(doc, i, obj_at) if obj_at is not None else [])
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
    if kind in ("calledon", "callto") and obj and _URGED.match(doc.text, obj[0].end):
        return []  # "called on China to stop", "made a call to Kenya to withdraw": urging, not a visit or a call
    if kind == "cochaired":  # "A and his B counterpart co-chaired the joint commission": the two chairs met
        obj = []
    if kind == "visited" and not obj:
        return _visit(doc, i, m.start(), m.end(), subj)
    if not obj and subj and kind == "host" and _SIDES_GUESTS.match(doc.text, m.end(), s.end):
        # "X hosted the two sides' chiefs of staff in N'Djamena": the two sides met, X's state hosting them
        pair = _context_pair(doc, i, prior)
        if not pair or subj[-1].state in pair:
            return []
        hit = _unnamed_pair_hit(doc, i, m, pair, "meeting-hosted-sides", "officials")
        return [hit] if hit else []
    if not obj and subj and kind in ("met", "held", "sat", "spoke", "exchanged", "host"):
        obj = _each(doc, i, m.end(), subj[-1], prior=prior)  # "received each of the two delegations separately"
    if not obj and kind in ("met", "held", "sat", "spoke", "exchanged", "signed", "cochaired"):
        if kind == "met" and not _MET_ALONE.match(doc.text, m.end(), s.end):
            return []  # "the two prime ministers ... met members of the Armenian community": they met someone else
        if len(subj) != 2:
            subj = _collective(doc, i, m.start(), prior)
        subj, obj = subj[:1], subj[1:]
    guests = {o.state for o in obj}
    if kind == "host" and subj and not passive and len(guests) == 2 and None not in guests \
            and subj[-1].state not in guests and not _separately(doc, i, m, obj) \
            and not _MANY.search(doc.text, m.end(), s.end):
        # "In August, Ghana hosted the foreign ministers of Niger and Benin for two days of talks": the two guests
        # met, in the host's house (not "for a three-way summit", where the host sat with them)
        b = next(o for o in obj if o.state != obj[0].state)
        hit = _make(doc, i, obj[0], b, m.start(), m.end(), "meeting-hosted-guests")
        if hit and subj[-1].state:
            hit.fields["host_state"] = subj[-1].state
            hit.supports = sorted(set(hit.supports) | {"host_state"})
        return [hit] if hit else []
    if not subj or not obj or len(guests) > 1 and not _separately(doc, i, m, obj) and not passive:
        return []
    if kind == "host" and obj[0].possessive:
        return []  # "welcomed Iran's initiative": a thing, not a guest; "received by the president's chief of staff"
    visitor_first = kind not in ("host", "callfrom") or passive
    hits = []
    for o in obj:
        a, b = (subj[-1], o) if visitor_first else (o, subj[-1])
        hit = _make(doc, i, a, b, m.start(), m.end(), f"meeting-{kind}",
                    visit=kind in ("visited", "paid", "host", "calledon"))  # a courtesy call is a visit
        if hit and kind == "exchanged":  # "discussed" only with a remote contact named (see above): that contact
            hit.fields.update(format="virtual" if "video" in _PHONE.search(s.text).group().lower() else "call",
                              cameo_code="040")
        if hit:
            hits.append(hit)
    return hits


_BARE_INFINITIVE = re.compile(r"(?i)\b(?:to|will|would|shall|should|could|can|might|must|(?-i:may))\s+$")
_SIDES_GUESTS = re.compile(r"(?i)\s+(?:the\s+two|both)\s+(?:sides|countries|parties|governments|neighbou?rs)['’]\s+"
                           r"(?:[\w-]+\s+)?(?:chiefs|ministers|delegations|envoys|negotiators|commanders|officials|leaders|"
                           r"representatives|presidents|generals|heads)\b")  # not "the two sides' football fans"
# What follows "A and B met" when they met each other (no object of the verb): a time, a place, a manner.
_MET_ALONE = re.compile(r"(?i)\s*(?:$|[,.;:)(—–-]|(?:on|in|at|for|last|this|earlier|yesterday|today|tonight|late|early|again|"
                        r"separately|privately|briefly|twice|once|behind|during|over|amid|under|face|and|to|near|along|"
                        r"inside|outside|via|virtually|shortly|after|before|soon|without|with\s+(?:each\s+other|one\s+"
                        r"another))\b)")
_GAP_WITH = re.compile(r"\s+(?:(?:today|yesterday|on\s+\w+)\s+)?(?:at|in)\s+[^,;:()]{2,70}?\s+with(?=\s)")
_HEAD_OF = re.compile(r"(?i)\b(?:head|chief|leader|chairman|chair)\s+of\s+(?:the\s+)?$")
_AND_BY = re.compile(r",?\s+and\s+(?P<gap>(?:[^,;.]{0,40}?\s)?)by\s+")
_BY_AFTER = re.compile(r"\s(?P<gap>[^,;.]{0,80}?)\bby\s+")  # "received at the Ministry of ... in Bilpam by"


def _passive_by(doc: Document, i: int, m: re.Match) -> int | None:
    """ "was received by X", "was received on Thursday in Cotonou by X", "was granted an audience by X": after "by"."""
    s = doc.sentences[i]
    if not _PASSIVE.search(doc.text[max(s.start, m.start() - 40):m.start()]) and not m.group().startswith("an"):
        return None
    by = _BY_AFTER.match(doc.text, m.end(), s.end)
    if by and _ONLY_WHERE.fullmatch(_without_dates_and_places(doc, i, by.start("gap"), by.end("gap"))):
        return by.end()
    return None


# What may stand between a passive verb and "by" besides dates: "in Cotonou", "at Lingkana Palace", "at the Ministry of
# Defence and Veterans' Affairs in Bilpam" (whose head _VENUE_GAP blanks, leaving "of Defence ...").
# Each place is matched atomically: a name split into several places would make failures exponential.
_ONLY_WHERE = re.compile(r"[\s,]*(?:(?>(?:in|at|of|and)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|de|del|la|the)\s+)?[A-Z][\w’'-]*){0,4}|"
                         r"airport|palace|office|headquarters|residence|border|crossing|"  # "at Cairo airport"
                         # "was hosted to lunch by", "was received the same evening by": the meal, the time of day
                         r"(?:to|for)\s+(?:a\s+)?(?:working\s+|private\s+|state\s+)?(?:lunch|luncheon|dinner|breakfast)|"
                         r"(?:the\s+same|that|the\s+following|the\s+next|later\s+that)\s+(?:day|morning|afternoon|evening|night))"
                         r"[\s,]*)*")


def _states_at(m: re.Match, pair: tuple[str, str], group: int | str = 0) -> list[Mention]:
    """The two states of a pair named together by one phrase ("the two countries", "the Joint Border Commission")."""
    return [Mention(m.start(group), m.end(group), "state", st, st, m.group(group)) for st in pair]


# Teams of both sides the story has introduced, opening the sentence: "The commanders met for three hours on the
# bridge", "The delegations met again on Tuesday".
# "The commanders met", "The presidents last spoke by telephone on June 23": the sentence's subject, the pair's people
_WHEN = r"(?:last|later|also|then|again|first)"  # an adverb between the people and their verb
_THE_TEAMS = re.compile(rf"(?i)\s*[“\"]?the\s+(?:[a-z][\w-]*\s+)?(?:commanders|delegations|negotiators|envoys|delegates|"
                        rf"presidents|leaders|prime\s+ministers)\s+(?:{_WHEN}\s+)?")


# Who "from both sides" met: officials, or someone else ("Red Cross organisations", "fishermen", "students").
_WHO_FROM = re.compile(r"(?i)\b[\w-]+\s+(?:from|of)\s+$")
_OFFICIAL_WHO = re.compile(r"(?i)\b(?:official|officer|delegat|representative|(?:vice-|deputy\s+)?minist|chief|envoy|negotiator|"
                           r"commander|leader|head|diplomat|general|president|premier|team|expert|authorit|government|"
                           r"guard|force|troop|militar|nav(?:y|ies)|arm(?:y|ies)|staff|secretar|ambassador|emissar|counterpart|"
                           r"spokes|agenc|service|commissioner|patrol)")


# The two just introduced, named by their number alone as the verb's subject: "The two had already met in Tallinn",
# "the pair last met in May", "The two men met for four hours" (not "the two had met the rebels": the verb must stand
# alone, see _MET_ALONE).
_BARE_TWO = re.compile(r"(?i)(?:^|(?<=[\s“\"]))(?:the\s+two(?:\s+(?:men|women))?|the\s+pair|both\s+(?:men|women))\s+"
                       r"(?:(?:had|have|has|already|also|last|first|previously|briefly|then|later)\s+){0,3}$")


def _bare_two(doc: Document, i: int, clause_start: int, pos: int) -> re.Match | None:
    """ "The two had already met": only with no state named before it in the sentence (after the pair named in its own
    sentence it tells that encounter on: "A received B in Warsaw and the two signed an agreement")."""
    two = _BARE_TWO.search(doc.text, max(clause_start, pos - 50), pos)
    return two if two and not any(x.state and x.start < two.start() for x in doc.mentions[i]) else None


def _collective(doc: Document, i: int, pos: int, prior: list[Hit]) -> list[Mention]:
    """The two states behind "the two countries' security chiefs met": the pair the context sets against each other."""
    clause_start, _ = doc.clause_bounds(i, pos)
    found = _COLLECTIVE.search(doc.text, clause_start, pos)
    if found and _WHO_FROM.search(doc.text, clause_start, found.start()) \
            and not _OFFICIAL_WHO.search(doc.text, clause_start, found.start()):
        return []  # "Red Cross organisations from both sides met", "fishermen of the two countries": no state's envoys
    found = found or _THE_TEAMS.fullmatch(doc.text, doc.sentences[i].start, pos) or _bare_two(doc, i, clause_start, pos)
    # "The two leaders last spoke by telephone": people named by their number are the two the text just saw meet,
    # not a pair of countries joined since ("along the Cambodia-Myanmar border")
    met = found and _PEOPLE.search(found.group()) and common.latest_meeting_pair(prior, i, set(), since=i - 8)
    pair = found and (met or _context_pair(doc, i, prior))
    if not pair:
        return []
    return _states_at(found, pair)


_PEOPLE = re.compile(r"(?i)\b(?:leaders|presidents|ministers|prime\s+ministers|heads\s+of\s+state|counterparts|chiefs|"
                     rf"directors|generals|commanders|envoys|negotiators|men|women)(?:\s+{_WHEN})?\s*$")


def _context_pair(doc: Document, i: int, prior: list[Hit]) -> tuple[str, str] | None:
    """The pair "the two countries" stands for: the last the text joins itself ("Peru and Bolivia", "the
    Iran–Israel truce") if named lately, else the one a recent sentence names, the pair of the meeting reported
    last ("The visit was prepared in a telephone conversation between both Presidents"), the one the next sentence
    names, the two states the article is about, else its conflict. (Not merely the last two states named: "He led
    the U.S. side in talks between the two governments" names a third; nor a conflict a communiqué mentions in
    passing.) Last, a placed release's own state and the other it names most."""
    joined = doc.joined_pair(i, None)
    if joined and set(joined) <= {m.state for j in range(max(0, i - 3), i + 1) for m in doc.mentions[j]}:
        return joined
    return doc.recent_pair(i, None) or common.latest_meeting_pair(prior, i, set(), since=i - 5) \
        or doc.next_pair(i) or doc.article_pair or doc.conflict_pair or _own_pair(doc)


def _own_pair(doc: Document) -> tuple[str, str] | None:
    """A release placed in its own capital ("Port Sudan, Thursday 12 March 2026") says "our forces" and "the
    Eritrean side": its two sides are its own state and the one it names most besides."""
    own = doc.placed_state()
    other = own and doc.home_state(exclude=own)
    return tuple(sorted((own, other))) if own and other else None


def _each(doc: Document, i: int, pos: int, subject: Mention, rx: re.Pattern = None, prior: list[Hit] = ()) -> list[Mention]:
    """ "Trump met each leader separately": the two parties the context names, one meeting each; without a pair
    named near, those of the talks just reported ("Before the session, the Minister received each delegation")."""
    each = (rx or _EACH).match(doc.text, pos, doc.sentences[i].end)
    pair = each and (doc.recent_pair(i, subject.state) or doc.conflict_pair
                     or common.latest_meeting_pair(prior, i, {subject.state or doc.own_state()}))
    if not pair or subject.state in pair:
        return []
    return _states_at(each, pair)


def _signed_with(doc: Document, i: int, pos: int) -> list[Mention]:
    _, c_end = doc.clause_bounds(i, pos)
    w = _WITH.search(doc.text, pos, min(c_end, pos + 80))
    obj = _object(doc, i, w.end()) if w else []
    return [] if obj and _ONLOOKER.match(doc.text, obj[-1].end) else obj


# A meeting or visit called off, put off or denied did not take place: "postponed his visit to Uganda", "denied
# that he had met", "the talks between A and B were cancelled".
_CALLED_OFF_BEFORE = re.compile(r"(?i)\b(?:postpon\w*|cancel\w*|call(?:ed|ing|s)?\s+off|delay\w*|defer\w*|scrap\w*|"
                                r"shelv\w*|abort\w*|den(?:y|ies|ied|ying)|rul(?:ed|ing|es)\s+out)\b(?:\s+[\w'’-]+){0,4}\s+$")
_CALLED_OFF_AFTER = re.compile(r"(?i)[^,;.]{0,80}?\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:now\s+)?"
                               r"(?:postponed|cancell?ed|called\s+off|delayed|deferred|scrapped|shelved|put\s+off)\b"
                               # "a call between the two prime ministers planned for last week did not take place"
                               r"|[^,;.]{0,80}?\b(?:did|does|has|have|had)\s+not\s+(?:take\s+place|happen|go\s+ahead)\b")


def _called_off(doc: Document, i: int, start: int, end: int, *, after: bool = True) -> bool:
    """Whether the meeting or visit at text[start:end] was called off (after: a noun's own predicate says so)."""
    s = doc.sentences[i]
    return bool(_CALLED_OFF_BEFORE.search(doc.text, max(s.start, start - 60), start)
                or after and _CALLED_OFF_AFTER.match(doc.text, end, s.end))


# Talks that someone offered or proposed, or a seat for them: no talks yet ("offered Montevideo as the seat for
# technical talks between the two delegations", "proposed a meeting between the two sides").
_OFFERED = re.compile(r"(?i)\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)(?:\s+(?:of|for))?|to\s+(?:host|hold|organi[sz]e|"
                      r"facilitate)[”\"’]?|(?:seat|venue)\s+(?:for|of))\s+(?:[\w-]+\s+){0,3}$")  # 'be honoured to host" talks'


# Talks a third party stands ready to serve, the offer spelt out before them: 'Ankara was "ready to host, to facilitate,
# to do whatever is needed" for talks between A and B' (an offer, see rules.mediation; no meeting yet).
_READY_FOR = re.compile(r"(?i)\b(?:ready|willing|prepared|available)[”\"’]?\s+[“\"‘]?to\s+(?:host|facilitate|help|mediate|"
                        r"assist|contribute)\b[^.;:]{0,80}?\s(?:for|towards?)\s+(?:[\w-]+\s+){0,2}$")
_PROCESS_NOUN = re.compile(r"(?i)talks|negotiations|consultations|discussions")  # a process, not one encounter
_MANY = re.compile(r"(?i)\b(?:tri|quadri|multi)lateral\b|\b(?:three|four|five)-way\b")


_HEADED_BY = re.compile(r",?\s+(?:headed|led|chaired)\s+by\s")
_AND_A = re.compile(r",?\s+and\s+(?:a|an|the)\s+$")


def _second_team(doc: Document, i: int, first: Mention) -> list[Mention]:
    """The second of two delegations each followed by its head: "between a delegation of Iran headed by X, Deputy
    Minister ..., and a delegation of the United Arab Emirates headed by Y"."""
    if first.kind != "body" or not _HEADED_BY.match(doc.text, first.end):
        return []
    s = doc.sentences[i]
    nxt = next((x for x in doc.mentions[i] if x.start > first.end and x.kind == "body" and x.state), None)
    if nxt and nxt.state != first.state and _AND_A.search(doc.text, max(s.start, nxt.start - 12), nxt.start) \
            and nxt.start - first.end < 200:
        return [nxt]
    return []


def _noun_hit(doc: Document, i: int, m: re.Match, prior: list[Hit]) -> list[Hit]:
    if common.unreal(doc, i, m.start(), m.end()) or _called_off(doc, i, m.start(), m.end()):
        return []
    c_start, _ = doc.clause_bounds(i, m.start())
    if _OFFERED.search(doc.text, max(c_start, m.start() - 70), m.start()) \
            or _READY_FOR.search(doc.text, max(doc.sentences[i].start, m.start() - 110), m.start()):
        return []
    if m.group("prep").lower() in ("between", "of"):
        if _MANY.search(doc.text, max(c_start, m.start() - 25), m.start()) \
                or len(common.coordinated(doc, common.actors_in(doc, i, m.end(), doc.sentences[i].end))) > 2:
            return []  # "the first trilateral meeting of Bangladesh, China and Pakistan": no pair met alone
        parties = _object(doc, i, m.end())
        if len(parties) == 1:
            parties += _second_team(doc, i, parties[0])
        # an encounter, not a process: "a telephone conversation between both Presidents", not "talks between the
        # two sides collapsed in 2023"
        two = None if parties or _PROCESS_NOUN.match(m.group("noun")) \
            else _TWO.match(doc.text, m.end(), doc.sentences[i].end)
        if two and (pair := _context_pair(doc, i, prior)):  # "a telephone conversation between both Presidents"
            parties = _states_at(two, pair)
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
    if _LATER.search(doc.text, m.end(), min(c_end, m.end() + 160)):
        return []  # "talks with Tehran could resume next week", "negotiations between A and B on ... are due to resume"
    pairs = [(a, b)] if m.group("prep").lower() in ("between", "of") else [(subj[-1], o) for o in obj]
    return [h for x, y in pairs if (h := _make(doc, i, x, y, m.start(), m.end(), "meeting-noun"))]


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
        if not common.unreal(doc, i, m.start(), m.end(), after=False) and not _called_off(doc, i, m.start(), m.end()):
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
                    h.fields["format"] = "talks"  # a visit for talks: the talks are the encounter
                hits.extend(found)
        if place.kind in ("state", "place") and place.state and _STATE_VISIT.match(doc.text, place.end):
            end = _STATE_VISIT.match(doc.text, place.end).end()
            if not common.unreal(doc, i, place.start, end, after=False):
                visitor = _subject(doc, i, place.start)
                hits.extend(_host_visit(doc, i, visitor, place, place.start, end))
    return hits


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
    if visit and rule != "meeting-host" and b.state is None and host_at and host_at != a.state:
        b = common.with_state(b, host_at)  # "paid a working visit to the President at the Presidential Villa, Abuja"
    if rule == "meeting-host" and b.state is None and not host_at and (own := doc.placed_state()) and own != a.state:
        b = common.with_state(b, own)  # "Riyadh, June 21, SPA -- ... His Highness received ...": the release's host
    if (visit or rule == "meeting-held" and a.state) and b.state is None and not host_at \
            and (there := _where_the_visitor_is(doc, i, a.state)):
        # "Tang landed in Jakarta on Tuesday. ... Tang was received by President X", "He held talks the same evening
        # with Foreign Minister Y": whom a visitor meets where the paragraph put him is of that place's state
        b = common.with_state(b, there)
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
    date = date or common.nearest_date(doc, i, t_start, c_start, c_end)
    if not date and not _OFFSET.search(doc.text, c_start, t_end):  # "a day after the ministers met": not that day
        date = _opening_date(doc, i) or _sole_date_before(doc, i, t_start)
    earlier = None if date else _later_that_day(doc, i) or _entry_date(doc, i)
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


_OFFSET = re.compile(r"(?i)\b(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:day|days|week|weeks|"
                     r"month|months)\s+(?:after|before|earlier|later)\b")


def _where_the_visitor_is(doc: Document, i: int, visitor: str | None) -> str | None:
    """The state of the last place the paragraph put a visitor in ("landed in Jakarta", "his first trip to
    Indonesia"), this sentence or the two before it: a host who receives him there is of that state."""
    para = doc.sentences[i].paragraph
    for j in range(i, max(-1, i - 3), -1):
        if doc.sentences[j].paragraph != para:
            break
        places = [m.state for m in doc.mentions[j] if m.kind == "place" and m.state and m.state != visitor]
        if places:
            return places[-1]
    return None


def _opening_date(doc: Document, i: int):
    """A date that opens the sentence ("On Wednesday, A, and his counterpart B, signed ...") dates all its clauses."""
    s = doc.sentences[i]
    first = common.nearest_date(doc, i, s.start, s.start, s.end)
    return first if first and doc.text[s.start:first.start].strip().lower() in ("", "on", "late on", "early on") else None


# "Before the session, the Minister received each delegation": on the day of the session just reported, too
_LATER_THAT_DAY = re.compile(r"(?i)\s*(?:(?:later|afterwards|subsequently)(?:\s+(?:in\s+the\s+(?:day|afternoon|evening)|"
                             r"that\s+(?:day|afternoon|evening)|on))?|(?:before|after|following|ahead\s+of|on\s+the\s+"
                             r"(?:sidelines|margins)\s+of)\s+the\s+(?:session|meeting|talks|signing|ceremony|plenary))\s*,")


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
        if state is None and m.actor_id and exclude:
            state = doc.sole_other_state(exclude)  # a Thai paper names Thailand once, Malaysia often: the one other
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


# Where someone came from or went on to is not where they met: "before returning to Buenos Aires", "on his
# return from Dakar", "ahead of his departure for Accra".
# (But "travelled to Conakry and was received" is where: only "from" after a verb of coming.)
_ELSEWHERE = re.compile(r"(?i)\b(?:(?:return(?:s|ed|ing)?|back|left|leaving|leaves|depart(?:s|ed|ing|ure))\s+"
                        r"(?:(?:back|home|onward)\s+)?(?:to|for|from)|(?:arriv(?:ing|ed|al)|flew|flying|travel(?:l?ed|l?ing)|"
                        r"coming|came|head(?:ed|ing))\s+(?:back\s+)?from)\s+(?:the\s+)?$")


@dataclass
class _Where:
    """Where a meeting took place: from "in <place>" / "at <venue>" in its clause, or the dateline."""
    fields: dict
    spans: tuple = ()
    ends: tuple = ()
    dateline: tuple | None = None

    @classmethod
    def find(cls, doc: Document, i: int, lo: int, hi: int, location: Mention | None) -> "_Where":
        places = [m for m in doc.mentions[i] if lo <= m.start < hi and m.kind == "place" and m.state
                  and not _ELSEWHERE.search(doc.text, max(lo, m.start - 40), m.start)]
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
