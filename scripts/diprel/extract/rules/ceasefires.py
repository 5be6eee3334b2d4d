"""Ceasefires reported as agreed or in effect between two states.

A ceasefire word ("ceasefire", "truce", "cessation of hostilities", "a
complete cessation of fire", "a halt to the shooting", "agreed to stop the
exchanges of fire", "agreed ... to pull back and to stop firing", "the
understanding reached ... to halt all firing", "agreed to hold fire", "ceased
fire unilaterally", "a unilateral suspension of all its operations", "the
armed forces have suspended operations", "a humanitarian pause agreed by both
sides", "a pause in all firing") counts unless it is called for,
sought, proposed, possible, negotiated, conditional, violated, rumoured or in
scare quotes (CODING.md). The two parties are the states named around it;
when the sentence names only the broker ("A US-brokered ceasefire brought an
end to the hostilities on May 10") they come from the sentences just before,
from the article's conflict pair, or, for "the two sides" in a text that
speaks from one of them (a dateline, a town, an "our"), from that state and
the one other state just named;
unless the sentence sets a state against a non-state party ("a ceasefire with
the guerrillas", "with some dissident factions", "the truce between the army
and the TTP"). A broker ("US-brokered", "brokered by A, B and C", "X helped
broker", "under the auspices of") makes the ceasefire mediated and also yields
a conducted mediation (see rules.mediation); a helper whose part is only
claimed ("worked behind the scenes to secure the ceasefire, a claim ...") is
no party and no broker. A truce the two sides "agreed on" or "signed" takes, for
"the two countries", the pair the text last joined or saw meet; "signed a truce in
Libreville" names the venue, and "in the Ngoko river sector" the pair's own front,
not a truce elsewhere. The date is the day it "took effect" ("in force since",
"entered into force"), else the nearest.
"""
from __future__ import annotations

import re

from .. import attribution, fastre
from ..actors import ACTOR_KINDS, HONORIFIC, Mention
from ..candidates import Hit, dates_conflict
from ..document import BROKER_AFTER, BROKER_BY, Document
from ..vocab import MEDIATION, PRECISION, TRUCE
from . import common

# ("agreed on Saturday to stop a week of gunfire across the Mekong")
_HOSTILITIES = (r"(?:all\s+|the\s+|any\s+|their\s+|its\s+|"
                r"(?:a|an|two|three|four|five|several|\d+)\s+(?:days?|weeks?|nights?)\s+of\s+)?"
                r"(?:exchanges?\s+of\s+fire|firing|fire|gunfire|shooting|fighting|"
                r"(?:military|naval|air|combat|offensive|armed)\s+(?:actions?|operations|activities)|"
                r"hostilities|hostile\s+(?:actions?|acts|activit(?:y|ies)|manoeuvres|maneuvers)|shelling|"
                r"cross-border\s+(?:fire|firing|attacks)|"
                r"attacks\s+on\s+each\s+other|"
                # what the guns do, named by its use: "agreed to halt all use of weapons on this stretch"
                r"use\s+of\s+(?:weapons|arms|firearms|force))")  # 'agreed to suspend "all use of force"'
