"""Round 20, read on the ceasefire misses of dev32-dev53 (each beside its trap): a halt local commanders agreed in the
field ("Local commanders agreed to stop firing on Tuesday evening") apart from the governments' truce of the next day;
a third state whose statement told of the truce ("A Saudi foreign ministry statement said ..."), or whose news agency
carried it ("in a statement carried by the Saudi Press Agency"), as no party to it; one who sat "in the room as
facilitator", and a truce agreed "with the facilitation of the Republic of Nicaragua", as brokers; "the commanders on
both sides" in a text that speaks from one of them by its "our"; and "our Armed Forces had already declared a
unilateral halt" in a ministry's release. And a meeting told by what the two discussed "at talks in Tashkent"."""
from __future__ import annotations

import datetime as dt

from diprel.extract import extract_text
from extract_support import mediations, of, pairs, run

_BISHKEK = ("BISHKEK, March 19 (Central Asia Wire) - The security chiefs of Kyrgyzstan and Uzbekistan signed a "
            "protocol on Wednesday on a complete ceasefire along the Sokh enclave, after two days of clashes between "
            "their border guards. {local}, the Kyrgyz Border Service said in a statement. The protocol signed in Osh "
            "took effect at 6 p.m. on Wednesday.\n")


def _truces(text: str, published=dt.date(2026, 3, 19)) -> list[dict]:
    return of(run(text, published), "ceasefires")


def test_local_commanders_halt_is_not_the_next_day_s_truce():
    found = _truces(_BISHKEK.format(local="Local commanders agreed to stop firing on Tuesday evening"))
    assert sorted(f["date_start"] for f in found) == ["2026-03-17", "2026-03-18"]
    radio = _truces(_BISHKEK.format(local="The company commanders on both sides agreed by radio on Tuesday evening "
                                          "to hold their fire"))
    assert sorted(f["date_start"] for f in radio) == ["2026-03-17", "2026-03-18"]


def test_local_commanders_halt_told_twice_stays_one():
    # trap: the protocol's own day told by local commanders is the same truce, not a second one
    same_day = _truces(_BISHKEK.format(local="Local commanders agreed to stop firing on Wednesday evening"))
    assert [f["date_start"] for f in same_day] == ["2026-03-18"]
    # trap: a halt of Tuesday told without local commanders is Wednesday's truce told loosely (two days' slack)
    loose = _truces(_BISHKEK.format(local="The two sides agreed to stop firing on Tuesday evening"))
    assert [f["date_start"] for f in loose] == ["2026-03-18"]


_JEDDAH = ("What we know about the Lebanon-Syria border truce\n\nBEIRUT, Aug 25 (Levant Wire) - After ten days of "
           "clashes between Lebanese and Syrian troops along the northern Bekaa frontier, the guns around Hermel have "
           "fallen silent. The Lebanese army said four soldiers were killed; Syria's defence ministry gave no figure. "
           "{said}, and the two sides agreed on a \"complete and immediate cessation of fire\" from 6 p.m. on "
           "Monday.\n")


def test_a_third_state_s_statement_tells_of_the_truce():
    found = _truces(_JEDDAH.format(said="A Saudi foreign ministry statement said the kingdom had \"sponsored\" the "
                                        "talks"), dt.date(2026, 8, 25))
    assert [(f["state_1"], f["state_2"], f["date_start"]) for f in found] == [("LBN", "SYR", "2026-08-24")]
    assert found[0]["announced_by"] == "sau-foreign-ministry"


def test_a_third_state_that_only_criticised_still_blocks_the_context_pair():
    # trap: a third state named in the sentence for another part leaves the parties unsure (only the headline's
    # undated truce is found)
    found = _truces(_JEDDAH.format(said="Saudi Arabia criticised the delay"), dt.date(2026, 8, 25))
    assert [f["date_start"] for f in found] == [None]


