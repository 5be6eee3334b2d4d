"""One number read as a figure: the noun phrase after it, its outcome, and the side the phrase itself names
("31 Pakistani civilians were killed", "put the losses of the Tajik border troops at four dead", "seventy-eight were
injured", "killing 11 Ghanaian traders")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import fastre, lexicon, places
from ...document import NATIONAL_AFTER, Document
from ...numbers import Number
from ...vocab import ACTOR, OUTCOME, POPULATION, SUBGROUP
from .words import (
    _ADVERB, _AND_THEN_DIED, _ATTACKER, _BODIES, _CRAFT, _FOUND_AFTER, _HOSPITAL_RECEIVED, _INJURED, _KILLED,
    _KIN_OF, _MODIFIERS, _MORE, _NAME_AGE, _NON_STATE, _OF_THEM, OUTCOME_NOUNS, _PARTICIPLE_OUTCOME, PEOPLE,
    _PEOPLE_HEADS, _PERSON_HEADS, _PHRASE, _PLACE_KIND, PUT_COUNT_AT, _RECOVERED, _WITH_UNIT
)

_MODIFIER_RES = tuple((re.compile(rf"(?i)\b{word}\b"), pop) for word, pop in _MODIFIERS.items())  # the last wins

_PEOPLE_AFTER = re.compile(rf"\s+(?:[A-Z][\w’'-]+\s+){{0,2}}(?P<head>{_PERSON_HEADS})\b")  # "dead Kenyan civilians"

# "two Algerian citizens, both traders from Tamanrasset, were among the dead": one of the people counted
_AMONG = r"among\s+(?:the\s+|those\s+)?(?:dead|killed|injured|wounded|fatalities|casualties)"
_ACRONYM = r"\s*\([A-Z][\w.&-]{1,12}\)"  # "(PNP)", "(FC)" after a force's name
_POSTED = r"(?:attached|assigned|deployed|posted|stationed|based|seconded)\s+(?:to|at|in|with|on)"
# "five Nigerians brought in from the border had died": patients carried to where they were counted
_CARRIED = r"(?:brought|taken|rushed|carried|evacuated|admitted|airlifted|flown)\s+(?:in|to|from)"

# (the end of a name whose start _PHRASE took as the force: "of the Border Guard| Service of the Republic of X")
_FORCE_NAME = r"(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}\s+of\s+the\s+(?-i:[A-Z])[\w’'-]*(?:(?:\s+(?:of|for|the|and)){0,2}\s+(?-i:[A-Z])[\w’'-]*){0,12}"
_FORCE_NAME_RE = re.compile(_FORCE_NAME)

_OUTCOME_AFTER = re.compile(
    rf"(?i)(?:{_ACRONYM})?"
    # "two (2) citizens of the Republic of Moldova, a woman aged 64 and her grandson aged 9, were injured"
    rf"(?:\s+(?:from|in|of|at|near)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?(?=,))?"
    # "One liSwati male aged 34, a resident of Lomahasha, was certified dead": a police statement's age after the noun
    rf"(?:\s+aged\s+(?:about\s+)?\d{{1,2}}(?:\s+years)?(?=[,\s]))?"
    # 'seven people, "including foreign nationals", had been treated': the aside may be quoted from the release
    rf"(?:\s*[,—–(]\s*[“\"]?(?:among\s+(?:them|whom)|including|of\s+whom|(?:\w+\s+)?of\s+(?:them|whom))"
    rf"(?:\(\d{{1,4}}\)|[^,;)—–]){{0,80}}[,)—–]"  # "including two (2) women,": a count echoed in digits
    # "Two of our traders – both of them market women who ... – were shot dead"; "two citizens, a woman aged 64
    # and her grandson aged 9, were injured"; "the three men, all from the village of Skotiau, were killed"
    rf"|\s+[—–]\s[^—–;.]{{1,160}}?\s[—–]"
    # "A third man, who swam to shore, is being treated at Karonga District Hospital": a relative clause set off
    # (and "His cousin, who was with him, was wounded"; not "who was hurt", an outcome told in the clause)
    rf"|,\s+who\s+(?!(?:(?:were|was|had|have|has|are|is)\s+(?:been\s+)?)?(?:\w+ly\s+)?"
    rf"(?:killed|injured|wounded|hurt|shot)\b)[a-z]+(?:\s+[\w’'-]+){{0,6}}?,"
    # "three members of the VDP, the civilian auxiliaries who fight alongside its forces, died"
    # "Two other victims, namely a 17-year-old boy and a woman aged 41, sustained gunshot wounds"
    # "two crew members, citizens of the DPRK, were killed"
    rf"|,\s+(?:an?|the|their|his|her|both|all|most|mostly|aged|one|two|three|four|five|many|several|some|namely|"
    rf"citizens|nationals)\s"
    rf"[^,;.]{{0,70}},"
    # "A second crewman, injured in August, dies in hospital": an earlier hurt told as an aside, the verb after it
    rf"|,\s+[a-z]{{2,}}ed\s+(?:in|on|at|during|near|by)\s[^,;.]{{1,40}}?,(?=\s+(?:\w+ly\s+)?(?:died|dies|succumbed|was|were|had)\b)"
    # "Mr. Simon Haingura (34),", "a third youth, Rafiqul Islam, 19, had succumbed", "A third man, 22-year-old Mthulisi
    # Dube, survived"
    rf"|,\s+(?:\d{{1,2}}-year-old\s+)?(?-i:[A-Z])[\w’'. -]{{1,40}}?{_NAME_AGE}?"
    # "two of our drivers, Kofi Mensah, 41, and Yao Agbo, 37, were": the dead named in apposition, two by "and"
    rf"(?:,?\s+and\s+(?-i:[A-Z])[\w’'. -]{{1,40}}?{_NAME_AGE}?)?"
    # "A Bangladeshi national, Md. Shahidul Islam (24), son of Md. Abdul Jalil of Dahagram union, was killed"
    rf"{_KIN_OF}?,)?"
    rf"(?:\s+(?:from|in|of|at|near)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?[A-Z][\w’'-]+"
    rf"{_PLACE_KIND}(?=(?:{_ACRONYM})?\s+(?:\w+ly\s+|also\s+)?"
    r"(?:were|was|had|have|died|who|that|[a-z]+ing|lost|perished|succumbed|sustained|suffered)\b)"
    rf"(?:{_ACRONYM})?"  # "three fishermen from the town of X lost their lives"
    # "two servicemen of the Border Troops of the State Committee for National Security of the Republic of
    # Tajikistan were killed": a communiqué's full name of a force, capitalised words joined by "of", "for", "and"
    rf"|{_FORCE_NAME}(?=\s+(?:were|was|had|have)\b)"
    # "one of two fishermen from this town killed on Saturday": the town the text speaks from
    rf"|\s+from\s+(?:this|our|that)\s+(?:town|village|city|port|district|island|community)"
    rf"(?=\s+(?:were|was|had|have|died|killed|wounded|injured|shot)\b)"
    # "three residents of a farming hamlet on the Guinean side were wounded"
    rf"|\s+(?:of|from|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?on\s+the\s+[A-Z][\w’'-]+\s+side"
    rf"(?=\s+(?:were|was|had|have)\b))?"
    # "a second man on board had died", "three crew aboard the trawler were injured", "a sailor on one of its patrol
    # vessels had been injured"
    # "two crewmen of a Thai trawler were injured": the craft they serve on
    rf"(?:\s+(?:on\s+board|aboard|(?:on|of|from)(?=\s+(?:one\s+of\s+)?(?:the|an?|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_CRAFT}))"
    rf"(?:\s+(?:one\s+of\s+)?(?:the|a|an|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,2}}?)?"
    rf"(?=\s+(?:were|was|had|have|died|sustained|suffered|[a-z]+ly)\b))?"
    # "two Nepalese peacekeepers with the U.N. mission were killed", "three guards from the border post were hurt": the
    # unit or body a person serves with, in lower case
    rf"{_WITH_UNIT}"
    # "Two civilians travelling in a lorry behind them were also hurt", "Two volunteers from Balti working with a
    # demining team in the Odesa region lost their lives": a participle phrase between noun and verb
    # "a Lithuanian officer who went into the water after him was treated for ...": a relative clause likewise
    # "two army engineers attached to the joint survey team were injured": a past participle of posting likewise,
    # or of carrying ("five Nigerians brought in from the border had died")
    rf"(?:\s+(?:[a-z]+ing|{_POSTED}|{_CARRIED}|who\s+(?!(?:were|was|had|have|has|are|is)\b)[a-z]+)"
    rf"(?:\s+[\w’'-]+){{0,9}}?"
    rf"(?=\s+(?:were|was|had|have|are|is|died|lost|perished|succumbed|sustained|suffered|paid)\b)"
    # "Two men described by the interior ministry as members of a smuggling network were shot dead", "a truck driver
    # caught in the crossfire was also hurt": a past participle of circumstance or description (not of the outcome)
    rf"|\s+(?!{_PARTICIPLE_OUTCOME})(?:[a-z]{{2,}}ed|caught|trapped)\s+(?:by|in|on|at|as|near|inside|while|during|"
    rf"between|under|aboard|among)\b(?:\s+[\w’'-]+){{1,12}}?(?=\s+(?:were|was|had|have|died|lost|perished|succumbed)\b)"
    rf"|{_AND_THEN_DIED})?"
    # "three more resulted wounded": a translated idiom of Spanish and French releases
    # 'one national "later died of his injuries"', 'two soldiers "were killed in action"': a release quoted from its verb
    # '"more than 40 assailants" had been neutralised': a figure quoted up to its noun
    # "six of its soldiers had now been killed": the toll told so far
    rf"[”\"]?\s+(?:(?:who|that)\s+)?[“\"]?(?:(?:were|was|are|is|have|has|had|been|being|also|reportedly|allegedly|"
    rf"all|since|later|now|resulted|left|(?:believed|thought|said|understood|presumed|reported|known)\s+to\s+have)\s+)*"
    rf"[“\"]?(?:{_ADVERB}\s+)?[“\"]?(?P<v>{_KILLED}|{_INJURED}|{_AMONG})\b")  # “died of his wounds”, “lightly injured”

_OUTCOME_BEFORE = fastre.guard(re.compile(
    r"(?i)\b(?P<v>(?:claimed|claiming|took|taking|cost|costing)\s+the\s+lives\s+of|lost|losing|"
    # "resulted in the killing of four smugglers", "the injury of a third soldier"
    r"(?:killing|deaths?|loss|wounding|injuring|injur(?:y|ies)|martyrdom)\s+of(?:\s+the)?|"
    # "the loss of the lives of two gendarmes", "noted the loss of lives, including three (3) members of the Malawi
    # Defence Force": a communiqué's dead
    # ("the loss of life in those incidents of four UPDF soldiers": where, between the loss and its dead)
    r"loss\s+of\s+(?:the\s+)?li(?:fe|ves)(?:\s+(?:in|during)\s+(?:[\w-]+\s+){0,3}[\w-]+)?(?:\s+of|,?\s+including)|"
    r"(?:fatally|mortally)\s+(?:wounding|injuring|shooting|stabbing|wounded|injured|shot)|"  # "fatally wounding two": deaths
    r"killed|killing|kills|martyred|injured|injuring|wounded|wounding|left|leaving|claimed|claiming|"
    r"cost(?:ing)?|"  # "the fighting on that border cost more than 60 lives"
    # "injuries to two others"; "claimed it had “neutralised” 12 fighters"
    r"(?:injur(?:y|ies)|wounds?)\s+to|neutrali[sz](?:ed|ing)|"
    # "the dead include 15 fighters", "the injured included two nurses": the outcome noun as the subject
    r"(?<=the\s)(?:dead|deceased|killed|injured|wounded|casualties|fatalities)\s+(?:include[sd]?|were)|eliminat(?:ed|ing)|murder(?:ed|ing)|massacr(?:ed|ing)|"
    r"shot\s+dead|gunned\s+down|"
    # "recovered the bodies of two men": police and coast-guard releases count their dead so (not "returned the
    # bodies of", a repatriation of dead already counted: _BODIES)
    rf"{_RECOVERED}\s+(?:the\s+)?bodies\s+of(?:\s+the)?|"
    # "the hospital there had received the bodies of seven Libyan soldiers" (not a state that "received the bodies"
    # of its soldiers, handed back)
    rf"{_HOSPITAL_RECEIVED}\s+(?:the\s+)?bodies\s+of(?:\s+the)?|"
    # "the riposte made it possible to neutralise some fifty terrorists": French releases' "a permis de neutraliser"
    r"made\s+it\s+possible\s+to\s+(?:neutrali[sz]e|eliminate|kill)|"
    r"death\s+toll\s+(?:rose|climbed|stood|reached|rising)(?:\s+(?:to|at))?|toll\s+(?:rose|climbed|stood|reached)(?:\s+(?:to|at))?)"
    # "neutralised, on 3 August 2026, three (03) terrorists": a date or place set off by commas
    r"[”\"’]?(?:,\s+(?:on|in|at|near|during|overnight|last|early|late)\b[^,;.:“”\"]{1,30},)?"
    # "wounding “at least three of the attackers”": the figure quoted from a release
    r"\s+[“\"‘]?(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|as many as|another|an estimated|"
    r"approximately|only|just)\s+)?$"))  # "acknowledged the deaths of only two Congolese nationals"
# (or the number someone puts it at: 'puts the number at "at least five"', the figure quoted)
_TOLL_BEFORE = re.compile(rf"(?i)(?:\b(?:death\s+)?toll\b[^.;:]{{0,40}}?\b(?:at|to|of|reached)|{PUT_COUNT_AT})"
                          r"\s+[“\"‘]?$")
# "The death toll from last week's clash between a Vanuatu police patrol boat and Solomon Islands fishing vessels
# near the Torres Islands has risen to three": an update's toll, whose event may take a long noun phrase
_TOLL_ROSE = re.compile(r"(?i)\bdeath\s+toll\b[^.;:]{0,160}?\b(?:(?:has|had)\s+)?(?:risen|rose|climbed|increased|"
                        r"jumped|reached|stands\s+at|stood\s+at)(?:\s+to)?\s+$")
# "put the losses of the Tajik border troops at four dead", "the number of our compatriots who died had risen to six"
_COUNT_OF = re.compile(
    # "put the insurgents' losses in the ambush at nine dead": whose losses, told by a possessive
    r"(?i)\b(?:put|puts|putting|putt?ing|placed?|estimated?)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:[\w-]+\s+)?[\w-]+(?:['’]s|s['’])\s+)?"
    r"(?:number|losses|toll|dead)\b"
    r"[^.;:!?]{0,60}?\bat\s+$"
    # "It brings the number of border guards martyred in the region since January to seven"
    r"|\bthe\s+number\s+of\s+[^.;:!?]{0,50}?\b(?:dead|killed|deaths|died|injured|wounded|casualties|martyred|martyrs)\b"
    r"[^.;:!?]{0,70}?\b(?:at|to|reached|stood\s+at|was|is)\s+$"
    # a bulletin's heading: "- Number of deaths: 9 (nine)", "Number of injured: 21"
    r"|(?-i:\bN)umber\s+of\s+(?:deaths|dead|fatalities|injured|wounded|injuries|casualties)\s*:\s*$")
# A total the count brings a toll to, told before the number it counts: "bringing to at least 11 the number of
# Zimbabweans ... killed"
_BRINGING_TO = re.compile(r"(?i)\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took)\s+to\s+"
                          r"(?:(?:at\s+least|more\s+than|over|about|some|nearly|almost)\s+)?$")
_NUMBER_OF_AFTER = re.compile(r"(?i)\s+the\s+(?:total\s+)?number\s+of\s+[^.;:!?]{0,60}?\b(?:dead|killed|deaths|died|"
                              r"injured|wounded|casualties|martyred)\b")
# Whose people a bare count is, told after it: ", all of Mauritanian nationality", ", all Malian nationals"
_ALL_OF_NATION = re.compile(r"(?:\s*\([\w -]{1,20}\))?,\s+all\s+(?:of\s+)?(?:them\s+)?(?P<who>[A-Z][\w’'-]+)\s+"
                            r"(?:nationality|nationals|citizens)\b")
_LEFT_DEAD = re.compile(r"(?i)\s+(?P<v>dead|injured|wounded)\b")
# "left two agents of Bolivia's Special Force to Fight Drug Trafficking (FELCN) dead": the rest of the force's name,
# which the state's mention does not cover, before "dead"
_LEFT_NAMED_DEAD = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w’'-]*|of|to|for|the|and|against|de|del|la|y)){0,8}?"
                              r"(?:\s*\([A-Z][\w.&-]{1,12}\))?\s+(?P<v>dead|injured|wounded)\b")

# ... and in the active, before the count: "the group said it had counted nine bodies", "police recovered four bodies"
_FOUND_BEFORE = re.compile(rf"(?i)\b(?:{_RECOVERED}|counted|counting|saw|seen)\s+$")

_TEAM = re.compile(r"\s+of\s+(?:the|its|their|our|a)\s+(?:[\w-]+\s+){0,2}?(?:force|forces|patrol|unit|squad|team|crew|"
                   r"battalion|company|mission|delegation|contingent|detachment|brigade|regiment|platoon|garrison|"
                   r"(?P<band>band|gang|cell|outfit|faction|cartel|group))\b")
_AND_HEAD = re.compile(rf"\s+(?:and|or)\s+(?P<head2>{_PERSON_HEADS})\b(?!\s+of\b)")

_OF_ITS_OWN = re.compile(r"\s+of\s+(?:its|their)\s+own\b")
# A nationality in apposition, also after the craft or unit the people belonged to ("One crew member of the trawler,
# an Italian citizen,", "One fisherman, a 41-year-old national of the Dominican Republic,", "two men, Ukrainian
# citizens aged about 30 and 45,"); an article or a word of nationality makes it one, not a list ("two soldiers, Indian
# officials said")
_APPOSITIVE_STATE = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
                               r",\s+(?:(?P<a>an?|both|all)\s+)?"
                               r"(?:\d{1,2}-year-old\s+)?(?P<of>(?:nationals?|citizens?)\s+of\s+(?:the\s+)?)?")
_APPOSITIVE_END = re.compile(r"\s*,|\s+(?:nationals?|citizens?)(?:\s+aged\s+[\w\s]{1,40}?)?\s*,")
# "a crew member of Chinese nationality"
_OF_NATIONALITY = re.compile(r"\s+of\s+")
_NATIONALITY_END = re.compile(r"\s+(?:nationality|citizenship)\b")
# (after the clause: "..., all of them Comorian nationals.", "..., both of them Ivorian.")
_ALL_OF_THEM = re.compile(r",\s+(?:all|both)\s+of\s+them\s+")
_NATIONALS_END = re.compile(r"(?:\s+(?:nationals|citizens))?\s*[,.;]")
# An armed band's nouns (shared with the side reader: "the group ..., killing six of its members")
_BANDS = r"(?:band|gang|cell|outfit|faction|cartel|group|network)"
_BAND_NP = re.compile(rf"(?i)\bmembers\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_BANDS}\b")
# "one officer of Carabineros", "three members of the Volunteers for the Defence of the Homeland (VDP)"
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?")
# "12 al-Shabaab fighters", "two al-Qaeda militants": a named armed group, no state's people
_GROUP_NAME = re.compile(r"\b[Aa]l-[A-Z]")
# Armed groups that speak of "their" fighters: no state's people
_GROUPS_SAID = re.compile(r"(?i)\b(?:groups|rebels|militias|insurgents|guerrillas|movements|fronts|factions)\s+"
                          r"(?:said|say|says|claimed|claim|reported|admitted|acknowledged)\b")
_OF_THEIR = re.compile(r"\s+of\s+their\s")
_SHARE_AT = re.compile(r"\s+(?:at|in|on|near|inside)\s+(?:the\s+)?[A-Z]")
_SUB_NOUN = re.compile(rf"\s+(?:(?:was|were|being)\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?P<head>{_PERSON_HEADS})\b")
_PARTITIVE = re.compile(r"(?i)\bof\s+(?:the|its|their)\s+[^.;]{0,80},\s*(?:[a-z]+\s+){0,3}$")
# "Nepali security guards": a state's form may stand a word before the noun
_PEOPLE_NP = re.compile(rf"(?:[A-Z][\w’'-]+\s+(?:[a-z][\w-]+\s+)?)?(?P<head>{_PERSON_HEADS})\b")
_VERB_OUTCOME = {**dict.fromkeys(("killing", "kills", "claimed", "claiming"), OUTCOME.killed),
                 **dict.fromkeys(("injuring", "wounding"), OUTCOME.injured)}


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
    no_side: bool = False  # members of a band or a named armed group, or the same people as a figure without one
    listed: str | None = None  # "a woman" in a list after a figure: "breakdown", "and" or "comma" (see _listed)
    by_claimant: bool = False  # the side is only the claimant's state, for want of any other (see _side)


def _outcome_word(v: str) -> str:
    v = re.sub(r"\s+", " ", v.lower())
    if v.endswith((" include", " includes", " included", " were")):  # "the dead include", "the injured were"
        return (OUTCOME.casualties if v.startswith("casualt") else OUTCOME.injured if v.startswith(("injur", "wound"))
                else OUTCOME.killed)
    if re.search(r"\b(?:fatal|mortal)(?:ly)?\b", v):  # "sustained fatal gunshot wounds", "fatally wounded"
        return OUTCOME.killed
    if v.startswith("loss of"):  # "the loss of lives, including"
        return OUTCOME.killed
    if v.endswith((" of", " of the")):  # "the killing of", "the wounding of"
        v = v.split()[0]
        return OUTCOME.injured if v in ("wounding", "injuring", "injury", "injuries") else OUTCOME.killed
    if v in _VERB_OUTCOME:
        return _VERB_OUTCOME[v]
    if v.startswith("among "):
        return (OUTCOME.injured if re.search(r"injur|wound", v) else OUTCOME.casualties if "casualt" in v
                else OUTCOME.killed)
    # "injuries to two others"; re.I since v is lower-cased and _INJURED names places ("in hospital in Saint John")
    if re.match(_INJURED, v, re.I) or v.startswith(("injur", "wound")):
        return OUTCOME.injured
    return OUTCOME.killed


# A situation report's figures as labelled lines: "– Killed, Gabonese side: 6 (Ministry of Health)", "Injured: at
# least 19", "Deaths (Thai side): 4"
_LABELLED = re.compile(r"(?i)[\s–—•*-]*(?P<o>killed|dead|deaths|fatalities|injured|wounded|casualties)"
                       r"(?P<side>(?:,\s*|\s+\(|\s+on\s+the\s+)[^:;()\n]{1,40}?\)?)?\s*:\s*")
_LABEL_OUTCOME = {**dict.fromkeys(("killed", "dead", "deaths", "fatalities"), OUTCOME.killed),
                  **dict.fromkeys(("injured", "wounded"), OUTCOME.injured), "casualties": OUTCOME.casualties}


def _parse(doc: Document, i: int, n: Number) -> _Figure | None:
    """The noun phrase and outcome after a number ("31 civilians were killed"), if it counts people."""
    text, s = doc.text, doc.sentences[i]
    if (label := _LABELLED.fullmatch(text, s.start, n.qual_start)) and not _PHRASE.match(text, n.end, s.end):
        side = _side_in(doc, i, label.start("side"), label.end("side")) if label.group("side") else None
        return _Figure(n, label.start("o"), n.end, POPULATION.unspecified, None,  # the label is the figure's noun
                       _LABEL_OUTCOME[label.group("o").lower()], side, n.end)  # phrase: the quote holds it
    wounded = _OF_THE_WOUNDED.match(text, n.end, s.end)
    if wounded:  # "One of the wounded soldiers succumbed to his injuries"
        head = wounded.group("head") or wounded.group("head2")
        population = (PEOPLE[head][0] if head else POPULATION.military if wounded.group("rank")
                      else POPULATION.unspecified)
        return _Figure(n, n.end, wounded.end(), population, None, OUTCOME.killed, None,
                       wounded.end())
    aged = _AGE_NOUN.match(text, n.end, s.end)
    after = aged and _OUTCOME_AFTER.match(text, aged.end(), s.end)
    if after:  # "a 19-year-old was shot dead": someone known by an age alone, no soldier (they go by rank)
        young = int(aged.group("age")) < 18
        return _Figure(n, aged.start(), aged.end(), POPULATION.civilian, SUBGROUP.children if young else None,
                       _outcome_word(after.group("v")), None, after.end())
    m = _PHRASE.match(text, n.end, s.end)
    if (not m or m.group("head") not in PEOPLE) and (counted := _count_of(doc, i, n)):
        return counted
    share = _SHARE_OF.match(text, n.end, s.end)
    if share:  # "four of the 23 fishermen rounded up by the Ugandan officers were injured"
        population, subgroup = PEOPLE[share.group("head")]
        armed = _armed_men(text[n.end:share.start("head")], share.group("head"))  # "one of the armed persons"
        return _Figure(n, share.start("head"), share.end("head"), population, None, _outcome_word(share.group("v")),
                       None if armed else _side_in(doc, i, share.start("head") - 30, share.end("head")), share.end(),
                       no_side=armed)
    people = _people_noun(doc, i, n.end)
    team = m and m.group("head").startswith("member") and _TEAM.match(text, m.end(), s.end)
    if team:  # "two (2) members of the force", "four (4) members of the survey team"
        m, team_end = None, team.end()
    body = m and (_body_after(doc, i, m.end("head")) or m.group("force") and _body_after(doc, i, m.end()))
    member = m and m.group("head").startswith("member")
    force_before = member and _force_in_mods(doc, i, m)  # "two SANDF members were killed"
    if member and not (re.search(r"(?:crew|service)\s+$", m.group("mods")) or m.group("force") or body or force_before
                       or re.search(r"\bof\s+(?:its|their|our)\s+$", m.group("mods"))):
        # ("four of its members were injured": a union's or an association's own people count)
        m = None  # "members of parliament" count nobody; crew members and members of an army do
    if team:
        military = bool(re.search(r"(?i)forces?|patrol|unit|squad|army|police|guard|battalion|company|contingent|"
                                  r"detachment|brigade|regiment|platoon|garrison", team.group()))
        after = _OUTCOME_AFTER.match(text, team_end, s.end)
        before = not after and _OUTCOME_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start])
        if before and before.group("v").lower() not in ("left", "leaving", "lost", "losing"):
            # "the wounding of three (3) other members of the force"
            band = bool(team.group("band"))  # "the dead include 15 members of the armed group": no state's people
            population = POPULATION.military if military and not band else POPULATION.unspecified
            return _Figure(n, n.end, team_end, population, None, _outcome_word(before.group("v")), None, team_end,
                           no_side=band)
        if after:  # "three presumed members of the same band": no state's people
            band = bool(team.group("band"))
            # "one member of the Japanese crew died": a crew's side is its flag's
            population = (POPULATION.military if military and not band else
                          POPULATION.civilian if team.group().endswith("crew") else POPULATION.unspecified)
            return _Figure(n, n.end, team_end, population, None, _outcome_word(after.group("v")),
                           None if band else _side_in(doc, i, n.end, team_end), after.end(), no_side=band)
        return None
    if not m and not people:
        return _bare(doc, i, n)
    if people and (not m or people.end >= m.end()):
        head_start, head_end, population, subgroup, mods = people.start, people.end, POPULATION.unspecified, None, ""
        outcome = None
    else:
        head = m.group("head")
        head_start, head_end, mods = m.start("head"), m.end(), m.group("mods")
        if not head.startswith("member"):
            population, subgroup = PEOPLE.get(head, (POPULATION.unspecified, None))
        elif m.group("force") or m.group("mods").endswith(("service ", "armed ")) or force_before:
            population, subgroup = POPULATION.military, None
        else:
            population, subgroup = POPULATION.civilian, None
        outcome = OUTCOME_NOUNS.get(head)
        if head in OUTCOME_NOUNS and head not in PEOPLE and not mods.strip():
            population = None  # "seven guards were killed and 20 injured": the same people as before
        for rx, pop in _MODIFIER_RES if mods else ():
            if rx.search(mods):
                population = pop
        both = not body and not m.group("force") and _AND_HEAD.match(text, m.end(), s.end)
        if both:  # "150 Beninese soldiers and civilians have fallen": one count of both
            head_end, subgroup = both.end(), None
            if PEOPLE[both.group("head2")][0] != population:
                population = POPULATION.unspecified
        if body:  # the force the people serve in names their side
            head_end = max(head_end, body.end)
            armed = _armed(body.text)
            if armed and (head.startswith("member") or population == POPULATION.unspecified):
                population = POPULATION.military
            elif head.startswith("member"):
                population = POPULATION.unspecified
    end = head_end
    if outcome is None or outcome in (OUTCOME.killed, OUTCOME.injured) and head_end == n.end:
        after = _OUTCOME_AFTER.match(text, head_end, s.end)
        before = _OUTCOME_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start])
        left = _LEFT_DEAD.match(text, head_end, s.end)
        if after and _REDUCED_RELATIVE.match(text, n.end, head_start) and _BARE_PARTICIPLE.fullmatch(
                text, head_end, after.end()):
            pass  # "one of the soldiers wounded on Tuesday remains in hospital": those counted before, described
        elif after:
            outcome, end = _outcome_word(after.group("v")), after.end()
        elif before and before.group("v").lower() in ("left", "leaving"):
            left = left or body and _LEFT_NAMED_DEAD.match(text, head_end, s.end)
            outcome = _outcome_word(left.group("v")) if left else None
        elif before:
            outcome = OUTCOME.killed if "toll" in before.group("v").lower() else _outcome_word(before.group("v"))
        elif m and m.group("head") == "bodies" and (found := _FOUND_AFTER.match(text, head_end, s.end)):
            # "Eight bodies were recovered from the river": the dead, counted
            outcome, end = OUTCOME.killed, found.end()
        elif m and m.group("head") == "bodies" and _FOUND_BEFORE.search(text, max(s.start, n.qual_start - 20),
                                                                        n.qual_start):
            outcome = OUTCOME.killed
        elif (bodies := _BODIES.search(text, max(s.start, n.qual_start - 20), n.qual_start)) \
                and not bodies.group("the") and (found := _FOUND_AFTER.match(text, head_end, s.end)):
            # "the bodies of three more people had washed ashore" (not "the bodies of the two missing sailors have
            # been recovered": people counted before)
            outcome, end = OUTCOME.killed, found.end()
    side = people.state if people else _side_in(doc, i, n.end, head_end if m.group("force") else head_start)
    if not side and not people and end > head_end and (named := _FORCE_NAME_RE.match(text, head_end, end)):
        side = _side_in(doc, i, head_end, named.end())  # "servicemen of the Border Troops ... of the Republic of X"
    if not people and m.group("head") in OUTCOME_NOUNS and m.group("head") not in PEOPLE \
            and (after_people := _people_noun(doc, i, m.end())):  # "14 wounded Afghans", "three dead Syrians"
        side, head_end, end = after_people.state, after_people.end, max(end, after_people.end)
    elif not people and m.group("head") in OUTCOME_NOUNS and m.group("head") not in PEOPLE \
            and (noun := _PEOPLE_AFTER.match(text, m.end(), s.end)):  # "the 27 wounded soldiers", "three dead civilians"
        population = PEOPLE[noun.group("head")][0] or population
        head_end, end = noun.end(), max(end, noun.end())
        side = side or _side_in(doc, i, n.end, noun.end())
    if not side and (own := _OF_ITS_OWN.match(text, head_end, s.end)):
        # "Beijing admitted to four deaths of its own": the state that speaks of "its own", named before the count in
        # its clause (not the Indian soldiers of the clause before the semicolon)
        lo = max(s.start, text.rfind(";", s.start, n.qual_start) + 1, text.rfind(":", s.start, n.qual_start) + 1)
        subject = next((x for x in reversed(doc.mentions[i]) if lo <= x.start < n.qual_start and x.state
                        and x.kind in ("state", "body", "place")), None)  # "Beijing admitted": a capital speaking
        if subject:
            side, end = subject.state, max(end, own.end())
    if not people and body and not side:
        side = body.state
    if not side and not people and mods:  # "a Blantyre trader", "two Kherson residents": a town named as the modifier
        towns = {_town_state(w.group(), doc.named_states) for w in re.finditer(r"\b[A-Z][\w’'-]+", mods)}
        towns.discard(None)
        side = next(iter(towns)) if len(towns) == 1 else None
    if not side and (appos := _APPOSITIVE_STATE.match(text, head_end, s.end)) \
            and (appos.group("a") or appos.group("of") or NATIONAL_AFTER.match(text, appos.end(), s.end)
                 or _nationality_at(doc, i, appos.end(), NATIONAL_AFTER)):
        # "a third man, a Ukrainian, was", "One (1) crew member, a Mauritian national, was", "four survivors, all
        # Mauritian nationals,"
        side = _nationality_at(doc, i, appos.end(), _APPOSITIVE_END)
    if not side and (of := _OF_NATIONALITY.match(text, head_end, s.end)):
        side = _nationality_at(doc, i, of.end(), _NATIONALITY_END)
    if not side and (all_of := _ALL_OF_THEM.search(text, head_end, min(s.end, head_end + 120))):
        # "four bodies have now been recovered from the sea, all of them Comorian nationals."
        side = _nationality_at(doc, i, all_of.end(), _NATIONALS_END)
    if not people and m.group("head") in _NON_STATE:
        side = None  # militants belong to no state side
    stateless = not people and (bool(_GROUP_NAME.search(mods)) or head in ("fighter", "fighters", "cadres", "combatants")
                                and _named_group(doc, i, m.start("mods"), m.end("mods"))
                                or _armed_men(mods, head)
                                # "resistance groups said the raid killed nine of their fighters"
                                or head in ("fighters", "members", "cadres", "combatants")
                                and _OF_THEIR.match(text, n.end) and _GROUPS_SAID.search(text, s.start, n.qual_start))
    if stateless:
        population = POPULATION.unspecified
    aged = _AGE.match(text, head_end, s.end)
    age = aged or (not people and _YEAR_OLD.search(mods))
    if aged:  # "a woman aged 64": the age is part of the noun phrase a list goes on from
        head_end, end = aged.end(), max(end, aged.end())
    if age and int(age.group("age")) < 18:  # "a 14-year-old student", "her grandson aged 9"
        population, subgroup = POPULATION.civilian, SUBGROUP.children
    if not people and m and m.group("head") in OUTCOME_NOUNS and m.group("head") not in PEOPLE \
            and (who := _WERE_PEOPLE.match(text, head_end, s.end)):  # "at least 30 of the injured were civilians"
        population, subgroup = PEOPLE[who.group("head")]
        end = max(end, who.end())
    return _Figure(n, head_start, head_end, population, subgroup, outcome, None if stateless else side, end,
                   no_side=stateless)


def _armed_men(mods: str, head: str) -> bool:
    """ "two armed men", "one of the armed persons": gunmen, of no force and no side (not "armed forces")."""
    return mods.endswith("armed ") and (head in _GENERIC_HEADS or head == "elements")


def _nationality_at(doc: Document, i: int, at: int, end: re.Pattern) -> str | None:
    """The state of the mention of sentence i that starts at `at` and that `end` closes: a nationality told in
    apposition ("..., a Mauritian national,")."""
    s = doc.sentences[i]
    return next((x.state for x in doc.mentions[i] if x.start == at and x.state and end.match(doc.text, x.end, s.end)),
                None)


def _town_state(word: str, named: set[str]) -> str | None:
    """The state of a town or province named as a modifier ("a Blantyre trader"), or by its demonym ("a Sabahan
    fisherman", "a Punjabi farmer"), for a state the article names; state demonyms are the lexicon's own mentions."""
    state = places.resolve(word, named)
    for suffix in ("an", "i") if state is None and len(word) > 5 else ():
        if word.endswith(suffix) and (state := places.resolve(word[:-len(suffix)], named)):
            break
    return state


def _named_group(doc: Document, i: int, lo: int, hi: int) -> bool:
    """A name in the noun phrase that is no state's or state body's form: "one Taliban fighter", "two Hezbollah
    fighters" are fighters of a group, not of the state named beside them; "Afghan Taliban fighters" are Afghan."""
    if any(lo <= x.start < hi and x.state for x in doc.mentions[i]):
        return False
    for w in re.finditer(r"\b[A-Z][\w’'-]+", doc.text[lo:hi]):
        at = lo + w.start()
        if not any(x.start <= at < x.end and x.state for x in doc.mentions[i]):
            return True
    return False


def _body_after(doc: Document, i: int, pos: int):
    """A state's force or the state itself named right after the people noun ("one officer of Carabineros",
    "two citizens of the Republic of Moldova")."""
    of = _OF_BODY.match(doc.text, pos)
    if not of:
        return None
    return next((x for x in doc.mentions[i] if x.start == of.end() and x.kind in ("body", "state") and x.state), None)


_OTHER_GAP = re.compile(r"\s*(?:(?:other|more|further|additional)\s+)?")


def _people_noun(doc: Document, i: int, pos: int):
    """A plural demonym right after the number ("thirteen Cambodians", "three other Zambians", "two more Malians")."""
    for x in doc.mentions[i]:
        if x.kind in ("people", "audience") and x.start > pos and _OTHER_GAP.fullmatch(doc.text, pos, x.start):
            return x
    return None


# A measure after a number counts no people: "the spill killed at least 14 tonnes of fish", "300 head of cattle"
_MEASURE = re.compile(r"(?i)\s*(?:(?:metric\s+)?(?:tonnes?|tons?|kilo(?:gram)?s?|kg|pounds|lit(?:re|er)s?|hectares?|acres?|"
                      r"head\s+of|per\s*cent|percent|km|kilomet(?:re|er)s?|met(?:re|er)s?|miles?)\b|%)")


def _bare(doc: Document, i: int, n: Number) -> _Figure | None:
    """A number with no noun: "seventy-eight were injured", "and injured two", "put the death toll at 1,054"."""
    text, s = doc.text, doc.sentences[i]
    if _MEASURE.match(text, n.end, s.end):
        return None
    of_them = _OF_THEM.match(text, n.end, s.end)
    sub = of_them and _SUB_NOUN.match(text, of_them.end(), s.end)
    if sub:  # "14 people were killed, one of them a child": a share of the figure before
        population, subgroup = PEOPLE[sub.group("head").lower()]
        return _Figure(n, sub.start("head"), sub.end(), population, subgroup, None, None, sub.end())
    if of_them and _SHARE_AT.match(text, of_them.end(), s.end):  # "17 ... died, nine of them at the Kamako crossing"
        return _Figure(n, n.end, of_them.end(), None, None, None, None, of_them.end())
    more = _MORE.match(text, n.end, s.end)  # "and three more were wounded"
    verb_at = of_them.end() if of_them else more.end() if more else n.end
    after = _OUTCOME_AFTER.match(text, verb_at, s.end)
    before = _OUTCOME_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start])
    # ('"at least three" were injured': the count may close a quotation)
    if after and re.match(r"[”\"]?\s+(?:were|was|had|have|are|resulted)\b|"
                          r"\s+(?:\w+ly\s+)?[“\"]?(?:killed|injured|wounded|dead|died|dies|"
                          r"succumbed|perished|drowned|sustained|suffered|paid|made)\b|\s+lost\b|"
                          # "One of them “died of his wounds”", "five (5) sustained injuries", "of those on board had died"
                          r"\s+(?:on\s+board|aboard)\s+(?:had\s+|have\s+)?(?:died|drowned|perished)\b",
                          text[verb_at:after.end()]):
        population, side = None, None
        if of_them or _PARTITIVE.search(text, s.start, n.qual_start):  # "Of the 5,000 Ecuadorian troops ..., 80 were"
            population, side = _antecedent(doc, i, n.qual_start)
        return _Figure(n, n.end, n.end, population, None, _outcome_word(after.group("v")), side, after.end())
    if before and before.group("v").lower() not in ("left", "leaving", "claimed", "claiming", "lost", "losing") \
            and not re.search(r"(?i)\bof(?:\s+the)?$|^(?:neutrali|eliminat)", before.group("v")):
        # "neutralised 77 drones": military jargon for things as much as people, so only with a people noun
        outcome = OUTCOME.killed if "toll" in before.group("v").lower() else _outcome_word(before.group("v"))
        if of_them and _BAND_NP.search(text, s.start, n.qual_start):
            # "clashed with members of an armed gang ..., killing six of them": no state's people
            return _Figure(n, n.end, of_them.end(), POPULATION.unspecified, None, outcome, None, of_them.end(),
                           no_side=True)
        # "ambushed a convoy of Ghanaian traders ..., killing 11 of them": the people named last in the sentence
        # (not the soldiers of the sentence before when its troops "repelled the aggressors, killing three of them")
        population, side = _antecedent(doc, i, n.qual_start, within=True) if of_them else (None, None)
        return _Figure(n, n.end, n.end, population, None, outcome, side, n.end)
    return _count_of(doc, i, n) or _toll(doc, i, n)