_HOLD_FIRE = r"hold\s+(?:their\s+|its\s+)?fire"  # "hold fire", "hold their fire" (the stems below hold these)
# What the two (or one side) stop: "stop all firing", "cease all hostile acts", "hold their fire"
_HALT = rf"(?:(?:stop|halt|cease)\s+{_HOSTILITIES}|{_HOLD_FIRE})"
TRIGGER_RE = fastre.guard(re.compile(
    rf"(?i)(?<![\w-])(?:cease[- ]?fires?|truce|armistice|"
    # "agreed on a hold-fire regime", 'A similar "no-fire" understanding between the two navies'
    # ("A first hold-fire, agreed by local commanders on Aug. 20")
    r"(?:hold|no)-fire(?=[”\"]?\s+(?:regime|agreement|arrangement|understanding|deal|order)|"
    r"[”\"]?,?\s+(?:agreed|reached)\b)|"
    # 'Local commanders agreed a "hold-fire" on Aug 16': the word itself, its date read from it
    # ("Local commanders from both sides then agreed a halt late on Monday night": the halt itself, not one "to" talks)
    r"(?:(?<=agreed\sa\s“)|(?<=agreed\sa\s\")|(?<=agreed\sa\s))(?:(?:hold|no)-fire\b|halt(?!\s+(?:to|in|of|on)\s))|"

    # an earlier truce the text names by what it was: "A first pause, agreed by radio ...", "A similar understanding was
    # reached in March" (a date of its own tells it from the truce reported)
    rf"(?:(?<=first\s)|(?<=similar\s)|(?<=previous\s)|(?<=earlier\s))(?:understanding|arrangement|pause|halt)"
    rf"(?=[^.;]{{0,60}}?\b(?:agreed|reached|brokered)\b)|"
    # "It is the second truce this month. The first, agreed on August 14 by the same commanders, lasted four days", "The
    # one agreed in Brasiléia on 19 June ... collapsed": the earlier truce the sentence before counts on from (_FIRST_OF)
    r"(?P<first>(?<=\bThe\s)(?:first,|one)(?=\s+(?:agreed|concluded|signed|reached|brokered)\b))|"
    # "a halt the same commanders agreed on Sept. 4": the halt named by those who agreed it
    r"halt(?=\s+(?:that\s+)?(?:the|both|their)\s+(?:[\w-]+\s+){0,3}?(?:commanders|sides|armies|navies|officers|"
    r"patrols)\s+(?:had\s+)?agreed\b)|"
    rf"(?:cessation\s+of|(?:halt|end)\s+to)\s+{_HOSTILITIES}|"  # "a complete cessation of fire", "a local halt to the shooting"
    # "a pause in all firing"; "the two-hour humanitarian pause agreed by both sides", "the two sides observed a
    # six-hour humanitarian pause" (not one only proposed)
    rf"pause\s+in\s+{_HOSTILITIES}|humanitarian\s+pause(?=[^.;]{{0,60}}?\b(?:agreed|reached|brokered)\b)|"
    r"(?<=observed\s)(?:an?\s+)?(?:[\w-]+\s+){0,2}?humanitarian\s+pause|"
    rf"arrangement\s+to\s+(?:stop|halt|cease|suspend|end)\s+{_HOSTILITIES}|"  # "A local arrangement to stop firing"
    # "the arrangement reached by the commanders ... on 24 June 2026 to cease all hostile acts"
    rf"arrangement\s+(?:reached|agreed|concluded)\b[^.;]{{0,120}}?\sto\s+(?:(?:stop|halt|cease|suspend|end)\s+"
    rf"{_HOSTILITIES}|{_HOLD_FIRE})|"
    # "spoke by telephone and ordered their forces to stop firing": the two, each to his own
    rf"(?:ordered|instructed)\s+their\s+(?:[\w-]+\s+)?(?:forces|troops|units|soldiers|commanders|armies|navies)\s+to\s+"
    rf"{_HALT}|"
    # one side's order to its own men: "ordered police on Saturday to hold fire unilaterally"
    rf"(?:ordered|instructed)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+)?(?:police|forces|troops|units|soldiers|army|navy)\s+"
    rf"(?:[^.;]{{0,24}}?\s)?to\s+{_HALT}"
    rf"(?=\s+unilaterally\b)|"
    # an order to all one's units: "the Tatmadaw ordered all its units in the Kyukok area to hold fire from 18:00
    # hours", "have ordered all Egyptian units in the area to hold fire"
    # ("Brunei ordered its vessels to hold fire": its own, all of them)
    # ('ordered its coast guard on Monday to suspend patrols in the zone and "hold fire" pending talks')
    rf"(?P<order_all>(?:ordered|instructed)\s+(?:all\s+(?:its\s+|their\s+|[A-Z][\w-]+\s+)?|its\s+)(?:[\w-]+\s+)?"
    rf"(?:units|forces|troops|soldiers|vessels|ships|patrols|coast\s+guard)\s+(?:[^.;]{{0,40}}?\s)?"
    rf"to\s+(?:[^.;“\"]{{0,40}}?\s+and\s+)?[“\"]?{_HOLD_FIRE}\b)|"
    # "agreed on Friday to stop all firing", "agreed ... to pull their patrols back 500 metres and to stop firing",
    # "the understanding reached between the two sides on 2 February to halt all firing"
    rf"(?:agreed|agreement|understanding|undertaking|commitment|decided|pledged|undertook)\b"
    rf"(?:[^.;]{{0,120}}?[\s,])?(?:to|on)\s+"
    # ... 'agreed to “suspend all fire and all operations”', "agreed to stop all cross-border pursuits and all firing"
    rf"[“\"]?(?:(?:stop|halt|cease|suspend|end)(?:ping|ing)?\s+[“\"]?(?:(?:all\s+|the\s+|any\s+)?[\w-]+(?:\s+[\w-]+)?"
    rf"\s+and\s+)?{_HOSTILITIES}|{_HOLD_FIRE})|"
    # what was agreed, in reported speech: "agreed on the spot that the soldiers of both sides would hold their fire"
    # ("the border services of both states would immediately cease any use of weapons"; "signed a four-point
    # arrangement under which both navies would “cease all hostile action”")
    rf"(?:(?:agreed|decided|pledged)\s+(?:[^.;]{{0,40}}?\s)?that|(?:arrangement|agreement|accord|text|understanding)\s+"
    rf"(?:under|by)\s+which)\s+[^.;]{{0,80}}?\s(?P<would>(?:would|shall)\s+)"
    rf"(?:immediately\s+)?[“\"]?"
    rf"{_HALT}|"
    # one side's own forces, in an announcement: "Vietnam's navy had announced on Tuesday that its vessels in the area
    # would hold their fire" (a unilateral truce); 'declared that its forces would "cease all offensive operations"',
    # "announced that all its ships in the area would hold fire", "that its ships ... had been ordered to hold fire"
    # ("The army said its units had been ordered to hold their fire from 4 p.m. on Monday")
    rf"(?:(?:announced|declared)\s+(?:[^.;]{{0,40}}?\s)?that|said(?:\s+that)?)\s+(?:all\s+)?(?:its|their)\s+"
    rf"[^.;]{{0,60}}?\s(?P<would_own>(?:would|will)\s+|(?:had|have|has)\s+been\s+ordered\s+to\s+)"
    rf"(?:unilaterally\s+)?[“\"]?{_HALT}|"
    # both sides' halt, as one side or their statement tells it: 'announced afterwards that both sides would "cease all
    # armed action"', 'Their joint statement says both sides would "cease all hostile acts"'
    rf"(?:announced|declared|said|says|stated)\s+(?:[^.;]{{0,40}}?\s)?(?:that\s+)?both\s+sides\s+"
    rf"(?P<would_both>(?:would|will|shall)\s+)[“\"]?{_HALT}|"
    # ... with the firing told first: "it was agreed that all firing in the sector would cease with effect from 1800"
    rf"(?:agreed|decided|pledged)\s+(?:[^.;]{{0,40}}?\s)?that\s+(?:all\s+)?"
    rf"(?:firing|fire|shooting|fighting|hostilities)\b[^.;]{{0,40}}?\s(?P<would_end>(?:would|shall)\s+)"
    rf"(?:cease|stop|end|halt)(?=[\s.,;])|"
    # "agreed to suspend patrols and “refrain from any use of weapons”"
    rf"(?:agreed|pledged|undertook)\b[^.;]{{0,120}}?[\s“\"]refrain(?:ing)?\s+from\s+(?:any\s+|all\s+|the\s+)?"
    # "agreed that all units "shall refrain from opening fire across the border""
    rf"(?:use\s+of\s+(?:weapons|arms|force)|open(?:ing)?\s+fire|{_HOSTILITIES})|"
    rf"ceased\s+(?:all\s+)?(?:fire|hostilities)|"  # "its forces ceased fire unilaterally at 15:00" (not "ceased firing at dawn")
    # the halt told as what the two forces did: "border guards of both states stopped firing" (both sides, see
    # _not_agreed)
    rf"(?P<stopped>(?:stopped|ceased|halted)\s+(?:all\s+)?(?:firing|shooting|fighting))|"
    # one side's army standing down: "the armed forces have suspended operations along the river for 72 hours" (see
    # _ARMY_BEFORE), "a unilateral suspension of all its operations", "suspended military operations"
    rf"(?P<suspended>(?:have\s+|has\s+|had\s+)?suspended\s+(?:all\s+)?(?:its\s+|their\s+)?(?:[\w-]+\s+)?operations)|"
    # ('a unilateral halt to what it called "all forward operations"', 'of "all military activity"')
    rf"unilateral\s+(?:suspension|halt|cessation)\s+(?:of|to)\s+(?:what\s+it\s+(?:called|termed)\s+)?[“\"]?(?:all\s+)?"
    rf"(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:operations|hostilities|attacks|strikes|firing|fire|activit(?:y|ies))|"
    # "A unilateral halt declared by Libreville on Wednesday had lasted only a few hours"
    rf"unilateral\s+(?:suspension|halt|cessation)(?=\s+(?:declared|announced|ordered|proclaimed)\b)|"
    rf"suspen(?:sion\s+of|ded|ds|ding)\s+(?:all\s+)?(?:its\s+|their\s+)?(?:{_HOSTILITIES}|(?:military|combat|offensive|armed)\s+"
    rf"(?:operations|activities|action)))"
    rf"(?![\w-])"))
# Every trigger above holds one of these stems: a sentence without any is skipped before the regex runs ("refrain"
# forms begin with "agreed", "pledged", "undertook"; "said its units would hold their fire" has its "hold ... fire").
_STEMS = common.substrings("cease", "truce", "armistice", "cessation", "halt", "end", "agree", "understanding", "pause",
                           "arrangement", "undertaking", "decided", "pledged", "undertook", "suspen", "stopped",
                           "announced", "declared", "hold-fire", "no-fire", "ordered", "instructed", "hold fire",
                           "hold their fire", "hold its fire",
                           *(f"{w} {v}" for w in ("first,", "one") for v in ("agreed", "concluded", "signed", "reached",
                                                                            "brokered")))
