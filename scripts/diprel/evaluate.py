"""How well the draft extractor finds the records human coders found.

A corpus directory holds `articles/<id>.txt`, `articles/<id>.yaml` (source
metadata; `published` and `outlet_country` are used) and `annotations/<id>.yaml` (gold records, the
format of data/annotations; only `review_status: reviewed` records count).
The repository itself is a corpus with `data/raw/articles` and
`data/annotations` (`evaluate_repo`).

The extractor runs on every article that has gold annotations; its candidates
are matched one-to-one with gold records of the same table by the keys of
`diprel.extract.matching` (meetings and ceasefires: the unordered pair of
states; mediation offers: mediator, unordered parties and kind; casualty
figures: count and side, with population and outcome as tie-breakers).
Conflicts are not extracted and so not scored. Of the records matched, the
report also counts how many agree with their gold record on each of the fields
`matching.COMPARED_FIELDS` names (a date, a level, a status, a population).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from . import schemas, yamlio
from .corpus import Article, load_article
from .extract import extract_text
from .extract.candidates import TABLE_ORDER
from .extract.matching import COMPARED_FIELDS, match_key, tie_score
from .vocab import REVIEW



@dataclass(frozen=True)
class Item:
    """One gold record or candidate, reduced to what matching and reporting need."""
    source_id: str
    table: str
    label: str       # gold id, or a short description of a candidate
    quote: str
    fields: dict = field(hash=False, compare=False)


@dataclass
class TableScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)


class Draft(NamedTuple):
    confidence: float
    right: bool      # matched a gold record
    method: str      # rules:<rule>@<version>


@dataclass
class Report:
    tables: dict[str, TableScore]
    misses: list[Item]
    false_alarms: list[Item]
    articles: list[str]
    drafts: list[Draft] = field(default_factory=list)
    matched: list[tuple[Item, Item]] = field(default_factory=list)  # (gold, candidate)

    @property
    def field_agreement(self) -> list[tuple[str, str, int, int]]:
        """(table, field, agree, compared) for each field of `COMPARED_FIELDS`, over the matched records whose gold
        record has that field: a gold null the extractor also left null agrees, a date it filled where the coder
        left none does not."""
        out = []
        for table, names in COMPARED_FIELDS.items():
            pairs = [(g, c) for g, c in self.matched if g.table == table]
            for name in names:
                compared = [(g, c) for g, c in pairs if name in g.fields]
                if compared:
                    out.append((table, name, sum(g.fields[name] == c.fields.get(name) for g, c in compared),
                                len(compared)))
        return out

    @property
    def by_confidence(self) -> list[tuple[float, float, int, int]]:
        """(low, high, drafts, right) per band of draft confidence, low to high: what a confidence has meant on
        these corpora, for a reviewer deciding which drafts to read first."""
        bands = []
        for low, high in _BANDS:
            inside = [d.right for d in self.drafts if low <= d.confidence < high]
            if inside:
                bands.append((low, high, len(inside), sum(inside)))
        return bands

    @property
    def by_method(self) -> list[tuple[str, int, int]]:
        """(method, drafts, right) per rule, the most wrong drafts first: a rule right on the corpora it was grown
        on and wrong on a new one is where a new corpus's coders read the rules differently, or the rule overreached."""
        counts: dict[str, list[int]] = {}
        for d in self.drafts:
            n = counts.setdefault(d.method, [0, 0])
            n[0] += 1
            n[1] += d.right
        return sorted(((m, n, right) for m, (n, right) in counts.items()), key=lambda r: (r[2] - r[1], r[0]))

    @property
    def overall(self) -> TableScore:
        return TableScore(*(sum(getattr(t, k) for t in self.tables.values()) for k in ("tp", "fp", "fn")))

    @property
    def wrong_sides(self) -> list[tuple[Item, Item]]:
        """(miss, false alarm) pairs of casualty figures of one article with the same count: a figure found with
        the wrong side (or none), which counts once in each list. Paired one to one, in list order."""
        left = [a for a in self.false_alarms if a.table == "casualty_figures"]
        pairs = []
        for m in self.misses:
            if m.table != "casualty_figures":
                continue
            a = next((a for a in left if a.source_id == m.source_id and a.fields.get("count") == m.fields.get("count")),
                     None)
            if a is not None:
                left.remove(a)
                pairs.append((m, a))
        return pairs


