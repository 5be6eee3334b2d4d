"""Meetings, mediation and ceasefires, fourth round (dev12, dev13): readiness said in other words ("stands ready"
closed in quotes, "remains at the disposal of", "to accompany any dialogue", "to help the two sister nations"), an
offer dated in an aside, the subject of a reported "told X that ..." clause, a bare "ready to help as well" beside
offers just reported, the pair as the object of the help; the month "May" read as no modal; a truce dated in its own
aside; a truce placed elsewhere; more incident words for the article's pair; time spent with someone on a given day,
the emphatic "did speak", an arrival followed by its reception, a town aside before the guest, and an office owned by
"Its" at the start of a sentence.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from extract_support import mediations, of, pairs, run


def _offers(text: str) -> set[tuple]:
    return {m for m in mediations(run(text)) if m[0] == "offer"}


_ROW = "Gabon and Equatorial Guinea traded protest notes over the island. "


# --- offers -------------------------------------------------------------------------------------------------

def test_readiness_closed_in_quotes_before_the_service():
    text = _ROW + 'Cameroon\'s foreign minister said Yaoundé "stands ready" to host follow-up talks between the two neighbours.'
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_quoted_readiness_for_something_else_is_no_offer():
    text = _ROW + 'Cameroon\'s foreign minister said Yaoundé "stands ready" to host the football final next year.'
    assert not _offers(text)


def test_at_the_disposal_of_both_governments():
    text = _ROW + 'Cameroon said Yaoundé "remains at the disposal" of both governments to help settle the matter.'
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_at_the_disposal_of_investors_is_no_offer():
    text = _ROW + "Cameroon said its ports remain at the disposal of investors from both countries."
    assert not _offers(text)


def test_ready_to_accompany_any_dialogue():
    text = _ROW + "Cameroon said it “stands ready to accompany any dialogue” between Gabon and Equatorial Guinea."
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_accompanying_a_delegation_is_no_offer():
    text = _ROW + "Cameroon said its minister was ready to accompany the trade delegation to Libreville."
    assert not _offers(text)


def test_ready_to_help_the_two_sister_nations():
    text = _ROW + "Senegal, too, has repeated its readiness to “help the two sister nations”."
    assert ("offer", "SEN", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_helping_the_two_teams_is_no_offer():
    text = _ROW + "Senegal said it was ready to help the two football teams with training grounds."
    assert not _offers(text)


def test_offer_dated_in_an_aside():
    text = ("Gabon and Equatorial Guinea traded protest notes. The minister repeated Cameroon's offer, first made in "
            "October, to mediate between Gabon and Equatorial Guinea over the island.")
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in _offers(text)
    text = ("Gabon and Equatorial Guinea traded protest notes. Libreville welcomed Cameroon's offer, made by its "
            "president in October, to facilitate talks between Gabon and Equatorial Guinea.")
    assert ("offer", "CMR", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_a_trade_offer_dated_in_an_aside_is_no_offer():
    text = ("Gabon and Equatorial Guinea traded protest notes. Cameroon's offer, first made in October, to buy "
            "timber from both countries still stands.")
    assert not _offers(text)


def test_the_subject_of_the_told_clause_offers():
    text = (_ROW + "During the talks, President Moussa informed his counterpart that the Republic of Chad stands ready "
            "to host the next round of talks between Gabon and Equatorial Guinea.")
    assert {("offer", "TCD", frozenset({"GAB", "GNQ"}))} == _offers(text)


def test_ready_to_help_as_well_after_offers():
    text = (_ROW + "Cameroon offered on Monday to mediate between the two neighbours. Senegal has said it stands ready "
            "to help as well.")
    assert ("offer", "SEN", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_ready_to_help_with_no_offer_before_is_no_offer():
    text = (_ROW + "Floods hit the coast on Monday. Senegal has said it stands ready to help as well.")
    assert not _offers(text)


def test_the_pair_as_the_object_of_the_help():
    text = ("The border dispute between Slovenia and Croatia is old. Slovenia, in its own border conflict with "
            "Croatia, urged calm. Albania's prime minister said his country was willing to help Croatia and "
            "Montenegro settle the maritime dispute.")
    assert ("offer", "ALB", frozenset({"HRV", "MNE"})) in _offers(text)


def test_an_aside_names_the_mediator_before_it():
    text = (_ROW + "Regarding the island, the minister said that Nigeria, as a close neighbour of both countries, stands "
            "ready to facilitate dialogue between the two sides.")
    assert ("offer", "NGA", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_continue_playing_a_constructive_role():
    text = (_ROW + "The premier repeated that China was “willing to continue playing a constructive role” between "
            "Gabon and Equatorial Guinea.")
    assert ("offer", "CHN", frozenset({"GAB", "GNQ"})) in _offers(text)


def test_playing_a_role_in_football_is_no_offer():
    text = _ROW + "The coach said China was willing to continue playing a defensive role in the tournament."
    assert not _offers(text)


# --- ceasefires ---------------------------------------------------------------------------------------------

def _truces(text: str, published=None) -> list[dict]:
    return of(run(text, published) if published else run(text), "ceasefires")


def test_the_month_may_is_no_modal():
    text = ("A Belizean fisherman was shot dead by a Honduran patrol on Sunday. The shooting is the worst incident "
            "since May 2025, when the two navies agreed to stop firing after a brief exchange near the cay.")
    found = _truces(text)
    assert [(f["state_1"], f["state_2"]) for f in found] == [("BLZ", "HND")]


def test_the_modal_may_still_blocks():
    text = ("A Belizean fisherman was shot dead by a Honduran patrol on Sunday. Officials said the two navies may "
            "agree to stop firing next week.")
    assert not _truces(text)


def test_a_truce_dated_in_its_own_aside():
    text = ("Two Salvadoran fishermen were shot dead by a Nicaraguan patrol on Monday. A previous truce between the two "
            "navies, agreed in March 2024 after shots were fired near the islets, broke down within weeks.")
    found = _truces(text)
    assert found and found[0]["date_start"] == "2024-03-01"


def test_a_truce_placed_elsewhere_is_not_the_pairs():
    text = ("Jordan's foreign minister condemned the shooting of a Jordanian citizen by Israeli forces at the bridge. "
            "He also affirmed the Kingdom's support for the ceasefire in the Gaza Strip.")
    assert not _truces(text)


def test_a_truce_of_the_pair_still_counts():
    text = ("Jordan's foreign minister condemned the shooting of a Jordanian citizen by Israeli forces at the bridge. "
            "He said the ceasefire agreed by the two sides on Monday was holding.")
    assert [(f["state_1"], f["state_2"]) for f in _truces(text)] == [("ISR", "JOR")]


# --- meetings -----------------------------------------------------------------------------------------------

def test_time_spent_with_a_counterpart_on_a_day():
    text = "Montenegro's foreign minister Milena Lakić spent almost three hours on Monday with her Serbian counterpart."
    assert frozenset({"MNE", "SRB"}) in pairs(run(text))


def test_time_spent_on_a_day_with_no_one_is_no_meeting():
    text = "Montenegro's foreign minister Milena Lakić spent almost three hours on Monday with Serbian journalists."
    assert not pairs(run(text))


def test_the_emphatic_did_speak():
    text = ("Nicaragua's foreign minister Denis Altamirano did speak by telephone on Tuesday evening with his "
            "Salvadoran counterpart.")
    assert frozenset({"NIC", "SLV"}) in pairs(run(text))


def test_did_not_speak_is_no_call():
    text = "Nicaragua's foreign minister Denis Altamirano did not speak by telephone with his Salvadoran counterpart."
    assert not pairs(run(text))


def test_arrival_followed_by_its_reception():
    text = ("When Australian Prime Minister Daniel Whitford flew into Port Moresby last Thursday, he was met with the "
            "full ceremony.")
    assert frozenset({"AUS", "PNG"}) in pairs(run(text))


def test_arrival_without_reception_is_no_meeting():
    text = "When Australian Prime Minister Daniel Whitford flew into Port Moresby last Thursday, it was raining."
    assert not pairs(run(text))


def test_a_town_aside_before_the_guest():
    text = ("Algiers, 3 August 2026 - Major General Noureddine Bouzid received on Sunday, at the regional command "
            "headquarters in Tamanrasset, a delegation of the Armed Forces of Niger.")
    assert frozenset({"DZA", "NER"}) in pairs(run(text))


def test_a_town_aside_before_a_non_state_guest_is_no_meeting():
    text = ("Algiers, 3 August 2026 - Major General Noureddine Bouzid received on Sunday, at the regional command "
            "headquarters in Tamanrasset, a delegation of local traders.")
    assert not pairs(run(text))


def test_its_office_belongs_to_the_state_before():
    text = ("Eritrea and Djibouti exchanged fire on the border. Saudi Arabia moved quickly. Its Vice Minister of "
            "Foreign Affairs, Dr. Abdulrahman Al-Mutairi, flew to Asmara on Sunday, where he was received by the "
            "Eritrean President.")
    assert frozenset({"ERI", "SAU"}) in pairs(run(text))


def test_its_office_after_a_sentence_not_opened_by_a_state_is_not_placed():
    text = ("Eritrea and Djibouti exchanged fire on the border. The region watched closely. Its Vice Minister of "
            "Foreign Affairs, Dr. Abdulrahman Al-Mutairi, flew to Asmara on Sunday, where he was received by the "
            "Eritrean President.")
    assert frozenset({"ERI", "SAU"}) not in pairs(run(text))


def test_the_pair_met_at_talks_a_third_party_mediated():
    text = ("The armies of Guatemala and El Salvador agreed to cease fire along the river, following talks mediated by "
            "the Government of Honduras in Ocotepeque on Monday.")
    assert frozenset({"GTM", "SLV"}) in pairs(run(text))


def test_talks_a_third_party_brokered_may_be_a_shuttle():
    text = ("Uzbekistan and Tajikistan agreed to a ceasefire on Monday, after talks brokered by Kazakhstan, whose envoy "
            "shuttled between the two delegations.")
    assert frozenset({"TJK", "UZB"}) not in pairs(run(text))


def test_a_host_of_the_two_sides_delegations():
    text = ("Libyan and Nigerien forces clashed at the border post on Thursday. Chadian Foreign Minister Abakar Saleh "
            "hosted the two sides' chiefs of staff in N'Djamena on Saturday.")
    assert pairs(run(text)) == {frozenset({"LBY", "NER"})}


def test_a_host_of_the_two_sides_fans_is_no_meeting():
    text = ("Libyan and Nigerien forces clashed at the border post on Thursday. Chadian Foreign Minister Abakar Saleh "
            "hosted the two sides' football fans in N'Djamena on Saturday.")
    assert frozenset({"LBY", "NER"}) not in pairs(run(text))


# --- the article's pair ---------------------------------------------------------------------------------------

def test_incident_words_name_the_pair_and_a_broker_is_no_side():
    text = ("BELIZE CITY, Feb 10 - A Belizean fisherman was killed on Sunday when sailors aboard a Honduran navy boat "
            "opened fire near the cay. Guatemala-brokered talks are planned. Nobody was hurt in the earlier incident, "
            "both sides said. The two navies agreed to stop firing on Monday.")
    assert [(f["state_1"], f["state_2"]) for f in _truces(text)] == [("BLZ", "HND")]


def test_joint_statement_help_to_handle_the_border_issue():
    text = ("Myanmar and Thailand traded fire at the border last month. The Chinese side reaffirmed that it stands ready "
            "to continue to provide help, within its capacity, for Myanmar and Thailand to properly handle their "
            "border issues through dialogue and consultation.")
    assert ("offer", "CHN", frozenset({"MMR", "THA"})) in _offers(text)


def test_help_to_rebuild_is_no_offer():
    text = ("Myanmar and Thailand traded fire at the border last month. The Chinese side said it stands ready to "
            "continue to provide help for Myanmar and Thailand to rebuild schools after the floods.")
    assert not _offers(text)


# --- two truces of one pair, told apart by any stated dates --------------------------------------------------

def test_a_background_truce_months_before_is_a_record_of_its_own():
    text = ("Uganda and South Sudan agreed on Monday to stop firing near Kerwa. They recalled the truce the two "
            "armies agreed in March 2024 after the last round of clashes.")
    got = sorted((f["date_start"], f["date_precision"]) for f in of(run(text), "ceasefires"))
    assert got == [("2024-03-01", "month"), ("2025-06-16", "day")]


def test_a_truce_dated_this_month_and_on_a_day_of_it_is_one_truce():
    # trap: "earlier this month" overlaps the day it names later: one truce, not two
    text = ("Uganda and South Sudan agreed a ceasefire earlier this month. The truce, agreed on 2 June in Kampala, "
            "has held.")
    assert len(of(run(text), "ceasefires")) == 1
