"""A second look: sentences the rules passed over that read like a record.

The rules only see the constructions someone wrote a pattern for; news finds
new ways to say "met", "stands ready to help" or "agreed to hold fire" every
week. Here a linear sentence classifier per table, trained on the gold of the
development corpora (`lexicon/train_triggers.py`, weights in
`lexicon/triggers.json`), flags a sentence that reads like one, and a plain
resolver fills the fields from the states the sentence itself names. It only
speaks where no rule hit that table in that sentence; a coder sees
`rules:trigger_<table>@1` and knows where the draft came from.

Features are words and word pairs of the sentence with capitalised words and
numbers masked, so the model learns how things are said, not who said them.
Scoring is a sum of weights: no library is needed at run time.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import math
import re
from pathlib import Path

from . import attribution
from . import lexicon as L
from .actors import Mention
from .candidates import COARSE_DATES, DATE_SLACK, TABLE_ORDER, Hit, _principals_agree, actors_agree, dates_conflict
from .document import BROKER_BY, Document
from .rules import casualties, common, mediation
from .rules.meetings.record import FORMATS, counterpart, pair_rank, plural_rank
from .vocab import BASIS, FORMAT, LEVEL, MEDIATION, STATUS, TRUCE

MODEL_PATH = Path(__file__).with_name("lexicon") / "triggers.json"
TABLES = TABLE_ORDER  # the four record tables, in the order of the model's weight rows

_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_NUMBER = re.compile(r"\d[\d,.]*")
# Each whole run of two or more word characters: the matches of r"\b\w\w+\b" (a left-to-right scan never starts
# inside a run), found faster, as a pattern that opens on a character class lets the engine skip to a word.
_TOKEN = re.compile(r"\w\w+")


def features(sentence: str) -> set[str]:
    """Words and adjacent word pairs, lower-cased, names masked as "ccap" and numbers as "nnum"."""
    masked = _NUMBER.sub(" nnum ", _CAPITALISED.sub(" ccap ", sentence)).lower()
    words = _TOKEN.findall(masked)
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


@functools.cache
def model() -> dict:
    m = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if tuple(m["tables"]) != TABLES:
        raise ValueError(f"{MODEL_PATH}: weights for {m['tables']}, the extractor scores {list(TABLES)}")
    return m


def scores(sentence: str, m: dict | None = None) -> dict[str, float]:
    """Probability per table that the sentence reports a record of it (by the committed model, or `m`)."""
    m = m or model()
    get = m["weights"].get
    # four running sums, unrolled: scoring is a tenth of the extractor's time, and a loop per feature doubled it
    a, b, c, d = (m["intercept"][t] for t in TABLES)
    for f in features(sentence):
        w = get(f)
        if w is not None:
            a += w[0]
            b += w[1]
            c += w[2]
            d += w[3]
    return {t: 1 / (1 + math.exp(-x)) for t, x in zip(TABLES, (a, b, c, d))}


# The classes of non-records the rules know, in a form a whole sentence can be tested with: a negation ("did not
# speak", "Neither country has offered"); a meeting to come or a habit ("will meet", "every month", not "the next
# morning") and a truce called for ("urged both sides to hold fire"), where an offer is conditional by nature
# ("would help if both sides wish"); help with something other than a dispute ("help ... rebuild schools", "to
# facilitate trade"; but "mediate the transit dispute"). A fallback that spoke through them would reopen every trap
# the rules were taught.
_NEGATION = re.compile(r"(?i)\b(?:not|never|neither|nor|no|nothing|denied|denies|rejected|declined)\b|n['’]t\b")
_NOT_YET = re.compile(r"(?i)\b(?:will|would|shall|should|could|might|every|each\s+(?:week|month|year)|regularly|"
                      r"usually|planned|plans?|expected|scheduled|due\s+to|(?<!the\s)next|upcoming|invited|to\s+meet|if|unless|"
                      r"urg(?:e|es|ed|ing)|call(?:s|ed)?\s+for|appeal\w*|demand\w*|proposed|possible)\b")
# Forces meeting in battle, or words thrown across a border ("traded accusations", "exchanged barbs"), and a habit
# with no date: no meeting of envoys
_TRADED = re.compile(r"(?i)\b(?:exchang\w*|trad\w*|open\w*)\s+(?:of\s+)?(?:fire|shots|gunfire)\b"
                     r"|\b(?:exchang|trad)\w*\s+(?:angry\s+|bitter\s+|public\s+)?(?:accusations|barbs|blame|insults|"
                     r"threats|recriminations)\b")
_BEFORE_NOW = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+)?(?:hosted|held|met)\b[^.;]*\bbefore\s*[.;]?$")
# A forum's session is no encounter of two: "France chaired a session of the Security Council with Madagascar present"
_FORUM = re.compile(r"\b(?:session|meeting|sitting|debate)s?\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?"
                    r"(?:(?:Peace\s+and\s+)?Security\s+Council|Human\s+Rights\s+Council|General\s+Assembly)\b")
# (lower-case "develop", "econom": not a body's name, "the Intergovernmental Authority on Development", "the Economic
# Community of West African States")
_AID = re.compile(r"(?i)\b(?:rebuild\w*|reconstruct\w*|(?-i:develop\w*|econom\w*)|trade|invest\w*|aid|humanitarian|"
                  r"relief|floods?|earthquake|gas|oil|electricity|power|energy|fuel|loans?|grain|food|buyers|markets?|"
                  r"tourism|transit|vaccines?|football|tournament|(?:cup|championship)\s+final|games)\b"
                  r"(?!\s+(?:dispute|row|quarrel|feud|stand-?off))")
# A truce someone went between the sides for: the rules read its broker (`rules.ceasefires` has a wider list of its
# own, for a broker's words beside a truce told elsewhere)
_GONE_BETWEEN = re.compile(r"(?i)\b(?:brokered|mediated|facilitated|sponsored)\b|-(?:brokered|mediated)\b")
# What an offer or a mediation is told with, when the sentence names no pair: without one, "the two" of a sentence the
# classifier flags are rarely a mediator's parties ("troops ... fought over the triangle between the rivers")
_OFFER_CUE = re.compile(r"(?i)\b(?:offer\w*|ready|readiness|willing\w*|prepared|glad|happy|mediat\w*|broker\w*|"
                        r"good\s+offices|host\w*|facilitat\w*|help\w*|assist\w*|bring\w*|brought|chaired|convened|"
                        r"services|role|platform|venue|disposal)\b")
_CONDUCTED = re.compile(r"(?i)\b(?:mediated|brokered|hosted|chaired|convened|facilitated|sponsored)\b"
                        # (not a habit: "China has all along played a constructive role")
                        r"|(?<!all\salong\s)(?<!always\s)\bplayed\s+[“\"]?(?:a|an|the)\s+(?:[\w-]+\s+)?role\b")
_QUOTE_OPENS = re.compile(r"\s*[“\"‘]")
_DISMISSED = re.compile(r"(?i)\b(?:dismiss|den[iy]|reject|disput)\w*\s+(?:the|this|that|such|those|these)\s+claims?\b")
# A third state's go-between work told without "brokered" (which the rules read): "shuttled between the two delegations"
_GO_BETWEEN = re.compile(r"(?i)\b(?:shuttl\w*|go-between|intermediar\w*|good\s+offices|envoy)\b")
# A third party who met each of the two on its own (not "held a separate meeting with his host")
_SEPARATELY = re.compile(r"(?i)\bseparately\b")
# A third state present at the pair's meeting, not running it: "was attended by Cameroon's ambassador"
_WITNESS = re.compile(r"(?i)\b(?:attended|attending|in\s+attendance|observers?|witness(?:ed|es)?)\b")
# People of both sides who are no state's envoys: "Fishermen's associations from both sides met in Kinmen"
_PEOPLE_OF_BOTH = re.compile(r"(?i)\b(?:associations?|groups?|unions?|clubs?|compan(?:y|ies)|firms?|businesses|fishermen|"
                             r"traders|villagers|residents|families|elders|students|activists|communities|fans|"
                             r"journalists|farmers|herders|youths?)\s+(?:from|of|on)\s+(?:both|the\s+two)\b")
# A demonym on a capital names where something happened: "talks in the Turkmen capital between ..."
_CAPITAL_AFTER = re.compile(r"\s+capital\b")
# A military unit's nouns (for a unit's commanders, `_OFFICIAL_AFTER` and `_UNIT_AND_OF`)
_UNITS = r"garrison|brigade|battalion|regiment|division|contingent|detachment"
# A demonym stands for its state before the noun of an official party ("the Joint Tajik-Chinese Commission",
# "Thai and Cambodian defence officials", "an Emirati official"), not before anyone else ("Serbian journalists",
# "border villages")
_OFFICIAL_AFTER = re.compile(r"(?i)(?:,?[\s-]+(?:and\s+)?[\w’'-]+){0,3}?\s+(?:commission|committee|delegations?|"
                             r"government|side|team|authorities|authority|agency|ministry|forces|army|navy|officials?|"
                             # a unit's commanders: "the commanders of Colombia's 18th Brigade and of the Venezuelan
                             # garrison in Apure met"
                             rf"(?:{_UNITS})s?|"
                             # any title of office the lexicon knows (minister, counterpart, envoy, spokesman, ...):
                             # "Chadian army commanders", "Polish and Belarusian border commissioners"
                             rf"commissioners?|(?:{L.TITLE_ALT})s?)\b")
# The officers of a town or province, who stand for its state at a border: "the governors of Nyanga province and of
# Niari department", "the District Commissioners of Kazungula and of Chobe", "the hokim of Fergana region"
_OFFICERS = (r"(?:governors?|(?:district\s+)?commissioners?|mayors?|(?:sub-)?prefects?|hokims?|akims?|administrators?|"
             r"governments?|police\s+chiefs?|(?:garrison\s+)?commanders?)")
_OFFICE_OF = re.compile(rf"(?i)\b(?:{_OFFICERS}\s+of(?:\s+[\w-]+){{0,3}}?\s+and|{_OFFICERS})\s+of\s+(?:the\s+)?$")
# Who "the two" are when no state is named: officials ("the two police directors", "the two defence ministers", "the
# commanders of the two provincial military commands"), not anyone else ("the two company directors", "the two rebel
# commanders")
_TWO_OFFICIALS = re.compile(r"(?i)\b(?:commanders|heads|chiefs|representatives)\s+of\s+(?:the\s+two|both)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:sides|countries|armies|navies|commands|forces|governments|"
                            r"ministries|services)\b|"
                            r"\b(?:the\s+two|both)\s+(?!(?:[\w-]+\s+){0,2}?(?:company|club|bank|school|university|"
                            r"hospital|film|business|firm|rebel|militia|insurgent|gang|team)\b)(?:[\w-]+\s+){0,2}?"
                            r"(?:ministers?|leaders|presidents|premiers|prime\s+ministers|commanders|generals|officials|"
                            r"delegations|envoys|heads|chiefs|directors|governments|sides|countries|diplomats|counterparts|"
                            r"negotiators|secretaries|ambassadors)\b")
# The parties, when the sentence does not name them: "the two neighbours", "both governments", "between them", "the
# transit dispute" (the one the article is about)
_THE_PAIR = re.compile(r"(?i)\b(?:the\s+two|both|between|each\s+other|the\s+(?:sides|parties)|neighbou?rs|"
                       r"the\s+(?:[\w-]+\s+){0,2}?(?:dispute|conflict|row|stand-?off|crisis|quarrel|feud|tensions))\b")
# The pair as a pronoun, when the sentence names no state: "they signed", "they agreed"
_THEY = re.compile(r"\b[Tt]hey\b")
# A joined pair that is the sentence's subject offers; it is not offered to: "Kenya and Ethiopia have both offered"
_PAIR_AS_SUBJECT = re.compile(r"\s+(?:have|has|had|both|each|are|were|said|offered|agreed)\b")
# Trigger drafts were right in 31 of 34 cases on text neither model nor rules had seen (dev12-dev17, see README) and
# in 24 of 33 on the corpora the rules were tuned on, where only the rules' leftovers reach them
CONFIDENCE = 0.6
_LENT = {"date_start", "date_end", "location"}  # what a rule's record may borrow from a sentence that tells another
_RULE = {"meetings": "trigger-meetings", "mediation_offers": "trigger-mediation", "ceasefires": "trigger-ceasefires",
         "casualty_figures": "trigger-casualties"}


def extract(doc: Document, hits: list[Hit], source_id: str | None = None) -> list[Hit]:
    """Hits for the sentences the classifier flags, for the table it rates highest, where no rule hit that table;
    never a second telling of a record the rules found (see `_told_before`)."""
    # a sentence that only dated or placed a record ("X was later received by ...") may tell another one
    covered = {(h.table, h.sentence) for h in hits} | {(h.table, e[0]) for h in hits for e in h.extra
                                                      if not set(e[3]) <= _LENT}
    threshold = model()["threshold"]
    out = []
    met = doc.memo["met_pairs"] = [(h.sentence, _pair(h)) for h in hits if h.table == "meetings"]
    for i, s in enumerate(doc.sentences):
        p = scores(s.text)
        table, second = sorted(p, key=p.get, reverse=True)[:2]
        if table == "ceasefires" and second == "meetings" and (table, i) in covered and p[table] >= threshold[table]:
            # "Afghan and Chinese border commanders agreed on Monday to stop firing": the rules read the truce; the
            # commanders who agreed it met, which the classifier may tell where no meeting rule did
            table = second
        if p[table] >= threshold[table] and (table, i) not in covered and table in _RESOLVERS \
                and not _not_a_record(table, s.text):
            for h in _RESOLVERS[table](doc, i, source_id):
                same = _same_records(h, hits, doc.headlines)
                if not _told_before(h, same):
                    h.rule, h.confidence = _RULE[table], CONFIDENCE
                    out.append(h)
                    if h.table == "meetings":
                        met.append((i, _pair(h)))
                else:
                    _lend_date(h, same)
    return out


def _lend_date(h: Hit, same: list[Hit]) -> None:
    """A sentence the classifier flags that dates the one record the rules found of its pair, undated there: "Nigeria
    and Niger agreed on Thursday ..., after talks in Niamey between the two countries' foreign ministers" dates the
    ministers who "met for about five hours" a sentence later. Dated, that record is then told apart from another
    meeting of the pair the text dates elsewhere ("a telephone call on Sept. 24")."""
    if h.table not in COARSE_DATES or "date_start" not in h.supports or h.fields.get("date_basis") == BASIS.publication:
        return
    if len(same) == 1 and same[0].fields.get("date_basis") in (None, BASIS.publication):
        same[0].take_date(h.fields, (h.sentence, h.lo, h.hi))


def _pair(h: Hit) -> tuple[str, str]:
    return tuple(sorted((h.fields["state_1"], h.fields["state_2"])))


def _met_just_before(doc: Document, i: int, exclude: str) -> tuple[str, str] | None:
    """The pair of a meeting told in the sentence before or the one before that, which "the two sides" of a mediation
    stands for ("... two rounds of talks in Budapest between Estonia's X and Belarus's Y. Hungary's foreign ministry
    hosted both rounds and helped the two sides find a formula"), not one with the mediator in it. The meetings are
    those `extract` keeps in `doc.memo["met_pairs"]`: the rules', and the classifier's own as it goes."""
    pairs = [p for j, p in doc.memo.get("met_pairs", ()) if i - 2 <= j < i and exclude not in p]
    return pairs[-1] if pairs else None


# Where a sentence's main clause gives way to an aside whose tense and negation are its own: "a telephone call ...,
# which Algerian state television did not mention", "held talks ..., in which they reviewed preparations for a
# meeting expected to convene", "had held a phone conversation ... but that there are no conditions", "during a video
# conference that had been scheduled to discuss trade"
_ASIDE = re.compile(r",\s+(?:which|in\s+which|where|whose)\b|\s+but\s+that\b|\s+(?:that|which)\s+had\s+been\b")
# What two sides agreed to do, up to the clause's end, is no meeting to come: "Japan and Indonesia agreed on Friday to
# hold their first joint exercises next year, after talks in Tokyo between their foreign ministers" (a truce they
# agreed to is read with its words: "agreed to meet again and urged their forces to stop firing" is none)
_AGREED_TO = re.compile(r"(?i)\bagreed\b[^,;]{0,40}?\bto\s[^,;]*")


def _not_a_record(table: str, sentence: str) -> bool:
    """A question; a negated meeting, offer or truce, or a meeting or truce still to come or only called for (a figure
    has its own tests: see `loose_figures`)."""
    if sentence.rstrip(" ”\"’'").endswith("?"):
        return True  # "Have Azerbaijani and Russian officials met?": a question reports nothing
    if table == "casualty_figures":
        return False
    if table == "meetings" and (_TRADED.search(sentence) or _BEFORE_NOW.search(sentence) or _FORUM.search(sentence)):
        return True  # "border troops exchanged fire", "It has hosted talks on Syria before"
    main = _ASIDE.split(sentence, 1)[0]
    if table == "meetings":
        main = _AGREED_TO.sub("", main)
    return bool(_NEGATION.search(main) or table != "mediation_offers" and _NOT_YET.search(main))


def _same_records(h: Hit, hits: list[Hit], headlines: set[int]) -> list[Hit]:
    """The rules' records h may tell again: the same pair met (with no other named counterpart, and not a minister
    with his counterpart where the other was a reception by a head) or agreed a truce, the same mediator and parties,
    the same count and side."""
    return [r for r in hits if r.table == h.table and _identity(r) == _identity(h)
            and (h.table != "meetings" or actors_agree(r.fields, h.fields) and _principals_agree(r, h, headlines))]


def _told_before(h: Hit, same: list[Hit]) -> bool:
    """Whether the rules found the record already, among the records it may tell again (`_same_records`; of any kind
    of mediation: the fallback tells an offer from a mediation less well than the rules). A meeting or truce the
    sentence dates itself, to a day none of the rules' records of the pair covers, is another one."""
    if same and h.table == "mediation_offers" and h.fields.get("kind") != MEDIATION.offer \
            and all(r.fields.get("kind") == MEDIATION.offer for r in same):
        return False  # "our Omani brothers ... facilitated the exchange of messages", beside the offer the rules found
    if not same or h.table not in COARSE_DATES or "date_start" not in h.supports:
        return bool(same)
    # a headline the rules left undated is the record the body dates ("Telephone conversation between ... Ministers"
    # over "held a telephone conversation today"), not every meeting of the pair ("their meeting ... in December 2025")
    dated = [r for r in same if r.fields.get("date_basis") not in (None, BASIS.publication)] or same
    return not all(dates_conflict(r.fields, h.fields, coarse=True, slack=DATE_SLACK.get(h.table, 0)) for r in dated)


