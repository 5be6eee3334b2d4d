"""Who is acting in each sentence, and which state each actor stands for.

Mentions come from the text itself (CODING.md: a person or body counts for the
state the text says it represents):

- state forms: names ("Pakistan", "the U.S."), demonyms ("Thai"), capitals used
  as metonyms ("Washington said") — a capital after "in", "at", "to" ... is a
  place, not a party;
- persons: a title of office with a state and/or a name ("US President Donald
  Trump", "Pakistan's army chief", "Hun Manet, Cambodia's prime minister",
  "Prime Minister of Pakistan Shehbaz Sharif"), kept in a per-article table so
  that later mentions ("Trump", "President Trump") resolve to the same state;
- bodies: a state form before a body noun ("the Indian Army", "Pakistan's
  foreign ministry", "Thai defence officials"), a named body from
  `lexicon/bodies.csv` (ISPR), or a state's force the article names in full
  once and then by its initials ("the Zambia National Defence Force (ZNDF)");
- two offices joined by "and" before one name are two persons when another
  person of the article holds the first ("External Affairs Minister and Foreign
  Minister Araghchi");
- non-state audiences ("the Pakistani expatriate community") and plain
  modifiers ("Indian jets") are kept apart, so that rules can ignore them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from . import fastre
from . import lexicon as L
from .sentences import Sentence
from .vocab import ACTOR, LEVEL

# Latin letters with diacritics too: "Erdoğan", "Vučić", "Özil", Vietnamese "Nguyễn Văn Thành", Romanian "Ștefan"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽƠ-ưȘ-țḀ-ỿ"
_LOWER = "a-zß-öø-ÿĀ-žƠ-ưȘ-țḀ-ỿ"
# (and an elided first letter: "Kouamé N'Guessan", "O'Brien", "D'Souza")
_NAME_TOKEN = (rf"(?:(?:Mc|(?:al|el|ad|as|ash|at|an|ar|az)-|[DNO][’'])?[{_UPPER}][{_LOWER}]+"
               rf"(?:[-’'](?!s\b)[A-Za-z{_LOWER}]+)*"
               r"|[A-Z]\.(?=\s+[A-Z]))")
_PARTICLE = r"(?:bin|bint|ibn|al|el|de|da|van|von|der|den|del|la|dos|du|ul|ud|ur)"
# (two particles together: "Jorien van der Steeg", "María de la Cruz")
NAME_RE = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_TOKEN}){{0,5}}")
# Words that end a name: institutions and the like ("General Assembly" is no general).
_NAME_BREAKERS = frozenset("""
Assembly Council Nations Union Ministry Office House Party League Court Department Committee Force
Forces Army Navy Staff Affairs Security Defence Defense Agency Bank Cabinet Room Hall Marshal Chief
Minister President Secretary Government Administration Parliament Senate Summit Kashmir Operation
Headquarters Palace Institute Embassy Accords Agreement Declaration Commission
Holds Meets Receives Hosts Visits Says Calls Signs Urges Pays Discusses Agrees Condemns Warns Offers Summits
Talks
""".split())  # (the verbs of a headline in title case: "President Han Jae-won Holds Summits with Mexico and Chile")
# Nouns that make an institution of the capitalised words before them: after a title ("the General Command",
# "General Border Committee", "Sultan Qaboos Hospital") the whole run is a body or a place, not a person; after an
# adjective ("The Gambia Armed Forces") the adjective is no name.
_INSTITUTION_NOUNS = ("Command|Commands|Staff|Headquarters|Directorate|Border|Committee|Forces|Assembly|Secretariat|"
                      "Council|Commission|Army|Navy|Police|Guard|Guards|Corps|Hospital|University|Academy|College|"
                      "School|Airport|Stadium|Ministry|Department|Office|Agency|Authority|Board|Bureau|Court|Tribunal|"
                      "Region|Division|Brigade|Battalion|Regiment|Unit|Service|Services|Institute|Center|Centre|"
                      "Mosque|Bridge|Street|Road|Avenue|Square|Palace|Hall|Inspectorate|Prosecutor")
_INSTITUTION_WORDS = frozenset(_INSTITUTION_NOUNS.split("|"))
_ORG_RUN = re.compile(rf"\s+(?:[{_UPPER}][\w’'-]*\s+){{0,3}}(?:{_INSTITUTION_NOUNS})(?![\w’'-])")
# A body named with a rank's word after it: "the Royal Bhutanese Consulate General, Kolkata" is no general.
_BODY_BEFORE_TITLE = re.compile(r"(?:Consulate|Directorate|Secretariat|Inspectorate)[\s-]$")
# A leader of no state's office: "Opposition leader Tiaon Ioane met Ms Marsh"
_OPPOSITION_BEFORE = re.compile(r"(?i)\bopposition\s+$")
_TITLE_GRADE = re.compile(r"(?:\s+|-)(?:Delegate|Designate|designate|[Dd]elegate(?=\s+(?:for|of|to)\s))(?![\w-])")
_TITLE_RE = re.compile(rf"(?<![\w-])(?i:(?:first\s+)?{L.DEPUTY}\s+)?(?i:{L.TITLE_ALT})(?:(?:\s+and\s+|\s*/\s*|\s+)(?i:{L.TITLE_ALT}))*(?![\w-])")
# Words between a state and a title that leave the title that state's: "the Thai regional army commander".
_TITLE_MODIFIERS = (r"(?:(?:top|then|former|new|acting|visiting|caretaker|interim|incoming|outgoing|current|regional|"
                    r"border|military|army|naval|navy|senior|local|provincial|district|sector|frontier|area|zone|corps|"
                    r"field|security|police|deputy|chief|junior|front-line|frontline|divisional|theatre|theater|"
                    r"county|sub-county|station)\s+){0,3}")
# What extends a minister's portfolio: "and Expatriates", ", African Integration and Chadians Abroad", "of Foreign
# Affairs and International Relations", "and Human Mobility", ", European Union and Cooperation".
_PORTFOLIO_TAIL = re.compile(
    r"(?:(?:,\s+|\s+and\s+)(?:[A-Z][\w’'-]+\s+){0,2}(?:Expatriates|Emigrants|Emigration|Co-?operation|Integration|"
    r"Abroad|Trade|Diaspora|Francophonie|Worship|Investment|Communities|Overseas|Nationals|Affairs|Relations|Mobility|"
    r"Union))+")
# An envoy's principal: "Special Representative of the President of Kazakhstan" stands for Kazakhstan.
_OF_PRINCIPAL = re.compile(r"\s+of\s+the\s+(?:President|Prime\s+Minister|King|Emir|Amir|Government|Head\s+of\s+State)(?=\s+of\s)")
_BEFORE_TITLE = re.compile(rf"(?:['’]s)?\s+{_TITLE_MODIFIERS}$")
OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")  # "Minister of the Interior"; shared with document
_US_SECRETARY = re.compile(r"(?!\s+(?:for|of)\b)(?!\s+Cardinal\b)")  # not the Holy See's "Secretary of State Cardinal"
# Styles that stand before a name ("H.E. General", "His Royal Highness Prince", "Sheikh Dr."), one list for
# matching them in running text (HONORIFIC) and for dropping them from the front of a name (clean_name).
_STYLES = ("His Royal Highness", "Her Royal Highness", "His Excellency", "Her Excellency", "His Highness",
           "Her Highness", "His Majesty", "Her Majesty", "H.E.", "H. E.", "HE", "HH", "HRH", "Sheikh", "Sheikha",
           "Shaikh", "Princess", "Prince", "Sayyid", "Sayed", "Samdech", "Dato Seri", "Dato' Seri", "Dato’ Seri",
           "Datuk Seri", "Tan Sri", "Datuk", "Dato", "Dato'", "Dato’", "YB", "Dr", "Mr", "Mrs", "Ms", "Prof",
           "Hon'ble", "Hon’ble", "Hon", "Honourable", "Honorable", "Shri", "Smt", "Dasho", "Excmo", "Excma",
           "Professor", "Madam", "Madame", "Alhaji", "Hajia", "Engr", "Amb",
           "U")  # Burmese: "H.E. U Kyaw Min Thant"
# Only ever stripped from the front of a name already found: in running text they would swallow the
# "Sri" of "Sri Lanka" or a surname ("Hun Sen").
_NAME_ONLY_STYLES = ("Senator", "Sen", "Sri")
HONORIFIC = ("(?:" + "|".join(re.escape(s).replace(r"\ ", r"\s*" if s.startswith("H.") else r"\s+")
                              for s in sorted(_STYLES, key=len, reverse=True)) + r")\.?")
# The Commonwealth style puts "the" (and a senator's rank) before "Hon.": "our Foreign Minister, Senator the Hon. X",
# "the Prime Minister, the Rt Hon. Y".
COMMONWEALTH_STYLE = r"(?:Senator\s+)?the\s+(?:Rt\.?\s+|Right\s+|Most\s+)?Hon(?:ourable|orable|\.)?\s+"
_HONORIFIC_RUN = rf"(?:{COMMONWEALTH_STYLE}|{HONORIFIC}\s+)*"
# What an office is for, before the holder's name: "special representative for relations with Russia, Davit Lomidze",
# "the Minister Delegate in charge of National Defence, Mr. Fortuné Adjaho".
# The post of an envoy stands there too: "the Maldivian High Commissioner in Colombo, Mr Ibrahim Naseer Ali".
_COMPLEMENT = re.compile(rf"\s+(?:for|on|in\s+charge\s+of|in|to|at)\s+[^,;()“”\"]{{3,60}}?,\s+{_HONORIFIC_RUN}")
# A capitalised portfolio before the holder's name: "Minister of Mines and Geology, Dr. Ama Owusu".
_PORTFOLIO_OF = re.compile(rf"\s+(?:of|for|and)\s+(?:the\s+)?[{_UPPER}][\w’'-]*(?:(?:\s+and\s+|\s+)[{_UPPER}][\w’'-]*){{0,4}}"
                           rf",\s+{_HONORIFIC_RUN}")
# (a retired officer's "(rtd)" between: "Brigadier General (rtd) Ireen Sakala")
_NAME_AFTER = re.compile(rf"(?:\s*\((?i:rtd|retd|ret|retired)\.?\))?,?\s+{_HONORIFIC_RUN}")
# A name that is itself apposed after a comma: the holder of the title before it ("the President of Uruguay, Martín")
_APPOSED_TO_TITLE = re.compile(rf",\s+{_HONORIFIC_RUN}$")
_HONOURED = re.compile(rf"(?:{COMMONWEALTH_STYLE}|{HONORIFIC}\s+)+$")  # a communiqué's "His Excellency X", "Mr. X"
# ("the Honourable Helen Marsh MP, Prime Minister of Australia": post-nominal letters after the name)
_APPOSITION = re.compile(rf"(?P<name>{NAME_RE.pattern})(?:\s+(?:MP|MNA|MHA|MLA|KC|QC|OBE|MBE|CBE))?"
                         r",\s+(?:the\s+|a\s+)?$")
# A plain word may qualify the body: "Thai defence officials", "Pakistani security forces", "Malian border guards";
# two joined by "and" too ("Mexican consular and naval officials").
_BODY_WORD = (r"(?:defen[cs]e|security|border|military|government|senior|top|health|police|foreign|state|naval|"
              r"intelligence|army|customs|immigration|local|provincial|consular|diplomatic|"
              r"sector|regional|zone|area|district|frontier|field)")  # "Cameroonian sector commanders"
_BODY_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{_BODY_WORD}\s+(?:and\s+{_BODY_WORD}\s+)?)?"
                         rf"(?P<noun>(?i:{L.BODY_ALT}))(?![\w-])")
# A state's agency named in full, which the lexicon's body nouns do not know: "the Portuguese Maritime Authority", "the
# Thai Marine Department" (capitalised words that end in an agency's noun; not a news agency: "the Saudi Press Agency")
_AGENCY_AFTER = re.compile(r"(?:\s+(?!(?:Press|News|Broadcasting|Radio|Television)\b)[A-Z][a-z]+){1,3}\s+"
                           r"(?:Authority|Agency|Directorate|Department|Administration|Inspectorate|Service)(?![\w-])")
_AUDIENCE_AFTER = re.compile(rf"(?:\s+[a-z]+)?\s+(?:{L.AUDIENCE_NOUNS})\b")
# "the Chinese side"; a communiqué's "the Ivorian Party" (capitalised, after "the"; not a political party: "the Ivorian
# Party's leaders", "the Senegalese Party for Progress", "the Slovak Party Congress")
_SIDE_AFTER = re.compile(r"\s+(?:side|Side)\b|(?<=\w)\s+Party\b(?!['’]s|\s+(?:[A-Z]|for\b|of\b))")
_PRONOUN_RE = fastre.guard(re.compile(
    r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b(?!\s+(?:Excellency|Highness|Majesty|Royal)\b)"))
_HONORIFIC_RE = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?P<name>{_NAME_TOKEN})")
# The last word before a term. Searched in a slice: there the lookbehind lets a search start only at a word's first
# letter (the match a search finds first), not at every letter of it, and cannot look past the slice's start.
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\W*$")
_CAPITALISED = re.compile(rf"(?<![\w-])[{_UPPER}][\w’'-]*(?<![’'])")
_WORD_AFTER = re.compile(r"\W*([A-Za-z]+)")
_TOWN_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+(?:the\s+)?$")  # "in Samarkand, Uzbekistan"
_TEAM_BEFORE = re.compile(r"(?i)\b(?:(?:high-level|high-ranking|senior|military|government|official|security|"
                          r"ministerial|technical|parliamentary)\s+)*(?:delegations?|team|officials|representatives|"
                          r"envoys?|diplomats|negotiators|commanders|officers)\s+(?:from|of)\s+(?:the\s+)?$")
_BODY_OF_BEFORE = re.compile(rf"(?<![\w-])(?P<noun>(?i:{L.BODY_ALT}))\s+of\s+(?:the\s+)?$")
_ADDRESSED_TO = re.compile(r"(?i)\b(?:appreciation|gratitude|thanks|grateful|thankful|message|letter|condolences|"
                           r"solidarity|tribute)\s+to\s+(?:the\s+)?$")


def _body_level(typ: str, who: str) -> str | None:
    """A delegation's level is its people's: "the interior ministers of Italy" are ministerial, "Philippine and Chinese
    officials" officials; an armed force's is military ("a delegation of the Armed Forces of Niger")."""
    if typ == ACTOR.armed_forces:
        return LEVEL.military
    return L.collective_level(who) if typ == ACTOR.delegation else None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str              # person | body | state | place | modifier | people | audience | pronoun
    state: str | None      # ISO3 the mention stands for (or is located in, for a place)
    actor_id: str | None   # ISO3 for states, a slug for persons and bodies
    text: str
    level: str | None = None
    possessive: bool = False

    @property
    def is_actor(self) -> bool:
        """Stands for a state party (not a place, an audience or a mere modifier)."""
        return self.kind in ("person", "body", "state") and self.state is not None


