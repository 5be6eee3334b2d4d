"""evaluate: one-to-one matching of candidates to reviewed gold records, and P/R/F1."""
from __future__ import annotations

import textwrap

import pytest

from diprel.evaluate import evaluate, evaluate_repo, format_report

ARTICLE_A = ("Thailand and Cambodia agreed to a ceasefire on Monday. Thai Prime Minister Anutin Charnvirakul "
             "met Cambodian Prime Minister Hun Manet on Tuesday. Indian Prime Minister Narendra Modi met "
             "Japanese Prime Minister Shigeru Ishiba.")
GOLD_A = """\
source_id: a
coder: tester
records:
  - id: cfr-2025-06-16-khm-tha
    review_status: reviewed
    state_1: THA
    state_2: KHM
    kind: bilateral
    cameo_code: "0871"
    evidence:
      - quote: Thailand and Cambodia agreed to a ceasefire on Monday
        supports: [state_1, state_2]
  - id: mtg-2025-06-17-khm-tha
    review_status: reviewed
    state_1: KHM
    state_2: THA
    format: talks
    cameo_code: "040"
    evidence:
      - quote: met Cambodian Prime Minister Hun Manet
        supports: [state_2]
  - id: med-mys-khm-tha
    review_status: reviewed
    kind: offer
    mediator_state: MYS
    party_1_state: KHM
    party_2_state: THA
    cameo_code: "039"
    evidence:
      - quote: Thailand and Cambodia
        supports: [party_1_state]
  - id: mtg-draft-only
    review_status: draft
    state_1: USA
    state_2: CHN
    format: talks
    cameo_code: "040"
    evidence:
      - quote: Thailand
        supports: [state_1]
"""
ARTICLE_B = "Shelling killed 12 people in Afghanistan on Sunday."
GOLD_B = """\
source_id: b
coder: tester
records:
  - id: cas-b-afg-civilian
    review_status: reviewed
    source_id: b
    side_state: AFG
    population: civilian
    outcome: killed
    count: 12
    count_qualifier: exact
    certainty: asserted
    evidence:
      - quote: Shelling killed 12 people in Afghanistan
        supports: [count]
  - id: cas-b-afg-unspecified
    review_status: reviewed
    source_id: b
    side_state: AFG
    population: unspecified
    outcome: killed
    count: 12
    count_qualifier: exact
    certainty: asserted
    evidence:
      - quote: Shelling killed 12 people in Afghanistan
        supports: [count]
"""


def write_corpus(root, articles: dict[str, tuple[str, str | None, str]]):
    (root / "articles").mkdir(parents=True)
    (root / "annotations").mkdir()
    for sid, (text, published, gold) in articles.items():
        (root / "articles" / f"{sid}.txt").write_text(text + "\n", encoding="utf-8")
        if published:
            (root / "articles" / f"{sid}.yaml").write_text(f'source_id: {sid}\npublished: "{published}"\n', encoding="utf-8")
        (root / "annotations" / f"{sid}.yaml").write_text(gold, encoding="utf-8")
    return root


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus", {"a": (ARTICLE_A, "2025-06-18", GOLD_A), "b": (ARTICLE_B, "2025-06-18", GOLD_B)})


def test_scores_per_table_and_overall(corpus):
    report = evaluate([corpus])
    t = report.tables
    assert (t["ceasefires"].tp, t["ceasefires"].fp, t["ceasefires"].fn) == (1, 0, 0)
    # Modi-Ishiba has no gold record: a false alarm; the draft gold record does not count.
    assert (t["meetings"].tp, t["meetings"].fp, t["meetings"].fn) == (1, 1, 0)
    assert (t["mediation_offers"].tp, t["mediation_offers"].fn) == (0, 1)
    # One candidate for two gold figures with count 12 and side AFG: matched once, by population.
    assert (t["casualty_figures"].tp, t["casualty_figures"].fp, t["casualty_figures"].fn) == (1, 0, 1)
    o = report.overall
    assert (o.tp, o.fp, o.fn) == (3, 1, 2)
    assert o.precision == pytest.approx(0.75) and o.recall == pytest.approx(0.6)
    assert o.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert [m.label for m in report.misses] == ["med-mys-khm-tha", "cas-b-afg-civilian"]
    assert [(f.source_id, f.label) for f in report.false_alarms] == [("a", "IND-JPN")]


def test_report_text(corpus):
    text = format_report(evaluate([corpus]))
    assert "overall (micro)" in text and "0.75" in text
    assert "a: mediation_offers: med-mys-khm-tha" in text
    assert "a: meetings: IND-JPN: “Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba”" in text


def test_articles_without_gold_are_not_scored(tmp_path):
    root = write_corpus(tmp_path / "c", {"a": (ARTICLE_A, "2025-06-18", GOLD_A)})
    (root / "articles" / "extra.txt").write_text("Thailand and Cambodia agreed to a ceasefire.\n", encoding="utf-8")
    report = evaluate([root])
    assert report.articles == ["a"] and report.overall.tp == 2


