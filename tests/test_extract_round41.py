"""Round 41. Part one, written before dev96, dev97 and heldout38 arrived, on the misses of the studied corpora: a
live page's entry that no words date tells what happened on the page's day, a truce ("14:20 – Egypt's armed forces
have ordered all Egyptian units in the area to hold fire"), dated before the truces of one pair are told apart by
their dates, and a figure ("16:30 – ... as many as three Myanmar sailors were wounded in the exchange"); the day a
truce held "until" is its end, not its start ("On 3 September ... the commanders of the two flotillas agreed over a
radio link to stop firing – an arrangement that held until this morning"); a digest's heading in capitals dates
the day's item ("MONDAY - Moldovan Prime Minister Vitalie Ursu held talks in Budapest").

Part two, read on dev96 and dev97 after their first scores: a bulletin's serial number is no count ("BULLETIN No. 5 on
persons injured"); a one-sentence lede's truce takes the day the next paragraph says it took effect; a day the
sentence puts days before a mediation does not date it; talks a future day dates are no meeting; past the lede, the
state a sentence opens on is not its speaker's; a humanitarian pause the two sides observed is a truce, and who
proposed it its broker; a truce "never implemented" is none; talks between one named at length ("Oman's
Undersecretary of the Ministry of Interior, Hilal al-Harthy, and ...") and another pair them; nomads are civilians;
"A shepherd from the village" is one of the village the text named, whose state is the article's own."""
from __future__ import annotations

import datetime as dt

from diprel.extract import dates, numbers
from extract_support import dated_pairs, rule_fields, rule_figures, rule_truces, run

SEP15 = dt.date(2026, 9, 15)
LIVE = ("LIVE: Egyptian and Turkish warships exchange fire south-east of Cyprus\n\n"
        "Cyprus Evening Mail – live blog, Tuesday 15 September 2026\n\n"
        "20:10\nA quick summary of the day:\n"
        "• Egyptian and Turkish naval units exchanged fire this morning in waters claimed by both countries.\n"
        "• A truce took effect at 18:00 and appears to be holding.\n\n"
        "14:20\nEgypt's armed forces have ordered all Egyptian units in the area to hold fire, the military spokesman "
        "said.\n\n"
        "13:05\nTurkey's defence ministry says two Turkish sailors were killed in this morning's clash.\n\n"
        "11:45\nEgypt's military spokesman says one Egyptian naval officer was killed this morning.\n\n"
        "10:30\nSome background: this is not the first incident this month. On 3 September, after warning shots near "
        "the same survey area, the commanders of the two flotillas agreed over a radio link to stop firing – an "
        "arrangement that held until this morning, according to Greek and Cypriot officials.\n\n"
        "09:50\nWe are getting reports of an exchange of fire between an Egyptian frigate and a Turkish corvette.\n")


def test_a_live_pages_undated_truces_are_of_its_day_and_one_that_held_until_this_morning_of_its_own():
    assert rule_truces(run(LIVE, SEP15)) == [("bilateral", "EGY", "TUR", "2026-09-03"),
                                             ("bilateral", "EGY", "TUR", "2026-09-15"),
                                             ("unilateral", "EGY", "TUR", "2026-09-15")]


def test_a_report_that_is_no_live_page_leaves_a_truce_no_words_date_undated():
    text = ("NICOSIA, Sept 15 (Cyprus Wire) - Egyptian and Turkish warships have exchanged fire south-east of Cyprus, "
            "and an Egyptian frigate fired on a Turkish corvette.\n\n"
            "Egypt and Turkey agreed to a truce that took effect at 18:00 and appears to be holding, officials said.\n")
    assert rule_truces(run(text, SEP15)) == [("bilateral", "EGY", "TUR", None)]


def test_a_truce_that_held_until_a_day_is_dated_by_the_day_it_was_agreed():
    text = ("NICOSIA, Sept 15 (Cyprus Wire) - Egyptian and Turkish warships have exchanged fire south-east of Cyprus, "
            "and an Egyptian frigate fired on a Turkish corvette.\n\n"
            "On 3 September, after warning shots near the same survey area, the Egyptian and Turkish commanders agreed "
            "to stop firing – an arrangement that held until Monday, officials said.\n")
    assert rule_truces(run(text, SEP15)) == [("bilateral", "EGY", "TUR", "2026-09-03")]


NOV14 = dt.date(2026, 11, 14)
WEEK = ("BUCHAREST, Nov 14 (Danube Press Agency) - A summary of the week's main diplomatic events.\n\n"
        "MONDAY - Moldovan Prime Minister Vitalie Ursu held talks in Budapest with his Hungarian counterpart, Zoltán "
        "Kereszty, on a gas interconnector.\n\n"
        "TUESDAY - Polish President Tadeusz Wilk was received in Sofia by Bulgarian President Kiril Dimitrov.\n\n"
        "THURSDAY: The defence ministers of Romania and Slovakia held a video conference on air policing.\n")