_SHABWA = ("Yemen, UAE agree to halt Shabwa fighting\n\nADEN, June 24 (Levant Wire) - Yemen's government and the "
           "United Arab Emirates agreed to stop fighting around the Balhaf gas terminal in Shabwa, after three days of "
           "clashes between Yemeni army units and Emirati forces, officials on both sides said.\n\n"
           "The truce took effect at 6 a.m. on Tuesday, the spokesman for the coalition, Colonel Majed Al-Otaibi, "
           "announced in a statement carried by the {outlet}.\n")


def test_a_third_state_s_news_agency_is_no_party():
    found = _truces(_SHABWA.format(outlet="Saudi Press Agency"), dt.date(2026, 6, 24))
    assert {(f["state_1"], f["state_2"], f["date_start"]) for f in found} == {("ARE", "YEM", "2026-06-23")}


def test_a_third_state_s_army_is_no_outlet():
    # trap: a third state's army that carried the statement is an actor, not a news agency: the pair of Tuesday's
    # sentence stays unsure, and no truce of the Saudi army's is found (only the lead's, which since round 41 takes
    # the day the next paragraph says it took effect)
    found = _truces(_SHABWA.format(outlet="Saudi army"), dt.date(2026, 6, 24))
    assert [(f["state_1"], f["state_2"], f["date_start"]) for f in found] == [("ARE", "YEM", "2026-06-23")]


_KAJO_KEJI = ("JUBA, July 19 (Courier) - South Sudan and Uganda have ended a week of clashes at Lire. Uganda's "
              "Minister of Defence flew into Juba on Wednesday and was received by her South Sudanese counterpart. "
              "With Kenya's special envoy, Ambassador Mary Wambui Kiptoo, in the room {role}, the two ministers "
              "signed a cessation of hostilities agreement that took effect at midnight, at the start of Thursday 16 "
              "July.\n")


def test_one_in_the_room_as_facilitator_brokered():
    found = run(_KAJO_KEJI.format(role="as facilitator"), dt.date(2026, 7, 19))
    assert [(c["fields"]["state_1"], c["fields"]["state_2"], c["fields"]["broker_state"], c["fields"]["kind"],
             c["method"].split("@")[0]) for c in found if c["table"] == "ceasefires"] == [
        ("SSD", "UGA", "KEN", "mediated", "rules:ceasefire")]


def test_one_in_the_room_as_observer_brokered_nothing():
    # trap: an observer in the room is no broker (the rule finds no truce; the classifier's fallback may)
    found = run(_KAJO_KEJI.format(role="as an observer"), dt.date(2026, 7, 19))
    assert not [c for c in found if c["method"].split("@")[0] == "rules:ceasefire"]


_FONSECA = ("JOINT STATEMENT\n\nTegucigalpa, 3 September 2026. The Ministers of Foreign Affairs of the Republic of "
            "Honduras and of the Republic of El Salvador met today in Tegucigalpa. The Ministers reaffirmed the "
            "cessation of all hostile acts between the naval forces of the two countries in the Gulf of Fonseca "
            "agreed by the commanders of both navies on 22 August 2026, {help}, and which has been fully observed "
            "since its entry into force.\n")


def test_a_truce_agreed_with_a_third_state_s_facilitation():
    found = _truces(_FONSECA.format(help="with the facilitation of the Republic of Nicaragua"), dt.date(2026, 9, 3))
    assert [(f["state_1"], f["state_2"], f["broker_state"]) for f in found] == [("HND", "SLV", "NIC")]


def test_a_third_state_s_mere_presence_is_no_facilitation():
    # trap: a third state named beside the truce for something else leaves the parties unsure
    found = _truces(_FONSECA.format(help="in the presence of observers from the Republic of Nicaragua"),
                    dt.date(2026, 9, 3))
    assert all(f["broker_state"] != "NIC" for f in found)
    assert ("NIC" not in {f["state_1"] for f in found} | {f["state_2"] for f in found})


_SOLOLO = ("MORNING BRIEFING - transcript\n\nHOST: How many Kenyans died in Saturday night's raid?\n\nMINISTER: Six of "
           "{our} people were killed, and nine others were injured. On Sunday there was also an exchange of fire "
           "between {our} police and Ethiopian regional forces near the border post, and the commanders on both "
           "sides agreed on Monday to stop the shooting. Since Monday it has been quiet.\n")


