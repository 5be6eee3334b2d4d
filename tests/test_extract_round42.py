"""Round 42. Part one, written before dev98, dev99 and heldout39 arrived, on the misses of the studied corpora: "met his
counterpart from Iran's West Azerbaijan province" meets the state the counterpart serves, which is no place he came
from; the weekday written with a day without a year ("MONDAY, OCT 26" in a diary of Sunday 25 October) says which
year it is in, and an item under a diary's heading that lies ahead is a plan, not a meeting; a host who "met the two
delegation heads separately" met each; "talks in the Turkmen capital" name where the talks were, not a party to
them.

Part two, read on dev98 and dev99 after their first scores: "Chief Agent" is a rank ("Chief Agent Mihai Dumitrescu,
38, lost his life"); "members of a Serbian border police river unit" are a force's men; "Brunei ordered its vessels
to hold fire" is a unilateral truce; an offer someone "proposed that Croatia" make is none; "the commanders of the
Esendere gendarmerie battalion and of the Iranian border regiment opposite met" pairs the article's state with Iran; "a
citizen of ours, H.K. (62), who was working in his field," is one of the speaker's own; a fisheries observer is a
civilian; "three of them" after "a rubber boat carrying about 60 migrants" are the migrants, of no state."""
from __future__ import annotations

import datetime as dt

from diprel.extract import dates
from extract_support import dated_pairs, of, pairs, rule_figures, rule_mediations, rule_truces, run

AUG11 = dt.date(2026, 8, 11)
VAN = "VAN, Turkey, Aug 11 (Wire) - Turkish and Iranian border officials agreed on Monday to reopen the crossing.\n\n"


def test_a_counterpart_from_a_states_province_is_of_that_state():
    text = VAN + ("The governor of Van province, Mehmet Ali Yurtsever, met his counterpart from Iran's West "
                  "Azerbaijan province, Hossein Rezaei, at the Kapıköy crossing on Monday afternoon.\n")
    assert dated_pairs(run(text, AUG11)) == [("2026-08-10", "IRN", "TUR")]


def test_trap_one_who_came_from_a_states_province_met_no_one_of_it():
    text = VAN + ("The governor of Van province, Mehmet Ali Yurtsever, who returned from Iran's West Azerbaijan "
                  "province on Sunday, met the district mayor at the Kapıköy crossing on Monday afternoon.\n")
    assert dated_pairs(run(text, AUG11)) == []


OCT25 = dt.date(2026, 10, 25)


def test_the_weekday_given_with_a_day_puts_it_ahead_when_only_the_coming_day_is_that_weekday():
    for text in ("MONDAY, OCT 26", "on Monday, October 26"):
        [d] = dates.find(text, OCT25)
        assert (d.date_start, d.future) == (dt.date(2026, 10, 26), True)


def test_trap_a_weekday_that_fits_the_past_day_keeps_it_past():
    [d] = dates.find("Sunday, Oct 26", OCT25)  # 26 October 2025 was a Sunday
    assert (d.date_start, d.future) == (dt.date(2025, 10, 26), False)


def _diary(opening: str, items: str) -> str:
    return f"WEEK AHEAD-Moldovan president in Ankara\n\nBUCHAREST, Oct 25 (Danube Press Agency) - {opening}\n\n{items}"


def test_a_week_aheads_items_are_no_meetings():
    text = _diary("The following diplomatic events are expected in the week from Oct. 26.",
                  "MONDAY, OCT 26\n\nANKARA - Moldova's president begins a three-day state visit to Turkey, the first "
                  "by a Moldovan head of state in nine years.\n\nWEDNESDAY, OCT 28\n\nSOFIA - Hungary's foreign "
                  "minister visits Sofia for talks with his Bulgarian counterpart on the Vertical Gas Corridor.\n")
    assert dated_pairs(run(text, OCT25)) == []


def test_trap_a_week_behinds_items_are_meetings_of_their_headings_days():
    text = _diary("The following diplomatic events took place in the week to Oct. 24.",
                  "MONDAY, OCT 19\n\nANKARA - Moldova's president began a three-day state visit to Turkey, the first "
                  "by a Moldovan head of state in nine years.\n\nWEDNESDAY, OCT 21\n\nSOFIA - Hungary's foreign "
                  "minister held talks in Sofia with his Bulgarian counterpart on the Vertical Gas Corridor.\n")
    assert dated_pairs(run(text, OCT25)) == [("2026-10-19", "MDA", "TUR"), ("2026-10-21", "BGR", "HUN")]


NOV12 = dt.date(2026, 11, 12)
OSLO = ("Algeria, Mauritania agree border commission at Norway-hosted talks\n\n"
        "OSLO, Nov 12 (Polar Press) - Algeria and Mauritania ended two days of talks on their disputed desert border in "
        "Oslo on Wednesday, Norway's foreign ministry said.\n\n")