# Mention kinds that name a state itself ("Laos", "Lao", "the Lao army") and, with persons, those that name a
# state's actor: the sides a rule may take from a sentence.
STATE_KINDS = ("state", "modifier", "body")
ACTOR_KINDS = STATE_KINDS + ("person",)


@dataclass
class Person:
    actor_id: str
    name: str
    state: str | None = None
    level: str | None = None
    titles: set = field(default_factory=set)


# Name parts too common to stand for one person on their own.
_NOT_NAME_KEYS = frozenset("bin bint ibn Abu Sheikh Sheikha Shaikh Prince Princess Al Syed Sayed Muhammad Mohammad Mohammed".split())
# A lower-case Arabic article joined to a family name ("al-Ubaidi", "el-Sayed"), capitalised where it opens a sentence.
_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|as|ash|at|az|ar|an|ul)-[A-Z]")


# Initials a release uses for an office it names in full elsewhere ("EAM" for "External Affairs Minister").
_TITLE_INITIALS = {"eam": "external affairs minister", "coas": "chief of army staff",
                   "nsa": "national security adviser", "dgmo": "director general of military operations"}


def _title_parts(title: str) -> list[str]:
    """ "Deputy Prime Minister/Foreign Minister" -> ["deputy prime minister", "foreign minister"]; "EAM" -> ["external
    affairs minister"]."""
    parts = [p.strip().lower() for p in re.split(r"\s*/\s*|\s+and\s+", title) if p.strip()]
    return [_TITLE_INITIALS.get(p, p) for p in parts]


