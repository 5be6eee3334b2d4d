"""Round 25. Part one, written before dev64 and dev65 arrived, on the people the studied corpora left without a state:
a portfolio title read to its end ("Minister of Foreign Affairs, Emigration and Egyptian Expatriates of the Arab Republic
of Egypt, H.E. Mr. Tarek Mansour"), so the name apposed after it is known when the text comes back to "Mr. Mansour";
a state's force in lower case ("the Chief of the General Staff of the Libyan army, General ..."); "the General Director
of the Albanian State Police" (no general) and "the Director of the Police Directorate"; "the Republic of the Union of
Myanmar"; the Burmese style "U" before a name ("H.E. U Kyaw Min Thant"). And the sentence classifier's second look
tells a meeting the text recalls ("their meeting ... in December 2025") from the one the rules found, when the rules'
only undated telling of the pair is a headline the body dates. Part two, read on the misses and false alarms of dev64
and dev65 after their first scores: civilians after a list of two sides' dead are of neither; "bringing to at least 11
the number of Zimbabweans ... killed"; "one of the two injured crew members died" is of the crew's side; "two fishermen
from this town killed"; a release's "Gilgit, 9 October 2026" line. Two truces of one sentence each dated to its own day;
a humanitarian pause agreed on its own day; a ceasefire dated by the day its makers agreed it in a relative clause; an
earlier "no-fire" understanding; 'agreed to suspend "all use of force"'. Talks between two delegations each "headed by"
a minister; "the telephone call between the leaders of the two countries"; talks "held on 10 and 11 August between the
delegations of the two Governments"; "the Ministers of Foreign Affairs of A and B, X and Y"; a bare name and the office
the next sentence opens with. "The readiness of the Republic of Kazakhstan ... to provide its good offices"; "ready to
support the parties"."""
from __future__ import annotations

import datetime as dt

from extract_support import run

from diprel.extract.document import Document

_PUB = dt.date(2026, 9, 10)


def _persons(text: str) -> list[tuple]:
    doc = Document(text, _PUB, None)
    return [(m.state, m.actor_id) for ms in doc.mentions for m in ms if m.kind == "person"]


def _rule_meetings(cands: list[dict]) -> set[tuple]:
    return {(frozenset((c["fields"]["state_1"], c["fields"]["state_2"])), c["fields"]["date_start"])
            for c in cands if c["table"] == "meetings" and not c["method"].startswith("rules:trigger_")}


def _meetings(cands: list[dict]) -> list[tuple]:
    return sorted((c["fields"]["date_start"], *sorted((c["fields"]["state_1"], c["fields"]["state_2"])))
                  for c in cands if c["table"] == "meetings")


# --- Actors: a portfolio title read to its end, and the name apposed after it -----------------------------------------

_PORTFOLIO = ("The Minister of Foreign Affairs, Trade and Development, Ms. Abena Owusu, held talks today with the "
              "Minister of Foreign Affairs, Emigration and Egyptian Expatriates of the Arab Republic of Egypt, H.E. "
              "Mr. Karim Sabry, at the Ministry.\n\nEarlier today, Mr. Sabry was received at the Jubilee House by "
              "the Vice President of Ghana.\n")


def test_the_name_after_a_long_portfolio_and_its_state_is_the_holders():
    assert ("EGY", "karim-sabry") in _persons(_PORTFOLIO)


def test_the_holder_named_again_by_surname_meets_a_second_host():
    ms = [c["fields"] for c in run(_PORTFOLIO, _PUB) if c["table"] == "meetings"
          and not c["method"].startswith("rules:trigger_")]
    assert sorted((f["actor_1"], f["actor_2"]) for f in ms if {f["state_1"], f["state_2"]} == {"EGY", "GHA"}) \
        == [("abena-owusu", "karim-sabry"), ("karim-sabry", None)]


def test_trap_a_portfolio_with_no_state_after_it_takes_its_own():
    text = "The Minister of Foreign Affairs, Emigration and Egyptian Expatriates, Mr. Karim Sabry, arrived on Monday.\n"
    assert ("EGY", "karim-sabry") in _persons(text)


# --- Actors: a state's force in lower case, a general director, a director of a state's service -----------------------

def test_a_chief_of_staff_of_a_demonyms_army_in_lower_case_is_that_states():
    text = ("He was received by the Chief of the General Staff of the Libyan army, General Khaled al-Mansuri, on "
            "Monday.\n")
    assert ("LBY", "khaled-al-mansuri") in _persons(text)


def test_a_general_director_of_a_states_police_is_that_states_official():
    text = ("The Director of the Police Directorate, Mr Goran Vuković, and the General Director of the Albanian State "
            "Police, Mr Artan Gjoka, met at the Sukobin crossing on Monday.\n")
    persons = _persons(text)
    assert ("ALB", "artan-gjoka") in persons
    assert (None, "goran-vukovic") in persons  # a director of a service the release's own state runs
    assert ("ALB", "director") not in persons and (None, "director") not in persons