def test_a_digests_weekday_headings_in_capitals_date_their_items():
    assert dated_pairs(run(WEEK, NOV14)) == [("2026-11-09", "HUN", "MDA"), ("2026-11-10", "BGR", "POL"),
                                             ("2026-11-12", "ROU", "SVK")]


def test_a_weekday_in_capitals_that_heads_no_item_is_no_date():
    text = "SUNDAY 16 AUGUST 2026\nSUNDAY FEATURE | The Red Sea Review\nMONDAY-FRIDAY talks are planned."
    assert [text[d.start:d.end] for d in dates.find(text, dt.date(2026, 8, 16))] == ["16 AUGUST 2026"]


OCT9 = dt.date(2026, 10, 9)
SITTWE = "Unconfirmed reports from Sittwe say as many as three Myanmar sailors were wounded in the exchange.\n"


def _figure_dates(text: str) -> list:
    return [(f["side_state"], f["count"], f["date_start"]) for f in rule_fields(run(text, OCT9), "casualty_figures")]


def test_a_live_pages_figure_no_words_date_is_of_its_day():
    # four entries after the masthead's date: too far back for the story's date to reach
    text = ("LIVE | Coast Guard ship fired on near Landfall Island\n\nThe Island Herald, Port Blair\n"
            "Friday, 9 October 2026 · Last updated 21:40 IST\n\n"
            "21:40\nThat is where we end our live coverage for tonight.\n\n"
            "20:30\nOfficials tell us the External Affairs Minister is likely to speak to his Myanmar counterpart.\n\n"
            "19:05\nThe Coast Guard ship has reached Port Blair escorted by two Indian Navy vessels.\n\n"
            "17:45\nAn opposition MP from the islands called for a special session of Parliament.\n\n"
            "16:30\n" + SITTWE + "\n07:15\nAn Indian Coast Guard ship came under fire from a Myanmar Navy vessel.\n")
    assert _figure_dates(text) == [("MMR", 3, "2026-10-09")]


def test_a_reports_figure_no_words_date_stays_undated():
    text = ("PORT BLAIR (Island Wire) - An Indian Coast Guard ship came under fire from a Myanmar Navy vessel near "
            "Landfall Island.\n\n" + SITTWE)
    assert _figure_dates(text) == [("MMR", 3, None)]


# Part two (a), read on dev96 and dev97 after their first scores

def test_a_bulletins_serial_number_is_no_count():
    text = ("MINISTRY OF HEALTH OF THE REPUBLIC OF LITHUANIA\n\nBULLETIN No. 5 on persons injured in the incidents on "
            "the state border with the Kaliningrad Region of the Russian Federation\n\n"
            "Two Lithuanian border guards were killed on 9 September.\n")
    assert [f["count"] for f in rule_fields(run(text, dt.date(2026, 9, 14), "LTU"), "casualty_figures")] == [2]


def test_a_serial_number_is_dropped_and_the_count_after_it_kept():
    assert [n.value for n in numbers.find("Communiqué No. 3: two soldiers were killed")] == [2]


GULF = ("Qatar, UAE agree Kuwait-brokered ceasefire after deadly coast guard clash\n\n"
        "DOHA/ABU DHABI, Sept 16 (Khaleej Wire) - Qatar and the United Arab Emirates have agreed to stop all hostile "
        "acts between their coast guards in waters north-west of Halul island, Kuwait's foreign ministry said on "
        "Wednesday.\n\nThe ceasefire took effect at 6 p.m. on Tuesday, the Kuwaiti ministry said in a statement.\n\n"
        "It was not the first such arrangement this year: in May, the two coast guards agreed to a ceasefire after an "
        "exchange of fire in the same waters, and it held until Saturday.\n")


def test_the_day_a_one_sentence_ledes_truce_took_effect_is_told_in_the_next_paragraph():
    # (undated, the lede's truce was May's told again)
    assert rule_truces(run(GULF, dt.date(2026, 9, 16))) == [("bilateral", "ARE", "QAT", "2026-05-01"),
                                                            ("mediated", "ARE", "QAT", "2026-09-15")]


MANBIJ = ("ISTANBUL, May 6 (Levant Press Agency) – A ceasefire between Syrian government forces and the Turkish army "
          "around the northern town of Manbij appeared to be holding on Wednesday, three days after Iraqi mediators "
          "brokered the deal.\n\nThe truce took effect at midnight on Sunday, according to a statement from the Iraqi "
          "foreign ministry.\n")


def _mediation_dates(text: str) -> list[tuple]:
    return sorted((f["mediator_state"], f["date_start"]) for f in rule_fields(run(text, dt.date(2026, 5, 6)),
                                                                              "mediation_offers"))


def test_a_day_the_sentence_puts_days_before_the_mediation_does_not_date_it():
    assert _mediation_dates(MANBIJ) == [("IRQ", "2026-05-03")]


