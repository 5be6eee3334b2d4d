"""Round 44, part two, read on dev102 and dev103 after their first scores: the two navies that agreed to "cease all
hostile manoeuvres", commanders who "agreed a halt", an army that "said its units had been ordered to hold their fire",
a government that "ordered its coast guard ... to suspend patrols ... and "hold fire"", and a quoted "cessation of
hostilities" that "entered into force" are truces; "Consultations between delegations of the two States were held" and
two commanders who "agreed the halt in a video call" met; Kuwait "ready to spare no effort, including hosting talks,
to help our brothers in Amman and Riyadh" offered; talks "chaired by our own foreign minister" were the outlet's
state's mediation, praise ("who deserves credit for patience") no claim, and a minister who "has had the honour of
chairing their sessions" mediated; "the Minister of Foreign Affairs and Human Mobility of the Republic of Ecuador" is
a minister of Ecuador; "MINISTER QUISPE:" labels Teodoro Quispe Mamani, whose "our citizens" are Bolivia's; "fishers"
are people; the fishermen's guilds of two towns agree no truce between states; and the people a force says died "when
guardsmen fired" are not its own."""
from __future__ import annotations

import datetime as dt

from extract_support import dated_pairs, rule_figures, rule_mediations, rule_truces, run

OCT20 = dt.date(2026, 10, 20)
GULF = ("LAGOS, Oct 20 (Gulf of Guinea Wire) - Nigerian and Equatorial Guinean patrol boats exchanged fire near "
        "Bioko on 10 October.\n\n")


def test_two_navies_that_agreed_to_cease_all_hostile_manoeuvres_agreed_a_truce():
    text = GULF + 'On 12 October the two navies agreed to "cease all hostile manoeuvres" in the area.\n'
    assert rule_truces(run(text, OCT20)) == [("bilateral", "GNQ", "NGA", "2026-10-12")]


def test_trap_two_navies_that_agreed_to_plan_their_manoeuvres_agreed_no_truce():
    text = GULF + "On 12 October the two navies agreed to plan their manoeuvres in the area more carefully.\n"
    assert rule_truces(run(text, OCT20)) == []


SEP17 = dt.date(2026, 9, 17)
BORDER = ("AMMAN, Sept 17 (Levant Wire) - Jordanian and Saudi border guards exchanged fire near Al-Mudawwara on "
          "Sunday, Jordan's army said.\n\n")


def test_commanders_who_agreed_a_halt_agreed_a_truce():
    text = BORDER + ("Local commanders from both sides then agreed a halt late on Monday night, but shooting resumed "
                     "on Tuesday morning.\n")
    assert rule_truces(run(text, SEP17)) == [("bilateral", "JOR", "SAU", "2026-09-14")]


def test_trap_a_halt_to_talks_is_no_truce():
    text = BORDER + "Local commanders from both sides then agreed a halt to their talks late on Monday night.\n"
    assert rule_truces(run(text, SEP17)) == []


def test_units_the_army_said_had_been_ordered_to_hold_their_fire_are_a_unilateral_truce():
    text = BORDER + "The army said its units had been ordered to hold their fire from 4 p.m. on Monday.\n"
    assert rule_truces(run(text, SEP17)) == [("unilateral", "JOR", "SAU", "2026-09-14")]


def test_trap_units_the_army_said_had_been_ordered_to_return_fire_made_no_truce():
    text = BORDER + "The army said its units had been ordered to return fire from 4 p.m. on Monday.\n"
    assert rule_truces(run(text, SEP17)) == []


AUG12 = dt.date(2026, 8, 12)
SAO_TOME = ("ABUJA, Aug 12 (West Africa Wire) - A Nigerian navy patrol boat and a Sao Tome coast guard cutter "
            "exchanged fire near the Joint Development Zone on Saturday.\n\n")


def test_a_coast_guard_ordered_to_suspend_patrols_and_hold_fire_is_a_unilateral_truce():
    text = SAO_TOME + ('Sao Tome\'s government had already ordered its coast guard on Monday to suspend patrols in the '
                       'zone and "hold fire" pending talks.\n')
    assert rule_truces(run(text, AUG12)) == [("unilateral", "NGA", "STP", "2026-08-10")]


def test_trap_a_coast_guard_ordered_to_suspend_patrols_only_is_no_truce():
    text = SAO_TOME + "Sao Tome's government had already ordered its coast guard on Monday to suspend patrols.\n"
    assert rule_truces(run(text, AUG12)) == []


OCT22 = dt.date(2026, 10, 22)
EXPLAINER = ("Q&A: Why are Gabon and Sao Tome quarrelling at sea?\n\nGabon's defence minister and her Santomean "
             "counterpart met in Brazzaville on October 12 and 13. ")


