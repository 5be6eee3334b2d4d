"""Whose people a figure counts when its noun phrase names no state (`_side`): where they were ("killed in
Kherson"), the craft they crewed, the unit that came under fire, the attacker's opponent, the speaker's "our", or
else the claimant's own state. A toll "on both sides" has none."""

from __future__ import annotations

import re

from ... import attribution, lexicon, places
from ...actors import Mention
from ...document import Document
from ...vocab import OUTCOME, POPULATION
from .words import (_ATTACKER, _BODIES_FOUND, _CRAFT, _FOUND_AFTER, _NON_STATE, _OF_THEM, PEOPLE, _PERSON_HEADS,
                    _PLACE_AGAIN)
from .figures import _armed, _BANDS, _Figure, _FORCE_END, _GENERIC_HEADS, _OF_THE_WOUNDED

_NON_STATE_RE = re.compile(rf"(?i)\b(?:{'|'.join(sorted(_NON_STATE))})\b")

# "it said, without giving a breakdown by side", "did not give a breakdown by nationality"
_NO_BREAKDOWN = re.compile(r"(?i)\b(?:without|did\s+not|didn['’]t|does\s+not|would\s+not)\s+(?:giving|give|providing|"
                           r"provide|offering|offer)?\s*(?:a|any)\s+breakdown\b")
# Who fired, named after the fire: "bullets fired from the Algerian side struck the palm grove", "came under fire from
# a Moroccan patrol boat", "in shelling by Thai artillery"
_FIRE = r"(?:fired|shot|shelled|launched|came|fire|attack|shelling|shots|shooting|gunfire|mortars?)"
_FIRED_FROM = re.compile(rf"(?i)\b{_FIRE}\s+(?:from|by)\s+(?:an?\s+|the\s+)?$")
# A clause about another event: ", a day after the PM held talks ...", ", while ...", ", before ..."
_LATER_EVENT = re.compile(r",\s+(?:(?:(?:a|an|one|two|three|four|five|several|\w+)\s+)?(?:days?|weeks?|hours?|months?)\s+)?"
                          r"(?:after|before|while|as|when)\b")
# ... and between a figure and a side it names: "shot dead when a patrol came under fire from positions on the
# Azerbaijani side" (the side fired from, not the dead's)
_FIRE_FROM = re.compile(rf"(?i)\b{_FIRE}\s+(?:[\w-]+\s+){{0,2}}?from\b")
# "the seven personnel of both countries who lost their lives", "eleven soldiers of the Parties" (an agreement's two
# states): a toll of two states is of no one side
_BOTH_SIDES = re.compile(r"(?i)(?:\s+(?:were|had\s+been|have\s+been|killed|died|wounded|injured))?"
                         r"\s+(?:(?:on|from|of)\s+(?:both|each|either|all)\s+sides"
                         r"|(?:from|of)\s+(?:both|the\s+two)\s+(?:countries|nations|states|parties|sides)"
                         r"|(?:from|of)\s+the\s+(?-i:Parties))\b")


def _ours(doc: Document, i: int, f: _Figure) -> bool:
    """Whether the figure counts "our" or "its" people ("two of our soldiers", "its three guards", "four deaths of
    its own", "a citizen of ours")."""
    s = doc.sentences[i]
    before = doc.text[max(s.start, f.number.qual_start - 20):f.number.qual_start]
    return bool(re.search(r"(?i)\b(?:its|our)\s+(?:own\s+)?$", before)
                or re.search(r"^\s+(?:\w+\s+)?of\s+(?:its|our)\b", doc.text[f.number.end:f.head_end])
                or re.match(r"\s+of\s+(?:its|our)\b", doc.text[f.number.end:f.number.end + 10])
                or re.match(r"\s+of\s+(?:(?:its|our)\s+own|ours)\b", doc.text[f.head_end:f.head_end + 14]))


