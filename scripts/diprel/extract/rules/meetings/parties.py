"""Who met whom: the actors before and after a trigger (past honorifics, dates and places), a pair named by office
or number ("the two ministers", "each delegation") from the context, and what cancels a meeting ("was postponed")."""

from __future__ import annotations

import re

from ... import attribution, lexicon
from ...actors import ACTOR_KINDS, COMMONWEALTH_STYLE, HONORIFIC, Mention, PEER_FROM
from ...candidates import Hit
from ...document import Document, HEAD_TITLES
from ...vocab import LEVEL
from .. import common
from .record import _make

_FILLER = re.compile(  # honorifics stand case-sensitive beside the words: "received His Royal Highness Prince ..."
    # ("called on the Rt. Hon. Prime Minister of Nepal": the Commonwealth's style, whole)
    rf"^(?:\s|,|{COMMONWEALTH_STYLE}|{HONORIFIC}|(?i:with|the|a|an|my|his|her|their|its|our|own|visiting|top|senior|new|"
    r"and|separately|also|"
    r"on|briefly|morning|afternoon|evening|night|"  # "on Thursday afternoon with": the date's part of the day
    r"both|each|(?:delegations?|leaders|heads|representatives|officials|officers|commanders|foreign\s+ministers)\s+"
    r"(?:of|from)|"  # "held talks with officers of Myanmar's Border Guard Police"
    r"(?:counterpart|colleague)\s+from|"  # "met his counterpart from Iran's West Azerbaijan province"
    r"host|guest|visitor|opposite\s+number|counterpart|colleague|"  # "a meeting with his host, Tanzania's President"
    r"(?:head|chief|leader|chairman|chair|commander|director|commandant)\s+of|"  # "met the Commander of the FAA ..."
    r"(?:working|state|official|private|bilateral)\s+|"  # "hosted a working dinner for X"
    r"(?:by|via|over)\s+(?:the\s+)?(?:video\s*(?:conference|link|call)|videoconference|(?:tele)?phone)|virtually|"
    r"(?:dinner|lunch|luncheon|banquet|breakfast|reception)\s+(?:for|in\s+honou?r\s+of)))*$")
_COORD = re.compile(r"^\s*(?:,\s*and|,|and|&)\s*(?P<then>then\s+|later\s+|also\s+|,?\s*separately,?\s+)?(?:with\s+)?(?:,\s*)?"
                    rf"(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?(?:{HONORIFIC}\s+)*$")
# A pair named by what the two have in common ("the foreign ministers of the two countries",
# "defence officials from both sides"): the two states come from the context.
_NON_STATE = (r"rebel|insurgent|militant|militia|separatist|guerrilla|opposition|party|tribal|clan|community|religious|civil|"
              # "the two company directors", "the two club presidents": heads of no state's service
              r"company|companies|club|firm|bank|hospital|school|university|festival|museum|theatre|team|football|business")
_PAIR_NOUNS = (r"countries|sides|nations|neighbou?rs|governments|states|leaders|ministers|vice-ministers|presidents|"
               r"delegations|armies|militaries|navies|forces|commanders|chiefs|directors|generals|officials|negotiators|envoys|"
               r"counterparts|services|ministries|agencies|detachments|garrisons|battalions|units|regiments|brigades|"
               r"contingents|commissioners|captains|"
               r"coast\s*guards|border\s+guards|"
               r"heads\s+of\s+state|prime\s+ministers|foreign\s+ministers")
_COLLECTIVE = re.compile(rf"(?i)\b(?:the\s+)?(?:two|both)\s+(?!(?:{_NON_STATE})\b)(?:[a-z][\w-]*\s+){{0,2}}?"
                         rf"(?:{_PAIR_NOUNS})\b")  # not "the two rebel leaders"
# ("received the two envoys separately", "met the two delegation heads separately": one by one, as each)
_EACH = re.compile(r"(?i)\s+(?:with\s+)?(?:(?:each|both)\s+(?:of\s+the\s+(?:two\s+)?)?(?:leaders?|delegations?|sides|"
                   r"ministers?|presidents?|parties|countries|envoys?|negotiators?|of\s+them)|the\s+two\s+(?:leaders|"
                   r"delegations|delegation\s+heads|ministers|presidents|envoys|negotiators)\s+separately)\b")

# a named place before the guest: "at State House", "at the Ministry of Foreign Affairs and Expatriates", "at the
# Palacio de López"
_VENUE_GAP = re.compile(r"\bat\s+(?:the\s+)?[A-Z0-9][\w’'-]*"
                        r"(?:\s+(?:(?:of|and|for|the|de|del|do|da|dos|das|la)\s+){0,2}[A-Z0-9][\w’'-]*){0,5}\s+")