def test_a_quoted_cessation_of_hostilities_that_entered_into_force_is_a_truce():
    text = EXPLAINER + ('The talks produced a "cessation of hostilities" that entered into force at 00:00 on '
                        'October 14.\n')
    assert rule_truces(run(text, OCT22)) == [("bilateral", "GAB", "STP", "2026-10-14")]


def test_trap_a_quoted_cessation_of_hostilities_kept_at_a_distance_is_none():
    text = EXPLAINER + 'Each side accuses the other of breaking the so-called "cessation of hostilities".\n'
    assert rule_truces(run(text, OCT22)) == []


OCT30 = dt.date(2026, 10, 30)
ITLOS = ("Hamburg, 30 October 2026. The Tribunal today delivered its Judgment in the case of Ghana v. Equatorial "
         "Guinea concerning the prompt release of a Ghanaian vessel arrested by Equatorial Guinea.\n\n")


def test_consultations_between_delegations_of_the_two_states_that_were_held_met():
    text = ITLOS + ("Consultations between delegations of the two States were held in Malabo on 21 and 22 July 2026 "
                    "and did not produce an agreement.\n")
    assert dated_pairs(run(text, OCT30)) == [("2026-07-21", "GHA", "GNQ")]


def test_trap_consultations_between_delegations_of_the_two_states_as_a_process_met_no_one():
    text = ITLOS + "Consultations between delegations of the two States have not produced an agreement in years.\n"
    assert dated_pairs(run(text, OCT30)) == []


def test_two_commanders_who_agreed_the_halt_in_a_video_call_met():
    text = SAO_TOME + ("Nigeria's Chief of the Naval Staff, Vice Admiral Ibrahim Dauda, and the commander of Sao Tome's "
                       "coast guard, Captain Armindo Neves, agreed the halt in a video call on Wednesday morning.\n")
    assert dated_pairs(run(text, AUG12)) == [("2026-08-12", "NGA", "STP")]


def test_trap_two_commanders_who_agreed_the_halt_with_no_call_told_met_no_one():
    text = SAO_TOME + ("Nigeria's Chief of the Naval Staff, Vice Admiral Ibrahim Dauda, and the commander of Sao Tome's "
                       "coast guard, Captain Armindo Neves, said the halt would take effect on Wednesday morning.\n")
    assert dated_pairs(run(text, AUG12)) == []


def test_ready_to_spare_no_effort_including_hosting_talks_to_help_is_an_offer():
    text = BORDER + ('Kuwait\'s foreign ministry said on Wednesday that the state was "ready to spare no effort, '
                     'including hosting talks, to help our brothers in Amman and Riyadh".\n')
    assert rule_mediations(run(text, SEP17)) == [("offer", "KWT", "JOR", "SAU")]


def test_trap_ready_to_spare_no_effort_on_its_own_security_is_no_offer():
    text = BORDER + ('Kuwait\'s foreign ministry said on Wednesday that the state was "ready to spare no effort, '
                     'including new patrols, to protect its own borders".\n')
    assert rule_mediations(run(text, SEP17)) == []


JUL21 = dt.date(2026, 7, 21)
EDITORIAL = ("EDITORIAL | Quiet diplomacy in the Gulf of Guinea\n\nDiário do Atlântico (fictional), Lisbon – 21 July "
             "2026\n\nGabon and Sao Tome signed a declaration in Lisbon on 8 July. The text was the fruit of two days "
             "of talks between the foreign ministers of the two countries, chaired by our own foreign minister, Rui "
             "Mendes Sarmento, who deserves credit for patience if not for eloquence.\n")


def test_talks_chaired_by_our_own_foreign_minister_were_the_outlets_states_mediation():
    assert ("conducted", "PRT", "GAB", "STP") in rule_mediations(run(EDITORIAL, JUL21, outlet="PRT"))


def test_trap_a_minister_who_claims_credit_for_the_talks_claims():
    text = EDITORIAL.replace("our own foreign minister", "Portugal's foreign minister").replace(
        "who deserves credit for patience", "who was quick to claim credit for them")
    assert ("claimed", "PRT", "GAB", "STP") in rule_mediations(run(text, JUL21, outlet="PRT"))


SEP29 = dt.date(2026, 9, 29)
TRANSCRIPT = ("MINISTRY OF FOREIGN AFFAIRS, EUROPEAN UNION AND COOPERATION\n\nTranscript of the joint press "
              "conference of the Minister of Foreign Affairs, European Union and Cooperation, Inés Cortázar Beltrán, "
              "the Minister of Foreign Affairs of the Plurinational State of Bolivia, Teodoro Quispe Mamani, and the "
              "Minister of Foreign Affairs and Human Mobility of the Republic of Ecuador, Verónica Andrade Cevallos"
              "\n\nMadrid, Palacio de Viana, 29 September 2026\n\n")


