"""Locate evidence quotes in a source text.

A quote must be an exact substring of the normalised text. When it is not,
the error shows the closest passage so that a contributor sees the typo — in
practice nearly always a straight quote or hyphen typed where the source has
a curly quote or a dash.
"""
from __future__ import annotations

import re

MAX_QUOTE_CHARS = 300

# Typographic look-alikes, mapped to one plain form for the "did you mean" hint.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})


class QuoteError(ValueError):
    """A quote that cannot be placed; `rule` is the problem's rule id."""

    def __init__(self, rule: str, message: str, hint: str = ""):
        super().__init__(message)
        self.rule, self.message, self.hint = rule, message, hint


def occurrences(text: str, quote: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of quote."""
    out, i = [], text.find(quote)
    while i != -1:
        out.append(i)
        i = text.find(quote, i + 1)
    return out


def locate(text: str, quote: str, *, occurrence: int | None = None, start: int | None = None) -> tuple[int, int]:
    """(start, end) of quote in text, so that text[start:end] == quote.

    `occurrence` (1-based) picks one of several occurrences; `start`, when the
    annotation records it, must match an occurrence exactly.
    """
    if not isinstance(quote, str) or not quote.strip():
        raise QuoteError("quote-empty", "quote is empty")
    if quote != quote.strip():
        raise QuoteError("quote-whitespace", "quote starts or ends with whitespace; trim it")
    if len(quote) > MAX_QUOTE_CHARS:
        raise QuoteError("quote-too-long", f"quote is {len(quote)} characters; evidence is the shortest supporting span, at most {MAX_QUOTE_CHARS}")
    found = occurrences(text, quote)
    if not found:
        raise QuoteError("quote-not-found", "quote is not in the source text", closest_hint(text, quote))
    if start is not None:
        if start not in found:
            near = min(found, key=lambda s: abs(s - start))
            raise QuoteError("offset-mismatch", f"start {start} does not match the quote; it occurs at {near}",
                             "remove start to let the build compute it")
        return start, start + len(quote)
    if occurrence is not None:
        if not 1 <= occurrence <= len(found):
            raise QuoteError("occurrence-out-of-range", f"occurrence {occurrence} asked for, but the quote occurs {len(found)} time(s)")
        s = found[occurrence - 1]
        return s, s + len(quote)
    if len(found) > 1:
        raise QuoteError("quote-ambiguous", f"quote occurs {len(found)} times (at {', '.join(map(str, found[:5]))})",
                         "lengthen the quote, or add `occurrence: N` to pick one")
    return found[0], found[0] + len(quote)


def typographic_match(text: str, quote: str) -> str | None:
    """The passage that equals quote once quotes, dashes and spacing are made plain.

    _FOLD maps one character to one character, so offsets in the folded text
    are offsets in the original.
    """
    words = quote.translate(_FOLD).split()
    if not words:
        return None
    m = re.search(r"\s+".join(map(re.escape, words)), text.translate(_FOLD))
    return text[m.start():m.end()] if m else None


def _shown(passage: str) -> str:
    return repr(passage if len(passage) <= 120 else passage[:117] + "…")


def closest_hint(text: str, quote: str) -> str:
    """A one-line hint: the passage of text closest to quote, and how it differs."""
    passage = typographic_match(text, quote)
    if passage is not None:
        return f"the text has typographic quotes, dashes or spaces here: copy exactly {_shown(passage)}"
    passage = closest_passage(text, quote)
    if not passage:
        return "no similar passage in the text"
    return f"closest passage: {_shown(passage.strip())}"


def closest_passage(text: str, quote: str) -> str | None:
    """The substring of text most similar to quote (None when nothing is similar)."""
    from rapidfuzz import fuzz

    if not text or not quote:
        return None
    m = fuzz.partial_ratio_alignment(quote, text, score_cutoff=50)
    if m is None:
        return None
    return text[m.dest_start:m.dest_end]