# "..., the Vietnamese government portal reports": the speaker's own noun may stand before its verb
_SPEAKER_AFTER = re.compile(r"\s+(?:(?:portal|website|agency|news\s+agency|spokes\w+|office|statement|officials?|"
                            r"sources?)\s+)?(?:also\s+)?"
                            r"(?:said|says|stated|reported|reports|announced|confirmed|added|noted)\b")
_ONLOOKER = re.compile(r"(?i)\s+(?:looking\s+on|watching|in\s+attendance|present)\b")
_RELATIVE = re.compile(r"(?i)(?:who|which)\b")
_WHO = re.compile(r"(?i)who\b")
_AND = re.compile(r"(?i)and\b")
_RELATIVE_OR_AND = re.compile(r"(?i)(?:who|which|and)\b")

_WITH = re.compile(r"(?i)\bwith\s+(?:the\s+)?")
_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being)\s+(?:(?:also|warmly|formally|later|then)\s+)*$")


def _unnamed_pair_hit(doc: Document, i: int, m: re.Match, pair: tuple[str, str], rule: str, level: str,
                      group: int | str = 0) -> Hit | None:
    """The two states of `pair` met through persons the text does not name (a joint body, officers of both sides)."""
    a, b = _states_at(m, pair, group)
    date = common.nearest_date(doc, i, m.end(), m.start(), min(doc.sentences[i].end, m.end() + 80),
                               keep=lambda d: not common.SPAN_SINCE.search(doc.text, max(m.start(), d.start - 45),
                                                                           d.start))
    hit = _make(doc, i, a, b, m.start(), m.end(), rule, date=date)
    if hit and not hit.fields["actor_1"]:  # (not when `_make` found the heads of the two delegations named)
        hit.fields.update(actor_1=None, actor_2=None, level=level)
    return hit


# Whom an envoy speaks for is not who acts: "X travelled to Conakry as special envoy of His Excellency the
# President and was received by ...", "Y, on behalf of President Z, met ...", "X flew to Ouagadougou at the instance of
# His Excellency the President and held talks with ...".
_PRINCIPAL_BEFORE = re.compile(
    rf"(?i)\b(?:envoy|emissary|messenger|representative|on\s+behalf|(?:at|on|upon)\s+the\s+(?:instance|invitation|"
    rf"request|behest|instructions?|orders?|directives?))\s+of\s+(?:the\s+)?(?:{HONORIFIC}\s+)*(?:the\s+)?$")

# A style standing alone for the person the text introduced with it: "His Highness Prince Turki ..., Minister of
# Foreign Affairs, announced ... His Highness received this morning ...".
_BARE_STYLE = re.compile(r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)\b(?!\s+(?:[A-Z]|the\s+[A-Z]))")

_STYLED_OFFICE = re.compile(r"\s*(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty)(?:\s+(?:[Tt]he\s+)?[A-Z][\w’'-]*){1,3}(?=\s+[a-z])")


def _styled_antecedent(doc: Document, i: int, styled: re.Match) -> Mention | None:
    """The last person (of the few sentences before) whose name followed the same style, placed at the style."""
    style = re.sub(r"\s+", " ", styled.group())
    for j in range(i, max(-1, i - 6), -1):
        for m in reversed(doc.mentions[j]):
            if m.kind == "person" and m.actor_id and (j < i or m.end <= styled.start()) \
                    and style in re.sub(r"\s+", " ", doc.text[max(0, m.start - 25):m.start + len(style) + 1]):
                return Mention(styled.start(), styled.end(), "person", m.state, m.actor_id, styled.group(), m.level)
    return None


_SAID_ASIDE = re.compile(r",\s+(?:he|she|they|it|we)\s+(?:said|says|added|recalled)\s*,\s*$")


