"""Casualty figures, round 9: fatal wounds told by an adverb ("fatally wounded", "mortally injured"), a wound told by
where the bullet struck ("shot in the leg"), the unit a person serves with between noun and verb ("peacekeepers with
the UN mission were killed"), a branch's word before a force's ("marine police officers"), "one fatality" and "one
suspect", and the speaker's own people named by "his" ("one of his officers"), an unnamed official speaking for his
state.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from extract_support import run


def figures(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"], f["population"], f["subgroup"] or "")
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]])


def claimants(text: str) -> list[tuple]:
    return sorted((f["count"], f["claimant"], f["certainty"]) for c in run(text) if c["table"] == "casualty_figures"
                  for f in [c["fields"]])


# --- fatal adverbs ------------------------------------------------------------------------------------------------

def test_fatally_wounded_is_a_death():
    assert figures("Malawian police said two herders were fatally wounded in the raid.") == \
        [(2, "killed", "MWI", "civilian", "")]
    assert figures("The Malawian army said one of its soldiers was mortally injured by a mine.") == \
        [(1, "killed", "MWI", "military", "")]
    assert figures("Malawian police said three traders were fatally shot at the market.") == \
        [(3, "killed", "MWI", "civilian", "")]
    # trap: another adverb keeps the wound a wound
    assert figures("Malawian police said two herders were seriously wounded in the raid.") == \
        [(2, "injured", "MWI", "civilian", "")]


def test_one_suspect_fatally_wounded():
    assert figures("Police in Lilongwe said one suspect was fatally wounded and two others were arrested.") == \
        [(1, "killed", None, "unspecified", "")]
    # trap: a suspect arrested is no casualty
    assert figures("Police in Lilongwe said one suspect was arrested after the raid.") == []


# --- a wound by where it struck -----------------------------------------------------------------------------------

def test_shot_in_the_leg_is_an_injury():
    assert figures("The Malawian army said two of its soldiers were shot in the arm during the exchange.") == \
        [(2, "injured", "MWI", "military", "")]
    # trap: shot at, not hit
    assert figures("The Malawian army said two of its soldiers were shot at during the exchange.") == []


# --- the unit between noun and verb -------------------------------------------------------------------------------

def test_unit_served_with_between_noun_and_verb():
    assert figures("Three Zambian peacekeepers with the African Union force were killed on Sunday when their convoy "
                   "hit a mine, the force said.") == [(3, "killed", "ZMB", "military", "")]
    assert figures("A second Zambian officer from the border post was injured in the blast, police said.") == \
        [(1, "injured", "ZMB", "military", "")]
    # trap: a unit, then a verb that is no casualty
    assert figures("Three Zambian peacekeepers with the African Union force were sent home on Sunday.") == []


def test_from_a_place_still_names_the_side():
    # "from the same district" is a place, not a unit: the side comes from the place, as before
    assert figures("Guinean police said a young herder from a village near Kindia was killed.") != []


# --- a branch's word before a force's --------------------------------------------------------------------------

def test_marine_police_officers():
    assert figures("Zambia's police commander said four marine police officers were killed and two others "
                   "wounded.") == [(2, "injured", "ZMB", "military", ""), (4, "killed", "ZMB", "military", "")]
    # trap: an outcome word before the force is still the outcome, not a modifier
    assert figures("Zambia's police commander said four injured police officers were flown out.") == \
        [(4, "injured", "ZMB", "military", "")]


def test_one_fatality():
    assert figures("Zambian police, for their part, spoke of one fatality at the crossing.") == \
        [(1, "killed", None, "unspecified", "")]
    # trap: no number, no figure
    assert figures("Zambian police, for their part, spoke of fatalities at the crossing.") == []


# --- "his" people and an unnamed official ------------------------------------------------------------------------

def test_his_officers_are_the_speakers():
    assert figures("A Zambian police spokesman said one of his officers was shot in the leg.") == \
        [(1, "injured", "ZMB", "military", "")]
    assert claimants("A Zambian police spokesman said one of his officers was shot in the leg.") == \
        [(1, "ZMB", "attributed")]
    # trap: a figure with no speaker has no claimant
    assert claimants("One Zambian officer was shot in the leg on Sunday.") == [(1, None, "asserted")]


# --- "and wounding a fourth" ----------------------------------------------------------------------------------

def test_wounding_a_fourth_after_a_figure():
    assert figures("Gunmen fired on the canoe, killing three Zambian fishermen and wounding a fourth, police said.") == \
        [(1, "injured", "ZMB", "civilian", ""), (3, "killed", "ZMB", "civilian", "")]
    # trap: "another" with a count of its own is that count, not one more
    assert figures("Gunmen fired on the canoe, killing three Zambian fishermen and wounding another five, police "
                   "said.") == [(3, "killed", "ZMB", "civilian", ""), (5, "injured", "ZMB", "civilian", "")]


# --- a stateless conjunct keeps no side -------------------------------------------------------------------------

def test_smugglers_beside_a_national_take_no_side():
    assert figures("Police said two smugglers and a Zambian customs officer were killed on Sunday.") == \
        [(1, "killed", "ZMB", "military", ""), (2, "killed", None, "unspecified", "")]
    # trap: people of a side still share the side named on the next conjunct, as before
    assert figures("Police said two civilians and three Zambian soldiers were killed on Sunday.") == \
        [(2, "killed", "ZMB", "civilian", ""), (3, "killed", "ZMB", "military", "")]


# --- "lost" with a qualifier ----------------------------------------------------------------------------------

def test_lost_with_a_qualifier():
    assert figures('The Zambian army said it had lost "no more than four" men.') == \
        [(4, "killed", "ZMB", "military", "")]
    assert figures("The Zambian army said it had lost up to four soldiers.") == [(4, "killed", "ZMB", "military", "")]
    # trap: things lost are no dead
    assert figures("The Zambian army said it had lost more than four hours to the storm.") == []


# --- an adjective before the nationality ----------------------------------------------------------------------

def test_a_young_national_constable():
    assert figures("A young Zambian constable lost his life in the riots.") == [(1, "killed", "ZMB", "military", "")]
    # trap: an adjective and a nationality before a speaker, no casualty
    assert figures("A senior Zambian official said the talks went well.") == []


# --- "armed men" are gunmen -------------------------------------------------------------------------------------

def test_armed_men_are_of_no_side():
    assert figures("The Zambian police returned fire, killing two armed men, officials said.") == \
        [(2, "killed", None, "unspecified", "")]
    # trap: the armed forces are a force, and their men its own
    assert figures("The Zambian armed forces said two of its men were killed.") == [(2, "killed", "ZMB", "military", "")]


# --- a release quoted from its verb, and its asides -------------------------------------------------------------

def test_quoted_verb_phrase():
    assert figures('Lusaka said one Zambian national "later died of his injuries" in hospital.') == \
        [(1, "killed", "ZMB", "civilian", "")]
    assert figures('The army said two Zambian soldiers "were killed in action" on Sunday.') == \
        [(2, "killed", "ZMB", "military", "")]
    # trap: a quoted phrase that is no outcome
    assert figures('The army said two Zambian soldiers "were acting in self-defence" on Sunday.') == []


def test_quoted_including_aside():
    # read as the unquoted aside is: the breakdown row takes its parent's population
    assert figures('Zambia\'s health ministry said nine people, "including two children", had been treated for injuries.') \
        == figures("Zambia's health ministry said nine people, including two children, had been treated for injuries.") == \
        [(2, "injured", "ZMB", "unspecified", "children"), (9, "injured", "ZMB", "unspecified", "")]


def test_two_dead_named_in_apposition():
    assert figures("The union said two of our drivers, Peter Banda, 44, and John Phiri, 39, were burned to death "
                   "near Chirundu.") == [(2, "killed", None, "civilian", "")]
    # trap: two men named as speakers, no casualty
    assert figures("The union said two of our drivers, Peter Banda and John Phiri, were stopped near Chirundu.") == []


# --- a communiqué's full name of a force ------------------------------------------------------------------------

def test_full_name_of_a_force_names_the_side():
    assert figures("Three servicemen of the Border Guard Service of the Ministry of Defence of the Republic of "
                   "Zambia were killed by members of an armed group.") == [(3, "killed", "ZMB", "military", "")]
    # trap: the long name, then no casualty
    assert figures("Three servicemen of the Border Guard Service of the Republic of Zambia were decorated.") == []


# --- one figure per source ----------------------------------------------------------------------------------------

def test_same_toll_from_two_governments_is_two_claims():
    text = ("Zambia's foreign ministry said a Zambian fisherman was killed when a Malawian patrol fired on his canoe. "
            "Lilongwe said its officers had fired warning shots, and that one Zambian national later died of his "
            "injuries in hospital.")
    assert sorted((f["count"], f["side_state"], f["claimant"][:3].upper()) for c in run(text)
                  if c["table"] == "casualty_figures" for f in [c["fields"]]) == [(1, "ZMB", "MWI"), (1, "ZMB", "ZMB")]
    # trap: a ministry and its own spokesman telling the same toll are one source
    text = ("Zambia's foreign ministry said a Zambian fisherman was killed on Sunday. One Zambian citizen lost his "
            "life, ministry spokesman Peter Banda said.")
    assert len([c for c in run(text) if c["table"] == "casualty_figures"]) == 1


def test_fatally_wounding_before_the_count():
    assert figures("Malawian police opened fire, fatally wounding two Zambian traders, officials said.") == \
        [(2, "killed", "ZMB", "civilian", "")]
    assert figures("Malawian police opened fire, fatally shooting two Zambian traders, officials said.") == \
        [(2, "killed", "ZMB", "civilian", "")]
    # traps: another adverb keeps the wound a wound; "fatally" of no people is no toll
    assert figures("Malawian police opened fire, seriously wounding two Zambian traders, officials said.") == \
        [(2, "injured", "ZMB", "civilian", "")]
    assert figures("Malawian officials said two of the talks' premises were fatally flawed.") == []
