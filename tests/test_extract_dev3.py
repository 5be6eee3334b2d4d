"""Phenomena from development corpus 3: receptions "in his office", calls "later in the day", appositives and
speakers after the guest, pronoun subjects, and unilateral ceasefires declared by armed groups."""
from extract_support import of, pairs, run


def test_received_in_his_office():
    c = run("On Monday, Chilean Foreign Minister Ana Rojas received in her office her Peruvian counterpart, "
            "Luis Quispe, who came with a message from his president.")
    ms = of(c, "meetings")
    assert pairs(c) == {frozenset(("CHL", "PER"))}
    assert len(ms) == 1 and ms[0]["state_1"] == "PER" and ms[0]["format"] == "visit"


def test_received_at_headquarters():
    c = run("Kenyan Foreign Minister Jane Wambui received on Monday at the Ministry's headquarters in Nairobi "
            "her Ethiopian counterpart, Dawit Bekele.")
    assert pairs(c) == {frozenset(("ETH", "KEN"))}


def test_call_later_in_the_day():
    c = run("Norwegian Foreign Minister Kari Holm condemned the incident. She spoke by phone later in the day "
            "with her Swedish counterpart, Erik Lind, her office said.")
    ms = of(c, "meetings")
    assert pairs(c) == {frozenset(("NOR", "SWE"))} and ms[0]["format"] == "call"


def test_speaker_after_guest_is_no_second_party():
    c = run("Chilean Foreign Minister Ana Rojas spoke by telephone on Sunday with Peru's foreign minister, "
            "Luis Quispe, the Chilean foreign ministry said.")
    ms = of(c, "meetings")
    assert len(ms) == 1 and {ms[0]["actor_1"], ms[0]["actor_2"]} >= {"luis-quispe"}


def test_received_by_chief_of_staff_is_not_a_meeting():
    c = run("Chilean Foreign Minister Ana Rojas was also received by President Luis Quispe's chief of staff.")
    assert of(c, "meetings") == []


def test_unilateral_ceasefire_of_armed_group_is_not_a_state_ceasefire():
    c = run("Fighting between Ethiopia and Kenya killed ten soldiers on the border. "
            "The OLF last year declared a unilateral ceasefire that lasted about two weeks.")
    assert of(c, "ceasefires") == []


def test_unilateral_ceasefire_of_a_state_still_counts():
    c = run("Fighting between Ethiopia and Kenya killed ten soldiers on the border. "
            "Ethiopia declared a unilateral ceasefire with Kenya on Monday.")
    assert pairs(c, "ceasefires") == {frozenset(("ETH", "KEN"))}
