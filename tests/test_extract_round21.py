"""Round 21, read on the misses of the development corpora up to dev55 and, after their first scores, of dev56 and
dev57 (each beside its trap). An editorial that never names its own state but speaks of "our coast guard" in one of
its towns speaks for that state: its "our" people, its unplaced minister and the pair its story is about. A figure's
people told by what they were ("one of the dead was a Ghanaian constable", "all of them Nigerian"), by being armed men
or a gang's members (no state's), or by the town the sentence before named. A bare "has offered to mediate", a
service offered second ("to send observers and to host talks"), a capital with an aside ("Dakar, too, has
repeated"), a state's envoy named by "its", and the two named "between" (parties, never mediators). A truce's field
commanders named before "they agreed", or after it ("a truce the two patrols agreed by radio"); a truce that "has
held since" a day; a place "on Nigerien soil". And "after calling on" a prime minister, a "he" that is not "Ms X",
a joint commission's session "held in" a capital, names with two particles ("van der Steeg"), a town before a
comma that is no person's name, naval ranks, a toll in a condition, and a few bodies (FACA, Wisma Pertahanan)."""
from __future__ import annotations

import datetime as dt

import pytest

from diprel.extract import extract_text
from extract_support import figures, mediations, of, pairs

_PUB = dt.date(2026, 5, 27)


def _run(text: str, outlet: str | None = None, published=_PUB) -> list[dict]:
    out = extract_text(text, published, outlet_country=outlet)
    for c in out:
        for e in c["evidence"]:
            assert text[e["start"]:e["end"]] == e["quote"]
    return out


def _methods(cands: list[dict], table: str) -> set[str]:
    return {c["method"].split("@")[0] for c in cands if c["table"] == table}


# --- An editorial's own state, never named --------------------------------------------------------------------------

_EDITORIAL = ("Editorial: Our coast guard did its duty\n\n"
              "{place} nobody takes pleasure in the death of a fisherman. In the night to Saturday a patrol of our "
              "coast guard tried to board the Moroccan trawler Nour 3, which was fishing without a licence. "
              "Morocco's foreign ministry says one crew member was killed. Our ministry, for its part, says two of "
              "our own coastguards were injured in the collision.\n\n"
              "On Monday, Foreign Minister Ahmed Ould Bah spoke by telephone with his Moroccan counterpart, Karim "
              "Bennis. Then, on Tuesday, Tunisia offered to \u201cfacilitate any dialogue between the two brotherly "
              "countries\u201d. Our government has not answered.\n")


def test_an_editorial_speaks_for_the_state_of_its_town():
    cands = _run(_EDITORIAL.format(place="In Nouadhibou"), outlet="MRT")
    assert frozenset(("MRT", "MAR")) in pairs(cands)
    assert ("offer", "TUN", frozenset(("MAR", "MRT"))) in mediations(cands)
    assert ("MRT", "military", "injured", 2, None) in figures(cands)


def test_an_editorial_placed_nowhere_speaks_for_no_state():
    # trap: without one of its towns, the outlet's "our coast guard" says nothing of whose it is
    cands = _run(_EDITORIAL.format(place="Here"), outlet="MRT")
    assert not any("MRT" in p for p in pairs(cands))
    assert not any(f["side_state"] == "MRT" for f in of(cands, "casualty_figures"))


_INTERVIEW = ("Mogadishu Weekly Review: What happened on the border?\n\nMinister: On March 14 there was an exchange "
              "of fire between our forces and Kenyan police units near the town. Kenyan shelling hit the market the "
              "next day, and Turkish doctors treated the wounded. Kenyan troops fired on our post again at dawn. Then "
              "on March 16 the two local commanders met and agreed to stop the shooting.\n")


def test_our_forces_against_a_neighbour_set_the_conflict_pair():
    cands = _run(_INTERVIEW, outlet="SOM", published=dt.date(2026, 3, 31))
    assert [(f["state_1"], f["state_2"]) for f in of(cands, "ceasefires")] == [("KEN", "SOM")]


def test_an_interview_without_its_outlet_s_state_sets_no_such_pair():
    # trap: with no outlet state, "our forces" are no one's, and the two states named together set the pair
    cands = _run(_INTERVIEW, published=dt.date(2026, 3, 31))
    assert [(f["state_1"], f["state_2"]) for f in of(cands, "ceasefires")] == [("KEN", "TUR")]


