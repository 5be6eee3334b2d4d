"""The Python loader: typed frames from a release (Parquet or CSV) or from the repository."""
from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pytest

import diprel
from diprel import schemas
from diprel.errors import DiprelError
from diprel.paths import Repo
from diprel.tablesio import pandas_dtype

from release_support import clone, release_dir, released_base


@pytest.fixture
def released(tmp_path_factory):
    return released_base(tmp_path_factory)


def test_load_gives_schema_types(released):
    cas = diprel.load("casualty_figures", release=release_dir(released))
    assert cas["count"].dtype == "Int64" and sorted(cas["count"]) == [40, 113]
    assert cas["date_start"].dtype == pd.ArrowDtype(pa.date32()) and cas["date_start"].isna().all()
    assert cas["date_end"].dtype == pd.ArrowDtype(pa.date32())
    assert str(cas["date_end"].iloc[0]) == "2025-05-10"
    assert list(cas["population"].cat.categories) == ["civilian", "military", "unspecified"]
    assert not cas["population"].cat.ordered and cas["date_precision"].cat.ordered
    assert cas["note"].dtype == "string"
    meetings = diprel.load("meetings", release=release_dir(released) / "datapackage.json")
    assert meetings["date_start"].dtype == pd.ArrowDtype(pa.date32())
    assert list(meetings["meeting_id"]) == ["mtg-2025-06-18-usa-pak"]


def test_parquet_and_csv_load_the_same_frames(released, tmp_path):
    csv_only = clone(release_dir(released), tmp_path / "release")
    for p in (csv_only / "parquet").iterdir():
        p.unlink()
    from_parquet = diprel.load_package(release_dir(released))
    from_csv = diprel.load_package(csv_only)
    assert list(from_parquet) == list(schemas.TABLES)
    for name in from_parquet:
        pd.testing.assert_frame_equal(from_parquet[name], from_csv[name])


def test_without_a_release_the_repository_tables_load(released, monkeypatch):
    monkeypatch.setenv("DIPREL_ROOT", str(released))
    repo_frames = diprel.load_package()
    release_frames = diprel.load_package(release_dir(released))
    for name, frame in repo_frames.items():
        pd.testing.assert_frame_equal(frame, release_frames[name])
    assert diprel.load("records")["first_release"].notna().all()


def test_an_unknown_table_is_a_clear_error(released):
    with pytest.raises(ValueError, match="no table 'talks'"):
        diprel.load("talks", release=release_dir(released))


def test_descriptor_paths_may_not_escape_the_release(released, tmp_path):
    copy = clone(release_dir(released), tmp_path / "release")
    desc = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    desc["resources"][0]["schema"] = "../../schemas/sources.schema.json"
    (copy / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    with pytest.raises(DiprelError, match="escapes"):
        diprel.load("sources", release=copy)


def test_import_diprel_stays_cheap_and_load_is_callable():
    code = ("import sys, diprel, diprel.cli; assert 'pandas' not in sys.modules, 'pandas imported'; "
            "assert callable(diprel.load); print(diprel.load_package.__name__)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "load_package"


def test_loaded_types_match_tablesio(released):
    frames = diprel.load_package(release_dir(released))
    for name, t in schemas.tables(Repo(released)).items():
        for f in t.fields:
            assert frames[name][f.name].dtype == pandas_dtype(f), (name, f.name)
