"""Retrain triggers.json, the extractor's sentence classifier, from the gold of the development corpora.

    pip install -e '.[train]' && python -m diprel.extract.lexicon.train_triggers [OUT.json [CORPUS ...]]

A sentence is a positive for a table when it overlaps the evidence quote of a reviewed gold record of that
table. Each table gets an L2-regularised logistic regression over `triggers.features` (words and word pairs,
names and numbers masked) that occur in at least two sentences, classes weighted to balance. Only the
development corpora train it, `tests/corpus` and `tests/corpus_dev*`: the sealed held-out sets measure
the extractor on text it has never seen, so they are refused here. Weights are rounded and written one
feature a line, sorted, so a retrain shows in a diff; a test checks that the committed file is what this
script writes (within rounding).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from ...corpus import Article, load_article
from ...evaluate import gold_records
from .. import sentences, triggers

REPO = Path(__file__).resolve().parents[4]
C = 1.0
MIN_SENTENCES = 2
DIGITS = 4
# Flag a sentence at this probability: chosen on corpus_dev12-dev17 with a model trained on the corpora
# before them (see README "Extractor"), as the point where a flag was right about nine times in ten.
THRESHOLD = dict.fromkeys(triggers.TABLES, 0.7)


def development_corpora(root: Path = REPO) -> list[Path]:
    tests = root / "tests"
    return [tests / "corpus", *sorted(tests.glob("corpus_dev*"), key=lambda p: int(p.name[10:] or 0))]


def labelled_sentences(corpora: list[Path]) -> list[tuple[str, set[str]]]:
    """(sentence text, tables it is evidence for) for every sentence of every annotated article: the gold that
    `diprel evaluate` scores against, read the way it reads it."""
    out = []
    for corpus in corpora:
        if "heldout" in corpus.name:
            raise SystemExit(f"{corpus}: a sealed held-out corpus never trains the extractor")
        for ann in sorted((corpus / "annotations").glob("*.yaml")):
            path = corpus / "articles" / f"{ann.stem}.txt"
            if not path.is_file():
                continue
            text = load_article(Article(ann.stem, path=str(path)))[0]
            spans: dict[str, list[tuple[int, int]]] = {}
            for rec in gold_records(ann, ann.stem):
                for e in rec.fields.get("evidence") or []:
                    at = text.find(e.get("quote") or "\0")
                    if at >= 0:
                        spans.setdefault(rec.table, []).append((at, at + len(e["quote"])))
            for s in sentences.split(text):
                out.append((s.text, {t for t, sp in spans.items() if any(a < s.end and s.start < b for a, b in sp)}))
    return out


def fit(rows: list[tuple[str, set[str]]]) -> tuple[dict, dict, dict[str, int]]:
    """The model's tables, thresholds, intercepts and rounded weights; with the fitted classifiers and the feature
    index, for a test to hold the scorer against them."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    feats = [triggers.features(text) for text, _ in rows]
    df = Counter(f for fs in feats for f in fs)
    index = {f: k for k, f in enumerate(sorted(f for f, n in df.items() if n >= MIN_SENTENCES))}
    X = matrix(feats, index)
    weights = np.zeros((len(index), len(triggers.TABLES)))
    intercept, classifiers = {}, {}
    for j, table in enumerate(triggers.TABLES):
        y = np.array([table in tables for _, tables in rows])
        clf = classifiers[table] = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(X, y)
        weights[:, j] = clf.coef_[0]
        intercept[table] = round(float(clf.intercept_[0]), DIGITS)
    kept = {f: [round(float(w), DIGITS) for w in weights[k]] for f, k in index.items()
            if np.abs(weights[k]).max() >= 10 ** -DIGITS}
    model = {"tables": list(triggers.TABLES), "threshold": THRESHOLD, "intercept": intercept, "weights": kept}
    return model, classifiers, index


def matrix(feats: list[set[str]], index: dict[str, int]):
    """Binary sentence-by-feature matrix."""
    import numpy as np
    from scipy.sparse import csr_matrix

    cols = [sorted(index[f] for f in fs if f in index) for fs in feats]
    return csr_matrix((np.ones(sum(map(len, cols))), [k for c in cols for k in c], np.cumsum([0, *map(len, cols)])),
                      shape=(len(feats), len(index)))


def train(corpora: list[Path]) -> dict:
    rows = labelled_sentences(corpora)
    model, _, _ = fit(rows)
    return {
        "about": "Sentence classifier of diprel's extractor: see extract/triggers.py and this file's trainer.",
        "trained_on": {"corpora": [c.relative_to(REPO).as_posix() for c in corpora], "sentences": len(rows),
                       "positives": {t: sum(t in tables for _, tables in rows) for t in triggers.TABLES}},
        **model,
    }


def dumps(model: dict) -> str:
    """JSON with one weight row a line, sorted: a retrain reads as a diff."""
    head = {k: v for k, v in model.items() if k != "weights"}
    lines = json.dumps(head, indent=1, sort_keys=True, ensure_ascii=False)[:-2]
    rows = ",\n".join(f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" for f, w in sorted(model["weights"].items()))
    return f'{lines},\n "weights": {{\n{rows}\n }}\n}}\n'


def main(argv: list[str]) -> None:
    if argv and argv[0].startswith("-"):  # "--help", not a file to write the model to
        print(__doc__.strip())
        raise SystemExit(0 if argv[0] in ("-h", "--help") else f"train_triggers: unknown option {argv[0]}")
    out = Path(argv[0]) if argv else triggers.MODEL_PATH
    corpora = [Path(c).resolve() for c in argv[1:]] or development_corpora()  # others: to measure on the rest
    out.write_text(dumps(train(corpora)), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
