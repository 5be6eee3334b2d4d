"""Synthetic, well-formed diprel repositories and article corpora, for scale tests.

    python benchmarks/synth.py --records 100000 --out /tmp/syn-1e5
    python benchmarks/synth.py --articles 100000 --out /tmp/corpus.parquet

A repository copies the real `schemas/`, `validation/`, `data/reference/` and
the package metadata of `datapackage.json`, then writes sources (normalised
texts and metadata with their true hashes) and one annotation per source
holding records of every table: a conflict, a ceasefire, a conducted and an
offered mediation, two meetings and four casualty figures (one a breakdown of
another). Every value obeys the schemas and the suites, every evidence quote
occurs exactly once in its text, and every fifth source also reports the
previous source's conflict, so events are merged across sources as in real
data. Output is deterministic for a given size (seeded per source).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECORDS_PER_SOURCE = 10
BASE_DATE = dt.date(2020, 1, 1)
FILLER = (
    "Officials on both sides declined to comment on the details of the talks.",
    "Analysts said the coming weeks would test whether the commitments hold.",
    "The statement was carried by state media and repeated by the foreign ministry.",
    "Diplomats in the region welcomed the news but urged caution.",
)


def states() -> list[tuple[str, str]]:
    """(ISO3, name) of the states in the real gazetteer."""
    with open(ROOT / "data" / "reference" / "states.csv", encoding="utf-8", newline="") as fh:
        return [(r["iso3"], r["name"]) for r in csv.DictReader(fh)]


def _q(value) -> str:
    """A YAML scalar: JSON's double-quoted strings are valid YAML."""
    return "null" if value is None else str(value) if isinstance(value, int) else json.dumps(value)


