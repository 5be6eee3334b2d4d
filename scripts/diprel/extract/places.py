"""Towns and provinces named after a locative word: "killed in Kherson", "near the town of Moreh".

The gazetteer (lexicon/places.csv, made by lexicon/make_places.py from GeoNames and ISO 3166-2) knows
about 76,000 spellings, many of them ordinary words somewhere ("Independence", "Mission", "Victoria").
Two guards keep it from placing events at random: a name counts only after a locative word ("in",
"near", "at", "outside", "the village of" ...), and only for a state the article itself names. A name
several countries share ("Gaya" in India, Niger and Nigeria) stands for the one the article names, or
for none. Forms the state lexicon knows (names, demonyms, capitals) are left to it.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

from . import lexicon

_CUE = re.compile(
    # and the place an attack struck: "a shell hit the Gaya cattle market", "drones struck Kherson"
    r"(?<![\w-])(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round|[Oo]ff|[Ff]rom|[Aa]cross|[Ii]nto|[Tt]o|[Tt]owards|of|"
    r"hit|struck|shelled|bombed|pounded|targeted|attacked|raided|"
    # "three fishermen on the Zongo side": a town naming one bank or side of a border
    r"[Oo]n(?=\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+side\b))\s+"
    r"(?:the\s+)?(?:(?:(?:border|frontier|coastal|northern|southern|eastern|western|central|remote)\s+)?"
    r"(?:town|city|village|district|province|region|state|county|area|port|commune|municipality|governorate|"
    r"prefecture|settlement|locality|department|oblast|island)s?\s+of\s+)?")
_POSSESSIVE = re.compile(r"['’]s$")
# A capitalised run of up to four words: the longest prefix the gazetteer knows is the place.
_NAME_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:de\s+|del\s+|la\s+|el\s+)?[A-ZÀ-ÖØ-Þ][\w’'-]*){0,3}")


@cache
def gazetteer() -> dict[str, frozenset[str]]:
    """Place name -> the states it is a town or province of."""
    known = lexicon.terms()
    out: dict[str, frozenset[str]] = {}
    text = resources.files(lexicon.__name__).joinpath("places.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    if lines[0] != "name,iso3,kind":
        raise ValueError(f"places.csv: unexpected header {lines[0]!r}")
    # 76,000 rows on every start: split plainly, and go through csv only for a quoted name (none so far)
    rows = (next(csv.reader([line])) if '"' in line else line.split(",") for line in lines[1:])
    # Nearly every name is one state's: all of a state's such names share one frozenset, so loading makes a
    # few hundred sets rather than 73,000 (twice as fast, and this runs on every start).
    alone: dict[str, frozenset[str]] = {}
    for name, iso3, _ in rows:
        if name in known:
            continue
        states = out.get(name)
        if states is None:
            out[name] = alone.get(iso3) or alone.setdefault(iso3, frozenset((iso3,)))
        elif iso3 not in states:
            out[name] = states | {iso3}
    return out


def find(text: str, start: int, end: int, named: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, state) of each known place after a locative word in text[start:end], for states in `named`."""
    places = gazetteer()
    out = []
    for cue in _CUE.finditer(text, start, end):
        run = _NAME_RUN.match(text, cue.end(), end)
        if not run:
            continue
        words = list(re.finditer(r"\S+", run.group()))
        for k in range(len(words), 0, -1):  # longest known prefix: "Port Sudan" before "Port"
            name = _POSSESSIVE.sub("", run.group()[:words[k - 1].end()])  # "Manipur’s Tengnoupal district"
            states = places.get(name)
            if states:
                hit = states & named
                if len(hit) == 1:
                    out.append((run.start(), run.start() + len(name), next(iter(hit))))
                break
    return out


def resolve(name: str, named: set[str]) -> str | None:
    """The state a town or province name stands for in an article that names the states `named`: the one state of
    that name the article names, else None ("Odesa", a Ukrainian and a US town, is no one's where both are named)."""
    states = gazetteer().get(_POSSESSIVE.sub("", name))
    hit = states & named if states else frozenset()
    return next(iter(hit)) if len(hit) == 1 else None
