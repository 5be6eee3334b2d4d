"""Casualty figures, round 11: a day of a date is no count in the trigger fallback; bodies "had been found" after the
count; "four of the eleven crewmen died" counts four, not the eleven; a story that says the victims' nationalities are
unknown, anywhere in it, leaves its civilians without a side; the speaker's own men ("its sailors fired") or a force
that opened fire in the sentence before make the people hit the other side's.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

import datetime as dt

from diprel.extract.document import Document
from diprel.extract.rules import casualties
from extract_support import run

PUBLISHED = dt.date(2026, 11, 3)


def figures(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"], f["population"])
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]])


def loose(text: str, i: int) -> list[tuple]:
    return sorted((h.fields["count"], h.fields["outcome"], h.fields["side_state"])
                  for h in casualties.loose_figures(Document(text, PUBLISHED), i, "src"))


# --- the trigger fallback ------------------------------------------------------------------------------------------

def test_loose_figures_skip_the_day_of_a_date():
    text = ("Migrants keep crossing the mountains.\n\nOn 14 October the coast guard told us that the bodies of four men "
            "had been found on a beach near the harbour.\n")
    assert loose(text, 1) == [(4, "killed", None)]
    # trap: a year in the sentence is no toll either
    text = "Migrants keep crossing.\n\nIn 2019 our volunteers were told that two men had died in the forest.\n"
    assert loose(text, 1) == [(2, "killed", None)]


def test_bodies_found_in_the_passive():
    text = "Migrants keep crossing.\n\nThe police said the bodies of three men were recovered from the river.\n"
    assert loose(text, 1) == [(3, "killed", None)]
    # trap: bodies handed over are dead counted elsewhere, not a new toll
    text = "Migrants keep crossing.\n\nThe police said the bodies of three men were handed over to their families.\n"
    assert loose(text, 1) == []


# --- a share of a group --------------------------------------------------------------------------------------------

def test_share_of_a_counted_group():
    assert figures("Four of the eleven crewmen on board the Ecuadorian trawler died, the navy said.") == \
        [(4, "killed", "ECU", "civilian")]
    # trap: with a participle the group is the toll ("the five soldiers killed"), and still counted
    assert (5, "killed") in {f[:2] for f in figures("Two of the five soldiers killed in the ambush were officers.")}


# --- a nationality the story withholds -----------------------------------------------------------------------------

def test_nationalities_unknown_later_in_the_story():
    head = ("A minibus carrying migrants overturned near Kranj on Sunday. Nine people were hurt, the Slovenian interior "
            "ministry said.\n\n")
    tail = "Police arrested the driver. None of the passengers had papers, and their nationalities had not been confirmed.\n"
    assert figures(head + tail) == [(9, "injured", None, "unspecified")]
    # trap: without the withholding the speaker's state stands
    assert figures(head + "Police arrested the driver.\n") == [(9, "injured", "SVN", "unspecified")]
    # trap: soldiers keep their force's flag
    assert figures("Two Slovenian soldiers were hurt near Kranj.\n\nThe nationalities of the migrants were not known.\n") \
        == [(2, "injured", "SVN", "military")]


# --- who fired, who was hit ----------------------------------------------------------------------------------------

def test_the_speakers_own_men_fired():
    text = ("Tension between Tonga and Fiji over the reef rose again. The Fijian navy said its sailors fired warning shots "
            "at a boat and that one fisherman was wounded.\n")
    assert figures(text) == [(1, "injured", "TON", "civilian")]
    # trap: the speaker's own officers hurt by the crew they fired at stay its own
    text = ("Tension between Tonga and Fiji over the reef rose again. The Fijian navy said its officers fired warning "
            "shots after the crew attacked, and that two officers were hurt.\n")
    assert figures(text) == [(2, "injured", "FJI", "military")]


def test_a_force_fired_in_the_sentence_before():
    text = ("Tension on the border between Uganda and Kenya rose on Monday. Late on Friday a patrol of the Kenyan Defence Forces opened fire on "
            "herders near the border. Three herders were shot dead, a local chief said.\n")
    assert figures(text) == [(3, "killed", "UGA", "civilian")]
    # trap: a sentence that names its own state keeps it
    text = ("Tension on the border between Uganda and Kenya rose on Monday. Late on Friday a patrol of the Kenyan Defence Forces opened fire on "
            "herders near the border. Three Kenyan herders were shot dead, a local chief said.\n")
    assert figures(text) == [(3, "killed", "KEN", "civilian")]


# --- words between the people and the verb -------------------------------------------------------------------------

def test_a_past_participle_phrase_before_the_verb():
    assert figures("Three men identified by the police as members of a car-theft ring were shot dead near the border.") \
        == [(3, "killed", None, "unspecified")]
    assert figures("A Croatian bus driver caught in the crossfire was also hurt.") == [(1, "injured", "HRV", "civilian")]
    # trap: the participle of the outcome is no aside ("died at the scene and another was taken to hospital")
    assert figures("One Croatian soldier died at the scene and another was taken to hospital with gunshot wounds.") == \
        [(1, "injured", "HRV", "military"), (1, "killed", "HRV", "military")]
    # trap: people held, not hurt
    assert figures("Three men identified by the police as smugglers were arrested near the border.") == []


def test_an_earlier_hurt_told_as_an_aside():
    assert figures("A third fisherman, wounded in the August raid, died in hospital on Monday, his family said.") == \
        [(1, "killed", None, "civilian")]
    # trap: the aside alone is no new death
    assert figures("A third fisherman, wounded in the August raid, spoke to reporters on Monday.") == []


def test_a_repeat_is_one_of_the_same_day():
    text = ("Two men were shot dead near the crossing on 12 October, police said. The ministry says 9 smugglers and 2 "
            "Bulgarian police officers have been killed along the border since January 2024.")
    # the rules themselves (the trigger fallback might otherwise restore a figure they dropped)
    assert (2, None) in [(h.fields["count"], h.fields["side_state"])
                         for h in casualties.extract(Document(text, PUBLISHED), None)]
    # trap: a headline's bare count repeats the body's placed one
    text = "2 killed in border shooting\n\nTwo Bulgarian police officers were killed near the crossing, police said."
    assert figures(text) == [(2, "killed", "BGR", "military")]


def test_among_the_dead_was_one_person():
    text = "Observers said four villagers were killed on both sides of the river. Among the dead was a 9-year-old boy."
    assert figures(text) == [(1, "killed", None, "civilian"), (4, "killed", None, "civilian")]
    # trap: no figure of the injured to share, no row
    text = "Observers said four villagers were killed on both sides of the river. Among the injured was a nurse."
    assert figures(text) == [(4, "killed", None, "civilian")]


def test_what_they_did_and_then_died():
    assert figures("One of the occupants of the dinghy, a woman aged about 40, leapt into the river and died by "
                   "drowning.") == [(1, "killed", None, "unspecified")]
    assert figures("A fisherman fell overboard during the chase and drowned.") == [(1, "killed", None, "civilian")]
    # trap: "and killed three": others died, not the subject
    assert figures("Two soldiers fired back and killed three attackers.") == [(3, "killed", None, "unspecified")]
    # trap: nobody died
    assert figures("Three migrants jumped into the river and swam to the bank.") == []


def test_a_speaker_named_after_a_long_office():
    text = ("Kenya's Turkana county police commander, Senior Superintendent Peter Wafula, told reporters that two "
            "police reservists were killed on Monday, a day after Ugandan raiders crossed the border.")
    assert figures(text) == [(2, "killed", "KEN", "military")]
    # trap: a state several words and a verb away names no office of the speaker's
    text = ("Uganda's envoy met the Turkana county police commander, Senior Superintendent Peter Wafula, who told "
            "reporters that two police reservists were killed on Monday, a day after Ugandan raiders crossed the border.")
    assert figures(text) == [(2, "killed", None, "military")]


# --- words for people and for dying --------------------------------------------------------------------------------

def test_trades_caught_up_in_incidents():
    assert figures("Two Croatian deminers were injured when a device exploded near the border.") == \
        [(2, "injured", "HRV", "civilian")]
    assert figures("A deckhand was wounded in the boarding.") == [(1, "injured", None, "civilian")]
    # trap: a trade that was not hurt
    assert figures("Two Croatian deminers cleared the field near the border.") == []


def test_a_timelines_present_tense():
    assert figures("OCT 3 - Three Thai fishermen die when their boat is rammed by a patrol.") == \
        [(3, "killed", "THA", "civilian")]
    # trap: a death that may come is no figure
    assert figures("Three Thai fishermen could die if the boat sinks.") == []
    assert figures("Three Thai fishermen will die unless help comes.") == []


def test_an_associations_own_members():
    text = "The Togolese Market Women's Union in Benin says three of its members were injured when police broke up a sit-in."
    assert figures(text) == [(3, "injured", "TGO", "civilian")]
    # trap: members of a body that is no one's people count nobody
    assert figures("Two members of parliament were injured.") == []


# --- a communiqué's count of the enemy -----------------------------------------------------------------------------

def test_the_adversarys_side():
    text = ("COMMUNIQUÉ OF THE GENERAL STAFF OF THE ARMIES OF NIGER\n\nNiamey, 17 June 2025\n\nThe Ministry of National "
            "Defence of Niger informs national and international opinion of the following. On Monday, elements of the "
            "Malian army crossed the border near Ayorou and engaged our forces in a firefight. On our side, two (02) soldiers were wounded. On "
            "the adversary's side, nine (09) elements were neutralised. A protest has been sent to the Malian "
            "authorities.")
    got = figures(text)
    assert (9, "killed", "MLI", "military") in got and (2, "injured", "NER", "military") in got
    # trap: those a force neutralised with no enemy named are no state's
    text = ("COMMUNIQUÉ OF THE GENERAL STAFF OF THE ARMIES OF NIGER\n\nOn Monday, a band of armed men attacked a post "
            "near Ayorou, close to the Malian border. Seven (07) of them were neutralised.")
    assert (7, "killed", None, "unspecified") in figures(text)


def test_the_wounded_one_later_died():
    text = ("One Bhutanese herder was wounded by gunfire on Sunday. Police said on Tuesday that the injured herder had "
            "died in hospital.")
    assert figures(text) == [(1, "injured", "BTN", "civilian"), (1, "killed", "BTN", "civilian")]
    # trap: the same hurt told again is no new figure
    text = ("One Bhutanese herder was wounded by gunfire on Sunday. Police said on Tuesday that the injured herder was "
            "recovering in hospital.")
    assert figures(text) == [(1, "injured", "BTN", "civilian")]


def test_bodies_counted_as_found():
    assert figures("Eight bodies were pulled out of the river near the border, Laotian police said.") == \
        [(8, "killed", None, "unspecified")]
    # trap: bodies handed back are dead counted before
    assert figures("Eight bodies were handed over to the families, Laotian police said.") == []


def test_left_injured():
    assert figures("Six Laotian villagers were left injured by the shelling.") == [(6, "injured", "LAO", "civilian")]
    # trap: left behind is no outcome
    assert figures("Six Laotian villagers were left behind by the shelling.") == []


def test_a_survivor_got_away_hurt():
    assert figures("A third Ugandan fisherman swam to the shore near Katwe with a bullet wound in the leg.") == \
        [(1, "injured", "UGA", "civilian")]
    # trap: what they got away with is no wound
    assert figures("Two Ugandan fishermen swam to the shore with their nets.") == []
    assert figures("Three Ugandan herders fled with their wounded.") == []


def test_believed_to_have_been_killed():
    got = [(c["fields"]["count"], c["fields"]["outcome"], c["fields"]["certainty"])
           for c in run("Three Malian soldiers are believed to have been killed in the ambush.")
           if c["table"] == "casualty_figures"]
    assert got == [(3, "killed", "hedged")]
    # trap: what is believed of something else leaves the toll asserted
    got = [(c["fields"]["count"], c["fields"]["certainty"])
           for c in run("Three Malian soldiers were killed after a drone, believed to have been shot down, crashed.")
           if c["table"] == "casualty_figures"]
    assert got == [(3, "asserted")]
    # trap: nobody is said to have died
    assert figures("The Malian army is said to have lost ground.") == []


def test_where_troops_serve_abroad_is_not_their_side():
    text = "Since 1991, 12 Fijian peacekeepers have died in the service of peace in Lebanon."
    assert figures(text) == [(12, "killed", "FJI", "military")]
    text = "Since 1991, 12 members of the contingent have died while serving in Lebanon."
    assert figures(text) == [(12, "killed", None, "military")]
    # trap: soldiers killed in a country, with nothing of a posting, are placed there
    assert figures("Two soldiers were killed in Lebanon on Monday.") == [(2, "killed", "LBN", "military")]


def test_the_town_of_those_who_treat_the_wounded():
    text = "The central hospital in Bishkek said it had admitted five wounded men after the clash."
    assert figures(text) == [(5, "injured", None, "unspecified")]
    # trap: a town where the people were hurt still places them
    assert figures("Five men were wounded in Bishkek after the clash.") == [(5, "injured", "KGZ", "civilian")]
