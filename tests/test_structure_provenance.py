"""The structure (frictionless) and provenance layers each fire on a failing fixture."""
from __future__ import annotations

import json

import pytest

from diprel import validate
from diprel.build import descriptor

SEED = "munir-trump-luncheon"


def frames_of(repo):
    return validate.read_frames(repo, repo.processed)


def rules(problems):
    return {p.rule for p in problems}


def test_seed_passes_all_layers(repo):
    report = validate.validate_repo(repo)
    assert report.ok, report.lines()


# --- provenance ----------------------------------------------------------------

def test_quote_must_equal_its_slice(repo):
    f = frames_of(repo)
    f["evidence"].loc[0, "start"] = f["evidence"].loc[0, "start"] + 1
    assert "quote-mismatch" in rules(validate.provenance(repo, f)[0])


def test_every_record_needs_evidence(repo):
    f = frames_of(repo)
    rid = f["records"].loc[0, "record_id"]
    f["evidence"] = f["evidence"][f["evidence"]["record_id"] != rid]
    assert "no-evidence" in rules(validate.provenance(repo, f)[0])


def test_registry_and_tables_agree(repo):
    f = frames_of(repo)
    f["records"] = f["records"][f["records"]["table_name"] != "meetings"]
    assert "registry-missing" in rules(validate.provenance(repo, f)[0])
    f = frames_of(repo)
    f["meetings"] = f["meetings"].iloc[0:0]
    assert "registry-orphan" in rules(validate.provenance(repo, f)[0])


def test_text_edited_after_coding_is_a_hash_mismatch(repo):
    path = repo.articles / f"{SEED}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("luncheon", "lunch", 1), encoding="utf-8")
    problems = validate.provenance(repo, frames_of(repo))[0]
    hit = [p for p in problems if p.rule == "hash-mismatch"]
    assert hit and hit[0].file == f"data/raw/articles/{SEED}.yaml" and hit[0].line > 0


def test_table_built_from_other_inputs_is_stale(repo):
    path = repo.processed / "ceasefires.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("mediated", "bilateral"), encoding="utf-8")
    report = validate.validate_repo(repo)
    assert "stale-table" in rules(report.problems["structure"])


# --- structure ------------------------------------------------------------------

@pytest.mark.parametrize("table,old,new,rule", [
    ("casualty_figures", ",40,", ",forty,", "frictionless-type-error"),
    ("ceasefires", ",mediated,", ",brokered,", "frictionless-constraint-error"),
    ("meetings", ",PAK,donald-trump,USA,", ",PAK,donald-trump,XXX,", "frictionless-foreign-key"),
    ("evidence", "cas-munir-trump-luncheon-pak-military,", "cas-munir-trump-luncheon-pak-civilian,", "frictionless-primary-key"),
    ("records", "con-2025-ind-pak,conflicts", "con-2025-ind-pak,treaties", "frictionless-constraint-error"),
])
def test_frictionless_catches_broken_tables(repo, table, old, new, rule):
    path = repo.processed / f"{table}.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    problems, _ = validate.structure(repo, descriptor(repo))
    assert rule in rules(problems), sorted(rules(problems))


def test_descriptor_resources_come_from_schemas(repo):
    desc = json.loads((repo.root / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["schema"] for r in desc["resources"]] == [f"schemas/{r['name']}.schema.json" for r in desc["resources"]]
    assert desc["resources"] == descriptor(repo)["resources"]