def slugify(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


_HONORIFICS = frozenset(word for style in _STYLES + _NAME_ONLY_STYLES for word in style.split())


def clean_name(name: str) -> str:
    """Drop leading honorifics, and cut a name before the first word that cannot be part of it."""
    kept = []
    tokens = name.split()
    while tokens and (tokens[0] in _HONORIFICS or tokens[0].rstrip(".") in _HONORIFICS
                      or tokens[0] in ("the", "Rt", "Rt.", "Right", "Most") and len(tokens) > 2):  # "the Rt Hon. X"
        tokens.pop(0)
    for k, tok in enumerate(tokens):
        if tok in L.NAME_STOPWORDS or tok in _NAME_BREAKERS or tok in L.terms() and not _given_name(tokens, k):
            break
        kept.append(tok)
    return " ".join(kept)


def _given_name(tokens: list[str], k: int) -> bool:
    """Whether a capital's name is part of a person's: opening it before a surname ("Interior Minister Victoria
    Cojocaru"), or closing it, after a given name and another ("Defence Minister Augusto Rezende Lima")."""
    if L.terms()[tokens[k]].kind != "capital":
        return False
    if k >= 2 and k == len(tokens) - 1:
        return tokens[0] not in L.terms()  # (the words before it passed clean_name's loop; the first may be a capital)
    nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
    return k == 0 and nxt[:1].isupper() and nxt not in L.terms() and nxt not in L.NAME_STOPWORDS \
        and nxt not in _NAME_BREAKERS


def one_name(a: str, b: str) -> bool:
    """Whether two names can be one person's: the words of one are among the other's ("Munir", "Asim Munir")."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


@dataclass
class PersonTable:
    """The persons of one article, by id, with an index of the names they go by."""
    persons: dict[str, Person] = field(default_factory=dict)
    by_name: dict[str, set[str]] = field(default_factory=dict)
    acronyms: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)  # "BSF": ("IND", "ind-bsf", level)
    acronym_re: re.Pattern | None = None
    split_at: dict[int, str] = field(default_factory=dict)  # start of "<title> and <title> <Name>" -> first holder
    _firsts: set | None = field(default=None, repr=False)  # first words of the names in by_name

    def add(self, name: str, state: str | None, level: str | None, title: str = "") -> Person:
        known = self.lookup(name)
        if known is not None and not one_name(name, known.name):
            known = None  # "Nawaf Al-Sabah" is not "Ahmad Nasser Al-Sabah": a shared family name is no match
        if known is None:
            known = Person(slugify(name), name)
            self.persons[known.actor_id] = known
        elif len(name) > len(known.name):
            known.name = name  # "Munir" first, "Asim Munir" later: keep the fuller name
        known.state = known.state or state
        known.level = known.level or level
        known.titles |= set(_title_parts(title))
        for key in {name, *name.split()}:
            if key not in L.NAME_STOPWORDS and key not in _NOT_NAME_KEYS and len(key) > 2:
                self.by_name.setdefault(key, set()).add(known.actor_id)
                if _ARTICLE_PREFIX.match(key):  # "Karim al-Ubaidi" ... "Al-Ubaidi was later received": capitalised to open
                    self.by_name.setdefault(key[0].upper() + key[1:], set()).add(known.actor_id)
                    # ... and without the article: "Hamad al-Harthi" ... "Harthi held talks" (wire style)
                    self.by_name.setdefault(key.split("-", 1)[1], set()).add(known.actor_id)
        self._firsts = None
        return known

    def lookup(self, name: str) -> Person | None:
        ids = self.by_name.get(name)
        if not ids:
            ids = self.by_name.get(name.split()[-1]) if name.split() else None
        if ids and len(ids) == 1:
            return self.persons[next(iter(ids))]
        return None

    def by_title(self, title: str, text: str, home: str | None = None, at: int = 0) -> Person | None:
        """The person of the article who holds this title ("the Foreign Minister" -> Araghchi).

        A bare "the Minister" stands for a holder of any minister's title.
        When several hold it, the one of the article's home state (or the one
        the text never placed, who is taken to be at home), else the one the
        text names most often: a ministry's release says "the Foreign
        Minister" for its own, a State House release "The President" for its
        president, never for a visiting one. Said at `at` before the one
        holder, of another state, is first named, it is its own state's: "the
        President had spoken by telephone with Seychelles President X" in a
        Sri Lankan paper.
        """
        parts = set(_title_parts(title))
        found = [p for p in self.persons.values() if parts and all(_holds(p.titles, t) for t in parts)]
        if len(found) > 1 and home:
            at_home = [p for p in found if p.state == home] or [p for p in found if p.state is None]
            found = at_home if len(at_home) == 1 else found
        if len(found) > 1:
            counts = sorted(((text.count(p.name.split()[-1]), p.actor_id) for p in found), reverse=True)
            return self.persons[counts[0][1]] if counts[0][0] > counts[1][0] else None
        if len(found) == 1 and home and found[0].state not in (None, home) \
                and text.find(found[0].name.split()[-1]) > at:
            return None
        return found[0] if found else None

    def names_in(self, text: str, start: int, end: int):
        """(start, end, person) for each known name in text[start:end], longest first at each word."""
        words = list(_CAPITALISED.finditer(text, start, end))
        if self._firsts is None:  # a name can only start with one of these: the cheap test first
            self._firsts = {key.split(" ", 1)[0] for key in self.by_name}
        firsts = self._firsts
        k = 0
        while k < len(words):
            if words[k].group() not in firsts:
                k += 1
                continue
            for n in range(min(4, len(words) - k), 0, -1):
                run = words[k:k + n]
                if any(text[a.end():b.start()] != " " for a, b in zip(run, run[1:])):
                    continue
                ids = self.by_name.get(key := text[run[0].start():run[-1].end()])
                if ids and len(ids) == 1:
                    person = self.persons[next(iter(ids))]
                    # a part of a name inside another proper noun: "Quang" of "Quang Ngai" is no Tran Quang Minh
                    if key != person.name and k + n < len(words) and words[k + n].start() == run[-1].end() + 1:
                        break
                    yield run[0].start(), run[-1].end(), person
                    k += n - 1
                    break
            k += 1


# Words that make another office of a title: a prime minister is not "the Minister".
_RANK_WORDS = frozenset("prime vice deputy crown assistant under".split())


def _holds(titles: set, part: str) -> bool:
    """Whether a person with these titles answers to `part` ("minister" for "foreign minister")."""
    for t in titles:
        if t == part:
            return True
        words = t.split()
        if part in ("minister", "president", "secretary", "amir", "emir") and part in words \
                and not _RANK_WORDS & set(words[:words.index(part)]):
            return True
    return False


@dataclass(frozen=True)
class _Term:
    start: int
    end: int
    term: L.Term
    text: str


# A community named by two demonyms: "Greek Cypriot" is a Cypriot, not a Greek; "Turkish Cypriot" neither a Turk nor
# the Republic of Cyprus.
_COMMUNITY = re.compile(r"(?:Greek|Turkish)\s+Cypriots?\b")


def _terms(text: str, s: Sentence, resolved: dict | None = None, matches: list[re.Match] | None = None) -> list[_Term]:
    """The lexicon's forms in sentence s; `matches`, if given, are the lexicon's matches in s (terms_by_sentence)."""
    tmap, out = L.terms(), []
    communities = [m.span() for m in _COMMUNITY.finditer(text, s.start, s.end)] if "Cypriot" in s.text else ()
    for m in L.term_re().finditer(text, s.start, s.end) if matches is None else matches:
        term = tmap[m.group()]
        if term.kind == "ambiguous":
            term = (resolved or {}).get(m.group())
            if term is None:
                continue
        if communities and any(a <= m.start() < b for a, b in communities) \
                and (m.group().startswith(("Greek", "Turkish")) or text.startswith("Turkish ", m.start() - 8)):
            continue
        out.append(_Term(m.start(), m.end(), term, m.group()))
    return out


def term_matches(text: str) -> list[re.Match]:
    """The lexicon's forms in the whole text, found in one pass (for resolve_ambiguous and terms_by_sentence)."""
    return list(L.term_re().finditer(text))


def terms_by_sentence(matches: list[re.Match], sentences: list[Sentence]) -> list[list[re.Match]] | None:
    """The matches of term_matches that fall in each sentence: what scanning each sentence alone would find, so
    the text is scanned once, not twice. None when a match runs past a sentence's end: scanned alone, that
    sentence could read a shorter form there, so the caller must scan each sentence itself."""
    out: list[list[re.Match]] = [[] for _ in sentences]
    k = 0
    for m in matches:  # both in text order
        while k < len(sentences) and sentences[k].end <= m.start():
            k += 1
        if k == len(sentences) or m.start() < sentences[k].start or m.end() > sentences[k].end:
            return None
        out[k].append(m)
    return out


def resolve_ambiguous(text: str, matches: list[re.Match] | None = None,
                      dateline_state: str | None = None) -> dict[str, L.Term]:
    """Per article: which state each ambiguous form ("Congo") stands for (`matches`: the text's term_matches). A
    form none of whose states the text names takes the dateline's: "SANTO DOMINGO — ... a Dominican fishing vessel"
    (a dateline's place, in capitals, is no form the lexicon matches)."""
    tmap = L.terms()
    forms = {m.group() for m in (term_matches(text) if matches is None else matches)}
    present = {tmap[f].state for f in forms} - {None}
    found = {f for f in forms if tmap[f].kind == "ambiguous"}
    return {form: t for form in found if (t := L.resolve_ambiguous(form, present, dateline_state))}


