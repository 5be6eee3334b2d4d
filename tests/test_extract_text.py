"""Sentences, dates and numbers: the parsers under the extraction rules."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diprel.extract import dates, numbers, sentences

PUB = dt.date(2025, 6, 18)  # a Wednesday


# --- sentences ----------------------------------------------------------------

def test_sentences_keep_offsets_and_skip_abbreviations():
    text = ("WASHINGTON – Gen. Munir met Mr. Trump. It was a lunch with the U.S. President.\n\n"
            "Relations with the U.S. In a statement, he said so! Was it? Yes.")
    got = sentences.split(text)
    assert [s.text for s in got] == [
        "WASHINGTON – Gen. Munir met Mr. Trump.", "It was a lunch with the U.S. President.",
        "Relations with the U.S.", "In a statement, he said so!", "Was it?", "Yes."]
    assert all(text[s.start:s.end] == s.text for s in got)
    assert [s.paragraph for s in got] == [0, 0, 1, 1, 1, 1]


@given(st.text(alphabet=st.sampled_from("ab .!?\nUS”“AB1"), max_size=80))
@settings(max_examples=200, deadline=None)
def test_sentence_offsets_always_slice_the_text(text):
    for s in sentences.split(text):
        assert text[s.start:s.end] == s.text and s.text == s.text.strip() and s.text


def test_dateline():
    assert sentences.dateline("WASHINGTON – Field Marshal") == ("WASHINGTON", 0, 10)
    assert sentences.dateline("ISLAMABAD, May 10 (Meridian) - India and") == ("ISLAMABAD", 0, 9)
    assert sentences.dateline("The talks were held") is None


# --- dates --------------------------------------------------------------------

def one(text, published=PUB):
    refs = dates.find(text, published)
    assert len(refs) == 1, refs
    return refs[0].fields()


@pytest.mark.parametrize("text, start, end, precision, basis", [
    ("on May 10", "2025-05-10", "2025-05-10", "day", "year_inferred"),
    ("on December 20", "2024-12-20", "2024-12-20", "day", "year_inferred"),  # would be after publication
    ("10 May 2025", "2025-05-10", "2025-05-10", "day", "stated"),
    ("May 10, 2024", "2024-05-10", "2024-05-10", "day", "stated"),
    ("from 7-8 May 2025", "2025-05-07", "2025-05-08", "day", "stated"),
    ("on Wednesday", "2025-06-18", "2025-06-18", "day", "relative"),
    ("Saturday afternoon", "2025-06-14", "2025-06-14", "day", "relative"),
    ("last month", "2025-05-01", "2025-05-31", "month", "relative"),
    ("earlier this month", "2025-06-01", "2025-06-18", "month", "relative"),
    ("last week", "2025-06-09", "2025-06-15", "week", "relative"),
    ("yesterday", "2025-06-17", "2025-06-17", "day", "relative"),
    ("today", "2025-06-18", "2025-06-18", "day", "relative"),
    ("in May", "2025-05-01", "2025-05-31", "month", "year_inferred"),
    ("in March 2024", "2024-03-01", "2024-03-31", "month", "stated"),
    ("a 2020 ceasefire", "2020-01-01", "2020-12-31", "year", "stated"),
])
def test_dates_resolve_against_publication(text, start, end, precision, basis):
    assert one(text) == {"date_start": start, "date_end": end, "date_precision": precision, "date_basis": basis}


def test_without_publication_only_stated_dates_resolve():
    assert one("on Wednesday", None)["date_start"] is None
    assert one("on May 10", None)["date_start"] is None
    assert one("10 May 2025", None)["date_start"] == "2025-05-10"


def test_future_and_non_dates():
    assert dates.find("next Monday", PUB)[0].date_start is None
    assert dates.find("later this week", PUB)[0].date_start is None
    assert dates.find("May God bless", PUB) == []
    assert dates.publication_week(PUB).fields() == {
        "date_start": "2025-06-12", "date_end": "2025-06-18", "date_precision": "week", "date_basis": "publication"}


# --- numbers ------------------------------------------------------------------

@pytest.mark.parametrize("text, value, qualifier", [
    ("at least 36 civilians", 36, "at_least"), ("more than 1,200 people", 1200, "at_least"),
    ("forty people", 40, "exact"), ("twenty-three soldiers", 23, "exact"),
    ("nearly 40 people", 40, "about"), ("about 3,000 people", 3000, "about"),
    ("up to 12 people", 12, "up_to"), ("as many as 9 people", 9, "up_to"),
    ("one hundred and twenty troops", 120, "exact"), ("50 or more people", 50, "at_least"),
])
def test_numbers(text, value, qualifier):
    (n,) = numbers.find(text)
    assert (n.value, n.qualifier) == (value, qualifier)


def test_vague_amounts_are_not_numbers():
    assert numbers.find("dozens of people, scores of soldiers, hundreds of homes") == []
    assert numbers.find("a five-day conflict and a 12-year-old boy") == []
