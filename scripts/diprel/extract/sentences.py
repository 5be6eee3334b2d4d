"""Sentence splitting with character offsets into the original text.

News text is split at line breaks (each non-empty line is a paragraph) and at sentence-final
punctuation followed by a capital, except after titles and other abbreviations
("Gen. Munir", "Jan. 5"). A dotted acronym ("U.S.") ends a sentence only when
the next word is one that starts sentences ("... with the U.S. In a statement").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt sgt cmdr adm brig sen rep gov pres st jr sr mt no nos vs hon
etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec approx est fig ft rs md mohd amb rt
""".split())  # "Md." and "Mohd." abbreviate Muhammad in South and Southeast Asian names ("Md. Abdul Kader");
# "H.E. Amb. Wanjiru Kamau" an ambassador, "the Rt. Hon. Prime Minister" a Right Honourable

# Lower-cased words that, capitalised after "U.S.", begin a new sentence.
SENTENCE_STARTERS = frozenset("""
the a an in on at he she it they we i but and however this that these those his her their its
according after before while meanwhile earlier later also as for with there what when where who
some many both officials prior since during despite speaking separately following
""".split())

_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"\s+[\"“‘'(\[]?([A-Za-z]+)")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


def _is_boundary(text: str, dot: int) -> bool:
    """Whether the punctuation at `dot` ends a sentence."""
    if text[dot] in "!?":
        return True
    m = _WORD_BEFORE.search(text, max(0, dot - 30), dot)
    if not m:
        return True
    word = m.group(1)
    if "." in word or len(word) == 1:  # acronym "U.S" or an initial "A"
        nxt = _NEXT_WORD.match(text, dot + 1)
        return bool(nxt) and nxt.group(1).lower() in SENTENCE_STARTERS
    return word.lower() not in ABBREVIATIONS


def split(text: str) -> list[Sentence]:
    """Sentences of text, stripped, with `text[s.start:s.end] == s.text`."""
    out: list[Sentence] = []
    for paragraph, line in enumerate(re.finditer(r"[^\n]+", text)):
        cuts = [line.start()]
        for m in _BOUNDARY.finditer(text, line.start(), line.end()):
            if _is_boundary(text, m.start()):
                cuts.append(m.end())
        cuts.append(line.end())
        for a, b in zip(cuts, cuts[1:]):
            chunk = text[a:b]
            stripped = chunk.strip()
            if stripped:
                s = a + chunk.index(stripped)
                out.append(Sentence(len(out), s, s + len(stripped), stripped, paragraph))
    return out


_LINE = re.compile(r"[^\n]+")
_DATELINE = re.compile(r"([A-Z][A-Z .,'’/-]{2,40}?)\s*(?:[,(][^–—:\n]{0,40})?\s*(?:[–—:]|-{1,2}\s)")


# An agency's dateline in mixed case names the agency or a date after the place: "Tehran, IRNA –",
# "Riyadh, June 21, 2026, SPA --", "Riyadh (SPA) -", "Dakar, 30 September 2025 -".
_AGENCY_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?)"
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?))?"
    r"(?:(?:,\s*|\s*\()(?P<agency>[A-Z]{2,6})\)?)?\s*(?:[–—]|-{1,2}\s)")


def _dateline_at(text: str, line: re.Match) -> tuple[str, int, int] | None:
    """The dateline place the line opens with, if any, and where it stands."""
    m = _DATELINE.match(text, line.start(), line.end())
    if m:
        place = m.group(1).strip(" ,")
        return place, m.start(1), m.start(1) + len(place)
    m = _AGENCY_DATELINE.match(text, line.start(), line.end())
    if m and (m.group("date") or m.group("agency")):
        return m.group("place"), m.start("place"), m.end("place")
    return None


def dateline_place(text: str, pos: int) -> str | None:
    """The place of the dateline the line at pos opens with, if it opens with one: a wire's later versions repeat
    theirs in one file ("UPDATE 1-..." then "RIYADH, Sept 14 (Gulf Wire Service) - ..."), a wrap-up opens each
    capital's reactions on its own ("TOKYO - Foreign Minister ...")."""
    line = _LINE.match(text, pos)
    found = line and _dateline_at(text, line)
    return found[0] if found else None


def opens_dateline(text: str, pos: int) -> bool:
    """Whether the line at pos opens with a dateline (`dateline_place`)."""
    return dateline_place(text, pos) is not None


def dateline(text: str) -> tuple[str, int, int] | None:
    """The dateline place ("WASHINGTON –" -> ("WASHINGTON", 0, 10); "Tehran, IRNA –" -> ("Tehran", 0, 6)), if a
    paragraph near the top opens with one.

    A press release puts a letterhead and a headline before it.
    """
    for line in _LINE.finditer(text, 0, 800):
        if found := _dateline_at(text, line):
            return found
    return None