def test_a_minister_who_has_had_the_honour_of_chairing_their_sessions_mediated():
    text = TRANSCRIPT + ("MINISTER CORTÁZAR: Yesterday and today, Minister Quispe and Minister Andrade have held talks "
                         "here at Viana, at the invitation of Spain, and I have had the honour of chairing their "
                         "sessions.\n")
    cands = run(text, SEP29, outlet="ESP")
    assert ("conducted", "ESP", "BOL", "ECU") in rule_mediations(cands)
    assert {p[1:] for p in dated_pairs(cands)} == {("BOL", "ECU")}  # Andrade is Ecuador's minister


def test_trap_a_minister_who_declined_the_honour_of_chairing_mediated_nothing():
    text = TRANSCRIPT + ("MINISTER CORTÁZAR: Yesterday and today, Minister Quispe and Minister Andrade have held talks "
                         "here at Viana, and I declined the honour of chairing their sessions.\n")
    assert rule_mediations(run(text, SEP29, outlet="ESP")) == []


def test_our_citizens_in_a_labelled_ministers_answer_are_his_states():
    text = TRANSCRIPT + ("MINISTER QUISPE: Of course. Three of our citizens died in the disturbances outside that "
                         "embassy last March.\n")
    assert rule_figures(run(text, SEP29, outlet="ESP")) == [("BOL", "civilian", "killed", 3)]


def test_trap_our_citizens_in_the_ministrys_own_words_are_its_states():
    text = TRANSCRIPT + "Three of our citizens died in the disturbances outside that embassy last March.\n"
    assert rule_figures(run(text, SEP29, outlet="ESP")) == [("ESP", "civilian", "killed", 3)]


NOV20 = dt.date(2026, 11, 20)
BIOKO = "LAGOS, Nov 20 (Gulf of Guinea Wire) - Equatorial Guinean patrol boats fired on Nigerian canoes off Bioko.\n\n"


def test_fishers_are_people_a_figure_counts():
    text = BIOKO + "Seventeen other Nigerian fishers were injured in the same period, several of them by gunfire.\n"
    assert rule_figures(run(text, NOV20)) == [("NGA", "civilian", "injured", 17)]


def test_trap_fishers_rights_groups_count_no_one():
    text = BIOKO + "Seventeen fishers' associations in Lagos condemned the shooting.\n"
    assert rule_figures(run(text, NOV20)) == []


JUL29 = dt.date(2026, 7, 29)
MINHO = ("VALENÇA, July 29 (Minho Daily) - Spanish and Portuguese fishing boats clashed on the Minho estuary on "
         "Monday.\n\n")


def test_the_fishermens_guilds_of_two_towns_agree_no_truce_between_states():
    text = MINHO + ('On Tuesday night the fishermen\'s guilds of the two towns agreed a "truce" until the end of '
                    'August.\n')
    assert rule_truces(run(text, JUL29)) == []


def test_trap_two_coast_guards_that_agreed_a_truce_still_agreed_one():
    text = MINHO + "On Tuesday night the coast guards of the two countries agreed a truce on the estuary.\n"
    assert rule_truces(run(text, JUL29)) == [("bilateral", "ESP", "PRT", "2026-07-28")]


JUL10 = dt.date(2026, 7, 10)


def test_people_a_force_says_its_own_men_fired_on_are_not_its_own():
    text = ("LIMA/MEXICO CITY, July 10 (Wire) - Peru demanded an inquiry after Mexican troops fired on a migrant "
            "truck.\n\nMexico's National Guard said in a statement that five people died when guardsmen fired on the "
            "truck after it ran a checkpoint late on Tuesday.\n")
    assert ("", "unspecified", "killed", 5) in rule_figures(run(text, JUL10))


def test_trap_people_a_force_says_another_states_soldiers_fired_on_are_its_own():
    text = ("LIMA/MEXICO CITY, July 10 (Wire) - Peru demanded an inquiry after Mexican troops fired on a migrant "
            "truck.\n\nMexico's National Guard said in a statement that five people died when Guatemalan soldiers "
            "fired on the truck late on Tuesday.\n")
    assert ("MEX", "unspecified", "killed", 5) in rule_figures(run(text, JUL10))


def test_units_the_army_said_would_hold_their_fire_are_a_unilateral_truce():
    # the sentence holds none of the trigger's other stems: "hold their fire" is one
    text = BORDER + "The army said its units would hold their fire from 4 p.m. on Monday.\n"
    assert rule_truces(run(text, SEP17)) == [("unilateral", "JOR", "SAU", "2026-09-14")]


def test_trap_units_that_would_hold_their_fire_on_a_condition_are_no_truce():
    text = BORDER + "The army said its units would hold their fire if Riyadh withdrew its patrols from the border.\n"
    assert rule_truces(run(text, SEP17)) == []
