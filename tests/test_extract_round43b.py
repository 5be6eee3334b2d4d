"""Round 43, part two, read on dev100 and dev101 after their first scores: a statement's "understanding reached by the
commanders of the two navies on 11 October 2026 to stop firing" is the truce of the pair the text has joined; one side's
ships that "had been ordered to hold fire", its "unilateral halt to what it called “all forward operations”" and its
"unilateral suspension of “all military activity”" are unilateral truces; the state a minister is "in particular"
singled out of mediated ("commends the Republic of South Africa, and in particular the Minister ..., for facilitating");
talks "from 21 to 23 October 2026 between" two delegations met; a wrap-up's paragraph that opens on "TOKYO -" places
its unplaced officials in Japan; "the readiness of the Republic of Malawi and the Republic of Namibia" is two offers;
"Zambia did offer, back in August, to host talks" is an offer to the pair the text has joined; "on the evening of Oct.
16" is a day; "the talks that Thailand hosted and chaired in Bangkok on 10 September 2026 between" were mediated; an
"industry and commerce minister" is a minister; "In Guatemala City, the defence ministry said" speaks for Guatemala."""
from __future__ import annotations

import datetime as dt

from diprel.extract import dates
from diprel.extract.document import Document
from extract_support import dated_pairs, levels, of, rule_figures, rule_mediations, rule_truces, run

OCT26 = dt.date(2026, 10, 26)
SADC = ("STATEMENT BY THE EXECUTIVE SECRETARY\n\nGaborone, 26 October 2026\n\nThe Executive Secretary welcomes the "
        "cessation of hostilities between the naval units of the Union of the Comoros and the Republic of Mozambique, "
        "which took effect at midday on Saturday, 24 October 2026, as announced by the Department of International "
        "Relations and Cooperation of the Republic of South Africa.\n\n")


def test_an_understanding_of_the_two_navies_to_stop_firing_is_the_joined_pairs_truce():
    text = SADC + ("The Executive Secretary recalls that the understanding reached by the commanders of the two navies "
                   "on 11 October 2026 to stop firing was breached three days later.\n")
    assert ("bilateral", "COM", "MOZ", "2026-10-11") in rule_truces(run(text, OCT26))


def test_trap_an_understanding_of_the_two_navies_with_no_pair_joined_is_none():
    text = ("Gaborone, 26 October 2026\n\nThe Executive Secretary recalls that the understanding reached by the "
            "commanders of the two navies on 11 October 2026 to stop firing was breached three days later.\n")
    assert rule_truces(run(text, OCT26)) == []


FARQUHAR = ("VICTORIA, Oct 26 (Indian Ocean Press Agency) - A Seychelles Coast Guard patrol ship and a Malagasy navy "
            "vessel exchanged fire near Farquhar on Oct. 16.\n\n")


def test_ships_that_had_been_ordered_to_hold_fire_are_a_unilateral_truce():
    text = FARQUHAR + "On Oct. 20, Madagascar's navy announced that its ships there had been ordered to hold fire.\n"
    assert rule_truces(run(text, OCT26)) == [("unilateral", "MDG", "SYC", "2026-10-20")]


def test_trap_ships_that_had_been_ordered_to_return_fire_made_no_truce():
    text = FARQUHAR + "On Oct. 20, Madagascar's navy announced that its ships there had been ordered to return fire.\n"
    assert rule_truces(run(text, OCT26)) == []


def test_a_unilateral_halt_or_suspension_named_in_quotes_is_a_unilateral_truce():
    for words in ('On Oct. 20 Madagascar declared a unilateral halt to what it called "all forward operations".',
                  'On Oct. 20 Madagascar announced a unilateral suspension of "all military activity" in the area.'):
        assert rule_truces(run(FARQUHAR + words + "\n", OCT26)) == [("unilateral", "MDG", "SYC", "2026-10-20")]


