"""Counts a text gives without a numeral: one person ("A Thai soldier was killed", "Kallio, 29, was killed",
"First Sergeant X was martyred", "and a fourth wounded"), a person listed beside a figure ("including a woman"), the
lower end of a range ("between 35 and 40") and a count that borrows the verb before it ("Bolivia lost about 56,000
men and Paraguay about 36,000")."""

from __future__ import annotations

import re

from ... import fastre, lexicon
from ...document import Document
from ...numbers import Number
from ...vocab import OUTCOME, POPULATION, QUALIFIER
from .words import (
    _ADVERB, _AND_THEN_DIED, _CRAFT, _HURT_ESCAPE, _INJURED, _KILLED, _KIN, _KIN_OF, _NAME_AGE, _ONE_DIED,
    _PARTICIPLE_OUTCOME, PEOPLE, _PLACE_AGAIN, _PLACE_KIND, _WITH_UNIT
)
from .figures import _Figure, _outcome_word, _RANK, _side_in

# The nouns of one person a count of one is told by ("a Thai soldier", "an Indian fisherman"), for `_SINGULAR` and
# for a person listed beside a figure (`_ONE_NOUNS`)
_ONE_PERSON = ("soldier|civilian|child|woman|man|officer|policeman|serviceman|guard|guardsman|villager|farmer|fisherman|"
               "fisher|person|pilgrim|trooper|peacekeeper|sailor|pilot|boy|girl|infant|resident|student|worker|citizen|"
               "national|miner|herder|gendarme|fighter|agent|migrant|trader|shepherd|driver|ranger|jawan|headman|youth|"
               "teenager|journalist|tourist|constable|reservist|marine|seafarer|seaman|crewman|protester|demonstrator|"
               "activist|volunteer|farmworker|labou?rer|vendor|nurse|doctor|medic|teacher|monk|priest|pedestrian|"
               "motorist|commuter|hunter|logger|porter|engineer|crewmate|rating|boatman|ferryman|deminer|rescuer|"
               "paramedic|firefighter|diver|deckhand|skipper|helmsman|hiker|merchant|woodcutter|trucker|contractor|"
               "technician|surveyor|observer|"
               "electrician|compatriot|employee|staffer|diplomat|bystander|patient|guest|shopper|customer|"
               "seller|adviser|advisor|companion|comrade|passenger|worshipper|corporal|sergeant|lieutenant")