def _subject(doc: Document, i: int, pos: int) -> list[Mention]:
    """The nearest actor before pos in its clause, with a partner coordinated by "and".

    In a relative clause ("Carney, who arrived in Kyiv on Sunday, met ...") the
    subject is the antecedent before it.
    """
    clause_start, _ = doc.clause_bounds(i, pos)
    if doc.text[clause_start - 1] in "—–" and not doc.text[clause_start:pos].strip():
        clause_start, _ = doc.clause_bounds(i, clause_start - 2)  # "the two commanders — A and B — met": A and B
    if aside := _SAID_ASIDE.search(doc.text, max(clause_start, pos - 30), pos):
        pos = aside.start()  # "She and Estonia's X, she said, met": the subject is before the aside
    before = common.actors_in(doc, i, clause_start, pos, unplaced=True)
    before = [m for m in before  # "X, as special envoy of the President, met": X acts, not the President
              if m is before[0] or not _PRINCIPAL_BEFORE.search(doc.text, max(clause_start, m.start - 50), m.start)]
    # "Y, Commander of the Lao military region, co-chaired": the body in a person's title is not the subject
    before = [m for m in before if not (m.kind == "body" and any(
        p.kind == "person" and p.end <= m.start and _TITLE_OF.fullmatch(doc.text, p.end, m.start) for p in before))] or before
    previous: list[Mention] = []
    if clause_start > doc.sentences[i].start and _RELATIVE_OR_AND.match(doc.text, clause_start):
        prev_start, _ = doc.clause_bounds(i, clause_start - 3)
        previous = common.actors_in(doc, i, prev_start, clause_start, unplaced=True)
    if _RELATIVE.match(doc.text, clause_start) and (previous or re.search(r",\s*$", doc.text[clause_start:pos])):
        before = previous  # "The platform, which brings together A, B and C, met": the platform met, not C
    elif _AND.match(doc.text, clause_start) and previous:
        if not before:  # "X called A, and later told B ...": X is still the subject
            return previous[:1]
        if doc.text[previous[-1].end:clause_start].strip(" ,") == "":  # "A, and his counterpart B, signed"
            return [previous[-1], before[-1]]
        if previous[-1].kind == before[-1].kind == "person" and before[-1] is before[0] \
                and _APPOSED_COORD.fullmatch(doc.text, previous[-1].end, _AND.match(doc.text, clause_start).end() + 1):
            return [previous[-1], before[-1]]  # "X, Commander of the Second Army Area, and Y, ...": each with a title
    if not before:
        me = _I.search(doc.text, clause_start, pos)
        if me and (speaker := attribution.first_person(doc, i, me.start())):
            return [speaker]  # "I met my counterpart", "I travelled to Manila and held talks with"
        styled = _BARE_STYLE.search(doc.text, clause_start, pos)
        if styled and (styled_by := _styled_antecedent(doc, i, styled)):
            return [styled_by]
        # a style with an office the lexicon does not know: "His Majesty The Druk Gyalpo granted an Audience to X" is
        # a person of the release's own state (see _place)
        styled = _STYLED_OFFICE.match(doc.text, clause_start, doc.sentences[i].end)
        return [Mention(styled.start(), styled.end(), "person", None, None, styled.group(), LEVEL.leaders)] \
            if styled and styled.end() <= pos else []
    if len(before) > 1 and _ELIDED_AND.search(doc.text, before[-1].end, pos):
        # "X held talks with Y in Damascus and was received by Z": the second verb's subject is the first's
        before = before[:1]
    out = [before[-1]]
    if len(before) > 1 and (_COORD.match(doc.text[before[-2].end:before[-1].start]) or
                            before[-2].kind == before[-1].kind == "person"
                            and _APPOSED_COORD.fullmatch(doc.text, before[-2].end, before[-1].start)):
        out.insert(0, before[-2])  # "X, Commander of the Second Army Area, and Y, ...": the two, each with a title
        if len(before) > 2 and before[-3].kind == before[-2].kind == "state" \
                and re.fullmatch(r",\s*", doc.text[before[-3].end:before[-2].start]):
            return []  # "the leaders of Albania, ..., Serbia and Slovenia met in Corfu": a list, no pair of them
    return out


_ELIDED_AND = re.compile(r"(?i)[^,;]*\s+and\s+(?:(?:was|were|then|later|also|has|had)\s+)+$")

# "I" as the subject, adverbs or an auxiliary between it and the verb ("I also spoke", "I was received by"), or a
# first verb of its own before "and" ("I travelled to Manila and held talks with")
_I = re.compile(r"\bI\s+(?:(?:also|then|once\s+again|again|personally|myself|have|had|was|later|first|"
                r"subsequently)\s+)*"
                r"(?:(?:[\w-]+\s+){1,6}?and\s+(?:then\s+|later\s+|also\s+)?)?$")
_TITLE_OF = re.compile(rf",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,2}}?(?:{HEAD_TITLES})\s+of\s+(?:the\s+)?")
_APPOSED_COORD = re.compile(r",\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,8}?,\s+and\s+(?:his\s+|her\s+)?")