# --- Whose people a figure counts -----------------------------------------------------------------------------------

_ELUBO = ("ELUBO, Ghana, May 6 (Wire) - Police commanders from Ghana and Ivory Coast agreed on Monday to a ceasefire "
          "near Elubo, after clashes over the weekend killed two people, police spokeswoman Abena Owusu-Ansah said.\n\n"
          "Owusu-Ansah said one of the dead was a {who}.\n")


def test_one_of_the_dead_was_a_demonym_person():
    found = of(_run(_ELUBO.format(who="Ghanaian constable"), published=dt.date(2026, 5, 6)), "casualty_figures")
    assert [(f["side_state"], f["count"]) for f in found] == [(None, 2), ("GHA", 1)]


def test_one_of_the_dead_was_a_trader():
    # trap: what he was names no state
    found = of(_run(_ELUBO.format(who="cocoa trader"), published=dt.date(2026, 5, 6)), "casualty_figures")
    assert [(f["side_state"], f["count"]) for f in found] == [(None, 2), (None, 1)]


def test_all_of_them_demonym():
    text = ("YAOUNDE, Feb 3 (Wire) - The Cross River State government put the number of fishermen killed in "
            "the crossfire at three, all of them {who}.\n")
    found = of(_run(text.format(who="Nigerian"), published=dt.date(2026, 2, 3)), "casualty_figures")
    assert [(f["side_state"], f["count"]) for f in found] == [("NGA", 3)]
    # trap: "all of them young men" names no state
    found = of(_run(text.format(who="young men"), published=dt.date(2026, 2, 3)), "casualty_figures")
    assert not any(f["side_state"] == "NGA" for f in found)


def test_armed_men_are_no_state_s():
    text = ("Timeline: the Amu Darya frontier\n\n14 January - Uzbek border guards shoot dead three {who} trying to "
            "cross the frozen river near Termez, according to the State Border Protection Committee.\n")
    found = of(_run(text.format(who="armed men"), published=dt.date(2026, 1, 20)), "casualty_figures")
    assert [(f["side_state"], f["count"]) for f in found] == [(None, 3)]
    # trap: three Afghan men are Afghanistan's
    found = of(_run(text.format(who="Afghan men"), published=dt.date(2026, 1, 20)), "casualty_figures")
    assert [(f["side_state"], f["count"]) for f in found] == [("AFG", 3)]


def test_a_gang_s_members_are_no_state_s():
    text = ("CAIRO, June 2 (Wire) - An armed group tried to cross the border near Salloum on Monday, the Egyptian "
            "army said. The forces dealt with {who}, killing six (6) of its {men}.\n")
    found = of(_run(text.format(who="the group", men="members"), published=dt.date(2026, 6, 2)), "casualty_figures")
    assert [(f["side_state"], f["count"]) for f in found] == [(None, 6)]
    # trap: "its" after the army is the army's own
    text2 = "CAIRO, June 2 (Wire) - The Egyptian army said on Monday that it had lost six (6) of its soldiers.\n"
    found = of(_run(text2, published=dt.date(2026, 6, 2)), "casualty_figures")
    assert [(f["side_state"], f["count"]) for f in found] == [("EGY", 6)]


_MBOKI = ("BANGUI, July 18 (Wire) - Stray mortar rounds hit the market in the Central African town of Mboki around "
          "midday. A doctor at {where} said seven civilians had been brought in with shrapnel wounds.\n")


def test_the_town_s_doctor_counts_the_town_s_people():
    found = of(_run(_MBOKI.format(where="the town's health centre"), published=dt.date(2026, 7, 18)),
               "casualty_figures")
    assert [(f["side_state"], f["count"]) for f in found] == [("CAF", 7)]


def test_a_doctor_elsewhere_counts_no_one_s():
    # trap: without "the town's", the sentence before does not place the wounded
    found = of(_run(_MBOKI.format(where="a hospital"), published=dt.date(2026, 7, 18)), "casualty_figures")
    assert [(f["side_state"], f["count"]) for f in found] == [(None, 7)]


