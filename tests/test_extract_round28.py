"""Round 28. Part one, written before dev70 and dev71 arrived, on the studied corpora, scored this time by the fields of
the records found as well as by the records: a visit's reception whose guest a venue or a time of day separates from
"by" ("received at the Palacio de López by President X", "received on Thursday morning by"); a family name with its
article capitalised where it opens a sentence ("Karim al-Ubaidi" ... "Al-Ubaidi was later received"), on the day
"later" points back to; a meeting's level where the text gives one party's rank only ("held talks with his Georgian
counterpart", "the two foreign ministers met"), kept out of what tells two encounters apart; and an offer a party
turns down in the sentences after it ("Poland's foreign ministry rejected the offer"), status rejected. Part two, read
on the misses and false alarms of dev70 and dev71 after their first scores: two states' forms joined before the people
who met ("Swedish and Russian fishery protection commanders met", "the commanders-in-chief of the Thai and Indian navies
spoke by telephone"); "for hosting and facilitating the talks held in Doha on ... between"; a capital closing a
person's name ("Defence Minister Augusto Rezende Lima"); "six of its soldiers had now been killed ..., up from four
dead reported on Sunday"; "one of its sergeants"; "Praia put the toll at four" (a rival count of the dead the text
already gave a side); "the arrangement reached by the commanders ... on 24 June 2026 to cease all hostile acts";
"ready to help our Chinese and Turkmen partners"; "the offer made by His Excellency the President of the Republic"."""
from __future__ import annotations

import datetime as dt

from extract_support import dated_pairs, rule_figures, rule_fields, rule_mediations, rule_truces, run

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


# --- Part two. Meetings: two states' forms before their people; talks a third state facilitated -------------------

def test_two_forms_joined_before_the_people_who_met_are_the_pair():
    text = ("STOCKHOLM, Sept 15 - Swedish and Russian fishery protection commanders met at the Russian port of "
            "Baltiysk on Monday afternoon.\n")
    assert dated_pairs(run(text, _PUB)) == [("2026-09-14", "RUS", "SWE")]
    navies = ("BANGKOK, Sept 15 - On Monday the commanders-in-chief of the Thai and Indian navies spoke by "
              "telephone.\n")
    assert dated_pairs(run(navies, _PUB)) == [("2026-09-14", "IND", "THA")]


def test_two_forms_before_fishermen_who_met_are_no_states_meeting():
    text = ("STOCKHOLM, Sept 15 - Swedish and Russian fishermen met at the Russian port of Baltiysk on Monday "
            "afternoon.\n")
    assert dated_pairs(run(text, _PUB)) == []


def test_talks_a_third_state_hosted_and_facilitated_were_held():
    text = ("Addis Ababa, 15 September 2026. The Chairperson commends the State of Qatar for hosting and facilitating "
            "the talks held in Doha on 10 and 11 September 2026 between the delegations of the Sudan and Saudi "
            "Arabia.\n")
    assert ("2026-09-10", "SAU", "SDN") in dated_pairs(run(text, _PUB))


def test_talks_a_third_state_is_urged_to_keep_facilitating_are_still_to_come():
    text = ("Addis Ababa, 15 September 2026. The Chairperson urges the State of Qatar to keep facilitating talks "
            "between the delegations of the Sudan and Saudi Arabia.\n")
    assert dated_pairs(run(text, _PUB)) == []


# --- Part two. Actors: a capital closing a person's name --------------------------------------------------------

_PARAMARIBO = ("ORIXIMINÁ, Sept 15 - A broader ceasefire followed on the Suriname border. On Thursday, Brazil's Defence "
               "Minister Augusto Rezende Lima flew to Paramaribo and held talks with his Surinamese counterpart, Ingrid "
               "Sewdien-Kartosen; the two ministers announced a ceasefire along the whole border from noon on Friday.\n")


def test_a_capital_closing_a_persons_name_is_no_state():
    assert [t[1:3] for t in rule_truces(run(_PARAMARIBO, _PUB))] == [("BRA", "SUR")]


