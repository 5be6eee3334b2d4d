"""Events reported by several sources merge into one record; claims never do."""
from __future__ import annotations

import datetime as dt

from diprel import schemas
from diprel.annotations import Record, Where, merge
from diprel.vocab import DATE_BASIS_STRENGTH


def event(source: str, **values) -> Record:
    base = {"ceasefire_id": "cfr-2025-05-10-ind-pak", "state_1": "IND", "state_2": "PAK", "kind": "mediated",
            "cameo_code": "0871", "date_start": dt.date(2025, 5, 10), "date_end": dt.date(2025, 5, 10), "date_precision": "day"}
    base.update(values)
    where = Where(f"data/annotations/{source}.yaml", 10)
    return Record(base["ceasefire_id"], "ceasefires", "reviewed", base, where,
                  {k: Where(where.file, 11 + i) for i, k in enumerate(base)}, [source], [])


def test_basis_ranking_covers_the_schema_codes():
    for table in schemas.tables().values():
        for f in table.fields:
            if f.name.endswith("date_basis"):
                assert set(f.enum) == set(DATE_BASIS_STRENGTH), (table.name, f.name)


def test_fields_from_two_sources_are_united():
    merged, problems = merge([event("a", broker_state=None), event("b", broker_state="USA")])
    assert problems == []
    rec = merged["cfr-2025-05-10-ind-pak"]
    assert rec.values["broker_state"] == "USA" and rec.sources == ["a", "b"]


def test_the_most_direct_date_basis_wins_in_any_order():
    for first, second in (("relative", "stated"), ("stated", "relative")):
        merged, problems = merge([event("a", date_basis=first), event("b", date_basis=second)])
        assert problems == []
        assert merged["cfr-2025-05-10-ind-pak"].values["date_basis"] == "stated"


def test_different_dates_are_a_conflict_at_the_second_file_and_line():
    merged, problems = merge([event("a"), event("b", date_start=dt.date(2025, 5, 11), date_end=dt.date(2025, 5, 11))])
    assert {p.rule for p in problems} == {"event-conflict"}
    assert all(p.file == "data/annotations/b.yaml" and p.line > 10 for p in problems)
    assert "data/annotations/a.yaml" in problems[0].message
