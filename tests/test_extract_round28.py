"""Round 28. Part one, written before dev70 and dev71 arrived, on the studied corpora, scored this time by the fields of
the records found as well as by the records: a visit's reception whose guest a venue or a time of day separates from
"by" ("received at the Palacio de López by President X", "received on Thursday morning by"); a family name with its
article capitalised where it opens a sentence ("Karim al-Ubaidi" ... "Al-Ubaidi was later received"), on the day
"later" points back to; a meeting's level where the text gives one party's rank only ("held talks with his Georgian
counterpart", "the two foreign ministers met"), kept out of what tells two encounters apart; and an offer a party
turns down in the sentences after it ("Poland's foreign ministry rejected the offer"), status rejected."""
from __future__ import annotations

import datetime as dt

from extract_support import dated_pairs, rule_fields, run

_PUB = dt.date(2026, 9, 15)


# --- Meetings: a reception after a venue or a time of day, a capitalised "Al-", "later" -----------------------------

def test_a_reception_at_a_spanish_named_palace_is_a_meeting():
    text = ("ASUNCIÓN, Sept 15 - Brazil's Foreign Minister Renato Lins was also received on Monday at the Palacio de "
            "López by Paraguay's President Mario Benítez.\n")
    assert dated_pairs(run(text, _PUB)) == [("2026-09-14", "BRA", "PRY")]


def test_a_reception_on_thursday_morning_is_a_meeting():
    text = ("BAGHDAD, Sept 15 - Iranian Foreign Minister Hossein Rahimpour was received on Thursday morning by Iraq's "
            "Prime Minister Adnan al-Saadi.\n")
    assert dated_pairs(run(text, _PUB)) == [("2026-09-10", "IRN", "IRQ")]


def test_a_reception_by_a_palace_guard_is_still_no_meeting():
    text = ("ASUNCIÓN, Sept 15 - The convoy of Brazil's Foreign Minister Renato Lins was stopped at the Palacio de "
            "López by a Paraguayan police patrol.\n")
    assert dated_pairs(run(text, _PUB)) == []


_MANAMA = ("BAGHDAD, Sept 15 - Iraq's foreign minister flew to Manama on Monday for talks on the attack on Bahrain's "
           "embassy.\n\nForeign Minister Karim al-Ubaidi and Sheikh Rashid bin Ahmed discussed the protection of "
           "diplomatic missions, a statement said. Al-Ubaidi was later received by Bahrain's prime minister, the state "
           "news agency said.\n")


def test_a_family_name_capitalised_to_open_a_sentence_is_the_person_and_later_is_his_day():
    found = [f for f in rule_fields(run(_MANAMA, _PUB), "meetings") if f["actor_1"] == "karim-al-ubaidi"]
    assert [(f["state_1"], f["state_2"], f["date_start"]) for f in found] == [("IRQ", "BHR", "2026-09-14")]


# --- Meetings: the level of a counterpart, of "the two foreign ministers" ------------------------------------------

def test_a_counterpart_has_the_rank_of_the_one_he_meets():
    text = ("TBILISI, Sept 15 - Iranian Foreign Minister Mahmoud Rezaei-Farahani held talks with his Georgian "
            "counterpart, Levan Chikvaidze, in Tbilisi on Monday.\n")
    assert [f["level"] for f in rule_fields(run(text, _PUB), "meetings")] == ["ministerial"]


def test_the_two_foreign_ministers_are_ministers_and_their_deputies_officials():
    text = ("YEREVAN, Sept 15 - Armenia and Georgia agreed to reopen the Bagratashen crossing. The two foreign "
            "ministers met in Tbilisi on Monday.\n")
    assert [f["level"] for f in rule_fields(run(text, _PUB), "meetings")] == ["ministerial"]
    deputies = text.replace("two foreign ministers", "two deputy foreign ministers")
    assert [f["level"] for f in rule_fields(run(deputies, _PUB), "meetings")] == ["officials"]


def test_the_two_ministers_signing_after_their_talks_is_the_same_meeting():
    text = ("WINDHOEK, Sept 15 - Namibia's Foreign Minister Peya Mushelenga held talks with South Africa's Foreign "
            "Minister Naledi Pandor in Windhoek on Monday. The two Ministers signed a Memorandum of Understanding on "
            "shared watercourses.\n")
    assert dated_pairs(run(text, _PUB)) == [("2026-09-14", "NAM", "ZAF")]


# --- Mediation: an offer turned down --------------------------------------------------------------------------------

def _statuses(text: str) -> list[tuple]:
    return sorted((f["mediator_state"], f["status"]) for f in rule_fields(run(text, _PUB), "mediation_offers")
                  if f["kind"] == "offer")


def test_an_offer_rejected_in_a_later_sentence_is_rejected():
    text = ("WARSAW, Sept 15 - Hungarian Foreign Minister Gabor Kelemen said on Monday that Budapest was willing to "
            "facilitate dialogue between Warsaw and Minsk to ease the border crisis. Poland's foreign ministry rejected "
            "the offer on Tuesday.\n")
    assert _statuses(text) == [("HUN", "rejected")]


def test_a_party_that_does_not_need_intermediaries_turns_the_offer_down():
    text = ("BELGRADE, Sept 15 - Montenegro offered last week to host expert-level talks between Serbia and Bosnia and "
            "Herzegovina on the Drina border. Asked about the offer, the Serbian minister said Serbia \"does not need "
            "intermediaries to talk to its neighbours\".\n")
    assert _statuses(text) == [("MNE", "rejected")]


def test_a_rejected_accusation_or_an_idea_not_rejected_leaves_the_offer_made():
    text = ("ACCRA, Sept 15 - Ghana's foreign minister said on Monday that Accra was ready to facilitate dialogue "
            "between Burkina Faso and Cote d'Ivoire. Abidjan rejected the accusation of harbouring opponents, and "
            "Burkinabe officials say privately that they have not rejected the idea.\n")
    assert _statuses(text) == [("GHA", "made")]


def test_the_refusal_goes_to_the_latest_offer_and_an_earlier_refusal_to_none():
    text = ("ARUSHA, Sept 15 - Tanzania's foreign minister said on Monday that Dar es Salaam stood ready to help "
            "Burundi and Rwanda settle the border closure. When Uganda's foreign minister offered in March to host "
            "talks between Burundi and Rwanda in Entebbe, Gitega said it did not need intermediaries.\n")
    assert _statuses(text) == [("TZA", "made"), ("UGA", "rejected")]
    earlier = text.replace("When Uganda's", "Uganda's").replace(
        "in Entebbe, Gitega said it did not need intermediaries", "in Entebbe. Burundi has previously turned down a "
        "similar offer")
    assert _statuses(earlier) == [("TZA", "made"), ("UGA", "made")]
