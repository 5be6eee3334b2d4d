"""Reading and writing the tidy tables as CSV, typed by the schemas.

CSV output is byte-stable: rows sorted by primary key, columns in schema
order, `\n` line ends, ISO dates, empty cell for null. Reading gives pandas
frames with the schema's types: dates as `date32[pyarrow]`, enums as
categoricals (ordered where the schema says so), integers as nullable Int64.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pyarrow as pa

from .schemas import Table


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def sort_key(table: Table):
    pk = table.primary_key
    return lambda row: tuple(cell(row.get(c)) if not isinstance(row.get(c), int) else f"{row[c]:020d}" for c in pk)


def to_csv(table: Table, rows: list[dict]) -> str:
    """The table as CSV text, deterministic for the same rows in any order."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    columns = table.columns
    w.writerow(columns)
    # Most cells are text already; only the others need `cell` (a large table has millions).
    w.writerows([v if type(v) is str else cell(v) for v in map(row.get, columns)] for row in sorted(rows, key=sort_key(table)))
    return buf.getvalue()


def pandas_dtype(field):
    if field.enum:
        return pd.CategoricalDtype(list(field.enum), ordered=field.ordered)
    return {
        "integer": "Int64",
        "number": "Float64",
        "date": pd.ArrowDtype(pa.date32()),
        "boolean": "boolean",
    }.get(field.type, "string")


def read_csv(path: Path, table: Table) -> pd.DataFrame:
    """A CSV table as a typed DataFrame, columns in schema order."""
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    return typed(raw, table)


def typed(raw: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Apply the schema's types to a frame of strings."""
    out = {}
    for f in table.fields:
        col = raw[f.name] if f.name in raw else pd.Series([None] * len(raw), dtype="string")
        if f.type == "date":
            values = [None if pd.isna(v) else dt.date.fromisoformat(v) for v in col]
            out[f.name] = pd.Series(pa.array(values, type=pa.date32()), dtype=pd.ArrowDtype(pa.date32()))
        elif f.type in ("integer", "number"):
            out[f.name] = pd.to_numeric(col).astype(pandas_dtype(f))
        else:
            out[f.name] = col.astype(pandas_dtype(f))
    return pd.DataFrame(out)
