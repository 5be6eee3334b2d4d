"""Word lists the extractor matches against: states, bodies, titles, cue words.

States and named bodies are package data (`states.csv`, `bodies.csv`, lists
`|`-separated) so that a contributor adds a state form without touching code.
Everything here is loaded once; `TERM_RE` matches every state and body form
in one pass (longest form first), and `TERMS` maps the matched text back.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..vocab import ACTOR, LEVEL


@dataclass(frozen=True)
class State:
    iso3: str
    name: str
    official_name: str
    short_names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    aliases: tuple[str, ...]
    # the land neighbours it has and its namesake has not: "fighting between Congolese and Gabonese troops" in a
    # text that names neither Brazzaville nor Kinshasa is the Republic of the Congo's
    own_neighbours: frozenset[str]


@dataclass(frozen=True)
class Term:
    """What a matched surface form stands for."""
    kind: str          # name | demonym | people | capital | body | blocker | ambiguous
    ref: str | None    # ISO3 for state forms, actor id for bodies
    state: str | None  # ISO3 the form belongs to
    actor_type: str | None = None
    venue: bool = False


# Phrases that contain a state form but name no state. Matching them as whole
# terms (longest match wins) keeps "Indian Ocean" from counting as India.
BLOCKERS = (
    "Indian Ocean", "Indian Premier League", "American Samoa", "Latin America", "Latin American",
    "South America", "South American", "North America", "North American", "Central America",
    "Central American", "Native American", "West Indies", "West Indian", "New Mexico",
    "Washington Post", "Washington Times", "Washington State", "South China Sea", "East China Sea",
    "New Guinea", "Gulf of Mexico", "Gulf of Guinea", "Irish Sea", "Georgia Tech", "Jordan River", "Congo River",
    # rivers named for a state ("a river patrol ... on the Uruguay River" is Brazil's)
    "Uruguay River", "Paraguay River", "Niger River", "Senegal River", "Gambia River",
    "West Azerbaijan", "East Azerbaijan",  # Iran's provinces
    # regional bodies whose names hold a demonym: "the Economic Community of Central African States" is no CAF
    "Economic Community of Central African States", "Central African Economic and Monetary Community",
    "Organization of American States", "Organisation of American States", "Inter-American", "Pan-American",
)

# Forms shared by two states: resolved per article to the one the text
# otherwise names ("Congo" in an article that speaks of Kinshasa is the DRC).
AMBIGUOUS = {"Congo": ("COD", "COG"), "Congolese": ("COD", "COG"), "Korea": ("KOR", "PRK"),
             "Korean": ("KOR", "PRK"), "Dominican": ("DOM", "DMA"), "Dominicans": ("DOM", "DMA")}

# Capitals that in news usually stand for something else (Brussels for the EU)
# or are common place or person names elsewhere: never read as a government.
NON_METONYM_CAPITALS = frozenset({
    "Brussels", "Santiago", "Georgetown", "Kingston", "Victoria", "St. John's", "St. George's",
    "Wellington", "San José", "San Jose", "Tripoli", "Sofia", "Lima", "Monaco", "San Marino",
    "Luxembourg", "Singapore", "Djibouti", "Delhi",
})


def _split(cell: str) -> tuple[str, ...]:
    return tuple(s for s in (cell or "").split("|") if s)


def _variants(form: str) -> set[str]:
    """A form and its typographic twin (straight and curly apostrophe)."""
    return {form, form.replace("'", "\u2019"), form.replace("\u2019", "'")}


def _plural(demonym: str) -> str | None:
    """Plural people noun of a demonym ("Pakistanis"), when English forms one with -s."""
    if demonym.endswith(("i", "an", "er", "ot", "ite", "ch")) and " " not in demonym:
        return demonym + ("es" if demonym.endswith("ch") else "s")
    return None


@cache
def states() -> dict[str, State]:
    text = resources.files(__package__).joinpath("states.csv").read_text(encoding="utf-8")
    out = {}
    for row in csv.DictReader(text.splitlines()):
        out[row["iso3"]] = State(
            iso3=row["iso3"], name=row["name"], official_name=row["official_name"] or row["name"],
            short_names=_split(row["short_names"]), demonyms=_split(row["demonyms"]),
            capitals=_split(row["capital"]), aliases=_split(row["aliases"]),
            own_neighbours=frozenset(_split(row["own_neighbours"])),
        )
    return out


@cache
def terms() -> dict[str, Term]:
    out: dict[str, Term] = {}

    def add(form: str, term: Term) -> None:
        for v in _variants(form):
            if v not in AMBIGUOUS:
                out.setdefault(v, term)

    for s in states().values():
        for form in (s.name, s.official_name, *s.short_names, *s.aliases):
            add(form, Term("name", s.iso3, s.iso3))
            if form.startswith("The "):
                add(form[4:], Term("name", s.iso3, s.iso3))
            if " of the " in form:  # "the Republic of Niger" for the official "Republic of the Niger"
                add(form.replace(" of the ", " of ", 1), Term("name", s.iso3, s.iso3))
        for d in s.demonyms:
            add(d, Term("demonym", s.iso3, s.iso3))
            if (p := _plural(d)):
                add(p, Term("people", s.iso3, s.iso3))
        for c in s.capitals:
            add(c, Term("capital", s.iso3, s.iso3))
    text = resources.files(__package__).joinpath("bodies.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(text.splitlines()):
        for name in _split(row["names"]):
            add(name, Term("body", row["actor_id"], row["state"] or None, row["actor_type"], row["venue"] == "y"))
    for b in BLOCKERS:
        out[b] = Term("blocker", None, None)
    for form in (*AMBIGUOUS, *STYLES):
        out[form] = Term("ambiguous", form, None)
    return out


# A state's style standing alone ("the Kingdom had offered its good offices", "tensions between the Islamic
# Republic and the United States"): the one state of that style the text names otherwise. Never read from words
# that carry it in full ("the Kingdom of Bahrain", "the United Kingdom"): the longer form wins the match.
STYLES = ("Kingdom", "Sultanate", "Islamic Republic")


@cache
def _styled(form: str) -> tuple[str, ...]:
    return tuple(s.iso3 for s in states().values() if form in s.official_name)


def resolve_ambiguous(form: str, present: set[str], fallback: str | None = None) -> Term | None:
    """The state an ambiguous form stands for, given the states a text names unambiguously; when it names none of
    them, `fallback` (the dateline's state) if it is one, else the one a named state neighbours alone."""
    namesakes = AMBIGUOUS[form] if form in AMBIGUOUS else _styled(form)
    options = [s for s in namesakes if s in present] or [s for s in namesakes if s == fallback] \
        or [s for s in namesakes if states()[s].own_neighbours & present]
    if len(options) != 1:
        return None
    kind = "people" if form.endswith("ans") else "demonym" if form.endswith(("ese", "ean", "can")) else "name"
    return Term(kind, options[0], options[0])


@cache
def term_re() -> re.Pattern:
    # Dotted forms ("U.S.") end in a non-word character, so \b cannot bound them;
    # the lookahead makes the factored pattern backtrack to the longest whole form.
    return re.compile(rf"(?<![\w.])(?:{trie_pattern(terms())})(?![\w])")


# --- Titles of office -------------------------------------------------------
# Regex fragment -> level (meetings.level enum). Matched case-insensitively;
# longer titles are listed first so that "deputy prime minister" wins.
# Portfolios of "Minister of ..." titles besides foreign affairs and defence.
_PORTFOLIO = (r"(?:petroleum|oil|energy|mines|mining|finance|economy|trade|commerce|industry|agriculture|health|"
              r"education|justice|information|transport|water(?:\s+resources)?|irrigation|natural\s+resources|planning|labou?r|tourism|culture|investment|"
              r"communications|security|internal affairs|cabinet affairs|national security)")
TITLES = (
    (r"vice[- ]president", LEVEL.ministerial),
    (r"deputy prime minister", LEVEL.ministerial),
    # Heads of state or government under other names: Bangladesh's "Chief Adviser", Sudan's "Chairman of the
    # Transitional Sovereignty Council", Libya's "Chairman of the Presidential Council".
    (r"chief advis[eo]r|chair(?:man|person)? of the (?:[\w-]+ ){0,2}(?:sovereign(?:ty)?|presidential|presidency|"
     r"state administration|revolutionary|transitional|military)(?: leadership)? council|chair(?:man|person)? of the presidency|"
     r"chair(?:man|person)? of the (?:council|cabinet) of ministers", LEVEL.leaders),
    # a parliament's presiding officer is no head of state: "the President of Parliament was received by the President"
    (r"(?:president|speaker|chair(?:man|person)?) of (?:the )?(?:parliament|national assembly|senate|state duma|"
     r"house of representatives|chamber of deputies|saeima|seimas|riigikogu|verkhovna rada)", LEVEL.officials),
    (r"prime minister|premier|president|chancellor|king|queen|emir|amir|crown prince|sultan|supreme leader|"
     r"head of (?:our |the )?state|leader|lyonchhen", LEVEL.leaders),
    # (Senegal's and France's "armed forces minister")
    # ("Nigeria's petroleum minister, X": any portfolio; "Zimbabwe's industry and commerce minister": two)
    (rf"(?:foreign|external affairs|foreign affairs|defen[cs]e|armed forces|interior|home|{_PORTFOLIO}"
     rf"(?: and {_PORTFOLIO})?)\s+minister|"
     r"eam", LEVEL.ministerial),  # India's releases call the External Affairs Minister "EAM"
    # ("the Minister of Foreign and European Affairs", France's "Minister for Europe and Foreign Affairs")
    (r"minister (?:of|for) (?:foreign(?: and (?:european|international|regional))? affairs|europe and foreign affairs|"
     r"external affairs|(?:foreign|external|international) relations|(?:national )?defen[cs]e|the armed forces|"
     r"the interior|"
     r"home affairs|state)"
     r"(?: for foreign affairs)?", LEVEL.ministerial),
    (r"secretary of state|foreign(?: affairs)? secretary|home(?: affairs)? secretary|defen[cs]e secretary|secretary of (?:national )?(?:defen[cs]e|war)|"
     r"secretary (?:of|for) (?:foreign|external) (?:affairs|relations)", LEVEL.ministerial),
    (rf"minister (?:of|for) (?:the )?{_PORTFOLIO}(?: and {_PORTFOLIO})?", LEVEL.ministerial),
    (r"cabinet secretary|minister of state|federal councill?or|advis[eo]r (?:for|on) foreign affairs|"
     r"foreign affairs advis[eo]r|lyonpo", LEVEL.ministerial),
    (r"vice[- ]minister", LEVEL.officials),  # a minister's deputy (see _DEPUTY)
    (r"minister", LEVEL.ministerial),
    (r"consul(?:[- ]general)?", LEVEL.officials),  # before "general": "the Turkish consul general in Batumi"
    (r"army chief|chief of (?:the )?army staff|army chief of staff|coas|chief of (?:the )?defen[cs]e (?:staff|forces)|"
     r"chief of (?:the )?general staff|chief of staff", LEVEL.military),
    (r"chairman of the joint chiefs of staff|director[- ]general of military operations|dgmo", LEVEL.military),
    # "the General Director of the Albanian State Police" (not a general); "the Director of the Police Directorate" (a
    # director of a state's service, not of a hospital or a film)
    (r"general[- ]director|director(?=\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:police|directorate|border|customs|"
     r"intelligence|security|department|ministry)\b)", LEVEL.officials),
    # ("Senior Lieutenant General Dang Minh Khoa", "Colonel General", "Senior General": Vietnamese, Russian, Myanmar)
    (r"field marshal|senior lieutenant general|colonel[- ]general|senior general|"
     r"lieutenant general|lt\.? gen\.?|major general|maj\.? gen\.?|general|gen\.|air chief marshal|"
     r"admiral|naval chief|air force chief|commander", LEVEL.military),
    # Ranks below general that officers are named by: "Lt Col Mahfuzur Rahman", "Colonel-Major Hamado Ouédraogo".
    (r"brigadier(?:[- ]general)?|brig\.? gen\.?|(?:lieutenant[- ]|lt\.? |senior )?colonel(?:-major)?|(?:lt\.? )?col\.?",
     LEVEL.military),
    (r"secretary(?:-general)? of the (?:supreme )?(?:national )?security council", LEVEL.officials),
    (r"director[- ]general|under[- ]?secretary|(?:state|national) secretary|permanent secretary|principal secretary|secretary[- ]general|"
     r"special representative|personal representative", LEVEL.officials),
    # (the border plenipotentiaries of Poland, Belarus, Finland and Russia; a coast guard's or border police's
    # "Commissioner General", "Chief Commissioner")
    # ("Turkey's deputy intelligence chief")
    (r"national security advis[eo]r|nsa|intelligence chief|spy chief|special envoy|envoy|ambassador|high commissioner|"
     r"spokesperson|spokesman|"
     r"spokeswoman|top diplomat|diplomat|negotiator|(?:border )?plenipotentiary|"
     r"(?:deputy )?commissioner(?:[- ]general)?", LEVEL.officials),
    # A province's governor or a prefect stands for the state at a border ("the Governor of Edirne", "Prefect X"; Iran's
    # provincial "Governor-General of Hormozgan").
    (r"(?:provincial |regional |deputy )?governor(?:[- ]general)?|prefect", LEVEL.officials),
    # a region's head by another name: "the Chairman of the Region", "the chairman of the Government of Adjara"
    (r"chair(?:man|woman|person)? of the (?:region|(?:regional|provincial|district|oblast) (?:council|administration|"
     r"government)|government of [a-z]+)", LEVEL.officials),
    # "his Indian counterpart", "his Burkinabè homologue", "my Polish colleague": that state's, rank unknown
    (r"counterpart|homologue|colleague", None),
)
TITLE_ALT = "|".join(f"(?:{t})" for t, _ in TITLES)
# Ranks that are ordinary words in lower case: titles only capitalised before a full name ("Major Ricardo Amafo", not
# "major powers" nor "Major Western powers"), which actors looks for apart from its search of the lowered text
CAPITALISED_RANKS = ("Major",)
_TITLE_LEVELS = tuple((re.compile(rf"(?<![\w-])(?:{t})(?![\w-])", re.I), lvl) for t, lvl in TITLES)


# A minister's deputy is an official ("Deputy Foreign Minister", "Vice-Minister", "Assistant Foreign Minister"), but
# not the deputy prime minister or the vice-president, whose titles are listed whole.
DEPUTY = r"(?:deputy|vice|assistant)"
_DEPUTY = re.compile(rf"(?i)\b{DEPUTY}[\s-]+$")


def title_level(title: str) -> str | None:
    """Level of a (possibly stacked) title: the first listed title it contains."""
    for rx, lvl in _TITLE_LEVELS:
        if m := rx.search(title):
            return LEVEL.officials if lvl == LEVEL.ministerial and _DEPUTY.search(title, 0, m.start()) else lvl
    return LEVEL.military if title in CAPITALISED_RANKS else None


# Nouns that, after a state form, name a body acting for that state, and the
# canonical slug used in its actor id ("Indian Army" -> ind-army).
BODY_NOUNS = (
    (r"armed forces", "armed-forces", ACTOR.armed_forces), (r"army", "army", ACTOR.armed_forces),
    (r"navy", "navy", ACTOR.armed_forces), (r"air force", "air-force", ACTOR.armed_forces),
    (r"coast guards?", "coast-guard", ACTOR.armed_forces),
    # "the Bolivian police reported"
    (r"police|gendarmerie|border guards?|border police", "police", ACTOR.armed_forces),
    (r"military", "military", ACTOR.armed_forces), (r"forces|troops", "forces", ACTOR.armed_forces),
    # a communiqué's full name of a force: "the Malawi Defence Force", "the Zambia Police Service", "a sailor of the
    # Honduran Naval Force", "the Algerian National Gendarmerie"
    (r"(?:national\s+)?defen[cs]e\s+force|naval\s+force", "armed-forces", ACTOR.armed_forces),
    (r"police\s+(?:service|force)|national\s+(?:police|gendarmerie)", "police", ACTOR.armed_forces),
    (r"foreign (?:ministry|office)|ministry of (?:foreign|external) affairs", "foreign-ministry", ACTOR.organization),
    (r"defen[cs]e ministry|ministry of (?:national )?defen[cs]e", "defence-ministry", ACTOR.organization),
    (r"health ministry|ministry of health", "health-ministry", ACTOR.organization),
    (r"interior ministry|ministry of (?:the )?interior", "interior-ministry", ACTOR.organization),
    (r"presidency|president['’]s office|prime minister['’]s office", "government", ACTOR.organization),
    (r"government|administration|cabinet|leadership|authorities", "government", ACTOR.organization),
    # "Iraqi mediators brokered the deal": a third state's team
    (r"delegations?|negotiators|mediators|officials|diplomats|envoys|representatives|(?:military\s+|army\s+|border\s+)?commanders|"
     # "the Ministers of Foreign Affairs of Tajikistan and Turkmenistan"
     r"(?:military\s+|army\s+|border\s+|liaison\s+)?officers|ministers\s+(?:of|for)\s+(?:foreign|external)\s+affairs|"
     r"ministers\s+(?:of|for)\s+(?:national\s+)?defen[cs]e|(?:foreign|defen[cs]e|interior|water|energy|trade|finance|"
     r"security)\s+ministers|prime\s+ministers|ministers|leaders|presidents|heads\s+of\s+(?:state|government)|"
     r"army\s+chiefs|chiefs|"
     r"co-?chair(?:s|men|women|persons)",
     "delegation", ACTOR.delegation),  # "the Congolese and Ugandan heads of state spoke by telephone"
    (r"embassy|high commission", "embassy", ACTOR.organization),
)
BODY_ALT = "|".join(f"(?:{n})" for n, _, _ in BODY_NOUNS)
_BODY_SLUGS = tuple((re.compile(n, re.I), slug, typ) for n, slug, typ in BODY_NOUNS)


def body_slug(noun: str) -> tuple[str, str]:
    for rx, slug, typ in _BODY_SLUGS:
        if rx.fullmatch(noun):
            return slug, typ
    raise KeyError(noun)


# The rank a plural gives the people of two parties (or of one body: "the interior ministers of Italy")
_MILITARY_WHO = re.compile(r"(?i)commanders|officers|chiefs|military|army|armies|navies|forces|"
                           r"border\s+(?:guard|commissioners|representatives)")

_LEADERS_WHO = re.compile(r"(?i)presidents|leaders|heads\s+of\s+state|prime\s+ministers")
_MINISTERS_WHO = re.compile(r"(?i)ministers")
_DEPUTIES_WHO = re.compile(rf"(?i)\b{DEPUTY}[\s-]")


def collective_level(who: str, default: str | None = LEVEL.officials) -> str | None:
    """ "the two sector commanders": military; "both presidents": leaders; "the two deputy foreign ministers":
    officials; else `default`."""
    if _MILITARY_WHO.search(who):
        return LEVEL.military
    if _LEADERS_WHO.search(who):
        return LEVEL.leaders
    if _MINISTERS_WHO.search(who):
        return LEVEL.officials if _DEPUTIES_WHO.search(who) else LEVEL.ministerial
    return default


# Non-state audiences: a state form before these names people, not a party.
AUDIENCE_NOUNS = (r"community|communities|diaspora|expatriates?|expats?|students|businessmen|business community"
                  r"|investors|nationals|residents|workers|voters|supporters|fans|pilgrims|tourists|origin")

# Words before a place name that make it a location rather than an actor.
PLACE_PREPOSITIONS = frozenset({
    "in", "at", "to", "from", "into", "near", "outside", "inside", "across", "around", "toward",
    "towards", "via", "visited", "visiting", "reached", "arrived", "landed", "left", "throughout",
    "within",
})

# Verbs after a capital that show it stands for a government ("Washington said").
METONYM_VERBS = frozenset("""
said says say told stated announced accused rejected rejects denied denies claimed claims warned
insisted responded retaliated confirmed condemned welcomed urged called blamed launched struck agreed
signed demanded dismissed maintains maintained has have had is was were would will wants sees
believes hopes expects considers views opposed supported backed reacted reiterated protested
summoned expelled imposed sought asked offered proposed also however brokered mediated accuses
blames rejects warns urges welcomes condemns demands insists responds
repeated repeats renewed renews pledged pledges promised promises invited invites hosted hosts let sent
put puts reported reports counted counts estimated estimates understood understands knows knew
admitted admits acknowledged acknowledges refused refuses replied replies argued argues declared declares
""".split())

# Capitalised words that begin sentences or clauses and are never names.
NAME_STOPWORDS = frozenset("""
The A An And But Or In On At Of For From With By To As After Before During Since Until While When
Where Who Whom Whose What Which This That These Those He She It They We You I His Her Its Their Our
Meanwhile However Earlier Later Also Separately Speaking According Today Tomorrow Yesterday Tonight
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Prime Minister President Foreign Defence Defense Army Field Marshal General Operation Mr Mrs Ms Dr
Chief Secretary State Kashmir Both Many Some Several Two Three There Here Prior Despite Amid Under
Following Including Among Between Against Without Within Although Though If Because So Then Now Yet
""".split())


def trie_pattern(words) -> str:
    """One regex alternation for many words, factored by common prefixes.

    Python's `re` tries alternatives one by one; a plain "a|b|c..." of a
    thousand state forms is tried at every position of the text. Factoring
    ("Pak(?:istan(?:i)?)") makes a failed position cost a character or two.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)
