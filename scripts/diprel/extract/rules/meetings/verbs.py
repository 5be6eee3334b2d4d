"""A verb of meeting ("met", "held talks with", "hosted", "spoke by phone with", "visited") and the parties around
it; a timeline's present ("meets", "holds") in an entry that opens with its date."""

from __future__ import annotations

import re

from ... import fastre
from ...actors import ACTOR_KINDS, Mention
from ...candidates import Hit
from ...document import Document
from ...vocab import FORMAT, LEVEL
from .. import common
from .record import _cameo, _make
from .parties import (
    _called_off, _collective, _context_pair, _each, _object, _ONLY_WHERE, _passive_by, _separately, _signed_by,
    _signed_with, _subject, _unnamed_pair_hit, _WITH, _without_dates_and_places
)
from .visits import _visit

VERB_RE = fastre.guard(re.compile(r"""(?x)(?<![\w-])(?:
    (?P<met>met(?:\s+(?:separately|privately|briefly|again)\s+with|\s+with)?)
  # "held a fresh round of corps commander-level talks": the talks may carry two words of their own
  | (?P<held>(?:held|had(?!\s+(?:been|not|never|to|\w+ed)\s))\s+(?:an?\s+)?
        (?:(?:nearly|almost|about|some|over|more\s+than)\s+[\w-]+\s+hours?\s+of\s+)?  # "nearly three hours of talks"
        (?:[\w-]+\s+){0,3}?
        # (not "had proposed a meeting")
        (?:(?:round|rounds)\s+of\s+(?:[\w-]+\s+){0,2}?talks|talks|meetings?|discussions|consultations|negotiations|
        meeting|calls?|conversations?|phone\s+calls?|telephone\s+conversations?|(?:video\s*)?conference|videoconference|
        lunch|luncheon|dinner|breakfast|round\s+of\s+talks|t[êe]te-[àa]-t[êe]te|working\s+sessions?)
        (?:\s+(?:with|between))?
      # the call in which they agreed is the encounter: "A and B agreed in a telephone conversation on Wednesday to ...",
      # "A and B agreed the halt in a video call on Wednesday morning"
      |agreed\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+)?[\w-]+\s+)?(?:in|during|over)\s+an?\s+(?:telephone|phone|video)\s+
        (?:conversation|call)(?:\s+with)?
      # "the defence ministers of the two countries agreed by phone to a ceasefire"
      |agreed\s+(?:by|over\s+the)\s+(?:tele)?phone(?:\s+with)?)
  | (?P<callfrom>(?:received|took)(?:\s+(?:(?:on|last|this|earlier)\s+\w+|today|yesterday))?\s+an?\s+(?:[\w-]+\s+)?
        (?:telephone\s+|phone\s+)?call(?:\s+(?:(?:on|last|this|earlier)\s+\w+|today|yesterday))?\s+from)
  | (?P<calledon>called\s+on|paid\s+(?:an?\s+)?(?:[\w-]+\s+)?call\s+on
        |(?<=\bafter\s)calling\s+on)  # "said on Wednesday after calling on Bangladesh's prime minister"
  | (?P<host>hosted|received(?:\s+in\s+(?:an?\s+)?(?:private\s+|special\s+)?[Aa]udience)?|welcomed|(?:granted|gave|accorded)\s+(?:an\s+)?[Aa]udience(?:\s+on\s+\w+)?\s+to
        |(?<=\sgranted\s)an\s+[Aa]udience(?=\s+by\b))  # a court's style capitalises it: "granted an Audience to"
  | (?P<visited>visited)
  | (?P<paid>paid\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit\s+to)
  # the day may come between: "spoke by telephone on Monday evening with his counterpart", "talked on Friday with"
  # "Altamirano did speak by telephone with his counterpart": the emphatic past
  # "spoke over a maritime hotline": soldiers' telephone
  | (?P<spoke>(?:spoke|spoken|talked|conferred|(?<=\bdid\s)(?:speak|talk))
        (?:\s+(?:by|over\s+the|on\s+the)\s+(?:phone|telephone|(?:[\w-]+\s+)?hotline)(?:\s+(?:with|to))?)?
        (?:\s+(?:(?:on|last|late|early)\s+[A-Z][a-z]+day|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)?
        (?:\s+(?:with|to))
      |(?:spoke|spoken|talked|conferred|(?<=\bdid\s)(?:speak|talk))\s+(?:by|over\s+(?:the|a|their)|on\s+the)\s+
        (?:phone|telephone|(?:[\w-]+\s+)?hotline)
      # "The two ministers last spoke in May, by videoconference"
      |(?:spoke|talked)\s+(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,2})?,?\s+(?:by|over|via)\s+(?:the\s+)?
        (?:phone|telephone|video\s*conference|video\s+link)
        |(?:talked|conferred)(?=\s+(?:for|together|privately|at\s+length|again|briefly)\b))  # "A and B talked for six hours"
  # time spent together is an encounter: "spent nearly an hour with the Tanzanian President"
  | (?P<spent>spent\s+(?:(?:nearly|almost|about|around|over|more\s+than|some|half|an|a|\d+|two|three|four|several|forty|thirty|
        twenty|ninety)\s+){0,3}(?:hours?|minutes?|days?|morning|afternoon|evening)
        (?:\s+(?:on|last)\s+[A-Z][a-z]+day|\s+yesterday|\s+today)?\s+with)  # "spent almost three hours on Monday with"
  | (?P<told>told|assured|informed|briefed|congratulated|thanked)
  | (?P<exchanged>exchanged\s+views(?:\s+with)?|discussed|reviewed)
  | (?P<shook>(?:shook|shakes|shaking)\s+hands\s+with)
  | (?P<callto>(?:made|placed)\s+an?\s+(?:[\w-]+\s+)?(?:telephone\s+|phone\s+|video\s+)?call\s+to)
  | (?P<called>(?<!\bbe\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bit\s)(?<!\bwhat\s)(?:(?:telephoned|phoned|dialled|dialed)(?!\s+(?:in|it)\b)
        |rang(?=\s+(?:his|her|their|[A-Z]))  # "rang his Turkish counterpart" (not "shots rang out")
        |called(?!\s+(?:on|for|off|upon|it|the)\b)))  # "telephoned the President" (but "called the shots")
  | (?P<sat>sat\s+down\s+(?:with|together)  # "sat down in Mae Sot for talks": the two sat together
        |sat\s+down(?=\s+(?:(?:in|at)\s+(?:[A-Z][\w’'-]*\s+){1,3})?(?:for|in|to)\s+(?:talks|negotiations)\b)
        # "A and B sat across one table", "sat at the same table": the two, face to face
        |sat\s+(?:across|at|around)\s+(?:one|the\s+same|a\s+single)\s+table)
  | (?P<brought>brought|seated|sat(?!\s+down))  # "brought A and B together", "sat A and B at the same table"
  | (?P<cochaired>co-?chaired|jointly\s+chaired)(?!\s+by)
  | (?P<signed>signed|inked)
  | (?P<tomeet>to\s+meet(?:\s+with)?)  # "crossed the border to meet his Senegalese counterpart" (see `_WENT`)
)(?![\w-])"""))
# A timeline tells the past in the present: "30 August — A and his counterpart B hold a telephone conversation",
# "Malaysian and Vietnamese officials meet for two days". In an entry that opens with its date and a dash, the
# present forms count as the past ones.
_PRESENT_RE = re.compile(fastre.unguarded(VERB_RE).pattern
                         .replace("(?P<met>met(", "(?P<met>(?:met|meets?)(", 1)
                         .replace("(?P<held>(?:held|", "(?P<held>(?:held|holds?|", 1)
                         .replace("(?P<host>hosted|", "(?P<host>hosts|receives|welcomes|hosted|", 1)
                         .replace("(?P<visited>visited)", "(?P<visited>visits|visited)", 1)
                         .replace("(?P<spoke>(?:spoke|", "(?P<spoke>(?:speaks?|spoke|", 1))
