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
                    "fishermen crew passengers farmers students workers migrants journalists miners herders "
                    "shepherds traders drivers refugees refugee resident villager pilgrim tourist citizen national fisherman "
                    "farmer student worker miner herder shepherd trader driver journalist".split(), ("civilian", None)),
    **dict.fromkeys("smugglers smuggler".split(), ("unspecified", None)),
    **dict.fromkeys("troops servicemen personnel jawans policemen police sailors airmen fighters guardsmen guards "
                    "conscripts recruits marines peacekeepers commandos paratroopers serviceman policeman sailor "
                    "airman guardsman guard conscript marine peacekeeper commando trooper sergeant corporal "
                    "gendarmes gendarme agents agent fighter rangers ranger militiamen militiaman".split(), ("military", None)),
    "soldiers": ("military", "soldiers"), "soldier": ("military", "soldiers"),
    "officers": ("military", "officers"), "officer": ("military", "officers"),
    **dict.fromkeys("lieutenant lieutenants captain captains colonel colonels".split(), ("military", "officers")),
    "children": ("civilian", "children"), "child": ("civilian", "children"),
    **dict.fromkeys("girls boys babies infants minors girl boy baby infant minor teenager teenagers".split(), ("civilian", "children")),
    "women": ("civilian", "women"), "woman": ("civilian", "women"), "men": ("unspecified", "men"),
    "man": ("unspecified", "men"),
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
_PEOPLE_HEADS = "|".join(sorted(PEOPLE, key=len, reverse=True))
_PERSON_HEADS = "|".join(sorted((k for k in PEOPLE if k != "others"), key=len, reverse=True))  # nouns of their own
_PHRASE = re.compile(
    rf"[”\"]?\s+(?P<mods>(?:(?:[A-Z][\w’'-]+|civilian|military|security|army|armed|forces|defen[cs]e|paramilitary|police|"
    rf"innocent|other|more|additional|unarmed|local|border|foreign|young|elderly|and\s+affiliated|affiliated|"
    rf"high-value|crew|of\s+(?:its|their|our|the|them))\s+){{0,4}}(?:(?!(?:{_HEADS}|of|and|or|were|was|had|have|are|is)\b)[a-z][a-z-]+\s+(?=(?:{_PEOPLE_HEADS})\b))?)(?P<head>{_HEADS}|members?)\b(?P<force>\s+of\s+(?:the|its|their)\s+[\w’'\s-]{{0,30}}(?i:forces|army|military|navy|police|gendarmerie|guards?)\b)?")
_SHARED = re.compile(r"\s+(?P<mods>(?:civilian|military|security|army)\s+)?and\s+(?=[\w,]+)")
_KILLED = (r"killed|dead|died|martyred|drowned|lost\s+(?:their|his|her)\s+li(?:fe|ves)|laid\s+down\s+(?:their|his|her)\s+li(?:fe|ves)|"
           r"fell\s+(?:with\s+honou?r|on\s+the\s+field\s+of\s+honou?r|in\s+(?:battle|combat|action|the\s+line\s+of\s+duty))|"
           r"embraced\s+(?:shahadat|martyrdom)|perished|slain|shot\s+dead|succumbed|eliminated|neutrali[sz]ed")
# "was treated for minor injuries", "was shot and seriously wounded"
_INJURED = (r"injured|wounded|hurt|(?:sustained|received|suffered|treated\s+for)\s+(?:\w+\s+)?(?:injuries|wounds)|"
            r"shot\s+and\s+(?:\w+ly\s+)?(?:wounded|injured)")
_OUTCOME_AFTER = re.compile(
    rf"(?i)(?:\s*[,—–(]\s*(?:among\s+(?:them|whom)|including|of\s+whom|(?:\w+\s+)?of\s+(?:them|whom))[^,;)—–]{{0,80}}[,)—–]"
    # "Two of our traders – both of them market women who ... – were shot dead"; "two citizens, a woman aged 64
    # and her grandson aged 9, were injured"; "the three men, all from the village of Skotiau, were killed"
    rf"|\s+[—–]\s[^—–;.]{{1,160}}?\s[—–]"
    rf"|,\s+(?:an?|both|all|most|mostly|aged|one|two|three|four|five|many|several|some)\s[^,;.]{{0,70}},)?"
    rf"(?:\s+(?:from|in|of|at|near)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?[A-Z][\w’'-]+(?=\s+(?:were|was|had|have|died)\b))?"
    rf"\s+(?:(?:who|that)\s+)?(?:(?:were|was|are|is|have|has|had|been|being|also|reportedly|allegedly|"
    rf"all|since|later)\s+)*(?:\w+ly\s+)?(?P<v>{_KILLED}|{_INJURED})\b")
