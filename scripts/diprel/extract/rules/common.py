"""Checks every rule shares: did it happen (not planned, negated or hypothetical),
and which actors stand around a trigger word."""
from __future__ import annotations

import functools
import re

from ... import schemas
from .. import fastre
from ..actors import ACTOR_KINDS, STATE_STYLE, Mention
from ..candidates import Hit
from ..dates import DateRef, publication_week
from ..document import Document
from ..vocab import BASIS, PRECISION

# ("(?-i:may)" below: the month "May" is no modal.)
# Just before a trigger: the event is planned, hoped for, negated or hypothetical. (Not "facilitated", "for
# facilitating the meeting ... held in": help with an encounter that took place.)
_UNREAL_BEFORE = fastre.guard(re.compile(
    r"(?i)(?:\b(?:will|would|could|(?-i:may)|might|shall|should|must|not|never|no|without|if|unless|whether|"
    # (not "the next day": a narrative's past; not "for hosting and facilitating the talks held in Doha")
    r"upcoming|planned|proposed|possible|potential|prospective|expected|scheduled|likely|future|"
    r"next(?!\s+(?:day|morning|afternoon|evening)\b)|"
    r"hoped-for|anticipated|hypothetical|calls?\s+for|called\s+for|urg(?:e|es|ed|ing)|"
    r"(?<!\bfor\s)(?<!\bafter\s)(?<!\band\s)facilitat(?!ed\b)\w*|encourag\w*|"
    r"resum\w*|toward|towards|invit\w*|to\s+(?:host|hold|arrange|organi[sz]e|have|attend|join)|"
    r"seek(?:s|ing)?|sought|push(?:ed|es|ing)?\s+for|demand(?:s|ed|ing)?|appeal(?:s|ed)?\s+for|"
    r"hopes?\s+for|ahead\s+of)\b|n't)(?:\s+[\w-]+){0,3}\s+$"
    # talks offered with an aside between commas: "renewed Tunisia's offer to host, in Tunis, talks between"
    r"|\bto\s+(?:host|hold|arrange|organi[sz]e|convene),\s+[^,;.]{1,40},\s+$"
    # a planned event may lie up to four words on: "is due to be signed", "is expected to pay a return visit to Kuwait"
    r"|\b(?:expected|scheduled|due|set|planned|likely)\s+to(?:\s+[\w-]+){1,3}\s+$"
    # talks offered further off: "ready to host a new round of talks between", "to hold a second round of direct talks"
    # (not when a finite verb stands between: "the agreement to hold fire was reached at a meeting")
    r"|\bto\s+(?:host|hold|arrange|organi[sz]e|convene)(?:\s+(?!(?:was|were|is|are|has|had)\b)[\w-]+){4,5}\s+$"
    # a venue offered: "ready, as before, to provide a platform for negotiations between Baku and Yerevan"
    r"|\bto\s+(?:provide|offer)\s+(?:a\s+|the\s+|its\s+)?(?:neutral\s+)?(?:platform|venue)\s+for\s+$"))
# Just after a trigger noun: "talks are expected", "meeting will", "ceasefire proposal".
_UNREAL_AFTER = re.compile(
    r"(?i)\s*(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:expected|scheduled|set|due|planned|likely|"
    r"proposed|possible)|will|would|could|(?-i:may)|might|proposals?|plans?|offer|call|talks|negotiations|"
    r"violations?|breach(?:es)?|deal\s+(?:is|was)\s+(?:expected|possible))\b")
_HYPOTHETICAL = fastre.guard(re.compile(
    r"(?i)\b(?:could have|would have|might have|may have|if\b|unless\b|hypothetical)"))
