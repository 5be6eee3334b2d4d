"""Round 23, read on the misses of dev60 and dev61 after their first scores (each beside its trap). Two truces of one
pair whose dates are both stated outright are two, however close ("28 July", "effective from 00:00 on 30 July"); one
side's order to its own units to cease fire is a unilateral truce; an earlier halt named by its order ("A first halt,
agreed by local company commanders on July 8") and "a local arrangement to stop firing" are truces. The commanders
"of the two coast guards" are the article's pair; a joint commission's session that "took place"; "Austria's Climate
and Energy Minister" is Austria's. Casualties "from the Tanzanian side of the border" are that side's; soldiers of a
post an attack struck ("an attack on a Frontier Corps post ... in which eleven soldiers") are that force's; "A fourth
Colombian crewman, pulled alive from the water, reportedly died"; a figure the outlet withdrew ("In an earlier post we
reported that") is no figure. A helper "ready to help both our friends" offers to mediate. Part two, read on the
false alarms of dev60: "During the meeting, the two sides" is the meeting just reported, at its level; talks "on
Friday and Saturday" are one stay of two days; talks a third party chaired are not dated by the day it was said."""
from __future__ import annotations

import datetime as dt

from extract_support import mediations, run

_PUB = dt.date(2026, 8, 1)


def _rules(cands: list[dict], table: str) -> list[dict]:
    """The candidates a rule found (not the sentence classifier's fallback)."""
    return [c for c in cands if c["table"] == table and not c["method"].startswith("rules:trigger_")]


def _truces(cands: list[dict]) -> set[tuple]:
    return {(c["fields"]["date_start"], c["fields"]["kind"]) for c in _rules(cands, "ceasefires")}


def _counts(cands: list[dict], rules_only: bool = True) -> set[tuple]:
    found = _rules(cands, "casualty_figures") if rules_only else [c for c in cands if c["table"] == "casualty_figures"]
    return {(c["fields"]["side_state"], c["fields"]["population"], c["fields"]["outcome"], c["fields"]["count"])
            for c in found}


def _met(cands: list[dict]) -> set[tuple]:
    return {(frozenset((c["fields"]["state_1"], c["fields"]["state_2"])), c["fields"]["date_start"])
            for c in _rules(cands, "meetings")}


# --- Ceasefires -------------------------------------------------------------------------------------------------------

_TWO_STEPS = ("Georgia and Turkey halt border firing\n\nOn 28 July 2026 the Border Police of Georgia reported a "
              "ceasefire agreed with the Turkish side. The Ministers of Georgia and Turkey then agreed on a cessation "
              "of all firing along the entire Georgian–Turkish state border, effective from 00:00 on {second}.\n")


def test_two_truces_with_dates_stated_outright_two_days_apart_are_two():
    cands = run(_TWO_STEPS.format(second="30 July 2026"), _PUB)
    assert {"2026-07-28", "2026-07-30"} <= {d for d, _ in _truces(cands)}


def test_a_truce_told_again_a_day_later_by_weekday_is_still_one():
    # trap: the slack stays for a date the text gives relatively ("took effect on Monday", "held on Tuesday")
    cands = run("Georgia and Turkey agree ceasefire\n\nThe ceasefire agreed by Georgia and Turkey took effect on "
                "Monday. The ceasefire between Georgia and Turkey held on Tuesday, officials said.\n",
                dt.date(2026, 7, 29))
    assert len(_rules(cands, "ceasefires")) == 1


def test_one_sides_order_to_its_units_to_cease_fire_is_unilateral_and_apart_from_the_agreed_truce():
    cands = run("Djibouti and Yemen clash at sea\n\nThe Yemeni authority said it had ordered all its units in the "
                "strait to cease fire from 6 p.m. on Monday. Early on Tuesday the commanders of the two coast guards "
                "met in Obock and agreed to halt all firing, Djibouti's defence ministry said.\n", dt.date(2026, 7, 14))
    assert ("2026-07-13", "unilateral") in _truces(cands)
    assert ("2026-07-14", "bilateral") in _truces(cands)


