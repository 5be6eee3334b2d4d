"""Round 32. Part one, written before dev78 and dev79 arrived, on the studied corpora and scored by the fields of the
records found (the records themselves unchanged). A meeting's level: a force named by its initials keeps the rank of
its full name ("the Angolan Armed Forces (FAA)", "Lesotho's Border Guard Unit (LBGU)"); a named person whose rank the
text does not give meets at the rank of the one it does ("Kenyan Foreign Minister Amina Wanjiru met Ethiopia's Dawit
Haile"), but not a pronoun ("I was received by the Prime Minister"); a ranked body meeting a bare state gives the
meeting its rank ("the Ministers of Defence of Cameroon ... and of Congo"), but not a delegation, whose "officials" is
only a default. An offer's status: the parties' answer in the sentences after it ("thanked Panama but said ...",
"can be settled bilaterally", "Issues with Pakistan are bilateral", "there was no role for any third party", "Caracas
refused", "will never accept third-party mediation") rejects it, and "both governments accepted" accepts it. Part two,
read on the misses and false alarms of dev78 and dev79 after their first scores: a sentence the classifier flags dates
the one meeting of its pair the rules left undated; what two sides agreed to do next year is no meeting to come;
"urgently" is no call; "the Intergovernmental Authority on Development" is no aid story; "the talks of 28 and 29
September between"; "soldiers of the Parties"; "the two commanders" of a statement that names one other state; "the
commanders of Colombia's 18th Brigade and of the Venezuelan garrison"; a date in a relative clause on something else;
"a 15-year-old Venezuelan girl"; "Md. Rezaul Karim (31)" and a father set off by commas; "a petty officer of the
boarding team suffered"; the day of what followed "after"; a crew member restating a deckhand; "offered to chair a
second round"; a role the mediator's own ministry tells or the next sentence dismisses is claimed; an offer renewed after
the offer its sentence told; "That truce collapsed"; a broker set off by dashes; "It took effect ... on Friday" in the
next sentence; fire from the other side is not the side of the dead."""
from __future__ import annotations

import datetime as dt

from diprel.extract.actors import Mention
from diprel.extract.document import Document
from diprel.extract.rules.meetings.record import pair_rank
from diprel.extract import triggers
from extract_support import (dated_pairs, figures, rated, resolve, rule_fields, rule_figures, rule_mediations,
                             rule_truces, run)

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


def test_an_offer_a_party_has_not_accepted_stays_made():
    # the "not" before the verb, whatever follows it ("has not accepted the offer" had read as accepted)
    text = ("MONROVIA, Sept 15 - Liberia's president offered on Monday to mediate between Nigeria and Sierra Leone. "
            "Sierra Leone has not accepted the offer.\n")
    assert _statuses(text) == [("LBR", "made")]


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


# --- Part two, read on dev78 and dev79 after their first scores -------------------------------------------------------

_TALKS = ("NIAMEY, Oct 2 (West Africa Wire) - Nigeria and Niger agreed on Thursday to fully reopen the main border "
          "crossing from Oct. 15, after talks in Niamey between the two countries' foreign ministers.\n\n"
          "Nigeria's Foreign Minister Olumide Bakare and Niger's Foreign Minister Hamidou Moussa met for about five "
          "hours at the Niger foreign ministry.\n\n"
          "The talks followed a telephone call on Sept. 24 between Nigeria's president and the head of Niger's "
          "government.\n")


def test_a_flagged_sentence_dates_the_one_meeting_the_rules_left_undated(monkeypatch):
    # the rules read "met for about five hours" with no date; the lead the classifier flags dates it, and the call
    # on Sept. 24 is then a meeting of its own (it had been taken for the undated one)
    rated(monkeypatch, "meetings", ("agreed on Thursday", "telephone call"))
    found = sorted((f["date_start"], f["format"]) for f in rule_fields(run(_TALKS, dt.date(2026, 10, 2)), "meetings")
                   + [c["fields"] for c in run(_TALKS, dt.date(2026, 10, 2))
                      if c["method"].startswith("rules:trigger_") and c["table"] == "meetings"])
    assert found == [("2026-09-24", "call"), ("2026-10-01", "talks")]