# The sentence before "The first, agreed on ..." counts truces: "It is the second truce this month"
_FIRST_OF = re.compile(r"(?i)\b(?:second|third|fourth|latest)\s+(?:[\w-]+\s+)?(?:truce|cease[- ]?fire|hold-fire)\b")
# The ceasefire is not in effect: proposed, demanded, doubted, broken (a note, not a new record).
# ("(?-i:may)": the month "May" is no modal: "since May 2025, when the two navies agreed to stop firing")
_NOT_AGREED = fastre.guard(re.compile(
    r"(?i)\b(?:calls?\s+for|called\s+(?:on\s+\w+\s+)?for|urg\w+|push\w*\s+for|seek\w*|sought|demand\w*|propos\w+|"
    r"possible|potential|"
    r"hopes?\s+for|negotiat\w+|talks\s+(?:on|for|about)|would|could|might|(?-i:may)|will|if|unless|rejected|refused|"
    r"no\s+ceasefire|violat\w+|breach\w*|collapsed?|broke\s+down|efforts?\s+(?:to|toward)|conditions?\s+for|"
    r"terms\s+(?:for|of)|path\s+to|plan\s+for|framework\s+for|progress\s+(?:towards?|on)|push\s+for|pressure\s+for|"
    r"yet\s+to\s+produce|towards?|neither|not|never|question\s+of|issue\s+of)\b|n't\b"))
# ("Burundi — which shares the lake with both — brokered a ceasefire": an aside between dashes)
_BROKER_VERB = re.compile(r"(?i)\s*(?:,\s*\w+\s*,\s*|\s[—–]\s[^—–.;]{1,80}?\s[—–]\s+)?(?:had\s+|has\s+)?"
                          r"(?:helped\s+(?:to\s+)?|help\s+)?(?:broker(?:ed)?|mediated|facilitated|secured|negotiated|"
                          r"chaired)\b"
                          r"(?!\s+by\b)")
_BROKER_HELP = re.compile(r"(?i)\b(?:with\s+the\s+(?:help|facilitation)\s+of|through\s+the\s+mediation\s+of|"
                          r"mediation\s+(?:by|of)|under\s+the\s+auspices\s+of)\s+(?:the\s+)?"
                          # "through the mediation of the Government of the Co-operative Republic of Guyana"
                          r"(?:Government\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+)?)?"
                          rf"(?:{HONORIFIC}\s+)*$")
# One who presided where the truce was signed (common.PRESIDED)
_PRESIDED = re.compile(rf"(?i),?\s+{common.PRESIDED}\b")
# Someone's part in getting the truce: "Abidjan had “worked quietly behind the scenes” to secure the ceasefire".
_WORKED_FOR = re.compile(r"(?i)\b(?:worked|helped|help|efforts?|role)\b[^.;]{0,50}?\bto\s+(?:secure|broker|achieve|bring\s+about|"
                         r"clinch)\s+(?:the\s+|a\s+|this\s+)?$")
# That part only claimed: the helper is no party, but no broker the text vouches for either.
_CLAIMED = re.compile(r"(?i)\b(?:claim\w*|credit|boast\w*|not\s+(?:yet\s+)?(?:been\s+)?confirmed|denied|unverified)\b")
# ... or whose statement told of it: "A Saudi foreign ministry statement said ... the two sides agreed on a cessation"
_ANNOUNCED = re.compile(r"(?i)\s*(?:had\s+|has\s+)?(?:first\s+)?announced\b|\s+(?:statement|communiqu[ée])\s+said\b")
# "announced by", "the arrangement announced on Monday by"
_ANNOUNCED_BY = re.compile(r"(?i)\bannounced\s+(?:(?:on|late\s+on|last|this)\s+\w+\s+|yesterday\s+|today\s+)?by\s+"
                           r"(?:the\s+)?$")
# A third state's news outlet carries the truce's news and is no party to it: "in a statement carried by the Saudi
# Press Agency" (a side's own outlet speaks for that side: "Iranian state media reported that the ceasefire ...")
_OUTLET = re.compile(r"\s+(?:(?:Press|News)\s+Agency|state\s+(?:media|television|TV|radio|news\s+agency))\b")
_SOIL = re.compile(r"\s+(?:soil|territory)\b")  # "met in Madama, on Nigerien soil": where, not who
_WELCOMES = re.compile(r"\s+(?:welcome[sd]?|note[sd]?|hail(?:s|ed)?|commend(?:s|ed)?|salute[sd]?)\b")
_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:the\s+)?")
# A ceasefire named only to date something else: "hours before the truce was announced".
_TIME_REFERENCE = re.compile(r"(?i)\b(?:(?:hours?|minutes?|days?|moments?|shortly|just|weeks?)\s+(?:before|ahead\s+of|prior\s+to)|"
                             r"ahead\s+of|prior\s+to)\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,2}$")
_COMPOUND = re.compile(r"(?i)\s*(?:monitoring|monitors?|observers?|observation|verification|commission|committee|"
                       r"mechanism|line|zone)\b")
# A third state's mediation by its demonym: "under Argentine mediation", "through Qatari good offices".
_DEMONYM_BROKER = re.compile(r"(?i)\s+(?:mediation|good\s+offices|brokering|auspices|facilitation)\b")
_DEMONYM_BROKER_BEFORE = re.compile(r"(?i)\b(?:under|through|with|thanks\s+to|following|after|via)\s+(?:the\s+)?$")
_UNILATERAL = re.compile(r"(?i)\bunilateral(?:ly)?\b")
# "Suriname's armed forces have suspended operations": one side's army standing down, unless both did
_BOTH_BEFORE = re.compile(r"(?i)\b(?:both|two|each)\b")
# ... or set off after it: 'said it was suspending all offensive operations "as a gesture of goodwill" – a unilateral
# step', "..., a unilateral measure"
_UNILATERAL_ASIDE = re.compile(r"(?i)\s[–—]\s+an?\s+unilateral\b|,\s+an?\s+unilateral\s+(?:step|measure|move|gesture|"
                               r"decision)\b")
# A truce its clause says never came to be: "A 48-hour truce proposed by Niger on Tuesday was never implemented"
_NEVER = re.compile(r"(?i)\b(?:was|were)\s+never\s+(?:implemented|agreed|accepted|observed|signed)\b|"
                    r"\bnever\s+took\s+effect\b")
# One side's order to its forces: "The Yemeni authority said it had ordered all its units in the strait to cease fire"
# (`own`: a unilateral truce), "the Government of Madagascar ordered the Malagasy Navy to cease fire ..., a unilateral
# measure" (the text calls it unilateral: against the article's other side)
_ORDERED = re.compile(r"(?i)\b(?:ordered|instructed)\s+(?:all\s+)?(?:(?P<own>its|their|his|her)\s+(?:own\s+)?|the\s+)?"
                      r"(?:[\w-]+\s+){0,2}?(?:units|forces|troops|soldiers|vessels|ships|boats|patrols|men|navy|army|"
                      r"armed\s+forces|coast\s+guard|police)\b[^.;]{0,60}?\bto\s+$")