assert _PRESENT_RE.pattern.count("meets?") == 1 and "holds?" in _PRESENT_RE.pattern and "speaks?" in _PRESENT_RE.pattern

# A remote contact: "told his counterpart by phone", "in a telephone call".
_PHONE = re.compile(r"(?i)\b(?:by|over\s+the)\s+(?:tele)?phone\b|\b(?:in|during)\s+(?:a|the|their)\s+(?:tele)?phone\s+"
                    r"(?:call|conversation)\b|\bby\s+video\s*link\b")

_THING_WELCOMED = re.compile(r"(?i)\b(?:offer|proposal|initiative|move|decision|statement|call|idea|plan|step|"
                             r"gesture|announcement)s?,?\s+(?:that|which)\s+[^,;.]{0,40}$")
_AT_TALKS = re.compile(r"(?i)\b(?:at|during|in)\s+(?:their\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?:talks|meeting|consultations)\b(?!\s+(?:of|on|with)\b)")
_URGED = re.compile(r"(?i)\s+to\s+\w+")


def _verb_hit(doc: Document, i: int, m: re.Match, prior: list[Hit]) -> list[Hit]:
    kind = m.lastgroup
    if common.unreal(doc, i, m.start(), m.end(), after=False) or _called_off(doc, i, m.start(), m.end(), after=False):
        return []
    s = doc.sentences[i]
    if _BARE_INFINITIVE.search(doc.text, max(s.start, m.start() - 10), m.start()):
        return []  # a timeline's present forms: "are due to meet", "will meet" tell what is to come
    if kind == "brought":
        return _brought(doc, i, m)
    if kind == "tomeet" and not _WENT.search(doc.text, doc.clause_bounds(i, m.start())[0], m.start()):
        return []  # "agreed to meet", "is expected to meet": only a journey made tells the meeting it was made for
    if m.group() == "welcomed" and _THING_WELCOMED.search(doc.text, max(s.start, m.start() - 60), m.start()):
        return []  # "an offer that Tashkent welcomed and Ashgabat ... ignored": a thing welcomed, not a guest
    if kind in ("told", "exchanged") and not _PHONE.search(s.text) \
            and not (kind == "exchanged" and _AT_TALKS.search(doc.text, m.end(), doc.clause_bounds(i, m.end())[1])):
        # only a remote contact: in person, "told" reports words, "exchanged views" the talks of a meeting (unless
        # the talks are named: "A and his Uzbek counterpart B discussed freight ... at talks in Tashkent on Monday")
        return []
    if m.group() in ("discussed", "reviewed"):
        # "A and B discussed the sinking in a phone call", "A discussed ... with B by phone"
        w = _WITH.search(doc.text, m.end(), min(doc.clause_bounds(i, m.end())[1], m.end() + 80))
        obj_at = w.end() if w else None
    elif kind == "sat" and m.group().endswith("table"):
        obj_at = None  # "A and B sat at the same table, ... with Jordan's minister chairing": the two sat together
    else:
        obj_at = m.end()
    by = kind == "host" and _passive_by(doc, i, m)
    each_place = False  # "received by A in Baku, and two days later by B in Ashgabat": each host where he received
    passive = bool(by)
    subj = _subject(doc, i, m.start())
    obj = _object(doc, i, by) if by else (_object(doc, i, obj_at) if obj_at is not None else [])
    if by and obj:  # "was received on Thursday in Cotonou by A, and on Friday in Niamey by B": one visit each
        more = _AND_BY.match(doc.text, obj[-1].end, s.end)
        if more and _ONLY_WHERE.fullmatch(_without_dates_and_places(doc, i, more.start("gap"), more.end("gap"))):
            obj, each_place = obj + _object(doc, i, more.end())[:1], True
    if not obj and kind == "met" and (w := _GAP_WITH.match(doc.text, m.end(), s.end)):
        obj = _object(doc, i, w.end())  # "met today at the canal intake in North Shuneh with an Israeli delegation"
    if kind == "held" and m.group().endswith("between"):
        subj, obj = obj[:1], obj[1:]
    if kind == "signed" and (signers := _signed_by(doc, i, m, prior)):
        # "was signed ... by A and B", "by the two chiefs of staff": the two signers met
        subj, obj = signers[:1], signers[1:]
    elif kind == "signed":  # "A and B signed ...", "A signed an accord with B"
        obj = _signed_with(doc, i, m.end())
    if kind in ("calledon", "callto") and obj and _URGED.match(doc.text, obj[0].end):
        return []  # "called on China to stop", "made a call to Kenya to withdraw": urging, not a visit or a call
    if kind == "cochaired":  # "A and his B counterpart co-chaired the joint commission": the two chairs met
        obj = []
    if kind == "visited" and not obj:
        return _visit(doc, i, m.start(), m.end(), subj)
    if not obj and subj and kind == "host" and _SIDES_GUESTS.match(doc.text, m.end(), s.end):
        # "X hosted the two sides' chiefs of staff in N'Djamena": the two sides met, X's state hosting them
        pair = _context_pair(doc, i, prior)
        if not pair or subj[-1].state in pair:
            return []
        hit = _unnamed_pair_hit(doc, i, m, pair, "meeting-hosted-sides", LEVEL.officials)
        return [hit] if hit else []
    if not obj and subj and kind in ("met", "held", "sat", "spoke", "exchanged", "host"):
        obj = _each(doc, i, m.end(), subj[-1], prior=prior)  # "received each of the two delegations separately"
    if not obj and kind in ("met", "held", "sat", "spoke", "exchanged", "signed", "cochaired"):
        if kind == "met" and not _MET_ALONE.match(doc.text, m.end(), s.end):
            return []  # "the two prime ministers ... met members of the Armenian community": they met someone else
        if _MANY.search(doc.text, m.end(), s.end):
            return []  # "Greece and Cyprus met in Yerevan on Monday for their fourth trilateral summit": with a third
        if len(subj) != 2:
            subj = _collective(doc, i, m.start(), prior)
        subj, obj = subj[:1], subj[1:]
    guests = {o.state for o in obj}
    if kind == "host" and subj and not passive and len(guests) == 2 and None not in guests \
            and subj[-1].state not in guests and not _separately(doc, i, m, obj) \
            and not _MANY.search(doc.text, m.end(), s.end):
        # "In August, Ghana hosted the foreign ministers of Niger and Benin for two days of talks": the two guests
        # met, in the host's house (not "for a three-way summit", where the host sat with them)
        b = next(o for o in obj if o.state != obj[0].state)
        hit = _make(doc, i, obj[0], b, m.start(), m.end(), "meeting-hosted-guests")
        if hit and subj[-1].state:
            _hosted_by(hit, subj[-1].state)
        return [hit] if hit else []
    if not subj or not obj or len(guests) > 1 and not _separately(doc, i, m, obj) and not passive:
        return []
    if kind == "host" and obj[0].possessive:
        return []  # "welcomed Iran's initiative": a thing, not a guest; "received by the president's chief of staff"
    visitor_first = kind not in ("host", "callfrom") or passive
    phone = kind == "exchanged" and _PHONE.search(s.text)
    hits = []
    for o in obj:
        a, b = (subj[-1], o) if visitor_first else (o, subj[-1])
        hit = _make(doc, i, a, b, m.start(), m.end(), f"meeting-{kind}",
                    visit=kind in ("visited", "paid", "host", "calledon", "tomeet"),  # a courtesy call is a visit
                    location=_place_after(doc, i, o) if each_place else None)
        if hit and phone:  # "discussed" with a remote contact named (see above): that contact
            hit.fields["format"] = FORMAT.virtual if "video" in phone.group().lower() else FORMAT.call
            hit.fields["cameo_code"] = _cameo(hit.fields, False)
        if hit:
            hits.append(hit)
    return hits


