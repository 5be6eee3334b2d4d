"""Meetings, mediation and ceasefires, sixth round (dev16, dev17): the Commonwealth style before a name ("Senator the
Hon. X", "the Rt Hon. Y"); a provincial governor or a prefect as an official of his state; "available to help" as one
more way of being ready; "offered the good offices of their Governments"; "the offer by X, conveyed by its envoy ...,
to facilitate talks" (no participle before "by"); help to a pair named in several words ("our Central African and
Sudanese brothers"); a contrastive clause (", but both sides preferred Uganda") naming no party; a trailing
", offering to host talks" offered by the sentence's subject; an en dash inside "27–28 January" (and a colon inside
"10:30") joining a clause rather than breaking it; "Secretary of National Defence"; a joint body "on the Oder has still
not met" as negated; "the agreement to hold fire was reached at a meeting" as past; "A and B officials ... at a
meeting in Z" as the two sides' meeting; a call that "did not take place"; the outlet's own state (named in the
article) weighing like a dateline's for an unplaced minister.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations


from diprel.extract import extract_text
from diprel.extract.actors import clean_name

from extract_support import PUB, mediations, pairs, run


def _offers(text: str) -> set[tuple]:
    return {m for m in mediations(run(text)) if m[0] == "offer"}


# --- actors -------------------------------------------------------------------------------------------------

def test_commonwealth_style_before_a_name_places_the_minister():
    text = ("Our fishermen deserve better. To be fair, our Trade Minister, Senator the Hon. Keisha Alleyne-Brathwaite, "
            "has been busy. On Monday she flew to Kingston, where she met her Jamaican counterpart, Orville Dacres. "
            "Barbados wants its boats back.")
    assert frozenset({"BRB", "JAM"}) in pairs(extract_text(text, PUB, outlet_country="BRB"))


def test_commonwealth_style_is_dropped_from_the_name():
    assert clean_name("Senator the Hon. Keisha Alleyne-Brathwaite") == "Keisha Alleyne-Brathwaite"
    assert clean_name("the Rt Hon. Tom Ellery") == "Tom Ellery"


def test_a_regional_prefect_meets_a_neighbouring_minister():
    text = ("France's prefect in Cayenne, Prefect Hélène Dorval, did not wait. On Thursday she crossed the river, where "
            "she held talks with Suriname's Minister of Justice, Ronald Pinas.")
    assert frozenset({"FRA", "SUR"}) in pairs(run(text))


def test_a_prefect_talking_to_his_own_mayors_is_no_meeting():
    text = "France's prefect in Cayenne, Prefect Hélène Dorval, held talks on Thursday with the mayors of Saint-Laurent."
    assert not pairs(run(text))


# --- offers -------------------------------------------------------------------------------------------------

_ROW = "Fighting between Chad and the Central African Republic spread along the border. "


def test_available_to_help_a_pair_named_in_several_words():
    text = _ROW + "Gabon's President said on Tuesday he was “available to help our Central African and Chadian brothers end this war”."
    assert ("offer", "GAB", frozenset({"CAF", "TCD"})) in _offers(text)


def test_available_for_talks_with_one_side_is_no_offer():
    text = _ROW + "Gabon's President said on Tuesday he was available to meet Chadian business leaders next month."
    assert not _offers(text)


def test_the_good_offices_of_two_governments():
    text = ("Peru and Bolivia recalled their ambassadors. The President of Chile and the President of Paraguay each "
            "offered the good offices of their Governments to help the two sister nations resume dialogue.")
    assert {("offer", "CHL", frozenset({"PER", "BOL"})), ("offer", "PRY", frozenset({"PER", "BOL"}))} <= _offers(text)


def test_the_good_offices_sought_by_one_side_are_no_offer():
    text = "Peru and Bolivia recalled their ambassadors. Peru asked for the good offices of the Vatican."
    assert not _offers(text)


def test_the_offer_by_a_state_conveyed_by_its_envoy():
    text = ("Soldiers of Uganda and Rwanda exchanged fire on the ridge. Government welcomes the offer by the Republic of "
            "Kenya, conveyed by its High Commissioner in Kampala on Friday, to facilitate talks between the two countries.")
    assert ("offer", "KEN", frozenset({"UGA", "RWA"})) in _offers(text)


def test_the_offer_by_a_state_of_trade_is_no_mediation():
    text = ("Soldiers of Uganda and Rwanda exchanged fire on the ridge. Government welcomes the offer by the Republic of "
            "Kenya, conveyed by its High Commissioner in Kampala on Friday, to facilitate trade across the lake.")
    assert not _offers(text)


def test_a_rival_venue_after_but_is_no_party():
    text = ("Talks between Ethiopia and Eritrea opened on Monday in Kampala. Djibouti's President had offered last month "
            "to host talks in his capital, but both sides preferred Uganda, diplomats said.")
    assert ("offer", "DJI", frozenset({"ETH", "ERI"})) in _offers(text)


def test_trailing_offering_is_the_subjects_offer():
    text = ("Spain and Morocco are at odds over the fishing grounds. On Monday, Portuguese Foreign Minister Rui Matos told a "
            "radio station that Portugal was \"ready to help Spain and Morocco find a solution,\" offering to host talks.")
    found = _offers(text)
    assert ("offer", "PRT", frozenset({"ESP", "MAR"})) in found
    assert not any(m[1] in ("ESP", "MAR") for m in found)


# --- meetings -----------------------------------------------------------------------------------------------

def test_an_en_dash_day_range_dates_the_visit():
    text = "Kazakh Foreign Minister Aibek Sultanov paid an official visit to Mongolia on 14–16 March 2025."
    meetings = [c["fields"] for c in run(text) if c["table"] == "meetings"]
    assert [(f["date_start"], f["date_end"]) for f in meetings] == [("2025-03-14", "2025-03-16")]


def test_a_spaced_dash_still_closes_a_clause():
    # trap: the date after a spaced dash belongs to another event, not to the visit
    text = ("Kazakh Foreign Minister Aibek Sultanov paid an official visit to Mongolia – a first since the border row "
            "of 14 March 2019.")
    meetings = [c["fields"] for c in run(text) if c["table"] == "meetings"]
    assert meetings and all(f["date_start"] != "2019-03-14" for f in meetings)


def test_a_secretary_of_national_defence_receives_a_guest():
    text = ("On 3 June 2025 the Minister of Defence of Belize, Colonel Mark Usher, travelled to Chetumal, where he was "
            "received by the Secretary of National Defence of Mexico, General Luis Ortega.")
    assert frozenset({"BLZ", "MEX"}) in pairs(run(text))


def test_a_body_that_has_still_not_met_is_no_meeting():
    text = ("Austria and Slovenia still quarrel over the weir. No deal was signed, and the joint commission on the Mur "
            "river has still not met.")
    assert not pairs(run(text))
    # the same body that met is a meeting
    text = "Austria and Slovenia still quarrel over the weir. On Monday the joint commission on the Mur river met in Graz."
    assert frozenset({"AUT", "SVN"}) in pairs(run(text))


def test_the_two_sides_teams_at_a_meeting():
    text = ("Ghanaian and Togolese surveyors resumed placing boundary pillars after a meeting in Lomé last week. "
            "Ivorian and Burkinabè officials reviewed the cattle routes at a meeting in Bobo-Dioulasso on Monday.")
    assert frozenset({"CIV", "BFA"}) in pairs(run(text))


def test_one_sides_team_at_a_meeting_with_traders_is_no_meeting():
    text = "Ivorian officials met Burkinabè cattle traders at a meeting in Bobo-Dioulasso on Monday."
    assert frozenset({"CIV", "BFA"}) not in pairs(run(text))
    # trap: a meeting still to come
    text = "Ivorian and Burkinabè officials will review the cattle routes at a meeting in Bobo-Dioulasso next week."
    assert not pairs(run(text))
    # trap: a negated one
    text = "Ivorian and Burkinabè officials did not review the cattle routes at a meeting in Bobo-Dioulasso on Monday."
    assert not pairs(run(text))


def test_an_agreement_to_hold_fire_reached_at_a_meeting_happened():
    text = ("Ugandan and Kenyan patrol boats clashed on Lake Victoria. The agreement to hold fire was reached at a "
            "meeting of the two lake commanders off Jinja on Wednesday.")
    assert frozenset({"UGA", "KEN"}) in pairs(run(text))
    # trap: talks offered far off are still no meeting
    text = ("Ugandan and Kenyan patrol boats clashed on Lake Victoria. Tanzania offered to host a new round of talks "
            "between the two lake commanders.")
    assert frozenset({"UGA", "KEN"}) not in pairs(run(text))


def test_a_meeting_that_did_not_take_place():
    text = ("Australia and Timor-Leste disagree over the gas field. A phone call between the two prime ministers "
            "planned for last week did not take place because of a storm.")
    assert not pairs(run(text))
    # the same call that took place is a meeting
    text = ("Australia and Timor-Leste disagree over the gas field. A phone call between the two prime ministers "
            "took place on Monday.")
    assert frozenset({"AUS", "TLS"}) in pairs(run(text))


def test_an_outlets_own_state_places_an_unplaced_minister():
    # a Damascus paper (outlet SYR) names Syria once and Tehran twice: its unplaced foreign minister is Syria's
    text = ("Three weeks before Syrians vote, the government sent its top diplomat abroad. Tehran and Amman have long "
            "quarrelled; Tehran says little. On Monday, Foreign Minister Karim al-Haddad sat down with his Jordanian "
            "counterpart, Nasser Obeidat.")
    found = pairs(extract_text(text, PUB, outlet_country="SYR"))
    assert frozenset({"SYR", "JOR"}) in found
    assert frozenset({"IRN", "JOR"}) not in found
