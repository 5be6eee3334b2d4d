"""A figure as a draft record: its side, claimant and certainty, date, the person it counts and the quote that
supports it."""

from __future__ import annotations

import re

from ... import attribution, lexicon
from ...actors import STATE_KINDS
from ...attribution import attribute, claimant_id
from ...candidates import Hit
from ...document import Document
from ...records import figure_id
from ...vocab import CERTAINTY, POPULATION
from .. import common
from .figures import _armed_men, _Figure, _GENERIC_HEADS
from .singulars import _ORDINAL
from .sides import _side
from .words import _NON_STATE

# "three soldiers are believed to have been killed": the outlet passes on what it has not established (hedged)
_HEARSAY = re.compile(r"(?i)\b(?:believed|thought|said|understood|presumed)\s+to\s+have\b")

# A date on the verb of saying before the figure dates the report, not the deaths ("said on Thursday that three ...")
_THAT = re.compile(r",?\s+that\s+")
# and likewise after it
_AFTER = re.compile(r"(?i)\b(?:after|following)\b")
_REPORT_DATE = re.compile(rf"(?i),?[”\"’],?\s+[^.;:“”\"]{{1,40}}?{common.SAID_ON}")


def _hit(doc: Document, i: int, f: _Figure, parent: Hit | None, source_id: str | None, *, inherit: Hit | None) -> Hit:
    certainty, claimant, attr_span = attribute(doc, i, f.number.qual_start)
    if _HEARSAY.search(doc.text, max(f.head_end, f.number.end), max(f.end, f.head_end)):
        certainty = CERTAINTY.hedged  # "three soldiers are believed to have been killed": passed on, not established
    claimant_state = _claimant_state(doc, i, claimant)
    if claimant is None and (ctx := _borrowed_claimant(doc, i) or _sourced_after(doc, i)):
        # "The Chadian army said in a communiqué ... Five soldiers were killed, the communiqué said."
        claimant, claimant_state = ctx
        certainty = CERTAINTY.attributed if certainty == CERTAINTY.asserted else certainty
    if certainty == CERTAINTY.asserted:  # '"As a result, two were killed. ...," the police said': not the outlet's
        who, quoted = attribution.speaker(doc, i, f.number.qual_start)
        if quoted:  # (an asserted figure has no claimant yet)
            certainty, claimant = CERTAINTY.attributed, claimant_id(who) if who else None
            claimant_state = _claimant_state(doc, i, claimant)
        elif who and attribution.interviewed(doc, i, who):
            # (whose side the figure is the answer's own words say: "we lost", "they lost")
            certainty, claimant = CERTAINTY.attributed, who.actor_id
    if inherit:  # a share of the figure before it: same people, same outcome, same side
        side, side_span = inherit.fields["side_state"], None
        if parent is None and f.side and f.side != side:  # "68 people ..., among them ten Malaysian security personnel"
            side = f.side
        outcome = inherit.fields["outcome"]
        population = inherit.fields["population"] if parent else f.population
    else:
        side, side_span = _side(doc, i, f, claimant_state, claimant)
        population, outcome = _men(doc, f) or f.population, f.outcome
        if population == POPULATION.unspecified and doc.text[f.head_start:f.head_end].lower() not in _NON_STATE \
                and _CROSSING.search(doc.text, doc.sentences[i].start, doc.sentences[i].end):
            population = POPULATION.civilian
    c_start, c_end = doc.clause_bounds(i, f.number.start)
    date = common.nearest_date(doc, i, f.number.start, c_start, c_end)  # "met on Monday, days after X was killed"
    if date and doc.dateline and doc.dateline[2] <= date.start < doc.dateline[2] + 20 \
            and (told := common.nearest_date(doc, i, f.number.start, max(c_start, date.end), c_end)):
        date = told  # "PODGORICA, March 12 (Adriatic Wire) - A fisherman was killed ... on Tuesday": not the wire's date
    if date and date.end <= f.number.qual_start and _THAT.fullmatch(doc.text, date.end, f.number.qual_start) \
            and common.said_on(doc, c_start, date.start):
        # "Ghana's army said on Thursday that three of its soldiers had been killed": when it was said, not when
        date = common.nearest_date(doc, i, f.number.start, f.number.end, c_end)
    if date and date.end <= f.number.qual_start and (after := _AFTER.search(doc.text, date.end, f.number.qual_start)):
        # "Italy pressed Libya on Tuesday to free six fishermen ... after a Libyan coast guard vessel opened fire on
        # their trawler at the weekend, killing a Tunisian deckhand": the day of what followed, not of the deaths
        date = common.nearest_date(doc, i, f.number.start, after.end(), c_end)
    if date and date.start > f.number.end and _REPORT_DATE.search(doc.text, max(doc.sentences[i].start, date.start - 60), date.start):
        date = None  # '"... two were taken to hospital," a spokesman told reporters on Wednesday': when it was said
    fields = {"source_id": source_id, "side_state": side, "population": population, "outcome": outcome,
              "count": f.number.value, "count_qualifier": f.number.qualifier,
              "subgroup": f.subgroup if parent else None,
              "parent_figure_id": figure_id(parent.fields, source_id) if parent else None,
              "claimant": claimant, "certainty": certainty}
    fields.update(common.date_fields(date))
    lo, hi = min(f.number.qual_start, f.head_start), max(f.end, f.head_end)
    for span in (side_span, attr_span, (date.start, date.end) if date else None):
        if span:
            lo, hi = min(lo, span[0]), max(hi, span[1])
    supports = ["population", "outcome", "count", "count_qualifier", "certainty"]
    supports += [k for k in ("side_state", "subgroup", "claimant") if fields[k]]
    if date:
        supports += ["date_start", "date_end"]
    confidence = 0.8 if side else 0.65
    hit = Hit("casualty_figures", fields, i, lo, hi, supports, "casualty-breakdown" if parent else "casualty", confidence)
    hit.new_people = bool(_NEW_PEOPLE.search(doc.text, f.number.start, max(f.head_end, f.number.end)))
    hit.person = _person(doc, f)
    hit.claimant_state = claimant_state
    hit.count_at = f.number.start
    return hit