def _identity(h: Hit) -> tuple:
    f = h.fields
    if h.table in ("meetings", "ceasefires"):
        return frozenset((f["state_1"], f["state_2"])),
    if h.table == "mediation_offers":
        return f["mediator_state"], frozenset((f["party_1_state"], f["party_2_state"]))
    return f["count"], f["side_state"]


def _states(doc: Document, i: int) -> list:
    """The sentence's actors that stand for a state, one per state, in text order: states, bodies and persons, and a
    demonym on an official party; not a demonym on anyone else nor a place where something happened ("flew into
    Lilongwe")."""
    s, seen, out = doc.sentences[i], set(), []
    for m in sorted(doc.mentions[i] + doc.gazetteer_places(i), key=lambda m: m.start):
        if m.kind == "place" and m.state and _OFFICE_OF.search(doc.text, max(s.start, m.start - 40), m.start):
            actor = True  # "the governor of Batken region": the officer of a place stands for its state
        else:
            actor = m.is_actor or m.kind == "modifier" and m.state and _OFFICIAL_AFTER.match(doc.text, m.end, s.end)
            actor = actor and not common.PLACE_WORD.search(doc.text, max(s.start, m.start - 12), m.start) \
                and not (m.kind == "modifier" and _CAPITAL_AFTER.match(doc.text, m.end))  # "in the Turkmen capital"
        if actor and m.state not in seen:
            seen.add(m.state)
            out.append(m)
    return out