def test_trap_a_hospitals_director_is_no_official():
    text = "The director of the regional hospital, Dr. Elda Marku, said three soldiers had been brought in.\n"
    assert _persons(text) == []


# --- Actors: a state's full style, a Burmese name ---------------------------------------------------------------------

_NPL_CALL = ("Government of Nepal\nMinistry of Foreign Affairs\n\nPress Release\n\nTelephone conversation between Hon. "
             "Foreign Minister and the Foreign Minister of the Republic of the Union of Myanmar\n\nHon. Dr. Sita Kumari "
             "Rana, Minister for Foreign Affairs, held a telephone conversation today with H.E. U Aung Min Htet, Union "
             "Minister for Foreign Affairs of the Republic of the Union of Myanmar.\n\nRecalling their meeting on the "
             "sidelines of the BIMSTEC Ministerial Meeting held in Bangkok, Thailand in December 2025, the two "
             "Ministers agreed to convene the next meeting of the Nepal–Myanmar Joint Commission at an early date.\n")


def test_the_republic_of_the_union_of_myanmar_is_myanmar():
    assert ("MMR", None) in _persons("Talks with the Foreign Minister of the Republic of the Union of Myanmar ended.\n")


def test_a_name_styled_u_is_a_name_and_the_call_a_rules_meeting():
    pubd = dt.date(2026, 2, 6)
    assert (frozenset(("NPL", "MMR")), "2026-02-06") in _rule_meetings(run(_NPL_CALL, pubd))


def test_trap_the_letter_u_of_us_is_no_style():
    text = "The U.S. envoy, Mark Ellison, met Nepal's foreign minister in Kathmandu on Monday.\n"
    assert ("USA", "mark-ellison") in _persons(text)


# --- The classifier's second look: a recalled meeting beside an undated headline --------------------------------------

def test_a_recalled_meeting_is_not_the_call_an_undated_headline_tells():
    assert _meetings(run(_NPL_CALL, dt.date(2026, 2, 6))) == [("2025-12-01", "MMR", "NPL"), ("2026-02-06", "MMR", "NPL")]


def test_trap_the_same_days_call_told_again_is_one_meeting():
    text = _NPL_CALL.replace("Recalling their meeting on the sidelines of the BIMSTEC Ministerial Meeting held in "
                             "Bangkok, Thailand in December 2025", "During the call today")
    assert _meetings(run(text, dt.date(2026, 2, 6))) == [("2026-02-06", "MMR", "NPL")]


# --- Actors: the nations of the United Kingdom ------------------------------------------------------------------------

_TRAWLER = ("REYKJAVIK, Sept 9 (Nordic Wire) - Two crewmen on a Scottish trawler were injured on Tuesday when their "
            "vessel collided with an Icelandic coast guard patrol ship in disputed mackerel grounds.\n")


def test_a_scottish_trawlers_crew_are_british():
    cands = run(_TRAWLER, _PUB)
    assert [(f["side_state"], f["count"]) for f in (c["fields"] for c in cands if c["table"] == "casualty_figures")] \
        == [("GBR", 2)]


def test_trap_the_english_language_is_no_state():
    text = "The statement, issued in English, said the ferry had crossed the English Channel without incident.\n"
    assert [m.state for ms in Document(text, _PUB, None).mentions for m in ms] == []


# === Part two, read on the misses and false alarms of dev64 and dev65 after their first scores ========================

def _rules(cands: list[dict], table: str) -> list[dict]:
    return [c["fields"] for c in cands if c["table"] == table and not c["method"].startswith("rules:trigger_")]


def _figures(cands: list[dict]) -> set[tuple]:
    return {(f["side_state"], f["outcome"], f["count"]) for f in _rules(cands, "casualty_figures")}


# --- Casualties -------------------------------------------------------------------------------------------------------

_TRIBUTE = ("The Parties paid tribute to the memory of the six soldiers of the Beninese Armed Forces and the four "
            "soldiers of the Togolese Armed Forces who lost their lives near Kétao, and to the three civilians killed "
            "in Kétao on 13 September 2026.\n")


def test_civilians_after_a_list_of_two_sides_dead_are_of_neither():
    assert (None, "killed", 3) in _figures(run(_TRIBUTE, _PUB))


def test_trap_a_list_of_one_sides_people_passes_its_side_on():
    text = "A Jordanian soldier was killed on Monday near the border post, and two other soldiers were injured.\n"
    assert ("JOR", "injured", 2) in _figures(run(text, _PUB))