def _side(doc: Document, i: int, f: _Figure, claimant_state: str | None,
          claimant: str | None = None) -> tuple[str | None, tuple[int, int] | None]:
    """The side whose people the figure counts, and the span that says so (`claimant`: the speaker's actor id)."""
    if f.side:
        return f.side, None
    if f.no_side or any(_BOTH_SIDES.match(doc.text, at) for at in {max(f.end, f.head_end), f.head_end}) \
            or _NO_BREAKDOWN.search(doc.text, f.end, doc.sentences[i].end):
        # "killed at least five soldiers on both sides", "four sailors were killed ..., it said, without giving a
        # breakdown by side": a toll of no one side
        return None, None
    if claimant_state and (_AMONG_OWN.match(doc.text, f.head_end) or _OF_THEM.match(doc.text, f.number.end)
                           and _ITS_MEN.search(doc.text, doc.sentences[i].start, f.number.qual_start)):
        # "the Government of the Sudan reported some 31 casualties among its own forces", "said its gendarmes had
        # fired only in self-defence and that two of them were being treated": the speaker's own men
        return claimant_state, None
    said = _PREDICATE_DEMONYM.match(doc.text, max(f.end, f.head_end), doc.sentences[i].end)
    if said:  # "one of the dead was a Ghanaian constable", "two of the victims were Malian nationals": what they were
        x = next((x for x in doc.mentions[i] if x.start == said.end() and x.kind == "modifier" and x.state), None)
        if x and _PEOPLE_AFTER_DEMONYM.match(doc.text, x.end):
            return x.state, (x.start, x.end)
    aside = _ASIDE.match(doc.text, f.head_end, doc.sentences[i].end)
    if aside:  # "One civilian, a Bissau-Guinean cashew farmer, was killed": what the one counted was, set off by commas
        x = next((x for x in doc.mentions[i] if x.start == aside.end() and x.kind == "modifier" and x.state), None)
        close = doc.text.find(",", aside.end(), doc.sentences[i].end)
        if x and close > 0 and len({y.state for y in doc.mentions[i] if y.kind == "modifier" and y.state
                                    and aside.end() <= y.start < close}) > 1:
            return None, None  # "Two of his crew, an Italian and a Tunisian, were wounded": of two states
        if x and _PEOPLE_AFTER_DEMONYM.match(doc.text, x.end):
            return x.state, (x.start, x.end)
    of_the = _OF_THE.match(doc.text, f.head_end, doc.sentences[i].end)
    force = of_the and next((x for x in doc.mentions[i] if x.start == of_the.end() and x.kind == "body" and x.state
                             and _armed(x.text)), None)
    if force:  # "the death of Private Liam O'Connell of the Australian Army": the force he served in
        return force.state, (force.start, force.end)
    if _OF_THE_WOUNDED.match(doc.text, f.number.end):
        return None, None  # "one of the wounded soldiers succumbed": the side of those wounded, set after
    head = doc.text[f.head_start:f.head_end].split()
    if head and (head[0] in _NON_STATE or head[0] in _STATELESS):
        return None, None  # "two migrants had died ... on the Belarusian side": migrants of no stated nationality
    s = doc.sentences[i]
    if (not head and _OF_THEM.match(doc.text, f.number.end) or head and head[0] in ("people", "persons")) \
            and _stateless_before(doc, i, f.number.start):
        # "a bus carrying migrants overturned ..., killing 11 people": the people are the migrants; "a rubber boat
        # carrying about 60 migrants, and that three of them drowned" likewise
        return None, None
    _, c_end = doc.clause_bounds(i, f.number.start)
    located = _located(doc, i)
    force = _FORCE_S.match(doc.text, f.number.end, s.end)
    if force and (state := doc.office_state(i, f.number.start, force.group("body"))):
        return state, None  # "two of the coast guard's officers": the force the text has named with its state
    flag = _OF_CRAFT.match(doc.text, f.head_end, s.end)
    if flag:  # "a crewman of a Taiwanese longliner", "two sailors aboard the Thai trawler": the craft's flag
        x = next((x for x in doc.mentions[i] if x.kind == "modifier" and x.state
                  and flag.start() < x.start < flag.end()), None)
        if x:
            return x.state, (x.start, x.end)
    if (crewed := _crew_flag(doc, i, f)):
        return crewed
    origin = _FROM.match(doc.text, f.head_end, s.end)
    if origin:  # "two fishermen from Al-Khawkhah", "a shepherd from Moulhoule": where the people come from
        x = next((x for x in located if x.start == origin.end() and x.state and x.kind in ("place", "state")), None)
        if x:
            return x.state, (x.start, x.end)
    origin = _FROM_DEMONYM_PLACE.match(doc.text, f.head_end, s.end)
    if origin:  # "a shepherd from the Azerbaijani village of Yalama": the demonym names the place's state
        x = next((x for x in doc.mentions[i] if x.start == origin.end() and x.kind == "modifier" and x.state), None)
        if x and _PLACE_TYPE_AFTER.match(doc.text, x.end):
            return x.state, (x.start, x.end)
    ours = _ours(doc, i, f) or _OUR_FORCES_LOST.search(doc.text, max(s.start, f.number.qual_start - 60),
                                                       f.number.qual_start) is not None
    for x in located:
        if x.start >= f.end and x.start < min(s.end, c_end + 40) and x.state:
            gap = doc.text[f.end:x.start]
            # "civilians on the Tanzanian side", or "from" it right after them (not "wounded by fire from the ... side")
            # (not where the dead were found: "The four dead ... were found on the Moroccan side of the fence")
            # (nor where the fire came from: "shot dead ... when a Georgian patrol came under fire from positions on the
            # Azerbaijani side")
            if _ON_THE_SIDE.match(doc.text, x.end) and (_ON_THE.search(gap) or _FROM_DEMONYM_PLACE.fullmatch(gap)) \
                    and not _FOUND_THERE.search(gap) and not _FIRE_FROM.search(gap):
                return x.state, (x.start, x.end + 5)
            # (not for "our" people: "Four of our compatriots are dead and five more are in hospital in Tapachula")
            if x.kind == "place" and not ours and re.search(r"(?i)\b(?:in|across)\s+(?:the\s+)?$", gap) \
                    and len(gap) < 40 and not _SERVING.search(gap):
                return x.state, (x.start, x.end)
    # "three residents of a farming hamlet on the Guinean side were wounded": also inside the noun phrase
    sides = {x.state: x for x in doc.mentions[i] if x.state and (x.end <= f.number.qual_start
                                                                 or f.number.end <= x.start < f.end)
             and _ON_THE_SIDE.match(doc.text, x.end) and _ON_THE.search(doc.text, max(s.start, x.start - 8), x.start)}
    if len(sides) == 1:  # "The sub-prefect of Darak, on the Cameroonian side of the lake, said six fishermen ..."
        x = next(iter(sides.values()))
        return x.state, (x.start, x.end + 5)
    # "the police say only two of the traders were hurt": "of the" points back to people the text has named, with
    # their nationality ("Nigerian traders ..."): theirs, not the speaker's
    if _OF_THE.fullmatch(doc.text, f.number.end, f.head_start) \
            and (named := _named_before(doc, i, f)):
        return named
    # "one of his officers", said by a police spokesman or a commander: the speaker's own people, like "its"; with no
    # speaker of a known state, "his" is rather the man named before ("Two of his crewmates", _inherit_sides)
    if claimant_state and _HIS.match(doc.text, f.number.end, f.head_end):
        return claimant_state, None
    if ours and _GANG_BEFORE.search(doc.text, max(s.start, f.number.qual_start - 60), f.number.qual_start) \
            and re.search(r"(?i)\bits\b", doc.text[f.number.end:f.head_end]):
        return None, None  # "The forces dealt with the group, killing six (6) of its members": the gang's, no state's
    if ours and (labelled := _speaker_state(doc, i, f)):
        return labelled, None  # "MINISTER QUISPE: Three of our citizens died", in a ministry's transcript: Bolivia's
    if ours and (voice := doc.voice_state()) and any(
            f.number.qual_start - 20 <= o.start() < f.head_end for o in doc.ours_outside_quotes(i)):
        return voice, None  # "says two of our own coastguards were injured", in the outlet's own words: its state's
    if ours:
        own = claimant_state or _own_side(doc, i, f)
        # "Two of our traders were shot dead by men in the uniform of the Togolese gendarmerie": when the outlet's
        # state is not known, "our" people are at least not the attackers'; no guess from the states it names most.
        return (own, None) if own else (_attacked_side(doc, i, f, claimant_state) or (None, None))
    lost = next((x for x in doc.mentions[i] if x.kind in ("state", "body") and x.state
                 and _LOST.fullmatch(doc.text, x.end, f.number.qual_start)), None)
    if lost:  # "Bolivia lost about 56,000 men"
        return lost.state, (lost.start, lost.end)
    it_lost = _IT_LOST.search(doc.text, max(s.start, f.number.qual_start - 30), f.number.qual_start)
    if it_lost and (state := claimant_state or (_speaker_state(doc, i, f) if it_lost["who"].lower() == "we" else None)):
        # "the FARDC said it had lost four soldiers", an interview's "we lost three soldiers": the speaker's own dead
        return state, None
    struck = _struck_place(doc, i, located, f)
    if struck:  # "a grenade attack in Bujumbura that killed three people": the people of the place struck
        return struck
    attacked = _attacked_side(doc, i, f, claimant_state)
    if attacked:
        return attacked
    # not a place of a later clause: "killed two rangers in Rueso, a day after the PM held talks in Putrajaya"
    places = [x for x in located if x.kind == "place" and x.state and not (x.actor_id or "").islower()
              and x.start < c_end
              and not re.search(r"(?i)\bfrom\s+(?:the\s+)?$", doc.text[max(0, x.start - 10):x.start])  # "smugglers from Syria"
              and not _SERVING.search(doc.text, min(f.end, x.start), x.start)
              and not (x.start < f.number.qual_start and _CARER_IN.search(doc.text, max(s.start, x.start - 30), x.start))]
    # (not the demonym of other people the sentence counts: "... and a Malaysian policeman hurt ... in Songkhla")
    named = {x.state for x in doc.mentions[i] if x.state and x.kind in ("state", "body", "modifier")
             and not (x.kind == "modifier" and not f.head_start <= x.start < f.head_end
                      and _PEOPLE_AFTER_DEMONYM.match(doc.text, x.end))}
    if len({x.state for x in places}) == 1 and named <= {places[0].state}:  # not "signed in Moscow by Moldova and Russia"
        return places[0].state, (places[0].start, places[0].end)
    where = next((x for x in doc.mentions[i] if x.kind == "modifier" and f.end <= x.start < c_end
                  and _KIND_OF_PLACE_AFTER.match(doc.text, x.end)), None)
    if where and claimant_state is None:  # "when mortar rounds hit the Thai village of Wang Takhian"
        return where.state, (where.start, where.end)
    if claimant_state is None and i and doc.sentences[i - 1].paragraph == s.paragraph \
            and _THE_TOWNS.search(doc.text, s.start, f.number.qual_start):
        # "... hit the market in the Central African town of Mboki. A doctor at the town's health centre said seven
        # civilians had been brought in": the town the sentence before named, with its state
        where = [x for x in doc.mentions[i - 1]
                 if x.kind == "modifier" and x.state and _PLACE_TYPE_AFTER.match(doc.text, x.end)]
        if len({x.state for x in where}) == 1:
            return where[0].state, None
    enemy = _ENEMY_SIDE.search(doc.text, max(s.start, f.number.qual_start - 60), f.number.qual_start)
    if enemy or claimant_state is None and _JARGON_BEFORE.search(doc.text, max(s.start, f.number.qual_start - 30),
                                                                f.number.qual_start) \
            or claimant_state is None and _JARGON.search(doc.text, f.head_end, max(f.end, f.head_end)):
        # "On the adversary's side, eleven (11) elements were neutralised": a communiqué's count of its enemy's dead,
        # the other party of the article's conflict (or no side), never its own
        own, pair = claimant_state or doc.own_state(), doc.conflict_pair
        if own and pair and own in pair:
            return (pair[1] if own == pair[0] else pair[0]), None
        # with no conflict pair, only a side the text calls the enemy's is the other state it names most; those a
        # force "neutralised" may be rebels of no state ("Seven (7) of them were neutralised")
        return (enemy and own and not pair and (doc.sole_other_state(own) or doc.home_state(exclude=own)) or None), None
    if claimant_state is None and f.population == POPULATION.military and (unit := _unit_attacked(doc, i, f)):
        return unit  # "a Thai patrol came under fire ... . A ranger was killed": before the article's own state
    if (claimant_state is None and f.population == POPULATION.military
            and not _NON_STATE_RE.search(doc.text, f.number.end, f.end)):
        # "Three (3) other soldiers were wounded" in the army's own release: soldiers with no flag are the
        # article's own, when its state is a party to the fighting.
        own, pair = doc.own_state(), doc.conflict_pair
        # "It claimed the lives of some 90,000 soldiers: Bolivia lost ...", but not a state of a later clause ("...,
        # a day after the PM held talks with his Malaysian counterpart")
        later = _LATER_EVENT.search(doc.text, f.end, s.end)
        # (nor the attacker's: "who lost his life when the detachment came under fire from a Moroccan patrol boat")
        others = any(x.state and x.state != own and x.kind in ("state", "modifier", "body", "place", "people")
                     and x.start < (later.start() if later else s.end)
                     and not _FIRED_FROM.search(doc.text, max(s.start, x.start - 30), x.start) for x in doc.mentions[i])
        if own and (pair is None or own in pair) and not others:
            return own, None
    if _BODIES_FOUND.search(doc.text, max(s.start, f.number.qual_start - 40), f.number.qual_start) \
            or doc.text[f.head_start:f.head_end] == "bodies" and _FOUND_AFTER.match(doc.text, f.head_end, s.end):
        return None, None  # "the Haitian police says it has recovered the bodies of two men": not the finder's own dead
    if (f.population != POPULATION.military and not _shot_by_speaker(doc, i, f)
            and (named_before := _named_before(doc, i, f))):
        # "Bujumbura says two Burundian traders were killed ... ; a Ugandan police spokesman said one trader had
        # died": the nationality the text gave those people outranks the speaker's (not for soldiers, whose speaker
        # is often their own army)
        return named_before
    if claimant_state is None and (speaker := _speaker_demonym(doc, i, f)) \
            and not _told_by_aid_group(doc, i, f):
        if _A_FORCE_FIRED.search(doc.text, speaker[1][1], f.number.qual_start):
            return None, None  # "The Congolese armed forces said ... a patrol had fired on a boat and one person died"
        return speaker
    if claimant_state is None and (office := _office_place(doc, i) or _pronoun_office(doc, i)):
        return office
    if claimant_state is None and (police := _bare_police(doc, i, f)):
        return police
    if claimant_state is None and (named_before := _named_before(doc, i, f)):
        return named_before  # "a group of Namibian fishermen was fired upon ... . One fisherman lost his life"
    if claimant_state is None and (own := _residents_of_own_state(doc, i, f)):
        return own, None
    if (home := _unknown_home(doc, i, f)):
        return home, None
    if claimant_state and f.population != POPULATION.military and not ours and claimant \
            and _SEA_FORCE_ID.search(claimant) and (boarded := _boarded_side(doc, claimant_state)):
        # "The Dominican navy's own statement says one man died", after "a Dominican navy patrol boat fired on a Cuban
        # fishing boat": the crew of the craft its force fired on or boarded, not the force's own people
        return boarded, None
    if claimant_state and _shot_by_speaker(doc, i, f):
        # "guardsmen had “neutralised two illegal miners”", "the FARDC said a patrol had fired on a boat ... and that
        # one person died": the people the speaker's force shot at are not the speaker's own
        return None, None
    if claimant_state and f.population in (POPULATION.unspecified, POPULATION.civilian) and _WRECK.search(s.text) \
            and not any(x.kind in ("modifier", "people") and x.state and x.start > f.number.end
                        and re.match(r"\s+[a-z]", doc.text[x.end:x.end + 3]) for x in doc.mentions[i]):
        # "27 people drowned when the boat overturned, the Malaysian agency said": its rescuers', not the dead's
        # (unless the dead are named some state's: "two people have drowned ..., both Lithuanian anglers")
        return None, None
    if claimant and _RESPONDER.search(claimant) and doc.text[f.head_start:f.head_end].lower() in ("people", "persons"):
        return None, None  # "The Maldives Police Service had stated that eight people had died in the fire": likewise
    if claimant_state and _FOREIGN.search(doc.text, f.number.end, f.head_end):
        return None, None  # "According to the Cambodian National Police, two foreign nationals died": not its own
    if claimant_state and _told_by_aid_group(doc, i, f):
        return None, None  # (a non-governmental teller's nationality is its own, as above)
    if claimant_state is None and f.outcome == OUTCOME.injured and _TREATED_IN.search(s.text) \
            and (own := _health_release(doc)) and not any(x.state and x.state != own for x in doc.mentions[i]):
        # "23 persons have been treated for injuries": the patients its own hospitals count (not "of whom 20 are
        # Lithuanian and 3 Polish nationals", nor a bare toll: "Number of injured: 21, including several children")
        return own, None
    f.by_claimant = claimant_state is not None
    return claimant_state, None


