"""The table schemas in `schemas/`: the single source of truth for columns.

Everything else (the build, the loaders, the codebook, the extractor's field
names, the annotation checks) asks this module; no other module lists columns,
types or enums.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .errors import DiprelError
from .paths import Repo

# Order of resources in datapackage.json and of tables in releases: reference
# tables first, so foreign keys point backwards.
TABLES = ("sources", "actors", "conflicts", "meetings", "mediation_offers",
          "ceasefires", "casualty_figures", "records", "evidence")


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str = ""
    required: bool = False
    unique: bool = False
    enum: tuple | None = None
    ordered: bool = False
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    min_length: int | None = None
    actor_type: str | None = None  # for actor references: the actor_type the target must have


@dataclass(frozen=True)
class Table:
    name: str
    path: Path
    descriptor: dict = field(repr=False, hash=False, compare=False)
    fields: tuple = ()
    primary_key: tuple = ()
    id_prefix: str | None = None

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def id_field(self) -> str:
        return self.primary_key[0]

    def foreign_keys(self) -> list[tuple[str, str, str]]:
        """(column, referenced table, referenced column) for single-column keys."""
        out = []
        for fk in self.descriptor.get("foreignKeys", []):
            ref = fk["reference"]
            out.append((fk["fields"][0], ref["resource"] or self.name, ref["fields"][0]))
        return out


def _field(d: dict) -> Field:
    c = d.get("constraints", {})
    enum = c.get("enum")
    return Field(
        name=d["name"], type=d.get("type", "string"), description=d.get("description", ""),
        required=bool(c.get("required")), unique=bool(c.get("unique")),
        enum=tuple(enum) if enum else None, ordered=bool(d.get("categoriesOrdered")),
        pattern=c.get("pattern"), minimum=c.get("minimum"), maximum=c.get("maximum"),
        max_length=c.get("maxLength"), min_length=c.get("minLength"),
        actor_type=d.get("x-diprel", {}).get("actor_type"),
    )


def read_table(name: str, path: Path) -> Table:
    """One Table Schema file as a Table (also the copies shipped in a release)."""
    desc = json.loads(path.read_text(encoding="utf-8"))
    pk = desc.get("primaryKey", [])
    return Table(
        name=name, path=path, descriptor=desc,
        fields=tuple(_field(f) for f in desc["fields"]),
        primary_key=tuple([pk] if isinstance(pk, str) else pk),
        id_prefix=desc.get("x-diprel", {}).get("id_prefix"),
    )


@cache
def _load(schema_dir: Path) -> dict[str, Table]:
    return {name: read_table(name, schema_dir / f"{name}.schema.json") for name in TABLES}


def _default_repo() -> Repo:
    """The repository around the working directory; outside one (a Dask worker,
    a script run elsewhere), the source checkout this package lives in."""
    try:
        return Repo.find()
    except DiprelError:
        return Repo(Path(__file__).resolve().parents[2])


@cache
def _default_schema_dir(root_env: str | None, cwd: str) -> Path:
    """Keyed by what Repo.find looks at: checks call `table()` per value, and finding
    and resolving the repository each time cost more than the checks."""
    return _default_repo().schemas.resolve()


def tables(repo: Repo | None = None) -> dict[str, Table]:
    if repo is None:
        return _load(_default_schema_dir(os.environ.get("DIPREL_ROOT"), os.getcwd()))
    return _load(repo.schemas.resolve())


def table(name: str, repo: Repo | None = None) -> Table:
    return tables(repo)[name]


def record_tables(repo: Repo | None = None) -> dict[str, Table]:
    """Tables whose rows are coded records (they have an id prefix), by prefix."""
    return {t.id_prefix: t for t in tables(repo).values() if t.id_prefix}


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_pattern = cache(re.compile)
FORMULA_PREFIXES = ("=", "+", "-", "@")


def check_value(f: Field, value, *, required: bool | None = None):
    """Check one YAML value against its schema field.

    Returns (value, None) when valid — dates become `datetime.date` — or
    (None, message) otherwise. Null is valid unless the field is required.
    """
    if value is None or value == "":
        required = f.required if required is None else required
        return (None, f"{f.name} is required") if required else (None, None)
    if f.type == "date":
        if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
            return None, f"{f.name} must be a date written YYYY-MM-DD, got {value!r}"
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return None, f"{f.name} {value!r} is not a real calendar date"
        return value, None
    if f.type == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            return None, f"{f.name} must be a whole number, got {value!r}"
    elif f.type == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None, f"{f.name} must be a number, got {value!r}"
    elif f.type == "string":
        if not isinstance(value, str):
            hint = " (quote it in YAML, e.g. '042')" if isinstance(value, (int, float)) else ""
            return None, f"{f.name} must be text, got {type(value).__name__} {value!r}{hint}"
        if value.startswith(FORMULA_PREFIXES):
            return None, f"{f.name} starts with {value[0]!r}, which spreadsheets run as a formula; rephrase it"
        if f.enum and value not in f.enum:
            return None, f"{f.name} {value!r} is not one of: {', '.join(f.enum)}"
        if f.pattern and not _pattern(f.pattern).fullmatch(value):
            return None, f"{f.name} {value!r} does not match the pattern {f.pattern}"
        if f.max_length and len(value) > f.max_length:
            return None, f"{f.name} is {len(value)} characters long; the limit is {f.max_length}"
    if f.minimum is not None and value < f.minimum:
        return None, f"{f.name} {value} is below the minimum {f.minimum}"
    if f.maximum is not None and value > f.maximum:
        return None, f"{f.name} {value} is above the maximum {f.maximum}"
    return value, None