def test_a_total_brought_to_a_count_is_a_figure_of_those_named_after():
    text = ("Zambian soldiers shot dead two Malawian traders on Sunday, a monitoring group said on Wednesday, bringing "
            "to at least nine the number of Malawians it says have been killed along the border since January.\n")
    cands = run(text, _PUB)
    assert ("MWI", "killed", 9) in _figures(cands)
    assert [f["count_qualifier"] for f in _rules(cands, "casualty_figures") if f["count"] == 9] == ["at_least"]


def test_one_of_the_injured_crew_who_died_is_of_the_crews_side():
    text = ("Two Grenadian crew members were injured when their boat was fired on. The Vincentian coast guard said one "
            "of its officers sustained minor injuries the next day. Media in St George's reported that one of the two "
            "injured crew members died in hospital on 5 September.\n")
    assert ("GRD", "killed", 1) in _figures(run(text, _PUB))


def test_trap_one_of_the_wounded_soldiers_is_of_the_latest_wounded():
    text = ("Iran's border guard said three of its guards were wounded on Saturday. Doctors in Herat said they had "
            "treated 14 wounded Afghans since Saturday night. One of the wounded soldiers succumbed to his injuries on "
            "Monday.\n")
    assert ("AFG", "killed", 1) in _figures(run(text, _PUB))


def test_fishermen_from_this_town_killed_are_a_figure():
    text = ("MANZANILLO – Its owner, Pedro Gil, 52, was one of two Cuban fishermen from this town killed on Saturday "
            "when a Haitian patrol opened fire on their boat.\n")
    assert ("CUB", "killed", 2) in _figures(run(text, _PUB))


def test_a_releases_place_and_date_line_is_its_town():
    text = ("DISTRICT POLICE\n\nPRESS RELEASE\n\nGilgit, 9 October 2026\n\nUnidentified men opened fire on a convoy "
            "of Chinese engineers near the town, Pakistani officials said.\n")
    assert Document(text, _PUB, "PAK").town_state() == "PAK"


# --- Ceasefires -------------------------------------------------------------------------------------------------------

def test_two_truces_of_one_sentence_each_on_its_own_day():
    text = ("The Parties recalled the unilateral suspension of all offensive operations announced by the Government of "
            "Burundi on 15 September 2026, and the meeting of the two sector commanders at the Gatumba border post on "
            "17 September 2026, at which a local cessation of fire was agreed with Rwanda.\n")
    truces = sorted((f["date_start"], f["kind"]) for f in _rules(run(text, _PUB), "ceasefires"))
    assert truces == [("2026-09-15", "unilateral"), ("2026-09-17", "bilateral")]


def test_trap_one_truce_named_twice_in_a_sentence_is_one():
    text = ("Rwanda and Burundi signed a ceasefire on 17 September 2026 and both said they would respect the truce.\n")
    assert len(_rules(run(text, _PUB), "ceasefires")) == 1


_PAUSE_TEXT = ("The Red Cross welcomes the cessation of hostilities agreed by the Malawian and Zambian defence forces, "
               "which has been in force since midday on Monday, 6 July, and the two-hour humanitarian pause agreed by "
               "both sides on the evening of Saturday, 4 July, which allowed our volunteers to reach the wounded.\n")


def test_a_humanitarian_pause_agreed_on_its_own_day_is_a_truce_of_its_own():
    assert sorted(f["date_start"] for f in _rules(run(_PAUSE_TEXT, dt.date(2026, 7, 8)), "ceasefires")) \
        == ["2026-07-04", "2026-07-06"]


def test_trap_a_pause_only_proposed_is_none():
    text = "Malawi proposed a 24-hour humanitarian pause on Saturday to evacuate the wounded; Zambia rejected it.\n"
    assert _rules(run(text, dt.date(2026, 7, 8)), "ceasefires") == []


def test_a_ceasefire_dated_by_the_day_its_makers_agreed_it():
    text = ("What has held is the ceasefire that the Inspector-General of the Malawian Police, General Paul Banda, and "
            "Zambia’s Army Commander, General John Phiri, agreed when they met in Chitipa, on the Malawian side of the "
            "bridge, on Thursday last week.\n")
    assert [f["date_start"] for f in _rules(run(text, dt.date(2026, 10, 21)), "ceasefires")] == ["2026-10-15"]


def test_an_earlier_no_fire_understanding_and_a_suspension_of_all_use_of_force():
    text = ("On Monday, the commanders of the Cuban and Jamaican navies agreed to suspend \"all use of force\" in the "
            "area while the incident is investigated. A similar \"no-fire\" understanding between the two navies, "
            "reached in May after a stand-off, lasted less than three weeks.\n")
    assert sorted(f["date_start"] for f in _rules(run(text, dt.date(2026, 6, 24)), "ceasefires")) \
        == ["2026-05-01", "2026-06-22"]


