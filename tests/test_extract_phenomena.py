"""Phrasings of real diplomatic news, one class at a time, with the traps beside them.

The texts are short and made up; the dyads differ from the development
corpus's so that a rule keyed to one article's wording shows up here.
"""
from __future__ import annotations

import datetime as dt

from extract_support import mediations, of, pairs, run


# --- 1. phone and video contacts --------------------------------------------------

def test_phone_and_video_contacts():
    text = ("Nigerian President Bola Tinubu spoke by telephone on Monday with Ghanaian President John Mahama. "
            "Egyptian Foreign Minister Badr Abdelatty held a telephone conversation with his Jordanian counterpart "
            "Ayman Safadi. Chilean Foreign Minister Alberto van Klaveren told his Argentine counterpart by phone "
            "that Santiago backed the plan. Indonesian and Malaysian officials held a video conference on Tuesday.")
    got = run(text)
    assert pairs(got) >= {frozenset(("NGA", "GHA")), frozenset(("EGY", "JOR")), frozenset(("CHL", "ARG"))}
    calls = {frozenset((f["state_1"], f["state_2"])): f for f in of(got, "meetings")}
    assert calls[frozenset(("NGA", "GHA"))]["format"] == "call"
    assert calls[frozenset(("NGA", "GHA"))]["cameo_code"] == "040"
    assert calls[frozenset(("EGY", "JOR"))]["format"] == "call"


def test_told_in_person_is_no_call():
    got = run("Nigerian President Bola Tinubu told Ghanaian President John Mahama that trade must grow.")
    assert of(got, "meetings") == []


# --- 2. hosting, receiving, courtesy calls --------------------------------------------

def test_hosting_receiving_and_courtesy_calls():
    text = ("ABUJA – President Bola Tinubu today received at the Presidential Villa Niger's Prime Minister Ali Zeine. "
            "Senegalese Prime Minister Ousmane Sonko paid a courtesy call on the President at Aso Rock. "
            "Later, the President granted an audience to Mali's Foreign Minister Abdoulaye Diop. "
            "Last week the President was received by Beninese President Patrice Talon in Cotonou.")
    got = run(text, dt.date(2025, 6, 18))
    assert pairs(got) == {frozenset(("NGA", "NER")), frozenset(("NGA", "SEN")), frozenset(("NGA", "MLI")),
                          frozenset(("NGA", "BEN"))}
    ner = next(f for f in of(got, "meetings") if "NER" in (f["state_1"], f["state_2"]))
    assert ner["state_1"] == "NER" and ner["format"] == "visit"  # the visitor first


def test_title_only_president_is_the_home_one():
    text = ("NAIROBI – President William Ruto hosted President Yoweri Museveni of Uganda at State House. "
            "The President later spoke by telephone with Prime Minister Abiy Ahmed of Ethiopia. Kenya and Uganda "
            "agreed to extend the pipeline.")
    got = run(text)
    assert frozenset(("KEN", "ETH")) in pairs(got) and frozenset(("UGA", "ETH")) not in pairs(got)


def test_honorifics_do_not_hide_names():
    text = ("His Highness Sheikh Mohamed bin Zayed, President of the UAE, received His Excellency Dr. Mohamed "
            "Muizzu, President of the Maldives, at Qasr Al Watan on Monday.")
    got = run(text)
    assert pairs(got) == {frozenset(("ARE", "MDV"))}
    f = of(got, "meetings")[0]
    assert f["actor_1"] == "mohamed-muizzu" and f["actor_2"] == "mohamed-bin-zayed"


# --- 3. one official meeting two others ---------------------------------------------------

def test_separate_meetings_yield_one_per_pair():
    text = ("Norwegian Foreign Minister Espen Barth Eide held separate meetings with Colombian and Venezuelan "
            "diplomats in Oslo. Qatari Prime Minister Mohammed bin Abdulrahman Al Thani held phone calls with both "
            "Rwandan President Paul Kagame and Burundian President Evariste Ndayishimiye on Tuesday.")
    got = run(text)
    assert pairs(got) >= {frozenset(("NOR", "COL")), frozenset(("NOR", "VEN")),
                          frozenset(("QAT", "RWA")), frozenset(("QAT", "BDI"))}