# A health ministry's bulletin, under its own heading ("MINISTRY OF HEALTH OF THE REPUBLIC OF LITHUANIA", "MINISTRY OF
# HEALTH\nKINGDOM OF LESOTHO"): the wounded it counts as treated are its own state's hospitals' patients (not under a
# wire's "the Kyrgyz health ministry said")
_HEALTH_AUTHORITY = re.compile(r"(?im)^(?:ministry\s+of\s+health|health\s+ministry|department\s+of\s+health)\b")


def _health_release(doc: Document) -> str | None:
    """The state a health ministry's own release speaks from (its letterhead or dateline), if the text is one."""
    return doc.spoken_from() if _HEALTH_AUTHORITY.search(doc.text, 0, 300) else None


# "47 members of the Defence Forces have died in the service of peace in Lebanon": where troops serve abroad is not
# whose they are
# "four others were wounded and are being treated in Novorossiysk": where the wounded are cared for is not whose
# ("medically evacuated ... to a hospital in Nassau": the hospital named between)
_TREATED_IN = re.compile(r"(?i)\b(?:treated|treatment|hospitali[sz]ed|admitted|recovering|evacuated|airlifted|flown|"
                         r"transferred|taken|to\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:hospital|clinic))\b")
# "A spokesman told reporters in Bangkok that ... one person on the vessel was hurt": where the speaker spoke
_SPOKEN_IN = re.compile(r"(?i)\b(?:told(?:\s+[\w-]+){0,2}?|said|says|speaking|spoke|briefed\s+[\w-]+|"
                        r"(?:news\s+|press\s+)?(?:conference|briefing|statement))\s+in\s+(?:the\s+)?$")
_SERVING = re.compile(r"(?i)\b(?:serv(?:ing|ice|ed)|deployed|deployment|stationed|posted|peacekeep\w*)\b")
# "A local doctor in Rožaje told this newspaper he had treated three wounded", "The district hospital in Karakol said
# it had admitted four": the town of those who treat the wounded, speaking, is not whose the wounded are
_CARER_IN = re.compile(r"(?i)\b(?:hospital|clinic|infirmary|doctors?|medics?|physicians?|surgeons?)\s+(?:in|at)\s+(?:the\s+)?$")
_OF_THE = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:[a-z][\w-]*\s+)?")
_HIS = re.compile(r"(?i)\s+(?:\w+\s+)?of\s+(?:his|her)\b")  # "one of his officers"
# "the group ..., killing six (6) of its members": a gang's; "the town's health centre": the town named before
_GANG_BEFORE = re.compile(rf"(?i)\bthe\s+(?:[\w-]+\s+)?{_BANDS}\b[^.;:]{{0,40}}$")
_THE_TOWNS = re.compile(r"(?i)\bthe\s+(?:town|village|city|district|camp)['’]s\b")
# What the people were: "was a Ghanaian constable", "were Malian nationals"
_PREDICATE_DEMONYM = re.compile(r"\s+(?:was|were|is|are)\s+(?:an?\s+|all\s+|both\s+)?")
# "... and a Malaysian policeman hurt": a demonym that names other people, not a state acting in the sentence
_ASIDE = re.compile(r",\s+(?:an?|both|all)\s+")
_PEOPLE_AFTER_DEMONYM = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{_PERSON_HEADS})\b")
_FOREIGN = re.compile(r"(?i)\bforeign\b")  # "two foreign nationals": never the speaker's own
# A boat lost at sea: the agency that counts the drowned is the rescuer's, not the dead's
_WRECK = re.compile(r"(?i)\b(?:capsiz\w*|overturn\w*|sank|sunk|sinking|drown\w*|shipwreck\w*)\b")
# A non-governmental teller of a toll: "Frontera Sur Watch, a Spanish migrant aid group, said up to seven people had
# died" (its nationality is the group's, not the dead's)
_AID_GROUP = re.compile(r"(?i)\b(?:aid|rights|humanitarian|relief|migrant|refugee|charity)\s+(?:group|organi[sz]ation|"
                        r"network|association|charity|NGO|collective)\b")


