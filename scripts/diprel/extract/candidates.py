"""From rule hits to candidate records: evidence quotes, merging, field checks.

A rule reports a `Hit`: one sentence's worth of evidence for one record. Hits
that describe the same record (the same pair of states met, mentioned in three
sentences) are merged into one candidate with one evidence row per sentence.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from .. import schemas
from ..quotes import MAX_QUOTE_CHARS
from ..vocab import DATE_BASIS_STRENGTH
from .actors import one_name
from .document import Document
from .vocab import BASIS, FORMAT, LEVEL, MEDIATION, PRECISION, TRUCE

# A draft's method names the rule version that made it. The rounds grown on corpus_dev4-dev9 changed the shared
# actor, date and place resolution under every rule, so each moved on one version: those listed to 3, the rest to 2.
RULES_VERSION = "2"
RULE_VERSIONS = {
    "meeting-host": "3", "meeting-noun": "3", "meeting-intro": "3", "meeting-met": "3", "meeting-held": "3",
    "meeting-spoke": "3", "meeting-calledon": "3", "meeting-callfrom": "3", "mediation-offer": "3",
    "mediation-conducted": "3", "ceasefire": "3", "casualty": "3", "casualty-breakdown": "3",
    # sentences flagged by the trigger classifier (triggers.py), fields by a plain resolver
    "trigger-meetings": "1", "trigger-mediation": "1", "trigger-ceasefires": "1", "trigger-casualties": "1",
}
TABLE_ORDER = ("meetings", "mediation_offers", "ceasefires", "casualty_figures")
_BASIS_RANK = {basis: i for i, basis in enumerate((*DATE_BASIS_STRENGTH, None))}
DATE_FIELDS = ("date_start", "date_end", "date_precision", "date_basis")
_PIECE_BREAK = re.compile(r"[,;:–—]\s|\s[–—-]\s|[(“”\"]")
_STRIP = " \t\n,;:–—-=+@”’)"



def check_fields(table: str, fields: dict) -> dict:
    """Fields in schema column order; a wrong column or enum value is a bug in a rule."""
    columns, known, enums = _shape(table)
    unknown = set(fields) - known
    if unknown:
        raise ValueError(f"{table}: rule produced unknown columns {sorted(unknown)}")
    for name, enum in enums:
        v = fields.get(name)
        if v is not None and v not in enum:
            raise ValueError(f"{table}.{name}: {v!r} is not one of {enum}")
    return {c: fields[c] for c in columns if c in fields}


_SHAPES: dict[str, tuple] = {}


def _shape(table: str) -> tuple[list[str], frozenset[str], list[tuple[str, list]]]:
    """A table's columns and enums, read from its schema once (every candidate is checked against them)."""
    t = schemas.table(table)
    cached = _SHAPES.get(table)
    if cached is None or cached[0] is not t:
        cached = _SHAPES[table] = (t, t.columns, frozenset(t.columns), [(f.name, f.enum) for f in t.fields if f.enum])
    return cached[1:]


