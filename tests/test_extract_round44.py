"""Round 44, part one, read on the studied corpora: a capital that "declared" a halt is its government; a first
understanding that "did not survive the first night" is a truce of its own, apart from the one agreed two days later;
"It is the second truce this month. The first, agreed on August 14 ..." and "The one agreed in Brasiléia on 19 June"
are the earlier truce; "the presidents spoke on the phone" are the pair the text has joined; "the hold-fire
arrangement" the commanders agreed at a meeting is the truce already told, not one dated by that meeting; "the Kenyan
fisherman who died", mourned in a statement, is a count of one; and the wounded a health ministry's bulletin says were
treated are its own state's."""
from __future__ import annotations

import datetime as dt

from extract_support import dated_pairs, rule_figures, rule_truces, run

AUG10 = dt.date(2026, 8, 10)
LAOS = ("VIENTIANE, Aug 10 (Mekong Wire) - Laos and China agreed on Sunday to stop all firing along their border "
        "near Boten, the Lao foreign ministry said.\n\n")


def test_a_capital_that_declared_a_halt_is_its_government():
    text = LAOS + ('It came two days after Beijing declared a unilateral halt to what it called "all forward '
                   'operations" on Friday evening.\n')
    assert ("unilateral", "CHN", "LAO", "2026-08-07") in rule_truces(run(text, AUG10))


def test_trap_a_capital_after_in_is_a_place_and_declares_nothing():
    text = LAOS + ('It came two days after officials in Beijing declared a unilateral halt to what they called "all '
                   'forward operations" on Friday evening.\n')
    assert [t for t in rule_truces(run(text, AUG10)) if t[0] == "unilateral"] == []


AUG28 = dt.date(2026, 8, 28)
RED_SEA = ("Saudi, Eritrean vessels clash again in Red Sea after local truce fails\n\n"
           "RIYADH, Aug 28 (Arabian News Wire) - Saudi and Eritrean naval vessels exchanged fire near the Farasan "
           "Islands late on Wednesday, Saudi Arabia's Border Guard said.\n\n")
THURSDAY = ("On Thursday the two navies agreed to halt all firing from 6 p.m., the Saudi defence ministry said in a "
            "brief statement.\n")


def test_an_understanding_that_did_not_survive_is_a_truce_apart_from_the_next():
    text = RED_SEA + ("The commanders of the two sides' naval units in the area agreed on Tuesday to hold their fire, "
                      'a Saudi officer in Jizan said, but the understanding "did not survive the first night".\n\n'
                      + THURSDAY)
    assert sorted(t[3] for t in rule_truces(run(text, AUG28))) == ["2026-08-25", "2026-08-27"]


def test_trap_an_understanding_told_with_no_failure_merges_with_the_truce_two_days_later():
    text = RED_SEA + ("The commanders of the two sides' naval units in the area agreed on Tuesday to hold their fire, "
                      "a Saudi officer in Jizan said.\n\n" + THURSDAY)
    assert len(rule_truces(run(text, AUG28))) == 1


AUG27 = dt.date(2026, 8, 27)
SUCHIATE = ("TAPACHULA, Aug 27 (Radio Frontera Sur) - Commanders of Mexico's National Guard and the Guatemalan Army "
            "agreed yesterday afternoon to stop firing along the river, after two nights of shooting.\n\n")


def test_the_first_of_a_second_truce_is_the_earlier_truce():
    text = SUCHIATE + ("It is the second truce this month. The first, agreed on August 14 by the same commanders, "
                       "lasted four days.\n")
    assert sorted(t[3] for t in rule_truces(run(text, AUG27))) == ["2026-08-14", "2026-08-26"]


def test_the_one_agreed_after_a_second_truce_is_the_earlier_truce():
    text = SUCHIATE + ("It is the second ceasefire on the river in less than a month. The one agreed in Ciudad "
                       "Hidalgo on 12 August, after a first exchange of fire, collapsed on Friday night.\n")
    assert sorted(t[3] for t in rule_truces(run(text, AUG27))) == ["2026-08-12", "2026-08-26"]


def test_trap_the_first_with_no_second_truce_counted_is_no_truce():
    text = SUCHIATE + ("Two treaties fix the river boundary. The first, signed on August 14, 1882, drew the line "
                       "along the deepest channel.\n")
    assert [t[3] for t in rule_truces(run(text, AUG27))] == ["2026-08-26"]


