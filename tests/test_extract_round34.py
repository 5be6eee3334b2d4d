"""Round 34. Part one, written before dev82 and dev83 arrived, on the studied corpora and scored by the fields of the
records found. A casualty figure's population: men counted as such are civilians to the coders ("Two men were shot
dead"), a force's own men are military ("two of its men", "had lost three men"), and armed men or men "identified as
members of a ring" no one's. Its certainty: a figure in someone's quoted words is attributed to the speaker of the
quotation, even where the quotation runs over sentences ('"As a result, two traders were killed. ...," the police
said'), and "put the number of ... at four" reports a figure like "said". A meeting's level: officials of both parties
named in one plural ("Senior diplomats from Argentina and Ecuador met", "fisheries officials from the two countries")
rank the pair as officials."""
from __future__ import annotations

import datetime as dt

from extract_support import rule_fields, run

_PUB = dt.date(2026, 4, 16)  # a Thursday: "on Monday" is 2026-04-13


def _figures(text: str) -> list[tuple]:
    return sorted((f["side_state"] or "", f["population"], f["outcome"], f["count"], f["certainty"], f["claimant"])
                  for f in rule_fields(run(text, _PUB), "casualty_figures"))


def test_men_counted_as_such_are_civilians():
    assert _figures("Two men were shot dead near the Kenyan border town of Moyale on Monday, Kenya's interior ministry "
                    "said.") == [("KEN", "civilian", "killed", 2, "attributed", "ken-interior-ministry")]


def test_a_forces_own_men_are_military():
    assert _figures("Ethiopia's army said two of its men were wounded in the clash near Moyale on Monday.") \
        == [("ETH", "military", "injured", 2, "attributed", "eth-army")]
    assert _figures("Ethiopia's army said it had lost three men in the clash near Moyale on Monday.") \
        == [("ETH", "military", "killed", 3, "attributed", "eth-army")]


def test_armed_men_stay_no_ones():
    # trap: gunmen are counted without a population, as attackers are
    assert _figures("Kenyan police shot dead two armed men near Moyale on Monday, Kenya's interior ministry said.") \
        == [("", "unspecified", "killed", 2, "attributed", "ken-interior-ministry")]


def test_a_figure_in_quoted_words_is_the_speakers():
    text = ('The Kenyan police said the clash began at dawn. "As a result, two Kenyan traders were killed and three '
            'others were injured. They were taken to hospital," the police said.')
    assert _figures(text) == [("KEN", "civilian", "injured", 3, "attributed", "ken-police"),
                              ("KEN", "civilian", "killed", 2, "attributed", "ken-police")]


def test_a_figure_in_the_outlets_own_words_is_asserted():
    # trap: the same figures unquoted, after a sentence of the police's, are the outlet's
    text = ("The Kenyan police said the clash began at dawn. Two Kenyan traders were killed and three others were "
            "injured.")
    assert _figures(text) == [("KEN", "civilian", "injured", 3, "asserted", None),
                              ("KEN", "civilian", "killed", 2, "asserted", None)]


def test_putting_the_number_at_reports_a_figure():
    assert _figures("The Moyale traders' association put the number of Kenyan traders killed in the clash at four.") \
        == [("KEN", "civilian", "killed", 4, "attributed", None)]
    # trap: a figure no one puts
    assert _figures("Four Kenyan traders were killed in the clash near Moyale on Monday.") \
        == [("KEN", "civilian", "killed", 4, "asserted", None)]


def _levels(text: str) -> list[tuple]:
    return sorted((*sorted((f["state_1"], f["state_2"])), f["level"]) for f in rule_fields(run(text, _PUB), "meetings"))


def test_officials_of_both_parties_in_one_plural_rank_the_pair():
    assert _levels("Senior diplomats from Argentina and Ecuador met in Montevideo on Thursday for their first talks "
                   "since March.") == [("ARG", "ECU", "officials")]
    assert _levels("Military officials from Argentina and Ecuador met in Montevideo on Thursday.") \
        == [("ARG", "ECU", "military")]


def test_two_states_alone_give_no_rank():
    # trap: no people named, no level
    assert _levels("Argentina and Ecuador held talks in Montevideo on Thursday.") == [("ARG", "ECU", None)]
