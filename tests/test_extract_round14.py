"""Round 14: nationalities told in apposition, forces by their full names, and whose the people "of them" and "of
their" are; read on dev32-dev46 (each beside its trap)."""
from __future__ import annotations

from extract_support import figures, run


def test_a_nationality_in_apposition_after_the_craft_places_the_person():
    text = ("ROME, May 3 - Croatian police boarded an Italian trawler on Sunday. One crew member of the trawler, a "
            "Slovenian citizen, suffered a head injury, the ministry said.\n")
    assert ("SVN", "civilian", "injured", 1, None) in figures(run(text))
    # trap: a comma and a state after the craft that is no apposition lends it nothing
    other = text.replace("a Slovenian citizen, suffered", "police said, suffered")
    assert ("SVN", "civilian", "injured", 1, None) not in figures(run(other))


def test_a_national_of_a_state_and_of_a_nationality_place_the_person():
    text = ("KINGSTON, May 3 - One fisherman, a 41-year-old national of the Dominican Republic, was struck in the leg "
            "during the chase, the ministry said.\n")
    assert figures(run(text)) == {("DOM", "civilian", "injured", 1, None)}
    text = "QUITO, May 3 - One crew member of Chinese nationality suffered a broken arm, the navy said.\n"
    assert figures(run(text)) == {("CHN", "civilian", "injured", 1, None)}
    # trap: "struck in the leg" hurts a person, not a boat struck in the hull
    assert figures(run("KINGSTON, May 3 - One boat was struck in the hull during the chase, the ministry said.\n")) \
        == set()


def test_citizens_in_apposition_without_an_article():
    text = ("CHISINAU, May 3 - Four men, Ukrainian citizens aged 30 to 45, were injured in the crossing, Moldovan "
            "police said.\n")
    assert figures(run(text)) == {("UKR", "civilian", "injured", 4, None)}
    # trap: a demonym with no article and no word of nationality is no apposition ("Ukrainian by birth")
    other = text.replace("Ukrainian citizens aged 30 to 45", "Ukrainian by birth")
    assert figures(run(other)) == {("MDA", "civilian", "injured", 4, None)}


def test_one_and_one_more_by_ellipsis_are_the_two_counted_before():
    text = ("PORT OF SPAIN, May 3 - The Coast Guard said two fishermen were wounded by gunfire on Tuesday. One was hit "
            "in the shoulder, one in the leg.\n")
    assert {f[3] for f in figures(run(text))} == {2}
    # trap: one of two who died later is a death of its own
    assert {f[3] for f in figures(run(text.replace("One was hit in the shoulder, one in the leg",
                                                   "One died in hospital on Wednesday")))} == {1, 2}


def test_a_force_by_its_full_name_places_its_members():
    text = ("GABORONE, Sept 9 - The summit noted with deep sadness the loss of lives, including three (3) members of "
            "the Malawi Defence Force and two (2) officers of the Zambia Police Service.\n")
    assert figures(run(text)) == {("MWI", "military", "killed", 3, None), ("ZMB", "military", "killed", 2, None)}
    # trap: the loss of livelihoods is no toll
    assert figures(run(text.replace("loss of lives", "loss of livelihoods"))) == set()


def test_a_force_by_its_full_name_fires_on_the_other_side():
    text = ("LUSAKA, May 3 - A patrol of the Namibian Defence Force opened fire on three canoes near Sesheke. Two "
            "fishermen from Mwandi were shot dead, a police commissioner said.\n")
    assert ("ZMB", "civilian", "killed", 2, None) in figures(run(text.replace("from Mwandi ", "")))


def test_foreign_people_are_not_the_speakers_own():
    text = ("PHNOM PENH, May 3 - According to the Cambodian National Police, two foreign nationals died in the "
            "incident.\n")
    assert figures(run(text)) == {(None, "civilian", "killed", 2, None)}
    # trap: nationals of no stated origin counted by the same police are its own, as before
    assert figures(run(text.replace("foreign nationals", "Cambodian nationals"))) \
        == {("KHM", "civilian", "killed", 2, None)}


def test_killing_some_of_them_counts_the_people_named_last():
    text = ("ACCRA, May 3 - In May, gunmen ambushed a convoy of Ghanaian traders near Tera, in western Niger, killing "
            "11 of them, according to the Ministry of Foreign Affairs.\n")
    assert ("GHA", "civilian", "killed", 11, None) in figures(run(text))
    # trap: "them" after another plural noun is not the traders
    other = ("SANTO DOMINGO, May 3 - Two of our soldiers were killed. The ministry adds that its troops repelled the "
             "aggressors, killing three of them.\n")
    assert ("DOM", "military", "killed", 3, None) not in figures(run(other))


def test_armed_elements_and_the_arrested_are_no_states_dead():
    text = ("CAIRO, May 3 - The army said its border guards clashed with a gang on the border, which resulted in the "
            "killing of five (5) armed elements and the arrest of three (3) others.\n")
    assert figures(run(text)) == {(None, "unspecified", "killed", 5, None)}


def test_an_armed_group_speaks_of_its_own_fighters():
    text = ("YANGON, May 3 - The junta claimed a victory in Sagaing, but resistance groups said the raid killed nine "
            "of their fighters.\n")
    assert figures(run(text)) == {(None, "unspecified", "killed", 9, None)}
    # trap: a state's army speaking of its soldiers still counts its own
    assert ("MMR", "military", "killed", 9, None) in figures(
        run(text.replace("resistance groups said the raid killed nine of their fighters",
                         "the Myanmar army said the raid killed nine of its soldiers")))


def test_a_possessive_before_the_losses_names_whose_they_are():
    text = ("MAPUTO, May 3 - A Mozambican police spokesman put the insurgents' losses in the ambush at nine dead.\n")
    assert figures(run(text)) == {(None, "unspecified", "killed", 9, None)}
    assert ("KGZ", "unspecified", "killed", 4, None) in figures(
        run("DUSHANBE, May 3 - The Tajik side put the Kyrgyz army's losses at four dead.\n"))