# A journey made to meet someone: "crossed the border to meet", "travelled to Ziguinchor on Thursday to meet"
_WENT = re.compile(r"(?i)\b(?:crossed|travell?ed|flew|drove|went|came|headed)\b[^;:]{0,80}?\s$")
_BARE_INFINITIVE = re.compile(r"(?i)\b(?:to|will|would|shall|should|could|can|might|must|(?-i:may))\s+$")
# the people of the two sides a host receives (not mediation's `_GUESTS`, the pair itself)
_SIDES_PEOPLE = (r"(?:chiefs|ministers|delegations|envoys|negotiators|commanders|officials|leaders|representatives|"
                 r"presidents|generals|heads)")
_SIDES = r"(?:the\s+two|both)\s+(?:sides|countries|parties|governments|neighbou?rs|armies|forces|navies)"
# "hosted the two sides' chiefs of staff", "the commanders of the two armies' lake sectors" (not "the two sides'
# football fans")
_SIDES_GUESTS = re.compile(rf"(?i)\s+(?:{_SIDES}['’]\s+(?:[\w-]+\s+)?{_SIDES_PEOPLE}|"
                           rf"the\s+(?:[\w-]+\s+)?{_SIDES_PEOPLE}\s+of\s+{_SIDES})\b")
# What follows "A and B met" when they met each other (no object of the verb): a time, a place, a manner.
_MET_ALONE = re.compile(r"(?i)\s*(?:$|[,.;:)(—–-]|(?:on|in|at|for|last|this|earlier|yesterday|today|tonight|here|there|"
                        r"late|early|again|"
                        r"separately|privately|aboard|briefly|twice|once|behind|during|over|amid|under|face|and|to|"
                        r"near|along|"
                        r"inside|outside|via|virtually|shortly|after|before|soon|without|with\s+(?:each\s+other|one\s+"
                        r"another))\b)")
