"""Round 35. Part one, written before dev84 and dev85 arrived, on the studied corpora and scored by the fields of the
records found. A casualty figure its own clause leaves undated takes its date from the context, as the coders date
it: the nearest date of its sentence, else the closest sentence before it in its paragraph, or in the paragraphs
before when it points back at the event ("wounded in the same incident"). A date of saying dates the report, and of
an earlier sentence's dates the earliest is the event's. The date is borrowed after the merge, so that it never tells
two records of one figure apart. A meeting the classifier finds between officers it cannot place or name ("the
commander of the Akhaltsikhe sector and the commander of the opposite Turkish battalion met") is military's, when
the sentence ranks no one else. Part two, read on the misses and false alarms of dev84 and dev85 after their first
scores: an offer "to host the expert group" or "to support any process both our friends choose"; an attack on "a
Filipino seaweed farmers' village" names the side; "with effect from 12:00 on 4 October" dates a truce; "a Uruguayan
woman aged 43 was injured" is a figure; Iran's provincial "Governor-General of Hormozgan" receives for his state."""
from __future__ import annotations

import datetime as dt

from extract_support import levels, rated, rule_fields, rule_mediations, rule_truces, run

_PUB = dt.date(2026, 9, 10)  # a Thursday: "on Monday" is 2026-09-07


def _dates(text: str) -> list[tuple]:
    return sorted((f["side_state"] or "", f["outcome"], f["count"], f["date_start"])
                  for f in rule_fields(run(text, _PUB), "casualty_figures"))


def test_a_figure_takes_the_date_of_the_sentence_before_in_its_paragraph():
    assert _dates("At about 4.15 p.m. on Friday, 4 September, the Malaysian patrol vessel KD Perdana came under fire "
                  "from a Chinese coast guard cutter. Two Malaysian sailors were killed and three were injured.") \
        == [("MYS", "injured", 3, "2026-09-04"), ("MYS", "killed", 2, "2026-09-04")]


def test_a_figure_pointing_back_at_the_event_takes_its_date_across_paragraphs():
    text = ("On 2 September a Spanish detachment on Isla del Congreso came under fire from a Moroccan patrol boat.\n\n"
            "The ministry expressed its condolences to the families.\n\n"
            "Two Spanish soldiers were wounded in the same incident, the ministry said.")
    assert _dates(text) == [("ESP", "injured", 2, "2026-09-02")]


def test_a_figure_takes_the_date_of_another_clause_of_its_sentence():
    assert _dates("On 11 July a Cabo Verdean cutter fired on Senegalese pirogues near Sal; Senegal says six of its "
                  "fishermen were killed.") == [("SEN", "killed", 6, "2026-07-11")]


def test_a_paragraph_before_dates_no_figure_that_does_not_point_back():  # a trap
    text = ("On 12 August the two foreign ministers met in Rabat.\n\n"
            "Two Spanish soldiers were wounded near Ceuta, the ministry said.")
    assert _dates(text) == [("ESP", "injured", 2, None)]


def test_a_date_of_saying_before_dates_the_report_not_the_deaths():
    text = ("Libyan units crossed the border near Kouri Bougoudi on Sunday, Chad's army said on Tuesday. "
            "Three Chadian soldiers were killed.")
    assert _dates(text) == [("TCD", "killed", 3, "2026-09-06")]


def test_a_date_of_saying_alone_dates_no_figure():  # a trap
    text = ("Chad's army said on Tuesday that Libyan units had crossed the border near Kouri Bougoudi. "
            "Three Chadian soldiers were killed.")
    assert _dates(text) == [("TCD", "killed", 3, None)]


def test_of_the_dates_before_the_earliest_is_the_events():
    text = ("Troops exchanged fire near Apoera on Sunday, and the two commanders agreed on Monday to hold fire. "
            "Three Guyanese soldiers were wounded.")
    assert _dates(text) == [("GUY", "injured", 3, "2026-09-06")]


def test_a_borrowed_date_tells_no_two_records_apart():  # a trap
    text = ("Guyana mourns soldiers\n\n"
            "GEORGETOWN, Sept 10 (Wire) - Two Guyanese soldiers were killed near Apoera on Sunday, the army said.\n\n"
            "The two commanders met on Tuesday at the river. The army said two soldiers were killed by gunfire from "
            "the Surinamese bank.")
    assert _dates(text) == [("GUY", "killed", 2, "2026-09-06")]


def _classified_levels(text: str) -> list[tuple]:
    return sorted((c["fields"]["state_1"], c["fields"]["state_2"], c["fields"].get("level"))
                  for c in run(text, _PUB) if c["method"].startswith("rules:trigger_meetings"))