# Further off in the trigger's clause, an encounter still to come or only offered: "will lead a delegation to Ashgabat
# next week for the sixth round of consultations", "invited President X to pay a State Visit", "ready to make its
# territory available for talks between Tashkent and Kabul"
_TO_COME = fastre.guard(re.compile(
    r"(?i)\b(?:(?:will|shall)\s+(?:\w+\s+)?(?:lead|travel|head|fly|go|visit|hold|host|attend|receive|"
    r"pay|meet)|invit\w*\s+(?:[\w.’'-]+\s+){0,6}?to\s+(?:pay|make|visit|attend|come|hold|join)|"
    r"(?:ready|willing|prepared|readiness|willingness)\s+to\s+(?:make|host|hold|provide|organi[sz]e|arrange|offer)|"
    # "offered to provide a platform for negotiations between", "was due to travel on to Juba for talks"
    r"offer(?:ed|s|ing)?\s+to\s+(?:host|hold|provide|organi[sz]e|arrange)|"
    r"(?:is|was|are|were)\s+due\s+to\s+(?:travel|fly|go|head|visit|meet|hold|arrive)|"
    # "is expected to raise the border issue during a visit to Beijing in December"
    r"(?:is|are)\s+(?:expected|scheduled|set|likely)\s+to\s+\w+|"
    r"next\s+(?:week|month|year))\b"))


# One who presided, named just before: "With Kenya's special envoy ..., in the room as facilitator, the two ministers
# signed", "with an American assistant secretary of state, Margaret Ellison, in the chair"
PRESIDED = r"in\s+the\s+(?:chair|room\s+as\s+(?:a\s+|the\s+)?(?:facilitator|mediator))"

# Where a third party brought two others: "together", "face to face", "at the same table", "back to the table"
TOGETHER = re.compile(r"\s(?:back\s+)?(?:together|face\s+to\s+face|(?:to|at|around)\s+(?:the\s+|one\s+)?"
                      r"(?:same\s+|negotiating\s+)?table)\b")

# Just before a name: it is a place where something happened ("talks in Geneva", "flew into Lilongwe"), not an actor.
PLACE_WORD = re.compile(r"(?i)\b(?:in|at|to|from|into|near|via|inside|outside|across|within|visited|visiting)\s+$")


def unreal(doc: Document, i: int, start: int, end: int, *, after: bool = True) -> bool:
    """Whether the trigger text[start:end] is planned, negated or hypothetical."""
    s = doc.sentences[i]
    before = doc.text[max(s.start, start - 60):start]
    if _UNREAL_BEFORE.search(before):
        return True
    if after and _UNREAL_AFTER.match(doc.text, end, s.end):
        return True
    clause_start, _ = doc.clause_bounds(i, start)
    return bool(_HYPOTHETICAL.search(doc.text, clause_start, start) or _TO_COME.search(doc.text, clause_start, start))


def actors_in(doc: Document, i: int, lo: int, hi: int, *, unplaced: bool = False) -> list[Mention]:
    """Actor mentions (pronouns resolved) within text[lo:hi] of sentence i.

    With `unplaced`, named persons whose state the text never gave are kept too.
    """
    out = []
    ms = doc.mentions[i]
    for k, m in enumerate(ms):
        if lo <= m.start and m.end <= hi:
            if m.kind == "pronoun" and m.possessive and k + 1 < len(ms) and ms[k + 1].kind in ("person", "body") \
                    and not doc.text[m.end:ms[k + 1].start].strip():
                continue  # "his Chinese counterpart": the counterpart is the actor
            a = doc.actor_for(i, m)
            if a is None and unplaced and m.kind == "person":  # a named person, or "The Minister" of the home state
                a = m
            if a is None and unplaced and m.kind == "pronoun" and not m.possessive:
                a = _unplaced_antecedent(doc, i, m)  # "Our Foreign Minister, X, ... On Monday he received ..."
            if a is not None:
                out.append(a if m.kind != "pronoun" else _at(a, m))
    return out


# A party that is no state: a class of armed group (or a trade's guild: "the fishermen's guilds of the two towns agreed
# a truce"), or a name joined to a state that the lexicon does not know ("Israel and Hamas", "the government and the
# ELN", "a truce with the Houthi rebels").
NON_STATE_WORDS = fastre.guard(re.compile(
    r"(?i)\b(?:guerrill\w*|rebels?|militants?|insurgents?|militias?|armed\s+(?:groups?|organi[sz]ations?|movements?)|"
    r"separatists?|jihadists?|dissident\w*|factions?|guilds?)\b"))