# "A Thai soldier was killed", "an Indian fisherman lost his life", "A fifth fisherman reportedly died",
# "A Sri Lanka Navy sailor was injured": one person, the ordinal one more of a count given before.
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_SINGULAR = re.compile(
    # "a young Malian constable", "a young Kenyan policeman", "a 15-year-old Venezuelan girl": an adjective or an age
    # may come before the nationality too
    rf"(?<![\w-])(?:(?P<a>[Aa]n?(?:\s+(?P<ord>{_ORDINAL}))?|[Aa]nother)\s+"
    rf"(?:(?:(?:[a-z-]+|\d{{1,2}}-year-old)\s+)?(?:[A-Z][\w’'-]+\s+){{1,3}})?"
    r"(?:(?:[a-z-]+|\d{1,2}-year-old)\s+){0,2}"  # "a gendarmerie warrant officer"
    # "a 19-year-old from Mahendranagar was shot dead": an age as the noun
    rf"(?:{_ONE_PERSON}|(?<=crew\s)member|\d{{1,2}}-year-old)(?:\s+aged\s+\d{{1,2}})?"  # "a Uruguayan woman aged 43"
    r"(?:\s+of\s+ours)?"  # "a citizen of ours, H.K. (62), ..., was lightly injured"
    # "and his brother was wounded": a relative of one named before
    # "His cousin, who was with him, was wounded": one opening a sentence
    rf"|(?P<kin>(?:(?<=\band\s)(?:his|her|their)|(?<![\w’'-])(?:His|Her))\s+(?:\w+\s+)?{_KIN}))"
    # "a third youth, Rafiqul Islam, 19, had succumbed": a name and an age between the person and the verb;
    # "a shepherd from the nearby village of Akashat was also lightly wounded"
    # "a third man, a Ukrainian, was also killed", "a third person, their neighbour, was taken to hospital with burns"
    # "a civilian, a woman aged 47, also lost her life"
    # "A third man, 22-year-old Mthulisi Dube, survived with a bullet wound"
    # "Another villager, Md. Rezaul Karim (31), was injured"; "A Bangladeshi national, Md. Shahidul Islam (24), son of
    # Md. Abdul Jalil of Dahagram union, was killed"
    rf"(?:,\s+(?:(?:\d{{1,2}}-year-old\s+)?[A-Z][\w’'. -]{{1,40}}?{_NAME_AGE}?{_KIN_OF}?"
    r"|(?:an?|their|his|her)\s+[\w’'-]+(?:\s+[\w’'-]+)?"
    r"(?:\s+aged\s+\d{1,2})?"
    # "A second crewman, injured in August, dies in hospital": a participle aside, as a timeline tells an earlier hurt
    # ("A fourth Colombian crewman, pulled alive from the water, reportedly died in hospital")
    r"|[a-z]{2,}ed\s+(?:alive\s+)?(?:in|on|at|by|during|near|from)\s+[^,;.]{1,40}?),)?"
    rf"(?:\s+(?:from|of|in|at|near|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?[A-Z][\w’'-]+{_PLACE_KIND}|\s+on\s+board"
    rf"|\s+from\s+{_PLACE_AGAIN}"  # "A shepherd from the village was reportedly killed"
    # "a sailor on one of its patrol vessels", "a fisherman aboard the trawler": the craft the person was on
    # "a crewman of a Thai trawler died"
    rf"|\s+(?:on|aboard|on\s+board|of|from)\s+(?:one\s+of\s+)?(?:the|its|their|his|her|an?)\s+(?:[\w-]+\s+){{0,2}}?{_CRAFT})?"
    # "a crew member of the Turkish vessel, a 46-year-old Turkish citizen, was injured": an age set off after the craft
    r"(?:,\s+an?\s+\d{1,2}-year-old\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+,)?"
    rf"{_WITH_UNIT}"  # "a second officer from the patrol was injured"
    # "a monk living at the complex was grazed", "an officer who went into the water after him was treated for"
    r"(?:\s+(?:[a-z]+ing|who\s+(?!(?:was|had|has)\b)[a-z]+)(?:\s+[\w’'-]+){0,6}?(?=\s+(?:was|had|has|died)\b)"
    # "A third man, who swam to shore, is being treated at Karonga District Hospital": the clause set off by commas
    # (and "His cousin, who was with him, was wounded"; not "who was hurt", an outcome told in the clause)
    # (after a name set off before it too: "a citizen of ours, H.K. (62), who was working in his field, was")
    r"|(?:,|(?<=,))\s+who\s+"
    r"(?!(?:(?:was|had|has|is)\s+(?:been\s+)?)?(?:\w+ly\s+)?(?:killed|injured|wounded|hurt|shot)\b)"
    r"[a-z]+(?:\s+[\w’'-]+){0,6}?,(?=\s+(?:was|is|had|has|died)\b)"
    # "a truck driver caught in the crossfire was also hurt": a past participle of circumstance (as _OUTCOME_AFTER)
    rf"|\s+(?!{_PARTICIPLE_OUTCOME})(?:[a-z]{{2,}}ed|caught|trapped)\s+(?:by|in|on|at|as|near|inside|while|during|"
    r"between|under|aboard|among)\b(?:\s+[\w’'-]+){1,8}?(?=\s+(?:was|had|has|died)\b)"
    rf"|{_AND_THEN_DIED})?"
    # "is killed": a timeline's historic present
    rf"(?:\s+(?:was|is|had(?:\s+also)?\s+been|has(?:\s+also)?\s+been)\s+(?:being\s+)?[“\"]?(?:(?:{_ADVERB}|also)\s+){{0,2}}"
    rf"(?:{_KILLED}|{_INJURED})"
    rf"|\s+(?:had\s+|has\s+)?(?:(?:\w+ly|also|later)\s+){{0,2}}[“\"]?(?:{_ONE_DIED}|{_HURT_ESCAPE}|"
    r"(?:paid|made)\s+the\s+(?:ultimate|supreme|highest)\s+(?:price|sacrifice)|"
    r"(?:sustained|suffered|received)\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:injur(?:y|ies)|wounds?|cuts|bruises|concussion|"
    r"fractures?|(?:broken|fractured)\s+(?:arm|leg|ribs?|hand|foot|jaw|nose|wrist|ankle|collarbone|bones?))))\b")

