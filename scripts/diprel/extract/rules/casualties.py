"""Casualty figures: a number of people killed, injured or made casualties.

A figure is a count with a people noun and an outcome ("at least 31 civilians
were killed", "killing 12 soldiers", "40 civilian and 113 military
casualties", "26 deaths", "put the death toll at 1,054", "seventy-eight were
injured" after a figure of the same people). Equipment ("six jets"),
durations ("87 hours"), displaced or captured people, repatriated bodies,
vague amounts ("dozens") and hypothetical tolls ("could have died") are not
figures. A range ("between 35 and 40") is coded as at least its lower end.

A breakdown after a figure ("among them 7 women and 15 children") gives
sub-rows pointing at the main figure, never summed; a share that is not a
subgroup ("including 417 civilians") is a figure of its own. The side is the
state the text ties the people to: a demonym in the noun phrase ("Pakistani
civilians"), "on the Pakistani side", "in Pakistan", the target of the other
side's strikes ("Indian strikes killed ..."), or else the claimant's own state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from ..attribution import attribute
from ..candidates import Hit
from ..document import Document
from ..numbers import Number
from ..records import figure_id
from . import common

# people noun -> (population, subgroup it names in a breakdown)
PEOPLE = {
    **dict.fromkeys("people persons person individuals lives bodies".split(), ("unspecified", None)),
    **dict.fromkeys("terrorists militants insurgents assailants attackers gunmen jihadists rebels bandits".split(),
                    ("unspecified", None)),
    "others": (None, None),  # "and injured 14 others": the people of the figure before
    **dict.fromkeys("civilians civilian residents villagers pilgrims tourists citizens nationals worshippers "
                    "fishermen crew passengers farmers students workers migrants journalists".split(), ("civilian", None)),
    **dict.fromkeys("troops servicemen personnel jawans policemen police sailors airmen fighters guardsmen guards "
                    "conscripts recruits marines peacekeepers commandos paratroopers".split(), ("military", None)),
    "soldiers": ("military", "soldiers"), "soldier": ("military", "soldiers"),
    "officers": ("military", "officers"), "officer": ("military", "officers"),
    "children": ("civilian", "children"), "child": ("civilian", "children"),
    **dict.fromkeys("girls boys babies infants minors".split(), ("civilian", "children")),
    "women": ("civilian", "women"), "woman": ("civilian", "women"), "men": ("unspecified", "men"),
    "elderly": ("civilian", "elderly"), "foreigners": ("civilian", "foreigners"),
}
OUTCOME_NOUNS = {
    "casualties": "casualties", "deaths": "killed", "dead": "killed", "fatalities": "killed", "killed": "killed",
    "martyred": "killed", "martyrs": "killed", "injured": "injured", "wounded": "injured", "injuries": "injured",
    "hurt": "injured",
}
_MODIFIERS = {"civilian": "civilian", "military": "military", "security": "military", "army": "military",
              "armed": "military", "defence": "military", "defense": "military", "paramilitary": "military",
              "police": "military"}
_HEADS = "|".join(sorted([*PEOPLE, *OUTCOME_NOUNS], key=len, reverse=True))
_PHRASE = re.compile(
    rf"\s+(?P<mods>(?:(?:[A-Z][\w’'-]+|civilian|military|security|army|armed|forces|defen[cs]e|paramilitary|police|"
    rf"innocent|other|more|additional|unarmed|local|border|foreign|young|elderly|and\s+affiliated|affiliated|"
    rf"high-value|crew|of\s+(?:its|their|our|the|them))\s+){{0,4}})(?P<head>{_HEADS}|members?)\b(?P<force>\s+of\s+(?:the|its|their)\s+[\w’'\s-]{{0,30}}?(?i:forces|army|military|navy|police|gendarmerie|guard))?")
_SHARED = re.compile(r"\s+(?P<mods>(?:civilian|military|security|army)\s+)?and\s+(?=[\w,]+)")
_KILLED = (r"killed|dead|died|martyred|lost\s+(?:their|his|her)\s+lives?|laid\s+down\s+(?:their|his|her)\s+lives?|"
           r"embraced\s+(?:shahadat|martyrdom)|perished|slain|shot\s+dead|succumbed|eliminated|neutrali[sz]ed")
_INJURED = r"injured|wounded|hurt|sustained\s+(?:\w+\s+)?injuries"
_OUTCOME_AFTER = re.compile(
    rf"(?i)(?:\s*[,—–(]\s*(?:among\s+(?:them|whom)|including|of\s+whom)[^,;)—–]{{0,80}}[,)—–])?"
    rf"\s+(?:(?:who|that)\s+)?(?:(?:were|was|are|is|have|has|had|been|being|also|reportedly|allegedly|"
    rf"all|since|later)\s+)*(?:\w+ly\s+)?(?P<v>{_KILLED}|{_INJURED})\b")
_OUTCOME_BEFORE = re.compile(
    r"(?i)\b(?P<v>killed|killing|kills|martyred|injured|injuring|wounded|wounding|left|leaving|claimed|claiming|"
    r"death\s+toll\s+(?:rose|climbed|stood|reached|rising)(?:\s+(?:to|at))?|toll\s+(?:rose|climbed|stood|reached)(?:\s+(?:to|at))?)"
    r"\s+(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|as many as|another|an estimated|approximately)\s+)?$")
_TOLL_BEFORE = re.compile(r"(?i)\b(?:death\s+)?toll\b[^.;:]{0,40}?\b(?:at|to|of|reached)\s+$")
_LEFT_DEAD = re.compile(r"(?i)\s+(?P<v>dead|injured|wounded)\b")
_BREAKDOWN = re.compile(r"(?i)(?:including|among\s+(?:them|whom|the\s+dead|those\s+killed)|of\s+whom|of\s+them)\W*$")
_ATTACKER = re.compile(r"(?i)\s*(?:(?:air|missile|drone|military|artillery|coast\s+guard)\s*)?(?:strikes?|shelling|fire|firing|"
                       r"attacks?|missiles?|drones?|bombing|raids?|artillery|retaliation|aggression|offensive)\b")
_HYPOTHETICAL = re.compile(r"(?i)\b(?:could|would|might|may)\s+(?:have\s+)?(?:been\s+)?$|\b(?:risk|threaten\w*|feared|fear)\b")
_NOT_CASUALTY = re.compile(r"(?i)^\s*(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:displaced|evacuated|arrested|detained|"
                           r"captured|missing|held|exchanged|released|rescued|freed)\b")
_BODIES = re.compile(r"(?i)\b(?:bodies|remains)\s+of\s+$")
_NON_STATE = frozenset("terrorists militants insurgents assailants attackers gunmen jihadists rebels bandits".split())
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom)\b")
_SUB_NOUN = re.compile(rf"\s+(?:(?:was|were|being)\s+)?(?:an?\s+)?(?P<head>{'|'.join(sorted((k for k in PEOPLE if k != 'others'), key=len, reverse=True))})\b")
_PARTITIVE = re.compile(r"(?i)\bof\s+(?:the|its|their)\s+[^.;]{0,80},\s*(?:[a-z]+\s+){0,3}$")
_PEOPLE_NP = re.compile(rf"(?:[A-Z][\w’'-]+\s+)?(?P<head>{'|'.join(sorted((k for k in PEOPLE if k != 'others'), key=len, reverse=True))})\b")
_VERB_OUTCOME = {"killing": "killed", "kills": "killed", "claimed": "killed", "claiming": "killed",
                 "injuring": "injured", "wounding": "injured"}


@dataclass
class _Figure:
    number: Number
    head_start: int
    head_end: int
    population: str | None
    subgroup: str | None
    outcome: str | None
    side: str | None
    end: int


def _outcome_word(v: str) -> str:
    v = v.lower()
    if v in _VERB_OUTCOME:
        return _VERB_OUTCOME[v]
    if re.match(_INJURED, v):
        return "injured"
    return "killed"


def _parse(doc: Document, i: int, n: Number) -> _Figure | None:
    """The noun phrase and outcome after a number ("31 civilians were killed"), if it counts people."""
    text, s = doc.text, doc.sentences[i]
    m = _PHRASE.match(text, n.end, s.end)
    people = _people_noun(doc, i, n.end)
    if m and m.group("head").startswith("member") and not (re.search(r"crew\s+$", m.group("mods")) or m.group("force")):
        m = None  # "members of parliament" count nobody; crew members and members of an army do
    if not m and not people:
        return _bare(doc, i, n)
    if people and (not m or people.end >= m.end()):
        head_start, head_end, population, subgroup, mods = people.start, people.end, "unspecified", None, ""
        outcome = None
    else:
        head = m.group("head")
        head_start, head_end, mods = m.start("head"), m.end(), m.group("mods")
        population, subgroup = PEOPLE.get(head, ("unspecified", None)) if not head.startswith("member") else \
            ("military" if m.group("force") else "civilian", None)
        outcome = OUTCOME_NOUNS.get(head)
        if head in OUTCOME_NOUNS and head not in PEOPLE and not mods.strip():
            population = None  # "seven guards were killed and 20 injured": the same people as before
        for word, pop in _MODIFIERS.items():
            if re.search(rf"(?i)\b{word}\b", mods):
                population = pop
    end = head_end
    if outcome is None or outcome in ("killed", "injured") and head_end == n.end:
        after = _OUTCOME_AFTER.match(text, head_end, s.end)
        before = _OUTCOME_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start])
        left = _LEFT_DEAD.match(text, head_end, s.end)
        if after:
            outcome, end = _outcome_word(after.group("v")), after.end()
        elif before and before.group("v").lower() in ("left", "leaving"):
            outcome = _outcome_word(left.group("v")) if left else None
        elif before:
            outcome = "killed" if "toll" in before.group("v").lower() else _outcome_word(before.group("v"))
    side = people.state if people else _side_in(doc, i, n.end, head_end if m.group("force") else head_start)
    if not people and m.group("head") in _NON_STATE:
        side = None  # militants belong to no state side
    return _Figure(n, head_start, head_end, population, subgroup, outcome, side, end)


def _people_noun(doc: Document, i: int, pos: int):
    """A plural demonym right after the number ("thirteen Cambodians")."""
    for x in doc.mentions[i]:
        if x.kind in ("people", "audience") and x.start > pos and not doc.text[pos:x.start].strip():
            return x
    return None


def _bare(doc: Document, i: int, n: Number) -> _Figure | None:
    """A number with no noun: "seventy-eight were injured", "and injured two", "put the death toll at 1,054"."""
    text, s = doc.text, doc.sentences[i]
    of_them = _OF_THEM.match(text, n.end, s.end)
    sub = of_them and _SUB_NOUN.match(text, of_them.end(), s.end)
    if sub:  # "14 people were killed, one of them a child": a share of the figure before
        population, subgroup = PEOPLE[sub.group("head").lower()]
        return _Figure(n, sub.start("head"), sub.end(), population, subgroup, None, None, sub.end())
    verb_at = of_them.end() if of_them else n.end
    after = _OUTCOME_AFTER.match(text, verb_at, s.end)
    before = _OUTCOME_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start])
    if after and re.match(r"\s+(?:were|was|had|have|are)\b|\s+(?:killed|injured|wounded|dead)\b|\s+lost\b",
                          text[verb_at:after.end()]):
        population, side = None, None
        if of_them or _PARTITIVE.search(text, s.start, n.qual_start):  # "Of the 5,000 Ecuadorian troops ..., 80 were"
            population, side = _antecedent(doc, i, n.qual_start)
        return _Figure(n, n.end, n.end, population, None, _outcome_word(after.group("v")), side, after.end())
    if before and before.group("v").lower() not in ("left", "leaving", "claimed", "claiming"):
        outcome = "killed" if "toll" in before.group("v").lower() else _outcome_word(before.group("v"))
        return _Figure(n, n.end, n.end, None, None, outcome, None, n.end)
    if _TOLL_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start]):
        return _Figure(n, n.end, n.end, "unspecified", None, "killed", _side_in(doc, i, n.qual_start - 40, n.qual_start), n.end)
    return None


def _antecedent(doc: Document, i: int, pos: int) -> tuple[str | None, str | None]:
    """Population and side of the last people noun before pos, in this sentence or the one before."""
    lo = doc.sentences[i - 1].start if i else doc.sentences[i].start
    found = None
    for found in _PEOPLE_NP.finditer(doc.text, lo, pos):
        pass
    if found is None:
        return None, None
    j = i if found.start() >= doc.sentences[i].start else i - 1
    return PEOPLE[found.group("head")][0], _side_in(doc, j, found.start(), found.end())


def _side_in(doc: Document, i: int, lo: int, hi: int) -> str | None:
    """A state form inside the figure's noun phrase ("Pakistani civilians", "toll in Iran")."""
    for x in doc.mentions[i]:
        if lo <= x.start < hi and x.state and x.kind in ("modifier", "state", "body", "place"):
            return x.state
    return None