_JOINED_NAME = re.compile(r"\s+(?:and|with)\s+(?:the\s+)?[A-Z][\w’'-]*")


_COORDINATE_BREAK = re.compile(r";\s|,\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?[A-Z])")


def coordinate_clause(doc: Document, i: int, pos: int) -> tuple[int, int]:
    """The main clause of sentence i around pos: clauses joined by ", and <Subject>", ", but", ";" are apart."""
    return doc.bounds_between(i, pos, _COORDINATE_BREAK)


def substrings(*keys: str) -> re.Pattern:
    """One pattern that finds any of `keys` in lower-cased text: a sentence's cheap pre-test, a single scan where
    `any(k in low for k in keys)` makes one per key."""
    return re.compile("|".join(map(re.escape, keys)))


def non_state_partner(doc: Document, i: int, aside: tuple[int, int] | None = None) -> bool:
    """Whether sentence i sets a state against a non-state party (so no pair of states is to be borrowed); the span
    `aside` (a relative clause on someone's past: "Oman, which has long acted as a go-between for Tehran and Gulf
    capitals, said") does not count."""
    s = doc.sentences[i]
    lo, hi = aside or (s.end, s.end)
    if NON_STATE_WORDS.search(doc.text, s.start, lo) or NON_STATE_WORDS.search(doc.text, hi, s.end):
        return True
    starts = {m.start for m in doc.mentions[i]}
    for m in doc.mentions[i]:
        if lo <= m.start < hi:
            continue
        joined = m.kind in ("state", "body") and _JOINED_NAME.match(doc.text, m.end, s.end)
        if joined and joined.end() - len(joined.group().lstrip().split()[-1]) not in starts:
            return True
    return False


def own_and_other(doc: Document, i: int, exclude: set) -> tuple[str, str] | None:
    """What "the two sides" means in a text that speaks from one of them (a dateline "Baghdad, 12 May 2026", a town,
    an "our"): that state and the one other state the text has named up to sentence i (`exclude`, a mediator or
    broker, left out)."""
    own = doc.spoken_from()
    if not own or own in exclude:
        return None
    others = {m.state for j in range(i + 1) for m in doc.mentions[j]
              if m.state and m.state != own and m.kind in ACTOR_KINDS} - exclude
    return tuple(sorted((own, others.pop()))) if len(others) == 1 else None


def coordinated(doc: Document, ms: list[Mention]) -> list[Mention]:
    """ms[0] and the actors joined to it in a list ("Argentina, Brazil, Chile and the United States")."""
    out = ms[:1]
    for a, b in zip(ms, ms[1:]):
        if not _LIST_JOIN.fullmatch(doc.text, min(a.end, b.end), max(a.start, b.start)):
            break
        out.append(b)
    return out


_LIST_JOIN = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")
# (a pair's second state may bear a style the lexicon does not know: "Burundi and the Republic of Rwanda")
_PAIR_JOIN = re.compile(rf"\s*(?:[-–—]|and)\s*(?:the\s+)?(?:{STATE_STYLE})?")


def joined_pair_in(doc: Document, i: int, exclude: set) -> list[str]:
    """The two states sentence i joins itself ("Thailand and Cambodia agreed ...", "the Iran–Israel truce"), when
    exactly one such pair leaves out `exclude` (a third state named beside them hosts or brokers)."""
    ms = [m for m in doc.mentions[i] if m.state and m.state not in exclude and m.kind in ACTOR_KINDS]
    found = {tuple(sorted((ms[k].state, ms[k + 1].state))) for k in range(len(ms) - 1)
             if ms[k].state != ms[k + 1].state and _PAIR_JOIN.fullmatch(doc.text, ms[k].end, ms[k + 1].start)
             and not (k and _LIST_JOIN.fullmatch(doc.text, ms[k - 1].end, ms[k].start))}  # "Burundi, Kenya, Angola and Togo"
    return list(found.pop()) if len(found) == 1 else []


