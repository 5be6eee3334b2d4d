"""Round 40. Part one, written before dev94, dev95 and heldout37 arrived, on the misses of the studied corpora: talks
the classifier finds ("Iraq's foreign minister ... holding more than two hours of talks with his Bahraini
counterpart") are a minister's with his peer, told apart from the visitor's later reception by the host's prime
minister (a sentence that only dated that reception tells a record of its own); talks named by their venue ("the
Astana contact", "the Kuwait talks") are the meeting reported before them; and a third state's part in them told in
its own words is a claimed mediation: 'Moscow had "laid the groundwork"', 'its own contacts ... "paved the way"',
'their State Border Committee had "passed messages between the two sides"', 'had "opened the channel" that led to
the talks', 'had "actively promoted" the talks', 'had "helped build trust between the two sides"'."""
from __future__ import annotations

import datetime as dt

from extract_support import of, rated, rule_mediations, rule_truces, run

PUB = dt.date(2026, 4, 9)
MANAMA = ("BAGHDAD, April 9 (Levant Newswire) - Iraq's foreign minister flew to Manama on Wednesday in an effort to "
          "contain a row over last week's attack on Bahrain's embassy in Baghdad, holding more than two hours of talks "
          "with his Bahraini counterpart, officials on both sides said.\n\n"
          "Foreign Minister Karim al-Ubaidi and Sheikh Rashid Al Khalifa discussed the protection of missions. ")


def _levels(text: str) -> list[tuple]:
    return sorted((*sorted((f["state_1"], f["state_2"])), f.get("level")) for f in of(run(text, PUB), "meetings"))


def test_talks_the_classifier_finds_with_a_counterpart_are_told_apart_from_a_reception_by_the_head(monkeypatch):
    # the rules miss the talks ("Bahrain's embassy" is the first Bahraini actor of the sentence); the reception,
    # "later" that day, takes its date from them
    rated(monkeypatch, "meetings", ("holding more than two hours",))
    text = MANAMA + "Al-Ubaidi was later received by Bahrain's prime minister, who stressed the depth of relations."
    assert _levels(text) == [("BHR", "IRQ", "ministerial"), ("BHR", "IRQ", "mixed")]


def test_a_reception_by_the_counterpart_is_the_talks_the_classifier_found_told_again(monkeypatch):
    # the counterpart himself received him: one meeting, of two ministers (the classifier's talks had no rank)
    rated(monkeypatch, "meetings", ("holding more than two hours",))
    text = MANAMA + ("Al-Ubaidi was later received at the ministry by his Bahraini counterpart, who stressed the depth "
                     "of relations.")
    assert _levels(text) == [("BHR", "IRQ", "ministerial")]


ASTANA = ("YEREVAN, Oct 30 - Armenian and Belarusian diplomats held four hours of talks in Astana on Tuesday, chaired "
          "by Kazakhstan's Deputy Foreign Minister Askar Zhumabekov.\n\n")
OCT30 = dt.date(2026, 10, 30)
KAZ = ("conducted", "KAZ", "ARM", "BLR")


def _mediations(sentence: str) -> list[tuple]:
    return rule_mediations(run(ASTANA + sentence, OCT30))


def test_talks_named_by_their_venue_are_the_meeting_reported_before():
    text = 'Russia\'s foreign ministry said on Wednesday that Moscow had "laid the groundwork" for the Astana contact.'
    assert _mediations(text) == [("claimed", "RUS", "ARM", "BLR"), KAZ]


def test_a_statement_of_a_states_own_contacts_is_its_claim():
    text = ("The Ministry notes the statement of the Russian Federation that its own contacts with both sides in July "
            '"paved the way" for the talks.')
    assert _mediations(text) == [("claimed", "RUS", "ARM", "BLR"), KAZ]


def test_contacts_the_text_reports_in_its_own_voice_are_conducted():
    # the trap: no "own", no one saying it; the outlet reports Russia's part
    text = 'The Ministry notes that Moscow\'s contacts with both sides in July "paved the way" for the talks.'
    assert _mediations(text) == [KAZ, ("conducted", "RUS", "ARM", "BLR")]