_OUTCOME_BEFORE = re.compile(
    r"(?i)\b(?P<v>(?:claimed|claiming|took|taking|cost|costing)\s+the\s+lives\s+of|lost|losing|"
    r"(?:killing|deaths?|loss|wounding|injuring|martyrdom)\s+of(?:\s+the)?|"  # "resulted in the killing of four smugglers"
    r"killed|killing|kills|martyred|injured|injuring|wounded|wounding|left|leaving|claimed|claiming|"
    r"death\s+toll\s+(?:rose|climbed|stood|reached|rising)(?:\s+(?:to|at))?|toll\s+(?:rose|climbed|stood|reached)(?:\s+(?:to|at))?)"
    r"\s+(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|as many as|another|an estimated|approximately)\s+)?$")
_TOLL_BEFORE = re.compile(r"(?i)\b(?:death\s+)?toll\b[^.;:]{0,40}?\b(?:at|to|of|reached)\s+$")
# "put the losses of the Tajik border troops at four dead", "the number of our compatriots who died had risen to six"
_COUNT_OF = re.compile(
    r"(?i)\b(?:put|puts|putting|putt?ing|placed?|estimated?)\s+(?:the\s+|its\s+|their\s+)?(?:number|losses|toll|dead)\b"
    r"[^.;:!?]{0,60}?\bat\s+$"
    r"|\bthe\s+number\s+of\s+[^.;:!?]{0,50}?\b(?:dead|killed|deaths|died|injured|wounded|casualties)\b[^.;:!?]{0,30}?"
    r"\b(?:at|to|reached|stood\s+at|was|is)\s+$")
_LEFT_DEAD = re.compile(r"(?i)\s+(?P<v>dead|injured|wounded)\b")
_BREAKDOWN = re.compile(r"(?i)(?:including|among\s+(?:them|whom|the\s+dead|those\s+killed)|of\s+whom|of\s+them)\W*$")
_ATTACKER = re.compile(r"(?i)\s*(?:(?:air|missile|drone|military|artillery|coast\s+guard|mortar|rocket|tank|sniper|"
                       r"naval|gun|cross-border)\s*)?(?:strikes?|shelling|fire|firing|"

                       r"attacks?|missiles?|drones?|bombing|raids?|artillery|retaliation|aggression|offensive)\b")
_HYPOTHETICAL = re.compile(r"(?i)\b(?:could|would|might|may)\s+(?:have\s+)?(?:been\s+)?$|\b(?:risk|threaten\w*|feared|fear)\b")
_NOT_CASUALTY = re.compile(r"(?i)^\s*(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:displaced|evacuated|arrested|detained|"
                           r"captured|missing|held|exchanged|released|rescued|freed)\b")
_BODIES = re.compile(r"(?i)\b(?:bodies|remains)\s+of\s+$")
# "killed 63 smugglers and arrested 212 others": people taken, freed or moved are counted by another verb.
_OTHER_VERB_BEFORE = re.compile(
    r"(?i)\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|captur(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|rescu(?:ed|ing)|"
    r"evacuat(?:ed|ing)|displac(?:ed|ing)|deport(?:ed|ing)|expell(?:ed|ing)|apprehend(?:ed|ing)|(?:re)?patriat(?:ed|ing)|"
    r"releas(?:ed|ing)|freed|freeing|seiz(?:ed|ing)|intercept(?:ed|ing)|return(?:ed|ing))\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|some|another)\s+)?$")
_NON_STATE = frozenset("terrorists militants insurgents assailants attackers gunmen jihadists rebels bandits smugglers "
                       "smuggler".split())
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom)\b")
_TEAM = re.compile(r"\s+of\s+(?:the|its|their|our|a)\s+(?:[\w-]+\s+){0,2}?(?:force|forces|patrol|unit|squad|team|crew|"
                   r"battalion|company|mission|delegation)\b")