def test_a_flagged_sentence_leaves_a_dated_meeting_its_date(monkeypatch):
    # trap: a meeting the rules dated keeps its day
    rated(monkeypatch, "meetings", ("agreed on Thursday",))
    text = _TALKS.replace("met for about five hours", "met for about five hours on Wednesday")
    assert [f["date_start"] for f in rule_fields(run(text, dt.date(2026, 10, 2)), "meetings")] == ["2026-09-30"]


def test_what_two_sides_agreed_to_do_next_year_is_no_meeting_to_come():
    lead = ("Japan and Indonesia agreed on Friday to hold their first joint coast guard exercises next year, after "
            "talks in Tokyo between their foreign ministers.")
    assert not triggers._not_a_record("meetings", lead)
    # trap: a meeting to come stays one, and a truce agreed "to meet again and urged their forces to stop firing"
    assert triggers._not_a_record("meetings", "The two foreign ministers will meet in Tokyo next year.")
    assert triggers._not_a_record("ceasefires", "Azerbaijani and Georgian ministers agreed on Thursday to meet again "
                                                "and urged their forces to stop firing.")


def test_urgently_is_no_call_for_a_meeting():
    assert not triggers._not_a_record("meetings", "The colonel spoke by hotline with the Cambodian commander and "
                                                  "requested that the Cambodian side urgently investigate the incident.")
    assert triggers._not_a_record("meetings", "The colonel urged the Cambodian commander to meet him.")  # trap


def test_a_body_named_for_development_is_no_aid_story():
    text = ("DJIBOUTI, Oct 2 - The Executive Secretary of the Intergovernmental Authority on Development (IGAD) "
            "welcomes the agreement reached in Djibouti on 29 September 2026 between Ethiopia and South Sudan to cease "
            "all hostilities along their common border.\n")
    assert [(f["state_1"], f["state_2"]) for f in resolve("ceasefires", text, dt.date(2026, 10, 2))] == [("ETH", "SSD")]
    # trap: development aid is still aid, no truce
    aid = text.replace("to cease all hostilities along their common border", "on development aid for the border")
    assert resolve("ceasefires", aid, dt.date(2026, 10, 2)) == []


def test_talks_of_two_days_between_two_ministers():
    text = ("DJIBOUTI, Oct 2 - IGAD commends Djibouti for hosting the talks of 28 and 29 September 2026 between the "
            "Minister of Defence of Ethiopia, Hon. Alemayehu Desta, and the Minister of Defence of South Sudan, Hon. "
            "Gabriel Lokuji.\n")
    assert dated_pairs(run(text, dt.date(2026, 10, 2))) == [("2026-09-28", "ETH", "SSD")]


def test_soldiers_of_the_parties_are_of_no_one_side():
    # an agreement's "Parties" are its two states: not the speaker's side
    text = "NAIROBI, Aug 12 - The Ugandan army said eleven soldiers of the Parties lost their lives.\n"
    assert figures(run(text, dt.date(2026, 8, 12))) == {(None, "military", "killed", 11, None)}


def test_the_two_commanders_of_a_statement_that_names_one_other_state():
    # a border guard's statement from Tay Ninh names Cambodia's side five times and Vietnam's once: "the two
    # commanders" are of those two
    text = ("Tay Ninh, 5 October 2026\n\nA patrol was fired upon from the Cambodian side. The Cambodian side was asked "
            "to investigate. Two Vietnamese border guard officers were injured. The Cambodian side agreed. The "
            "Cambodian side apologised.\n\nOn the morning of 4 October 2026, the two commanders met at the Moc "
            "Bai–Bavet International Border Gate.\n")
    assert [(f["date_start"], f["state_1"], f["state_2"]) for f in resolve("meetings", text, dt.date(2026, 10, 5))] \
        == [("2026-10-04", "KHM", "VNM")]