# "First Sergeant Mahmoud Al-Zyoud was martyred": a named serviceman, a count of one; "Soldier First Class R. Amatredjo
# of the National Army lost his life", "Corporal Ndzana Obama Serge fell with arms in hand"
_RANKED = fastre.guard(re.compile(
    # "Brigadier of Police Karim Bensalem, aged 29, was killed": a rank of a corps
    rf"(?<![\w-])(?P<rank>{_RANK})(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+)?"
    # (a name's particles too: "Lance Corporal Said bin Khamis Al-Mashaikhi was martyred")
    r"\s+[A-Z][\w’'-]*\.?(?:\s+(?:[A-Z][\w’'-]*\.?|bin|bint|ibn|al|el|de|da|dos|van|von)){0,4}"
    # "Leading Seaman Mohd Faiz Roslan, 24, of KD Kelantan was killed": an age, a unit or a ship
    # ("Corporal Nassim Bouzid of the border guard was killed": the unit's name in lower case too)
    r"(?:,\s+(?:aged\s+)?\d{1,2},)?\s+(?:of\s+(?:the\s+)?(?:(?!(?:who|whose|which|that)\b)[\w’'-]+\s+){1,4}?)?"
    r"(?:(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?P<v>killed|martyred|shot\s+dead|injured|wounded)"
    rf"|(?P<d>{_ONE_DIED}))\b"))

# One person in a list beside a figure: "including a woman and three boys", "killed two rangers and a village
# headman", "five Chinese nationals and their Pakistani driver", "two citizens, a woman aged 64 and her grandson".
_ONE_NOUNS = (_ONE_PERSON + "|baby|minor|son|daughter|grandson|granddaughter|wife|husband|mother|father|brother|"
              "sister|coastguard|commando|paratrooper|sergeant|corporal|lieutenant|captain|colonel")
_LISTED = fastre.guard(re.compile(
    # "Among the dead was a 12-year-old girl": the share told in a sentence of its own
    rf"(?:(?P<breakdown>(?i:including|among\s+(?:them|whom|the\s+dead|those\s+killed)|of\s+whom|"
    rf"(?<![\w-])among\s+(?:the|those)\s+(?:dead|killed|injured|wounded|victims)\s+(?:was|were|is|are)))\s+"
    rf"|(?P<and>,?\s+and\s+)|(?P<comma>,\s+))"
    rf"(?P<a>an?|their|his|her)\s+(?=(?:[\w’'-]+\s+){{0,3}}?(?:{_ONE_NOUNS})\b)"))


def _listed(doc: Document, i: int) -> tuple[list[Number], dict[int, str]]:
    """One person named in a list beside a figure: a count of one, and how the list joins it."""
    s, out, how = doc.sentences[i], [], {}
    for m in _LISTED.finditer(doc.text, s.start, s.end):
        out.append(Number(1, QUALIFIER.exact, m.start("a"), m.end("a"), m.start("a")))
        how[m.start("a")] = next(k for k in ("breakdown", "and", "comma") if m.group(k))
    return out, how