def test_a_naval_rank_with_age_and_ship():
    text = ("KUALA LUMPUR, Nov 24 (Wire) - Wisma Pertahanan says Leading Seaman Mohd Faiz Roslan, 24, of KD "
            "Kelantan was killed in the exchange of fire on Sunday.\n")
    cands = _run(text, published=dt.date(2026, 11, 24))
    found = of(cands, "casualty_figures")
    assert [(f["side_state"], f["count"], f["outcome"]) for f in found] == [("MYS", 1, "killed")]
    assert _methods(cands, "casualty_figures") == {"rules:casualty"}
    # trap: a seaman "was questioned" is no casualty
    assert not of(_run(text.replace("was killed", "was questioned"), published=dt.date(2026, 11, 24)),
                  "casualty_figures")


def test_a_toll_in_a_condition_is_no_claim():
    text = ("KUALA LUMPUR, Nov 24 - Malaysia and Vietnam traded fire again. If the next exchange kills ten sailors "
            "rather than one, the ministers will learn that photographs do not stop shells.\n")
    assert not any(f["count"] == 10 for f in of(_run(text, published=dt.date(2026, 11, 24)), "casualty_figures"))
    # trap: the same words as a report count
    text2 = "KUALA LUMPUR, Nov 24 - The exchange killed ten sailors, the navy said.\n"
    assert [f["count"] for f in of(_run(text2, published=dt.date(2026, 11, 24)), "casualty_figures")] == [10]


def test_a_body_by_its_acronym():
    text = ("BANGUI, July 18 (Wire) - A FACA statement read on state radio said two of its soldiers \"fell in the "
            "line of duty\" on Saturday.\n")
    found = of(_run(text, published=dt.date(2026, 7, 18)), "casualty_figures")
    assert [(f["side_state"], f["count"]) for f in found] == [("CAF", 2)]


# --- Mediation ------------------------------------------------------------------------------------------------------

_PRAIA = ("PRAIA, Nov 12 (Wire) - Cabo Verde and Mauritania traded protests after three fishermen from Sao Vicente "
          "died when their boat was intercepted off Nouadhibou. Cabo Verde's foreign minister flew to Nouakchott on "
          "Monday. Mauritania said its coast guard had acted within the law. Cabo Verde wants an inquiry.\n\n"
          "{who} has offered to mediate.\n")


def test_a_bare_offer_is_between_the_article_s_pair():
    found = mediations(_run(_PRAIA.format(who="Senegal"), published=dt.date(2026, 11, 12)))
    assert ("offer", "SEN", frozenset(("CPV", "MRT"))) in found


def test_a_bare_offer_by_one_of_the_pair_is_none():
    # trap: a party does not mediate its own quarrel
    found = mediations(_run(_PRAIA.format(who="Mauritania"), published=dt.date(2026, 11, 12)))
    assert not any(m[1] == "MRT" for m in found)


def test_the_second_service_offered():
    text = ("ASUNCION, Oct 19 (Wire) - Bolivia and Paraguay traded fire in the Chaco. Argentina, which borders both "
            "countries, offered on Sunday to {what}.\n")
    found = mediations(_run(text.format(what="send observers and to host talks in Buenos Aires"),
                            published=dt.date(2026, 10, 19)))
    assert ("offer", "ARG", frozenset(("BOL", "PRY"))) in found
    # trap: two services, neither of them mediation
    found = mediations(_run(text.format(what="send observers and to pay for them"), published=dt.date(2026, 10, 19)))
    assert not any(m[1] == "ARG" for m in found)


def test_a_capital_with_an_aside_is_the_subject():
    text = ("NOUAKCHOTT, May 27 (Wire) - Morocco and Mauritania traded protests over a trawler. {who}, too, has "
            "repeated its readiness to \u201chelp the two sister nations\u201d.\n")
    found = mediations(_run(text.format(who="Dakar")))
    assert ("offer", "SEN", frozenset(("MAR", "MRT"))) in found


def test_a_state_s_envoy_named_by_its():
    text = ("SUVA, Nov 2 (Forum) - The Chair commends the Government of Fiji, and in particular its Special Envoy, "
            "Ratu Josefa Naulumatua, for brokering the agreement between Solomon Islands and Vanuatu.\n")
    found = mediations(_run(text, published=dt.date(2026, 11, 2)))
    assert ("conducted", "FJI", frozenset(("SLB", "VUT"))) in found


