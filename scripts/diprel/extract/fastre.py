"""A first-character guard for big regex alternations, computed from the pattern itself.

sre tries every alternative of `\\b(?:meet|talk|...)` at every word start: its own first-character skip gives up on a
leading assertion and on case-insensitive letters. `guard` reads the characters a match can start with off the
parsed pattern and puts a lookahead on them in front (`(?=[mt])\\b(?:meet|talk|...)`), so that most positions fail
on one character test. The set is derived, never kept by hand, so adding a word cannot make it wrong; whatever the
walk does not understand leaves the pattern unchanged.
"""
from __future__ import annotations

import re

try:  # sre's own parser: private, so a Python that moves it leaves every pattern unguarded rather than failing
    from re import _constants as C
    from re import _parser
except ImportError:  # pragma: no cover - CPython 3.11 to 3.13 have both
    C = _parser = None

_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT) if C else ()
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) if C else ()
# scoped flags that leave the meaning of a character test alone (not re.ASCII, re.LOCALE or re.UNICODE)
_HARMLESS_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE
# narrow categories a class may hold as they are (not \\w, \\W, \\S, \\D: most characters, no use to test first)
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s"} if C else {}
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?ix)" at the very start of a pattern


class _GiveUp(Exception):
    """The walk met something it does not understand."""


def first_chars(pattern: re.Pattern) -> tuple[list[tuple[int, int] | str], bool] | None:
    """(the characters a match of `pattern` can start with: (first, last) code ranges and the categories "\\d",
    "\\s"; whether any of them is matched case-insensitively), or None where the walk gives up: a negated class, `.`,
    `\\w`, a backreference, a conditional, scoped ASCII/LOCALE/UNICODE flags, a pattern that can match the empty
    string, a bytes or LOCALE pattern."""
    if _parser is None or not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    ranges: set[tuple[int, int] | str] = set()
    folded = [False]
    try:
        nullable = _sequence(_parser.parse(pattern.pattern, pattern.flags), pattern.flags, ranges, folded)
    except _GiveUp:
        return None
    if nullable or not ranges:
        return None
    return _merged(ranges), folded[0]


def _sequence(items, flags: int, ranges: set, folded: list) -> bool:
    """Add the first characters of a sequence of nodes to `ranges`; whether the sequence can match empty."""
    for op, av in items:
        if op in _ZERO_WIDTH:  # "\b", "(?<![\w-])", "(?=...)": they consume nothing, the next node starts the match
            continue
        if not _node(op, av, flags, ranges, folded):
            return False
    return True


def _node(op, av, flags: int, ranges: set, folded: list) -> bool:
    """Add the first characters of one node to `ranges`; whether the node can match empty."""
    if op is C.LITERAL:
        _add(ranges, folded, flags, (av, av))
        return False
    if op is C.IN:
        for item_op, item_av in av:
            if item_op is C.LITERAL:
                _add(ranges, folded, flags, (item_av, item_av))
            elif item_op is C.RANGE:
                _add(ranges, folded, flags, item_av)
            elif item_op is C.CATEGORY and item_av in _CATEGORIES:
                ranges.add(_CATEGORIES[item_av])
            else:  # NEGATE, \w, \W, \S, \D
                raise _GiveUp(item_op)
        return False
    if op is C.BRANCH:
        nullable = False
        for branch in av[1]:
            nullable |= _sequence(branch, flags, ranges, folded)
        return nullable
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~_HARMLESS_FLAGS:
            raise _GiveUp(op)
        return _sequence(sub, (flags | add_flags) & ~del_flags, ranges, folded)
    if op is C.ATOMIC_GROUP:
        return _sequence(av, flags, ranges, folded)
    if op in _REPEATS:
        low, high, sub = av
        if high == 0:
            return True
        return _sequence(sub, flags, ranges, folded) or low == 0
    raise _GiveUp(op)  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...


def _merged(items: set) -> list[tuple[int, int] | str]:
    """The ranges in order, overlapping and adjacent ones joined, then the categories."""
    out: list = []
    for lo, hi in sorted(r for r in items if not isinstance(r, str)):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out + sorted(r for r in items if isinstance(r, str))


def _add(ranges: set, folded: list, flags: int, rng: tuple[int, int]) -> None:
    ranges.add(rng)
    if flags & re.IGNORECASE:
        folded[0] = True


def _item(item: tuple[int, int] | str) -> str:
    """A first character, range or category as it stands in a class."""
    if isinstance(item, str):
        return item
    lo, hi = item
    return re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"


def guard(pattern: re.Pattern) -> re.Pattern:
    """`pattern` with a lookahead on the characters its matches can start with, in front: the same matches, found
    faster where most positions cannot start one. The pattern itself where the walk gives up.

    The lookahead is case-insensitive where any first character is (sre then folds exactly as in the pattern). It
    stands after the global flags ("(?i)", which must open a pattern), before the rest in a group of its own (so
    before the whole of a top-level "a|b"; sre's parser adds no node for a plain "(?:...)")."""
    found = first_chars(pattern)
    if found is None:
        return pattern
    ranges, folded = found
    chars = "".join(_item(r) for r in ranges)
    lookahead = f"(?=(?i:[{chars}]))" if folded else f"(?=[{chars}])"
    text, flags = pattern.pattern, pattern.flags
    at = 0
    while m := _GLOBAL_FLAGS.match(text, at):
        at = m.end()
    end = "\n)" if flags & re.VERBOSE else ")"  # (a verbose pattern may end in a comment)
    try:
        guarded = re.compile(f"{text[:at]}{lookahead}(?:{text[at:]}{end}", flags)
    except re.error:  # never expected: keep the original
        return pattern
    if guarded.groups != pattern.groups or guarded.groupindex != pattern.groupindex:  # never expected either
        return pattern
    _ORIGINAL[guarded] = pattern
    return guarded


_ORIGINAL: dict[re.Pattern, re.Pattern] = {}


def unguarded(pattern: re.Pattern) -> re.Pattern:
    """The pattern `guard` was given (for a pattern built from another's text)."""
    return _ORIGINAL.get(pattern, pattern)
