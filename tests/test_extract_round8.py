"""Meetings, mediation and ceasefires, eighth round (dev20, dev21): terms agreed in quotation marks ("would "hold
fire""); a truce in an aside ", announced by ... on 29 October," dated by the aside; "in force since" and "entered
into force" as the day a truce took effect; a truce the two sides agreed or signed, whose pair is the one the text saw
meet; "signed a truce in <city>" where the city is the venue; a truce in the pair's own "river sector"; "a meeting
held in X on Monday 3 August 2026 between A and B"; "was received on 27 October 2026 by"; "the two police directors";
"the two leaders" after their meeting; offers to "accompany the two brotherly countries", to "help our neighbours
talk", "would be glad to host"; "the offer was repeated by"; an offer "repeated ... that"; a mediator just reported is
no party to the next offer.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

import datetime as dt

from extract_support import PUB, mediations, of, pairs
from extract_support import run as _run_all


def run(text: str, published: dt.date = PUB) -> list[dict]:
    """What the rules find: the trigger classifier's drafts (rules:trigger_*) are left out, so that each test shows
    a rule reading the sentence, not the fallback rescuing it."""
    return [c for c in _run_all(text, published) if "trigger_" not in c["method"]]


def _offers(text: str) -> set[tuple]:
    return {m for m in mediations(run(text)) if m[0] == "offer"}


# --- ceasefires ---------------------------------------------------------------------------------------------------

def test_terms_agreed_in_quotation_marks_are_a_ceasefire():
    text = ("Guards of Armenia and Azerbaijan traded fire near the village overnight. On Tuesday the two border chiefs "
            "spoke by phone and agreed that their posts would \"hold fire and stay in the barracks\", the Armenian "
            "service said.")
    assert pairs(run(text), "ceasefires") == {frozenset({"ARM", "AZE"})}


def test_quoted_terms_agreed_not_to_hold_are_no_ceasefire():
    text = ("Guards of Armenia and Azerbaijan traded fire near the village overnight. On Tuesday the two border chiefs "
            "spoke by phone and agreed that their posts would not \"hold fire\" while patrols stayed out.")
    assert not of(run(text), "ceasefires")


def test_a_truce_in_an_announced_aside_is_dated_by_the_aside():
    text = ("Kazakh and Uzbek border guards clashed along the canal this month. A first truce, announced by the "
            "Kazakh border service on the evening of Thursday, 5 June, broke down within hours. Fighting resumed on "
            "Saturday, 7 June.")
    assert {f["date_start"] for f in of(run(text), "ceasefires")} == {"2025-06-05"}


def test_a_truce_in_force_since_a_day_is_dated_by_that_day():
    text = ("Ghana and Togo exchanged fire along the Volta border in May. Both governments have observed a cessation "
            "of hostilities in the Volta river sector, in force since 00:00 on 2 June 2025.")
    cfs = of(run(text), "ceasefires")
    assert {(f["state_1"], f["state_2"]) for f in cfs} == {("GHA", "TGO")}
    assert {f["date_start"] for f in cfs} == {"2025-06-02"}


def test_a_truce_in_a_named_place_elsewhere_is_still_not_the_pairs():
    text = ("Ghana and Togo exchanged fire along the border in May. The foreign minister also welcomed the ceasefire "
            "in the Gaza Strip.")
    assert not of(run(text), "ceasefires")


def test_the_two_countries_agreed_truce_takes_the_pair_that_met():
    text = ("The defence ministers of Ghana and Togo met in Lomé on Monday 2 June 2025.\n\n"
            "The regional commissioner expressed his condolences to the bereaved families.\n\n"
            "He also thanked the host authorities for their hospitality.\n\n"
            "He urged the press to respect the privacy of the families.\n\n"
            "He recalled that in 2019 the two countries had already agreed on a ceasefire in the same area.")
    assert frozenset({"GHA", "TGO"}) in pairs(run(text), "ceasefires")


def test_a_truce_the_two_countries_merely_discussed_is_none():
    text = ("The defence ministers of Ghana and Togo met in Lomé on Monday 2 June 2025.\n\n"
            "The regional commissioner expressed his condolences to the bereaved families.\n\n"
            "He also thanked the host authorities for their hospitality.\n\n"
            "He urged the press to respect the privacy of the families.\n\n"
            "He hoped that the two countries would agree on a ceasefire in the area.")
    assert not of(run(text), "ceasefires")


def test_a_truce_signed_in_a_third_capital():
    text = ("Chad and Sudan have clashed over the border for decades. After a skirmish in 2011, the two governments "
            "signed a truce in Libreville on June 3 of that year, brokered by Gabon.")
    cfs = of(run(text), "ceasefires")
    assert {(f["state_1"], f["state_2"], f["broker_state"]) for f in cfs} == {("SDN", "TCD", "GAB")}


# --- meetings -----------------------------------------------------------------------------------------------------

def test_a_meeting_held_on_a_full_date_between_two_ministers():
    text = ("The Secretary-General welcomes the meeting held in Malabo on Monday 2 June 2025 between the Minister of "
            "Defence of the Republic of Chad, Mr. Idriss Mahamat Sougui, and the Minister of Defence of the Republic "
            "of the Sudan, Mr. Kamal Osman Ibrahim.")
    assert pairs(run(text)) == {frozenset({"SDN", "TCD"})}


def test_a_meeting_planned_on_a_full_date_is_none():
    text = ("The Secretary-General looks forward to the meeting planned in Malabo on 2 December 2025 between the "
            "Minister of Defence of Chad and the Minister of Defence of the Sudan.")
    assert not of(run(text), "meetings")


def test_received_on_a_full_date_by_the_host():
    text = ("Estonia's Foreign Minister Kadri Lepik paid a working visit to Portugal on 16-17 June 2025. Minister Lepik "
            "was received on 17 June 2025 by the Prime Minister of Portugal, Mr. Rui Tavares Nogueira, at "
            "São Bento.")
    assert frozenset({"EST", "PRT"}) in pairs(run(text))
    actors = {(f["actor_1"], f["actor_2"]) for f in of(run(text), "meetings")}
    assert any("rui-tavares-nogueira" in a for a in actors)


def test_not_received_on_a_full_date_is_no_meeting():
    text = ("Estonia's Foreign Minister Kadri Lepik was in Lisbon this week. Minister Lepik was not received on "
            "17 June 2025 by the Prime Minister of Portugal, Mr. Rui Tavares Nogueira.")
    assert not any("rui-tavares-nogueira" in (f["actor_1"], f["actor_2"]) for f in of(run(text), "meetings"))


def test_the_two_police_directors_spoke_by_phone():
    text = ("Serbian and Montenegrin police exchanged fire at the crossing on Sunday. The next morning the two police "
            "directors spoke by phone and agreed to reopen the post.")
    assert pairs(run(text)) == {frozenset({"MNE", "SRB"})}


def test_the_two_company_directors_are_no_states_officials():
    text = ("Serbian and Montenegrin police exchanged fire at the crossing on Sunday. The next morning the two company "
            "directors spoke by phone about the delayed lorries.")
    assert not of(run(text), "meetings")


def test_the_two_leaders_after_their_meeting_not_the_border_pair():
    text = ("President Ana Ruiz of Chile received Prime Minister Tomas Novak of the Czech Republic at La Moneda on "
            "Monday. The two leaders agreed to expand trade in copper. They signed a memorandum on mining. They also "
            "discussed the situation along the Colombia-Venezuela border. The two leaders last spoke by telephone on "
            "3 May.")
    assert pairs(run(text)) == {frozenset({"CHL", "CZE"})}


def test_the_two_leaders_with_no_meeting_before_take_the_context():
    text = ("Fighting flared along the Colombia-Venezuela border in April. The two leaders last spoke by telephone "
            "on 3 May.")
    assert pairs(run(text)) == {frozenset({"COL", "VEN"})}


# --- mediation ----------------------------------------------------------------------------------------------------

def test_readiness_to_accompany_the_two_brotherly_countries():
    text = ("Chad and Sudan clashed on the border in May. The Commission commends the Republic of Niger, which has "
            "reiterated its readiness to accompany the two brotherly countries in the search for a durable settlement.")
    found = mediations(run(text))
    assert ("offer", "NER", frozenset({"SDN", "TCD"})) in found


def test_accompanying_the_two_presidents_on_a_tour_is_no_offer():
    text = ("Chad and Sudan clashed on the border in May. Niger's protocol chief said he was ready to accompany the "
            "two presidents on their tour of the new dam.")
    assert not _offers(text)


def test_ready_to_help_our_neighbours_talk():
    text = ("Bolivia and Paraguay froze consular ties in March. Argentina's foreign minister said on Wednesday that "
            "Buenos Aires stood \"ready to help our neighbours talk\".")
    assert ("offer", "ARG", frozenset({"BOL", "PRY"})) in _offers(text)


def test_helping_farmers_talk_to_buyers_is_no_offer():
    text = ("Bolivia and Paraguay froze consular ties in March. Argentina's farm minister said he was ready to help "
            "the farmers talk to buyers in both countries.")
    assert not _offers(text)


def test_glad_to_host_a_meeting_of_the_two():
    text = ("Latvia and Lithuania have argued over the fishing quota since spring. Estonia's foreign minister said on "
            "Friday that Tallinn \"would be glad to host\" a meeting of the two fisheries ministers.")
    assert ("offer", "EST", frozenset({"LTU", "LVA"})) in _offers(text)


def test_glad_to_have_hosted_a_summit_is_no_offer():
    text = ("Latvia and Lithuania have argued over the fishing quota since spring. Estonia's foreign minister said "
            "Tallinn was glad to have hosted the Baltic song festival last year.")
    assert not _offers(text)


def test_the_offer_repeated_by_a_minister():
    text = ("Albania offered on 9 June to mediate between Serbia and Montenegro over the customs post. The offer was "
            "repeated by Albania's foreign minister a week later, on 16 June.")
    offers = [f for f in of(run(text), "mediation_offers") if f["kind"] == "offer"]
    assert {f["status"] for f in offers} >= {"reiterated"}


def test_a_trade_offer_repeated_is_no_mediation():
    text = ("Japan and Korea held talks on tariffs. The trade offer was repeated by Japan's economy minister a week "
            "later.")
    assert not _offers(text)


def test_an_offer_repeated_in_reported_speech_is_reiterated():
    text = ("Bolivia and Paraguay froze consular ties in March. Argentina's foreign minister repeated on Wednesday that "
            "Buenos Aires stood ready to mediate between La Paz and Asunción.")
    offers = [f for f in of(run(text), "mediation_offers") if f["kind"] == "offer"]
    assert [f["status"] for f in offers] == ["reiterated"]


def test_an_offer_said_once_is_made():
    text = ("Bolivia and Paraguay froze consular ties in March. Argentina's foreign minister said on Wednesday that "
            "Buenos Aires stood ready to mediate between La Paz and Asunción.")
    offers = [f for f in of(run(text), "mediation_offers") if f["kind"] == "offer"]
    assert [f["status"] for f in offers] == ["made"]


def test_a_mediator_just_reported_is_no_party_to_the_next_offer():
    text = ("Bolivia and Paraguay froze consular ties in March. In April, Brazil's foreign ministry said it was willing "
            "to act as a mediator between La Paz and Asunción; that offer was never answered. Uruguay's foreign "
            "minister said on Wednesday that Montevideo stood ready to help our neighbours talk.")
    assert ("offer", "URY", frozenset({"BOL", "PRY"})) in _offers(text)
    assert not any(m[1] == "URY" and "BRA" in m[2] for m in _offers(text))


# --- a factbox's entries ------------------------------------------------------------------------------------------

_FACTBOX = ("FACTBOX-Fiji and Tonga's fishing row: key events\n\n"
            "SUVA, Nov 12 (Reef Wire) - Fiji and Tonga have argued since July over a seized trawler. The main events:\n\n"
            "JULY 9 - A Fijian patrol boat seizes the Tongan trawler Ata Star near the reef.\n\n"
            "SEPT 4 - Samoan Prime Minister Tavita Leiataua offers to host talks.\n\n"
            "{entry}\n\n"
            "NEXT - A joint panel is due to report in March.")


def test_a_factbox_entry_in_capitals_tells_a_past_meeting():
    text = _FACTBOX.format(entry="OCT 21 - Delegations led by the two foreign ministers meet in Apia for talks chaired "
                                 "by Leiataua.")
    found = run(text, dt.date(2025, 11, 12))
    assert {(f["state_1"], f["state_2"], f["date_start"]) for f in of(found, "meetings")} == {("FJI", "TON", "2025-10-21")}
    assert ("conducted", "WSM", frozenset({"FJI", "TON"})) in mediations(found)


def test_a_factbox_entry_of_what_is_due_is_no_meeting():
    text = _FACTBOX.format(entry="NOV 2 - Delegations led by the two foreign ministers agree to meet again in Apia.")
    assert not of(run(text, dt.date(2025, 11, 12)), "meetings")


# --- ministries named by their buildings --------------------------------------------------------------------------

def test_a_ministry_named_by_its_palace_offers_good_offices():
    text = ("Ecuador and Colombia recalled their ambassadors last month. On Tuesday Torre Tagle said it stood ready to "
            "offer its good offices to the two neighbours.")
    assert ("offer", "PER", frozenset({"COL", "ECU"})) in _offers(text)


def test_a_palace_as_a_venue_is_no_mediator():
    text = ("Ecuador and Colombia recalled their ambassadors last month. Their foreign ministers met at the Casa "
            "Rosada on Tuesday, on the sidelines of a regional forum.")
    assert not _offers(text)


# --- a question told in reported speech ---------------------------------------------------------------------------

def test_asked_whether_it_would_offer_to_mediate_is_no_offer():
    text = ("Samoa and Tonga have quarrelled over the reef since May. Australia's foreign minister, asked whether "
            "Canberra would also offer to mediate, said Australia was \"not seeking a role\".")
    assert not _offers(text)


def test_asked_about_the_row_and_offering_to_mediate_is_an_offer():
    text = ("Samoa and Tonga have quarrelled over the reef since May. Australia's foreign minister, asked about the "
            "row, said Canberra stood ready to mediate between Apia and Nuku'alofa.")
    assert ("offer", "AUS", frozenset({"TON", "WSM"})) in _offers(text)


# --- "of that year" -----------------------------------------------------------------------------------------------

def test_a_day_of_that_year_takes_the_year_named_before():
    text = ("Chad and Sudan have clashed over the border for decades. After a skirmish in 2011, the two governments "
            "signed a truce in Libreville on June 3 of that year, brokered by Gabon.")
    assert {f["date_start"] for f in of(run(text), "ceasefires")} == {"2011-06-03"}


def test_a_day_of_that_year_with_no_year_before_is_inferred():
    text = ("Chad and Sudan have clashed over the border for decades. The two governments signed a truce in "
            "Libreville on June 3 of that year, brokered by Gabon.")
    assert {f["date_basis"] for f in of(run(text), "ceasefires")} == {"year_inferred"}