def _broadcast(text: str) -> list[dict]:
    """A Kenyan radio's transcript (the outlet's state, from the source's metadata)."""
    return of(extract_text(text, dt.date(2026, 9, 3), outlet_country="KEN"), "ceasefires")


def test_the_two_sides_of_a_text_that_speaks_from_one_of_them():
    found = _broadcast(_SOLOLO.format(our="our"))
    assert [(f["state_1"], f["state_2"], f["date_start"]) for f in found] == [("ETH", "KEN", "2026-08-31")]


def test_the_two_sides_of_a_text_that_speaks_from_nowhere():
    # trap: without the "our", nothing says whose police these were
    assert _broadcast(_SOLOLO.format(our="the")) == []


_BURUNTUMA = ("MINISTRY OF DEFENCE - PRESS RELEASE\n\nBissau, 16 December 2025. Guinea-Bissau protests the incursion "
              "of Guinean troops near Buruntuma on Saturday. On Friday {who} had already declared a unilateral halt "
              "to operations \"to give dialogue a chance\", the Ministry of Defence said. Guinea has not answered.\n")


def test_our_armed_forces_declared_a_unilateral_halt():
    found = _truces(_BURUNTUMA.format(who="our Armed Forces"), dt.date(2025, 12, 16))
    assert [(f["state_1"], f["state_2"], f["kind"]) for f in found] == [("GIN", "GNB", "unilateral")]


def test_a_non_state_force_s_unilateral_halt():
    # trap: a halt the rebels declared is no truce between two states
    assert _truces(_BURUNTUMA.format(who="the rebels"), dt.date(2025, 12, 16)) == []


_TASHKENT = ("TASHKENT, June 9 (Asia Desk) - India's External Affairs Minister Raghav Menon and his Uzbek counterpart "
             "Jasur Normatov discussed freight through Iran's Chabahar port {where} on Monday, both sides said.\n")


def _rule_meetings(text: str) -> list[tuple]:
    return [(c["fields"]["state_1"], c["fields"]["state_2"], c["fields"]["date_start"], c["fields"]["format"])
            for c in run(text, dt.date(2026, 6, 9))
            if c["table"] == "meetings" and c["method"].split("@")[0] == "rules:meeting_exchanged"]


def test_what_two_ministers_discussed_at_talks():
    assert _rule_meetings(_TASHKENT.format(where="at talks in Tashkent")) == [("IND", "UZB", "2026-06-08", "talks")]


def test_what_two_ministers_discussed_at_a_body_s_meeting():
    # trap: "at a meeting of" a multilateral body names no encounter of the two; nor does a bare "discussed"
    assert _rule_meetings(_TASHKENT.format(where="at a meeting of SCO foreign ministers in Tashkent")) == []
    assert _rule_meetings(_TASHKENT.format(where="in their statements")) == []


# Part two, read on dev54 and dev55 after their first scores.

def _figs(text: str, published=dt.date(2026, 7, 15)) -> set:
    return {(f["side_state"], f["outcome"], f["count"]) for f in of(run(text, published), "casualty_figures")}


_ACCRA = ("PRESS STATEMENT\n\nAccra, 2nd July, 2026\n\nThe Government of the Republic of Ghana has followed with deep "
          "concern the recent clashes between {sides} along their common border. Ghana welcomes the cessation of "
          "hostilities agreed by the Ministers of Defence of the two countries at their meeting on Saturday, 27th "
          "June, 2026.\n")


def test_the_sides_of_clashes_between_two_armed_forces():
    found = _truces(_ACCRA.format(sides="the armed forces of the Republic of Cameroon and the Republic of Chad"),
                    dt.date(2026, 7, 2))
    assert [(f["state_1"], f["state_2"], f["date_start"]) for f in found] == [("CMR", "TCD", "2026-06-27")]