# Draft confidences run from 0.5 to 0.95 (rules set them by how much of a record the text itself gave)
_BANDS = ((0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def gold_records(path: Path, source_id: str) -> list[Item]:
    """The reviewed records of an annotation file that the extractor is scored on (and its classifier trained on)."""
    doc = yamlio.read(path) or {}
    out = []
    for rec in doc.get("records") or []:
        schema = schemas.record_tables().get(str(rec.get("id", "")).split("-", 1)[0])
        table = schema.name if schema else None
        if table not in TABLE_ORDER or rec.get("review_status") != REVIEW.reviewed:
            continue
        quote = next((e.get("quote", "") for e in rec.get("evidence") or []), "")
        out.append(Item(source_id, table, rec["id"], quote, dict(rec)))
    return out


def _describe(c: dict) -> str:
    f = c["fields"]
    if c["table"] == "casualty_figures":
        return f"{f.get('count')} {f.get('side_state') or 'all'} {f.get('population')} {f.get('outcome')}"
    if c["table"] == "mediation_offers":
        return f"{f.get('kind')} {f.get('mediator_state')} for {f.get('party_1_state')}-{f.get('party_2_state')}"
    return f"{f.get('state_1')}-{f.get('state_2')}"


def _match(gold: list[Item], found: list[Item]) -> tuple[list[tuple[Item, Item]], list[Item], list[Item]]:
    """One-to-one matches by key, best tie-breaker score first; then the unmatched of each side."""
    pairs = []
    for gi, g in enumerate(gold):
        for ci, c in enumerate(found):
            gk = match_key(g.table, g.fields)
            if g.table == c.table and gk is not None and gk == match_key(c.table, c.fields):
                pairs.append((-tie_score(g.table, g.fields, c.fields), gi, ci))
    used_g, used_c, matched = set(), set(), []
    for _, gi, ci in sorted(pairs):
        if gi not in used_g and ci not in used_c:
            used_g.add(gi)
            used_c.add(ci)
            matched.append((gold[gi], found[ci]))
    return (matched, [g for k, g in enumerate(gold) if k not in used_g],
            [c for k, c in enumerate(found) if k not in used_c])


def _evaluate_dirs(pairs: list[tuple[Path, Path]]) -> Report:
    scores = {t: TableScore() for t in TABLE_ORDER}
    misses, alarms, articles, drafts, pairs_found = [], [], [], [], []
    for articles_dir, annotations_dir in pairs:
        for ann in sorted(annotations_dir.glob("*.yaml")):
            source_id = ann.stem
            text_path = articles_dir / f"{source_id}.txt"
            if not text_path.is_file():
                continue
            gold = gold_records(ann, source_id)
            text, published, outlet = load_article(Article(source_id, path=str(text_path)))
            candidates = extract_text(text, published, source_id=source_id, outlet_country=outlet)
            found = [Item(source_id, c["table"], _describe(c), c["evidence"][0]["quote"], c["fields"])
                     for c in candidates]
            matched, missed, extra = _match(gold, found)
            pairs_found += matched
            for g, _ in matched:
                scores[g.table].tp += 1
            for g in missed:
                scores[g.table].fn += 1
            for c in extra:
                scores[c.table].fp += 1
            misses += missed
            alarms += extra
            articles.append(source_id)
            right = {id(c) for _, c in matched}
            drafts += [Draft(c["confidence"], id(it) in right, c["method"]) for c, it in zip(candidates, found)]
    return Report(scores, misses, alarms, articles, drafts, pairs_found)


def evaluate(corpus_dirs: list[Path | str]) -> Report:
    """Score the extractor on corpus directories (each with articles/ and annotations/)."""
    return _evaluate_dirs([(Path(d) / "articles", Path(d) / "annotations") for d in corpus_dirs])


def evaluate_repo(repo_root: Path | str) -> Report:
    """Score the extractor on the repository's own reviewed annotations."""
    root = Path(repo_root)
    return _evaluate_dirs([(root / "data" / "raw" / "articles", root / "data" / "annotations")])


def _pct(x: float | None) -> str:
    return "   -" if x is None else f"{x:4.2f}"


def format_report(report: Report, *, show_errors: bool = True) -> str:
    lines = [f"{len(report.articles)} article(s) with gold annotations", "",
             f"{'table':<18} {'gold':>5} {'found':>5} {'tp':>4} {'P':>5} {'R':>5} {'F1':>5}"]
    rows = [*report.tables.items(), ("overall (micro)", report.overall)]
    for name, s in rows:
        lines.append(f"{name:<18} {s.tp + s.fn:>5} {s.tp + s.fp:>5} {s.tp:>4} "
                     f"{_pct(s.precision):>5} {_pct(s.recall):>5} {_pct(s.f1):>5}")
    sides = report.wrong_sides
    if sides:  # the commonest casualty error: the count is right, the side is not
        lines += ["", f"Casualty figures found with the right count and another side: {len(sides)} "
                      "(each is one of the misses and one of the false alarms below)"]
    if agreement := report.field_agreement:  # (the report's properties count: each is read once)
        lines += ["", "Fields of the matched records that agree with their gold record:"]
        lines += [f"  {table:<18} {name:<16} {agree:>5} of {n:>5} ({agree / n:.2f})"
                  for table, name, agree, n in agreement]
    if bands := report.by_confidence:
        lines += ["", "Drafts by confidence (how many matched a gold record):"]
        lines += [f"  {low:.1f}–{min(high, 1.0):.1f}: {n:>5} drafts, {right:>5} right ({right / n:.2f})"
                  for low, high, n, right in bands]
    if methods := report.by_method:
        lines += ["", "Drafts by rule, the most wrong first:"]
        lines += [f"  {method:<40} {n:>5} drafts, {right:>5} right ({right / n:.2f})"
                  for method, n, right in methods]
    if show_errors:
        for title, items in (("Misses (gold records not found)", report.misses),
                             ("False alarms (candidates with no gold record)", report.false_alarms)):
            lines += ["", f"{title}: {len(items)}"]
            for it in items:
                quote = it.quote if len(it.quote) <= 120 else it.quote[:117] + "…"
                lines.append(f"  {it.source_id}: {it.table}: {it.label}: “{quote}”")
    return "\n".join(lines)