_SINGULAR = re.compile(
    r"(?<![\w-])(?P<a>[Aa]n?)\s+(?:[A-Z][\w’'-]+\s+)?(?:[a-z-]+\s+)?(?:soldier|civilian|child|woman|man|officer|policeman|"
    r"serviceman|guard|villager|farmer|fisherman|person|pilgrim|trooper|peacekeeper|sailor|pilot|boy|girl|infant|"
    r"resident|student|worker)\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|shot\s+dead|"
    r"martyred|hurt)\b")


def _singulars(doc: Document, i: int) -> list[Number]:
    """ "A Thai soldier was killed": a count of one."""
    s = doc.sentences[i]
    return [Number(1, "exact", m.start("a"), m.end("a"), m.start("a")) for m in _SINGULAR.finditer(doc.text, s.start, s.end)]


def _ranges(doc: Document, i: int, nums: list[Number]) -> list[Number]:
    """ "Between 35 and 40", "35 to 40", "35–40": at least the lower end, one number."""
    out, skip = [], set()
    for k, n in enumerate(nums):
        if k in skip:
            continue
        nxt = nums[k + 1] if k + 1 < len(nums) else None
        gap = doc.text[n.end:nxt.qual_start] if nxt else ""
        if nxt and re.fullmatch(r"\s*(?:[-–—]|to|and)\s*", gap) and nxt.value > n.value and (
                gap.strip() in "-–—to" or re.search(r"(?i)\bbetween\s+$", doc.text[max(0, n.qual_start - 9):n.qual_start])):
            start = n.qual_start - 8 if doc.text[n.qual_start - 8:n.qual_start].lower().strip() == "between" else n.qual_start
            out.append(Number(n.value, "at_least", n.start, nxt.end, start))
            skip.add(k + 1)
        else:
            out.append(n)
    return out


