"""Round 30. Part one, written before dev74 and dev75 arrived, on the studied corpora and scored by the fields of the
records found (the records themselves unchanged). A meeting's level: the head of "the two sides' border commanders
met"; the two people the classifier's sentence names ("Iraq's foreign minister ... spoke by phone with his Kuwaiti
counterpart"); a minister's deputy is an official ("Deputy Foreign Minister", "Vice-Minister"); a counterpart holds
the other's office whatever his own title ("received by his Nigerien counterpart, General X"); "a meeting of the two
border commanders"; an armed force's delegation is military; and where the text ranks one party only, a person set
against a bare state ("Mongolia's Foreign Minister ... a visit to Pyongyang"), that rank. A mediation offer's status:
an offer the text tells no fate of is made, one the classifier's sentence tells again ("reaffirmed its readiness") is
reiterated, and one a party turns down is rejected whatever rule drafted it. A truce's broker: the one third state
that mediated the pair's talks in the truce's sentence or the next or last. Part two, read on the misses and false
alarms of dev74 and dev75 after their first scores: an office's portfolio in capitals before its state ("Minister of
People's Power for Foreign Affairs of the Bolivarian Republic of Venezuela"); "the Chief of Staff of the Italian
Army"; the clause of the last party named dates a meeting ("..., held in Panama City on 28 September"); the last two
of a list of states, or two who met for a trilateral summit, are no pair; one person by surname and by full name; no
level for a meeting no one is named at; the classifier's meeting in a truce sentence the rules read, and its format;
a state that mediated for the pair is no party of a later offer; the attacker named after the fire; "a soldier of
the detachment"; a report the text calls false; "The Army said" after "a Brazilian Army patrol"; a toll "without a
breakdown by side", and a count of two nationalities."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from diprel.extract import triggers
from diprel.extract.candidates import actors_agree
from diprel.extract.document import Document
from extract_support import WIRE, WIRE_DATE, resolve, rule_fields, run

_PUB = dt.date(2026, 9, 15)


def _levels(text: str, published=_PUB) -> list[tuple]:
    return sorted((f["state_1"], f["state_2"], f["level"]) for f in rule_fields(run(text, published), "meetings"))


def _classifier_rank(text: str, published=WIRE_DATE) -> list:
    """The rank the classifier's meeting resolver gives the text's last sentence (the record's level after the merge
    where no rule gave one), called directly: whether the model flags that sentence moves with every retrain."""
    doc = Document(text, published)
    return [h.rank for h in triggers._RESOLVERS["meetings"](doc, len(doc.sentences) - 1, "src")]


# --- Meetings: the level --------------------------------------------------------------------------------------------

def test_the_head_after_the_two_sides_gives_the_level():
    text = ("DUSHANBE, Sept 15 - Afghanistan and Tajikistan traded fire across the Panj. On Friday, the two sides' "
            "border commanders met at the Panji Poyon crossing point.\n")
    assert _levels(text) == [("AFG", "TJK", "military")]


def test_only_the_words_before_the_verb_are_the_head():
    # trap: the presidents named earlier in the sentence did not talk; the foreign ministers did
    text = ("BRASILIA, Sept 15 - Brazil and Venezuela are at odds over the raid. The two countries' presidents have "
            "not spoken since the raid, a Brazilian official said, although their foreign ministers talked by phone "
            "on Tuesday night.\n")
    assert [f["level"] for f in rule_fields(run(text, _PUB), "meetings")] == ["ministerial"]


_ACCRA = ("ACCRA, Nov 3 (Wire) - Nigeria's President Ibrahim Adeyemi-Bello arrived in Ghana on Tuesday for talks on "
          "the border.\n\n")


def test_the_two_people_of_the_classifier_s_sentence_rank_its_meeting():
    text = WIRE + ("Iraq's foreign minister, Fuad Karim al-Jubouri, spoke by phone last night with his Kuwaiti "
                   "counterpart, Sheikh Salem Nasser al-Sabah.\n")
    assert _classifier_rank(text) == ["ministerial"]
    # one of them never placed: the two people, not the two states, rank it
    presidents = _ACCRA + ("President Adeyemi-Bello flew into Kotoka around midday and spent the afternoon with "
                           "President Asante-Mensah at Jubilee House.\n")
    assert _classifier_rank(presidents) == ["leaders"]


def test_a_third_person_leaves_the_classifier_s_meeting_unranked():
    # trap: three people, and no telling which two met
    text = _ACCRA + ("President Adeyemi-Bello flew into Kotoka around midday and spent the afternoon with President "
                     "Asante-Mensah and Defence Minister Kofi Boateng at Jubilee House.\n")
    assert _classifier_rank(text) == [None]


def test_a_minister_s_deputy_is_an_official():
    text = ("HANOI, Sept 15 - On Thursday, Deputy Foreign Minister Do Minh Tuan of Vietnam held talks in Hanoi with "
            "China's Vice-Minister Liu Jianfeng.\n")
    assert _levels(text) == [("CHN", "VNM", "officials")]


def test_a_deputy_prime_minister_stays_a_minister():
    # trap: the deputy prime minister's title is listed whole
    text = ("SINGAPORE, Sept 15 - Laos's Deputy Prime Minister Khamphet Vongsa held talks in Singapore on Thursday "
            "with Singapore's Foreign Minister Rajan Pillai.\n")
    assert _levels(text) == [("LAO", "SGP", "ministerial")]


def test_a_counterpart_holds_the_other_s_office():
    text = ("BAMAKO, Sept 15 - Mali's Minister of Defence, General Oumar Sidibé, was received in Niamey on Monday by "
            "his Nigerien counterpart, General Moussa Harouna.\n")
    assert _levels(text) == [("MLI", "NER", "ministerial")]


def test_a_named_officer_without_a_counterpart_keeps_his_rank():
    # trap: no counterpart, so the general is a soldier beside the minister
    text = ("BAMAKO, Sept 15 - Mali's Minister of Defence, Oumar Sidibé, was received in Niamey on Monday by Niger's "
            "army chief, General Moussa Harouna.\n")
    assert _levels(text) == [("MLI", "NER", "mixed")]


def test_a_meeting_of_the_two_commanders_is_military():
    text = ("TBILISI, Sept 15 - Azerbaijan and Georgia traded fire near the monastery. The halt to firing was agreed "
            "at a meeting of the two border commanders on Monday at the Red Bridge crossing.\n")
    assert ("AZE", "GEO", "military") in _levels(text)


def test_an_armed_force_s_delegation_is_military():
    text = ("ALGIERS, Sept 15 - The Commander of the 6th Military Region, Major General Noureddine Bouzid, received "
            "on Sunday, at the regional command headquarters in Tamanrasset, a delegation of the Armed Forces of "
            "Niger.\n")
    assert _levels(text) == [("NER", "DZA", "military")]  # the visitor first


def test_one_party_s_rank_is_the_meeting_s_when_the_other_is_a_bare_state():
    text = ("ULAANBAATAR, Sept 15 - Mongolia's Foreign Minister Enkhjargal Battulga held talks in Pyongyang on "
            "Tuesday with North Korea on the return of its fishermen.\n")
    assert _levels(text) == [("MNG", "PRK", "ministerial")]


def test_a_delegation_against_a_bare_state_has_no_rank():
    # trap: a delegation's level is a guess from its noun, no rank the text gives
    text = ("DAKAR, Sept 15 - A Senegalese delegation held talks in Banjul on Tuesday with the Gambia on the "
            "fishing licences.\n")
    assert _levels(text) == [("SEN", "GMB", None)]  # the visitor first


# --- Mediation offers: the status -----------------------------------------------------------------------------------

def test_the_classifier_s_offer_told_again_is_reiterated():
    text = WIRE + "The Russian side reaffirmed its readiness to assist Serbia and Montenegro in the delimitation.\n"
    assert [f.get("status") for f in resolve("mediation_offers", text)] == ["reiterated"]


def test_the_classifier_s_offer_made_has_its_status_set_after_the_merge():
    # trap: the resolver leaves a first offer's status to the merge, which makes it "made"
    text = WIRE + "The Russian side declared its readiness to assist Serbia and Montenegro in the delimitation.\n"
    assert [f.get("status") for f in resolve("mediation_offers", text)] == [None]
    drafts = [c["fields"] for c in run(text, WIRE_DATE) if c["table"] == "mediation_offers"]
    assert all(f["status"] == "made" for f in drafts if f["kind"] == "offer")


def test_the_classifier_s_offer_a_party_turns_down_is_rejected():
    text = ("VIENNA, Sept 15 - Hungary and Slovenia are at odds over the weir. Austria's chancellor, Florian Reindl, "
            "said last week that he was \"happy to bring both friends to Graz, at any level, at any time\". "
            "Ljubljana said on Monday that it did not need intermediaries.\n")
    assert [(c["fields"]["mediator_state"], c["fields"]["status"]) for c in run(text, _PUB)
            if c["table"] == "mediation_offers"] == [("AUT", "rejected")]


# --- Ceasefires: the broker -----------------------------------------------------------------------------------------

def _brokers(text: str) -> list[tuple]:
    return sorted((f["state_1"], f["state_2"], f["broker_state"]) for f in rule_fields(run(text, _PUB), "ceasefires"))


def test_the_state_that_mediated_the_talks_next_door_brokered_the_truce():
    text = ("ASTANA, Sept 15 - Kyrgyz and Uzbek security chiefs met in Almaty on Tuesday in talks mediated by "
            "Kazakhstan. Kyrgyzstan and Uzbekistan agreed a full ceasefire along the enclave from 6 p.m. on "
            "Wednesday.\n")
    assert _brokers(text) == [("KGZ", "UZB", "KAZ")]


def test_talks_mediated_further_off_or_by_two_states_broke_no_truce():
    # traps: the mediation two sentences before the truce; two mediators, and no telling which one brokered it
    far = ("ASTANA, Sept 15 - Kyrgyz and Uzbek security chiefs met in Almaty on Tuesday in talks mediated by "
           "Kazakhstan. The talks lasted six hours. Reporters waited outside. Kyrgyzstan and Uzbekistan agreed a full "
           "ceasefire along the enclave from 6 p.m. on Wednesday.\n")
    assert _brokers(far) == [("KGZ", "UZB", None)]
    two = far.replace("mediated by Kazakhstan. The talks lasted six hours. Reporters waited outside.",
                      "mediated by Kazakhstan and Turkey.")
    assert _brokers(two) == [("KGZ", "UZB", None)]


# --- Part two, read on dev74 and dev75 after their first scores -----------------------------------------------------
# Meetings

def test_an_office_s_portfolio_in_capitals_before_its_state():
    text = ("SANTIAGO, 16 October 2026 - Today the Minister of Foreign Affairs, Ignacia Fuenzalida Rojas, held a video "
            "call with the Minister of People's Power for Foreign Affairs of the Bolivarian Republic of Venezuela, "
            "Héctor Lanz Medina.\n")
    assert [(f["state_1"], f["state_2"]) for f in rule_fields(run(text, dt.date(2026, 10, 16)), "meetings")] \
        == [("CHL", "VEN")]


def test_a_portfolio_that_names_a_state_is_no_portfolio():
    # trap: "of Chile" is the office's state, not a portfolio before another
    text = ("SANTIAGO, 16 October 2026 - Today the Minister of Foreign Affairs of Chile, Ignacia Fuenzalida Rojas, "
            "held a video call with the Minister of Foreign Affairs of Peru, Elena Quispe.\n")
    assert [(f["state_1"], f["state_2"]) for f in rule_fields(run(text, dt.date(2026, 10, 16)), "meetings")] \
        == [("CHL", "PER")]


def test_a_chief_of_staff_of_a_force_is_its_state_s():
    text = ("ROME, 9 October 2026 - On 8 October, the Chief of the General Staff of the Georgian Defence Forces, Major "
            "General Zurab Tsiklauri, arrived in Rome and was received by the Chief of Staff of the Italian Army, "
            "General Marco Ferrante.\n")
    assert _levels(text, dt.date(2026, 10, 9)) == [("GEO", "ITA", "military")]


def test_the_clause_of_the_last_party_dates_the_meeting():
    text = ("SANTIAGO, 16 October 2026 - The call followed a meeting between the Undersecretary of Foreign Affairs "
            "of Chile, Tomás Errázuriz Vial, and the Deputy Minister for Latin America of Venezuela, Rafael Bracho "
            "Ramos, held in Panama City on 28 September.\n")
    assert [f["date_start"] for f in rule_fields(run(text, dt.date(2026, 10, 16)), "meetings")] == ["2026-09-28"]


def test_a_meeting_s_own_clause_keeps_its_date_when_the_parties_sit_in_it():
    # trap: both parties in the trigger's clause; the date of the clause after them is another event's
    text = ("SANTIAGO, 16 October 2026 - The call followed a meeting between Chile's Undersecretary Tomás Errázuriz "
            "Vial and Venezuela's Deputy Minister Rafael Bracho Ramos in Panama City on 28 September, and a second "
            "call is planned for 3 November.\n")
    assert [f["date_start"] for f in rule_fields(run(text, dt.date(2026, 10, 16)), "meetings")] == ["2026-09-28"]


def test_the_last_two_of_a_list_of_states_are_no_pair():
    text = ("CORFU, 2 October 2026 - The Heads of State or Government of Albania, Croatia, Greece, Italy, Serbia and "
            "Slovenia met in Corfu on 1 and 2 October 2026.\n")
    assert rule_fields(run(text, dt.date(2026, 10, 2)), "meetings") == []


def test_two_states_joined_alone_still_met():
    # trap: two states only, no list
    text = "CORFU, 2 October 2026 - Serbia and Slovenia met in Corfu on 1 October 2026.\n"
    assert [(f["state_1"], f["state_2"]) for f in rule_fields(run(text, dt.date(2026, 10, 2)), "meetings")] \
        == [("SRB", "SVN")]


def test_two_who_met_for_a_trilateral_summit_met_no_pair_alone():
    text = "YEREVAN, Sept 15 - Greece and Cyprus met in Yerevan on Monday for their fourth trilateral summit.\n"
    assert rule_fields(run(text, _PUB), "meetings") == []


def test_one_person_by_surname_and_by_full_name_agree():
    # dev74's headline "Foreign Minister Fuenzalida holds video call" is the call its body tells of Ignacia Fuenzalida
    # Rojas
    by_surname = {"state_1": "CHL", "actor_1": "fuenzalida", "state_2": "VEN", "actor_2": None}
    in_full = {"state_1": "CHL", "actor_1": "ignacia-fuenzalida-rojas",
               "state_2": "VEN", "actor_2": "hector-lanz-medina"}
    assert actors_agree(by_surname, in_full)


def test_two_people_of_one_state_with_other_names_disagree():
    # trap: another Chilean, no name inside the other's
    other = {"state_1": "CHL", "actor_1": "tomas-ruiz-pardo", "state_2": "VEN", "actor_2": None}
    in_full = {"state_1": "CHL", "actor_1": "ignacia-fuenzalida-rojas", "state_2": "VEN", "actor_2": None}
    assert not actors_agree(other, in_full)


def test_an_agreement_reached_at_a_meeting_has_no_level_of_its_own():
    text = ("NOUAKCHOTT, 10 November 2026 - Morocco and Tunisia restored relations. The decision was reached at a "
            "meeting in Nouakchott on 8 November.\n")
    assert _levels(text, dt.date(2026, 11, 10)) == [("MAR", "TUN", None)]


_TRUCE = ("KABUL, Sept 15 - Afghan and Chinese border commanders agreed on Monday to stop firing along a remote stretch "
          "of the Wakhan corridor, officials said.\n")


def _flagged(monkeypatch, second: str) -> list[str]:
    """The tables drafted for _TRUCE when the classifier rates the truce first and `second` next (its ratings fixed
    here: which sentences the model flags moves with every retrain)."""
    rates = {"ceasefires": 0.95, "meetings": 0.1, "mediation_offers": 0.1, "casualty_figures": 0.01}
    rates[second] = 0.9
    monkeypatch.setattr(triggers, "scores", lambda sentence, m=None: dict(rates))
    return sorted(c["table"] for c in run(_TRUCE, _PUB) if c["method"].startswith("rules:trigger_"))


def test_a_truce_the_rules_read_may_hold_the_classifier_s_meeting(monkeypatch):
    # the rules read the truce; the commanders who agreed it met, the classifier's second table
    assert _flagged(monkeypatch, "meetings") == ["meetings"]


def test_a_truce_the_rules_read_holds_no_classifier_s_offer(monkeypatch):
    # trap: only a meeting goes with a truce the rules read
    assert _flagged(monkeypatch, "mediation_offers") == []


def test_the_classifier_s_meeting_reads_its_format():
    text = WIRE + "The two foreign ministers spoke by telephone on Monday evening about the shooting.\n"
    assert [f.get("format") for f in resolve("meetings", text)] == ["call"]
    talks = WIRE + "The two foreign ministers sat down together on Monday evening to discuss the shooting.\n"
    assert [f.get("format") for f in resolve("meetings", talks)] == ["talks"]


# Mediation

def test_a_state_that_mediated_for_the_pair_is_no_party_of_a_later_offer():
    # dev74's release up to the offer: Panama, thanked in the offer's sentence, had facilitated the pair's talks
    release = (Path(__file__).parent / "corpus_dev74" / "articles" / "pr-chl-ven-video-call-05.txt").read_text()
    text = release[:release.index("The Ministers agreed that the Undersecretary")]
    offers = [(f["mediator_state"], f["party_1_state"], f["party_2_state"])
              for f in rule_fields(run(text, dt.date(2026, 10, 16)), "mediation_offers") if f["kind"] == "offer"]
    assert offers == [("BRA", "CHL", "VEN")]


# Casualty figures

def _sides(text: str, published=_PUB) -> list[tuple]:
    return sorted((f["count"], f["side_state"], f["outcome"]) for f in rule_fields(run(text, published),
                                                                                  "casualty_figures"))


_MADRID = "MADRID, 19 September 2026 - The Ministry of Defence of Spain reports on the incident at the islands.\n\n"


def test_the_attacker_named_after_the_fire_is_not_the_soldier_s_side():
    text = _MADRID + ("The Ministry deeply regrets the death of Corporal Antonio Ruiz Becerra, who lost his life on 12 "
                      "September when the detachment came under fire from a Moroccan patrol boat.\n")
    assert _sides(text, dt.date(2026, 9, 19)) == [(1, "ESP", "killed")]


def test_a_soldier_of_the_unit_is_one_figure():
    text = _MADRID + ("The arrangement was broken on the night of 13 September, when a soldier of the detachment was "
                      "slightly injured by shrapnel.\n")
    assert _sides(text, dt.date(2026, 9, 19)) == [(1, "ESP", "injured")]


def test_a_report_called_false_is_no_figure():
    text = ("ROME, 9 October 2026 - Two Georgian servicemen were killed in the exercise. Information circulating on "
            "social media that as many as nine Georgian soldiers died in the incident is false.\n")
    assert _sides(text, dt.date(2026, 10, 9)) == [(2, "GEO", "killed")]


def test_a_report_not_called_false_stays_a_figure():
    # trap: the report is only reported
    text = ("ROME, 9 October 2026 - Two Georgian servicemen were killed in the exercise. Reports on social media "
            "said that as many as nine Georgian soldiers died in the incident.\n")
    assert _sides(text, dt.date(2026, 10, 9)) == [(2, "GEO", "killed"), (9, "GEO", "killed")]


def test_a_force_named_bare_is_the_one_the_text_flagged():
    text = ("OIAPOQUE, 23 October 2026 - On 8 September, a Brazilian Army patrol and French gendarmes exchanged fire "
            "near Vila Brasil. The Army said one of its soldiers, Corporal Wesley Nascimento, 24, was killed in the "
            "exchange.\n")
    assert (1, "BRA", "killed") in _sides(text, dt.date(2026, 10, 23))


def test_a_toll_given_without_a_breakdown_by_side_is_no_side_s():
    text = ("KUALA LUMPUR, Sept 15 - The Malaysian armed forces said at least four sailors were killed in the clashes "
            "with the Philippine navy on Tuesday and Wednesday, without giving a breakdown by side.\n")
    assert _sides(text) == [(4, None, "killed")]


_CREW = ("ROME, Sept 15 - The skipper of the trawler was killed. Two of his crew, an Italian and a Tunisian, were "
         "wounded in the same burst of fire, the ministry said.\n")


def test_a_count_of_two_nationalities_is_no_one_side_s():
    assert (2, None, "injured") in _sides(_CREW)


def test_a_count_of_one_nationality_is_its_side():
    # trap: one nationality in the aside is the side
    assert (2, "ITA", "injured") in _sides(_CREW.replace("an Italian and a Tunisian", "an Italian aged 40"))
