"""Mediation between two states by a third: offers, conducted mediation, claims.

- offer (CAMEO 039): "offered to mediate", "his offer to help resolve the
  Kashmir issue", "Iran's readiness to use its good offices", "ready to host a
  meeting between ...", "stands ready to act as a bridge", "put its good
  offices on the table", "offered on Friday to help the two sides settle",
  "the offer was made by ..."; status reiterated (also "repeatedly",
  "continue its mediation"), accepted or rejected from the words acting on the
  offer, else made;
- conducted (045): the text says in its own voice that the third party
  mediated, brokered, facilitated or chaired ("mediated by Qatar and Turkey",
  "who mediated the talks", "co-chaired by the United States", "US-brokered",
  "under the auspices of", "with China's facilitation", "through Kuwaiti
  mediation", "shuttling between the two delegations");
- claimed (045): the same, but as the mediator's own words ("Trump wrote that
  talks mediated by the United States ...", "claimed credit") or disputed, and
  only when the article does not itself report the mediation as conducted.

The parties are the two states after "between", else the two other states of
the sentence, else those of the meeting "the meeting" refers to, else the
article's conflict pair or the pair of the sentences just before; never a pair
borrowed for a sentence that sets a state against a non-state party
(CODING.md: code what the text supports).
"""
from __future__ import annotations

import re

from ..actors import Mention
from ..candidates import Hit
from ..document import Document
from . import common

_HELP = (r"(?:help\s+(?:to\s+)?)?(?:[\w-]+\s+){0,5}?(?:resolve|settle|solve|end|de-?escalate|mediate|mend|bridge|"
         r"reconcile|overcome|narrow|defuse|ease)")
# What a third party offers: good offices, mediation, help to settle, to host talks, to be a bridge.
_OFFERED = (rf"(?:(?:its\s+|his\s+|her\s+|their\s+)?good\s+offices|mediat\w*|arbitrat\w*|facilitat\w*|broker\w*|host\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?"
            rf"(?:meeting|talks|summit|negotiations|dialogue)|(?:to\s+)?{_HELP}|"
            rf"act\s+as\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:bridge|mediator|facilitator|intermediary|go-between)|"
            # "his offer to bring the two governments together"
            rf"bring\s+(?:the\s+)?(?:two|both)\s+(?:[\w-]+\s+)?(?:sides|governments|countries|parties|leaders|neighbou?rs|"
            rf"nations|capitals)\s+(?:back\s+)?together|"
            rf"(?:the\s+|its\s+|his\s+|her\s+)?(?:assistance|help|services)"
            rf"(?=[^.;]{{0,80}}\b(?:facilitat|mediat|talks|dialogue|resol|de-?escalat))|"
            # "ready to play a constructive role in resolving the crisis between ..."
            rf"(?:to\s+)?play\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){{0,2}}role"
            rf"(?=[^.;]{{0,60}}\b(?:resol|settl|de-?escalat|eas|defus|dispute|crisis|conflict|tensions|peace\s+process|"
            rf"dialogue|talks|mediat|reconcil|between)))")
OFFER_RE = re.compile(
    rf"(?i)(?<![\w-])(?:(?:offer(?:ed|s|ing)?|readiness|ready|willing(?:ness)?|prepared|happy|stands?\s+ready|stood\s+ready)"
    rf"(?:\s+(?:on|last|this)\s+\w+)?\s+"  # "offered on Friday to help"
    rf"(?:(?:to|for)\s+)?(?:(?:use|offer|lend|continue|provide)\s+(?:its|his|her|their)\s+)?{_OFFERED}"
    rf"|(?:put|placed|laid)\s+(?:its|his|her|their)\s+good\s+offices"
    rf"|mediation\s+offers?|offer\s+(?:of\s+mediation|(?:was\s+)?(?:first\s+)?made))(?![\w-])")
