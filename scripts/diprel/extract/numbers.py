"""Counts written in digits or words, with the qualifier the text puts on them.

Only definite amounts are counts: "dozens", "scores", "hundreds of" are not
(CODING.md: vague amounts are not figures), and neither is "a dozen".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .vocab import QUALIFIER

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# Qualifier phrases before a number -> count_qualifier value (schema enum).
QUALIFIERS = (
    (r"at least|more than|over|upwards of|in excess of|no fewer than|no less than|not fewer than|not less than|"
     r"a minimum of", QUALIFIER.at_least),
    (r"about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|approx\.",
     QUALIFIER.about),
    (r"up to|as many as|at most|no more than|fewer than|less than|a maximum of", QUALIFIER.up_to),
)
_QUAL_RE = re.compile(r"(?i)(?:^|(?<=[\s“\"]))(" + "|".join(q for q, _ in QUALIFIERS) + r")\s+$")
_QUAL_MAP = tuple((re.compile(f"(?i)(?:{q})"), v) for q, v in QUALIFIERS)

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
NUMBER_WORDS = _WORD  # the alternation of number words, for rules that look back at a count
_WORD_NUM = rf"(?:(?:a|one|{_WORD})\s+hundred(?:\s+and)?\s+)?(?:{_WORD})(?:[- ](?:{_WORD}))?|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred"
# A clock time ("as of 18:00") is no count. The lookahead is the first letter of a digit or a number word: a cheap
# test that spares most positions the alternation of words, which made this scan the slowest part of a casualty
# sentence.
NUMBER_RE = re.compile(
    rf"(?=(?i:[\daotfsenz]))(?<![\w.,-])(?<!\d:)(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?!:\d)(?:\.(?P<frac>\d+))?"
    rf"(?:\s+(?P<scale>million|thousand))?"
    rf"|(?P<words>(?i:{_WORD_NUM}))(?!\w))(?![\w-]*\d)(?!-(?:year|day|hour|week|month|km|member|point|nation|storey)\b)"
)


_AGE_BEFORE = re.compile(r"(?i)\b(?:aged|age)\s+$")
_AGE_AFTER = re.compile(r"\s+years?\s+old\b|\s+years?\s+of\s+age\b")
# A document's or an item's number: "BULLETIN No. 5 on persons injured", "Resolution No 12", "Communiqué Nº 3"
_SERIAL_BEFORE = re.compile(r"(?:\bN[oO]\.?|\bNr\.?|\bNos?\.|Nº|№|#)\s*$")
# A count in words repeated in digits, as official releases write it: "two (2)".
_ECHO = re.compile(r"\s*\(\s*\d+\s*\)")
_OR_MORE = re.compile(r"\s+or more\b|\+|-plus\b")


@dataclass(frozen=True)
class Number:
    value: int
    qualifier: str
    start: int   # offset of the number itself
    end: int
    qual_start: int  # offset of the qualifier, or == start


def words_to_int(words: str) -> int | None:
    total, current = 0, 0
    for w in re.split(r"[\s-]+", words.lower()):
        if w == "and":
            continue
        if w == "a":
            current = 1
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current


def _value(m: re.Match) -> int | None:
    if m.group("digits"):
        value = int(m.group("digits").replace(",", ""))
        if m.group("scale"):
            frac = m.group("frac") or ""
            value = int((value + float("0." + frac) if frac else value) * SCALES[m.group("scale")])
        elif m.group("frac"):
            return None  # a decimal is not a head count
        return value
    return words_to_int(m.group("words"))


def qualifier_before(text: str, pos: int, floor: int = 0) -> tuple[str, int]:
    """The count qualifier ending just before pos ("at least 36"), and where it starts."""
    window_start = max(floor, pos - 30)
    if window_start >= pos or not text[pos - 1].isspace():
        return QUALIFIER.exact, pos  # every qualifier ends in whitespace (_QUAL_RE's \s+$): "(2)", "“12"
    m = _QUAL_RE.search(text[window_start:pos])
    if not m:
        return QUALIFIER.exact, pos
    phrase = m.group(1)
    for rx, value in _QUAL_MAP:
        if rx.fullmatch(phrase):
            return value, window_start + m.start(1)
    return QUALIFIER.exact, pos


def find(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Counts in text[start:end], offsets into text."""
    end = len(text) if end is None else end
    out: list[Number] = []
    for m in NUMBER_RE.finditer(text, start, end):
        value = _value(m)
        if value is None:
            continue
        if out and out[-1].value == value and _ECHO.fullmatch(text, out[-1].end, m.end() + 1):
            out[-1] = Number(value, out[-1].qualifier, out[-1].start, m.end() + 1, out[-1].qual_start)
            continue  # "two (2) soldiers": the digits repeat the word, one count
        if _AGE_BEFORE.search(text, max(start, m.start() - 8), m.start()) or _AGE_AFTER.match(text, m.end()):
            continue  # "a woman aged 64", "Rafiqul Islam, 19 years old": an age, not a count
        if _SERIAL_BEFORE.search(text, max(start, m.start() - 5), m.start()):
            continue  # "BULLETIN No. 5 on persons injured": a number, not a count
        qual, qstart = qualifier_before(text, m.start(), start)
        tail = text[m.end():m.end() + 9]
        if _OR_MORE.match(tail):
            qual = QUALIFIER.at_least
        out.append(Number(value, qual, m.start(), m.end(), qstart))
    return out
