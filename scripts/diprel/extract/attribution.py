"""Who a claim is attributed to, and how firmly (casualty_figures.certainty).

"according to ISPR" or "the military said" -> attributed, with the speaker as
claimant when the text names an actor; "reportedly", "allegedly", "claimed"
-> hedged (the claimant is kept when named); otherwise the outlet asserts it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import Mention, slugify
from .document import Document
from .lexicon import title_level
from .vocab import CERTAINTY

# A figure the text says is unconfirmed, or passes on from an unnamed voice, local media or residents, is hedged
# too ("Residents said four villagers had died, a figure that could not be verified"); not "state media reported"
_UNCONFIRMED = re.compile(
    r"(?i)\b(?:(?:could|can|cannot|has|have|had|would|was|were|is|been)(?:\s+not|n['’]t)|never|nobody|no\s+one)"
    r"\s+(?:\w+\s+){0,3}?(?:confirm|verif)|\bwho\s+asked\s+not\s+to\s+be\s+named|\bunnamed\b|"
    r"(?<!state\s)\bmedia(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|\s+(?:have|has|had|outlets?))?\s+"
    r"(?:reported|report|reports|said|say|says|put|citing|quoted)\b|"
    r"(?:^|[^\w\s]\s*|\b(?:[Ll]ocal|[Tt]he|[Ss]ome|[Ss]everal|[Mm]any)\s+)[Rr]esidents\b"
    r"(?:\s+(?:of|in|from)\s+[^,;.]{0,40}?)?,?\s+(?:[\w,]+\s+){0,4}?(?:said|say|says|told|put|reported)\b|"
    r"\b(?:local|unconfirmed)\s+reports\b|\breports\s+circulating")
HEDGE_RE = re.compile(r"(?i)\b(?:reportedly|allegedly|purportedly|claim(?:s|ed|ing)?(?!\s+the\s+lives)|alleg(?:es|ed|ing)|unconfirmed|unverified)\b")
# "insists", "acknowledged", "wrote": verbs of saying too ("the army acknowledged that four soldiers were killed");
# not "maintained", "admitted", "declared" or "posted", which a force does to positions, patients and troops
_SAY = (r"(?:said|says|say|stated|told|announced|reported|confirmed|added|noted|estimated|claimed|claims|alleged|put|"
        r"quoted|acknowledged|insisted|insists|wrote|tweeted)")
# Any report of a figure, whoever the speaker ("Hospital officials in Spin Boldak, near the crossing, said", "By
# the Kazakh Border Service's count", "gave its own figures"): attributed, if with no claimant; "maintained" and
# "posted" only with "that"; "put the toll at". Not first person ("our forces"): a release's own voice is asserted,
# as CODING says.
_REPORTED = re.compile(
    r"\b(?:said|says|saying|stated|states|told|announced|reported|reports|confirmed|confirms|confirming|"
    r"added|adds|noted|indicated|indicates|disclosed|informed|verified|acknowledged|insisted|wrote|"
    r"counts|(?:maintained|posted)\s+(?:[\w-]+\s+){0,3}?that|version|"
    r"(?:[Bb]y|to)\s+(?:[\w’'-]+\s+){0,6}?(?:count|tally|figures|records)|"
    r"gave\s+(?:\w+\s+){0,2}?(?:figures?|toll|account)|"
    # "The Djugu civil society coordination put the number of civilians killed at four"
    r"put\s+(?:the|its|their|his|her)\s+[^.;]{0,60}?\bat)\b")
_ACCORDING = re.compile(r"(?i)\baccording to\b")
# The sources a sentence ends on: "..., according to Greek and Cypriot officials" (`trailing_source`)
_TRAILING_SOURCE = re.compile(r",\s+according\s+to\s[^,;]*$")
_DOCUMENT_OF = re.compile(r"(?i)\s+(?:an?|the)\s+(?:\w+\s+)?(?:statement|communiqu[ée]|report|release|post|tally|"
                          r"figures?|briefing|bulletin)\s+(?:from|by|of|issued\s+by|released\s+by)\s+")
# "Belarus's State Border Committee said", "the Chadian army issued on Saturday said": up to six words between,
# and a relative clause ("Tajikistan's State Committee for National Security, which commands ..., said") or the
# spokesman's name ("The UPDF's spokesperson, Brig. Felix Kamugisha, said"), then an aside ("...,
# speaking to reporters in Goma, said").
_SAYS_AFTER = re.compile(rf"(?:['’]s)?[\s,]*(?:(?!(?:that|and|who|which|but|when|after|as)\b)[\w-]+\s+){{0,6}}?"
                         rf"(?:(?:[\w-]+)?,\s+(?:(?:which|who)\b[^,;.“”\"]{{0,90}}"
                         rf"|(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{1,5}})),\s+)?"
                         # "..., addressing the summit by video, says", "..., on the other hand, says", "..., in a
                         # statement, said": an aside, by a participle or a preposition, before the verb
                         rf"(?:(?-i:[a-z]+ing|on|in|at|for|from|by|with|after|however|meanwhile|though|too)\b"
                         rf"[^,;.“”\"]{{0,60}},\s+)?{_SAY}\b")
# ", said the ministry", "— told the agency": not "Tashkent said Kyrgyz troops fired", whose troops are reported on
_SAID_BEFORE = re.compile(rf"(?:^|[,”\"’—–]\s*)(?:{_SAY})\s+(?:the\s+|a\s+)?$")
_GENERIC_SPEAKER = re.compile(
    rf"(?i)\b(?:officials?|authorities|police|sources|the military|the army|the government|ministry|"
    rf"spokes(?:person|man|woman)|witnesses|hospital|medics|doctors|rescuers|media|reports?|outlets?|"
    rf"(?:news\s+)?agency|television|guards?|troops|forces|navy|border\s+service|coast\s+guard|command)\b[^.;]{{0,30}}?\b{_SAY}\b")
# A speaker known by office alone ("the defence ministry said", "the service said", "the border guard command
# of Quang Ngai province said"): the state named with that office before, or the article's own.
_FORCE_NOUNS = ("service", "army", "navy", "command", "guard", "forces")
_OFFICE_NOUNS = "|".join((*_FORCE_NOUNS, "ministry", "committee", "agency", "military", "presidency", "council",
                          "office", "directorate", "department"))
# A force's own name, capitalised: "The Coast Guard now says", "The Border Service says" (a ministry so named is
# often another state's, named before: it is left to the mentions)
_FORCE_NAMES = "|".join(noun.capitalize() for noun in _FORCE_NOUNS)
_BARE_OFFICE = re.compile(
    rf"(?<![\w’'])(?:[Tt]he|[Ii]ts)\s+(?P<office>(?:[\w-]+\s+){{0,3}}?(?P<noun>{_OFFICE_NOUNS}|{_FORCE_NAMES}))\b"
    rf"(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,2}})?(?:\s+(?:also|later|earlier|then|now))?"
    rf"(?:\s+(?:said|says|stated|reported|announced|confirmed|added|claimed)\b)")


def claimant_id(m: Mention) -> str | None:
    return m.actor_id if m.kind in ("person", "body") else m.state


def trailing_source(doc: Document, i: int) -> int | None:
    """Where sentence i turns to the sources it ends on ("..., according to Greek and Cypriot officials"): what
    follows names who tells, not who took part."""
    s = doc.sentences[i]
    m = _TRAILING_SOURCE.search(s.text)
    return s.start + m.start() if m else None


def attribute(doc: Document, i: int, pos: int | None = None) -> tuple[str, str | None, tuple[int, int] | None]:
    """(certainty, claimant, span of the attribution) for the claim at pos of sentence i.

    Of several speakers ("Peru's army put its losses at 46, while Ecuador said
    34 ..."), the one nearest before pos speaks for the claim.
    """
    v = _voices(doc, i)
    pos = doc.sentences[i].start if pos is None else pos
    before = [sp for sp in v.speakers if sp[1][0] <= pos]
    speaker, span = (before[-1] if before else v.speakers[0]) if v.speakers else (None, None)
    if speaker is not None and speaker.kind == "pronoun":
        speaker = doc.actor_for(i, speaker)
    if v.it:  # "Venezuela's Defence Ministry gave a different account. ... it said four guardsmen were wounded"
        speaker, span = v.it
    claimant = claimant_id(speaker) if speaker else None
    if claimant is None and speaker is not None and speaker.kind in ("person", "body") and speaker.state:
        claimant = speaker.state  # "a Ghanaian police spokesman said": an unnamed official speaks for his state
    if claimant is None and v.generic:  # "an Iranian provincial official said": that state speaks
        claimant = v.generic_state
    if v.hedged:
        return CERTAINTY.hedged, claimant, span
    if span or v.according or v.generic or v.reported:
        return CERTAINTY.attributed, claimant, span
    return CERTAINTY.asserted, None, None


@dataclass
class _Voices:
    """What in sentence i speaks, found once per sentence whatever the number of claims in it."""
    speakers: list[tuple[Mention | None, tuple[int, int]]]
    according: bool
    it: tuple[Mention | None, tuple[int, int]] | None
    generic: bool
    generic_state: str | None
    hedged: bool
    reported: bool  # a verb of saying whose speaker is no actor the rules know


def _voices(doc: Document, i: int) -> _Voices:
    cache = doc.memo.setdefault("voices", {})
    if i in cache:
        return cache[i]
    s = doc.sentences[i]
    text, ms = doc.text, [m for m in doc.mentions[i] if m.kind in ("person", "body", "state", "pronoun")]
    speakers: list[tuple[Mention | None, tuple[int, int]]] = []
    acc = _ACCORDING.search(text, s.start, s.end)
    if acc:
        doc_of = _DOCUMENT_OF.match(text, acc.end(), s.end)  # "according to a statement from the Malian army"
        lead = doc_of.end() if doc_of else acc.end()
        after = [m for m in ms if m.start >= lead and m.start - lead <= 12]
        speakers.append((after[0] if after else None, (acc.start(), after[0].end if after else acc.end())))
    # "..., according to the Beninese army; Niamey said four of its soldiers were wounded": a speaker after the one
    # "according to" names speaks besides; each claim takes the nearest before it (see `attribute`)
    for m in ms:
        if acc and m.start <= speakers[0][1][1]:
            continue
        says = _SAYS_AFTER.match(text, m.end, s.end)
        if says:
            speakers.append((m, (m.start, says.end())))
        elif said := _SAID_BEFORE.search(text[max(s.start, m.start - 20):m.start]):
            speakers.append((m, (m.start - len(said.group()), m.end)))
    if not speakers and not acc:
        office = office_speaker(doc, i)
        if office:
            speakers.append(office)
    it = None if speakers or acc else _IT_SAYS.search(text, s.start, s.end)
    generic = _GENERIC_SPEAKER.search(s.text)
    generic_state = generic and next((m.state for m in doc.mentions[i] if m.kind == "modifier"
                                      and s.start + generic.start() - 25 <= m.start < s.start + generic.start()), None)
    cache[i] = _Voices(speakers, bool(acc), (_it(doc, i, it.start()), (it.start(), it.end())) if it else None,
                       bool(generic), generic_state or None,
                       bool(HEDGE_RE.search(s.text) or _UNCONFIRMED.search(s.text)),
                       bool(_REPORTED.search(s.text)))
    return cache[i]


_IT_SAYS = re.compile(rf"(?i)\bit\s+(?:also\s+|later\s+)?{_SAY}\b(?!\s+(?:the\s+)?li(?:fe|ves))")  # not "it claimed the lives"


def _it(doc: Document, i: int, pos: int) -> Mention | None:
    """ "it said": the body or state named last, in this sentence or the two before, never a person."""
    for j in range(i, max(-1, i - 3), -1):
        named = [x for x in doc.mentions[j] if x.kind in ("body", "state") and x.state and (j < i or x.end <= pos)]
        if named:
            return named[-1]
    return None


def office_speaker(doc: Document, i: int) -> tuple[Mention, tuple[int, int]] | None:
    """A speaker named by office alone, placed in the state named with that office before, or the article's own."""
    s = doc.sentences[i]
    m = _BARE_OFFICE.search(doc.text, s.start, s.end)
    if not m or any(x.state and (x.end <= m.start("office") and re.fullmatch(r"(?:['’]s)?\s+(?:the\s+)?",
                                                                             doc.text[x.end:m.start("office")])
                                 or m.start("office") <= x.start < m.end("office"))
                    for x in doc.mentions[i]):
        return None  # "Poland's defence ministry said", "the Hellenic Coast Guard said": a mention of its own
    # a force's name is looked for whole: "the Hellenic Coast Guard said" is no "Libyan coast guard vessel"
    name = m.group("office" if m.group("noun")[0].isupper() else "noun")
    # "In Guatemala City, the defence ministry said": the office of the capital the sentence opens in
    opener = next((x for x in doc.mentions[i] if x.kind == "place" and x.state
                   and _IN.fullmatch(doc.text, s.start, x.start)
                   and _OPENER_GAP.fullmatch(doc.text, x.end, m.start("office"))), None)
    state = opener and opener.state or doc.office_state(i, m.start(), name) or doc.own_state()
    if not state:
        return None
    x = Mention(m.start("office"), m.end("office"), "body", state, f"{state.lower()}-{slugify(m.group('office'))}",
                m.group("office"))
    return x, (m.start(), m.end())


_IN = re.compile(r"In\s+")
_OPENER_GAP = re.compile(r",\s+(?:the\s+)?")


# An interview's or a transcript's speaker label at the start of a paragraph: "FTL:", "KAMAU:", "Dr. Al Ketbi:",
# "Minister for Foreign Affairs (Deputy Ciarán Mulqueen):"
_LABEL = re.compile(r"(?P<label>[A-Z][\w.’' ()-]{0,60}?):\s")


def _paragraph_label(doc: Document, i: int) -> re.Match | None:
    """The speaker label that opens sentence i's paragraph, if any ("KAMAU:", "FOREIGN MINISTER X:")."""
    return _LABEL.match(doc.text, doc.sentences[doc.first_of_paragraph(i)].start, doc.sentences[i].end)


def speaker(doc: Document, i: int, pos: int) -> tuple[Mention | None, bool]:
    """(who speaks at pos of sentence i, whether pos is quoted): inside a quotation, the person or body it is
    attributed to; outside, the person a paragraph's label names ("KAMAU: I travelled to Addis Ababa"). The
    speaker may be a person of no known state; None when neither says who speaks."""
    first = doc.first_of_paragraph(i)
    if doc.in_quotes(i, pos, doc.sentences[first].start):
        return _quote_speaker(doc, i, first), True
    label = _paragraph_label(doc, i)
    return (_labelled(doc, label.group("label")) if label else None), False


# A spokesperson's briefing is the office's own text ("Foreign Ministry Spokesperson Tan Yiming's Regular Press
# Conference", "SPOKESPERSON (Brigadier General Santino Deng Akol):"): its answers are the text's voice
_SPOKES = r"(?i)\bspokes(?:person|man|woman)\b"


def interviewed(doc: Document, i: int, who: Mention) -> bool:
    """Whether `who`, the person sentence i's paragraph label names as speaking (`speaker`, outside quotations), speaks
    in an interview rather than in the text's own voice: "KAMAU: Six of our people were killed" is Kamau's claim, not
    the outlet's; a spokesperson's briefing speaks for itself."""
    label = _paragraph_label(doc, i).group("label")
    memo = doc.memo.setdefault("interviewed", {})  # asked for every figure of the paragraph: the text is read once
    if (label, who.text) not in memo:
        names = "|".join(re.escape(x.split()[-1]) for x in (label, who.text))
        memo[label, who.text] = not (re.search(_SPOKES, f"{label} {who.text}")
                                     or re.search(rf"{_SPOKES}[^\n:]{{0,60}}?\b(?:{names})\b", doc.text))
    return memo[label, who.text]


def first_person(doc: Document, i: int, pos: int) -> Mention | None:
    """Whom "I" at pos of sentence i stands for, as a person placed at pos: the `speaker`, else outside quotations
    the voice of the text itself (a minister's report, a written answer). None when the text gives no state."""
    who, quoted = speaker(doc, i, pos)
    state = who.state if who else None
    if state is None and not quoted and (author := _byline_author(doc)):
        who, state = author, author.state  # an op-ed's "I": "By X, Minister of Foreign Affairs of the State of Kuwait"
    if state is None and not quoted:
        state = doc.voice_state() or doc.outlet_state()  # the text's own voice: a release, a report, a transcript
    if state is None:
        return None
    level = who.level if who else None
    if who is None and not quoted and (label := _paragraph_label(doc, i)):
        level = title_level(label.group("label"))  # "FOREIGN MINISTER MARISOL CÁRCAMO REYES: I spoke by phone with"
    return Mention(pos, pos + 1, "person", state, who.actor_id if who else None, "I", level)


_BYLINE = re.compile(r"(?m)^By\s+[^\n,]+,\s+[^\n]+$")


def _byline_author(doc: Document) -> Mention | None:
    """The author a byline names with an office that places him ("By Abdullah al-Mutawa, Minister of Foreign Affairs
    of the State of Kuwait"), not a reporter's bare name."""
    if "byline" not in doc.memo:
        line = _BYLINE.search(doc.text, 0, 600)
        doc.memo["byline"] = line and next((m for ms in doc.mentions for m in ms if m.kind == "person" and m.state
                                            and line.start() <= m.start < line.end()), None)
    return doc.memo["byline"]


def _labelled(doc: Document, label: str) -> Mention | None:
    """The person a speaker label names: in full, by surname ("KAMAU", "Dr. Al Ketbi", "MINISTER QUISPE" for Teodoro
    Quispe Mamani: any word of a name the article's person table knows) or by initials ("FTL")."""
    memo = doc.memo.setdefault("labelled", {})  # asked for every "I" and "our" of the paragraph
    if label not in memo:
        key = slugify(label).split("-")
        known = doc.table.lookup(label.title())
        memo[label] = next((m for ms in doc.mentions for m in ms if m.kind == "person" and m.actor_id
                            and (known and m.actor_id == known.actor_id or _names(key, m.actor_id.split("-")))), None)
    return memo[label]


def _names(key: list[str], parts: list[str]) -> bool:
    return key[-1] == parts[-1] or len(key) == 1 and len(key[0]) > 1 and key[0] == "".join(p[0] for p in parts)


def _quote_speaker(doc: Document, i: int, first: int) -> Mention | None:
    """The person or body a quotation in sentence i's paragraph is attributed to, nearest sentence first."""
    para = doc.sentences[i].paragraph
    last = i
    while last + 1 < len(doc.sentences) and doc.sentences[last + 1].paragraph == para:
        last += 1
    for j in [*range(i, last + 1), *range(i - 1, first - 1, -1)]:
        for m, _ in _voices(doc, j).speakers:
            m = doc.actor_for(j, m) if m is not None and m.kind == "pronoun" else m
            if m is not None and m.kind in ("person", "body") and m.state:
                return m
    return None