# The day a ceasefire began: "took effect on February 17", "effective from midnight on Monday".
# (and "in force since 00:00 on 4 August", "entered into force at 06:00 on Sunday": the state it has been in since)
_EFFECT_VERB = r"(?:took|takes|went|came|entered)\s+(?:into\s+)?(?:effect|force)\b"
_TOOK_EFFECT = re.compile(rf"(?i)\b{_EFFECT_VERB}|\b(?:effective|with\s+effect)\s+from\b|"
                          r"\bin\s+(?:force|effect)\s+(?:since|from)\b|"
                          r"\b(?:has|have|had)\s+held\s+(?:\w+\s+)?since\b")  # "a truce that has held since 11 October"


def extract(doc: Document, meetings: list[Hit] | None = None) -> list[Hit]:
    hits = []
    for i, s in enumerate(doc.sentences):
        low = s.text.lower()
        if not _STEMS.search(low) or _HEARSAY.search(s.text):
            continue  # no trigger; or a truce named only in a rumour the text reports or debunks
        pairs: dict[frozenset, list[Hit]] = {}
        for m in TRIGGER_RE.finditer(doc.text, s.start, s.end):
            hit = _hit(doc, i, m, meetings or [], hits)
            key = hit and frozenset((hit.fields["state_1"], hit.fields["state_2"]))
            # "the ceasefire ... accept the truce": one truce, dated by its first mention; but "the unilateral
            # suspension ... on 15 September, and the meeting ... on 17 September, at which a local cessation of fire
            # was agreed" are two, each dated to its own day
            if hit is None or any(not dates_conflict(h.fields, hit.fields) for h in pairs.get(key, [])):
                continue
            pairs.setdefault(key, []).append(hit)
            hits.append(hit)
    return hits


_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*")
_OUR_FORCES = re.compile(r"(?i)\bour\s+(?:armed\s+forces|army|troops|forces|soldiers|units)\b")
_ARMY_BEFORE = re.compile(r"(?i)\b(?:army|armed\s+forces|military|troops|forces|navy)\s+$")
# (a call made is no call for: "agreed in a telephone call on Saturday to halt all military operations"; nor is a name:
# 'a unilateral halt to what it called "all forward operations"')
_GAP_NEGATED = re.compile(r"(?i)\b(?:not|never|no|refus\w*|reject\w*|failed|without|urg\w+|"
                          r"(?<!\ba\s)(?<!\bthe\s)(?<!phone\s)(?<!video\s)(?<!\bit\s)call\w*|ask\w*|would|will|"
                          r"should|could|(?-i:may)|might|if|unless)\b|n't\b")


# A truce named only in a rumour the text reports or debunks: "a post shared widely says ... signed an emergency ceasefire".
_HEARSAY = fastre.guard(re.compile(
    r"(?i)\b(?:viral|rumou?rs?|hoax|fake|falsely|misleading|fabricated|(?:a|the)\s+post\s+(?:shared|circulating)|"
    r"circulating\s+(?:online|on\s+social))\b"))


_COLLAPSED = r"(?:collapsed|broke\s+down|fell\s+apart|unravell?ed)"
_FAILED = re.compile(rf"(?i)\b(?:{_COLLAPSED}|lasted\s+(?:only|barely|just|less\s+than)|did\s+not\s+(?:survive|hold)|"
                     r"(?:firing|fighting|shooting|clashes)\s+resumed|came\s+under\s+fire\s+again)\b")  # "its boats ..."
_OTHER_TRUCE = re.compile(r"(?i)\b(?:an?|another|earlier|previous|first)\s+(?:[\w-]+\s+)?"
                          r"(?:truce|cease[- ]?fire|armistice)s?\b")
_BROKE_DOWN = re.compile(rf"(?i)\s+(?:had\s+|has\s+)?{_COLLAPSED}\b")
# A new noun phrase after a comma and a conjunction: what stood before it ("collapsed") does not negate the truce it names
_NEXT_CONJUNCT = re.compile(r",\s+(?:and|but|while)\s+(?=(?:an?|the)\s)")


# A halt told on a condition: "would hold their fire if their governments talked" (not the usual caveat: "would hold
# fire unless fired upon")
_ON_CONDITION = re.compile(r"(?i)\s+(?:[^.;,]{0,40}?\s)?(?:if|unless|provided|as\s+long\s+as)\b"
                           r"(?!\s+(?:fired\s+(?:up)?on|attacked|provoked)\b)")


def _not_agreed(doc: Document, i: int, m: re.Match) -> bool:
    if m.group("first") and not (i and _FIRST_OF.search(doc.sentences[i - 1].text)):
        return True  # "The first, signed in 1994, ...": a first truce only after the text has counted a second
    if common.scare_quoted(doc, m) and not _QUOTED_NAME.match(doc.text, m.end()) \
            and not _AGREED_A.search(doc.text, max(0, m.start() - 12), m.start()):
        # the "ceasefire" that wasn't: a word in scare quotes is the text keeping its distance (not a name quoted for
        # what was agreed: 'A similar "no-fire" understanding ..., reached in May')
        return True
    would = next((g for g in ("would", "would_end", "would_own", "would_both") if m.group(g)), None)
    if would and _ON_CONDITION.match(doc.text, m.end(), doc.sentences[i].end):
        return True  # "said that the soldiers of both sides would hold their fire if their governments talked"
    # "agreed that ... would": reported, not unreal
    gap = m.group() if not would else doc.text[m.start():m.start(would)] + doc.text[m.end(would):m.end()]
    if len(gap) > 20 and _GAP_NEGATED.search(gap):  # only the long "agreed ... to stop" form has a gap
        return True  # "agreed to resume talks but not to stop firing", "agreed ... and urged their forces to stop firing"
    if m.group("stopped") and not common.TWO_SIDES.search(doc.text, max(doc.clause_bounds(i, m.start())[0], m.start() - 60),
                                                          m.start()) and not _two_forces_stopped(doc, i, m):
        return True  # "the gunmen stopped firing at dawn": a truce only when both sides' forces stop
    if m.group("suspended") and not _ARMY_BEFORE.search(doc.text, max(0, m.start() - 20), m.start()):
        return True  # "the airline suspended operations": only an army's suspension is a truce
    c_start, c_end = doc.clause_bounds(i, m.start())
    before = doc.text[max(c_start, m.start() - 45):m.start()]
    before = _NEXT_CONJUNCT.split(before)[-1]  # "... on Nov. 6 collapsed after four days, and a unilateral ceasefire"
    after = doc.text[m.end():min(c_end, m.end() + 25)]
    return bool(_NOT_AGREED.search(before) or _TIME_REFERENCE.search(before) or re.match(r"(?i)^\s*(?:proposal|talks|negotiations|violations?|deal\s+(?:is|was)\s+(?:possible|expected)|offer|plan)\b", after)
                or _BROKE_DOWN.match(after)  # "That truce collapsed on 2 November": a note on a truce told before
                or _NEVER.search(doc.text, m.end(), c_end)
                or _COMPOUND.match(after)  # "a joint ceasefire monitoring committee will hold ...": a body, not a truce
                or common.unreal(doc, i, m.start(), m.end()))