def _state_term_ending_before(terms: list[_Term], text: str, pos: int, pattern: re.Pattern) -> _Term | None:
    for t in reversed(terms):
        if t.end <= pos and t.term.state and t.term.kind in ("name", "demonym", "capital"):
            return t if pattern.fullmatch(text, t.end, pos) else None
    return None


def _name_at(text: str, pos: int, end: int) -> tuple[str, int, int] | None:
    """The name at pos, honorifics dropped, and where it starts and ends in text."""
    m = NAME_RE.match(text, pos, end)
    if not m:
        return None
    name = clean_name(m.group())
    if _INSTITUTION_WORDS & set(m.group()[len(name):].split()):
        return None  # "Armed Forces", "Qaboos Hospital": words of an institution, not a name
    at = m.group().find(name) if name else -1
    return (name, m.start() + at, m.start() + at + len(name)) if at >= 0 else None


def _state_after(terms: list[_Term], text: str, pos: int, end: int) -> _Term | None:
    """A state name right after pos, introduced by "of" ("President of Rwanda")."""
    of = OF_THE.match(text, pos, end) if pos >= 0 else None
    if not of:
        return None
    at = of.end()
    if (style := _STATE_STYLE.match(text, at, end)) and not any(x.start == at and x.term.state for x in terms):
        # "of the Republic of The Gambia", "of the Co-operative Republic of Guyana": the state's style before its name
        return next((x for x in terms if at < x.start <= style.end() and x.term.state and x.term.kind == "name"
                     and _STYLE_WORDS.fullmatch(text, at, x.start)), None)
    return next((x for x in terms if x.start == at and x.term.state and x.term.kind == "name"), None)


# A state's formal style, where the lexicon knows only the name after it: "the (Co-operative) Republic of", "the
# Kingdom of", "the Sultanate of"
STATE_STYLE = (r"(?:[A-Z][\w-]+\s+){0,3}?(?:Republic|Kingdom|Sultanate|Principality|Grand\s+Duchy|"
               r"Federation|Commonwealth|State|Emirate)\s+of\s+(?:the\s+)?"
               r"(?:Union\s+of\s+)?")  # "the Republic of the Union of Myanmar"
_STATE_STYLE = re.compile(STATE_STYLE)
_STYLE_WORDS = re.compile(r"(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?)*")


# A state's force or service named by its demonym: "of the Somali National Army", "of the Ghanaian Navy".
# (in wire style in lower case too: "the Chief of the General Staff of the Libyan army, General Khaled al-Obeidi")
# (and a unit of one: "the commander of the Mexican flotilla", "the head of the Kenyan contingent")
_FORCE_NAME = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,2}?(?i:Army|Navy|Air\s+Force|Armed\s+Forces|Defen[cs]e\s+Forces|"
                         r"Police|Coast\s+Guard|Border\s+Guard|Gendarmerie|Government|flotilla|squadron|fleet|battalion|"
                         r"brigade|regiment|garrison|contingent|detachment|patrol|task\s+force)(?![\w-])")


def _force_after(terms: list[_Term], text: str, pos: int, end: int) -> tuple[str, int] | None:
    """(state, end) of "of the <Demonym> ... Army" (or a force the lexicon knows) right after pos."""
    of = OF_THE.match(text, pos, end)
    x = of and next((x for x in terms if x.start == of.end() and x.term.state and x.term.kind in ("demonym", "body")), None)
    if x and x.term.kind == "body":  # the lexicon's own name for the force: "of the Somali National Army"
        return x.term.state, x.end
    force = x and _FORCE_NAME.match(text, x.end, end)
    return (x.term.state, force.end()) if force else None


# "of the Department of Boundary and Ocean Affairs", "of the Ministry of Foreign Affairs": the units an office sits in.
_OF_BODY = re.compile(r"\s+of\s+the\s+(?:Department|Ministry|Office|Directorate|Bureau|Secretariat|Division|Agency|"
                      r"Administration|Cabinet)(?:\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})?")


def _of_bodies(text: str, pos: int, end: int) -> int:
    """pos past the chain of "of the <unit>" after an office, or pos itself."""
    start = pos
    for _ in range(4):
        m = _OF_BODY.match(text, pos, end)
        if not m:
            break
        pos = m.end()
    return pos if pos > start else -1


# An office's portfolio in capitals before the state it serves: "Minister of People's Power for Foreign Affairs of
# the Bolivarian Republic of Venezuela", "Deputy Minister for Latin America of Venezuela"
_PORTFOLIO_CAPS = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?[{_UPPER}][\w’'-]*"
                             rf"(?:\s+(?:(?:and|for|of)\s+)?[{_UPPER}][\w’'-]*){{0,5}}?(?=\s+of\s)")


def _portfolio_end(terms: list[_Term], text: str, pos: int, end: int) -> int:
    """pos past a portfolio in capitals that names no state itself, before "of <state>"; else -1."""
    m = _PORTFOLIO_CAPS.match(text, pos, end)
    if not m or any(pos < x.start < m.end() and x.term.state for x in terms):
        return -1
    return m.end()


_WORD_ENDING = re.compile(rf"(?<![\w’'-])([{_UPPER}][{_LOWER}]+)(\s+)$")  # not over "and": "Samia Hassan and"
_AND_PORTFOLIO = re.compile(rf"(?<![\w’'-])[{_UPPER}][{_LOWER}]+\s+and\s+$")


# titles a capitalised portfolio or rank may stand before: "Fisheries Minister", "Union Minister for Foreign Affairs"
_PORTFOLIO_TITLE = re.compile(r"(?i)(?:minister|secretary)(?:\s+(?:of|for)\b.*)?$")
_PORTFOLIO_WORDS = frozenset({"Foreign", "Defence", "Defense", "State", "Army", "Prime", "Chief"})  # stopwords, not here


def _portfolio_start(text: str, terms: list[_Term], lo: int, pos: int) -> int:
    """Where the capitalised portfolio before a title at pos begins ("Fisheries Minister", "Home Affairs
    Secretary"), or pos: a state form, a name stopword or an honorific ends it."""
    start = pos
    for _ in range(3):
        m = _WORD_ENDING.search(text, max(lo, start - 40), start)
        word = m and m.group(1)
        if not m or word in L.NAME_STOPWORDS and word not in _PORTFOLIO_WORDS or word in _HONORIFICS \
                or _TITLE_RE.fullmatch(word) \
                or any(t.start < m.end(1) and m.start(1) < t.end for t in terms):
            break
        start = m.start()
    # "Austria's Climate and Energy Minister": over "and" only where a state's possessive opens the portfolio (not
    # "Samia Hassan and Energy Minister ...")
    joined = _AND_PORTFOLIO.search(text, max(lo, start - 40), start)
    if joined and _state_term_ending_before(terms, text, joined.start(), _BEFORE_TITLE):
        start = joined.start()
    return start


_PLACE_BEFORE = re.compile(r"(?i)\b(?:town|village|city|district|province|region|county|port|camp)\s+of\s+$"
                           r"|\b(?:in|near|around|outside)\s+$")


def _apposed_name(text: str, s: Sentence, pos: int) -> tuple[str, int] | None:
    """A name just before ", " at pos ("Hun Manet, Cambodia's prime minister"), honorifics dropped."""
    m = _APPOSITION.search(text, max(s.start, pos - 80), pos)
    if not m or m.end() != pos:
        return None
    raw = m.group("name")
    name = clean_name(raw)
    if not name or not raw.endswith(name):  # cut short by a word that is no name: not an apposition
        return None
    start = m.start("name") + len(raw) - len(name)
    if _PLACE_BEFORE.search(text, max(s.start, start - 30), start):
        return None  # "around the border town of Am Dafok, Chad's president sent ...": a place, then a new clause
    return name, start


# The same pattern without its case-insensitive groups, for lowered text: sre matches it about twice as fast.
_TITLE_LOWER_RE = fastre.guard(re.compile(_TITLE_RE.pattern.replace("(?i:", "(?:")))


_CAPITALISED_RANK = re.compile(rf"(?<![\w-])(?:{'|'.join(L.CAPITALISED_RANKS)})(?=\s+[{_UPPER}][\w’'-]+\s+[{_UPPER}])")


def _title_spans(text: str, s: Sentence) -> list[tuple[int, int]]:
    """(start, end) of each title of office in sentence s: _TITLE_RE's matches, found in the lowered sentence; and a
    capitalised rank before a full name (`lexicon.CAPITALISED_RANKS`), found as written."""
    lo = max(0, s.start - 1)  # one character before, for the lookbehind
    low = text[lo:s.end].lower()
    if len(low) != s.end - lo:  # a letter whose lower case is longer ("İ"): offsets would shift
        out = [m.span() for m in _TITLE_RE.finditer(text, s.start, s.end)]
    else:
        out = [(m.start() + lo, m.end() + lo) for m in _TITLE_LOWER_RE.finditer(low, s.start - lo)]
    if any(r in s.text for r in L.CAPITALISED_RANKS):  # the cheap test first
        ranks = [m.span() for m in _CAPITALISED_RANK.finditer(text, s.start, s.end)
                 if not any(a <= m.start() < b for a, b in out)]  # not the "Major" of "Major General X"
        out = sorted(out + ranks)
    return out


