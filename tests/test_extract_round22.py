"""Round 22, read on the misses of the development corpora up to dev57 and, after their first scores, of dev58 and
dev59 (each beside its trap). One more person counted on from a figure before ("A third migrant, a teenager, was
seriously injured", "a fourth person ... had later died", "A third man, who swam to shore, is being treated ... for a
gunshot wound", "A third man, 22-year-old X, survived with a bullet wound"), and of that figure's side; a named victim
described by age ("X, a 24-year-old Kazakh driver from ..., was shot dead"), of the state the description names; a
relative opening a sentence ("His cousin, who was with him, was wounded"), of the side of the one just counted. A
truce agreed "between field commanders"; "a halt the same commanders agreed on Sept. 4"; "the understanding reached
by the two navies" in a statement that names the pair. An offer "to mediate between the two" is between the pair the
text joined, not the one the sentence before names beside another would-be mediator. Part two, read on the false
alarms: a named man after a count of one of his side is that count told again; a helper thanked "in particular" after
his government is of that state; a host who received two ambassadors "separately" met each of them."""
from __future__ import annotations

import datetime as dt

from extract_support import mediations, run

_PUB = dt.date(2026, 11, 16)


def _run(text: str, published=_PUB) -> list[dict]:
    return run(text, published)  # every quote checked to be its exact slice


def _rules(cands: list[dict], table: str) -> list[dict]:
    """The candidates a rule found (not the sentence classifier's fallback)."""
    return [c for c in cands if c["table"] == table and not c["method"].startswith("rules:trigger_")]


def _counts(cands: list[dict]) -> set[tuple]:
    return {(c["fields"]["side_state"], c["fields"]["outcome"], c["fields"]["count"])
            for c in _rules(cands, "casualty_figures")}


# --- One more person, counted on from a figure before ---------------------------------------------------------------

def test_a_third_migrant_described_in_an_aside():
    cands = _run("Two migrants died of exposure on the mountain path on Saturday. A third migrant, a teenager, was "
                 "seriously injured in a fall on the same path on Sunday.\n")
    assert (None, "injured", 1) in _counts(cands)


def test_a_third_migrant_only_detained_is_no_casualty():
    # trap: the one more person was arrested, not hurt
    cands = _run("Two migrants died of exposure on the mountain path on Saturday. A third migrant, a teenager, was "
                 "detained by the police on Sunday.\n")
    assert (None, "injured", 1) not in _counts(cands) and (None, "killed", 1) not in _counts(cands)


def test_a_fourth_person_who_later_died():
    cands = _run("Laotian officials said three villagers were killed by shells on Monday. Residents said a fourth "
                 "person, a teenage boy, had later died.\n")
    assert ("LAO", "killed", 1) in _counts(cands)


def test_a_third_man_named_by_age_survived_with_a_wound_and_is_of_the_side_before():
    cands = _run("PLUMTREE \u2014 Two young Zimbabwean men were shot dead by a Botswana Defence Force patrol on Sunday."
                 "\n\nA third man, 22-year-old Mthulisi Dube, survived with a bullet wound to the thigh and is "
                 "recovering at Plumtree District Hospital.\n")
    assert ("ZWE", "injured", 1) in _counts(cands)


def test_a_third_man_who_swam_to_shore_is_treated_for_a_wound():
    cands = _run("Malawian police said two Malawian fishermen were shot dead on the night of June 4 when a patrol boat "
                 "opened fire on their canoes. A third man, who swam to shore, is being treated at Karonga District "
                 "Hospital for a gunshot wound to the leg, a hospital official said.\n")
    assert ("MWI", "injured", 1) in _counts(cands)


def test_a_third_man_who_only_swam_to_shore_is_no_casualty():
    # trap: the clause set off by commas tells how he escaped; he was not hurt
    cands = _run("Malawian police said two Malawian fishermen were shot dead on the night of June 4 when a patrol boat "
                 "opened fire on their canoes. A third man, who swam to shore, is being questioned by the police.\n")
    assert {c[2] for c in _counts(cands)} == {2}


def test_a_fifth_passenger_described_in_an_aside():
    cands = _run("Four Iraqi passengers were killed when the minibus was hit. A health official in Dohuk said a fifth "
                 "passenger, a teenage girl, had been wounded and was in a stable condition.\n")
    assert ("IRQ", "injured", 1) in _counts(cands)


# --- A named victim, and a relative opening a sentence --------------------------------------------------------------