def _told_by_aid_group(doc: Document, i: int, f: _Figure) -> bool:
    """Whether a non-governmental group tells the toll of people not under arms: its nationality is not theirs."""
    return f.population != POPULATION.military and _AID_GROUP.search(doc.sentences[i].text) is not None


# A force that answers an incident and counts its dead, whoever they were: the police, a coast guard, rescuers (read
# off the claimant's actor id)
_RESPONDER = re.compile(r"police|coast-?guard|rescue|gendarmer|prefect|civil-protection|emergenc|fire-|ambulance|"
                        r"hospital")

# "... the Royal Papua New Guinea Constabulary was counting the dead in Enga. Police said on Monday that at least 26
# people had been killed": a bare "Police said" of a bulletin is the force the text has just named.
_BARE_POLICE = re.compile(r"(?<![\w-])[Pp]olice\s+(?:(?:also|later|earlier|now)\s+)?"
                          r"(?:said|say|says|reported|confirmed)\b")
_POLICE_NAMED = re.compile(r"(?i)\s*(?:(?:national|state|federal|border|regional|provincial)\s+)?"
                           r"(?:police|constabulary|gendarmerie)\b")


def _bare_police(doc: Document, i: int, f: _Figure) -> tuple[str, tuple[int, int]] | None:
    """The state of the one police force named in the two sentences before a bare "Police said"."""
    s = doc.sentences[i]
    said = _BARE_POLICE.search(doc.text, s.start, f.number.qual_start)
    if not said or any(x.state for x in doc.mentions[i] if x.start < f.number.qual_start):
        return None  # "Ghanaian police said", or a state named beside the figure: not this
    for j in (i - 1, i - 2):
        if j < 0:
            break
        forces = {x.state: x for x in doc.mentions[j] if x.state and x.kind in ("state", "body", "modifier")
                  and (_POLICE_NAMED.match(doc.text, x.end) or _POLICE_NAMED.match(x.text.split()[-1]))}
        if forces:
            x = next(iter(forces.values()))
            return (x.state, (x.start, x.end)) if len(forces) == 1 else None
    return None


# A force's men firing: "a patrol had fired", "its soldiers opened fire" (before the figure); "when guardsmen fired on
# the truck" (after it, told by their own force's speaker; not "when Guatemalan soldiers fired", a state's named)
_FIRING = (r"(?:[\w-]+\s+){0,2}?(?:patrols?|forces|troops|soldiers|guards?|guardsmen|units?|police(?:men)?|army|navy|"
           r"gendarmes|agents)\s+(?:had\s+|have\s+|has\s+)?(?:fired|opened\s+fire|shot)\b")
_A_FORCE_FIRED = re.compile(rf"(?i)\b(?:an?|its|their|our)\s+(?:own\s+)?{_FIRING}")
_FIRED_WHEN = re.compile(rf"(?i)\bwhen\s+(?:the\s+|its\s+|their\s+)?{_FIRING}")

# Military jargon for enemies a force killed ("neutralised two miners", "six were eliminated"): the people are
# never the speaking force's own.
_JARGON = re.compile(r"(?i)\bneutrali[sz]|\beliminat")
_ENEMY_SIDE = re.compile(r"(?i)\b(?:adversary|enemy|opposing)(?:['’]s)?\s+side\b|\b(?:enemy|adversary)\s+(?:losses|casualties)\b")
_JARGON_BEFORE = re.compile(r"(?i)\b(?:neutrali[sz]|eliminat)\w*[”\"’]?\s+[“\"]?$")

# A speaker known by the town or province it serves: "Anbar's health directorate", "Odesa regional governor",
# "Kasese district police commander", "the Djugu civil society coordination", "residents of Sokh", "the mayor of
# Sidakan". Its people are that state's, as a claimant's are.
_OFFICE = (r"(?:governor|commissioner|mayor|(?:sub-)?prefect|police|health|officials?|authorities|administration|"
           r"administrator|council|civil\s+society|residents|inhabitants|elders|chairman|directorate|"
           r"association|union|society|forum)")  # "the Kenya Transporters Association"
_OFFICE_PLACE = re.compile(
    rf"(?P<a>(?!The\b)[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
    rf"(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?|\s+(?:(?:regional|district|county|provincial|state|local|city|municipal|"
    rf"[A-Z][\w-]+)\s+){{0,2}})(?i:{_OFFICE})\b"
    rf"|\b(?i:{_OFFICE})\s+of\s+(?:the\s+)?(?P<b>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)")

_PRONOUN = re.compile(r"(?i)\b(?:he|she|they)\b")
_PRONOUN_SAYS = re.compile(r"(?i)\b(?:he|she|it|they)\s+(?:also\s+|later\s+|earlier\s+)?"
                           r"(?:said|says|told|added|reported)\b")


def _pronoun_office(doc: Document, i: int) -> tuple[str, tuple[int, int]] | None:
    """ "Odesa regional governor Oleh Kiper says the toll has risen to eight. Twenty-two people were wounded, he
    said": a pronoun speaker is the office named in a sentence before, in the same paragraph."""
    s = doc.sentences[i]
    if not _PRONOUN_SAYS.search(doc.text, s.start, s.end):
        return None
    # "... governor Taras Hnatyuk now says the toll has risen to eight. Earlier he had given a figure of six.
    # Twenty-two people were wounded, he said": back over sentences that go on about him by a pronoun; not over
    # "A Moscow-installed official, Vladimir Saldo, disputed the account", whose man is the nearer antecedent
    for j in range(i - 1, max(-1, i - 4), -1):
        if doc.sentences[j].paragraph != s.paragraph:
            return None
        office = _office_place(doc, j)
        if office:
            return office[0], None
        if not _PRONOUN.search(doc.sentences[j].text):
            return None
    return None


def _office_place(doc: Document, i: int) -> tuple[str, tuple[int, int]] | None:
    """The one state whose town or province names a speaker's office in sentence i."""
    s, found = doc.sentences[i], {}
    for m in _OFFICE_PLACE.finditer(doc.text, s.start, s.end):
        g = "a" if m.group("a") else "b"
        name = m.group(g)
        for cand in (name, name.split()[0]):
            term = lexicon.terms().get(cand)
            state = places.resolve(cand, doc.named_states) or (
                term.state if term and term.kind in ("name", "capital") else None)
            if state:
                found.setdefault(state, (m.start(g), m.start(g) + len(cand)))
                break
    return next(iter(found.items())) if len(found) == 1 else None


_ON_THE_SIDE = re.compile(r"\s+side\b")  # "on the Zongo side": the town names its bank of the border
_FOUND_THERE = re.compile(r"(?i)\b(?:found|recovered|discovered|retrieved|washed\s+(?:up|ashore))\b")
_ON_THE = re.compile(r"(?i)\bon\s+(?:the\s+)?$")


def _places_no_one(doc: Document, i: int, x) -> bool:
    """Whether place mention x is only where the wounded are treated or where a speaker spoke."""
    lo = max(doc.sentences[i].start, x.start - 40)
    return bool(_TREATED_IN.search(doc.text, max(lo, x.start - 30), x.start) or _SPOKEN_IN.search(doc.text, lo, x.start))