def _counted(doc: Document, i: int, lo: int, hi: int) -> tuple[str, str, bool, str | None]:
    """(outcome, population, stateless, side) of the people the words text[lo:hi] say a count is of: "the number of
    our compatriots who died", "the number of Zimbabweans ... killed" ("the number of terrorists neutralised" are of
    no state)."""
    window = doc.text[lo:hi]
    outcome = OUTCOME.injured if re.search(r"(?i)injur|wound", window) else OUTCOME.killed
    people = _PEOPLE_NP.search(window)
    stateless = bool(people and people.group("head") in _NON_STATE)
    population = (PEOPLE[people.group("head")][0] if people and not stateless else None) or POPULATION.unspecified
    if stateless:
        return outcome, population, True, None
    # (a people named by its own word: "the number of Zimbabweans")
    side = _side_in(doc, i, lo, hi) or next(
        (x.state for x in doc.mentions[i] if lo <= x.start < hi and x.kind == "people"), None)
    return outcome, population, False, side


def _count_of(doc: Document, i: int, n: Number) -> _Figure | None:
    """ "put the losses of the Tajik border troops at four dead", "the number of our compatriots who died had risen to six"."""
    text, s = doc.text, doc.sentences[i]
    count_of = _COUNT_OF.search(text, max(s.start, n.qual_start - 140), n.qual_start)
    if count_of is None and _BRINGING_TO.search(text, max(s.start, n.qual_start - 30), n.qual_start) \
            and (number_of := _NUMBER_OF_AFTER.match(text, n.end, s.end)):
        # "bringing to at least 11 the number of Zimbabweans it says have been killed along the border since January"
        outcome, population, stateless, side = _counted(doc, i, n.end, number_of.end())
        return _Figure(n, n.qual_start, number_of.end(), population, None, outcome, side, number_of.end(),
                       no_side=stateless)
    if count_of:
        window = text[count_of.start():n.qual_start]
        outcome, population, stateless, side = _counted(doc, i, count_of.start(), n.qual_start)
        if side is None and not stateless and re.search(r"(?i)\bour\b", window):
            side = doc.own_state()  # "our compatriots": the outlet's own state
        if side is None and not stateless and (every := _ALL_OF_NATION.match(text, n.end, s.end)):
            # "Number of injured: 21 (twenty-one), all of Mauritanian nationality"
            side = next((x.state for x in doc.mentions[i] if x.kind == "modifier" and x.state
                         and every.start("who") <= x.start < every.end()), None)
        end = n.end
        if side is None and not stateless and (all_of := _ALL_OF_THEM.match(text, n.end, s.end)) \
                and (side := _nationality_at(doc, i, all_of.end(), _NATIONALS_END)):
            # "... at three, all of them Nigerian.": the quote runs to the nationality
            end = next(x.end for x in doc.mentions[i] if x.start == all_of.end() and x.state)
        dead = _LEFT_DEAD.match(text, n.end, s.end)
        return _Figure(n, count_of.start(), n.end, population, None, outcome, side, dead.end() if dead else end,
                       no_side=stateless)
    return None