_SHARE_AT = re.compile(r"\s+(?:at|in|on|near|inside)\s+(?:the\s+)?[A-Z]")
_SUB_NOUN = re.compile(rf"\s+(?:(?:was|were|being)\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?P<head>{_PERSON_HEADS})\b")
_PARTITIVE = re.compile(r"(?i)\bof\s+(?:the|its|their)\s+[^.;]{0,80},\s*(?:[a-z]+\s+){0,3}$")
_PEOPLE_NP = re.compile(rf"(?:[A-Z][\w’'-]+\s+)?(?P<head>{_PERSON_HEADS})\b")
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
    v = re.sub(r"\s+", " ", v.lower())
    if v.endswith((" of", " of the")):  # "the killing of", "the wounding of"
        v = v.split()[0]
        return "injured" if v in ("wounding", "injuring") else "killed"
    if v in _VERB_OUTCOME:
        return _VERB_OUTCOME[v]
    if re.match(_INJURED, v):
        return "injured"
    return "killed"


def _parse(doc: Document, i: int, n: Number) -> _Figure | None:
    """The noun phrase and outcome after a number ("31 civilians were killed"), if it counts people."""
    text, s = doc.text, doc.sentences[i]
    wounded = _OF_THE_WOUNDED.match(text, n.end, s.end)
    if wounded:  # "One of the wounded soldiers succumbed to his injuries"
        head = wounded.group("head")
        return _Figure(n, n.end, wounded.end(), PEOPLE[head][0] if head else "unspecified", None, "killed", None,
                       wounded.end())
    m = _PHRASE.match(text, n.end, s.end)
    if (not m or m.group("head") not in PEOPLE) and (counted := _count_of(doc, i, n)):
        return counted
    share = _SHARE_OF.match(text, n.end, s.end)
    if share:  # "four of the 23 fishermen rounded up by the Ugandan officers were injured"
        population, subgroup = PEOPLE[share.group("head")]
        return _Figure(n, share.start("head"), share.end("head"), population, None, _outcome_word(share.group("v")),
                       _side_in(doc, i, share.start("head") - 30, share.end("head")), share.end())
    people = _people_noun(doc, i, n.end)
    team = m and m.group("head").startswith("member") and _TEAM.match(text, m.end(), s.end)
    if team:  # "two (2) members of the force", "four (4) members of the survey team"
        m, team_end = None, team.end()
    if m and m.group("head").startswith("member") and not (re.search(r"crew\s+$", m.group("mods")) or m.group("force")):
        m = None  # "members of parliament" count nobody; crew members and members of an army do
    if team:
        military = bool(re.search(r"(?i)forces?|patrol|unit|squad|army|police|guard|battalion|company", team.group()))
        after = _OUTCOME_AFTER.match(text, team_end, s.end)
        if after:
            return _Figure(n, n.end, team_end, "military" if military else "unspecified", None,
                           _outcome_word(after.group("v")), None, after.end())
        return None
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
    if not people and m.group("head") in OUTCOME_NOUNS and m.group("head") not in PEOPLE \
            and (after_people := _people_noun(doc, i, m.end())):  # "14 wounded Afghans", "three dead Syrians"
        side, head_end, end = after_people.state, after_people.end, max(end, after_people.end)
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
    if of_them and _SHARE_AT.match(text, of_them.end(), s.end):  # "17 ... died, nine of them at the Kamako crossing"
        return _Figure(n, n.end, of_them.end(), None, None, None, None, of_them.end())
    verb_at = of_them.end() if of_them else n.end
    after = _OUTCOME_AFTER.match(text, verb_at, s.end)
    before = _OUTCOME_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start])
    if after and re.match(r"\s+(?:were|was|had|have|are)\b|\s+(?:killed|injured|wounded|dead)\b|\s+lost\b",
                          text[verb_at:after.end()]):
        population, side = None, None
        if of_them or _PARTITIVE.search(text, s.start, n.qual_start):  # "Of the 5,000 Ecuadorian troops ..., 80 were"
            population, side = _antecedent(doc, i, n.qual_start)
        return _Figure(n, n.end, n.end, population, None, _outcome_word(after.group("v")), side, after.end())
    if before and before.group("v").lower() not in ("left", "leaving", "claimed", "claiming", "lost", "losing") \
            and not re.search(r"(?i)\bof(?:\s+the)?$", before.group("v")):
        outcome = "killed" if "toll" in before.group("v").lower() else _outcome_word(before.group("v"))
        return _Figure(n, n.end, n.end, None, None, outcome, None, n.end)
    return _count_of(doc, i, n) or _toll(doc, i, n)