def test_a_mediation_dated_by_its_own_words_is_one_record_of_that_day():
    text = MANBIJ.replace("three days after Iraqi mediators brokered the deal", "after Iraqi mediators brokered the "
                          "deal on Sunday")
    assert _mediation_dates(text) == [("IRQ", "2026-05-03")]


BHUTAN = ("DHAKA, Oct 22 (Bengal Wire) - The Foreign Secretary, Masud Karim, {} the Foreign Office Consultations with "
          "Bhutan in Thimphu {}.\n")


def test_talks_a_future_day_dates_are_no_meeting():
    assert dated_pairs(run(BHUTAN.format("will co-chair", "next week"), dt.date(2026, 10, 22), "BGD")) == []


def test_talks_a_past_day_dates_are_a_meeting():
    assert dated_pairs(run(BHUTAN.format("co-chaired", "last week"), dt.date(2026, 10, 22), "BGD")) == [
        ("2026-10-12", "BGD", "BTN")]


def test_the_state_a_sentence_past_the_lede_opens_on_is_not_the_speakers():
    text = ("KATHMANDU, Nov 17 (Himal Wire) - Two Nepali nationals were killed when artillery shells hit a compound "
            "near Myawaddy in Myanmar on Saturday, Nepal's foreign ministry said.\n\n"
            "Thailand has offered to act as a \"bridge\" between Kathmandu and Naypyitaw, Foreign Minister Rekha "
            "Shrestha told reporters after a telephone call with her Thai counterpart on Monday.\n")
    assert dated_pairs(run(text, dt.date(2026, 11, 17), "NPL")) == [("2026-11-16", "NPL", "THA")]


FLASH = ("IRAN/TÜRKİYE: Border clashes – Flash Update No. 3 (as of 2 September 2026)\n\n"
         "Fighting between Iranian and Turkish forces near Razi and Kapıköy killed at least 14 people last week.\n\n"
         "On 30 August the two sides {} a six-hour humanitarian pause, proposed by Iraq, which allowed Red Crescent "
         "teams to evacuate the wounded.\n")


def test_a_humanitarian_pause_the_two_sides_observed_is_a_truce_whose_proposer_is_no_party():
    assert rule_truces(run(FLASH.format("observed"), dt.date(2026, 9, 2))) == [("mediated", "IRN", "TUR",
                                                                                "2026-08-30")]


def test_a_pause_only_proposed_is_no_truce():
    text = FLASH.replace("the two sides {} a six-hour", "Iraq proposed a six-hour").replace(", proposed by Iraq,", "")
    assert rule_truces(run(text, dt.date(2026, 9, 2))) == []


def test_a_truce_its_clause_says_was_never_implemented_is_none():
    text = ("N'DJAMENA, June 8 - Chadian and Libyan troops clashed again near the border on Sunday.\n\n"
            "A 48-hour truce proposed by Niger on Tuesday was never implemented, officials said.\n")
    assert rule_truces(run(text, dt.date(2026, 6, 8))) == []


DOHA = ("MUSCAT, Nov 10 (Oman Observer) - Qatar's foreign ministry announced the agreement on Saturday evening after "
        "talks in Doha that day between Oman's Undersecretary of the Ministry of Interior, Hilal al-Harthy, and {}.\n")


def test_talks_between_one_titled_and_named_at_length_and_another_pair_them():
    assert dated_pairs(run(DOHA.format("Saudi Deputy Minister of Interior Fahd al-Otaibi"), dt.date(2026, 11, 10),
                           "OMN")) == [("2026-11-07", "OMN", "SAU")]


def test_a_name_after_a_title_is_no_second_party():
    # the one the talks were with is not named: no pair
    assert dated_pairs(run(DOHA.format("others"), dt.date(2026, 11, 10), "OMN")) == []



def test_nomads_killed_are_civilians():
    text = ("NOUAKCHOTT, Sept 8 (Sahara Wire) - Mauritanian officials said seven nomads were killed when Algerian "
            "shells hit their camp near Bir Moghrein.\n")
    assert rule_figures(run(text, dt.date(2026, 9, 8))) == [("MRT", "civilian", "killed", 7)]


KOKTAL = ("ALMATY, Sept 22 (Steppe Weekly) - Chinese artillery shelled the Kazakh border village of Koktal on Sunday, "
          "the Border Service said.\n\nResidents of Koktal said the shooting had resumed on Monday morning. {}\n")


def test_one_from_the_village_just_named_was_killed_of_the_articles_own_state():
    text = KOKTAL.format("A shepherd from the village was reportedly killed by a stray shell on the pastures.")
    assert rule_figures(run(text, dt.date(2026, 9, 22), "KAZ")) == [("KAZ", "civilian", "killed", 1)]


def test_one_from_the_village_whose_attackers_own_state_is_named_is_not_the_articles():
    # the sentence names the article's state as the side that fired: the villager is the other one's
    text = KOKTAL.format("A shepherd from the village was killed when a Kazakh patrol fired across the river.")
    assert rule_figures(run(text, dt.date(2026, 9, 22), "KAZ")) == [("CHN", "civilian", "killed", 1)]