# The commanders of two units, the first of no state the sentence names: "the commanders of the Esendere gendarmerie
# battalion and of the Iranian border regiment opposite met"
_UNIT_AND_OF = re.compile(rf"(?i)\bcommanders\s+of\s+the\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_UNITS}|post|company|unit|"
                          r"outpost)\s+and\s+of\b")


def _unplaced(doc: Document, i: int) -> bool:
    """Whether the sentence has a person (or a "she") the text never placed."""
    return any(m.kind in ("person", "pronoun") and m.state is None for m in doc.mentions[i])


def _unplaced_people(doc: Document, i: int) -> int:
    """How many persons the sentence names that the text never placed."""
    return sum(m.kind == "person" and m.state is None for m in doc.mentions[i])


def _unplaced_subject(doc: Document, i: int):
    """The sentence's first mention, when it is a person the text never placed."""
    first = min(doc.mentions[i], key=lambda m: m.start, default=None)
    return first if first and first.kind == "person" and first.state is None else None


_I = re.compile(r"\bI\b")


def _speaking_i(doc: Document, i: int) -> Mention | None:
    """Whoever says "I" in sentence i, as a person of a state (`attribution.first_person`: an interview's label, a
    quotation's speaker, the text's voice, with the rank the label's person has); outside quotes, failing those, an
    unranked person of the state the article speaks from."""
    s = doc.sentences[i]
    first = _I.search(doc.text, s.start, s.end)
    if not first:
        return None
    me = attribution.first_person(doc, i, first.start())
    if me or doc.in_quotes(i, first.start()) or not (own := doc.own_state()):
        return me
    return Mention(first.start(), first.end(), "person", own, None, "I", None)


