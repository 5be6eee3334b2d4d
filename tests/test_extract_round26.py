"""Round 26. Part one, written before dev66 and dev67 arrived, on the encounters of one visit the studied corpora merged:
a host state's two principals told by office ("talks with the Prime Minister of Moldova", "was received by the President
of the Republic of Moldova") are two meetings though one is unnamed, while one person told by name and by office stays
one; "Before the joint meeting," dates an encounter to the day of the meeting just reported; and whom a visitor came at
the instance of ("flew to Ouagadougou at the instance of His Excellency the President and held talks") is not who held
the talks. Part two, read on the misses and false alarms of dev66 and dev67 after their first scores: a river named
for a state ("a river patrol on the Uruguay River") and a Brazilian release's "Porto Alegre (RS), 10 November 2026"
line; 'Local commanders agreed a "hold-fire"', "the immediate cessation of any use of weapons", "spoke by telephone
and ordered their forces to stop firing" (and "Senegal's armed forces minister"), a call "on Sunday for" a truce; the
host of "meetings" with an aside between ("hosted, at Bayan Palace on 25 and 26 July 2026, the meetings between the
delegations of the two brotherly countries"), "facilitated by His Excellency the Minister", "the facilitation by
Liberia of the talks", "offered on Aug 18 to facilitate a dialogue between two brother nations", "an Omani offer, made
on Sunday", "Astana, for its part, has offered to host further rounds", 'had "quietly helped" A and B keep their
channels open', a question put "by another MP", and a classifier's mediation beside the rules' offer; "killing a
Tunisian deckhand and wounding the Sicilian skipper", "a technician on a nearby gas platform", an aid group's
nationality, where the dead were found; and a visit one was only invited to pay."""
from __future__ import annotations

import datetime as dt

from extract_support import dated_pairs, rule_fields, rule_figures, rule_mediations, run

_PUB = dt.date(2026, 8, 27)


# --- Meetings: two principals of one host state, one of them unnamed ------------------------------------------------

_TWO_PRINCIPALS = ("The Prime Minister of the Republic of Moldova, Mr. Ion Rusu, and the Prime Minister of Romania, Mr. "
                   "Mihai Stan, co-chaired today, 27 August 2026, in Chișinău, the joint meeting of the two "
                   "Governments.\n\nBefore the joint meeting, Prime Minister Stan was received by the President of the "
                   "Republic of Moldova at the Presidency.\n\nLast week, the ministers of energy of the two countries "
                   "held a video conference on the gas supply.\n")


def test_a_visitor_received_by_a_second_principal_of_the_host_meets_twice_that_day():
    days = sorted(f["date_start"] for f in rule_fields(run(_TWO_PRINCIPALS, _PUB), "meetings"))
    assert days == ["2026-08-17", "2026-08-27", "2026-08-27"]


def test_the_reception_before_the_joint_meeting_is_dated_to_its_day():
    received = [f for f in rule_fields(run(_TWO_PRINCIPALS, _PUB), "meetings")
                if f["actor_1"] is None or f["actor_2"] is None]
    assert [(f["date_start"], f["date_precision"]) for f in received if f["format"] == "visit"] \
        == [("2026-08-27", "day")]


# Trap: one principal told by name, then by office alone, is one meeting.
_ONE_PRINCIPAL = ("President Ion Rusu of Moldova received Romanian Prime Minister Mihai Stan in Chișinău on Wednesday. "
                  "\n\nThe President of the Republic of Moldova and Mr. Stan discussed energy and schools.\n")


def test_trap_one_principal_named_then_told_by_office_is_one_meeting():
    assert len(rule_fields(run(_ONE_PRINCIPAL, _PUB), "meetings")) == 1


# Trap: a headline's office is loose ("Defence Minister ... for talks with Burkinabè leader"), its meeting the body's.
_HEADLINE = ("Defence Minister in Ouagadougou for talks with Burkinabè leader\n\nOn Monday, the Minister for Defence, "
             "Hon. Kofi Mensah, of Ghana flew to Ouagadougou and held talks with the Burkinabè leader, Captain "
             "Issouf Traoré, at the Kosyam Palace.\n")


def test_trap_a_headlines_office_does_not_split_the_bodys_meeting():
    assert len(rule_fields(run(_HEADLINE, _PUB), "meetings")) == 1


# --- Meetings: whom the visitor came at the instance of -------------------------------------------------------------

_AT_THE_INSTANCE = ("On Monday, Ghana's Minister for Defence, Hon. Kofi Mensah, flew to Ouagadougou at the instance of "
                    "His Excellency the President and held talks with the Burkinabè leader, Captain Issouf Traoré, at "
                    "the Kosyam Palace.\n")


def test_the_one_at_whose_instance_a_minister_travelled_is_not_who_held_the_talks():
    [f] = rule_fields(run(_AT_THE_INSTANCE, _PUB), "meetings")
    assert (f["actor_1"], f["actor_2"]) == ("kofi-mensah", "captain-issouf-traore")


