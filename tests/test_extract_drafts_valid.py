"""Drafts the extractor writes are valid annotations: a contributor's review starts clean."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diprel import annotations, yamlio
from diprel.extract import extract_text, to_annotation_records, write_draft
from diprel.sources import Source

CORPUS = Path(__file__).resolve().parent / "corpus"
ARTICLES = sorted((CORPUS / "articles").glob("*.txt"))


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_drafts_parse_without_problems(article, tmp_path):
    text = article.read_text(encoding="utf-8")
    meta = yamlio.read(article.with_suffix(".yaml"))
    published = dt.date.fromisoformat(meta["published"]) if meta.get("published") else None
    sid = article.stem
    records = to_annotation_records(extract_text(text, published, source_id=sid), sid, text=text)
    path = write_draft(tmp_path / f"{sid}.yaml", sid, records)
    doc = yamlio.read(path)
    parsed, problems = annotations.parse(doc, file=path.name, source=Source(sid, text, {}, "", {}), source_id=sid)
    assert [str(p) for p in problems] == []
    assert len(parsed) == len(records)
    assert all(r.review_status == "draft" for r in parsed)