def _pair_is_subject(doc: Document, i: int, pair: tuple[str, str]) -> bool:
    last = max((m.end for m in doc.mentions[i] if m.state in pair), default=None)
    return last is not None and bool(_PAIR_AS_SUBJECT.match(doc.text, last))


def _the_two(doc: Document, i: int, exclude: str | None = None) -> tuple[str, str] | None:
    """The pair "the two" stands for: the article's conflict pair, the last pair it joined or set against each other,
    else the two states it names most when they stand out, counted without `exclude`
    (`Document.article_pair_without`), else its own state and the one other it names at all (a border guard's
    statement from Tay Ninh that names Cambodia's side five times and Vietnam's once); never a pair with `exclude`, a
    third party, in it."""
    pairs = (doc.conflict_pair, doc.joined_pair(i, exclude), doc.recent_pair(i, exclude),
             doc.article_pair_without(exclude))
    pair = next((p for p in pairs if p and exclude not in p), None)
    if pair is None and (own := doc.own_state()) and own != exclude \
            and (other := _other_state(doc, own)) and other != exclude:
        pair = tuple(sorted((own, other)))
    return pair


def _named_near(doc: Document, i: int) -> set[str]:
    """The states this sentence and the one before name, not as a place something happened in ("in Muscat")."""
    return {m.state for j in (i - 1, i) if j >= 0 for m in doc.mentions[j] if m.state and m.kind != "place"}


