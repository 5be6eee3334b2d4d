"""Casualty figures, round 6: a breakdown and a name in apposition with counts and ages in brackets, the side that
"lost" its own people, and the victims' nationality given in a sentence before the toll.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from extract_support import run


def figures(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"], f["population"], f["subgroup"] or "")
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]])


# --- official releases echo counts and ages in brackets ---------------------------------------------------------

def test_a_breakdown_with_counts_echoed_in_digits():
    text = ("Gunmen attacked the village of Kologo, in which seven (7) Ghanaian civilians, including two (2) women, "
            "lost their lives and four (4) others were wounded.")
    assert figures(text) == [(2, "killed", "GHA", "civilian", "women"), (4, "injured", "GHA", "civilian", ""),
                             (7, "killed", "GHA", "civilian", "")]
    # trap: a bracket that is not a count does not join the breakdown
    text = "Gunmen attacked the village, including the market (rebuilt in 2019), and two (2) women lost their homes."
    assert figures(text) == []


def test_a_name_in_apposition_with_the_age_in_brackets():
    text = "Ghana's police said one fisherman, Mr. Kwame Mensah (34), lost his life in the attack."
    assert figures(text) == [(1, "killed", "GHA", "civilian", "")]
    # trap: the bracketed age of a man who is only named, not hurt
    text = "Ghana's police said one fisherman, Mr. Kwame Mensah (34), lost his boat in the storm."
    assert figures(text) == []


# --- a side that "lost" its own people --------------------------------------------------------------------------

def test_a_state_or_its_army_lost_soldiers():
    assert figures("The Ghanaian army lost four soldiers in the fighting with Togo.") == \
        [(4, "killed", "GHA", "military", "")]
    assert figures("Ghana lost four soldiers in the fighting, the army said.") == [(4, "killed", "GHA", "military", "")]
    # traps: things lost are not people; "lost" with no count of people counts nobody
    assert figures("Ghana lost two jets and a helicopter, the ministry said.") == []
    assert figures("The ruling party lost two seats in the vote.") == []


def test_a_speaker_said_it_had_lost_soldiers():
    text = "The Ghanaian army said on Sunday it had lost four soldiers in the fighting with Togo."
    assert figures(text) == [(4, "killed", "GHA", "military", "")]
    # trap: the army speaks of the other side's losses, not its own
    text = "The Togolese army said Ghanaian troops had lost four soldiers in the fighting."
    assert figures(text) == [(4, "killed", "GHA", "military", "")]


# --- the victims' nationality, given once in the sentence before -------------------------------------------------

def test_the_same_noun_with_a_demonym_in_the_sentence_before_gives_the_side():
    text = ("A group of Namibian fishermen was fired upon by soldiers on the river on Saturday. One fisherman lost "
            "his life, while two others sustained gunshot wounds.")
    assert figures(text) == [(1, "killed", "NAM", "civilian", ""), (2, "injured", "NAM", "civilian", "")]
    # traps: two demonyms on the noun name no one side; another noun is other people
    text = ("Namibian and Angolan fishermen share the river. On Saturday two fishermen were wounded in a "
            "shooting.")
    assert figures(text) == [(2, "injured", None, "civilian", "")]
    text = ("A group of Namibian fishermen watched from the bank on Saturday. Two traders were wounded in the "
            "shooting.")
    assert figures(text) == [(2, "injured", None, "civilian", "")]


# --- more people nouns: a navy's ratings, a boat's crewmates, "of his" ------------------------------------------

def test_a_navys_ratings_are_its_men():
    text = "The Ghanaian Navy said three of its ratings were killed and five wounded in the two days of fighting."
    assert figures(text) == [(3, "killed", "GHA", "military", ""), (5, "injured", "GHA", "military", "")]
    # trap: ratings that are no people
    assert figures("The channel's ratings were hurt by the strike on its studio.") == []


def test_crewmates_of_a_man_named_before_take_his_side():
    text = ("A Ghanaian fisherman was shot dead on Friday. Two of his crewmates were wounded, according to the "
            "committee.")
    assert figures(text) == [(1, "killed", "GHA", "civilian", ""), (2, "injured", "GHA", "civilian", "")]
    # traps: with two fishermen of two nationalities before, "his" is no one side's; the coastguard of a vessel
    # that fired is not one of "his" people
    text = ("A Ghanaian fisherman was shot dead on Friday beside a Togolese fisherman. Two of his crewmates were "
            "wounded, according to the committee.")
    assert (2, "injured", None, "civilian", "") in figures(text)
    text = ("The fisherman was shot dead on Friday when a Togolese coastguard vessel stopped his boat. Two of his "
            "crewmates were wounded, according to the committee.")
    assert (2, "injured", "TGO", "civilian", "") not in figures(text)


# --- a unit that came under fire in the sentence before ---------------------------------------------------------

def test_soldiers_of_a_unit_attacked_in_the_sentence_before():
    text = ("On Sunday a Ghanaian border patrol came under small-arms fire from the opposite bank. Sergeant Kofi "
            "Owusu was killed and two (2) rangers were wounded.")
    assert figures(text) == [(1, "killed", "GHA", "military", ""), (2, "injured", "GHA", "military", "")]
    # trap: a unit that fired is not the unit that was hit
    text = "On Sunday a Ghanaian border patrol fired on a boat from the opposite bank. Two soldiers were wounded."
    assert figures(text) == [(2, "injured", None, "military", "")]


# --- hospital arrivals, engineers, two-word ranks, a quoted verb -------------------------------------------------

def test_people_brought_to_hospital_with_wounds_are_injured():
    text = "Doctors at the Tamale hospital said seven Ghanaian residents had been brought in with splinter wounds."
    assert figures(text) == [(7, "injured", "GHA", "civilian", "")]
    text = "Four Ghanaian villagers were rushed to the district hospital with gunshot wounds."
    assert figures(text) == [(4, "injured", "GHA", "civilian", "")]
    # trap: brought in for something else
    assert figures("Four Ghanaian villagers were brought in for questioning with their lawyers.") == []


def test_engineers_are_civilians_unless_the_army_s():
    assert figures("Two Chinese engineers were killed in the blast, Ghanaian police said.") == \
        [(2, "killed", "CHN", "civilian", "")]
    assert figures("Ghana's defence ministry said two army engineers were injured when a mine exploded.") == \
        [(2, "injured", "GHA", "military", "")]
    # trap: engineers at work are no casualties
    assert figures("Ghana's ministry said two engineers designed the new bridge.") == []


def test_a_force_noun_and_a_rank_before_a_quoted_verb():
    text = ("Cameroon's ministry said that a gendarmerie warrant officer “lost his life” and two other gendarmes "
            "were injured.")
    assert figures(text) == [(1, "killed", "CMR", "military", ""), (2, "injured", "CMR", "military", "")]
    # trap: "a day after the soldier died" is no new count of one
    assert figures("A day after the soldier died, talks resumed.") == []


def test_one_more_death_after_a_toll_is_the_rise_inside_it():
    text = ("The Chinese embassy put the number of its citizens who lost their lives at six, saying that one more "
            "engineer had succumbed to his injuries.")
    assert figures(text) == [(6, "killed", "CHN", "civilian", "")]
    # trap: with no toll before it, "one more" is a figure of its own
    text = "The Ghanaian army said one more soldier had succumbed to his injuries on Tuesday."
    assert figures(text) == [(1, "killed", "GHA", "military", "")]
