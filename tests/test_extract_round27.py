"""Round 27. Part one, written before dev68 and dev69 arrived, on misses of the studied corpora: a condolence's "the five
victims who lost their lives" (victims are people); a police statement's "One liSwati male aged 34, a resident of
Lomahasha, was certified dead at the scene" and "Two other victims, namely a 17-year-old boy and a woman aged 41,
sustained gunshot wounds" (siSwati's prefixed demonyms, "male" as a noun, an age after the noun, "certified dead", an
aside opened by "namely"); "the seven personnel of both countries who lost their lives" (a toll of two states is of no
one side); and a dateline's state for a form the text leaves ambiguous ("SANTO DOMINGO — ... a Dominican fishing
vessel"). Part two, read on the misses and false alarms of dev68 and dev69 after their first scores: "three fishermen
shot dead by the Seychelles Coast Guard" (a coast guard fires for its state), an opposition leader's meeting, "commends
the Republic of Burundi for hosting the talks", "the offer made on 3 August 2026 by ...", "a cessation of all
hostilities between their naval forces", "talks in Djibouti city between", "the talks held by the foreign ministers of
the two countries", "Nepali security guards ..., killing six of them", "Turkey's deputy intelligence chief", "chairing a
session", "ready to host the next round of talks", "called on the Rt. Hon. Prime Minister", "two SANDF members were
killed", a capital's name as a given name ("Interior Minister Victoria Cojocaru"), "A first hold-fire, agreed by local
commanders", and an order "to hold fire unilaterally"."""
from __future__ import annotations

import datetime as dt

from extract_support import dated_pairs, rule_figures, rule_mediations, rule_truces, run

_PUB = dt.date(2026, 7, 29)


# --- Casualty figures: victims, a police statement's nouns, a toll of two states ------------------------------------

def test_the_victims_who_lost_their_lives_are_counted():
    text = ("Kuwait City, 29 July 2026. The State of Kuwait extends its sincere condolences to the families of the five "
            "victims who lost their lives in the painful events of 21 July 2026.\n")
    assert rule_figures(run(text, _PUB)) == [("", "unspecified", "killed", 5)]


def test_victims_of_an_earlier_disaster_received_are_no_toll():
    text = "Kuwait City, 29 July 2026. The minister received the families of the five victims of the 2019 floods.\n"
    assert rule_figures(run(text, _PUB)) == []


_LOMAHASHA = ("Mbabane, 27 April 2026. A group of emaSwati returning from Namaacha were shot at by men in uniform. One "
              "liSwati male aged 34, a resident of Lomahasha, was certified dead at the scene. Two other victims, namely "
              "a 17-year-old boy and a woman aged 41, sustained gunshot wounds.\n")


def test_a_police_statements_liswati_male_aged_34_and_victims_namely_are_counted():
    assert rule_figures(run(_LOMAHASHA, _PUB)) == [("SWZ", "unspecified", "injured", 2),
                                                   ("SWZ", "unspecified", "killed", 1)]


def test_a_male_nurse_and_two_men_aged_30_arrested_are_no_toll():
    text = ("Mbabane, 27 April 2026. A male nurse at the clinic said the patrol had left. Two men aged 30 were "
            "arrested at the border.\n")
    assert rule_figures(run(text, _PUB)) == []


def test_male_before_a_noun_stays_a_modifier():
    text = "Dhaka, 3 May 2026. Two male students were injured when Myanmar border guards fired across the river.\n"
    assert [f[1:] for f in rule_figures(run(text, _PUB))] == [("civilian", "injured", 2)]


def test_personnel_of_both_countries_are_of_no_one_side():
    text = ("Jakarta, 16 November 2026. The Secretary-General expresses his deepest condolences to the families of the "
            "seven personnel of both countries who lost their lives in the incidents of 9 and 10 November 2026.\n")
    assert rule_figures(run(text, _PUB)) == [("", "military", "killed", 7)]


def test_soldiers_of_one_named_country_keep_its_side():
    text = ("Jakarta, 16 November 2026. The Minister expresses his deepest condolences to the families of the seven "
            "soldiers of Indonesia who lost their lives in the incidents of 9 and 10 November 2026.\n")
    assert rule_figures(run(text, _PUB)) == [("IDN", "military", "killed", 7)]


# --- Actors: a dateline's state for an ambiguous demonym --------------------------------------------------------------

_CAY_SAL = ("SANTO DOMINGO — The Dominican fishing vessel Doña Chela was fired on by a Bahamian patrol on March 14, the "
            "Dominican Navy said.\n\nForeign Minister Rafael Echavarría flew to Nassau on March 30 and met his "
            "Bahamian counterpart, Frederick Munnings, at the Ministry of Foreign Affairs.\n\nThe United States, whose "
            "coast guard cutters patrol the same waters, has kept out of it; the United States Coast Guard said it was "
            "a matter for the two governments, and the United States would not comment.\n")


def test_a_santo_domingo_datelines_dominican_is_the_dominican_republic():
    assert dated_pairs(run(_CAY_SAL, dt.date(2026, 4, 22)), "meetings") == [("2026-03-30", "BHS", "DOM")]


