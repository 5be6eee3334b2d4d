"""Round 24. Part one, written before dev62 and dev63 arrived, on the false alarms of the studied corpora: the crew of a
craft a navy or coast guard boarded or fired on, counted by that force ("The Honduran navy's own statement says one
man died", after "a Honduran navy patrol boat fired on a Nicaraguan fishing boat"), are the craft's state's people, not the
force's; and "the Royal Bhutanese Consulate General, Kolkata" is a body, not a general named Kolkata. Part two, read on the
misses and false alarms of dev62 and dev63 after their first scores: talks "between a Saudi delegation and a Yemeni
delegation"; commanders who "met here" and co-chairs named in apposition; commanders of a relative clause ("by the two
sides' commanders, who met"); "held nearly three hours of talks"; "reviewed ... with X in a telephone conversation";
consultations a third state stands ready to assist in, and a third party who met each side separately, are no meeting
of the two. A "Minister of Foreign and European Affairs" is a foreign minister; "under United Nations auspices" names
no state mediator; "prepared to provide a venue” for talks" in quotation marks; a headline's offer on an issue is the
body's offer that names none. One side's navy announcing that "its vessels ... would hold their fire" declares a
unilateral truce; "a hold-fire regime" is a truce. Patients "brought in from the border" who died; "One civilian, a
Bissau-Guinean cashew farmer"; a figure after "said on Thursday that" is not dated by the saying; "the Portuguese
Maritime Authority" speaks for Portugal (a news agency for no one)."""
from __future__ import annotations

import datetime as dt

from extract_support import run

from diprel.extract.document import Document

_PUB = dt.date(2026, 8, 1)


def _counts(cands: list[dict]) -> set[tuple]:
    return {(c["fields"]["side_state"], c["fields"]["outcome"], c["fields"]["count"])
            for c in cands if c["table"] == "casualty_figures" and not c["method"].startswith("rules:trigger_")}


# --- Casualties: the crew of a craft a force at sea boarded or fired on --------------------------------------------------

_FIRED_ON = ("Honduran navy fires on Nicaraguan boat\n\nLast Monday, a Honduran navy patrol boat fired on a Nicaraguan "
             "fishing boat in the Gulf of Fonseca. The Honduran navy's own statement says one man died and another was "
             "wounded.\n")


def test_the_crew_a_navy_fired_on_are_the_crafts_people():
    assert ("NIC", "killed", 1) in _counts(run(_FIRED_ON, _PUB))


def test_trap_the_navys_own_crew_stay_its_own():
    text = _FIRED_ON.replace("one man died and another was wounded", "one of its sailors was wounded")
    assert ("HND", "injured", 1) in _counts(run(text, _PUB))


_BOARDED = ("OSLO, July 15 (Nordic Wire) - Norway's coast guard boarded a Russian trawler in the fisheries protection "
            "zone around Svalbard on Monday. Moscow called the inspection illegal and summoned Norway's ambassador. "
            "The Norwegian Coast Guard said only one fisherman had suffered a minor "
            "hand injury while the trawl was being hauled in.\n")


def test_the_fisherman_of_a_trawler_a_coast_guard_boarded_is_the_trawlers():
    assert ("RUS", "injured", 1) in _counts(run(_BOARDED, dt.date(2026, 7, 15)))


def test_trap_a_coast_guard_that_boarded_nothing_counts_its_own_fishermen():
    text = _BOARDED.replace("Norway's coast guard boarded a Russian trawler", "a Russian trawler rammed a Norwegian "
                            "fishing boat")
    assert ("NOR", "injured", 1) in _counts(run(text, dt.date(2026, 7, 15)))


_INTERCEPTED = ("Sulu Sea shooting\n\nThe Indonesian tuna boat was intercepted by a Philippine Navy patrol vessel "
                "south-west of Tawi-Tawi on 2 July. The Philippine Navy said that two individuals on board sustained "
                "fatal gunshot wounds.\n")


def test_a_craft_intercepted_by_a_navy_is_the_crafts_state():
    assert ("IDN", "killed", 2) in _counts(run(_INTERCEPTED, _PUB))


# --- Actors: a body named with a rank's word --------------------------------------------------------------------------

def _people(text: str) -> list[str]:
    doc = Document(text, _PUB)
    return [m.text for ms in doc.mentions for m in ms if m.kind == "person"]