_GAP_WITH = re.compile(r"\s+(?:(?:today|yesterday|on\s+\w+)\s+)?(?:at|in)\s+[^,;:()]{2,70}?\s+with(?=\s)")


def _brought(doc: Document, i: int, m: re.Match) -> list[Hit]:
    """ "Kazakh mediators brought Kyrgyz and Tajik water officials together in Almaty", "X brought Benin's defence
    minister, A, and Niger's interior minister, B, together": the two brought met, in the third's presence."""
    s = doc.sentences[i]
    end = common.TOGETHER.search(doc.text, m.end(), min(s.end, m.end() + 200))
    if not end:
        return []
    brought = [x for x in doc.mentions[i] if m.end() <= x.start and x.end <= end.start() and x.state
               and x.kind in ACTOR_KINDS]
    other = next((x for x in brought if x.state != brought[0].state), None) if brought else None
    if other is None:
        return []
    hit = _make(doc, i, brought[0], other, m.start(), end.end(), "meeting-brought")
    third = _subject(doc, i, m.start())
    if hit and third and third[-1].state and third[-1].state not in (brought[0].state, other.state):
        _hosted_by(hit, third[-1].state)
    return [hit] if hit else []


def _hosted_by(hit: Hit, state: str) -> None:
    """A third state that brought the two together hosts their meeting."""
    hit.fields["host_state"] = state
    hit.supports = sorted(set(hit.supports) | {"host_state"})


def _place_after(doc: Document, i: int, o: Mention) -> Mention | None:
    """The place named right after a party ("by Foreign Minister B in Ashgabat")."""
    return next((p for p in doc.mentions[i] if p.kind == "place" and p.state and p.start > o.end
                 and re.fullmatch(r"\s+in\s+", doc.text[o.end:p.start])), None)


# "by A, and on Friday in Niamey by B", "by A in Baku, and two days later by B"
_AND_BY = re.compile(r"(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
                     r",?\s+and\s+(?P<gap>(?:[^,;.]{0,40}?\s)?)by\s+")

_MANY = re.compile(r"(?i)\b(?:tri|quadri|multi)lateral\b|\b(?:three|four|five)-way\b")