def test_a_roseau_datelines_dominican_stays_dominica():
    text = _CAY_SAL.replace("SANTO DOMINGO", "ROSEAU")
    assert dated_pairs(run(text, dt.date(2026, 4, 22)), "meetings") == [("2026-03-30", "BHS", "DMA")]


def test_a_third_states_dateline_lends_dominican_no_state():
    text = _CAY_SAL.replace("SANTO DOMINGO", "MIAMI")
    assert not {"DOM", "DMA"} & {s for p in dated_pairs(run(text, dt.date(2026, 4, 22)), "meetings") for s in p}


# === Part two ========================================================================================================

_P2 = dt.date(2026, 10, 5)

# --- Casualty figures -------------------------------------------------------------------------------------------------

_LAMU = "Lamu, 5 October 2026. Kenya has protested to Seychelles over the shooting. "


def test_fishermen_shot_dead_by_a_coast_guard_are_of_the_other_side():
    text = _LAMU + ("Hundreds of mourners lined the streets of Lamu on Saturday as three fishermen shot dead by the "
                    "Seychelles Coast Guard were laid to rest.\n")
    assert [f[0] for f in rule_figures(run(text, _P2))] == ["KEN"]


def test_an_officer_of_a_coast_guard_is_its_states():
    text = _LAMU + ("The Seychelles government said one officer of the Seychelles Coast Guard had been injured by a "
                    "crew member armed with a knife.\n")
    assert rule_figures(run(text, _P2)) == [("SYC", "military", "injured", 1)]


def test_six_of_them_are_the_nepali_security_guards_named_before():
    text = ("Kathmandu, 9 July 2026. A roadside bomb tore through a minibus taking Nepali security guards to work in "
            "Kabul's diplomatic quarter on Wednesday morning, killing six of them and wounding four, a spokesman for "
            "the Kabul police said.\n")
    assert sorted((f[0], f[3]) for f in rule_figures(run(text, _P2))) == [("NPL", 4), ("NPL", 6)]


def test_members_of_a_force_named_before_them_are_its_soldiers():
    text = ("Cape Town, 21 October 2026. General Dlamini told the Committee that two SANDF members were killed and "
            "several wounded when their patrol was ambushed near Kitshanga on 29 September.\n")
    assert rule_figures(run(text, _P2)) == [("ZAF", "military", "killed", 2)]


def test_members_of_a_party_count_nobody():
    text = "Cape Town, 21 October 2026. Two ANC members were killed in a road accident near Kitshanga on 29 September.\n"
    assert rule_figures(run(text, _P2)) == []


# --- Mediation --------------------------------------------------------------------------------------------------------

_ARUSHA = ("Arusha, 12 November 2026. The Secretary General welcomes the cessation of hostilities agreed by Kenya and "
           "the Democratic Republic of the Congo. The Secretary General commends the Republic of Burundi for hosting ")


def test_a_state_commended_for_hosting_the_talks_conducted_them():
    text = _ARUSHA + "the talks in Bujumbura on 9 and 10 November 2026.\n"
    assert rule_mediations(run(text, _P2)) == [("conducted", "BDI", "COD", "KEN")]


def test_a_state_commended_for_hosting_refugees_mediated_nothing():
    assert rule_mediations(run(_ARUSHA + "the refugees in camps near Bujumbura.\n", _P2)) == []


def test_an_offer_made_on_a_full_date_by_a_states_commander_is_that_states():
    text = ("Kampala, 6 August 2026. Ugandan and Somali troops clashed near the border on 1 August. UPDF appreciates "
            "the offer made on 3 August 2026 by the Chief of Defence Forces of the Republic of Kenya to help the two "
            "forces resolve the matter.\n")
    assert rule_mediations(run(text, _P2)) == [("offer", "KEN", "SOM", "UGA")]


_AMMAN = ("Amman, 3 September 2026. On Tuesday the two foreign ministers, Egypt's Hisham Abdel-Rahman and Syria's "
          "Bassam Khaddour, finally sat at the same table")


def test_a_minister_chairing_a_session_of_the_two_mediated():
    text = _AMMAN + (", at the Foreign Ministry in Amman, with Jordan's Foreign Minister Faris Al-Majali chairing a "
                     "session that lasted four hours.\n")
    assert rule_mediations(run(text, _P2)) == [("conducted", "JOR", "EGY", "SYR")]


def test_ready_to_host_the_next_round_is_an_offer_to_the_two_who_met():
    text = _AMMAN + (" in Amman. They agreed to reopen their embassies by the end of the year. The meeting had been "
                     "prepared in a telephone call between the two ministers in July. Jordan was not the only candidate "
                     "to bring them together. Oman offered in April to mediate between the two capitals, an offer Cairo "
                     "turned down. And on Wednesday, Iraq's foreign ministry said Baghdad was ready to host the next "
                     "round of talks.\n")
    assert ("offer", "IRQ", "EGY", "SYR") in rule_mediations(run(text, _P2))