def _object(doc: Document, i: int, pos: int) -> list[Mention]:
    """The actor right after pos (dates and places may stand between), and a second one coordinated with it."""
    s = doc.sentences[i]
    after = [m for m in common.actors_in(doc, i, pos, s.end, unplaced=True)
             if not (m.kind == "state" and m.possessive)  # "Putrajaya, Malaysia's capital" is no party
             or _HEAD_OF.search(doc.text, max(pos, m.start - 30), m.start)  # "the head of Libya's Presidential Council"
             or PEER_FROM.search(doc.text, max(pos, m.start - 30), m.start)]  # "his counterpart from Iran's X province"
    after = [m for m in after if not (m.possessive and m.text.lower() in ("his", "her") and _OWNER_PRONOUN.match(doc.text, m.start))]
    rooms = [g.span() for g in _WHERE_GAP.finditer(doc.text, pos, doc.sentences[i].end)]
    after = [m for m in after if not any(a <= m.start < b for a, b in rooms)]  # "in his office": not a party
    if len(after) > 1 and after[0].kind == "body" and after[1].kind == "person" and after[1].state == after[0].state \
            and (title := doc.head_of_body(after[0], after[1])) and _THE_ONLY.fullmatch(doc.text, pos, title.start()):
        # "held a videoconference with the Commander of the Black Sea Region of the Turkish Coast Guard Command, Rear
        # Admiral X": the head the body's title names
        return [after[1]]
    if not after or not _FILLER.match(_without_dates_and_places(doc, i, pos, after[0].start)):
        return []
    if "," in doc.text[pos:after[0].start] and _SPEAKER_AFTER.match(doc.text, after[0].end):
        return []  # "held talks on Sunday, the Indian Army said": the speaker, not the other party
    gap = after[0].end
    if len(after) > 2 and _LED_BY.fullmatch(doc.text, after[0].end, after[1].start) \
            and after[1].state in (None, after[0].state) and after[0].kind == "body":
        gap = after[1].end  # "the delegation of A, headed by Mr. X, and the delegation of B": X is A's
        after = [after[0], *after[2:]]
    out = [after[0]]
    if len(after) > 1 and (_COORD.match(doc.text[gap:after[1].start])
                           or _TITLE_NAME_AND.match(doc.text, gap, after[1].start)) \
            and not _SPEAKER_AFTER.match(doc.text, after[1].end) \
            and not (after[1].state == after[0].state and doc.text[after[0].end:after[1].start].strip() == ","):
        out.append(after[1])  # not "with B, the ministry said" (a speaker), nor "B, Chief of Defence Staff" (B again)
    return out


# The rest of the first one's title and his name, before the second: "between Oman's Undersecretary of the Ministry of
# Interior, Hilal al-Harthy, and Saudi Deputy Minister of Interior Fahd al-Otaibi"
_NAME_WORD = r"(?:[A-Z][\w’'.-]*|al-[\w’'-]+)"
_TITLE_NAME_AND = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}?(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*,\s+"
                             rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|bin|ibn)){{0,3}},\s+and\s+$")

# The head of a delegation, set off after it: "the delegation of the Kingdom of Saudi Arabia, headed by Minister of State
# ... Mr. X, and the delegation of the United Arab Emirates"
_LED_BY = re.compile(r"(?i),\s+(?:headed|led)\s+by\s+(?:the\s+)?")
# A pronoun that owns the next noun is not the one met: "a meeting with his host, Tanzania's President".
_OWNER_PRONOUN = re.compile(r"(?i)(?:his|her|their|its)\s+[a-z]")
# A room, seat or time of day between a verb and its object: "received in his office X", "received at the
# Ministry's headquarters in Muscat X", "spoke by phone later in the day with X".
_WHERE_GAP = re.compile(
    r"\b(?:in|at)\s+(?:(?:his|her|their|its|the)\s+)?(?:[A-Z][\w’'-]*\s+){0,4}(?:[\w-]+\s+){0,2}"
    r"(?:office|offices|headquarters|residence|palace|seat|premises)\b"
    r"|\b(?:later|earlier)(?:\s+(?:in\s+the\s+(?:day|morning|afternoon|evening)|that\s+(?:day|morning|afternoon|evening)))?\b")

# A town the lexicon does not know, closing an aside before the guest: "received on Sunday, at the regional command
# headquarters in Tamanrasset, a delegation of ..."
_TOWN_ASIDE = re.compile(r"\bin\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?=\s*,)")