@dataclass
class Hit:
    table: str
    fields: dict
    sentence: int
    lo: int                      # text range the quote must cover
    hi: int
    supports: list[str]
    rule: str
    confidence: float
    extra: list[tuple[int, int, int, list[str]]] = field(default_factory=list)  # (sentence, lo, hi, supports)
    # A casualty figure of people the text has not counted yet ("a second guard", "another soldier", "two more"),
    # and who it counts when the text says ("Sergeant Ali Khan", "a farmer"): see `people_agree`.
    new_people: bool = False
    person: str | None = None
    claimant_state: str | None = None  # the state a figure's claimant speaks for: see `_claimants_agree`
    count_at: int | None = None  # where a figure's count stands: its clause's dates were read (`date_from_context`)
    # A truce the text tells apart by its order ("a first halt", "an earlier truce", "a second halt"): see merge_hits
    order: str | None = None
    # A truce local commanders agreed in the field ("the company commanders agreed by radio to hold their fire"), not
    # the governments' truce of a day or two later: see `_orders_agree`
    local: bool = False
    # A meeting's principals by state and office ("president", "prime minister"): see `offices_agree`
    offices: dict = field(default_factory=dict)
    # A meeting's level where the text gives one party's rank only ("held talks with his Georgian counterpart", "the
    # two foreign ministers met"): the record's level if the merge leaves it none, never one that tells two apart
    rank: str | None = None
    # A meeting's level where one party is named as the other's counterpart: the other's, whatever the counterpart's
    # own title says ("received by his Nigerien counterpart, General Moussa Harouna"); the record's level after the
    # merge, where the titles as written still tell two encounters apart
    peer_rank: str | None = None

    def take_date(self, fields: dict, evidence: tuple[int, int, int] | None) -> None:
        """Take the date columns of another record's `fields`, with the text (sentence, lo, hi) that dates them."""
        self.fields.update({k: fields.get(k) for k in DATE_FIELDS})
        if evidence:
            self.extra.append((*evidence, ["date_start", "date_end"]))

    @property
    def method(self) -> str:
        """rules:<rule>@<version>, in the evidence schema's alphabet (no hyphens)."""
        return f"rules:{self.rule.replace('-', '_')}@{RULE_VERSIONS.get(self.rule, RULES_VERSION)}"


def quote_span(doc: Document, i: int, lo: int, hi: int) -> tuple[int, int]:
    """Shortest clause-aligned span of sentence i covering [lo, hi), trimmed, at most 300 chars."""
    s = doc.sentences[i]
    text = doc.text
    start, end = s.start, s.end
    for m in _PIECE_BREAK.finditer(text, s.start, s.end):
        if m.end() <= lo:
            start = m.end()
        elif m.start() >= hi:
            end = m.start()
            break
    if end - start > MAX_QUOTE_CHARS:
        start, end = _shrink(text, start, end, lo, hi)
    start, end = _trim(text, start, end)
    if text.count(text[start:end]) > 1 and s.end - s.start <= MAX_QUOTE_CHARS:
        start, end = _trim(text, s.start, s.end)  # a repeated clause: quote the whole sentence
    return start, end


