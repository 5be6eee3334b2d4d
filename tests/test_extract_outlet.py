"""The outlet's own voice: an editorial's "our" means the outlet's state (source metadata `outlet_country`).

Used only where the outlet itself says "our" outside quotes and the article names that state; a wire story that
names its agency's state, or an "our" inside someone's quote, takes nothing from it.
"""
from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq
from click.testing import CliRunner

from diprel import corpus
from diprel.cli import main
from diprel.extract import extract_text
from diprel.extract.document import Document

PUB = dt.date(2026, 10, 14)
EDITORIAL = ("Finland has quarrelled with Estonia over the ferry lane for a year, and Sweden and Latvia have "
             "taken Finland's side in Brussels.\n\n"
             "Last Thursday our Prime Minister, Kaarel Tamm, took the morning ferry to Helsinki and spent three hours "
             "with Finland's Prime Minister, Aino Laaksonen.\n\n"
             "Two of our fishermen were injured when a Finnish patrol boat rammed their trawler in August.\n")


def found(text: str, outlet: str | None) -> tuple[set, set]:
    out = extract_text(text, PUB, outlet_country=outlet)
    for c in out:
        assert all(text[e["start"]:e["end"]] == e["quote"] for e in c["evidence"])
    meetings = {frozenset((c["fields"]["state_1"], c["fields"]["state_2"])) for c in out if c["table"] == "meetings"}
    figures = {(c["fields"]["count"], c["fields"]["side_state"]) for c in out if c["table"] == "casualty_figures"}
    return meetings, figures


def test_an_editorials_our_is_the_outlets_state():
    meetings, figures = found(EDITORIAL, "EST")
    assert frozenset(("EST", "FIN")) in meetings
    assert (2, "EST") in figures


def test_without_the_outlet_our_stays_unresolved():
    meetings, figures = found(EDITORIAL, None)
    assert frozenset(("EST", "FIN")) not in meetings
    assert (2, "EST") not in figures


def test_an_our_inside_a_quote_is_the_speakers_not_the_outlets():
    text = ("Estonia and Finland have quarrelled over the ferry lane for a year.\n\n"
            "“Two of our fishermen were injured,” a Finnish coast guard officer said.\n")
    assert Document(text, PUB, "EST").voice_state() is None
    assert Document(EDITORIAL, PUB, "EST").voice_state() == "EST"


def test_an_outlet_state_the_story_does_not_name_speaks_for_nothing():
    # a Tallinn wire service reporting a Chad-Sudan clash: "our" there is no Estonian
    text = ("Chad and Sudan traded fire on the border on Monday.\n\n"
            "Two of our fishermen were injured, the village chief said in our presence.\n")
    doc = Document(text, PUB, "EST")
    assert doc.outlet_state() is None and doc.voice_state() is None


def test_a_corpus_passes_the_outlet_on_from_its_sidecar_and_from_parquet(tmp_path):
    (tmp_path / "ed.txt").write_text(EDITORIAL, encoding="utf-8")
    (tmp_path / "ed.yaml").write_text("published: 2026-10-14\noutlet_country: EST\n", encoding="utf-8")
    n, payload, problems = corpus.extract_article(corpus.Article("ed", path=str(tmp_path / "ed.txt")),
                                                  corpus.Task("jsonl", None, None))
    assert not problems
    assert "EST" in {json.loads(line)["fields"].get("side_state") for line in payload.splitlines()}
    table = pa.table({"id": ["ed"], "text": [EDITORIAL], "published": ["2026-10-14"], "outlet_country": ["EST"]})
    pq.write_table(table, tmp_path / "c.parquet")
    (article,) = [a for batch in corpus.parquet_batches(tmp_path / "c.parquet") for a in batch]
    assert article.outlet_country == "EST"
    n2, payload2, _ = corpus.extract_article(article, corpus.Task("jsonl", None, None))
    assert (n2, payload2) == (n, payload)


def test_the_cli_takes_the_outlet_for_a_text_file(tmp_path):
    path = tmp_path / "ed.txt"
    path.write_text(EDITORIAL, encoding="utf-8")
    args = ["extract", str(path), "--published", "2026-10-14", "--format", "jsonl"]
    runner = CliRunner()
    with_outlet = runner.invoke(main, args + ["--outlet-country", "est"])
    without = runner.invoke(main, args)
    assert with_outlet.exit_code == 0 and without.exit_code == 0
    sides = lambda out: {json.loads(line)["fields"].get("side_state") for line in out.splitlines()}  # noqa: E731
    assert "EST" in sides(with_outlet.output) and "EST" not in sides(without.output)
    bad = runner.invoke(main, args + ["--outlet-country", "XYZ"])
    assert bad.exit_code != 0 and "XYZ" in bad.output