def test_a_consulate_general_is_no_general():
    text = ("At 16:30 hrs, the Consul of the Royal Bhutanese Consulate General, Kolkata, Mr. Tshering Penjor, called "
            "on the Superintendent of Police.")
    assert not [p for p in _people(text) if "Kolkata" in p]


def test_trap_a_consul_general_and_a_brigadier_general_are_persons():
    text = ("The Consul General of India in Chittagong, Rahul Sen, called on Bangladeshi Brigadier General Karim "
            "Hossain on Monday.")
    people = _people(text)
    assert any("Rahul Sen" in p for p in people) and any("Karim Hossain" in p for p in people)


# --- Part two: meetings and mediation ----------------------------------------------------------------------------------

def _met(cands: list[dict]) -> set[tuple]:
    return {(frozenset((c["fields"]["state_1"], c["fields"]["state_2"])), c["fields"]["date_start"])
            for c in cands if c["table"] == "meetings" and not c["method"].startswith("rules:trigger_")}


def _mediations(cands: list[dict]) -> list[dict]:
    return [c["fields"] for c in cands if c["table"] == "mediation_offers"]


def _truces(cands: list[dict]) -> set[tuple]:
    return {(frozenset((c["fields"]["state_1"], c["fields"]["state_2"])), c["fields"]["date_start"], c["fields"]["kind"])
            for c in cands if c["table"] == "ceasefires" and not c["method"].startswith("rules:trigger_")}


_SA_YE = frozenset(("SAU", "YEM"))


def test_talks_between_a_delegation_and_a_delegation():
    text = "Talks were held in Muscat on Monday between a Saudi delegation and a Yemeni delegation.\n"
    assert (_SA_YE, "2026-08-03") in _met(run(text, dt.date(2026, 8, 9)))


def test_trap_talks_with_one_delegation_and_a_proposal_name_no_pair():
    text = "Talks were held in Muscat on Monday with a Saudi delegation and a proposal for a Yemeni visit was tabled.\n"
    assert not _met(run(text, dt.date(2026, 8, 9)))


_MD_RU = frozenset(("MDA", "RUS"))
_BRIDGE = ("Moldova and Russia clash on Dniester.\n\n{who}, Mihail Turcanu and Colonel Dmitry Voronin, met here on "
           "the bridge this morning.\n")


def test_co_chairs_named_in_apposition_met_here():  # (through the sentence classifier, once co-chairs are a team)
    text = _BRIDGE.format(who="The Moldovan and Russian co-chairs of the Joint Control Commission")
    assert _MD_RU in _all_met(run(text, dt.date(2026, 11, 13)))


def test_two_commanders_met_here():
    text = "Moldova and Russia clash on Dniester.\n\nThe two commanders met here on the bridge this morning.\n"
    assert (_MD_RU, "2026-11-13") in _met(run(text, dt.date(2026, 11, 13)))


def test_trap_commanders_who_met_residents_here_met_no_one_of_the_pair():
    text = "Moldova and Russia clash on Dniester.\n\nThe two commanders met residents here on the bridge this morning.\n"
    assert not _met(run(text, dt.date(2026, 11, 13)))


def test_commanders_of_a_relative_clause_met():
    text = ("Brazil and Guyana troops clash on the border.\n\nIt was agreed this evening by the two sides' commanders, "
            "who met on the bridge linking Bonfim and Lethem.\n")
    assert (frozenset(("BRA", "GUY")), "2026-10-15") in _met(run(text, dt.date(2026, 10, 15)))


def test_held_nearly_three_hours_of_talks():
    text = ("Azerbaijan's Foreign Minister Elnur Gasimov and Ukraine's Foreign Minister Oksana Melnychuk held nearly "
            "three hours of talks at the foreign ministry on Wednesday.\n")
    assert (frozenset(("AZE", "UKR")), "2026-06-10") in _met(run(text, dt.date(2026, 6, 10)))


_REVIEWED = ("Colombia's foreign minister Laura Reyes reviewed the regional situation with the Minister of Foreign "
             "Affairs of Venezuela {how} on Monday.\n")


def test_reviewed_with_a_minister_in_a_telephone_conversation():
    text = _REVIEWED.format(how="in a telephone conversation")
    assert (frozenset(("COL", "VEN")), "2026-07-27") in _met(run(text, dt.date(2026, 7, 30)))


