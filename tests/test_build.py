"""The build: seed records land in typed tables, deterministically and atomically."""
from __future__ import annotations

import re

import pytest

from diprel import build, schemas, validate
from diprel.errors import DiprelError
from diprel.paths import Repo

from conftest import ROOT, run_cli, snapshot

ANNOTATION = "data/annotations/munir-trump-luncheon.yaml"
LINE_RE = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+): (?P<rule>[a-z0-9-]+): .+")


def processed(repo_dir):
    return {p.name: p.read_bytes() for p in sorted((repo_dir / "data" / "processed").glob("*.csv"))}


def test_seed_records_land_in_the_tables(repo):
    built = build.build(repo)
    ids = {name: sorted(r[schemas.table(name, repo).id_field] for r in rows) for name, rows in built.rows.items()
           if name in ("meetings", "mediation_offers", "ceasefires", "casualty_figures", "conflicts")}
    assert ids == {
        "conflicts": ["con-2025-ind-pak"],
        "meetings": ["mtg-2025-06-18-usa-pak"],
        "mediation_offers": ["med-2025-05-10-usa-ind-pak", "med-usa-ind-pak-kashmir"],
        "ceasefires": ["cfr-2025-05-10-ind-pak"],
        "casualty_figures": ["cas-munir-trump-luncheon-pak-civilian", "cas-munir-trump-luncheon-pak-military"],
    }
    counts = sorted((r["population"], r["count"]) for r in built.rows["casualty_figures"])
    assert counts == [("civilian", 40), ("military", 113)]
    text = (repo.articles / "munir-trump-luncheon.txt").read_text(encoding="utf-8")
    for ev in built.rows["evidence"]:
        assert text[ev["start"]:ev["end"]] == ev["quote"]


def test_committed_outputs_are_what_the_inputs_build():
    """The live repository: data/processed and datapackage.json are rebuilt, not hand-edited."""
    live = Repo(ROOT)
    assert validate.stale_tables(live, build.collect(live)) == []


def test_two_builds_are_byte_identical(repo, repo_dir):
    build.build(repo)
    first = processed(repo_dir), (repo_dir / "datapackage.json").read_bytes()
    for p in (repo_dir / "data" / "processed").glob("*.csv"):
        p.unlink()
    build.build(repo)
    assert (processed(repo_dir), (repo_dir / "datapackage.json").read_bytes()) == first


def test_a_one_character_quote_change_fails_with_file_and_line(repo_dir):
    path = repo_dir / ANNOTATION
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    n = next(i for i, line in enumerate(lines) if "quote: A US-brokered ceasefire" in line)
    lines[n] = lines[n].replace("US-brokered", "US-brokerd")
    path.write_text("".join(lines), encoding="utf-8")
    before = snapshot(repo_dir)
    result = run_cli(repo_dir, "build")
    assert result.returncode == 1
    err = result.stderr.strip().splitlines()
    assert err and all(LINE_RE.match(line) for line in err), result.stderr
    first = LINE_RE.match(err[0])
    assert (first["file"], int(first["line"]), first["rule"]) == (ANNOTATION, n + 1, "quote-not-found")
    assert "US-brokered" in err[0], "the hint shows the closest passage"
    assert "Traceback" not in result.stderr
    assert snapshot(repo_dir) == before
    assert not list((repo_dir / "data").glob(".processed*"))


def test_a_failure_while_writing_leaves_outputs_untouched(repo, repo_dir, monkeypatch):
    before = snapshot(repo_dir)
    real, written = build.write_table, []

    def fail_on_the_fifth(repo_, built_, directory, name):
        written.append(name)
        if len(written) == 5:
            raise OSError("disk full")
        real(repo_, built_, directory, name)

    monkeypatch.setattr(build, "write_table", fail_on_the_fifth)
    with pytest.raises(OSError):
        build.build(repo)
    assert len(written) == 5
    assert snapshot(repo_dir) == before
    assert not list((repo_dir / "data").glob(".processed*"))


def test_validation_failure_in_staging_writes_nothing(repo, repo_dir):
    before = snapshot(repo_dir)
    fake = validate.Problem("x.yaml", 3, "some-rule", "broken")
    with pytest.raises(DiprelError) as exc:
        build.build(repo, check=lambda *a: [fake])
    assert exc.value.problems == [fake]
    assert snapshot(repo_dir) == before


def test_recover_restores_a_swap_cut_short(repo, repo_dir):
    before = snapshot(repo_dir)
    processed_dir = repo_dir / "data" / "processed"
    # a process id above any pid_max: 12345 could be a live process, whose swap recover rightly leaves alone
    processed_dir.rename(repo_dir / "data" / ".processed.old-999999999")
    build.recover(repo)
    assert snapshot(repo_dir) == before


def test_drafts_are_not_published_unless_asked(repo, repo_dir):
    path = repo_dir / ANNOTATION
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("review_status: reviewed", "review_status: draft", 1), encoding="utf-8")
    # The draft conflict is referenced by reviewed records: publishing without it must fail.
    with pytest.raises(DiprelError) as exc:
        build.collect(repo)
    assert {p.rule for p in exc.value.problems} == {"unknown-reference"}
    built = build.collect(repo, include_drafts=True)
    assert built.drafts_skipped == 0
    assert {r["review_status"] for r in built.rows["records"] if r["record_id"] == "con-2025-ind-pak"} == {"draft"}


def test_cli_exit_codes(repo_dir):
    assert run_cli(repo_dir, "validate").returncode == 0
    assert run_cli(repo_dir, "build").returncode == 0
    assert run_cli(repo_dir, "no-such-command").returncode == 2
    assert run_cli(repo_dir, "add").returncode == 2
    (repo_dir / "data" / "processed" / "meetings.csv").write_text("meeting_id\n", encoding="utf-8")
    result = run_cli(repo_dir, "validate")
    assert result.returncode == 1
    assert "stale-table" in result.stdout


def test_add_archives_in_normal_form(repo_dir, tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes("\ufeffCafe\u0301 talks\r\nsecond line".encode("utf-8"))
    result = run_cli(repo_dir, "add", str(article), "--id", "cafe-talks", "--published", "2025-07-01")
    assert result.returncode == 0, result.stderr
    text = (repo_dir / "data/raw/articles/cafe-talks.txt").read_bytes().decode("utf-8")
    assert text == "Caf\u00e9 talks\nsecond line\n"
    again = run_cli(repo_dir, "add", str(article), "--id", "cafe-talks")
    assert again.returncode == 1 and "source-exists" in again.stderr
    twin = run_cli(repo_dir, "add", str(article), "--id", "cafe-talks-again")
    assert twin.returncode == 1 and "source-duplicate" in twin.stderr and "'cafe-talks'" in twin.stderr
    assert run_cli(repo_dir, "validate").returncode == 1, "a new source makes the committed tables stale"
    assert run_cli(repo_dir, "build").returncode == 0


def test_recover_leaves_a_running_build_alone(repo, repo_dir):
    import subprocess
    import sys

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        live = repo_dir / "data" / f".processed.tmp-{other.pid}-abc"
        dead = repo_dir / "data" / ".processed.tmp-999999999-abc"
        live.mkdir()
        dead.mkdir()
        build.recover(repo)
        assert live.is_dir(), "another process's staging directory must survive"
        assert not dead.exists(), "a dead process's staging directory is cleaned up"
    finally:
        other.kill()
        other.wait()
