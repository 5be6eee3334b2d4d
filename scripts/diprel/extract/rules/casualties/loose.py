"""The casualty reader of the sentence classifier's fallback (extract/triggers.py): a count and an outcome word
the rules' phrases did not join, in a sentence that reads like a casualty report."""

from __future__ import annotations

import re

from ...candidates import Hit
from ...document import Document
from ...vocab import OUTCOME, POPULATION
from .words import PEOPLE, _PHRASE
from .figures import _armed_men, _Figure, _side_in
from .singulars import _singulars
from .hits import _hit
from .scan import _excluded

_NO_NATIONALITY = re.compile(r"(?i)\b(?:without\s+(?:giving|naming|specifying|stating|disclosing)\s+(?:his|her|their|the)\s+"
                             r"(?:victims?['’]?\s+)?nationalit(?:y|ies)|nationalit(?:y|ies)\s+(?:was|were|is|are|has|have)\s+"
                             r"(?:not|yet\s+to)\s+(?:immediately\s+)?(?:been\s+)?(?:given|known|disclosed|released|established|"
                             r"clear|be\s+established))")
# "... said seven miners were treated for gunshot wounds. Their nationalities were not known.": the next sentence
# withholds the nationality of the people just counted
_NEXT_NO_NATIONALITY = re.compile(r"(?i)\s*(?:their|his|her|the\s+(?:victims?|dead|injured|wounded)['’]?s?)\s+"
                                  r"nationalit(?:y|ies)\s+(?:was|were|is|are|has|have)\s+(?:not|yet\s+to)\b")

# Outcome words anywhere in a sentence, for `loose_figures`: the rules above tie a figure to its verb; a sentence the
# trigger classifier flags is read more loosely ("two men, who lost their lives in the crossfire")
_LOOSE_KILLED = re.compile(r"(?i)\b(?:kill\w*|dead|deaths?|died|dies|die|dying|martyr\w*|fatal\w*|mortally|bodies|body|"
                           r"drown\w*|perish\w*|succumb\w*|lost\s+(?:his|her|their)\s+li(?:fe|ves)|(?:did\s+not|didn['’]t)\s+survive|toll)\b")
_OF_AFTER = re.compile(r"\s+of\b")
_OF_OWN = re.compile(r"\s+of\s+(?:its|our|their|his|her)(?=\s)")
_LOOSE_REACH = 120  # characters between a count's noun and its outcome word
_LOOSE_INJURED = re.compile(r"(?i)\b(?:injur\w*|wound\w*|hurt|hospitali[sz]ed|treated\s+for)\b")

# Anywhere in the story: "their nationalities had not been confirmed", "the nationality of the victims is unknown".
# The people it counts have no side but one their own noun phrase gives ("two Afghan men"); a speaker's or a
# place's state would be a guess the story itself declines (not for soldiers, whose flag is their force's).
_ORIGIN_UNKNOWN = re.compile(
    r"(?i)\b(?:(?:their|the\s+(?:victims|dead|injured|wounded|passengers|migrants|occupants|people)['’]?)\s+"
    r"nationalit(?:y|ies)|nationalit(?:y|ies)\s+of\s+the\s+(?:victims|dead|injured|wounded|passengers|migrants|occupants|people))"
    r"\s+(?:(?:was|were|is|are|has|have|had|could|can)\s+)?(?:(?:not|yet\s+to)\s+(?:yet\s+)?(?:immediately\s+)?(?:been\s+|be\s+)?"
    r"(?:given|known|disclosed|released|established|clear|confirmed|verified|identified|determined|made\s+public)|unknown)\b")
_ORIGIN_CACHE: list = [None, False]  # the last document asked about and its answer: one scan of the text per story


def _origin_unknown(doc: Document) -> bool:
    if _ORIGIN_CACHE[0] is not doc:
        _ORIGIN_CACHE[:] = [doc, "nationalit" in doc.text and bool(_ORIGIN_UNKNOWN.search(doc.text))]
    return _ORIGIN_CACHE[1]


def _nationality_withheld(doc: Document, i: int) -> bool:
    return bool(_NO_NATIONALITY.search(doc.sentences[i].text) or i + 1 < len(doc.sentences)
                and _NEXT_NO_NATIONALITY.match(doc.sentences[i + 1].text))


def _of_others(text: str, end: int) -> bool:
    """An outcome word before a people noun describes those people, not a count told before it: "two soldiers ... were
    relieved after the wounded men left"."""
    m = _PHRASE.match(text, end)
    return bool(m and m.start("head") - end < 3 and m.group("head") in PEOPLE)


def loose_figures(doc: Document, i: int, source_id: str | None) -> list[Hit]:
    """Figures of a sentence that reads like a casualty report (see extract/triggers.py) where no rule found one: each
    count a people noun follows, with the outcome word that follows it closely ("three fishermen ... lost their
    lives") or else precedes it ("killing three"), and side and claimant as for any figure."""
    s, text = doc.sentences[i], doc.text
    outcomes = sorted([(m.start(), OUTCOME.killed) for m in _LOOSE_KILLED.finditer(text, s.start, s.end)
                       if not _of_others(text, m.end())] +
                      [(m.start(), OUTCOME.injured) for m in _LOOSE_INJURED.finditer(text, s.start, s.end)
                       if not _of_others(text, m.end())])
    hits = []
    # a number inside one of the sentence's dates is a day or a year, never a count ("On 27 October ... the bodies
    # of three men")
    dated = [(d.start, d.end) for d in doc.dates(i)] if outcomes else []
    for n in sorted(doc.numbers(i) + _singulars(doc, i), key=lambda n: n.start) if outcomes else ():
        if any(a <= n.start < b for a, b in dated):
            continue
        own = _OF_OWN.match(text, n.end)  # "two of its soldiers": a part of a force, not of people counted before
        m = _PHRASE.match(text, own.end() if own else n.end, s.end)
        if not m or m.group("head") not in PEOPLE or not own and _OF_AFTER.match(text, n.end):
            continue  # "one of the soldiers wounded on Tuesday": people counted before
        after = next((o for at, o in outcomes if m.end() <= at <= m.end() + _LOOSE_REACH), None)
        before = next((o for at, o in reversed(outcomes) if n.start - _LOOSE_REACH <= at < n.start), None)
        if not (after or before):
            continue
        population, _ = PEOPLE[m.group("head")]
        # (and "three armed men", as the rules read them: no state's)
        withheld = _nationality_withheld(doc, i) or _armed_men(m.group("mods"), m.group("head"))
        if not withheld and _origin_unknown(doc) and population != POPULATION.military:
            withheld = _side_in(doc, i, m.start(), m.end("head")) is None
        f = _Figure(n, m.start("head"), m.end("head"), population, None, after or before,
                    None if withheld else _side_in(doc, i, m.start(), m.end("head")), m.end(), no_side=withheld)
        if not _excluded(doc, i, f):
            hit = _hit(doc, i, f, None, source_id, inherit=None)
            hits.append(hit)
    return hits
