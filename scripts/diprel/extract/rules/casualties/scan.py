"""The figures of one sentence: which sentences can hold one, breakdown rows under their main figure ("among
them 7 women"), figures that share what only one states ("40 civilian and 113 military casualties"), and numbers that
are no claim (negated, hypothetical, superseded, a toll's rise, a count of the group a share is taken from)."""

from __future__ import annotations

import re
from bisect import bisect_right

from ... import fastre
from ...candidates import Hit
from ...document import Document
from ...numbers import NUMBER_WORDS, Number
from ...vocab import OUTCOME, POPULATION
from .words import _BODIES, _BODIES_FOUND, _FOUND_AFTER, _MODIFIERS, _MORE, _NON_STATE, _OF_THEM, PUT_COUNT_AT
from .figures import _Figure, _GENERIC_HEADS
from .sides import _AMONG_OWN, _STATELESS
from .hits import _hit

_AND_NEXT = re.compile(r"\s*,?\s+and\s+")  # "two soldiers and three civilians", "..., one soldier and three"
_SHARED = re.compile(r"\s+(?P<mods>(?:civilian|military|security|army)\s+)?and\s+(?=[\w,]+)")

_BREAKDOWN = re.compile(r"(?i)(?:including|among\s+(?:them|whom|the\s+dead|those\s+killed)|of\s+whom|of\s+them)\W*$")

# "we could be counting twenty dead", "would have been burying 20": a modal before the count, a gerund between
# (or a few words off: "we would today be counting not five dead", "we could have lost twenty men")
_HYPOTHETICAL = fastre.guard(re.compile(
    r"(?i)\b(?:could|would|might|may)\s+(?:have\s+)?(?:been\s+|be\s+)?(?:[a-z]+ing\s+)?$|"
    r"\b(?:could|would|might)\s+(?:have\s+)?(?:[a-z]+\s+){0,3}?(?:counting|lost|losing|burying|"
    r"mourning)\s+(?:not\s+)?$|\b(?:risk|threaten\w*|feared|fear)\b|"
    # a condition: "If the next exchange kills ten sailors rather than one"
    r"\b(?:if|unless)\s+(?:[\w'’-]+\s+){0,6}?(?:kills?|leaves?|claims?|costs?|wounds?|injures?)\s+$"))
# "three others were missing", "two went missing", "five were abducted": not casualties (a match at the end of the
# noun phrase; no "^", which would only match at the start of the whole text)
_NOT_CASUALTY = re.compile(r"(?i)\s*(?:were\s+|had\s+been\s+|have\s+been\s+|went\s+|remain(?:ed)?\s+|are\s+(?:still\s+)?)?"
                           r"(?:displaced|evacuated|arrested|detained|captured|missing|held|exchanged|released|rescued|"
                           r"freed|abducted|kidnapped|unaccounted)\b")

# "killed 63 smugglers and arrested 212 others", "the arrest of three others": people taken, freed or moved are
# counted by another verb.
_OTHER_VERB_BEFORE = re.compile(
    r"(?i)\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|captur(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|rescu(?:ed|ing)|"
    r"evacuat(?:ed|ing)|displac(?:ed|ing)|deport(?:ed|ing)|expell(?:ed|ing)|apprehend(?:ed|ing)|(?:re)?patriat(?:ed|ing)|"
    r"releas(?:ed|ing)|freed|freeing|seiz(?:ed|ing)|intercept(?:ed|ing)|return(?:ed|ing)|"
    # "the killing of five (5) armed elements and the arrest of three (3) others": the verb's noun
    r"(?:arrest|detention|capture|abduction|kidnapping|rescue|evacuation|release|deportation)\s+of)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|some|another)\s+)?$")