def _date(doc: Document, i: int) -> tuple[dict, object]:
    """The sentence's first past date, not the wire's own ("PODGORICA, Nov 3 (Adriatic Wire) - ... on Monday"), else
    the publication week."""
    refs = common.past_dates(doc, i)
    if doc.dateline:
        refs = [d for d in refs if not doc.dateline[2] <= d.start < doc.dateline[2] + 20] or refs
    ref = min(refs, key=lambda d: d.start, default=None)
    return (common.date_fields(ref), ref) if ref else (common.publication_fields(doc), None)


def _hit(doc: Document, i: int, table: str, fields: dict, supports: list[str], mentions: list) -> Hit:
    dates, ref = _date(doc, i)
    marks = [(m.start, m.end) for m in mentions] + ([(ref.start, ref.end)] if ref else [])
    s = doc.sentences[i]
    lo, hi = (min(a for a, _ in marks), max(b for _, b in marks)) if marks else (s.start, s.end)
    return Hit(table, {**fields, **dates}, i, lo, hi, supports + (["date_start", "date_end"] if ref else []),
               _RULE[table], CONFIDENCE)


def _meeting(doc: Document, i: int, source_id: str | None) -> list[Hit]:
    """The two states the sentence's actors stand for (of three, the two a third hosted, chaired or mediated for);
    else, with one state and a person the text never placed, that person's is the article's other state when no third
    is named near ("Minister Lakić spent three hours with her Serbian counterpart" in a Podgorica paper), and a speaker
    saying "I" outside quotes is of the article's own state; else, with none, the pair the two officials it speaks of
    stand for ("the two police directors spoke by phone"), not people "from both sides"."""
    ms, speaker = _states(doc, i), None
    if len(ms) == 3:  # "A and B met in Oyem in the presence of C's minister": C hosted or chaired, A and B met
        ms = [m for m in ms if not _presiding(doc, i, m)]
    if len(ms) == 2 and common.SEPARATELY.search(doc.sentences[i].text) and _unplaced(doc, i) \
            and (own := doc.own_state()) and own not in {m.state for m in ms}:
        # "The Honourable Minister received the Ambassadors of Cameroon and Chad ... separately": the host met each
        return [_hit(doc, i, "meetings", {"state_1": min(own, m.state), "state_2": max(own, m.state)},
                     ["state_1", "state_2"], [m]) for m in ms]
    if len(ms) == 2 and _SEPARATELY.search(doc.sentences[i].text):
        return []  # "The Head of the Monitoring Team met separately with the Senegalese and the Bissau-Guinean ..."
    if len(ms) == 2 and ";" not in doc.text[ms[0].end:ms[1].start]:
        pair = sorted(m.state for m in ms)
    elif len(ms) == 2:
        return []  # "she was received in Tegucigalpa by Honduras's minister; two days later El Salvador's received her"
    elif len(ms) == 1 and (_unplaced(doc, i) or _UNIT_AND_OF.search(doc.sentences[i].text)) \
            and (other := _other_state(doc, ms[0].state)) and _named_near(doc, i) <= {other, ms[0].state}:
        # (and "the commanders of the Esendere gendarmerie battalion and of the Iranian border regiment opposite")
        pair = sorted((ms[0].state, other))
    elif len(ms) == 1 and (me := _speaking_i(doc, i)) and me.state != ms[0].state \
            and _named_near(doc, i) <= {me.state, ms[0].state}:
        # an interview's "I held talks with ..., the Turkish foreign minister"
        pair, speaker = sorted((ms[0].state, me.state)), me
    elif not ms and _TWO_OFFICIALS.search(doc.sentences[i].text) and not common.non_state_partner(doc, i) \
            and not _PEOPLE_OF_BOTH.search(doc.sentences[i].text) and (two := _the_two(doc, i)):
        pair = sorted(two)
    elif not ms and (me := _speaking_i(doc, i)) and _unplaced_people(doc, i) \
            and (other := _other_state(doc, me.state)) and _named_near(doc, i) <= {me.state, other}:
        # an interview's "I met Colonel Rutayisire, who commands on the other side"
        pair, speaker = sorted((me.state, other)), me
    elif not ms and _unplaced_people(doc, i) >= 2 and (two := doc.conflict_pair or doc.article_pair) \
            and _named_near(doc, i) <= set(two) and not common.non_state_partner(doc, i) \
            and not (doc.spoken_from() and any(m.kind == "person" and m.state is None and not m.actor_id
                                               for m in doc.mentions[i])):
        # "Minister Furlong ... spent most of the day with President Detenamo": the story's pair (but an office alone
        # in a text that speaks from a state is that state's: "NEW DELHI - ... chaired a meeting with the Chief of
        # Defence Staff")
        pair = sorted(two)
    else:
        return _visits(doc, i, ms)
    fields = {"state_1": pair[0], "state_2": pair[1], "format": _format(doc, i)}
    named = {m.state: m.actor_id for m in ms if m.kind == "person" and m.actor_id}
    if len(ms) == 2 and named:  # who met, so that a meeting with another counterpart is told apart
        fields.update(actor_1=named.get(pair[0]), actor_2=named.get(pair[1]))
    hit = _hit(doc, i, "meetings", fields, ["state_1", "state_2"], ms)
    # the rank of the two people who met: "Iraq's foreign minister, X, spoke by phone with his Kuwaiti counterpart";
    # "President Adeyemi-Bello ... spent the afternoon with President Asante-Mensah", one of them never placed
    people = [m for m in doc.mentions[i] if m.kind == "person"]
    if len(ms) == 2 or len(people) == 2:
        hit.rank = pair_rank(*(ms if len(ms) == 2 else people))
    elif speaker and len(people) == 1:
        hit.rank = pair_rank(speaker, people[0])  # "CIOBANU: I spent Thursday with Minister Bondarenko"
    if (peer := next((m for m in people if counterpart(m) and m.state in pair), None)) \
            and (mine := next((m for m in people if m.state in pair and m.state != peer.state), None)):
        # "Iraq's foreign minister ... holding talks with his Bahraini counterpart", after "Bahrain's embassy": the
        # minister's peer, so that his reception by Bahrain's prime minister is told apart
        hit.rank = hit.peer_rank = pair_rank(mine, peer)
    if hit.rank is None and "state" not in {m.kind for m in ms}:
        # "The defence ministers of the two countries agreed the halt in a telephone call"
        hit.rank = plural_rank(doc, doc.sentences[i].start, doc.sentences[i].end)
    if hit.rank is None and _SOLDIERS_MET.search(doc.sentences[i].text) \
            and not _CIVILIANS_MET.search(doc.sentences[i].text):
        hit.rank = LEVEL.military  # "the commander of the Akhaltsikhe sector and the commander of the battalion"
    return [hit]


