"""Figures read against the rest of the article: a headline's figure that the body repeats, a definite count
of people already counted ("the two injured are receiving treatment"), breakdown rows that take their main figure's
side, and the side a figure takes from the people it continues."""

from __future__ import annotations

import itertools
import re

from ...candidates import Hit, dates_conflict
from ...document import Document
from ...records import figure_id
from ...vocab import OUTCOME, POPULATION
from .words import _KIN, OUTCOME_NOUNS, PUT_COUNT_AT
from .figures import _Figure, _GENERIC_HEADS, _OF_THE_WOUNDED
from .singulars import _ORDINAL
from .sides import _NON_STATE_RE


def _victims_named_before(doc: Document, hits: list[Hit], figs: dict) -> None:
    """A count of people the text has already given a nationality, told by a claimant of the other party, is theirs,
    not the claimant's: "Three Nigerian nationals were killed in Jeppestown ... . South African police put the toll
    at two" (Nigeria's dead, as Pretoria counts them)."""
    pair = doc.article_pair
    for k, h in enumerate(hits):
        f, fig = h.fields, figs.get(id(h))
        if (fig is None or f["subgroup"] or f["population"] == POPULATION.military or not pair
                or f["side_state"] not in pair):
            continue
        head = doc.text[fig.head_start:fig.head_end].lower().split()
        # ("Praia put the toll at four": the toll, the noun before its number)
        if not fig.by_claimant or head and head[-1] not in _RECOUNT_HEADS and not _TOLL_AT.match(" ".join(head)) or any(
                x.kind == "modifier" and x.state == f["side_state"] and x.start > fig.number.end
                for x in doc.mentions[h.sentence]):
            continue  # "two people have drowned ..., both Lithuanian anglers": the claimant's own, named so
        other = pair[1] if f["side_state"] == pair[0] else pair[0]
        if any(not p.fields["subgroup"] and p.fields["side_state"] == other and p.fields["outcome"] == f["outcome"]
               and p.fields["population"] != POPULATION.military for p in hits[:k]):
            f["side_state"] = other


_TOLL_AT = re.compile(r"put\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|number|figure|tally)\s+at\b")


def _without_named_repeats(hits: list[Hit], figs: dict) -> list[Hit]:
    """ "A Serbian border policeman was shot dead ... Sergeant Milan Vukotić, 34, was killed at about 2 p.m.": one
    person named after a count of one of his side and outcome is that count told again, not another dead man."""
    out: list[Hit] = []
    for h in hits:
        f, fig = h.fields, figs.get(id(h))
        named = fig is not None and fig.number.start == fig.number.end and f["count"] == 1  # a name, no number word
        if named and f["side_state"] and any(
                p.fields["count"] == 1 and not p.fields["subgroup"] and p.lo < h.lo
                and (p.fields["side_state"], p.fields["outcome"]) == (f["side_state"], f["outcome"])
                and not dates_conflict(p.fields, f) for p in out):
            continue
        out.append(h)
    return out


def _rows_follow(found: list[Hit], source_id: str | None) -> None:
    """Breakdown rows take the side their main figure got after them ("Five other people, including a 14-year-old
    student, were hurt": the five continue an earlier figure, and so does the student)."""
    main = None
    for h in found:
        if not h.fields["subgroup"]:
            main = h
        elif main is not None and h.fields["side_state"] != main.fields["side_state"]:
            h.fields["side_state"] = main.fields["side_state"]
            h.fields["parent_figure_id"] = figure_id(main.fields, source_id)


_DEFINITE = re.compile(r"(?i)\b(?:the|those|these)\s+$")
# "Two officers were injured. One officer suffered a broken collarbone and another head injuries": the injuries of
# the two, shared out, not one more person
# (not "One sailor was killed and another was injured", a correction's new count of its own: the other half has
# no verb of its own, only the injury)
# "One was hit in the shoulder, one in the leg": the second "one" leaves its verb out too
_ONE_AND_OTHER = re.compile(r"(?i)[^.;:]{0,120}?(?:,\s*(?:(?:and|while|whereas|but)\s+)?(?:the\s+other|another|one)"
                            r"|\s+(?:and|while|whereas|but)\s+(?:the\s+other|another))\s+"
                            r"(?!(?:was|were|is|had|has|of|suffered|sustained|received|died|\w+ed)\b)[a-z]")


