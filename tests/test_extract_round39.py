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

from extract_support import levels, rule_fields, rule_figures, run

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


# Part two, read on dev92 and dev93 after their first scores.

def _truces(text: str, published: dt.date, outlet: str | None = None) -> list[tuple]:
    return sorted((f["kind"], *sorted((f["state_1"], f["state_2"])), f["date_start"] or "")
                  for f in rule_fields(run(text, published, outlet), "ceasefires"))


DJI_SOM = dt.date(2026, 9, 14)


def test_a_unilateral_halt_declared_on_a_day_is_of_that_day():
    text = ("DJIBOUTI, Sept 14 - Djibouti and Somalia have agreed to a ceasefire after a week of fighting.\n\n"
            "A truce agreed by local commanders on Sept. 9 collapsed within hours, and a unilateral halt to firing "
            "declared by Djibouti's army on Friday was not matched by Somali units.")
    assert ("unilateral", "DJI", "SOM", "2026-09-11") in _truces(text, DJI_SOM)


def test_a_wire_versions_repeated_dateline_dates_no_truce():
    text = ("URGENT-Djibouti, Somalia agree ceasefire\n\n"
            "RIYADH, Sept 14 (Gulf Wire Service) - Djibouti and Somalia have agreed to a ceasefire, Saudi Arabia's "
            "foreign ministry said.\n\n"
            "UPDATE 1-Djibouti, Somalia agree Saudi-brokered ceasefire\n\n"
            "RIYADH, Sept 14 (Gulf Wire Service) - Djibouti and Somalia have agreed to a ceasefire along their border, "
            "Saudi Arabia's foreign ministry said.\n\n"
            "The ceasefire took effect at 00:01 on Sunday, the ministry said.")
    assert [t[3] for t in _truces(text, DJI_SOM)] == ["2026-09-13"]


def test_a_wire_editors_note_names_no_party():
    text = ("UPDATE 2-Djibouti, Somalia agree Saudi-brokered truce\n\n"
            "(Adds Somali toll, earlier truce attempts, Qatar, displacement)\n\n"
            "RIYADH, Sept 14 (Gulf Wire Service) - Djibouti and Somalia have agreed to a ceasefire, Saudi Arabia's "
            "foreign ministry said.")
    assert {t[1:3] for t in _truces(text, DJI_SOM)} == {("DJI", "SOM")}


GUY_SUR = ("GEORGETOWN, Sept 17 (Northbridge News) - {who} have suspended operations along the Corentyne river for 72 "
           "hours, after Surinamese and Guyanese army patrols fired on each other across the river at the weekend.")


def test_one_armys_suspended_operations_are_a_unilateral_truce():
    assert [t[0] for t in _truces(GUY_SUR.format(who="Suriname's armed forces"), dt.date(2026, 9, 17))] \
        == ["unilateral"]


def test_both_armies_suspended_operations_are_no_unilateral_truce():
    # the trap: both stood down
    assert [t[0] for t in _truces(GUY_SUR.format(who="Both countries' armed forces"), dt.date(2026, 9, 17))] \
        == ["bilateral"]


SUR = ("NATIONAL ARMY OF SURINAME\n"
       "Video statement by the spokesman of the National Army, on the situation on the Lawa river\n"
       "Recorded in Paramaribo, Monday 5 October 2026 (transcript, translated from Dutch)\n\n"
       "On Friday night a river patrol of the National Army came under fire on the Lawa from French forces operating "
       "on the opposite bank. Our soldiers returned fire.\n\n")


def test_a_language_translated_from_is_no_state_named():
    text = SUR + ("Yesterday the two commanders agreed that both sides would halt all firing on the border rivers as "
                  "of 18:00 hours.")
    assert _truces(text, dt.date(2026, 10, 5), "SUR") == [("bilateral", "FRA", "SUR", "2026-10-04")]
    from diprel.extract.document import Document
    assert "NLD" not in Document(SUR, dt.date(2026, 10, 5), "SUR").named_states


def test_a_state_named_by_its_people_is_still_named():
    # the trap: the same demonym naming people, not a language, names the Netherlands
    from diprel.extract.document import Document
    doc = Document(SUR.replace("(transcript, translated from Dutch)", "(transcript, with Dutch observers)"),
                   dt.date(2026, 10, 5), "SUR")
    assert "NLD" in doc.named_states