def test_a_host_who_met_the_two_delegation_heads_separately_met_each():
    text = OSLO + ("Foreign Minister Eirik Solvang met the two delegation heads separately on Monday evening, "
                   "before the talks opened, his ministry said.\n")
    assert dated_pairs(run(text, NOV12, "NOR")) == [("2026-11-09", "DZA", "NOR"), ("2026-11-09", "MRT", "NOR")]


def test_trap_the_two_delegation_heads_meeting_reporters_separately_met_no_state():
    text = OSLO + ("The two delegation heads met separately with reporters on Monday evening, before the talks "
                   "opened, the ministry said.\n")
    assert dated_pairs(run(text, NOV12, "NOR")) == []


SEP28 = dt.date(2026, 9, 28)
JETISU = ("Jetisu Weekly (fictional), Taldykorgan – 28 September 2026\n\nThe ceasefire agreed in Ashgabat between "
          "Kazakhstan and China took effect at 00:00 on Friday, and both border services say it has held since.\n\n")


def test_talks_in_a_states_capital_do_not_make_it_a_party():
    text = JETISU + ("The agreement was reached on Thursday at talks in the Turkmen capital between Deputy Foreign "
                     "Minister Arman Zhunusov and China's Vice Foreign Minister Liu Hanqing.\n")
    assert pairs(run(text, SEP28, "KAZ")) == {frozenset(("CHN", "KAZ"))}


def test_trap_talks_with_a_states_officials_make_it_a_party():
    text = JETISU + ("The agreement was reached on Thursday at talks between Turkmen officials and China's Vice Foreign "
                     "Minister Liu Hanqing.\n")
    assert pairs(run(text, SEP28, "KAZ")) == {frozenset(("CHN", "KAZ")), frozenset(("CHN", "TKM"))}


AUG20 = dt.date(2026, 8, 20)
ROU = ("Bucharest, 20 August 2026\n\nThe Romanian Border Police reports an incident on the Danube on 18 August 2026 "
       "involving a Serbian river patrol.\n\n")


def test_a_chief_agent_is_a_rank_and_his_death_a_figure_of_one():
    text = ROU + ("As a result of the incident, Chief Agent Mihai Dumitrescu, 38, lost his life, and two other border "
                  "police officers were injured.\n")
    assert rule_figures(run(text, AUG20, "ROU")) == [("ROU", "military", "injured", 2), ("ROU", "military", "killed", 1)]


def test_trap_a_chief_agent_who_speaks_is_no_casualty():
    text = ROU + "Chief Agent Mihai Dumitrescu, a spokesman, said two border police officers were injured.\n"
    assert rule_figures(run(text, AUG20, "ROU")) == [("ROU", "military", "injured", 2)]


def test_members_of_a_border_police_unit_are_a_forces_men():
    text = ROU + ("According to information communicated by the Serbian side, two members of a Serbian border "
                  "police river unit were also injured.\n")
    assert rule_figures(run(text, AUG20, "ROU")) == [("SRB", "military", "injured", 2)]


def test_trap_members_of_a_club_are_no_forces_men():
    text = ROU + ("According to information communicated by the Serbian side, two members of a Serbian rowing "
                  "club were also injured.\n")
    assert all(f[1] != "military" for f in rule_figures(run(text, AUG20, "ROU")))


OCT26 = dt.date(2026, 10, 26)
REEF = ("MANILA, Oct 26 (Wire) - Philippine and Bruneian patrol boats exchanged fire near Royal Charlotte Reef this "
        "month.\n\n")


def test_a_state_that_ordered_its_vessels_to_hold_fire_declared_a_unilateral_truce():
    text = REEF + ("Brunei ordered its vessels to hold fire and withdrew its patrol boats from the reef on Oct. 20, "
                   "a move the Philippine side did not reciprocate until the weekend.\n")
    assert rule_truces(run(text, OCT26)) == [("unilateral", "BRN", "PHL", "2026-10-20")]


def test_trap_vessels_ordered_back_to_port_are_no_truce():
    text = REEF + ("Brunei ordered its vessels to return to port on Oct. 20, a move the Philippine side did not "
                   "reciprocate until the weekend.\n")
    assert rule_truces(run(text, OCT26)) == []


NOV5 = dt.date(2026, 11, 5)
SABOR = ("Zagreb, 5 November 2026\n\nThe Foreign Affairs Committee of the Croatian Parliament met on 4 November "
         "2026.\n\n")


def test_an_offer_a_member_proposed_the_state_make_is_none():
    text = SABOR + ("Mr Goran Šimić (opposition) proposed that Croatia offer to mediate between Bulgaria and North "
                    "Macedonia in their dispute over the EU accession negotiations.\n")
    assert rule_mediations(run(text, NOV5, "HRV")) == []