def test_the_commanders_of_a_brigade_and_of_a_garrison_stand_for_their_states():
    text = ("BOGOTA, Oct 21 - The commanders of Colombia's 18th Brigade and of the Venezuelan garrison in Apure met for "
            "three hours on Tuesday on the international bridge.\n")
    assert [(f["state_1"], f["state_2"]) for f in resolve("meetings", text, dt.date(2026, 10, 21))] == [("COL", "VEN")]


def test_a_date_in_a_relative_clause_on_something_else_is_not_the_truce_s():
    text = ("BOGOTA, Oct 21 - Colombian and Venezuelan army commanders met on Tuesday. They agreed to halt fire from 6 "
            "p.m. and to restore a radio hotline that was cut in August.\n")
    assert [f["date_start"] for f in rule_fields(run(text, dt.date(2026, 10, 21)), "ceasefires")] == ["2026-10-20"]
    # trap: the truce's own relative clause dates it
    own = ("BOGOTA, Oct 21 - Colombia and Venezuela restored the ceasefire that was agreed on Tuesday at the bridge.\n")
    assert [f["date_start"] for f in rule_fields(run(own, dt.date(2026, 10, 21)), "ceasefires")] == ["2026-10-20"]


def test_an_age_before_a_nationality():
    text = "BOGOTA, Oct 21 - A 15-year-old Venezuelan girl was reportedly killed by a stray bullet on Sunday.\n"
    assert figures(run(text, dt.date(2026, 10, 21))) == {("VEN", "civilian", "killed", 1, None)}


def test_a_name_with_its_age_in_brackets_and_a_father_set_off_by_commas():
    text = ("DHAKA, July 1 - A Bangladeshi national, Md. Shahidul Islam (24), son of Md. Abdul Jalil of Dahagram union "
            "under Patgram upazila, was killed in firing by India's Border Security Force. Another villager, Md. "
            "Rezaul Karim (31), was injured in the same incident.\n")
    assert rule_figures(run(text, dt.date(2026, 7, 1))) == [("BGD", "civilian", "injured", 1),
                                                           ("BGD", "civilian", "killed", 1)]


def test_one_of_a_unit_who_suffered_an_injury():
    text = ("CONSTANTA, July 9 - A Romanian petty officer of the boarding team suffered a minor hand injury in the "
            "collision.\n")
    assert figures(run(text, dt.date(2026, 7, 9))) == {("ROU", "military", "injured", 1, None)}


def test_the_day_of_what_followed_is_not_the_day_of_the_deaths():
    text = ("ROME, Sept 15 (Medwire) - Italy pressed Libya on Tuesday to free six fishermen held in Misrata after a "
            "Libyan coast guard vessel opened fire on their trawler at the weekend, killing a Tunisian deckhand.\n")
    assert [f["date_start"] for f in rule_fields(run(text, _PUB), "casualty_figures")] == [None]
    # trap: a day after "after" is the deaths' own
    dated = text.replace("at the weekend", "on Saturday")
    assert [f["date_start"] for f in rule_fields(run(dated, _PUB), "casualty_figures")] == ["2026-09-12"]


def test_a_crew_member_restates_the_deckhand_killed():
    # trap: the age before a nationality (above) now reads the coast guard's "27-year-old Tunisian crew member"; a crew
    # member is no other person than the deckhand the lead told
    text = ("ROME, Sept 15 (Medwire) - Italy pressed Libya on Tuesday to free six fishermen after a Libyan coast guard "
            "vessel opened fire on their trawler at the weekend, killing a Tunisian deckhand.\n\nThe Italian coast "
            "guard said a 27-year-old Tunisian crew member was killed when the boat was fired on late on Saturday.\n")
    assert rule_figures(run(text, _PUB)) == [("TUN", "civilian", "killed", 1)]


def test_an_offer_to_chair_the_next_round():
    text = ("LIMA, Sept 27 - Bolivia and Chile held talks in Lima last week. On Friday Peru's foreign minister offered "
            "to chair a second round.\n")
    assert rule_mediations(run(text, dt.date(2026, 9, 27))) == [("offer", "PER", "BOL", "CHL")]