def _located(doc: Document, i: int) -> list:
    """Sentence i's mentions with the towns and provinces only the gazetteer knows, where a town places people; not
    where the wounded are treated ("being treated in Novorossiysk") or where a speaker spoke ("told reporters in
    Bangkok")."""
    s = doc.sentences[i]
    extra = [x for x in doc.gazetteer_places(i)
             if _TOWN_BEFORE.search(doc.text, max(s.start, x.start - 50), x.start)
             or _THE_PLACE_TYPE.match(doc.text, x.end) and _IN_THE.search(doc.text, max(s.start, x.start - 12), x.start)
             or _ON_THE_SIDE.match(doc.text, x.end) and _ON_THE.search(doc.text, max(0, x.start - 8), x.start)]
    found = sorted([*doc.mentions[i], *extra], key=lambda x: x.start) if extra else doc.mentions[i]
    return [x for x in found if x.kind != "place" or not _places_no_one(doc, i, x)]


_PLACE_TYPES = (r"(?:town|city|village|district|province|region|state|county|area|port|commune|municipality|governorate|"
                r"prefecture|settlement|locality|department|oblast|island|camp|market|hamlet)s?")
# "in the Téra department", "across the Tillabéri region": the name before its kind, as French and Spanish
# releases put it in translation
_THE_PLACE_TYPE = re.compile(r"\s+(?:district|province|region|department|prefecture|governorate|oblast|county|"
                             r"municipality|commune)\b")
_IN_THE = re.compile(r"(?i)\b(?:in|near|across|around|of)\s+the\s+$")
_FORCE_S = re.compile(r"(?i)\s+of\s+the\s+(?:[a-z-]+\s+){0,2}?(?P<body>coast\s+guard|border\s+guard|army|navy|police|"
                      rf"military|gendarmerie|ministry|service|command)['’]s?\s+(?:[a-z-]+\s+)?(?:{_PERSON_HEADS})\b")
_OF_CRAFT = re.compile(rf"\s+(?:on|aboard|on\s+board|of|from)\s+(?:one\s+of\s+)?(?:the|its|their|his|her|an?)\s+"
                       rf"(?:[\w’'-]+\s+){{0,2}}?{_CRAFT}")
_FROM = re.compile(rf"\s+from\s+(?:the\s+(?:[\w-]+\s+)?{_PLACE_TYPES}\s+of\s+)?")  # "a shepherd from Moulhoule"
_FROM_DEMONYM_PLACE = re.compile(r"\s+from\s+(?:the|an?)\s+")
_PLACE_TYPE_AFTER = re.compile(rf"\s+(?:border\s+)?{_PLACE_TYPES}\b")
# (or a kind of settlement: "a Filipino seaweed farmers' village", "a Filipino fishing village"; not "the French
# maritime prefecture", an office)
_KIND_OF_PLACE_AFTER = re.compile(rf"{_PLACE_TYPE_AFTER.pattern}|\s+(?:[a-z][\w-]*(?:['’]|['’]s)?\s+){{1,2}}?"
                                  r"(?:village|town|city|camp|market|hamlet|settlement|port)s?\b")
# A town places people after a locative word ("killed in Kherson", "near the village of Moreh") or after the office
# or the people it has ("the prefect of Atacora", "residents of Yenga"); not after "to" ("according to the Tibesti
# Relief Network"), "of" an event ("the capture of Goma"), or as a modifier ("in the Lahad Datu intrusion").
_TOWN_BEFORE = re.compile(
    rf"(?i)(?:\b(?:in|near|at|outside|around|off|across|from)\s+(?:the\s+(?:[\w-]+\s+)?{_PLACE_TYPES}\s+of\s+)?"
    r"|\b(?:hit|struck|shelled|bombed|pounded|targeted|attacked|raided)\s+(?:the\s+)?"  # "a shell hit the Gaya market"
    r"|\b(?:(?:sub-)?prefect|governor|mayor|administrator|commissioner|chief|residents|inhabitants|people|villagers|"
    r"authorities|officials|police|council|chairman)\s+of\s+(?:the\s+[\w-]+\s+of\s+)?)$")

# "the drone attack launched by the RSF on Port Sudan", "a grenade attack in Bujumbura", "an airstrike by the
# Myanmar military on a village near Tamu", "a shell hit the Gaya cattle market": the place an attack struck, up to
# the place itself.
_ATTACK_ON = re.compile(
    r"(?i)(?:\b(?:attacks?|(?:air|drone|missile|rocket)?\s*strikes?|airstrikes?|shelling|bombing|bombardment|raids?|"
    r"ambush|assault)\b[^,;:.!?—–]{0,60}?\b(?:on|in|at|against|of)"
    r"|\b(?-i:hit|struck|shelled|bombed|pounded|targeted|attacked|raided))\s+(?:the\s+|a\s+)?"  # "a shell hit the"
    r"(?:(?:[\w-]+\s+){0,2}?(?:village|town|city|district|market|camp|port|area)\s+(?:of|near|in|outside)\s+)?"
    # "an attack on the village of Diagourou, in the Téra department": a hamlet no gazetteer knows, placed by its province
    r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+(?:in|near)\s+(?:the\s+)?)?$")
# "14 others wounded in Saturday's attack on ...": the attack the people fell in, named after them
_IN_ATTACK = re.compile(r"(?i)\b(?:in|during)\s+(?:(?:an?|the|[\w-]+['’]s?)\s+)?(?:[\w-]+\s+)?(?:attacks?|raids?|ambush|"
                        r"(?:air|drone|missile)?\s*strikes?|shelling|bombing|assault)\s+(?:on|in|at|against)\b")


def _stem(word: str) -> str:
    """A crude singular, enough to match "fishermen" with "fisherman" and "villagers" with "villager"."""
    w = word.lower()
    return w[:-3] + "man" if w.endswith("men") else w[:-3] + "y" if w.endswith("ies") else w.rstrip("s")


# "a Thai riverine patrol came under small-arms fire", "an Indian army post was attacked"
_UNIT_ATTACKED = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:patrol|unit|post|outpost|convoy|detachment|platoon|company|"
                            r"checkpoint|position|vessel|boat|team)\s+(?:had\s+|has\s+)?(?:came|come|comes|was|were)\s+"
                            r"(?:under\s+(?:[\w-]+\s+){0,2}?(?:fire|attack)|attacked|ambushed|fired\s+(?:up)?on|shelled)\b")


# "the terrorist attack on a Frontier Corps post in Bajaur on 19 October in which eleven soldiers embraced shahadat"
_ATTACK_ON_A = re.compile(r"(?i)\b(?:attacks?|ambush|raids?|assault)\s+on\s+(?:a|an|the|one\s+of\s+the)\s+$")
_UNIT_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:patrol|post|outpost|convoy|checkpoint|camp|base|position|unit)s?\b")


def _unit_attacked(doc: Document, i: int, f: _Figure) -> tuple[str, tuple[int, int]] | None:
    """The side of a unit that came under fire before the soldiers counted, in the same sentence ("an attack on a
    Frontier Corps post ... in which eleven soldiers") or in the sentence before ("A Thai patrol came under fire from
    the opposite bank. A ranger was killed and two were wounded")."""
    s = doc.sentences[i]
    units = {x.state: (x.start, x.end) for x in doc.mentions[i] if x.kind in ("modifier", "body") and x.state
             and x.end <= f.number.qual_start and _UNIT_AFTER.match(doc.text, x.end)
             and _ATTACK_ON_A.search(doc.text, max(s.start, x.start - 30), x.start)}
    if len(units) == 1:
        return next(iter(units.items()))
    if i == 0:
        return None
    j = i - 1
    units = {x.state: (x.start, x.end) for x in doc.mentions[j] if x.kind == "modifier" and x.state
             and _UNIT_ATTACKED.match(doc.text, x.end, doc.sentences[j].end)}
    return next(iter(units.items())) if len(units) == 1 else None


_OF_HIS = re.compile(r"\bof\s+(?:his|her)\s+")
_NEXT_WORDS = re.compile(r"\s+([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?")


def _shot_by_speaker(doc: Document, i: int, f: _Figure) -> bool:
    """Whether the figure counts people a force "neutralised", "killed" or "fired on", in the speaker's jargon."""
    s, q = doc.sentences[i], f.number.qual_start
    fired = _FIRED_WHEN.search(doc.text, f.head_end, s.end)
    return bool(_JARGON_BEFORE.search(doc.text, max(s.start, q - 30), q)
                or _IT_KILLED.search(doc.text, max(s.start, q - 40), q)
                or _JARGON.search(doc.text, f.head_end, max(f.end, f.head_end))
                or _A_FORCE_FIRED.search(doc.text, s.start, q)
                or fired and not any(x.state and fired.start() <= x.start < fired.end() for x in doc.mentions[i]))



