"""Candidates as annotation records, and the draft annotation file.

`to_annotation_records` gives each candidate a readable id (mtg-2025-06-18-pak-usa,
cas-<source>-pak-civilian-casualties-40) and the layout of the hand-coded YAML.
`write_draft` updates data/annotations/<source_id>.yaml: reviewed records are
kept byte for byte (their text, comments and position), earlier drafts are
replaced, and a draft that duplicates a reviewed record is dropped.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .. import schemas, yamlio
from ..atomic import replace_file
from ..vocab import REVIEW
from .matching import match_key
from .vocab import BASIS, MEDIATION, PRECISION

CODER = "diprel-extractor"


def _prefix(table: str) -> str:
    """The id prefix a table's schema declares (x-diprel.id_prefix)."""
    return schemas.table(table).id_prefix


def _date_part(f: dict) -> str | None:
    if not f.get("date_start") or f.get("date_basis") == BASIS.publication:
        return None
    d = f["date_start"]
    return {PRECISION.day: d, PRECISION.month: d[:7], PRECISION.year: d[:4]}.get(f.get("date_precision"), d)


def figure_tail(f: dict) -> str:
    parts = [(f.get("side_state") or "all").lower(), f["population"], f["outcome"], str(f["count"])]
    if f.get("subgroup"):
        parts.append(f["subgroup"])
    return "-".join(parts)


def figure_id(f: dict, source_id: str | None) -> str:
    prefix = _prefix("casualty_figures")
    return f"{prefix}-{source_id}-{figure_tail(f)}" if source_id else f"{prefix}-{figure_tail(f)}"


def record_id(table: str, f: dict, source_id: str | None) -> str:
    if table == "casualty_figures":
        return figure_id(f, source_id)
    if table == "mediation_offers":
        states = [f["mediator_state"], *sorted((f["party_1_state"], f["party_2_state"]))]
        tail = [f["issue"]] if f.get("kind") == MEDIATION.offer and f.get("issue") else []
        tail += [MEDIATION.claimed] if f.get("kind") == MEDIATION.claimed else []
    else:
        states, tail = sorted((f["state_1"], f["state_2"])), []
    parts = [_prefix(table), _date_part(f), *(s.lower() for s in states), *tail]
    return re.sub(r"[^a-z0-9]+", "-", "-".join(p for p in parts if p).lower()).strip("-")


def _occurrence(text: str, quote: str, start: int) -> int | None:
    """1-based index of the occurrence at start, when the quote occurs more than once."""
    found = [m.start() for m in re.finditer(f"(?={re.escape(quote)})", text)]
    return found.index(start) + 1 if len(found) > 1 and start in found else None


def to_annotation_records(candidates: list[dict], source_id: str, *, text: str | None = None) -> list[dict]:
    """Candidates in the layout of data/annotations/*.yaml, as drafts.

    Pass the source `text` so that a quote found more than once gets its
    `occurrence`; extract_text already widens quotes to be unique where it can.
    """
    tables = schemas.tables()
    ids: dict[str, int] = {}
    out, renamed = [], {}
    for c in candidates:
        f = dict(c["fields"])
        if c["table"] == "casualty_figures":
            f["source_id"] = source_id
        rid = record_id(c["table"], f, source_id)
        ids[rid] = ids.get(rid, 0) + 1
        if ids[rid] > 1:
            rid = f"{rid}-{ids[rid]}"
        if c["table"] == "casualty_figures":
            renamed[figure_tail(f)] = rid
        t = tables[c["table"]]
        rec = {"id": rid, "review_status": REVIEW.draft}
        rec.update({col: f.get(col) for col in t.columns if col not in (t.id_field, "note")})
        rec["confidence"] = c["confidence"]
        rec["evidence"] = [_evidence(e, c["method"], text) for e in c["evidence"]]
        out.append(rec)
    for rec in out:  # breakdown rows point at their main figure's final id
        parent = rec.get("parent_figure_id")
        if parent:
            rec["parent_figure_id"] = next((rid for tail, rid in renamed.items() if parent.endswith(tail)), None)
    return out


def _evidence(e: dict, method: str, text: str | None) -> dict:
    ev = {"quote": e["quote"], "supports": list(e["supports"]), "method": method}
    occ = _occurrence(text, e["quote"], e["start"]) if text is not None else None
    if occ:
        ev["occurrence"] = occ
    return ev


# --- the draft file -------------------------------------------------------------