# Officers in a sentence that ranks no one else: its encounter is military's, though no officer is placed or named
# (not a civil "Director General", "Consul General", "Attorney General")
_SOLDIERS_MET = re.compile(r"(?i)\b(?:commanders?|colonel|(?<!director\s)(?<!consul\s)(?<!attorney\s)general|brigadier|"
                           r"admiral|army\s+chiefs?|chiefs?\s+of\s+(?:defen[cs]e|general)\s+staff)\b")
_CIVILIANS_MET = re.compile(r"(?i)\b(?:minist|president|prime|ambassador|secretary|governor|mayor|police|envoy|"
                            r"diplomat)")


def _format(doc: Document, i: int) -> str:
    """The format a word of the sentence names ("spoke by telephone", "over lunch"), else talks, as the rules read it."""
    return next((f for f, rx in FORMATS if rx.search(doc.sentences[i].text)), FORMAT.talks)


_LOCATIVE = re.compile(r"(?i)\b(?:in|to)\s+$")


def _visits(doc: Document, i: int, ms: list) -> list[Hit]:
    """Talks held in a city of another state than the one the article speaks from, by people the text never
    placed: the article's own state met the city's ("Deputy Minister Tri held talks in Beijing with Vice Minister
    Li" in Hanoi's release; "I was received by Foreign Minister Guliyev in Baku"). A city counts after "in" or "to"
    only, and only for a state the article names (`Document.gazetteer_places`); never with a third state named as a
    party near, nor with cities of more than two states."""
    own = doc.own_state()
    if not own or not (_unplaced(doc, i) or _speaking_i(doc, i)) or common.non_state_partner(doc, i):
        return []
    s = doc.sentences[i]
    cities = [m for m in doc.mentions[i] + doc.gazetteer_places(i) if m.kind == "place" and m.state
              and m.state != own and _LOCATIVE.search(doc.text, max(s.start, m.start - 6), m.start)]
    venues = list(dict.fromkeys(m.state for m in sorted(cities, key=lambda m: m.start)))
    if not venues or len(venues) > 2 or not {m.state for m in ms} | _named_near(doc, i) <= {own, *venues}:
        return []
    return [_hit(doc, i, "meetings", {"state_1": min(own, v), "state_2": max(own, v)}, ["state_1", "state_2"],
                 [m for m in ms + cities if m.state in (own, v)]) for v in venues]