# "another", "two more", "a second": people added to those counted before; not "others", which contrasts with the
# figure beside it ("one killed and two others injured") and may restate an earlier one
_NEW_PEOPLE = re.compile(rf"(?i)\b(?:another|more|further|additional|{_ORDINAL})\b")
_A_ONE = re.compile(r"(?i)an?\s")


def _person(doc: Document, f: _Figure) -> str | None:
    """Who a figure of one counts, when the text tells people apart: a name ("Kallio, 29, was killed"), or the noun
    of a new referent ("a farmer", "a shepherd"). Not "one soldier", which a later "one officer" may restate."""
    if f.number.value != 1:
        return None
    head = doc.text[f.head_start:f.head_end]
    if f.head_start == f.number.start and head[:1].isupper():  # a named person
        return head
    if _A_ONE.match(doc.text, f.number.start, f.number.end + 1) and head.lower() not in _GENERIC_HEADS:
        return head.lower()
    return None


# A sentence with its own, other speaker or a toll of both sides borrows no speaker from the sentence before.
_OTHER_VOICE = re.compile(r"(?i)\b(?:analysts?|experts?|observers?|witnesses|residents|sources|media|reports?|monitors?|"
                          r"combined|overall|in\s+all|in\s+total|both\s+sides|each\s+side)\b")

# "The Royal Gibraltar Police said one of its officers ...": a named speaker of its own, if of no known state
_OWN_SPEAKER = re.compile(r"(?:The\s+)?(?:[A-Z][\w’'-]+\s+){1,5}(?:said|says|reported|announced|stated|told)\b")


# People who died crossing or at sea are civilians to the coders, though "people" names no population: "At least 27
# people drowned when the overloaded wooden boat overturned", "a van packed with migrants overturned ..., killing five
# people" (not "two smugglers", people of no state's; nor what "a migrant aid group" says)
_CROSSING = re.compile(r"(?i)\b(?:migrants?|asylum[- ]seekers?|refugees|capsized|sank|drowned|shipwreck)\b"
                       r"(?!\s+(?:aid|rights|support|charity|charities|groups?|organi[sz]ations?)\b)")


# "two men were shot dead" are civilians to the coders; "two of its men", "lost three men" are a force's own, and
# "two armed men", "three men identified by the police as members of a car-theft ring" no one's
_MEN = frozenset("men man males male".split())
_LOST = re.compile(r"(?i)\b(?:lost|losing)\s+[“\"]?$")
_OWN = re.compile(r"(?i)\s+of\s+(?:its|our|his|their|her)\b")
_NO_ONES = re.compile(r"\s+(?:identified|described|named|suspected)\b[^,.;]{0,60}?\bas\b")


def _men(doc: Document, f: _Figure) -> str | None:
    """The population of men counted as such, or None for another noun."""
    text = doc.text
    if text[f.head_start:f.head_end].lower() not in _MEN:
        return None
    if _LOST.search(text, max(0, f.number.qual_start - 10), f.number.qual_start) or _OWN.match(text, f.number.end):
        return POPULATION.military
    if _armed_men(text[f.number.end:f.head_start], text[f.head_start:f.head_end].lower()) \
            or _NO_ONES.match(text, f.head_end):
        return POPULATION.unspecified
    return POPULATION.civilian


def _borrowed_claimant(doc: Document, i: int) -> tuple[str, str] | None:
    """The speaker sentence i borrows from the one before, when it names no state and no voice of its own; found
    once per sentence, not once per figure."""
    cache = doc.memo.setdefault("borrowed", {})
    if i not in cache:
        s = doc.sentences[i]
        # ("Two fishermen were reportedly killed": hearsay of no one named, not the ministry named before)
        cache[i] = None if any(m.state for m in doc.mentions[i]) or _OTHER_VOICE.search(s.text) \
            or _OWN_SPEAKER.match(s.text) or attribution.HEDGE_RE.search(s.text) else _context_claimant(doc, i)
    return cache[i]