CONDUCTED_RE = re.compile(
    r"(?i)(?<![\w-])(?:co-?mediated|mediated|brokered|"
    r"(?:played|had)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:mediating|mediator|key|crucial|pivotal|central)?\s*role\s+in\s+"
    r"(?:mediating|brokering|halting|ending|securing|defusing|de-escalating|stopping|averting|preventing)|"
    # "appreciated the role of Saudi Arabia in defusing tensions", "Qatar's key role in brokering the truce"
    r"role\s+(?:played\s+by|of)(?=\s+(?:the\s+)?[^.;,]{1,50}?\s+in\s+(?:mediating|brokering|defusing|de-escalating|"
    r"facilitating|securing|halting|ending|easing|resolving)\b)|"
    r"(?<=['’]s\s)(?:(?:key|crucial|pivotal|central|mediating|positive|constructive|important)\s+)?role\s+in\s+"
    r"(?:mediating|brokering|defusing|de-escalating|facilitating|securing|halting|ending)|"
    r"helped\s+(?:to\s+)?(?:broker|mediate|end|halt|secure|defuse)|facilitated|"
    r"(?:co-?)?chaired\s+(?:by|the\s+(?:[\w-]+\s+){0,2}(?:meeting|session|talks|negotiations|round))|"
    r"hosted\s+talks\s+between|(?:in\s+)?talks\s+hosted\s+by|shuttl\w+\s+between|mediation\s+(?:by|of)|"
    r"under\s+the\s+auspices\s+of|"
    # "with China's facilitation", "through Kuwaiti mediation": the mediator stands inside the phrase
    r"(?:through|with|thanks\s+to|following|after|via)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,2}?(?:mediation|facilitation|good\s+offices)|"
    r"(?:for|after)\s+(?:hosting\s+and\s+)?(?:mediating|brokering|facilitating))(?![\w-])")
_CLAIM = re.compile(r"(?i)\b(?:claim\w*|took\s+credit|taking\s+credit|credit\s+for|boast\w*)\b")
_SAID_BEFORE = re.compile(r"(?i)\b(?:said|says|told|wrote|writing|posted|claimed|claiming)\b")
_DISPUTED = re.compile(r"(?i)\b(?:denied|denies|played\s+down|no\s+third\s+party|without\s+any\s+third-party)\b")
_MEDIATION_NEGATED = re.compile(r"(?i)\b(?:rejected|rejects|ruled\s+out|refused|does\s+not\s+accept|do\s+not\s+accept)\b"
                                r"[^.;]{0,40}\bmediation\b|\bno\s+sign\b[^.;]{0,60}\bmediation\b|\bneither\b[^.;]{0,60}\bmediation\b")
_BY_OF = re.compile(r"(?i)^[\s,]*(?:(?:earlier|later)\s+\w+\s+)?(?:by|of|from)\s+(?:the\s+)?$")
_OFFER_BY = re.compile(r"(?i)offers?\s+(?:(?:made|extended|put\s+forward|presented)\s+)?(?:by|from)\s+(?:the\s+)?")
_TO_PAIR = re.compile(r"(?i)\b(?:to|for)\s+(?:the\s+)?$")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
_ANTECEDENT = re.compile(r"(?i),\s+(?:who|which|whose\s+country)\s+[^,]*$")
_BETWEEN = re.compile(r"(?i)\bbetween\s+")
_MEDIATION_NOUN = re.compile(r"(?i)(?:through|with|thanks|following|after|via)\b")
_TRILATERAL = re.compile(r"(?i)\b(?:trilateral|three-way|tripartite)\b")
_TWO_SIDES = re.compile(r"(?i)\b(?:the\s+two|both)\s+(?:sides|countries|neighbou?rs|nations|parties|governments)\b")
# Mediation of an event still to come: "chaired by their ministers, is expected to meet".
_LATER = re.compile(r"(?i)\b(?:is|are)\s+(?:expected|due|set|scheduled)\s+to\b")
# The chaired or hosted event is still to come: "is to hold its first session", "will convene".
_TO_COME = re.compile(r"(?i)\b(?:(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to|will|shall)\s+"
                      r"(?:hold|meet|convene|begin|start|resume|open)\b")
_TOLD_THAT = re.compile(r"(?i)\b(?:told|assured|informed)\b[^.;]{0,120}?\bthat\b")
# "The meeting was hosted and mediated by ...": the parties are those of the meeting just reported.
_THE_MEETING = re.compile(r"(?i)\b(?:the|this|that)\s+(?:meeting|talks|negotiations|session|encounter|summit)\b")
_ISSUE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:issue|dispute|question|conflict|crisis|problem)\b")
_ISSUE_GENERIC = re.compile(r"(?i)\b(?:border|territorial|water|nuclear)\s+(?:dispute|conflict|issue|row|talks|programme|program)\b")
_STATUS = (
    ("reiterated", re.compile(r"(?i)\b(?:reiterat\w+|repeat\w+|renew\w+|reaffirm\w*|again|once more|continu\w+)\b")),
    ("rejected", re.compile(r"(?i)\b(?:reject\w*|dismiss\w*|declin\w+|turned\s+down|rebuff\w*|spurn\w*)\b")),
    ("accepted", re.compile(r"(?i)\b(?:accept\w*|welcomed\s+(?:the|his|her|its)\s+offer)\b")),
)
_NEGATED = re.compile(r"(?i)\b(?:not|never|no|neither|nor|if|unless|short\s+of|refrain\w*\s+from|declin\w*\s+to)\s+"
                      r"(?:[\w-]+\s+){0,2}$")