_COMMUNIQUE = ("JOINT COMMUNIQUE\n\n1. At the invitation of H.E. Tesfaye Alemu, Prime Minister of the Federal "
               "Democratic Republic of Ethiopia, H.E. Okello Mugisha, President of the Republic of Uganda, paid a "
               "State Visit to Ethiopia from 10 to 12 June 2026.\n\n2. The two Leaders held bilateral talks at the "
               "Office of the Prime Minister in a warm and cordial atmosphere.\n\n3. On regional peace and security, "
               "the two "
               "Leaders welcomed the cessation of hostilities between the Republic of the Sudan and the Republic of "
               "South Sudan in the Abyei border areas, brokered by {who}, which took effect on 24 May 2026, and "
               "commended {short} for its role in the talks that produced it.\n")


def test_the_two_between_are_parties_not_mediators():
    found = mediations(_run(_COMMUNIQUE.format(who="the Intergovernmental Authority on Development (IGAD)",
                                               short="IGAD"), published=dt.date(2026, 6, 12)))
    assert not any(m[1] in ("SDN", "SSD") for m in found)


def test_a_state_that_brokered_between_two_is_the_mediator():
    # trap: a state that brokered is still the mediator, of the two named "between"
    found = mediations(_run(_COMMUNIQUE.format(who="the Government of Kenya", short="Kenya"),
                            published=dt.date(2026, 6, 12)))
    assert ("conducted", "KEN", frozenset(("SDN", "SSD"))) in found
    assert not any(m[1] in ("SDN", "SSD") for m in found)


def test_an_offer_to_host_a_conference():
    text = ("N'DJAMENA, Nov 5 (Wire) - Sudan and the Central African Republic traded fire at Birao. Chad's foreign "
            "ministry said N'Djamena \"remains ready to host a comprehensive conference on the border between our "
            "two sisters\".\n")
    cands = _run(text, published=dt.date(2026, 11, 5))
    assert ("offer", "TCD", frozenset(("CAF", "SDN"))) in mediations(cands)
    assert "rules:mediation_offer" in _methods(cands, "mediation_offers")
    # trap: a conference it hosted for others is no offer
    text2 = text.replace("remains ready to host a comprehensive conference on the border between our two sisters",
                         "hosted a comprehensive conference on cotton prices")
    assert not any(m[1] == "TCD" and m[0] == "offer" for m in mediations(_run(text2, published=dt.date(2026, 11, 5))))


# --- Ceasefires -----------------------------------------------------------------------------------------------------

def test_commanders_named_before_they_agreed_are_local():
    text = ("KATHMANDU, July 22 (Radio) - On Sunday night, after the shooting, the two sides agreed by radio to hold "
            "fire. Then on Monday afternoon the local commanders from both sides met face to face at the pass, and "
            "they agreed to stop all firing from six o'clock that evening. China and Nepal had clashed at the "
            "pass.\n")
    found = of(_run(text, published=dt.date(2026, 7, 22)), "ceasefires")
    assert sorted(f["date_start"] for f in found) == ["2026-07-19", "2026-07-20"]


def test_a_truce_the_patrols_agreed_is_local():
    text = ("BLAGOVESHCHENSK, Oct 19 (Wire) - Russian and Chinese border officials say they have agreed to stop the "
            "shooting on the Amur after a weekend of clashes; the truce took effect on Sunday. And there was an "
            "earlier attempt: a truce {who} agreed by radio on Friday afternoon collapsed before nightfall.\n")
    found = of(_run(text.format(who="the two patrols"), published=dt.date(2026, 10, 19)), "ceasefires")
    assert sorted(f["date_start"] for f in found) == ["2026-10-16", "2026-10-18"]
    # trap: told without field commanders, two days apart is one truce told loosely (one that "collapsed before
    # nightfall" is a first truce that failed, whoever agreed it: round 39)
    found = of(_run(text.format(who="the two sides").replace("collapsed before nightfall", "has held"),
                    published=dt.date(2026, 10, 19)), "ceasefires")
    assert len(found) == 1


def test_a_truce_that_has_held_since_a_day():
    text = ("NAIROBI, Nov 5 - Sudan and the Central African Republic fought at Birao. After the clash, Hissein "
            "brokered a local truce between the two garrison commanders that, his aides say, has held since 11 "
            "October.\n")
    found = of(_run(text, published=dt.date(2026, 11, 5)), "ceasefires")
    assert [(f["state_1"], f["state_2"], f["date_start"]) for f in found] == [("CAF", "SDN", "2026-10-11")]