def test_an_order_to_others_is_no_unilateral_truce():
    # trap: a court that ordered the two governments to stop firing is not one side standing down its units
    cands = run("Djibouti and Yemen clash at sea\n\nDjibouti and Yemen agreed on Monday to stop firing in the strait, "
                "after a regional court ordered both governments to respect the maritime line.\n", dt.date(2026, 7, 14))
    assert {k for _, k in _truces(cands)} == {"bilateral"}


def test_a_first_halt_agreed_by_company_commanders_is_an_earlier_truce():
    cands = run("Angola and DR Congo agree truce\n\nAngolan and Congolese army commanders agreed on Tuesday to a "
                "ceasefire along a stretch of their border near Kamako. It was the second ceasefire in a week. A first "
                "halt, agreed by local company commanders on July 8 after a dispute over a river barge, collapsed on "
                "Friday.\n", dt.date(2026, 7, 16))
    assert {"2026-07-08", "2026-07-14"} <= {d for d, _ in _truces(cands)}


def test_a_first_halt_in_traffic_is_no_truce():
    # trap: "halt" without an agreement after it
    cands = run("Angola and DR Congo talk trade\n\nAngolan and Congolese officials met on Tuesday near Kamako. A first "
                "halt of lorries at the crossing on July 8 had angered traders.\n", dt.date(2026, 7, 16))
    assert not _rules(cands, "ceasefires")


def test_a_local_arrangement_to_stop_firing_agreed_by_field_commanders():
    cands = run("Tanzania and Rwanda forces clash\n\nSince the exchange of fire between Tanzanian and Rwandan forces "
                "near the Rusumo crossing on 13 and 14 October 2026, hospitals have been busy. A local arrangement to "
                "stop firing, agreed by field commanders of the two sides on the evening of 13 October 2026, did not "
                "hold.\n", dt.date(2026, 10, 20))
    assert ("2026-10-13", "bilateral") in _truces(cands)


def test_an_arrangement_named_far_from_the_stop_is_not_read_across_the_sentence():
    # trap: "arrangement" opens the sentence; the truce agreed after the colon is dated by its own date, 11 April
    cands = run("Georgia and Azerbaijan agree truce\n\nGeorgian and Azerbaijani border commanders agreed on Monday to "
                "stop firing along the frontier. It is the second such arrangement this year: the two border services "
                "first agreed to stop shooting on 11 April.\n", dt.date(2026, 6, 9))
    assert "2026-04-11" in {d for d, _ in _truces(cands)}


# --- Meetings ---------------------------------------------------------------------------------------------------------

def test_the_commanders_of_the_two_coast_guards_met():
    cands = run("Djibouti and Yemen clash at sea\n\nEarly on Tuesday the commanders of the two coast guards met in "
                "Obock.\n", dt.date(2026, 7, 14))
    assert (frozenset(("DJI", "YEM")), "2026-07-14") in _met(cands)


def test_two_coast_guards_of_one_state_did_not_meet_each_other():
    # trap: the two coast guards are the one state's vessels
    cands = run("Djibouti and Yemen clash at sea\n\nEarly on Tuesday two coast guards of the Djiboutian navy "
                "patrolled off Obock.\n", dt.date(2026, 7, 14))
    assert not _rules(cands, "meetings")


def test_a_joint_commissions_session_that_took_place():
    cands = run("Joint communiqué\n\nThe 12th Session of the Polish–Slovak Joint Commission for Border Matters "
                "(hereinafter \"the Commission\") took place in Zakopane on 25 and 26 June 2026.\n",
                dt.date(2026, 6, 26))
    assert frozenset(("POL", "SVK")) in {p for p, _ in _met(cands)}


def test_a_joint_commissions_session_still_to_take_place_is_no_meeting():
    # trap: a session announced for later
    cands = run("Joint communiqué\n\nThe 13th Session of the Polish–Slovak Joint Commission for Border Matters will "
                "take place in Košice in 2027.\n", dt.date(2026, 6, 26))
    assert not _rules(cands, "meetings")