def test_a_commanders_order_to_his_units_in_his_armys_statement_is_a_unilateral_truce():
    text = SUR + ("On Saturday morning, in order to prevent further loss of life, the Commander ordered all units of "
                  "the National Army on the Lawa and Marowijne rivers to cease fire, effective from 08:00 hours.")
    assert _truces(text, dt.date(2026, 10, 5), "SUR") == [("unilateral", "FRA", "SUR", "2026-10-03")]


def test_a_major_named_in_full_after_our_unit_is_ours():
    text = SUR + ("Yesterday afternoon in Albina, the commander of our Eastern Sector, Major Ricardo Amafo, received "
                  "the commander of the French armed forces in Guiana, General Étienne Marchal.")
    found = rule_fields(run(text, dt.date(2026, 10, 5), "SUR"), "meetings")
    assert [(f["state_1"], f["state_2"], f["level"]) for f in found] == [("FRA", "SUR", "military")]


def test_major_before_no_full_name_is_no_rank():
    # the trap: "Major Western powers" holds no person
    from diprel.extract.document import Document
    doc = Document("Major Western powers and the major parties said nothing on Monday.", PUB)
    assert [m for m in doc.mentions[0] if m.kind == "person"] == []


def test_an_offer_of_mediation_announced_by_a_state_and_turned_down():
    text = SUR + ("Yesterday in Albina, the commander of our Eastern Sector, Major Ricardo Amafo, received the "
                  "commander of the French armed forces in Guiana, General Étienne Marchal.\n\n"
                  "The Government of Suriname has welcomed and accepted the offer made on Saturday by the Federative "
                  "Republic of Brazil to facilitate contacts between Paramaribo and Paris. With regard to the offer of "
                  "mediation announced on Saturday by the Netherlands, the Government has informed The Hague that it "
                  "sees no role for the Netherlands in this matter.")
    found = rule_fields(run(text, dt.date(2026, 10, 5), "SUR"), "mediation_offers")
    assert sorted((f["mediator_state"], f["party_1_state"], f["party_2_state"], f["status"]) for f in found) \
        == [("BRA", "FRA", "SUR", "accepted"), ("NLD", "FRA", "SUR", "rejected")]


COL_NIC = ("SAN JOSE, Oct 21 - Colombia and Nicaragua agreed on Tuesday to halt hostilities between their navies.\n\n"
           "The commanders of the two flotillas agreed by radio on Sunday night to hold their fire, but the "
           "understanding {fate} on Monday morning, when a Nicaraguan patrol boat and a Colombian cutter fired on each "
           "other.")


def test_a_truce_that_collapsed_is_a_first_truce():
    assert [t[3] for t in _truces(COL_NIC.format(fate="collapsed"), dt.date(2026, 10, 21))] \
        == ["2026-10-18", "2026-10-20"]


def test_a_truce_told_again_is_one():
    # the trap: told with no failure, two days apart, it is the one truce
    assert len(_truces(COL_NIC.format(fate="was tested"), dt.date(2026, 10, 21))) == 1


def test_a_truce_reported_after_another_collapsed_is_no_first_truce():
    # the trap: "an earlier truce collapsed" is the other truce's failure, not this one's
    text = ("ARUA - The armies of the Democratic Republic of Congo and South Sudan on Monday signed a fresh ceasefire "
            "at a meeting in Arua, barely three weeks after an earlier truce collapsed in renewed fighting.")
    assert [t[3] for t in _truces(text, dt.date(2026, 9, 2))] == ["2026-08-31"]


def test_both_services_would_immediately_cease_any_use_of_weapons():
    text = ("DAUGAVPILS, 28 August 2026 - On 27 August the Border Representative of the Republic of Latvia met the "
            "Border Representative of the Republic of Belarus. The border representatives agreed that the border "
            "services of both states would immediately cease any use of weapons along the common border.")
    assert _truces(text, dt.date(2026, 8, 28)) == [("bilateral", "BLR", "LVA", "2026-08-27")]


ETH_YEM = ("ADEN, July 13 - Eleven Ethiopian migrants were killed when Yemeni coast guards fired on their boat, "
           "officials said.\n\n")


def test_one_of_the_dead_told_by_name_and_age_is_no_figure():
    for text in ("One of the dead, 19-year-old Abdi, was buried in Aden.",
                 "In Addis Ababa, the family of one of the dead held a mourning gathering on Sunday."):
        assert rule_figures(run(ETH_YEM + text, dt.date(2026, 7, 13))) == [("ETH", "civilian", "killed", 11)]