def extract(doc: Document, found: list[Hit]) -> list[Hit]:
    hits = [h for c in found if c.table == "ceasefires" for h in _from_ceasefire(doc, c)]
    meetings = [h for h in found if h.table == "meetings"]
    for i, s in enumerate(doc.sentences):
        if _MEDIATION_NEGATED.search(s.text):
            continue
        for m in OFFER_RE.finditer(doc.text, s.start, s.end):
            hits.extend(_offer(doc, i, m, meetings))
        for m in CONDUCTED_RE.finditer(doc.text, s.start, s.end):
            hits.extend(_conducted(doc, i, m, meetings))
    conducted = {_identity(h) for h in hits if h.fields["kind"] == "conducted"}
    # A claim the article itself reports as fact is evidence, not a second record.
    return [h for h in hits if h.fields["kind"] != "claimed" or _identity(h) not in conducted]


def _identity(h: Hit) -> tuple:
    f = h.fields
    return f["mediator_state"], frozenset((f["party_1_state"], f["party_2_state"]))


def _mediators(doc: Document, i: int, m: re.Match) -> list[Mention]:
    """Who offers or mediates: inside the phrase ("with China's facilitation"), after "by"/"of" (with
    partners joined by "and"), the antecedent of "who"/"which", the teller of "told X that ...",
    or the nearest actor before the trigger (with a partner joined by "and")."""
    s = doc.sentences[i]
    by = _OFFER_BY.match(doc.text, m.start(), s.end)
    if by:  # "welcomed the offer made by Uganda to mediate": the one after "by"
        after = common.actors_in(doc, i, by.end(), s.end, unplaced=True)
        if after and after[0].start == by.end():
            return common.coordinated(doc, after)
    inside = _MEDIATION_NOUN.match(m.group()) and [
        x for x in doc.mentions[i] if m.start() <= x.start and x.end <= m.end() and x.state
        and x.kind in ("state", "modifier", "body", "person")]
    if inside:
        x = inside[-1]
        return [x if x.kind != "modifier" else common.as_state(x)]
    after = common.actors_in(doc, i, m.end(), s.end, unplaced=True)
    if after and (_BY_OF.match(doc.text[m.end():after[0].start]) or
                  re.search(r"(?i)\b(?:by|of)$", m.group()) and not doc.text[m.end():after[0].start].strip(" the")):
        return common.coordinated(doc, after)
    relative = _ANTECEDENT.search(doc.text, max(s.start, m.start() - 80), m.start())
    told = _TOLD_THAT.search(doc.text, s.start, m.start())
    if relative:  # "Anwar, who mediated the talks": the antecedent
        before = common.actors_in(doc, i, s.start, relative.start(), unplaced=True)
    elif told:  # "Faisal told his Moroccan counterpart that the kingdom stood ready": the teller
        clause_start = doc.clause_bounds(i, told.start())[0]
        before = common.actors_in(doc, i, clause_start, told.start(), unplaced=True)[-1:] or \
            common.actors_in(doc, i, s.start, told.start(), unplaced=True)[:1]
    else:
        c_start = doc.clause_bounds(i, m.start())[0]
        aside = [r.span() for r in _RELATIVE_ASIDE.finditer(doc.text, s.start, m.start())]
        before = [x for x in common.actors_in(doc, i, c_start, m.start(), unplaced=True)
                  if not any(a <= x.start < b for a, b in aside)]  # "China, which has ties to Myanmar, said it was ready"
        if not before and aside:
            before = [x for x in common.actors_in(doc, i, s.start, aside[-1][0], unplaced=True)][-1:]
    if before:
        return common.coordinated(doc, before[::-1])[::-1]
    if m.group().lower().startswith("offer") and after:  # "offered the assistance of the United States"
        return after[:1] if re.match(r"(?i)[^.;]{0,30}\bof\s+(?:the\s+)?$", doc.text[m.end():after[0].start]) else []
    return []