def _two_forces_stopped(doc: Document, i: int, m: re.Match) -> bool:
    """ "Guyanese and Surinamese soldiers facing each other across the river stopped shooting": the subject joins two
    states' forces, with no other actor between them and the verb."""
    c_start = doc.clause_bounds(i, m.start())[0]
    before = [x for x in doc.mentions[i] if c_start <= x.start and x.end <= m.start() and x.kind in ACTOR_KINDS]
    return len(before) == 2 and before[0].state != before[1].state and None not in (before[0].state, before[1].state) \
        and common.coordinated(doc, before) == before


def brokers_of(doc: Document, i: int, lo: int, hi: int) -> list[Mention]:
    """The actors the sentence says brokered something, with partners joined by "and" ("by Qatar and Turkey")."""
    text = doc.text
    ms = [m for m in doc.mentions[i] if doc.actor_for(i, m) is not None]
    found: list[int] = []
    for k, m in enumerate(ms):
        if doc.in_quotes(i, m.start):
            continue  # a broker named inside someone's quoted words is that speaker's claim
        if (BROKER_AFTER.match(text, m.end) or BROKER_BY.search(text[max(lo, m.start - 40):m.start])
                or _BROKER_HELP.search(text[max(lo, m.start - 80):m.start]) or _PRESIDED.match(text, m.end, hi)
                or (m.possessive and re.match(r"(?i)^['’]s\s+(?:mediation|brokering|help)", text[m.end:m.end + 20]))
                or (_BROKER_VERB.match(text, m.end, hi) and m.start >= lo)):
            found.append(k)
    brokers: list[Mention] = []
    for k in found:  # with the partners listed beside it: "by Argentina, Brazil, Chile and the United States"
        run = common.coordinated(doc, ms[k:]) + common.coordinated(doc, ms[k::-1])[1:]
        brokers += [x for x in run if x not in brokers]
    named = [doc.actor_for(i, x) for x in sorted(brokers, key=lambda x: x.start)]
    return named + [common.as_state(m) for m in doc.mentions[i]
                    if m.kind == "modifier" and lo <= m.start < hi and _DEMONYM_BROKER.match(text, m.end)
                    and (_DEMONYM_BROKER_BEFORE.search(text[max(lo, m.start - 20):m.start])
                         or text[lo:m.start].strip() in ("", "The", "the"))  # "Egyptian mediation secured a truce"
                    and not doc.in_quotes(i, m.start)]  # "under Argentine mediation"


_BETWEEN_AFTER = re.compile(r"(?i)(?:\s+of\s+(?:\w+\s+)?\d{4})?\s+(?:agreed\s+|signed\s+|reached\s+)?between\s+")
_WITH = re.compile(r"(?i)\bwith\b")
_THEIR = re.compile(r"(?i)their\b")


def _others_between(doc: Document, i: int, m: re.Match) -> bool:
    """ "The truce between the army and the TTP": the trigger names its own two sides, and they are no states."""
    s = doc.sentences[i]
    b = _BETWEEN_AFTER.match(doc.text, m.end(), s.end)
    if not b:
        return False
    if _BETWEEN_FIELD_MEN.match(doc.text, b.end()) or _THEIR.match(doc.text, b.end()):
        # "A halt to firing agreed between field commanders", "a cessation of all hostilities between their naval
        # forces": the two states' own men, unnamed
        return False
    c_end = doc.clause_bounds(i, b.end())[1]
    named = {x.state for x in doc.mentions[i] if b.end() <= x.start < c_end and x.state}
    return len(named) < 2 and not common.TWO_SIDES.search(doc.text, b.end(), c_end)


def _helpers(doc: Document, i: int, m: re.Match) -> list[Mention]:
    """The actor said to have worked for the truce the trigger names: the nearest one before "worked", "helped"."""
    s = doc.sentences[i]
    w = _WORKED_FOR.search(doc.text, max(s.start, m.start() - 100), m.start())
    if not w:
        return []
    before = [x for x in doc.mentions[i] if x.end <= w.start() and x.state and x.kind in ACTOR_KINDS]
    return [common.as_state(before[-1]) if before[-1].kind == "modifier" else before[-1]] if before else []


def _announcer(doc: Document, i: int) -> Mention | None:
    for m in doc.mentions[i]:
        a = doc.actor_for(i, m)
        if a and (_ANNOUNCED.match(doc.text, m.end) or _ANNOUNCED_BY.search(doc.text[max(0, m.start - 36):m.start])):
            return a
    return None


def _between(doc: Document, i: int, exclude: set) -> list[str]:
    """The two states joined after "between" ("ending fighting between Israel and Iran")."""
    s = doc.sentences[i]
    for b in _BETWEEN.finditer(doc.text, s.start, s.end):
        ms = [m for m in doc.mentions[i] if m.start >= b.end() and m.state and m.state not in exclude
              and m.kind in ACTOR_KINDS][:2]
        if len(ms) == 2 and ms[0].state != ms[1].state and common.coordinated(doc, ms) == ms:
            return sorted((ms[0].state, ms[1].state))
    return []


def _parties(doc: Document, i: int, brokers: set, announcer: str | None = None,
             meetings: list[Hit] = (), agreed: bool = False, agreement: bool = False,
             own: bool = False, ordered: bool = False) -> tuple[list[str], bool]:
    """The two states of sentence i other than the brokers, else from context; and whether from context.

    A state's truce with a non-state force ("the Colombian government and the ELN", "a ceasefire
    with the guerrillas") is no ceasefire between two states: no context pair is borrowed for it.
    A third party that announces a truce ("announced by US envoy Witkoff") is no party to it.
    """
    broker = next(iter(brokers), None)
    until = attribution.trailing_source(doc, i) or doc.sentences[i].end  # the sources a sentence ends on are no parties
    states = sorted({m.state for m in doc.mentions[i] if m.state and m.state not in brokers and m.start < until
                     and m.kind in ("state", "modifier", "body", "person", "pronoun")
                     and not (m.kind == "modifier" and _OUTLET.match(doc.text, m.end)
                              and m.state not in (doc.conflict_pair or ()))
                     and not (m.kind == "modifier" and _SOIL.match(doc.text, m.end))})
    pair = doc.conflict_pair
    third = announcer if announcer and pair and announcer not in pair else None
    if third in states and (len(states) == 3 or len(states) == 2 and set(states) - {third} <= set(pair)):
        states.remove(third)
        brokers = brokers | {third}
    if len(states) == 2:
        return states, False
    if len(states) > 2:  # "Thailand and Cambodia agreed to a ceasefire at talks hosted by Malaysia's premier"
        return _between(doc, i, brokers) or common.joined_pair_in(doc, i, brokers), False
    if common.non_state_partner(doc, i):
        return [], False
    pair = doc.conflict_pair if doc.conflict_pair and not brokers & set(doc.conflict_pair) else None
    ctx = pair or doc.recent_pair(i, broker) or _met_pair(doc, i, brokers, meetings) \
        or (common.TWO_SIDES.search(doc.sentences[i].text) and common.own_and_other(doc, i, brokers)) \
        or (agreed and common.TWO_SIDES.search(doc.sentences[i].text)
            and (doc.joined_pair(i, broker) or common.latest_meeting_pair(meetings, i, brokers))) \
        or (agreement and common.TWO_SIDES.search(doc.sentences[i].text)
            and (doc.article_pair or doc.joined_pair(i, broker))) \
        or (own and len(states) == 1 and states[0] in (doc.article_pair or ()) and doc.article_pair) \
        or (ordered and not states and common.own_and_other(doc, i, brokers)) \
        or ((agreed or agreement) and not states and doc.article_pair)  # "the local unit commanders agreed on ..."
    # an announcer outside the pair is a third party: "the arrangement announced on Monday by Mexico's minister"; so
    # is one who welcomes the truce ("Ghana welcomes the cessation of hostilities agreed by the two countries")
    welcomers = {x.state for x in doc.mentions[i] if _WELCOMES.match(doc.text, x.end)}
    rest = [x for x in states if x != announcer and x not in welcomers or x in (ctx or ())]
    if ctx and not brokers & set(ctx) and (not rest or rest[0] in ctx):
        return list(ctx), True
    return [], True