def test_a_named_victim_described_by_age_takes_the_state_of_the_description():
    cands = _run("The crossing was closed on Friday morning after Daniyar Seitkali, a 24-year-old Kazakh driver from "
                 "the village of Karabulak, was shot dead near the frontier fence.\n")
    assert ("KAZ", "killed", 1) in _counts(cands)


def test_a_named_person_described_by_age_who_only_testified_is_no_casualty():
    # trap: the same description, no outcome
    cands = _run("Daniyar Seitkali, a 24-year-old Kazakh driver from the village of Karabulak, told reporters he had "
                 "waited three days at the crossing.\n")
    assert not _rules(cands, "casualty_figures")


def test_a_relative_opening_a_sentence_is_of_the_side_of_the_one_before():
    cands = _run("The crossing was closed on Friday morning after Daniyar Seitkali, a 24-year-old Kazakh driver from "
                 "the village of Karabulak, was shot dead near the frontier fence. His cousin, who was with him, was "
                 "wounded in the leg and is being treated at the district hospital.\n")
    assert ("KAZ", "injured", 1) in _counts(cands)


def test_a_relative_who_was_hurt_in_the_clause_is_not_read_twice():
    # trap: the outcome told inside the clause ("who was wounded") is no aside before the verb
    cands = _run("Two Kazakh drivers were shot dead near the frontier fence on Friday. His cousin, who was wounded in "
                 "the leg, told reporters the guards had not warned them.\n")
    assert ("KAZ", "injured", 1) not in _counts(cands)


# --- Truces ---------------------------------------------------------------------------------------------------------

def _truces(cands: list[dict]) -> set[tuple]:
    return {(frozenset((c["fields"]["state_1"], c["fields"]["state_2"])), c["fields"]["date_start"])
            for c in _rules(cands, "ceasefires")}


def test_a_halt_agreed_between_field_commanders():
    cands = _run("Sierra Leone and Liberia fought on the border for a week. A halt to firing agreed between field "
                 "commanders and announced by Sierra Leone's Ministry of Defence on Friday collapsed overnight.\n",
                 published=dt.date(2026, 6, 10))
    assert (frozenset(("LBR", "SLE")), "2026-06-05") in _truces(cands)


def test_a_halt_agreed_between_two_armed_groups_is_no_truce_of_states():
    # trap: "between" names the truce's own sides, and they are no states
    cands = _run("Sierra Leone and Liberia fought on the border for a week. A halt to firing agreed between the "
                 "Kamajor militia and the smugglers' gangs on Friday collapsed overnight.\n",
                 published=dt.date(2026, 6, 10))
    assert not _truces(cands)


def test_a_halt_named_by_the_commanders_who_agreed_it():
    cands = _run("Serbian and North Macedonian police traded fire again on Monday near Lojane. Police said a halt the "
                 "same commanders agreed on Sept. 4, after shots were exchanged near the crossing, broke down on "
                 "Monday night.\n", published=dt.date(2026, 9, 23))
    assert (frozenset(("MKD", "SRB")), "2026-09-04") in _truces(cands)


def test_a_halt_the_commanders_only_discussed_is_no_truce():
    # trap: what the commanders agreed was to meet, and the halt was only discussed
    cands = _run("Serbian and North Macedonian police traded fire again on Monday near Lojane. Police said the "
                 "commanders would meet on Friday to discuss a halt.\n", published=dt.date(2026, 9, 23))
    assert not _truces(cands)


_ASEAN = ("Statement by the Secretary-General of ASEAN\n\n"
          "The Secretary-General of ASEAN welcomes the agreement between the Republic of Indonesia and the Republic of "
          "the Philippines to cease all hostile actions in the disputed area from 15 November 2026. He thanks "
          "Indonesia and the Philippines for the restraint of their leaders.\n\n"
          "He commends Malaysia, Singapore and Brunei for their support. He also thanks the ASEAN Regional Forum for "
          "its work. He notes the humanitarian work of the Red Cross. He recalls that {what}.\n")


def test_an_understanding_reached_by_the_two_navies_is_a_truce_of_the_pair_the_statement_names():
    cands = _run(_ASEAN.format(what="the understanding reached by the two navies on 2 October 2026 to halt all "
                                    "firing in the disputed area was not sustained"))
    assert (frozenset(("IDN", "PHL")), "2026-10-02") in _truces(cands)


def test_an_understanding_the_two_navies_have_not_reached_is_no_truce():
    # trap: the agreement named first, but negated
    cands = _run(_ASEAN.format(what="the two navies have not reached an understanding to halt all firing in the "
                                    "disputed area"))
    assert _truces(cands) == {(frozenset(("IDN", "PHL")), "2026-11-15")}


