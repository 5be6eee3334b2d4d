"""Meetings, mediation and ceasefires, fifth round (dev14, dev15): offers said in other words ("help A and B find a
way forward", "play a bridging role", "provide good offices" with no possessive, "host and facilitate talks"); the
mediator as the subject of an object relative clause (", which Australia facilitated") or as the agent of a passive
set after a place and a date ("hosted in Freetown on Tuesday, 10 March 2026 by the Government of Sierra Leone");
"the two countries" pointing back to the pair the sentence before joins; "the same day" / "that evening" dating an
event by the day the text dated last; "the two sides agreed to hold fire" read against the pair the text joined
("the Nigeria–Cameroon frontier") when no conflict pair stands out; whom a visitor holds talks with where the paragraph
put him; a title "of the Somali National Army" as that state's; "talks in Kuwait City between"; "it" for the state that
opens the sentence before; "under the chairmanship of"; a timeline told in the present; "ready to host a new round of
talks" as no meeting; "agreed in a telephone conversation"; "our brothers in Riyadh and Abu Dhabi"; "After the talks,
the two ..." as the talks just reported; "dialogue between them" as the pair just joined; a reporter's question as no
offer.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

import datetime as dt

from extract_support import mediations, of, pairs, run


def _offers(text: str) -> set[tuple]:
    return {m for m in mediations(run(text)) if m[0] == "offer"}


_ROW = "Gabon and Equatorial Guinea traded protest notes over the island. "


# --- offers -------------------------------------------------------------------------------------------------

def test_help_the_pair_find_a_way_forward():
    text = _ROW + "Cameroon's foreign minister said Yaoundé was “willing to help Libreville and Malabo find a way forward”."
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_helping_farmers_find_buyers_is_no_offer():
    text = _ROW + "Cameroon's foreign minister said Yaoundé was willing to help farmers in both countries find new buyers."
    assert not _offers(text)


def test_ready_to_play_a_bridging_role():
    text = _ROW + "Cameroon said on Tuesday it was “ready to play a bridging role if Libreville and Malabo find it helpful”."
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_ready_to_play_a_leading_role_in_trade_is_no_offer():
    text = _ROW + "Cameroon said on Tuesday it was ready to play a leading role in regional trade."
    assert not _offers(text)


def test_provide_good_offices_without_a_possessive():
    text = ("Cameroon is willing to continue to provide good offices for Gabon and Equatorial Guinea to improve relations "
            "through dialogue.")
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_provide_office_space_is_no_offer():
    text = "Cameroon is willing to provide office space for Gabonese and Equatoguinean traders in Douala."
    assert not _offers(text)


def test_ready_to_host_and_facilitate_talks():
    text = _ROW + "Cameroon says it “stands ready to host and facilitate” talks between its two neighbours."
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_ready_to_host_and_facilitate_a_football_final_is_no_offer():
    text = _ROW + "Cameroon says it stands ready to host and facilitate the regional football final."
    assert not _offers(text)


def test_the_two_countries_are_the_pair_just_joined():
    text = ("Angola and Namibia clashed over their river boundary last year, and troops of Angola and Namibia fought "
            "again in March. "
            "Gabon and Equatorial Guinea have yet to conclude the delimitation of their maritime boundary. "
            "Cameroon offered to host further technical talks between the two countries in Yaoundé.")
    found = _offers(text)
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in found
    assert ("offer", "CMR", frozenset({"AGO", "NAM"})) not in found


def test_two_states_named_apart_are_no_pair_for_the_two():
    # the sentence before names Gabon and Russia, but not as one pair: "the two" are the pair the text set apart
    text = ("Gabon and Equatorial Guinea traded protest notes over the island, and their border services exchanged fire. "
            "Gabon's president, asked whether Moscow could act as a go-between, said it was a matter of sovereignty. "
            "Cameroon said it was ready to facilitate contacts between the two border services.")
    assert ("offer", "CMR", frozenset({"GAB", "RUS"})) not in _offers(text)


# --- conducted mediation ------------------------------------------------------------------------------------

def test_mediator_in_an_object_relative_clause():
    text = ("Ministers welcomed the talks between Gabon and Equatorial Guinea on their maritime border, which Cameroon "
            "facilitated in Douala in September.")
    found = mediations(run(text))
    assert ("conducted", "CMR", frozenset({"GAB", "GNQ"})) in found
    assert not any(m[1] in ("GAB", "GNQ") for m in found)


def test_a_subject_relative_clause_keeps_its_antecedent():
    text = "Cameroon, which facilitated the talks between Gabon and Equatorial Guinea, welcomed the outcome."
    assert ("conducted", "CMR", frozenset({"GAB", "GNQ"})) in mediations(run(text))


def test_passive_agent_after_a_place_and_a_date():
    text = ("The Commission welcomes the meeting between the defence ministers of Gabon and of Equatorial Guinea, hosted "
            "and facilitated in Douala on Tuesday, 10 June 2025 by the Government of Cameroon.")
    found = mediations(run(text))
    assert ("conducted", "CMR", frozenset({"GAB", "GNQ"})) in found
    assert not any(m[1] in ("GAB", "GNQ") for m in found)


def test_a_visit_by_a_minister_is_no_passive_mediation():
    text = "The meeting between Gabon and Equatorial Guinea was held in Douala, and was attended by Cameroon's ambassador."
    assert not mediations(run(text))


# --- dates: "the same day" ----------------------------------------------------------------------------------

def test_the_same_day_takes_the_day_dated_before_across_a_paragraph():
    text = ("The defence ministers of Gabon and Equatorial Guinea met in Douala on Tuesday, 10 June 2025.\n\n"
            "At the close of that meeting, the two ministers agreed on an immediate cessation of hostilities, which took "
            "effect at 18:00 the same day.\n\n"
            "The two states had already agreed, on 14 November 2024, to a cessation of hostilities in the same area.")
    got = sorted(f["date_start"] for f in of(run(text), "ceasefires"))
    assert got == ["2024-11-14", "2025-06-10"]


def test_that_day_with_nothing_dated_before_stays_undated():
    text = "Gabon and Equatorial Guinea agreed to a ceasefire that day, officials said."
    found = of(run(text), "ceasefires")
    assert all(f["date_start"] != "2025-06-10" for f in found)


# --- ceasefires: "the two sides" ----------------------------------------------------------------------------

def test_the_two_sides_agreed_are_the_pair_the_text_joined():
    text = ("The Nigeria–Cameroon frontier was quiet again on Monday. Gabon urged calm that week. So did Chad's "
            "president. Niger's prime minister spoke of restraint.\n\n"
            "On Sunday night, after the shooting, the two sides agreed by radio to hold fire.")
    assert frozenset({"NGA", "CMR"}) in pairs(run(text), "ceasefires")


def test_a_ceasefire_the_two_maintain_takes_no_pair_from_afar():
    text = ("The Nigeria–Cameroon frontier was quiet again on Monday. Gabon urged calm that week. So did Chad's "
            "president. Niger's prime minister spoke of restraint.\n\n"
            "We welcome the ceasefire the two countries have maintained and hope they will consolidate it.")
    assert not of(run(text), "ceasefires")


# --- meetings -----------------------------------------------------------------------------------------------

def test_talks_where_the_paragraph_put_the_visitor():
    text = ("Gabonese Foreign Minister Paul Mba landed in Yaoundé on Tuesday for two days of meetings. He held talks "
            "the same evening with Foreign Minister Jean Ekotto. Mali and Senegal have also sent envoys to the region.")
    assert frozenset({"GAB", "CMR"}) in pairs(run(text))


def test_a_title_of_a_named_force_is_that_states():
    # the second "Chief of Defence Forces" is Somalia's, not the Ugandan namesake of the same title
    text = ("Yesterday, the Chief of Defence Forces, General Moses Okello, who is in Mogadishu on a working visit, held "
            "talks with the Chief of Defence Forces of the Somali National Army, Brigadier General Ahmed Warsame.")
    assert frozenset({"UGA", "SOM"}) in pairs(run(text.replace("Yesterday, the", "Yesterday, Uganda's")))
    assert all(f["state_1"] != f["state_2"] for f in of(run(text), "meetings"))


def test_a_title_of_a_body_that_is_no_force_takes_no_state():
    text = "Uganda's army chief held talks with the Chief of Staff of the Regional Training Centre on Tuesday."
    assert not pairs(run(text))


def test_talks_with_the_venue_before_between():
    text = "In July, Kuwait hosted a round of talks in Kuwait City between senior Saudi and Emirati officials."
    cands = run(text)
    assert frozenset({"SAU", "ARE"}) in pairs(cands)
    assert ("conducted", "KWT", frozenset({"SAU", "ARE"})) in mediations(cands)


def test_talks_in_a_city_with_no_pair_after_between_is_no_meeting():
    text = "In July, Kuwait hosted a round of talks in Kuwait City between rival Yemeni factions."
    assert not pairs(run(text))


def test_it_that_opens_on_the_state_before():
    text = ("Kuwait has been the quiet fixer. In July, it hosted a round of talks in Kuwait City between senior Saudi and "
            "Emirati officials.")
    assert ("conducted", "KWT", frozenset({"SAU", "ARE"})) in mediations(run(text))


def test_it_across_a_paragraph_break_is_no_one():
    text = ("Kuwait has been the quiet fixer.\n\nIn July, it hosted a round of talks between senior Saudi and Emirati "
            "officials.")
    assert not any(m[1] == "KWT" for m in mediations(run(text)))


def test_under_the_chairmanship_of_a_senior_diplomat():
    text = "Malaysian and Vietnamese officials met for two days under the chairmanship of a senior Bruneian diplomat."
    assert ("conducted", "BRN", frozenset({"MYS", "VNM"})) in mediations(run(text))


def test_under_the_chairmanship_of_the_host_is_no_third_party():
    text = "Malaysian and Vietnamese officials met for two days under the chairmanship of a senior Malaysian diplomat."
    assert not mediations(run(text))


_TIMELINE = ("Timeline of the dispute.\n\nThe boats kept coming.\n\n"
             "14 February — A patrol vessel opens fire on a trawler off Kota Bharu.\n\n")


def test_a_timeline_entry_in_the_present():
    text = _TIMELINE + ("30 August — Malaysian Prime Minister Anwar Ibrahim and his Vietnamese counterpart Pham Minh Chinh "
                        "hold a telephone conversation, the Vietnamese government portal reports.")
    found = of(run(text, published=dt.date(2025, 9, 10)), "meetings")
    assert [(frozenset((f["state_1"], f["state_2"])), f["date_start"]) for f in found] == \
        [(frozenset({"MYS", "VNM"}), "2025-08-30")]


def test_the_present_outside_a_timeline_is_no_meeting():
    text = ("Malaysian Prime Minister Anwar Ibrahim and his Vietnamese counterpart Pham Minh Chinh hold a telephone "
            "conversation every month.")
    assert not pairs(run(text))


def test_ready_to_host_a_new_round_of_talks_is_no_meeting():
    text = "Kazakhstan said on Tuesday it was ready to host a new round of talks between Armenia and Azerbaijan."
    assert not pairs(run(text))
    assert ("offer", "KAZ", frozenset({"ARM", "AZE"})) in mediations(run(text))


def test_hosted_a_new_round_of_talks_is_a_meeting():
    text = "Kazakhstan hosted a new round of talks between Armenia and Azerbaijan in Almaty on Tuesday."
    assert frozenset({"ARM", "AZE"}) in pairs(run(text))


def test_agreed_in_a_telephone_conversation():
    text = ("The defence ministers of the two countries, Adama Bamba of Ivory Coast and Colonel Issa Sawadogo of Burkina "
            "Faso, agreed in a telephone conversation on Wednesday to a complete cessation of hostilities.")
    found = of(run(text), "meetings")
    assert [(frozenset((f["state_1"], f["state_2"])), f["format"]) for f in found] == [(frozenset({"CIV", "BFA"}), "call")]


def test_agreed_in_a_statement_is_no_meeting():
    text = ("The defence ministers of the two countries, Adama Bamba of Ivory Coast and Colonel Issa Sawadogo of Burkina "
            "Faso, agreed in a joint statement on Wednesday that the border would stay open.")
    assert not pairs(run(text))


def test_ready_to_assist_our_brothers_in_two_capitals():
    text = _ROW + 'Cameroon\'s foreign minister said Yaoundé stood "ready to assist our brothers in Libreville and Malabo in any way they request."'
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_assisting_our_brothers_in_one_country_is_no_offer():
    text = _ROW + 'Cameroon\'s foreign minister said Yaoundé stood "ready to assist our brothers in Libreville and Port-Gentil after the floods."'
    assert not _offers(text)


def test_after_the_talks_the_two_are_those_of_the_talks():
    text = ("Cameroon's Foreign Minister Paul Ekotto held talks with Chadian Foreign Minister Idriss Mahamat in Yaoundé on "
            "Monday. Ekotto said Cameroon was willing to help Gabon and Equatorial Guinea resolve their island dispute. "
            "After the talks, the two foreign ministers witnessed the signing of cooperation documents.")
    found = pairs(run(text))
    assert frozenset({"CMR", "TCD"}) in found
    assert frozenset({"GAB", "GNQ"}) not in found


def test_after_a_meeting_the_two_are_the_pair_just_named():
    # an indefinite "a meeting" is a new encounter: its two are the pair the text has just joined
    text = ("Cameroon's Foreign Minister Paul Ekotto held talks with Chadian Foreign Minister Idriss Mahamat in Yaoundé on "
            "Monday. Gabon and Equatorial Guinea traded protest notes over the island. "
            "Following a meeting at the border post on Friday, the two foreign ministers agreed to reopen the crossing.")
    assert frozenset({"GAB", "GNQ"}) in pairs(run(text))


def test_dialogue_between_them_is_the_pair_just_joined():
    text = ("Gabon and Equatorial Guinea traded fire on the river. Both Chad and Niger are close neighbours and partners "
            "of Nigeria, and Nigeria stands ready to facilitate dialogue between them on the return of the herders.")
    found = _offers(text)
    assert ("offer", "NGA", frozenset({"TCD", "NER"})) in found
    assert ("offer", "NGA", frozenset({"GAB", "GNQ"})) not in found


def test_a_reporters_question_is_no_offer():
    text = _ROW + "Question: Will Cameroon offer to mediate between Gabon and Equatorial Guinea too?"
    assert not _offers(text)


def test_an_answer_after_the_question_is_an_offer():
    text = _ROW + ("Question: Will Cameroon help? Answer: Cameroon stands ready to mediate between Gabon and Equatorial "
                   "Guinea.")
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in _offers(text)