_ANY_OUTCOME = re.compile(r"(?i)kill|dead|deceased|death|die[ds]?\b|martyr|injur|wound|hurt|grazed|casualt|fatalit|fatally|mortally|toll|li(?:fe|ves)|"
                          r"slain|perish|succumb|shot|eliminat|neutrali|shahadat|loss\s+of|killing\s+of|drown|fell|fallen|treated\s+for|"
                          r"murder|massacr|assassinat|lynch|behead|to\s+death|execut|fractur|burns|bodies|treatment,?\s+for|broken\s+(?:arm|leg|rib|hand|"
                          r"foot|jaw|nose|wrist|ankle|collarbone|bone)|(?:ultimate|supreme|highest)\s+(?:price|sacrifice)|"
                          # "Local media put the number at three": a count of the people of the figure before
                          + PUT_COUNT_AT + r"\b|"
                          # "was struck in the leg" (see _INJURED)
                          r"(?:struck|hit)\s+in\s+the\s|"
                          # "an agent was struck by a rock and treated at the scene" (see _INJURED)
                          r"(?:struck|hit)\s+by\s+(?:an?\s+)?(?:\w+\s+)?(?:rock|stone|brick|bullet|pellet|shrapnel|fragment|"
                          r"debris|projectile|ricochet|round)|treated\s+(?:at\s+the\s+scene|by\s+(?:paramedics|medics))|"
                          r"lacerat|"
                          r"recovering\s+(?:at|in)\s+(?:(?:a|the)\s+)?(?:[\w’'-]+\s+){0,4}?hospital|"
                          # "are receiving treatment", "were in hospital in Mahikeng" (see _INJURED)
                          r"(?:receiving|undergoing)\s+(?:medical\s+)?treatment|in\s+(?:(?:a|the)\s+)?hospital\b|"
                          # "the army said it had lost four soldiers": a side's own dead, counted after the verb
                          # 'it had lost "no more than three" men': any qualifier of numbers.py, a quote before it
                          r"\blos(?:t|ing)\s+[“\"]?(?:(?:at\s+least|about|some|more\s+than|nearly|around|another|up\s+to|"
                          r"as\s+many\s+as|(?:no\s+)?(?:more|fewer|less)\s+than|over|an\s+estimated|approximately)\s+)?"
                          r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b)")
# The regex above, tried at every position of every sentence, was a sixth of all casualty time. Substring search on the
# folded article decides the same for all sentences at once: each of these words is an alternative of its own, and the
# other alternatives all contain "die", "loss", "treated", "lost", "losing", "treatment", "hospital", "struck by", "hit
# by", "struck in" or "hit in", which still go to the regex ("diet", "loss of", "lost ground", "hit by shelling", "in
# hospital staff"). The fold maps what (?i) matches to ASCII: the dotted and dotless i by hand, the long s and the
# Kelvin sign by casefold; a fold that changes the length ("ß" -> "ss") would shift offsets and might make a word the
# regex would not see, so such a text goes to the regex sentence by sentence.
_OUTCOME_WORDS = ("kill", "dead", "deceased", "death", "martyr", "injur", "wound", "hurt", "grazed", "casualt", "fatalit",
                  "fatally", "mortally", "toll",
                  "life", "lives", "slain", "perish", "succumb", "shot", "eliminat", "neutrali", "shahadat", "drown",
                  "fell", "fallen", "murder", "massacr", "assassinat", "lynch", "behead", "execut", "fractur", "burns",
                  "bodies", "ultimate price", "supreme price", "highest price", "ultimate sacrifice", "supreme sacrifice")
_OUTCOME_MAYBE = ("die", "loss", "treated", "lost", "losing", "number", "figure", "tally", "broken", "treatment",
                  "hospital", "struck by", "hit by", "struck in", "hit in", "lacerat")
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i"})


def _outcome_sentences(doc: Document) -> list[bool]:
    """Whether each sentence has an outcome word (_ANY_OUTCOME), as found in one pass over the article."""
    text, sentences = doc.text, doc.sentences
    low = (text.translate(_FOLD) if "\u0130" in text or "\u0131" in text else text).casefold()
    if len(low) != len(text):
        return [bool(_ANY_OUTCOME.search(s.text)) for s in sentences]
    starts = [s.start for s in sentences]
    flag = [0] * len(sentences)  # 2: an outcome word; 1: a word the regex must confirm
    for level, words in ((2, _OUTCOME_WORDS), (1, _OUTCOME_MAYBE)):
        for w in words:
            at = low.find(w)
            while at != -1:
                j = bisect_right(starts, at) - 1
                if j >= 0 and at + len(w) <= sentences[j].end and flag[j] < level:
                    flag[j] = level
                at = low.find(w, at + 1)
    return [f == 2 or f == 1 and bool(_ANY_OUTCOME.search(s.text)) for f, s in zip(flag, sentences)]


