"""Round 31. Part one, written before dev76 and dev77 arrived, on the studied corpora and scored by the fields of the
records found (the records themselves unchanged): a truce with a broker is `mediated`, whichever rule found the
broker, and so is one its own sentence says was brokered by someone the rules cannot place ("brokered by the
Intergovernmental Authority on Development"); one "brokered by the two sides' commanders" stays bilateral. A
meeting's format: "a video call" is virtual, "separate calls with" are calls, and so is "spoke with her Mauritanian
counterpart" where the text gives no place."""
from __future__ import annotations

import datetime as dt

from extract_support import rule_fields, run

_PUB = dt.date(2026, 9, 15)


def _formats(text: str) -> list[tuple]:
    return sorted((f["state_1"], f["state_2"], f["format"]) for f in rule_fields(run(text, _PUB), "meetings"))


def _kinds(text: str) -> list[tuple]:
    return sorted((f["state_1"], f["state_2"], f["kind"], f["broker_state"])
                  for f in rule_fields(run(text, _PUB), "ceasefires"))


# --- Part one: a truce's kind -----------------------------------------------------------------------------------------

def test_a_truce_whose_broker_the_mediation_next_door_gave_is_mediated():
    # the broker comes from the talks Kazakhstan mediated the sentence before; the kind had stayed bilateral
    text = ("ASTANA, Sept 15 - Kyrgyz and Uzbek security chiefs met in Almaty on Tuesday in talks mediated by "
            "Kazakhstan. Kyrgyzstan and Uzbekistan agreed a full ceasefire along the enclave from 6 p.m. on "
            "Wednesday.\n")
    assert _kinds(text) == [("KGZ", "UZB", "mediated", "KAZ")]


def test_a_truce_its_sentence_says_was_brokered_by_a_body_is_mediated():
    text = ("KHARTOUM, Sept 15 - Sudan and South Sudan agreed on Sunday to a cessation of hostilities in the Abyei "
            "area, brokered by the Intergovernmental Authority on Development.\n")
    assert _kinds(text) == [("SDN", "SSD", "mediated", None)]


def test_a_truce_the_two_sides_brokered_themselves_stays_bilateral():
    # trap: "brokered by" the parties' own commanders names no third party
    text = ("ASHGABAT, Sept 15 - Uzbek and Turkmen border guards exchanged fire on Tuesday. A similar truce brokered "
            "by the two sides' commanders last August collapsed within weeks.\n")
    assert _kinds(text) == [("TKM", "UZB", "bilateral", None)]


def test_a_truce_told_apart_from_the_mediation_stays_bilateral():
    # trap: talks mediated two sentences before the truce, which its own sentence does not tie to anyone
    text = ("ASTANA, Sept 15 - Kyrgyz and Uzbek security chiefs met in Almaty on Tuesday in talks mediated by "
            "Kazakhstan. The talks lasted six hours. Reporters waited outside. Kyrgyzstan and Uzbekistan agreed a full "
            "ceasefire along the enclave from 6 p.m. on Wednesday.\n")
    assert _kinds(text) == [("KGZ", "UZB", "bilateral", None)]


# --- Part one: a meeting's format -------------------------------------------------------------------------------------

def test_a_video_call_is_virtual():
    text = ("BANGKOK, Sept 15 - Thai Foreign Minister Chalerm Wongsawat held a video call with Myanmar's foreign "
            "minister, Than Htike, on Monday.\n")
    assert _formats(text) == [("THA", "MMR", "virtual")]


def test_separate_calls_are_calls():
    text = ("DOHA, Sept 15 - Qatar's foreign minister held separate calls with the foreign ministers of Iran and "
            "Azerbaijan on Thursday.\n")
    assert _formats(text) == [("QAT", "AZE", "call"), ("QAT", "IRN", "call")]


def test_speaking_with_a_counterpart_or_a_minister_at_no_place_is_a_call():
    text = ("DAKAR, Sept 15 - Senegal's foreign minister, Aminata Diouf, spoke with her Mauritanian counterpart, Sidi "
            "Mohamed Ould Bneijara, on Monday.\n")
    assert _formats(text) == [("SEN", "MRT", "call")]
    text = ("WELLINGTON, Sept 15 - Prime Minister Claire Whitmore of New Zealand spoke with Prime Minister of Papua "
            "New Guinea, Peter Kaupa, on Tuesday evening.\n")
    assert _formats(text) == [("NZL", "PNG", "call")]


def test_speaking_to_reporters_after_a_meeting_is_no_call():
    # trap: the press, not the counterpart, is spoken to
    text = ("ASHGABAT, Sept 15 - Turkmen Foreign Minister Rashid Meredov met his Azerbaijani counterpart in Ashgabat "
            "on Monday and later spoke to reporters.\n")
    assert _formats(text) == [("AZE", "TKM", "talks")]
