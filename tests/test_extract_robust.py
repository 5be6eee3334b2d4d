"""The extractor never crashes, whatever the text, and every quote is its slice.

The vocabulary mixes the words its rules key on (numbers, outcomes, states,
titles, negations, punctuation) so that random sentences reach deep into the
rules; a crash on one unusual sentence would stop a whole corpus run.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from diprel.extract import extract_text

WORDS = [
    "No", "no", "one", "One", "three", "40", "113", "at least", "more than", "about", "up to", "dozens",
    "killed", "injured", "wounded", "casualties", "dead", "civilians", "soldiers", "people", "women", "children",
    "among them", "including", "—", "–", "-", ",", ".", ";", ":", "“", "”", "(", ")", "'s",
    "Pakistan", "Pakistani", "India", "Indian", "Thailand", "Thai", "Cambodia", "Washington", "New Delhi", "US", "U.S.",
    "President", "Prime Minister", "Foreign Minister", "army chief", "Donald Trump", "Hun Manet", "ISPR",
    "met", "will meet", "held talks with", "called", "visited", "hosted", "did not meet",
    "ceasefire", "truce", "brokered", "mediated", "offered to mediate", "possible ceasefire", "agreed",
    "on Wednesday", "May 10", "last month", "earlier this month", "Saturday afternoon", "10 May 2025",
    "according to", "said", "reportedly", "allegedly", "claimed", "side", "on the", "Pakistani side",
    "displaced", "prisoners", "jets", "could have died", "militants", "terrorists", "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=60),
       st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))))
def test_random_sentences_never_crash_and_quotes_are_slices(words, published):
    text = " ".join(words)
    for cand in extract_text(text, published):
        for ev in cand["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["quote"]


def test_sentences_that_crashed_once():
    text = ("No one was hurt, but the incident prompted an angry exchange of diplomatic notes. "
            "no one was injured, but Tokyo lodged a protest and Beijing lodged one back.")
    assert extract_text(text, dt.date(2025, 9, 1)) == []