_ROSE_AFTER = re.compile(rf"\s+after\s+(?:an?|one|another|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<head>{_PERSON_HEADS})\s+"
                         r"(?:had\s+|has\s+)?(?:died|succumbed)\b")


def _toll(doc: Document, i: int, n: Number) -> _Figure | None:
    text, s = doc.text, doc.sentences[i]
    if _TOLL_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start]) \
            or _TOLL_ROSE.search(text, max(s.start, n.qual_start - 200), n.qual_start):
        # not "the toll from Russian shelling": the attacker's demonym, whose opponent _side finds
        side = next((x.state for x in doc.mentions[i] if n.qual_start - 40 <= x.start < n.qual_start and x.state
                     and x.kind in ("modifier", "state", "body", "place")
                     and not (x.kind == "modifier" and _ATTACKER.match(doc.text, x.end))), None)
        population, end = POPULATION.unspecified, n.end
        if (rise := _ROSE_AFTER.match(text, n.end, s.end)) and PEOPLE[rise.group("head")][0]:
            # "has risen to three after a wounded fisherman died": the toll counts the people whose death raised it
            population, end = PEOPLE[rise.group("head")][0], rise.end()
            side = side or _side_in(doc, i, rise.start(), rise.end())
        return _Figure(n, n.end, n.end, population, None, OUTCOME.killed, side, end)
    return None


