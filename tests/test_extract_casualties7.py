"""Casualty figures, round 7: bulletins and releases (a second person "another", a martyr's fall, a date or a quote
between the verb and the count, bodies recovered, a sailor on a patrol vessel), tolls that rose after a long event
phrase, "three other Zambians", a bare "Police said" after the force is named, and whom a speaker killed.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from extract_support import run


def figures(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"], f["population"], f["subgroup"] or "")
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]])


# --- one more person, the noun left out ---------------------------------------------------------------------------

def test_one_died_and_another_was_wounded():
    assert figures("Ghana's police said one of its officers died and another was seriously wounded.") == \
        [(1, "injured", "GHA", "military", ""), (1, "killed", "GHA", "military", "")]
    # traps: "another" with a noun of its own after the verb-like word, and another verb
    assert figures("A Ghanaian soldier was killed and another wounded soldier was flown to Accra.") == \
        [(1, "killed", "GHA", "military", "")]
    assert figures("A Ghanaian soldier was killed and another was arrested on Monday.") == \
        [(1, "killed", "GHA", "military", "")]


# --- military communiqués -----------------------------------------------------------------------------------------

def test_a_serviceman_fell_as_a_martyr():
    assert figures("During this operation, a Ghanaian soldier fell as a martyr of duty.") == \
        [(1, "killed", "GHA", "military", "")]
    assert figures("During this operation, Corporal Kwame Mensah fell as a martyr of duty.") == \
        [(1, "killed", None, "military", "")]
    # trap: "fell" of a town or a price
    assert figures("During this operation, a Ghanaian soldier fell ill with malaria.") == []


def test_a_date_set_off_by_commas_between_verb_and_count():
    assert figures("A detachment of the army neutralised, on 3 August 2026, three (03) terrorists near the border.") \
        == [(3, "killed", None, "unspecified", "")]
    # trap: the same shape with a verb that counts no casualties
    assert figures("The army visited, on 3 August 2026, four villages near the border after shots were fired.") == []


def test_a_count_quoted_from_a_release():
    assert figures("It said its patrol had returned fire, wounding “at least three of the attackers”.") == \
        [(3, "injured", None, "unspecified", "")]
    # trap: a quoted count after a verb of no harm
    assert figures("It said its patrol had returned fire, warning “at least three of the attackers”.") == []


def test_whom_the_speaker_killed_are_not_its_own():
    assert figures('The Ghanaian army said it had killed "two terrorist operatives" near the border.') == \
        [(2, "killed", None, "unspecified", "")]
    # trap: what the speaker lost is its own
    assert figures("The Ghanaian army said it had lost two soldiers near the border.") == \
        [(2, "killed", "GHA", "military", "")]


# --- police and coast-guard releases ------------------------------------------------------------------------------

def test_bodies_recovered_are_the_dead():
    assert figures("The Togolese navy said it had recovered the bodies of two Ghanaian fishermen.") == \
        [(2, "killed", "GHA", "civilian", "")]
    # the finder does not name whose dead they are
    assert figures('Togolese police said they had recovered the bodies of two men "believed to be fishermen".') == \
        [(2, "killed", None, "civilian", "")]
    # trap: bodies returned or handed over are dead already counted
    assert figures("Togo returned the bodies of two Ghanaian soldiers on Monday.") == []


def test_a_sailor_on_one_of_its_patrol_vessels():
    assert figures('Togo\'s defence ministry said a sailor on one of its patrol vessels had been "lightly injured".') \
        == [(1, "injured", "TGO", "military", "")]
    # trap: the same person, not hurt
    assert figures("Togo's defence ministry said a sailor on one of its patrol vessels was arrested.") == []


def test_a_bare_police_said_is_the_force_just_named():
    text = ("The Ghana Police Service was counting the dead in Bawku. Police said on Monday that at least 26 people "
            "had been killed in clashes around the town.")
    assert figures(text) == [(26, "killed", "GHA", "unspecified", "")]
    # trap: no police force named before
    text = ("Togolese troops arrived in the area. Police said on Monday that at least 26 people had been killed in "
            "clashes around the town.")
    assert figures(text) == [(26, "killed", None, "unspecified", "")]


# --- tolls and nationalities --------------------------------------------------------------------------------------

def test_a_toll_that_rose_after_a_long_event_phrase():
    text = ("The death toll from last week's clash between a Togolese patrol boat and Ghanaian fishing vessels near "
            "Keta has risen to three after a wounded fisherman died in hospital in Accra.")
    assert figures(text) == [(3, "killed", "GHA", "civilian", "")]
    # trap: a toll that only might rise
    text = ("The death toll from last week's clash between a Togolese patrol boat and Ghanaian fishing vessels near "
            "Keta could rise to three, police said.")
    assert figures(text) == []


def test_other_and_more_before_a_plural_demonym():
    assert figures("Two traders were shot at the market on Friday, and three other Ghanaians were wounded.") == \
        [(3, "injured", "GHA", "unspecified", "")]
    # trap: the same people, not hurt
    assert figures("Two traders were seen at the market on Friday, and three other Ghanaians were arrested.") == []


# --- sides named by a town and by a figure contested ---------------------------------------------------------------

def test_on_the_town_side():
    text = "Exchanges across the border between Togo and Ghana killed three fishermen on the Aneho side, a Ghanaian official said."
    assert figures(text) == [(3, "killed", "TGO", "civilian", "")]
    # trap: a town on a road is not a side; the speaker's state stands
    text = "Exchanges across the border between Togo and Ghana killed three fishermen on the Aneho road, a Ghanaian official said."
    assert figures(text) == [(3, "killed", "GHA", "civilian", "")]


def test_a_toll_put_higher_counts_the_same_dead():
    text = ("The provincial government said four Ghanaian villagers were shot dead on Saturday. Residents put the toll "
            "higher, at seven, including a 15-year-old boy.")
    assert figures(text) == [(1, "killed", "GHA", "civilian", "children"), (4, "killed", "GHA", "civilian", ""),
                             (7, "killed", "GHA", "civilian", "")]
    # trap: a toll not said to contest the one before keeps no side of its own
    text = ("The provincial government said four Ghanaian villagers were shot dead on Saturday. Residents put the toll "
            "at seven, including a 15-year-old boy.")
    assert (7, "killed", None, "unspecified", "") in figures(text)


# --- headlines and datelines --------------------------------------------------------------------------------------

def test_a_punctuated_opinion_headline_repeats_the_body():
    text = ("COMMENTARY\n\nThree more of our fishermen dead. Will Lome act now?\n\nBy Kofi Mensah\n\n"
            "According to the Marine Police, three Ghanaian fishermen were shot dead by armed men who boarded their "
            "canoe off Aneho on Saturday.")
    assert figures(text) == [(3, "killed", "GHA", "civilian", "")]
    # trap: a short paragraph that is the whole body is no headline
    text = "Accra, 16 June 2025\n\nThree Ghanaian traders were shot dead at the market on Friday."
    assert figures(text) == [(3, "killed", "GHA", "civilian", "")]


def test_the_wire_dateline_date_is_not_the_event_date():
    text = ("ACCRA, June 18 (Wire) - A Ghanaian fisherman was killed when Togolese and Ghanaian patrol boats "
            "exchanged fire near Aneho on Monday, Ghana's police said.")
    dates = [c["fields"]["date_start"] for c in run(text) if c["table"] == "casualty_figures"]
    assert dates == ["2025-06-16"]
    # with no other date, the figure is undated, as under a plain dateline ("ACCRA, June 18 -"): the wire's date is
    # when it was filed (round 18; it used to date the figure)
    text = "ACCRA, June 18 (Wire) - A Ghanaian fisherman was killed near Aneho, Ghana's police said."
    dates = [c["fields"]["date_start"] for c in run(text) if c["table"] == "casualty_figures"]
    assert dates == [None]
    plain = text.replace(" (Wire)", "")
    assert dates == [c["fields"]["date_start"] for c in run(plain) if c["table"] == "casualty_figures"]


# --- a posting between people and verb, and a count restated by another source --------------------------------------

def test_people_posted_to_a_unit():
    assert figures("Ghana's defence ministry said two army engineers attached to the survey team were injured.") == \
        [(2, "injured", "GHA", "military", "")]
    # trap: posted, not hurt
    assert figures("Two Ghanaian soldiers stationed at the border post were relieved after the wounded men left.") == []


def test_put_the_number_at_restates_the_figure_before():
    text = ("Ghana's defence ministry said two army engineers attached to the survey team were injured last week. "
            "Local media put the number at three.")
    assert figures(text) == [(2, "injured", "GHA", "military", ""), (3, "injured", "GHA", "military", "")]
    # traps: a number of nothing counted before, and a number of visitors
    assert figures("Local media put the number at three.") == []
    assert figures("The ministry put the number of visitors at three thousand.") == []
