"""Date expressions, resolved against the publication date (CODING.md, Dates).

Each expression becomes an interval with a precision and a basis:
"10 May 2025" stated/day; "May 10" year_inferred/day (the latest May 10 on or
before publication); "on Wednesday" relative/day (the latest Wednesday on or
before publication); "last month" relative/month (the whole previous month);
"earlier this month" relative/month (first of the month to publication); "last
week" relative/week (the previous Monday-Sunday); "yesterday", "today", "this
evening"; "overnight" (the night before publication: that day and the one
before); "three days ago"; "two years ago" relative/year, "thirty years ago this
week" the same week back then; "21 and 22 June" and "mid-June". Without a
publication date only fully stated dates resolve.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from . import fastre

from .vocab import BASIS, PRECISION

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}  # as date.weekday() counts: Monday is 0
_DAY_NAMES = "|".join(calendar.day_name)  # the weekdays' patterns below write them as the text does

# (and a factbox's or tracker's capitals: "AUG 14 - A patrol boat fires on ...")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|"
          r"Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|"
          r"JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|"
          r"NOV(?:EMBER)?|DEC(?:EMBER)?)"
          r"(?![\w’'-])")  # a whole word: not the "May" of "in Mayumba", the "Aug" of "in Augsburg"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAY = rf"(?:{_DAY_NAMES})"
# A digest's heading in capitals opens the day's item: "MONDAY - Moldovan Prime Minister Vitalie Ursu held talks"
# (not a masthead's "SUNDAY 16 AUGUST 2026" nor a label: "SUNDAY FEATURE")
_WEEKDAY_HEADING = rf"(?:{_DAY_NAMES.upper()})(?=\s[-–—]\s|:\s)"
_NUMWORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a)"

DATE_RE = fastre.guard(re.compile(  # the lookbehind first (then the guard): most positions fail at once
    # a weekday before a stated day belongs to it: "Saturday 14 February", "Sunday, May 3"
    rf"(?<![\w-])(?:(?P<md>(?:(?:(?i:on)\s+)?{_WEEKDAY},?\s+)?(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY})"
    # "February 8-10", "from February 8 to 10, in Geneva" (not "May 10 to 12 people")
    rf"(?:(?:\s*[-–]\s*|\s+to\s+(?={_DAY}(?:[,.;)]|\s+(?:in|at|and|{_YEAR})\b)))(?P<md_d2>{_DAY}))?"
    rf"(?:,?\s+(?P<md_y>{_YEAR}))?)(?![\d:])"
    # "21-22 June", "the clashes of 21 and 22 June": two days of one month
    rf"|(?P<dm>(?:(?:(?i:on)\s+)?{_WEEKDAY},?\s+)?(?P<dm_d>{_DAY})(?:(?:\s*[-–]\s*|\s+(?:and|to)\s+)(?P<dm_d2>{_DAY}))?\s+(?:of\s+)?"
    rf"(?P<dm_m>{_MONTH})(?:,?\s+(?P<dm_y>{_YEAR}))?)"
    rf"|(?P<iso>(?P<iso_y>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d))"
    # a European release's "On 14.09.2026, at approximately 02:40" (day first; a slashed 5/11/2026 is ambiguous)
    rf"|(?P<dot>(?P<dot_d>[0-3]?\d)\.(?P<dot_m>[01]?\d)\.(?P<dot_y>{_YEAR}))(?![\d.]\d)"
    # ("the evening of Oct. 16" is a day: no month alone before a day, its abbreviation's stop between)
    rf"|(?P<my>(?:(?i:in|since|during|until|by|early|late|mid|end of|last|this|of)\s+|(?i:mid-))(?P<my_m>{_MONTH})"
    rf"(?:,?\s+(?P<my_y>{_YEAR}))?)(?!\.?\s+\d)"
    rf"|(?P<wd>(?:(?i:last|this|next|on|late|early)\s+)?(?P<wd_d>{_WEEKDAY}|{_WEEKDAY_HEADING})(?:'s|’s)?)"
    rf"|(?P<rel>(?i:yesterday|today|tonight|this (?:morning|afternoon|evening)|earlier today|"
    # "a drone attack overnight killed", "shot overnight, the service said" (not "overnight attacks on Oct. 11-12")
    rf"overnight(?=[,.;:)]|\s+(?:in|on|at|between|near|along|across|when|as|after|and|but|to|from|into|with|by|"
    rf"[a-z]+ed)\b)|(?:earlier |later )?this (?:week|month|year)|last (?:week|month|year)"
    rf"|(?:next|coming) (?:week|month|year)|tomorrow"
    # "three days ago"; "thirty years ago this week" is one date (1995), not this week
    rf"|{_NUMWORD} (?:days?|weeks?|months?|years?) ago(?:,? (?:this (?:week|month)|today))?))"
    rf"|(?P<year>(?<![\d,.])(?:(?i:in|since|during|until|of|a|the)\s+)(?P<y_y>{_YEAR})(?![\d-])))"
))


@dataclass(frozen=True)
class DateRef:
    start: int
    end: int
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str | None
    basis: str | None
    future: bool = False

    @property
    def resolved(self) -> bool:
        return self.date_start is not None

    def fields(self) -> dict:
        """The four date columns, dates as ISO strings."""
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {"date_start": iso(self.date_start), "date_end": iso(self.date_end),
                "date_precision": self.precision, "date_basis": self.basis}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: dt.date) -> int:
    """The year that puts month/day on or before publication (news reports the past)."""
    year = published.year
    candidate = _safe_date(year, month, min(day, 28 if month == 2 else day))
    return year - 1 if candidate and candidate > published else year


def _month_day(m: re.Match, p: str, published: dt.date | None):
    month = MONTHS[m.group(f"{p}_m").rstrip(".").lower()]
    d1 = _day(m.group(f"{p}_d"))
    d2 = _day(m.group(f"{p}_d2")) if m.group(f"{p}_d2") else d1
    if m.group(f"{p}_y"):
        year, basis = int(m.group(f"{p}_y")), BASIS.stated
    elif published:
        year, basis = _infer_year(month, d1, published), BASIS.year_inferred
    else:
        return None, None, None, None
    a, b = _safe_date(year, month, d1), _safe_date(year, month, d2)
    if not a or not b or b < a:
        return None, None, None, None
    return a, b, PRECISION.day, basis


def _month_only(m: re.Match, published: dt.date | None):
    month = MONTHS[m.group("my_m").rstrip(".").lower()]
    if m.group("my_y"):
        year, basis = int(m.group("my_y")), BASIS.stated
    elif published:
        year = published.year if month <= published.month else published.year - 1
        basis = BASIS.year_inferred
    else:
        return None, None, None, None
    end = _month_end(year, month)
    if published and basis == BASIS.year_inferred:
        end = min(end, published)
    return dt.date(year, month, 1), end, PRECISION.month, basis


def _weekday(m: re.Match, published: dt.date | None):
    word = m.group("wd").split()[0].lower()
    if word == "next" or published is None:
        return None, None, None, None
    target = WEEKDAYS[m.group("wd_d").lower()]
    back = (published.weekday() - target) % 7
    if word == "last" and back == 0:
        back = 7
    day = published - dt.timedelta(days=back)
    return day, day, PRECISION.day, BASIS.relative


def _week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


_AGO = re.compile(r"(\w+) (day|week|month|year)s? ago(?:,? (this week|this month|today))?")


def _relative(phrase: str, published: dt.date | None):
    p = phrase.lower()
    if published is None or p.startswith(("next", "coming", "later")) or p == "tomorrow":
        return None, None, None, None
    m = _AGO.match(p)
    if m:
        n = 1 if m.group(1) == "a" else (int(m.group(1)) if m.group(1).isdigit() else _SMALL[m.group(1)])
        if m.group(2) == "year":
            return _years_ago(published, n, m.group(3))
        if m.group(2) == "day":
            d = published - dt.timedelta(days=n)
            return d, d, PRECISION.day, BASIS.relative
        if m.group(2) == "week":
            a, b = _week_of(published - dt.timedelta(days=7 * n))
            return a, min(b, published), PRECISION.week, BASIS.relative
        y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
        return dt.date(y, mo + 1, 1), _month_end(y, mo + 1), PRECISION.month, BASIS.relative
    if p in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
        return published, published, PRECISION.day, BASIS.relative
    if p == "overnight":  # the night before the publication day
        return published - dt.timedelta(days=1), published, PRECISION.day, BASIS.relative
    if p == "yesterday":
        d = published - dt.timedelta(days=1)
        return d, d, PRECISION.day, BASIS.relative
    if p.endswith("this week"):
        return _week_of(published)[0], published, PRECISION.week, BASIS.relative
    if p == "last week":
        a, b = _week_of(published - dt.timedelta(days=7))
        return a, b, PRECISION.week, BASIS.relative
    if p.endswith("this month"):
        return published.replace(day=1), published, PRECISION.month, BASIS.relative
    if p == "last month":
        last = published.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last, PRECISION.month, BASIS.relative
    if p.endswith("this year"):
        return dt.date(published.year, 1, 1), published, PRECISION.year, BASIS.relative
    if p == "last year":
        y = published.year - 1
        return dt.date(y, 1, 1), dt.date(y, 12, 31), PRECISION.year, BASIS.relative
    return None, None, None, None


_SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_SMALL.update(fifteen=15, twenty=20, thirty=30, forty=40, fifty=50)


def _years_ago(published: dt.date, n: int, anchor: str | None):
    """ "Ten years ago" is that whole year; "thirty years ago this week" / "today" the same week / day back then."""
    y = published.year - n
    if anchor is None:
        return dt.date(y, 1, 1), dt.date(y, 12, 31), PRECISION.year, BASIS.relative
    then = _safe_date(y, published.month, published.day) or dt.date(y, published.month, 28)
    if anchor == "today":
        return then, then, PRECISION.day, BASIS.relative
    if anchor == "this week":
        a, b = _week_of(then)
        return a, b, PRECISION.week, BASIS.relative
    return then.replace(day=1), _month_end(y, then.month), PRECISION.month, BASIS.relative


def _is_future(m: re.Match) -> bool:
    text = m.group(0).lower()
    return text.startswith(("next", "coming", "later")) or text == "tomorrow"


_KINDS = ("md", "dm", "iso", "dot", "my", "wd", "rel", "year")


def find(text: str, published: dt.date | None, start: int = 0, end: int | None = None) -> list[DateRef]:
    """Date expressions in text[start:end], resolved against `published`."""
    end = len(text) if end is None else end
    out, last = [], None
    for m in DATE_RE.finditer(text, start, end):
        kind = m.lastgroup if m.lastgroup in _KINDS else next(k for k in _KINDS if m.group(k))
        future = False
        if kind in ("md", "dm"):
            ds, de, prec, basis = _month_day(m, kind, published)
            if basis == BASIS.year_inferred and (year := _that_year(text, m, start)):
                ds, de, basis = ds.replace(year=year), de.replace(year=year), BASIS.stated  # "on June 3 of that year"
            elif basis == BASIS.year_inferred and (ahead := _ahead(text, m, start, ds, de, published)):
                (ds, de), future = ahead, True
        elif kind in ("iso", "dot"):
            d = _safe_date(int(m.group(f"{kind}_y")), int(m.group(f"{kind}_m")), int(m.group(f"{kind}_d")))
            ds, de, prec, basis = (d, d, PRECISION.day, BASIS.stated) if d else (None, None, None, None)
        elif kind == "my":
            ds, de, prec, basis = _month_only(m, published)
        elif kind == "wd":
            ds, de, prec, basis = _weekday(m, published)
        elif kind == "rel":
            ds, de, prec, basis = _relative(m.group("rel"), published)
        else:
            y = int(m.group("y_y"))
            ds, de, prec, basis = dt.date(y, 1, 1), dt.date(y, 12, 31), PRECISION.year, BASIS.stated
        if prec == PRECISION.day and ds == de and ds is not None:
            ds = _stay_start(text, m.start(), ds, start)
        ref = DateRef(m.start(kind), m.end(kind), ds, de, prec, basis, future or _is_future(m))
        before = out[-1] if out and last == kind == "wd" else None
        if before and ds and before.date_end and before.date_end + dt.timedelta(days=1) == ds \
                and _AND.fullmatch(text, before.end, ref.start):
            # "talks on Friday and Saturday": one stay of two days, not two dates of which the nearer wins
            ref = DateRef(out.pop().start, ref.end, before.date_start, de, prec, basis, ref.future)
        out.append(ref)
        last = kind
    return out


_AND = re.compile(r"\s+and\s+")


# A day dated by a year named before it: "a firefight in 2011 ... signed a truce on June 3 of that year".
_OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b")
_A_YEAR = re.compile(r"(?<![\d,.-])(?:19|20)\d{2}(?![\d-])")


# What makes a day without a year one ahead: "to meet again on 3 November", "open the crossing ... from 1 October",
# "scheduled for July 28", "Next issue: 23 October"
_AHEAD_CUE = re.compile(r"(?i)\b(?:will|would|shall|(?:is|are)\s+(?:to|due|expected|scheduled|set)|scheduled|due|"
                        r"expected|next|upcoming|from|until|till|effect|starting|beginning|as\s+of|meets?|gather)\b")
_AHEAD_DAYS = 120
# The weekday a day is given with ("MONDAY, OCT 26", "on Monday, October 26"): a week-ahead diary's heading
_WEEKDAY_WITH = re.compile(rf"(?i)(?:on\s+)?(?P<w>{_DAY_NAMES}),?\s+")


def _ahead(text: str, m: re.Match, lo: int, ds: dt.date, de: dt.date, published: dt.date):
    """(start, end) a year on, for a day without a year that its words (or the weekday given with it) put ahead of
    publication and that lies in the next months: read the year before ("from 1 October" in August, as 1 October last
    year), it would be a past day."""
    if ds.year != published.year - 1:
        return None
    a, b = _safe_date(published.year, ds.month, ds.day), _safe_date(published.year, de.month, de.day)
    if not (a and b and published < a <= published + dt.timedelta(days=_AHEAD_DAYS)):
        return None
    cue = _AHEAD_CUE.search(text, max(lo, m.start() - 80), m.start())
    if cue or _weekday_of(text, m, lo) == a.weekday() != ds.weekday():
        return a, b  # its words, or its weekday, fit only the coming day
    return None


def _weekday_of(text: str, m: re.Match, lo: int) -> int | None:
    """The weekday written with the day, inside the match or (in capitals, which the match leaves out) just before."""
    w = _WEEKDAY_WITH.match(text, m.start())
    if w is None:
        before = _WEEKDAY_WITH.search(text, max(lo, m.start() - 14), m.start())
        w = before if before and before.end() == m.start() else None
    return WEEKDAYS[w.group("w").lower()] if w else None


def _that_year(text: str, m: re.Match, lo: int) -> int | None:
    if not _OF_THAT_YEAR.match(text, m.end()):
        return None
    years = _A_YEAR.findall(text, max(lo, m.start() - 200), m.start())
    return int(years[-1]) if years else None


# A stay dated by its last day: "wrapped up a two-day official visit to Cambodia on Tuesday" began the day before.
_STAY_ENDED = re.compile(r"(?i)\b(?:wrapped\s+up|concluded|ended|completed|rounded\s+off)\s+(?:a|an|his|her|their|its)\s+"
                         r"(?P<n>two|three|four|five|[2-5])-day\s+(?:[\w-]+\s+){0,2}?(?:visit|tour|trip|stay)\b"
                         r"[^.;:,]{0,50}?\s(?:on\s+)?$")


def _stay_start(text: str, pos: int, day: dt.date, lo: int) -> dt.date:
    m = _STAY_ENDED.search(text, max(lo, pos - 140), pos)
    if not m:
        return day
    n = m.group("n").lower()
    return day - dt.timedelta(days=(int(n) if n.isdigit() else _SMALL[n]) - 1)


def publication_week(published: dt.date | None) -> DateRef | None:
    """Interval for an event the text does not date: the week up to publication."""
    if published is None:
        return None
    return DateRef(-1, -1, published - dt.timedelta(days=6), published, PRECISION.week, BASIS.publication)