def _count_of(doc: Document, i: int, n: Number) -> _Figure | None:
    """ "put the losses of the Tajik border troops at four dead", "the number of our compatriots who died had risen to six"."""
    text, s = doc.text, doc.sentences[i]
    count_of = _COUNT_OF.search(text, max(s.start, n.qual_start - 110), n.qual_start)
    if count_of:
        window = text[count_of.start():n.qual_start]
        outcome = "injured" if re.search(r"(?i)injur|wound", window) else "killed"
        people = _PEOPLE_NP.search(window)
        population = PEOPLE[people.group("head")][0] if people else "unspecified"
        if population is None or (people and people.group("head") in _NON_STATE):
            population = "unspecified"
        side = _side_in(doc, i, count_of.start(), n.qual_start)
        if side is None and re.search(r"(?i)\bour\b", window):
            side = doc.own_state()  # "our compatriots": the outlet's own state
        dead = _LEFT_DEAD.match(text, n.end, s.end)
        return _Figure(n, count_of.start(), n.end, population, None, outcome, side, dead.end() if dead else n.end)
    return None


def _toll(doc: Document, i: int, n: Number) -> _Figure | None:
    text, s = doc.text, doc.sentences[i]
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


# "A Thai soldier was killed", "an Indian fisherman lost his life", "A fifth fisherman reportedly died",
# "A Sri Lanka Navy sailor was injured": one person, the ordinal one more of a count given before.
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_SINGULAR = re.compile(
    rf"(?<![\w-])(?P<a>[Aa]n?(?:\s+(?P<ord>{_ORDINAL}))?|[Aa]nother)\s+(?:[A-Z][\w’'-]+\s+){{0,3}}(?:[a-z-]+\s+)?"
    r"(?:soldier|civilian|child|woman|man|officer|policeman|serviceman|guard|guardsman|villager|farmer|fisherman|person|"
    r"pilgrim|trooper|peacekeeper|sailor|pilot|boy|girl|infant|resident|student|worker|citizen|national|miner|herder|"
    r"gendarme|fighter|agent|migrant|trader|shepherd|driver|ranger)"
    rf"(?:\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|shot\s+dead|martyred|hurt|"
    rf"shot\s+and\s+(?:\w+ly\s+)?(?:wounded|injured)|treated\s+for\s+(?:\w+\s+)?(?:injuries|wounds))"
    r"|\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?(?:died|lost\s+(?:his|her)\s+life|succumbed|perished|drowned))\b")
# "First Sergeant Mahmoud Al-Zyoud was martyred": a named serviceman, a count of one.
_RANKED = re.compile(
    r"(?<![\w-])(?P<rank>(?:(?:First|Second|Staff|Master|Lance|Chief|Warrant)\s+)?(?:Private|Corporal|Sergeant|Lieutenant|"
    r"Captain|Colonel|Major|Commander|Officer|Constable|Inspector)|Sgt\.|Cpl\.|Pte\.|Lt\.|Capt\.|Col\.)"
    r"\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?P<v>killed|martyred|shot\s+dead|"
    r"injured|wounded)|(?P<d>died|succumbed|perished))\b")


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


def _ranked(doc: Document, i: int, nums: list[Number], figures: list) -> None:
    """ "First Sergeant Mahmoud Al-Zyoud was martyred": one serviceman, when the sentence gives no figure of its own."""
    if any(f and f.number.value == 1 and f.population == "military" for f in figures):
        return
    s = doc.sentences[i]
    for m in _RANKED.finditer(doc.text, s.start, s.end):
        if any(f and f.number.qual_start < m.end() and m.start() < f.end for f in figures):
            continue
        n = Number(1, "exact", m.start(), m.start(), m.start())
        outcome = "killed" if m.group("d") else _outcome_word(m.group("v"))
        k = next((k for k, x in enumerate(nums) if x.start > m.start()), len(nums))
        nums.insert(k, n)
        figures.insert(k, _Figure(n, m.start(), m.end("rank"), "military", None, outcome, None, m.end()))


def extract(doc: Document, source_id: str | None) -> list[Hit]:
    hits: list[Hit] = []
    in_body: list[Hit] = []  # the hits so far outside the headline block
    figs: dict[int, _Figure] = {}
    heads = _headlines(doc)
    for i, s in enumerate(doc.sentences):
        if not _ANY_OUTCOME.search(s.text):
            continue  # every figure needs an outcome word in its own sentence
        dates = doc.dates(i)
        nums = [n for n in doc.numbers(i) if not any(d.start <= n.start < d.end for d in dates)]
        nums = _ranges(doc, i, sorted(nums + _singulars(doc, i), key=lambda n: n.start))
        figures = [_parse(doc, i, n) for n in nums]
        _ranked(doc, i, nums, figures)
        _gapped(doc, i, nums, figures)
        _share(doc, nums, figures)
        found = _figures_of_sentence(doc, i, figures, source_id, _among_parent(doc, i, hits), figs)
        _inherit_sides(doc, i, found, in_body, figs)
        hits.extend(found)
        if i not in heads:
            in_body.extend(found)
    return _without_headline_repeats(_without_vague_repeats(hits), heads)