def _unplaced_antecedent(doc: Document, i: int, pronoun: Mention) -> Mention | None:
    """For "he"/"she" with no placed person before it: the nearest named person earlier (state unknown)."""
    for j in range(i, max(-1, i - 3), -1):
        if j < i and doc.opening_pronoun(j, pronoun.text):
            continue  # "She reminded deputies that she held talks with X. She and Y met": the "she" before, not X
        named = [p for p in doc.mentions[j] if p.kind == "person" and p.actor_id and (j < i or p.end <= pronoun.start)]
        if named:
            return named[-1] if j == i else named[0]
    return None


def _at(person: Mention, where: Mention) -> Mention:
    """A resolved pronoun: the person, placed where the pronoun stands."""
    return Mention(where.start, where.end, person.kind, person.state, person.actor_id, where.text,
                   person.level, where.possessive)


def scare_quoted(doc: Document, m: re.Match) -> bool:
    """ 'its foreign ministry "facilitated" talks': quote marks around the trigger word alone mark a term, not a speaker."""
    return doc.text[m.start() - 1:m.start()] in ('"', "“", "‘") and doc.text[m.end():m.end() + 1] in ('"', "”", "’")


def past_dates(doc: Document, i: int) -> list[DateRef]:
    """The resolved date expressions of sentence i that do not lie ahead."""
    return [d for d in doc.dates(i) if d.resolved and not d.future]


def nearest_date(doc: Document, i: int, pos: int, lo: int | None = None, hi: int | None = None,
                 keep=None) -> DateRef | None:
    """The resolved date expression of sentence i closest to pos (within [lo, hi) if given, and those `keep`
    accepts)."""
    refs = [d for d in past_dates(doc, i) if (lo is None or d.start >= lo) and (hi is None or d.end <= hi)
            and (keep is None or keep(d))]
    if not refs:
        return None
    return min(refs, key=lambda d: (min(abs(d.start - pos), abs(d.end - pos)), d.start))


# The start of a span, not a day of the event: "the first meeting between officers of the two armies since the shelling
# began on Sept. 19"
SPAN_SINCE = re.compile(r"(?i)\bsince\b[^,;]*$")
# A sentence that puts the event days from its date: "a day after the ministers met" was not that day
DAYS_AWAY = re.compile(r"(?i)\b(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:day|days|week|weeks|"
                       r"month|months)\s+(?:after|before|earlier|later)\b")
# An aside on the subject before the verb dates something else: "Haddad, who arrived in Baghdad on Tuesday, met Rikabi"
WHO_ASIDE = re.compile(r",\s+(?:who|which)\s[^,;]*,")
_LOOK_BACK = 6  # sentences


def take_story_date(doc: Document, h: Hit, *, across: bool, keep=None) -> None:
    """Date a record its own clause left undated by the date the story gives its event, with the sentence that holds
    it as evidence (`_story_date`)."""
    if found := _story_date(doc, h.sentence, h.lo, across, keep):
        j, date = found
        h.take_date(date.fields(), (j, date.start, date.end))


def _story_date(doc: Document, i: int, pos: int, across: bool, keep) -> tuple[int, DateRef] | None:
    """(sentence, date): the date of sentence i nearest pos, else the earliest of the closest sentence before that has
    one, up to six back (past its paragraph only if `across`). A date of saying ("said on Tuesday") dates a report,
    not the event; `keep` may refuse others."""
    s = doc.sentences[i]
    if date := nearest_date(doc, i, pos, keep=lambda d: not said_on(doc, s.start, d.start) and (not keep or keep(d))):
        return i, date

    def told(j: int) -> list[DateRef]:
        return [d for d in past_dates(doc, j)
                if not said_on(doc, doc.sentences[j].start, d.start) and (not keep or keep(d))]

    found = _dated_before(doc, i, told, within=lambda j: across or doc.sentences[j].paragraph == s.paragraph)
    return (found[0], min(found[1], key=lambda d: d.date_start)) if found else None