def test_met_each_delegation_from_context():
    text = ("Serbian and Kosovar negotiators arrived in Brussels on Monday. "
            "Before the plenary, the Belgian foreign minister Maxime Prevot met each delegation separately.")
    assert pairs(run(text)) >= {frozenset(("BEL", "SRB")), frozenset(("BEL", "XKX"))}


def test_a_joint_meeting_with_two_is_not_split():
    got = run("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Rwandan President Paul Kagame "
              "and Burundian President Evariste Ndayishimiye in Doha.")
    assert frozenset(("QAT", "RWA")) not in pairs(got)


# --- 4. pairs placed elsewhere in the text, counterparts, offices only ----------------------

def test_persons_and_collectives_placed_by_context():
    text = ("Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan were both in "
            "Vilnius for the NATO summit. Mitsotakis and Erdogan held a bilateral meeting on the sidelines of "
            "the gathering on Tuesday. Greece and Turkey have long disputed maritime borders. On Friday, the "
            "heads of the two countries' coast guards met in Athens.")
    got = run(text)
    meetings = [f for f in of(got, "meetings") if {f["state_1"], f["state_2"]} == {"GRC", "TUR"}]
    assert len(meetings) == 2
    assert {f["format"] for f in meetings} == {"talks"}


def test_counterpart_takes_the_demonym():
    got = run("Peruvian Foreign Minister Elmer Schialer met his Chilean counterpart Alberto van Klaveren in Lima.")
    assert pairs(got) == {frozenset(("PER", "CHL"))}


# --- 5. signing ------------------------------------------------------------------------------------

def test_signing_between_two_states_officials():
    text = ("Kazakhstan's Minister of Energy Almasadam Satkaliyev and his Uzbek counterpart, Jurabek Mirzamakhmudov, "
            "signed a memorandum on electricity trade in Tashkent on Monday.")
    got = run(text)
    assert pairs(got) == {frozenset(("KAZ", "UZB"))}
    assert of(got, "meetings")[0]["format"] == "signing"


def test_a_signing_with_a_non_state_region_is_no_meeting():
    got = run("Ethiopia signed a memorandum with the breakaway region of Somaliland in January, angering Somalia.")
    assert of(got, "meetings") == []


# --- 6. mediation in diplomatic register ---------------------------------------------------------

def test_offers_in_diplomatic_register():
    text = ("Egypt and Ethiopia traded accusations over the Nile dam. Algeria stands ready to act as a bridge "
            "between Cairo and Addis Ababa, its foreign ministry said. Saudi Arabia has repeatedly offered to help "
            "the two neighbours mend fences. Turkey put its good offices on the table. Kenya on Friday offered to "
            "help the two sides settle the dispute.")
    got = mediations(run(text))
    pair = frozenset(("EGY", "ETH"))
    assert {("offer", s, pair) for s in ("DZA", "SAU", "TUR", "KEN")} <= got
    statuses = {f["mediator_state"]: f["status"] for f in of(run(text), "mediation_offers")}
    assert statuses["SAU"] == "reiterated" and statuses["KEN"] == "made"


def test_conducted_mediation_in_diplomatic_register():
    text = ("With Qatar's facilitation, Rwanda and the Democratic Republic of the Congo reached a framework on Monday. "
            "Armenia and Azerbaijan signed the text under the auspices of the United States. "
            "Kuwaiti envoys spent days shuttling between the Saudi and Qatari delegations.")
    got = mediations(run(text))
    assert ("conducted", "QAT", frozenset(("RWA", "COD"))) in got
    assert ("conducted", "USA", frozenset(("ARM", "AZE"))) in got
    assert ("conducted", "KWT", frozenset(("SAU", "QAT"))) in got


def test_ministry_attribution_is_no_mediation():
    text = ("India and China held border talks in Beijing on Monday. Turkish Foreign Minister Hakan Fidan spoke "
            "with his Indian counterpart by phone on Tuesday, the Turkish Foreign Ministry said.")
    assert mediations(run(text)) == set()


def test_mediation_between_a_state_and_rebels_is_not_coded():
    text = ("Sudan's army and the Rapid Support Forces fought on. South Sudan affirmed its readiness to continue "
            "its mediation between the Sudanese parties.")
    assert mediations(run(text)) == set()


# --- 7. ceasefires -----------------------------------------------------------------------------------

