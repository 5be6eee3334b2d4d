"""to_annotation_records and write_draft: ids, occurrences, and reviewed records left alone."""
from __future__ import annotations

import datetime as dt

from diprel import yamlio
from diprel.extract import extract_text, to_annotation_records, write_draft

TEXT = ("Thailand and Cambodia agreed to a ceasefire on Monday. Thai Prime Minister Anutin Charnvirakul "
        "met Cambodian Prime Minister Hun Manet in Kuala Lumpur on Tuesday. "
        "Thai authorities said 14 civilians and 15 soldiers had been killed on the Thai side.")
PUB = dt.date(2025, 6, 18)

REVIEWED = """\
# Hand-coded records; a comment the extractor must keep.
source_id: demo
coder: someone
records:
  # The ceasefire, checked against the text.
  - id: cfr-2025-06-16-khm-tha
    review_status: reviewed
    date_start: "2025-06-16"
    state_1: KHM
    state_2: THA   # order as the text gives it
    kind: bilateral
    cameo_code: "0871"
    note: >-
      Folded text that a round trip
      must not re-wrap.
    evidence:
      - quote: Thailand and Cambodia agreed to a ceasefire on Monday
        supports: [state_1, state_2]

  - id: mtg-old-draft
    review_status: draft
    state_1: THA
    state_2: KHM
    format: talks
    cameo_code: "040"
    evidence:
      - quote: met Cambodian Prime Minister Hun Manet
        supports: [state_2]

  - id: cas-demo-checked
    review_status: reviewed
    source_id: demo
    side_state: THA
    population: civilian
    outcome: killed
    count: 14
    count_qualifier: exact
    certainty: attributed
    evidence:
      - quote: 14 civilians
        supports: [count]
notes:
  - kept after the records
"""


def drafts() -> list[dict]:
    return to_annotation_records(extract_text(TEXT, PUB, source_id="demo"), "demo", text=TEXT)


def test_record_ids_and_layout():
    recs = drafts()
    ids = [r["id"] for r in recs]
    assert ids == ["mtg-2025-06-17-khm-tha", "cfr-2025-06-16-khm-tha",
                   "cas-demo-tha-civilian-killed-14", "cas-demo-tha-military-killed-15"]
    cas = recs[2]
    assert cas["source_id"] == "demo" and cas["review_status"] == "draft"
    assert list(cas)[:2] == ["id", "review_status"] and list(cas)[-2:] == ["confidence", "evidence"]
    assert cas["evidence"][0]["method"].startswith("rules:casualty@")


def test_occurrence_is_given_for_repeated_quotes():
    text = "Thailand and Cambodia agreed to a ceasefire. Thailand and Cambodia agreed to a ceasefire."
    recs = to_annotation_records(extract_text(text, PUB), "rep", text=text)
    (cfr,) = recs
    assert [e.get("occurrence") for e in cfr["evidence"]] == [1, 2]


def test_new_draft_file(tmp_path):
    path = tmp_path / "demo.yaml"
    write_draft(path, "demo", drafts())
    doc = yamlio.read(path)
    assert (doc["source_id"], doc["coder"]) == ("demo", "diprel-extractor")
    assert [r["id"] for r in doc["records"]] == [r["id"] for r in drafts()]
    assert doc["records"][1]["cameo_code"] == "0871" and doc["records"][1]["date_start"] == "2025-06-16"
    assert not list(tmp_path.glob(".*tmp"))  # written atomically, no leftovers


def test_reviewed_records_survive_byte_for_byte(tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(REVIEWED, encoding="utf-8")
    write_draft(path, "demo", drafts())
    out = path.read_text(encoding="utf-8")
    first, second = REVIEWED.index("  # The ceasefire"), REVIEWED.index("  - id: mtg-old-draft")
    assert out.startswith(REVIEWED[:second])  # header, comments and the reviewed ceasefire, untouched
    cas_block = REVIEWED[REVIEWED.index("  - id: cas-demo-checked"):REVIEWED.index("notes:")]
    assert cas_block in out and out.endswith("notes:\n  - kept after the records\n")
    assert first < second
    doc = yamlio.read(path)
    ids = [r["id"] for r in doc["records"]]
    # The old draft is gone; drafts matching a reviewed record (the ceasefire pair, 14 THA) are skipped.
    assert ids == ["cfr-2025-06-16-khm-tha", "cas-demo-checked", "mtg-2025-06-17-khm-tha",
                   "cas-demo-tha-military-killed-15"]
    assert [r["review_status"] for r in doc["records"]] == ["reviewed", "reviewed", "draft", "draft"]
    write_draft(path, "demo", drafts())
    assert path.read_text(encoding="utf-8") == out  # rerunning changes nothing