_OTHER_PLURAL = re.compile(r"(?i)\b(?:the|its|their)\s+(?:[\w-]+\s+)?[\w-]+s\b")


def _armed(name: str) -> bool:
    """Whether a body so named is an armed force: the lexicon's kind for it, else its last word ("... Coast Guard")."""
    term = lexicon.terms().get(name)
    return term.actor_type == ACTOR.armed_forces if term else bool(_FORCE_END.search(name))


def _force_in_mods(doc: Document, i: int, m: re.Match) -> bool:
    """Whether an armed force's name stands before "members": "two SANDF members were killed"."""
    return any(x.kind == "body" and m.start("mods") <= x.start and x.end <= m.start("head") and _armed(x.text)
               for x in doc.mentions[i])


def _antecedent(doc: Document, i: int, pos: int, *, within: bool = False) -> tuple[str | None, str | None]:
    """Population and side of the last people noun before pos, in this sentence or the one before; `within`: in this
    sentence only, and with no other plural noun after it ("repelled the aggressors, killing three of them")."""
    lo = doc.sentences[i - 1].start if i and not within else doc.sentences[i].start
    found = None
    for found in _PEOPLE_NP.finditer(doc.text, lo, pos):
        pass
    if found is None or within and _OTHER_PLURAL.search(doc.text, found.end(), pos):
        return None, None
    j = i if found.start() >= doc.sentences[i].start else i - 1
    return PEOPLE[found.group("head")][0], _side_in(doc, j, found.start(), found.end())


