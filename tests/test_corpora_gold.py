"""Every evaluation corpus's gold annotations are valid dataset input.

The extractor is scored against these records, so a gold quote that is not in
its text, an unknown actor or a record that breaks a semantic rule would make
the score wrong without anyone noticing. Each corpus is assembled into a
repository (its articles, annotations and actors beside the live schemas and
gazetteer) and must pass the same checks a pull request does.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import copy_repo
from diprel import build, validate
from diprel.paths import Repo

TESTS = Path(__file__).resolve().parent
CORPORA = sorted(p for p in TESTS.glob("corpus*") if (p / "annotations").is_dir())


def corpus_repo(corpus: Path, dest: Path) -> Repo:
    root = copy_repo(dest)
    for sub in ("raw/articles", "annotations"):
        shutil.rmtree(root / "data" / sub)
    shutil.copytree(corpus / "articles", root / "data" / "raw" / "articles")
    shutil.copytree(corpus / "annotations", root / "data" / "annotations")
    # The seed's annotations are gone, so the corpus's actors replace the seed's.
    shutil.copy2(corpus / "actors.yaml", root / "data" / "reference" / "actors.yaml")
    return Repo(root)


@pytest.mark.parametrize("corpus", CORPORA, ids=[p.name for p in CORPORA])
def test_gold_is_valid_input(corpus, tmp_path):
    repo = corpus_repo(corpus, tmp_path / "repo")
    built = build.collect(repo)  # raises DiprelError with FILE:LINE on any input problem
    problems, _ = validate.meaning(repo, validate.built_frames(repo, validate.built_csv(repo, built)), built)
    assert not problems, "\n".join(map(str, problems))
    assert built.drafts_skipped == 0, "gold records are reviewed, never drafts"
    assert len(built.rows["records"]) > 0