_RESIDENT_HEADS = frozenset("civilian civilians resident residents villager villagers inhabitant inhabitants".split())


def _residents_of_own_state(doc: Document, i: int, f: _Figure) -> str | None:
    """ "one civilian lost his life and two other residents were injured" in the bulletin of a state at war with
    another: with no other state named in the sentence, the people who live where the fighting is are its own."""
    own, pair = doc.spoken_from(), doc.conflict_pair
    words = doc.text[f.head_start:f.head_end].split()
    if not (own and pair and own in pair and words and words[-1] in _RESIDENT_HEADS):
        return None
    return None if any(x.state and x.state != own for x in doc.mentions[i]) else own


# "a fisherman from Calderitas", "two elderly residents of Purcari", "two fishermen from this village": people of a
# place no lexicon knows
_HOME_AFTER = re.compile(rf"\s+(?:from|of)\s+(?:(?:the|a)\s+(?:[\w-]+\s+)?{_PLACE_TYPES}\s+of\s+)?"
                         rf"(?:[A-Z][\w’'-]+|{_PLACE_AGAIN})")


def _unknown_home(doc: Document, i: int, f: _Figure) -> str | None:
    """The people of an unknown place are the article's own state's, unless the sentence names that state too (as
    the force that fired: "A fisherman from Calderitas lost his life ... after a confrontation with a Belize Defence
    Force patrol boat"), then the one other state the article names."""
    home = _HOME_AFTER.match(doc.text, f.head_end)
    if not home or any(x.start < home.end() and x.end > home.start() and x.state for x in doc.mentions[i]):
        return None
    own = doc.own_state()
    if not own:
        return None
    if any(x.state == own for x in doc.mentions[i]):
        return doc.sole_other_state(own)
    return own


_CREW_STEMS = frozenset("crew crewman crewmember fisherman seafarer seaman deckhand boatman".split())

_CRAFT_RE = re.compile(rf"(?i)\b{_CRAFT}")
# "a Chinese squid-fishing vessel", "the Thai trawler": a fishing craft named with its flag (not "an Eritrean naval
# vessel" or "a Venezuelan patrol boat", which fire on crews rather than carry them)
_FLAGGED_CRAFT = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:[\w-]*fishing\s+(?:vessel|boat|craft|ship)s?|trawlers?|longliners?|"
                            r"seiners?|pirogues?|dhows?|sampans?|canoes?)\b"
                            # nor "an Indian trawler rammed his boat": the craft that struck
                            r"(?!\s+(?:had\s+|has\s+)?(?:rammed|fired|opened|attacked|struck|hit|collided|sank|chased|boarded)\b)")


def _crew_flag(doc: Document, i: int, f: _Figure) -> tuple[str, tuple[int, int]] | None:
    """The flag of the one fishing craft the sentence names, for a count of its crew told apart from it: "Argentina's Naval
    Prefecture fired on a Chinese squid-fishing vessel ..., and one crew member was injured" (the crew's, not the
    force's that fired). Two flags name no one side."""
    words = doc.text[f.head_start:f.head_end].split()
    if not words or _stem(words[-1]) not in _CREW_STEMS and not (
            _stem(words[-1]) == "member" and doc.text[max(0, f.head_start - 5):f.head_start] == "crew "):
        return None  # "fishermen", "one crew member"
    for j in (i, i - 1) if i else (i,):  # the sentence, else the one before ("... boarded a Chinese fishing boat.
        # The coast guard says only one crew member was slightly hurt"), when the sentence names no craft
        flags = {x.state: x for x in doc.mentions[j] if x.kind == "modifier" and x.state
                 and _FLAGGED_CRAFT.match(doc.text, x.end, doc.sentences[j].end)}
        if len(flags) == 1:
            x = next(iter(flags.values()))
            return x.state, ((x.start, x.end) if j == i else None)
        if flags or _CRAFT_RE.search(doc.sentences[i].text):
            return None
    return None


# A force at sea that boarded, stopped or fired on a craft, and the craft: "a Dominican navy patrol boat fired on a
# Cuban fishing boat", "Norway's coast guard boarded a Russian trawler", "was intercepted by a Philippine Navy patrol
# vessel"
_SEA_FORCE = (r"(?:navy|naval\s+(?:patrol|forces?|vessel)|coast\s*-?guard|maritime\s+police|marine\s+police|"
              r"naval\s+prefecture)")
_SEA_FORCE_RE = re.compile(rf"(?i){_SEA_FORCE}")  # in a body's name: "the Philippine Navy"
_SEA_FORCE_ID = re.compile(r"navy|naval|coast-?guard|maritime|marine|prefecture")  # a claimant's actor id
_BOARDS = r"(?:boarded|intercepted|fired\s+(?:on|at|upon)|opened\s+fire\s+on|rammed|seized|detained|stopped)"
_FORCE_WORDS = re.compile(rf"(?i)(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{_SEA_FORCE}")
_BOARDS_AFTER = re.compile(rf"(?i)(?:\s+patrol)?(?:\s+(?:boat|vessel|ship|cutter|craft))?\s+(?:had\s+|has\s+)?{_BOARDS}"
                           r"\s+(?:an?|the)\s+")
_BOARDED_BY = re.compile(rf"(?i)\b{_BOARDS}\s+by\s+(?:an?|the)\s+$")
_CRAFT_AFTER = re.compile(rf"(?i)(?:\s+[\w-]+){{0,2}}?\s+{_CRAFT}")


def _boarded_flags(doc: Document, state: str) -> set[str | None]:
    """The flags of the craft a sea force of `state` boarded, stopped or fired on anywhere in the article (None for a
    craft named without one)."""
    memo = doc.memo.setdefault("boarded_flags", {})
    if state in memo:
        return memo[state]
    flags: set[str | None] = set()
    for j, s in enumerate(doc.sentences):
        for x in doc.mentions[j]:
            if x.state != state or x.kind not in ("state", "modifier", "body"):
                continue
            force = _FORCE_WORDS.match(doc.text, x.end, s.end)
            if not force and not (x.kind == "body" and _SEA_FORCE_RE.search(x.text)):
                continue
            end = force.end() if force else x.end
            if (acts := _BOARDS_AFTER.match(doc.text, end, s.end)):  # "... fired on a Cuban fishing boat"
                y = next((y for y in doc.mentions[j] if y.start == acts.end() and y.kind == "modifier"), None)
                if y and y.state and _CRAFT_AFTER.match(doc.text, y.end, s.end):
                    flags.add(y.state)
                elif y is None and _CRAFT_AFTER.match(doc.text, acts.end() - 1, s.end):
                    flags.add(None)
            elif _BOARDED_BY.search(doc.text, max(s.start, x.start - 40), x.start):  # "... was intercepted by a"
                ys = {y.state for y in doc.mentions[j] if y.end <= x.start and y.kind == "modifier" and y.state
                      and y.state != state and _CRAFT_AFTER.match(doc.text, y.end, x.start)}
                flags |= ys or {None}
    memo[state] = flags
    return flags


def _boarded_side(doc: Document, state: str) -> str | None:
    """The one state whose craft a sea force of `state` boarded or fired on; for a craft with no flag named, the other
    state of the article's conflict pair."""
    flags = _boarded_flags(doc, state)
    if None in flags and (pair := doc.conflict_pair) and state in pair:
        flags = flags - {None} | {pair[1] if state == pair[0] else pair[0]}
    return next(iter(flags)) if len(flags) == 1 and None not in flags else None


