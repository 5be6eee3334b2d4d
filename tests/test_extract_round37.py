"""Round 37. Part one, written before dev88, dev89 and heldout34 arrived, on the studied corpora and scored by the
fields of the records found. Three dates the reader did not see or read the wrong way: a factbox's entry that opens
with its day ("AUG 14 - A patrol boat fires on ...") was taken for a dateline, though the story's dateline came
before it; a European release's "On 14.09.2026" was no date at all; and a day without a year that the text puts
ahead ("agreed to open the crossing ... from 1 October" in August, "to meet again on 3 November") was read as that
day last year, a past day that a meeting or an offer then borrowed. Then, on the studied corpora still, two changes
to whose claim a figure is: an interview's answer ("KAMAU: Six of our people were killed") is the interviewee's, a
spokesperson's briefing keeps its own voice; a bulletin's "That is according to the Armed Forces of Honduras" sources
the figure before it. Part two, read on the misses and false alarms of dev88 and dev89 after their first scores:
"liaison officers"; "crossed the border to meet"; "Thai and Myanmar military officers"; "Senior Lieutenant General";
"signed the previous evening in the Vietnamese border town of Bo Y by A and B"; "She and Estonia's X, she said, met"
and a "she" that follows a sentence opened by "she"; one day over a span when two tellings of a record merge; "Two
fishermen were reportedly killed" is no one's named claim; "A local truce agreed by the two sides' sector
commanders"; "the commitment made ... to hold fire"; "a unilateral pause in their military operations"; "agreed to
stop a week of gunfire"; "offered both governments Peru's good offices" and "our brothers in Bolivia and Brazil"; a
session of the Security Council is no meeting of two."""
from __future__ import annotations

import datetime as dt

from extract_support import of, rule_fields, run

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


# Part two


def _meetings(text: str, published: dt.date = dt.date(2026, 10, 15)) -> list[tuple]:
    return sorted((f["state_1"], f["state_2"], f["date_start"]) for f in rule_fields(run(text, published), "meetings"))


def test_liaison_officers_who_met():
    assert _meetings("Jordanian and Israeli liaison officers met at the crossing on Wednesday morning.") \
        == [("JOR", "ISR", "2026-10-14")]


def test_liaison_officers_still_to_meet():  # trap
    assert _meetings("Jordanian and Israeli liaison officers will meet at the crossing next week.") == []


def test_a_journey_made_to_meet():
    text = ("Guinea-Bissau's defence minister, Domingos Mendes Indjai, crossed the border on Thursday to meet his "
            "Senegalese counterpart, General Mamadou Lamine Faye, in Ziguinchor.")
    assert _meetings(text) == [("GNB", "SEN", "2026-10-15")]


def test_a_meeting_only_intended_or_agreed():  # trap
    for text in ("Guinea-Bissau's defence minister agreed on Thursday to meet Senegal's defence minister.",
                 "Guinea-Bissau's defence minister is expected to travel to Dakar to meet Senegal's defence minister."):
        assert _meetings(text) == []


def test_a_demonym_and_a_states_name_before_one_noun():
    assert _meetings("Thai and Myanmar military officers met at the bridge on Saturday.") \
        == [("THA", "MMR", "2026-10-10")]


def test_a_demonym_and_a_name_before_no_noun_of_office():  # trap
    assert _meetings("Thai and Myanmar fishermen met at the bridge on Saturday.") == []


def test_a_senior_lieutenant_general_is_a_rank():
    text = ("The ceasefire took effect at noon on Sunday. Vietnam's deputy defence minister, Senior Lieutenant General "
            "Dang Minh Khoa, chaired the talks between Cambodia and Laos, Vietnam's defence ministry said.")
    assert [(f["mediator_state"], f["party_1_state"], f["party_2_state"])
            for f in rule_fields(run(text, dt.date(2026, 10, 6)), "mediation_offers")] == [("VNM", "KHM", "LAO")]


def test_signed_the_previous_evening_in_a_border_town_by_two():
    text = ("The ceasefire took effect at noon on Sunday under an agreement signed the previous evening in the "
            "Vietnamese border town of Bo Y by Cambodia's deputy army commander, General Sok Vanna, and Laos's deputy "
            "chief of the general staff, Major General Khamphet Sisouk.")
    assert _meetings(text, dt.date(2026, 10, 6)) == [("KHM", "LAO", "2026-10-03")]


def test_signed_in_a_border_town_by_one():  # trap
    text = ("The agreement was signed in the Vietnamese border town of Bo Y by Cambodia's deputy army commander, "
            "General Sok Vanna, before it was sent to Vientiane.")
    assert _meetings(text, dt.date(2026, 10, 6)) == []


_SAEIMA = ("Riga Morning Post, 16 October 2026\n\n"
           "Foreign Minister Ilze Kalniņa opened the debate with what she called a year of neighbourhood diplomacy. "
           "She reminded deputies that she had travelled to Kyiv on 5 October, where she held talks with Ukraine’s "
           "Foreign Minister Oleh Marchenko. She and Estonia’s Kristjan Saar, she said, {verb} in September in the twin "
           "town of Valga-Valka.")