_FINAL = re.compile(r"[.!?…\"”’')]$")


def _headlines(doc: Document) -> set[int]:
    """Sentences of the headline block: lines alone in their paragraph, without final punctuation, before the body."""
    out = set()
    for k, s in enumerate(doc.sentences):
        if _FINAL.search(s.text):
            break
        alone = all(t.paragraph != s.paragraph for t in doc.sentences[max(0, k - 1):k + 2] if t is not s)
        if alone:
            out.add(k)
    return out


def _without_headline_repeats(hits: list[Hit], heads: set[int]) -> list[Hit]:
    """ "Seven herders killed in Mali border incident" over a body that gives the seven: the body's figure only."""
    body = {(h.fields["count"], h.fields["outcome"]) for h in hits if h.sentence not in heads}
    return [h for h in hits if h.sentence not in heads or (h.fields["count"], h.fields["outcome"]) not in body]


_NON_STATE_RE = re.compile(rf"(?i)\b(?:{'|'.join(sorted(_NON_STATE))})\b")
_GAP = re.compile(r"\s*,?\s+and\s+(?:the\s+)?$")
_ORDINAL_AT = re.compile(rf"(?i)(?:an?\s+{_ORDINAL}|another)\b")


def _gapped(doc: Document, i: int, nums: list[Number], figures: list) -> None:
    """ "Bolivia lost about 56,000 men and Paraguay about 36,000": the second count borrows the first's verb."""
    for k in range(1, len(nums)):
        prev = figures[k - 1]
        if figures[k] is not None or prev is None or prev.outcome is None:
            continue
        state = next((x for x in doc.mentions[i] if x.kind == "state" and x.state and x.state != prev.side
                      and prev.end <= x.start and x.end <= nums[k].qual_start
                      and not doc.text[x.end:nums[k].qual_start].strip()), None)
        if state and _GAP.search(doc.text, prev.end, state.start):
            figures[k] = _Figure(nums[k], nums[k].end, nums[k].end, prev.population, prev.subgroup, prev.outcome,
                                 state.state, nums[k].end)


_CONTINUES = re.compile(rf"(?i)\b(?:others?|more|further|additional|another|{_ORDINAL})\b")
_OF_THE_WOUNDED = re.compile(
    rf"\s+of\s+the\s+(?:wounded|injured)(?:\s+(?P<head>{_PEOPLE_HEADS}))?\s+(?:(?:had|has|later|also)\s+)*"
    r"(?:died|succumbed|perished)\b")
_GENERIC_HEADS = frozenset("others other man men people person persons".split())


def _inherit_sides(doc: Document, i: int, found: list[Hit], before: list[Hit], figs: dict | None = None) -> None:
    """A figure with no side of its own takes the side of the people it continues.

    "A fourth villager reportedly died": the latest figure of those people. "A Jordanian citizen was killed
    ... and two other citizens were injured": the figure before it in the sentence.
    """
    for k, h in enumerate(found):
        f = h.fields
        if f["side_state"] or f["subgroup"]:
            continue
        text = doc.text[h.lo:h.hi]
        fig = (figs or {}).get(id(h))
        if fig and _OF_THE_WOUNDED.match(doc.text, fig.number.end):  # the latest figure of wounded
            prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                          and p.fields["outcome"] == "injured"), None)
            if prior and prior.fields["side_state"]:
                f["side_state"] = prior.fields["side_state"]
            continue
        if fig and _CONTINUES.search(doc.text, fig.number.end, max(fig.head_end, fig.number.end)):
            # "Five others were wounded", "two other herders", "ten more fishermen", "a second guard": the latest
            # figure of those people (of any people, for "others" and "a fourth man") before it.
            generic = doc.text[fig.head_start:fig.head_end].lower() in _GENERIC_HEADS
            prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                          and (generic or p.fields["population"] == f["population"])), None)
            if prior and prior.fields["side_state"]:
                f["side_state"] = prior.fields["side_state"]
                if generic and f["population"] == "unspecified":
                    f["population"] = prior.fields["population"]
            continue
        if _ORDINAL_AT.match(doc.text, h.lo) or _ORDINAL_AT.match(text):
            prior = next((p for p in reversed(before + found[:k]) if p.fields["side_state"] and not p.fields["subgroup"]
                          and p.fields["population"] == f["population"]), None)
        else:
            prior = next((p for p in reversed(found[:k]) if p.fields["side_state"] and not p.fields["subgroup"]
                          and p.fields["claimant"] == f["claimant"] and p.hi <= h.hi
                          and re.search(r"\band\b", doc.text[p.lo:h.hi])
                          and not _NON_STATE_RE.search(doc.text, p.hi, h.hi)), None)
        if prior:
            f["side_state"] = prior.fields["side_state"]


