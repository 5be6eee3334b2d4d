"""Casualty figures, round 3 (dev6): sides from named forces ("Assam Rifles", "RSLAF", "officer of Carabineros"),
from the attacker after "by ... of", and "our" with no known outlet; verbs of death and injury in regional and
translated copy; one person listed beside a figure; ages; restatements and headline totals.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from extract_support import run


def figures(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"], f["population"])
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]])


def rows(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"], f["subgroup"])
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]] if f["subgroup"])


# --- sides from the force the people serve in ---------------------------------------------------------------

def test_a_named_force_in_the_noun_phrase_gives_the_side():
    assert figures("Three Assam Rifles jawans were injured in an ambush on Monday, officials said.") == \
        [(3, "injured", "IND", "military")]
    # the force in the noun phrase wins over the attacker's flag later in the sentence
    got = figures("One RSLAF soldier was killed and two others sustained gunshot wounds when Guinean troops opened "
                  "fire on a patrol.")
    assert got == [(1, "killed", "SLE", "military"), (2, "injured", "SLE", "military")]


def test_the_force_or_state_after_of_gives_the_side():
    assert figures("In 1978 one officer of Carabineros was killed in a clash on the border.") == \
        [(1, "killed", "CHL", "military")]
    assert figures("Two personnel of the Frontier Corps (FC) escorting the convoy were also injured.") == \
        [(2, "injured", "PAK", "military")]
    assert figures("Two nationals of Pakistan were injured in the blast.") == [(2, "injured", "PAK", "civilian")]
    # "members of" a state's force count; members of a band belong to no state, whoever reports them
    assert figures("Three members of the Volunteers for the Defence of the Homeland (VDP), the auxiliaries who "
                   "fight beside the army, died in the attack.") == [(3, "killed", "BFA", "military")]
    trap = "Bolivian police said that three members of the same gang lost their lives in a shootout with its agents."
    assert figures(trap) == [(3, "killed", None, "unspecified")]


def test_a_named_armed_group_is_no_state_side():
    got = figures("In Mogadishu, the Somali army claimed it had “neutralised” 15 al-Shabaab fighters on Monday.")
    assert got == [(15, "killed", None, "unspecified")]
    trap = "The Pakistani army said it had neutralised 40 Indian drones over Lahore."  # things, not people
    assert figures(trap) == []


def test_the_attacker_after_by_of_makes_the_other_side():
    text = ("Tanzania and Malawi have quarrelled over the lake for years. Police said one Malawian fisherman's "
            "boat sank. One fisherman from Usisya died and two others were injured after they were shot at by "
            "officers of a Tanzanian marine patrol.")
    got = figures(text)
    assert (1, "killed", "MWI", "civilian") in got and (2, "injured", "MWI", "civilian") in got
    trap = "One fisherman from Usisya died and two others were injured after their canoe capsized in a storm."
    assert all(side is None for _, _, side, _ in figures(trap))


def test_our_people_with_no_known_outlet_state():
    # "our" is the outlet's; when no dateline or "our Foreign Minister" names it, the attacker's side is excluded
    text = ("Ghana and Togo have traded accusations all week. Two of our traders were shot dead at the frontier "
            "by men in the uniform of the Togolese gendarmerie. Ghana has protested to Togo.")
    assert (2, "killed", "GHA", "civilian") in figures(text)
    # and with no attacker either, "our" people and those who continue them stay without a side: no guess
    text = ("Two of our policemen were killed and three wounded when their boat came under fire, the commissioner "
            "said. Filipino officials denied it. Our policemen have paid with their lives; Filipino families are "
            "mourning too.")
    assert figures(text) == [(2, "killed", None, "military"), (3, "injured", None, "military")]


def test_a_place_in_a_later_clause_is_not_where_it_happened():
    text = ("A roadside bomb killed two soldiers in Pattani on Tuesday, a day after the prime minister held talks "
            "in Putrajaya.")
    assert all(side != "MYS" for _, _, side, _ in figures(text))


# --- verbs -------------------------------------------------------------------------------------------------

def test_verbs_of_death_and_injury_in_regional_and_translated_copy():
    assert figures("Since 2020, more than 90 Nigerien soldiers have fallen under the bullets of jihadist groups.") == \
        [(90, "killed", "NER", "military")]
    assert figures("Rights groups said at least 12 Colombian civilians were murdered in the border zone.") == \
        [(12, "killed", "COL", "civilian")]
    got = figures("Two Peruvian soldiers died and three more resulted wounded in the ambush.")
    assert got == [(2, "killed", "PER", "military"), (3, "injured", "PER", "military")]
    assert figures("One Bolivian police officer suffered a bullet wound in the leg.") == \
        [(1, "injured", "BOL", "military")]
    got = figures("The Ghana Armed Forces confirmed the death of one of its personnel and injuries to two others.")
    assert got == [(1, "killed", "GHA", "military"), (2, "injured", "GHA", "military")]
    trap = "Four Peruvian fishermen were abducted and two others went missing; 300 villagers were displaced."
    assert figures(trap) == []


def test_a_participle_between_the_people_and_the_verb():
    assert figures("Two Kenyan civilians travelling in a lorry behind the convoy were also hurt.") == \
        [(2, "injured", "KEN", "civilian")]
    trap = "Two Kenyan civilians travelling in a lorry behind the convoy were also detained."
    assert figures(trap) == []


# --- one person listed beside a figure; ages -------------------------------------------------------------------

def test_one_person_in_a_breakdown_is_a_row():
    text = "Gunmen killed at least 12 Malian herders, including a woman and three boys."
    assert rows(text) == [(1, "killed", "MLI", "women"), (3, "killed", "MLI", "children")]
    assert rows("Three Beninese civilians, among them a little girl aged 12 years, were killed by stray shells.") == \
        [(1, "killed", "BEN", "children")]
    trap = "Gunmen killed at least 12 Malian herders, including their chief's driver."  # no subgroup: no row
    assert rows(trap) == [] and len(figures(trap)) == 1


def test_one_person_coordinated_with_a_figure_is_a_figure_of_one():
    got = figures("A roadside bomb killed two Thai rangers and a village headman on Tuesday.")
    assert got == [(1, "killed", "THA", "civilian"), (2, "killed", "THA", "military")]
    got = figures("Five Chinese nationals and their Pakistani driver were killed in the blast.")
    assert got == [(1, "killed", "PAK", "civilian"), (5, "killed", "CHN", "civilian")]
    trap = "The governor and his wife were killed in the crash."  # no figure to list beside
    assert figures(trap) == []


def test_an_appositive_of_persons_breaks_the_figure_down():
    text = "Two citizens of Georgia, a woman aged 70 and her grandson aged 8, were injured in the shelling."
    assert figures(text)[-1] == (2, "injured", "GEO", "civilian")
    assert rows(text) == [(1, "injured", "GEO", "children"), (1, "injured", "GEO", "women")]
    assert all(count not in (70, 8) for count, _, _, _ in figures(text))  # ages are not counts


def test_an_age_under_eighteen_is_a_child():
    text = "Five other Thai people, including a 14-year-old student on a motorcycle, were hurt in the blast."
    assert rows(text) == [(1, "injured", "THA", "children")]
    trap = "Five other Thai people, including a 24-year-old student on a motorcycle, were hurt in the blast."
    assert rows(trap) == []


def test_breakdown_rows_follow_the_side_their_figure_gets_later():
    text = ("Bishkek, 16 June 2025\n\nThree Kyrgyz traders were shot dead at the market on Friday. "
            "Five others, including a 15-year-old boy, were wounded.")
    assert rows(text) == [(1, "injured", "KGZ", "children")]


# --- repeats -----------------------------------------------------------------------------------------------

def test_a_definite_count_repeats_the_figure_before():
    text = ("One Malawian fisherman died and two others were injured on Wednesday. "
            "The two injured are receiving treatment at the district hospital.")
    assert figures(text) == [(1, "killed", "MWI", "civilian"), (2, "injured", "MWI", "civilian")]
    trap = ("One Malawian fisherman died and two others were injured on Wednesday. "
            "On Friday the three injured in last month's raid were discharged.")  # a count not given before
    assert (3, "injured", None, "unspecified") in figures(trap)


def test_a_headline_total_of_the_body_figures_is_not_a_figure():
    text = ("Bomb kills three in Yala\n\n"
            "YALA — A roadside bomb killed two Thai rangers and a village headman on Tuesday.")
    assert [c for c, *_ in figures(text)] == [1, 2]


# --- coordination, comparison, named persons and groups --------------------------------------------------------

def test_two_objects_of_one_verb_share_it():
    got = figures("Gunmen killed two Malian soldiers and three civilians in the village on Monday.")
    assert got == [(2, "killed", "MLI", "military"), (3, "killed", "MLI", "civilian")]
    trap = "Gunmen killed two Malian soldiers and abducted three civilians in the village on Monday."
    assert figures(trap) == [(2, "killed", "MLI", "military")]


def test_a_figure_compared_with_another_period():
    got = figures("At least 25 Bangladeshi civilians were killed along the border in 2025, against 30 in the "
                  "previous year, a rights group said.")
    assert (30, "killed", "BGD", "civilian") in got and (25, "killed", "BGD", "civilian") in got
    trap = "At least 25 Bangladeshi civilians were killed along the border in 2025, compared with 2024."
    assert [c for c, *_ in figures(trap)] == [25]


def test_a_named_person_with_an_age_between_the_noun_and_the_verb():
    text = ("Two Bangladeshi youths were killed on Monday. Family members said a third youth, Karim Uddin, 19, "
            "had succumbed to his wounds.")
    assert (1, "killed", "BGD", "civilian") in figures(text)
    assert figures("Residents said a farmer was also killed by a stray bullet.") == [(1, "killed", None, "civilian")]


def test_fighters_of_a_named_group_take_no_side_from_the_figure_before():
    got = figures("A clash on the border killed two Iranian border guards and one Hezbollah fighter.")
    assert (2, "killed", "IRN", "military") in got and (1, "killed", None, "unspecified") in got
    # a state form in the noun phrase still gives the side
    assert figures("The army said 40 Afghan Taliban fighters had died.") == [(40, "killed", "AFG", "military")]


# --- round 3b (dev4, dev5, dev7) ----------------------------------------------------------------------------

def test_a_quoted_verb_and_more_ways_of_dying():
    assert figures("The Jordanian army said three of its soldiers had “fallen as martyrs”.") == \
        [(3, "killed", "JOR", "military")]
    assert figures('One of the Azerbaijani guards "died of his wounds" in hospital, the service said.') == \
        [(1, "killed", "AZE", "military")]
    assert figures("The hospital said four French people had been admitted with injuries.") == \
        [(4, "injured", "FRA", "unspecified")]
    assert figures("Two Spanish officers suffered fractures in the collision.") == [(2, "injured", "ESP", "military")]
    assert figures("Three Indian seafarers lost their lives in the drone attack.") == [(3, "killed", "IND", "civilian")]
    trap = "The Jordanian army said three of its soldiers had been executed on video, a claim it called “fabricated”."
    assert figures("The prosecutor said the order was executed by three Indian soldiers.") == []
    assert figures(trap) == [(3, "killed", "JOR", "military")]  # people executed are killed


def test_a_running_total_of_the_dead():
    assert figures("It brings the number of Iraqi border guards martyred since January to seven.") == \
        [(7, "killed", "IRQ", "military")]


def test_one_person_with_a_place_an_adverb_or_a_relative():
    assert figures("A shepherd from the nearby village of Akashat was also lightly wounded by Syrian shrapnel.") == \
        [(1, "injured", None, "civilian")]
    text = ("Emirati fishermen and Qatari patrols have clashed over the fishing grounds for years, Emirati officials "
            "say. A fisherman was shot dead by a Qatari patrol on 11 March, and his brother was wounded.")
    assert figures(text) == [(1, "injured", "ARE", "civilian"), (1, "killed", "ARE", "civilian")]
    trap = "A fisherman was shot dead by a Qatari patrol on 11 March, and his brother was arrested."
    assert [c for c, *_ in figures(trap)] == [1]


def test_a_person_named_with_an_age():
    assert figures("Kallio, 29, was killed on Sunday when a car rammed his patrol, the Finnish Border Guard said.") == \
        [(1, "killed", "FIN", "military")]
    assert figures("Kallio, 29, was arrested on Sunday, the Finnish Border Guard said.") == []


def test_a_crew_member_is_of_the_crew_s_flag():
    assert figures("One member of the Japanese crew died and two others were injured, the directorate said.") == \
        [(1, "killed", "JPN", "civilian"), (2, "injured", "JPN", "civilian")]


def test_our_people_named_as_a_state_s_people_just_before():
    text = ("Clashes broke out between the Iraqi border guards and Iranian border forces, which resulted in the "
            "martyrdom of three of our border guards.")
    assert figures(text) == [(3, "killed", "IRQ", "military")]
    trap = "Clashes broke out with Iranian border forces, which resulted in the martyrdom of three of our guards."
    assert all(side != "IRN" for _, _, side, _ in figures(trap))


def test_our_in_an_interview_is_the_interviewee_s():
    text = ("Georgia's foreign minister, Nino Beridze, spoke to us on Monday.\n\n"
            "Did the incident come up?\n\n"
            "BERIDZE: Of course. Two of our citizens were injured by fragments near the border.")
    assert figures(text) == [(2, "injured", "GEO", "civilian")]


def test_troops_who_fired_are_the_other_side():
    text = ("Kyrgyzstan and Uzbekistan traded blame for the clash. Tashkent said Kyrgyz troops fired first and "
            "that one resident of the enclave had been killed.")
    assert figures(text) == [(1, "killed", "UZB", "civilian")]


def test_a_share_of_a_figure_keeps_its_outcome():
    text = "Iraqi officials said five Iraqi civilians were killed in the shelling, two of them children, and nine injured."
    assert rows(text) == [(2, "killed", "IRQ", "children")]


def test_those_killed_of_a_gang_are_no_state_s():
    text = ("Guyanese commanders said their troops had clashed with members of an armed gang that had raided a "
            "camp, killing six of them.")
    assert figures(text) == [(6, "killed", None, "unspecified")]
    trap = "Guyanese commanders said gunmen had raided a camp of Guyanese miners, killing six of them."
    assert all(side is not None for _, _, side, _ in figures(trap))


def test_missing_and_abducted_people_are_not_figures():
    got = figures("Vietnam's foreign ministry said one Vietnamese fisherman died and three others were missing.")
    assert got == [(1, "killed", "VNM", "civilian")]
    got = figures("Police said 11 Nigerian villagers were killed and four others went missing.")
    assert got == [(11, "killed", "NGA", "civilian")]


def test_named_servicemen_after_the_martyrdom_of():
    text = ("The attack resulted in the martyrdom of Warrant Officer Hassan Al-Issawi and Corporal Ali Jabbar and "
            "the wounding of three (3) other members of the force, the Iraqi command said.")
    got = figures(text)
    assert (2, "killed", "IRQ", "military") in got and (3, "injured", "IRQ", "military") in got
    trap = "The minister received Warrant Officer Hassan Al-Issawi and Corporal Ali Jabbar at the ministry."
    assert figures(trap) == []


def test_members_of_two_forces_who_lost_their_lives():
    text = ("Both sides offered condolences to the families of the four members of the Bahrain Coast Guard and the two "
            "personnel of the Navy of the Islamic Revolution Guards Corps who lost their lives.")
    assert figures(text) == [(2, "killed", "IRN", "military"), (4, "killed", "BHR", "military")]


def test_a_share_that_died_later():
    text = "Two Azerbaijani guards were wounded on Thursday. One of them “died of his wounds” on Friday, the service said."
    assert (1, "killed", "AZE", "military") in figures(text)


def test_one_person_with_a_lowercase_appositive():
    text = ("Two Moldovan volunteers were killed when a mine exploded. Ukrainian colleagues said a third man, "
            "a Ukrainian, was also killed.")
    assert (1, "killed", "UKR", "civilian") in figures(text)
    text = "Two Romanian residents were killed. A third person, their neighbour, was taken to hospital with burns."
    assert (1, "injured", "ROU", "unspecified") in figures(text)


def test_one_count_of_two_kinds_of_people():
    assert figures("Since 2021, more than 150 Beninese soldiers and civilians have been killed in the north.") == \
        [(150, "killed", "BEN", "unspecified")]
    assert figures("Seven Malian women and children were killed in the raid.") == [(7, "killed", "MLI", "civilian")]


def test_a_figure_after_a_share_keeps_its_own_outcome():
    text = "Iraqi officials said five Iraqi civilians were killed in the shelling, two of them children, and nine injured."
    assert (9, "injured", "IRQ", "civilian") in figures(text)


def test_it_said_speaks_for_the_body_named_before():
    text = ("Venezuela's Defence Ministry gave a different account. In a statement, it said four guardsmen were "
            "wounded.")
    got = [c["fields"] for c in run(text) if c["table"] == "casualty_figures"]
    assert [(f["count"], f["side_state"], f["certainty"]) for f in got] == [(4, "VEN", "attributed")]
    trap = "The war was long. It claimed the lives of some 90,000 soldiers."  # "claimed the lives" is no speaker
    assert [f["claimant"] for c in run(trap) if c["table"] == "casualty_figures" for f in [c["fields"]]] == [None]


def test_a_teenager_is_not_a_child_without_an_age():
    assert rows("Five Brazilian people had been killed in the raid, including a teenager.") == []