def _shrink(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Cut an over-long span down to words around [lo, hi)."""
    pad = max(0, (MAX_QUOTE_CHARS - (hi - lo)) // 2)
    a, b = max(start, lo - pad), min(end, hi + pad)
    if b - a > MAX_QUOTE_CHARS:
        b = a + MAX_QUOTE_CHARS
    while a > start and not text[a - 1].isspace() and a < lo:
        a += 1
    while b < end and b > hi and not text[b].isspace():
        b -= 1
    return a, b


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and (text[end - 1] in _STRIP or text[end - 1] in "“\"(" or
                           (text[end - 1] == "." and not re.search(r"[A-Z]\.[A-Z]\.$", text[start:end]))):
        end -= 1
    return start, end


@functools.cache
def _precision_rank() -> dict:
    """Narrowest date precision first, in the schema's (ordered) enum; unset last."""
    precisions = schemas.table("meetings").field("date_precision").enum
    return {p: i for i, p in enumerate((*precisions, None))}


def _date_rank(f: dict) -> tuple:
    ranks = _precision_rank()
    # of two days as precise, one day before a span: "On 8 September ... agreed to cease fire" dates the truce a
    # summary's "Between 6 and 12 September ... A local ceasefire now broadly holds" told first
    span = f.get("date_start") != f.get("date_end")
    return _BASIS_RANK.get(f.get("date_basis"), 5), ranks.get(f.get("date_precision"), ranks[None]), span


def dates_conflict(a: dict, b: dict, *, coarse: bool = False, slack: int = 0) -> bool:
    """Two day-precise dates that do not overlap: two events, not one ("6 to 10 March" and "On 10 March" agree).

    With `coarse` (meetings), any stated date counts: a video call "last week" is not today's visit, a call on
    Wednesday not the talks "in June". With `slack` days, dates that close agree: a truce that "took effect on
    Monday" and "held through its first day" on Tuesday is one truce; two dates both stated outright get no slack
    (a commanders' halt of 28 July and the ministers' ceasefire "effective from 00:00 on 30 July" are two)."""
    def stated(f: dict) -> bool:  # any precision of the schema's enum when coarse, else a day
        return f.get("date_basis") != BASIS.publication and (
            f.get("date_precision") is not None if coarse else f.get("date_precision") == PRECISION.day)
    if not (stated(a) and stated(b)):
        return False
    gap = max(_day(a["date_start"]) - _day(b["date_end"]), _day(b["date_start"]) - _day(a["date_end"]))
    if a.get("date_basis") == b.get("date_basis") == BASIS.stated:
        slack = 0
    return gap > slack


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


# Tables whose records one article may date a day or two apart (a truce, a mediation that brought it).
DATE_SLACK = {"ceasefires": 2, "mediation_offers": 2}
# Tables whose records any two stated dates tell apart, however coarse: two truces years apart, not one.
COARSE_DATES = {"meetings", "ceasefires"}


def merge_into(a: Hit, b: Hit) -> None:
    """Fold hit b (same record, another sentence) into a."""
    fields = b.fields
    if a.table == "meetings" and (fields.get("state_1"), fields.get("state_2")) == (a.fields.get("state_2"), a.fields.get("state_1")):
        fields = {**fields, "actor_1": fields.get("actor_2"), "state_1": fields.get("state_2"),
                  "actor_2": fields.get("actor_1"), "state_2": fields.get("state_1")}  # b names the pair the other way round
    for k, v in fields.items():
        if k in DATE_FIELDS:
            continue
        if a.fields.get(k) is None and v is not None or (k, v) == ("kind", TRUCE.mediated):
            a.fields[k] = v  # a broker named in one sentence makes the ceasefire mediated
    if _date_rank(b.fields) < _date_rank(a.fields):
        for k in DATE_FIELDS:
            a.fields[k] = b.fields.get(k)
    for state, office in b.offices.items():
        a.offices.setdefault(state, office)
    a.rank = a.rank or b.rank
    a.peer_rank = a.peer_rank or b.peer_rank
    a.extra.append((b.sentence, b.lo, b.hi, b.supports))
    a.extra.extend(b.extra)
    a.confidence = min(0.95, max(a.confidence, b.confidence) + 0.05)


def to_candidate(doc: Document, hit: Hit) -> dict:
    """The candidate dict: one evidence row per sentence, covering everything quoted from it."""
    spans: dict[int, list] = {}
    for i, lo, hi, supports in [(hit.sentence, hit.lo, hit.hi, hit.supports), *hit.extra]:
        if i in spans:
            span = spans[i]
            span[0], span[1], span[2] = min(span[0], lo), max(span[1], hi), span[2] | set(supports)
        else:
            spans[i] = [lo, hi, set(supports)]
    evidence = []
    for i, (lo, hi, supports) in spans.items():
        start, end = quote_span(doc, i, lo, hi)
        evidence.append({"quote": doc.text[start:end], "start": start, "end": end, "supports": sorted(supports)})
    return {"table": hit.table, "fields": check_fields(hit.table, hit.fields), "evidence": evidence,
            "method": hit.method, "confidence": round(hit.confidence, 2)}


def sort_key(c: dict) -> tuple:
    """Table, then first quote; a stable sort keeps figures of one quote in text order."""
    return TABLE_ORDER.index(c["table"]), c["evidence"][0]["start"]


def merge_key(table: str, f: dict) -> tuple:
    """Hits with equal keys describe one record (unless their dates disagree).

    A casualty figure's side is left out: the same count of the same people
    and outcome, once with a side and once without (a headline), is one figure
    (see `sides_agree`)."""
    def pair(a, b):
        return tuple(sorted((a or "", b or "")))
    if table in ("meetings", "ceasefires"):
        return table, pair(f.get("state_1"), f.get("state_2"))
    if table == "mediation_offers":  # (an offer's issue tells two apart where both name one: `issues_agree`)
        return table, f.get("mediator_state"), pair(f.get("party_1_state"), f.get("party_2_state")), f.get("kind")
    return table, f.get("population"), f.get("outcome"), f.get("count"), f.get("count_qualifier"), f.get("subgroup")


def _compatible(x, y) -> bool:
    return x is None or y is None or x == y


def issues_agree(a: dict, b: dict) -> bool:
    """Two offers of one mediator to one pair on different issues are two; one that names none ("Turkey has offered to
    host talks between A and B") is the one named in the headline ("... talks on Drina border dispute")."""
    return a.get("kind") != MEDIATION.offer or _compatible(a.get("issue"), b.get("issue"))


def sides_agree(a: dict, b: dict) -> bool:
    return _compatible(a.get("side_state"), b.get("side_state"))


def actors_agree(a: dict, b: dict) -> bool:
    """Two meetings of one pair with different named people (Araghchi-Dar, Araghchi-Munir) are two meetings."""
    def by_state(f):
        return {f.get("state_1"): f.get("actor_1"), f.get("state_2"): f.get("actor_2")}
    pa, pb = by_state(a), by_state(b)
    return all(_compatible(pa.get(s), pb.get(s)) or _delegation(pa.get(s)) or _delegation(pb.get(s))
               or _same_person(pa.get(s), pb.get(s)) for s in pa)


def _same_person(x: str | None, y: str | None) -> bool:
    """One person by surname and by full name ("Foreign Minister Fuenzalida holds video call" over "Ignacia Fuenzalida
    Rojas"): the names of two person ids, as the person table joins them."""
    return bool(x and y) and one_name(x.replace("-", " "), y.replace("-", " "))


def offices_agree(a: Hit, b: Hit) -> bool:
    """A visit's encounters with two principals of the host ("talks with the Prime Minister of Moldova", "was received
    by the President of the Republic of Moldova") are two meetings, though one of them is unnamed; one person told
    by name and by office stays one."""
    def actors(h: Hit) -> dict:
        return {h.fields.get("state_1"): h.fields.get("actor_1"), h.fields.get("state_2"): h.fields.get("actor_2")}
    named_a, named_b = actors(a), actors(b)
    return all(b.offices.get(state) in (None, office) or named_a.get(state) and named_a.get(state) == named_b.get(state)
               for state, office in a.offices.items())


def places_agree(a: dict, b: dict) -> bool:
    """Two encounters of one pair at two venues ("State Guest House Padma", "the Ministry"), in two countries, or
    one by phone and one in person are two meetings."""
    va, vb = (a.get("venue") or "").lower(), (b.get("venue") or "").lower()
    if va and vb and va not in vb and vb not in va:
        return False
    remote = {FORMAT.call, FORMAT.virtual}
    if a.get("format") and b.get("format") and (a["format"] in remote) != (b["format"] in remote):
        return False  # a phone call and a meeting in person are two encounters
    return _compatible(a.get("location_country"), b.get("location_country"))


def _bodies_agree(a: Hit, b: Hit) -> bool:
    """A session of a joint commission is not the talks of named officials reported beside it."""
    def named(h: Hit) -> bool:
        return bool(h.fields.get("actor_1") or h.fields.get("actor_2"))
    if (a.rule == "meeting-body") == (b.rule == "meeting-body"):
        return True
    return not named(b if a.rule == "meeting-body" else a)


def people_agree(a: Hit, b: Hit) -> bool:
    """ "One guard was injured ... A second guard was treated for minor injuries": two figures of one count, one of
    them of people counted on from others, are two figures; so are a farmer and a shepherd, or two named men. A
    figure repeated in the same words ("a second guard" in the lead and the body) stays one."""
    if a.new_people != b.new_people:
        return False
    return _compatible(a.person, b.person)


def _claimants_agree(a: Hit, b: Hit) -> bool:
    """One figure per source (CODING.md): the same toll told by Jakarta and by Canberra is two claims; told by a
    ministry and by its spokesman, one."""
    return _compatible(a.claimant_state, b.claimant_state)


def _orders_agree(a: Hit, b: Hit) -> bool:
    """ "A first halt ... late on Saturday" is not Monday's truce, though two days make one truce otherwise; "the short
    truce" of the same Wednesday is the earlier one told again. One side's unilateral halt is not the two sides'
    truce."""
    if (a.fields.get("kind") == TRUCE.unilateral) != (b.fields.get("kind") == TRUCE.unilateral):
        return False  # "Bangui had ordered its troops to cease fire unilaterally" the day before both sides agreed
    if a.local != b.local and dates_conflict(a.fields, b.fields):
        return False  # local commanders' halt on Tuesday evening, the security chiefs' protocol on Wednesday
    if a.order == b.order:
        return True
    undated = {a.fields.get("date_basis"), b.fields.get("date_basis")} & {None, BASIS.publication}
    if "earlier" in (a.order, b.order) and undated:
        return False  # "The two sides had agreed to a similar ceasefire on 2 March" is not the undated one reported now
    return not (a.order and b.order) and not dates_conflict(a.fields, b.fields, coarse=True)


def _delegation(actor: str | None) -> bool:
    """A state's delegation or officials ("the Congolese and Rwandan ministers") include its named members."""
    return bool(actor) and actor.endswith("-delegation")


def _headline_only(h: Hit, headlines: set[int], sentence: int) -> bool:
    """Whether the hit comes from a headline, and from no body sentence but `sentence`: once another sentence of the
    body has told its level, the headline's is no longer the record's ("talks between the Ministers" over "was
    received by the Prime Minister")."""
    return h.sentence in headlines and all(e[0] in headlines or e[0] == sentence for e in h.extra)


def _principals_agree(a: Hit, b: Hit, headlines: set[int]) -> bool:
    """Two encounters of one pair at two levels, or with two offices of one state, are two meetings; a headline's
    level and office are loose ("Defence Minister in Ouagadougou for talks with Burkinabè leader")."""
    if _headline_only(a, headlines, b.sentence) or b.sentence in headlines:
        return True
    if _compatible(a.fields.get("level"), b.fields.get("level")) and offices_agree(a, b):
        la, lb = a.fields.get("level") or a.peer_rank, b.fields.get("level") or b.peer_rank
        return not (la and lb and la != lb and {la, lb} & {LEVEL.leaders, LEVEL.mixed})
    return False


def merge_hits(hits: list[Hit], headlines: set[int] = frozenset()) -> list[Hit]:
    """One hit per record: hits of one key merge unless their dates, sides, people, claimants, places, levels or
    offices tell two records apart (a headline's level and office are loose: `_principals_agree`)."""
    merged: list[Hit] = []
    by_key: dict[tuple, list[Hit]] = {}
    for h in sorted(hits, key=lambda h: (TABLE_ORDER.index(h.table), h.sentence, h.lo, h.rule)):
        group = by_key.setdefault(merge_key(h.table, h.fields), [])
        # an offer "first made last month" is not Friday's repeat
        coarse = h.table in COARSE_DATES or h.table == "mediation_offers" and h.fields.get("kind") == MEDIATION.offer
        same = next((m for m in group if not dates_conflict(m.fields, h.fields, coarse=coarse,
                                                            slack=DATE_SLACK.get(h.table, 0))
                     and sides_agree(m.fields, h.fields)
                     and (h.table != "casualty_figures" or people_agree(m, h) and _claimants_agree(m, h))
                     and (h.table != "ceasefires" or _orders_agree(m, h))
                     and (h.table != "meetings" or actors_agree(m.fields, h.fields) and places_agree(m.fields, h.fields)
                          and _bodies_agree(m, h) and _principals_agree(m, h, headlines))
                     and (h.table != "mediation_offers" or h.fields.get("kind") != MEDIATION.offer
                          or issues_agree(m.fields, h.fields)
                          and _compatible(m.fields.get("mediator_actor"), h.fields.get("mediator_actor")))), None)
        if same:
            merge_into(same, h)
        else:
            group.append(h)
            merged.append(h)
    return merged