def _attach_listed(doc: Document, figures: list) -> None:
    """A listed person counts only as part of the figure it is listed with: the object of the same verb ("killed two
    rangers and a village headman") or a breakdown of it; a lone "and his wife" is nobody's figure."""
    prev = None
    for k, f in enumerate(figures):
        if f is not None and f.listed in ("and", "comma"):
            gap = doc.text[prev.head_end:f.number.qual_start] if prev else ""
            if prev is None or not re.fullmatch(r"\s*,?\s+and\s+" if f.listed == "and" else
                                                r"(?:\s+of\s+[^,;.]{1,40})?\s*,\s+", gap):
                figures[k] = None
                continue
            if f.listed == "and" and f.outcome is None and prev.outcome and prev.end == prev.head_end:
                f.outcome = prev.outcome  # "a roadside bomb killed two rangers and a village headman"
        if figures[k] is not None:
            prev = figures[k]


# "killed three men and wounded a teenage boy", "killing a woman": one person as the object of an outcome verb
# "the death of an Omani citizen", "the wounding of a shepherd": the noun of the verb likewise
_VERB_ONE = re.compile(rf"\b(?:killed|killing|wounded|wounding|injured|injuring|shot\s+dead|"
                       rf"(?:death|killing|wounding|injuring|injury|martyrdom)\s+of)\s+(?P<a>an?)\s+"
                       rf"(?=(?:[\w’'-]+\s+){{0,2}}?(?:{_ONE_NOUNS})\b(?![’']s\b))")  # not "a soldier’s career"