def _without_dates_and_places(doc: Document, i: int, lo: int, hi: int) -> str:
    """text[lo:hi] with date expressions and place names blanked ("received on Sunday X", "met in Doha with X")."""
    chars = list(doc.text[lo:hi])
    # with its "on" ("was received on 27 October 2026 by"): the date form leaves the preposition out
    spans = [(d.start - 3 if doc.text[max(0, d.start - 3):d.start] == "on " else d.start, d.end) for d in doc.dates(i)]
    spans += [(m.start - 3, m.end) for m in doc.mentions[i] if m.kind == "place" and doc.text[m.start - 3:m.start] == "in "]
    spans += [v.span() for v in _VENUE_GAP.finditer(doc.text, lo, hi)]  # "received at State House Sudan's minister"
    spans += [v.span() for v in _WHERE_GAP.finditer(doc.text, lo, hi)]  # "received in his office", "later in the day"
    spans += [v.span() for v in _TOWN_ASIDE.finditer(doc.text, lo, hi)]  # "..., at the headquarters in Tamanrasset, X"
    for a, b in spans:
        for k in range(max(a, lo), min(b, hi)):
            chars[k - lo] = " "
    return "".join(chars)


def _separately(doc: Document, i: int, m: re.Match, obj: list[Mention]) -> bool:
    """Several parties met one by one: "separately", "separate talks", "and then with"."""
    window = doc.text[max(0, m.start() - 25):m.end() + 25]
    if common.SEPARATELY.search(window) or re.search(r"(?i)\b(?:calls|meetings|conversations)\b", window):
        return True  # "separate talks", "held phone calls with both A and B"
    if len(obj) > 1 and obj[0].start == obj[1].start:  # "met each leader", "spoke with both leaders" (by phone)
        return bool(re.search(r"(?i)\b(?:each|separately)\b", obj[0].text)) or m.lastgroup in ("spoke", "called")
    coord = len(obj) > 1 and _COORD.match(doc.text[obj[0].end:obj[1].start])
    return bool(coord and coord.group("then"))


_HEAD_OF = re.compile(r"(?i)\b(?:head|chief|leader|chairman|chair)\s+of\s+(?:the\s+)?$")
_THE_ONLY = re.compile(r"\s*(?:the\s+)?")

_BY_AFTER = re.compile(r"\s(?P<gap>[^,;.]{0,80}?)\bby\s+")  # "received at the Ministry of ... in Bilpam by"


def _passive_by(doc: Document, i: int, m: re.Match) -> int | None:
    """ "was received by X", "was received on Thursday in Cotonou by X", "was granted an audience by X": after "by"."""
    s = doc.sentences[i]
    if not _PASSIVE.search(doc.text[max(s.start, m.start() - 40):m.start()]) and not m.group().startswith("an"):
        return None
    by = _BY_AFTER.match(doc.text, m.end(), s.end)
    if by and _ONLY_WHERE.fullmatch(_without_dates_and_places(doc, i, by.start("gap"), by.end("gap"))):
        return by.end()
    return None


# What may stand between a passive verb and "by" besides dates: "in Cotonou", "at Lingkana Palace", "at the Ministry of
# Defence and Veterans' Affairs in Bilpam" (whose head _VENUE_GAP blanks, leaving "of Defence ...").
# Each place is matched atomically: a name split into several places would make failures exponential.
_ONLY_WHERE = re.compile(r"[\s,]*(?:(?>"
                         # "in the Vietnamese border town of Bo Y" (before "in the Vietnamese": the group is atomic)
                         r"in\s+the\s+(?:[A-Z][\w’'-]*\s+)?(?:(?:border|frontier|coastal|river)\s+)?"
                         r"(?:town|city|village|port)\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|"
                         r"(?:in|at|of|and)\s+(?:the\s+)?[A-Z][\w’'-]*"
                         r"(?:\s+(?:(?:of|and|for|de|del|la|the)\s+)?[A-Z][\w’'-]*){0,4}|"
                         r"airport|palace|office|headquarters|residence|border|crossing|"  # "at Cairo airport"
                         # "was hosted to lunch by", "was received the same evening by": the meal, the time of day
                         r"(?:to|for)\s+(?:a\s+)?(?:working\s+|private\s+|state\s+)?(?:lunch|luncheon|dinner|breakfast)|"
                         r"(?:the\s+same|that|the\s+following|the\s+next|the\s+previous|later\s+that)\s+"
                         r"(?:day|morning|afternoon|evening|night)|"
                         # "was received on Thursday morning by": the time of day left after its date ("signed late on
                         # Tuesday by": before it)
                         r"(?:morning|afternoon|evening|night|late|early)|"
                         # "in Baku, and two days later by" ("later" is blanked as a date)
                         r"(?:a|one|two|three|four|\d+)\s+days?(?:\s+later)?)"
                         r"[\s,]*)*")


