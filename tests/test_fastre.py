"""fastre.guard: a lookahead on a pattern's first characters, read off the parsed pattern, never changes a match."""
from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import diprel.extract
from diprel.extract import fastre, sentences

TESTS = Path(__file__).resolve().parent


def chars(pattern: str, flags: int = 0):
    """The first characters of a pattern as one string of characters (ranges spelled out) and its categories, and
    whether they fold case; None where the walk gives up."""
    found = fastre.first_chars(re.compile(pattern, flags))
    if found is None:
        return None
    items, folded = found
    out = "".join(item if isinstance(item, str) else "".join(map(chr, range(item[0], item[1] + 1))) for item in items)
    return out, folded


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:meet|talk)s?\b", "mt"),
    (r"(?<![\w-])(?:held|hosted|met)", "hm"),
    (r"(?=\w)(?<!x)^\bx", "x"),  # assertions consume nothing: the next node starts the match
    (r"[Hh]e|[Ss]he", "HShs"),
    (r"[a-c]x|q", "abcq"),
    (r"a*b", "ab"),  # a repeat that may be absent lets what follows start the match
    (r"(?:ab){0,2}c", "ac"),
    (r"a{2,3}z", "a"),
    (r"(?:a?|b?)c", "abc"),
    (r"(?P<g>x|y)z", "xy"),
    (r"(?>ab|cd)", "ac"),  # an atomic group
    (r"a++", "a"),  # a possessive repeat
    (r"\d+ days", r"\d"),  # narrow categories stand as they are
    (r"\s+and|,", r",\s"),
])
def test_first_characters(pattern, expected):
    assert chars(pattern) == (expected, False)


def test_case_flags():
    assert chars(r"(?i)\bwill") == ("w", True)
    assert chars(r"\bwill", re.IGNORECASE) == ("w", True)
    assert chars(r"(?i:will)|may") == ("mw", True)  # a scoped (?i:...)
    assert chars(r"(?i)(?-i:May)") == ("M", False)  # a scoped (?-i:...) inside a case-insensitive pattern
    assert chars(r"(?i)(?-i:May)|(?:June)") == ("JM", True)


@pytest.mark.parametrize("pattern", [
    r"[^a]b",  # a negated class
    r".x",
    r"\wx",
    r"\Wx",
    r"\Sx",
    r"a?",  # may match empty
    r"(?:a|)",
    r"\b",
    r"x*",
    r"(?a:x)y",  # a scoped ASCII flag
    r"(a)?(?(1)c|d)",  # a conditional is no character
    r"(a)?\1",
])
def test_gives_up(pattern):
    assert chars(pattern) is None
    compiled = re.compile(pattern)
    assert fastre.guard(compiled) is compiled


def test_gives_up_on_bytes():
    compiled = re.compile(rb"\bx")
    assert fastre.first_chars(compiled) is None
    assert fastre.guard(compiled) is compiled


def test_guard_text_and_unguarded():
    p = re.compile(r"(?i)\b(?:will|shall)\b")
    g = fastre.guard(p)
    assert g.pattern == r"(?i)(?=(?i:[sw]))(?:\b(?:will|shall)\b)"
    assert g.flags == p.flags and g.groups == p.groups and g.groupindex == p.groupindex
    assert fastre.unguarded(g) is p
    assert fastre.unguarded(p) is p


def test_top_level_alternation_is_guarded_whole():
    p = re.compile(r"(?i)\bno\s+$|\bnone\b|n't")
    g = fastre.guard(p)
    assert g.pattern == r"(?i)(?=(?i:[n]))(?:\bno\s+$|\bnone\b|n't)"
    for text in ("none", "isn't", "no ", "yes"):
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in p.finditer(text)]


def test_verbose_pattern_ending_in_a_comment():
    p = re.compile("(?x) met  # a comment\n | held  # another")
    g = fastre.guard(p)
    assert g is not p
    assert [m.span() for m in g.finditer("they met and held talks")] == [(5, 8), (13, 17)]


def test_case_folds_as_sre_does():
    # the Kelvin sign folds to "k", the long s to "s": a case-insensitive lookahead folds them as the pattern does
    for pattern, text in ((r"(?i)\bkm\b", "3 \u212am away"), (r"(?i)\bsaid\b", "he \u017faid")):
        p = re.compile(pattern)
        assert p.search(text)
        assert fastre.guard(p).search(text).span() == p.search(text).span()


def _guarded_patterns() -> dict[str, re.Pattern]:
    """The extractor's guarded module-level patterns, by "module.NAME"."""
    out = {}
    for info in pkgutil.walk_packages(diprel.extract.__path__, "diprel.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and fastre.unguarded(value) is not value:
                out[f"{info.name.rsplit('.', 1)[-1]}.{name}"] = value
    return out


@functools.cache
def _dev_articles() -> list[str]:
    """Every development corpus article (never the held-out corpora)."""
    dirs = [TESTS / "corpus"] + sorted(TESTS.glob("corpus_dev*"))
    return [txt.read_text() for d in dirs for txt in sorted((d / "articles").glob("*.txt"))]


def test_the_hot_patterns_are_guarded():
    guarded = _guarded_patterns()
    assert {"meetings.VERB_RE", "common._UNREAL_BEFORE", "dates.DATE_RE", "actors._TITLE_LOWER_RE"} <= set(guarded)


@pytest.mark.parametrize("name", sorted(_guarded_patterns()))
def test_guarded_pattern_finds_the_same_on_the_dev_corpora(name):
    guarded = _guarded_patterns()[name]
    original = fastre.unguarded(guarded)
    articles = _dev_articles()
    assert len(articles) > 100
    for text in articles:
        for s in sentences.split(text):
            got = [(m.span(), m.regs) for m in guarded.finditer(text, s.start, s.end)]
            assert got == [(m.span(), m.regs) for m in original.finditer(text, s.start, s.end)], (name, s.text)
            # and on the sentence alone, as a rule's slice of text is searched
            assert [m.regs for m in guarded.finditer(s.text)] == [m.regs for m in original.finditer(s.text)]


def test_without_sres_parser_every_pattern_stays_as_it_is(monkeypatch):
    """The parser is CPython's private module: a Python without it costs speed, never a match."""
    monkeypatch.setattr(fastre, "_parser", None)
    p = re.compile(r"(?i)\b(?:will|shall)\b")
    assert fastre.first_chars(p) is None
    assert fastre.guard(p) is p
