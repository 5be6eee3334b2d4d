"""Round 43. Part one, written before dev100, dev101 and heldout40 arrived, on the misses of the studied corpora:
an offer "to send a neutral fisheries adviser to help the two governments settle" is the help the adviser brings;
talks "between senior officials of the two foreign ministries" are the story's pair's; "their videoconference of July
21" recalled, and "the commitments made at their videoconference of 12 June", are earlier meetings of the pair;
"Mexican consular and naval officials acted as intermediaries" is a conducted mediation (two words may qualify a
state's officials, and intermediaries are many); "Brasília was available as a venue for talks" and "We are ready to
provide Ashgabat as a venue for dialogue" are offers, the capital offered the offerer's own where nothing before
names who offers; an offer to "help two friends establish the facts" is one; "the talks between the two Governments
held in Wellington on 3 and 4 August" were an encounter, not a process; "the Deputy Foreign Ministers of the two
countries" are the pair's; "at least 11 people were injured" after "three Hungarian passengers were killed" are of
no state the text gives; an offer of "its “good offices”" is one, quote marks and all; one who "sat in on the talks
as mediator" mediated them; "The thaw owes much to Kuwait. Its foreign minister, ..." is Kuwait's minister; a truce
is "an arrangement under which both navies would “cease all hostile action”", both sides' halt that one side announced
or their statement "says" ("both sides would “cease all armed action”"), and one side's forces who would "“cease all
offensive operations”" (the quote mark before the verb) or "all its ships" that would hold fire."""
from __future__ import annotations

import datetime as dt

from extract_support import dated_pairs, levels, rule_figures, rule_mediations, rule_truces, run

NOV13 = dt.date(2026, 11, 13)
PACIFIC = ("TOKYO, Nov 13 (Pacific Rim Press) - Micronesia and the Marshall Islands agreed on Thursday to release "
           "each other's detained fishing vessels.\n\n")


def test_an_offer_to_send_an_adviser_to_help_the_two_settle_is_an_offer():
    text = PACIFIC + ("Australia had offered in September to send a neutral fisheries adviser to help the two "
                      "governments settle the licensing question, but neither side took up the offer publicly.\n")
    assert rule_mediations(run(text, NOV13)) == [("offer", "AUS", "FSM", "MHL")]


def test_trap_an_offer_to_send_officers_to_help_monitor_a_deal_is_no_mediation():
    text = PACIFIC + ("Australia had offered in September to send naval officers to help monitor any deal, but neither "
                      "side took up the offer publicly.\n")
    assert rule_mediations(run(text, NOV13)) == []


NOV10 = dt.date(2026, 11, 10)
GULF = ("DJIBOUTI, Nov 10 (Horn Review) - On Sunday, Djibouti's foreign minister was received in Abu Dhabi by the "
        "UAE's Minister of State for Foreign Affairs.\n\n")


def test_talks_between_officials_of_the_two_foreign_ministries_are_the_pairs():
    text = GULF + ("Sunday's meeting followed a first round of talks between senior officials of the two foreign "
                   "ministries in Riyadh in September.\n")
    assert dated_pairs(run(text, NOV10)) == [("2026-09-01", "ARE", "DJI"), ("2026-11-08", "ARE", "DJI")]


def test_trap_a_meeting_of_officials_of_one_states_two_ministries_pairs_no_one():
    text = ("NAIROBI, Nov 10 (Horn Review) - Kenya's interior and defence ministries have quarrelled over the border "
            "budget.\n\nOn Monday there was a meeting of officials of the two ministries in Nairobi.\n")
    assert dated_pairs(run(text, NOV10)) == []


OCT9 = dt.date(2026, 10, 9)
READOUT = ("Mexico City, October 9, 2026\n\nForeign Secretary Valeria Montaño Ruiz held a working meeting yesterday "
           "with Jamaica's Minister of Foreign Affairs, Ms. Sharon Blake-Whitfield, who is on an official visit to "
           "Mexico.\n\n")


def test_a_videoconference_the_two_recalled_is_an_earlier_meeting():
    text = READOUT + "The two officials recalled their videoconference of July 21, in which they discussed the floods.\n"
    assert dated_pairs(run(text, OCT9, "MEX")) == [("2026-07-21", "JAM", "MEX"), ("2026-10-08", "JAM", "MEX")]


def test_the_commitments_made_at_their_videoconference_recall_an_earlier_meeting():
    text = READOUT + "The Ministers followed up on the commitments made at their videoconference of 12 June.\n"
    assert dated_pairs(run(text, OCT9, "MEX")) == [("2026-06-12", "JAM", "MEX"), ("2026-10-08", "JAM", "MEX")]


def test_trap_commitments_made_at_their_meeting_of_no_date_recall_none():
    text = READOUT + "The Ministers followed up on the commitments made at their last meeting.\n"
    assert dated_pairs(run(text, OCT9, "MEX")) == [("2026-10-08", "JAM", "MEX")]


