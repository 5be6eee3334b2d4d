"""Every semantic rule in validation/ has a failing fixture that proves it fires.

Each fixture takes the seed's tables (which pass every rule), breaks exactly
one thing, and expects the rule's id among the reported problems.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from diprel import validate
from diprel.paths import Repo

from conftest import ROOT, seed_repo

D = dt.date.fromisoformat


def setv(frame, row, col, value):
    frame.loc[frame.index[row], col] = value


def row_of(frame, col, value) -> int:
    return int((frame[col] == value).to_numpy().nonzero()[0][0])


def date_fixtures(prefix: str, table: str, row: int = 0) -> dict:
    """The five date rules every event table shares."""
    return {
        f"{prefix}-date-order": lambda f: (setv(f[table], row, "date_start", D("2025-05-10")), setv(f[table], row, "date_end", D("2025-05-01"))),
        f"{prefix}-date-precision-set": lambda f: setv(f[table], row, "date_precision", None),
        f"{prefix}-date-basis-set": lambda f: setv(f[table], row, "date_basis", None),
        f"{prefix}-date-orphan-codes": lambda f: (setv(f[table], row, "date_start", None), setv(f[table], row, "date_end", None)),
        f"{prefix}-publication-widened": lambda f: (setv(f[table], row, "date_basis", "publication"), setv(f[table], row, "date_precision", "day")),
    }


def offer(f):
    return row_of(f["mediation_offers"], "kind", "offer")


def conducted(f):
    return row_of(f["mediation_offers"], "kind", "conducted")


def cas(f, population):
    return row_of(f["casualty_figures"], "population", population)


def fig_id(f, population):
    return f["casualty_figures"]["figure_id"].iloc[cas(f, population)]


FIXTURES = {
    "meeting-two-states": lambda f: setv(f["meetings"], 0, "state_2", "PAK"),
    "meeting-third-location-host": lambda f: setv(f["meetings"], 0, "cameo_code", "044"),
    "meeting-visit-host": lambda f: setv(f["meetings"], 0, "host_state", "IND"),
    **date_fixtures("meeting", "meetings"),
    "mediator-not-party": lambda f: setv(f["mediation_offers"], 0, "mediator_state", "PAK"),
    "mediation-parties-differ": lambda f: setv(f["mediation_offers"], 0, "party_2_state", "PAK"),
    "mediation-cameo-offer": lambda f: setv(f["mediation_offers"], offer(f), "cameo_code", "045"),
    "mediation-cameo-mediate": lambda f: setv(f["mediation_offers"], conducted(f), "cameo_code", "039"),
    "mediation-offer-status": lambda f: setv(f["mediation_offers"], offer(f), "status", None),
    "mediation-status-only-offers": lambda f: setv(f["mediation_offers"], conducted(f), "status", "made"),
    **date_fixtures("mediation", "mediation_offers"),
    "ceasefire-two-states": lambda f: setv(f["ceasefires"], 0, "state_2", "IND"),
    "broker-not-party": lambda f: setv(f["ceasefires"], 0, "broker_state", "IND"),
    "broker-means-mediated": lambda f: setv(f["ceasefires"], 0, "kind", "bilateral"),
    **date_fixtures("ceasefire", "ceasefires"),
    "ceasefire-after-conflict-start": lambda f: setv(f["conflicts"], 0, "date_start", D("2025-05-11")),
    "ceasefire-after-trigger": lambda f: setv(f["conflicts"], 0, "trigger_date", D("2025-05-11")),
    "count-non-negative": lambda f: setv(f["casualty_figures"], 0, "count", -1),
    "attributed-has-claimant": lambda f: setv(f["casualty_figures"], 0, "certainty", "attributed"),
    "asserted-has-no-claimant": lambda f: setv(f["casualty_figures"], 0, "claimant", "donald-trump"),
    "breakdown-has-parent": lambda f: setv(f["casualty_figures"], 0, "subgroup", "women"),
    "parent-means-breakdown": lambda f: setv(f["casualty_figures"], cas(f, "civilian"), "parent_figure_id", fig_id(f, "military")),
    "breakdown-not-self": lambda f: (setv(f["casualty_figures"], 0, "subgroup", "women"),
                                     setv(f["casualty_figures"], 0, "parent_figure_id", f["casualty_figures"]["figure_id"].iloc[0])),
    # 113 military "women" as a breakdown of 40 civilians: larger than its parent.
    "breakdown-within-parent": lambda f: (setv(f["casualty_figures"], cas(f, "military"), "subgroup", "women"),
                                          setv(f["casualty_figures"], cas(f, "military"), "parent_figure_id", fig_id(f, "civilian"))),
    "breakdown-same-figure": lambda f: (setv(f["casualty_figures"], cas(f, "civilian"), "subgroup", "children"),
                                        setv(f["casualty_figures"], cas(f, "civilian"), "parent_figure_id", fig_id(f, "military")),
                                        setv(f["casualty_figures"], cas(f, "civilian"), "side_state", "IND")),
    **date_fixtures("casualty", "casualty_figures"),
    "conflict-two-states": lambda f: setv(f["conflicts"], 0, "state_2", "IND"),
    "trigger-before-end": lambda f: setv(f["conflicts"], 0, "trigger_date", D("2025-05-11")),
    "duration-non-negative": lambda f: setv(f["conflicts"], 0, "duration_hours", -1.0),
    "trigger-date-basis-set": lambda f: setv(f["conflicts"], 0, "trigger_date_basis", None),
    # The seed conflict has no date_start: give it one so the interval rules have something to check.
    **{k: (lambda fix: lambda f: (setv(f["conflicts"], 0, "date_start", D("2025-05-07")), fix(f)))(v)
       for k, v in date_fixtures("conflict", "conflicts").items()},
    "published-before-retrieved": lambda f: setv(f["sources"], 0, "published", D("2027-01-01")),
    "unknown-publication-basis": lambda f: setv(f["sources"], 0, "published", None),
    "known-publication-date": lambda f: setv(f["sources"], 0, "published", None),
    "state-is-itself": lambda f: setv(f["actors"], row_of(f["actors"], "actor_id", "USA"), "state", "PAK"),
    "cow-only-states": lambda f: setv(f["actors"], row_of(f["actors"], "actor_id", "donald-trump"), "cow_code", 5),
    "offsets-ordered": lambda f: setv(f["evidence"], 0, "end", int(f["evidence"]["start"].iloc[0])),
    "records-have-sources": lambda f: setv(f["records"], 0, "n_sources", 0),
}


def suite_of_rule() -> dict[str, str]:
    out = {}
    for path in (ROOT / "validation").glob("*.json"):
        suite = json.loads(path.read_text())
        for exp in suite["expectations"]:
            out[exp["meta"]["rule_id"]] = suite["name"]
    return out


@pytest.fixture(scope="module")
def REPO():
    return Repo(seed_repo())


@pytest.fixture(scope="module")
def seed_frames(REPO):
    return validate.read_frames(REPO, REPO.processed)


def fresh(frames):
    return {k: v.copy(deep=True) for k, v in frames.items()}


def test_every_rule_has_a_fixture():
    assert set(suite_of_rule()) == set(FIXTURES), "each rule in validation/ needs a failing fixture here"


def test_every_expectation_explains_itself():
    for path in (ROOT / "validation").glob("*.json"):
        for exp in json.loads(path.read_text())["expectations"]:
            assert exp["meta"]["rationale"].strip() and exp["meta"]["message"].strip(), path.name


def test_seed_passes_every_rule(REPO, seed_frames):
    problems, _ = validate.meaning(REPO, fresh(seed_frames))
    assert problems == []


def test_each_rule_fires_on_its_fixture(REPO, seed_frames):
    suite = suite_of_rule()
    missed = []
    for rule, breaks in sorted(FIXTURES.items()):
        frames = fresh(seed_frames)
        breaks(frames)
        problems, _ = validate.meaning(REPO, frames, only={suite[rule]})
        if rule not in {p.rule for p in problems}:
            missed.append((rule, sorted({p.rule for p in problems})))
    assert missed == []