def _met_pair(doc: Document, i: int, brokers: set, meetings: list[Hit]) -> tuple[str, str] | None:
    """ "The two sides reaffirmed their commitment to the ceasefire": the two who met just before (a sentence or two)."""
    if not common.TWO_SIDES.search(doc.sentences[i].text):
        return None
    return common.latest_meeting_pair(meetings, i, brokers, since=i - 2)


def _hit(doc: Document, i: int, m: re.Match, meetings: list[Hit] = (), told: list[Hit] = ()) -> Hit | None:
    if _not_agreed(doc, i, m):
        return None
    s = doc.sentences[i]
    brokers = brokers_of(doc, i, s.start, s.end)
    helpers = _helpers(doc, i, m)
    if helpers and not _CLAIMED.search(s.text):
        brokers = brokers or helpers
    broker = brokers[0] if brokers else None
    announcer = _announcer(doc, i)
    own_order = _ORDERED.search(doc.text, s.start, m.start())  # one side's order to its forces
    # as for mediation, "the two sides agreed to hold fire" are the pair the text last joined ("the Nepal–China
    # frontier") when no conflict pair stands out; not for a bare "the ceasefire the two countries have maintained".
    # An agreement named first ("the understanding reached by the two navies ... to halt all firing") is the
    # article's pair's, in a statement that names the pair among its helpers.
    parties, from_context = _parties(doc, i, {b.state for b in brokers + helpers}, announcer.state if announcer else None,
                                     meetings, agreed=bool(_AGREED_VERB.match(m.group()) or m.group("stopped")
                                                           or _AGREED_BEFORE.search(doc.text, max(s.start, m.start() - 40),
                                                                                    m.start())
                                                           or _AGREED_AFTER.match(doc.text, m.end(), s.end)),
                                     agreement=bool(_AGREEMENT.match(m.group())),
                                     own=bool(own_order and _UNILATERAL.search(doc.text, m.end(), s.end)),
                                     ordered=bool(own_order))
    if _others_between(doc, i, m) or from_context and _WITH.search(m.group()):
        # "the truce between the army and the TTP", "agreed with local elders to stop firing": not two states (nor
        # "the ceasefire of March 1962 between the French army and the National Liberation Front", whatever states
        # the rest of the sentence names)
        return None
    if len(parties) != 2:
        return None
    if from_context and (where := _IN_PLACE.match(doc.text, m.end(), s.end)) and not _SIGNED_BEFORE.search(
            doc.text, max(s.start, m.start() - 20), m.start()) and _placed_elsewhere(doc, i, where, parties):
        return None  # "support for the ceasefire in the Gaza Strip": a truce placed elsewhere is not the pair's
    if from_context and m.group("suspended"):
        return None  # "the army suspended operations in the north": against whom, the sentence must say
    if from_context and _UNILATERAL.search(doc.text, max(s.start, m.start() - 30), m.end()) \
            and not any(x.state for x in doc.mentions[i] if x.kind in ACTOR_KINDS) \
            and not (_OUR_FORCES.search(s.text) and doc.spoken_from() in parties):
        # "The TPNPB declared a unilateral ceasefire": declared by no state, so no truce between two (but "our Armed
        # Forces had declared a unilateral halt" in a release are its own state's)
        return None
    c_start, c_end = doc.clause_bounds(i, m.start())
    effect = _TOOK_EFFECT.search(doc.text, m.end(), s.end)
    date = effect and common.nearest_date(doc, i, effect.end(), effect.end(), s.end)
    # a date past a comma after the truce dates the next clause ("entered its third day, officials on Thursday said")
    # (not an aside about the truce itself: "A previous truce between the two navies, agreed in March 2024, ...")
    aside = (r",\s(?!(?:first\s+)?(?:agreed|signed|reached|declared|concluded|announced|brokered|mediated|negotiated|"
             r"arranged)\b)")
    comma = next((c.start() for c in re.finditer(aside, doc.text[m.end():s.end])
                  if not any(d.start <= m.end() + c.start() < d.end for d in doc.dates(i))), None)
    # "the two-hour humanitarian pause agreed by both sides on the evening of Saturday, 4 July": the day it was agreed,
    # after it, not the nearer date of the truce told before it
    # (or, in a relative clause, the day those named in it agreed it: "the ceasefire that the Inspector-General of the
    # Namibian Police, ..., and Zambia’s Army Commander, ..., agreed when they met in Sesheke, ..., on Thursday")
    # a date inside the agreement told at length is its day: "the arrangement reached by the commanders ... on 24 June
    # 2026 to cease all hostile acts", not 22 June of the unilateral halt before it
    date = date or next((d for d in common.past_dates(doc, i) if m.start() < d.start and d.end < m.end()), None)
    date = date or next((d for d in common.past_dates(doc, i) if m.end() <= d.start <= m.end() + 80
                         and _AGREED_ON.fullmatch(doc.text, m.end(), d.start + 3 * doc.text.startswith("on ", d.start))
                         or m.end() <= d.start <= m.end() + 320 and _THAT_AGREED.fullmatch(doc.text, m.end(), d.start)),
                        None)
    date = date or common.nearest_date(doc, i, m.start(), s.start, s.end if comma is None else m.end() + comma,
                                       keep=lambda d: not _OTHER_THING.search(doc.text, m.end(), d.start)
                                       and not _UNTIL.search(doc.text, max(s.start, d.start - 7), d.start + 6))
    # "The truce was agreed on Thursday at an emergency meeting ... It took effect at 6 p.m. on Friday": the day it took
    # effect, told in the next sentence
    effect_next = None if effect else _effect_next(doc, i)
    # "The two commanders agreed on the hold-fire arrangement": the truce the text has told already takes no date from
    # the meeting told before it
    known = _DEFINITE.search(doc.text, max(s.start, m.start() - 5), m.start()) \
        and any({h.fields["state_1"], h.fields["state_2"]} == set(parties) for h in told)
    earlier = None if date or effect_next or known else _paragraph_date(doc, i)
    # (a "unilateral" word of its own clause: not "recalled the unilateral suspension ... on 15 September, and the
    # meeting ... at which a local cessation of fire was agreed")
    one_side = _UNILATERAL.search(doc.text, c_start, c_end) or m.group("would_own") or m.group("order_all") \
        or _UNILATERAL_ASIDE.search(doc.text, m.end(), s.end) \
        or own_order and (own_order.group("own") or from_context) \
        or m.group("suspended") and not _BOTH_BEFORE.search(doc.text, c_start, m.start())
    kind = TRUCE.mediated if broker else (TRUCE.unilateral if one_side else TRUCE.bilateral)
    fields = {"state_1": parties[0], "state_2": parties[1], "kind": kind, "cameo_code": common.ceasefire_cameo(),
              "broker_state": broker.state if broker else None,
              "broker_actor": broker.actor_id if broker and broker.kind in ("person", "body") else None,
              "announced_by": announcer and (announcer.actor_id if announcer.kind in ("person", "body") else announcer.state)}
    told = effect_next[1] if effect_next else date or (earlier and earlier[1])
    # a live page's entry no words date tells what happened on the page's day, as its hour says ("18:00 – A truce took
    # effect"); dated here, before truces of one pair are merged by their dates
    fields.update(common.date_fields(told or common.live_day(doc)))
    supports = ["kind", "cameo_code"] + [k for k in ("broker_state", "broker_actor", "announced_by") if fields[k]]
    lo, hi = m.start(), m.end()
    if broker:
        lo, hi = min(lo, broker.start), max(hi, broker.end)
    if date and not effect_next:
        supports += ["date_start", "date_end"]
        lo, hi = min(lo, date.start), max(hi, date.end)
    if not from_context:
        supports += ["state_1", "state_2"]
        for x in doc.mentions[i]:
            if x.state in parties and c_start <= x.start < c_end:
                lo, hi = min(lo, x.start), max(hi, x.end)
    confidence = 0.8 - 0.15 * from_context + 0.05 * bool(date)
    hit = Hit("ceasefires", fields, i, lo, hi, supports, "ceasefire", confidence)
    # (only with a date of its own: "the new ceasefire", "It is the second truce in three months" are the one reported)
    if date and (order := _ORDER_BEFORE.search(doc.text, max(s.start, m.start() - 30), m.start())
                 or _ORDER_AT.match(doc.text, m.start(), m.end())):
        hit.order = _ORDERS.get(order.group("w").lower(), "earlier")
    elif m.group("first"):
        hit.order = "earlier"
    elif date and _HAD_ALREADY.search(doc.text, max(s.start, m.start() - 30), m.start()):
        hit.order = "earlier"  # "Local commanders had already agreed to hold fire on Monday evening": an earlier halt
    elif date and _PAUSE.search(m.group()):
        hit.order = "pause"  # "the two-hour humanitarian pause agreed ... on Saturday": not Monday's cessation
    elif date and (failed := _FAILED.search(doc.text, m.end(), s.end)) \
            and not _OTHER_TRUCE.search(doc.text, m.end(), failed.start()):
        # "agreed by radio on Sunday night to hold their fire, but the understanding collapsed on Monday morning",
        # "that truce lasted barely three hours": a first truce that failed, not the one after it (nor the one
        # reported "three weeks after an earlier truce collapsed")
        hit.order = "earlier"
    # "the local commanders from both sides met face to face ..., and they agreed to stop": "they" are those before
    lead = s.start if _THEY_AGREED.match(doc.text, c_start, m.start()) else c_start
    after = _AGREED_BY_AFTER.match(doc.text, m.end(), s.end)  # "a truce the two patrols agreed by radio"
    # (or named inside it: "An arrangement reached over the radio by the two garrison commanders on Monday to ...")
    hit.local = bool(_LOCAL.search(doc.text, max(lead, m.start() - 140), m.start())
                     or _BETWEEN_FIELD_MEN.search(doc.text, m.start(), m.end())
                     or _AGREED_BY_FIELD_MEN.match(doc.text, m.end(), s.end)
                     or after and _LOCAL.search(doc.text, m.end(), after.end()))
    for told in (earlier, effect_next):
        if told:
            hit.extra.append((told[0], told[1].start, told[1].end, ["date_start", "date_end"]))
    return hit


