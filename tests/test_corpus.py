"""Corpus extraction: same bytes whatever the number of workers, bounded read-ahead, bad articles reported."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from diprel import corpus, yamlio
from diprel.errors import DiprelError

from conftest import run_cli

ARTICLES = Path(__file__).resolve().parent / "corpus" / "articles"
PUB = dt.date(2025, 6, 18)


@pytest.fixture
def text_corpus(tmp_path) -> Path:
    """The development articles as a directory corpus; one sidecar gives a publication date."""
    d = tmp_path / "articles"
    d.mkdir()
    for p in sorted(ARTICLES.glob("*.txt")):
        shutil.copy(p, d / p.name)
    first = sorted(d.glob("*.txt"))[0]
    first.with_suffix(".yaml").write_text("published: '2025-06-01'\n", encoding="utf-8")
    return d


def write_parquet(path: Path, row_group_size: int = 5) -> Path:
    files = sorted(ARTICLES.glob("*.txt"))
    table = pa.table({
        "id": [p.stem for p in files],
        "text": [p.read_text(encoding="utf-8") for p in files],
        "published": [PUB if i % 2 else None for i in range(len(files))],
        "url": [f"https://example.org/{p.stem}" for p in files],
    }, schema=pa.schema([("id", pa.string()), ("text", pa.string()), ("published", pa.date32()), ("url", pa.string())]))
    pq.write_table(table, path, row_group_size=row_group_size)
    return path


def test_jsonl_is_byte_identical_for_one_and_two_workers(text_corpus, tmp_path):
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}.jsonl"
        summary = corpus.extract_corpus(text_corpus, jobs=jobs, out=out, published=PUB, progress=False)
        assert summary.articles == len(list(ARTICLES.glob("*.txt"))) and not summary.problems
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    rows = [json.loads(line) for line in outs[0].decode("utf-8").splitlines()]
    assert rows and set(rows[0]) == {"source_id", "table", "fields", "evidence", "method", "confidence"}
    ids = [r["source_id"] for r in rows]
    assert ids == sorted(ids), "candidates come in input order (sorted file names)"


def test_sidecar_date_is_used(text_corpus, tmp_path):
    first = sorted(text_corpus.glob("*.txt"))[0]
    with_default = corpus.extract_article(corpus.Article(first.stem, path=str(first)), corpus.Task("jsonl", dt.date(1999, 1, 1), None))
    text = first.read_text(encoding="utf-8")
    from diprel.extract import extract_text
    expected = extract_text(text, dt.date(2025, 6, 1), source_id=first.stem)
    assert with_default[0] == len(expected)
    assert [json.loads(line)["fields"] for line in with_default[1].splitlines()] == [c["fields"] for c in expected]


def test_parquet_in_and_out_match_jsonl(tmp_path):
    src = write_parquet(tmp_path / "corpus.parquet")
    jsonl, parquet = tmp_path / "c.jsonl", tmp_path / "c.parquet"
    corpus.extract_corpus(src, out=jsonl, progress=False)
    corpus.extract_corpus(src, jobs=2, out=parquet, fmt="parquet", progress=False)
    corpus.extract_corpus(src, jobs=1, out=tmp_path / "c1.parquet", fmt="parquet", progress=False)
    assert parquet.read_bytes() == (tmp_path / "c1.parquet").read_bytes()
    rows = pq.read_table(parquet).to_pylist()
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(lines) > 0
    for row, line in zip(rows, lines):
        assert json.loads(row["fields"]) == line["fields"] and json.loads(row["evidence"]) == line["evidence"]
        assert (row["source_id"], row["table"], row["method"], row["confidence"]) == \
               (line["source_id"], line["table"], line["method"], line["confidence"])
    assert not list(tmp_path.glob(".*.tmp")), "temporary files are renamed into place"


def test_drafts_are_written_per_article_identically(text_corpus, tmp_path):
    dirs = []
    for jobs in (1, 2):
        out = tmp_path / f"ann{jobs}"
        corpus.extract_corpus(text_corpus, jobs=jobs, out=out, fmt="drafts", published=PUB, progress=False)
        dirs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert dirs[0] == dirs[1]
    assert len(dirs[0]) == len(list(ARTICLES.glob("*.txt")))
    doc = yamlio.loads(next(iter(dirs[0].values())).decode("utf-8"))
    assert all(r["review_status"] == "draft" for r in doc["records"])


def test_read_ahead_is_bounded():
    """The worker pool reads at most `ahead` items beyond what has been consumed."""
    from diprel import parallel

    pulled = []

    def items():
        for i in range(2000):
            pulled.append(i)
            yield i

    seen, worst = 0, 0
    with parallel.Workers(abs, 2) as pool:
        for _ in pool.imap(items(), chunksize=8, ahead=40):
            seen += 1
            worst = max(worst, len(pulled) - seen)
    assert seen == 2000 and worst <= 40


def test_bad_articles_are_reported_and_skipped(text_corpus, tmp_path):
    (text_corpus / "broken.txt").write_bytes(b"first line\nbad \xff byte\n")
    (text_corpus / "baddate.txt").write_text("Talks were held.\n", encoding="utf-8")
    (text_corpus / "baddate.yaml").write_text("title: x\npublished: '2025-02-30'\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = corpus.extract_corpus(text_corpus, jobs=2, out=out, progress=False)
    found = {(Path(p.file).name, p.line, p.rule) for p in summary.problems}
    assert found == {("broken.txt", 2, "encoding"), ("baddate.yaml", 2, "wrong-value")}
    assert summary.articles == len(list(ARTICLES.glob("*.txt")))
    assert out.is_file()


def test_cli_streams_jsonl_to_stdout_and_reports_on_stderr(repo_dir, text_corpus):
    (text_corpus / "broken.txt").write_bytes(b"\xff\n")
    result = run_cli(repo_dir, "extract", "--corpus", str(text_corpus), "--jobs", "2", "--published", "2025-06-18")
    assert result.returncode == 1
    assert all(json.loads(line) for line in result.stdout.splitlines())
    assert "broken.txt:1: encoding:" in result.stderr and "articles/s" in result.stderr


def test_not_a_corpus(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("not parquet", encoding="utf-8")
    with pytest.raises(DiprelError) as exc:
        corpus.extract_corpus(bad, out=tmp_path / "o.jsonl", progress=False)
    assert exc.value.problems[0].rule == "not-parquet"
    with pytest.raises(DiprelError) as exc:
        corpus.extract_corpus(tmp_path, fmt="parquet", progress=False)
    assert exc.value.problems[0].rule == "missing-option"


def test_dask_missing_is_a_clear_error(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)
    src = write_parquet(tmp_path / "corpus.parquet")
    with pytest.raises(DiprelError) as exc:
        corpus.extract_corpus(src, scheduler="tcp://127.0.0.1:1", out=tmp_path / "o.jsonl", progress=False)
    assert exc.value.problems[0].rule == "missing-extra" and "diprel[dask]" in str(exc.value)
    assert not list(tmp_path.glob(".*.tmp"))
