"""Casualty figures, round 8: a press office's words for its dead ("paid the ultimate price"), fatal and minor wounds,
compound people nouns (coast guard officers, service members, a crew member, a boatman), a timeline's historic
present, injuries shared out among people already counted, a province named before its kind ("the Téra
department") and the hamlet an attack struck, a force's full name before "dead", a hospital by its name, and a
date that only says when a figure was reported.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from extract_support import run


def figures(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"], f["population"], f["subgroup"] or "")
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]])


def dates(text: str) -> list[tuple]:
    return sorted((f["count"], f["date_start"]) for c in run(text) if c["table"] == "casualty_figures"
                  for f in [c["fields"]])


# --- a press office's words ---------------------------------------------------------------------------------------

def test_paid_the_ultimate_price_and_sustained_injuries():
    assert figures("The Kenyan army said three of its soldiers paid the ultimate price in the ambush, while five (5) "
                   "sustained injuries.") == [(3, "killed", "KEN", "military", ""), (5, "injured", "KEN", "military", "")]
    assert figures("Kenya's defence ministry said two of its soldiers made the supreme sacrifice.") == \
        [(2, "killed", "KEN", "military", "")]
    # trap: a price paid by no people
    assert figures("Kenya said three firms paid the highest price for fuel in March.") == []


def test_fatal_wounds_are_deaths():
    assert figures("Ghanaian police said two fishermen sustained fatal gunshot wounds.") == \
        [(2, "killed", "GHA", "civilian", "")]
    # trap: wounds that are not fatal
    assert figures("Ghanaian police said two fishermen sustained gunshot wounds.") == \
        [(2, "injured", "GHA", "civilian", "")]


def test_cuts_and_a_broken_arm():
    assert figures("Ghanaian television reported that a third Ghanaian officer had been treated for cuts.") == \
        [(1, "injured", "GHA", "military", "")]
    assert figures("Relatives said a third Ghanaian crew member had suffered a broken arm.") == \
        [(1, "injured", "GHA", "civilian", "")]
    # trap: cuts and broken things that are no one's injury
    assert figures("Ghana said two ministries had suffered budget cuts and a broken promise.") == []


# --- compound people nouns ----------------------------------------------------------------------------------------

def test_coast_guard_officers_and_service_members():
    assert figures("Two Japanese coast guard officers were injured on Monday, the coast guard said.") == \
        [(2, "injured", "JPN", "military", "")]
    assert figures('The Ghanaian navy said two of its service members had "died in the line of duty".') == \
        [(2, "killed", "GHA", "military", "")]
    # trap: members of a parliament count nobody
    assert figures("Two members of parliament were injured in the stampede, Ghanaian police said.") == []


def test_a_boatman():
    assert figures("A Colombian boatman was also wounded and is receiving care in Leticia.") == \
        [(1, "injured", "COL", "civilian", "")]
    # trap: a boatman who was not hurt
    assert figures("A Colombian boatman was also detained and is being questioned in Leticia.") == []


# --- a timeline's historic present --------------------------------------------------------------------------------

def test_historic_present():
    assert figures("12 March — Two Ghanaian fishermen are shot; one of them dies of his injuries the following day.") \
        == [(1, "killed", "GHA", "civilian", "")]
    assert figures("14 March — A Ghanaian soldier is killed near the border.") == [(1, "killed", "GHA", "military", "")]
    # trap: a present tense of no harm
    assert figures("14 March — A Ghanaian soldier is questioned near the border.") == []


# --- injuries shared out among people already counted --------------------------------------------------------------

def test_one_and_another_share_the_injuries_of_two():
    assert figures("Two Ghanaian officers were injured on Monday. One officer suffered a broken collarbone and another "
                   "head injuries, police said.") == [(2, "injured", "GHA", "military", "")]
    # trap: a correction's own count, each half with its verb
    assert figures("Police had said two Ghanaian sailors were killed. One Ghanaian sailor was killed and another was "
                   "injured, police said.") == \
        [(1, "injured", "GHA", "military", ""), (1, "killed", "GHA", "military", ""),
         (2, "killed", "GHA", "military", "")]


# --- where the people were ----------------------------------------------------------------------------------------

def test_a_province_named_before_its_kind():
    assert figures("Ghana and Togo traded accusations. A monitoring group said it had recorded the deaths of 40 "
                   "civilians in the Volta region since January.") == [(40, "killed", "GHA", "civilian", "")]
    # trap: a province of a later clause, not where the people were
    assert figures("Ghana and Togo traded accusations. A monitoring group said it had recorded the deaths of 40 "
                   "civilians since January, as a delegation toured the Volta region.") == \
        [(40, "killed", None, "civilian", "")]


def test_an_attack_on_a_hamlet_placed_by_its_province():
    assert figures("Ghana and Togo traded accusations. At least 12 civilians were killed and 14 others wounded in "
                   "Saturday's attack on the village of Kassan, in the Ashanti region, a monitoring group said.") == \
        [(12, "killed", "GHA", "civilian", ""), (14, "injured", "GHA", "civilian", "")]
    # trap: the province of a visit after the figure, not of the attack
    assert figures("Ghana and Togo traded accusations. At least 12 civilians were killed on Saturday, a monitoring "
                   "group said, before a delegation visited the village of Kassan, in the Ashanti region.") == \
        [(12, "killed", None, "civilian", "")]


# --- the rest of a force's name, a hospital's name ---------------------------------------------------------------

def test_left_the_agents_of_a_named_force_dead():
    assert figures("The clash left two agents of Ghana's Special Force to Fight Drug Trafficking (SFDT) dead, "
                   "police said.") == [(2, "killed", "GHA", "military", "")]
    # trap: left them, not dead
    assert figures("The clash left two agents of Ghana's Special Force stranded, police said.") == []


def test_another_taken_to_a_named_hospital_with_wounds():
    assert figures("One Ghanaian soldier died at the scene and another was taken to the Regional Hospital of Tamale "
                   "with gunshot wounds.") == [(1, "injured", "GHA", "military", ""), (1, "killed", "GHA", "military", "")]
    # trap: taken there for no wound
    assert figures("One Ghanaian soldier died at the scene and another was taken to the Regional Hospital of Tamale "
                   "for questioning.") == [(1, "killed", "GHA", "military", "")]


# --- when it was said is not when it happened ---------------------------------------------------------------------

def test_a_quote_dated_by_its_speaker():
    assert dates('"Two of our citizens were taken to hospital with gunshot wounds," a Ghanaian police spokesman told '
                 "reporters on Wednesday.") == [(2, None)]
    # trap: the date of the wounding itself stays
    assert dates("Two Ghanaian fishermen were wounded on Tuesday, a Ghanaian police spokesman told reporters on "
                 "Wednesday.") == [(2, "2025-06-17")]


# --- revised, withdrawn and hypothetical figures ------------------------------------------------------------------

def test_a_toll_up_from_an_earlier_one():
    assert figures("At least 27 Ghanaian fishermen drowned on Saturday, the navy said on Tuesday, up from 19 a day "
                   "earlier.") == [(27, "killed", "GHA", "civilian", "")]
    # trap: a count of another period stays a figure
    assert figures("At least 27 Ghanaian fishermen were killed in 2025, against 30 in the previous year.") == \
        [(27, "killed", "GHA", "civilian", ""), (30, "killed", "GHA", "civilian", "")]


def test_an_earlier_statement_superseded():
    assert figures("One Ghanaian sailor was killed, the navy said. An earlier navy statement, issued before the crew "
                   "had been accounted for, had said two sailors were killed.") == [(1, "killed", "GHA", "military", "")]
    # trap: another source's figure is a competing claim, kept
    assert figures("One Ghanaian sailor was killed, the navy said. Local media said two Ghanaian sailors were killed.") \
        == [(1, "killed", "GHA", "military", ""), (2, "killed", "GHA", "military", "")]


def test_a_wire_correction_line():
    text = ("(Corrects toll in paragraph 1 to one killed and one injured, from two killed)\n\n"
            "ACCRA, May 7 (Wire) - One Ghanaian sailor was killed and another was injured in a collision, the navy said.")
    assert figures(text) == [(1, "injured", "GHA", "military", ""), (1, "killed", "GHA", "military", "")]
    # trap: a line that only begins with the word is no correction note
    assert figures("Correspondents said two Ghanaian sailors were killed.") == [(2, "killed", "GHA", "military", "")]


def test_none_of_the_crew():
    assert figures("Ghana's port authority said none of the tanker's 23 crew were hurt.") == []
    assert figures("Ghana's port authority said neither of the two Ghanaian guards was hurt.") == []
    # trap: some of them were
    assert figures("Ghana's port authority said both of the two Ghanaian guards were hurt.") == \
        [(2, "injured", "GHA", "military", "")]


def test_a_count_quoted_of_those_on_board():
    assert figures("The UN refugee agency said it believed “at least 35” of those on board had died in the sinking.") \
        == [(35, "killed", None, "civilian", "")]
    # trap: of those on board, survivors
    assert figures("The UN refugee agency said it believed “at least 35” of those on board had survived.") == []


def test_could_be_counting_the_dead():
    assert figures('A retired Ghanaian admiral said that had the patrol fired, "we could be counting twenty dead".') == []
    # trap: a count of the dead that happened
    assert figures("A retired Ghanaian admiral said twenty Ghanaian fishermen were killed.") == \
        [(20, "killed", "GHA", "civilian", "")]


# --- one person by other words ------------------------------------------------------------------------------------

def test_the_attacker_was_shot_dead():
    assert figures("Ukraine's border service said one Ukrainian border guard was injured and the attacker was shot "
                   "dead.") == [(1, "injured", "UKR", "military", ""), (1, "killed", None, "unspecified", "")]
    # trap: the attacker caught, not killed
    assert figures("Ukraine's border service said one Ukrainian border guard was injured and the attacker was "
                   "arrested.") == [(1, "injured", "UKR", "military", "")]


def test_the_death_of_a_citizen():
    assert figures("The ministers condemned the death of an Omani citizen in the incident.") == \
        [(1, "killed", "OMN", "civilian", "")]
    # trap: the death of no person
    assert figures("The ministers condemned the death of an Omani law in parliament.") == []


def test_a_town_as_the_modifier():
    assert figures("Ghana and Togo traded accusations. Two Tamale residents were killed on Monday.") == \
        [(2, "killed", "GHA", "civilian", "")]
    # trap: a group's name is no town
    assert figures("Ghana and Togo traded accusations. Two Hamas fighters were killed on Monday.") == \
        [(2, "killed", None, "unspecified", "")]


def test_residents_of_a_hamlet_on_one_side():
    assert figures("Liberia's army denied it. Three residents of a farming hamlet on the Guinean side were wounded "
                   "by stray bullets, Guinean officials said.") == [(3, "injured", "GIN", "civilian", "")]
    # trap: moved, not hurt
    assert figures("Liberia's army denied it. Three residents of a farming hamlet on the Guinean side were "
                   "evacuated, Guinean officials said.") == []


def test_a_province_by_its_demonym():
    assert figures("Malaysia and Brunei traded gunfire at sea, and a Sabahan fisherman is dead.") == \
        [(1, "killed", "MYS", "civilian", "")]
    # trap: a province two named states share places no one
    assert figures("India and Pakistan traded fire, and a Punjabi farmer was killed.") == \
        [(1, "killed", None, "civilian", "")]


# --- a boat lost at sea -------------------------------------------------------------------------------------------

def test_the_drowned_are_not_the_rescuers_own():
    # (the drowned are civilians since round 36, as the coders of these sentences' corpora, dev14 and dev7, code them)
    assert figures("At least 27 people drowned when the overloaded boat overturned on Saturday, the Malaysian "
                   "Maritime Enforcement Agency said.") == [(27, "killed", None, "civilian", "")]
    # trap: the dead named some state's people stay that state's
    assert figures("The Malaysian Maritime Enforcement Agency said two people have drowned in the strait in the past "
                   "five years, both Malaysian anglers.") == [(2, "killed", "MYS", "civilian", "")]
    # trap: people killed in fighting are still the speaker's
    assert figures("At least 27 people were killed in the shelling, the Malaysian health ministry said.") == \
        [(27, "killed", "MYS", "unspecified", "")]


def test_the_injury_of_a_third_soldier():
    assert figures("The Lebanese army said the strike led to the martyrdom of two soldiers and the injury of a third "
                   "soldier, who was transferred to hospital.") == \
        [(1, "injured", "LBN", "military", ""), (2, "killed", "LBN", "military", "")]
    # trap: the injury of something a soldier has
    assert figures("The Lebanese army said the strike caused the injury of a third soldier's career.") == []


def test_needed_treatment_for_a_cut():
    assert figures('The Greek coast guard said only one Turkish fisherman had needed treatment, for "a minor cut to '
                   'the hand".') == [(1, "injured", "TUR", "civilian", "")]
    # trap: treatment for an illness is no injury
    assert figures("The Greek coast guard said only one Turkish fisherman had needed treatment, for dehydration.") == []


def test_suspects_killed_by_police_are_no_side():
    assert figures("Brazilian police said three suspects, all of them Brazilians with criminal records, died in the "
                   "exchange of fire.") == [(3, "killed", None, "unspecified", "")]
    # trap: suspects taken, not killed
    assert figures("Brazilian police said three suspects, all of them Brazilians with criminal records, were "
                   "arrested.") == []


def test_without_giving_his_nationality():
    assert figures("A spokesman for the Central African army said one soldier was killed and three were wounded. A "
                   "truck driver was also hurt, he said, without giving his nationality.") == \
        [(1, "injured", None, "civilian", ""), (1, "killed", "CAF", "military", ""), (3, "injured", "CAF", "military", "")]
    # trap: with no such caveat the driver continues the speaker's side
    assert figures("A spokesman for the Central African army said one soldier was killed and three were wounded. A "
                   "truck driver was also hurt, he said.") == \
        [(1, "injured", "CAF", "civilian", ""), (1, "killed", "CAF", "military", ""), (3, "injured", "CAF", "military", "")]