# An office of a state's, then the titled person who holds it: "the chief of El Salvador's navy, Rear Admiral Óscar
# Menjívar", "the head of the Kenyan delegation, Ambassador ..."
# The heads of a unit, named by their office ("the chief of El Salvador's navy", "the head of Kyrgyzstan's border
# service"): read before a title (_office_apposed_before) and before a name alone (_unit_heads)
_UNIT_HEADS = r"chief|commander|head|director|chair(?:man|woman|person)?|leader|spokes(?:man|woman|person)"
_OFFICE_OF_BEFORE = re.compile(rf"(?i)\bthe\s+(?:[\w-]+\s+){{0,2}}?(?:{_UNIT_HEADS})\s+of\s+(?:the\s+)?$")
_OFFICE_TAIL = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3},\s+(?:(?:Rear|Vice|Lieutenant|Major|Brigadier)\s+)?$")


def _office_apposed_before(terms: list[_Term], text: str, lo: int, pos: int) -> str | None:
    """The state of an office set off by a comma just before the title at pos, if a state names that office."""
    x = next((x for x in reversed(terms) if x.end <= pos), None)
    if x is None or not x.term.state or x.term.kind not in ("name", "demonym", "body") \
            or not _OFFICE_TAIL.fullmatch(text, x.end, pos):
        return None
    return x.term.state if _OFFICE_OF_BEFORE.search(text, max(lo, x.start - 60), x.start) else None


def _person_spans(text: str, s: Sentence, terms: list[_Term]):
    """(start, end, name, state, level, title) for each person named by a title of office.

    Forms: "US President Donald Trump", "Pakistan's army chief", "Hun Manet,
    Cambodia's prime minister", "Prime Minister of Pakistan Shehbaz Sharif",
    "President Paul Kagame of Rwanda", "Sheikh Mohammed Al Thani, Prime Minister".
    """
    out = []
    consumed = s.start
    for t_start, t_end in _title_spans(text, s):
        if t_start < consumed:
            continue  # "the President" inside "Special Representative of the President of Kazakhstan"
        title = text[t_start:t_end]
        if title[0].isupper() and (_ORG_RUN.match(text, t_end, s.end)
                                   or _BODY_BEFORE_TITLE.search(text, max(s.start, t_start - 13), t_start)):
            continue  # "the General Command", "General Border Committee", "Consulate General": a body, not a person
        if _OPPOSITION_BEFORE.search(text, max(s.start, t_start - 12), t_start):
            continue  # an opposition's leader holds no office of the state
        start, end, state, name = t_start, t_end, None, None
        if (grade := _TITLE_GRADE.match(text, end, s.end)):
            end = grade.end()  # "Minister Delegate for Defence", "Ambassador-designate": one title
        tail = _PORTFOLIO_TAIL.match(text, end, s.end) if re.search(r"(?i)minister|advis", title) else None
        if tail:  # "Minister of Foreign Affairs, Emigration and Egyptian Expatriates": one title
            end = tail.end()
            inside = next((x for x in terms if tail.start() <= x.start and x.end <= end and x.term.state
                           and x.term.kind in ("demonym", "people")), None)
            state = inside.term.state if inside else None
        principal = _OF_PRINCIPAL.match(text, end, s.end)
        lead = _portfolio_start(text, terms, s.start, t_start) if title[0].isupper() and _PORTFOLIO_TITLE.search(title) \
            else t_start
        start = lead  # "Fisheries Minister Kanchana Dissanayake": the portfolio is part of the title
        st = None if state else _state_term_ending_before(terms, text, lead, _BEFORE_TITLE)
        if st:
            start, state = st.start, st.term.state
        elif state:  # read on over the state named again: "... Egyptian Expatriates of the Arab Republic of Egypt, H.E."
            end = after.end if (after := _state_after(terms, text, end, s.end)) and after.term.state == state else end
        elif principal and (after := _state_after(terms, text, principal.end(), s.end)):
            state, end = after.term.state, after.end  # "the Special Representative of the President of Kazakhstan"
        elif (after := _state_after(terms, text, end, s.end)):
            state, end = after.term.state, after.end
        elif title[0].isupper() and (after := _state_after(terms, text, _of_bodies(text, end, s.end), s.end)):
            state, end = after.term.state, after.end  # "Director-General of the Department ... of the Ministry ... of China"
        elif title[0].isupper() and (after := _state_after(terms, text, _portfolio_end(terms, text, end, s.end), s.end)):
            state, end = after.term.state, after.end  # "the Deputy Minister for Latin America of Venezuela"
        elif (force := _force_after(terms, text, end, s.end)):
            state, end = force  # "the Chief of Defence Forces of the Somali National Army": that army's, not a namesake's
        elif (office := _office_apposed_before(terms, text, s.start, lead)):
            state = office  # "the chief of El Salvador's navy, Rear Admiral Óscar Menjívar": the office named first
        consumed = end
        # "His Excellency Emmanuel Villareal, President of the Philippines, His Excellency Domingos Soares Belo, ...":
        # a title apposed to a name styled before it is that name's, not the next one's (unless that name is the holder
        # of the title before: "the President of Uruguay, Mr. Martín Echenique, the President of Brazil, ...")
        before = _apposed_name(text, s, start)  # "Hun Manet, Cambodia's prime minister": a name apposed before it
        own = before and text.startswith(",", end) and _HONOURED.search(text, max(s.start, before[1] - 60), before[1]) \
            and not _APPOSED_TO_TITLE.search(text, max(s.start, before[1] - 60), before[1])
        gap = None if own else _NAME_AFTER.match(text, end, s.end)
        found = _name_at(text, gap.end(), s.end) if gap and not _TITLE_RE.match(text, gap.end()) else None
        if found and found[0] not in L.terms():
            name, end = found[0], found[2]
            if state is None and (after := _state_after(terms, text, end, s.end)):
                state, end = after.term.state, after.end
            elif state is None and " " in name and (force := _force_after(terms, text, end, s.end)):
                # "Commander Abdi Galgalo of the Ethiopian Federal Police" (a full name, not "General Director")
                state, end = force
        comp = None if found else _COMPLEMENT.match(text, end, s.end)
        if comp and (named := _name_at(text, comp.end(), s.end)) and named[0] not in L.terms() \
                and text.startswith(",", named[2]):  # "special representative for relations with Russia, Davit Lomidze,"
            name, end = named[0], named[2]
        portfolio = None if found or comp or state or not title[0].isupper() else _PORTFOLIO_OF.match(text, end, s.end)
        if portfolio and not any(portfolio.start() <= x.start < portfolio.end() and x.term.state for x in terms) \
                and not _TITLE_RE.search(text, portfolio.start(), portfolio.end()) \
                and (named := _name_at(text, portfolio.end(), s.end)) and named[0] not in L.terms() \
                and re.match(r"[,.;:)]|\s+\(|\s+[a-z]|$", text[named[2]:s.end]):
            name, end = named[0], named[2]  # "the Minister of Mines and Geology, Dr. Ama Owusu, said"
        if name is None and before:
            name, start = before
        if state is None and name and title == "Secretary of State" and _US_SECRETARY.match(text, t_end, s.end):
            state = "USA"  # the office so styled bare is Washington's ("Secretary of State for Defence" is London's)
        if title[0].islower() and state is None and name is None:
            continue  # "the president" alone: nobody we can place
        if title.lower() in ("general", "commander", "premier", "leader") and name is None and state is None:
            continue  # "in general", "the commander": too vague to place
        out.append([start, end, name, state, L.title_level(title), title])
    out += _plural_title_pairs(text, s, terms)
    out += _unit_heads(text, s, terms, out)
    out.sort(key=lambda x: x[0])
    return [tuple(x) for x in _join_appositions(text, out)]


# "the head of Kyrgyzstan's border service, Kairat Osmonov,": an office in a state's unit, then its holder by name alone
_UNIT_HEAD = re.compile(rf"(?i:\b(?P<title>{_UNIT_HEADS}|governor)\s+of\s+(?:the\s+)?)")
_UNIT_TAIL = re.compile(rf"['’]s(?:\s+[\w’'-]+){{1,5}},\s+{_HONORIFIC_RUN}")