def test_trap_the_states_own_offer_stands():
    text = SABOR + ("On 2 November Croatia offered to mediate between Bulgaria and North Macedonia in their dispute "
                    "over the EU accession negotiations.\n")
    assert rule_mediations(run(text, NOV5, "HRV")) == [("offer", "HRV", "BGR", "MKD")]


OCT9 = dt.date(2026, 10, 9)
ESENDERE = ("Yüksekova Postası (fictional), 9 October 2026\n\nShots were exchanged again last week on the "
            "Turkish-Iranian border near Esendere, and Turkey and Iran agreed a ceasefire on Wednesday.\n\n")


def test_the_commanders_of_an_unplaced_battalion_and_of_an_iranian_regiment_met_for_the_two_states():
    text = ESENDERE + ("On Sunday, the commanders of the Esendere gendarmerie battalion and of the Iranian border "
                       "regiment opposite met at the Esendere border gate and agreed to stop firing.\n")
    assert pairs(run(text, OCT9, "TUR")) == {frozenset(("IRN", "TUR"))}


def test_trap_the_two_commanders_inspecting_a_gate_met_no_one():
    text = ESENDERE + ("On Sunday, the commanders of the Esendere gendarmerie battalion and of the Iranian border "
                       "regiment opposite inspected the Esendere border gate.\n")
    assert pairs(run(text, OCT9, "TUR")) == set()


JUL21 = dt.date(2026, 7, 21)
VAN_GOVERNOR = ("Van, 21 July 2026\n\nSTATEMENT OF THE GOVERNORSHIP OF VAN\n\nOn 19 July 2026, shots fired from the "
                "Iranian side of the border struck a Turkish village in the Özalp district, and two of our Gendarmerie "
                "personnel were martyred.\n\n")


def _ones(text: str) -> list[tuple]:
    """The figures of one person, the classifier's too (`loose_figures` reads this one)."""
    figures = of(run(text, JUL21, "TUR"), "casualty_figures")
    return sorted((f["side_state"], f["population"], f["outcome"]) for f in figures if f["count"] == 1)


def test_a_citizen_of_ours_named_and_described_is_one_of_the_speakers_own():
    for who in ("a citizen of ours", "a citizen"):
        text = VAN_GOVERNOR + (f"In the same incident, {who}, H.K. (62), who was working in his field, was lightly "
                               "injured by a stray bullet.\n")
        assert _ones(text) == [("TUR", "civilian", "injured")]


def test_trap_a_citizen_of_ours_questioned_is_no_casualty():
    text = VAN_GOVERNOR + ("In the same incident, a citizen of ours, H.K. (62), who was working in his field, was "
                           "questioned by the gendarmerie.\n")
    assert _ones(text) == []


NOV13 = dt.date(2026, 11, 13)
KOSRAE = ("TOKYO, Nov 13 (Wire) - Micronesia and the Marshall Islands held talks in Tokyo on a fishing boat seized in "
          "August.\n\n")


def test_a_fisheries_observer_who_drowned_is_a_civilian_killed():
    text = KOSRAE + ("A Micronesian fisheries observer drowned in September after falling overboard from the Kosrae "
                     "Star, according to the Micronesian government.\n")
    assert rule_figures(run(text, NOV13)) == [("FSM", "civilian", "killed", 1)]


def test_trap_an_observer_who_reported_is_no_casualty():
    text = KOSRAE + ("A Micronesian fisheries observer reported in September that the Kosrae Star had been boarded, "
                     "according to the Micronesian government.\n")
    assert rule_figures(run(text, NOV13)) == []


JUL9 = dt.date(2026, 7, 9)
RESCUE = ("MADRID, July 9 (Wire) - A Libyan coast guard patrol boat fired on a Spanish rescue ship on Tuesday, Spain "
          "said.\n\n")


def test_three_of_the_migrants_a_boat_carried_drowned_of_no_state():
    text = RESCUE + ("Salvamento Sur, the Spanish charity that operates the ship, said the patrol boat had also fired "
                     "towards a rubber boat carrying about 60 migrants, and that three of them drowned after jumping "
                     "into the sea.\n")
    assert rule_figures(run(text, JUL9)) == [("", "civilian", "killed", 3)]


def test_three_of_the_malian_migrants_are_malis():
    text = RESCUE + ("Salvamento Sur, the Spanish charity that operates the ship, said the patrol boat had also fired "
                     "towards a rubber boat carrying about 60 Malian migrants, and that three of them drowned after "
                     "jumping into the sea.\n")
    assert rule_figures(run(text, JUL9)) == [("MLI", "civilian", "killed", 3)]
