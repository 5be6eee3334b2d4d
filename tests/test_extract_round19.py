"""Round 19, read on the misses of dev32-dev51 (each beside its trap): people of a place no lexicon knows ("a
fisherman from Calderitas", "two elderly residents of Purcari", "two shepherds from a nearby hamlet") are the article's
own state's, or the other state's when the sentence names the article's own as the force that fired; a named soldier
who "lost his life" or "fell with arms in hand", under ranks of two words ("Chief Warrant Officer", "Soldier First
Class"); a mediator's past told in a relative clause ("Oman, which has long acted as a go-between for Tehran and Gulf
capitals, said"), good offices offered "to our brothers and sisters in Solomon Islands and in Kiribati", "He repeated
on Friday the offer he first made in July to host talks"; a halt local commanders "had already agreed" before the
truce reported, and a truce "through the mediation of the Government of the Co-operative Republic of Guyana"."""
from __future__ import annotations

import datetime as dt

from extract_support import figures, mediations, of, run


def _sides(text: str) -> set:
    return {(side, count) for side, _, _, count, _ in figures(run(text))}


def test_people_of_an_unknown_village_are_the_article_s_own():
    text = ("CHISINAU, March 3 (Dniester Wire) - Moldova protested to Ukraine on Tuesday about falling drone debris. "
            "Two elderly residents of Vadul Nou were injured on Monday night when fragments came down on a vineyard.\n")
    assert ("MDA", 2) in _sides(text)


def test_people_of_an_unknown_village_hit_by_the_own_state_s_force_are_the_other_s():
    text = ("BELIZE CITY, May 4 (Caribbean Wire) - Belize said on Monday it regretted a death on the Rio Hondo. A "
            "fisherman from Xcalak Viejo lost his life on Sunday after a confrontation with a Belize Defence Force "
            "patrol boat, the Belizean government said. Mexico asked for an inquiry. Belize's foreign minister called "
            "his Mexican counterpart.\n")
    assert ("MEX", 1) in _sides(text)
    # trap: a village the sentence places in a state it names is that state's, not the dateline's
    placed = text.replace("A fisherman from Xcalak Viejo", "A fisherman from Chetumal")
    assert ("BLZ", 1) not in _sides(placed)


def test_people_of_a_known_state_s_place_keep_it():
    # trap: "residents of Odesa" are placed by the lexicon, not by the article's dateline
    text = ("CHISINAU, March 3 (Dniester Wire) - Moldova protested to Ukraine on Tuesday about falling drone debris. "
            "Two residents of Odesa were injured on Monday night, Ukrainian officials said.\n")
    assert ("MDA", 2) not in _sides(text)


def test_a_named_soldier_who_lost_his_life():
    text = ("LIBREVILLE, Oct 3 (Wire) - Gabonese gendarmes came under fire near the border with Equatorial Guinea on "
            "Thursday. In the exchange of fire that followed, Chief Warrant Officer Serge-Aime Ndong Obiang lost his "
            "life, the gendarmerie said.\n")
    assert ("GAB", 1) in _sides(text)
    fell = text.replace("Chief Warrant Officer Serge-Aime Ndong Obiang lost his life",
                        "Corporal Ndzana Obama Serge fell with arms in hand")
    assert ("GAB", 1) in _sides(fell)
    # trap: a named officer who only led the patrol
    led = text.replace("Chief Warrant Officer Serge-Aime Ndong Obiang lost his life",
                       "Chief Warrant Officer Serge-Aime Ndong Obiang led the patrol back")
    assert _sides(led) == set()


def test_a_soldier_first_class_of_a_named_army():
    text = ("PARAMARIBO, Sept 8 - Suriname and Brazil regretted the exchange of fire of 3 September near border marker "
            "41, in which Soldier First Class R. Amatredjo of the National Army lost his life.\n")
    assert {count for _, count in _sides(text)} == {1}
    # trap: the same soldier who only "lost his rifle"
    assert _sides(text.replace("lost his life", "lost his rifle")) == set()