def test_trap_a_call_for_a_unilateral_halt_is_no_truce():
    text = FARQUHAR + 'On Oct. 20 Seychelles called for a unilateral halt to "all forward operations" by Madagascar.\n'
    assert rule_truces(run(text, OCT26)) == []


NOV20 = dt.date(2026, 11, 20)
PRETORIA = ("Gaborone, 20 November 2026\n\nThe Chairperson of SADC welcomes the truce agreed by Mauritius and "
            "Seychelles.\n\n")


def test_the_state_a_minister_is_singled_out_of_mediated():
    text = PRETORIA + ("The Chairperson commends the Republic of South Africa, and in particular the Minister of "
                       "International Relations and Cooperation, Dr Thandeka Mokoena, for facilitating the talks held "
                       "in Pretoria on 16 and 17 November 2026 between the delegations of Mauritius and Seychelles.\n")
    assert rule_mediations(run(text, NOV20)) == [("conducted", "ZAF", "MUS", "SYC")]


def test_trap_a_minister_of_no_state_singled_out_of_none_mediated_for_no_one_named():
    text = PRETORIA + ("The Chairperson commends the Minister of International Relations and Cooperation, Dr Thandeka "
                       "Mokoena, for facilitating the talks held in Pretoria on 16 and 17 November 2026 between the "
                       "delegations of Mauritius and Seychelles.\n")
    assert "ZAF" not in {f["mediator_state"] for f in of(run(text, NOV20), "mediation_offers")}


def test_talks_held_from_one_day_to_another_between_two_delegations_met():
    text = PRETORIA + ("The talks held in Durban from 21 to 23 October 2026 between the delegation of Mauritius and the "
                       "delegation of Seychelles were cordial.\n")
    assert ("2026-10-21", "MUS", "SYC") in dated_pairs(run(text, NOV20))


def test_trap_talks_from_one_day_to_another_still_to_come_met_no_one():
    text = PRETORIA + ("Talks from 21 to 23 December 2026 between the delegation of Mauritius and the delegation of "
                       "Seychelles are expected in Durban.\n")
    assert dated_pairs(run(text, NOV20)) == []


AUG10 = dt.date(2026, 8, 10)
WRAPUP = ("WRAPUP 2-Region welcomes China-Laos border ceasefire\n\nVIENTIANE/BEIJING, Aug 10 (Mekong Wire) - "
          "Governments across Asia on Monday welcomed a ceasefire between China and Laos in the province of Phongsaly."
          "\n\n")


def test_a_wrap_ups_paragraph_opening_on_a_capital_places_its_officials():
    text = WRAPUP + ("TOKYO - Foreign Minister Kenji Morisaki spoke by telephone with his Lao counterpart, Thongsavanh "
                     "Keomany, on Monday morning, the foreign ministry said.\n\nSEOUL - Vice Foreign Minister Han "
                     "Seo-yeon received Lao Ambassador Bounmy Phommachanh at the foreign ministry on Monday.\n")
    assert dated_pairs(run(text, AUG10)) == [("2026-08-10", "JPN", "LAO"), ("2026-08-10", "KOR", "LAO")]


def test_trap_one_paragraph_opening_on_a_capital_below_a_label_places_no_one():
    # a profile whose label ("PROFILE:") reads as the dateline, and one "NAIROBI —" paragraph: the story's own place
    doc = Document("PROFILE: The patient general\n\nBy Amina Idris\n\nNAIROBI — General Mahamat Hissein does not like "
                   "the word mediator, he says.\n", AUG10)
    assert [m.state for m in doc.mentions[-1] if m.kind == "person"] == [None]


AUG27 = dt.date(2026, 8, 27)
MAYOTTE = "The Comoros and Madagascar have clashed at sea over fishing near Mayotte.\n\n"


def test_the_readiness_of_two_states_is_two_offers():
    text = MAYOTTE + ("They expressed the readiness of the Republic of Malawi and the Republic of Namibia to assist the "
                      "two countries in reaching a lasting settlement.\n")
    assert rule_mediations(run(text, AUG27)) == [("offer", "MWI", "COM", "MDG"), ("offer", "NAM", "COM", "MDG")]