# --- Ceasefires -------------------------------------------------------------------------------------------------------

def test_a_cessation_of_hostilities_between_their_naval_forces_is_the_two_states_truce():
    text = ("Kingston, 20 November 2026. The delegations of the Republic of Colombia and the Republic of Honduras have "
            "agreed to a cessation of all hostilities between their naval forces in the area of Serranilla Bank.\n")
    assert [t[:3] for t in rule_truces(run(text, _P2))] == [("bilateral", "COL", "HND")]


def test_a_cessation_of_hostilities_between_an_army_and_rebels_is_no_states_truce():
    text = ("Kingston, 20 November 2026. Colombia and Honduras welcomed a cessation of all hostilities between the army "
            "and the rebels in the south.\n")
    assert rule_truces(run(text, _P2)) == []


_BRIDGE = "Chisinau, 31 August 2026. Moldovan police and Russian troops exchanged fire at the bridge. "


def test_a_hold_fire_agreed_by_local_commanders_is_a_truce():
    text = _BRIDGE + ("A first hold-fire, agreed by local commanders on Aug. 20 after shots were exchanged across the "
                      "river, had broken down within a week.\n")
    assert rule_truces(run(text, _P2)) == [("bilateral", "MDA", "RUS", "2026-08-20")]


def test_an_order_to_hold_fire_unilaterally_is_a_unilateral_truce():
    text = _BRIDGE + "Interior Minister Victoria Cojocaru ordered police on Saturday to hold fire unilaterally.\n"
    assert [t[:3] for t in rule_truces(run(text, _P2))] == [("unilateral", "MDA", "RUS")]


def test_an_order_to_hold_positions_is_no_truce():
    text = _BRIDGE + "Interior Minister Victoria Cojocaru ordered police on Saturday to hold their positions.\n"
    assert rule_truces(run(text, _P2)) == []


# --- Meetings ---------------------------------------------------------------------------------------------------------

def test_an_opposition_leader_meets_for_no_state():
    text = ("Tarawa, 24 November 2026. Opposition leader Tiaon Ioane met Australia's Foreign Minister Helen Marsh "
            "briefly at Bonriki airport on Monday.\n")
    assert dated_pairs(run(text, _P2), "meetings") == []


def test_a_president_meets_for_his_state():
    text = ("Tarawa, 24 November 2026. Kiribati's President Taneti Kaiteie met Australia's Foreign Minister Helen Marsh "
            "briefly at Bonriki airport on Monday.\n")
    assert [p[1:] for p in dated_pairs(run(text, _P2), "meetings")] == [("AUS", "KIR")]


def test_talks_in_a_city_named_with_city_between_two_ministers_are_a_meeting():
    text = ("Asmara, 17 September 2026. A ceasefire took effect on Saturday, after two days of talks in Djibouti city "
            "between Eritrea's Defence Minister Tesfay Gebremedhin and Saudi Arabia's Deputy Defence Minister Faisal "
            "al-Harbi.\n")
    assert [p[1:] for p in dated_pairs(run(text, _P2), "meetings")] == [("ERI", "SAU")]


_CALL = "Tashkent, 8 July 2026. President Rakhimov spoke with President Ganzorig of Mongolia today. "


def test_talks_held_by_the_foreign_ministers_of_the_two_countries_are_a_meeting():
    text = _CALL + ("The sides welcomed the results of the talks held by the foreign ministers of the two countries by "
                    "videoconference on 2 July.\n")
    assert [p[0] for p in dated_pairs(run(text, _P2), "meetings")] == ["2026-07-02", "2026-10-05"]


def test_talks_held_by_video_link_name_no_one():
    text = _CALL + "The talks were held by video link.\n"
    assert [p[0] for p in dated_pairs(run(text, _P2), "meetings")] == ["2026-10-05"]


def test_a_deputy_intelligence_chief_meets_for_his_state():
    text = ("Ankara, 22 June 2026. Azerbaijan hosted a meeting in Baku on Sunday between Turkey's deputy intelligence "
            "chief and Israel's national security adviser to arrange the return of the bodies.\n")
    assert [p[1:] for p in dated_pairs(run(text, _P2), "meetings")] == [("ISR", "TUR")]


def test_a_call_on_the_rt_hon_prime_minister_is_a_meeting():
    text = ("Kathmandu, 25 November 2026. On 25 November 2026, the Bhutanese Foreign Minister called on the Rt. Hon. "
            "Prime Minister of Nepal at Singha Durbar.\n")
    assert dated_pairs(run(text, _P2), "meetings") == [("2026-11-25", "BTN", "NPL")]


def test_a_capitals_name_may_open_a_persons_name():
    text = ("Asunción, 3 May 2026. The President of the Republic, Santiago Benítez Ocampo, received yesterday at the "
            "Mburuvicha Róga residence the President of the Oriental Republic of Uruguay, Martín Larrañaga.\n")
    assert dated_pairs(run(text, dt.date(2026, 5, 3)), "meetings") == [("2026-05-02", "PRY", "URY")]
