"""Round 36. Part one, written before dev86 and dev87 arrived, on the studied corpora and scored by the fields of the
records found. A meeting or a truce its own clause leaves undated takes the day the story gives it, as the coders
date it and as a casualty figure already did: the nearest day of its sentence, else the earliest day of the closest
sentence before it, across paragraphs (a lede's "agreed late on Wednesday" dates the talks the next paragraph tells;
a live blog's entry dates the truce of the next). Only a day will do, never a date of saying, and in the meeting's
own sentence never a date its reader refused (an aside's, "a day after", "since"). Then, still on the studied corpora
only (written after dev86 and dev87 arrived and were scored, before any of their records was read): people who died
crossing or at sea ("27 people drowned when the overloaded boat overturned", "a van packed with migrants overturned,
killing five people") are civilians, as the coders code them; not "two smugglers", nor what "a migrant aid group"
says."""
from __future__ import annotations

import datetime as dt

from extract_support import rule_fields, run

_PUB = dt.date(2026, 9, 10)  # a Thursday: "on Monday" is 2026-09-07


def _met(text: str) -> list[tuple]:
    return sorted((f["state_1"], f["state_2"], f["date_start"], f["date_basis"])
                  for f in rule_fields(run(text, _PUB), "meetings"))


def _truces(text: str) -> list[tuple]:
    return sorted((f["state_1"], f["state_2"], f["date_start"]) for f in rule_fields(run(text, _PUB), "ceasefires"))


def test_a_meeting_takes_the_day_of_the_sentence_before():
    text = ("Brazil's Foreign Minister Renato Lins was in Asunción on Monday, where he held talks with his Paraguayan "
            "counterpart Rubén Ayala. Lins was also received at the Palacio de López by President Mario Benítez.")
    assert [m[2] for m in _met(text)] == ["2026-09-07", "2026-09-07"]


def test_a_meeting_takes_the_day_of_the_lede_across_paragraphs():
    text = ("Ethiopia and Somalia agreed late on Wednesday to end their row over sea access after talks in Ankara.\n\n"
            "Turkish President Tayyip Erdogan met separately with Somali President Hassan Sheikh Mohamud and "
            "Ethiopian Prime Minister Abiy Ahmed before bringing them together.")
    assert {m[2] for m in _met(text)} == {"2026-09-09"}


def test_a_meeting_takes_no_year_from_the_story():
    text = ("Uzbekistan and Turkmenistan have argued over the canal since the floods of 2021.\n\n"
            "The Uzbek foreign minister met his Turkmen counterpart in Ashgabat.")
    assert [m[3] for m in _met(text)] == ["publication"]


def test_a_truce_takes_the_day_the_story_told_in_the_paragraph_before():
    # round 2 kept truces to their paragraph; the coders of dev2-dev85 date such a truce by the day the story told
    # before it (a live blog's entry, a clash told in the paragraph above): 8 more truce dates agree, none fewer
    text = ("Kenya and Uganda clashed at the lake on 9 June.\n\nThe commanders agreed that the soldiers of both sides "
            "would hold their fire.")
    assert _truces(text) == [("KEN", "UGA", "2026-06-09")]


def test_a_truce_takes_no_day_of_saying():
    text = ("Kenya and Uganda clashed at the lake, Kenya's army said on Tuesday.\n\nThe commanders agreed that the "
            "soldiers of both sides would hold their fire.")
    assert _truces(text) == [("KEN", "UGA", None)]


def _populations(text: str) -> list[tuple]:
    return sorted((f["count"], f["population"]) for f in rule_fields(run(text, _PUB), "casualty_figures"))


def test_people_who_died_at_sea_or_crossing_are_civilians():
    assert _populations("At least six people died when an overcrowded boat carrying migrants capsized off the French "
                        "coast near Wimereux early on Wednesday.") == [(6, "civilian")]


def test_smugglers_who_drowned_are_no_civilians():
    assert _populations("Two smugglers drowned when their speedboat capsized off Otranto on Wednesday.") \
        == [(2, "unspecified")]


def test_people_killed_by_shelling_are_still_unspecified():
    assert _populations("Five people were killed when shells hit the border town of Kajokeji on Wednesday.") \
        == [(5, "unspecified")]
