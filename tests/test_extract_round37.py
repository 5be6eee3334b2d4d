"""Round 37. Part one, written before dev88, dev89 and heldout34 arrived, on the studied corpora and scored by the
fields of the records found. Three dates the reader did not see or read the wrong way: a factbox's entry that opens
with its day ("AUG 14 - A patrol boat fires on ...") was taken for a dateline, though the story's dateline came
before it; a European release's "On 14.09.2026" was no date at all; and a day without a year that the text puts
ahead ("agreed to open the crossing ... from 1 October" in August, "to meet again on 3 November") was read as that
day last year, a past day that a meeting or an offer then borrowed."""
from __future__ import annotations

import datetime as dt

from extract_support import rule_fields, run

from diprel.extract import dates


def _figure_dates(text: str, published: dt.date) -> list:
    return sorted((f["count"], f["date_start"]) for f in rule_fields(run(text, published), "casualty_figures"))


def test_a_factbox_entry_dates_its_figures():
    text = ("PORT VILA, Nov 10 (Pacific Line) - Papua New Guinea and Vanuatu have been at odds since August over a "
            "longliner. Here are the main events:\n\n"
            "AUG 14 - A PNG patrol boat fires on and boards the longliner Santo Star. Vanuatu's government says one "
            "crew member was killed.")
    assert _figure_dates(text, dt.date(2026, 11, 10)) == [(1, "2026-08-14")]


def test_the_dateline_still_dates_no_event():
    # the trap: the dateline's day is the story's, not the event's, even when it opens its line
    text = ("Nov 10 (Pacific Line) - One Vanuatu crew member was killed when a PNG patrol boat fired on a "
            "longliner, Vanuatu's government says.")
    assert _figure_dates(text, dt.date(2026, 11, 10)) == [(1, None)]


def test_a_dotted_day_is_a_date():
    text = ("On 14.09.2026, at approximately 02:40, a team of Romanian border police officers intercepted a motor "
            "boat on the Danube. Two Romanian border police officers were injured.")
    assert _figure_dates(text, dt.date(2026, 9, 20)) == [(2, "2026-09-14")]


def test_a_decimal_or_an_impossible_day_is_no_date():
    # the trap: "2.5 km" and a month 13 are no days
    text = "The patrol covered 2.5 km of the river on 31.13.2026 and 1.5.20 of the channel."
    assert [r for r in dates.find(text, dt.date(2026, 9, 20)) if r.resolved] == []


def test_a_day_the_text_puts_ahead_is_no_past_day():
    # the meetings the next paragraph tells borrow the earliest day of this sentence: read as last October, "from 1
    # October" was it
    text = ("TBILISI - Armenia's and Turkey's special envoys held a fourth round of talks in Tbilisi on Monday and "
            "agreed to open the border crossing to holders of diplomatic passports from 1 October.\n\n"
            "Before the session, Georgia's Foreign Minister, Tamar Kiknadze, received the two envoys separately at the "
            "ministry, first Armenia's Vahan Grigoryan and then Turkey's Selim Aksoy.")
    met = {f["date_start"] for f in rule_fields(run(text, dt.date(2026, 8, 4)), "meetings") if "GEO" in
           (f["state_1"], f["state_2"])}
    assert met == {"2026-08-03"}
    one = dates.find("to meet again on 3 November.", dt.date(2026, 8, 4))[0]
    assert (one.date_start.isoformat(), one.future) == ("2026-11-03", True)


def test_a_day_without_a_cue_stays_last_year():
    # the trap: with no word that puts it ahead, "on 3 November" in August is last November
    one = dates.find("The two armies clashed on 3 November.", dt.date(2026, 8, 4))[0]
    assert (one.date_start.isoformat(), one.future) == ("2025-11-03", False)


def _claims(text: str, published: dt.date = dt.date(2026, 9, 10)) -> list[tuple]:
    return sorted((f["count"], f["certainty"], f["claimant"])
                  for f in rule_fields(run(text, published), "casualty_figures"))


def test_an_interview_answer_is_the_interviewees_claim():
    text = ("Radio Kaskazini (fictional) spoke to Kenya's Interior Minister Wanjiru Kamau.\n\n"
            "OTIENO: Minister, what happened on Saturday night?\n\n"
            "KAMAU: Armed raiders who came across from the Ethiopian side attacked two manyattas near Sololo. Six of "
            "our people were killed.")
    assert _claims(text) == [(6, "attributed", "wanjiru-kamau")]


def test_a_spokespersons_answer_is_the_briefings_own_voice():
    # the trap: a ministry's own transcript speaks for itself, as the coders code it
    text = ("Foreign Ministry Spokesperson Tan Yiming's Regular Press Conference on October 20, 2026\n\n"
            "Meridian: What's China's comment on the fishing boat?\n\n"
            "Tan Yiming: Two Chinese crew members lost their lives in the incident.")
    assert _claims(text, dt.date(2026, 10, 20)) == [(2, "asserted", None)]


def test_a_bulletins_source_told_after_its_figure():
    text = ("ANCHOR: Our top story. A Honduran soldier was killed in a gun battle with suspected drug traffickers "
            "near the border with Guatemala in the early hours of Monday. That is according to the Armed Forces of "
            "Honduras.")
    assert [c[1] for c in _claims(text)] == ["attributed"]


def test_a_figure_before_an_unrelated_according_to_stays_asserted():
    # the trap: only a sentence that opens "That is according to" points back at the figure
    text = ("A Honduran soldier was killed near the border on Monday. The army, according to the Honduran defence "
            "ministry, has sent reinforcements.")
    assert [c[1] for c in _claims(text)] == ["asserted"]