QAT_IRN = frozenset(("IRN", "QAT"))


def test_a_mediator_s_past_told_in_a_relative_clause():
    text = ("DOHA, April 10 (Wire) - Qatar protested to Iran on Wednesday after an Iranian coast guard vessel fired on "
            "a Qatari dhow. Oman, which has long acted as a go-between for Tehran and Gulf capitals, said in a "
            'statement on Thursday it stood "ready to assist our brothers in Doha and Tehran in resolving this matter".\n')
    assert ("offer", "OMN", QAT_IRN) in mediations(run(text, dt.date(2026, 4, 10)))
    # trap: outside the aside, a non-state party still makes the offer none between two states
    rebels = text.replace("our brothers in Doha and Tehran", "Tehran and the Baloch rebels")
    assert ("offer", "OMN", QAT_IRN) not in mediations(run(rebels, dt.date(2026, 4, 10)))


def test_good_offices_to_brothers_in_two_states():
    text = ("HONIARA, Oct 14 (Wire) - Fiji's prime minister spoke on Thursday. \"Fiji stands ready to offer its good "
            "offices to our brothers and sisters in Solomon Islands and in Kiribati, so that the disagreement over the "
            "fishing licences can be settled,\" he said.\n")
    assert ("offer", "FJI", frozenset(("KIR", "SLB"))) in mediations(run(text))
    # trap: brothers in one state only
    one = text.replace("in Solomon Islands and in Kiribati", "in Solomon Islands")
    assert ("offer", "FJI", frozenset(("KIR", "SLB"))) not in mediations(run(one))


def test_an_offer_repeated_on_a_day_and_first_made_before():
    text = ("SUVA, Oct 14 (Wire) - Kiribati and the Marshall Islands are in dispute over fishing licences. Tuvalu's "
            "Prime Minister, Kausea Tafia, went one step further. He repeated on Friday the offer he first made in "
            "July to host talks in Funafuti.\n")
    assert ("offer", "TUV", frozenset(("KIR", "MHL"))) in mediations(run(text))
    # trap: a meal he made is no offer
    meal = text.replace("the offer he first made in July to host talks in Funafuti", "the speech he first made in July")
    assert mediations(run(meal)) == set()


SARSTOON = ("BELMOPAN, March 12 (Wire) - Belize and Guatemala agreed to a ceasefire on the Sarstoon River that took "
            "effect at noon on Wednesday. Local commanders {} to hold fire on Monday evening, about three hours after "
            "the shooting, according to the BDF.\n")


def test_a_halt_the_commanders_had_already_agreed():
    found = of(run(SARSTOON.format("had already agreed"), dt.date(2026, 3, 12)), "ceasefires")
    assert sorted(f["date_start"] for f in found) == ["2026-03-09", "2026-03-11"]
    # trap: without "already", the two days make one truce told twice
    assert len(of(run(SARSTOON.format("agreed"), dt.date(2026, 3, 12)), "ceasefires")) == 1


def test_a_truce_through_the_mediation_of_a_government():
    text = ("PARAMARIBO, Sept 8 - Joint communique of the Republic of Suriname and the Federative Republic of Brazil. "
            "The Parties confirmed that, through the mediation of the Government of the Co-operative Republic of "
            "Guyana, the forces of both countries ceased all firing in the sector as from 18:00 hours on Sunday 6 "
            "September 2026.\n")
    found = of(run(text, dt.date(2026, 9, 8)), "ceasefires")
    assert [(f["broker_state"], f["state_1"], f["state_2"]) for f in found] == [("GUY", "BRA", "SUR")]
    # trap: the Government's own forces are no broker
    own = text.replace("through the mediation of the Government of the Co-operative Republic of Guyana",
                       "in the presence of the Government")
    assert [f["broker_state"] for f in of(run(own, dt.date(2026, 9, 8)), "ceasefires")] == [None]