def _named_before(doc: Document, i: int, f: _Figure) -> tuple[str, tuple[int, int]] | None:
    """The state of the same people named with a demonym in one of the two sentences before: a report gives the
    victims' nationality once ("a group of Namibian fishermen was fired upon") and counts them by the bare noun
    after ("one fisherman lost his life"). Two demonyms on that noun name no one side."""
    words = doc.text[f.head_start:f.head_end].split()
    if words == ["members"] and doc.text[max(0, f.head_start - 5):f.head_start] == "crew ":
        words = ["crew"]  # "two crew members"
    if not words or words[-1].lower() in _GENERIC_HEADS or words[-1] not in PEOPLE:
        return None  # "others", "people": any earlier noun would do, which says nothing
    head = _stem(words[-1])
    # a boat's people go by any name of a crew: "four Senegalese fishermen ... Two crew members drowned"
    same = _CREW_STEMS if head in _CREW_STEMS else {head}
    # "A Ghanaian fisherman was shot dead. Two of his crewmates were wounded": the people of one person named before
    kin = bool(_OF_HIS.search(doc.text, f.number.end, f.head_start))
    found = {}
    for j in range(i - 1, max(-1, i - 3), -1):
        for x in doc.mentions[j]:
            if x.kind != "modifier" or not x.state:
                continue
            m = _NEXT_WORDS.match(doc.text, x.end, doc.sentences[j].end)
            # for "his", one person of the same kind: not the "coastguard" of "a Mauritanian coastguard vessel"
            if m and any(w and (_stem(w) in same or kin and w in PEOPLE and _stem(w) == w.lower()
                                and w.lower() not in _GENERIC_HEADS and PEOPLE[w][0] == f.population)
                         for w in m.groups()):
                found.setdefault(x.state, (x.start, x.end))
        if found:
            break
    return next(iter(found.items())) if len(found) == 1 else None


def _struck_place(doc: Document, i: int, located: list, f: _Figure) -> tuple[str, tuple[int, int]] | None:
    """The one state whose town an attack in the figure's sentence struck, when the figure follows the attack or
    shares its clause: where the people were killed ties them to that state, whoever else the sentence names."""
    s = doc.sentences[i]
    c_start, c_end = doc.clause_bounds(i, f.number.start)
    found = [x for x in located if x.kind == "place" and x.state and not (x.actor_id or "").islower()
             and (x.end <= f.number.qual_start or c_start <= x.start < c_end
                  or f.end <= x.start < f.end + 160 and _IN_ATTACK.search(doc.text, f.end, x.start)
                  and not re.search(r"[;:.!?]", doc.text[f.end:x.start]))
             and _ATTACK_ON.search(doc.text, max(s.start, x.start - 100), x.start)]
    if len({x.state for x in found}) != 1:
        return None
    return found[0].state, (found[0].start, found[0].end)


def _fires(doc: Document, x: Mention) -> bool:
    """Whether mention x is a force or a craft that fires, strikes or rams: "Indian strikes", "Kyrgyz troops fired",
    "the Namibian Defence Force opened fire", "a Kuwaiti coast guard boat opened fire", "fired from the Algerian
    side"."""
    return x.kind == "modifier" and bool(_ATTACKER.match(doc.text, x.end) or _RAMMER.match(doc.text, x.end)) \
        or x.kind in ("modifier", "state") and bool(_FIRED_FROM.search(doc.text, max(0, x.start - 40), x.start)
                                                    and _ON_THE_SIDE.match(doc.text, x.end)) \
        or x.kind == "body" and bool(_FORCE_END.search(x.text) and _FIRED.match(doc.text, x.end)
                                     or _RAMMER.match(doc.text, x.end))


def _attacked_side(doc: Document, i: int, f: _Figure, claimant_state: str | None) -> tuple[str, tuple[int, int]] | None:
    """ "Indian strikes killed 31 people", "shot dead by officers of a Tanzanian marine patrol": the other side's
    people, the attacker's opponent in the article's conflict, else the claimant's or the article's state."""
    s = doc.sentences[i]
    attacker = next((x for x in doc.mentions[i] if _fires(doc, x)
                     or x.kind in ("modifier", "body") and x.state and x.start >= f.number.end
                     and _BY_FORCE_BEFORE.search(doc.text, max(s.start, x.start - 40), x.start)
                     and (_FORCE_AFTER.match(doc.text, x.end) or x.kind == "body" and _FORCE_END.search(x.text))), None)
    if not attacker and (own := _OWN_FORCE_FIRED.search(doc.text, s.start, s.end)
                         or f.population != POPULATION.military
                         and (_OWN_MEN_FIRED.search(doc.text, s.start, s.end)
                              or claimant_state and _THE_FORCE_FIRED.search(doc.text, s.start, f.number.qual_start))):
        # "Kuwait's Interior Ministry said its coast guard had fired warning shots at a vessel ... and that one crew
        # member was injured": the speaker's own force fired, so the people hit are the other side's
        named = [x for x in doc.mentions[i] if x.end <= own.start() and x.state and x.kind in ("state", "body")]
        state = claimant_state or (named[-1].state if named else None)
        if state:
            attacker = Mention(own.start(), own.end(), "body", state, state, own.group())
    if not attacker and i and not any(x.state for x in doc.mentions[i]):
        # "a patrol of the Namibian Defence Force opened fire on three canoes. Two fishermen were shot dead": the
        # attack told in the sentence before, the toll in one that names no state
        attacker = next((x for x in doc.mentions[i - 1] if x.state and _fires(doc, x)), None)
    if not attacker:
        return None
    pair = doc.conflict_pair
    if pair and attacker.state in pair:
        return (pair[1] if attacker.state == pair[0] else pair[0]), (attacker.start, attacker.end)
    target = claimant_state if claimant_state != attacker.state else None
    target = target or doc.home_state(exclude=attacker.state)
    return (target, (attacker.start, attacker.end)) if target else None


_OWN_FORCE_FIRED = re.compile(r"(?i)\b(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|guards?|"
                              r"coast\s+guard|navy|police|patrols?|army|gendarmes)\s+(?:had\s+|have\s+|has\s+)?"
                              r"(?:fired|opened\s+fire|shelled|attacked|struck|shot)\b")
# the men of a force, on land or at sea ("its sailors fired only disabling shots"): before civilians or people only,
# for "its officers fired ... and two enforcement officers suffered burns" are the speaker's own wounded
_FORCE_MEN = (r"(?:forces|troops|soldiers|guards?|guardsmen|coast\s+guard|navy|police|policemen|patrols?|army|gendarmes|"
              r"sailors|marines|rangers|personnel|officers|agents)")
_OWN_MEN_FIRED = re.compile(rf"(?i)\b(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{_FORCE_MEN}\s+"
                            r"(?:had\s+|have\s+|has\s+)?(?:fired|opened\s+fire|shot)\b")
# "Their army spokesman says the patrol fired warning shots at boats ... and that only one man died": a speaker's
# force told with "the", before civilians or people it fired at (not soldiers: "the troops fired back; a soldier was
# wounded" may be their own)
# ("According to the JDF, coastguardsmen fired warning shots ... and one fisherman was hit": bare, after a comma)
_THE_FORCE_FIRED = re.compile(rf"(?i)(?:\bthe\s+(?:[\w-]+\s+)?|(?:,|\bthat)\s+)"
                              rf"(?:{_FORCE_MEN}|coastguardsmen|coastguards)\s+(?:had\s+|have\s+|has\s+)?"
                              r"(?:fired|opened\s+fire|shot)\b")
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
_STATELESS_RE = re.compile(rf"\b(?:{'|'.join(sorted(_STATELESS))}|asylum[\s-]seekers)\b")


def _stateless_before(doc: Document, i: int, hi: int) -> bool:
    """Whether sentence i speaks, before hi, of migrants no demonym places: "carrying migrants", not "Afghan
    migrants"."""
    ends = {m.end for m in doc.mentions[i] if m.state}
    return any(not ({m.start() - 1, m.start() - 2} & ends)
               for m in _STATELESS_RE.finditer(doc.text, doc.sentences[i].start, hi))