def extract(doc: Document, source_id: str | None) -> list[Hit]:
    hits: list[Hit] = []
    for i, s in enumerate(doc.sentences):
        if not _ANY_OUTCOME.search(s.text):
            continue  # every figure needs an outcome word in its own sentence
        dates = doc.dates(i)
        nums = [n for n in doc.numbers(i) if not any(d.start <= n.start < d.end for d in dates)]
        nums = _ranges(doc, i, sorted(nums + _singulars(doc, i), key=lambda n: n.start))
        figures = [_parse(doc, i, n) for n in nums]
        _share(doc, nums, figures)
        hits.extend(_figures_of_sentence(doc, i, figures, source_id, _among_parent(doc, i, hits)))
    return _without_vague_repeats(hits)


_ANY_OUTCOME = re.compile(r"(?i)kill|dead|death|die[ds]?\b|martyr|injur|wound|hurt|casualt|fatalit|toll|li(?:fe|ves)|"
                          r"slain|perish|succumb|shot|eliminat|neutrali|shahadat")
_AMONG_START = re.compile(r"(?i)among\s+(?:the|those)\s+(?P<who>(?:[\w-]+\s+){1,3}?)(?:was|were)\s")


def _among_parent(doc: Document, i: int, hits: list[Hit]) -> Hit | None:
    """ "Among the martyred personnel was one officer": a share of the latest figure of those people."""
    among = _AMONG_START.match(doc.text, doc.sentences[i].start, doc.sentences[i].end)
    if not among:
        return None
    who = among.group("who").lower()
    outcome = "injured" if re.search(r"injur|wound|hurt", who) else "killed"
    population = ("military" if re.search(r"personnel|soldiers|troops|servicemen|military|officers", who)
                  else "civilian" if "civilian" in who else None)
    return next((h for h in reversed(hits) if not h.fields["subgroup"] and h.fields["outcome"] == outcome
                 and population in (None, h.fields["population"])), None)


