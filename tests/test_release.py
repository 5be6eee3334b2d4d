"""`diprel release` and `diprel diff`: contents, checksums, reproducibility, version rules, atomicity."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from diprel import build, history, release, schemas, validate
from diprel.paths import Repo

from conftest import run_cli, snapshot
from release_support import (CIVILIAN, MILITARY, NEW_ID, add_record, clone, correct_record, drop_record,
                             fresh_base, prepare, release_dir, released_base, retract, version_of)

TABLES = schemas.TABLES


@pytest.fixture
def released(tmp_path_factory):
    """The session's released copy: read it, never change it."""
    return released_base(tmp_path_factory)


@pytest.fixture
def released_copy(tmp_path, tmp_path_factory):
    return clone(released_base(tmp_path_factory), tmp_path / "released")


@pytest.fixture
def fresh_copy(tmp_path, tmp_path_factory):
    return clone(fresh_base(tmp_path_factory), tmp_path / "fresh")


def state(repo_dir: Path) -> dict[str, bytes]:
    """Everything a release may write: dist/, data/ and datapackage.json."""
    out = snapshot(repo_dir)
    for p in sorted((repo_dir / "dist").rglob("*")) if (repo_dir / "dist").exists() else []:
        out[p.relative_to(repo_dir).as_posix()] = p.read_bytes() if p.is_file() else b"<dir>"
    return out


def next_version(repo_dir: Path, level: str) -> str:
    return ".".join(map(str, history.next_versions(version_of(repo_dir))[level]))