def test_a_place_on_a_third_state_s_soil_is_no_party():
    text = ("N'DJAMENA, Nov 5 (Radio) - Libya and Chad traded fire at Wour last week, and Chad's army lost two "
            "soldiers. The commanders of the two sides met on Monday in Madama, on Nigerien {what}, at the invitation "
            "of the governor of Agadez, and agreed to stop all firing and to return to their positions.\n")
    found = of(_run(text.format(what="soil"), published=dt.date(2026, 11, 5)), "ceasefires")
    assert [(f["state_1"], f["state_2"]) for f in found] == [("LBY", "TCD")]
    # trap: Nigerien officers are a third state the sentence names: no pair is borrowed
    found = of(_run(text.format(what="officers' base"), published=dt.date(2026, 11, 5)), "ceasefires")
    assert found == []


# --- Meetings and actors --------------------------------------------------------------------------------------------

def test_after_calling_on_a_prime_minister():
    text = ("DHAKA, Sept 9 (Wire) - Sri Lanka is willing to help, Sri Lankan Foreign Minister Chaminda Wijesekara said "
            "on Wednesday {how} Bangladesh's prime minister in Dhaka.\n")
    cands = _run(text.format(how="after calling on"), published=dt.date(2026, 9, 9))
    assert frozenset(("LKA", "BGD")) in pairs(cands)
    assert "rules:meeting_calledon" in _methods(cands, "meetings")
    # trap: "calling on" someone to act is urging
    cands = _run(text.format(how="while calling on"), published=dt.date(2026, 9, 9))
    assert "rules:meeting_calledon" not in _methods(cands, "meetings")


_DHAKA = ("The Dhaka Ledger | Monday, March 30, 2026\n\n"
          "There was no shortage of smiles last week when Pakistan's foreign minister, Mr Haris Qureshi, landed in "
          "Dhaka. On Wednesday he sat down with our own Foreign Minister, {title} Farzana Chowdhury, for talks. On "
          "Thursday he called on the Prime Minister at her office.\n")


def test_he_is_not_the_woman_named_last():
    cands = _run(_DHAKA.format(title="Ms"), outlet="BGD", published=dt.date(2026, 3, 30))
    calls = [f for f in of(cands, "meetings") if f["date_start"] == "2026-03-26"]
    assert [frozenset((f["state_1"], f["state_2"])) for f in calls] == [frozenset(("PAK", "BGD"))]


def test_he_with_no_sex_told_is_the_he_before():
    # this round's trap kept a "he" told by no honorific to the first person of the sentence before ("Dr Farzana
    # Chowdhury"); since round 37 a "he" that follows a sentence opened by "he" is that one's (Mr Qureshi): with no
    # honorific the call is still Pakistan's
    cands = _run(_DHAKA.format(title="Dr"), outlet="BGD", published=dt.date(2026, 3, 30))
    calls = [f for f in of(cands, "meetings") if f["date_start"] == "2026-03-26"]
    assert [frozenset((f["state_1"], f["state_2"])) for f in calls] == [frozenset(("PAK", "BGD"))]


def test_a_joint_commission_s_session_held_in_a_capital():
    text = ("KAMPALA, June 12 - The State Visit was preceded by the Fourth Session of the Ethiopia\u2013Uganda Joint "
            "Ministerial Commission (JMC), {verb} in Addis Ababa on 9 June 2026.\n")
    cands = _run(text.format(verb="held"), published=dt.date(2026, 6, 12))
    assert frozenset(("ETH", "UGA")) in pairs(cands)
    assert "rules:meeting_body" in _methods(cands, "meetings")
    # trap: a session to be held has not met
    cands = _run(text.replace("was preceded by", "will be preceded by").format(verb="to be held"),
                 published=dt.date(2026, 6, 12))
    assert "rules:meeting_body" not in _methods(cands, "meetings")