def _side_in(doc: Document, i: int, lo: int, hi: int) -> str | None:
    """A state form inside the figure's noun phrase ("Pakistani civilians", "toll in Iran")."""
    for x in doc.mentions[i]:
        if lo <= x.start < hi and x.state and x.kind in ("modifier", "state", "body", "place"):
            return x.state
    return None


# "Chief Warrant Officer", "Soldier First Class": a rank may take two words before it, or a class after
_RANK = (r"(?:(?:First|Second|Staff|Master|Lance|Chief|Warrant|Petty|Leading|Able|Senior)\s+){0,2}"
         r"(?:(?:Private|Soldier)(?:\s+(?:First|1st|Second|2nd)\s+Class)?|Corporal|Sergeant|Lieutenant|Captain|Colonel|"
         # "Second Master": a navy's petty officer (the French "second maître"); "Chief Agent": a border police rank
         r"Major|Commander|Officer|Constable|Inspector|Agent|Seaman|Ensign|Midshipman|Master|Brigadier)|"
         r"Sgt\.|Cpl\.|Pte\.|Lt\.|Capt\.|Col\.")

_AGE = re.compile(r"\s+aged\s+(?P<age>\d{1,3})(?:\s+years?(?:\s+old)?)?\b")
# "a 19-year-old was shot dead", "a 19-year-old from Mahendranagar": an age as the noun, not "a 14-year-old student"
_AGE_NOUN = re.compile(r"\s+(?P<age>\d{1,2})-year-old\b(?!\s+(?!(?:from|of|in|at|near|on|was|were|had|has|who)\b)[a-z])")
_YEAR_OLD = re.compile(r"\b(?P<age>\d{1,2})-year-old\b")