def refused(repo_dir: Path, *args: str, rule: str) -> str:
    """Run a command that must be refused: exit 1, the rule named on one problem line, nothing written."""
    before = state(repo_dir)
    result = run_cli(repo_dir, *args)
    assert result.returncode == 1, result.stdout + result.stderr
    problems = [line for line in result.stderr.splitlines() if not line.startswith("diprel: ")]
    assert len(problems) == 1 and f": {rule}: " in problems[0], result.stderr
    assert "Traceback" not in result.stderr
    assert state(repo_dir) == before
    return problems[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- what a release holds ------------------------------------------------------------

def test_release_holds_every_part(released):
    v = version_of(released)
    d = release_dir(released)
    for name in TABLES:
        assert (d / "data" / f"{name}.csv").read_bytes() == (released / "data" / "processed" / f"{name}.csv").read_bytes()
        assert (d / "parquet" / f"{name}.parquet").is_file()
        assert (d / "schemas" / f"{name}.schema.json").read_bytes() == (released / "schemas" / f"{name}.schema.json").read_bytes()
    for name in ("CITATION.cff", "CHANGELOG.md", "CODEBOOK.md", "DIFF.md", "diff.json", "retractions.csv", "SHA256SUMS"):
        assert (d / name).is_file(), name
    assert (d / "sources" / "munir-trump-luncheon.txt").read_bytes() == (released / "data/raw/articles/munir-trump-luncheon.txt").read_bytes()
    assert (d / "CHANGELOG.md").read_text(encoding="utf-8").count(f"## [{v}]") == 1
    assert (released / "dist" / f"diprel-{v}.zip").is_file()
    assert history.manifest_path(Repo(released), v).is_file()


def test_descriptor_has_metadata_and_resource_hashes(released):
    desc = json.loads((release_dir(released) / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["name"] == "diprel" and desc["version"] == version_of(released)
    assert desc["created"] == "1980-01-01T00:00:00Z"   # no SOURCE_DATE_EPOCH, not a git work tree
    assert desc["licenses"][0]["name"] == "CC-BY-4.0" and desc["contributors"]
    assert [r["name"] for r in desc["resources"]] == list(TABLES)
    for res in desc["resources"]:
        path = release_dir(released) / res["path"]
        assert res["path"] == f"data/{res['name']}.csv" and res["schema"] == f"schemas/{res['name']}.schema.json"
        assert res["bytes"] == path.stat().st_size
        assert res["hash"] == f"sha256:{sha256(path)}"


def test_sha256sums_cover_every_file_and_match(released):
    d = release_dir(released)
    listed = {}
    for line in (d / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    files = {p.relative_to(d).as_posix() for p in d.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    assert set(listed) == files
    assert all(sha256(d / name) == digest for name, digest in listed.items())
    assert list(listed) == sorted(listed)


def test_frictionless_validates_the_release(released):
    exe = Path(sys.executable).with_name("frictionless")
    result = subprocess.run([str(exe), "validate", str(release_dir(released) / "datapackage.json")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout
    assert "INVALID" not in result.stdout and "VALID" in result.stdout


def test_parquet_is_typed_and_equals_the_csv(released):
    d = release_dir(released)
    table = pq.read_table(d / "parquet" / "casualty_figures.parquet")
    assert table.schema.field("count").type == pa.int64()
    assert table.schema.field("date_end").type == pa.date32()
    assert table.schema.field("population").type == pa.dictionary(pa.int32(), pa.string(), ordered=False)
    assert table.schema.field("date_precision").type == pa.dictionary(pa.int32(), pa.string(), ordered=True)
    assert not table.schema.field("count").nullable and table.schema.field("date_start").nullable
    for name, t in schemas.tables(Repo(released)).items():
        path = d / "parquet" / f"{name}.parquet"
        assert b"pandas" not in (pq.read_schema(path).metadata or {})
        assert release.check_parquet(t, (d / "data" / f"{name}.csv").read_text(encoding="utf-8"), path) == []
        assert pq.ParquetFile(path).metadata.row_group(0).column(0).compression == "ZSTD"


def test_codebook_lists_every_table_column_and_value(released):
    text = (release_dir(released) / "CODEBOOK.md").read_text(encoding="utf-8")
    for name, t in schemas.tables(Repo(released)).items():
        assert f"## `{name}`" in text
        for f in t.fields:
            assert f"| `{f.name}` |" in text
            for value in f.enum or ():
                assert f"`{value}`" in text
    assert "`day` < `week` < `month` < `year`" in text


def test_records_carry_their_first_release(released):
    v = version_of(released)
    rows = (released / "data" / "processed" / "records.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert rows and all(row.endswith(f",{v}") for row in rows)
    assert validate.stale_tables(Repo(released), build.collect(Repo(released))) == []


def test_same_commit_releases_identical_files(released, fresh_copy, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    release.release(Repo(fresh_copy), version_of(fresh_copy))
    first, second = release_dir(released), release_dir(fresh_copy)
    files = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    for name in files:
        if name.startswith(("data/", "datapackage.json", "SHA256SUMS")):
            assert (first / name).read_bytes() == (second / name).read_bytes(), name
    zip_name = f"diprel-{version_of(released)}.zip"
    assert (released / "dist" / zip_name).read_bytes() == (fresh_copy / "dist" / zip_name).read_bytes()


def test_created_comes_from_source_date_epoch_then_git_then_a_fixed_time(tmp_path, monkeypatch):
    repo = Repo(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750204800")
    assert release.created_at(repo) == "2025-06-18T00:00:00Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(release.DiprelError, match="SOURCE_DATE_EPOCH"):
        release.created_at(repo)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert release.created_at(repo) == "1980-01-01T00:00:00Z"
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_COMMITTER_DATE": "2025-06-19T12:00:00Z", "PATH": "/usr/bin:/bin"}
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, env=env)
    subprocess.run(["git", "-C", str(tmp_path), "commit", "-q", "--allow-empty", "-m", "x"], check=True, env=env)
    assert release.created_at(repo) == "2025-06-19T12:00:00Z"
    assert release.created_at(Repo(tmp_path / "sub")) == "1980-01-01T00:00:00Z"   # inside, not the top of, a work tree


def test_zip_has_relative_sorted_entries_with_fixed_times(released):
    v = version_of(released)
    with zipfile.ZipFile(released / "dist" / f"diprel-{v}.zip") as zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        assert names == sorted(names)
        assert all(n.startswith(f"diprel-{v}/") and not n.startswith("/") and ".." not in n.split("/") for n in names)
        assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
        assert zf.read(f"diprel-{v}/datapackage.json") == (release_dir(released) / "datapackage.json").read_bytes()
    d = release_dir(released)
    assert sorted(n.split("/", 1)[1] for n in names) == sorted(p.relative_to(d).as_posix() for p in d.rglob("*") if p.is_file())


def test_quote_only_sources_are_not_redistributed(fresh_copy, monkeypatch):
    meta = fresh_copy / "data/raw/articles/munir-trump-luncheon.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("rights: redistributable", "rights: quote-only"), encoding="utf-8")
    build.build(Repo(fresh_copy))
    monkeypatch.setattr(validate, "problems_for", lambda *a, **k: [])   # the build above validated the same tables
    release.release(Repo(fresh_copy), version_of(fresh_copy))
    assert not (release_dir(fresh_copy) / "sources").exists()


# --- refusals ------------------------------------------------------------------------------

def test_an_existing_version_is_refused(released_copy):
    v = version_of(released_copy)
    refused(released_copy, "release", v, rule="version-exists")
    history.manifest_path(Repo(released_copy), v).unlink()   # the dist directory alone also counts
    refused(released_copy, "release", v, rule="version-exists")


def test_bad_and_out_of_order_versions_are_refused(released_copy, fresh_copy):
    refused(released_copy, "release", "1.0", rule="bad-version")
    x, y, _ = history.parse_version(version_of(released_copy))
    refused(released_copy, "release", f"{x}.{y + 2}.0", rule="version-order")
    refused(fresh_copy, "release", "0.0.9", rule="version-order")


def test_a_patch_that_adds_a_record_is_refused(released_copy):
    add_record(released_copy)
    v = next_version(released_copy, "patch")
    prepare(released_copy, v)
    line = refused(released_copy, "release", v, rule="version-rule")
    assert "1 record(s) added" in line and next_version(released_copy, "minor") in line


def test_a_schema_change_needs_a_major_release(released_copy):
    path = released_copy / "schemas" / "casualty_figures.schema.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    next(f for f in desc["fields"] if f["name"] == "subgroup")["constraints"]["enum"].append("journalists")
    path.write_text(json.dumps(desc, indent=2) + "\n", encoding="utf-8")
    v = next_version(released_copy, "minor")
    prepare(released_copy, v)
    assert "casualty_figures" in refused(released_copy, "release", v, rule="version-rule")


def test_editing_schema_prose_is_not_a_schema_change(released):
    t = schemas.table("meetings", Repo(released))
    prose = dict(t.descriptor, description="Reworded.", fields=[dict(f, description="Reworded.") for f in t.descriptor["fields"]])
    assert history.schema_hash(t) == history.schema_hash(schemas.Table(t.name, t.path, prose, t.fields, t.primary_key))


def test_a_missing_changelog_section_is_refused(released_copy):
    correct_record(released_copy)
    v = next_version(released_copy, "patch")
    prepare(released_copy, v)
    changelog = released_copy / "CHANGELOG.md"
    changelog.write_text(changelog.read_text(encoding="utf-8").replace(f"## [{v}]", "## [9.9.9]"), encoding="utf-8")
    refused(released_copy, "release", v, rule="changelog-missing")


def test_metadata_that_names_another_version_is_refused(released_copy):
    correct_record(released_copy)
    refused(released_copy, "release", next_version(released_copy, "patch"), rule="version-mismatch")


def test_tables_not_rebuilt_are_refused(released_copy):
    correct_record(released_copy)
    v = next_version(released_copy, "patch")
    prepare(released_copy, v)
    refused(released_copy, "release", v, rule="stale-table")


def test_a_corrections_only_patch_is_released(released_copy):
    v0 = version_of(released_copy)
    correct_record(released_copy)
    v = next_version(released_copy, "patch")
    prepare(released_copy, v)
    build.build(Repo(released_copy))
    result = release.release(Repo(released_copy), v)
    assert (result.diff.added, result.diff.removed) == ([], [])
    assert result.diff.changed == [("casualty_figures", MILITARY, ["note"])]
    records = (released_copy / "data" / "processed" / "records.csv").read_text(encoding="utf-8")
    assert f",{v}\n" not in records and f",{v0}\n" in records   # first_release stays the first


# --- retractions and the diff ------------------------------------------------------------------

@pytest.fixture(scope="module")
def second_release(tmp_path_factory):
    """The first release, then a minor one that adds, corrects, and drops (with a retraction) a record each."""
    repo_dir = clone(released_base(tmp_path_factory), tmp_path_factory.mktemp("second") / "repo")
    old, new, patch = version_of(repo_dir), next_version(repo_dir, "minor"), next_version(repo_dir, "patch")
    add_record(repo_dir)
    correct_record(repo_dir)
    drop_record(repo_dir)
    prepare(repo_dir, new)
    line = refused(repo_dir, "release", new, rule="retraction-missing")
    assert CIVILIAN in line
    retract(repo_dir, CIVILIAN, new)
    build.build(Repo(repo_dir))
    refused(repo_dir, "release", patch, rule="version-rule")   # a removal needs a minor release
    result = run_cli(repo_dir, "release", new)
    assert result.returncode == 0, result.stderr
    return repo_dir, old, new


def test_a_retracted_record_may_go_and_the_release_carries_it(second_release):
    repo_dir, _, new = second_release
    d = release_dir(repo_dir, new)
    assert CIVILIAN not in (d / "data" / "casualty_figures.csv").read_text(encoding="utf-8")
    assert f"{CIVILIAN},{new},Duplicate" in (d / "retractions.csv").read_text(encoding="utf-8")
    manifest = json.loads(history.manifest_path(Repo(repo_dir), new).read_text(encoding="utf-8"))
    assert manifest["retractions"][0]["id"] == CIVILIAN and CIVILIAN not in manifest["records"]


def test_the_release_diff_lists_added_removed_and_changed_fields(second_release):
    repo_dir, old, new = second_release
    diff = json.loads((release_dir(repo_dir, new) / "diff.json").read_text(encoding="utf-8"))
    assert (diff["from"], diff["to"], diff["bump_needed"]) == (old, new, "minor")
    assert diff["added"] == [{"table": "casualty_figures", "id": NEW_ID}]
    assert [(r["id"], r["retraction"]["version"]) for r in diff["removed"]] == [(CIVILIAN, new)]
    assert diff["changed"] == [{"table": "casualty_figures", "id": MILITARY, "fields": ["note"]}]
    md = (release_dir(repo_dir, new) / "DIFF.md").read_text(encoding="utf-8")
    assert f"changes since {old}" in md and f"`{NEW_ID}`" in md and f"`{CIVILIAN}`" in md and "`note`" in md


def test_diprel_diff_prints_the_record_level_diff(second_release):
    repo_dir, old, new = second_release
    result = run_cli(repo_dir, "diff", old, str(release_dir(repo_dir, new)))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"{old} -> {new}: 1 added, 1 removed, 1 changed" in out
    assert f"added    casualty_figures  {NEW_ID}" in out
    assert f"removed  casualty_figures  {CIVILIAN}  (retracted in {new}" in out
    assert f"changed  casualty_figures  {MILITARY}: note" in out
    assert "likely a garbled" in out and "probably a garbled" in out   # values, from the two release directories


def test_diprel_diff_falls_back_to_the_manifest(second_release, tmp_path):
    repo_dir, old, new = second_release
    copy = clone(repo_dir, tmp_path / "repo")
    for p in (copy / "dist").iterdir():   # a fresh clone: manifests committed, dist/ not
        p.unlink() if p.is_file() else shutil.rmtree(p)
    result = run_cli(copy, "diff", old, new)
    assert result.returncode == 0, result.stderr
    assert f"changed  casualty_figures  {MILITARY}: note" in result.stdout and "garbled" not in result.stdout


def test_diprel_diff_refuses_what_is_not_a_release(released_copy):
    refused(released_copy, "diff", "9.9.9", version_of(released_copy), rule="no-release")


# --- atomicity -------------------------------------------------------------------------------------

@pytest.mark.parametrize("error", [RuntimeError("injected"), KeyboardInterrupt()])
def test_an_interrupted_release_leaves_dist_and_data_as_they_were(fresh_copy, monkeypatch, error):
    (fresh_copy / "dist").mkdir()
    (fresh_copy / "dist" / "notes.txt").write_text("kept\n", encoding="utf-8")
    before = state(fresh_copy)

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(validate, "problems_for", lambda *a, **k: [])   # speed: the failure comes later
    monkeypatch.setattr(release, "write_zip", fail)                      # after every file of the release is written
    with pytest.raises(type(error)):
        release.release(Repo(fresh_copy), version_of(fresh_copy))
    assert state(fresh_copy) == before


def test_a_failed_first_release_leaves_no_dist(fresh_copy, monkeypatch):
    monkeypatch.setattr(validate, "problems_for", lambda *a, **k: [])
    monkeypatch.setattr(release, "check_package", lambda directory: [release.Problem("datapackage.json", 0, "x", "injected")])
    with pytest.raises(release.DiprelError):
        release.release(Repo(fresh_copy), version_of(fresh_copy))
    assert not (fresh_copy / "dist").exists()


def test_the_cli_lists_release_and_diff():
    from click.testing import CliRunner

    from diprel.cli import main

    out = CliRunner().invoke(main, ["--help"]).output
    assert "release" in out and "diff" in out
