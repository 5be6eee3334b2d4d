"""Meetings under other titles, joint bodies, separate calls; brokers by demonym; truces told twice (dev2 round 3).

Made-up sentences in dyads the development corpora do not use, each with a trap
that must not fire.
"""
from __future__ import annotations

from extract_support import of, pairs, run


def test_chief_adviser_and_a_courtesy_call_is_a_visit():
    got = run("Dhaka, 18 June 2025\n\nRelations between Bangladesh and Nepal are warm. This morning, Nepal's Foreign "
              "Secretary Sewa Lamsal called on the Hon'ble Chief Adviser at State Guest House Jamuna. Bangladesh "
              "welcomed the visit.")
    f = of(got, "meetings")
    assert any(x["format"] == "visit" and {x["state_1"], x["state_2"]} == {"NPL", "BGD"} for x in f)
    assert all(x["level"] == "mixed" for x in f)  # an official calling on a head of government
    # a signing merged with the call keeps each actor with its own state
    got = run("Dhaka, 18 June 2025\n\nBangladesh and Nepal signed a memorandum. This morning, Nepal's Foreign "
              "Secretary Sewa Lamsal called on the Hon'ble Chief Adviser.")
    assert all(x["actor_1"] != "sewa-lamsal" or x["state_1"] == "NPL" for x in of(got, "meetings"))
    assert all(x["actor_2"] != "sewa-lamsal" or x["state_2"] == "NPL" for x in of(got, "meetings"))


def test_portfolio_tail_keeps_the_name_and_the_state():
    got = run("AMMAN, June 18 - Jordan condemned the shelling. Jordan's ministry said Deputy Prime Minister and Minister "
              "of Foreign Affairs and Expatriates Nasser Obeidat received a phone call on Tuesday from Lebanese "
              "Foreign Minister Youssef Karam.")
    f = of(got, "meetings")
    assert len(f) == 1 and f[0]["actor_1"] == "youssef-karam" and f[0]["state_1"] == "LBN"  # the caller first
    assert f[0]["actor_2"] == "nasser-obeidat" and f[0]["format"] == "call" and f[0]["date_start"] == "2025-06-17"


def test_demonym_in_a_portfolio_places_the_minister():
    got = run("Dr. Omar Haddad, Minister of Foreign Affairs, Emigration and Syrian Expatriates, arrived today in "
              "Amman on an official visit, where he was received by the King of Jordan.")
    f = of(got, "meetings")
    assert {(x["state_1"], x["state_2"]) for x in f} == {("SYR", "JOR")}
    assert f[0]["date_start"] == "2025-06-18"  # "today", stated before the relative clause


def test_chairman_of_a_sovereignty_council_is_a_head_of_state():
    got = run("The Ethiopian Foreign Minister was received on Monday by the Chairman of the Transitional "
              "Sovereignty Council of the Republic of the Sudan.")
    assert pairs(got) == {frozenset(("ETH", "SDN"))}
    # trap: a chairman of a company is nobody's party
    assert not of(run("The chairman of the board met Ethiopian officials on Monday."), "meetings")


def test_office_complement_before_the_name_and_an_envoy_of_a_president():
    got = run("Armenia's special representative for normalisation with Turkey, Ruben Petrosyan, met Turkish Deputy "
              "Foreign Minister Ali Demir in Vienna on Monday.")
    assert pairs(got) == {frozenset(("ARM", "TUR"))}
    got = run("On Tuesday, President Japarov received in Bishkek the Special Representative of the President of "
              "Kazakhstan, Yerlan Sarsenov.")
    f = of(got, "meetings")
    assert any(x["state_1"] == "KAZ" and x["state_2"] == "KGZ" for x in f)


def test_phone_call_noun_and_separate_calls_with_the_two_ministers():
    got = run("Philippine Foreign Minister Jose Cruz raised the incident in a phone call with his Chinese "
              "counterpart on Monday, the ministry said.")
    assert pairs(got) == {frozenset(("PHL", "CHN"))}
    got = run("Clashes between Ecuador and Peru continued on Tuesday. Brazilian Foreign Minister Ana Lima made the "
              "offer on Wednesday in separate calls with the two foreign ministers.")
    assert {frozenset(("BRA", "ECU")), frozenset(("BRA", "PER"))} <= pairs(got)
    # trap: "a call with the two ministers" (not separate) may be one three-way call: no pair invented
    got = run("Clashes between Ecuador and Peru continued on Tuesday. Brazilian Foreign Minister Ana Lima held a "
              "call on Wednesday with the two foreign ministers.")
    assert frozenset(("BRA", "ECU")) not in pairs(got)


def test_met_with_after_a_place_and_a_call_on_a_later_date():
    got = run("Lebanese Deputy Foreign Minister Karim Aoun met today at the Litani dam intake in Qaraoun with a Syrian "
              "delegation from the Water Authority.")
    assert pairs(got) == {frozenset(("LBN", "SYR"))}


def test_joint_bodies_of_two_states():
    got = run("Tensions between Kyrgyzstan and Tajikistan eased in May. The Joint Border Commission met in Osh on "
              "Monday to review the demarcation.")
    f = of(got, "meetings")
    assert len(f) == 1 and {f[0]["state_1"], f[0]["state_2"]} == {"KGZ", "TJK"} and f[0]["level"] == "officials"
    assert f[0]["date_start"] == "2025-06-16"
    got = run("The agreement was reached at a meeting of the Lao-Thai Township Border Committee held at the "
              "Friendship Bridge on Tuesday.")
    assert pairs(got) == {frozenset(("LAO", "THA"))}
    # traps: a committee still to meet, and a commission that "is to hold" its first session
    got = run("Tensions between Kyrgyzstan and Tajikistan eased in May. The Joint Border Commission will meet in Osh "
              "next week. The commission is to hold its first session on 30 June.")
    assert not of(got, "meetings")


def test_body_session_and_named_talks_stay_two_meetings():
    got = run("Serbian Foreign Minister Marko Ilic and his Croatian counterpart, Ana Kovac, met in Brussels on "
              "Thursday. The interstate commission on the border held a session last week in Vukovar.")
    assert len([f for f in of(got, "meetings") if {f["state_1"], f["state_2"]} == {"SRB", "HRV"}]) == 2


def test_call_and_later_visit_on_other_dates_are_two_meetings():
    got = run("Indonesian Foreign Minister Retno Sari received a phone call from Malaysian Foreign Minister Aziz "
              "Rahman on Monday. On Wednesday, Rahman held talks with Sari in Jakarta.")
    assert len(of(got, "meetings")) == 2


def test_demonym_broker_and_the_two_sides_of_a_meeting():
    got = run("The armistice between Peru and Ecuador was signed in Rio on 29 January 1942 under Brazilian mediation.")
    cf = of(got, "ceasefires")
    assert len(cf) == 1 and cf[0]["broker_state"] == "BRA" and cf[0]["kind"] == "mediated"
    med = of(got, "mediation_offers")
    assert any(m["kind"] == "conducted" and m["mediator_state"] == "BRA" for m in med)


def test_ceasefire_committee_is_no_ceasefire_and_one_truce_told_twice_is_one():
    got = run("Armenia and Azerbaijan agreed to a ceasefire that took effect at 6 p.m. on Monday. A joint ceasefire "
              "monitoring committee will hold its first meeting on Friday. \"The parties have agreed to cease all "
              "hostilities along the line of contact from 18:00 today,\" the statement read on Tuesday.")
    assert len(of(got, "ceasefires")) == 1