def _parties(doc: Document, i: int, m: re.Match, mediators: set, meetings: list[Hit]) -> tuple[list[str], bool]:
    """The two parties, and whether they come from context rather than this sentence."""
    s = doc.sentences[i]
    mediator = next(iter(mediators)) if len(mediators) == 1 else None
    between = _BETWEEN.search(doc.text, m.start(), s.end)
    if between and common.NON_STATE_WORDS.search(doc.text, between.end(), s.end):
        return [], False  # "to mediate between the army and ethnic armed groups"
    if between:
        named = [x.state for x in common.actors_in(doc, i, between.end(), s.end) if x.state not in mediators]
        named += [x.state for x in doc.mentions[i] if x.start >= between.end() and x.kind in ("modifier", "place")
                  and x.state not in mediators and x.state not in named]
        if len(named) >= 2 and named[0] != named[1]:
            return sorted(named[:2]), False
    lo, hi = common.coordinate_clause(doc, i, m.start())  # "A offered to host talks, and B said ...": A's clause
    ms = [x for x in doc.mentions[i] if x.state and x.state not in mediators and lo <= x.start < hi]
    for a, b in zip(ms, ms[1:]):  # "US–Iran nuclear talks": the text names the pair itself
        if a.state != b.state and re.fullmatch(r"[-–—]", doc.text[a.end:b.start]):
            return sorted((a.state, b.state)), False
        # "offered its good offices to Ethiopia and Somalia"
        if a.state != b.state and a.start >= m.end() and re.fullmatch(r"\s+and\s+(?:the\s+)?", doc.text[a.end:b.start]) \
                and _TO_PAIR.search(doc.text, max(m.end(), a.start - 8), a.start):
            return sorted((a.state, b.state)), False
    states = sorted({x.state for x in ms if x.kind in ("state", "modifier", "body", "person")})
    pair = doc.conflict_pair if doc.conflict_pair and not mediators & set(doc.conflict_pair) else None
    if len(states) == 2:
        if pair and set(states) != set(pair) and len(set(states) & set(pair)) == 1:
            return list(pair), True
        return states, False
    met = _meeting_pair(doc, i, mediators, meetings)
    if met:
        return met, True
    if len(states) > 2:
        return (list(pair), True) if pair else ([], False)
    if common.non_state_partner(doc, i):
        return [], True
    ctx = pair or doc.recent_pair(i, mediator) or (_TWO_SIDES.search(s.text) and doc.joined_pair(i, mediator))
    if not ctx and (_TWO_SIDES.search(s.text) or _TRILATERAL.search(s.text)):
        # "willing to facilitate a trilateral arrangement": the two the article's meetings set face to face
        met = {tuple(sorted((h.fields["state_1"], h.fields["state_2"]))) for h in meetings if h.sentence <= i}
        ctx = met.pop() if len(met) == 1 else None
    if ctx and not mediators & set(ctx) and (not states or states[0] in ctx):
        return list(ctx), True
    return [], True


def _meeting_pair(doc: Document, i: int, mediators: set, meetings: list[Hit]) -> list[str] | None:
    """The states of the meeting "the meeting" or "the talks" refers to: the latest one reported up to sentence i."""
    if not _THE_MEETING.search(doc.sentences[i].text):
        return None
    pair = common.latest_meeting_pair(meetings, i, mediators)
    return list(pair) if pair else None


def _issue(doc: Document, i: int, default: str | None) -> str | None:
    s = doc.sentences[i].text
    m = _ISSUE.search(s)
    if m and m.group("name").split()[0] not in ("The", "This", "That"):
        return m.group("name")
    g = _ISSUE_GENERIC.search(s)
    if g:
        word = g.group().split()[0].lower()
        return "nuclear programme" if word == "nuclear" else f"{word} conflict"
    if default and re.search(r"(?i)\b(?:cease[- ]?fire|truce|hostilities|fighting|war)\b", s):
        return default
    return None


def _make(doc: Document, i: int, m: re.Match, kind: str, rule: str, meetings: list[Hit], *, status=None,
          issue_default=None) -> list[Hit]:
    hits = []
    found = _mediators(doc, i, m)
    mediators = [x if x.state else _at_home(doc, x) for x in found]
    states = {x.state for x in mediators}
    for mediator, original in zip(mediators, found):
        if not mediator.state:
            continue
        if original.state is None and any(x.state == mediator.state and x.kind in ("person", "body")
                                          for x in doc.mentions[i] if x.start != original.start):
            continue  # the home state is someone else in this sentence: the guess is unsafe
        parties, from_context = _parties(doc, i, m, states - {None}, meetings)
        if len(parties) != 2 or mediator.state in parties:
            continue
        date = common.nearest_date(doc, i, m.start())
        fields = {"kind": kind, "mediator_actor": mediator.actor_id if mediator.kind in ("person", "body") else None,
                  "mediator_state": mediator.state, "party_1_state": parties[0], "party_2_state": parties[1],
                  "issue": _issue(doc, i, issue_default), "status": status,
                  "cameo_code": "039" if kind == "offer" else "045"}
        fields.update(common.date_fields(date))
        supports = ["kind", "mediator_state", "cameo_code"] + [k for k in ("mediator_actor", "issue", "status") if fields[k]]
        lo, hi = min(m.start(), mediator.start), max(m.end(), mediator.end)
        if not from_context:
            supports += ["party_1_state", "party_2_state"]
            for x in doc.mentions[i]:
                if x.state in parties:
                    lo, hi = min(lo, x.start), max(hi, x.end)
        if date:
            supports += ["date_start", "date_end"]
            lo, hi = min(lo, date.start), max(hi, date.end)
        hit = Hit("mediation_offers", fields, i, lo, hi, supports, rule, 0.75 - 0.1 * from_context)
        if from_context:
            _add_party_evidence(doc, i, hit)
        hits.append(hit)
    return hits