def test_one_who_welcomes_a_truce_is_no_party_to_it():
    # trap: the welcoming state is no party, nor, with the sides unsure, is any pair made up around it
    found = _truces(_ACCRA.format(sides="armed groups"), dt.date(2026, 7, 2))
    assert all("GHA" not in (f["state_1"], f["state_2"]) for f in found)


_BULLETIN = ("Ministry of Health\n\nNouakchott, 15 July 2026\n\nFollowing the shots fired on Sunday by elements of the "
             "Malian armed forces at the Lemreyya market, the Ministry informs the public of the following toll, as of "
             "18:00 on Tuesday 14 July 2026:\n\n- Number of deaths: 9 (nine);\n- Number of injured: 21 (twenty-one), "
             "{whose}.\n")


def test_a_bulletin_s_numbered_toll():
    found = _figs(_BULLETIN.format(whose="all of Mauritanian nationality"))
    assert (None, "killed", 9) in found and ("MRT", "injured", 21) in found
    assert not any(count == 18 for _, _, count in found)  # a clock time is no count


def test_a_bulletin_s_toll_of_no_one_nationality():
    # trap: "including several children" names no state
    found = _figs(_BULLETIN.format(whose="including several children"))
    assert (None, "injured", 21) in found


_KUFRA = ("KHARTOUM, May 3 (Nile Wire) - Sudanese and Libyan forces clashed near Uweinat on Sunday. A medical source "
          "in Kufra said {who} had received the bodies of seven Libyan soldiers.\n")


def test_bodies_a_hospital_received():
    assert ("LBY", "killed", 7) in _figs(_KUFRA.format(who="the hospital there"), dt.date(2026, 5, 3))


def test_bodies_a_state_received_back():
    # trap: bodies handed back are dead counted before, not a new figure
    assert not _figs(_KUFRA.format(who="Libya"), dt.date(2026, 5, 3))


def test_a_ranked_soldier_with_a_name_s_particles():
    text = ("MUSCAT, June 17 - The Royal Army of Oman said Yemeni gunmen fired on a border post on Monday. As a "
            "result, Lance Corporal Said bin Khamis Al-Mashaikhi was martyred while performing his national duty.\n")
    assert ("OMN", "killed", 1) in _figs(text, dt.date(2026, 6, 17))
    # trap: the named soldier who only fired back
    fired = text.replace("was martyred while performing his national duty", "returned fire")
    assert not _figs(fired, dt.date(2026, 6, 17))


def test_suspected_traffickers_are_no_state_s():
    text = ("CORUMBA, Brazil, March 19 (Southern Cone Wire) - Brazilian federal police killed four {who} in a "
            "shootout near the Bolivian border late on Tuesday, Brazil's Federal Police said.\n")
    assert (None, "killed", 4) in _figs(text.format(who="suspected drug traffickers"), dt.date(2026, 3, 19))
    # trap: Bolivian citizens are Bolivia's
    assert ("BOL", "killed", 4) in _figs(text.format(who="Bolivian citizens"), dt.date(2026, 3, 19))


_TUNIS = ("TUNIS, May 27 (TAP) - Tunisia's Prime Minister received his Mauritanian counterpart on Tuesday. The Prime "
          "Minister {verb} Tunisia's offer to host, in Tunis, talks between Mauritania and the Republic of Mali on the "
          "security of their common border.\n")


def test_talks_offered_with_an_aside():
    found = pairs(run(_TUNIS.format(verb="renewed"), dt.date(2026, 5, 27)))
    assert frozenset(("MLI", "MRT")) not in found


def test_talks_reported_with_an_aside():
    # trap: talks that were held, told with an aside, are a meeting
    text = ("TUNIS, May 27 (TAP) - Tunisia hosted, in Tunis, talks between Mauritania and the Republic of Mali on "
            "Monday.\n")
    assert frozenset(("MLI", "MRT")) in pairs(run(text, dt.date(2026, 5, 27)))


_ABIDJAN = ("ABIDJAN, May 20 (Gulf of Guinea Press) - Beninese Foreign Minister Olushegun Adjovi was received on "
            "Tuesday by the Ivorian head of state in Abidjan, a day after talks with his counterpart Kouamé {name}.\n\n"
            "{name} said his country \"remains ready to facilitate dialogue between Benin and Niger if both parties "
            "so wish\".\n")