def test_ceasefire_phrasings():
    for text in ("Armenia and Azerbaijan agreed to a ceasefire along their border on Friday.",
                 "The Indian and Pakistani armies agreed to stop the exchanges of fire on Saturday.",
                 "Ecuador and Peru announced a halt to hostilities on Friday."):
        assert len(of(run(text), "ceasefires")) == 1, text


def test_ceasefire_not_agreed_or_not_between_states():
    for text in ("Thailand sought a ceasefire with Cambodia on Friday.",
                 "The UN called for a ceasefire between Israel and Iran.",
                 "Turkey proposed a ceasefire between Armenia and Azerbaijan.",
                 "Colombia and Venezuela met on Monday. The Colombian government agreed a ceasefire with the "
                 "guerrillas on Tuesday.",
                 "Colombia and Venezuela met on Monday. The Colombian government and the ELN began a truce."):
        assert of(run(text), "ceasefires") == [], text


def test_ceasefire_brokers_in_a_list_and_the_day_it_took_effect():
    text = ("Ecuador and Peru fought in the Cenepa valley. The ceasefire, brokered by Argentina, Brazil, Chile and "
            "the United States as guarantors of the 1942 protocol, took effect on February 17, 1995.")
    got = run(text)
    (cf,) = of(got, "ceasefires")
    assert cf["date_start"] == "1995-02-17" and cf["kind"] == "mediated"
    assert {m for _, m, _ in mediations(got)} == {"ARG", "BRA", "CHL", "USA"}


# --- 8. casualty figures ---------------------------------------------------------------------------------

def test_casualty_sides_from_claimant_and_place():
    text = ("Kyrgyzstan and Tajikistan clashed on the border. The Kyrgyz health ministry said 24 people had been "
            "killed. Up to seven border guardsmen died in Tajikistan's Sughd region, officials said.")
    figs = {f["count"]: f for f in of(run(text), "casualty_figures")}
    assert figs[24]["side_state"] == "KGZ"
    assert figs[7]["side_state"] == "TJK" and figs[7]["count_qualifier"] == "up_to"
    assert figs[7]["population"] == "military"


def test_two_speakers_in_one_sentence():
    text = "Peru's army put its own losses at 46 soldiers killed, while Ecuador said 34 of its troops had died."
    figs = {f["count"]: f for f in of(run(text), "casualty_figures")}
    assert figs[46]["side_state"] == "PER" and figs[34]["side_state"] == "ECU"


def test_partitive_and_of_them():
    text = ("Of the 3,000 Ethiopian soldiers sent to the front, more than 200 were wounded. "
            "Some 20,000 Iraqi conscripts were sent to the marshes; more than 15,000 of them lost their lives.")
    figs = {f["count"]: f for f in of(run(text), "casualty_figures")}
    assert figs[200]["side_state"] == "ETH" and figs[200]["population"] == "military"
    assert figs[15000]["outcome"] == "killed" and figs[15000]["count_qualifier"] == "at_least"
    assert 3000 not in figs and 20000 not in figs


def test_hedged_and_generic_claimants():
    text = "Iranian strikes reportedly killed two children. An Iranian provincial official said nine people died."
    figs = {f["count"]: f for f in of(run(text), "casualty_figures")}
    assert figs[2]["certainty"] == "hedged"
    assert figs[9]["certainty"] == "attributed" and figs[9]["claimant"] == "IRN"


def test_contact_named_up_front():
    got = run("In a phone call on Sunday, Qatar's emir Sheikh Tamim bin Hamad Al Thani and U.S. President "
              "Donald Trump discussed the Gaza talks.")
    (f,) = of(got, "meetings")
    assert {f["state_1"], f["state_2"]} == {"QAT", "USA"} and f["format"] == "call"
    assert f["date_start"] == "2025-06-15"


def test_agreed_on_a_day_to_stop_firing():
    (cf,) = of(run("India and Pakistan agreed on Saturday to stop all firing and military action."), "ceasefires")
    assert cf["date_start"] == "2025-06-14"


def test_a_state_and_a_movement_are_no_pair():
    got = run("Israel and Hamas agreed to a ceasefire mediated by Egypt and Qatar on Sunday.")
    assert of(got, "ceasefires") == [] and mediations(got) == set()