def test_a_ministers_portfolio_of_two_words_joined_by_and_is_the_possessive_states():
    cands = run("Reactor talks\n\nCzech Industry Minister Pavel Kratochvíl and Austria's Climate and Energy Minister "
                "Sabine Leitner met in Vienna on Tuesday for three hours of talks.\n", dt.date(2026, 11, 19))
    assert (frozenset(("AUT", "CZE")), "2026-11-17") in _met(cands)


def test_a_name_before_and_is_no_portfolio():
    # trap: "Samia Hassan and Energy Minister X": the name before "and" is a person, not a portfolio of one title
    from diprel.extract.document import Document
    doc = Document("Tanzania's President Samia Hassan and Energy Minister Juma Kassim met investors on Tuesday.\n",
                   dt.date(2026, 11, 19))
    people = {m.text: m.state for ms in doc.mentions for m in ms if m.kind == "person"}
    assert "Energy Minister Juma Kassim" in people


# --- Casualty figures -------------------------------------------------------------------------------------------------

def test_wounded_received_from_one_side_of_the_border_are_that_sides():
    cands = run("Tanzania and Rwanda clash\n\nHealth facilities have received 35 injured civilians from the "
                "Tanzanian side of the border.\n", dt.date(2026, 10, 20))
    assert ("TZA", "civilian", "injured", 35) in _counts(cands)


def test_wounded_by_fire_from_one_side_are_not_that_sides():
    # trap: the fire came from the Rwandan side; the wounded are not Rwanda's
    cands = run("Tanzania and Rwanda clash\n\nTwo civilians were wounded by fire from the Rwandan side of the "
                "border.\n", dt.date(2026, 10, 20))
    assert ("RWA", "civilian", "injured", 2) not in _counts(cands)


def test_soldiers_of_a_post_an_attack_struck_are_that_forces():
    cands = run("Call between foreign ministers\n\nThe Foreign Minister briefed her Turkmen counterpart on the "
                "security situation along the Pakistan-Afghanistan border, including the terrorist attack on a "
                "Frontier Corps post in Bajaur on 19 October in which eleven soldiers embraced shahadat.\n",
                dt.date(2026, 10, 28))
    assert ("PAK", "military", "killed", 11) in _counts(cands)


def test_soldiers_of_an_attack_by_a_force_are_not_the_attackers():
    # trap: the Frontier Corps attacked; it is not its post that was struck
    cands = run("Border clash\n\nThe Foreign Minister said an attack by the Frontier Corps on a militant camp in "
                "Bajaur on 19 October had killed eleven fighters.\n", dt.date(2026, 10, 28))
    assert ("PAK", "military", "killed", 11) not in _counts(cands)


# (the singular is read by the loose figures of a sentence the classifier flags: the rules' ordinal needs a count of
# the same people before, and "crew members" are not "crewman")
def test_a_fourth_crewman_pulled_alive_from_the_water_who_later_died():
    cands = run("Semi-submersible intercepted\n\nThree Colombian crew members died when a Mexican navy patrol "
                "intercepted a semi-submersible on Monday. A fourth Colombian crewman, pulled alive from the water, "
                "reportedly died in hospital in Salina Cruz on Wednesday.\n", dt.date(2026, 9, 3))
    assert ("COL", "civilian", "killed", 1) in _counts(cands, rules_only=False)


def test_a_fourth_crewman_pulled_alive_from_the_water_who_survived_is_no_death():
    # trap: the aside is read, but the man recovered
    cands = run("Semi-submersible intercepted\n\nThree Colombian crew members died when a Mexican navy patrol "
                "intercepted a semi-submersible on Monday. A fourth Colombian crewman, pulled alive from the water, "
                "was questioned in Salina Cruz on Wednesday.\n", dt.date(2026, 9, 3))
    assert ("COL", "civilian", "killed", 1) not in _counts(cands, rules_only=False)


def test_a_figure_of_an_earlier_post_the_outlet_withdrew_is_no_figure():
    cands = run("China and Kazakhstan clash\n\nCORRECTION: In an earlier post we reported that three Kazakh border "
                "guards had been killed. An earlier version of this story, citing a local hospital, said three people "
                "had died.\n", dt.date(2026, 8, 26))
    assert not _rules(cands, "casualty_figures")