def test_she_and_another_she_said_met():
    pairs = {(f["state_1"], f["state_2"]) for f in rule_fields(
        run(_SAEIMA.format(verb="met"), dt.date(2026, 10, 16), "LVA"), "meetings")}
    assert pairs == {("LVA", "UKR"), ("LVA", "EST")}


def test_she_and_another_she_said_will_meet():  # trap
    pairs = {(f["state_1"], f["state_2"]) for f in rule_fields(
        run(_SAEIMA.format(verb="will meet"), dt.date(2026, 10, 16), "LVA"), "meetings")}
    assert pairs == {("LVA", "UKR")}


def _truces(text: str, published: dt.date) -> list[tuple]:
    return sorted((f["state_1"], f["state_2"], f["date_start"], f["kind"])
                  for f in rule_fields(run(text, published), "ceasefires"))


def test_a_day_dates_a_truce_over_a_span_told_first():
    text = ("Between 6 and 12 September, Latvian and Russian border guards exchanged fire near Zilupe. A local "
            "ceasefire now broadly holds.\n\nOn 8 September, Latvian and Russian border representatives met face to "
            "face at the Terehova crossing and agreed to cease fire along the section.")
    assert [t[2] for t in _truces(text, dt.date(2026, 9, 24))] == ["2026-09-08"]


def test_a_stated_span_still_dates_a_truce_over_a_relative_day():  # trap: the basis comes first
    text = ("From 6 to 12 September 2026, Latvian and Russian border guards agreed to cease fire along the section.\n\n"
            "On Tuesday, Latvian and Russian border representatives agreed again to cease fire along the section.")
    assert [t[2] for t in _truces(text, dt.date(2026, 9, 10))] == ["2026-09-06"]  # Tuesday the 8th, in the span


def test_a_local_truce_of_sector_commanders_is_not_the_ministers():
    text = ("Tanzania and Mozambique agreed on Thursday to halt hostilities along the Ruvuma river, their defence "
            "ministers said.\n\nA local truce agreed by the two sides' sector commanders on Tuesday broke down within "
            "a day.")
    assert [t[2] for t in _truces(text, dt.date(2026, 10, 9))] == ["2026-10-06", "2026-10-08"]


def test_a_commitment_to_hold_fire():
    text = ("Kenya and Tanzania clashed in the Pemba Channel. The Secretary General noted with regret that the "
            "commitment made by the marine commanders of the two Partner States on 29 October 2026 to hold fire and "
            "suspend patrols in the disputed waters did not hold.")
    assert [t[2] for t in _truces(text, dt.date(2026, 11, 5))] == ["2026-10-29"]


def test_a_unilateral_pause_in_their_operations():
    text = ("The Israeli authorities had announced a unilateral pause in their military operations against Syria with "
            "effect from 0000 hours on 2 September 2026.")
    assert _truces(text, dt.date(2026, 9, 3)) == [("ISR", "SYR", "2026-09-02", "unilateral")]


def test_a_week_of_gunfire_stopped():
    text = "Lao and Myanmar military officers agreed on Saturday to stop a week of gunfire across the Mekong."
    assert _truces(text, dt.date(2026, 11, 24)) == [("LAO", "MMR", "2026-11-21", "bilateral")]


def test_a_call_to_stop_a_week_of_gunfire():  # trap
    text = "Thailand urged Lao and Myanmar officers to stop a week of gunfire across the Mekong."
    assert _truces(text, dt.date(2026, 11, 24)) == []


def test_a_figure_told_reportedly_is_no_claim_of_the_ministry_before():
    text = ("Mozambique's defence ministry said at least five Mozambican soldiers had died since Monday. Two "
            "fishermen were {how} killed by mortar fire on the river on Tuesday.")
    sides = {f["count"]: f["side_state"] for f in rule_fields(run(text.format(how="reportedly"),
                                                                  dt.date(2026, 10, 9)), "casualty_figures")}
    assert sides == {5: "MOZ", 2: None}
    # the trap: told plainly, the sentence goes on with the ministry's account
    sides = {f["count"]: f["side_state"] for f in rule_fields(run(text.format(how="also"), dt.date(2026, 10, 9)),
                                                              "casualty_figures")}
    assert sides == {5: "MOZ", 2: "MOZ"}


def test_good_offices_offered_to_both_governments():
    text = ("Allow me a word about our brothers in Bolivia and Brazil. The clashes on the Acre river have caused pain "
            "on both sides.\n\nOn 15 July our Foreign Ministry offered both governments Peru's good offices.")
    assert [(f["mediator_state"], f["party_1_state"], f["party_2_state"])
            for f in rule_fields(run(text, dt.date(2026, 7, 28), "PER"), "mediation_offers")] \
        == [("PER", "BOL", "BRA")]


def test_brothers_in_one_place_are_no_pair():  # trap
    text = "Allow me a word about our brothers in Santa Cruz and in Cochabamba, Bolivia."
    assert rule_fields(run(text, dt.date(2026, 7, 28), "PER"), "mediation_offers") == []


def test_a_session_of_the_security_council_is_no_meeting_of_two():
    # the retrained classifier took it for one: round 12's trap
    assert of(run("France chaired a session of the Security Council with Madagascar present.\n"), "meetings") == []