def test_trap_reviewed_a_report_of_a_minister_is_no_contact():
    text = _REVIEWED.format(how="in a report published").replace("with the Minister", "described by the Minister")
    assert not _met(run(text, dt.date(2026, 7, 30)))


def test_consultations_a_third_state_is_ready_to_assist_in_are_no_meeting():
    text = ("The Lao side took note with appreciation of Malaysia's readiness to assist, should both parties so "
            "request, in the consultations between the Lao PDR and the Kingdom of Thailand on the boundary.\n")
    assert not _met(run(text, dt.date(2026, 11, 12)))


def test_trap_consultations_held_between_two_states_are_a_meeting():
    text = ("On Tuesday, consultations were held in Vientiane between the Lao PDR and the Kingdom of Thailand on the "
            "boundary.\n")
    assert frozenset(("LAO", "THA")) in {p for p, _ in _met(run(text, dt.date(2026, 11, 12)))}


def _all_met(cands: list[dict]) -> set[frozenset]:
    return {frozenset((c["fields"]["state_1"], c["fields"]["state_2"])) for c in cands if c["table"] == "meetings"}


def test_a_third_party_who_met_each_separately_is_no_meeting_of_the_two():
    text = ("Senegal and Guinea-Bissau truce holds.\n\n5.1 The Head of the Monitoring Team met separately with the "
            "Senegalese and the Bissau-Guinean zone commanders on 5 and 6 September 2026.\n")
    assert frozenset(("GNB", "SEN")) not in _all_met(run(text, dt.date(2026, 9, 10)))


def test_trap_a_separate_meeting_with_a_host_is_a_meeting():
    text = ("Bangladesh's foreign minister Hasan Chowdhury also held a separate meeting with his Uzbek host, Foreign "
            "Minister Bakhtiyor Saidqulov, on Monday evening.\n")
    assert frozenset(("BGD", "UZB")) in _all_met(run(text, dt.date(2026, 5, 20)))


def test_a_minister_of_foreign_and_european_affairs_is_a_foreign_minister():
    text = ("On 23 October 2026, the Minister of Foreign Affairs of Montenegro, Mr. Nikola Vujosevic, and the Minister "
            "of Foreign and European Affairs of the Republic of Croatia, Ms. Ivana Simunovic, met in Ljubljana in talks "
            "convened and chaired by the Minister for Foreign and European Affairs of the Republic of Slovenia, Ms. "
            "Katja Zupan.\n")
    offers = _mediations(run(text, dt.date(2026, 10, 27)))
    assert {(m["mediator_state"], frozenset((m["party_1_state"], m["party_2_state"]))) for m in offers} \
        == {("SVN", frozenset(("HRV", "MNE")))}


def test_good_offices_under_united_nations_auspices_are_no_states():
    text = ("Croatia and Slovenia held talks in Zagreb on Monday.\n\nMontenegro stands ready to cooperate with any "
            "fact-finding effort under United Nations auspices.\n")
    assert not [m for m in _mediations(run(text, dt.date(2026, 10, 27))) if m["kind"] == "conducted"]


def test_trap_under_turkish_auspices_names_the_mediator():
    text = ("Croatia and Slovenia held talks in Zagreb on Monday.\n\nThe two ministers met again in Istanbul on Friday "
            "under Turkish auspices.\n")
    assert "TUR" in {m["mediator_state"] for m in _mediations(run(text, dt.date(2026, 10, 27)))}


def test_an_offer_of_a_venue_in_quotation_marks():
    text = ("Singapore is “prepared to provide a venue” for talks between the Philippines and China, Foreign Minister "
            "Chan Wei Ming said on Tuesday.\n")
    offers = [c["fields"] for c in run(text, dt.date(2026, 9, 3))
              if c["table"] == "mediation_offers" and c["method"].startswith("rules:mediation_offer")]
    assert [(m["mediator_state"], m["party_1_state"], m["party_2_state"]) for m in offers] == [("SGP", "CHN", "PHL")]


def test_a_headlines_offer_on_an_issue_is_the_bodys_offer_that_names_none():
    text = ("Turkey offers to host Bosnia-Serbia talks on Drina border dispute\n\nSARAJEVO, June 12 (Bosphorus News "
            "Agency) - Turkey has offered to host talks between Bosnia and Herzegovina and Serbia on their dispute over "
            "a stretch of the Drina river border, Turkish Foreign Minister Selim Erkoc said on Thursday.\n")
    assert len([m for m in _mediations(run(text, dt.date(2026, 6, 12))) if m["kind"] == "offer"]) == 1