def test_officials_qualified_by_two_words_who_acted_as_intermediaries_mediated():
    text = READOUT + ("Mexican consular and naval officials acted as intermediaries between the Jamaican and Belizean "
                      "authorities during the ten days the fishermen were held in Belize City.\n")
    assert rule_mediations(run(text, OCT9, "MEX")) == [("conducted", "MEX", "BLZ", "JAM")]


def test_trap_two_demonyms_joined_by_and_are_still_two_bodies():
    text = READOUT + "Guatemalan and Belizean naval officials met at the Sarstún river on Tuesday.\n"
    assert ("2026-10-06", "BLZ", "GTM") in dated_pairs(run(text, OCT9, "MEX"))


OCT7 = dt.date(2026, 10, 7)
TRAWLER = ("MONTEVIDEO, Oct 7 (Agencia del Plata) - A crewman of a Chilean trawler has died after a Uruguayan navy "
           "patrol vessel opened fire on the ship on Sunday.\n\n")


def test_a_capital_available_as_a_venue_for_talks_and_help_to_establish_the_facts_are_two_offers():
    text = TRAWLER + ('Paraguayan Foreign Minister Rodrigo Benítez offered on Tuesday to "help two friends establish '
                      'the facts", and Brazil said Brasília was available as a venue for talks "if both parties '
                      'wish".\n')
    assert rule_mediations(run(text, OCT7)) == [("offer", "BRA", "CHL", "URY"), ("offer", "PRY", "CHL", "URY")]


def test_trap_help_to_establish_a_business_is_no_offer():
    text = TRAWLER + "Paraguay offered on Tuesday to help two friends establish a fishing business in Asunción.\n"
    assert rule_mediations(run(text, OCT7)) == []


SEP2 = dt.date(2026, 9, 2)
PRESS = ("Ashgabat, 2 September 2026\n\nQuestion (Tulpar Radio): Fighting on the Kazakh–Chinese border last month "
         "claimed lives. Is Turkmenistan prepared to play a role?\n\n")


def test_the_capital_we_offer_as_a_venue_is_our_own():
    text = PRESS + ("President Annayev: We are ready to provide Ashgabat as a venue for dialogue between our Kazakh "
                    "and Chinese friends, if both sides consider it useful.\n")
    assert rule_mediations(run(text, SEP2)) == [("offer", "TKM", "CHN", "KAZ")]


def test_trap_a_stadium_offered_as_a_venue_for_a_final_is_no_offer():
    text = PRESS + "President Annayev: We are ready to provide Ashgabat as a venue for the football final.\n"
    assert rule_mediations(run(text, SEP2)) == []


SEP11 = dt.date(2026, 9, 11)
FORUM = "Kiribati and Nauru have quarrelled over the detention of two Nauruan-flagged purse seiners.\n\n"


def test_talks_between_the_two_governments_held_on_a_day_were_an_encounter():
    text = FORUM + ("Leaders thanked New Zealand for facilitating the talks between the two Governments held in "
                    "Wellington on 3 and 4 August 2026.\n")
    assert dated_pairs(run(text, SEP11)) == [("2026-08-03", "KIR", "NRU")]


def test_trap_talks_between_the_two_governments_that_collapsed_are_a_process():
    text = FORUM + "Leaders regretted that the talks between the two Governments collapsed in 2024.\n"
    assert dated_pairs(run(text, SEP11)) == []


AUG3 = dt.date(2026, 8, 3)
AUG11 = dt.date(2026, 8, 11)
CAIRO = "Egypt and Iran have long been at odds over the shipping lanes.\n\n"


def test_talks_of_the_deputy_foreign_ministers_of_the_two_countries_are_the_pairs():
    text = CAIRO + ("The two Ministers reviewed the round of talks held between the Deputy Foreign Ministers of the two "
                    "countries in Baghdad in May 2026.\n")
    assert levels(text, AUG3) == [("EGY", "IRN", "officials")]


def test_trap_talks_of_the_deputy_foreign_ministers_still_to_come_are_none():
    text = CAIRO + ("Talks between the Deputy Foreign Ministers of the two countries are expected in Baghdad next "
                    "month.\n")
    assert levels(text, AUG3) == []


def test_people_after_people_a_demonym_placed_are_of_no_state():
    text = ("BUDAPEST, Aug 11 (Danube Wire) - A German lorry hit a bus near Győr on Monday.\n\nHungarian police said "
            "three Hungarian passengers were killed and at least 11 people were injured in the collision.\n")
    assert rule_figures(run(text, AUG11)) == [("", "unspecified", "injured", 11), ("HUN", "civilian", "killed", 3)]


def test_trap_people_after_our_compatriots_are_ours():
    text = ("TASHKENT, Aug 11 (Ferghana Wire) - Tajik border guards opened fire near the Sokh enclave on Monday.\n\n"
            "According to the Ministry of Emergency Situations, the number of our compatriots who died had risen to "
            "six, and 23 people had received injuries of varying severity.\n")
    assert rule_figures(run(text, AUG11, "UZB")) == [("UZB", "unspecified", "injured", 23),
                                                     ("UZB", "unspecified", "killed", 6)]