# A bulletin's source, told after its figure: "A Honduran soldier was killed ... That is according to the Armed Forces
# of Honduras."
_SOURCED_AFTER = re.compile(r"(?:That|This)(?:['’]s|\s+is|\s+was)\s+according\s+to\b")


def _sourced_after(doc: Document, i: int) -> tuple[str, str] | None:
    """The speaker of the next sentence of the paragraph, when it opens by naming the source of this one."""
    j = i + 1
    if j == len(doc.sentences) or doc.sentences[j].paragraph != doc.sentences[i].paragraph \
            or not _SOURCED_AFTER.match(doc.sentences[j].text):
        return None
    _, claimant, _ = attribute(doc, j)
    state = _claimant_state(doc, j, claimant)
    return (claimant, state) if claimant else None


def _context_claimant(doc: Document, i: int) -> tuple[str, str] | None:
    """The speaker of the sentence just before, in the same paragraph, when it names a state's body or official."""
    j = i - 1
    if j < 0 or doc.sentences[j].paragraph != doc.sentences[i].paragraph:
        return None
    _, claimant, _ = attribute(doc, j)
    state = _claimant_state(doc, j, claimant)
    return (claimant, state) if state else None


def _claimant_state(doc: Document, i: int, claimant: str | None) -> str | None:
    """The state a claimant speaks for: itself if it is a state, else the state its mention in sentence i has."""
    if not claimant:
        return None
    return claimant if lexicon.states().get(claimant) else _state_of(doc, i, claimant)


# "The SSPDF spokesman, Maj. Gen. Lul Ruai Koang, said": a person named in apposition to a body's office
# "Tanzania's Kigoma regional police commander, Assistant Commissioner X": the office may take a few words of its own
_APPOSED = re.compile(r"(?:['’]s)?\s+(?:(?:(?!(?:and|or|said|says|told|with|by|to|from|that|who|which)\b)[\w-]+\s+){0,4}?"
                      r"(?:[\w-]+,\s+)?)?$")


def _state_of(doc: Document, i: int, actor_id: str | None) -> str | None:
    if actor_id is None:
        return None
    found = next((m.state for m in doc.mentions[i] if m.actor_id == actor_id and m.state), None)
    if found is None:  # the person's state is the body whose spokesman he is
        person = next((m for m in doc.mentions[i] if m.actor_id == actor_id and m.kind == "person"), None)
        body = person and next((m for m in reversed(doc.mentions[i]) if m.end <= person.start), None)
        if body and body.state and body.kind in STATE_KINDS and \
                _APPOSED.fullmatch(doc.text, body.end, person.start):
            return body.state
    if found is None and not any(m.actor_id == actor_id for m in doc.mentions[i]) \
            and (person := doc.table.persons.get(actor_id)):
        # "El Salvador's foreign minister, Alejandra Menjívar, put the toll higher. '...,' she told": a speaker told by
        # a pronoun speaks for the state the text gave her
        found = person.state
    prefix = actor_id[:3].upper()
    if found is None and actor_id[3:4] == "-" and prefix in lexicon.states():
        return prefix  # a body of a state ("pol-defence-ministry"), also one known by office alone
    return found


# A figure that points back at an event told before: "wounded in the same incident", "killed in that exchange",
# "As a result, two crew members were killed"
_SAME_EVENT = re.compile(
    r"(?i)\b(?:in|during|from|by)\s+(?:the\s+same|that|this|the)\s+(?:[\w-]+\s+)?(?:incident|exchanges?|clash(?:es)?|"
    r"attack|shooting|ambush|accident|fighting|raid|strike|skirmish|firefight|engagement|burst\s+of\s+fire|"
    r"confrontation|operation|blast|explosion|shelling|violence)\b|\bAs\s+a\s+result\b")


def date_from_context(doc: Document, h: Hit) -> None:
    """Date a figure its own clause left undated (after the merge, so that no borrowed date tells two records of
    one figure apart), as the coders do: from the nearest date of its sentence ("Dakar says six of its fishermen
    died that night, and Managua says one of its sailors was killed"), else from the closest sentence before that
    has one, in its paragraph ("On Friday, 4 September, the patrol vessel came under fire. Two of our personnel
    were killed"), or across paragraphs when it points back at the event ("in the same incident"). A date of saying
    ("said on Tuesday") dates the report, not the deaths; of a sentence's dates the earliest is the event's ("killed
    on Sunday ... agreed on Monday to hold fire")."""
    i = h.sentence
    s = doc.sentences[i]
    # the dates of the figure's own clause were read by `_hit` (a figure of the classifier's, read as a sentence, has
    # no clause: all of its sentence's dates are still to read)
    c_start, c_end = doc.clause_bounds(i, h.count_at) if h.count_at is not None else (s.start, s.start)
    back = _SAME_EVENT.search(doc.text, s.start, s.end) is not None
    common.take_story_date(doc, h, across=back, keep=lambda d: not c_start <= d.start < c_end)
    if h.fields.get("date_start") is None and (day := common.live_day(doc)):
        h.fields.update(common.date_fields(day))  # a live entry's figure is of the page's day, as its hour says