def _without_restatements(doc: Document, found: list[Hit], before: list[Hit], figs: dict) -> list[Hit]:
    """ "The two injured are receiving treatment", "the three men, all from Skotiau, were shot dead": a definite
    count names people already counted. It is dropped when an earlier figure has that count and outcome, and only
    lends that figure the side it lacks."""
    out = []
    for h in found:
        f = figs.get(id(h))
        prior = f and not h.fields["subgroup"] and _DEFINITE.search(doc.text, max(0, f.number.qual_start - 8),
                                                                     f.number.qual_start) \
            and next((p for p in reversed(before) if not p.fields["subgroup"] and p.fields["count"] == h.fields["count"]
                      and p.fields["outcome"] == h.fields["outcome"]), None)
        if not prior and f and h.fields["count"] == 1 and doc.text[f.number.start:f.number.end].lower() == "one" \
                and _ONE_AND_OTHER.match(doc.text, f.end):  # bounded by its own [^.;:]
            last = next((p for p in reversed(before) if not p.fields["subgroup"]), None)
            if last and last.fields["count"] == 2 and last.fields["outcome"] == h.fields["outcome"]:
                prior = last
        if not prior:
            out.append(h)
        elif prior.fields["side_state"] is None and h.fields["side_state"]:
            prior.fields["side_state"] = h.fields["side_state"]
    return out


def _without_headline_repeats(hits: list[Hit], heads: set[int]) -> list[Hit]:
    """ "Seven herders killed in Mali border incident" over a body that gives the seven: the body's figure only."""
    body = {(h.fields["count"], h.fields["outcome"]) for h in hits if h.sentence not in heads}
    totals: dict[tuple[int, str], int] = {}  # "Bomb kills three" over "killed two rangers and a village headman"
    for h in hits:
        if h.sentence not in heads and not h.fields["subgroup"]:
            key = (h.sentence, h.fields["outcome"])
            totals[key] = totals.get(key, 0) + h.fields["count"]
    body |= {(count, outcome) for (_, outcome), count in totals.items()}
    return [h for h in hits if h.sentence not in heads or (h.fields["count"], h.fields["outcome"]) not in body]


_ORDINALS = {w: k for k, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), 2)}
_ORDINAL_AT = re.compile(rf"(?i)(?:an?\s+{_ORDINAL}|another)\b")

_CONTINUES = re.compile(rf"(?i)\b(?:others?|more|further|additional|another|{_ORDINAL})\b")

# How the people of an outcome noun fare: "four of the injured were in a serious condition", "two of the wounded remain
# in hospital"
_IN_CONDITION = re.compile(
    r"\s+(?:were|was|are|is|remain(?:s|ed)?)\s+(?:still\s+)?(?:in\s+(?:an?\s+)?(?:serious|critical|stable|grave|fair|"
    r"good|satisfactory)\s+condition|(?:seriously|critically|badly|gravely)\s+(?:hurt|injured|wounded|ill)|"
    r"in\s+hospital|hospitali[sz]ed|under\s+treatment|being\s+treated)\b")

_OF_OUTCOME = re.compile(r"(?i)\s+of\s+(?:the|those)\s+(?P<o>dead|killed|injured|wounded|casualties|fatalities)\b")
_INCLUDE = re.compile(r"(?i)\bthe\s+(?P<o>dead|deceased|killed|injured|wounded|casualties|fatalities)\s+(?:include[sd]?|were)\b")

# The bare nouns or tolls another claimant counts the same dead by: "South African police put the toll at two",
# "Nouakchott says only two men died"
_RECOUNT_HEADS = _GENERIC_HEADS | {"toll", "number", "figure", "tally", "dead", "deaths", "killed", "injured", "wounded"}


def _continue_side(h: Hit, prior: Hit, generic: bool) -> None:
    h.fields["side_state"] = prior.fields["side_state"]
    if generic and h.fields["population"] == POPULATION.unspecified:  # "Five others": the people of the figure before
        h.fields["population"] = prior.fields["population"]


_RESTATED = re.compile(rf"(?i){PUT_COUNT_AT}\s+[“\"‘]?$")
_OUTCOME_WORD = re.compile(r"(?i)kill|dead|death|die[ds]?\b|martyr|injur|wound|hurt|casualt|fatalit|toll")
# "put the toll higher, at seven", "gave a lower figure of two": a count that contests one given before
_CONTESTED = re.compile(r"(?i)\b(?:toll|figure|number)\s+(?:even\s+|much\s+|far\s+)?(?:higher|lower)\b"
                        r"|\b(?:higher|lower)\s+(?:death\s+)?(?:toll|figure)\b")