# --- Mediation between "the two" -------------------------------------------------------------------------------------

_MEDIATORS = ("Few neighbourly quarrels attract as many would-be peacemakers as the one between Algeria and Morocco, "
              "and few have resisted them so long.\n\n"
              "The latest attempt came last month, when Mauritania's President offered to host talks in Nouakchott. "
              "The answer from Algiers was swift: \"There is nothing to mediate,\" the foreign minister told state "
              "radio. Rabat welcomed the Mauritanian gesture but did not commit to attending.\n\n"
              "{sentence} Doha has made similar noises since 2024.\n")


def test_an_offer_to_mediate_between_the_two_is_between_the_pair_the_text_joined():
    cands = _run(_MEDIATORS.format(sentence="Qatar's foreign minister repeated in January his country's standing "
                                            "offer to mediate between the two, a diplomat said."),
                 published=dt.date(2026, 3, 17))
    assert ("offer", "QAT", frozenset(("DZA", "MAR"))) in mediations(cands)


def test_an_offer_between_two_states_it_names_keeps_its_own_pair():
    # trap: the offer's own sentence names its parties; the pair the text joined does not replace them
    cands = _run(_MEDIATORS.format(sentence="Qatar's foreign minister repeated in January his offer to mediate "
                                            "between Rabat and Nouakchott on their fishing quarrel."),
                 published=dt.date(2026, 3, 17))
    assert ("offer", "QAT", frozenset(("MAR", "MRT"))) in mediations(cands)


# --- Part two: a named victim told again, a helper "in particular", a host who met each side separately ------------

def test_a_named_sergeant_after_a_count_of_one_is_that_count_told_again():
    cands = _run("A Serbian border policeman was shot dead near the Tabanovce crossing on Tuesday. Serbia's Interior "
                 "Ministry said Sergeant Milan Vukotic, 34, was killed at about 2 p.m.\n")
    assert [c[2] for c in _counts(cands) if c[:2] == ("SRB", "killed")] == [1]
    assert len([c for c in _rules(cands, "casualty_figures") if c["fields"]["side_state"] == "SRB"]) == 1


def test_a_named_sergeant_killed_on_another_day_is_another_death():
    # trap: the count before and the named man are dated apart
    cands = _run("A Serbian border policeman was shot dead near the Tabanovce crossing on 3 November. Serbia's "
                 "Interior Ministry said Sergeant Milan Vukotic, 34, was killed on 12 November near Presevo.\n")
    assert len([c for c in _rules(cands, "casualty_figures") if c["fields"]["side_state"] == "SRB"]) == 2


def test_a_helper_named_in_particular_after_his_government_is_of_that_state():
    cands = _run("Both Governments expressed their gratitude to the Government of Nicaragua, and in particular to "
                 "Vice Minister Roger Arguello, for facilitating the meeting of the naval commanders of Honduras and "
                 "El Salvador on 19 August.\n")
    mediators = {m[1] for m in mediations(cands)}
    assert "NIC" in mediators and "HND" not in mediators


def test_a_host_who_received_two_ambassadors_separately_met_each():
    cands = _run("ACCRA, 2 July 2026 - Ghana calls on Cameroon and Chad to respect the cessation of hostilities.\n\n"
                 "The Honourable Minister received the Ambassadors of Cameroon and Chad accredited to Ghana separately "
                 "on Wednesday, 1st July, 2026, and conveyed this message to each of them.\n",
                 published=dt.date(2026, 7, 2))
    met = {frozenset((c["fields"]["state_1"], c["fields"]["state_2"])) for c in cands if c["table"] == "meetings"}
    assert {frozenset(("GHA", "CMR")), frozenset(("GHA", "TCD"))} <= met
    assert frozenset(("CMR", "TCD")) not in met


def test_a_host_who_received_two_ambassadors_together_is_no_pair_of_each():
    # trap: received together, no "separately": the host did not meet each alone
    cands = _run("ACCRA, 2 July 2026 - Ghana calls on Cameroon and Chad to respect the cessation of hostilities.\n\n"
                 "The Honourable Minister received the Ambassadors of Cameroon and Chad accredited to Ghana on "
                 "Wednesday, 1st July, 2026, and conveyed this message to them.\n",
                 published=dt.date(2026, 7, 2))
    met = {frozenset((c["fields"]["state_1"], c["fields"]["state_2"])) for c in cands if c["table"] == "meetings"}
    assert not {frozenset(("GHA", "CMR")), frozenset(("GHA", "TCD"))} <= met