_AMONG_START = re.compile(r"(?i)among\s+(?:the|those)\s+(?P<who>(?:[\w-]+\s+){1,3}?)(?:was|were|is|are)\s")


def _among_parent(doc: Document, i: int, hits: list[Hit]) -> Hit | None:
    """ "Among the martyred personnel was one officer": a share of the latest figure of those people."""
    among = _AMONG_START.match(doc.text, doc.sentences[i].start, doc.sentences[i].end)
    if not among:
        return None
    who = among.group("who").lower()
    outcome = OUTCOME.injured if re.search(r"injur|wound|hurt", who) else OUTCOME.killed
    population = (POPULATION.military if re.search(r"personnel|soldiers|troops|servicemen|military|officers", who)
                  else POPULATION.civilian if "civilian" in who else None)
    return next((h for h in reversed(hits) if not h.fields["subgroup"] and h.fields["outcome"] == outcome
                 and population in (None, h.fields["population"])), None)


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
    for k in range(1, len(nums)):  # "gunmen killed two soldiers and three civilians": one verb, two objects
        f, prev = figures[k], figures[k - 1]
        if f and prev and f.outcome is None and prev.outcome and prev.end == prev.head_end and (
                _AND_NEXT.fullmatch(doc.text, prev.head_end, nums[k].qual_start) or _in_series(doc, nums, figures, k)):
            f.outcome, f.end = prev.outcome, max(f.end, f.head_end)
    for k in range(len(nums) - 2, -1, -1):  # "14 civilians and 15 soldiers had been killed"
        f, nxt = figures[k], figures[k + 1]
        if f and nxt and f.outcome is None and nxt.outcome and not _OF_THEM.match(doc.text, f.number.end) and re.fullmatch(
                r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", doc.text[f.head_end:nxt.number.qual_start]):
            # not "five killed, two of them children, and nine injured": the two are a share of the five
            f.outcome, f.end = nxt.outcome, nxt.end
            head = doc.text[f.head_start:f.head_end]
            if head not in _NON_STATE and head not in _STATELESS:  # not "two smugglers and a Liberian officer"
                f.side = f.side or nxt.side


def _in_series(doc: Document, nums: list[Number], figures: list, k: int) -> bool:
    """Whether figure k follows the one before with a comma, in a series an "and" closes: "killed four Ugandan
    soldiers, one Tanzanian soldier and three fishermen" (not "12 people, seven women and five children", a breakdown
    of those people)."""
    f, prev = figures[k], figures[k - 1]
    return bool(re.fullmatch(r",\s+", doc.text[prev.head_end:nums[k].qual_start]) and k + 1 < len(nums)
                and figures[k + 1] is not None and doc.text[prev.head_start:prev.head_end].lower() not in _GENERIC_HEADS
                and _AND_NEXT.fullmatch(doc.text, f.head_end, nums[k + 1].qual_start))


def _figures_of_sentence(doc: Document, i: int, figures: list, source_id: str | None,
                         parent: Hit | None = None, figs: dict | None = None) -> list[Hit]:
    hits, main, main_fig, last_row = [], parent, None, None
    for f in figures:
        if f is None:
            continue
        lead_from = last_row if last_row is not None else (main_fig.head_end if main_fig else f.number.qual_start)
        lead = doc.text[lead_from:f.number.qual_start]
        in_breakdown = bool(main is parent and parent) or bool(main and main_fig and (_BREAKDOWN.search(lead.strip(" —–-,(:")) or re.fullmatch(r"\s*[—–(:]\s*", lead) or
                                      f.listed == "comma" or
                                      _OF_THEM.match(doc.text, f.number.end) and (f.subgroup is not None or  # "one of them a child"
                                      re.fullmatch(r"[\s,—–(:]*", doc.text[max(main_fig.end, lead_from):f.number.qual_start])) or
                                      (last_row is not None and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", lead)
                                       # not "five killed, two of them children, and nine injured": its own outcome
                                       and f.outcome in (None, main.fields["outcome"]))))
        if f.outcome is None and (in_breakdown or (main and f.population is None)):
            f.outcome = main.fields["outcome"]
        if f.population is None and _AMONG_OWN.match(doc.text, f.head_end):
            f.population = POPULATION.military  # "some 31 casualties among its own forces": the speaker's (`_side`)
        same_people = f.population is None and main is not None and not f.side
        if f.population is None:  # "and seventy-eight were injured": the same people as before
            f.population = main.fields["population"] if main else POPULATION.unspecified
            f.side = f.side or (main.fields["side_state"] if main else None)
        if f.listed and in_breakdown and f.subgroup is None and f.outcome is not None and not _excluded(doc, i, f):
            # "including his driver" is no figure of its own, but the list goes on: "Two Chadian civilians, a
            # herder and his son aged 12, lost their lives" has the son as a row
            last_row = f.head_end
            continue
        if f.outcome is None or _excluded(doc, i, f) or (f.listed and in_breakdown and f.subgroup is None):
            last_row = None  # "including a woman" is a row
            continue
        row = in_breakdown and f.subgroup is not None
        if row and f.listed == "comma" and main.fields["count"] == 1:
            continue  # "One of the occupants, a man aged about 35, ...": the one person described, no share of him
        if same_people and not f.side:  # "Two of our policemen were killed and three wounded": no other guess
            f.no_side = True
        hit = _hit(doc, i, f, main if row else None, source_id, inherit=main if in_breakdown else None)
        hits.append(hit)
        if figs is not None:
            figs[id(hit)] = f
        last_row = f.end if in_breakdown else None
        if not in_breakdown:
            main, main_fig = hit, f
    return hits


# "no one was hurt" counts nobody; nor do "none of the tanker's 23 crew were hurt", "neither of the two guards"
_NEGATED = re.compile(r"(?i)\bno\s+$|\b(?:none|neither)\s+of\s+(?:(?:the|its|their|our|his|her|these|those)\s+)?"
                      r"(?:[\w’'-]+['’]s\s+)?$")
# A toll that rose "after" more died: those are the rise, counted in the new toll, never a figure to add.
_INCREMENT = re.compile(r"(?i)\b(?:rose|risen|climbed|increased|went\s+up|jumped)\s+to\b[^.;:]{0,100}?"
                        r"\b(?:after|when|as)\s+(?:(?:another|a\s+further|at\s+least)\s+)?$")

# A toll given earlier in the sentence, which "one more" death after it explains
_TOLL_STATED = re.compile(r"(?i)\b(?:toll|number|tally)\b[^.;:]{0,100}?\b(?:at|to)\s+[\w,]+\b[^.;:]{0,80}$")

# "An earlier navy statement, issued before the crew had been accounted for, had said two sailors were killed": a figure
# its own source has since revised, superseded and not a competing claim
_SUPERSEDED = re.compile(r"(?i)\b(?:an?|the|its|their)\s+(?:earlier|initial|first|previous|original)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:statement|report|version|figure|toll|count|estimate|bulletin|tally|communiqu[eé])\b"
                         r"[^.;:]{0,90}?\bhad\s+(?:said|given|put|reported|stated|claimed)\b[^.;:]{0,40}$")
# "six of its soldiers had now been killed ..., up from four dead reported on Sunday": the toll it superseded
_UP_FROM = re.compile(r"(?i)[,\s](?:up|down)\s+from\s+(?:the\s+)?$")  # "up from the two dead it reported"
# A wire's correction line, "(Corrects toll in paragraph 1 to one killed, from two killed)": the corrected figure is the
# story's own and the wrong one withdrawn; neither is a figure of its own
_CORRECTION_LINE = re.compile(r"\(?\s*(?:Corrects|Correcting|Refiles\s+to\s+correct)\b")
# "Correction: an earlier entry said eight sailors were injured", "an earlier version of this story said": the
# outlet's own earlier text, withdrawn (a live blog's entry or post, a story's version); also "In an earlier post we
# reported that", "An earlier version of this story, citing a local hospital, said"
_OWN_EARLIER = re.compile(r"(?i)\b(?:an?|the|our)\s+(?:earlier|previous|original)\s+(?:entry|post|update|version"
                          r"(?:\s+of\s+this\s+(?:story|article|report|blog))?)(?:,[^,.;:]{1,60},)?(?:\s+(?:we|it))?"
                          r"\s+(?:had\s+)?(?:said|stated|reported|gave|put)\b[^.;:]{0,40}$")

# A report the sentence calls false: "Information circulating on social media that as many as nine Georgian soldiers
# died in the incident is false", "Claims that 20 guards were killed are untrue"
_REPORT_THAT = re.compile(r"(?i)\b(?:reports?|claims?|information|rumou?rs?|allegations?|suggestions?|posts?)\b"
                          r"[^.;:]{0,60}?\bthat\b[^.;:,]{0,30}$")
_IS_FALSE = re.compile(r"(?i)[^.;:]{0,80}?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:false|untrue|unfounded|baseless|"
                       r"fabricated|incorrect)\b")

# "Three of the nine crewmen lost their lives": the second count is the group the first is taken from; the verb is
# the share's, not the group's (but "two of the five soldiers killed were officers": a participle, five killed)
# ("two of the boat's 11 crew were killed": the craft's crew, named by its owner, is the group too)
_GROUP_OF = re.compile(rf"(?i)(?<![\w-])(?:\d[\d,]*|{NUMBER_WORDS})\s+of\s+(?:the|its|their|our|these|those)\s+"
                       r"(?:[\w-]+['’]s\s+)?$")
_FINITE_AFTER = re.compile(r"(?i)(?:\s+(?:on\s+board|aboard|on|of|from|in|at)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
                           r"\s+(?:(?:also|all|later|reportedly|allegedly)\s+)?(?:were|was|had|have|has|are|is|lost|died|"
                           r"perished|succumbed|drowned)\b")


# One of a toll told again as a person: "One of the dead, 42-year-old Joseph Mulenga of Kitwe, was pulled from his cab",
# "the family of one of the dead, 19-year-old Abdi, held a mourning gathering" (not "one of the dead was a Ghanaian
# constable": what some of them were, a breakdown)
_ONE_OF_NAMED = re.compile(r"(?i)\s+of\s+the\s+(?:dead|victims|wounded|injured|killed),\s+(?:an?\s+)?\d{1,3}-year-old\b")
_FAMILY_OF = re.compile(r"(?i)\b(?:family|families|funeral|relatives|body|widow|mother|father|name|grave)\s+of\s+$")


def _excluded(doc: Document, i: int, f: _Figure) -> bool:
    s = doc.sentences[i]
    if f.number.value == 1 and _ONE_OF_NAMED.match(doc.text, f.number.end):
        return True
    if _CORRECTION_LINE.match(doc.text, s.start, s.end) or _SUPERSEDED.search(
            doc.text, max(s.start, f.number.qual_start - 160), f.number.qual_start) or _OWN_EARLIER.search(
            doc.text, max(s.start, f.number.qual_start - 80), f.number.qual_start):
        return True
    before = doc.text[max(s.start, f.number.qual_start - 40):f.number.qual_start]
    # (not the one a statement mourns, counted by its article: "the family of the Kenyan fisherman who died")
    if _UP_FROM.search(before) or _FAMILY_OF.search(before) and doc.text[f.number.start:f.number.end].lower() != "the":
        return True  # (and "the family of one of the dead")
    if _IS_FALSE.match(doc.text, f.end, s.end) \
            and _REPORT_THAT.search(doc.text, max(s.start, f.number.qual_start - 120), f.number.qual_start):
        return True
    if _GROUP_OF.search(before) and _FINITE_AFTER.match(doc.text, f.head_end):
        return True
    if _INCREMENT.search(doc.text, max(s.start, f.number.qual_start - 160), f.number.qual_start):
        return True  # "rose to seven on Tuesday after two of the wounded died": the rise, inside the seven
    if (_MORE.match(doc.text, f.number.end, f.head_start + 1) or re.search(r"(?i)\b(?:another|a\s+further)\s+$", before)) \
            and _TOLL_STATED.search(doc.text, max(s.start, f.number.qual_start - 200), f.number.qual_start):
        return True  # "put the number of its dead at six, saying that one more engineer had succumbed": the rise
    return bool(_NEGATED.search(before) or _HYPOTHETICAL.search(before) or _OTHER_VERB_BEFORE.search(before) or _HYPOTHETICAL.search(doc.text, f.number.qual_start, f.end)
                or _NOT_CASUALTY.match(doc.text, f.head_end, s.end)
                or _BODIES.search(before)
                and not _BODIES_FOUND.search(doc.text, max(s.start, f.number.qual_start - 70), f.number.qual_start)
                and not any(_FOUND_AFTER.match(doc.text, at) for at in (f.head_end, max(f.end, f.head_end))))