# A third party at a meeting of two: "in the presence of C", "at the invitation of C", "with C in the chair" (and
# "hosted by C", "chaired by C": a broker, document.BROKER_BY)
_PRESIDING_BEFORE = re.compile(r"(?i)\b(?:in\s+the\s+presence\s+of|at\s+the\s+invitation\s+of|"
                               r"under\s+the\s+(?:auspices|chairmanship)\s+of)\s+(?:the\s+)?$")
# (after the third party's name, its officer's maybe between: "the chief of El Salvador's navy, Rear Admiral Óscar
# Menjívar, acting as mediator", "the commander of the Brazilian Army, General Paulo Teixeira, brokering")
_PRESIDING_AFTER = re.compile(r"(?i)[^.;:]{0,60}?\b(?:in\s+the\s+chair|presiding|(?:acting\s+)?as\s+(?:host|chair|"
                              r"mediator|facilitator)|brokering|mediating|chairing)\b")


def _presiding(doc: Document, i: int, m) -> bool:
    """Whether the state of mention m only hosted, chaired or mediated the meeting sentence i tells."""
    s = doc.sentences[i]
    lo = max(s.start, m.start - 40)
    if _PRESIDING_BEFORE.search(doc.text, lo, m.start) or BROKER_BY.search(doc.text, lo, m.start):
        return True
    after = _PRESIDING_AFTER.match(doc.text, m.end, s.end)
    return bool(after) and not any(m.end < x.start < after.end() and x.state and x.state != m.state
                                   for x in doc.mentions[i])


def _ceasefire(doc: Document, i: int, source_id: str | None) -> list[Hit]:
    """The two states the sentence's actors stand for, else the pair "the two sides" stands for, brokered by the one
    state named when it went between them ("Qatar's envoy shuttled between the two delegations"); one brokered "by" a
    third state, or with no side named (a truce of rebels, a ceasefire in general), is left to the rules."""
    s = doc.sentences[i]
    if _AID.search(s.text) or common.non_state_partner(doc, i) or _GONE_BETWEEN.search(s.text):
        return []
    ms, broker = _states(doc, i), None
    if len(ms) == 2:
        pair = sorted(m.state for m in ms)
    elif not ms and (_THE_PAIR.search(s.text) or _THEY.search(s.text)) and (two := _the_two(doc, i)):
        pair = sorted(two)  # "the two sides agreed", "After nine hours behind closed doors they signed a cessation"
    elif len(ms) == 1 and _GO_BETWEEN.search(s.text) and _THE_PAIR.search(s.text) \
            and (two := _the_two(doc, i, ms[0].state)):
        pair, broker = sorted(two), ms[0]  # "Qatar's envoy shuttled between the two delegations, both sides agreed"
    else:
        return []
    fields = {"state_1": pair[0], "state_2": pair[1], "kind": TRUCE.mediated if broker else TRUCE.bilateral,
              "broker_state": broker.state if broker else None, "cameo_code": common.ceasefire_cameo()}
    supports = ["state_1", "state_2", "kind", "cameo_code"] + (["broker_state"] if broker else [])
    return [_hit(doc, i, "ceasefires", fields, supports, ms)]