# --- Actors and places: a river named for a state, a release's place line with its province --------------------------

_RIVER = ("SOUTHERN MILITARY COMMAND\n\nPorto Alegre (RS), 10 November 2026\n\nThe Command informs that on 7 November a "
          "river patrol on the Uruguay River, near Porto Xavier, was fired upon from the Argentine bank. As a result, "
          "one soldier lost his life and two soldiers were wounded. The Brazilian Army has no information about "
          "casualties on the Argentine side.\n\nOn 8 November 2026 the two commanders agreed on "
          "the immediate cessation of any use of weapons along the sector.\n")


def test_a_river_named_for_a_state_is_no_party_and_the_release_speaks_from_its_province():
    cands = run(_RIVER, dt.date(2026, 11, 10))
    assert dated_pairs(cands, "ceasefires") == [("2026-11-08", "ARG", "BRA")]
    assert rule_figures(cands) == [("BRA", "military", "injured", 2), ("BRA", "military", "killed", 1)]


def test_trap_the_state_itself_beside_a_river_is_still_named():
    text = "Uruguay and Brazil agreed on Tuesday to stop firing across the Quaraí river.\n"
    assert dated_pairs(run(text, dt.date(2026, 8, 19)), "ceasefires") == [("2026-08-18", "BRA", "URY")]


# --- Ceasefires: a quoted hold-fire, any use of weapons, an order after a call, a call for a truce ---------------------

def test_local_commanders_agreed_a_quoted_hold_fire():
    text = ("Brazil and Uruguay have traded fire on their border since August. Local commanders agreed a \"hold-fire\" "
            "on Aug 16, but it lasted only until the next night.\n")
    assert dated_pairs(run(text, dt.date(2026, 8, 27)), "ceasefires") == [("2026-08-16", "BRA", "URY")]


def test_two_ministers_who_spoke_by_phone_and_ordered_their_forces_to_stop_firing_agreed_a_truce():
    text = ("On Wednesday evening, Senegal's armed forces minister and his Guinean counterpart spoke by telephone and "
            "ordered their forces to stop firing.\n")
    cands = run(text, dt.date(2026, 6, 19))
    assert dated_pairs(cands, "ceasefires") == [("2026-06-17", "GIN", "SEN")]
    assert dated_pairs(cands, "meetings") == [("2026-06-17", "GIN", "SEN")]


def test_trap_an_army_ordered_to_stop_firing_by_its_own_minister_is_no_two_sided_truce():
    text = "Senegal's armed forces minister ordered his troops to stop firing at Guinean positions on Wednesday.\n"
    assert dated_pairs(run(text, dt.date(2026, 6, 19)), "ceasefires") == []


def test_a_call_on_a_day_for_a_ceasefire_is_no_ceasefire():
    text = "Saudi Arabia and Kuwait had called on Sunday for \"an immediate ceasefire\" between the two navies.\n"
    assert dated_pairs(run(text, dt.date(2026, 10, 6)), "ceasefires") == []


# --- Mediation: hosting with an aside, a styled minister after "by", facilitation by, a date after "offered" -----------

_KUWAIT = ("Kuwait, 29 July 2026\n\nThe Ministry welcomes the announcement by the Sultanate of Oman and the United Arab "
           "Emirates of a complete cessation of all military activities in the border area.\n\nThe Ministry recalls "
           "that the State of Kuwait hosted, at Bayan Palace on 25 and 26 July 2026, the meetings between the "
           "delegations of the two brotherly countries, which were facilitated by His Excellency the Minister of "
           "Foreign Affairs.\n")


def test_a_host_of_meetings_with_an_aside_mediated_and_the_delegations_met():
    cands = run(_KUWAIT, dt.date(2026, 7, 29))
    assert rule_mediations(cands) == [("conducted", "KWT", "ARE", "OMN")]
    assert dated_pairs(cands, "meetings") == [("2026-07-25", "ARE", "OMN")]


def test_the_facilitation_by_a_state_of_talks_between_two_is_mediation():
    text = ("The President thanked his guest for the facilitation by Liberia of the talks held in Monrovia on 21 "
            "September 2026 between the delegations of Senegal and The Gambia.\n")
    assert rule_mediations(run(text, dt.date(2026, 10, 8))) == [("conducted", "LBR", "GMB", "SEN")]


def test_an_offer_dated_by_day_and_month_before_its_service():
    text = ("Brazil and Uruguay have traded fire on their border. Argentina's Foreign Minister Federico Paz offered on "
            "Aug 18 to \"facilitate a dialogue between two brother nations\".\n")
    assert rule_mediations(run(text, dt.date(2026, 8, 27))) == [("offer", "ARG", "BRA", "URY")]


def test_a_demonyms_offer_named_as_a_noun_is_that_states():
    text = ("Iran and Qatar agreed on Monday to stop firing near the gas field. Both governments said on Monday they "
            "had accepted an Omani offer, made on Sunday, to host talks in Muscat.\n")
    assert rule_mediations(run(text, dt.date(2026, 10, 6))) == [("offer", "OMN", "IRN", "QAT")]