# The next sentence on the truce just told: "It took effect at 6 p.m. on Friday", "The ceasefire came into force ..."
_IT_TOOK_EFFECT = re.compile(r"(?i)\s*(?:It|The\s+(?:truce|ceasefire|cease-fire|agreement|arrangement|halt))\s+"
                             + _EFFECT_VERB)


def _effect_next(doc: Document, i: int):
    """(sentence, date) of the day the next sentence says the truce took effect, if it opens so: in the paragraph, or
    the next one's first after a one-sentence lede ("Qatar and the United Arab Emirates have agreed to stop all
    hostile acts ... // The ceasefire took effect at 6 p.m. on Tuesday")."""
    j = i + 1
    if j >= len(doc.sentences) or doc.sentences[j].paragraph != doc.sentences[i].paragraph and not (
            doc.sentences[j].paragraph == doc.sentences[i].paragraph + 1 and doc.first_of_paragraph(i) == i):
        return None
    took = _IT_TOOK_EFFECT.match(doc.text, doc.sentences[j].start, doc.sentences[j].end)
    day = took and common.nearest_date(doc, j, took.end(), took.end(), doc.sentences[j].end)
    return (j, day) if day else None


# "A first halt to the shooting, agreed by radio ..., collapsed within hours", "An earlier truce", "A second halt to
# fire came into force": a truce the text tells apart from the one it reports by its order
_ORDER = r"(?P<w>first|earlier|previous|initial|similar|second|third)"
_ORDER_BEFORE = re.compile(rf"(?i)\b{_ORDER}\s+(?:[\w-]+\s+)?[“\"]?$")
_ORDER_AT = re.compile(rf"(?i)(?:an?\s+|the\s+)?{_ORDER}\s")
_ORDERS = {"second": "second", "third": "third"}  # the rest name an earlier truce
# Who agreed a truce in the field: "Local commanders agreed", "the company commanders on both banks agreed by radio",
# "a truce the two patrols agreed by radio"
_FIELD_MEN = (r"(?:(?:local|field|company|sector|unit|border|regional|on-site|garrison)\s+commanders|patrols|captains|"
              r"commanders\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:border|frontier|forward)\s+(?:units|posts))")
_LOCAL = re.compile(rf"(?i)\b(?:{_FIELD_MEN}|(?:by|over)\s+(?:the\s+)?radio|on\s+the\s+spot)\b")
# "A local truce agreed by the two sides' sector commanders on Tuesday broke down within a day"
_AGREED_BY_FIELD_MEN = re.compile(rf"(?i)\s+agreed\s+by\s+(?:the\s+)?(?:(?:two|both)\s+sides['’]\s+)?{_FIELD_MEN}\b")
# "A halt to firing agreed between field commanders": the two states' own men, unnamed (see _others_between)
_BETWEEN_FIELD_MEN = re.compile(rf"(?i)(?:the\s+)?{_FIELD_MEN}\b")
_THEY_AGREED = re.compile(r"(?i)\W*(?:and\s+)?they\s+(?:then\s+|later\s+)?$")
_AGREED_BY_AFTER = re.compile(r"(?i)\s+(?:that\s+|which\s+)?(?:the\s+)?(?:two\s+)?(?:[\w-]+\s+)?(?:commanders|patrols)"
                              r"\s+(?:had\s+)?agreed(?:\s+by\s+radio)?")
