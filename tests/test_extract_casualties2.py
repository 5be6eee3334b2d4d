"""Casualty figures, round 2 (dev3): sides from "our"/"its", speakers and "on the X side"; "others" and ordinals
that continue a figure; named servicemen; "the killing of"; teams; headlines; what is not a figure.

Made-up sentences in dyads the development corpora do not use, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from extract_support import run


def figures(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"], f["population"])
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]])


def test_its_soldiers_belong_to_the_state_named_before():
    text = "Bolivia's armed forces said on Monday that one of its soldiers had been killed and two injured in an ambush."
    assert figures(text) == [(1, "killed", "BOL", "military"), (2, "injured", "BOL", "military")]


def test_our_soldiers_belong_to_the_dateline_state():
    text = "Quito, Monday 16 June 2025\n\nThe ministry says two of our soldiers were killed near the border with Peru."
    assert figures(text) == [(2, "killed", "ECU", "military")]


def test_our_without_a_known_outlet_state_stays_null():
    text = "Two of our policemen were killed near the river, the commissioner said, after Peruvian and Colombian " \
           "patrols met there."
    assert all(side is None for _, _, side, _ in figures(text))


def test_others_continue_the_figure_before():
    text = ("Bishkek, 16 June 2025\n\nThree Kyrgyz traders were shot dead at the market on Friday. "
            "Five others were wounded.")
    assert (5, "injured", "KGZ", "civilian") in figures(text)


def test_ordinal_and_other_continue_the_same_people():
    text = ("Chad's army said four Chadian soldiers were killed on Friday. "
            "Three other soldiers were wounded. A fifth soldier died on Sunday.")
    got = figures(text)
    assert (3, "injured", "TCD", "military") in got
    assert (1, "killed", "TCD", "military") in got


def test_more_continues_and_drowned_is_killed():
    text = ("The mayor, on the Nigerien side of the river, said six fishermen were killed when shells hit their camp. "
            "Residents said up to ten more fishermen had drowned while fleeing.")
    got = figures(text)
    assert (6, "killed", "NER", "civilian") in got
    assert (10, "killed", "NER", "civilian") in got


def test_one_of_the_wounded_who_died_is_killed_on_their_side():
    text = ("Doctors said they had treated 14 wounded Afghans since Saturday. "
            "One of the wounded soldiers succumbed to his injuries on Monday.")
    got = figures(text)
    assert (14, "injured", "AFG", "unspecified") in got
    assert (1, "killed", "AFG", "military") in got


def test_named_serviceman_and_members_of_the_force():
    text = ("Amman, 16 June 2025\n\nDuring the clash, Staff Sergeant Omar Haddad was "
            "martyred, and two members of the force were injured.")
    got = figures(text)
    assert (1, "killed", "JOR", "military") in got
    assert (2, "injured", "JOR", "military") in got
    trap = "Amman, 16 June 2025\n\nDuring a clash with smugglers from Syria, Staff Sergeant Omar Haddad was martyred."
    assert all(side != "SYR" for _, _, side, _ in figures(trap))  # where attackers come from is not the side


def test_killing_of_and_loss_of():
    text = ("The patrol opened fire, which resulted in the killing of four smugglers. "
            "The army deplores the loss of one soldier, who fell with honour.")
    got = figures(text)
    assert (4, "killed", None, "unspecified") in got
    assert any(c == 1 and o == "killed" and p == "military" for c, o, _, p in got)


def test_loss_of_things_is_not_a_figure():
    assert figures("The army deplored the loss of two helicopters and the killing of 300 cattle.") == []


def test_arrested_others_are_not_killed():
    got = figures("Border guards killed 12 smugglers and arrested 140 others in the eastern region.")
    assert got == [(12, "killed", None, "unspecified")]


def test_speaker_demonym_gives_the_side():
    text = "Haitian radio stations reportedly put the number of fishermen killed at five."
    assert figures(text) == [(5, "killed", "HTI", "civilian")]
    text = "A Malian herders' association gave a higher toll, saying at least 12 people had been killed."
    assert figures(text) == [(12, "killed", "MLI", "unspecified")]


def test_migrants_have_no_side():
    text = "Minsk said two migrants had died of hypothermia on the Belarusian side of the fence."
    assert figures(text) == [(2, "killed", None, "civilian")]


def test_headline_repeat_is_dropped_but_body_kept():
    text = ("Mali says seven herders killed in Niger border incident\n\n"
            "BAMAKO, Feb 17 (Wire) – Mali said on Tuesday that seven of its citizens had been killed by soldiers.")
    assert figures(text) == [(7, "killed", "MLI", "civilian")]


def test_share_by_place_is_its_own_row():
    text = ("According to the provincial government, on the Gabonese side, at least 17 Gabonese nationals died "
            "during the operation, nine of them at the Ekom crossing on Saturday alone.")
    got = figures(text)
    assert (17, "killed", "GAB", "civilian") in got
    assert (9, "killed", "GAB", "civilian") in got


def test_apposition_and_dash_aside_before_the_verb():
    text = ("Two Ghanaian traders – both of them women who had crossed to buy clothing – were shot dead. "
            "Two Ghanaian citizens, a woman aged 64 and her grandson, were injured.")
    got = figures(text)
    assert (2, "killed", "GHA", "civilian") in got
    assert any(c == 2 and o == "injured" for c, o, _, _ in got)


def test_place_of_signing_is_not_the_side():
    text = ("The agreement signed in Moscow by the Presidents of Moldova and of Russia ended the conflict, "
            "in which more than 1,000 people lost their lives.")
    assert figures(text) == [(1000, "killed", None, "unspecified")]


def test_mortar_fire_kills_the_other_side():
    text = "Tajikistan and Kyrgyzstan clashed again. Tajik mortar fire killed two civilians in a Kyrgyz border village."
    assert (2, "killed", "KGZ", "civilian") in figures(text)


def test_treated_for_injuries_is_injured_and_missing_is_not():
    text = "A Latvian border guard was treated for minor injuries. Four herders are missing."
    assert figures(text) == [(1, "injured", "LVA", "military")]
