"""Round 39. Part one, written before dev92, dev93 and heldout36 arrived, on the misses of the studied corpora: a
visitor's reception by the host's head ("X was later received by Georgia's prime minister") after his talks with a
counterpart is a second meeting, not the talks told again; a town's or province's officers named after their office
("The governors of Svay Rieng and Tay Ninh provinces, A and B, met", "the akim of Turkestan region, A, and the khokim
of Tashkent region, B") stand for the state the gazetteer places their town in; a joint commission's session
"between the Republic of Bulgaria and the Republic of Serbia (hereinafter "the Parties") was held"; commanders who
"met aboard a Salvadoran Navy patrol vessel" met (the vessel is no party); and "spoke over a maritime hotline" is a
call."""
from __future__ import annotations

import datetime as dt

from extract_support import levels, rule_fields, run

PUB = dt.date(2026, 7, 9)


def _pairs(text: str, outlet: str | None = None) -> list[tuple]:
    return sorted(tuple(sorted((f["state_1"], f["state_2"]))) for f in rule_fields(run(text, PUB, outlet), "meetings"))


def test_a_reception_by_the_hosts_head_after_talks_with_a_counterpart_is_a_second_meeting():
    text = ("TBILISI, July 9 - Iranian Foreign Minister Mahmoud Rezaei held talks with his Georgian counterpart, Levan "
            "Chikvaidze, in Tbilisi on Wednesday.\n\n"
            "Rezaei was later received by Georgia's prime minister, who welcomed the growth of trade, the government "
            "said.")
    assert levels(text, PUB) == [("GEO", "IRN", "ministerial"), ("GEO", "IRN", "mixed")]


def test_a_reception_by_the_counterpart_himself_is_the_talks_told_again():
    # the trap: the counterpart who held the talks received him; one meeting, of two ministers
    text = ("TBILISI, July 9 - Iranian Foreign Minister Mahmoud Rezaei held talks with his Georgian counterpart, Levan "
            "Chikvaidze, in Tbilisi on Wednesday.\n\n"
            "Rezaei was received at the ministry by his Georgian counterpart, who welcomed the growth of trade.")
    assert levels(text, PUB) == [("GEO", "IRN", "ministerial")]


BAVET = ("PHNOM PENH, July 9 - Cambodia and Vietnam agreed to calm their border after a shooting near Bavet on "
         "Sunday.\n\n")


def test_the_governors_of_two_provinces_stand_for_the_states_of_their_provinces():
    text = BAVET + ("The governors of Svay Rieng and Tay Ninh provinces, Chea Sokhom and Le Van Binh, met at the "
                    "Bavet-Moc Bai border crossing on Tuesday afternoon.")
    assert _pairs(text, "KHM") == [("KHM", "VNM")]


def test_two_officers_each_of_his_own_region():
    text = ("ALMATY, Sept 15 - Kazakhstan and Uzbekistan reopened a border crossing closed since a brawl last week.\n\n"
            "On Monday, the akim of Turkestan region, Darkhan Sultanbekov, and the khokim of Tashkent region, Ulugbek "
            "Tursunov, met at the crossing and agreed to reopen it.")
    assert _pairs(text, "KAZ") == [("KAZ", "UZB")]


def test_two_governors_of_one_state_are_no_meeting_of_two():
    # the trap: both provinces are Cambodian; the gazetteer places both officers in Cambodia
    text = BAVET + ("The governors of Svay Rieng and Kampot provinces, Chea Sokhom and Mao Thonin, met in Phnom Penh "
                    "on Tuesday afternoon.")
    assert _pairs(text, "KHM") == []


def test_a_joint_commissions_session_between_two_states_named_in_full():
    text = ("JOINT PRESS RELEASE\n\n"
            "The Ninth Session of the Joint Commission on Border Issues between the Republic of Bulgaria and the "
            "Republic of Serbia (hereinafter \"the Parties\") was held in Niš on 21 and 22 October 2026.")
    assert _pairs(text) == [("BGR", "SRB")]


def test_a_joint_commissions_session_still_to_be_held():
    # the trap: the next session is to come
    text = ("JOINT PRESS RELEASE\n\n"
            "The Tenth Session of the Joint Commission on Border Issues between the Republic of Bulgaria and the "
            "Republic of Serbia will be held in Sofia in 2027.")
    assert _pairs(text) == []


def test_commanders_who_met_aboard_a_third_states_vessel():
    text = ("Honduras and Nicaragua agreed a ceasefire in the Gulf of Fonseca after Sunday's clash.\n\n"
            "Yesterday afternoon the commanders of the two navies met aboard a Salvadoran Navy patrol vessel and agreed "
            "on a ceasefire.")
    assert _pairs(text, "HND") == [("HND", "NIC")]


def test_commanders_who_spoke_over_a_hotline_made_a_call():
    text = ("MUSCAT, Aug 13 - Oman and Iran agreed to a truce on Tuesday after a clash between their navies.\n\n"
            "The commanders of the two navies spoke over a maritime hotline on Monday evening and agreed to stop "
            "firing.")
    found = rule_fields(run(text, dt.date(2026, 8, 13)), "meetings")
    assert [(f["date_start"], f["format"]) for f in found] == [("2026-08-10", "call")]