def test_officers_the_classifier_cannot_place_meet_at_military_level(monkeypatch):
    rated(monkeypatch, "meetings", ("met at the",))
    text = ("TBILISI, Sept 10 (Wire) - Georgia and Turkey agreed to cease fire on their border.\n\n"
            "At 07:30 on Tuesday, the commander of the Akhaltsikhe sector and the commander of the opposite Turkish "
            "border battalion met at the Vale crossing point.")
    assert _classified_levels(text) == [("GEO", "TUR", "military")]
    # trap: a sentence that ranks a civilian too is not the officers' alone
    assert _classified_levels(text.replace("the commander of the Akhaltsikhe sector",
                                           "the police chief of the Akhaltsikhe sector")) == [("GEO", "TUR", None)]
    # trap: a civil director general is no officer
    assert _classified_levels(text.replace("the commander of the Akhaltsikhe sector and the commander of the opposite "
                                           "Turkish border battalion",
                                           "the Georgian customs Director General and the Turkish customs "
                                           "director general")) == [("GEO", "TUR", None)]


# Part two, read on the misses and false alarms of dev84 and dev85 after their first scores.

def test_an_offer_to_host_an_expert_group_is_an_offer():
    text = ("SUVA, Sept 24 (Pacific Wire) - France and Vanuatu agreed to set up a group of experts on the islets.\n\n"
            "Fiji's Prime Minister had offered on Monday to host the expert group in Suva.")
    assert rule_mediations(run(text, _PUB)) == [("offer", "FJI", "FRA", "VUT")]
    # trap: a group of tourists is no service to the parties
    assert rule_mediations(run(text.replace("the expert group", "a group of tourists"), _PUB)) == []


def test_ready_to_support_any_process_the_two_choose_is_an_offer():
    text = ("WELLINGTON, Nov 26 (Wire) - Fiji and Tonga have traded protests over fishing at the Minerva Reefs.\n\n"
            "The foreign minister said New Zealand \u201cstands ready to support any process both our friends "
            "choose\u201d.")
    assert rule_mediations(run(text, _PUB)) == [("offer", "NZL", "FJI", "TON")]
    # trap: a process of its own is no help to the two
    assert rule_mediations(run(text.replace("any process both our friends choose", "the process of its own budget"),
                               _PUB)) == []


def test_a_kind_of_village_an_attack_hit_names_the_side():
    text = ("Provincial officials in Tawi-Tawi say 19 civilians were injured when stray rounds hit a Filipino seaweed "
            "farmers' village on Oct 12.")
    assert [f["side_state"] for f in rule_fields(run(text, _PUB), "casualty_figures")] == ["PHL"]


def test_an_office_of_that_kind_names_no_side():  # a trap
    text = ("At least six people died off the coast near Wimereux early on Wednesday, the French maritime prefecture "
            "for the Channel said.")
    assert [f["side_state"] for f in rule_fields(run(text, _PUB), "casualty_figures")] == [None]


def test_with_effect_from_dates_a_truce():
    text = ("Luanda, 4 October 2026\n\nThe Ministers of Defence of the Republic of the Congo and of the Democratic "
            "Republic of the Congo met in Luanda.\n\nThe Parties agreed on the complete cessation of all hostile acts "
            "on the river and on its banks, with effect from 12:00 on 4 October 2026, and on the withdrawal of heavy "
            "weapons within fifteen days.")
    assert rule_truces(run(text, dt.date(2026, 10, 4))) == [("bilateral", "COD", "COG", "2026-10-04")]


def test_one_person_with_an_age_after_the_noun_is_a_figure():
    text = ("Sosa, 19, was killed and a Uruguayan woman aged 43 was injured by stray bullets on Saturday, the Rivera "
            "police said.")
    found = rule_fields(run(text, _PUB), "casualty_figures")
    assert sorted((f["side_state"], f["outcome"], f["count"]) for f in found) \
        == [("URY", "injured", 1), ("URY", "killed", 1)]


def test_a_provincial_governor_general_receives_for_his_state():
    text = ("BANDAR ABBAS, Iran (Hormoz Daily) - Iran and Oman traded accusations over a fishing dhow.\n\n"
            "On Tuesday morning, Oman's ambassador in Tehran, Saif Al-Rawahi, travelled to Bandar Abbas and was "
            "received by the Governor-General of Hormozgan, Mohammad-Reza Kazemi, at the governorate.")
    assert levels(text, _PUB) == [("IRN", "OMN", "officials")]