def _own_side(doc: Document, i: int, f: _Figure) -> str | None:
    """Whose "our" or "its" people: the state named last before the figure ("Indonesia's armed forces, the TNI,
    said ... one of its soldiers"), else the state the article speaks from ("two of our soldiers")."""
    s = doc.sentences[i]
    window = doc.text[max(s.start, f.number.qual_start - 20):f.number.end + 12]
    if re.search(r"(?i)\bits\b", window):
        # "Malabo, for its part, says one of its soldiers was wounded": a capital speaks for its government
        named = [x for x in doc.mentions[i] if x.start < f.number.qual_start and x.state
                 and x.kind in ("state", "body", "modifier", "place")]
        # not where the speaker sits: "The Nigerian Union of Traders Association in Ghana says four of its members"
        owners = [x for x in named if not re.search(r"(?i)\b(?:in|at)\s+(?:the\s+)?$",
                                                    doc.text[max(s.start, x.start - 8):x.start])]
        if named:
            return (owners or named)[-1].state
        if _SPEAKS.search(doc.text, s.start, f.number.qual_start):
            # "The Royal Gibraltar Police said one of its officers": a speaker of no known state, unless the text
            # placed it before ("The State Border Service in Baku announced ... The State Border Service says")
            return _placed_body(doc, i, f)
    # no guess from the states it names most: "our" is the speaker's, else the outlet's
    office = _office_place(doc, i)  # "..., the Sabah Police Commissioner said": the speaker's town or province
    return (_our_echo(doc, i, f) or _speaker_state(doc, i, f) or (office and office[0]) or _our_state(doc)
            or doc.spoken_from())


_BODY_SAYS = re.compile(r"(?P<name>(?:[A-Z][\w’'-]*\s+){1,5}?(?:Service|Command|Ministry|Committee|Agency|Guard|"
                        r"Police|Directorate|Department|Forces|Army|Navy|Office))\s+"
                        r"(?:said|says|reported|reports|told)\b")


def _placed_body(doc: Document, i: int, f: _Figure) -> str | None:
    """The state of the body that speaks before the figure, where the text once placed it: "in Baku", "of Azerbaijan",
    "Azerbaijan's"; a body named bare ("The Army said") where the text named it with a flag ("a Brazilian Army
    patrol")."""
    said = _BODY_SAYS.search(doc.text, doc.sentences[i].start, f.number.qual_start)
    if not said:
        return None
    placed = doc.memo.setdefault("placed_bodies", {})  # a body speaks again and again: the text is searched once
    name = said.group("name")
    if name not in placed:
        found, named = set(), re.compile(re.escape(name))
        for j, sent in enumerate(doc.sentences):
            for m in named.finditer(doc.text, sent.start, sent.end):
                start, end = m.span()
                found |= {x.state for x in doc.mentions[j] if x.state and x.kind in ("state", "capital", "place")
                          and (re.fullmatch(r"\s+(?:in|of)\s+(?:the\s+)?", doc.text[end:x.start])
                               or x.possessive and re.fullmatch(r"['’]s\s+", doc.text[x.end:start]))}
        if name.startswith("The "):
            core = name[4:]
            found |= {x.state for j in range(len(doc.sentences)) for x in doc.mentions[j]
                      if x.kind == "body" and x.state and x.text.endswith(core) and x.text != core}
        placed[name] = found.pop() if len(found) == 1 else None
    return placed[name]


def _speaker_state(doc: Document, i: int, f: _Figure) -> str | None:
    """The state of whoever speaks at the figure: an interview's "CIOBANU:", a quotation's speaker."""
    who, _ = attribution.speaker(doc, i, f.number.start)
    return who.state if who else None


def _our_echo(doc: Document, i: int, f: _Figure) -> str | None:
    """ "clashes between the Iraqi border guards and Iranian border forces ... the martyrdom of three of our border
    guards": our people named as some state's people just before, in this sentence or the one before."""
    head = doc.text[f.head_start:f.head_end].split()
    if not head or head[0].lower() in _GENERIC_HEADS:
        return None
    rx = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+{re.escape(head[0])}\b")
    for j in (i, i - 1):
        if j < 0:
            continue
        hits = {x.state for x in doc.mentions[j] if x.state and x.kind in ("modifier", "state", "people", "body")
                and x.end <= (f.number.qual_start if j == i else doc.sentences[j].end)
                and (rx.match(doc.text, x.end) or x.kind == "body" and x.text.lower().endswith(head[0].lower()))
                and not re.search(r"(?i)\bour\s+$", doc.text[max(0, x.start - 6):x.start])}
        if len(hits) == 1:
            return hits.pop()
    return None


_OUR = re.compile(r"(?i)\bour\s+(?:own\s+)?")
# (nor "between our army and Libyan border forces": a second party)
_OUR_GAP_BREAK = re.compile(r"[;:—–]|\b(?:have|has|had|are|is|were|was|will|would|and|or|against|versus|with)\b")


def _our_state(doc: Document) -> str | None:
    """The state the outlet calls "our": the one its "our Foreign Minister, X" or "our Ghanaian traders" names."""
    votes: dict[str, int] = {}
    for i, s in enumerate(doc.sentences):
        for m in _OUR.finditer(doc.text, s.start, s.end):
            x = next((x for x in doc.mentions[i] if x.state and m.end() <= x.start <= m.end() + 40
                      and x.kind in ("person", "modifier", "body", "people")
                      # in the same noun phrase: not "Our policemen have paid ...; Filipino families ..."
                      and not _OUR_GAP_BREAK.search(doc.text, m.end(), x.start)), None)
            if x:
                votes[x.state] = votes.get(x.state, 0) + 1
    return max(votes, key=votes.get) if len(votes) == 1 else None


# "an Indian trawler rammed his boat", "an Eritrean naval vessel opened fire on their boat"
_RAMMER = re.compile(r"(?i)\s+(?:(?:naval|navy|patrol|coast\s+guard|military|fishing)\s+)?"
                     r"(?:trawlers?|vessels?|ships?|warships?|gunboats?|boats?|craft)\s+(?:had\s+)?"
                     r"(?:rammed|struck|hit|fired|opened\s+fire|attacked|collided)\b")
# "Bolivia lost", "the Congolese army had lost": the force's noun may stand between its state and the verb
# "Bolivia lost about 56,000 men", "The SSPDF elements suffered four (4) fatalities": the subject's own dead
_LOST = re.compile(r"(?:\s+(?:army|armed\s+forces|forces|military|navy|troops|police|gendarmerie|elements|units|side))?"
                   r"\s+(?:had\s+|has\s+|have\s+)?(?:lost|losing|suffered|sustained)\s+")
# "The Israeli military said it had killed “two terrorist operatives”": whom the speaker killed are not its own
_IT_KILLED = re.compile(r"(?i)\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:killed|shot\s+dead|wounded|injured)\s+[“\"]?"
                        r"(?:(?:at\s+least|about|some|more\s+than|nearly|around)\s+)?$")
# A side's own men: a force's (`_FORCE_MEN`) or its ranks
_OWN_MEN = rf"(?:{_FORCE_MEN}|men|servicemen|ranks|units)"
# "our forces have recorded four (4) martyrs", "its units suffered two wounded": the speaker's own dead
_OUR_FORCES_LOST = re.compile(rf"(?i)\b(?:our|its)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:armed\s+forces|side|{_OWN_MEN})\s+"
                              r"(?:had\s+|has\s+|have\s+)?(?:lost|suffered|sustained|recorded|counted)\s+$")
# (counted among them, or named before "them")
_ITS_MEN = re.compile(rf"(?i)\bits\s+(?:own\s+)?(?:[\w-]+\s+)?{_OWN_MEN}\b")
_AMONG_OWN = re.compile(rf"(?i)\s+among\s+(?:its|their)\s+own\s+(?:[\w-]+\s+)?{_OWN_MEN}\b")
_IT_LOST = re.compile(r"(?i)\b(?P<who>it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:lost|losing)\s+$")
# "by the fire of the Indian army", "shot at by officers of a Tanzanian marine patrol", "by men in the uniform of
# the Togolese gendarmerie": the force that did it, named after "by ... of".
_BY_FORCE_BEFORE = re.compile(r"(?i)\bby\s+(?:the\s+|an?\s+)?(?:(?:fire|gunfire|shots|officers|members|soldiers|troops|"
                              r"personnel|agents|men)\s+(?:in\s+(?:the\s+)?uniforms?\s+)?of\s+(?:the\s+|an?\s+)?)?$")
_FORCE_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|officers|police|guards|army|navy|"
                          r"militia|gunmen|personnel|patrols?|units?|gendarmerie|gendarmes|coast\s+guard|military)\b")
_FIRED = re.compile(r"(?i)\s+(?:had\s+)?(?:fired|opened\s+fire|shelled|attacked|struck)\b")  # "Kyrgyz troops fired"