def _without_vague_repeats(hits: list[Hit]) -> list[Hit]:
    """A headline's "3 killed" is the body's "at least three Thai civilians were killed": keep the specific one."""
    placed = {(h.fields["count"], h.fields["outcome"]) for h in hits if h.fields["side_state"] and not h.fields["subgroup"]}
    return [h for h in hits if h.fields["side_state"] or h.fields["population"] != "unspecified" or h.fields["subgroup"]
            or (h.fields["count"], h.fields["outcome"]) not in placed]


def _share(doc: Document, nums: list[Number], figures: list) -> None:
    """Coordinated figures share what only one of them states."""
    for k in range(len(nums) - 2, -1, -1):  # "40 civilian and 113 military casualties"
        if figures[k] is None and figures[k + 1] is not None:
            m = _SHARED.match(doc.text, nums[k].end, nums[k + 1].qual_start + 1)
            if m and m.end() == nums[k + 1].qual_start:
                nxt = figures[k + 1]
                mods = (m.group("mods") or "").strip()
                figures[k] = _Figure(nums[k], nxt.head_start, nxt.head_end, _MODIFIERS.get(mods, nxt.population),
                                     nxt.subgroup, nxt.outcome, nxt.side, nxt.end)
    for k in range(len(nums) - 2, -1, -1):  # "14 civilians and 15 soldiers had been killed"
        f, nxt = figures[k], figures[k + 1]
        if f and nxt and f.outcome is None and nxt.outcome and re.fullmatch(
                r"\s*(?:,|and|,\s*and)\s*", doc.text[f.head_end:nxt.number.qual_start]):
            f.outcome, f.end = nxt.outcome, nxt.end
            f.side = f.side or nxt.side