# "killing a Tunisian deckhand and wounding the Sicilian skipper": a boat's one master, a count of one by the article
_VERB_THE_ONE = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?P<a>the)\s+(?:[A-Z][\w’'-]+\s+)?"
                           r"(?:skipper|helmsman)\b(?![’']s\b)")

# "one guard was injured and the attacker was shot dead": a lone attacker, a count of one by the definite article
_THE_ATTACKER = re.compile(r"(?<![\w-])(?P<a>[Tt]he)\s+(?:lone\s+|suspected\s+)?(?:attacker|gunman|assailant)\s+"
                           r"(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead|neutrali[sz]ed)\b")

# "the injured man had died in hospital", "the wounded Thai soldier later succumbed": one of those counted as hurt
# has since died, a death of its own (never "the injured man was treated", the same hurt told again)
_THE_WOUNDED_DIED = re.compile(
    rf"(?<![\w-])(?P<a>[Tt]he\s+(?:injured|wounded))\s+(?:[A-Z][\w’'-]+\s+){{0,2}}(?:[a-z-]+\s+)?(?:{_ONE_NOUNS})"
    r"(?=\s+(?:(?:had|has|later|subsequently|also|then)\s+){0,2}(?:died|succumbed)\b)")

# "condolences to the family of the Kenyan fisherman who died on 31 October", "the sailor of the Malagasy Navy who died
# of his wounds": one person a statement mourns, a count of one by the article
_THE_ONE_WHO_DIED = re.compile(
    rf"(?<![\w-])(?P<a>[Tt]he)\s+(?:[A-Z][\w’'-]+\s+){{0,3}}(?:[a-z-]+\s+){{0,2}}?(?:{_ONE_PERSON}|(?<=crew\s)member)"
    r"(?=(?:\s+of\s+the\s+(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)?,?\s+who\s+(?:(?:had\s+)?(?:died|lost\s+(?:his|her|"
    r"their)\s+li(?:fe|ves))|was\s+(?:killed|shot\s+dead))\b)")

# "Two Kenyan fishermen were shot dead and another seriously injured": one more of the people just counted, the verb
# left out ("and another was wounded" is read with the ordinals, _ORDINAL_AT)
# (not "another wounded soldier": the outcome word ends a clause or leads to its circumstances)
_AND_ANOTHER = re.compile(r"(?<=\band\s)(?P<a>another)(?=\s+(?:\w+ly\s+)?(?:injured|wounded|hurt|killed)"
                          r"(?:\s*[,.;:]|\s+(?:when|in|by|and|as|after|during|on|at|near|while|but)\b))")


# "Two paramilitary rangers were shot dead and a Malaysian policeman hurt in a gunfight": one person more, the
# auxiliary left out after "and"
_AND_ONE_ELIDED = re.compile(
    rf"(?<=\band\s)(?P<a>an?)\s+(?:[A-Z][\w’'-]+\s+)?(?:[a-z-]+\s+)?(?:{_ONE_PERSON})\s+"
    r"(?:(?:slightly|seriously|critically|badly|lightly|fatally)\s+)?(?:hurt|injured|wounded|killed)\b"
    r"(?=\s+(?:in|by|when|as|during|on|at|near|while)\b|\s*[,.;])")


def _singulars(doc: Document, i: int) -> list[Number]:
    """ "A Thai soldier was killed", "wounded a teenage boy": a count of one."""
    s, out = doc.sentences[i], []
    for m in _SINGULAR.finditer(doc.text, s.start, s.end):
        a, b = m.span("a") if m.group("a") else (m.start("kin"), m.start("kin") + len(m.group("kin").split()[0]))
        out.append(Number(1, QUALIFIER.exact, a, b, a))
    out += [Number(1, QUALIFIER.exact, m.start("a"), m.end("a"), m.start("a"))
            for m in _THE_ATTACKER.finditer(doc.text, s.start, s.end)]
    out += [Number(1, QUALIFIER.exact, m.start("a"), m.end("a"), m.start("a"))
            for m in _THE_WOUNDED_DIED.finditer(doc.text, s.start, s.end)]
    out += [Number(1, QUALIFIER.exact, m.start("a"), m.end("a"), m.start("a"))
            for m in _THE_ONE_WHO_DIED.finditer(doc.text, s.start, s.end)]
    out += [Number(1, QUALIFIER.exact, m.start("a"), m.end("a"), m.start("a"))
            for m in _AND_ANOTHER.finditer(doc.text, s.start, s.end)]
    taken = {n.start for n in out}
    out += [Number(1, QUALIFIER.exact, m.start("a"), m.end("a"), m.start("a"))
            for m in _AND_ONE_ELIDED.finditer(doc.text, s.start, s.end) if m.start("a") not in taken]
    taken = {n.start for n in out}
    for m in (*_VERB_ONE.finditer(doc.text, s.start, s.end), *_VERB_THE_ONE.finditer(doc.text, s.start, s.end)):
        if m.start("a") not in taken:
            out.append(Number(1, QUALIFIER.exact, m.start("a"), m.end("a"), m.start("a")))
    return out


def _ranges(doc: Document, i: int, nums: list[Number]) -> list[Number]:
    """ "Between 35 and 40", "35 to 40", "35–40": at least the lower end, one number."""
    out, skip = [], set()
    for k, n in enumerate(nums):
        if k in skip:
            continue
        nxt = nums[k + 1] if k + 1 < len(nums) else None
        gap = doc.text[n.end:nxt.qual_start] if nxt else ""
        # a dash joins figures written alike ("35–40"), not a dateline's day to a count ("Nov 3 - Five soldiers")
        mixed = nxt is not None and doc.text[n.start].isdigit() != doc.text[nxt.start].isdigit()
        if nxt and re.fullmatch(r"\s*(?:[-–—]|to|and)\s*", gap) and nxt.value > n.value \
                and not (mixed and gap.strip() in "-–—") and (
                gap.strip() in "-–—to" or re.search(r"(?i)\bbetween\s+$", doc.text[max(0, n.qual_start - 9):n.qual_start])):
            start = n.qual_start - 8 if doc.text[n.qual_start - 8:n.qual_start].lower().strip() == "between" else n.qual_start
            out.append(Number(n.value, QUALIFIER.at_least, n.start, nxt.end, start))
            skip.add(k + 1)
        else:
            out.append(n)
    return out


def _place_at(nums: list[Number], at: int) -> int:
    """Where a figure read off words at `at` goes among the sentence's numbers, kept in text order."""
    return next((k for k, x in enumerate(nums) if x.start > at), len(nums))


def _insert(nums: list[Number], figures: list, k: int, f: _Figure) -> None:
    nums.insert(k, f.number)
    figures.insert(k, f)


# "Kallio, 29, was killed on 28 September": a person named with an age, a count of one.
_NAMED_AGE = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|al|bin|de|van|von)){0,3}),\s+"
    r"(?:\d{1,2},\s+(?:(?:an?|the)\s+[^,;.]{1,60},\s+)?"  # "Joaquim Tilman, 52, a farmer from the village of Passabe,"
    # "Daniyar Seitkali, a 24-year-old Kazakh driver from the village of Karabulak, was shot dead"
    r"|(?P<app>an?\s+\d{1,2}-year-old\s+[^,;.]{1,60}),\s+)"
    r"(?:(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?P<v>killed|shot\s+dead|murdered|martyred|injured|wounded)"
    r"|(?:had\s+|has\s+)?(?P<d>died|succumbed|perished))\b")