_ANY_OUTCOME = re.compile(r"(?i)kill|dead|death|die[ds]?\b|martyr|injur|wound|hurt|casualt|fatalit|toll|li(?:fe|ves)|"
                          r"slain|perish|succumb|shot|eliminat|neutrali|shahadat|loss\s+of|killing\s+of|drown|fell|treated\s+for")
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
                         parent: Hit | None = None, figs: dict | None = None) -> list[Hit]:
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
        if figs is not None:
            figs[id(hit)] = f
        last_row = f.end if in_breakdown else None
        if not in_breakdown:
            main, main_fig = hit, f
    return hits


_NEGATED = re.compile(r"(?i)\bno\s+$")  # "no one was hurt" counts nobody


def _excluded(doc: Document, i: int, f: _Figure) -> bool:
    s = doc.sentences[i]
    before = doc.text[max(s.start, f.number.qual_start - 40):f.number.qual_start]
    return bool(_NEGATED.search(before) or _HYPOTHETICAL.search(before) or _OTHER_VERB_BEFORE.search(before) or _HYPOTHETICAL.search(doc.text, f.number.qual_start, f.end)
                or _NOT_CASUALTY.match(doc.text, f.head_end, s.end) or _BODIES.search(before))


def _side(doc: Document, i: int, f: _Figure, claimant_state: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """The side whose people the figure counts, and the span that says so."""
    if f.side:
        return f.side, None
    if _OF_THE_WOUNDED.match(doc.text, f.number.end):
        return None, None  # "one of the wounded soldiers succumbed": the side of those wounded, set after
    head = doc.text[f.head_start:f.head_end].split()
    if head and (head[0] in _NON_STATE or head[0] in _STATELESS):
        return None, None  # "two migrants had died ... on the Belarusian side": migrants of no stated nationality
    s = doc.sentences[i]
    _, c_end = doc.clause_bounds(i, f.number.start)
    for x in doc.mentions[i]:
        if x.start >= f.end and x.start < min(s.end, c_end + 40) and x.state:
            gap = doc.text[f.end:x.start]
            if re.match(r"\s+side\b", doc.text[x.end:x.end + 6]) and re.search(r"(?i)\bon\s+(?:the\s+)?$", gap):
                return x.state, (x.start, x.end + 5)
            if x.kind == "place" and re.search(r"(?i)\b(?:in|across)\s+(?:the\s+)?$", gap) and len(gap) < 40:
                return x.state, (x.start, x.end)
    sides = {x.state: x for x in doc.mentions[i] if x.state and x.end <= f.number.qual_start
             and re.match(r"\s+side\b", doc.text[x.end:x.end + 6])
             and re.search(r"(?i)\bon\s+(?:the\s+)?$", doc.text[max(s.start, x.start - 8):x.start])}
    if len(sides) == 1:  # "The sub-prefect of Darak, on the Cameroonian side of the lake, said six fishermen ..."
        x = next(iter(sides.values()))
        return x.state, (x.start, x.end + 5)
    if re.search(r"(?i)\b(?:its|our)\s+(?:own\s+)?$", doc.text[max(s.start, f.number.qual_start - 20):f.number.qual_start]) \
            or re.search(r"^\s+(?:\w+\s+)?of\s+(?:its|our)\b", doc.text[f.number.end:f.head_end]) \
            or re.match(r"\s+of\s+(?:its|our)\b", doc.text[f.number.end:f.number.end + 10]):
        return claimant_state or _own_side(doc, i, f), None
    lost = next((x for x in doc.mentions[i] if x.kind in ("state", "body") and x.state
                 and _LOST.fullmatch(doc.text, x.end, f.number.qual_start)), None)
    if lost:  # "Bolivia lost about 56,000 men"
        return lost.state, (lost.start, lost.end)
    attacker = next((x for x in doc.mentions[i] if x.kind == "modifier" and (_ATTACKER.match(doc.text, x.end)
                                                                               or _RAMMER.match(doc.text, x.end))
                     or x.kind in ("modifier", "body") and x.state and x.start >= f.number.end
                     and _BY_FORCE_BEFORE.search(doc.text, max(s.start, x.start - 30), x.start)
                     and (_FORCE_AFTER.match(doc.text, x.end) or x.kind == "body" and _FORCE_END.search(x.text))), None)
    if attacker:  # "Indian strikes killed 31 people": the other side's people
        pair = doc.conflict_pair
        if pair and attacker.state in pair:
            return (pair[1] if attacker.state == pair[0] else pair[0]), (attacker.start, attacker.end)
        target = claimant_state if claimant_state != attacker.state else None
        target = target or doc.home_state(exclude=attacker.state)
        if target:
            return target, (attacker.start, attacker.end)
    places = [x for x in doc.mentions[i] if x.kind == "place" and x.state and not (x.actor_id or "").islower()
              and not re.search(r"(?i)\bfrom\s+(?:the\s+)?$", doc.text[max(0, x.start - 10):x.start])]  # "smugglers from Syria"
    named = {x.state for x in doc.mentions[i] if x.state and x.kind in ("state", "body", "modifier")}
    if len({x.state for x in places}) == 1 and named <= {places[0].state}:  # not "signed in Moscow by Moldova and Russia"
        return places[0].state, (places[0].start, places[0].end)
    where = next((x for x in doc.mentions[i] if x.kind == "modifier" and f.end <= x.start < c_end
                  and _PLACE_NOUN_AFTER.match(doc.text, x.end)), None)
    if where and claimant_state is None:  # "when mortar rounds hit the Thai village of Wang Takhian"
        return where.state, (where.start, where.end)
    if claimant_state is None and f.population == "military" and not _NON_STATE_RE.search(doc.text, f.number.end, f.end):
        # "Three (3) other soldiers were wounded" in the army's own release: soldiers with no flag are the
        # article's own, when its state is a party to the fighting.
        own, pair = doc.own_state(), doc.conflict_pair
        others = any(x.state and x.state != own and x.kind in ("state", "modifier", "body", "place", "people")
                     for x in doc.mentions[i])  # "It claimed the lives of some 90,000 soldiers: Bolivia lost ..."
        if own and (pair is None or own in pair) and not others:
            return own, None
    if claimant_state is None and (speaker := _speaker_demonym(doc, i, f)):
        return speaker
    return claimant_state, None


_SPEAKS = re.compile(r"(?i)\b(?:said|says|saying|say|told|tells|reported|reports|reporting|put|puts|gave|giving|claimed|"
                     r"claims|insisted|insists)\b")


def _speaker_demonym(doc: Document, i: int, f: _Figure) -> tuple[str, tuple[int, int]] | None:
    """ "Haitian radio stations reportedly put the dead at eight", "A Mauritanian pastoralists' group ... saying at
    least 12 people had been killed": a source known only by its nationality speaks of its own people."""
    head = doc.text[f.head_start:f.head_end].lower()
    if head in _NON_STATE or head in _STATELESS:
        return None
    s = doc.sentences[i]
    before = [x for x in doc.mentions[i] if x.state and x.end <= f.number.qual_start and x.kind != "person"]
    if not before or len({x.state for x in before}) != 1 or before[0].kind not in ("modifier", "people", "body", "state"):
        return None
    x = before[0]  # "The National Police of Angola gave its own figures": the subject, before its verb of saying
    if x.start - s.start > 40 or not _SPEAKS.search(doc.text, x.end, f.number.qual_start):
        return None  # the demonym opens the sentence and a verb of saying follows it
    if any(y.state and y.state != x.state for y in doc.mentions[i] if y.kind != "person"):
        return None
    return x.state, (x.start, x.end)


_STATELESS = frozenset("migrants migrant refugees refugee".split())


def _own_side(doc: Document, i: int, f: _Figure) -> str | None:
    """Whose "our" or "its" people: the state named last before the figure ("Indonesia's armed forces, the TNI,
    said ... one of its soldiers"), else the state the article speaks from ("two of our soldiers")."""
    s = doc.sentences[i]
    window = doc.text[max(s.start, f.number.qual_start - 20):f.number.end + 12]
    if re.search(r"(?i)\bits\b", window):
        named = [x for x in doc.mentions[i] if x.start < f.number.qual_start and x.state
                 and x.kind in ("state", "body", "modifier")]
        if named:
            return named[-1].state
    return _our_state(doc) or doc.placed_state()  # no guess from the states it names most: "our" is the outlet's


_OUR = re.compile(r"(?i)\bour\s+(?:own\s+)?")


def _our_state(doc: Document) -> str | None:
    """The state the outlet calls "our": the one its "our Foreign Minister, X" or "our Ghanaian traders" names."""
    votes: dict[str, int] = {}
    for i, s in enumerate(doc.sentences):
        for m in _OUR.finditer(doc.text, s.start, s.end):
            x = next((x for x in doc.mentions[i] if x.state and m.end() <= x.start <= m.end() + 40
                      and x.kind in ("person", "modifier", "body", "people")), None)
            if x:
                votes[x.state] = votes.get(x.state, 0) + 1
    return max(votes, key=votes.get) if len(votes) == 1 else None


_SHARE_OF = re.compile(
    rf"\s+of\s+(?:the|its|their|our)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<head>{_PEOPLE_HEADS})\b"
    rf"[^.;,:!?]{{0,60}}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?P<v>{_KILLED}|{_INJURED})\b")
_RAMMER = re.compile(r"(?i)\s+(?:trawlers?|vessels?|ships?|warships?|gunboats?|boats?|craft)\s+(?:had\s+)?"
                     r"(?:rammed|struck|hit|fired|opened\s+fire|attacked|collided)\b")  # "an Indian trawler rammed his boat"
_LOST = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:lost|losing)\s+")
_BY_FORCE_BEFORE = re.compile(r"(?i)\bby\s+(?:the\s+)?(?:(?:fire|gunfire|shots)\s+of\s+(?:the\s+)?)?$")
_FORCE_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|officers|police|guards|army|navy|"
                          r"militia|gunmen|personnel|patrols?|units?)\b")