def test_a_capital_after_in_is_still_its_state():
    text = ("SANTIAGO, Sept 15 - Chile's Foreign Minister Ana Souza held talks in Lima on Monday with Peru's Foreign "
            "Minister Rosa Valdivieso.\n")
    assert dated_pairs(run(text, _PUB)) == [("2026-09-14", "CHL", "PER")]


# --- Part two. Casualty figures: a toll so far, a rank, a rival count --------------------------------------------

def test_a_toll_told_so_far_counts_and_the_one_it_rose_from_does_not():
    text = ("VIENTIANE, Sept 15 - Laos' Ministry of National Defence said six of its soldiers had now been killed in "
            "the clashes near the village of Ban Huay Lom on Saturday, up from four dead reported on Sunday.\n")
    assert rule_figures(run(text, _PUB)) == [("LAO", "military", "killed", 6)]


def test_sergeants_are_soldiers():
    text = "BRASILIA, Sept 15 - The Brazilian Army said one of its sergeants was wounded in the same exchange.\n"
    assert rule_figures(run(text, _PUB)) == [("BRA", "military", "injured", 1)]


def test_a_capital_putting_the_toll_of_the_other_sides_dead_counts_them_for_that_side():
    text = ("PRAIA, Sept 15 - Cabo Verde and Senegal traded blame for the clash at sea. Dakar says six of its "
            "fishermen were killed; Praia put the toll at four, and said three of its coast guard personnel were "
            "injured by flares thrown from the boats.\n")
    assert rule_figures(run(text, _PUB)) == [("CPV", "military", "injured", 3), ("SEN", "civilian", "killed", 6),
                                             ("SEN", "unspecified", "killed", 4)]


# --- Part two. Ceasefires: an arrangement reached, dated inside ---------------------------------------------------

def test_an_arrangement_reached_to_cease_hostile_acts_is_a_truce_of_its_own_day():
    text = ("Luang Namtha, 15 September 2026. The two Sides noted that the Lao border units had unilaterally suspended "
            "all firing from 18:00 hours on 2 September 2026, and welcomed the arrangement reached by the commanders of "
            "the border units of China and Laos on 4 September 2026 to cease all hostile acts.\n")
    assert rule_truces(run(text, _PUB)) == [("bilateral", "CHN", "LAO", "2026-09-04"),
                                            ("unilateral", "CHN", "LAO", "2026-09-02")]


def test_an_arrangement_named_before_its_own_agreement_keeps_that_agreements_day():
    text = ("TBILISI, Sept 15 - Georgian and Azerbaijani border commanders agreed on Monday to stop firing near the "
            "monastery. It is the second such arrangement this year: the two border services first agreed to stop "
            "shooting on 11 April.\n")
    assert [t[3] for t in rule_truces(run(text, _PUB))] == ["2026-04-11", "2026-09-14"]


# --- Part two. Mediation: two partners by their forms, an offer made by His Excellency ----------------------------

def test_an_offer_to_help_two_partners_named_by_their_forms():
    text = ("ASTANA, Sept 15 - Foreign Minister Daniyar Seitkali said on Monday that Kazakhstan \"remains ready to help "
            "our Chinese and Turkmen partners whenever they need it\".\n")
    assert rule_mediations(run(text, _PUB)) == [("offer", "KAZ", "CHN", "TKM")]


def test_help_for_one_partner_is_no_mediation():
    text = ("ASTANA, Sept 15 - Foreign Minister Daniyar Seitkali said on Monday that Kazakhstan \"remains ready to help "
            "our Chinese partners whenever they need it\".\n")
    assert rule_mediations(run(text, _PUB)) == []


def test_an_offer_made_by_his_excellency_the_president_of_a_release_is_its_states():
    text = ("Banjul, 15 September 2026 - Senegal and Cabo Verde agreed to cease hostilities at sea. The talks followed "
            "the offer made by His Excellency the President of the Republic on 1 September 2026 to host the two "
            "parties.\n")
    assert ("offer", "GMB", "CPV", "SEN") in rule_mediations(run(text, _PUB))