# ('A "hold-fire" agreed by local naval commanders', 'a "cessation of hostilities" that entered into force at 00:00')
_QUOTED_NAME = re.compile(r"[”\"](?:\s+(?:understanding|arrangement|agreement|regime|deal)|"
                          rf",?\s+(?:agreed|reached)\s+by|\s+(?:that|which)\s+(?:has\s+|had\s+)?{_EFFECT_VERB})\b")
_AGREED_A = re.compile(r"\bagreed\s+an?\s+[“\"]$")  # 'agreed a "hold-fire"': what was agreed, quoted
_PAUSE = re.compile(r"(?i)(?:humanitarian\s+)?pause\b")
# (a date's own "on" read with it: "a unilateral halt to firing declared by Djibouti's army on Friday")
_AGREED_ON = re.compile(r"\s+(?:that\s+|which\s+)?(?:was\s+|were\s+)?(?:agreed|reached|signed|concluded|declared|"
                        r"announced)\b[^.;,]*?\s(?:on|of)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?")
_THAT_AGREED = re.compile(r"\s+(?:that|which)\s+[^.;]{1,200}?\s(?:agreed|signed|concluded)\b[^.;]{0,100}?"
                          r"(?:\s(?:on|of))?\s+")
_HAD_ALREADY = re.compile(r"(?i)\bhad\s+already\s+(?:agreed\s+(?:to\s+)?)?$")
# The day a truce lasted to is its end, not its start: "an arrangement that held until this morning"
_UNTIL = re.compile(r"(?i)\b(?:until|till)\s")
# A relative clause on something else between the truce and a date: "agreed to halt fire from 6 p.m. and to restore
# a radio hotline that was cut in August" (not the truce's own "that was agreed on Monday")
_OTHER_THING = re.compile(r"(?i)\b(?:that|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                          r"(?!(?:agreed|signed|reached|declared|announced|brokered|concluded|struck|mediated)\b)"
                          r"[a-z]+\b")


def _placed_elsewhere(doc: Document, i: int, where: re.Match, parties: list[str]) -> bool:
    """ "the ceasefire in the Gaza Strip" is another truce; "a cessation of hostilities in the Ngoko river sector" (a
    sector, a river, a valley of the pair's own frontier) is theirs."""
    if any(d.start <= where.start("name") < d.end for d in doc.dates(i)):
        return False  # "a similar ceasefire in March": dated, not placed
    named = [x.state for x in doc.mentions[i] if where.start() <= x.start < where.end()]
    if any(st in parties for st in named):
        return False
    return bool(named) or not _FRONTIER.match(doc.text, where.end(), min(doc.sentences[i].end, where.end() + 20))


# What a pair's own front line is called after its name: "the Ngoko river sector", "the Kabo border area".
_FRONTIER = re.compile(r"(?i)\s*(?:river\s+|border\s+|frontier\s+)?(?:sector|area|zone|border|frontier|valley|river|"
                       r"crossing|enclave|district|region|front)\b")


_AGREED_VERB = re.compile(r"(?i)(?:agreed|decided|pledged|undertook)\b")
# "the understanding reached by the two navies on 2 October 2026 to halt all firing": the agreement named first
_AGREEMENT = re.compile(r"(?i)(?:agreement|understanding|undertaking)\b")
# The truce as what the sides agreed or signed ("had already agreed on a ceasefire", "agreed in Ashgabat to a
# cessation of fire", "signed a truce"): "the two countries" then are the pair the text last joined or saw meet.
_AGREED_BEFORE = re.compile(r"(?i)\b(?:agreed|signed|concluded|reached)\b[^.;,]{0,30}?\s(?:on\s+|to\s+)?(?:an?|the)\s+"
                            r"(?:[\w-]+\s+)?$")
# "the cessation of hostilities agreed by the two Member States"
_AGREED_AFTER = re.compile(r",?\s+(?:(?:was|were)\s+)?(?:agreed|reached|signed)\s+(?:by|between)\b")
# "signed a truce in Libreville": the place is where it was signed, not where the truce holds.
_SIGNED_BEFORE = re.compile(r"(?i)\b(?:signed|concluded|agreed|reached)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$")


_DEFINITE = re.compile(r"(?i)\bthe\s+$")  # "the hold-fire arrangement": one the reader knows


def _paragraph_date(doc: Document, i: int):
    """(sentence, date) of the last day the paragraph dated, a sentence or two before: "The commanders met at
    Nizi on 12 July. They agreed on the spot that the soldiers would hold their fire" was agreed that day."""
    para = doc.sentences[i].paragraph
    for j in range(i - 1, max(-1, i - 3), -1):
        if doc.sentences[j].paragraph != para:
            break
        days = [d for d in common.past_dates(doc, j) if d.precision == PRECISION.day]
        if days:
            return j, days[-1]
    return None


# The truce's sentence says a third party brought it about, whoever that was ("brokered by the Intergovernmental
# Authority on Development (IGAD)", "through the good offices of UNFICYP"); not "a similar truce brokered by the two
# sides' commanders", which the parties arranged themselves
_BROKERED = re.compile(r"(?i)\b(?:(?:co-)?mediated|brokered|brokering|mediating|mediation|facilitat(?:ed|ion)|"
                       r"good\s+offices|auspices)\b(?!\s+by\s+(?:the\s+two|both|their\s+own)\b)")


def settle_broker(doc: Document, truce: Hit, hits: list[Hit]) -> None:
    """The broker and kind of a truce, after the merge, with the mediation of every rule.

    A truce the text tells of beside the talks a third state mediated for the same pair, in its sentence or the next
    or last ("Pakistan and Afghanistan agreed to an immediate ceasefire during talks in Doha mediated by Qatar"; "...
    talks chaired by Kazakhstan's envoy. The ceasefire took effect at 6 p.m."), was brokered by that state; not when
    two states mediated it (which one brokered is the coder's call). A truce with a broker, or one its sentence says
    was brokered by someone the rules could not place, is `mediated`, not `bilateral`."""
    if not truce.fields.get("broker_state"):
        pair = {truce.fields["state_1"], truce.fields["state_2"]}
        mediations = [h for h in hits if h.table == "mediation_offers" and h.fields["kind"] == MEDIATION.conducted
                      and abs(h.sentence - truce.sentence) <= 1
                      and {h.fields["party_1_state"], h.fields["party_2_state"]} == pair]
        if len({h.fields["mediator_state"] for h in mediations}) == 1:
            truce.fields["broker_state"] = mediations[0].fields["mediator_state"]
            truce.extra.append((mediations[0].sentence, mediations[0].lo, mediations[0].hi, ["broker_state", "kind"]))
    if truce.fields["kind"] == TRUCE.bilateral and (
            truce.fields.get("broker_state") or _BROKERED.search(doc.sentences[truce.sentence].text)):
        truce.fields["kind"] = TRUCE.mediated
