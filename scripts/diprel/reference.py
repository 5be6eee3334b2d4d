"""The actor gazetteer: states from `states.csv`, everyone else from `actors.yaml`.

States are keyed by ISO3 code so that every state column of every table can
carry a foreign key to `actors`. COW codes and Wikidata ids are filled only
where verified; a null is an honest "not yet known".
"""
from __future__ import annotations

import csv
import io

from . import schemas, sources, yamlio
from .annotations import Where
from .errors import ProblemList
from .paths import Repo
from .vocab import ACTOR

STATES_FILE = "states.csv"
ACTORS_FILE = "actors.yaml"
STATE_COLUMNS = ("iso3", "name", "cow_code", "wikidata", "note")


def load_actors(repo: Repo) -> tuple[dict[str, dict], dict[str, Where]]:
    """actor_id -> row (schema columns, typed) and actor_id -> where it is defined."""
    table = schemas.table("actors", repo)
    p = ProblemList()
    rows, where, state_where = {}, {}, {}

    def add(raw: dict, file: str, line: int, line_of):
        row = {}
        for f in table.fields:
            value, err = schemas.check_value(f, raw.get(f.name))
            if err:
                p.add(file, line_of(f.name), "wrong-value", err)
            row[f.name] = value
        aid = row["actor_id"]
        if aid is None:
            return
        if aid in rows:
            p.add(file, line, "duplicate-id", f"actor {aid!r} is already defined at {where[aid].file}:{where[aid].line}")
            return
        rows[aid], where[aid], state_where[aid] = row, Where(file, line), Where(file, line_of("state"))

    states = repo.reference / STATES_FILE
    display = repo.rel(states)
    text = sources.decode(states.read_bytes(), display) if states.is_file() else ""
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is not None and list(reader.fieldnames) != list(STATE_COLUMNS):
        p.add(display, 1, "wrong-columns", f"columns must be {','.join(STATE_COLUMNS)}")
        p.raise_if_any()
    for rec in reader:
        line = reader.line_num
        cow = rec.get("cow_code") or None
        if cow is not None:
            cow = int(cow) if cow.isdigit() else cow
        raw = {"actor_id": rec["iso3"], "name": rec["name"], "actor_type": ACTOR.state, "state": rec["iso3"],
               "cow_code": cow, "wikidata": rec.get("wikidata") or None, "note": rec.get("note") or None}
        add(raw, display, line, lambda _col, _l=line: _l)

    path = repo.reference / ACTORS_FILE
    if path.is_file():
        display = repo.rel(path)
        doc = yamlio.read(path, display=display)
        items = doc.get("actors") if isinstance(doc, dict) else None
        if not isinstance(items, list):
            p.add(display, getattr(doc, "line", 1), "wrong-type", "actors.yaml must be a mapping with a list under `actors`")
        else:
            for item in items:
                if not isinstance(item, dict):
                    p.add(display, getattr(items, "line", 1), "wrong-type", "each actor must be a mapping of column: value")
                    continue
                for key in item:
                    if key not in table.columns:
                        p.add(display, item.line_of(key), "unknown-key", f"{key!r} is not a column of actors")
                add(item, display, item.line, item.line_of)
    for aid, row in rows.items():
        if row["state"] is not None and row["state"] not in rows:
            w = state_where[aid]
            p.add(w.file, w.line, "unknown-actor", f"actor {aid!r} belongs to state {row['state']!r}, which is not in {STATES_FILE}")
    p.raise_if_any()
    return rows, where