OCT10 = dt.date(2026, 10, 10)
PODCAST = ("NKOSI: Welcome back. The row between Namibia and Zimbabwe over transit fees is over, and the trucks are "
           "moving again.\n\n")


def test_the_presidents_who_spoke_on_the_phone_are_the_joined_pair():
    text = PODCAST + "MUTASA: Honestly, the presidents spoke on the phone in September, and that call unlocked it.\n"
    assert dated_pairs(run(text, OCT10)) == [("2026-09-01", "NAM", "ZWE")]


def test_trap_the_presidents_who_signed_after_the_talks_are_no_new_meeting():
    text = PODCAST + "MUTASA: Honestly, the presidents signed a joint statement on transit fees in September.\n"
    assert dated_pairs(run(text, OCT10)) == []


SEP18 = dt.date(2026, 9, 18)
SITREP = ("DAILY SITUATION REPORT, 18 September 2026\n\nThe hold-fire arrangement between the Romanian Naval Forces "
          "and the Turkish Coast Guard Command, which took effect at 06:00 on 15 September 2026, was respected "
          "throughout the reporting period.\n\n")
MET = ("On 14 September 2026, the Chief of the Naval Forces Staff met the Commander of the Turkish Coast Guard aboard a "
       "Romanian Navy frigate in the port of Constanța. The two commanders agreed on {} hold-fire arrangement and on a "
       "direct line between their operations centres.\n")


def test_the_hold_fire_arrangement_agreed_at_a_meeting_is_the_truce_already_told():
    assert [t[3] for t in rule_truces(run(SITREP + MET.format("the"), SEP18))] == ["2026-09-15"]


def test_trap_the_hold_fire_arrangement_told_first_takes_the_meetings_day():
    text = "DAILY SITUATION REPORT, 18 September 2026\n\n" + MET.format("the")
    assert [t[3] for t in rule_truces(run(text, SEP18))] == ["2026-09-14"]


NOV5 = dt.date(2026, 11, 5)
EAC = "ARUSHA, 5 November 2026\n\nThe Secretary General conveyed the Community's condolences to the family of "


def test_the_one_a_statement_mourns_who_died_is_a_count_of_one():
    for who in ("the Kenyan fisherman who died on 31 October 2026 when his boat was caught in renewed firing.",
                "the sailor of the Kenyan Navy who died of his wounds on 31 October 2026."):
        population = "military" if "sailor" in who else "civilian"
        assert rule_figures(run(EAC + who + "\n", NOV5)) == [("KEN", population, "killed", 1)]


def test_trap_the_one_who_survived_is_no_figure_and_the_one_told_again_is_the_same():
    assert rule_figures(run(EAC + "the Kenyan fisherman who survived the sinking on 31 October 2026.\n", NOV5)) == []
    text = ("ARUSHA, 5 November 2026\n\nA Kenyan fisherman was killed on 31 October 2026 when his boat was caught in "
            "renewed firing near Shimoni. The Secretary General conveyed his condolences to the family of the Kenyan "
            "fisherman who died.\n")
    assert rule_figures(run(text, NOV5)) == [("KEN", "civilian", "killed", 1)]


SEP14 = dt.date(2026, 9, 14)
BULLETIN = ("MINISTRY OF HEALTH OF THE REPUBLIC OF LITHUANIA\n\nBULLETIN No. 5 on persons injured in the incidents "
            "on the state border\n\nVilnius, 14 September 2026\n\n")


def test_a_health_ministrys_bulletin_counts_its_own_states_patients():
    text = BULLETIN + ("1. Since the first shooting incident near Kybartai on 9 September, 23 persons have been treated "
                       "for injuries related to the incidents.\n")
    assert rule_figures(run(text, SEP14)) == [("LTU", "unspecified", "injured", 23)]


def test_trap_a_bulletins_toll_of_two_nationalities_and_a_wire_keep_no_side():
    text = BULLETIN + ("1. Since 9 September, 23 persons have been treated for injuries, of whom 20 are Lithuanian "
                       "nationals and 3 Polish nationals.\n")
    assert ("", "unspecified", "injured", 23) in rule_figures(run(text, SEP14))
    wire = ("VILNIUS, Sept 14 (Baltic Wire) - Since the first shooting incident near the border, 23 persons have been "
            "treated for injuries, a spokeswoman for the Ministry of Health said.\n")
    assert rule_figures(run(wire, SEP14)) == [("", "unspecified", "injured", 23)]