def _at_home(doc: Document, m: Mention) -> Mention:
    """An unplaced person (a ministry's own "President Pezeshkian") stands for the article's home state."""
    return common.with_state(m, doc.home_state())


def _add_party_evidence(doc: Document, i: int, hit: Hit) -> None:
    """Quote the nearby sentence that names the two parties."""
    parties = {hit.fields["party_1_state"], hit.fields["party_2_state"]}
    for j in range(i - 1, max(-1, i - 4), -1):
        ms = [x for x in doc.mentions[j] if x.state in parties and x.kind in ("state", "modifier", "body", "person")]
        if {x.state for x in ms} == parties:
            hit.extra.append((j, min(x.start for x in ms), max(x.end for x in ms), ["party_1_state", "party_2_state"]))
            return


def _offer(doc: Document, i: int, m: re.Match, meetings: list[Hit]) -> list[Hit]:
    s = doc.sentences[i]
    if _NEGATED.search(doc.text[max(s.start, m.start() - 30):m.start()]):
        return []
    c_start, c_end = doc.clause_bounds(i, m.start())
    window = doc.text[max(c_start, m.start() - 30):min(c_end, m.end() + 15)]  # words acting on the offer itself
    status = next((st for st, rx in _STATUS if rx.search(window)), "made")
    return _make(doc, i, m, "offer", "mediation-offer", meetings, status=status)


def _conducted(doc: Document, i: int, m: re.Match, meetings: list[Hit]) -> list[Hit]:
    if common.unreal(doc, i, m.start(), m.end(), after=False) or _LATER.search(doc.text, m.end(), min(m.end() + 60, doc.sentences[i].end)):
        return []
    if _TO_COME.search(doc.text, doc.sentences[i].start, m.start()):
        return []  # "The commission is to hold its first session on 28 April, chaired by the Kazakh envoy"
    s = doc.sentences[i]
    claimed = bool(_CLAIM.search(s.text) or _DISPUTED.search(s.text) or common.in_quotes(doc, i, m.start())
                   or _SAID_BEFORE.search(doc.text, s.start, m.start()) and _said_by_mediator(doc, i, m))
    return _make(doc, i, m, "claimed" if claimed else "conducted", "mediation-conducted", meetings,
                 issue_default="ceasefire")


def _said_by_mediator(doc: Document, i: int, m: re.Match) -> bool:
    """ "Trump said he brokered ...": the speaker is the mediator vouching for itself."""
    speaker = next((a for a in common.actors_in(doc, i, doc.sentences[i].start, m.start())), None)
    mediators = _mediators(doc, i, m)
    return bool(speaker and mediators and speaker.state in {x.state for x in mediators})


def _from_ceasefire(doc: Document, c: Hit) -> list[Hit]:
    """A brokered ceasefire is also a conducted mediation by its broker."""
    f = c.fields
    if not f.get("broker_state"):
        return []
    fields = {"kind": "conducted", "mediator_actor": f.get("broker_actor"), "mediator_state": f["broker_state"],
              "party_1_state": f["state_1"], "party_2_state": f["state_2"], "issue": "ceasefire", "status": None,
              "cameo_code": "045"}
    fields.update({k: f.get(k) for k in ("date_start", "date_end", "date_precision", "date_basis")})
    supports = ["kind", "mediator_state", "cameo_code", "issue"] + [
        k for k in ("mediator_actor", "date_start", "date_end") if fields.get(k)]
    if "state_1" in c.supports:
        supports += ["party_1_state", "party_2_state"]
    return [Hit("mediation_offers", fields, c.sentence, c.lo, c.hi, supports, "mediation-brokered-ceasefire",
                c.confidence - 0.05)]
