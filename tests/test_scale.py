"""What makes large builds fast must not change results: the validation cache, worker processes, table-by-table frictionless."""
from __future__ import annotations

import json
import os
import signal
import time

import pytest

from diprel import build, parallel, validate, validation_cache

from conftest import run_cli

ANN = "data/annotations/munir-trump-luncheon.yaml"


def test_validate_after_build_reuses_the_report(repo_dir):
    assert run_cli(repo_dir, "build").returncode == 0
    again = run_cli(repo_dir, "validate")
    assert again.returncode == 0 and "not re-run" in again.stdout
    full = run_cli(repo_dir, "validate", "--full")
    assert full.returncode == 0 and "not re-run" not in full.stdout
    assert again.stdout.splitlines()[:3] == full.stdout.splitlines()[:3], "the recalled report is the full one"


@pytest.mark.parametrize("edit", [
    ("data/processed/ceasefires.csv", "mediated", "bilateral"),        # a table
    (ANN, "venue: White House Cabinet Room", "venue: White House"),     # an annotation
    ("schemas/meetings.schema.json", '"title"', '"title" '),            # a schema
    ("validation/meetings.json", '"rule_id"', '"rule_id" '),            # a suite
])
def test_any_change_runs_the_full_validation(repo_dir, edit):
    assert run_cli(repo_dir, "build").returncode == 0
    path, old, new = edit
    target = repo_dir / path
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run_cli(repo_dir, "validate")
    assert "not re-run" not in result.stdout
    if path.startswith(("data/processed", "data/annotations")):
        assert result.returncode == 1 and "stale-table" in result.stdout


def cache_entry(repo_dir) -> bytes | None:
    path = repo_dir / validation_cache.CACHE_FILE
    return path.read_bytes() if path.is_file() else None


def test_a_failing_validation_is_never_recorded(repo, repo_dir):
    before = cache_entry(repo_dir)
    (repo_dir / "data/processed/meetings.csv").write_text("meeting_id\n", encoding="utf-8")
    assert not validate.validate_repo(repo).ok
    assert cache_entry(repo_dir) == before
    assert not validate.validate_repo(repo).reused


def test_custom_checks_leave_no_cache_entry(repo, repo_dir):
    path = repo_dir / ANN
    path.write_text(path.read_text(encoding="utf-8").replace("venue: White House Cabinet Room", "venue: Cabinet Room"), encoding="utf-8")
    before = cache_entry(repo_dir)
    build.build(repo, check=lambda *args: [])
    assert cache_entry(repo_dir) == before
    assert not validate.validate_repo(repo).reused


def test_an_unreadable_cache_only_costs_time(repo, repo_dir):
    build.build(repo)
    (repo_dir / validation_cache.CACHE_FILE).write_text("{not json", encoding="utf-8")
    report = validate.validate_repo(repo)
    assert report.ok and not report.reused
    assert json.loads((repo_dir / validation_cache.CACHE_FILE).read_text(encoding="utf-8"))["key"]


def test_ordered_map_in_workers_equals_serial(monkeypatch):
    items = list(range(-3 * parallel.MIN_ITEMS, 0))
    monkeypatch.setenv("DIPREL_JOBS", "2")
    assert parallel.ordered_map(lambda x: (x, abs(x) % 7), items) == [(x, abs(x) % 7) for x in items]


def _dies_on_seven(x):
    if x == -7:
        os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would
    return x


def test_a_killed_worker_is_an_error_not_a_hang(monkeypatch):
    monkeypatch.setenv("DIPREL_JOBS", "2")
    items = list(range(-3 * parallel.MIN_ITEMS, 0))
    started = time.monotonic()
    with pytest.raises(parallel.WorkerDied) as exc:
        parallel.ordered_map(_dies_on_seven, items)
    assert time.monotonic() - started < 60
    assert [p.rule for p in exc.value.problems] == ["worker-died"] and "DIPREL_JOBS=1" in str(exc.value)


def test_a_killed_worker_stops_a_streamed_map_too():
    with pytest.raises(parallel.WorkerDied), parallel.Workers(_dies_on_seven, 2) as pool:
        list(pool.imap(range(-3 * parallel.MIN_ITEMS, 0), chunksize=8, ahead=40))


def test_structure_falls_back_to_this_process_when_a_worker_dies(repo, monkeypatch):
    desc = json.loads((repo.root / "datapackage.json").read_text(encoding="utf-8"))
    (repo.processed / "meetings.csv").write_text("meeting_id\nnot-an-id\n", encoding="utf-8")
    serial = validate.run(repo, repo.processed, desc)
    real = validate._structure

    def structure(repo_, desc_, built, name):
        if name == "meetings" and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(repo_, desc_, built, name)

    parent = os.getpid()
    monkeypatch.setattr(validate, "_structure", structure)
    monkeypatch.setenv("DIPREL_JOBS", "2")
    monkeypatch.setattr(validate, "PARALLEL_BYTES", 0)
    assert validate.run(repo, repo.processed, desc).all() == serial.all()


def test_structure_table_by_table_equals_the_whole_package(repo, repo_dir):
    from frictionless import Package, system

    path = repo_dir / "data/processed/casualty_figures.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",40,", ",forty,"), encoding="utf-8")
    desc = build.descriptor(repo)
    problems, summary = validate.structure(repo, desc)
    with system.use_context(trusted=False):
        whole = Package(desc, basepath=str(repo_dir)).validate()
    assert len(problems) == len(whole.flatten(["type"])) > 0
    assert summary == f"frictionless: {len(whole.tasks)} tables, {sum(t.stats['rows'] for t in whole.tasks)} rows"


def test_frictionless_in_worker_processes_gives_the_same_report(repo, monkeypatch):
    desc = json.loads((repo.root / "datapackage.json").read_text(encoding="utf-8"))
    (repo.processed / "meetings.csv").write_text("meeting_id\nnot-an-id\n", encoding="utf-8")
    serial = validate.run(repo, repo.processed, desc)
    monkeypatch.setenv("DIPREL_JOBS", "2")
    monkeypatch.setattr(validate, "PARALLEL_BYTES", 0)
    forked = validate.run(repo, repo.processed, desc)
    assert forked.all() == serial.all() and serial.problems["structure"]