def _states_at(m: re.Match, pair: tuple[str, str], group: int | str = 0, level: str | None = None) -> list[Mention]:
    """The two states of a pair named together by one phrase ("the two countries", "the Joint Border Commission")."""
    return [Mention(m.start(group), m.end(group), "state", st, st, m.group(group), level) for st in pair]


# Teams of both sides the story has introduced, opening the sentence: "The commanders met for three hours on the
# bridge", "The delegations met again on Tuesday".
# "The commanders met", "The presidents last spoke by telephone on June 23": the sentence's subject, the pair's people
_WHEN = r"(?:last|later|also|then|again|first)"  # an adverb between the people and their verb
_THE_TEAMS = re.compile(rf"(?i)\s*[“\"]?the\s+(?:[a-z][\w-]*\s+)?(?:commanders|delegations|negotiators|envoys|delegates|"
                        rf"presidents|leaders|prime\s+ministers)\s+(?:{_WHEN}\s+)?")

# Who "from both sides" met: officials, or someone else ("Red Cross organisations", "fishermen", "students").
_WHO_FROM = re.compile(r"(?i)\b[\w-]+\s+(?:from|of)\s+$")
_OFFICIAL_WHO = re.compile(r"(?i)\b(?:official|officer|delegat|representative|(?:vice-|deputy\s+)?minist|chief|envoy|negotiator|"
                           r"commander|leader|head|diplomat|general|president|premier|team|expert|authorit|government|"
                           r"guard|force|troop|militar|nav(?:y|ies)|arm(?:y|ies)|staff|secretar|ambassador|emissar|counterpart|"
                           r"spokes|agenc|service|commissioner|patrol)")

# The two just introduced, named by their number alone as the verb's subject: "The two had already met in Tallinn",
# "the pair last met in May", "The two men met for four hours" (not "the two had met the rebels": the verb must stand
# alone, see _MET_ALONE).
_BARE_TWO = re.compile(r"(?i)(?:^|(?<=[\s“\"]))(?:the\s+two(?:\s+(?:men|women))?|the\s+pair|both\s+(?:men|women))\s+"
                       r"(?:(?:had|have|has|already|also|last|first|previously|briefly|then|later)\s+){0,3}$")


# ... or by their office alone: "the presidents spoke on the phone in September", "The Prime Ministers held talks"
# (not "Following the talks, the Presidents signed a Joint Statement": the talks told again)
_THE_HEADS = re.compile(r"(?i)(?:^|(?<=[\s“\"]))the\s+(?:presidents|prime\s+ministers|foreign\s+ministers|leaders)\s+"
                        r"(?:(?:had|have|has|already|also|last|first|previously|briefly|then|later)\s+){0,3}"
                        r"(?=(?:spoke|met|talked|held)\b)")


def _bare_two(doc: Document, i: int, clause_start: int, pos: int) -> re.Match | None:
    """ "The two had already met": only with no state named before it in the sentence (after the pair named in its own
    sentence it tells that encounter on: "A received B in Warsaw and the two signed an agreement")."""
    two = _BARE_TWO.search(doc.text, max(clause_start, pos - 50), pos) \
        or _THE_HEADS.search(doc.text, max(clause_start, pos - 50), pos + 6)  # (+ 6: its lookahead reads the verb)
    return two if two and not any(x.state and x.start < two.start() for x in doc.mentions[i]) else None


# Two states' forms joined before their people: "Swedish and Russian fishery protection commanders met", "the
# commanders-in-chief of the Thai and Indian navies spoke by telephone", "the commanders of the Lao and Chinese border
# regiments ... met"
_PAIRED_PEOPLE = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_PAIR_NOUNS}|regiments|units|brigades|police)\b")


def _paired_forms(doc: Document, i: int, clause_start: int, pos: int) -> list[Mention]:
    """The two states whose forms stand joined before the people who met, the verb's subject."""
    ms = [x for x in doc.mentions[i] if clause_start <= x.start and x.end < pos and x.state
          and x.kind in ("modifier", "body")]
    for a, b in zip(ms, ms[1:]):
        if a.state != b.state and doc.text[a.end:b.start] == " and " \
                and (people := _PAIRED_PEOPLE.match(doc.text, b.end, pos)) \
                and not doc.text[people.end():pos].strip(" ,").strip():
            level = lexicon.collective_level(doc.text[a.start:people.end()], default=None)
            return [Mention(a.start, people.end(), "state", st, st, doc.text[a.start:people.end()], level)
                    for st in (a.state, b.state)]
    return []


_THEY_BEFORE = re.compile(r"(?i)\b(?:where|when|and|after|before)\s+they\s+(?:then\s+|later\s+|also\s+)?$")


