"""The extractor on the project's first source: its core records, invariants, determinism."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diprel.extract import extract_text, to_annotation_records
from diprel.extract.candidates import check_fields

ROOT = Path(__file__).resolve().parents[1]
SEED_PLACES = (ROOT / "data" / "raw" / "articles" / "munir-trump-luncheon.txt",
               ROOT.parent / "shared" / "seed" / "munir-trump-luncheon.txt")
PUB = dt.date(2025, 6, 18)


@pytest.fixture(scope="module")
def seed() -> str:
    path = next((p for p in SEED_PLACES if p.is_file()), None)
    if path is None:
        pytest.skip("seed article not available")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def candidates(seed) -> list[dict]:
    return extract_text(seed, PUB, source_id="munir-trump-luncheon")


def test_seed_core_records(candidates):
    core = set()
    for c in candidates:
        f = c["fields"]
        if c["table"] == "meetings":
            core.add(("meeting", frozenset((f["state_1"], f["state_2"]))))
        elif c["table"] == "mediation_offers":
            core.add((f["kind"], f["mediator_state"], frozenset((f["party_1_state"], f["party_2_state"])), f["issue"]))
        elif c["table"] == "ceasefires":
            core.add(("ceasefire", frozenset((f["state_1"], f["state_2"])), f["broker_state"], f["date_start"]))
        else:
            core.add(("casualties", f["side_state"], f["population"], f["outcome"], f["count"]))
    assert core == {
        ("meeting", frozenset({"PAK", "USA"})),
        ("conducted", "USA", frozenset({"IND", "PAK"}), "ceasefire"),
        ("offer", "USA", frozenset({"IND", "PAK"}), "Kashmir"),
        ("ceasefire", frozenset({"IND", "PAK"}), "USA", "2025-05-10"),
        ("casualties", "PAK", "civilian", "casualties", 40),
        ("casualties", "PAK", "military", "casualties", 113),
    }


def test_seed_not_records(candidates):
    """The expatriate session is no meeting; six downed jets are no casualties."""
    quotes = " ".join(e["quote"] for c in candidates for e in c["evidence"])
    assert "expatriate" not in quotes and "six Indian jets" not in quotes


def test_candidate_shape_and_evidence_invariants(seed, candidates):
    for c in candidates:
        assert set(c) == {"table", "fields", "evidence", "method", "confidence"}
        assert c["method"].startswith("rules:") and "@" in c["method"]
        assert 0 <= c["confidence"] <= 1
        assert check_fields(c["table"], c["fields"]) == c["fields"]
        for e in c["evidence"]:
            assert set(e) == {"quote", "start", "end", "supports"}
            assert seed[e["start"]:e["end"]] == e["quote"]
            assert e["quote"] == e["quote"].strip() and len(e["quote"]) <= 300
            assert not e["quote"].startswith(("=", "+", "-", "@"))
            assert set(e["supports"]) <= set(c["fields"])


def test_extraction_is_deterministic(seed, candidates):
    assert extract_text(seed, PUB, source_id="munir-trump-luncheon") == candidates
    assert extract_text(seed, PUB, source_id="munir-trump-luncheon") == extract_text(seed, PUB, source_id="munir-trump-luncheon")


def test_annotation_records_have_unique_readable_ids(seed, candidates):
    records = to_annotation_records(candidates, "munir-trump-luncheon", text=seed)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert "mtg-2025-06-18-pak-usa" in ids and "cfr-2025-05-10-ind-pak" in ids
    assert "cas-munir-trump-luncheon-pak-civilian-casualties-40" in ids
    for r in records:
        assert r["review_status"] == "draft"
        assert all(set(e) <= {"quote", "supports", "method", "occurrence"} for e in r["evidence"])
