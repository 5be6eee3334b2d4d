"""Citation files: valid, and their versions in step with the package, the changelog and the releases."""
from __future__ import annotations

import datetime as dt
import json
import re

import yaml

from diprel import history
from diprel.paths import Repo

from conftest import ROOT
from release_support import release_dir, released_base, version_of

HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?$", re.M)


def citation(path=ROOT / "CITATION.cff") -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)   # every scalar as text, as CFF reads it


def changelog_sections() -> list[tuple[str, str | None, str]]:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    heads = list(HEADING.finditer(text))
    return [(m["version"], m["date"], text[m.end():heads[i + 1].start() if i + 1 < len(heads) else len(text)])
            for i, m in enumerate(heads)]


def test_citation_cff_has_what_cff_1_2_0_requires():
    cff = citation()
    assert cff["cff-version"] == "1.2.0"
    assert cff["message"] and cff["title"] and cff["type"] == "dataset"
    assert history.VERSION_RE.fullmatch(cff["version"])
    dt.date.fromisoformat(cff["date-released"])
    assert cff["authors"] == [{"name": "diprel contributors"}]
    assert cff["license"] == "CC-BY-4.0"
    assert set(cff) <= {"cff-version", "message", "title", "type", "version", "date-released", "authors", "license",
                        "abstract", "keywords", "repository-code", "url", "doi", "identifiers", "references"}


def test_zenodo_metadata():
    z = json.loads((ROOT / ".zenodo.json").read_text(encoding="utf-8"))
    assert z["upload_type"] == "dataset" and z["license"] == "cc-by-4.0" and z["access_right"] == "open"
    assert z["title"] == citation()["title"] and z["creators"] == [{"name": "diprel contributors"}]


def test_package_metadata():
    desc = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    assert desc["name"] == "diprel" and desc["title"] == citation()["title"] and desc["description"]
    assert desc["licenses"] == [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                                 "title": "Creative Commons Attribution 4.0 International"}]
    assert desc["contributors"] and desc["keywords"]


def test_changelog_keeps_a_changelog_with_data_and_schema_sections():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n") and "## [Unreleased]" in text
    versions = [(v, d, body) for v, d, body in changelog_sections() if v != "Unreleased"]
    assert versions, "no released version in CHANGELOG.md"
    for version, date, body in versions:
        assert history.VERSION_RE.fullmatch(version) and date, version
        dt.date.fromisoformat(date)
        assert "\n### Data\n" in body and "\n### Schema\n" in body, version
    parsed = [history.parse_version(v) for v, _, _ in versions]
    assert parsed == sorted(parsed, reverse=True), "newest version first"


def test_versions_are_in_step():
    latest_changelog = next(v for v, _, _ in changelog_sections() if v != "Unreleased")
    package = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))["version"]
    assert citation()["version"] == package == latest_changelog
    manifest = history.latest(Repo(ROOT))
    if manifest is not None:   # once released, the latest release is the version the metadata names
        assert manifest["version"] == package


def test_the_release_carries_citation_with_its_date(tmp_path_factory):
    released = released_base(tmp_path_factory)
    cff = citation(release_dir(released) / "CITATION.cff")
    desc = json.loads((release_dir(released) / "datapackage.json").read_text(encoding="utf-8"))
    assert cff["version"] == desc["version"] == version_of(released)
    assert cff["date-released"] == desc["created"][:10]