def _collective(doc: Document, i: int, pos: int, prior: list[Hit]) -> list[Mention]:
    """The two states behind "the two countries' security chiefs met": the pair the context sets against each other."""
    clause_start, _ = doc.clause_bounds(i, pos)
    if (paired := _paired_forms(doc, i, clause_start, pos)):
        return paired
    if _THEY_BEFORE.search(doc.text, max(doc.sentences[i].start, pos - 30), pos):
        # "the interior ministers, Estonia's Priit Saar and Latvia's Artis Lūsis, crossed into Valka, where they met":
        # "they" are the two states the sentence named before
        named = [x for x in doc.mentions[i] if x.end <= pos and x.state and x.kind in ACTOR_KINDS]
        firsts = [x for n, x in enumerate(named) if x.state not in {y.state for y in named[:n]}]
        if len(firsts) == 2:
            return firsts
    if clause_start > doc.sentences[i].start and _WHO.match(doc.text, clause_start):
        # "It was agreed this evening by the two sides' commanders, who met on the bridge": the relative's antecedent
        clause_start = doc.clause_bounds(i, clause_start - 3)[0]
    found = _COLLECTIVE.search(doc.text, clause_start, pos)
    if found and _WHO_FROM.search(doc.text, clause_start, found.start()) \
            and not _OFFICIAL_WHO.search(doc.text, clause_start, found.start()):
        return []  # "Red Cross organisations from both sides met", "fishermen of the two countries": no state's envoys
    found = found or _THE_TEAMS.fullmatch(doc.text, doc.sentences[i].start, pos) or _bare_two(doc, i, clause_start, pos)
    # "The two leaders last spoke by telephone": people named by their number are the two the text just saw meet,
    # not a pair of countries joined since ("along the Cambodia-Myanmar border")
    met = found and _PEOPLE.search(found.group()) and common.latest_meeting_pair(prior, i, set(), since=i - 8)
    pair = found and (met or _context_pair(doc, i, prior))
    if not pair:
        return []
    # "Border commanders of the two sides met at the crossing", "the two sides' border commanders met": soldiers, whose
    # meeting is not the envoys' of that day (the level tells the two apart: `record._level`). Of the words between the
    # pair and the verb only the last few, the subject's head ("The two countries' presidents have not spoken since
    # ..., although their foreign ministers talked": ministers)
    head = _HEAD.search(doc.text, found.end(), max(found.end(), pos)).group()
    who = doc.text[min(clause_start, found.start()):found.end()] + " " + head
    return _states_at(found, pair, level=lexicon.collective_level(who, default=None))


_HEAD = re.compile(r"(?:\S+\s+){0,3}$")  # the last words before a verb: its subject's head
_PEOPLE = re.compile(r"(?i)\b(?:leaders|presidents|ministers|prime\s+ministers|heads\s+of\s+state|counterparts|chiefs|"
                     rf"directors|generals|commanders|envoys|negotiators|men|women)(?:\s+{_WHEN})?\s*$")


def _context_pair(doc: Document, i: int, prior: list[Hit]) -> tuple[str, str] | None:
    """The pair "the two countries" stands for: the last the text joins itself ("Peru and Bolivia", "the
    Iran–Israel truce") if named lately, else the one a recent sentence names, the pair of the meeting reported
    last ("The visit was prepared in a telephone conversation between both Presidents"), the one the next sentence
    names, the two states the article is about, else its conflict. (Not merely the last two states named: "He led
    the U.S. side in talks between the two governments" names a third; nor a conflict a communiqué mentions in
    passing.) Last, a placed release's own state and the other it names most."""
    joined = doc.joined_pair(i, None)
    if joined and set(joined) <= {m.state for j in range(max(0, i - 3), i + 1) for m in doc.mentions[j]}:
        return joined
    return doc.recent_pair(i, None) or common.latest_meeting_pair(prior, i, set(), since=i - 5) \
        or doc.next_pair(i) or doc.article_pair or doc.conflict_pair or _own_pair(doc)


def _own_pair(doc: Document) -> tuple[str, str] | None:
    """A release placed in its own capital ("Port Sudan, Thursday 12 March 2026") says "our forces" and "the
    Eritrean side": its two sides are its own state and the one it names most besides."""
    own = doc.placed_state()
    other = own and doc.home_state(exclude=own)
    return tuple(sorted((own, other))) if own and other else None


