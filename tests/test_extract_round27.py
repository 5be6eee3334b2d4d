"""Round 27. Part one, written before dev68 and dev69 arrived, on misses of the studied corpora: a condolence's "the
five victims who lost their lives" (victims are people); a police statement's "One liSwati male aged 34, a resident of
Lomahasha, was certified dead at the scene" and "Two other victims, namely a 17-year-old boy and a woman aged 41,
sustained gunshot wounds" (siSwati's prefixed demonyms, "male" as a noun, an age after the noun, "certified dead", an
aside opened by "namely"); "the seven personnel of both countries who lost their lives" (a toll of two states is of no
one side); and a dateline's state for a form the text leaves ambiguous ("SANTO DOMINGO — ... a Dominican fishing
vessel")."""
from __future__ import annotations

import datetime as dt

from extract_support import run

_PUB = dt.date(2026, 7, 29)


def _of(cands: list[dict], table: str) -> list[dict]:
    return [c["fields"] for c in cands if c["table"] == table and not c["method"].startswith("rules:trigger_")]


def _pairs(cands: list[dict], table: str) -> list[tuple]:
    return sorted((f["date_start"], *sorted((f["state_1"], f["state_2"]))) for f in _of(cands, table))


def _figures(cands: list[dict]) -> list[tuple]:
    return sorted((f["side_state"] or "", f["population"], f["outcome"], f["count"])
                  for f in _of(cands, "casualty_figures"))


# --- Casualty figures: victims, a police statement's nouns, a toll of two states ------------------------------------

def test_the_victims_who_lost_their_lives_are_counted():
    text = ("Kuwait City, 29 July 2026. The State of Kuwait extends its sincere condolences to the families of the five "
            "victims who lost their lives in the painful events of 21 July 2026.\n")
    assert _figures(run(text, _PUB)) == [("", "unspecified", "killed", 5)]


def test_victims_of_an_earlier_disaster_received_are_no_toll():
    text = "Kuwait City, 29 July 2026. The minister received the families of the five victims of the 2019 floods.\n"
    assert _figures(run(text, _PUB)) == []


_LOMAHASHA = ("Mbabane, 27 April 2026. A group of emaSwati returning from Namaacha were shot at by men in uniform. One "
              "liSwati male aged 34, a resident of Lomahasha, was certified dead at the scene. Two other victims, namely "
              "a 17-year-old boy and a woman aged 41, sustained gunshot wounds.\n")


def test_a_police_statements_liswati_male_aged_34_and_victims_namely_are_counted():
    assert _figures(run(_LOMAHASHA, _PUB)) == [("SWZ", "unspecified", "injured", 2), ("SWZ", "unspecified", "killed", 1)]


def test_a_male_nurse_and_two_men_aged_30_arrested_are_no_toll():
    text = ("Mbabane, 27 April 2026. A male nurse at the clinic said the patrol had left. Two men aged 30 were "
            "arrested at the border.\n")
    assert _figures(run(text, _PUB)) == []


def test_male_before_a_noun_stays_a_modifier():
    text = "Dhaka, 3 May 2026. Two male students were injured when Myanmar border guards fired across the river.\n"
    assert [f[1:] for f in _figures(run(text, _PUB))] == [("civilian", "injured", 2)]


def test_personnel_of_both_countries_are_of_no_one_side():
    text = ("Jakarta, 16 November 2026. The Secretary-General expresses his deepest condolences to the families of the "
            "seven personnel of both countries who lost their lives in the incidents of 9 and 10 November 2026.\n")
    assert _figures(run(text, _PUB)) == [("", "military", "killed", 7)]


def test_soldiers_of_one_named_country_keep_its_side():
    text = ("Jakarta, 16 November 2026. The Minister expresses his deepest condolences to the families of the seven "
            "soldiers of Indonesia who lost their lives in the incidents of 9 and 10 November 2026.\n")
    assert _figures(run(text, _PUB)) == [("IDN", "military", "killed", 7)]


# --- Actors: a dateline's state for an ambiguous demonym --------------------------------------------------------------

_CAY_SAL = ("SANTO DOMINGO — The Dominican fishing vessel Doña Chela was fired on by a Bahamian patrol on March 14, the "
            "Dominican Navy said.\n\nForeign Minister Rafael Echavarría flew to Nassau on March 30 and met his "
            "Bahamian counterpart, Frederick Munnings, at the Ministry of Foreign Affairs.\n\nThe United States, whose "
            "coast guard cutters patrol the same waters, has kept out of it; the United States Coast Guard said it was "
            "a matter for the two governments, and the United States would not comment.\n")


def test_a_santo_domingo_datelines_dominican_is_the_dominican_republic():
    assert _pairs(run(_CAY_SAL, dt.date(2026, 4, 22)), "meetings") == [("2026-03-30", "BHS", "DOM")]


def test_a_roseau_datelines_dominican_stays_dominica():
    text = _CAY_SAL.replace("SANTO DOMINGO", "ROSEAU")
    assert _pairs(run(text, dt.date(2026, 4, 22)), "meetings") == [("2026-03-30", "BHS", "DMA")]


def test_a_third_states_dateline_lends_dominican_no_state():
    text = _CAY_SAL.replace("SANTO DOMINGO", "MIAMI")
    assert not {"DOM", "DMA"} & {s for p in _pairs(run(text, dt.date(2026, 4, 22)), "meetings") for s in p}