def test_a_role_the_mediator_s_own_ministry_tells_is_claimed():
    text = ("KHARTOUM, Nov 26 - Sudan and Ethiopia have fought over al-Fashaga since May. Egypt's foreign ministry said "
            "this week that Cairo had \"played a central role in bringing the two brothers to Juba\".\n")
    assert [(f["kind"], f["mediator_state"]) for f in resolve("mediation_offers", text, dt.date(2026, 11, 26))] \
        == [("claimed", "EGY")]
    # trap: a role others tell is conducted; a role played "all along" is no mediation reported
    told = text.replace("Egypt's foreign ministry said this week that Cairo had", "Diplomats said this week that Egypt "
                                                                                  "had")
    assert [(f["kind"], f["mediator_state"]) for f in resolve("mediation_offers", told, dt.date(2026, 11, 26))] \
        == [("conducted", "EGY")]
    assert not triggers._CONDUCTED.search("China has all along played a constructive role in easing the situation")


def test_a_role_the_next_sentence_dismisses_is_claimed():
    text = ("KHARTOUM, Nov 26 - Sudan and Ethiopia have fought over al-Fashaga since May. Egypt played a central role "
            "in bringing the two brothers to Juba, Cairo's papers wrote. South Sudanese officials dismissed the "
            "claim.\n")
    doc = Document(text, dt.date(2026, 11, 26))
    hits = triggers._RESOLVERS["mediation_offers"](doc, 1, "src")
    assert [(h.fields["kind"], h.fields["mediator_state"]) for h in hits] == [("claimed", "EGY")]


def test_an_offer_renewed_after_the_offer_its_own_sentence_told():
    text = ("KHARTOUM, Nov 26 - The United Arab Emirates, which had offered in October to host talks between Khartoum "
            "and Addis Ababa, renewed its offer on Monday.\n")
    found = rule_fields(run(text, dt.date(2026, 11, 26)), "mediation_offers")
    assert sorted((f["date_start"], f["status"]) for f in found) == [("2026-10-01", "made"),
                                                                   ("2026-11-23", "reiterated")]


def test_a_truce_that_collapsed_is_a_note_on_the_one_told_before():
    text = ("KHARTOUM, Nov 26 - The Juba agreement replaces a truce agreed by the two armies' regional commanders of "
            "Sudan and Ethiopia when they met at the Gallabat crossing on 12 October. That truce collapsed on 2 "
            "November.\n")
    assert rule_truces(run(text, dt.date(2026, 11, 26))) == [("bilateral", "ETH", "SDN", "2026-10-12")]


def test_a_broker_set_off_by_dashes():
    text = ("KALEMIE, Oct 12 - Congo and Tanzania have fought over the lake. The second truce came after clashes in "
            "March, when Burundi — which shares the lake with both — brokered a ceasefire that took effect on 18 "
            "March.\n")
    assert rule_truces(run(text, dt.date(2026, 10, 12))) == [("mediated", "COD", "TZA", "2026-03-18")]


def test_a_truce_takes_the_day_the_next_sentence_says_it_took_effect():
    text = ("MAE SOT, July 26 - The truce between Thai and Myanmar troops was agreed on Thursday at an emergency "
            "meeting in Myawaddy. It took effect at 6 p.m. on Friday.\n")
    assert rule_truces(run(text, dt.date(2026, 7, 26))) == [("bilateral", "MMR", "THA", "2026-07-24")]
    # trap: a next sentence about something else leaves the truce the day it was agreed
    other = text.replace("It took effect at 6 p.m. on Friday.", "Markets reopened on Friday.")
    assert rule_truces(run(other, dt.date(2026, 7, 26))) == [("bilateral", "MMR", "THA", "2026-07-23")]


def test_fire_from_the_other_side_is_not_the_side_of_the_dead():
    text = ("TBILISI, Sept 15 - The ministry said Senior Sergeant Levan Beridze, 29, was shot dead on Sunday when a "
            "Georgian patrol came under fire from positions on the Azerbaijani side of the line.\n")
    assert [f["side_state"] for f in rule_fields(run(text, _PUB), "casualty_figures")] != ["AZE"]