def _unit_heads(text: str, s: Sentence, terms: list[_Term], spans: list[list]) -> list[list]:
    out = []
    if "'s " not in s.text and "’s " not in s.text:
        return out  # the cheap test first: every form holds a state's possessive
    for m in _UNIT_HEAD.finditer(text, s.start, s.end):
        x = next((x for x in terms if x.start == m.end() and x.term.state and x.term.kind == "name"), None)
        tail = x and _UNIT_TAIL.match(text, x.end, s.end)
        named = tail and _name_at(text, tail.end(), s.end)
        if not named or named[0] in L.terms() or not re.match(r",|\s+and\s", text[named[2]:s.end]) \
                or any(a < named[2] and named[1] < b for a, b, *_ in spans):
            continue
        out.append([named[1], named[2], named[0], x.term.state, L.title_level(m.group("title")), m.group("title")])
    return out


# A town's or province's officer, then his name: "The governor of Van province, Mehmet Ali Yurtsever,", "the akim of
# Turkestan region, Darkhan Sultanbekov,", "The District Commissioners of Kazungula and of Chobe, Mr Lubinda Nyambe and
# Ms Kelebogile Seretse". Only the gazetteer can tell the place's state, once the article's states are known: the
# person is left unplaced here, and the place kept for the document (`Scan.offices`). A bare head, chief or president
# is of a place only if its kind is said ("the president of Stefan Voda district"), never of a state ("President of
# Kenya", which the state lexicon reads first).
_LOCAL_OFFICE = re.compile(
    r"(?<![\w-])(?i:(?P<title>governor|mayor|akim|khokim|hakim|(?:sub-)?prefect|(?:district\s+)?commissioner|"
    r"(?:district\s+)?administrator|intendant|(?P<head>head|chief|president|chair(?:man|woman|person)?|commander|"
    rf"director))(?P<plural>s)?)\s+of\s+(?:the\s+)?(?P<p1>[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,2}}?)"
    rf"(?:\s+and\s+(?:of\s+)?(?:the\s+)?(?P<p2>[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,2}}?))?"
    r"(?P<kind>\s+(?i:province|region|district|county|oblast|governorate|department|prefecture|municipality)s?)?"
    rf",\s+{_HONORIFIC_RUN}")
_AND_HONOURED = re.compile(rf"\s+and\s+{_HONORIFIC_RUN}")
_LOCAL_WORDS = ("governor", "mayor", "akim", "khokim", "hakim", "prefect", "commissioner", "administrator", "intendant",
                "district", "province", "region", "county", "oblast", "governorate", "department", "prefecture",
                "municipality")


def _local_officers(text: str, s: Sentence, terms: list[_Term], spans: list[list]) -> tuple[list[list], list]:
    """Person spans (as _person_spans, unplaced) for a town's or province's officers named after their office, and
    (name start, place name) for each, which the document resolves."""
    out, places = [], []
    low = s.text.lower()
    if not any(w in low for w in _LOCAL_WORDS):
        return out, places  # the cheap test first
    for m in _LOCAL_OFFICE.finditer(text, s.start, s.end):
        if m.group("head") and not m.group("kind") or bool(m.group("p2")) != bool(m.group("plural")):
            continue  # "the head of Kyrgyzstan's border service" (_unit_heads); two places, two holders
        title = re.sub(r"\s+", " ", m.group("title").lower())
        level = L.title_level(title) if m.group("head") == "commander" else LEVEL.officials
        pos, held = m.end(), [m.group("p1"), m.group("p2")] if m.group("p2") else [m.group("p1")]
        for k, place in enumerate(held):
            named = _name_at(text, pos, s.end)
            if not named or named[1] != pos or named[0] in L.terms() \
                    or any(x.start < named[2] and named[1] < x.end for x in terms) \
                    or any(a < named[2] and named[1] < b for a, b, *_ in spans):
                break
            out.append([named[1], named[2], named[0], None, level, title])
            places.append((named[1], place))
            joint = k + 1 < len(held) and _AND_HONOURED.match(text, named[2], s.end)
            if not joint:
                break
            pos = joint.end()
    return out, places


# One plural title before two names: "Presidents Andrzej Kalinowski of Poland and Serhiy Bondar of Ukraine",
# "Foreign Ministers Wang Yi and S. Jaishankar".
# Newswire lowers the plural ("Foreign ministers Lucía Herrera of Guatemala and ..."): the names stay capitalised.
_PLURAL_TITLE = re.compile(r"(?<![\w-])(?P<title>(?i:(?:(?:foreign|defen[cs]e|interior|prime)\s+)?ministers|presidents|"
                           r"prime\s+ministers|kings|emirs|generals))\s+(?=[A-Z])")
_AND_NAME = re.compile(r",?\s+and\s+")
_PLURAL_WORDS = ("ministers ", "presidents ", "kings ", "emirs ", "generals ")


def _plural_title_pairs(text: str, s: Sentence, terms: list[_Term]) -> list[list]:
    """Person spans (as _person_spans) for the two holders named after a plural title."""
    out = []
    low = s.text.lower()
    if not any(w in low for w in _PLURAL_WORDS):
        return out  # the cheap test first
    for t in _PLURAL_TITLE.finditer(text, s.start, s.end):
        title = t.group("title")[:-1]  # each holds it: "Prime Ministers" -> "Prime Minister"
        pair, pos = [], t.end()
        for _ in range(2):
            found = _name_at(text, pos, s.end)
            if not found or found[1] != pos or found[0] in L.terms():
                break
            name, end = found[0], found[2]
            after = _state_after(terms, text, end, s.end)
            state = after.term.state if after else None
            pair.append([pos, after.end if after else end, name, state, L.title_level(title), title])
            joint = _AND_NAME.match(text, pair[-1][1], s.end)
            if not joint:
                break
            pos = joint.end()
        if len(pair) == 2:
            pair[0][0] = t.start()  # the first holder's span takes the title
            out += pair
    return out


# Between an office and its holder's titled name: "Colombia's Defence Minister, retired General Hernán Restrepo".
_APPOSED_GAP = re.compile(r",\s*(?:the\s+)?(?:(?:retired|former|then|now|current|acting)\s+)?")


def _join_appositions(text: str, spans: list[list]) -> list[list]:
    """ "Pakistan's army chief, General Syed Asim Munir", "Gen. Muhoozi Kainerugaba, the Ugandan army chief": one
    person, placed by one, named by the other."""
    out: list[list] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev and sp[2] is None and sp[3] is None and re.fullmatch(r"\s*\(", text[prev[1]:sp[0]]) \
                and text.startswith(")", sp[1]):
            prev[1] = sp[1] + 1  # "Director General of Military Operations (DGMO)": the same person
            continue
        if prev and _APPOSED_GAP.fullmatch(text, prev[1], sp[0]) and (prev[2] is None) != (sp[2] is None) \
                and (prev[3] is None or sp[3] is None or prev[3] == sp[3]):
            prev[1], prev[2], prev[3] = sp[1], prev[2] or sp[2], prev[3] or sp[3]
            prev[4], prev[5] = prev[4] or sp[4], f"{prev[5]} and {sp[5]}"
            continue
        out.append(sp)
    return out


@dataclass(frozen=True)
class Scan:
    """What a sentence holds before persons are known: lexicon terms, titled persons, acronyms it defines."""
    terms: list
    persons: list
    acronyms: tuple = ()
    offices: tuple = ()  # (start, place) of a local officer's name: "the governor of Van province, X" (_local_officers)


def scan(text: str, s: Sentence, resolved: dict | None = None, matches: list[re.Match] | None = None) -> Scan:
    """`matches`: the lexicon's matches in s, when already known (terms_by_sentence)."""
    terms = _terms(text, s, resolved, matches)
    persons = _person_spans(text, s, terms)
    local, offices = _local_officers(text, s, terms, persons)
    if local:
        persons = sorted(persons + [tuple(x) for x in local], key=lambda x: x[0])
    return Scan(terms, persons, tuple(_acronym_defs(text, s, terms)), tuple(offices))


# A state's force or agency named in full once, then by its initials: "India's Border Security Force (BSF)",
# "Border Guard Bangladesh (BGB)", "the National Police of Peru (PNP)". Later "BSF" stands for India.
_ACRONYM_DEF = re.compile(r"\s\((?P<acr>[A-Z]{2,7})\)")
_PHRASE_TOKEN = re.compile(r"[\w’'.-]+")
_ACRONYM_HEADS = _INSTITUTION_WORDS | {"Force", "Gendarmerie", "Constabulary", "Rangers", "Guard", "Police"}
# Words that make a named force an armed group, not a state's ("Free Syrian Army", "Sudan People's Liberation Army").
_NON_STATE_NAME_WORDS = frozenset("""Liberation Democratic Free Revolutionary Resistance Rebel Islamic Alliance Front
Movement Support Mujahideen Popular People's People’s Patriotic Party League Union Federation""".split())
_PHRASE_LINKS = frozenset({"of", "the", "and", "for"})
_PHRASE_BREAKS = frozenset("""And But Or In On At For From With By To As After Before During Since Until While When Where
Who Which This That These Those He She It They We His Her Its Their Our According Meanwhile However Earlier Later Also
Yesterday Today""".split())


