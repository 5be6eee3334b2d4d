"""Two mentions that met, made a draft record: the date (a timeline entry's, the opening's, "later that day"),
the place and host, the level of the encounter, its format and CAMEO code."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import dates, lexicon
from ...actors import Mention
from ...candidates import Hit
from ...document import Document
from ...vocab import FORMAT, LEVEL, PRECISION
from .. import common

# (a factbox's "OCT 20 - Delegations ... meet": capitals, and a hyphen set apart by spaces for the dash)
_TIMELINE_DATE = re.compile(r"\s*(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+[A-Z][A-Za-z]+|[A-Z][A-Za-z]+\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?)"
                            r"(?:,?\s+\d{4})?(?:\s*[—–]|\s-)\s")


def _entry_date(doc: Document, i: int):
    """(sentence, date) of the timeline entry sentence i belongs to: its opening date dates the whole entry."""
    j = _entry_head(doc, i)
    if j is None:
        return None
    first = common.past_dates(doc, j)[:1]
    return (j, first[0]) if first and first[0].start == doc.sentences[j].start else None


def _timeline_entry(doc: Document, i: int) -> bool:
    """Whether sentence i belongs to a paragraph that opens with a date and a dash ("7–8 July — ...")."""
    return _entry_head(doc, i) is not None


def _entry_head(doc: Document, i: int) -> int | None:
    """The sentence that opens the timeline entry sentence i belongs to (its paragraph's first, or for a factbox's
    bullet the heading above it: "JULY 24 - MINISTERS MEET IN BISHKEK" / "* A and B meet"); None outside one."""
    if "dashes" not in doc.memo:  # the cheap test first, once per article: an entry's date is followed by a dash
        doc.memo["dashes"] = "—" in doc.text or "–" in doc.text or " - " in doc.text
    if not doc.memo["dashes"]:
        return None
    para = doc.sentences[i].paragraph
    entries = doc.memo.setdefault("timeline", {})  # asked for every sentence: decided once per paragraph
    if para not in entries:
        j = doc.first_of_paragraph(i)
        m = j and doc.text.startswith(_ENTRY_START, doc.sentences[j].start) \
            and _TIMELINE_DATE.match(doc.text, doc.sentences[j].start, doc.sentences[j].end)
        # not the article's own dateline ("WASHINGTON, May 3 —"), which opens the first paragraph
        if m and dates.MONTHS.get(re.search(r"[A-Z][A-Za-z]+", m.group()).group().lower()) is not None:
            entries[para] = j
        elif not m and j and doc.text.startswith(_BULLETS, doc.sentences[j].start):
            entries[para] = _entry_head(doc, j - 1)
        else:
            entries[para] = None
    return entries[para]


_ENTRY_START = tuple("0123456789JFMASOND")
_BULLETS = ("* ", "• ", "- ", "– ")

_VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?P<venue>(?:[A-Z0-9][\w’'-]*\s+){0,4}(?:Palace|House|Hall|Office|Complex|"
                    r"Building|Cent(?:re|er)|Airport|Residence|Lodge|Ministry|Villa))\b")

# The words of each format, in order, for the rules' meetings and the classifier's ("what both sides called a truce",
# "called for calm" and "called off" are no phone call; "a video call" is virtual)
FORMATS = (
    (FORMAT.meal, re.compile(r"(?i)\b(?:lunch|luncheon|dinner|breakfast|banquet|meal)\b")),
    (FORMAT.virtual, re.compile(r"(?i)\b(?:video\w*|virtual(?:ly)?|online)\b")),  # "by videoconference"
    (FORMAT.call, re.compile(r"(?i)\b(?:(?:tele)?phon(?:e|ed)|rang(?=\s+(?:his|her|their)\b|\s+(?-i:[A-Z]))|"
                        r"(?<!courtesy )call(?!ed\s+(?:a|an|it|for|off|upon)\b)(?:ed|s)?(?!\s+on\b(?!\s+\w+day\b))|"
                        # "spoke with her Mauritanian counterpart", "spoke with Prime Minister X": no place, a call
                        r"spoken?\s+(?:with|to)\s+(?:(?:his|her|their|my|our)\s+(?:[\w-]+\s+){0,2}counterpart|"
                        r"(?:Prime\s+)?Minister|President)|"
                        r"dial(?:l)?ed|hotline)\b")),
    (FORMAT.signing, re.compile(r"(?i)\b(?:sign(?:ed|ing)|inked)\b(?!\s+(?:of|that))")),
    (FORMAT.summit, re.compile(r"(?i)\bsummit\b")),
)
_CONFIDENCE = 0.8


def _make(doc: Document, i: int, a: Mention, b: Mention, t_start: int, t_end: int, rule: str,
          *, visit: bool = False, location: Mention | None = None, date=None) -> Hit | None:
    c_start, c_end = doc.clause_bounds(i, t_start)
    if max(a.start, b.start) >= c_end > t_start:
        # "a meeting between the Undersecretary ..., X, and the Deputy Minister ..., Y, held in Panama City on 28
        # September": the clause of the last party named, after the trigger, is the meeting's too
        c_end = doc.clause_bounds(i, max(a.start, b.start))[1]
    where = _Where.find(doc, i, c_start, c_end, location)
    host_at = where.fields.get("location_country")
    if rule == "meeting-host" and b.state is None and host_at and host_at != a.state:
        b = common.with_state(b, host_at)  # "President Erdoğan received ... in Ankara": a host receives at home
    if visit and rule != "meeting-host" and b.state is None and host_at and host_at != a.state:
        b = common.with_state(b, host_at)  # "paid a working visit to the President at the Presidential Villa, Abuja"
    if rule == "meeting-host" and b.state is None and not host_at and (own := doc.placed_state()) and own != a.state:
        b = common.with_state(b, own)  # "Riyadh, June 21, SPA -- ... His Highness received ...": the release's host
    if (visit or rule == "meeting-held" and a.state) and b.state is None and not host_at \
            and (there := _where_the_visitor_is(doc, i, a.state)):
        # "Tang landed in Jakarta on Tuesday. ... Tang was received by President X", "He held talks the same evening
        # with Foreign Minister Y": whom a visitor meets where the paragraph put him is of that place's state
        b = common.with_state(b, there)
    a, b, guessed = _place(doc, a, b)
    if not a.state or not b.state or a.state == b.state:
        return None
    if _actor_id(a) and _actor_id(a) == _actor_id(b):
        return None  # "President X hosted a State Banquet in honour of the visiting President": one man, misread twice
    near = (max(c_start, t_start - 60), min(c_end, t_end + 60))
    # a word starting in the window is read whole, with what follows it ("called a truce")
    fmt = next((f for f, rx in FORMATS if (fm := rx.search(doc.text, near[0], min(c_end, near[1] + 16)))
                and fm.start() < near[1]), FORMAT.visit if visit else FORMAT.talks)
    if fmt == FORMAT.summit and re.search(r"(?i)\b(?:sidelines|margins)\b", doc.text[near[0]:near[1]]):
        fmt = FORMAT.talks  # a bilateral meeting on the sidelines of a summit is talks
    fields = {"actor_1": _actor_id(a), "state_1": a.state, "actor_2": _actor_id(b), "state_2": b.state,
              "format": fmt, "level": _level(a, b)}
    fields.update(where.fields)
    if fields.get("location_country") == a.state and not visit:  # they met on a's soil: b is the visitor
        fields.update(actor_1=_actor_id(b), state_1=b.state, actor_2=_actor_id(a), state_2=a.state)
    fields["cameo_code"] = _cameo(fields, visit)
    lo, hi = min(a.start, b.start, t_start, *where.spans), max(a.end, b.end, t_end, *where.ends)
    supports = ["actor_1", "state_1", "actor_2", "state_2", "format", "cameo_code", "level"]
    supports += [k for k in ("host_state", "location_country", "venue") if fields.get(k)]
    asides = [x.span() for x in common.WHO_ASIDE.finditer(doc.text, doc.sentences[i].start, t_start)]

    def outside(d) -> bool:
        return not any(start <= d.start < end for start, end in asides) \
            and not common.SPAN_SINCE.search(doc.text, max(c_start, d.start - 45), d.start)
    date = date or common.nearest_date(doc, i, t_start, c_start, c_end, keep=outside)
    if not date and not common.DAYS_AWAY.search(doc.text, c_start, t_end):  # "a day after the ministers met"
        date = _opening_date(doc, i) or _sole_date_before(doc, i, t_start, outside)
    earlier = None if date else _later_that_day(doc, i) or _entry_date(doc, i)
    if date:
        fields.update(common.date_fields(date))
        supports += ["date_start", "date_end"]
        lo, hi = min(lo, date.start), max(hi, date.end)
    elif earlier:
        fields.update(common.date_fields(earlier[1]))
    else:
        fields.update(common.publication_fields(doc))
    confidence = _CONFIDENCE - 0.1 * (date is None) - 0.2 * guessed
    hit = Hit("meetings", fields, i, lo, hi, supports, rule, confidence)
    if a.kind != "person" and b.kind != "person" and (heads := _heads(doc, i, a.state, b.state)):
        # "The 26th Round of Boundary Talks was held in Thimphu. The Bhutanese delegation was led by X, and the
        # Chinese delegation by Y": the talks of X and Y, at their rank
        j, (a, b) = heads
        fields.update(actor_1=_actor_id(a), actor_2=_actor_id(b), level=_joint(a.level, b.level))
        if fields["state_1"] != a.state:
            fields.update(actor_1=_actor_id(b), actor_2=_actor_id(a))
        hit.extra.append((j, min(a.start, b.start), max(a.end, b.end), ["actor_1", "actor_2", "level"]))
    hit.offices = {m.state: office for m in (a, b) if (office := _office(m))}
    hit.rank = pair_rank(a, b) or (plural_rank(doc, c_start, c_end) if "state" in (a.kind, b.kind) else None)
    if counterpart(a) or counterpart(b):
        hit.peer_rank = hit.rank
    if earlier:
        hit.extra.append((earlier[0], earlier[1].start, earlier[1].end, ["date_start", "date_end"]))
    if where.dateline:
        hit.extra.append((0, *where.dateline, ["location"]))
    elif fields.get("location"):
        hit.supports.append("location")
    return hit


def _where_the_visitor_is(doc: Document, i: int, visitor: str | None) -> str | None:
    """The state of the last place the paragraph put a visitor in ("landed in Jakarta", "his first trip to
    Indonesia"), this sentence or the two before it: a host who receives him there is of that state."""
    para = doc.sentences[i].paragraph
    for j in range(i, max(-1, i - 3), -1):
        if doc.sentences[j].paragraph != para:
            break
        places = [m.state for m in doc.mentions[j] if m.kind == "place" and m.state and m.state != visitor]
        if places:
            return places[-1]
    return None


def _opening_date(doc: Document, i: int):
    """A date that opens the sentence ("On Wednesday, A, and his counterpart B, signed ...") dates all its clauses."""
    s = doc.sentences[i]
    first = common.nearest_date(doc, i, s.start, s.start, s.end)
    return first if first and doc.text[s.start:first.start].strip().lower() in ("", "on", "late on", "early on") else None


# "Before the session, the Minister received each delegation": on the day of the session just reported, too ("Later
# that day" and "Later in the afternoon" are the date reader's: Document.dates)
# ("Before the joint meeting,": one word may qualify the event)
_LATER_THAT_DAY = re.compile(r"(?i)\s*(?:(?:later|afterwards|subsequently)(?:\s+on)?|(?:before|after|following|"
                             r"ahead\s+of|on\s+the\s+(?:sidelines|margins)\s+of)\s+the\s+(?:[a-z-]+\s+)?"
                             r"(?:session|meeting|talks|signing|ceremony|plenary))\s*,")


# "Al-Ubaidi was later received by Bahrain's prime minister", "She later called on the President": "later" after the
# subject
_LATER_AFTER_SUBJECT = re.compile(r"[^,;.]{1,40}?\s(?:(?:was|were)\s+)?later\s+(?:received|welcomed|hosted|met|called|"
                                  r"held|spoke)\b")


def _later_that_day(doc: Document, i: int):
    """ "Later, A called on B", "Before the session, A received B": the day of the last dated sentence before (a few
    back)."""
    s = doc.sentences[i]
    if not _LATER_THAT_DAY.match(doc.text, s.start, s.end) and not _LATER_AFTER_SUBJECT.match(doc.text, s.start, s.end):
        return None
    for j in range(i - 1, max(-1, i - 8), -1):
        days = [d for d in common.past_dates(doc, j) if d.precision == PRECISION.day]
        if days:
            return j, days[-1]
    return None


def _sole_date_before(doc: Document, i: int, pos: int, keep):
    """ "A arrived today in X, where he was received by B": the one date of the sentence, stated before the trigger
    (and not in an aside `keep` refuses)."""
    refs = common.past_dates(doc, i)
    return refs[0] if len(refs) == 1 and refs[0].end <= pos and keep(refs[0]) else None


_PEER = re.compile(r"(?i)\b(?:counterpart|colleague)")  # "his Georgian counterpart", "my Polish colleague"


def counterpart(m: Mention) -> bool:
    return m.kind == "person" and m.state is not None and _PEER.search(m.text) is not None


def _place(doc: Document, a: Mention, b: Mention) -> tuple[Mention, Mention, bool]:
    """Give unplaced persons the article's home state, then the next one (see Document.home_state)."""
    if a.state and b.state:
        return a, b, False

    def placed(m: Mention, exclude: str | None) -> Mention:
        if not m.actor_id and _BARE_SECRETARY_GENERAL.fullmatch(m.text):
            return m  # "The Secretary-General held separate consultations with each delegation": a body's, no state's
        # A named person may stand for the next state too; an office alone ("The Minister", "HH the Amir",
        # "the Head of our state") only for the article's own state: its dateline's, else its home state.
        voice = doc.voice_state()
        if m.actor_id and voice and voice != exclude and voice not in doc.named_states:
            # a text that speaks for a state it never names ("our coast guard"): "Foreign Minister X spoke by
            # telephone with his Moroccan counterpart" in such a Mauritanian editorial is Mauritania's
            state = voice
        else:
            state = doc.home_state(exclude=exclude) if m.actor_id else doc.own_state()
        if state is None and m.actor_id and doc.placed_state() != exclude:
            state = doc.placed_state()  # a release placed "Dakar, 30 September 2025" speaks for Senegal
        if state is None and m.actor_id and exclude:
            state = doc.sole_other_state(exclude)  # a Thai paper names Thailand once, Malaysia often: the one other
        return common.with_state(m, state)
    if a.state is None:
        a = placed(a, b.state)
    if b.state is None:
        b = placed(b, a.state)
    # "he held talks with his Togolese counterpart" in a text naming one other state: he stands for that one
    if a.state is None and counterpart(b) and (other := doc.sole_other_state(b.state)):
        a = common.with_state(a, other)
    if b.state is None and counterpart(a) and (other := doc.sole_other_state(a.state)):
        b = common.with_state(b, other)
    if b.state is None and a.text == "I" and a.state in (pair := doc.article_pair or doc.conflict_pair or ()):
        # "I spoke with Mr Al-Mannai by phone": a minister telling of her own contacts meets the story's other side
        b = common.with_state(b, pair[pair[0] == a.state])
    return a, b, True


_BARE_SECRETARY_GENERAL = re.compile(r"(?i)secretary[- ]general")


def _actor_id(m: Mention) -> str | None:
    return m.actor_id if m.kind in ("person", "body") else None


# A principal's office, named in the mention ("the President of the Republic of Moldova", "Syrian Prime Minister X"),
# which tells two encounters of one visit apart; a deputy's is his own ("Deputy Prime Minister")
_OFFICE = re.compile(r"(?i)\b(?:(?P<deputy>vice|deputy)[\s-]+)?(?P<o>president(?!\s+of\s+(?:the\s+)?(?:parliament|"
                     r"senate|assembly|national\s+assembly|chamber|house|commission|council|court))|prime\s+minister|"
                     r"premier|king|queen|emir|amir|sultan|crown\s+prince|foreign\s+minister|"
                     r"minister\s+(?:of|for)\s+foreign\s+affairs|defen[cs]e\s+minister|"
                     r"minister\s+(?:of|for)\s+defen[cs]e)\b")
_SAME_OFFICE = {"premier": "prime minister", "amir": "emir"}


def _office(m: Mention) -> str | None:
    """The office of a placed person's title, one name for its spellings ("Minister of Defense" is "defence
    minister", "Minister for Foreign Affairs" "foreign minister")."""
    if m.kind != "person" or not m.state or not (o := _OFFICE.search(m.text)):
        return None
    office = " ".join(o["o"].lower().split()).replace("defense", "defence")
    office = re.sub(r"minister (?:of|for) (.+)", r"\1 minister", office).replace("foreign affairs", "foreign")
    office = _SAME_OFFICE.get(office, office)
    return f"deputy {office}" if o["deputy"] else office


def _level(a: Mention, b: Mention) -> str | None:
    """The level of an encounter, where the text gives both parties theirs; it tells two encounters of one pair apart
    (`candidates._principals_agree`). Of a pair named together ("the two ministers") only a military one counts: "the
    two Ministers signed a Memorandum" is the talks just reported, not a second encounter."""
    return _joint(*(m.level if m.kind != "state" or m.level == LEVEL.military else None for m in (a, b)))


def pair_rank(a: Mention, b: Mention) -> str | None:
    """The level the record gets where `_level` has none: a pair named together has the rank its noun gives ("the two
    foreign ministers"), and a counterpart the other party's ("held talks with his Georgian counterpart")."""
    if counterpart(a) or counterpart(b):
        # "received by his Nigerien counterpart, General Moussa Harouna": the minister's peer
        return (b.level if counterpart(a) else a.level) or a.level or b.level
    if {a.kind, b.kind} == {"person", "state"}:
        # "Mongolia's Foreign Minister returned from a two-day visit to Pyongyang": the one rank the text gives
        return a.level or b.level
    if {a.kind, b.kind} == {"body", "state"} and (a.level or b.level) != LEVEL.officials:
        # "the Ministers of Defence of Cameroon ... and of Congo", "Kenyan forces and Somalia's": the body's rank (a
        # "delegation of" is officials only by default; the coders often find its people are soldiers)
        return a.level or b.level
    if a.kind == b.kind == "person" and not (a.level and b.level) and _named(a) and _named(b):
        return a.level or b.level  # "Turkish Foreign Minister Hakan Fidan met Attaf in Algiers": a peer's
    return _joint(a.level, b.level)


def _heads(doc: Document, i: int, sa: str, sb: str) -> tuple[int, tuple[Mention, Mention]] | None:
    """(the sentence, the two persons) where sentence i or the next of its paragraph names the heads of the two
    states' delegations."""
    for j in (i, i + 1):
        if j >= len(doc.sentences) or doc.sentences[j].paragraph != doc.sentences[i].paragraph:
            break
        led = {m.state: m for m in doc.mentions[j] if m.kind == "person" and m.state in (sa, sb) and doc.led_by(j, m)}
        if len(led) == 2:
            return j, (led[sa], led[sb])
    return None


def _named(m: Mention) -> bool:
    """A person the text names, not a pronoun ("I was received by the Prime Minister": the speaker's rank is no
    clue to the host's)."""
    return m.text[:1].isupper() and m.text != "I"


# The people of both parties named in one plural: "the interior ministers of Italy and Slovenia", "their foreign
# ministers talked by phone", "the foreign ministers of the two countries", "the two sides' regional border
# commanders", "the two countries' presidents"; and a force's or a border's plural that
# needs no article ("Border commissioners of the two countries met", "Army commanders from Cameroon and Congo"), as
# do officials of both ("Senior diplomats from Argentina and Ecuador met", "fisheries officials from the two countries")
_PLURAL_WHO = re.compile(r"(?i)\b(?:(?:the|their|both)\s+(?:two\s+(?:sides|countries|nations|states)['’]\s+)?"
                         r"(?:[\w-]+\s+){0,2}?"
                         r"(?:ministers|presidents|leaders|heads\s+of\s+state|commanders|chiefs)|"
                         r"(?:border|army|military|navy|sector|zone|area)\s+"
                         r"(?:commissioners|representatives|commanders|delegations)|"
                         r"(?P<officials>(?:[\w-]+\s+){0,2}?(?:officials|diplomats|envoys|negotiators|plenipotentiaries|"
                         r"teams)\s+(?:of|from)\s+(?:both|the\s+two|their|(?-i:[A-Z])\w*)))\b")


def plural_rank(doc: Document, lo: int, hi: int) -> str | None:
    """The rank a plural between lo and hi gives a pair of which one party is a bare state, with no person or body
    of its own to rank (a named party's rank comes from `pair_rank`): the whole clause, for the plural may follow the
    trigger ("It was agreed at a meeting of the two sides' regional border commanders")."""
    who = _PLURAL_WHO.search(doc.text, lo, hi)
    return lexicon.collective_level(who.group(), default=LEVEL.officials if who["officials"] else None) if who else None


def _joint(la: str | None, lb: str | None) -> str | None:
    """The level of two parties of these levels: theirs if one, mixed if two, none if either is unknown."""
    if not la or not lb:
        return None
    return la if la == lb else LEVEL.mixed


# Where someone came from or went on to is not where they met: "before returning to Buenos Aires", "on his
# return from Dakar", "ahead of his departure for Accra".
# (But "travelled to Conakry and was received" is where: only "from" after a verb of coming.)
_ELSEWHERE = re.compile(r"(?i)\b(?:(?:return(?:s|ed|ing)?|back|left|leaving|leaves|depart(?:s|ed|ing|ure))\s+"
                        r"(?:(?:back|home|onward)\s+)?(?:to|for|from)|(?:arriv(?:ing|ed|al)|flew|flying|travel(?:l?ed|l?ing)|"
                        r"coming|came|head(?:ed|ing))\s+(?:back\s+)?from)\s+(?:the\s+)?$")


@dataclass
class _Where:
    """Where a meeting took place: from "in <place>" / "at <venue>" in its clause, or the dateline."""
    fields: dict
    spans: tuple = ()
    ends: tuple = ()
    dateline: tuple | None = None

    @classmethod
    def find(cls, doc: Document, i: int, lo: int, hi: int, location: Mention | None) -> "_Where":
        places = [m for m in doc.mentions[i] if lo <= m.start < hi and m.kind == "place" and m.state
                  and not _ELSEWHERE.search(doc.text, max(lo, m.start - 40), m.start)]
        venue = next((m for m in places if m.actor_id and m.actor_id != m.state), None)
        location = location or next((m for m in places if m is not venue), None)
        fields, used, dl = {}, [m for m in (venue, location) if m], None
        named = None if venue else _VENUE.search(doc.text, lo, hi)
        if named and named.group().startswith("at"):  # "at State House": a venue the lexicon does not know
            fields["venue"] = named.group("venue")
            used.append(Mention(named.start("venue"), named.end("venue"), "place", None, None, fields["venue"]))
        if venue:
            fields.update(venue=venue.text, location_country=venue.state)
        if location:
            fields.update(location=location.text, location_country=location.state)
        elif venue and doc.dateline:
            place, d_start, d_end = doc.dateline
            term = lexicon.terms().get(place.title())
            if term and term.kind == "capital" and term.state == venue.state:
                fields["location"], dl = place.title(), (d_start, d_end)
        if fields.get("location_country"):
            fields["host_state"] = fields["location_country"]
        return cls(fields, tuple(m.start for m in used), tuple(m.end for m in used), dl)


def _cameo(fields: dict, visit: bool) -> str:
    """The CAMEO code from actor_1's side (the schema's: common.meeting_cameo)."""
    if fields["format"] in (FORMAT.call, FORMAT.virtual):
        return common.meeting_cameo("consult")
    where = fields.get("location_country")
    if where == fields["state_2"] or (visit and where is None):
        return common.meeting_cameo("make a visit")
    if where == fields["state_1"]:
        return common.meeting_cameo("host a visit")
    if where:
        return common.meeting_cameo("meet at a third location")
    return common.meeting_cameo("consult")
