"""Round 32. Part one, written before dev78 and dev79 arrived, on the studied corpora and scored by the fields of the
records found (the records themselves unchanged). A meeting's level: a force named by its initials keeps the rank of
its full name ("the Angolan Armed Forces (FAA)", "Lesotho's Border Guard Unit (LBGU)"); a named person whose rank the
text does not give meets at the rank of the one it does ("Kenyan Foreign Minister Amina Wanjiru met Ethiopia's Dawit
Haile"), but not a pronoun ("I was received by the Prime Minister"); a ranked body meeting a bare state gives the
meeting its rank ("the Ministers of Defence of Cameroon ... and of Congo"), but not a delegation, whose "officials" is
only a default. An offer's status: the parties' answer in the sentences after it ("thanked Panama but said ...",
"can be settled bilaterally", "Issues with Pakistan are bilateral", "there was no role for any third party", "Caracas
refused", "will never accept third-party mediation") rejects it, and "both governments accepted" accepts it."""
from __future__ import annotations

import datetime as dt

from diprel.extract.actors import Mention
from diprel.extract.document import Document
from diprel.extract.rules.meetings.record import pair_rank
from extract_support import rule_fields, rule_mediations, run

_PUB = dt.date(2026, 9, 15)


def _levels(text: str) -> list[tuple]:
    return sorted((f["state_1"], f["state_2"], f["level"]) for f in rule_fields(run(text, _PUB), "meetings"))


def _statuses(text: str) -> list[tuple]:
    return sorted((f["mediator_state"], f["status"]) for f in rule_fields(run(text, _PUB), "mediation_offers"))


def _person(text: str, state: str, level: str | None) -> Mention:
    return Mention(0, len(text), "person", state, text.lower().replace(" ", "-"), text, level)


# --- Part one: a meeting's level --------------------------------------------------------------------------------------

def test_a_force_named_by_its_initials_keeps_the_rank_of_its_full_name():
    # "the FAA" had no rank, so the commanders' meeting had none
    text = ("WINDHOEK, Sept 15 - The Namibian Defence Force said on Monday that its commander, Major General Petrus "
            "Hamutenya, met officers of the Angolan Armed Forces (FAA) at the Katwitwi border post. The FAA and "
            "Namibia agreed to hold joint patrols.\n")
    assert _levels(text) == [("NAM", "AGO", "military")]
    doc = Document(text, _PUB)
    assert {m.level for m in doc.mentions[1] if m.text == "FAA"} == {"military"}


def test_a_border_guard_named_by_its_initials_is_military():
    doc = Document("Lesotho's Border Guard Unit (LBGU) said on Monday that LBGU patrols had met South Africa's "
                   "soldiers.\n", _PUB)
    assert [m.level for m in doc.mentions[0] if m.text == "LBGU"] == ["military"]


def test_an_agency_named_by_its_initials_has_no_rank():
    # trap: a revenue authority's name gives no rank of the schema's
    doc = Document("The Ghana Revenue Authority (GRA) said on Monday that GRA officers had met Togo's customs.\n", _PUB)
    assert [m.level for m in doc.mentions[0] if m.text == "GRA"] == [None]


def test_a_named_person_of_no_given_rank_meets_at_the_rank_of_the_one_given():
    minister = _person("Foreign Minister Amina Wanjiru", "KEN", "ministerial")
    assert pair_rank(minister, _person("Dawit Haile", "ETH", None)) == "ministerial"
    assert pair_rank(_person("Dawit Haile", "ETH", None), minister) == "ministerial"


def test_a_speaker_of_no_given_rank_leaves_the_meeting_unranked():
    # trap: "I was received by the Prime Minister of Madagascar": an envoy's rank is no prime minister's
    pm = _person("Prime Minister of Madagascar", "MDG", "leaders")
    assert pair_rank(_person("I", "MUS", None), pm) is None


def test_two_named_ranks_still_make_a_mixed_meeting():
    # trap: the peer's rank fills a gap, never overrides a rank the text gives
    assert pair_rank(_person("President Ruto", "KEN", "leaders"),
                     _person("Foreign Minister Haile", "ETH", "ministerial")) == "mixed"