def _yaml() -> YAML:
    y = YAML()
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = 4096  # quotes stay on one line, as coders copy them
    y.representer.add_representer(type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null"))
    return y


def _commented(rec: dict) -> CommentedMap:
    """A record for ruamel: `supports` lists in flow style, as coders write them."""
    cm = CommentedMap(rec)
    evs = CommentedSeq()
    for e in rec.get("evidence", []):
        ce = CommentedMap(e)
        sup = CommentedSeq(e["supports"])
        sup.fa.set_flow_style()
        ce["supports"] = sup
        evs.append(ce)
    cm["evidence"] = evs
    return cm


def _dump_records(records: list[dict], indent: int) -> str:
    """Records as a block sequence whose dashes stand at column `indent`, a blank line before each."""
    chunks = []
    for rec in records:
        buf = io.StringIO()
        _yaml().dump([_commented(rec)], buf)
        lines = buf.getvalue().splitlines()
        chunks.append("\n" + "\n".join(" " * indent + line[2:] if line.startswith("  ") else line for line in lines) + "\n")
    return "".join(chunks)


def _table_of(rec_id: str) -> str | None:
    table = schemas.record_tables().get(str(rec_id).split("-", 1)[0])
    return table.name if table else None


def _key(rec) -> tuple | None:
    table = _table_of(rec.get("id", ""))
    return match_key(table, rec) if table else None


def write_draft(path: Path | str, source_id: str, records: list[dict]) -> Path:
    """Write or update the annotation file at path with draft records.

    Reviewed records stay exactly as they are; previous drafts are replaced by
    `records`, minus any whose id or matching key equals a reviewed record's.
    """
    path = Path(path)
    if not path.exists():
        header = (f"# Draft records proposed by {CODER} for data/raw/articles/{source_id}.txt.\n"
                  "# Check each against the text and CODING.md, then set review_status: reviewed.\n")
        body = io.StringIO()
        _yaml().dump({"source_id": source_id, "coder": CODER, "records": []}, body)
        content = header + body.getvalue()
        if records:
            content = content.replace("records: []\n", "records:\n") + _dump_records(records, 2).lstrip("\n")
    else:
        yamlio.read(path)  # size limit, strict UTF-8, no aliases or tags: before ruamel parses it
        content = _update(path.read_text(encoding="utf-8"), records)
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_file(path, content)
    return path


def _update(original: str, drafts: list[dict]) -> str:
    doc = _yaml().load(original)
    lines = original.splitlines(keepends=True)
    items = doc.get("records") if isinstance(doc, dict) else None
    if not items and not drafts:
        return original
    if not items:  # no records yet: keep everything, open the sequence at the end
        kept = [ln for ln in lines if not re.match(r"^records:\s*(?:\[\s*\]|null|~)?\s*$", ln)]
        text = "".join(kept)
        return text + ("" if text.endswith("\n") or not text else "\n") + "records:\n" + _dump_records(drafts, 2).lstrip("\n")
    starts = [items.lc.item(k)[0] for k in range(len(items))]
    keys = list(doc.keys())
    after = keys[keys.index("records") + 1:]
    seq_end = min([doc.lc.key(k)[0] for k in after], default=len(lines))
    ends = [_last_content_line(lines, a, b) for a, b in zip(starts, [*starts[1:], seq_end])]
    indent = len(lines[starts[0]]) - len(lines[starts[0]].lstrip(" -")) - 2
    reviewed = [(k, rec) for k, rec in enumerate(items) if rec.get("review_status") == REVIEW.reviewed]
    taken_ids = {rec.get("id") for _, rec in reviewed}
    taken_keys = {_key(rec) for _, rec in reviewed} - {None}
    fresh = [d for d in drafts if d["id"] not in taken_ids and _key(d) not in taken_keys]
    out = lines[:starts[0]]
    for k, _ in reviewed:
        seg_start = starts[k] if k == 0 else ends[k - 1] + 1
        out.extend(lines[seg_start:ends[k] + 1])
    tail = lines[ends[-1] + 1:]
    return "".join(out) + _dump_records(fresh, max(indent, 0)) + "".join(tail)


def _last_content_line(lines: list[str], start: int, stop: int) -> int:
    """Last line of an item before `stop` that is not blank or a comment (trailing ones belong to the next)."""
    last = start
    for n in range(start, min(stop, len(lines))):
        stripped = lines[n].strip()
        if stripped and not stripped.startswith("#"):
            last = n
    return last
