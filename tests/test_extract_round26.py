"""Round 26. Part one, written before dev66 and dev67 arrived, on the encounters of one visit the studied corpora merged:
a host state's two principals told by office ("talks with the Prime Minister of Moldova", "was received by the President
of the Republic of Moldova") are two meetings though one is unnamed, while one person told by name and by office stays
one; "Before the joint meeting," dates an encounter to the day of the meeting just reported; and whom a visitor came at
the instance of ("flew to Ouagadougou at the instance of His Excellency the President and held talks") is not who held
the talks."""
from __future__ import annotations

import datetime as dt

from extract_support import run

_PUB = dt.date(2026, 8, 27)


def _meetings(cands: list[dict]) -> list[dict]:
    return [c["fields"] for c in cands if c["table"] == "meetings" and not c["method"].startswith("rules:trigger_")]


# --- Meetings: two principals of one host state, one of them unnamed ------------------------------------------------

_TWO_PRINCIPALS = ("The Prime Minister of the Republic of Moldova, Mr. Ion Rusu, and the Prime Minister of Romania, Mr. "
                   "Mihai Stan, co-chaired today, 27 August 2026, in Chișinău, the joint meeting of the two "
                   "Governments.\n\nBefore the joint meeting, Prime Minister Stan was received by the President of the "
                   "Republic of Moldova at the Presidency.\n\nLast week, the ministers of energy of the two countries "
                   "held a video conference on the gas supply.\n")


def test_a_visitor_received_by_a_second_principal_of_the_host_meets_twice_that_day():
    days = sorted(f["date_start"] for f in _meetings(run(_TWO_PRINCIPALS, _PUB)))
    assert days == ["2026-08-17", "2026-08-27", "2026-08-27"]


def test_the_reception_before_the_joint_meeting_is_dated_to_its_day():
    received = [f for f in _meetings(run(_TWO_PRINCIPALS, _PUB)) if f["actor_1"] is None or f["actor_2"] is None]
    assert [(f["date_start"], f["date_precision"]) for f in received if f["format"] == "visit"] \
        == [("2026-08-27", "day")]


# Trap: one principal told by name, then by office alone, is one meeting.
_ONE_PRINCIPAL = ("President Ion Rusu of Moldova received Romanian Prime Minister Mihai Stan in Chișinău on Wednesday. "
                  "\n\nThe President of the Republic of Moldova and Mr. Stan discussed energy and schools.\n")


def test_trap_one_principal_named_then_told_by_office_is_one_meeting():
    assert len(_meetings(run(_ONE_PRINCIPAL, _PUB))) == 1


# Trap: a headline's office is loose ("Defence Minister ... for talks with Burkinabè leader"), its meeting the body's.
_HEADLINE = ("Defence Minister in Ouagadougou for talks with Burkinabè leader\n\nOn Monday, the Minister for Defence, "
             "Hon. Kofi Mensah, of Ghana flew to Ouagadougou and held talks with the Burkinabè leader, Captain "
             "Issouf Traoré, at the Kosyam Palace.\n")


def test_trap_a_headlines_office_does_not_split_the_bodys_meeting():
    assert len(_meetings(run(_HEADLINE, _PUB))) == 1


# --- Meetings: whom the visitor came at the instance of -------------------------------------------------------------

_AT_THE_INSTANCE = ("On Monday, Ghana's Minister for Defence, Hon. Kofi Mensah, flew to Ouagadougou at the instance of "
                    "His Excellency the President and held talks with the Burkinabè leader, Captain Issouf Traoré, at "
                    "the Kosyam Palace.\n")


def test_the_one_at_whose_instance_a_minister_travelled_is_not_who_held_the_talks():
    [f] = _meetings(run(_AT_THE_INSTANCE, _PUB))
    assert (f["actor_1"], f["actor_2"]) == ("kofi-mensah", "captain-issouf-traore")