def _inherit_sides(doc: Document, i: int, found: list[Hit], before: list[Hit], figs: dict | None = None,
                   pending: dict | None = None) -> set[int]:
    """A figure with no side of its own takes the side of the people it continues; returns the ids of the hits
    that count no one ("put the number at three" after no figure).

    "A fourth villager reportedly died": the latest figure of those people. "A Jordanian citizen was killed
    ... and two other citizens were injured": the figure before it in the sentence.
    """
    orphans: set[int] = set()
    for k, h in enumerate(found):
        f = h.fields
        fig = (figs or {}).get(id(h))
        fare = fig and (share := _OF_OUTCOME.match(doc.text, fig.number.end)) \
            and _IN_CONDITION.match(doc.text, share.end())
        if fare and any(OUTCOME_NOUNS[share.group("o").lower()] == p.fields["outcome"] for p in before + found[:k]):
            orphans.add(id(h))  # "Four of the injured were in a serious condition": how those counted fare
            continue
        if f["side_state"] or f["subgroup"]:
            continue
        text = doc.text[h.lo:h.hi]
        if fig and fig.no_side:
            continue  # "and one Hezbollah fighter": not the side of the guards before
        if fig and _OF_THE_WOUNDED.match(doc.text, fig.number.end):  # the latest figure of wounded
            hurt = [p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                    and p.fields["outcome"] == OUTCOME.injured]
            # of those people, where the noun says who: "one of the two injured crew members" are the crew, not the
            # coast guard officer hurt since
            prior = next((p for p in hurt if f["population"] == POPULATION.unspecified
                          or p.fields["population"] in (f["population"], POPULATION.unspecified)), None)
            if prior and prior.fields["side_state"]:
                f["side_state"] = prior.fields["side_state"]
            continue
        share = fig and (_OF_OUTCOME.match(doc.text, fig.number.end)
                         or _INCLUDE.search(doc.text, doc.sentences[h.sentence].start, fig.number.qual_start))
        if share:
            # "30 of the injured were civilians", "the dead include eight civilians": a share of a total told
            # before, whose side it has; the latest figure of that outcome
            outcome = OUTCOME_NOUNS[share.group("o").lower()]
            prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                          and p.fields["side_state"] and outcome in (p.fields["outcome"], OUTCOME.casualties)), None)
            if prior:
                f["side_state"] = prior.fields["side_state"]
            continue
        if fig and _RESTATED.search(doc.text, doc.sentences[h.sentence].start, fig.number.qual_start) \
                and not _OUTCOME_WORD.search(doc.sentences[h.sentence].text):
            # "Two engineers were injured ... . Local media put the number at three.": those people, counted again
            prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                          and p.sentence >= h.sentence - 1), None)
            if prior:
                for key in ("side_state", "population", "outcome"):
                    f[key] = prior.fields[key]
            else:
                orphans.add(id(h))  # a number of nothing counted before: no figure
            continue
        if fig and _CONTESTED.search(doc.text, doc.sentences[h.sentence].start, fig.number.qual_start):
            # "The provincial government said four villagers were shot dead. Residents put the toll higher, at
            # seven": another count of the same dead, of their side and population
            prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                          and p.fields["outcome"] == f["outcome"]), None)
            if prior:
                f["side_state"] = prior.fields["side_state"]
                for row in [h, *itertools.takewhile(lambda r: r.fields["subgroup"], found[k + 1:])]:
                    if row.fields["population"] == POPULATION.unspecified:  # and the rows of its breakdown
                        row.fields["population"] = prior.fields["population"]
                continue
        if fig and _CONTINUES.search(doc.text, fig.number.end, max(fig.head_end, fig.number.end)):
            # "Five others were wounded", "two other herders", "ten more fishermen", "a second guard": the latest
            # figure of those people (of any people, for "others" and "a fourth man") before it.
            generic = doc.text[fig.head_start:fig.head_end].lower() in _GENERIC_HEADS
            prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                          and (generic or p.fields["population"] == f["population"])), None)
            if prior and prior.fields["side_state"]:
                _continue_side(h, prior, generic)
            elif prior and pending is not None:  # the side may come later: "the Ministry says the two women ..."
                pending[id(h)] = (prior, generic)
            continue
        if _ORDINAL_AT.match(doc.text, h.lo) or _ORDINAL_AT.match(text):
            # "A fourth man was wounded" after "three villagers were killed": a man counts on from any people
            generic = bool(fig) and doc.text[fig.head_start:fig.head_end].lower() in _GENERIC_HEADS
            priors = [p for p in reversed(before + found[:k]) if p.fields["side_state"] and not p.fields["subgroup"]
                      and (generic or p.fields["population"] == f["population"])]
            # "Two residents of Plauru were killed ... A third person was taken to hospital": the figure of two
            nth = _ORDINAL_AT.match(doc.text, h.lo) or _ORDINAL_AT.match(text)
            place = _ORDINALS.get(nth.group().split()[-1].lower())
            prior = next((p for p in priors if place and p.fields["count"] == place - 1), priors[0] if priors else None)
        else:
            # (not after a list of two sides' dead: "the nine soldiers of the Angolan Armed Forces and the five soldiers
            # of the Congolese Armed Forces ..., and to the four civilians killed in Massabi" names neither)
            listed = {p.fields["side_state"] for p in found[:k] if p.fields["side_state"] and not p.fields["subgroup"]}
            people = fig and doc.text[fig.head_start:fig.head_end].lower() in ("people", "persons")
            prior = None if len(listed) > 1 else next(
                (p for p in reversed(found[:k]) if p.fields["side_state"] and not p.fields["subgroup"]
                 and p.fields["claimant"] == f["claimant"] and p.hi <= h.hi
                 and re.search(r"\band\b", doc.text[p.lo:h.hi])
                 and not _NON_STATE_RE.search(doc.text, p.hi, h.hi)
                 # (nor "people" after people a demonym placed: "three Hungarian passengers were killed and at least
                 # 11 people were injured" names no nationality of the 11)
                 and not (people and _demonym_placed(doc, p.sentence, (figs or {}).get(id(p))))), None)
            if prior is None and fig and _ALSO.search(doc.text, fig.head_end, max(fig.end, fig.head_end)):
                # "... and the wounding of three other members of the force. A shepherd from the nearby village was
                # also lightly wounded": one more hurt in the incident just told, on the side it happened on
                para = doc.sentences[i].paragraph
                prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                              and doc.sentences[p.sentence].paragraph == para), None)
                prior = prior if prior and prior.fields["side_state"] and prior.fields["outcome"] == f["outcome"] \
                    and not _NON_STATE_RE.search(doc.text, h.lo, h.hi) else None
            if prior is None and _KIN_AT.match(doc.text, h.lo):
                # "... Daniyar Seitkali, a 24-year-old Kazakh driver, was shot dead. His cousin, who was with him, was
                # wounded": a relative of the one just counted, of his side
                prior = next((p for p in reversed(before + found[:k]) if p.fields["side_state"]
                              and p.sentence >= h.sentence - 1), None)
        if prior:
            f["side_state"] = prior.fields["side_state"]
    return orphans