def _figures_of_sentence(doc: Document, i: int, figures: list, source_id: str | None,
                         parent: Hit | None = None) -> list[Hit]:
    hits, main, main_fig, last_row = [], parent, None, None
    for f in figures:
        if f is None:
            continue
        lead_from = last_row if last_row is not None else (main_fig.head_end if main_fig else f.number.qual_start)
        lead = doc.text[lead_from:f.number.qual_start]
        in_breakdown = bool(main is parent and parent) or bool(main and main_fig and (_BREAKDOWN.search(lead.strip(" —–-,(:")) or re.fullmatch(r"\s*[—–(:]\s*", lead) or
                                      _OF_THEM.match(doc.text, f.number.end) and
                                      re.fullmatch(r"[\s,—–(:]*", doc.text[max(main_fig.end, lead_from):f.number.qual_start]) or
                                      (last_row is not None and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", lead))))
        if f.outcome is None and (in_breakdown or (main and f.population is None)):
            f.outcome = main.fields["outcome"]
        if f.population is None:  # "and seventy-eight were injured": the same people as before
            f.population = main.fields["population"] if main else "unspecified"
            f.side = f.side or (main.fields["side_state"] if main else None)
        if f.outcome is None or _excluded(doc, i, f):
            last_row = None
            continue
        row = in_breakdown and f.subgroup is not None
        hit = _hit(doc, i, f, main if row else None, source_id, inherit=main if in_breakdown else None)
        hits.append(hit)
        last_row = f.end if in_breakdown else None
        if not in_breakdown:
            main, main_fig = hit, f
    return hits


_NEGATED = re.compile(r"(?i)\bno\s+$")  # "no one was hurt" counts nobody


def _excluded(doc: Document, i: int, f: _Figure) -> bool:
    s = doc.sentences[i]
    before = doc.text[max(s.start, f.number.qual_start - 40):f.number.qual_start]
    return bool(_NEGATED.search(before) or _HYPOTHETICAL.search(before) or _HYPOTHETICAL.search(doc.text, f.number.qual_start, f.end)
                or _NOT_CASUALTY.match(doc.text, f.head_end, s.end) or _BODIES.search(before))


def _side(doc: Document, i: int, f: _Figure, claimant_state: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """The side whose people the figure counts, and the span that says so."""
    if f.side:
        return f.side, None
    head = doc.text[f.head_start:f.head_end].split()
    if head and head[0] in _NON_STATE:
        return None, None
    s = doc.sentences[i]
    _, c_end = doc.clause_bounds(i, f.number.start)
    for x in doc.mentions[i]:
        if x.start >= f.end and x.start < min(s.end, c_end + 40) and x.state:
            gap = doc.text[f.end:x.start]
            if re.match(r"\s+side\b", doc.text[x.end:x.end + 6]) and re.search(r"(?i)\bon\s+(?:the\s+)?$", gap):
                return x.state, (x.start, x.end + 5)
            if x.kind == "place" and re.search(r"(?i)\b(?:in|across)\s+(?:the\s+)?$", gap) and len(gap) < 40:
                return x.state, (x.start, x.end)
    if re.search(r"(?i)\b(?:its|our)\s+(?:own\s+)?$", doc.text[max(s.start, f.number.qual_start - 20):f.number.qual_start]) \
            or re.search(r"^\s+(?:\w+\s+)?of\s+(?:its|our)\b", doc.text[f.number.end:f.head_end]) \
            or re.match(r"\s+of\s+(?:its|our)\b", doc.text[f.number.end:f.number.end + 10]):
        return claimant_state, None
    attacker = next((x for x in doc.mentions[i] if x.kind == "modifier" and _ATTACKER.match(doc.text, x.end)), None)
    if attacker:  # "Indian strikes killed 31 people": the other side's people
        pair = doc.conflict_pair
        if pair and attacker.state in pair:
            return (pair[1] if attacker.state == pair[0] else pair[0]), (attacker.start, attacker.end)
        target = claimant_state if claimant_state != attacker.state else None
        target = target or doc.home_state(exclude=attacker.state)
        if target:
            return target, (attacker.start, attacker.end)
    places = [x for x in doc.mentions[i] if x.kind == "place" and x.state and not (x.actor_id or "").islower()]
    if len({x.state for x in places}) == 1:
        return places[0].state, (places[0].start, places[0].end)
    return claimant_state, None


def _hit(doc: Document, i: int, f: _Figure, parent: Hit | None, source_id: str | None, *, inherit: Hit | None) -> Hit:
    certainty, claimant, attr_span = attribute(doc, i, f.number.qual_start)
    claimant_state = lexicon.states().get(claimant) and claimant if claimant else None
    claimant_state = claimant_state or _state_of(doc, i, claimant)
    if claimant is None and not any(m.state for m in doc.mentions[i]) and not _OTHER_VOICE.search(doc.sentences[i].text):
        # "The Chadian army said in a communiqué ... Five soldiers were killed, the communiqué said."
        ctx = _context_claimant(doc, i)
        if ctx:
            claimant, claimant_state = ctx
            certainty = "attributed" if certainty == "asserted" else certainty
    if inherit:  # a share of the figure before it: same people, same outcome, same side
        side, side_span = inherit.fields["side_state"], None
        outcome = inherit.fields["outcome"]
        population = inherit.fields["population"] if parent else f.population
    else:
        side, side_span = _side(doc, i, f, claimant_state)
        population, outcome = f.population, f.outcome
    date = common.nearest_date(doc, i, f.number.start)
    fields = {"source_id": source_id, "side_state": side, "population": population, "outcome": outcome,
              "count": f.number.value, "count_qualifier": f.number.qualifier,
              "subgroup": f.subgroup if parent else None,
              "parent_figure_id": figure_id(parent.fields, source_id) if parent else None,
              "claimant": claimant, "certainty": certainty}
    fields.update(common.date_fields(date))
    lo, hi = f.number.qual_start, max(f.end, f.head_end)
    for span in (side_span, attr_span, (date.start, date.end) if date else None):
        if span:
            lo, hi = min(lo, span[0]), max(hi, span[1])
    supports = ["population", "outcome", "count", "count_qualifier", "certainty"]
    supports += [k for k in ("side_state", "subgroup", "claimant") if fields[k]]
    if date:
        supports += ["date_start", "date_end"]
    confidence = 0.8 if side else 0.65
    return Hit("casualty_figures", fields, i, lo, hi, supports, "casualty-breakdown" if parent else "casualty", confidence)


# A sentence with its own, other speaker or a toll of both sides borrows no speaker from the sentence before.
_OTHER_VOICE = re.compile(r"(?i)\b(?:analysts?|experts?|observers?|witnesses|residents|sources|media|reports?|monitors?|"
                          r"combined|overall|in\s+all|in\s+total|both\s+sides|each\s+side)\b")


def _context_claimant(doc: Document, i: int) -> tuple[str, str] | None:
    """The speaker of the sentence just before, in the same paragraph, when it names a state's body or official."""
    j = i - 1
    if j < 0 or doc.sentences[j].paragraph != doc.sentences[i].paragraph:
        return None
    _, claimant, _ = attribute(doc, j)
    state = claimant and (lexicon.states().get(claimant) and claimant or _state_of(doc, j, claimant))
    return (claimant, state) if state else None


def _state_of(doc: Document, i: int, actor_id: str | None) -> str | None:
    if actor_id is None:
        return None
    return next((m.state for m in doc.mentions[i] if m.actor_id == actor_id and m.state), None)
