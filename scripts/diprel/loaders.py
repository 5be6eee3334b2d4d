"""Read diprel tables as typed pandas frames, from a release or from the repository.

Types come from the Table Schemas the descriptor points at: those shipped in
the release (so an old release reads with its own schemas), or schemas/ for
the repository's data/processed. The types are those of `tablesio.read_csv`:
dates `date32[pyarrow]`, enums categoricals (ordered where the schema says
so), integers nullable `Int64`, numbers `Float64`, text `string`. A release's
Parquet twin is read when present, its CSV otherwise.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from . import schemas, tablesio
from .paths import Repo


def load(table: str, release: str | Path | None = None) -> pd.DataFrame:
    """One table: `load("meetings", release="dist/diprel-0.1.0")`; without release, the repository's data/processed."""
    base, resources = _package(release)
    if table not in resources:
        raise ValueError(f"no table {table!r} in {base}; tables: {', '.join(resources)}")
    return _read(base, resources[table])


def load_package(release: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """Every table of a release (a directory or its datapackage.json), by name, in the descriptor's order."""
    base, resources = _package(release)
    return {name: _read(base, res) for name, res in resources.items()}


def _package(release) -> tuple[Path, dict[str, dict]]:
    if release is None:
        base = Repo.find().root
    else:
        base = Path(release)
        base = base.parent if base.name == "datapackage.json" else base
    desc = json.loads((base / "datapackage.json").read_text(encoding="utf-8"))
    return base, {res["name"]: res for res in desc["resources"]}


def _read(base: Path, res: dict) -> pd.DataFrame:
    inside = Repo(base).inside   # descriptor paths are input: refuse absolute or `..` paths
    table = schemas.read_table(res["name"], inside(base, res["schema"]))
    parquet = res.get("x-diprel", {}).get("parquet")
    if parquet and inside(base, parquet).is_file():
        return _read_parquet(inside(base, parquet), table)
    return tablesio.read_csv(inside(base, res["path"]), table)


def _read_parquet(path: Path, table: schemas.Table) -> pd.DataFrame:
    import pyarrow as pa
    import pyarrow.parquet as pq

    mapping = {pa.date32(): pd.ArrowDtype(pa.date32()), pa.int64(): pd.Int64Dtype(),
               pa.float64(): pd.Float64Dtype(), pa.string(): pd.StringDtype()}
    frame = pq.read_table(path, columns=table.columns).to_pandas(types_mapper=mapping.get)
    # Categories from the schema, not from the file's dictionary, so unused levels and their order survive.
    return frame.astype({f.name: tablesio.pandas_dtype(f) for f in table.fields})
