"""Corpus extraction on a Dask cluster gives the single-process output, byte for byte."""
from __future__ import annotations

import pytest

from diprel import corpus

from test_corpus import write_parquet

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as c:
        yield c


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_dask_output_equals_single_process(cluster, tmp_path, fmt):
    src = write_parquet(tmp_path / "corpus.parquet", row_group_size=4)
    local, remote = tmp_path / f"local.{fmt}", tmp_path / f"dask.{fmt}"
    one = corpus.extract_corpus(src, out=local, fmt=fmt, progress=False)
    many = corpus.extract_corpus(src, scheduler=cluster.scheduler_address, out=remote, fmt=fmt, progress=False)
    assert remote.read_bytes() == local.read_bytes()
    assert (many.articles, many.candidates) == (one.articles, one.candidates) and one.candidates > 0


def test_dask_directory_corpus_and_drafts(cluster, tmp_path):
    from test_corpus import ARTICLES

    local, remote = tmp_path / "local", tmp_path / "dask"
    corpus.extract_corpus(ARTICLES, out=local, fmt="drafts", progress=False)
    corpus.extract_corpus(ARTICLES, scheduler=cluster.scheduler_address, out=remote, fmt="drafts", progress=False)
    files = sorted(p.name for p in local.iterdir())
    assert files and files == sorted(p.name for p in remote.iterdir())
    assert all((local / f).read_bytes() == (remote / f).read_bytes() for f in files)