def test_a_ranked_body_meeting_a_bare_state_gives_the_meeting_its_rank():
    body = Mention(0, 31, "body", "CMR", "cmr-delegation", "Ministers of Defence of Cameroon", "ministerial")
    state = Mention(40, 45, "state", "COG", "COG", "Congo")
    assert pair_rank(body, state) == "ministerial" and pair_rank(state, body) == "ministerial"


def test_a_delegation_meeting_a_bare_state_stays_unranked():
    # trap: "a delegation of Chad" is officials only by default; the coders often find its people were soldiers
    body = Mention(0, 20, "body", "TCD", "tcd-delegation", "delegation of Chad", "officials")
    assert pair_rank(body, Mention(30, 35, "state", "SDN", "SDN", "Sudan")) is None


# --- Part one: an offer's status from the parties' answer -------------------------------------------------------------

def test_an_offer_thanked_but_declined_is_rejected():
    text = ("BOGOTA, Sept 15 - Panama offered on Monday to host talks between Colombia and Ecuador. Colombia's foreign "
            "ministry thanked Panama but said the dispute would be settled directly between Bogotá and Quito.\n")
    assert _statuses(text) == [("PAN", "rejected")]


def test_an_offer_thanked_without_an_answer_stays_made():
    # trap: thanks with no answer yet
    text = ("BOGOTA, Sept 15 - Panama offered on Monday to host talks between Colombia and Ecuador. Both governments "
            "thanked Panama but have not said whether they will take part.\n")
    assert _statuses(text) == [("PAN", "made")]


def test_an_offer_refused_is_rejected_but_not_one_a_party_refused_to_comment_on():
    offer = "CARACAS, Sept 15 - Chile had offered in June to host talks between Argentina and Venezuela in Santiago. "
    assert _statuses(offer + "Caracas refused, saying it wanted no lectures.\n") == [("CHL", "rejected")]
    assert _statuses(offer + "Caracas refused to comment on Monday.\n") == [("CHL", "made")]


def test_an_offer_answered_that_the_issue_is_bilateral_is_rejected():
    offer = "NEW DELHI, Sept 15 - The United States offered on Tuesday to mediate between India and Pakistan. "
    assert _statuses(offer + "Issues with Pakistan are bilateral, an Indian army spokesman said.\n") \
        == [("USA", "rejected")]
    assert _statuses(offer + "Asked about the offer, an Indian army spokesman said there was no role for any third "
                             "party.\n") == [("USA", "rejected")]
    text = ("TEHRAN, Sept 15 - Oman offered on Sunday to mediate between Iran and Kuwait. \"We appreciate the role of "
            "the Sultanate, but we believe the issue can be settled bilaterally,\" the Iranian spokesman said.\n")
    assert _statuses(text) == [("OMN", "rejected")]


def test_an_offer_a_party_will_never_accept_is_rejected():
    text = ("NEW DELHI, Sept 15 - Russia offered on Monday to mediate between India and China. India has never "
            "accepted and will never accept third-party mediation, a spokesman said.\n")
    assert _statuses(text) == [("RUS", "rejected")]


def test_an_offer_both_governments_accepted_is_accepted():
    text = ("MONROVIA, Sept 15 - Liberia's president offered on Monday to mediate between Nigeria and Sierra Leone. "
            "Both governments accepted the offer on Tuesday.\n")
    assert _statuses(text) == [("LBR", "accepted")]


def test_an_invitation_accepted_leaves_the_offer_made():
    # trap: what "the President accepted" is an invitation, not the offer
    text = ("MONROVIA, Sept 15 - Liberia's president offered on Monday to mediate between Nigeria and Sierra Leone. "
            "He also invited the Nigerian leader to a summit, which the President accepted.\n")
    assert _statuses(text) == [("LBR", "made")]


def test_a_similar_offer_turned_down_is_that_offer_and_not_the_one_before():
    text = ("FREETOWN, Sept 15 - Nigeria and Sierra Leone have quarrelled over fishing licences since May. Liberia's "
            "president offered on Monday to mediate between Abuja and Freetown, and both governments accepted on "
            "Tuesday. Ghana had made a similar offer to mediate in June, but Freetown turned it down.\n")
    assert _statuses(text) == [("GHA", "rejected"), ("LBR", "accepted")]
    assert rule_mediations(run(text, _PUB)) == [("offer", "GHA", "NGA", "SLE"), ("offer", "LBR", "NGA", "SLE")]