def test_his_counterpart_is_the_other_state_s():
    found = run(_ABIDJAN.format(name="N'Guessan"), dt.date(2026, 5, 20))
    assert ("offer", "CIV", frozenset(("BEN", "NER"))) in mediations(found)


def test_his_counterpart_where_the_sentence_names_more_states():
    # trap: with a third state named before him, the counterpart stays unplaced (and no mediator is guessed)
    text = _ABIDJAN.format(name="N'Guessan").replace("in Abidjan,", "in Abidjan after a stop in Ghana,")
    assert not [m for m in mediations(run(text, dt.date(2026, 5, 20))) if m[1] == "BEN"]


def test_a_truce_between_a_state_s_army_and_a_movement():
    text = ("TUNIS, July 15 - Algeria's foreign minister Ahmed Bensalem came with a list of his own, headed by the "
            "archives of the war, which ended with the ceasefire of March 1962 between the French army and the "
            "National Liberation Front.\n")
    assert _truces(text, dt.date(2026, 7, 15)) == []
    # trap: a truce between the two states' armies is theirs
    armies = text.replace("the National Liberation Front", "the Algerian army")
    assert [(f["state_1"], f["state_2"]) for f in _truces(armies, dt.date(2026, 7, 15))] == [("DZA", "FRA")]


def test_readiness_to_provide_a_platform_for_negotiations():
    text = ("ASTANA, April 3 - Minister Abenov reiterated Kazakhstan's readiness to provide a platform in Almaty for "
            "negotiations between Azerbaijan and Armenia on the peace treaty.\n")
    assert frozenset(("ARM", "AZE")) not in pairs(run(text, dt.date(2026, 4, 3)))
    # trap: negotiations it provided a platform for, and which were held, are a meeting
    held = ("ASTANA, April 3 - Kazakhstan provided a platform in Almaty on Monday for negotiations between Azerbaijan "
            "and Armenia on the peace treaty.\n")
    assert frozenset(("ARM", "AZE")) in pairs(run(held, dt.date(2026, 4, 3)))


def test_an_invitation_to_make_a_state_visit():
    text = ("BRASILIA, Oct 14 - President Errázuriz of Chile thanked President Vasconcelos of Brazil for the "
            "hospitality and invited her to make a State Visit to Chile.\n")
    found = [c for c in run(text, dt.date(2026, 10, 14)) if c["table"] == "meetings"
             and c["fields"].get("host_state") == "CHL"]
    assert found == []


def test_an_offer_a_capital_welcomed():
    text = ("ASHGABAT, June 2 - Kazakhstan, which depends on the same basin, offered in May to mediate between the two "
            "governments of Turkmenistan and Uzbekistan, an offer that Tashkent welcomed and Ashgabat, true to its "
            "doctrine, has so far ignored.\n")
    assert pairs(run(text, dt.date(2026, 6, 2))) == set()
    # trap: a capital that welcomed a minister hosted him
    guest = "ASHGABAT, June 2 - Ashgabat welcomed Kazakhstan's foreign minister on Monday.\n"
    assert frozenset(("KAZ", "TKM")) in pairs(run(guest, dt.date(2026, 6, 2)))


def test_the_commanders_of_two_neighbouring_detachments_met():
    text = ("TASHKENT, April 9 (Wire) - Kazakh and Uzbek border guards exchanged fire near Atameken on Tuesday. The "
            "commanders of the two neighbouring border detachments met at the Atameken checkpoint at around 4 p.m.\n")
    assert frozenset(("KAZ", "UZB")) in pairs(run(text, dt.date(2026, 4, 9)))
    # trap: smugglers of two detachments are no state's envoys
    smugglers = text.replace("The commanders of the two neighbouring border detachments met",
                             "The smugglers of the two bands met")
    assert frozenset(("KAZ", "UZB")) not in pairs(run(smugglers, dt.date(2026, 4, 9)))