def test_a_name_with_two_particles():
    text = ("KERKRADE, Nov 3 - On Monday the Dutch Minister for Asylum and Migration, Jorien van der Steeg, and "
            "Germany's Federal Interior Minister, Dr. Matthias Kallenbach, met in the middle of the street.\n")
    cands = _run(text, published=dt.date(2026, 11, 3))
    assert frozenset(("NLD", "DEU")) in pairs(cands)
    assert "rules:meeting_met" in _methods(cands, "meetings")


def test_a_town_before_a_comma_is_no_one_s_name():
    text = ("NAIROBI, Nov 5 - In early 2025, as Sudanese and Central African troops traded fire around the border "
            "town of Am Dafok, Chad's president sent an envoy to both capitals. {who} met Sudan's foreign minister "
            "on Monday.\n")
    cands = _run(text.format(who="Am Dafok"), published=dt.date(2026, 11, 5))
    assert frozenset(("TCD", "SDN")) not in pairs(cands)
    # trap: a man named before ", Chad's president" is the president
    cands = _run(text.replace("around the border town of Am Dafok, Chad's", "when Idriss Mahamat, Chad's")
                 .format(who="Mahamat"), published=dt.date(2026, 11, 5))
    assert frozenset(("TCD", "SDN")) in pairs(cands)


# --- Encounters that did not take place -----------------------------------------------------------------------------

def test_a_venue_offered_is_no_meeting_held():
    text = ("ASTANA, Oct 21 (TV) - \"Kazakhstan is ready, as before, {what} negotiations between Baku and Yerevan, if "
            "both sides consider it useful,\" the minister said.\n")
    cands = _run(text.format(what="to provide a platform for"), published=dt.date(2026, 10, 21))
    assert frozenset(("AZE", "ARM")) not in pairs(cands)
    # trap: negotiations reported as held are a meeting
    cands = _run("ASTANA, Oct 21 (TV) - Negotiations between Baku and Yerevan took place in Astana on Monday, the "
                 "minister said.\n", published=dt.date(2026, 10, 21))
    assert frozenset(("AZE", "ARM")) in pairs(cands)


def test_a_platform_offered_by_name_is_no_meeting_held():
    text = ("TBILISI, May 4 (Wire) - Georgia's foreign minister said Georgia was once again ready to offer Tbilisi as "
            "a platform for talks between Armenia and Azerbaijan.\n")
    assert frozenset(("ARM", "AZE")) not in pairs(_run(text, published=dt.date(2026, 5, 4)))


def test_due_to_travel_for_talks_is_to_come():
    text = ("PORT SUDAN, Feb 3 (Wire) - Ugandan envoy Okwir Odongo met Sudan's foreign minister on Monday. Okwir was "
            "{verb} on to Juba on Wednesday for talks with South Sudanese officials.\n")
    cands = _run(text.format(verb="due to travel"), published=dt.date(2026, 2, 3))
    assert frozenset(("UGA", "SSD")) not in pairs(cands)
    # trap: he travelled, and the talks were held
    cands = _run(text.format(verb="said to have travelled"), published=dt.date(2026, 2, 3))
    assert frozenset(("UGA", "SDN")) in pairs(cands)


def test_a_meeting_that_never_happened():
    text = ("OTTAWA, Sept 1 - A meeting of the two countries' national security advisers, floated in July, {end}. "
            "Canada and India have traded expulsions since.\n")
    assert frozenset(("CAN", "IND")) not in pairs(_run(text.format(end="never happened"),
                                                         published=dt.date(2026, 9, 1)))
    # trap: one held in July is a meeting
    assert frozenset(("CAN", "IND")) in pairs(_run(text.format(end="was held in Ottawa"),
                                                   published=dt.date(2026, 9, 1)))


def test_meeting_cameo_codes_come_from_the_schema(monkeypatch):
    from diprel import schemas
    from diprel.extract.rules import common
    assert [common.meeting_cameo(w) for w in ("make a visit", "host a visit", "meet at a third location", "consult")] \
        == ["042", "043", "044", "040"]
    # a description that no longer names every code of the enum is refused, not guessed
    field = schemas.table("meetings").field("cameo_code")
    monkeypatch.setattr(type(field), "description", property(lambda f: "042 make a visit"), raising=False)
    common._meeting_cameos.cache_clear()
    try:
        with pytest.raises(ValueError, match="meetings.cameo_code"):
            common.meeting_cameo("make a visit")
    finally:
        monkeypatch.undo()
        common._meeting_cameos.cache_clear()