def test_a_go_between_passed_or_carried_messages_between_the_two():
    claimed = 'On Wednesday, Russian officials claimed that they had "passed messages between the two sides" in July.'
    assert _mediations(claimed) == [("claimed", "RUS", "ARM", "BLR"), KAZ]
    carried = "A Russian envoy had been carrying messages between the two capitals since July."
    assert _mediations(carried) == [KAZ, ("conducted", "RUS", "ARM", "BLR")]


def test_messages_a_state_is_ready_to_carry_are_no_mediation_conducted():
    # the trap: an offer to come is no go-between's work
    assert _mediations("Russia said it was ready to carry messages between the two capitals.") == [KAZ]


def test_opened_the_channel_that_led_to_the_talks():
    text = 'Russia\'s foreign ministry said Moscow had "opened the channel" that led to the Astana talks.'
    assert _mediations(text) == [("claimed", "RUS", "ARM", "BLR"), KAZ]


def test_opened_a_border_is_no_mediation():
    # the trap: a door or a channel only
    text = 'Russia\'s foreign ministry said Moscow had "opened the border" that led to the Astana talks.'
    assert _mediations(text) == [KAZ]


def test_actively_promoted_the_talks_and_helped_build_trust():
    assert _mediations('Russia said Moscow had "actively promoted" the Astana talks.') == \
        [("claimed", "RUS", "ARM", "BLR"), KAZ]
    assert _mediations('Russia said Moscow had also "helped build trust between the two sides".') == \
        [("claimed", "RUS", "ARM", "BLR"), KAZ]


# Truces
def test_a_truce_after_which_one_side_came_under_fire_again_is_a_first_truce():
    text = ("DOHA, Aug 11 (Gulf Newswire) - Bahrain and Qatar agreed on Tuesday to a ceasefire between their coast "
            "guards off the Hawar islands.\n\n"
            "The two coast guards agreed on Sunday evening to hold fire, but Bahrain said its boats came under fire "
            "again early on Monday.")
    assert rule_truces(run(text, dt.date(2026, 8, 11))) == [("bilateral", "BHR", "QAT", "2026-08-09"),
                                                           ("bilateral", "BHR", "QAT", "2026-08-11")]


def test_a_truce_that_held_is_the_one_reported():
    # the trap: nothing failed; Sunday's agreement is Tuesday's truce told again
    text = ("DOHA, Aug 11 (Gulf Newswire) - Bahrain and Qatar agreed on Tuesday to a ceasefire between their coast "
            "guards off the Hawar islands.\n\n"
            "The two coast guards agreed on Sunday evening to hold fire, and it has held since.")
    assert rule_truces(run(text, dt.date(2026, 8, 11))) == [("bilateral", "BHR", "QAT", "2026-08-11")]


# a release whose two states are named in a meeting, paragraphs before a truce that names neither
VIDEOCONFERENCE = (
    "1. On 9 November 2026 the Minister of Defence of Brazil held a videoconference with the Minister of Defence of "
    "the Argentine Republic.\n\n"
    "2. The Brazilian minister thanked Argentina for its cooperation on the Uruguay River. They thanked the patrols. "
    "They praised the engineers. They spoke of the bridge.\n\n")
NOV10 = dt.date(2026, 11, 10)


def test_an_understanding_reached_by_commanders_the_sentence_does_not_place_is_the_articles_pairs():
    text = VIDEOCONFERENCE + ("3. The Command recalls that a previous understanding to hold fire, reached by the "
                              "local unit commanders on 2 November 2026, was broken on the night of 7 November.")
    assert rule_truces(run(text, NOV10, "BRA")) == [("bilateral", "ARG", "BRA", "2026-11-02")]


def test_a_hold_fire_regime_agreed_by_commanders_the_sentence_does_not_place_is_the_articles_pairs():
    text = VIDEOCONFERENCE + ("3. The Command recalls that the local unit commanders agreed on a hold-fire regime on "
                              "2 November 2026.")
    assert rule_truces(run(text, NOV10, "BRA")) == [("bilateral", "ARG", "BRA", "2026-11-02")]


def test_a_hold_fire_regime_of_a_government_and_rebels_is_no_truce_of_the_articles_pair():
    # the trap: a non-state partner; no pair is borrowed
    text = VIDEOCONFERENCE + ("3. The Command recalls that the government and the rebels agreed on a hold-fire regime "
                              "on 2 November 2026.")
    assert rule_truces(run(text, NOV10, "BRA")) == []
