"""Casualty figures, round 10: the French communiqué's "fell with arms in hand" and "made it possible to neutralise";
a place of origin before "lost their lives"; a share of an outcome noun ("30 of the injured were civilians", "the dead
include ...", "one of the injured, Sergeant X, later succumbed") and the side of the total it shares; names with
particles ("bin", "dos") in a list of ranks; the crew of a flagged craft ("a crewman of a Chilean trawler"); "two of the
navy's sailors" for a force named before; "two of the traders" for people named with a nationality before, over the
speaker's state; an aside before a verb of saying; a nationality withheld in the next sentence.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from extract_support import run


def figures(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"], f["population"])
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]])


def claimants(text: str) -> list[tuple]:
    return sorted((f["count"], f["claimant"], f["certainty"]) for c in run(text) if c["table"] == "casualty_figures"
                  for f in [c["fields"]])


# --- francophone communiqués ---------------------------------------------------------------------------------------

def test_fell_with_arms_in_hand():
    assert figures("The Nigerien army said six soldiers fell with arms in hand near Tillabéri and eleven others were "
                   "wounded.") == [(6, "killed", "NER", "military"), (11, "injured", "NER", "military")]
    # trap: a fall that is no death
    assert figures("The Nigerien army said six soldiers fell ill near Tillabéri.") == []


def test_made_it_possible_to_neutralise():
    assert figures("The counter-offensive of our units made it possible to neutralise some forty terrorists.") == \
        [(40, "killed", None, "unspecified")]
    # trap: what was made possible is no killing
    assert figures("The counter-offensive made it possible to recover forty motorbikes.") == []


# --- the noun phrase before the verb -------------------------------------------------------------------------------

def test_origin_before_lost_their_lives():
    assert figures("As a result of the raid, four (4) Colombian fishermen from the port of Tumaco lost their lives.") \
        == [(4, "killed", "COL", "civilian")]
    # trap: the place of origin is not a death
    assert figures("Four Colombian fishermen from the port of Tumaco lost their nets.") == []


def test_crew_of_a_flagged_craft():
    assert figures("A crewman of a Chilean trawler died and two others were hurt after a collision off Arica.") == \
        [(1, "killed", "CHL", "civilian"), (2, "injured", "CHL", "civilian")]
    assert figures("Three crewmen of a Chilean longliner were injured.") == [(3, "injured", "CHL", "civilian")]
    # trap: a craft of no stated flag names no side
    assert figures("A crewman of the trawler died.") == [(1, "killed", None, "civilian")]


# --- a share of a total told before --------------------------------------------------------------------------------

def test_share_of_the_injured_named_by_a_copula():
    text = ("Zambian police said 9 people were killed and 40 injured in the blast in Kitwe. At least 25 of the injured "
            "were civilians, the hospital said. Three of the injured later died.")
    assert figures(text) == [(3, "killed", "ZMB", "unspecified"), (9, "killed", "ZMB", "unspecified"),
                             (25, "injured", "ZMB", "civilian"), (40, "injured", "ZMB", "unspecified")]
    # trap: a copula with no people noun leaves the population alone
    assert figures("Police said 25 of the injured were in a serious condition.") == \
        [(25, "injured", None, "unspecified")]


def test_the_dead_include():
    text = ("Zambian police said 9 people were killed in the blast in Kitwe. The dead include four members of the gang "
            "and five civilians.")
    assert figures(text) == [(4, "killed", None, "unspecified"), (5, "killed", "ZMB", "civilian"),
                             (9, "killed", "ZMB", "unspecified")]
    # trap: "include" of anything else counts no one
    assert figures("The delegation includes four ministers.") == []


def test_one_of_the_injured_named_then_died():
    assert figures("One of the injured, Corporal Musa bin Idris, later succumbed to his wounds.") == \
        [(1, "killed", None, "military")]
    # trap: named, but still in hospital
    assert figures("One of the injured, Corporal Musa bin Idris, remains in hospital.") == \
        [(1, "injured", None, "unspecified")]


def test_ranked_names_with_particles():
    assert figures("The clash resulted in the martyrdom of Corporal Saleh bin Nasser Al-Otaibi and Private First Class "
                   "Omar bin Ali Al-Shehri.") == [(2, "killed", None, "military")]
    # trap: one name, however long, is one man
    assert figures("The clash resulted in the martyrdom of Corporal Saleh bin Nasser Al-Otaibi.") == \
        [(1, "killed", None, "military")]


# --- whose people -------------------------------------------------------------------------------------------------

def test_a_force_named_before_by_its_possessive():
    text = "The Chilean Navy said one of its cutters stopped a Peruvian boat. Two of the navy's sailors were hurt."
    assert figures(text) == [(2, "injured", "CHL", "military")]
    # trap: a force the text never named with a state gives none
    assert figures("Two of the navy's sailors were hurt.") == [(2, "injured", None, "military")]


def test_the_people_named_before_over_the_speakers_state():
    text = ("Malian herders clashed with gendarmes near Dori on Friday. The Burkinabe gendarmerie, for its part, says "
            "only three of the herders were hurt.")
    assert figures(text) == [(3, "injured", "MLI", "civilian")]
    # trap: no nationality named before: the speaker's state stays
    assert figures("The Burkinabe gendarmerie says three herders were hurt.") == [(3, "injured", "BFA", "civilian")]


def test_aside_before_the_verb_of_saying():
    assert claimants("Chad's defence minister, speaking to reporters in Abéché, said four soldiers were killed.")[0][2] \
        == "attributed"
    assert figures("Chad's defence minister, speaking to reporters in Abéché, said four soldiers were killed.") == \
        [(4, "killed", "TCD", "military")]
    # trap: a noun before ", said the army" is no speaker
    assert figures("Chadian troops killed three militants, said the army.") == [(3, "killed", None, "unspecified")]


def test_nationality_withheld_in_the_next_sentence():
    text = ("A Malian health official said at least five miners had been treated for gunshot and burn wounds. "
            "Their nationalities were not known.")
    assert figures(text) == [(5, "injured", None, "civilian")]
    # trap: names withheld say nothing of nationality
    text = ("A Malian health official said at least five miners had been treated for gunshot and burn wounds. "
            "Their names were not known.")
    assert figures(text) == [(5, "injured", "MLI", "civilian")]


# --- verbs of wounding and killing ---------------------------------------------------------------------------------

def test_shot_and_killed():
    assert figures("Two Ecuadorian soldiers were shot and killed near the border.") == [(2, "killed", "ECU", "military")]
    assert figures("An Ecuadorian soldier was stabbed and killed in Tulcán.") == [(1, "killed", "ECU", "military")]
    # trap: shot and wounded stays a wound
    assert figures("An Ecuadorian soldier was shot and wounded in Tulcán.") == [(1, "injured", "ECU", "military")]


def test_struck_by_a_missile_or_treated_at_the_scene():
    assert figures("The Honduran police said one of its officers was struck by a stone during the protest.") == \
        [(1, "injured", "HND", "military")]
    assert figures("Three Honduran protesters were treated at the scene, the Red Cross said.") == \
        [(3, "injured", "HND", "civilian")]
    assert figures("A Honduran officer was struck by a bullet and killed.") == [(1, "killed", "HND", "military")]
    # traps: a vehicle struck, a treatment for shock
    assert figures("The Honduran patrol car was hit by a stone.") == []
    assert figures("Three Honduran protesters were treated at the scene for shock.") == []


# --- the outlet's own earlier text, withdrawn ----------------------------------------------------------------------

def test_an_earlier_entry_withdrawn():
    assert figures("Correction: an earlier entry said nine Chilean sailors were injured.") == []
    assert figures("An earlier version of this story said nine Chilean sailors were injured.") == []
    # trap: an earlier report by someone else is still that source's claim
    assert figures("An earlier report by the Chilean navy said nine sailors were injured.") == \
        [(9, "injured", "CHL", "military")]


def test_in_hospital_with_an_injury():
    assert figures("A Canadian lobster fisherman was in hospital in Halifax on Monday with broken ribs.") == \
        [(1, "injured", "CAN", "civilian")]
    assert figures("Two Canadian fishermen were in hospital with gunshot wounds.") == [(2, "injured", "CAN", "civilian")]
    # trap: in hospital with someone, not with a wound
    assert figures("A Canadian fisherman was in hospital with his wife.") == []
