"""Properties: whatever a contributor types, the loaders explain it and never crash.

Arbitrary text and arbitrary edits of the seed annotation go through the
annotation loader (`yamlio.loads` + `annotations.parse`) and the quote locator;
the only exceptions allowed are DiprelError and QuoteError, and every quote
that is placed equals its slice of the text. The archive form of a text is a
fixed point, so its hash is stable.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from diprel import annotations, quotes, schemas, sources, yamlio
from diprel.errors import DiprelError, Problem
from diprel.paths import Repo

from conftest import ROOT, SEED, copy_repo, seed_repo

pytestmark = pytest.mark.filterwarnings("ignore")
settings.register_profile("diprel", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
settings.load_profile("diprel")

SEED_ID = "munir-trump-luncheon"
SEED_ANNOTATION = (SEED / "annotations" / f"{SEED_ID}.yaml").read_text(encoding="utf-8")
FILE = f"data/annotations/{SEED_ID}.yaml"


@pytest.fixture(scope="module", autouse=True)
def repo_env():
    """Schemas are found through $DIPREL_ROOT; point it at the repository for the whole module."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DIPREL_ROOT", str(ROOT))
        yield


@pytest.fixture(scope="module")
def seed_source():
    return sources.load(Repo(seed_repo()), SEED_ID)


def load_and_parse(text: str, source) -> tuple[list, list]:
    """The annotation loader end to end; a DiprelError is an answer, anything else a bug."""
    try:
        doc = yamlio.loads(text, file=FILE)
    except DiprelError as exc:
        assert all(isinstance(p, Problem) and p.file == FILE for p in exc.problems)
        return [], exc.problems
    records, problems = annotations.parse(doc, file=FILE, source=source, source_id=SEED_ID)
    for rec in records:
        for ev in rec.evidence:
            assert source.text[ev.start:ev.end] == ev.quote
    for p in problems:
        assert p.file == FILE and p.line >= 0 and "\n" not in str(p)
    return records, problems


# --- the annotation loader ----------------------------------------------------------

@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes_the_annotation_loader(seed_source, text):
    load_and_parse(text, seed_source)


@st.composite
def edited_seed(draw) -> str:
    """The seed annotation after a few random edits: deletions, insertions, swapped or doubled lines."""
    text = SEED_ANNOTATION
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["delete", "insert", "swap", "double", "replace-char"]))
        i = draw(st.integers(0, len(text)))
        if kind == "delete":
            text = text[:i] + text[i + draw(st.integers(1, 40)):]
        elif kind == "insert":
            snippet = draw(st.one_of(st.text(max_size=20), st.sampled_from(
                [":", "- ", "  ", "\n", "'", '"', "[", "{", "&a ", "*a", "!!binary ", "\t", "#", "null", "-1", "2025-02-30"])))
            text = text[:i] + snippet + text[i:]
        elif kind == "replace-char" and i < len(text):
            text = text[:i] + draw(st.characters()) + text[i + 1:]
        else:
            lines = text.splitlines(keepends=True)
            a, b = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            if kind == "swap":
                lines[a], lines[b] = lines[b], lines[a]
            else:
                lines.insert(b, lines[a])
            text = "".join(lines)
    return text


@given(edited_seed())
def test_arbitrary_edits_of_the_seed_never_crash_the_annotation_loader(seed_source, text):
    load_and_parse(text, seed_source)


COLUMNS = sorted({c for t in schemas.tables(Repo(ROOT)).values() for c in t.columns}
                 | set(annotations.RECORD_KEYS) | set(annotations.EVIDENCE_KEYS) | set(annotations.FILE_KEYS))
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False),
                    st.text(max_size=30), st.sampled_from(["2025-05-10", "2025-02-30", "PAK", "asim-munir", "=1+1",
                                                           "mtg-2025-06-18-usa-pak", "cas-x", "WASHINGTON", "reviewed"]))
keys = st.one_of(st.sampled_from(COLUMNS), st.text(max_size=10), st.integers(-5, 5))
documents = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                          st.dictionaries(keys, inner, max_size=6)), max_leaves=30)


@given(st.dictionaries(st.sampled_from(annotations.FILE_KEYS), documents, max_size=4),
       st.lists(st.dictionaries(keys, documents, max_size=8), max_size=4))
def test_well_formed_yaml_of_any_shape_never_crashes_parse(seed_source, top, records):
    """Valid YAML whose structure is anything at all: keys from the schemas, values of any type."""
    doc = {**top, "records": records} if records else top
    load_and_parse(yaml.safe_dump(doc, allow_unicode=True), seed_source)


# --- the quote locator ------------------------------------------------------------

@st.composite
def text_and_quote(draw):
    text = draw(st.text(min_size=0, max_size=300))
    if text and draw(st.booleans()):
        i = draw(st.integers(0, len(text) - 1))
        quote = text[i:draw(st.integers(i + 1, len(text)))]
        if draw(st.booleans()):  # the typo a contributor makes: straight for curly quotes, hyphen for dash
            quote = quote.translate(str.maketrans({"’": "'", "“": '"', "”": '"', "—": "-"}))
    else:
        quote = draw(st.text(max_size=40))
    occurrence = draw(st.one_of(st.none(), st.integers(-1, 4)))
    start = draw(st.one_of(st.none(), st.integers(-1, len(text) + 1)))
    return text, quote, occurrence, start


@given(text_and_quote())
def test_the_quote_locator_places_a_quote_exactly_or_says_why(args):
    text, quote, occurrence, start = args
    try:
        s, e = quotes.locate(text, quote, occurrence=occurrence, start=start)
    except quotes.QuoteError as exc:
        assert exc.rule and exc.message and "\n" not in exc.message
        return
    assert text[s:e] == quote


# --- archive form and hashing ------------------------------------------------------

@given(st.text(max_size=300))
def test_normalise_is_idempotent(text):
    once = sources.normalise(text)
    assert sources.normalise(once) == once
    assert sources.sha256(sources.normalise(once)) == sources.sha256(once)


@given(st.text(max_size=300))
def test_the_hash_does_not_depend_on_line_ends_bom_or_unicode_form(text):
    assume("\r" not in text)
    expected = sources.sha256(sources.normalise(text))
    for variant in (text.replace("\n", "\r\n"), "\ufeff" + text, unicodedata.normalize("NFD", text)):
        assert sources.sha256(sources.normalise(variant)) == expected


@pytest.fixture(scope="module")
def scratch_repo():
    d = Path(tempfile.mkdtemp(prefix="diprel-props-"))
    try:
        yield Repo(copy_repo(d / "repo"))
    finally:
        shutil.rmtree(d, ignore_errors=True)


@settings(max_examples=40)
@given(st.text(min_size=1, max_size=300).filter(lambda t: sources.normalise(t).strip()))
def test_any_archived_text_loads_back_with_its_hash(scratch_repo, text):
    """What `diprel add` accepts, the build loads without complaint (archive form, matching hash)."""
    repo = scratch_repo
    for p in repo.articles.glob("prop-*"):
        p.unlink()
    article = repo.root.parent / "article.txt"
    article.write_bytes(text.encode("utf-8"))
    sources.archive(repo, article, "prop-source", published=dt.date(2025, 6, 1), today=dt.date(2025, 6, 2))
    src = sources.load(repo, "prop-source")
    assert src.text == sources.normalise(text)
    assert src.meta["text_sha256"] == sources.sha256(src.text)
    os.unlink(article)