_HIS_UNIT = re.compile(r"\b(?:his|her)\s+(?:patrol|unit|post|squad|detachment|platoon)\b")


def _named(doc: Document, i: int, nums: list[Number], figures: list) -> None:
    """ "Kallio, 29, was killed": one person, when no figure of the sentence covers the name."""
    s = doc.sentences[i]
    for m in _NAMED_AGE.finditer(doc.text, s.start, s.end):
        if m.group("name").split()[0] in lexicon.NAME_STOPWORDS or any(
                f and f.number.qual_start < m.end() and m.start() < f.end for f in figures):
            continue
        n = Number(1, QUALIFIER.exact, m.start(), m.start(), m.start())
        outcome = OUTCOME.killed if m.group("d") else _outcome_word(m.group("v"))
        side = m.group("app") and _side_in(doc, i, *m.span("app"))  # "a 24-year-old Kazakh driver", "from Oistins"
        # one known by name and age is a civilian, as the coders count them; a soldier goes by rank or by his
        # force's noun ("Border Police officer Andrés Quesada Mora, 31, died")
        before = doc.text[max(s.start, m.start() - 20):m.start()].split()
        noun = PEOPLE.get(before[-1].lower(), (None,))[0] if before else None
        military = _RANK_START.match(m.group("name") + " ") or noun == POPULATION.military \
            or _HIS_UNIT.search(doc.text, m.end(), s.end)  # "Kallio, 29, was killed when a car rammed his patrol"
        population = POPULATION.military if military else POPULATION.civilian
        _insert(nums, figures, _place_at(nums, m.start()),
                _Figure(n, m.start(), m.end("name"), population, None, outcome, side, m.end()))


# "three men had been executed and a fourth wounded", "two soldiers were killed and a third was hurt": one more of
# the people just counted, the noun left out; "one of its officers died and another was seriously wounded" (the verb
# must follow at once: not "and another wounded soldier").
_ELLIPTIC = re.compile(rf"\band\s+(?P<a>an?\s+(?:{_ORDINAL})|another(?=\s+(?:was|had\s+been|has\s+been)\s))\s+"
                       # "and another was taken to the Regional Hospital of Corumbá with gunshot wounds"
                       rf"(?:(?:was|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?(?P<v>killed|shot\s+dead|{_INJURED})\b")

# "killing three fishermen and wounding a fourth": the verb before the ordinal (not "wounding another five", a count)
_ELLIPTIC_VERB = re.compile(rf"\band\s+(?P<v>killing|wounding|injuring)\s+(?P<a>an?\s+(?:{_ORDINAL})|another)\b"
                            r"(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozen|several|few|many)\b)")