# A share of people already counted, named by a passive participle with no auxiliary ("one of the soldiers wounded
# on Tuesday", "two of the fishermen hurt in the collision"): a reduced relative clause, not a new figure.
_REDUCED_RELATIVE = re.compile(r"\s+of\s+(?:the|those)\b")
_BARE_PARTICIPLE = re.compile(r"\s+(?:killed|wounded|injured|hurt|shot\s+dead)")
# "One of the wounded soldiers succumbed", "One of the soldiers wounded on Tuesday, Sergeant X, succumbed"
_OF_THE_WOUNDED = re.compile(
    # ("one of the two injured crew members died": the count of those hurt may stand before)
    rf"\s+of\s+the\s+(?:(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\s+)?(?:wounded|injured)"
    rf"(?:\s+(?P<head>{_PEOPLE_HEADS})(?:\s+members)?)?"
    rf"|(?P<head2>{_PEOPLE_HEADS})\s+(?:wounded|injured)\b[^.;:]{{0,80}}?)"
    # "One of the injured, Sergeant X, later succumbed": the man named in apposition (his rank names him military)
    r"(?:,\s+(?:(?P<rank>" + _RANK + r")\s)?[^,;.]{1,60},)?"
    r"\s+(?:(?:had|has|later|also|subsequently|then)\s+)*"
    r"(?:died|succumbed|perished)\b")
# the people an outcome noun counted are named by a copula after it: "30 of the injured were civilians", "most of
# the dead were soldiers" (not "were civilian", an adjective of something else)
_WERE_PEOPLE = re.compile(rf"\s+(?:were|was)\s+(?:all\s+)?(?P<head>{_PERSON_HEADS})\b(?!\s+(?:of|from|who|whose)\b)")

# Nouns that say no more of people than a figure before them did ("A fourth compatriot was injured" after "three of
# our nationals were shot dead")
_GENERIC_HEADS = frozenset("others other man men people person persons compatriot compatriots member members".split())

_SHARE_OF = re.compile(
    # "four of the 23 fishermen", "two of the trawler's crew"
    rf"\s+of\s+(?:the|its|their|our)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?(?:['’]s)?)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?P<head>{_PEOPLE_HEADS})\b"
    rf"[^.;,:!?]{{0,60}}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:{_ADVERB}\s+)?(?P<v>{_KILLED}|{_INJURED})\b")

# (a force named in the singular: "shot dead by the Seychelles Coast Guard")
_FORCE_END = re.compile(r"(?i)\b(?:forces|troops|soldiers|officers|police|guards?|army|navy|military|gendarmerie|"
                        r"rifles|corps|force|police\s+service)$")
