"""Quote location: exact substrings only, with helpful refusals."""
from __future__ import annotations

import pytest

from diprel import quotes

TEXT = ("He wrote, \u201cToday\u2019s meeting is a step forward.\u201d The talks \u2014 long delayed \u2014 began. "
        "The talks began again on Friday.")


def test_exact_quote_is_located():
    q = "\u201cToday\u2019s meeting is a step forward.\u201d"
    start, end = quotes.locate(TEXT, q)
    assert TEXT[start:end] == q


@pytest.mark.parametrize("typed", ['"Today\'s meeting is a step forward."', "Today's meeting"])
def test_straight_quotes_typed_for_curly_ones_get_a_hint(typed):
    with pytest.raises(quotes.QuoteError) as exc:
        quotes.locate(TEXT, typed)
    assert exc.value.rule == "quote-not-found"
    assert "typographic" in exc.value.hint and "\u2019" in exc.value.hint


def test_hyphen_typed_for_a_dash_gets_a_hint():
    with pytest.raises(quotes.QuoteError) as exc:
        quotes.locate(TEXT, "The talks - long delayed - began")
    assert "\u2014" in exc.value.hint


def test_repeated_phrase_is_ambiguous_until_an_occurrence_is_named():
    with pytest.raises(quotes.QuoteError) as exc:
        quotes.locate(TEXT, "The talks")
    assert exc.value.rule == "quote-ambiguous"
    first = quotes.locate(TEXT, "The talks", occurrence=1)
    second = quotes.locate(TEXT, "The talks", occurrence=2)
    assert first[0] < second[0] and TEXT[second[0]:second[1]] == "The talks"
    with pytest.raises(quotes.QuoteError) as exc:
        quotes.locate(TEXT, "The talks", occurrence=3)
    assert exc.value.rule == "occurrence-out-of-range"


def test_recorded_start_must_match():
    start, _ = quotes.locate(TEXT, "The talks", occurrence=2)
    assert quotes.locate(TEXT, "The talks", start=start)[0] == start
    with pytest.raises(quotes.QuoteError) as exc:
        quotes.locate(TEXT, "The talks", start=start + 1)
    assert exc.value.rule == "offset-mismatch"


def test_absent_quote_shows_the_closest_passage():
    with pytest.raises(quotes.QuoteError) as exc:
        quotes.locate(TEXT, "The talks began again on Fridy")
    assert exc.value.rule == "quote-not-found"
    assert "began again on Friday" in exc.value.hint


@pytest.mark.parametrize("quote,rule", [("", "quote-empty"), (" The talks", "quote-whitespace"), ("x" * 301, "quote-too-long")])
def test_malformed_quotes_are_refused(quote, rule):
    with pytest.raises(quotes.QuoteError) as exc:
        quotes.locate(TEXT + "x" * 400, quote)
    assert exc.value.rule == rule
