"""Meetings, mediation and ceasefires, seventh round (dev18, dev19): the halt told as what both sides' forces did
("border troops of both countries stopped firing"); "the use of weapons" as one more name for hostilities; a truce
described in an aside (", agreed by ... in March,") dated by the aside; an offer "to host a meeting of A and B" whose
"of" names the guests, not the host; "bring together the leaders of A and B"; "an offer to help contain the crisis";
a country that speaks after "from" (", which said it was ready"); a communiqué's "the X Party" for a state; "The two
had already met" with no noun; teams "from both sides" that are no state's envoys; talks a third party stands
"ready to host, to facilitate ..." as an offer, not a meeting.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from extract_support import mediations, of, pairs, run


def _offers(text: str) -> set[tuple]:
    return {m for m in mediations(run(text)) if m[0] == "offer"}


# --- ceasefires ---------------------------------------------------------------------------------------------------

def test_both_sides_forces_stopping_fire_is_a_ceasefire():
    text = ("Uzbekistan and Kyrgyzstan have argued over the enclave for years. A protocol signed on 3 May set out "
            "terms under which the border troops of both countries stopped firing along the disputed canal.")
    assert pairs(run(text), "ceasefires") == {frozenset({"KGZ", "UZB"})}


def test_one_group_stopping_fire_is_no_ceasefire():
    text = ("Uzbekistan and Kyrgyzstan have argued over the enclave for years. Witnesses said the gunmen stopped "
            "firing at dawn and fled into the hills.")
    assert not of(run(text), "ceasefires")


def test_a_halt_to_the_use_of_weapons_is_a_ceasefire():
    text = ("Peru and Ecuador traded fire across the river last week. On Sunday the two sides' field commanders met at "
            "the bridge and agreed to halt all use of weapons along the valley.")
    assert pairs(run(text), "ceasefires") == {frozenset({"ECU", "PER"})}


def test_a_use_of_weapons_merely_urged_is_no_ceasefire():
    text = ("Peru and Ecuador traded fire across the river last week. The bishop urged both armies to halt all use of "
            "weapons along the valley.")
    assert not of(run(text), "ceasefires")


def test_a_truce_dated_in_its_own_aside():
    text = ("Armenian and Azerbaijani border units exchanged fire near Sotk on Monday. An earlier truce, agreed by "
            "local commanders after clashes in February, held for only three days.")
    dates = {f["date_start"][:7] for f in of(run(text), "ceasefires")}
    assert "2025-02" in dates


# --- mediation ----------------------------------------------------------------------------------------------------

def test_an_offer_to_host_a_meeting_of_the_two():
    text = "Uzbekistan has also offered to host a meeting of the Kyrgyz and Tajik foreign ministers in Tashkent."
    assert ("offer", "UZB", frozenset({"KGZ", "TJK"})) in _offers(text)


def test_hosting_a_meeting_of_ones_own_cabinet_is_no_offer():
    text = "Uzbekistan has also offered to host a meeting of the Uzbek cabinet in Samarkand."
    assert not _offers(text)


def test_bring_together_the_leaders_of_a_and_b():
    text = ("Kenya's president told reporters on Friday that Nairobi was willing to bring together the leaders of "
            "Ethiopia and Eritrea to settle the border question.")
    assert ("offer", "KEN", frozenset({"ERI", "ETH"})) in _offers(text)


def test_bring_together_a_conference_is_no_offer():
    text = "Kenya's president said Nairobi was willing to bring together investors for a conference on renewable energy."
    assert not _offers(text)


def test_an_offer_to_help_contain_the_crisis():
    text = ("Tensions between Iraq and Turkey rose after the strike. On Monday the Iraqi foreign minister received the "
            "ambassador of Qatar, who conveyed Qatar's offer to help contain the crisis.")
    assert ("offer", "QAT", frozenset({"IRQ", "TUR"})) in _offers(text)


def test_a_country_after_from_that_speaks_is_the_one_offering():
    text = ("China and Russia have traded accusations over the river clash. The statement came in reply to an offer "
            "from Mongolia, which said on Tuesday it was ready to help the two neighbours settle the matter.")
    assert ("offer", "MNG", frozenset({"CHN", "RUS"})) in _offers(text)


def test_a_communique_party_is_its_state():
    text = ("The Senegalese Party reaffirmed its readiness to place its good offices at the disposal of the Republic "
            "of Guinea and the Republic of Mali.")
    assert ("offer", "SEN", frozenset({"GIN", "MLI"})) in _offers(text)


def test_a_political_party_named_after_a_nation_is_no_state():
    text = ("Leaders of the Senegalese Party for Progress said they were ready to mediate between the Republic of "
            "Guinea and the Republic of Mali.")
    assert not any(m[1] == "SEN" for m in _offers(text))


# --- meetings -----------------------------------------------------------------------------------------------------

def test_the_two_had_already_met():
    text = ("Last Monday the Estonian prime minister travelled to Helsinki and spent the day with her Finnish "
            "counterpart. The two had already met on the sidelines of a Nordic summit in Oslo in early May.")
    dates = {f["date_start"][:7] for f in of(run(text), "meetings") if {f["state_1"], f["state_2"]} == {"EST", "FIN"}}
    assert "2025-05" in dates


def test_the_two_men_met_alone():
    text = ("Chad's defence minister drove to the frontier on Friday to see his Sudanese counterpart. The two men met for "
            "three hours at the customs post in Adré.")
    assert frozenset({"SDN", "TCD"}) in pairs(run(text))


def test_the_two_men_meeting_villagers_is_no_meeting_of_their_own():
    text = ("Chad's defence minister and the governor of Ouaddaï toured the camps on Friday. The two men met refugee "
            "leaders at the customs post in Adré.")
    assert not pairs(run(text))


def test_the_two_after_a_pair_in_the_same_sentence_tell_that_meeting_on():
    text = ("Polish Prime Minister Jan Nowak received his Czech counterpart in Warsaw on Monday and the two signed a "
            "rail agreement.")
    assert len([f for f in of(run(text), "meetings")]) == 1


def test_teams_from_both_sides_that_are_no_envoys_are_no_meeting():
    text = ("China and Taiwan traded blame for the collision. Fishermen's associations from both sides met in Kinmen on "
            "Sunday to discuss the return of the boat.")
    assert not pairs(run(text))


def test_officials_from_both_sides_still_meet():
    text = ("China and Taiwan traded blame for the collision. Coast guard officials from both sides met in Kinmen on "
            "Sunday to discuss the return of the boat.")
    assert frozenset({"CHN", "TWN"}) in pairs(run(text))


def test_talks_a_third_party_stands_ready_to_host_are_no_meeting():
    text = ('Speaking in Baku, the Turkish minister said Ankara was "ready to host, to help, to do whatever is asked" '
            "for talks between Armenia and Azerbaijan.")
    assert frozenset({"ARM", "AZE"}) not in pairs(run(text))


def test_an_offer_reported_then_denied_is_no_offer():
    text = ("Local radio reported on Tuesday that Algeria had offered to mediate between Mali and Niger, but an Algerian "
            "foreign ministry spokesman denied that Algiers had made any such offer.")
    assert not any(m[1] == "DZA" for m in _offers(text))


def test_an_offer_beside_a_denial_of_something_else_stands():
    text = ("Niger denied that its troops had crossed the border, and Algeria offered on Tuesday to mediate between "
            "Mali and Niger.")
    assert ("offer", "DZA", frozenset({"MLI", "NER"})) in _offers(text)


def test_an_offer_a_party_dismisses_is_still_an_offer():
    text = ("Algeria offered on Tuesday to mediate between Mali and Niger, but Niamey dismissed any mediation as "
            "premature.")
    assert ("offer", "DZA", frozenset({"MLI", "NER"})) in _offers(text)