def test_what_one_of_the_dead_was_is_a_figure():
    # the trap: a breakdown of the dead by what they were
    found = rule_figures(run(ETH_YEM + "One of the dead was a 19-year-old student.", dt.date(2026, 7, 13)))
    assert ("ETH", "unspecified", "killed", 1) in found


def test_a_border_guards_inspectors_are_its_men():
    text = ("The Norwegian Coast Guard said one Norwegian crewman was hurt when a Russian border guard team boarded the "
            "trawler. Moscow says one of its inspectors was hurt when the crew resisted the boarding.")
    assert ("RUS", "military", "injured", 1) in rule_figures(run(text, dt.date(2026, 11, 26), "NOR"))


PAN = ("PANAMA CITY, Sept 25 - Colombia and Jamaica have agreed to stop all hostile acts between their navies, after "
       "two days of talks at the Palacio Bolívar that Panama's Foreign Minister, Raquel Arosemena Quirós, chaired on "
       "Monday and Tuesday.\n\n")


def test_talks_a_minister_chaired_on_two_days():
    found = rule_fields(run(PAN, dt.date(2026, 9, 25), "PAN"), "mediation_offers")
    assert [(f["kind"], f["mediator_state"]) for f in found] == [("conducted", "PAN")]


def test_talks_an_unplaced_person_chaired_have_no_mediator_of_a_party():
    # the trap: "which Al-Qahtani chaired" names no state; the nearest state before is a party, no mediator
    text = ("RIYADH, Sept 14 - Djibouti and Somalia agreed a ceasefire on Sunday. It followed talks in Jeddah on "
            "Saturday between the defence ministers of Djibouti and Somalia, which Al-Qahtani chaired.")
    assert rule_fields(run(text, DJI_SOM), "mediation_offers") == []


def test_an_agreement_signed_late_on_a_day_by_two():
    text = PAN + ("The agreement, signed late on Tuesday by Colombia's Vice Minister of Foreign Affairs, Andrés Felipe "
                  "Mejía Rojas, and Jamaica's Permanent Secretary for Foreign Affairs, Sharlene Beckford-Ellis, took "
                  "effect at 00:00 on Wednesday.")
    found = rule_fields(run(text, dt.date(2026, 9, 25), "PAN"), "meetings")
    assert [(f["format"], f["date_start"]) for f in found] == [("signing", "2026-09-22")]


def test_a_victims_nationality_is_no_side_of_the_conflict():
    text = ("KOROR - Palau's President Hilario Ngiramechelbang and the President of the Federated States of "
            "Micronesia, Kasian Ehsa, met in Majuro on Saturday to discuss the longliner seized by Palau's marine "
            "police.\n\n"
            "Palau's marine police said its officers fired warning shots when the vessel tried to flee, and that one "
            "crewman, an Indonesian national, was wounded. He was treated at the national hospital and discharged.\n\n"
            "The 14 crew remain in custody pending a court hearing. About nine tonnes of tuna have been seized.\n\n"
            "Japan's ambassador said on Monday that Tokyo would be glad to host technical talks between the two "
            "governments.")
    found = rule_fields(run(text, dt.date(2026, 11, 26), "PLW"), "mediation_offers")
    assert [(f["mediator_state"], f["party_1_state"], f["party_2_state"]) for f in found] == [("JPN", "FSM", "PLW")]


def test_ready_to_receive_our_brothers_from_two_capitals():
    text = ("DUBAI, July 14 - The United Arab Emirates and Yemen traded accusations after a clash.\n\n"
            "Oman's foreign minister said Muscat was \"ready to receive our brothers from Aden and Abu Dhabi at any "
            "time\" to help end the dispute.")
    found = rule_fields(run(text, dt.date(2026, 7, 14)), "mediation_offers")
    assert [(f["kind"], f["mediator_state"], f["party_1_state"], f["party_2_state"]) for f in found] \
        == [("offer", "OMN", "ARE", "YEM")]


def test_a_demonyms_or_a_states_offer_to_mediate():
    for text in ("Zambia accepts Kenyan offer to mediate border row with Tanzania",
                 "LUSAKA, Sept 4 - Zambia has accepted an offer from Kenya to mediate in its border dispute with "
                 "Tanzania."):
        found = rule_fields(run(text, dt.date(2026, 9, 4)), "mediation_offers")
        assert [(f["mediator_state"], *sorted((f["party_1_state"], f["party_2_state"]))) for f in found] \
            == [("KEN", "TZA", "ZMB")]
