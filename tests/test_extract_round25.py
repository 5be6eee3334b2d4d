"""Round 25. Part one, written before dev64 and dev65 arrived, on the people the studied corpora left without a state:
a portfolio title read to its end ("Minister of Foreign Affairs, Emigration and Egyptian Expatriates of the Arab Republic
of Egypt, H.E. Mr. Tarek Mansour"), so the name apposed after it is known when the text comes back to "Mr. Mansour";
a state's force in lower case ("the Chief of the General Staff of the Libyan army, General ..."); "the General Director
of the Albanian State Police" (no general) and "the Director of the Police Directorate"; "the Republic of the Union of
Myanmar"; the Burmese style "U" before a name ("H.E. U Kyaw Min Thant"). And the sentence classifier's second look
tells a meeting the text recalls ("their meeting ... in December 2025") from the one the rules found, when the rules'
only undated telling of the pair is a headline the body dates."""
from __future__ import annotations

import datetime as dt

from extract_support import run

from diprel.extract.document import Document

_PUB = dt.date(2026, 9, 10)


def _persons(text: str) -> list[tuple]:
    doc = Document(text, _PUB, None)
    return [(m.state, m.actor_id) for ms in doc.mentions for m in ms if m.kind == "person"]


def _rule_meetings(cands: list[dict]) -> set[tuple]:
    return {(frozenset((c["fields"]["state_1"], c["fields"]["state_2"])), c["fields"]["date_start"])
            for c in cands if c["table"] == "meetings" and not c["method"].startswith("rules:trigger_")}


def _meetings(cands: list[dict]) -> list[tuple]:
    return sorted((c["fields"]["date_start"], *sorted((c["fields"]["state_1"], c["fields"]["state_2"])))
                  for c in cands if c["table"] == "meetings")


# --- Actors: a portfolio title read to its end, and the name apposed after it -----------------------------------------

_PORTFOLIO = ("The Minister of Foreign Affairs, Trade and Development, Ms. Abena Owusu, held talks today with the "
              "Minister of Foreign Affairs, Emigration and Egyptian Expatriates of the Arab Republic of Egypt, H.E. "
              "Mr. Karim Sabry, at the Ministry.\n\nEarlier today, Mr. Sabry was received at the Jubilee House by "
              "the Vice President of Ghana.\n")


def test_the_name_after_a_long_portfolio_and_its_state_is_the_holders():
    assert ("EGY", "karim-sabry") in _persons(_PORTFOLIO)


def test_the_holder_named_again_by_surname_meets_a_second_host():
    ms = [c["fields"] for c in run(_PORTFOLIO, _PUB) if c["table"] == "meetings"
          and not c["method"].startswith("rules:trigger_")]
    assert sorted((f["actor_1"], f["actor_2"]) for f in ms if {f["state_1"], f["state_2"]} == {"EGY", "GHA"}) \
        == [("abena-owusu", "karim-sabry"), ("karim-sabry", None)]


def test_trap_a_portfolio_with_no_state_after_it_takes_its_own():
    text = "The Minister of Foreign Affairs, Emigration and Egyptian Expatriates, Mr. Karim Sabry, arrived on Monday.\n"
    assert ("EGY", "karim-sabry") in _persons(text)


# --- Actors: a state's force in lower case, a general director, a director of a state's service -----------------------

def test_a_chief_of_staff_of_a_demonyms_army_in_lower_case_is_that_states():
    text = ("He was received by the Chief of the General Staff of the Libyan army, General Khaled al-Mansuri, on "
            "Monday.\n")
    assert ("LBY", "khaled-al-mansuri") in _persons(text)


def test_a_general_director_of_a_states_police_is_that_states_official():
    text = ("The Director of the Police Directorate, Mr Goran Vuković, and the General Director of the Albanian State "
            "Police, Mr Artan Gjoka, met at the Sukobin crossing on Monday.\n")
    persons = _persons(text)
    assert ("ALB", "artan-gjoka") in persons
    assert (None, "goran-vukovic") in persons  # a director of a service the release's own state runs
    assert ("ALB", "director") not in persons and (None, "director") not in persons


def test_trap_a_hospitals_director_is_no_official():
    text = "The director of the regional hospital, Dr. Elda Marku, said three soldiers had been brought in.\n"
    assert _persons(text) == []


# --- Actors: a state's full style, a Burmese name ---------------------------------------------------------------------

_NPL_CALL = ("Government of Nepal\nMinistry of Foreign Affairs\n\nPress Release\n\nTelephone conversation between Hon. "
             "Foreign Minister and the Foreign Minister of the Republic of the Union of Myanmar\n\nHon. Dr. Sita Kumari "
             "Rana, Minister for Foreign Affairs, held a telephone conversation today with H.E. U Aung Min Htet, Union "
             "Minister for Foreign Affairs of the Republic of the Union of Myanmar.\n\nRecalling their meeting on the "
             "sidelines of the BIMSTEC Ministerial Meeting held in Bangkok, Thailand in December 2025, the two "
             "Ministers agreed to convene the next meeting of the Nepal–Myanmar Joint Commission at an early date.\n")


def test_the_republic_of_the_union_of_myanmar_is_myanmar():
    assert ("MMR", None) in _persons("Talks with the Foreign Minister of the Republic of the Union of Myanmar ended.\n")


def test_a_name_styled_u_is_a_name_and_the_call_a_rules_meeting():
    pubd = dt.date(2026, 2, 6)
    assert (frozenset(("NPL", "MMR")), "2026-02-06") in _rule_meetings(run(_NPL_CALL, pubd))


def test_trap_the_letter_u_of_us_is_no_style():
    text = "The U.S. envoy, Mark Ellison, met Nepal's foreign minister in Kathmandu on Monday.\n"
    assert ("USA", "mark-ellison") in _persons(text)


# --- The classifier's second look: a recalled meeting beside an undated headline --------------------------------------

def test_a_recalled_meeting_is_not_the_call_an_undated_headline_tells():
    assert _meetings(run(_NPL_CALL, dt.date(2026, 2, 6))) == [("2025-12-01", "MMR", "NPL"), ("2026-02-06", "MMR", "NPL")]


def test_trap_the_same_days_call_told_again_is_one_meeting():
    text = _NPL_CALL.replace("Recalling their meeting on the sidelines of the BIMSTEC Ministerial Meeting held in "
                             "Bangkok, Thailand in December 2025", "During the call today")
    assert _meetings(run(text, dt.date(2026, 2, 6))) == [("2026-02-06", "MMR", "NPL")]


# --- Actors: the nations of the United Kingdom ---------------------------------------------------------------------------

_TRAWLER = ("REYKJAVIK, Sept 9 (Nordic Wire) - Two crewmen on a Scottish trawler were injured on Tuesday when their "
            "vessel collided with an Icelandic coast guard patrol ship in disputed mackerel grounds.\n")


def test_a_scottish_trawlers_crew_are_british():
    cands = run(_TRAWLER, _PUB)
    assert [(f["side_state"], f["count"]) for f in (c["fields"] for c in cands if c["table"] == "casualty_figures")] \
        == [("GBR", 2)]


def test_trap_the_english_language_is_no_state():
    text = "The statement, issued in English, said the ferry had crossed the English Channel without incident.\n"
    assert [m.state for ms in Document(text, _PUB, None).mentions for m in ms] == []