def _each(doc: Document, i: int, pos: int, subject: Mention, rx: re.Pattern = None, prior: list[Hit] = ()) -> list[Mention]:
    """ "Trump met each leader separately": the two parties the context names, one meeting each; without a pair
    named near, those of the talks just reported ("Before the session, the Minister received each delegation")."""
    each = (rx or _EACH).match(doc.text, pos, doc.sentences[i].end)
    pair = each and (doc.recent_pair(i, subject.state) or doc.conflict_pair
                     or common.latest_meeting_pair(prior, i, {subject.state or doc.own_state()}))
    if not pair or subject.state in pair:
        return []
    return _states_at(each, pair)


def _signed_by(doc: Document, i: int, m: re.Match, prior: list[Hit]) -> list[Mention]:
    """The two who signed a text said to be signed by them: "The agreements were signed by South Africa's Minister X,
    and Angola's Minister Y", "a memorandum signed the same afternoon by A and his Swedish counterpart, B" (dates and
    places may stand before "by"); "The second was signed by the two chiefs of staff": the two the context sets
    against each other."""
    by = _BY_AFTER.match(doc.text, m.end(), doc.sentences[i].end)
    if not by or not _ONLY_WHERE.fullmatch(_without_dates_and_places(doc, i, by.start("gap"), by.end("gap"))):
        return []
    both = _object(doc, i, by.end())
    if len(both) != 2 and (two := _COLLECTIVE.match(doc.text, by.end())):
        both = _collective(doc, i, two.end(), prior)
    return both if len(both) == 2 else []


def _signed_with(doc: Document, i: int, pos: int) -> list[Mention]:
    _, c_end = doc.clause_bounds(i, pos)
    w = _WITH.search(doc.text, pos, min(c_end, pos + 80))
    obj = _object(doc, i, w.end()) if w else []
    return [] if obj and _ONLOOKER.match(doc.text, obj[-1].end) else obj


# A meeting or visit called off, put off or denied did not take place: "postponed his visit to Uganda", "denied
# that he had met", "the talks between A and B were cancelled".
_CALLED_OFF_BEFORE = re.compile(r"(?i)\b(?:postpon\w*|cancel\w*|call(?:ed|ing|s)?\s+off|delay\w*|defer\w*|scrap\w*|"
                                r"shelv\w*|abort\w*|den(?:y|ies|ied|ying)|rul(?:ed|ing|es)\s+out)\b(?:\s+[\w'’-]+){0,4}\s+$")
_CALLED_OFF_AFTER = re.compile(r"(?i)[^,;.]{0,80}?\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:now\s+)?"
                               r"(?:postponed|cancell?ed|called\s+off|delayed|deferred|scrapped|shelved|put\s+off)\b"
                               # "a call between the two prime ministers planned for last week did not take place"
                               r"|[^,;.]{0,80}?\b(?:did|does|has|have|had)\s+not\s+(?:take\s+place|happen|go\s+ahead)\b"
                               # "A meeting of the two countries' advisers, floated in July, never happened."
                               r"|[^;.]{0,80}?\bnever\s+(?:happened|took\s+place|materiali[sz]ed|went\s+ahead)\b")


def _called_off(doc: Document, i: int, start: int, end: int, *, after: bool = True) -> bool:
    """Whether the meeting or visit at text[start:end] was called off (after: a noun's own predicate says so)."""
    s = doc.sentences[i]
    return bool(_CALLED_OFF_BEFORE.search(doc.text, max(s.start, start - 60), start)
                or after and _CALLED_OFF_AFTER.match(doc.text, end, s.end))


_HEADED_BY = re.compile(r",?\s+(?:headed|led|chaired)\s+by\s")
_AND_A = re.compile(r",?\s+and\s+(?:a|an|the)\s+$")
_AND_OF = re.compile(r",?\s+and\s+of\s+(?:the\s+)?$")  # "the delegations of Burundi, led by X, and of Rwanda"


def _second_team(doc: Document, i: int, first: Mention) -> list[Mention]:
    """The second of two delegations each followed by its head: "between a delegation of Iran headed by X, Deputy
    Minister ..., and a delegation of the United Arab Emirates headed by Y", "between the delegations of Burundi, led
    by X, and of Rwanda, led by Y"."""
    if first.kind != "body" or not _HEADED_BY.match(doc.text, first.end):
        return []
    s = doc.sentences[i]
    nxt = next((x for x in doc.mentions[i] if x.start > first.end and x.kind in ("body", "state") and x.state
                and x.state != first.state), None)
    if nxt and nxt.start - first.end < 200 and (
            nxt.kind == "body" and _AND_A.search(doc.text, max(s.start, nxt.start - 12), nxt.start)
            or nxt.kind == "state" and _AND_OF.search(doc.text, max(s.start, nxt.start - 12), nxt.start)):
        return [nxt]
    return []