class Article:
    """One source's text, built sentence by sentence, and its records."""

    def __init__(self, index: int, states_: list[tuple[str, str]]):
        self.sid = f"syn-{index:07d}"
        self.rng = random.Random(index)
        (self.a, self.an), (self.b, self.bn), (self.c, self.cn) = self.rng.sample(states_, 3)
        self.day = BASE_DATE + dt.timedelta(days=index % 1500)
        self.published = self.day + dt.timedelta(days=3)
        self.sentences: list[str] = []
        self.records: list[dict] = []

    def say(self, sentence: str) -> str:
        """Add a sentence; return it (without its full stop) as a quote."""
        self.sentences.append(sentence + ".")
        return sentence

    def record(self, rid: str, fields: dict, *evidence: tuple[str, list[str]]) -> None:
        self.records.append({"id": rid, "fields": fields, "evidence": list(evidence)})

    def text(self) -> str:
        body = [f"{self.an.upper()} - " + self.sentences[0]] + self.sentences[1:]
        paras = [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
        return "\n\n".join(paras) + "\n"


def _dates(day: dt.date, basis: str = "stated") -> dict:
    return {"date_start": day.isoformat(), "date_end": day.isoformat(), "date_precision": "day", "date_basis": basis}


def compose(index: int, states_: list, previous: Article | None) -> Article:
    """The article of source `index` with its ten records."""
    art = Article(index, states_)
    r, s, a, b, c, an, bn, cn = art.rng, art.sid, art.a, art.b, art.c, art.an, art.bn, art.cn
    lo = f"{a.lower()}-{b.lower()}"
    d0, d1 = art.day - dt.timedelta(days=4), art.day
    hours = r.randint(24, 120)
    con = f"con-{s}-{lo}"
    q_trigger = art.say(f"Fighting between {an} and {bn} broke out on {d0:%B} {d0.day}, {d0.year} after a border incident")
    q_hours = art.say(f"The clashes lasted {hours} hours before the guns fell silent")
    art.record(con, {"name": f"{an}–{bn} border clashes of {d0.year}", "state_1": a, "state_2": b,
                     "date_start": d0.isoformat(), "date_end": d1.isoformat(), "date_precision": "day",
                     "date_basis": "stated", "duration_hours": hours, "trigger": "border incident",
                     "trigger_date": d0.isoformat(), "trigger_date_basis": "stated"},
               (q_trigger, ["state_1", "state_2", "trigger", "trigger_date", "date_start"]),
               (q_hours, ["duration_hours"]))
    q_cfr = art.say(f"A ceasefire brokered by {cn} took effect on {d1:%B} {d1.day}, {d1.year} between {an} and {bn}")
    art.record(f"cfr-{s}-{lo}", {**_dates(d1), "conflict_id": con, "state_1": a, "state_2": b, "broker_state": c,
                                 "kind": "mediated", "cameo_code": "0871"},
               (q_cfr, ["date_start", "state_1", "state_2", "broker_state", "kind"]))
    q_med = art.say(f"Envoys of {cn} shuttled between the two capitals to secure the truce")
    art.record(f"med-{s}-conducted", {**_dates(d1), "kind": "conducted", "mediator_state": c, "party_1_state": a,
                                      "party_2_state": b, "issue": "ceasefire", "conflict_id": con, "cameo_code": "045"},
               (q_med, ["kind", "mediator_state"]), (q_cfr, ["party_1_state", "party_2_state", "date_start"]))
    q_offer = art.say(f"{cn} also offered to mediate the wider dispute over the border region")
    art.record(f"med-{s}-offer", {"kind": "offer", "mediator_state": c, "party_1_state": a, "party_2_state": b,
                                  "issue": "border", "status": "made", "cameo_code": "039"},
               (q_offer, ["kind", "mediator_state", "issue", "status"]))
    m1, m2 = d1 + dt.timedelta(days=1), d1 + dt.timedelta(days=2)
    q_m1 = art.say(f"The foreign ministers of {an} and {bn} met for talks in the capital of {an} on {m1:%B} {m1.day}")
    art.record(f"mtg-{s}-{m1:%Y-%m-%d}-{lo}", {**_dates(m1, "year_inferred"), "actor_1": a, "state_1": a, "actor_2": b,
                                               "state_2": b, "host_state": a, "location_country": a, "format": "talks",
                                               "level": "ministerial", "cameo_code": "042"},
               (q_m1, ["state_1", "state_2", "host_state", "format", "level", "date_start"]))
    q_m2 = art.say(f"Their defence chiefs held a second round of talks in {cn} on {m2:%B} {m2.day}")
    art.record(f"mtg-{s}-{m2:%Y-%m-%d}-{lo}-third", {**_dates(m2, "year_inferred"), "state_1": a, "state_2": b,
                                                     "host_state": c, "location_country": c, "format": "talks",
                                                     "level": "military", "cameo_code": "044"},
               (q_m2, ["host_state", "level", "date_start"]), (q_m1, ["state_1", "state_2"]))
    killed, children, injured, total = r.randint(20, 400), 0, r.randint(10, 900), 0
    children = r.randint(1, killed)
    total = killed + r.randint(1, 200)
    q_civ = art.say(f"Health officials in {an} said {killed} civilians were killed, among them {children} children")
    q_mil = art.say(f"The army of {bn} said about {injured} soldiers were injured in the fighting")
    q_all = art.say(f"In all, at least {total} people were killed on the {an} side, officials said")
    cas = {"source_id": s, "conflict_id": con, "date_start": d0.isoformat(), "date_end": d1.isoformat(),
           "date_precision": "day", "date_basis": "stated"}
    art.record(f"cas-{s}-civ-killed", {**cas, "side_state": a, "population": "civilian", "outcome": "killed",
                                       "count": killed, "count_qualifier": "exact", "certainty": "asserted"},
               (q_civ, ["side_state", "population", "outcome", "count"]))
    art.record(f"cas-{s}-civ-killed-children", {**cas, "side_state": a, "population": "civilian", "outcome": "killed",
                                                "count": children, "count_qualifier": "exact", "subgroup": "children",
                                                "parent_figure_id": f"cas-{s}-civ-killed", "certainty": "asserted"},
               (q_civ, ["subgroup", "count", "parent_figure_id"]))
    art.record(f"cas-{s}-mil-injured", {**cas, "side_state": b, "population": "military", "outcome": "injured",
                                        "count": injured, "count_qualifier": "about", "claimant": b,
                                        "certainty": "attributed"},
               (q_mil, ["side_state", "population", "outcome", "count", "claimant"]))
    art.record(f"cas-{s}-all-killed", {**cas, "side_state": a, "population": "unspecified", "outcome": "killed",
                                       "count": total, "count_qualifier": "at_least", "certainty": "asserted"},
               (q_all, ["side_state", "outcome", "count", "count_qualifier"]))
    if previous is not None and index % 5 == 1:
        prev = previous.records[0]
        q_prev = art.say(f"The {prev['fields']['name']} ended in a ceasefire, the agency recalled")
        art.record(prev["id"], prev["fields"], (q_prev, ["name"]))
    for line in art.rng.sample(FILLER, 2):
        art.say(line.rstrip("."))
    return art


def annotation_yaml(art: Article, records: list[dict]) -> str:
    out = [f"source_id: {art.sid}", "coder: synth", "records:"]
    for rec in records:
        out.append(f"  - id: {rec['id']}")
        out.append("    review_status: reviewed")
        out.extend(f"    {k}: {_q(v)}" for k, v in rec["fields"].items())
        out.append("    evidence:")
        for quote, supports in rec["evidence"]:
            out.append(f"      - quote: {_q(quote)}")
            out.append(f"        supports: [{', '.join(supports)}]")
    return "\n".join(out) + "\n"


def meta_yaml(art: Article, text: str) -> str:
    meta = {"source_id": art.sid, "title": f"Ceasefire between {art.an} and {art.bn}", "outlet": "Synthetic Wire",
            "outlet_country": art.c, "url": f"https://example.org/{art.sid}", "published": art.published.isoformat(),
            "published_basis": "stated", "dateline": art.an.upper(), "language": "en",
            "retrieved": (art.published + dt.timedelta(days=30)).isoformat(),
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "text_chars": len(text),
            "rights": "redistributable"}
    return "".join(f"{k}: {_q(v)}\n" for k, v in meta.items())


def articles(n: int):
    """(article, its new records) for n sources; records shared with the previous source are kept."""
    sts, previous = states(), None
    for i in range(n):
        art = compose(i, sts, previous)
        yield art
        previous = art


def copy_skeleton(out: Path) -> None:
    """The real schemas, suites, reference data and package metadata."""
    for name in ("schemas", "validation"):
        shutil.copytree(ROOT / name, out / name)
    shutil.copytree(ROOT / "data" / "reference", out / "data" / "reference")
    meta = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    meta.pop("resources", None)
    (out / "datapackage.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def write_repo(out: Path, records: int) -> dict:
    """A repository with exactly `records` records; returns counts."""
    if out.exists():
        raise SystemExit(f"{out} exists; give a new directory")
    copy_skeleton(out)
    arts_dir, ann_dir = out / "data" / "raw" / "articles", out / "data" / "annotations"
    arts_dir.mkdir(parents=True)
    ann_dir.mkdir(parents=True)
    left, n_sources, n_evidence = records, 0, 0
    for art in articles(-(-records // RECORDS_PER_SOURCE)):
        own = art.records[:RECORDS_PER_SOURCE][:left]  # the last source may be cut short
        left -= len(own)
        recs = own + art.records[RECORDS_PER_SOURCE:]  # plus the previous source's conflict, if re-reported
        text = art.text()
        for rec in recs:
            for quote, _ in rec["evidence"]:
                assert text.count(quote) == 1, (art.sid, quote)
        (arts_dir / f"{art.sid}.txt").write_text(text, encoding="utf-8", newline="\n")
        (arts_dir / f"{art.sid}.yaml").write_text(meta_yaml(art, text), encoding="utf-8", newline="\n")
        (ann_dir / f"{art.sid}.yaml").write_text(annotation_yaml(art, recs), encoding="utf-8", newline="\n")
        n_sources += 1
        n_evidence += sum(len(r["evidence"]) for r in recs)
    return {"records": records, "sources": n_sources, "evidence": n_evidence}


def write_corpus(out: Path, n: int, *, fmt: str = "parquet", row_group_size: int = 1000) -> Path:
    """An article corpus for `diprel extract --corpus`: Parquet (id, text, published, url) or a directory of .txt + .yaml."""
    if fmt == "txt":
        out.mkdir(parents=True, exist_ok=False)
        for art in articles(n):
            (out / f"{art.sid}.txt").write_text(art.text(), encoding="utf-8")
            (out / f"{art.sid}.yaml").write_text(f"published: '{art.published.isoformat()}'\n", encoding="utf-8")
        return out
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.string()), ("text", pa.string()), ("published", pa.date32()), ("url", pa.string())])
    tmp = out.with_name(f".{out.name}.tmp")
    with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        batch: list[Article] = []
        for art in articles(n):
            batch.append(art)
            if len(batch) == row_group_size:
                writer.write_table(_corpus_table(batch, schema))
                batch = []
        if batch:
            writer.write_table(_corpus_table(batch, schema))
    tmp.replace(out)
    return out


def _corpus_table(batch, schema):
    import pyarrow as pa

    return pa.table({"id": [a.sid for a in batch], "text": [a.text() for a in batch],
                     "published": [a.published for a in batch],
                     "url": [f"https://example.org/{a.sid}" for a in batch]}, schema=schema)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--records", type=float, help="write a repository with this many records (e.g. 1e5)")
    what.add_argument("--articles", type=float, help="write an article corpus with this many articles")
    ap.add_argument("--format", choices=["parquet", "txt"], default="parquet", help="corpus format (with --articles)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.records:
        counts = write_repo(args.out, int(args.records))
        print(f"wrote {args.out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    else:
        write_corpus(args.out, int(args.articles), fmt=args.format)
        print(f"wrote {args.out}: {int(args.articles)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
