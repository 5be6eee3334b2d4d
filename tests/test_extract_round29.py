"""Round 29. Part one, written before dev72 and dev73 arrived, on the studied corpora and scored by the fields of the
records found as well as by the records. How firmly a casualty figure is told (certainty): a figure any voice reports
is attributed even when the rules know no actor for the speaker ("Hospital officials in Spin Boldak, near the crossing,
said", "By the border service's count"); one the text calls unconfirmed, or passes on from residents, local media or a
source who asked not to be named, is hedged. A meeting's level from a plural that names both parties' people ("the
interior ministers of Italy and Slovenia met", "after the foreign ministers of the two countries spoke"). A mediation
offer the text does not date is dated by the publication's week, as a meeting is."""
from __future__ import annotations

import datetime as dt

from extract_support import rule_fields, run

_PUB = dt.date(2026, 9, 15)


def _certainty(text: str) -> list[tuple]:
    return sorted((f["count"], f["certainty"]) for f in rule_fields(run(text, _PUB), "casualty_figures"))


# --- Casualty figures: who tells them, and how firmly --------------------------------------------------------------

def test_a_figure_told_by_a_speaker_the_rules_do_not_know_is_attributed():
    text = ("KABUL, Sept 15 - Hospital officials in Afghanistan's Spin Boldak district, near the Chaman border "
            "crossing, said up to 12 people had been wounded in cross-border shelling on Wednesday morning.\n")
    assert _certainty(text) == [(12, "attributed")]


def test_a_figure_by_a_body_s_count_is_attributed():
    text = ("ASTANA, Sept 15 - By the Kazakh Border Service's count, one of its guards, a 23-year-old sergeant, "
            "was killed in the exchange of fire on Sunday.\n")
    assert _certainty(text) == [(1, "attributed")]


def test_a_figure_in_the_outlet_s_own_voice_stays_asserted():
    text = ("ASTANA, Sept 15 - The border war between the two countries killed an estimated 80,000 people, and "
            "a Kazakh guard was wounded in the exchange of fire on Sunday.\n")
    assert [c for _, c in _certainty(text)] == ["asserted", "asserted"]


def test_a_figure_residents_tell_is_hedged():
    text = ("TERMEZ, Sept 15 - Residents of Qarqin village on the Afghan bank said a farmer was killed in his field "
            "by Uzbek fire on Tuesday.\n")
    assert _certainty(text) == [(1, "hedged")]


def test_residents_among_the_dead_do_not_hedge_the_figure():
    text = ("CHISINAU, Sept 15 - Two residents of Plauru, a village on the Danube across from Ukraine, were killed "
            "when debris from a downed drone hit a barn before dawn, Romanian police said.\n")
    assert _certainty(text) == [(2, "attributed")]


def test_a_figure_that_could_not_be_confirmed_is_hedged():
    text = ("KINSHASA, Sept 15 - Fishermen in Kalemie put the number of dead at seven, though that could not be "
            "independently confirmed.\n")
    assert _certainty(text) == [(7, "hedged")]


def test_local_media_hedge_a_figure_and_state_media_do_not():
    hedged = ("VIENTIANE, Sept 15 - Local media in Savannakhet reported that two Lao soldiers had been wounded by "
              "Thai fire.\n")
    state = ("VIENTIANE, Sept 15 - Chinese state media reported that two soldiers had been wounded by Lao fire in the "
             "same exchange.\n")
    assert (_certainty(hedged), _certainty(state)) == ([(2, "hedged")], [(2, "attributed")])


def test_an_army_s_media_wing_is_no_hedge():
    text = ("ISLAMABAD, Sept 15 - Four soldiers were killed in the attack on the border post, the military's media "
            "wing said.\n")
    assert _certainty(text) == [(4, "attributed")]


# --- Meetings: the level a plural gives both parties ---------------------------------------------------------------

def _levels(text: str) -> list[tuple]:
    return sorted((f["state_1"], f["state_2"], f["level"]) for f in rule_fields(run(text, _PUB), "meetings"))


def test_the_interior_ministers_of_two_states_meet_at_ministerial_level():
    text = ("ROME, Sept 15 - On Monday the interior ministers of Italy and Slovenia, Giorgio Ferraris and Bostjan "
            "Kralj, met in Nova Gorica and agreed to extend mixed police patrols.\n")
    assert _levels(text) == [("ITA", "SVN", "ministerial")]


def test_the_foreign_ministers_of_the_two_countries_speak_at_ministerial_level():
    text = ("ISLAMABAD, Sept 15 - Pakistan and Iran moved to defuse tensions on Friday after the foreign ministers of "
            "the two countries spoke by telephone.\n")
    assert _levels(text) == [("PAK", "IRN", "ministerial")]


def test_the_border_commanders_of_two_states_meet_at_military_level():
    text = ("DUSHANBE, Sept 15 - The border commanders of Tajikistan and Uzbekistan met at the Panji Poyon crossing "
            "on Friday.\n")
    assert _levels(text) == [("TJK", "UZB", "military")]


def test_a_plural_of_the_other_clause_gives_no_level():
    text = ("ROME, Sept 15 - Italy and Slovenia met at the crossing on Monday, and the two presidents are expected to "
            "discuss the patrols next month.\n")
    assert [lvl for *_, lvl in _levels(text)] == [None]


# --- Mediation: an undated offer takes the publication's week ------------------------------------------------------

def test_an_undated_offer_is_dated_by_the_publication_week():
    text = ("DOHA, Sept 15 - Qatar's emir reiterated his country's readiness to mediate between Ethiopia and "
            "Eritrea.\n")
    found = rule_fields(run(text, _PUB), "mediation_offers")
    assert [(f["date_start"], f["date_end"], f["date_precision"], f["date_basis"]) for f in found] == \
        [("2026-09-09", "2026-09-15", "week", "publication")]


def test_a_dated_offer_keeps_its_own_date():
    text = ("DOHA, Sept 15 - Qatar's emir on Sunday reiterated his country's readiness to mediate between Ethiopia "
            "and Eritrea.\n")
    found = rule_fields(run(text, _PUB), "mediation_offers")
    assert [(f["date_start"], f["date_basis"]) for f in found] == [("2026-09-13", "relative")]
