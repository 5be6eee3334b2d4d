"""Offices without a state, unusual casualty phrasings and passive receptions (dev2 round).

Made-up sentences in dyads the development corpora do not use, each with a trap
that must not fire.
"""
from __future__ import annotations

from extract_support import figures, pairs, run


def test_office_speaker_takes_the_state_named_with_that_office_before():
    got = run("YEREVAN, June 18 (Meridian) - A soldier was wounded on Monday, the Armenian defence ministry said.\n\n"
              "The defence ministry said on Tuesday that about 20 soldiers had been injured since January.")
    assert ("ARM", "military", "injured", 20, None) in figures(got)


def test_office_speaker_falls_back_to_the_dateline_state():
    got = run("BAKU, June 18 (Meridian) - Ten fishermen were injured, four of them seriously, when the boat was "
              "boarded on Monday, the border guard command said.")
    assert figures(got) == {("AZE", "civilian", "injured", 10, None)}  # "four of them seriously" is no figure


def test_speaker_with_a_relative_clause_and_a_demonym_speaker():
    got = run("Kyrgyzstan's State Committee for National Security, which commands the border troops, said three of "
              "its servicemen had died. Tajik border guards in Isfara said in a statement that one of their officers "
              "had been injured.")
    assert ("KGZ", "military", "killed", 3, None) in figures(got)
    assert any(f[0] == "TJK" and f[3] == 1 for f in figures(got))


def test_one_of_them_a_girl_and_the_village_names_the_side():
    got = run("Three villagers, one of them a nine-year-old girl, were killed and eight wounded when shells hit the "
              "Lao village of Ban Mai on Sunday, a governor said. A fourth villager reportedly died in hospital on "
              "Tuesday, local media said.")
    assert {("LAO", "civilian", "killed", 3, None), ("LAO", "civilian", "killed", 1, "children"),
            ("LAO", "civilian", "injured", 8, None)} <= figures(got)
    assert sum(1 for f in figures(got) if f[3] == 1 and f[4] is None and f[0] == "LAO") == 1  # the fourth villager


def test_partitive_share_put_at_and_number_who_died():
    got = run("An official said that four of the 23 herders rounded up by the Sudanese police were injured. "
              "Chadian outlets reportedly put the losses of the Chadian border troops at four dead. "
              "The number of our compatriots who died had risen to six, including two children.")
    got_f = figures(got)
    assert any(f[3] == 4 and f[2] == "injured" for f in got_f)
    assert ("TCD", "military", "killed", 4, None) in got_f
    assert any(f[3] == 6 and f[2] == "killed" for f in got_f)
    assert not any(f[3] == 23 for f in got_f)  # the group rounded up is no casualty figure


def test_lost_men_with_a_gapped_second_side_and_claimed_the_lives():
    got = run("The war claimed the lives of some 50,000 soldiers: Peru lost about 30,000 men and Ecuador about 20,000.")
    got_f = figures(got)
    assert (None, "military", "killed", 50000, None) in got_f
    assert any(f[:1] == ("PER",) and f[3] == 30000 for f in got_f)
    assert any(f[:1] == ("ECU",) and f[3] == 20000 for f in got_f)


def test_lost_equipment_is_no_figure():
    assert figures(run("Ecuador lost three aircraft and Peru two helicopters in the clash.")) == set()


def test_singular_forms_and_smugglers():
    got = run("An Indian fisherman lost his life after a collision. A Sri Lanka Navy sailor was injured in the same "
              "incident. Three smugglers were reportedly also killed, according to local media.")
    got_f = figures(got)
    assert ("IND", "civilian", "killed", 1, None) in got_f
    assert ("LKA", "military", "injured", 1, None) in got_f
    assert (None, "unspecified", "killed", 3, None) in got_f


def test_passive_reception_with_place_before_by():
    got = run("Ghana's Foreign Minister Kwame Mensah shuttled between the capitals. He was received on Thursday in "
              "Lome by Togo's Foreign Minister Koffi Adji, and on Friday in Ouagadougou by the head of Burkina "
              "Faso's military government, the presidency said.")
    assert {frozenset(("GHA", "TGO")), frozenset(("GHA", "BFA"))} <= pairs(got)


def test_a_platform_that_met_is_no_meeting_of_its_last_members():
    got = run("The regional platform, which brings together Azerbaijan, Iran, Armenia and Georgia, met in Istanbul "
              "last month without a breakthrough.")
    assert pairs(got) == set()


def test_office_alone_stands_for_the_outlets_own_state():
    got = run("THE STEPPE HERALD\n\nTashkent, 18 June 2025. The Head of our state held a telephone conversation "
              "yesterday with the President of the Republic of Kazakhstan.")
    assert pairs(got) == {frozenset(("UZB", "KAZ"))}