def _acronym_defs(text: str, s: Sentence, terms: list[_Term]):
    """(acronym, state, actor id, level, start, end) for each "<named force of one state> (ACRONYM)" in the sentence."""
    if "(" not in s.text:
        return  # the cheap test first
    for m in _ACRONYM_DEF.finditer(text, s.start, s.end):
        acr = m.group("acr")
        if acr in L.terms():
            continue  # "(UAE)", "(DRC)": the state itself
        lo = max(s.start, m.start() - 100)
        tokens = list(_PHRASE_TOKEN.finditer(text, lo, m.start()))
        start = None
        for k in range(len(tokens) - 1, -1, -1):
            tok, word = tokens[k], tokens[k].group()
            if k < len(tokens) - 1 and text[tok.end():tokens[k + 1].start()].strip():
                break  # a comma or a dash between: the name ended
            if word.lower() in _PHRASE_LINKS:
                continue
            if word[0].isupper() and word not in _PHRASE_BREAKS:
                start = k
                continue
            break
        if start is None:
            continue
        inside = [t for t in terms if tokens[start].start() <= t.start and t.end <= m.start() and t.term.state
                  and t.term.kind in ("name", "demonym", "capital", "body")]
        heads = [k for k in range(start, len(tokens)) if tokens[k].group() in _ACRONYM_HEADS]
        if not inside or not heads:
            continue
        # The name begins at its state or its head noun, with the capitalised words just before: "Zambia National
        # Defence Force", "Armed Forces of the Philippines" (not "Soldiers of the ...").
        first = min(heads[0], next((k for k in range(start, len(tokens)) if tokens[k].start() >= inside[0].start), heads[0]))
        while first > start and tokens[first - 1].group()[0].isupper() \
                and text[tokens[first - 1].end():tokens[first].start()] == " ":
            first -= 1
        start = tokens[first].start()
        inside = [t for t in inside if t.start >= start]
        states = {t.term.state for t in inside}
        words = set(text[start:m.start()].replace("’s", "").replace("'s", "").split())
        own = words - {w for t in inside if t.term.kind != "body" for w in t.text.split()}
        if len(states) != 1 or not words & _ACRONYM_HEADS or own & _NON_STATE_NAME_WORDS:
            continue
        state = states.pop()
        body = _BODY_AFTER.match(text, inside[-1].end, m.start())
        if body and body.end() == m.start():
            slug, typ = L.body_slug(body.group("noun"))
            level = _body_level(typ, text[start:m.start()])
        else:  # "Lesotho's Border Guard Unit (LBGU)" is a force; "the Ghana Revenue Authority (GRA)" has no rank
            slug, level = acr.lower(), L.collective_level(text[start:m.start()], default=None)
        yield acr, state, f"{state.lower()}-{slug}", level, start, m.end()


def build_person_table(scans: list[Scan]) -> PersonTable:
    """First pass: every person the article names with a title, and their state when given; the acronyms
    it defines for a state's forces and agencies."""
    table = PersonTable()
    stateless = []
    defined: dict[str, set] = {}
    for sc in scans:
        for acr, state, actor_id, level, _, _ in sc.acronyms:
            defined.setdefault(acr, set()).add((state, actor_id, level))
    table.acronyms = {acr: next(iter(v)) for acr, v in defined.items() if len(v) == 1}
    if table.acronyms:
        table.acronym_re = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, table.acronyms))})(?![\w-])")
    stacked = []
    for sc in scans:
        for start, end, name, state, level, title in sc.persons:
            if name and _AND_TITLES.search(title):
                stacked.append((start, name, state, level, title))
            elif name and state:
                table.add(name, state, level, title)
            elif name:
                stateless.append((name, level, title))
    for name, level, title in stateless:  # "President Trump" after (or before) "US President Donald Trump"
        table.add(name, None, level, title)
    for start, name, state, level, title in stacked:
        head, rest = _AND_TITLES.split(title, 1)
        holder = _other_holder(table, head.lower(), name)
        if holder is not None:  # "External Affairs Minister and Foreign Minister Araghchi": two persons
            table.split_at[start] = holder.actor_id
            title, level = rest, L.title_level(rest)
        table.add(name, state, level, title)
    return table


_AND_TITLES = re.compile(r"\s+and\s+")


def link_bare_names(text: str, sentences: list[Sentence], scans: list[Scan], table: PersonTable) -> None:
    """A name the text gives with no title, as a sentence's subject, and the office the next sentence opens with (or
    the one before opened with) are one person: "Mohammad-Reza Kashani did not leave Beirut with what he came for.
    The Iranian foreign minister's two-day visit ..."; "Kuwait's foreign minister arrived in Damascus on Tuesday ...
    Sheikh Faisal Nasser Al-Mutawa was received at the People's Palace"."""
    for j, s in enumerate(sentences):
        m = NAME_RE.match(text, s.start, s.end)
        name = m and clean_name(m.group())
        if not name or " " not in name or not m.group().endswith(name) or table.lookup(name) is not None \
                or not _BARE_SUBJECT.match(text, m.end(), s.end):
            continue
        for k in (j + 1, j - 1):
            if not 0 <= k < len(sentences) or sentences[k].paragraph not in (s.paragraph, s.paragraph + (k - j)):
                continue
            # (start, end, name, state, level, title): an office with a state and no name, opening the sentence
            opener = next(((state, level, title) for start, _, held_by, state, level, title in scans[k].persons
                           if held_by is None and state and _OPENS.fullmatch(text, sentences[k].start, start)), None)
            if opener and opener[1] in (LEVEL.leaders, LEVEL.ministerial):
                table.add(name, *opener)
                break


# The subject's verb right after a bare name (not "Kallio, 29," nor "Smith's"); what may open a sentence before an office
_BARE_SUBJECT = re.compile(r"\s+(?:(?:also|then|later|had|has|was|is|did|will)\s+)?(?:not\s+)?[a-z]+\b")
_OPENS = re.compile(r"(?:[A-Z][A-Z’'. -]+,[^—–\n]{0,60}?[—–]\s+)?(?:The\s+)?")  # a wire dateline may come first


def _other_holder(table: PersonTable, title: str, name: str) -> Person | None:
    """The one person of the article, other than `name`, who alone holds `title` ("External Affairs Minister
    Jaishankar"), when `name` is never given that title alone: then "External Affairs Minister and Foreign Minister
    Araghchi" names two persons. "Deputy Prime Minister and Foreign Minister Dar" stays one."""
    holders = [p for p in table.persons.values() if title in p.titles]
    own = table.lookup(name)
    if len(holders) != 1 or own is holders[0] or one_name(holders[0].name, name):
        return None
    return holders[0]


def _classify_term(text: str, s: Sentence, t: _Term, prev_term: _Term | None = None) -> Mention | None:
    kind, state = t.term.kind, t.term.state
    if kind == "name" and (prev_term and prev_term.term.kind == "capital" and text[prev_term.end:t.start] == ", "
                           or _TOWN_BEFORE.search(text, max(s.start, t.start - 40), t.start)):
        return Mention(t.start, t.end, "place", state, state, t.text)  # "Putrajaya, Malaysia": where, not who
    poss = text.startswith(("'s", "’s"), t.end)
    word_before = _WORD_BEFORE.search(text[max(s.start, t.start - 30):t.start])
    prev = word_before.group(1).lower() if word_before else ""
    if text[max(s.start, t.start - 4):t.start].lower().endswith("the ") and prev == "the":
        before_the = _WORD_BEFORE.search(text[max(s.start, t.start - 34):t.start - 4])
        prev = before_the.group(1).lower() if before_the else ""
    if kind == "blocker":
        return None
    if kind == "body":
        if t.term.venue and prev in ("at", "in", "inside", "outside", "to"):
            return Mention(t.start, t.end, "place", state, t.term.ref, t.text)
        return Mention(t.start, t.end, "body", state, t.term.ref, t.text, _body_level(t.term.actor_type, t.text),
                       possessive=poss)
    if kind == "people":
        audience = prev in ("overseas", "expatriate", "diaspora")
        return Mention(t.start, t.end, "audience" if audience else "people", state, state, t.text)
    if kind == "demonym" or (kind == "name" and not poss):
        if _AUDIENCE_AFTER.match(text, t.end, s.end):
            return Mention(t.start, t.end, "audience", state, state, t.text)
        side = _SIDE_AFTER.match(text, t.end, s.end)
        if side and (side.group().strip() != "Party" or text[max(s.start, t.start - 4):t.start].lower() == "the "):
            return Mention(t.start, t.end, "state", state, state, t.text)
    if kind == "demonym":
        return Mention(t.start, t.end, "modifier", state, state, t.text)
    if kind == "capital":
        return _classify_capital(text, s, t, prev, poss)
    addressed = prev == "to" and _ADDRESSED_TO.search(text, max(s.start, t.start - 40), t.start)
    brothers = prev == "in" and _FELLOWS_IN.search(text, max(s.start, t.start - 30), t.start)
    peer = prev == "from" and PEER_FROM.search(text, max(s.start, t.start - 30), t.start)
    if prev in L.PLACE_PREPOSITIONS and not addressed and not brothers and not peer:
        # "in Pakistan", "in Afghanistan's Spin Boldak district"; but "its thanks to Iraq" names a party, and "our
        # brothers in Bolivia" a people and its state
        return Mention(t.start, t.end, "place", state, state, t.text)
    return Mention(t.start, t.end, "state", state, state, t.text, possessive=poss)