def _demonym_placed(doc: Document, i: int, fig: _Figure | None) -> bool:
    """Whether a demonym inside the words of figure `fig` of sentence i gave it its side ("three Hungarian
    passengers")."""
    return fig is not None and any(x.kind == "modifier" and x.state and fig.number.qual_start <= x.start < fig.head_end
                                   for x in doc.mentions[i])


_KIN_AT = re.compile(rf"(?:His|Her)\s+(?:\w+\s+)?{_KIN}\b")
_ALSO = re.compile(r"(?i)\b(?:was|were|had|has|have)\s+(?:been\s+)?also\b|\balso\s+(?:been\s+)?(?:\w+ly\s+)?"
                   r"(?:killed|wounded|injured|hurt|died)\b")


def _without_vague_repeats(hits: list[Hit]) -> list[Hit]:
    """A headline's "3 killed" is the body's "at least three Thai civilians were killed": keep the specific one. Not
    when both are dated apart: "two men were shot dead on Monday" is no repeat of "2 police officers have been killed
    since January 2024"."""
    placed: dict[tuple, set] = {}
    for h in hits:
        if h.fields["side_state"] and not h.fields["subgroup"]:
            placed.setdefault((h.fields["count"], h.fields["outcome"]), set()).add(h.fields.get("date_start"))
    return [h for h in hits if h.fields["side_state"] or h.fields["population"] != POPULATION.unspecified
            or h.fields["subgroup"]
            or (days := placed.get((h.fields["count"], h.fields["outcome"]))) is None
            or h.fields.get("date_start") is not None and None not in days and h.fields["date_start"] not in days]
