"""One article prepared for the rules: sentences, actor mentions, dates, numbers.

Everything a rule needs about the text is computed here once, so rules stay
small: they look for a trigger in a sentence and ask the document who acts
around it, when, and what pair of states the article is about.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from functools import cached_property

from . import actors, dates, lexicon, numbers, places, sentences
from .actors import ACTOR_KINDS, HONORIFIC, STATE_KINDS, Mention
from .sentences import Sentence
from .vocab import PRECISION

# Words that make a sentence about hostilities between two states: their pair
# is the article's conflict, the default parties of a ceasefire or mediation
# whose own sentence names only the mediator.
CONFLICT_WORDS = re.compile(
    r"(?i)\b(?:conflict|hostilities|war|fighting|clash(?:es)?|strikes?|attacks?|shelling|flare-up|"
    r"military|border|tensions?|ceasefire|cease-fire|truce|aggression|retaliat\w*|offensive|"
    # the incident words of short border and maritime reports: "the two navies exchanged fire", "shots were fired"
    r"fir(?:e|ed|ing)|shots?|shooting|gunfire|clashed|skirmish(?:es)?|standoff|incidents?)\b")

# A person's title and the body it heads (_title_body).
HEAD_TITLES = r"[Cc]ommander|[Cc]hief|[Hh]ead|[Dd]irector|[Cc]ommandant"  # shared with rules.meetings
_APPOSED_HEAD = re.compile(rf",\s+(?:the\s+)?(?:{HEAD_TITLES})\s+of\s+(?:the\s+)?")  # "Y, Commander of the Lao military region"
# "FAA Southern Military Region, ", "Coast Guard Command, Rear " (a grade's first word the title left out)
_UNIT_TAIL = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w’'-]*){0,4},\s+(?:(?:Rear|Vice|Lieutenant|Major|Brigadier)\s+)?")
# (a unit of the body between: "the Commander of the Black Sea Region of the Turkish Coast Guard Command, X")
_HEAD_OF = re.compile(rf"\b(?:{HEAD_TITLES}|[Ss]pokes(?:man|woman|person))\s+of\s+(?:the\s+)?"
                      r"(?:(?:[A-Z][\w’'-]*\s+){1,4}of\s+(?:the\s+)?)?$")
# "talks with his counterpart, Kouamé N'Guessan": the other state's (see Document._counterpart_state)
_COUNTERPART_BEFORE = re.compile(r"(?i)\b(?:his|her)\s+counterpart,?\s+$")
# "a delegation of Saudi Arabia headed by", "the Thai delegation was led by": the person stands for that state.
_STYLES = rf"(?:{HONORIFIC}\s+){{0,2}}$"  # "H.E. Mr."
# ("the delegations of the two countries, led respectively by the Minister of Defence of Chad, X, and ...")
_LED_BY = re.compile(r"(?i)\b(?:delegation|team|side|mission)s?\b,?[^,;.]{0,50}?,?\s*\b(?:headed|led|chaired)\s+"
                     r"(?:respectively\s+)?by\s+(?:the\s+)?" + _STYLES)
# ... and its verb left out for the second team: "The Burundian delegation was headed by X, and the Congolese
# delegation by Y", "led respectively by X, and the Minister of Defence of the Sudan, Y"
_ELIDED_LED_BY = re.compile(r"(?i)\b(?:headed|led)\s+by\b[^;]*,\s+and\s+(?:the\s+)?[^,;.]{0,40}?\b(?:delegation|team)"
                            r"\s+by\s+" + _STYLES + r"|\b(?:headed|led|chaired)\s+respectively\s+by\b[^;]{0,140}?,?\s+"
                            r"and\s+(?:the\s+)?" + _STYLES)

# A paragraph that opens with a place and a date: "Tashkent, 23 April 2026." / "Nairobi, July 17 -".
# (a Brazilian release's "Porto Alegre (RS), 10 November 2026": the province's code between)
_DAY_MONTH = r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})"  # "23 April", "July 17", "Nov. 3"
_PLACE_DATE_LINE = re.compile(r"(?m)^(?P<place>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)(?:\s\([A-Z]{2,3}\))?,\s+"
                              rf"{_DAY_MONTH}\b")
# An outlet's masthead under the headline: "The Lanka Courier (fictional), Colombo – Tuesday, 10 November 2026"
_MASTHEAD_LINE = re.compile(r"(?m)^[^\n,]{3,80}(?:\s\([\w ]+\))?,\s+"
                            r"(?P<place>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+[–—-]\s+"
                            rf"(?:[A-Z][a-z]+day,?\s+)?{_DAY_MONTH},?\s+\d{{4}}\b")
_PLACE_LINE = re.compile(r"(?m)^(?P<place>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)[ \t]*$")  # an outlet's "Doha" line
_OUR = re.compile(r"\b[Oo]ur\b")
_OUR_MEDIA = re.compile(r"\s+(?:\w+\s+)?(?:programme|program|show|bulletin|broadcast|channel|station|studio|guest|"
                        r"guests|listeners|viewers|readers|reporter|reporters|correspondent|correspondents|team|crew|"
                        r"newspaper|paper|newsroom|editor|editors)\b")
# "our coast guard", "Our government": the outlet speaks for its state's institutions
_OUR_STATE = re.compile(r"(?i)\s+(?:own\s+)?(?:government|coast\s*guards?|army|navy|armed\s+forces|soldiers|troops|"
                        r"ministry|ministry\s+of\s+\w+|foreign\s+ministry|president|prime\s+minister|border\s+guards?|"
                        r"police|gendarmerie|country|nation|authorities)\b")
# Honorifics that tell a person's sex: a "he" does not stand for "Ms Chowdhury"
_FEMALE = re.compile(r"\b(?:Ms|Mrs|Miss|Madam|Madame|Mme|Dame|Lady|Sra|Señora)\b\.?\s")
_MALE = re.compile(r"\b(?:Mr|Sir|Monsieur|Señor)\b\.?\s")
# ... or before his office: "the commander of our Eastern Sector, Major Ricardo Amafo", "the head of our delegation, X"
_OUR_BEFORE = re.compile(r"\b[Oo]ur\s+(?:own\s+)?$|\b(?i:commander|head|chief|director|leader)\s+of\s+our\s+"
                         r"(?:[\w-]+\s+){0,3}?[\w-]+,\s+$")
_MASTHEAD_PIECE = re.compile(r"[^,–—(|:]+")  # "RADIO NTEM FM, EBOLOWA – ..."
# A day told from the one the text dated last: "the same day", "that evening", "later in the day", "In the evening,"
# (a programme's next item), "a day earlier", "the very next day", "two days later", "a week later".
_PART = r"(?:day|evening|afternoon|morning|night)"
_ANCHORED_DAY = re.compile(
    rf"(?i)\b(?:(?:the\s+same|that(?:\s+same)?|(?:later|earlier)\s+(?:that|in\s+the))\s+{_PART}|"
    rf"(?P<opening>(?-i:In)\s+the\s+(?:evening|afternoon|morning)(?=,)))\b"
    r"|\b(?P<before>(?:a|one)\s+day\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+(?:day|evening|night)|"
    r"the\s+day\s+before(?=[,.;]|\s+(?:in|at|on|with|by|when)\b))\b"
    r"|\b(?P<after>the\s+(?:very\s+)?(?:next|following)\s+day|(?:a|one)\s+day\s+later)\b"
    r"|\b(?P<n>two|three|four|five|six|2|3|4|5|6)\s+days\s+(?P<dir>later|earlier)\b"
    r"|\b(?P<week>a|one)\s+week\s+(?P<wdir>later|earlier)\b")
# (the cheap test first, on the sentence lower-cased: "Later in the day" opens one)
_ANCHORED_WORDS = ("same ", "that ", "later", "earlier", "in the ", "before", "previous", "preceding", "next ",
                   "following ")
# The start of a tenure dates no event: "on his first visit to Turkmenistan since taking office in February".
_TENURE_SINCE = re.compile(r"(?i)\bsince\s+(?:(?:taking|assuming|entering)\s+office|coming\s+to\s+power|being\s+"
                           r"(?:elected|appointed)|(?:his|her|their)\s+(?:appointment|election|inauguration))\s*$")
_DATELINE_END = re.compile(r"(?:,?\s+\d{4})?\)?(?:\s+\([^()]{1,40}\))?\s*(?:[–—]|-{1,2}\s|:\s)")  # "(Sahel Wire) -"
# "Iran and Israel", "the Iran–Israel truce", "the Republic of Guinea and the Republic of Senegal"
_PAIR_JOIN = re.compile(r"\s*(?:[-–—]|and(?:\s+the)?)\s*")
# "between Iran and", "clashes between the armed forces of the Republic of Cameroon and the Republic of Chad"
_BETWEEN_BEFORE = re.compile(r"between\s+(?:(?:the\s+)?(?:armed\s+forces|forces|troops|armies|soldiers|navies|"
                             r"border\s+guards)\s+of\s+)?(?:the\s+)?$")
# A broker, no side of the conflict: "the Chad-brokered truce", "talks hosted by Angola", "a humanitarian pause, proposed
# by Iraq" (shared with ceasefires).
BROKER_AFTER = re.compile(r"[-‐–](?:brokered|mediated|hosted|sponsored|facilitated|backed)\b")
BROKER_BY = re.compile(r"(?i)\b(?:brokered|mediated|hosted|chaired|facilitated|negotiated|arranged|proposed)\s+by\s+"
                       r"(?:the\s+)?$")
_CONFLICT_KINDS = ("state", "modifier", "body", "place")  # mentions that may be a side of the conflict_pair
# "an Indonesian national", "Salvadoran citizens" (shared with the casualty rules)
NATIONAL_AFTER = re.compile(r"\s+(?:national|citizen)s?\b")
_SAID_AFTER = re.compile(r",?\s+(?:said|says|told)\b")
_COMMA_BEFORE = re.compile(r",[”\"]?\s$")
_DATELINE_DASH = re.compile(r"\s[—–-]\s")
_OPTIONAL_THE = re.compile(r"(?:[Tt]he\s+)?")
_AND_NEXT = re.compile(r"(?:['’]s\s+[\w-]+)?\s+and\s")
_ITS = re.compile(r"(?:Its|Their)\s+")  # a sentence opening on a possessive: the state just named owns the office
# What may open the sentence before ahead of the state or body "Its" stands for: "The Dominican Navy, ...", "In Moroni,
# the Comorian government gave a different version."
_SUBJECT_OPENER = re.compile(r"(?:In\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+)?(?:[Tt]he\s+)?")
# An en dash inside a word ("27–28 January", "the Bulgaria–Türkiye border") and a colon inside a time ("10:30") join
# rather than break. The leading lookahead lets the engine skip to a candidate character (4x faster than without).
_CLAUSE_BREAK = re.compile(r"(?=[;:–—,])(?:[;—]|(?<!\d):|:(?!\d)|(?<!\w)–|–(?!\w)|,\s+(?=(?:which|who|where|while|as|after|"
                           r"before|amid|but|and|with|in what|(?:(?:a|an|one|two|three|\w+)\s+)?(?:day|days|week|weeks|hours?)\s+"
                           r"(?:after|before|later|earlier))\b))")


# A headline ends without the punctuation a sentence ends with
_FINAL = re.compile(r"[.!?…\"”’')]$")
_HEADLINE_MAX = 100  # a headline's length at most; a body's lead paragraph is longer
# A live page: a header that calls it one ("LIVE | ... all the latest"), and entries opened by their time of day
# ("16:10 – Qatar's Prime Minister tells reporters ..."); a ministry's posts quoted with their times are none
_LIVE_HEADER = re.compile(r"(?i)\blive(?:blog)?\b|\blatest\b")
_TIMED_ENTRY = re.compile(r"(?m)^[0-2]?\d[:.][0-5]\d\b")


# A wire editor's note on a version or its credits names no actor: "(Adds Somali toll, earlier truce attempts, Qatar,
# displacement)", "(Reporting by X in Djibouti; Editing by Y)"
_EDITORS_NOTE = re.compile(r"\((?:Adds|Updates|Recasts|Changes|Corrects|Rewrites|Refiles|Repeats|Writes\s+through|"
                           r"Releads|Edits|Reporting|Additional\s+reporting|Editing|Compiled)\b[^()]*\)")


# A language a text was translated from is no state it names: "(transcript, translated from Dutch)"
_TRANSLATED = re.compile(r"(?i)\btranslated\s+from\s+(?:the\s+)?(?:original\s+)?(?:[A-Z][a-z]+\s+and\s+)?$")


class Document:
    def __init__(self, text: str, published: dt.date | None, outlet_country: str | None = None):
        self.text = text
        self.published = published
        self.outlet_country = outlet_country  # the source metadata's outlet state, if known
        self.sentences: list[Sentence] = sentences.split(text)
        self._breaks: dict[tuple[int, str], list[tuple[int, int]]] = {}
        self.dateline = sentences.dateline(text)
        matches = actors.term_matches(text)  # the lexicon's forms, found once for both uses below
        self.resolved = actors.resolve_ambiguous(text, matches, self.dateline_state())
        per_sentence = actors.terms_by_sentence(matches, self.sentences) or [None] * len(self.sentences)
        self.scans = [actors.scan(text, s, self.resolved, ms) for s, ms in zip(self.sentences, per_sentence)]
        self.table = actors.build_person_table(self.scans)
        actors.link_bare_names(text, self.sentences, self.scans, self.table)
        # whose "the Prime Minister" a bare office is: the outlet's own where the text names its state (a release of
        # Kathmandu's PMO from Colombo), else the state the text names most
        named = {t.term.state for sc in self.scans for t in sc.terms if t.term.state}
        self._office_home = self.outlet_country if self.outlet_country in named else self._leading_state(
            Counter(t.term.state for sc in self.scans for t in sc.terms
                    if t.term.state and t.term.kind in ("name", "demonym", "people", "body")))
        self.mentions: list[list[Mention]] = self._mentions()
        if self._infer_person_states():
            self.mentions = self._mentions()
        self._dates: dict[int, list] = {}
        self._places: dict[int, list[Mention]] = {}
        # Results a rule computes once for all its candidates, by name: per sentence (memo["voices"][i]), per
        # paragraph or per article (memo["article_pair"]).
        self.memo: dict[str, object] = {}
        self._numbers: dict[int, list] = {}

    def _mentions(self) -> list[list[Mention]]:
        return [[] if s.text.startswith("(") and _EDITORS_NOTE.fullmatch(s.text) else
                [m for m in actors.sentence_mentions(self.text, s, sc, self.table, self._office_home)
                 if not (m.kind == "modifier" and "translated" in s.text  # the cheap test first
                         and _TRANSLATED.search(self.text, max(s.start, m.start - 40), m.start))]
                for s, sc in zip(self.sentences, self.scans)]

    @cached_property
    def headlines(self) -> set[int]:
        """Sentences of the headline block: lines alone in their paragraph, without final punctuation, before the
        body; and a short paragraph of one or two sentences there ("Three more of our fishermen dead. Will
        Port-au-Prince act now?": an opinion piece's headline may be punctuated)."""
        out, sents, k = set(), self.sentences, 0
        while k < len(sents):
            s = sents[k]
            if _FINAL.search(s.text):
                para = list(itertools.takewhile(lambda j: sents[j].paragraph == s.paragraph, range(k, len(sents))))
                if len(para) > 2 or sents[para[-1]].end - s.start > _HEADLINE_MAX \
                        or k and sents[k - 1].paragraph == s.paragraph \
                        or para[-1] + 1 == len(sents) \
                        or self.dateline and s.start <= self.dateline[1] < sents[para[-1]].end:
                    break  # a body: long, not opening a paragraph, the last one, or the dateline's
                out.update(para)
                k = para[-1] + 1
                continue
            alone = all(t.paragraph != s.paragraph for t in sents[max(0, k - 1):k + 2] if t is not s)
            if alone:
                out.add(k)
            k += 1
        return out

    @cached_property
    def live_page(self) -> bool:
        """Whether the text is a live page: its header says so, and three entries or more open by their time."""
        return bool(_LIVE_HEADER.search(self.text, 0, 400)) and len(_TIMED_ENTRY.findall(self.text)) >= 3

    @cached_property
    def named_states(self) -> set[str]:
        """Every state the article names in any way (as a party, a demonym, a person's, a capital...)."""
        return {m.state for ms in self.mentions for m in ms if m.state}

    def gazetteer_places(self, i: int) -> list[Mention]:
        """Towns and provinces of sentence i that only the gazetteer knows, after a locative word and where no
        other mention stands ("killed in Kherson": Ukraine, when the article names Ukraine). Kept apart from
        `mentions`: a town locates an event, and the rules that read it decide what for."""
        if i not in self._places:
            s, ms = self.sentences[i], self.mentions[i]
            self._places[i] = [Mention(a, b, "place", state, state, self.text[a:b])
                               for a, b, state in places.find(self.text, s.start, s.end, self.named_states)
                               if not any(m.start < b and a < m.end for m in ms)]
        return self._places[i]

    def _lede_subject(self, i: int) -> Mention | None:
        """The state or body sentence i opens on, after a wire's dateline ("ASHGABAT, Sept 10 (Wire) — Turkmenistan
        is ..."), when it is the subject alone (not "Nepal and Bhutan have agreed")."""
        s = self.sentences[i]
        sep = _DATELINE_DASH.search(self.text, s.start, min(s.end, s.start + 80))
        if not sep:
            return None  # further on, the state a sentence opens on is what the speaker tells of: "Thailand has
            # offered to act as a 'bridge' ..., Foreign Minister Rekha Shrestha told reporters" in a Kathmandu wire
        first = next((x for x in self.mentions[i] if x.start >= sep.end()), None)
        if first and first.kind in ("state", "body") and first.state \
                and _OPTIONAL_THE.fullmatch(self.text, sep.end(), first.start) \
                and not _AND_NEXT.match(self.text, first.end):
            return first
        return None

    def _infer_person_states(self) -> bool:
        """Place a person the text gives no state from a bilateral sentence.

        "Munir met US President Trump ..., bilateral relations between Pakistan
        and the United States": of the two states the sentence names, Trump holds
        one, so the other person stands for the other.
        """
        changed = False
        # a local officer's place, which only the gazetteer knows, for the states the article names ("The governor
        # of Van province, Mehmet Ali Yurtsever": Turkey's)
        named = {m.state for ms in self.mentions for m in ms if m.state} if any(sc.offices for sc in self.scans) else ()
        for i, ms in enumerate(self.mentions):
            if any(m.kind == "person" and m.state is None and m.actor_id for m in ms) \
                    and (state := self._paragraph_dateline_state(i)):
                for m in ms:  # an unplaced official under a wrap-up's "TOKYO -" is that capital's
                    if m.kind == "person" and m.state is None and m.actor_id:
                        actors.resolve_person_state(self.table, m.actor_id, state)
                        changed = True
            for start, place in self.scans[i].offices:
                m = next((m for m in ms if m.kind == "person" and m.state is None and m.actor_id
                          and m.start <= start < m.end), None)
                if m and (state := places.resolve(place, named)):
                    actors.resolve_person_state(self.table, m.actor_id, state)
                    changed = True
            for m in ms:
                if not (m.kind == "person" and m.state is None and m.actor_id):
                    continue  # only an unplaced person is looked at: the search below is the dear part
                if led := self.led_by(i, m):
                    team = [x for x in ms if led.start() - 40 <= x.start < led.end() and x.state
                            and x.kind in STATE_KINDS]
                    if team:  # "a delegation of Saudi Arabia headed by Musaad Al-Aiban"
                        actors.resolve_person_state(self.table, m.actor_id, team[-1].state)
                        changed = True
            its = i and self.text.startswith(("Its ", "Their "), self.sentences[i].start)  # the cheap test first
            for m in ms if its else ():  # "Saudi Arabia ... moved quickly. Its Vice Minister of Foreign Affairs, Dr. X,
                # flew ...": the state that opens the sentence before is the one "Its" stands for
                if m.kind == "person" and m.state is None and m.actor_id \
                        and _ITS.fullmatch(self.text, self.sentences[i].start, m.start):
                    owner = next((x for x in self.mentions[i - 1] if x.kind != "place"), None)
                    if not (owner and owner.kind in ("state", "body")
                            and _SUBJECT_OPENER.fullmatch(self.text, self.sentences[i - 1].start, owner.start)):
                        # or the one country the sentence before names at all, if only as a place: "The thaw owes
                        # much to Kuwait. Its foreign minister, Fahad Al-Mutairi, shuttled ..."
                        named = self.mentions[i - 1]
                        owner = named[0] if len(named) == 1 and (named[0].kind == "state"
                                                                 or named[0].actor_id == named[0].state) else None
                    if owner and owner.state:
                        actors.resolve_person_state(self.table, m.actor_id, owner.state)
                        changed = True
            for m in ms:
                # a wire's lede: "Turkmenistan is prepared to host talks ..., Foreign Minister Batyr Orazov said": the
                # official speaks for the state his sentence opens on (not for "Nepal and Bhutan have agreed ...")
                if m.kind == "person" and m.state is None and m.actor_id and m.level \
                        and _COMMA_BEFORE.search(self.text, max(0, m.start - 3), m.start) \
                        and _SAID_AFTER.match(self.text, m.end) and (opener := self._lede_subject(i)) \
                        and opener.end <= m.start:
                    actors.resolve_person_state(self.table, m.actor_id, opener.state)
                    changed = True
            for m in ms:  # "our Prime Minister, Kaarel Tamm" in the outlet's own words: the outlet's state
                if m.kind == "person" and m.state is None and m.actor_id and self.voice_state() \
                        and _OUR_BEFORE.search(self.text, max(0, m.start - 60), m.start) \
                        and self.ours_outside_quotes(i, m.start):
                    actors.resolve_person_state(self.table, m.actor_id, self.voice_state())
                    changed = True
            for k, m in enumerate(ms):
                if m.kind == "person" and m.state is None and m.actor_id:
                    # "Beninese Foreign Minister Adjovi was received ... in Abidjan, a day after talks with his
                    # counterpart Kouamé N'Guessan": the one other state the sentence names; else the title's body
                    body = self._counterpart_state(ms, k) or self._title_body(i, ms, k)
                    if body:  # "X, commander of the BGB's Teknaf battalion", "Commander of the FAA Southern ..., X"
                        actors.resolve_person_state(self.table, m.actor_id, body)
                        changed = True
            unplaced = {m.actor_id for m in ms if m.kind == "person" and m.state is None and m.actor_id}
            named = {m.state for m in ms if m.kind == "state"}
            placed = {m.state for m in ms if m.kind == "person" and m.state}
            # only a sentence that joins the two states is bilateral ("relations between Pakistan and the United
            # States"): "the Amir mediated with the Iranian leadership at the request of US President Trump, and
            # obtained Iran's approval" names two states, but the Amir is neither's
            joined = len(named) == 2 and any(a.kind == b.kind == "state" and a.state != b.state
                                             and _PAIR_JOIN.fullmatch(self.text, a.end, b.start) for a, b in zip(ms, ms[1:]))
            if len(unplaced) == 1 and joined and len(placed & named) == 1 and placed <= named:
                actors.resolve_person_state(self.table, unplaced.pop(), (named - placed).pop())
                changed = True
        return changed

    def _paragraph_dateline_state(self, i: int) -> str | None:
        """The state of the capital that opens sentence i's paragraph in capitals ("SEOUL - Vice Foreign Minister
        ..."), in a wrap-up of two or more such paragraphs below the article's own dateline."""
        return self._paragraph_datelines.get(self.first_of_paragraph(i))

    @cached_property
    def _paragraph_datelines(self) -> dict[int, str]:
        """{first sentence of a paragraph: state} for the paragraphs a wrap-up opens on a capital the lexicon knows;
        empty unless there are two or more (one such line is a story's own dateline, however placed)."""
        out = {}
        for k, s in enumerate(self.sentences):
            if (k and self.sentences[k - 1].paragraph == s.paragraph) or self.dateline and s.start <= self.dateline[1]:
                continue
            place = sentences.dateline_place(self.text, s.start)  # "TOKYO - Foreign Minister Kenji Morisaki ..."
            term = place and lexicon.terms().get(place.title())
            if term and term.state and term.kind == "capital":
                out[k] = term.state
        return out if len(out) > 1 else {}

    def _counterpart_state(self, ms: list[Mention], k: int) -> str | None:
        """For an unplaced "his counterpart X": the state other than that of the sentence's first placed person,
        when the sentence names just one other before him."""
        m = ms[k]
        if not (m.text.lower().startswith("counterpart")
                or _COUNTERPART_BEFORE.search(self.text, max(0, m.start - 30), m.start)):
            return None
        owner = next((x for x in ms[:k] if x.kind == "person" and x.state), None)  # the subject, whose "his" it is
        if owner is None:
            return None
        others = {x.state for x in ms[:k] if x.state and x.kind in STATE_KINDS + ("person", "place")} - {owner.state}
        return others.pop() if len(others) == 1 else None

    def _title_body(self, i: int, ms: list[Mention], k: int) -> str | None:
        """The state of the body a person's title says he serves: the person, then "of the <body>" ("Lt Col Rahman,
        commander of the BGB's Teknaf battalion", "Major General Y, Commander of the Lao military region"), or
        "<Title> of the <body> <unit>, <person>" ("the Commander of the FAA Southern Military Region, Lieutenant
        General Cassoma")."""
        m = ms[k]
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if nxt and nxt.kind == "body" and nxt.state and (actors.OF_THE.fullmatch(self.text, m.end, nxt.start)
                                                          or _APPOSED_HEAD.fullmatch(self.text, m.end, nxt.start)):
            return nxt.state
        prev = ms[k - 1] if k else None
        if prev and prev.kind == "body" and prev.state and self.head_of_body(prev, m):
            return prev.state
        return None

    def head_of_body(self, body: Mention, person: Mention) -> re.Match | None:
        """The title by which `person` heads `body`, written before the body, the person set off after its unit: "the
        Commander of the FAA Southern Military Region, Lieutenant General X", "the Commander of the Black Sea Region of
        the Turkish Coast Guard Command, Rear Admiral X" (shared with the meetings' object reader)."""
        if not _UNIT_TAIL.fullmatch(self.text, body.end, person.start):
            return None
        return _HEAD_OF.search(self.text, max(0, body.start - 80), body.start)

    def home_state(self, exclude: str | None = None) -> str | None:
        """The state the article names most often (other than `exclude`), if named at least twice.

        A ministry's release calls its own minister "Deputy Prime Minister Ishaq
        Dar" without naming Pakistan beside him: his state is the text's home.
        """
        counts = Counter(m.state for ms in self.mentions for m in ms
                         if m.state and m.state != exclude and m.kind in ("state", "modifier", "body", "people"))
        outlet = self.outlet_state()
        if outlet and outlet != exclude:  # a Baghdad paper's unplaced "Prime Minister X" is Iraq's, as a dateline's
            counts[outlet] += 2
        return self._leading_state(counts, exclude)

    def dateline_state(self) -> str | None:
        """The state of the dateline's place ("BAKU, Nov 14 (Meridian) -" -> AZE), if the lexicon knows it."""
        if not self.dateline:
            return None
        place = self.dateline[0].split(",")[0].strip()
        term = lexicon.terms().get(place.title()) or lexicon.terms().get(place)
        return term.state if term and term.state and term.kind in ("capital", "name") else None

    def sole_other_state(self, exclude: str) -> str | None:
        """The one state other than `exclude` the article names at all (places and modifiers too), else None:
        "his Togolese counterpart" in a text that names only Togo and Ghana met a Ghanaian."""
        placed = self.placed_state()
        if placed:
            return placed if placed != exclude else None
        others = {t.term.state for sc in self.scans for t in sc.terms
                  if t.term.state and t.term.state != exclude and t.term.kind in ("name", "demonym", "capital", "people", "body")}
        return others.pop() if len(others) == 1 else None

    def own_state(self) -> str | None:
        """The state the article speaks from (`spoken_from`), else the one it names most."""
        return self.spoken_from() or self.home_state()

    def spoken_from(self) -> str | None:
        """The state the article says it speaks from: its dateline's ("BAKU, Nov 14 -", "Tashkent, 23 April 2026."),
        its dateline town's, else its outlet's when the outlet says "our" (no guess from the states it names)."""
        return self.placed_state() or self.town_state() or self.voice_state() or self.letterhead_state()

    def led_by(self, i: int, m: Mention) -> re.Match | None:
        """Where sentence i names the person m the head of a delegation ("the Thai delegation was led by", "and the
        Congolese delegation by")."""
        return _LED_BY.search(self.text, max(self.sentences[i].start, m.start - 90), m.start) \
            or _ELIDED_LED_BY.search(self.text, self.sentences[i].start, m.start)

    def letterhead_state(self) -> str | None:
        """The outlet's state when the text's first line, in capitals, names it: a release's letterhead ("NIGERIAN
        ARMY", "GOVERNMENT OF NEPAL") over a text with no dateline."""
        return self._letterhead_state

    @cached_property
    def _letterhead_state(self) -> str | None:
        first = self.text[:self.text.find("\n")] if "\n" in self.text[:100] else ""
        if not self.outlet_country or not first.isupper():
            return None
        words = first.title().split()
        terms = lexicon.terms()
        named = {t.state for n in (1, 2, 3) for k in range(len(words))
                 if (t := terms.get(" ".join(words[k:k + n]))) and t.kind in ("name", "demonym")}
        return self.outlet_country if self.outlet_country in named else None

    def outlet_state(self) -> str | None:
        """The outlet's own state (source metadata), if the article names it. A wire service's state, not named in
        its story, speaks for nothing."""
        return self.outlet_country if self.outlet_country in self.named_states else None

    def voice_state(self) -> str | None:
        """The outlet's state when the outlet itself says "our" (outside quotes): an editorial's "our Prime
        Minister" in a Tallinn paper about Finland is Estonia's. A wire story that names its outlet's state, but
        never speaks as "we", is no one's own; one that never names it speaks from it only as a broadcaster or paper
        ("our guest this morning")."""
        return self._voice_state

    @cached_property
    def _voice_state(self) -> str | None:
        if not self.outlet_country:
            return None
        ours = self._outlet_ours
        if self.outlet_state() and ours:
            return self.outlet_country
        # unnamed, the outlet's state is still its voice's where "our" is the outlet's own: a Chadian radio's "our
        # guest this morning", a local paper's "our correspondent" (not a village chief's "our", reported unquoted)
        if any(_OUR_MEDIA.match(self.text, m.end()) for m in ours):
            return self.outlet_country
        # "a patrol of our coast guard", "Our government has not answered": an editorial that speaks for its state's
        # institutions, in a text that places itself in that state by one of its towns ("Nobody in Nouadhibou ...")
        if any(_OUR_STATE.match(self.text, m.end()) for m in ours) \
                and places.find(self.text, 0, len(self.text), {self.outlet_country}):
            return self.outlet_country
        return None

    @cached_property
    def _outlet_ours(self) -> list[re.Match]:
        """Every "our" the outlet says itself, outside quotes (see `ours_outside_quotes`)."""
        return [m for i in range(len(self.sentences)) for m in self.ours_outside_quotes(i)]

    def ours_outside_quotes(self, i: int, end: int | None = None) -> list[re.Match]:
        """The "our"s of sentence i (up to `end`) that the outlet says itself, not a quotation."""
        s = self.sentences[i]
        return [m for m in _OUR.finditer(self.text, s.start, s.end if end is None else end)
                if not self.in_quotes(i, m.start())]

    def in_quotes(self, i: int, pos: int, start: int | None = None) -> bool:
        """Whether pos of sentence i lies inside a quotation (someone's words, not the outlet's), counting the quote
        marks from the sentence's start, or from `start` (a paragraph's, for a quotation running over sentences)."""
        before = self.text[self.sentences[i].start if start is None else start:pos]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    def town_state(self) -> str | None:
        """The state of a town the lexicon does not know in the dateline ("NARATHIWAT — A roadside bomb ...", a
        release's "Gilgit, 9 October 2026") or a regional outlet's first line ("RADIO NTEM FM, EBOLOWA – THE 7 A.M.
        NEWS"), when the article names that state."""
        return self._town_state

    @cached_property
    def _town_state(self) -> str | None:
        def state_of(name: str) -> str | None:
            name = name.strip()
            return places.resolve(name.title() if name.isupper() else name, self.named_states) if name else None
        if self.dateline and (state := state_of(self.dateline[0].split(",")[0])):
            return state
        # a release's place-and-date line: "Gilgit, 9 October 2026" under the letterhead
        if (line := _PLACE_DATE_LINE.search(self.text, 0, 800)) and (state := state_of(line.group("place"))):
            return state
        first = self.text[:self.text.find("\n")] if "\n" in self.text[:200] else self.text[:200]
        return next((state for piece in _MASTHEAD_PIECE.finditer(first) if (state := state_of(piece.group()))), None)

    def placed_state(self) -> str | None:
        """The state of the article's dateline or place line, if the lexicon knows the place."""
        return self._placed_state

    @cached_property
    def _placed_state(self) -> str | None:  # rules fall back on it per candidate: found once per article
        state = self.dateline_state()
        for rx, end in ((_PLACE_DATE_LINE, 800), (_PLACE_LINE, 300), (_MASTHEAD_LINE, 400)):
            if state is None:
                m = rx.search(self.text, 0, end)
                term = m and lexicon.terms().get(m.group("place"))
                state = term.state if term and term.kind in ("capital", "name") else None
        return state

    def office_state(self, i: int, pos: int, noun: str) -> str | None:
        """The state last named with this office noun before pos ("the Polish defence ministry" ... "the ministry")."""
        rx = re.compile(rf"(?i)\b{re.escape(noun)}\b")
        for j in range(i, -1, -1):
            s = self.sentences[j]
            hits = [m for m in rx.finditer(self.text, s.start, min(s.end, pos) if j == i else s.end)]
            for occ in reversed(hits):
                for x in reversed(self.mentions[j]):
                    if not x.state or x.kind not in STATE_KINDS or x.start > occ.start():
                        continue
                    if x.end >= occ.end() or re.fullmatch(r"(?:['’]s)?(?:\s+[\w-]+){0,4}\s+", self.text[x.end:occ.start()]):
                        return x.state
                    break
        return None

    def _leading_state(self, counts: Counter, exclude: str | None = None) -> str | None:
        """The most counted state, if counted at least twice and ahead of the next.

        The dateline's state counts twice: a release datelined NAIROBI speaks
        for Kenya even when it names Sudan as often.
        """
        place = self.dateline and lexicon.terms().get(self.dateline[0].title())
        if place and place.state and place.state != exclude and place.kind in ("capital", "name"):
            counts = counts + Counter({place.state: 2})
        counts.pop(exclude, None)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    # --- per-sentence views ------------------------------------------------
    def dates(self, i: int) -> list[dates.DateRef]:
        if i not in self._dates:
            s = self.sentences[i]
            self._dates[i] = [d for d in dates.find(self.text, self.published, s.start, s.end)
                              if not self._in_dateline(s, d)
                              and not _TENURE_SINCE.search(self.text, max(s.start, d.start - 40), d.start)]
            low = s.text.lower()
            if any(w in low for w in _ANCHORED_WORDS) and _ANCHORED_DAY.search(s.text):
                self._dates[i] = self._anchored_days(i, self._dates[i])
        return self._dates[i]

    def _anchored_days(self, i: int, found: list[dates.DateRef]) -> list[dates.DateRef]:
        """ "on the same day", "that evening", "a day earlier": told from the day the text dated last (earlier in the
        sentence, else in a sentence before, across paragraph breaks: a release goes on with the meeting it has just
        dated, and "The very next day I spoke by telephone" follows the attack told three sentences up)."""
        s = self.sentences[i]
        out = list(found)
        for m in _ANCHORED_DAY.finditer(self.text, s.start, s.end):
            if m["opening"] and m.start() != s.start:
                continue  # "In the evening, ..." opens a programme's next item; "late in the evening" is no anchor
            days = [d for d in _past_days(found) if d.end <= m.start()]
            for j in range(i - 1, -1, -1):
                if days:
                    break
                days = _past_days(self.dates(j))
            if not days:
                continue
            d = days[-1]
            shift = _shift(m)
            start, end = (d.date_start, d.date_end) if shift == 0 else \
                ((d.date_end if shift > 0 else d.date_start) + dt.timedelta(days=shift),) * 2
            out.append(dates.DateRef(m.start(), m.end(), start, end, d.precision, d.basis))
        return sorted(out, key=lambda d: d.start)

    def _in_dateline(self, s: Sentence, d: dates.DateRef) -> bool:
        """A date in the dateline ("DOHA, 26 June 2025 —") dates the story, not the event; one opening a line after the
        dateline opens a factbox's entry ("AUG 14 - A PNG patrol boat fires on ...")."""
        if d.start == s.start and self.dateline and self.dateline[1] < s.start:
            return False
        return ((s.paragraph <= 2 or sentences.opens_dateline(self.text, s.start)) and d.start - s.start <= 50
                and _DATELINE_END.match(self.text, d.end) is not None
                and (d.start == s.start or self.text[s.start:d.start].rstrip().endswith((",", "(", "–", "—", "-"))))

    def numbers(self, i: int) -> list[numbers.Number]:
        if i not in self._numbers:
            s = self.sentences[i]
            self._numbers[i] = numbers.find(self.text, s.start, s.end)
        return self._numbers[i]

    def clause_bounds(self, i: int, pos: int) -> tuple[int, int]:
        """The clause of sentence i around pos (between ; : dashes and clause-opening commas)."""
        return self.bounds_between(i, pos, _CLAUSE_BREAK)

    def bounds_between(self, i: int, pos: int, breaks: re.Pattern) -> tuple[int, int]:
        """The stretch of sentence i around pos that no match of `breaks` cuts."""
        s = self.sentences[i]
        key = (i, breaks.pattern)
        spans = self._breaks.get(key)
        if spans is None:  # rules ask for many positions of one sentence: its breaks are found once
            spans = self._breaks[key] = [m.span() for m in breaks.finditer(self.text, s.start, s.end)]
        start, end = s.start, s.end
        for a, b in spans:
            if b <= pos:
                start = b
            elif a >= pos:
                end = a
                break
        return start, end

    def first_of_paragraph(self, i: int) -> int:
        """The index of the first sentence of sentence i's paragraph."""
        first = i
        while first and self.sentences[first - 1].paragraph == self.sentences[i].paragraph:
            first -= 1
        return first

    def opening_pronoun(self, i: int, word: str) -> Mention | None:
        """The "he" or "she" (the same as `word`) by which sentence i names its first person, if it does."""
        first = next((p for p in self.mentions[i] if p.kind in ("person", "pronoun")), None)
        if first is None or first.kind != "pronoun" or word.lower() not in ("he", "she"):
            return None
        return first if first.text.lower() == word.lower() else None

    def actor_for(self, i: int, m: Mention) -> Mention | None:
        """The mention itself, or for a pronoun the person it most likely refers to."""
        if m.kind != "pronoun":
            return m if m.is_actor else None
        word = m.text.lower()
        other = _FEMALE if word in ("he", "him", "his") else _MALE if word in ("she", "her") else None
        # "On Wednesday he sat down with our own Foreign Minister, Ms Farzana Kabir Chowdhury ... On Thursday he called
        # on ...": a "he" is not a woman the text called "Ms"
        fits = (lambda p: not other.search(self.text, max(0, p.start - 4), p.end)) if other else (lambda p: True)
        for prior in reversed(self.mentions[i]):
            if prior.end <= m.start and prior.kind == "person" and prior.state and fits(prior):
                return prior
        for j in range(i - 1, max(-1, i - 4), -1):
            if opener := self.opening_pronoun(j, word):
                # "She reminded deputies that ... she held talks with Ukraine's Foreign Minister X. She and Estonia's Y
                # ... met": the "she" that opened the sentence before, not the person it names after
                return self.actor_for(j, opener)
            persons = [p for p in self.mentions[j] if p.kind == "person" and p.state and fits(p)]
            first = self.mentions[j][0] if self.mentions[j] else None
            if persons and first and first.kind == "person" and first.state is None and first.actor_id and fits(first):
                # a named person the text never placed, who opens the sentence before another: "Kazlauskienė held
                # talks with Ukrainian Prime Minister Oleh Marchenko ... Later on Wednesday she was received"
                return first
            if persons:
                return persons[0]
        return None

    @cached_property
    def article_pair(self) -> tuple[str, str] | None:
        """The two states the article names most, if both are named at least twice and clearly ahead of a third
        (a bilateral story names its two sides throughout; a mediator or a place less). What "both countries" and
        "the two sides" stand for when nothing nearer says."""
        return self.article_pair_without(None)

    def article_pair_without(self, third: str | None) -> tuple[str, str] | None:
        """`article_pair`, with the states counted apart from `third` (a mediator the story names nearly as often
        as either side: "Budapest was willing to offer its services ... if both sides asked")."""
        if "state_counts" not in self.memo:  # counted once per article, whichever state is left out
            self.memo["state_counts"] = Counter(m.state for ms in self.mentions for m in ms
                                                if m.state and m.kind != "pronoun")
            voice = self.voice_state()
            if voice and voice not in self.memo["state_counts"]:
                # an editorial that never names its own state speaks of it as "our" ("our coast guard")
                self.memo["state_counts"][voice] = len(self._outlet_ours)
        counts = Counter({k: n for k, n in self.memo["state_counts"].items() if k != third})
        top = counts.most_common(3)
        clear = len(top) >= 2 and top[1][1] >= 2 and not (len(top) == 3 and top[2][1] * 2 > top[1][1])
        return tuple(sorted((top[0][0], top[1][0]))) if clear else None

    @cached_property
    def conflict_pair(self) -> tuple[str, str] | None:
        """The pair of states the article's hostilities are between, if one stands out."""
        counts: Counter = Counter()
        voice = self.voice_state()
        for i, (s, ms) in enumerate(zip(self.sentences, self.mentions)):
            named = {m.state for m in ms if m.state and m.kind in _CONFLICT_KINDS}
            if voice and voice not in named and len(named) == 1 and CONFLICT_WORDS.search(s.text) \
                    and self.ours_outside_quotes(i):
                # "an exchange of fire between our forces and Kenyan police units": the outlet's "our" is a side
                counts[tuple(sorted((voice, *named)))] += 1
            # Only a sentence naming two states can count: that cheap test first (most sentences name one or none),
            # the scan for a conflict word after
            if len(named) < 2 or not CONFLICT_WORDS.search(s.text):
                continue
            # Persons are left out: a mediator is often a person in the same sentence. So are a broker ("Libya, Niger
            # agree Chad-brokered truce", "talks hosted by Ghana") and the dateline's place ("N'DJAMENA, Sept 22 -
            # Libyan and Nigerien forces stopped fighting"): neither is a side.
            # Nor a victim's nationality ("one crewman, an Indonesian national, was wounded" on a Micronesian boat)
            ms = [m for m in ms if m.state and m.kind in _CONFLICT_KINDS
                  and not (m.kind == "modifier" and NATIONAL_AFTER.match(self.text, m.end))
                  and not BROKER_AFTER.match(self.text, m.end)
                  and not BROKER_BY.search(self.text, max(s.start, m.start - 16), m.start)
                  and not (m.kind == "place" and m.start == s.start and self.text.startswith(",", m.end))]
            states = sorted({m.state for m in ms})
            if len(states) == 2:
                counts[tuple(states)] += 1
            for a, b in zip(ms, ms[1:]):  # "between Iran and Israel", "the Iran–Israel truce" weigh more
                joined = _PAIR_JOIN.fullmatch(self.text, a.end, b.start)
                if joined and a.state != b.state and (
                        "and" not in self.text[a.end:b.start]
                        or _BETWEEN_BEFORE.search(self.text, max(0, a.start - 48), a.start)):
                    counts[tuple(sorted((a.state, b.state)))] += 2
        if not counts:
            return None
        (best, n), *rest = counts.most_common()
        return best if not rest or rest[0][1] < n else None

    @cached_property
    def joined_pairs(self) -> list[tuple[int, tuple[str, str]]]:
        """(sentence, pair) for each pair the text joins itself: "Egypt and Ethiopia", "between Cairo and Addis Ababa"."""
        out = []
        for i, ms in enumerate(self.mentions):
            ms = [m for m in ms if m.state and m.kind in ACTOR_KINDS]
            for a, b in zip(ms, ms[1:]):
                if a.state != b.state and _PAIR_JOIN.fullmatch(self.text, a.end, b.start):
                    out.append((i, tuple(sorted((a.state, b.state)))))
        return out

    def joined_pair(self, i: int, exclude: str | None) -> tuple[str, str] | None:
        """The latest pair joined by "and" or a dash up to sentence i, without `exclude`."""
        return next((p for j, p in reversed(self.joined_pairs) if j <= i and exclude not in p), None)

    def recent_pair(self, i: int, exclude: str | None, lookback: int = 3) -> tuple[str, str] | None:
        """The two states a recent sentence (this one or the few before) sets against each other."""
        for j in range(i, max(-1, i - lookback - 1), -1):
            pair = self._two_states(j, exclude)
            if pair:
                return pair
        return None

    def next_pair(self, i: int) -> tuple[str, str] | None:
        """The two states the next sentence of the paragraph names ("The two presidents met. French President ...")."""
        j = i + 1
        if j >= len(self.sentences) or self.sentences[j].paragraph != self.sentences[i].paragraph:
            return None
        return self._two_states(j)

    def _two_states(self, j: int, exclude: str | None = None) -> tuple[str, str] | None:
        """The two states sentence j names (persons, bodies and modifiers too, `exclude` left out), if exactly two."""
        states = sorted({m.state for m in self.mentions[j]
                         if m.state and m.state != exclude and m.kind in ACTOR_KINDS})
        return (states[0], states[1]) if len(states) == 2 else None


def _past_days(refs: list[dates.DateRef]) -> list[dates.DateRef]:
    """The resolved, day-precise dates of `refs` that do not lie ahead: what an anchored day is told from."""
    return [d for d in refs if d.precision == PRECISION.day and d.resolved and not d.future]


def _shift(m: re.Match) -> int:
    """Days from the day dated last to the one `_ANCHORED_DAY` matched."""
    if m["before"]:
        return -1
    if m["after"]:
        return 1
    if m["n"]:
        n = numbers.UNITS.get(m["n"].lower()) or int(m["n"])
        return n if m["dir"].lower() == "later" else -n
    if m["week"]:
        return 7 if m["wdir"].lower() == "later" else -7
    return 0