def test_a_subject_before_for_its_part_offers_to_host_further_rounds():
    text = ("Armenian and Belarusian diplomats met in Astana on Tuesday. Astana, for its part, has offered to host "
            "further rounds \"for as long as both sides find it useful\", its envoy said.\n")
    assert ("offer", "KAZ", "ARM", "BLR") in rule_mediations(run(text, dt.date(2026, 10, 30)))


def test_quietly_helping_two_capitals_keep_their_channels_open_is_a_claimed_mediation():
    text = ("Argentina and Brazil exchanged fire on the border. Benítez told a press conference that Paraguay had "
            "\"quietly helped\" Buenos Aires and Brasília keep their channels open, a claim Brazilian diplomats "
            "dispute.\n")
    assert rule_mediations(run(text, dt.date(2026, 11, 19))) == [("claimed", "PRY", "ARG", "BRA")]


def test_a_question_put_by_an_mp_offers_nothing():
    text = ("Asked by another MP whether Morocco would offer to mediate between Algeria and Mali, the minister said "
            "that was for others to decide.\n")
    assert rule_mediations(run(text, dt.date(2026, 11, 12))) == []


def test_the_classifiers_mediation_beside_the_rules_offer_is_kept():
    text = ("Ministry of Foreign Affairs of the Islamic Republic of Iran\n\nTehran, Wednesday 10 December 2025\n\n"
            "Deputy FM Rahbari: I can confirm that last Thursday in Muscat I had a meeting with the delegation of the "
            "United Kingdom. The meeting took place at the invitation of the Sultanate of Oman, and our Omani brothers, "
            "in particular His Excellency Sayyid Khalid bin Hamad Al Busaidi, facilitated the exchange of messages "
            "between the two delegations.\n\nDeputy FM Rahbari: Oman has again told us that it is ready to host talks "
            "between Tehran and London.\n")
    kinds = sorted(c["fields"]["kind"] for c in run(text, dt.date(2025, 12, 10)) if c["table"] == "mediation_offers")
    assert kinds == ["conducted", "offer"]


# --- Casualty figures: a boat's skipper, a platform, an aid group, where the dead were found ---------------------------

def test_the_skipper_wounded_beside_a_foreign_deckhand_is_one_of_his_own_state():
    text = ("ROME, Sept 15 (Medwire) - A Libyan coast guard vessel opened fire on an Italian trawler at the weekend, "
            "killing a Tunisian deckhand and wounding the Sicilian skipper.\n")
    assert rule_figures(run(text, dt.date(2026, 9, 15))) == [("ITA", "civilian", "injured", 1),
                                                          ("TUN", "civilian", "killed", 1)]


def test_a_technician_on_a_gas_platform_is_one_person():
    text = ("Iranian and Qatari patrol boats exchanged fire on Sunday. A Filipino technician on a nearby gas platform "
            "was reportedly injured by shrapnel.\n")
    assert ("PHL", "civilian", "injured", 1) in rule_figures(run(text, dt.date(2026, 10, 6)))


def test_an_aid_groups_nationality_is_not_the_deads():
    text = ("CEUTA, July 9 (Estrecho News) - At least four migrants died early on Wednesday at the border fence between "
            "Morocco and the Spanish enclave of Ceuta, Spain's government delegation said.\n\nFrontera Sur Watch, a "
            "Spanish migrant aid group, said up to seven people had died, citing witnesses in Fnideq.\n")
    assert ("", "unspecified", "killed", 7) in rule_figures(run(text, dt.date(2026, 7, 9)))


def test_where_the_dead_were_found_is_not_their_state():
    text = ("CEUTA, July 9 (Estrecho News) - At least four migrants died on Wednesday at the fence. The four dead were "
            "found on the Moroccan side of the fence, the delegation said.\n")
    assert ("MAR", "civilian", "killed", 4) not in rule_figures(run(text, dt.date(2026, 7, 9)))


def test_trap_civilians_killed_on_a_states_side_are_still_its_own():
    text = "Three civilians were killed on the Moroccan side of the border on Wednesday, officials said.\n"
    assert rule_figures(run(text, dt.date(2026, 7, 9))) == [("MAR", "civilian", "killed", 3)]


# --- Meetings: a visit one was invited to pay --------------------------------------------------------------------------

def test_a_visit_one_was_invited_to_pay_has_not_happened():
    text = ("The President of the Republic of Paraguay thanked the Government of Colombia for its hospitality and "
            "invited the President of the Republic of Colombia to pay an official visit to Paraguay.\n")
    assert dated_pairs(run(text, dt.date(2026, 6, 12)), "meetings") == []


def test_trap_a_visit_paid_at_an_invitation_is_a_meeting():
    text = ("At the invitation of the President of the Republic of Colombia, the President of the Republic of Paraguay "
            "paid a State Visit to Colombia on 10 June 2026.\n")
    assert dated_pairs(run(text, dt.date(2026, 6, 12)), "meetings") == [("2026-06-10", "COL", "PRY")]