def _elliptic(doc: Document, i: int, nums: list[Number], figures: list) -> None:
    """ "... and a fourth wounded": a count of one after a figure of the same sentence, whose people it shares."""
    s = doc.sentences[i]
    for m in (*_ELLIPTIC.finditer(doc.text, s.start, s.end), *_ELLIPTIC_VERB.finditer(doc.text, s.start, s.end)):
        k = _place_at(nums, m.start())
        if not any(f is not None for f in figures[:k]):
            continue  # no figure before it to count on from
        n = Number(1, QUALIFIER.exact, m.start("a"), m.end("a"), m.start("a"))
        _insert(nums, figures, k, _Figure(n, m.start("a"), m.end("a"), None, None, _outcome_word(m.group("v")), None,
                                          m.end()))


# a name may carry lower-case particles: "Fahd bin Saad Al-Qahtani", "João dos Santos", "Pieter van der Berg"
_PARTICLE = r"(?:(?:bin|bint|ibn|ben|bou|al|el|de|da|di|do|dos|das|du|van|von|der|den|del|la|le)\s+){0,2}"
_RANK_NAME = rf"(?:{_RANK})\s+[A-Z][\w’'-]+(?:\s+{_PARTICLE}[A-Z][\w’'-]+){{0,4}}"
# "The attack resulted in the martyrdom of Warrant Officer Hassan Al-Issawi and Corporal Ali Jabbar": one per name
_RANKED_OF = re.compile(
    rf"(?P<v>martyrdom|killing|deaths?|wounding|injur(?:y|ies)\s+to)\s+of\s+(?P<names>{_RANK_NAME}"
    rf"(?:(?:,\s+|,?\s+and\s+){_RANK_NAME})*)")

_RANK_START = re.compile(rf"(?:^|,\s+|\s+and\s+)(?:{_RANK})\s")  # each name of _RANKED_OF's list


def _ranked(doc: Document, i: int, nums: list[Number], figures: list) -> None:
    """ "First Sergeant Mahmoud Al-Zyoud was martyred": one serviceman, when the sentence gives no figure of its own;
    "the martyrdom of Warrant Officer X and Corporal Y": as many as it names."""
    s = doc.sentences[i]
    for m in _RANKED_OF.finditer(doc.text, s.start, s.end):
        if any(f and f.number.qual_start < m.end() and m.start() < f.end for f in figures):
            continue
        count = len(_RANK_START.findall(m.group("names")))
        n = Number(count, QUALIFIER.exact, m.start("names"), m.start("names"), m.start("names"))
        _insert(nums, figures, _place_at(nums, m.start()),
                _Figure(n, m.start("names"), m.end(), POPULATION.military, None, _outcome_word(m.group("v")), None,
                        m.end()))
    if any(f and f.number.value == 1 and f.population == POPULATION.military for f in figures):
        return
    for m in _RANKED.finditer(doc.text, s.start, s.end):
        if any(f and f.number.qual_start < m.end() and m.start() < f.end for f in figures):
            continue
        n = Number(1, QUALIFIER.exact, m.start(), m.start(), m.start())
        outcome = OUTCOME.killed if m.group("d") else _outcome_word(m.group("v"))
        _insert(nums, figures, _place_at(nums, m.start()),
                _Figure(n, m.start(), m.end("rank"), POPULATION.military, None, outcome, None, m.end()))


_GAP = re.compile(r"\s*,?\s+and\s+(?:the\s+)?$")


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
        elif (cmp := _COMPARED.search(doc.text, max(prev.end, nums[k].qual_start - 90), nums[k].qual_start)) \
                and not re.search(r"[;:.]", doc.text[prev.end:nums[k].qual_start]) and not 1900 <= nums[k].value <= 2100 \
                and not _REVISED.search(cmp.group()):  # "27 drowned, ..., up from 19 a day earlier": a toll superseded
            # "25 civilians were killed in 2025, against 30 in the previous year": the same people, another period
            figures[k] = _Figure(nums[k], nums[k].end, nums[k].end, prev.population, prev.subgroup, prev.outcome,
                                 prev.side, nums[k].end)


_COMPARED = re.compile(r"(?i)(?:,\s*|\s+)(?:against|compared\s+(?:with|to)|up\s+from|down\s+from|versus)\s+$")
_REVISED = re.compile(r"(?i)\b(?:up|down)\s+from\b")