_FORCE_END = re.compile(r"(?i)\b(?:forces|troops|soldiers|officers|police|guards|army|navy)$")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:border\s+)?(?:village|town|city|district|province|region|island|hamlet)\b")


def _hit(doc: Document, i: int, f: _Figure, parent: Hit | None, source_id: str | None, *, inherit: Hit | None) -> Hit:
    certainty, claimant, attr_span = attribute(doc, i, f.number.qual_start)
    claimant_state = _claimant_state(doc, i, claimant)
    if claimant is None and not any(m.state for m in doc.mentions[i]) and not _OTHER_VOICE.search(doc.sentences[i].text):
        # "The Chadian army said in a communiqué ... Five soldiers were killed, the communiqué said."
        ctx = _context_claimant(doc, i)
        if ctx:
            claimant, claimant_state = ctx
            certainty = "attributed" if certainty == "asserted" else certainty
    if inherit:  # a share of the figure before it: same people, same outcome, same side
        side, side_span = inherit.fields["side_state"], None
        if parent is None and f.side and f.side != side:  # "68 people ..., among them ten Malaysian security personnel"
            side = f.side
        outcome = inherit.fields["outcome"]
        population = inherit.fields["population"] if parent else f.population
    else:
        side, side_span = _side(doc, i, f, claimant_state)
        population, outcome = f.population, f.outcome
    c_start, c_end = doc.clause_bounds(i, f.number.start)
    date = common.nearest_date(doc, i, f.number.start, c_start, c_end)  # "met on Monday, days after X was killed"
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
    state = _claimant_state(doc, j, claimant)
    return (claimant, state) if state else None


def _claimant_state(doc: Document, i: int, claimant: str | None) -> str | None:
    """The state a claimant speaks for: itself if it is a state, else the state its mention in sentence i has."""
    if not claimant:
        return None
    return claimant if lexicon.states().get(claimant) else _state_of(doc, i, claimant)


def _state_of(doc: Document, i: int, actor_id: str | None) -> str | None:
    if actor_id is None:
        return None
    found = next((m.state for m in doc.mentions[i] if m.actor_id == actor_id and m.state), None)
    prefix = actor_id[:3].upper()
    if found is None and actor_id[3:4] == "-" and prefix in lexicon.states():
        return prefix  # a body of a state ("pol-defence-ministry"), also one known by office alone
    return found