def test_trap_offers_on_two_issues_stay_two():
    text = ("Turkey has offered to host talks between Bosnia and Herzegovina and Serbia on their border dispute, Turkish "
            "Foreign Minister Selim Erkoc said on Thursday.\n\nTurkey has also offered to host talks between Bosnia "
            "and Herzegovina and Serbia on their water dispute, Erkoc said.\n")
    offers = [m for m in _mediations(run(text, dt.date(2026, 6, 12))) if m["kind"] == "offer"]
    assert len({m["issue"] for m in offers}) == len(offers) == 2


# --- Ceasefires ---------------------------------------------------------------------------------------------------------

def test_a_navy_that_announced_its_vessels_would_hold_fire_declared_a_unilateral_truce():
    text = ("Brunei and Vietnam clash at shoal.\n\nVietnam's navy had announced on Tuesday that its vessels in the area "
            "would hold their fire \"unilaterally and unconditionally\".\n")
    assert (frozenset(("BRN", "VNM")), "2026-06-16", "unilateral") in _truces(run(text, dt.date(2026, 6, 18)))


def test_trap_vessels_that_would_not_hold_fire_are_no_truce():
    text = ("Brunei and Vietnam clash at shoal.\n\nVietnam's navy had announced on Tuesday that its vessels in the area "
            "would not hold their fire.\n")
    assert not _truces(run(text, dt.date(2026, 6, 18)))


def test_a_hold_fire_regime_agreed():
    text = ("Moldova and Russia clash at bridge.\n\nThe Moldovan and Russian co-chairs met on Friday.\n\nAfter a similar "
            "shooting on November 3, the same two co-chairs agreed on a hold-fire regime the next day, and it lasted "
            "less than a week.\n")
    assert (_MD_RU, "2026-11-04", "bilateral") in _truces(run(text, dt.date(2026, 11, 13)))


# --- Casualties ---------------------------------------------------------------------------------------------------------

def test_patients_brought_in_from_the_border_who_died():
    text = ("The hospital's director said that five Nigerians brought in from the border had died since Tuesday night, "
            "among them two children.\n")
    found = _counts(run(text, dt.date(2026, 8, 14)))
    assert {("NGA", "killed", 5), ("NGA", "killed", 2)} <= found


def test_one_civilian_described_in_apposition_by_a_demonym():
    assert ("GNB", "killed", 1) in _counts(run("One civilian, a Bissau-Guinean cashew farmer, was killed.\n", _PUB))


def test_trap_an_aside_with_no_demonym_names_no_side():
    assert (None, "killed", 1) in _counts(run("One civilian, a cashew farmer, was killed.\n", _PUB))


def test_a_figure_after_said_on_a_day_is_not_dated_by_the_saying():
    text = ("ACCRA, July 9 (West Africa Newswire) - Ghana's army said on Thursday that three of its soldiers had been "
            "killed in a clash with Togolese troops.\n")
    figures = [c["fields"] for c in run(text, dt.date(2026, 7, 9)) if c["table"] == "casualty_figures"]
    assert [(f["count"], f["date_start"]) for f in figures] == [(3, None)]


def test_trap_a_figure_dated_in_its_own_clause_keeps_its_date():
    text = ("ACCRA, July 9 (West Africa Newswire) - Ghana's army said that three of its soldiers had been killed on "
            "Wednesday in a clash with Togolese troops.\n")
    figures = [c["fields"] for c in run(text, dt.date(2026, 7, 9)) if c["table"] == "casualty_figures"]
    assert [(f["count"], f["date_start"]) for f in figures] == [(3, "2026-07-08")]


def test_an_agency_named_in_full_speaks_for_its_state():
    text = ("According to the Portuguese Maritime Authority, two crew members were treated in Portimão for minor "
            "injuries.\n")
    assert ("PRT", "injured", 2) in _counts(run(text, dt.date(2026, 7, 30)))


def test_trap_a_news_agency_speaks_for_no_state():
    doc = Document("The truce took effect on Tuesday, according to a statement carried by the Saudi Press Agency.",
                   _PUB)
    assert not [m for ms in doc.mentions for m in ms if m.kind == "body"]
