"""Round 24. Part one, written before dev62 and dev63 arrived, on the false alarms of the studied corpora: the crew of a
craft a navy or coast guard boarded or fired on, counted by that force ("The Honduran navy's own statement says one
man died", after "a Honduran navy patrol boat fired on a Nicaraguan fishing boat"), are the craft's state's people, not the
force's; and "the Royal Bhutanese Consulate General, Kolkata" is a body, not a general named Kolkata."""
from __future__ import annotations

import datetime as dt

from extract_support import run

from diprel.extract.document import Document

_PUB = dt.date(2026, 8, 1)


def _counts(cands: list[dict]) -> set[tuple]:
    return {(c["fields"]["side_state"], c["fields"]["outcome"], c["fields"]["count"])
            for c in cands if c["table"] == "casualty_figures" and not c["method"].startswith("rules:trigger_")}


# --- Casualties: the crew of a craft a force at sea boarded or fired on --------------------------------------------------

_FIRED_ON = ("Honduran navy fires on Nicaraguan boat\n\nLast Monday, a Honduran navy patrol boat fired on a Nicaraguan "
             "fishing boat in the Gulf of Fonseca. The Honduran navy's own statement says one man died and another was "
             "wounded.\n")


def test_the_crew_a_navy_fired_on_are_the_crafts_people():
    assert ("NIC", "killed", 1) in _counts(run(_FIRED_ON, _PUB))


def test_trap_the_navys_own_crew_stay_its_own():
    text = _FIRED_ON.replace("one man died and another was wounded", "one of its sailors was wounded")
    assert ("HND", "injured", 1) in _counts(run(text, _PUB))


_BOARDED = ("OSLO, July 15 (Nordic Wire) - Norway's coast guard boarded a Russian trawler in the fisheries protection "
            "zone around Svalbard on Monday. Moscow called the inspection illegal and summoned Norway's ambassador. "
            "The Norwegian Coast Guard said only one fisherman had suffered a minor "
            "hand injury while the trawl was being hauled in.\n")


def test_the_fisherman_of_a_trawler_a_coast_guard_boarded_is_the_trawlers():
    assert ("RUS", "injured", 1) in _counts(run(_BOARDED, dt.date(2026, 7, 15)))


def test_trap_a_coast_guard_that_boarded_nothing_counts_its_own_fishermen():
    text = _BOARDED.replace("Norway's coast guard boarded a Russian trawler", "a Russian trawler rammed a Norwegian "
                            "fishing boat")
    assert ("NOR", "injured", 1) in _counts(run(text, dt.date(2026, 7, 15)))


_INTERCEPTED = ("Sulu Sea shooting\n\nThe Indonesian tuna boat was intercepted by a Philippine Navy patrol vessel "
                "south-west of Tawi-Tawi on 2 July. The Philippine Navy said that two individuals on board sustained "
                "fatal gunshot wounds.\n")


def test_a_craft_intercepted_by_a_navy_is_the_crafts_state():
    assert ("IDN", "killed", 2) in _counts(run(_INTERCEPTED, _PUB))


# --- Actors: a body named with a rank's word --------------------------------------------------------------------------

def _people(text: str) -> list[str]:
    doc = Document(text, _PUB)
    return [m.text for ms in doc.mentions for m in ms if m.kind == "person"]


def test_a_consulate_general_is_no_general():
    text = ("At 16:30 hrs, the Consul of the Royal Bhutanese Consulate General, Kolkata, Mr. Tshering Penjor, called "
            "on the Superintendent of Police.")
    assert not [p for p in _people(text) if "Kolkata" in p]


def test_trap_a_consul_general_and_a_brigadier_general_are_persons():
    text = ("The Consul General of India in Chittagong, Rahul Sen, called on Bangladeshi Brigadier General Karim "
            "Hossain on Monday.")
    people = _people(text)
    assert any("Rahul Sen" in p for p in people) and any("Karim Hossain" in p for p in people)