def test_trap_a_ceasefire_in_scare_quotes_is_none():
    text = "The so-called \"ceasefire\" between Haiti and the Dominican Republic was never agreed by either navy.\n"
    assert _rules(run(text, dt.date(2026, 6, 24)), "ceasefires") == []


# --- Meetings ---------------------------------------------------------------------------------------------------------

def test_talks_between_two_delegations_each_headed_by_a_minister():
    text = ("The Secretary-General commended Oman, which hosted the talks held in Muscat on 11 and 12 October 2026 "
            "between the delegation of the State of Qatar, headed by Minister of State Mr. Ali Al-Kuwari, and the "
            "delegation of the Kingdom of Bahrain, headed by Minister of State Mr. Khalid Al-Doseri.\n")
    assert [(frozenset((f["state_1"], f["state_2"])), f["date_start"]) for f in _rules(run(text, _PUB), "meetings")] \
        == [(frozenset(("QAT", "BHR")), "2026-10-11")]


def test_a_call_between_the_leaders_of_the_two_countries():
    text = ("Qatar and Bahrain agreed to halt all military activity in the Hawar area. The Secretary-General also "
            "welcomed the telephone call between the leaders of the two countries on 13 October 2026.\n")
    assert (frozenset(("QAT", "BHR")), "2026-10-13") in _rule_meetings(run(text, dt.date(2026, 10, 14)))


def test_talks_held_between_the_delegations_of_the_two_governments():
    text = ("The coast guards of Grenada and Saint Vincent and the Grenadines exchanged fire in July.\n\nThe "
            "Arrangement was signed in Castries at the close of talks held on 10 and 11 August between the delegations "
            "of the two Governments.\n")
    assert (frozenset(("GRD", "VCT")), "2026-08-10") in _rule_meetings(run(text, dt.date(2026, 9, 7)))


def test_trap_talks_between_the_two_sides_as_a_process_are_none():
    text = ("Grenada and Saint Vincent and the Grenadines exchanged notes. Talks between the two sides collapsed in "
            "2023.\n")
    assert _rule_meetings(run(text, dt.date(2026, 9, 7))) == set()


def test_a_meeting_between_the_ministers_of_foreign_affairs_of_two_states_named_after():
    text = ("The Ministry welcomes the meeting between the Ministers of Foreign Affairs of Kyrgyzstan and Uzbekistan, "
            "Azamat Beishenov and Jasur Rakhimov, held in Tashkent on 4 September 2026.\n")
    assert (frozenset(("KGZ", "UZB")), "2026-09-04") in _rule_meetings(run(text, _PUB))


def test_trap_a_meeting_of_three_states_is_no_pair():
    text = "The first trilateral meeting of Kyrgyzstan, Uzbekistan and Tajikistan was held in Tashkent on 4 September.\n"
    assert _rule_meetings(run(text, _PUB)) == set()


def test_a_bare_name_and_the_office_the_next_sentence_opens_with_are_one():
    text = ("Hamid Rezaei did not leave Baghdad with what he came for. The Iranian foreign minister’s two-day visit "
            "produced warm words.\n\nOn Tuesday, Rezaei held almost three hours of talks with Foreign Minister Ali "
            "al-Tamimi of Iraq at the Foreign Ministry.\n")
    assert ("IRN", "hamid-rezaei") in _persons(text)


def test_trap_a_bare_name_with_an_apposition_is_not_the_office_after():
    text = ("Hamid Rezaei, a trader, said the road was closed. The Iranian foreign minister said talks would go on.\n")
    assert ("IRN", "hamid-rezaei") not in _persons(text)


# --- Mediation --------------------------------------------------------------------------------------------------------

def test_the_readiness_of_a_state_named_after_it_is_its_offer():
    text = ("The Ministry reaffirms the readiness of the Republic of Kazakhstan, expressed by the Head of State on 28 "
            "August 2026, to provide its good offices to Tajikistan and Turkmenistan.\n")
    assert [(f["mediator_state"], f["kind"]) for f in _rules(run(text, _PUB), "mediation_offers")] == [("KAZ", "offer")]


def test_trap_the_readiness_of_an_army_to_defend_is_no_offer():
    text = "The Ministry reaffirms the readiness of the Republic of Kazakhstan to defend its border with Kyrgyzstan.\n"
    assert _rules(run(text, _PUB), "mediation_offers") == []


def test_ready_to_support_the_parties_is_an_offer():
    text = ("Norway facilitated the talks between Mozambique and Zambia. \"Norway remains ready to support the parties, "
            "including by hosting further rounds of talks, should they so wish,\" the envoy said.\n")
    assert ("NOR", "offer") in {(f["mediator_state"], f["kind"]) for f in _rules(run(text, _PUB), "mediation_offers")}