def test_a_figure_of_an_earlier_attack_is_still_a_figure():
    # trap: "earlier" of an event, not of the outlet's own text
    cands = run("China and Kazakhstan clash\n\nIn an earlier clash, Kazakh officials reported, three Kazakh border "
                "guards had been killed.\n", dt.date(2026, 8, 26))
    assert ("KAZ", "military", "killed", 3) in _counts(cands)


# --- Mediation offers -------------------------------------------------------------------------------------------------

def test_ready_to_help_both_our_friends_is_an_offer():
    cands = run("Fiji and Solomon Islands clash\n\nAustralia said on Thursday that Canberra stood \"ready to help both "
                "our friends in any way they judge useful\".\n", dt.date(2026, 10, 9))
    assert ("offer", "AUS", frozenset(("FJI", "SLB"))) in {m for m in mediations(cands)}
    assert any(c["method"].startswith("rules:mediation_offer") for c in _rules(cands, "mediation_offers"))


def test_ready_to_help_friends_with_trade_is_no_offer():
    # trap: helping the two with a thing, not with their dispute
    cands = run("Fiji and Solomon Islands sign trade pact\n\nAustralia said on Thursday that it had helped both our "
                "friends with fishing licences this year.\n", dt.date(2026, 10, 9))
    assert not _rules(cands, "mediation_offers")


# --- Part two, read on the false alarms of dev60 ----------------------------------------------------------------------

def test_during_the_meeting_the_two_sides_is_the_meeting_just_reported_at_its_level():
    cands = run("The Prime Minister receives the Foreign Minister of Greece\n\nBaghdad, 17 September 2026\n\nThe Prime "
                "Minister received today at the Government Palace in Baghdad the Minister of Foreign Affairs of the "
                "Hellenic Republic, Mr. Nikos Papadimas.\n\nDuring the meeting, the two sides discussed bilateral "
                "relations.\n\nEarlier today, the Greek minister held talks with the Deputy Prime Minister and "
                "Minister of Foreign Affairs, Mr. Haider Salih Al-Bayati.\n", dt.date(2026, 9, 17))
    assert len(_rules(cands, "meetings")) == 2


def test_after_the_talks_the_two_defence_ministers_keep_their_level():
    # trap: a collective that names a level still gives it ("the two defence ministers": ministerial)
    from diprel.extract.rules.meetings.nouns import _SIDES_ONLY
    assert _SIDES_ONLY.search("the two sides") and not _SIDES_ONLY.search("the two defence ministers")


def test_two_weekdays_in_a_row_are_one_stay_of_two_days():
    from diprel.extract import dates
    text = "Talks were held on Friday and Saturday."
    assert [(d.date_start, d.date_end) for d in dates.find(text, dt.date(2026, 10, 19))] == \
        [(dt.date(2026, 10, 16), dt.date(2026, 10, 17))]


def test_two_weekdays_apart_stay_two_dates():
    # trap: "on Friday and Sunday" are two days, not a stay
    from diprel.extract import dates
    text = "They clashed on Friday and Sunday."
    assert len(dates.find(text, dt.date(2026, 10, 19))) == 2


def test_talks_a_third_party_chaired_are_not_dated_by_the_day_it_was_said():
    cands = run("Rwanda, Tanzania sign ceasefire\n\nKAMPALA, Oct 19 - Rwanda and Tanzania signed a ceasefire in "
                "Kampala on Saturday, after two days of talks chaired by Uganda's defence minister, the Ugandan "
                "government said on Sunday.\n", dt.date(2026, 10, 19))
    assert {d for _, d in _met(cands)} == {"2026-10-17"}


def test_talks_a_third_party_chaired_keep_their_own_date():
    # trap: a date of the talks themselves, after them, still dates them
    cands = run("Rwanda, Tanzania agree ceasefire\n\nRwanda and Tanzania agreed to stop firing on Saturday, following "
                "talks hosted by Uganda in Kampala on Thursday, officials said.\n", dt.date(2026, 10, 19))
    assert "2026-10-15" in {d for _, d in _met(cands)}
