"""The state lexicon: coverage, the gazetteer, and the forms news uses for states."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from diprel.extract import lexicon

ROOT = Path(__file__).resolve().parents[1]
NON_MEMBERS = {"PSE", "VAT", "XKX", "TWN"}


def test_lexicon_covers_the_un_members_and_the_four_others():
    states = lexicon.states()
    assert NON_MEMBERS <= set(states)
    assert len(set(states) - NON_MEMBERS) == 193


def test_every_lexicon_state_is_in_the_gazetteer():
    with open(ROOT / "data" / "reference" / "states.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["iso3", "name", "cow_code", "wikidata", "note"]
    gazetteer = {r["iso3"]: r for r in rows}
    assert set(lexicon.states()) <= set(gazetteer)
    # Only verified ids are filled in; everything else stays empty rather than guessed.
    filled = {iso: (r["cow_code"], r["wikidata"]) for iso, r in gazetteer.items() if r["cow_code"] or r["wikidata"]}
    assert filled == {"IND": ("750", "Q668"), "PAK": ("770", "Q843"), "USA": ("2", "Q30")}


@pytest.mark.parametrize("form, kind, iso3", [
    ("Pakistan", "name", "PAK"), ("Islamic Republic of Pakistan", "name", "PAK"),
    ("U.S.", "name", "USA"), ("US", "name", "USA"), ("UK", "name", "GBR"), ("UAE", "name", "ARE"),
    ("Türkiye", "name", "TUR"), ("Turkey", "name", "TUR"), ("Kingdom of Cambodia", "name", "KHM"),
    ("Pakistani", "demonym", "PAK"), ("Thai", "demonym", "THA"), ("Pakistanis", "people", "PAK"),
    ("Washington", "capital", "USA"), ("New Delhi", "capital", "IND"), ("Phnom Penh", "capital", "KHM"),
    ("Kosovo", "name", "XKX"), ("Taiwan", "name", "TWN"), ("Holy See", "name", "VAT"),
    ("ISPR", "body", "PAK"), ("People’s Republic of China", "name", "CHN"),
])
def test_surface_forms(form, kind, iso3):
    term = lexicon.terms()[form]
    assert (term.kind, term.state) == (kind, iso3)


def test_term_regex_takes_whole_and_longest_forms():
    text = "the U.S.-brokered deal, Papua New Guinea, the Indian Ocean, USAID, Pakistanis"
    found = [m.group() for m in lexicon.term_re().finditer(text)]
    assert found == ["U.S.", "Papua New Guinea", "Indian Ocean", "Pakistanis"]
    assert lexicon.terms()["Indian Ocean"].kind == "blocker"


def test_ambiguous_forms_resolve_only_against_the_text():
    assert lexicon.resolve_ambiguous("Congo", {"COD", "RWA"}).state == "COD"
    assert lexicon.resolve_ambiguous("Congo", {"COG"}).state == "COG"
    # a state the text names that borders only one of the two (round 31): Rwanda the DRC, Gabon the Republic
    assert lexicon.resolve_ambiguous("Congo", {"RWA"}).state == "COD"
    assert lexicon.resolve_ambiguous("Congolese", {"GAB"}).state == "COG"
    # Angola and the Central African Republic border both; a text naming only them leaves the form unresolved
    assert lexicon.resolve_ambiguous("Congo", {"AGO", "CAF"}) is None
    assert lexicon.resolve_ambiguous("Congo", {"RWA", "GAB"}) is None
    assert lexicon.resolve_ambiguous("Korean", {"KOR", "PRK"}) is None


def test_title_levels():
    assert lexicon.title_level("Prime Minister") == "leaders"
    assert lexicon.title_level("Deputy Prime Minister") == "ministerial"
    assert lexicon.title_level("army chief Field Marshal") == "military"
    assert lexicon.title_level("Foreign Minister") == "ministerial"
    assert lexicon.title_level("ambassador") == "officials"


def test_own_neighbours_tell_namesakes_apart():
    # states.csv's own_neighbours: known states, and none a neighbour both namesakes claim (it would tell nothing)
    known = lexicon.states()
    listed = {s.iso3: s.own_neighbours for s in known.values() if s.own_neighbours}
    assert set(listed) == {"COD", "COG", "DOM"}
    assert all(n in known for ns in listed.values() for n in ns)
    assert not listed["COD"] & listed["COG"]
