"""Casualty figures: a number of people killed, injured or made casualties.

A figure is a count with a people noun and an outcome ("at least 31 civilians
were killed", "killing 12 soldiers", "40 civilian and 113 military
casualties", "26 deaths", "put the death toll at 1,054", "seventy-eight were
injured" after a figure of the same people). Equipment ("six jets"),
durations ("87 hours"), displaced or captured people, repatriated bodies,
vague amounts ("dozens") and hypothetical tolls ("could have died") are not
figures. A range ("between 35 and 40") is coded as at least its lower end.

A breakdown after a figure ("among them 7 women and 15 children") gives
sub-rows pointing at the main figure, never summed; a share that is not a
subgroup ("including 417 civilians") is a figure of its own. The side is the
state the text ties the people to: a demonym in the noun phrase ("Pakistani
civilians"), "on the Pakistani side", "in Pakistan" or a town the gazetteer
places ("killed in Kherson", "fishermen from Gaya"), the town an attack struck
("a grenade attack in Bujumbura that killed three"), the target of the other
side's strikes ("Indian strikes killed ..."), or else the claimant's own state
or the state of the town or province its office is named for ("Odesa regional
governor"), unless its own force fired on them ("a patrol had fired on a boat").
A toll "on both sides" has none.

The package follows a figure through the article, each module using only those before it: `words` (the
vocabulary of people and outcomes), `figures` (a number read as a figure), `singulars` (counts told without a
numeral), `sides` (whose people, when the noun phrase does not say), `hits` (a figure as a draft record), `scan`
(the figures of one sentence, and what is no figure), `discourse` (figures read against each other) and `loose` (the
reader the sentence classifier falls back on). `extract` below runs them in turn. Names shared between the modules
keep their leading underscore: the package's API is `extract`, `loose_figures` and `date_from_context`.
"""

from __future__ import annotations

from ...candidates import Hit
from ...document import Document
from ...vocab import POPULATION
from .figures import _Figure, _parse
from .singulars import _attach_listed, _elliptic, _gapped, _listed, _named, _ranges, _ranked, _singulars
from .scan import _among_parent, _figures_of_sentence, _outcome_sentences, _share
from .discourse import (
    _continue_side, _inherit_sides, _rows_follow, _victims_named_before, _without_headline_repeats,
    _without_named_repeats, _without_restatements, _without_vague_repeats
)
from .hits import date_from_context
from .loose import loose_figures, _nationality_withheld, _origin_unknown

__all__ = ["date_from_context", "extract", "loose_figures"]


def extract(doc: Document, source_id: str | None) -> list[Hit]:
    hits: list[Hit] = []
    in_body: list[Hit] = []  # the hits so far outside the headline block
    figs: dict[int, _Figure] = {}
    pending: dict[int, tuple[Hit, bool]] = {}  # a figure that continues one still without a side
    heads = doc.headlines
    outcome = _outcome_sentences(doc)
    unknown_origin = _origin_unknown(doc)
    for i, s in enumerate(doc.sentences):
        if not outcome[i]:
            continue  # every figure needs an outcome word in its own sentence
        nums = doc.numbers(i)
        if nums:  # only a number can fall inside a date
            dates = doc.dates(i)
            nums = [n for n in nums if not any(d.start <= n.start < d.end for d in dates)]
        ones = _singulars(doc, i)
        listed, how = _listed(doc, i)
        listed = [n for n in listed if not any(o.start == n.start for o in ones)]  # "a fisherman was injured" is one
        how = {n.start: how[n.start] for n in listed}
        ones += listed
        nums = _ranges(doc, i, sorted(nums + ones, key=lambda n: n.start))
        figures = [_parse(doc, i, n) for n in nums]
        if _nationality_withheld(doc, i):  # "A truck driver was also hurt, he said, without giving his nationality"
            for f in figures:
                if f is not None:
                    f.side, f.no_side = None, True
        elif unknown_origin:  # "... Their nationalities had not been confirmed by Tuesday", paragraphs later
            for f in figures:
                if f is not None and f.side is None and f.population != POPULATION.military:
                    f.no_side = True
        for f in figures:
            if f is not None and f.number.value == 1 and f.number.start in how:
                f.listed = how[f.number.start]
        _attach_listed(doc, figures)
        _ranked(doc, i, nums, figures)
        _named(doc, i, nums, figures)
        _elliptic(doc, i, nums, figures)
        _gapped(doc, i, nums, figures)
        _share(doc, nums, figures)
        found = _figures_of_sentence(doc, i, figures, source_id, _among_parent(doc, i, hits), figs)
        orphans = _inherit_sides(doc, i, found, in_body, figs, pending)
        found = [h for h in found if id(h) not in orphans]
        _rows_follow(found, source_id)
        found = _without_restatements(doc, found, hits, figs)
        hits.extend(found)
        if i not in heads:
            in_body.extend(found)
    for h in hits:  # "Two of our traders ... were shot dead. Five others were wounded." and only later a side
        prior, generic = pending.get(id(h), (None, False))
        if prior and h.fields["side_state"] is None and prior.fields["side_state"]:
            _continue_side(h, prior, generic)
    _victims_named_before(doc, in_body, figs)
    return _without_headline_repeats(_without_vague_repeats(_without_named_repeats(hits, figs)), heads)