# "our brothers in Bolivia", "our neighbours in Iran"
_FELLOWS_IN = re.compile(r"(?i)\b(?:brothers|sisters|friends|brethren|neighbou?rs)\s+in\s+$")
# "met his counterpart from Iran's West Azerbaijan province": the state the counterpart serves, not a place he came
# from (shared with the meetings' object reader)
PEER_FROM = re.compile(r"(?i)\b(?:counterparts?|colleagues?)\s+from\s+$")
_PLACES_AND = re.compile(rf"\b(?:in|at|to|from|into|near|visited|visiting)\s+[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*)?"
                         r"\s+and\s+$")


def _classify_capital(text: str, s: Sentence, t: _Term, prev: str, poss: bool) -> Mention:
    """A capital is a government only when it acts ("Washington said") or is a party ("between Islamabad and ...")."""
    state = t.term.state
    nxt = _WORD_AFTER.match(text, t.end, s.end)
    nxt_word = nxt.group(1) if nxt else ""
    if nxt_word.endswith("ly") and len(nxt_word) > 4 and (then := _WORD_AFTER.match(text, nxt.end(), s.end)):
        nxt_word = then.group(1)  # "Colombo quietly offered", "Ankara formally protested": the verb after the adverb
    if prev == "and" and _PLACES_AND.search(text, max(s.start, t.start - 50), t.start):
        return Mention(t.start, t.end, "place", state, state, t.text)  # "in Nicosia and Ankara": two places
    # (after "by", the agent of a passive: "a unilateral ceasefire declared by Caracas", "dismissed by Santo Domingo")
    metonym = t.text not in L.NON_METONYM_CAPITALS and prev not in L.PLACE_PREPOSITIONS and (
        poss or nxt_word in L.METONYM_VERBS or prev in ("between", "with", "and", "against", "by")
        or (nxt_word == "and" and re.match(r"\W*and\s+(?:the\s+)?[A-Z]", text[t.end:s.end]) is not None))
    kind = "state" if metonym else "place"
    return Mention(t.start, t.end, kind, state, state, t.text, possessive=poss)


def _select(spans: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, longest first (persons and bodies before plain terms), in text order."""
    chosen: list[Mention] = []
    for m in sorted(spans, key=lambda m: (-(m.end - m.start), m.kind not in ("person", "body"), m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def sentence_mentions(text: str, s: Sentence, sc: Scan, table: PersonTable, home: str | None = None) -> list[Mention]:
    terms = sc.terms
    spans: list[Mention] = []
    for start, end, name, state, level, title in sc.persons:
        if start in table.split_at and (joint := _AND_TITLES.search(text, start, end)):
            first = table.persons[table.split_at[start]]  # "External Affairs Minister" of "... and Foreign Minister X"
            spans.append(Mention(start, joint.start(), "person", first.state, first.actor_id, text[start:joint.start()],
                                 first.level))
            start = joint.end()
            title, state, level = text[start:end], None, None
        person = table.lookup(name) if name else (table.by_title(title, text, home, start) if state is None else None)
        if person:
            state = state or person.state
            level = level or person.level
        pid = person.actor_id if person else (slugify(name) if name else None)
        spans.append(Mention(start, end, "person", state, pid, text[start:end], level,
                             text.startswith(("'s", "’s"), end)))
    prev_term = None
    for t in terms:
        if t.term.state and t.term.kind in ("name", "demonym", "capital"):
            b = _BODY_AFTER.match(text, t.end, s.end)
            if b:
                slug, typ = L.body_slug(b.group("noun"))
                spans.append(Mention(t.start, b.end(), "body", t.term.state, f"{t.term.state.lower()}-{slug}",
                                     text[t.start:b.end()], _body_level(typ, text[t.start:b.end()])))
            elif t.term.kind == "demonym" and (agency := _AGENCY_AFTER.match(text, t.end, s.end)):
                spans.append(Mention(t.start, agency.end(), "body", t.term.state,
                                     f"{t.term.state.lower()}-{slugify(agency.group())}", text[t.start:agency.end()]))
        m = _classify_term(text, s, t, prev_term)
        prev_term = t
        if m:
            spans.append(m)
    for t in terms:  # "a delegation from Burkina Faso", "military officials of Kyrgyzstan": a body of that state
        if t.term.state and t.term.kind in ("name", "capital", "demonym") and not text.startswith(("'s", "’s"), t.end):
            lead = text[max(s.start, t.start - 13):t.start]  # "of the ", "from the "
            if " of " not in lead and " from " not in lead:
                continue  # the cheap test first: both forms below end in "of" or "from"
            team = _TEAM_BEFORE.search(text, max(s.start, t.start - 60), t.start)
            if team and not _AUDIENCE_AFTER.match(text, t.end, s.end):  # "representatives of the Armenian community"
                spans.append(Mention(team.start(), t.end, "body", t.term.state, f"{t.term.state.lower()}-delegation",
                                     text[team.start():t.end], L.collective_level(team.group())))
            body_of = t.term.kind == "name" and _BODY_OF_BEFORE.search(text, max(s.start, t.start - 50), t.start)
            if body_of:  # "the Interior Ministry of Chad", "the Government of Kenya"
                slug, typ = L.body_slug(body_of.group("noun"))
                spans.append(Mention(body_of.start(), t.end, "body", t.term.state, f"{t.term.state.lower()}-{slug}",
                                     text[body_of.start():t.end], _body_level(typ, text[body_of.start():t.end])))
    for a, b in zip(terms, terms[1:]):  # "Philippine and Chinese officials", "Thai and Myanmar officers": both bodies
        if a.term.kind in ("demonym", "name") and b.term.kind in ("demonym", "name") and a.term.state \
                and re.fullmatch(r"\s+and\s+", text[a.end:b.start]):
            body = _BODY_AFTER.match(text, b.end, s.end)
            if body:
                slug, typ = L.body_slug(body.group("noun"))
                spans.append(Mention(a.start, a.end, "body", a.term.state, f"{a.term.state.lower()}-{slug}", a.text,
                                     _body_level(typ, body.group())))
    for acr, state, actor_id, level, start, end in sc.acronyms:  # "India’s Border Security Force (BSF)": one body
        spans.append(Mention(start, end, "body", state, actor_id, text[start:end], level))
    if table.acronym_re is not None:
        for m in table.acronym_re.finditer(text, s.start, s.end):
            state, actor_id, level = table.acronyms[m.group()]
            spans.append(Mention(m.start(), m.end(), "body", state, actor_id, m.group(), level,
                                 possessive=text.startswith(("'s", "’s"), m.end())))
    for start, end, p in table.names_in(text, s.start, s.end):
        spans.append(Mention(start, end, "person", p.state, p.actor_id, text[start:end], p.level,
                             text.startswith(("'s", "’s"), end)))
    # "Mr", "Ms" or "Dr" must be in the sentence ("Mrs" holds "Mr"): the cheap test first, as few sentences have one
    honorifics = _HONORIFIC_RE.finditer(text, s.start, s.end) if "Mr" in s.text or "Ms" in s.text or "Dr" in s.text \
        else ()
    for m in honorifics:
        p = table.lookup(m.group("name"))
        if p:
            spans.append(Mention(m.start(), m.end(), "person", p.state, p.actor_id, m.group(), p.level))
    for m in _PRONOUN_RE.finditer(text, s.start, s.end):
        spans.append(Mention(m.start(), m.end(), "pronoun", None, None, m.group(),
                             possessive=m.group().lower() in ("his", "her")))
    return _select(spans)


def resolve_person_state(table: PersonTable, actor_id: str, state: str) -> None:
    """Record a state learnt from context (a bilateral sentence) for a person the text gave none."""
    p = table.persons.get(actor_id)
    if p and p.state is None:
        p.state = state