def _dated_before(doc: Document, i: int, dates_of, within=None) -> tuple[int, list[DateRef]] | None:
    """(sentence, dates) of the closest sentence before i, up to six back, for which `dates_of` gives dates; none past
    a sentence `within` refuses."""
    for j in range(i - 1, max(-1, i - _LOOK_BACK - 1), -1):
        if within and not within(j):
            return None
        if refs := dates_of(j):
            return j, refs
    return None


_HEADING_CHARS = 40  # a diary's heading: "WEDNESDAY, OCT 28"


def under_future_heading(doc: Document, i: int) -> bool:
    """Whether sentence i, which no date of its own dates, tells an item under a diary's heading that lies ahead
    ("WEDNESDAY, OCT 28" in a week-ahead of 25 October, above "SOFIA - Hungary's foreign minister visits Sofia for
    talks"): a plan, not an event. A heading is a short paragraph of its own."""
    found = _dated_before(doc, i, lambda j: [d for d in doc.dates(j) if d.resolved])
    if not found:
        return False
    j, refs = found
    s = doc.sentences[j]
    alone = doc.first_of_paragraph(j) == j and doc.sentences[j + 1].paragraph != s.paragraph
    return alone and s.end - s.start <= _HEADING_CHARS and all(d.future for d in refs)


def date_from_story(doc: Document, h: Hit) -> None:
    """Date a meeting or a truce its own clause left undated by the day the story tells, as the coders do: "Lins was
    in Asunción on Monday ... Lins was also received ... by President Benítez", the lede's "agreed late on Wednesday"
    for the talks the next paragraph tells. Only a day will do (a background "in 2021" dates no encounter), and in
    its own sentence not one the clause's reader refused: an aside's, one the sentence puts it days away from, or
    one it is "since"."""
    s = doc.sentences[h.sentence]
    away = DAYS_AWAY.search(doc.text, s.start, s.end) is not None
    asides = [x.span() for x in WHO_ASIDE.finditer(doc.text, s.start, s.end)]

    def keep(d: DateRef) -> bool:
        return d.precision == PRECISION.day and not (s.start <= d.start < s.end and (
            away or any(lo <= d.start < hi for lo, hi in asides)
            or SPAN_SINCE.search(doc.text, max(s.start, d.start - 45), d.start)))
    take_story_date(doc, h, across=True, keep=keep)


def date_fields(ref: DateRef | None) -> dict:
    if ref is None:
        return {"date_start": None, "date_end": None, "date_precision": None, "date_basis": None}
    return ref.fields()


def live_day(doc: Document) -> DateRef | None:
    """On a live page, the publication day, whose hours its entries tell ("16:10 – Qatar's Prime Minister tells
    reporters ... his country stands ready"): the day of whatever an entry tells that no words date."""
    if doc.live_page and doc.published:
        return DateRef(-1, -1, doc.published, doc.published, PRECISION.day, BASIS.relative)
    return None


def publication_fields(doc: Document) -> dict:
    """The dates of an event no words date: the week up to publication, or a live page's day (`live_day`)."""
    return date_fields(live_day(doc) or publication_week(doc.published))


def with_state(m: Mention, state: str | None) -> Mention:
    """The mention, standing for `state` (a person the text did not place, placed from the context)."""
    return Mention(m.start, m.end, m.kind, state, m.actor_id, m.text, m.level, m.possessive)


def as_state(m: Mention) -> Mention:
    """The mention as its state itself ("under Argentine mediation", "the talks in Ankara": that state)."""
    return Mention(m.start, m.end, "state", m.state, m.state, m.text)


