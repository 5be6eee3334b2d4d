"""Round 41. Part one, written before dev96, dev97 and heldout38 arrived, on the misses of the studied corpora: a
live page's entry that no words date tells what happened on the page's day, a truce ("14:20 – Egypt's armed forces
have ordered all Egyptian units in the area to hold fire"), dated before the truces of one pair are told apart by
their dates, and a figure ("16:30 – ... as many as three Myanmar sailors were wounded in the exchange"); the day a
truce held "until" is its end, not its start ("On 3 September ... the commanders of the two flotillas agreed over a
radio link to stop firing – an arrangement that held until this morning"); a digest's heading in capitals dates
the day's item ("MONDAY - Moldovan Prime Minister Vitalie Ursu held talks in Budapest")."""
from __future__ import annotations

import datetime as dt

from diprel.extract import dates
from extract_support import dated_pairs, rule_fields, rule_truces, run

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