def test_trap_the_readiness_of_one_state_is_one_offer():
    text = MAYOTTE + ("They expressed the readiness of the Republic of Malawi to assist the two countries in reaching a "
                      "lasting settlement.\n")
    assert rule_mediations(run(text, AUG27)) == [("offer", "MWI", "COM", "MDG")]


OCT14 = dt.date(2026, 10, 14)
PODCAST = ("Namibia and Zimbabwe have quarrelled over trade since the summer.\n\nMUTASA: Zambia did offer, back in "
           "August, to ")


def test_an_offer_set_off_by_when_it_was_made_to_host_talks_is_the_joined_pairs():
    text = PODCAST + "host talks in Livingstone, and Windhoek said no thank you, publicly, within a day.\n"
    assert rule_mediations(run(text, OCT14)) == [("offer", "ZMB", "NAM", "ZWE")]


def test_trap_an_offer_to_host_the_regional_games_is_none():
    text = PODCAST + "host the regional games in Livingstone, and Windhoek said no thank you, publicly, within a day.\n"
    assert rule_mediations(run(text, OCT14)) == []


def test_the_evening_of_a_month_abbreviated_and_a_day_is_that_day():
    [d] = dates.find("agreed by the captains on the evening of Oct. 16, broke down", OCT26)
    assert (d.date_start, d.precision) == (dt.date(2026, 10, 16), "day")


def test_trap_the_end_of_a_month_abbreviated_is_that_month():
    [d] = dates.find("at the end of Oct. The talks resumed", OCT26)
    assert (d.date_start, d.precision) == (dt.date(2026, 10, 1), "month")


OCT5 = dt.date(2026, 10, 5)


def test_talks_a_state_hosted_and_chaired_in_a_city_between_two_were_mediated():
    text = ("At the Foreign Ministers' Meeting, Foreign Minister Pimchanok briefed her Japanese counterpart on the "
            "talks that Thailand hosted and chaired in Bangkok on 10 September 2026 between Cambodia and Myanmar.\n")
    assert rule_mediations(run(text, OCT5)) == [("conducted", "THA", "KHM", "MMR")]


def test_trap_talks_a_state_chaired_in_a_city_with_one_other_were_not_mediated():
    text = ("At the Foreign Ministers' Meeting, Foreign Minister Pimchanok briefed her Japanese counterpart on the "
            "talks that Thailand chaired in Bangkok on 10 September 2026 with Cambodia.\n")
    assert rule_mediations(run(text, OCT5)) == []


def test_a_minister_of_two_portfolios_joined_by_and_is_a_minister():
    text = ("Last Wednesday, Botswana's trade minister, Kabelo Sebina, chaired six hours of talks between Namibia's "
            "trade minister, Helena Nakale, and Zimbabwe's industry and commerce minister, Tendai Mlambo.\n")
    assert levels(text, OCT14) == [("NAM", "ZWE", "ministerial")]


def test_trap_a_ministry_of_two_portfolios_is_no_person():
    doc = Document("Zimbabwe's industry and commerce ministry said the talks went well.\n", OCT14)
    assert [m.kind for m in doc.mentions[0] if m.kind == "person"] == []


SUCHIATE = ("CIUDAD HIDALGO, Aug 27 (Radio Frontera) - Mexican and Guatemalan soldiers exchanged fire across the "
            "Suchiate river on Tuesday.\n\n")


def test_an_office_after_in_a_capital_speaks_for_that_capitals_state():
    text = SUCHIATE + "In Guatemala City, the defence ministry said three of its soldiers were wounded.\n"
    assert ("GTM", "military", "injured", 3) in rule_figures(run(text, AUG27, "MEX"))


def test_trap_an_office_with_no_capital_before_speaks_for_the_outlets_state():
    text = SUCHIATE + "The defence ministry said three of its soldiers were wounded.\n"
    assert ("MEX", "military", "injured", 3) in rule_figures(run(text, AUG27, "MEX"))