def _other_state(doc: Document, state: str) -> str | None:
    """The state an article sets against `state`: its own, else the only other state it names, else the other of the
    two it names most when they stand out (never a guess among several)."""
    own = doc.own_state()
    if own and own != state:
        return own
    pair = doc.article_pair
    return doc.sole_other_state(state) or (next(x for x in pair if x != state) if pair and state in pair else None)


def _mediation(doc: Document, i: int, source_id: str | None) -> list[Hit]:
    """The parties are the pair the sentence joins after the mediator ("Norway ... between Serbia and Montenegro"),
    the mediator the first other state it names; else, when it speaks of the two, the mediator is the first state
    it names, and the parties the article's conflict pair or the last pair it joined or set against each other, if
    the sentence has a word of offering at all. Not help with something else, nothing with a non-state side, not a
    state that only attended, and not a quoted "we facilitated" (a claim the rules weigh)."""
    s = doc.sentences[i]
    if _AID.search(s.text) or _QUOTE_OPENS.match(s.text) or common.non_state_partner(doc, i) \
            or _WITNESS.search(s.text) or mediation.HOSTS_OWN_SITTING.search(s.text):
        return []
    ms = _states(doc, i)
    joined = [pair for j, pair in doc.joined_pairs if j == i]
    if joined:
        parties = joined[-1]
        mediator = next((m for m in ms if m.state not in parties), None)
        if _pair_is_subject(doc, i, parties):
            return []
        if not mediator:  # "President Ofori-Darko has repeated his offer to help Niger and Côte d'Ivoire" in Accra
            mediator = _unplaced_subject(doc, i)
            own = doc.own_state()
            if not mediator or not own or own in parties or not _OFFER_CUE.search(s.text):
                return []
            mediator = dataclasses.replace(mediator, state=own)
    else:  # "help the two sister nations": the pair the article is about, or the last it joined
        if not ms or not _OFFER_CUE.search(s.text):
            return []
        mediator = ms[0]
        if _THE_PAIR.search(s.text):
            parties = _met_just_before(doc, i, mediator.state) or _the_two(doc, i, mediator.state)
        else:  # "The United Kingdom ... offered in May to host a proper summit": the story's conflict, if it has one
            # ("Guatemala ... was ready to contribute, but neither Belize nor Honduras responded": the conflict's two;
            # not "ready to help Kenya reach its security goals", help to one of them)
            conflict = set(doc.conflict_pair or ())
            others = {m.state for m in ms[1:]}
            parties = doc.conflict_pair if mediator.state not in conflict and others in (set(), conflict) else None
        if not parties:
            return []
    role = _CONDUCTED.search(doc.text, s.start, s.end)
    kind = (MEDIATION.claimed if _claimed(doc, i, role, mediator) else MEDIATION.conducted) if role else MEDIATION.offer
    fields = {"kind": kind, "mediator_state": mediator.state, "party_1_state": parties[0], "party_2_state": parties[1],
              "cameo_code": common.mediation_cameo(kind)}
    if kind == MEDIATION.offer and mediation.TOLD_AGAIN.search(s.text):
        fields["status"] = STATUS.reiterated  # "The Russian side reaffirmed its readiness to assist Armenia and ..."
    return [_hit(doc, i, "mediation_offers", fields, ["kind", "mediator_state", "cameo_code"],
                 [m for m in ms if m is mediator or m.state in parties])]


def _claimed(doc: Document, i: int, role: re.Match, mediator) -> bool:
    """A role the mediator's own voice tells ("Egypt's foreign ministry said ... Cairo had “played a central role in
    bringing the two brothers to Juba”"), or one the sentence or the next calls a claim or disputes ("South Sudanese
    officials dismissed the claim"): claimed (CODING.md), not conducted."""
    s = doc.sentences[i]
    said = mediation.SAID_BEFORE.search(doc.text, s.start, role.start())
    if said and mediation.speaker_in(doc, i, said.start(), {mediator.state}):
        return True  # the speaker before the verb of saying: not "Diplomats said ... Egypt had played"
    nxt = doc.sentences[i + 1].text if i + 1 < len(doc.sentences) else ""
    return bool(mediation.CLAIM.search(s.text) or mediation.DISPUTED.search(s.text) or _DISMISSED.search(nxt))


# Per table, resolver(doc, i, source_id) -> hits.
_RESOLVERS = {"meetings": _meeting, "mediation_offers": _mediation, "ceasefires": _ceasefire,
              "casualty_figures": casualties.loose_figures}