NOV26 = dt.date(2026, 11, 26)
REEF = "WELLINGTON, Nov 26 (Pacific Newsletter) - Fiji and Tonga have quarrelled over the Minerva reefs since July.\n\n"


def test_good_offices_in_quote_marks_are_offered():
    text = REEF + "Wellington offered its “good offices” in early November.\n"
    assert rule_mediations(run(text, NOV26)) == [("offer", "NZL", "FJI", "TON")]


def test_trap_good_offices_in_quote_marks_declined_to_be_offered_are_none():
    text = REEF + "Wellington declined to offer its “good offices” in early November.\n"
    assert rule_mediations(run(text, NOV26)) == []


def test_one_who_sat_in_on_the_talks_as_mediator_mediated():
    text = GULF + ("Saudi Arabia's Deputy Foreign Minister, Waleed al-Sahli, sat in on the talks as mediator, according "
                   "to a Djiboutian official who attended.\n")
    assert rule_mediations(run(text, NOV10)) == [("conducted", "SAU", "ARE", "DJI")]


def test_trap_one_who_sat_in_on_the_talks_as_an_observer_did_not_mediate():
    text = GULF + ("Saudi Arabia's Deputy Foreign Minister, Waleed al-Sahli, sat in on the talks as an observer, "
                   "according to a Djiboutian official who attended.\n")
    assert rule_mediations(run(text, NOV10)) == []


OCT21 = dt.date(2026, 10, 21)
THAW = ("BEIRUT, Oct 21 (Beirut Observer) - On Monday, Lebanon's foreign minister held talks in Manama with his "
        "Bahraini counterpart, the first visit by a Lebanese minister to the kingdom since the rift began.\n\n")


def test_its_minister_after_a_sentence_naming_one_country_is_that_countrys():
    text = THAW + ("The thaw owes much to Kuwait. Its foreign minister, Fahad Al-Mutairi, shuttled between the two "
                   "capitals in September, carrying messages.\n")
    assert rule_mediations(run(text, OCT21)) == [("conducted", "KWT", "BHR", "LBN")]


def test_trap_its_minister_after_a_sentence_naming_two_countries_is_of_neither():
    text = THAW + ("The thaw owes much to Kuwait and Qatar. Its foreign minister, Fahad Al-Mutairi, shuttled between "
                   "the two capitals in September, carrying messages.\n")
    assert rule_mediations(run(text, OCT21)) == []


FONSECA = ("TEGUCIGALPA, Oct 9 (Gulf Wire) - Honduran and Salvadoran navies exchanged fire in the Gulf of Fonseca on "
           "Monday.\n\n")


def test_an_arrangement_under_which_both_navies_would_cease_fire_is_a_truce():
    text = FONSECA + ('At the end of the day they signed a four-point arrangement under which both navies would "cease '
                      'all hostile action" in the gulf from midnight.\n')
    assert rule_truces(run(text, OCT9)) == [("bilateral", "HND", "SLV", "2026-10-05")]


def test_trap_a_proposed_arrangement_under_which_both_would_cease_fire_is_none():
    text = FONSECA + ('Honduras tabled a proposed arrangement under which both navies would "cease all hostile action" '
                      'in the gulf from midnight.\n')
    assert rule_truces(run(text, OCT9)) == []


def test_both_sides_halt_that_a_statement_says_or_one_side_announced_is_a_truce():
    for words in ('Their joint statement says both sides would "cease all hostile acts" from noon on Oct 6.',
                  'The Honduran Navy announced that both sides would "cease all armed action" from noon on Oct 6.'):
        assert rule_truces(run(FONSECA + words + "\n", OCT9)) == [("bilateral", "HND", "SLV", "2026-10-06")]


def test_trap_both_sides_that_should_cease_fire_made_no_truce():
    text = FONSECA + 'The Honduran minister said both sides should "cease all hostile acts" at once.\n'
    assert rule_truces(run(text, OCT9)) == []


def test_one_sides_forces_that_would_cease_operations_or_its_ships_hold_fire_are_a_unilateral_truce():
    for words in ('Honduras\'s defence ministry declared that its forces would "cease all offensive operations" from '
                  "6 p.m. on Oct 6.",
                  "On Oct 6 the Ministry of Defence of Honduras announced that all its ships in the area would hold "
                  "fire unless fired upon."):
        assert rule_truces(run(FONSECA + words + "\n", OCT9)) == [("unilateral", "HND", "SLV", "2026-10-06")]


def test_trap_its_ships_that_would_return_fire_made_no_truce():
    text = FONSECA + ("On Oct 6 the Ministry of Defence of Honduras announced that all its ships in the area would "
                      "return fire if fired upon.\n")
    assert rule_truces(run(text, OCT9)) == []
