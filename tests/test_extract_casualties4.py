"""Casualty figures, round 4 (dev4-dev9): figures of new people kept apart from earlier ones, more people nouns, an
age as the noun, participle phrases before a bare verb, and the speaker's side from a spokesman's name in
apposition, a capital that speaks for its government, and a regional outlet's masthead town.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from extract_support import run


def figures(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"], f["population"])
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]])


# --- one figure or two (candidates.py) -----------------------------------------------------------------------

def test_a_second_person_is_a_figure_of_its_own():
    text = ("Kenyan police said one guard was injured when gunmen attacked the border post at Lunga Lunga. "
            "A second guard was treated for minor injuries, the police said.")
    assert figures(text) == [(1, "injured", "KEN", "military"), (1, "injured", "KEN", "military")]
    text = ("Two Kenyan soldiers were killed in the ambush, the army said. Two more soldiers were killed in a second "
            "attack near the border.")
    assert len(figures(text)) == 2
    # traps: "two others" beside a death restates the lead's two wounded; the same figure told twice is one record
    text = ("Two Kenyan soldiers were wounded in the ambush, the army said. One soldier was killed and two others "
            "were wounded when gunmen opened fire, the army said.")
    assert [f for f in figures(text) if f[1] == "injured"] == [(2, "injured", "KEN", "military")]
    text = ("Kenyan police said one guard was injured in the attack. One guard was injured, the police chief "
            "repeated.")
    assert figures(text) == [(1, "injured", "KEN", "military")]


def test_two_new_people_named_by_different_nouns_are_two_figures():
    text = ("A farmer was killed by a stray bullet in the Kenyan village, police said. A shepherd was killed by a "
            "stray bullet near the Kenyan post, police said.")
    assert len(figures(text)) == 2
    # trap: a lead and its body give one farmer twice
    text = ("A farmer was killed by a stray bullet in the Kenyan village. Police said a farmer was killed by a "
            "stray bullet.")
    assert len(figures(text)) == 1


# --- people nouns and shapes ---------------------------------------------------------------------------------

def test_more_civilian_nouns_count_people():
    assert figures("Two Moldovan volunteers were killed when a mine exploded.") == [(2, "killed", "MDA", "civilian")]
    assert figures("Seven Guatemalan farmworkers were wounded in the shooting.") == \
        [(7, "injured", "GTM", "civilian")]
    trap = "Two Moldovan volunteers were detained at the crossing."
    assert figures(trap) == []


def test_a_participle_phrase_before_a_bare_verb():
    text = ("Two Moldovan volunteers working with a demining team in the Odesa region lost their lives when a "
            "mine exploded.")
    assert figures(text) == [(2, "killed", "MDA", "civilian")]
    trap = "Two Moldovan volunteers working with a demining team in the Odesa region lost their equipment."
    assert figures(trap) == []


def test_an_age_as_the_noun_is_one_person():
    text = "Nepal protested after a 19-year-old from Mahendranagar was shot dead by Indian border personnel."
    got = figures(text)
    assert got == [(1, "killed", "NPL", "civilian")] or got == [(1, "killed", None, "civilian")]
    assert figures("Police said a 15-year-old was injured in Nepal's Kanchanpur district.")[0][3] == "civilian"
    # trap: an age before a noun is that noun's person, counted once
    assert len(figures("Police said a 14-year-old student was injured in the blast in Nepal.")) == 1
    trap = "A 19-year-old was arrested at the border."
    assert figures(trap) == []


# --- the speaker's side ---------------------------------------------------------------------------------------

def test_a_spokesman_named_in_apposition_speaks_for_his_force():
    text = ("South Sudan and Uganda traded blame. The UPDF's spokesperson, Brig. Felix Kamugisha, said in Kampala "
            "that “two of our gallant soldiers lost their lives” in the clash.")
    assert figures(text) == [(2, "killed", "UGA", "military")]
    # trap: the name belongs to the other side's speaker; "our" stays with the one who says it
    text = ("South Sudan and Uganda traded blame. The SSPDF spokesman, Maj. Gen. Lul Ruai Koang, said that “two of "
            "our soldiers lost their lives” in the clash.")
    assert figures(text) == [(2, "killed", "SSD", "military")]


def test_a_capital_that_speaks_owns_its_soldiers():
    text = ("Cameroon and Equatorial Guinea agreed a truce. Malabo, for its part, says one of its soldiers was "
            "wounded.")
    assert figures(text) == [(1, "injured", "GNQ", "military")]


def test_a_regional_outlets_masthead_town_is_where_our_speaks_from():
    text = ("RADIO NTEM FM, EBOLOWA – THE 7 A.M. NEWS\n\nCameroon and Equatorial Guinea have agreed to stop the "
            "fighting. Two of our gendarmes were reportedly killed in Saturday's exchange of fire.")
    assert figures(text) == [(2, "killed", "CMR", "military")]
    # trap: a masthead with no known town gives "our" no state
    text = ("RADIO NTEM FM – THE 7 A.M. NEWS\n\nCameroon and Equatorial Guinea have agreed to stop the fighting. "
            "Two of our gendarmes were reportedly killed in Saturday's exchange of fire.")
    assert figures(text)[0][2] in (None, "CMR")  # only what the article itself names may speak for "our"


def test_a_people_noun_before_another_is_a_modifier():
    text = "The Royal Gibraltar Police said one of its marine officers was being treated for a head injury."
    assert [(c, o, p) for c, o, _, p in figures(text)] == [(1, "injured", "military")]
    assert figures("Two Kenyan militia fighters were killed.") == [(2, "killed", "KEN", "military")]
    # trap: an outcome noun before people is still the outcome ("the 27 wounded soldiers"), not a modifier
    text = "The Chadian president wished a speedy recovery to the twenty-seven (27) wounded soldiers."
    assert [(c, o, p) for c, o, _, p in figures(text)] == [(27, "injured", "military")]
    assert figures("Medics counted three dead Kenyan civilians.") == [(3, "killed", "KEN", "civilian")]


def test_a_sentence_with_its_own_named_speaker_borrows_no_speaker_from_the_one_before():
    text = ("Spain's Guardia Civil said two of its officers suffered fractures. The Royal Gibraltar Police said "
            "one of its marine officers was being treated for a head injury.")
    got = figures(text)
    assert (2, "injured", "ESP", "military") in got and (1, "injured", None, "military") in got
    # trap: "the communiqué said" is the speaker of the sentence before
    text = ("The Chadian army said in a communiqué that its positions were attacked on Monday. Five soldiers were "
            "killed, the communiqué said.")
    assert figures(text) == [(5, "killed", "TCD", "military")]


def test_people_among_the_dead_or_wounded():
    text = ("Algeria's foreign ministry said on Friday that two Algerian citizens, both traders from Tamanrasset, "
            "were among the dead.")
    assert figures(text) == [(2, "killed", "DZA", "civilian")]
    assert figures("Three Malian soldiers were among the wounded.") == [(3, "injured", "MLI", "military")]
    trap = "Two Algerian citizens were among the passengers."
    assert figures(trap) == []


def test_an_injury_in_quotation_marks():
    text = "The Ugandan army's spokesperson said one Ugandan soldier had sustained “minor injuries” in the clash."
    assert figures(text) == [(1, "injured", "UGA", "military")]
    trap = "The Ugandan army said one Ugandan soldier had sustained “minor damage” to his vehicle."
    assert figures(trap) == []


def test_a_share_of_a_boats_crew():
    text = "The Turkish Coast Guard Command said two of the trawler's crew were injured, one of them seriously."
    assert figures(text) == [(2, "injured", "TUR", "civilian")]
    trap = "The Turkish Coast Guard Command said two of the trawler's crew were detained."
    assert figures(trap) == []


def test_our_in_the_voice_of_a_speaker_known_by_his_province():
    text = ("Malaysia and the Philippines held talks. Two of our policemen were killed and three wounded when "
            "their boat came under fire off Semporna on Sunday, the Sabah Police Commissioner said.")
    assert figures(text) == [(2, "killed", "MYS", "military"), (3, "injured", "MYS", "military")]


def test_a_dateline_town_is_where_the_article_speaks_from():
    text = ("EBOLOWA — Cameroon and Equatorial Guinea have agreed to stop the fighting. The gendarmerie said "
            "the number of our compatriots who died had risen to six.")
    assert figures(text) == [(6, "killed", "CMR", "unspecified")]


def test_its_people_of_a_speaker_of_no_known_state_get_no_side():
    text = ("ALGECIRAS — Spain and Britain traded blame. The Royal Gibraltar Police said one of its marine officers "
            "was being treated for a head injury.")
    assert figures(text) == [(1, "injured", None, "military")]
    # trap: "its" after a named state's body is that state's
    text = ("ALGECIRAS — Spain and Britain traded blame. Spain's Guardia Civil said two of its officers suffered "
            "fractures.")
    assert figures(text) == [(2, "injured", "ESP", "military")]


def test_a_speakers_person_right_after_his_body_speaks_for_it():
    text = ("The Afghan defence ministry's spokesman, Mawlawi Abdul Qahar Zahid, claimed that “seven Tajik soldiers "
            "were killed”, and acknowledged that two of its own border guards had been killed and four wounded.")
    got = figures(text)
    assert (2, "killed", "AFG", "military") in got and (4, "injured", "AFG", "military") in got
    assert (7, "killed", "TJK", "military") in got


def test_a_toll_on_both_sides_has_no_side():
    text = ("Niger and Chad agreed a truce. Fighting last week killed at least five soldiers on both sides, "
            "according to a humanitarian source in Agadez.")
    assert figures(text) == [(5, "killed", None, "military")]
    # trap: a side named for the people themselves is kept
    text = "Niger and Chad agreed a truce. Fighting last week killed at least five Chadian soldiers."
    assert figures(text) == [(5, "killed", "TCD", "military")]


def test_soldiers_with_no_flag_in_a_dateline_towns_story_ignore_a_later_clauses_state():
    text = ("NARATHIWAT — A roadside bomb killed two paramilitary rangers on Tuesday, a day after the Thai prime "
            "minister held talks with his Malaysian counterpart in Putrajaya.")
    assert figures(text) == [(2, "killed", "THA", "military")]
    # trap: another state's people in the same clause compete, so no guess
    text = ("NARATHIWAT — The Thai and Malaysian prime ministers met on Monday. A roadside bomb killed two "
            "paramilitary rangers and a Malaysian trader on Tuesday.")
    assert (2, "killed", None, "military") in figures(text)


def test_a_national_force_known_by_its_name_or_acronym():
    text = ("Two officers of the National Border Service, SENAFRONT, were killed in a firefight with an armed group "
            "in the Darién jungle.")
    assert figures(text) == [(2, "killed", "PAN", "military")]
    assert figures("Three TPDF soldiers were wounded in the exchange.") == [(3, "injured", "TZA", "military")]
    # trap: members of an armed group belong to no state
    trap = "Three members of the armed group also died in the firefight with SENAFRONT."
    assert figures(trap) == [(3, "killed", None, "unspecified")]


def test_one_person_with_a_participle_or_relative_clause_before_the_verb():
    text = "A Lithuanian officer who went into the water after him was injured."
    assert figures(text) == [(1, "injured", "LTU", "military")]
    text = "A Georgian monk living at the complex was reportedly grazed by a bullet."
    assert figures(text) == [(1, "injured", "GEO", "civilian")]
    # trap: a relative clause with its own outcome is not stretched over the next one
    text = "Three Lithuanian soldiers who were killed and two who were wounded were buried in Vilnius."
    assert (3, "killed", "LTU", "military") in figures(text)
    assert (3, "injured", "LTU", "military") not in figures(text)


def test_one_person_as_the_object_of_an_outcome_verb():
    text = "Gunmen killed three Iraqi shepherds and wounded a teenage boy near Sidakan."
    got = figures(text)
    assert (3, "killed", "IRQ", "civilian") in got and any(c == 1 and o == "injured" for c, o, _, _ in got)
    # trap: a person who is not hurt ("killed three men and questioned a boy") is no figure
    got = figures("Gunmen killed three Iraqi shepherds and questioned a teenage boy near Sidakan.")
    assert got == [(3, "killed", "IRQ", "civilian")]


def test_the_number_of_terrorists_neutralised_has_no_side():
    text = ("The Turkish defence ministry put the number of “terrorists neutralised” in northern Iraq in 2025 at "
            "more than 400.")
    assert figures(text) == [(400, "killed", None, "unspecified")]
    # trap: a state's own people counted the same way keep their side
    text = "The Iraqi ministry put the number of Iraqi soldiers killed in 2025 at 40."
    assert figures(text) == [(40, "killed", "IRQ", "military")]


def test_one_of_the_people_wounded_before_who_later_died():
    text = ("Five Chadian soldiers were wounded on Tuesday. One of the soldiers wounded on Tuesday, Sergeant-Chief "
            "Adoum Idriss, succumbed to his injuries on Thursday.")
    assert figures(text) == [(1, "killed", "TCD", "military"), (5, "injured", "TCD", "military")]
    # trap: one of the wounded who is still in hospital is no death
    text = ("Five Chadian soldiers were wounded on Tuesday. One of the soldiers wounded on Tuesday remains in "
            "hospital.")
    assert figures(text) == [(5, "injured", "TCD", "military")]


def test_a_running_count_with_a_long_time_phrase():
    text = ("Iraq's border command said two guards were killed on Monday. It brings the number of Iraqi border "
            "guards martyred in the Seventh Region since the beginning of the year to seven.")
    assert (7, "killed", "IRQ", "military") in figures(text)
    # trap: a running count of visits is no casualty figure
    text = ("It brings the number of Iraqi delegations received in the Seventh Region since the beginning of the "
            "year to seven.")
    assert figures(text) == []


def test_people_hit_when_the_speakers_own_force_fired_are_the_other_sides():
    text = ("Iran protested to Kuwait over the seizure of an Iranian dhow. Kuwait's Interior Ministry, in a "
            "statement carried by the Kuwait News Agency, said its coast guard had fired warning shots at a vessel "
            "that had entered Kuwaiti waters, and that one crew member had been injured.")
    assert figures(text) == [(1, "injured", "IRN", "civilian")]
    # trap: "its coast guard" that fired nothing leaves the crew member's side to other cues
    text = ("Iran protested to Kuwait over the seizure of an Iranian dhow. Kuwait's Interior Ministry said its "
            "coast guard had towed a vessel to port, and that one crew member had been injured.")
    assert (1, "injured", "IRN", "civilian") not in figures(text)


def test_an_ordinal_person_counts_on_from_the_figure_one_short():
    text = ("Two Romanian villagers were killed when debris from a drone hit a barn. Three Ukrainian soldiers were "
            "wounded in Odesa. A third person, their neighbour, was taken to hospital with burns.")
    assert (1, "injured", "ROU", "unspecified") in figures(text)
    # with no figure of two before it, the latest figure of those people is continued as before
    text = ("Two Romanian villagers were killed when debris from a drone hit a barn. A fourth person was taken to "
            "hospital with burns.")
    assert (1, "injured", "ROU", "unspecified") in figures(text)


def test_a_named_states_vessel_that_opened_fire_makes_the_other_side():
    text = ("Yemen protested to Eritrea over an attack on Yemeni fishermen. Two fishermen were killed and four others "
            "injured when an Eritrean naval vessel opened fire on their boat near Zuqar Island.")
    got = figures(text)
    assert (2, "killed", "YEM", "civilian") in got and (4, "injured", "YEM", "civilian") in got
    # trap: a vessel that came to help attacked no one
    text = ("Yemen and Eritrea held talks. Two fishermen drowned when their boat sank near Zuqar Island before an "
            "Eritrean naval vessel picked up the survivors.")
    assert (2, "killed", "YEM", "civilian") not in figures(text)