def test_repo_layout(tmp_path):
    root = tmp_path / "repo"
    (root / "data" / "raw" / "articles").mkdir(parents=True)
    (root / "data" / "annotations").mkdir(parents=True)
    (root / "data" / "raw" / "articles" / "b.txt").write_text(ARTICLE_B + "\n", encoding="utf-8")
    (root / "data" / "annotations" / "b.yaml").write_text(textwrap.dedent(GOLD_B), encoding="utf-8")
    report = evaluate_repo(root)
    assert report.articles == ["b"] and report.tables["casualty_figures"].tp == 1


def test_a_figure_found_with_another_side_is_named_apart(tmp_path):
    # the gold says the 12 were Pakistan's; the draft found the 12, as Afghanistan's
    gold = GOLD_B.replace("side_state: AFG", "side_state: PAK")
    root = write_corpus(tmp_path / "d", {"b": (ARTICLE_B, "2025-06-18", gold)})
    report = evaluate([root])
    (miss, alarm), = report.wrong_sides
    assert (miss.fields["side_state"], alarm.fields["side_state"], alarm.fields["count"]) == ("PAK", "AFG", 12)
    assert "found with the right count and another side: 1" in format_report(report)
    # trap: a false alarm of another count is no side error
    gold = GOLD_B.replace("count: 12", "count: 13")
    root = write_corpus(tmp_path / "e", {"b": (ARTICLE_B, "2025-06-18", gold)})
    report = evaluate([root])
    assert report.wrong_sides == [] and "another side" not in format_report(report)


def test_drafts_are_counted_by_confidence_band(corpus):
    report = evaluate([corpus])
    bands = report.by_confidence
    # every draft falls in one band, and the right ones are the matched ones
    assert sum(n for _, _, n, _ in bands) == report.overall.tp + report.overall.fp
    assert sum(right for _, _, _, right in bands) == report.overall.tp
    # the Modi-Ishiba meeting, drafted at 0.7, is the one false alarm; the three matched drafts are at 0.8-0.85
    assert bands == [(0.7, 0.8, 1, 0), (0.8, 0.9, 3, 3)]
    assert "0.8–0.9:     3 drafts,     3 right (1.00)" in format_report(report)
    # trap: a report of no drafts prints no band table
    empty = evaluate([write_corpus(corpus.parent / "none", {})])
    assert empty.by_confidence == [] and "Drafts by confidence" not in format_report(empty)


def test_drafts_are_counted_by_rule_the_most_wrong_first(corpus):
    report = evaluate([corpus])
    # the two "met" drafts are Modi-Ishiba (the false alarm) and a matched meeting; each other rule drafted one, right
    assert report.by_method == [("rules:meeting_met@3", 2, 1), ("rules:casualty@3", 1, 1), ("rules:ceasefire@3", 1, 1)]
    assert "rules:meeting_met@3                          2 drafts,     1 right (0.50)" in format_report(report)
    # trap: a report of no drafts prints no rule table
    empty = evaluate([write_corpus(corpus.parent / "none", {})])
    assert empty.by_method == [] and "Drafts by rule" not in format_report(empty)


def test_matched_records_are_compared_field_by_field(corpus):
    report = evaluate([corpus])
    agreement = {(table, name): (agree, n) for table, name, agree, n in report.field_agreement}
    # the matched figure: the gold's 12 "unspecified" people killed, as drafted, with its qualifier and certainty
    assert agreement[("casualty_figures", "population")] == (1, 1)
    assert agreement[("casualty_figures", "certainty")] == (1, 1)
    # the gold records of article a give no date or level: nothing to compare there, so no row
    assert ("meetings", "level") not in agreement and ("ceasefires", "date_start") not in agreement
    assert "casualty_figures   population           1 of     1 (1.00)" in format_report(report)
    # a field the draft got wrong counts against it: a gold that says "at least 12"
    gold = GOLD_B.replace("population: unspecified\n    outcome: killed\n    count: 12\n    count_qualifier: exact",
                          "population: unspecified\n    outcome: killed\n    count: 12\n    count_qualifier: at_least")
    assert gold != GOLD_B
    report = evaluate([write_corpus(corpus.parent / "q", {"b": (ARTICLE_B, "2025-06-18", gold)})])
    agreement = {(table, name): (agree, n) for table, name, agree, n in report.field_agreement}
    assert agreement[("casualty_figures", "count_qualifier")] == (0, 1)


def test_compared_fields_are_columns_of_their_tables():
    from diprel import schemas
    from diprel.extract.matching import COMPARED_FIELDS
    for table, names in COMPARED_FIELDS.items():
        columns = {f.name for f in schemas.table(table).fields}
        assert set(names) <= columns, table
