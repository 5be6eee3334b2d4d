"""Meetings, mediation and ceasefires, second round (dev8, dev9): offers that name the pair as guests ("ready to
welcome our A and B brothers"), help "in finding a solution", a condition set aside ("willing, if both parties so
wish, to"), the offer "expressed by" a third party, good offices placed at someone's disposal, mediation resumed;
meetings by "telephoned the President", time spent with someone, "sat down together", "A and B talked for six
hours", a lowered plural title before two names, a reception at a long-named venue before "by".

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from diprel.extract import triggers
from extract_support import mediations, of, pairs, run


def _offers(text: str) -> set[tuple]:
    return {m for m in mediations(run(text)) if m[0] == "offer"}


# --- offers -------------------------------------------------------------------------------------------------

def test_offer_to_receive_or_welcome_the_pair():
    text = ("Peru and Bolivia have quarrelled over the lake since May. On Monday Chile's foreign minister said her "
            "country was “ready to welcome our Peruvian and Bolivian brothers in Santiago whenever they wish”.")
    assert ("offer", "CHL", frozenset({"BOL", "PER"})) in _offers(text)
    text = ("Guinea and Mali closed the border last week. Senegal said on Monday it was ready to receive the two "
            "delegations in Dakar to help settle the dispute.")
    assert ("offer", "SEN", frozenset({"GIN", "MLI"})) in _offers(text)


def test_welcoming_a_visitor_is_no_offer():
    text = ("Peru and Bolivia have quarrelled over the lake since May. Chile said it was ready to welcome tourists "
            "from Peru and Bolivia this summer.")
    assert not _offers(text)


def test_offer_to_assist_the_two_in_finding_a_solution():
    text = ("Tajikistan and Kyrgyzstan traded fire on the border. On Tuesday Russia said it was ready to assist "
            "Dushanbe and Bishkek in finding a mutually acceptable solution.")
    got = [f for f in of(run(text), "mediation_offers") if f["kind"] == "offer"]
    assert [(f["mediator_state"], f["status"]) for f in got] == [("RUS", "made")]  # "acceptable" accepts nothing


def test_offer_to_assist_a_partner_with_its_own_aims_is_none():
    text = "Russia said on Tuesday it was ready to assist Kyrgyzstan in building a new border road."
    assert not _offers(text)


def test_offer_with_a_condition_set_aside():
    text = ("Egypt and Sudan disagree over the river. Speaking in Moscow on 5 June, a deputy foreign minister said "
            "Moscow was “willing, if both parties so wish, to contribute to a solution”.")
    assert ("offer", "RUS", frozenset({"EGY", "SDN"})) in _offers(text)


def test_a_condition_alone_is_no_offer():
    text = ("Egypt and Sudan disagree over the river. Moscow said that, if both parties so wish, they could meet "
            "in a neutral city.")
    assert not _offers(text)


def test_offer_expressed_by_a_third_party_after_by():
    text = ("Fighting between Chad and Niger continued. Niamey welcomes the readiness expressed on Monday by the "
            "Republic of Mali to facilitate dialogue between Niamey and N'Djamena on the border question.")
    assert ("offer", "MLI", frozenset({"NER", "TCD"})) in _offers(text)
    text = ("Yemen and Eritrea are at odds over fishing. Yemen welcomed the offer made yesterday by the Kingdom of "
            "Saudi Arabia, through its embassy, to help resolve the dispute between Yemen and Eritrea.")
    assert {m[1] for m in _offers(text)} == {"SAU"}  # not the one who welcomed it


def test_readiness_expressed_for_other_ends_is_no_offer():
    text = ("Niamey welcomes the readiness expressed on Monday by the Republic of Mali to reopen its embassy in "
            "Niamey.")
    assert not _offers(text)


def test_good_offices_placed_at_the_disposal_and_mediation_resumed():
    text = ("DR Congo and Uganda clashed in Ituri. Angola's foreign minister said on Monday that Luanda was “ready "
            "to place its good offices at the disposal of our Congolese and Ugandan brothers”.")
    assert ("offer", "AGO", frozenset({"COD", "UGA"})) in _offers(text)
    text = ("Djibouti and Eritrea clashed on the border. Qatar said on 2 May that it was “ready to resume its "
            "mediation role if the two brotherly countries so wish”.")
    assert ("offer", "QAT", frozenset({"DJI", "ERI"})) in _offers(text)


def test_offer_to_bring_the_pair_together_or_to_the_table():
    text = ("Rwanda and Uganda quarrel over trade. Tanzania's President said on Saturday that his government stood "
            "“ready to bring our brothers in Kigali and Kampala together”.")
    assert ("offer", "TZA", frozenset({"RWA", "UGA"})) in _offers(text)
    text = ("Ethiopia and Sudan clashed. Turkey said on 10 February that Ankara was “ready to contribute to any "
            "process that brings our Sudanese and Ethiopian friends to the table”.")
    assert ("offer", "TUR", frozenset({"ETH", "SDN"})) in _offers(text)


def test_bringing_goods_to_the_table_is_no_offer():
    text = "Rwanda and Uganda quarrel over trade. Kenya said it brought new proposals to the table on Monday."
    assert not _offers(text)


def test_help_reach_a_lasting_peace():
    text = ("Armenia and Azerbaijan clashed on the border. Iran's envoy said Tehran “once again declares its "
            "readiness to help Armenia and Azerbaijan reach a lasting peace”.")
    assert ("offer", "IRN", frozenset({"ARM", "AZE"})) in _offers(text)


# --- meetings ---------------------------------------------------------------------------------------------

def test_telephoned_the_president():
    text = "On Tuesday, Algeria's President telephoned the President of Mali."
    assert pairs(run(text)) == {frozenset({"DZA", "MLI"})}


def test_called_the_shots_is_no_call(monkeypatch):
    # the rules' trap: whether the classifier flags the sentence moves with every retrain (the one on dev39-dev42 did)
    monkeypatch.setattr(triggers, "scores", lambda sentence, m=None: dict.fromkeys(triggers.TABLES, 0.0))
    text = "Algeria's President called the shots at the summit of Mali's neighbours."
    assert not pairs(run(text))


def test_time_spent_with_a_counterpart():
    text = "Uganda's President, for his part, spent nearly an hour with the Tanzanian President on Friday morning."
    assert pairs(run(text)) == {frozenset({"UGA", "TZA"})}


def test_time_spent_with_no_state_is_no_meeting():
    text = "Uganda's President spent an hour with students of the Tanzanian capital on Friday."
    assert not pairs(run(text))


def test_sat_down_together_and_talked_for_hours():
    text = ("On 24 September, Algeria's foreign minister, Karim Benmansour, and his Malian counterpart, Colonel Bakary "
            "Coulibaly, sat down together for forty minutes.")
    assert pairs(run(text)) == {frozenset({"DZA", "MLI"})}
    text = ("Egypt's Minister of Water Resources, Hisham Abdel-Ghaffar, and Ethiopia's Minister of Water, Bekele "
            "Gemechu, talked for six hours on 24 February.")
    assert pairs(run(text)) == {frozenset({"EGY", "ETH"})}


def test_one_minister_who_talked_for_hours_meets_no_one():
    text = "Egypt's Minister of Water Resources, Hisham Abdel-Ghaffar, talked for six hours to reporters in Addis Ababa."
    assert not pairs(run(text))


def test_lowered_plural_title_before_two_names():
    text = "Foreign ministers Lucía Herrera of Guatemala and Óscar Mejía of Honduras spoke by phone late on Sunday."
    assert pairs(run(text)) == {frozenset({"GTM", "HND"})}


def test_lowered_plural_title_before_one_name_pairs_nobody():
    text = "Foreign ministers of Guatemala met in Antigua on Sunday, said Óscar Mejía of the foreign ministry."
    assert not pairs(run(text))


def test_received_at_a_long_named_venue_by_the_host():
    text = ("Uganda's Minister of Defence, Grace Atwine, flew into Juba on Wednesday and was received at the Ministry of "
            "Defence and Veterans' Affairs in Bilpam by her South Sudanese counterpart, Gen. Chol Thon Malual.")
    assert pairs(run(text)) == {frozenset({"UGA", "SSD"})}


def test_demonym_pair_of_heads_of_state():
    text = ("Clashes on the border worried both capitals. The Chilean and Peruvian heads of state spoke by telephone "
            "on Friday.")
    assert pairs(run(text)) == {frozenset({"CHL", "PER"})}


def test_one_demonym_heads_of_state_pair_nobody():
    text = "The Chilean heads of state of the past met in Santiago on Friday."
    assert not pairs(run(text))


def test_capitalised_rank_before_a_long_title():
    text = ("On 12 January, the Chinese envoy Liu Jiangping met Union Minister for Foreign Affairs of Myanmar "
            "U Than Htike in Nay Pyi Taw.")
    assert pairs(run(text)) == {frozenset({"CHN", "MMR"})}


# --- ceasefires -------------------------------------------------------------------------------------------

def _truces(text: str) -> set[frozenset]:
    return pairs(run(text), "ceasefires")


def test_truce_agreed_in_reported_speech():
    text = ("Kenya and Uganda clashed at the lake. The commanders agreed on the spot that the soldiers of both sides "
            "would hold their fire while their governments talked.")
    assert _truces(text) == {frozenset({"KEN", "UGA"})}


def test_truce_hoped_for_in_reported_speech_is_none():
    text = ("Kenya and Uganda clashed at the lake. The commanders said that the soldiers of both sides would hold "
            "their fire if their governments talked.")
    assert not _truces(text)


def test_agreed_to_refrain_from_any_use_of_weapons():
    text = ("Guatemala and Honduras traded fire on the river. On Monday the commanders of the two armies agreed to "
            "suspend patrols and “refrain from any use of weapons” along the river.")
    assert _truces(text) == {frozenset({"GTM", "HND"})}


def test_urged_to_refrain_from_the_use_of_weapons_is_none():
    text = ("Guatemala and Honduras traded fire on the river. Mexico urged both armies to refrain from any use of "
            "weapons along the river.")
    assert not _truces(text)


def test_unilateral_halt_to_operations():
    text = ("Guinea and Sierra Leone clashed at Yenga. On Friday the Guinean army declared a unilateral halt to "
            "operations along the border.")
    assert _truces(text) == {frozenset({"GIN", "SLE"})}


def test_greek_cypriot_is_no_greek():
    text = ("One soldier of the Cypriot National Guard was killed and two members of the Turkish armed forces were "
            "wounded. This is the worst incident since 1996, when two Greek Cypriot demonstrators were killed. The "
            "commanders on both sides agreed overnight to cease all firing.")
    assert _truces(text) == {frozenset({"CYP", "TUR"})}


# --- actors, datelines, dates -----------------------------------------------------------------------------

def test_a_style_alone_stands_for_the_one_state_of_that_style():
    text = ("Somalia and Yemen clashed in the Gulf of Aden. Riyadh, June 17, 2025, SPA -- He noted that the Kingdom "
            "had offered its good offices on Monday to Somalia and Yemen.")
    assert ("offer", "SAU", frozenset({"SOM", "YEM"})) in _offers(text)
    text = ("Iraq's president received Iran's envoy on Monday. He affirmed Iraq's readiness to play a role in easing "
            "tensions between the Islamic Republic and the United States.")
    assert ("offer", "IRQ", frozenset({"IRN", "USA"})) in _offers(text)


def test_a_style_shared_by_two_named_states_stays_unread():
    text = ("Jordan and Saudi Arabia signed a trade deal. Egypt said it was ready to help the Kingdom and Qatar "
            "settle their dispute.")
    assert not {m for m in _offers(text) if "SAU" in m[2] or "JOR" in m[2]}


def test_agency_dateline_in_mixed_case_places_the_release():
    from extract_support import PUB
    import datetime as dt
    from diprel.extract.document import Document
    assert Document("Tehran, IRNA – The foreign minister said on Monday.\n", PUB).dateline[0] == "Tehran"
    assert Document("Riyadh (SPA) - The minister received the envoy.\n", PUB).dateline[0] == "Riyadh"
    assert Document("He said, IRNA – the talks went well.\n", dt.date(2025, 6, 18)).dateline is None


def test_weekday_before_a_stated_day_and_ranges_of_days():
    import datetime as dt
    from diprel.extract import dates
    pub = dt.date(2026, 3, 20)
    got = [(str(d.date_start), str(d.date_end)) for d in dates.find("took effect on Saturday 14 February.", pub)]
    assert got == [("2026-02-14", "2026-02-14")]
    got = [(str(d.date_start), str(d.date_end)) for d in dates.find("talks from February 8 to 10, in Geneva", pub)]
    assert got == [("2026-02-08", "2026-02-10")]
    got = [(str(d.date_start), str(d.date_end)) for d in dates.find("met from 2 to 4 March in Doha", pub)]
    assert got == [("2026-03-02", "2026-03-04")]


def test_a_day_before_a_count_is_no_range():
    import datetime as dt
    from diprel.extract import dates
    got = [(str(d.date_start), str(d.date_end)) for d in dates.find("on March 10 to 12 people died", dt.date(2026, 3, 20))]
    assert got == [("2026-03-10", "2026-03-10")]


def test_thanks_for_facilitating_a_meeting_held_is_no_plan():
    text = "Laos thanked Vietnam for facilitating the talks between Laos and Cambodia held in Hanoi on 12 June."
    assert frozenset({"LAO", "KHM"}) in pairs(run(text))


def test_to_facilitate_a_meeting_is_a_plan():
    text = "Vietnam offered to facilitate the talks between Laos and Cambodia in Hanoi."
    assert frozenset({"LAO", "KHM"}) not in pairs(run(text))


def test_office_and_holder_apart_by_retired():
    text = ("Public Security Minister Ricardo Arosemena of Panama and Colombia's Defence Minister, retired General "
            "Hernán Restrepo, met yesterday in the border town of Puerto Obaldía.")
    assert pairs(run(text)) == {frozenset({"PAN", "COL"})}


def test_a_meeting_with_his_host_named_in_apposition():
    text = ("On Friday Kenya's President drove from his hotel to State House for a one-on-one meeting with his host, "
            "Tanzania's President.")
    assert pairs(run(text)) == {frozenset({"KEN", "TZA"})}


def test_a_meeting_with_his_own_aides_is_none():
    text = "On Friday Kenya's President held a meeting with his aides at State House in Nairobi."
    assert not pairs(run(text))


def test_a_styled_office_hosts_for_the_releases_own_state():
    text = ("Press Release\nThimphu, 25 June 2025\n\nHis Majesty The Druk Gyalpo granted an Audience to Shri Vikram Rao, "
            "Foreign Secretary of the Republic of India, at the Lingkana Palace this morning.")
    assert frozenset({"BTN", "IND"}) in pairs(run(text))


def test_a_style_of_a_guest_state_is_no_host():
    text = ("Thimphu, 25 June 2025 -- His Majesty The King of India granted an Audience to Shri Vikram Rao, Foreign "
            "Secretary of the Republic of India.")
    assert not pairs(run(text))


def test_a_person_in_a_sentence_that_joins_no_pair_is_not_placed_by_it():
    text = ("Doha, 24 June 2025 -- His Highness the Amir Sheikh Tamim bin Hamad Al Thani mediated with the Iranian "
            "leadership on Monday, at the request of US President Donald Trump, and obtained Iran's approval of the "
            "proposal. The ceasefire between Iran and Israel held on Tuesday.")
    got = mediations(run(text))
    assert {m[1] for m in got if m[0] == "conducted"} == {"QAT"}  # the release's own state, not Iran


# --- conducted mediation ----------------------------------------------------------------------------------

def _conducted(text: str) -> set[tuple]:
    return {m for m in mediations(run(text)) if m[0] in ("conducted", "claimed")}


def test_a_third_party_in_the_chair_or_in_the_room_as_facilitator():
    text = ("Kenya and Uganda clashed at the lake. With Tanzania's special envoy, Ambassador Mary Kiptoo, in the room "
            "as facilitator, the two ministers signed a cessation of hostilities agreement.")
    assert ("conducted", "TZA", frozenset({"KEN", "UGA"})) in _conducted(text)
    text = ("Egypt and Sudan resumed talks on the dam. The ministers met in Washington on 24 February, with an "
            "American assistant secretary of state, Margaret Ellison, in the chair.")
    assert ("conducted", "USA", frozenset({"EGY", "SDN"})) in _conducted(text)


def test_advisers_in_the_room_conduct_nothing():
    text = "Egypt and Sudan resumed talks on the dam. The ministers met in Washington, with their advisers in the room."
    assert not _conducted(text)


def test_helped_bring_the_two_back_to_the_table():
    text = ("Egypt and Sudan resumed talks on the dam. Then there is Saudi Arabia, whose foreign ministry said in "
            "January that its quiet efforts had helped bring the two ministers back to the table.")
    assert {m[1] for m in _conducted(text)} == {"SAU"}


def test_helped_bring_money_to_the_table_is_no_mediation():
    text = "Egypt and Sudan resumed talks on the dam. Saudi Arabia said its investors had helped bring new money to the table."
    assert not _conducted(text)


def test_on_the_phone_between_two_capitals_in_a_sources_words():
    text = ("Iraq and Saudi Arabia traded fire at Arar. A Gulf diplomat tells us Kuwait's foreign minister \"spent the "
            "whole day on the phone between Baghdad and Riyadh\".")
    assert ("conducted", "KWT", frozenset({"IRQ", "SAU"})) in _conducted(text)


def test_mediation_in_the_mediators_own_quoted_words_is_a_claim():
    text = ("Iraq and Saudi Arabia traded fire at Arar. Kuwait's foreign minister said he had \"spent my whole day on "
            "the phone between Baghdad and Riyadh\".")
    assert ("claimed", "KWT", frozenset({"IRQ", "SAU"})) in _conducted(text)


def test_host_a_dialogue_between_our_two_brothers():
    text = ("Djibouti and Yemen quarrel over the islands. In February, Egypt said it was ready to host \"a direct "
            "dialogue between our two brothers across the water\".")
    assert ("offer", "EGY", frozenset({"DJI", "YEM"})) in _offers(text)


def test_an_undated_truce_takes_the_day_its_paragraph_gave():
    text = ("Kenya and Uganda clashed at the lake on 9 June. The sector commanders met at Busia on 12 June.\n\n"
            "The commanders met again at Busia on 15 June. They agreed on the spot that the soldiers of both sides "
            "would hold their fire.")
    got = of(run(text), "ceasefires")
    assert [(f["state_1"], f["state_2"], f["date_start"]) for f in got] == [("KEN", "UGA", "2025-06-15")]