def latest_meeting_pair(meetings: list, i: int, exclude: set, *, since: int | None = None) -> tuple[str, str] | None:
    """The sorted pair of the latest meeting hit reported up to sentence i (from sentence `since` on), if neither
    of its states is in `exclude`."""
    pairs = [(h.fields["state_1"], h.fields["state_2"]) for h in sorted(meetings, key=lambda h: h.sentence)
             if (since is None or since <= h.sentence) and h.sentence <= i
             and not exclude & {h.fields["state_1"], h.fields["state_2"]}]
    return tuple(sorted(pairs[-1])) if pairs else None


# Several met one by one: "received ... separately", "separate talks"
SEPARATELY = re.compile(r"(?i)\bseparate(?:ly)?\b")

# A verb of saying just before a date: the day something was said, not the day it happened ("..., the Ugandan
# government said on Sunday", "“...,” the ministry said late on Friday"). The date's "on" may be in its span or not.
SAID_ON = (r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+\w+)|added|reported|announced|confirmed|stated)"
           r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
_SAID_ON = re.compile(rf"(?i){SAID_ON}")


def said_on(doc: Document, lo: int, start: int) -> bool:
    """Whether a verb of saying ends just before the date at `start` (looking back no further than `lo`)."""
    return _SAID_ON.search(doc.text, max(lo, start - 40), start) is not None


# "the two sides", "both countries", "our two brothers", "its two neighbours": the pair named collectively.
# ("a dialogue between two brother nations": no article after "between")
TWO_SIDES = re.compile(r"(?i)\b(?:(?:the|our|its|their|his|her)\s+two|(?<=between\s)two|both)\s+(?:[\w-]+\s+)?"
                       r"(?:sides|countries|"
                       r"neighbou?rs|nations|peoples|parties|governments|delegations|capitals|leaders|presidents|"
                       r"brothers|friends|republics|states|armies|navies|ministries|commanders|forces|officers|"
                       r"generals|ministers|detachments|garrisons|contingents|captains)\b"
                       # "extending its good offices to its brothers and neighbours"
                       r"|\b(?:our|its|their)\s+brothers\s+and\s+(?:sisters|neighbou?rs|friends)\b")


# The CAMEO codes the rules write are the schemas': a truce's one code, and a mediation's code per kind, which the
# kind column's description pairs ("offer: ... (CAMEO 039); conducted: ... (CAMEO 045); ...").
_KIND_CAMEO = re.compile(r"(\w+): [^;]*?\(CAMEO (\d+)\)")


@functools.cache
def ceasefire_cameo() -> str:
    (code,) = schemas.table("ceasefires").field("cameo_code").enum
    return code


@functools.cache
def _mediation_cameos() -> dict[str, str]:
    codes = dict(_KIND_CAMEO.findall(schemas.table("mediation_offers").field("kind").description))
    kinds = schemas.table("mediation_offers").field("kind").enum
    if set(codes) != set(kinds):
        raise ValueError(f"mediation_offers.kind: the description pairs {sorted(codes)} with CAMEO codes, not {kinds}")
    return codes


# A meeting's codes, which the cameo_code column's description names by what they mean ("042 make a visit, 043 host a
# visit, 044 meet at a third location, 040 consult (unspecified)")
_MEETING_CAMEO = re.compile(r"(\d{3}) ([a-z][a-z ]*[a-z])")


@functools.cache
def _meeting_cameos() -> dict[str, str]:
    field = schemas.table("meetings").field("cameo_code")
    codes = {what: code for code, what in _MEETING_CAMEO.findall(field.description)}
    if sorted(codes.values()) != sorted(field.enum):
        raise ValueError(f"meetings.cameo_code: the description names {sorted(codes.values())}, not {field.enum}")
    return codes


def meeting_cameo(what: str) -> str:
    """The CAMEO code of a meeting: "make a visit" (042), "host a visit" (043), "meet at a third location" (044) or
    "consult" (040)."""
    return _meeting_cameos()[what]


def mediation_cameo(kind: str) -> str:
    """The CAMEO code of a mediation of this kind (039 an offer, 045 a mediation done or claimed)."""
    return _mediation_cameos()[kind]
