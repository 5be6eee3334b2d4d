"""Mediation between two states by a third: offers, conducted mediation, claims.

- offer (CAMEO 039): "offered to mediate", "his offer to help resolve the
  Kashmir issue", "Iran's readiness to use its good offices", "ready to host a
  meeting between ...", "stands ready to act as a bridge", "put its good
  offices on the table", "offered on Friday to help the two sides settle",
  "the offer was made by ...", "proposed his good offices", "offered
  Montevideo as the seat for talks", "stood ready to “bring the two brothers
  together”", "remains ready, as before, to mediate", "ready to provide a
  platform for dialogue", "willing to help Port Vila and Paris find a way
  forward", "ready to play a bridging role", "to provide good offices for A and
  B", "ready to host and facilitate talks", "ready to assist our brothers in
  Riyadh and Abu Dhabi", "readiness to accompany the two brotherly
  countries", "ready to help our neighbours talk", "would be glad to host",
  "the readiness of the Republic of Kazakhstan ... to provide its good
  offices", "ready to support the parties";
  not a reporter's question ("Will India offer to mediate?", "asked whether
  Wellington would also offer to mediate"); an offer named again ("first
  made the offer", "the offer was repeated by", "ready to do so again") where
  the text has just spoken of mediation; status reiterated (also
  "repeatedly", "continue its mediation", "repeated that ... stood ready"), accepted or
  rejected from the words acting on the offer, else made. Help with one
  state's internal affairs ("an inclusive dialogue among Myanmar's
  stakeholders") is none; an offer taken up in the same sentence ("offered
  her good offices and chaired the session") is coded once, as conducted;
- conducted (045): the text says in its own voice that the third party
  mediated, brokered, facilitated or chaired ("mediated by Qatar and Turkey",
  "who mediated the talks", "co-chaired by the United States", "US-brokered",
  "under the auspices of", "with China's facilitation", "through Kuwaiti
  mediation", "shuttling between the two delegations", "acted as mediator",
  "convened talks between", "helped restore ties", "US-mediated talks",
  "Egyptian mediation secured a truce", "played host to talks", "under
  Turkish auspices", "under the chairmanship of a Bruneian diplomat", "the
  talks ..., which Australia facilitated", "hosted ... in Freetown on 10 March
  by the Government of Sierra Leone"); a word in scare quotes
  ('its ministry "facilitated" talks') is still the outlet's voice;
- claimed (045): the same, but as the mediator's own words ("Trump wrote that
  talks mediated by the United States ...", "claimed credit", "worked behind
  the scenes to secure the ceasefire, a claim ...") or disputed (also
  anywhere in the article: "no third party mediated"), and only when the
  article does not itself report the mediation as conducted.

The parties are the two states after "between", else the two other states of
the sentence (the pair it joins itself when it names a third beside them),
else those of the meeting or truce "the meeting" refers to (or the sentence itself
reports: "met in Honiara for talks chaired by Oti"), else the article's
conflict pair or the pair of the sentences just before (but not a mediator whose offer was
just reported: "Mexico offered to mediate between Lima and Caracas ... Chile stood ready to
help our neighbours talk" is Chile's offer on Peru and Venezuela); never a pair borrowed
for a sentence that sets a state against a non-state party (CODING.md: code
what the text supports).
"""
from __future__ import annotations

import re

from .. import attribution, fastre
from ..actors import ACTOR_KINDS, HONORIFIC, Mention
from ..candidates import Hit
from ..dates import DateRef
from ..document import Document
from ..vocab import BASIS, MEDIATION, STATUS
from . import common

_W = r"[\w“”\"‘’'-]+"  # a word, quote marks included: help the two countries “find a solution”
_HELP = (rf"(?:help\s+(?:to\s+)?)?(?:{_W}\s+){{0,6}}?[“\"]?(?:resolve|settle|solve|end|de-?escalate|mediate|mend|bridge|"
         r"reconcile|overcome|narrow|defuse|ease|contain|calm|"
         # "help Lebanon and Syria reach an understanding" (not "help Ukraine reach its goals")
         r"reach\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:understanding|agreement|settlement|deal|solution|compromise|accord|peace)|"
         # "help Port Vila and Paris find a way forward", "help the two sides find common ground" (not "find jobs")
         r"find\s+(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+)?(?:way\s+forward|way\s+out|solution|settlement|compromise|"
         r"common\s+ground|middle\s+ground))")
# What a third party offers: good offices, mediation, help to settle, to host talks, to be a bridge.
# "host a new round of talks", "host “a direct dialogue between ...", "host both sides at any level"
# The pair itself as the guests: "receive the two delegations", "welcome our Algerian and Malian brothers",
# "host Iraqi and Turkish experts".
_GUESTS = (r"(?:both|the\s+two)\s+(?:sides|parties|delegations|leaders|countries|ministers|governments|"
           r"neighbou?rs|nations|capitals)|"
           r"(?:our\s+)?[\w-]+\s+and\s+[\w-]+\s+(?:brothers|sisters|friends|neighbou?rs|delegations|leaders|experts|"
           r"officials|ministers|negotiators)|"
           # "ready to receive our brothers from Aden and Abu Dhabi"
           r"our\s+(?:brothers|sisters|friends|neighbou?rs)\s+(?:from|in|of)\s+(?-i:[A-Z])[\w’'-]*")
# A body's own sitting is no talks of two: "the offer by the Kingdom of Eswatini to host the 47th Ordinary Summit"
_OWN_SITTING = r"(?:the\s+|its\s+|next\s+)?(?:[\w-]+\s+)?(?:ordinary|annual)\s"
HOSTS_OWN_SITTING = re.compile(rf"(?i)\bhost\s+{_OWN_SITTING}")
_HOST = (rf"(?:host|chair)(?:\s+(?:and|or)\s+(?:facilitate|mediate|chair|moderate))?[“”\"]?\s+[“\"]?(?!{_OWN_SITTING})"
         # "to host further rounds", "to host any further meetings", "offered to chair a second round"
         rf"(?:(?:a\s+|the\s+|any\s+)?(?:[\w-]+\s+){{0,3}}?(?:meetings?|talks|summit|negotiations|dialogue|conference|"
         rf"rounds?|(?:expert|experts[’']|working|technical|contact)\s+groups?|"
         rf"joint\s+(?:[\w-]+\s+)?(?:commission|committee))|"  # "to host a joint technical commission on the boundary"
         rf"(?:{_GUESTS}|them)\b)|(?:receive|welcome)\s+[“\"]?(?:{_GUESTS})\b")
# Facilitating goods, people or aid is no mediation: "ready to facilitate trade with its two neighbours"
_NOT_FACILITATED = (r"(?!\s+(?:the\s+|more\s+|cross-border\s+|humanitarian\s+)?(?:trade|transit|travel|movement|return|"
                    r"exports?|imports?|investments?|visas?|crossings?|passage|access|deliver\w*|aid|shipments?|flights?)\b)")
_OFFERED = (rf"(?:(?:its\s+|his\s+|her\s+|their\s+|the\s+)?[“\"]?good\s+offices|"  # 'its “good offices”'
            rf"mediat\w*|arbitrat\w*|facilitat\w*{_NOT_FACILITATED}|"
            rf"broker\w*|{_HOST}|"
            rf"(?:to\s+)?{_HELP}|"
            # "ready to contribute to a peaceful resolution", "to help find a solution"
            # "ready to contribute in any format to settling", "to support Djibouti and Ethiopia in resolving the issues"
            # "ready to assist Dushanbe and Kabul in finding a mutually acceptable solution", "to support any efforts by
            # our brothers in Juba and Kampala to settle the border question"
            rf"(?:to\s+)?(?:help|assist|contribute|support)\s+(?:to\s+|in\s+)?(?:{_W}\s+){{0,10}}?[“\"]?(?:solution|settlement|"
            rf"resolution|de-?escalation|reconciliation|settling|resolving|ending|easing|overcoming|any\s+dialogue|dialogue|"
            rf"settle|resolve|solve|overcome)|"
            rf"act\s+as\s+(?:a\s+|an\s+)?[“\"]?(?:[\w-]+\s+)?(?:bridge|mediator|facilitator|intermediary|go-between)|"
            # "ready to accompany any dialogue between", "to support the talks": standing by a process of the two
            # ("ready to support any process both our friends choose")
            rf"(?:accompany|support)\s+(?:any\s+|a\s+|the\s+)?(?:[\w-]+\s+)?(?:dialogue|talks|negotiations|"
            rf"peace\s+process|(?<=any\s)process)|"
            # "ready to “help the two sister nations”": the pair itself as the one helped
            # "readiness to accompany the two brotherly countries in the search for a solution": so too "accompany"
            # "Finland remains ready to support the parties, including by hosting further rounds of talks"
            rf"(?:help|accompany|assist|support)\s+the\s+(?:two\s+)?(?:parties|sides)\b|"
            rf"(?:help|accompany|assist)\s+(?:both|the\s+two|our\s+two)\s+(?:[\w-]+\s+)?(?:sides|parties|countries|nations|neighbou?rs|"
            rf"governments|brothers|sisters|friends|capitals)\b|"  # "ready to help both our friends in any way"
            # "remains ready to help our Chinese and Turkmen partners whenever they need it": the two by their forms
            rf"(?:help|accompany|assist|support)\s+our\s+(?-i:[A-Z])[\w-]+\s+and\s+(?-i:[A-Z])[\w-]+\s+"
            rf"(?:brothers|sisters|friends|neighbou?rs|partners)\b|"
            # the pair helped to talk: "ready to help our neighbours talk", "help the two capitals negotiate" (not
            # "help the farmers talk to buyers")
            # ("help two friends establish the facts": to find the facts together)
            rf"help\s+(?:our\s+(?:two\s+)?|the\s+two\s+|two\s+|both\s+|its\s+(?:two\s+)?)(?:[\w-]+\s+)?(?:neighbou?rs|"
            rf"brothers|sisters|friends|sides|parties|countries|nations|capitals|governments)\s+(?:to\s+)?"
            rf"(?:talk|negotiate|reconcile|make\s+peace|establish\s+the\s+facts)(?![\w-])|"
            # "ready to assist our brothers in Riyadh and Abu Dhabi in any way they request": the pair addressed as
            # brothers in their two capitals
            # "stands ready to support the brothers in Syria and Lebanon in reaching arrangements"
            rf"(?:help|assist|support)\s+(?:our|the)\s+(?:brothers|sisters|friends|brethren)\s+in\s+(?-i:[A-Z])[\w’'-]+"
            rf"(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+and\s+(?:in\s+)?(?-i:[A-Z])[\w’'-]*|"
            # "stands ready to continue to provide a platform for dialogue between the two sides"
            # "ready to provide a platform for the Armenian-Azerbaijani negotiations", "a neutral venue for talks",
            # "ready to provide Ashgabat as a venue for dialogue"
            rf"(?:provide|offer)\s+(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+as\s+)?(?:a\s+|the\s+)?"
            rf"(?:neutral\s+)?(?:platform|venue)[”\"’]?\s+for\s+(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?:dialogue|talks|negotiations|contacts)|"
            # "his offer to bring the two governments together"
            # "to bring the two brothers together", "bring both sides back together", "bring them together"
            # "to bring our brothers in Kigali and Kampala together", "any process that brings our Sudanese and
            # Ethiopian friends to the table"
            rf"(?:(?:help|contribute|assist)\s+(?:to\s+)?(?:{_W}\s+){{0,5}}?)?bring(?:s|ing)?\s+(?:[\w’'-]+\s+){{1,6}}?"
            rf"(?:back\s+)?(?:together|to\s+the\s+(?:negotiating\s+)?table)|"
            # the object after the particle: "willing to bring together the leaders of Rwanda and the DRC"
            rf"(?:(?:help|contribute|assist)\s+(?:to\s+)?)?bring(?:s|ing)?\s+together(?=\s+(?:the\s+|both\s+|its\s+|our\s+|their\s+)?"
            rf"(?-i:[A-Z])|\s+(?:the\s+|both\s+|its\s+|our\s+|their\s+)(?:two\s+)?[\w-]+)|"
            # "to help our two good neighbours sit together", "help both sides sit down at one table"
            rf"help\s+(?:[\w’'-]+\s+){{1,6}}?(?:sit|come|get)\s+(?:down\s+)?(?:together|(?:at|around)\s+(?:the\s+|one\s+|a\s+)?"
            rf"(?:same\s+|negotiating\s+)?table)|"
            # a joint statement's "stands ready to continue to provide help, within its capacity, for Myanmar and
            # Thailand to properly handle their border issues through dialogue"
            rf"(?:continue\s+to\s+)?provide\s+(?:help|assistance|support)(?=[^.;]{{0,100}}\b(?:handle|resol|settl|"
            rf"dialogue|talks|mediat|de-?escalat))|"
            rf"(?:the\s+|its\s+|his\s+|her\s+)?(?:assistance|help|services)"
            rf"(?=[^.;]{{0,80}}\b(?:facilitat|mediat|talks|dialogue|resol|de-?escalat))|"
            # "ready to play a constructive role in resolving the crisis between ..."
            # "ready to play a bridging role if Tokyo and Beijing find it helpful": the role itself is mediation
            rf"(?:to\s+)?play(?:ing)?\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?:bridging|mediating|mediator|facilitating|"
            rf"facilitator|intermediary|go-between)\s+role|"
            rf"(?:to\s+)?play(?:ing)?\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){{0,2}}role"
            rf"(?=[^.;]{{0,60}}\b(?:resol|settl|de-?escalat|eas|defus|dispute|crisis|conflict|tensions|peace\s+process|"
            rf"dialogue|talks|mediat|reconcil|between|improv\w*\s+[^.;]{{0,30}}relations|normali[sz])))")
# "offered on Friday", "proposed in March", "remains ready, as we said last year, to facilitate"
# "willing, if both parties so wish, to contribute": a condition set aside is still an offer
# ("offered on Aug 18 to", "offered on 18 August to": a day and month)
_WHEN = (r"(?:\s+(?:on|in|last|this|earlier|again\s+on)\s+[\w-]+\.?(?:\s+\d{1,2}|\s+(?-i:[A-Z])[a-z]+(?=\s+to\b))?"
         r"|\s+again|,\s+(?:as|if|should|whenever)\s+[^,.;“”\"]{1,40},"
         r"|,\s+(?:back\s+)?(?:in|on|last)\s+[\w\s]{1,20}?,"  # "Zambia did offer, back in August, to host talks"
         # "the offer, first made in October, to mediate", "South Africa's offer, made by President Dube in October, to"
         r"|,\s+(?:first\s+)?(?:made|extended|conveyed|put\s+forward)\s+[^,.;“”\"]{1,50},"
         # "the offer he first made in July to host talks"
         r"|\s+(?:he|she|it|they)\s+(?:first\s+)?made(?:\s+(?:on|in|last)\s+[\w-]+)?)?")
_OPEN_QUOTE = r"[“\"‘]?"  # an offer half in the mediator's words: offered “its good offices ...”
OFFER_RE = re.compile(
    rf"(?i)(?<![\w-])(?:(?:offer(?:ed|s|ing)?|volunteer(?:ed|s|ing)?|readiness|ready|willing(?:ness)?|prepared|happy|glad|available|"
    # "would be honoured to host talks" (not "was honoured to host the summit", which is past)
    rf"(?:would|will)\s+be\s+hono(?:u)?red|stands?\s+ready|stood\s+ready|"
    rf"at\s+(?:the|their)\s+disposal(?:[”\"]?\s+of\s+(?:both|the\s+two)\s+[\w-]+)?)[”\"’]?{_WHEN}\s+{_OPEN_QUOTE}"
    # '"ready to spare no effort, including hosting talks, to help our brothers in Amman and Riyadh"'
    rf"(?:to\s+spare\s+no\s+effort,?\s+(?:including\s+[^,.;“”\"]{{1,40}},\s+)?(?=to\s))?"
    # "offered on Sunday to send observers and to host talks": the service may be the second of two offered
    rf"(?:to\s+(?:[\w-]+\s+){{1,4}}?and\s+(?=to\s))?"
    # "offered to send a neutral fisheries adviser to help the two governments settle": the help the envoy brings
    rf"(?:to\s+send\s+(?:[\w-]+\s+){{1,5}}?(?=to\s+(?:help|assist)\s))?"
    # "readiness to continue to facilitate", "to continue facilitating dialogue"
    # ("its readiness to continue extending its good offices")
    rf"(?:(?:to|for|of)\s+{_OPEN_QUOTE})?(?:continue\s+(?:to\s+)?)?"
    rf"(?:(?:use|offer|lend|continue|provide|place|put|resume|extend(?:ing)?)\s+"
    # "to offer its platform and its good offices": the service offered may be the second of two
    rf"(?:its|his|her|their)\s+(?:[\w-]+\s+and\s+(?:its\s+|his\s+|her\s+|their\s+)?(?=good\s+offices|mediation))?"
    # "willing to continue to provide good offices for Pakistan and Afghanistan": no possessive before them
    rf"|(?:offer|lend|provide|place|put|extend)\s+(?=good\s+offices))?"
    rf"{_OFFERED}"
    # "proposed his good offices", "proposed in March to host talks": proposing the third party's own services
    # (not "proposed to end the war", which a party says of itself)
    rf"|propos(?:ed|es|ing){_WHEN}\s+{_OPEN_QUOTE}(?:to\s+)?(?:(?:its|his|her|their)\s+good\s+offices|mediat\w*|"
    rf"{_HOST}|act\s+as\s+(?:a\s+|an\s+)?mediator)"
    # "offered Montevideo as the seat for talks", "offering its capital as a venue", "Brasília was available as a venue"
    rf"|(?:(?:offer(?:ed|s|ing)?|propos(?:ed|es|ing))\s+(?:[\w’'-]+\s+){{1,3}}|available\s+)as\s+"
    rf"(?:a\s+|the\s+)?(?:[\w-]+\s+)?"
    rf"(?:venue|seat|host|location|site)\s+(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|dialogue|meeting|summit)"
    rf"|(?:put|placed|laid)\s+(?:its|his|her|their)\s+good\s+offices"
    # "offered both governments Peru's good offices", "offered Bolivia and Brazil its good offices": to the two first
    rf"|offer(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){{1,4}}?(?:(?-i:[A-Z])[\w-]+['’]s|its|his|her|their)\s+good\s+offices"
    # "the readiness expressed on Monday by the Republic of Chad to facilitate dialogue": the offerer after "by"
    # "the readiness of the Republic of Kazakhstan, expressed by the Head of State on 28 August 2026, to provide its good
    # offices": the offerer after "of"
    rf"|(?:readiness|willingness)\s+of\s+(?:the\s+)?(?-i:[A-Z])[^.;“”\"]{{1,60}}?"
    rf"(?:,\s+(?:expressed|voiced|conveyed|made|reiterated|renewed)\s+[^,.;“”\"]{{1,60}},)?"
    rf"\s+to\s+(?:(?:use|offer|lend|provide|place|put|extend)\s+"
    rf"(?:its|his|her|their)\s+)?{_OFFERED}"
    rf"|(?:readiness|willingness|offer)(?:\s+(?:expressed|voiced|conveyed|made|extended|shown|reiterated|renewed)"
    rf"(?:\s+(?:on|last|this|earlier)\s+\w+|\s+yesterday|\s+today)?)?\s+by\s+[^.;“”\"]{{2,110}}?\s+to\s+{_OFFERED}"
    # "Brazil remains available to both governments", "remains at the disposal of both parties"
    rf"|(?:at\s+(?:the|their)\s+disposal\s+of|available\s+to)\s+(?:both|the\s+two)\s+(?:governments|sides|parties|"
    rf"countries|capitals)"
    rf"|mediation\s+offers?|offer\s+(?:of\s+mediation|(?:was\s+)?(?:first\s+)?made))(?![\w-])")
# An offer named again: "Mozambique first made the offer last year", "said it was ready to do so again". It counts
# only where the text has just spoken of mediation (an offer in the sentences before, mediation earlier in the sentence).
_OFFER_AGAIN = re.compile(r"(?i)(?<![\w-])(?:(?:first\s+)?(?:made|extended|renewed|repeated|reiterated)\s+"
                          # "He repeated on Friday the offer he first made in July"
                          r"(?:(?:on|last)\s+[A-Z][a-z]+\s+|yesterday\s+)?"
                          r"(?:the|its|his|her|their|this|that|a\s+similar)\s+offer(?!\s+(?:of|to|for)\b)"
                          # "Brazil on Thursday repeated its offer to help.": an offer of help to the pair in the news
                          r"|(?P<help>(?:renewed|repeated|reiterated)\s+(?:its|his|her|their)\s+offer\s+to\s+help"
                          r"(?=\s*[.;]))"
                          # "The offer was repeated by Albania's foreign minister": named again, by whom
                          r"|offer\s+was\s+(?:repeated|renewed|reiterated)(?=\s+by\b)"
                          r"|(?P<do_so>(?:ready|willing|prepared|offered)\s+to\s+do\s+so)"
                          # "Kuwait was kind enough to offer, again, in June."
                          r"|(?:to\s+offer|offered)(?:,?\s+again,?)?(?:\s+(?:in|on|last)\s+\w+)?(?=\s*[.;]))(?![\w-])")
# A bare "ready to help" added to offers just reported: "The Bahamas has said it stands ready to help as well",
# "Ankara has also signalled that it is ready to help". Counts only with an additive word in the sentence and an offer
# or mediation in the few sentences before (not "ready to help the flood victims", not a first, unexplained help).
_HELP_TOO = re.compile(r"(?i)(?<![\w-])(?:stands?\s+|stood\s+)?(?:ready|willing|prepared)\s+to\s+(?:help|assist)"
                       r"(?=\s*(?:[,.;]|as\s+well\b|too\b))")
_ADDITIVE = re.compile(r"(?i)\b(?:also|too|as\s+well)\b")
_MEDIATION_WORD = re.compile(r"(?i)\b(?:mediat\w*|good\s+offices|brokered|facilitat\w*)")
# Help with one state's internal affairs is no mediation between two states: "an inclusive dialogue among Myanmar's
# stakeholders", "a national dialogue".
_INTERNAL = re.compile(r"(?i)\b(?:among|within|inside)\s+(?:the\s+)?[\w’'-]+['’]s\s+(?:[\w-]+\s+)?(?:stakeholders|factions|"
                       r"parties|communities|groups|people|forces)\b|\b(?:inclusive|national|internal|intra-[\w-]+)\s+"
                       r"(?:political\s+)?(?:dialogue|talks|reconciliation|peace\s+process)\b")
CONDUCTED_RE = re.compile(
    # "US-mediated talks", "Qatari-brokered deal": the mediator is the word before the hyphen
    r"(?i)(?:(?<=[-‐–])(?:mediated|brokered|facilitated|hosted|sponsored)(?=\s+(?:[\w-]+\s+)?(?:talks|negotiations|meeting|"
    r"dialogue|deal|agreement|accord|truce|cease-?fire|process|swap|exchange)\b)|"  # not "a Qatar-hosted summit"
    r"(?<![\w-])(?:co-?mediated|mediated|brokered|"
    # "Egyptian mediation secured a truce", "Qatar's mediation led to the deal"
    r"(?:mediation|facilitation|good\s+offices)(?=\s+(?:efforts?\s+)?(?:secured|produced|led\s+to|brought|resulted\s+in|"
    r"achieved|ended|paved|helped|made\s+possible)\b)|"
    r"played\s+host\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meeting|negotiations)|"
    # 'Tashkent had "laid the groundwork" for the talks', 'its contacts "paved the way" for the Kuwait talks'
    r"(?<![Ww]hich\s)[“\"]?(?:laid\s+the\s+groundwork|paved\s+the\s+way)[”\"]?\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|contacts?|negotiations|deal|agreement|truce|cease-?fire)\b|"
    r"(?:played|had|plays|has\s+played)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:mediating|mediator|key|crucial|pivotal|central)?\s*role\s+in\s+"
    r"(?:mediating|brokering|halting|ending|securing|defusing|de-escalating|stopping|averting|preventing|facilitating|"
    r"hosting|convening|chairing)|"
    # "appreciated the role of Saudi Arabia in defusing tensions", "Qatar's key role in brokering the truce"
    r"role\s+(?:played\s+by|of)(?=\s+(?:the\s+)?[^.;,]{1,50}?\s+in\s+(?:mediating|brokering|defusing|de-escalating|"
    r"facilitating|securing|halting|ending|easing|resolving)\b)|"
    r"(?<=['’]s\s)(?:(?:key|crucial|pivotal|central|mediating|positive|constructive|important)\s+)?role\s+in\s+"
    r"(?:mediating|brokering|defusing|de-escalating|facilitating|securing|halting|ending|convening|chairing|hosting)|"
    r"helped\s+(?:to\s+)?(?:broker|mediate|end|halt|secure|defuse|resolve|settle|"
    # "had helped bring the two ministers back to the table", "helped bring both sides together"
    r"bring\s+(?:them|(?:the\s+two|both)\s+(?:[\w-]+\s+)?[\w-]+|the\s+(?:parties|sides|delegations)|"
    r"(?-i:[A-Z][\w’'-]+\s+and\s+[A-Z][\w’'-]+))\s+(?:back\s+)?(?:together|to\s+the\s+(?:negotiating\s+)?table)|"
    # "helped restore them (ties)", "helped mend relations" (not "helped restore power to the hospital")
    r"(?:restore|normali[sz]e|mend|reconcile|build)(?=\s+(?:[\w-]+\s+){0,3}?(?:them|ties|relations|dialogue|contacts|"
    r"calm|peace|trust|the\s+two|both)\b))|"
    # 'Paraguay had "quietly helped" Buenos Aires and Brasília keep their channels open': a quiet go-between
    r"helped[”\"]?\s+(?:them|(?:the\s+two|both)\s+(?:[\w-]+\s+)?[\w-]+|(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+"
    r"[A-Z][\w’'-]+))\s+(?:to\s+)?(?:keep|maintain)\s+(?:their\s+|the\s+)?(?:[\w-]+\s+)?(?:channels?|lines?)\b|"
    # "Abidjan had “worked quietly behind the scenes” to secure the ceasefire"
    r"worked\s+(?:[\w“”\"-]+\s+){0,4}?to\s+(?:secure|broker|achieve|bring\s+about|restore)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:cease-?fire|truce|deal|agreement|accord|peace|calm|de-escalation|ties|relations)|facilitated|"
    # "after chairing six hours of talks in Chetumal"
    # "with Jordan's Foreign Minister chairing a session that lasted four hours"
    # "The talks, which Ovalle chaired, produced a ceasefire": the object before, in a relative clause
    # ("talks at the Palacio Bolívar that Panama's Foreign Minister, X, chaired on Monday and Tuesday.": a date between)
    # ("the talks that Thailand hosted and chaired in Bangkok on 10 September 2026 between": a place and a date between)
    r"(?:co-?)?chaired\s+by|(?:co-?)?chaired(?=(?:\s+(?:on|last|this|yesterday|today)\b[^,.;]{0,30})?\s*[,.;]"
    r"|\s+in\s+[A-Z][^,.;]{0,60}?\s+between\b)|"
    r"(?:co-?)?chair(?:ed|ing)\s+(?:(?:the|an?)\s+(?:[\w-]+\s+){0,2}|(?:[\w-]+\s+)?hours\s+of\s+)"
    r"(?:meetings?|sessions?|talks|negotiations|rounds?)|"
    # "Yaoundé had brought the two brothers to the telephone"
    r"brought\s+(?:the\s+two|both)\s+(?:[\w-]+\s+)?[\w-]+\s+to\s+the\s+(?:tele)?phone|"
    # "hosted a new round of talks between", "convened talks between", "talks in Putrajaya on Monday, hosted by"
    # "hosted a round of talks in Kuwait City between": the venue may stand between the talks and the pair
    # "hosted, at Bayan Palace on 25 and 26 July 2026, the meetings between": an aside between
    r"(?:hosted|convened)(?:,[^,;.]{1,60},)?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meetings?|negotiations)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,2})?\s+between|"
    # "officials meet for two days under the chairmanship of a senior Bruneian diplomat"
    r"under\s+the\s+(?:co-?)?chairmanship\s+of|"
    r"(?:in\s+)?(?:talks|negotiations)\b[^.;:]{0,40}?\s+hosted\s+by|shuttl\w+\s+between|shuttle\s+diplomacy|"
    # "the facilitation by Liberia of the talks held in Monrovia"
    r"(?:mediation|facilitation)\s+(?:by|of)|"
    # contacts with each side, a shuttle in other words: "conducted intensive contacts with both parties"
    r"(?:conducted|held|made|maintained|pursued)\s+(?:[\w-]+\s+){0,2}?contacts\s+with\s+(?:both|the\s+two|each\s+of\s+the\s+two)"
    r"\s+(?:parties|sides|capitals|governments)\b|"
    # the speaker's own part: "talks which I had the honour to chair", "I had the honour of chairing those talks", "I
    # have had the honour of chairing their sessions"
    r"(?:(?<=\bI\shad\sthe\s)|(?<=\bI\shave\shad\sthe\s))honou?r\s+(?:to\s+chair|of\s+chairing)\b|"
    # a go-between: "their State Border Committee had “passed messages between the two sides”", "carrying messages
    # between the two capitals"; 'Colombia ... had "opened the channel" that led to the Port of Spain talks', 'Beijing
    # had "actively promoted" the Chiang Saen talks'
    r"(?:passed|passing|carried|carrying|relayed|relaying|conveyed|conveying)\s+messages\s+between|"
    r"opened\s+the\s+(?:first\s+)?(?:door|channel)[”\"]?(?=\s+(?:between|that\s+led\s+to|for)\b)|"
    r"(?:actively\s+)?promoted[”\"]?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|dialogue|negotiations)\b|"
    # shuttling by telephone: "spent the whole day on the phone between Baghdad and Riyadh"
    r"on\s+the\s+(?:tele)?phone\s+between|"
    r"(?:acted|served|acting|serving)\s+as\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:mediators?|intermediar(?:y|ies)|"
    r"go-betweens?|facilitators?)|"  # "Mexican officials acted as intermediaries between"
    # "sat in on the talks as mediator" (not as an observer)
    r"sat\s+in\s+on\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|meetings?|negotiations)\s+as\s+(?:a\s+|the\s+)?"
    r"(?:mediator|facilitator)|"
    r"under\s+the\s+auspices\s+of|"
    # "brought Kyrgyz and Tajik water officials together", "sat Eritrea's foreign minister ... and his Sudanese
    # counterpart ... at the same table": those it brought met (see the meetings' rule), and it mediated
    rf"(?-i:brought|sat|seated)(?=\s[^.;]{{1,160}}?{common.TOGETHER.pattern})|"
    # the one named before presided (common.PRESIDED)
    rf"{common.PRESIDED}(?=\s*[,;.])|"
    # "with China's facilitation", "through Kuwaiti mediation": the mediator stands inside the phrase
    r"(?:through|with|thanks\s+to|following|after|via|under)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,2}?(?:mediation|facilitation|"
    r"good\s+offices|auspices)|"
    r"(?:for|after)\s+(?:hosting\s+and\s+)?(?:mediating|brokering|facilitating)|"
    # "commends the Republic of Burundi for hosting the talks in Bujumbura"
    r"(?:for|after)\s+hosting\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meetings?|negotiations|rounds?)\b|"
    # "met in Boa Vista, with the commander of the Brazilian Army, General Paulo Teixeira, brokering": a participle
    # after the one named
    r"(?<=,\s)(?:brokering|mediating|facilitating)(?=\s+(?:what|the|a|an|talks|between|their|it)\b)))(?![\w-])")
# Every trigger above holds one of these stems: a sentence without any is skipped before the regexes run.
_STEMS = common.substrings("offer", "disposal", "volunteer", "ready", "available", "readi", "willing", "prepared",
                           "happy", "glad", "honou", "honor", "propos", "offices", "mediat", "broker", "role", "helped",
                           "worked", "facilitat", "chair", "host", "convened", "shuttl", "auspices", "intermediar",
                           "go-between", "do so", "sponsored", "phone between", "contacts with", "together", "table",
                           "face to face", "to the phone", "to the telephone", "groundwork", "paved the way",
                           "messages between", "opened the", "promoted")
# A party denies that anyone mediated.
_DENIED = re.compile(r"(?i)\bno\s+third[- ]party\b|\bwithout\s+(?:any\s+)?third[- ]party\b|"
                     r"\b(?:denied|denies|dismissed|rejected)\b[^.;]{0,40}\b(?:mediat\w*|intermediar\w*)|"
                     r"\bdid\s+not\s+need\s+(?:any\s+)?(?:mediat\w*|intermediar\w*)")
# (not praise: "our own foreign minister, ..., who deserves credit for patience"; nor "a line of credit for")
CLAIM = re.compile(r"(?i)\b(?:claim\w*|took\s+credit|taking\s+credit|(?<!deserves\s)(?<!deserve\s)(?<!line\sof\s)"
                   r"credit\s+for|boast\w*)\b")
SAID_BEFORE = re.compile(r"(?i)\b(?:said|says|told|wrote|writing|posted|claimed|claiming)\b")
DISPUTED = re.compile(r"(?i)\b(?:denied|denies|played\s+down|no\s+third\s+party|without\s+any\s+third-party)\b")
_MEDIATION_NEGATED = re.compile(r"(?i)\b(?:rejected|rejects|ruled\s+out|refused|does\s+not\s+accept|do\s+not\s+accept)\b"
                                r"[^.;]{0,40}\bmediation\b|\bno\s+sign\b[^.;]{0,60}\bmediation\b|\bneither\b[^.;]{0,60}\bmediation\b")
# What may stand between "by" and the mediator named: styles ("facilitated by YB Dato’ Seri Mohamed Khaled Nordin", "by
# His Excellency the Minister"), a post ("by the secretary of Kazakhstan's ..."), a grade ("under the chairmanship of a
# senior Bruneian diplomat"), an outlet's own ("chaired by our own foreign minister, Rui Mendes Sarmento")
_STYLES = (rf"(?:the\s+|an?\s+|our\s+(?:own\s+)?)?(?:(?:[a-z-]+\s+){{1,3}}of\s+(?:the\s+)?|"
           rf"(?:senior|top|veteran|former|retired|leading|high-ranking)\s+)?(?:{HONORIFIC}\s+)*")
_BY_OF = re.compile(rf"(?i)^[\s,]*(?:(?:earlier|later|on|last|this)\s+\w+\s+|yesterday\s+|today\s+)?(?:by|of|from)\s+"
                    rf"{_STYLES}(?:the\s+)?$")
_STYLES_ONLY = re.compile(rf"(?i)\s*{_STYLES}")  # after a match that ends on its "by" ("chaired by")
# ("the offer of mediation announced on Saturday by the Netherlands")
_OFFER_BY = re.compile(rf"(?i)(?:offers?|readiness|willingness)(?:\s+of\s+(?:mediation|good\s+offices|facilitation))?\s+"
                       r"(?:(?:made|extended|put\s+forward|presented|expressed|voiced|announced|"
                       # "the offer made on 3 August 2026 by the Chief of Defence Forces of the Republic of Kenya"
                       r"conveyed|shown|reiterated|renewed)\s+)?"
                       r"(?:(?:on|last|this|earlier)\s+(?:\w+\s+){1,3}?|yesterday\s+|today\s+)?"
                       # "the offer made by His Excellency the President of the Republic on 20 October 2026"
                       rf"(?:by|from)\s+(?:the\s+)?(?:{HONORIFIC}\s+(?:the\s+)?)?")
# "offered its good offices to Ethiopia and Somalia", "ready to host Armenian and Azerbaijani negotiators"
# "its good offices to our brothers and sisters in Solomon Islands and in Kiribati": the pair in their two homes
_TO_PAIR = re.compile(r"(?i)\b(?:to|for|help|assist|support|host)\s+(?:the\s+)?$"
                      r"|\b(?:brothers|sisters|friends|brethren)\s+in\s+$")
# ("Astana, for its part, has offered to host further rounds": an aside of no clause)
_RELATIVE_ASIDE = re.compile(r",\s+(?:(?:which|who|whose|as)\b[^,;]*|for\s+(?:its|his|her|their)\s+part|"
                             r"in\s+(?:its|his|her|their)\s+turn)\s*,")
# "Saudi Arabia, whose foreign ministry said ... that its efforts had helped": the state owning the speaker
_ANTECEDENT = re.compile(r"(?i),\s+(?:who|which|whose\s+(?:country|government|(?:foreign\s+)?ministry|president|leader))\s+[^,]*$")
_BETWEEN = re.compile(r"(?i)(?<!go-)\bbetween\s+")  # not a "go-between for Iran and Western governments"
_THEM = re.compile(r"(?i)them\b")
_QUESTION = re.compile(r"\?[”’\"']?\s*$")
_SUBJECT_NOUN = re.compile(r"(?i)(?:mediation|facilitation|good\s+offices)$")
_OFFER_NOUN = re.compile(r"(?i)offers?\b(?!\s+to\b)")  # the noun ("an Omani offer, made on Sunday"), not "offer to"
_JUST_BEFORE = re.compile(r"(?:['’]s)?\s*[-‐–]?|(?:['’]s)?\s+")
_MEDIATION_NOUN = re.compile(r"(?i)(?:through|with|thanks|following|after|via|under)\b")
_NAMED_NOUN = re.compile(r"\s[A-Z][\w’'-]*\s+(?:mediation|facilitation|good\s+offices|auspices)$")
_TRILATERAL = re.compile(r"(?i)\b(?:trilateral|three-way|tripartite)\b")
# Mediation of an event still to come: "chaired by their ministers, is expected to meet".
_LATER = re.compile(r"(?i)\b(?:is|are)\s+(?:expected|due|set|scheduled)\s+to\b")
# The chaired or hosted event is still to come: "is to hold its first session", "will convene".
_TO_COME = re.compile(r"(?i)\b(?:(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to|will|shall)\s+"
                      r"(?:hold|meet|convene|begin|start|resume|open)\b")
_TOLD_THAT = re.compile(r"(?i)\b(?:told|assured|informed)\b[^.;]{0,120}?\bthat\b")
# "The meeting was hosted and mediated by ...": the parties are those of the meeting just reported.
# ("ready to host the next round of talks": the next round of the meeting reported)
# ("the Kuwait talks", "the Astana contact", "the Port of Spain talks": named by their venue)
_THE_MEETING = re.compile(r"(?i)\b(?:the|this|that|these|those)\s+(?:next\s+)?"
                          r"(?:(?-i:[A-Z][\w’'-]+)\s+(?:of\s+)?(?:(?-i:[A-Z][\w’'-]+)\s+)?)?"
                          r"(?:meeting|talks|negotiations|session|encounter|summit|round|contact)\b")
# The verbs that turn an offer down, in its own words ("an offer Kampala rejected") or after it (`_TURNED_DOWN`)
_REFUSED = r"reject\w*|dismiss\w*|rebuff\w*|spurn\w*"
_ISSUE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:issue|dispute|question|conflict|crisis|problem)\b")
_ISSUE_GENERIC = re.compile(r"(?i)\b(?:border|territorial|water|nuclear)\s+(?:dispute|conflict|issue|row|talks|programme|program)\b")
# "remains ready, as we said last year, to facilitate": still ready, as before
TOLD_AGAIN = re.compile(r"(?i)\b(?:reiterat\w+|repeat\w+|renew\w+|reaffirm\w*|again|once more|continu\w+|"
                        r"remain\w*|as\s+before|as\s+(?:we|it|he|she|they)\s+(?:said|did|have\s+said|has\s+said))\b")
_STATUS = (
    (STATUS.reiterated, TOLD_AGAIN),
    (STATUS.rejected, re.compile(rf"(?i)\b(?:{_REFUSED}|declin\w+|turned\s+down)\b")),
    (STATUS.accepted, re.compile(r"(?i)\b(?:accept(?:s|ed|ing|ance)?\b|welcomed\s+(?:the|his|her|its)\s+offer)\b")),
)
_NEGATED = re.compile(r"(?i)\b(?:not|never|no|neither|nor|if|unless|short\s+of|refrain\w*\s+from|declin\w*\s+to)\s+"
                      r"(?:[\w-]+\s+){0,2}$")


def extract(doc: Document, found: list[Hit]) -> list[Hit]:
    hits = [h for c in found if c.table == "ceasefires" for h in _from_ceasefire(doc, c)]
    # the encounters "the meeting" may refer to: meetings, and truces agreed at one ("commanders agreed on Thursday to
    # halt fire. The meeting ... was chaired by a Malaysian general")
    meetings = [h for h in found if h.table in ("meetings", "ceasefires")]
    denied = False
    for i, s in enumerate(doc.sentences):
        low = s.text.lower()
        if "third" in low or "mediat" in low or "intermediar" in low:
            denied = denied or bool(_DENIED.search(s.text))
        if not _STEMS.search(low) or _MEDIATION_NEGATED.search(s.text):
            continue
        if _QUESTION.search(s.text):
            continue  # a reporter's question ("Will India offer to mediate there too?") reports no offer

        for m in OFFER_RE.finditer(doc.text, s.start, s.end):
            hits.extend(_third_not_party(hits, _offer(doc, i, m, meetings)))
        for m in _OFFER_AGAIN.finditer(doc.text, s.start, s.end) if "offer" in low or "do so" in low else ():
            # (an offer told before, in an earlier sentence or earlier in this one: "The United Arab Emirates, which
            # had offered in October to host talks ..., renewed its offer on Monday")
            if m.group("help") or (_MEDIATION_WORD.search(doc.text, s.start, m.start()) if m.group("do_so") else
                                   any(h.fields["kind"] == MEDIATION.offer and (h.sentence, h.hi) <= (i, m.start())
                                       for h in hits)):
                hits.extend(_offer(doc, i, m, meetings))
        for m in CONDUCTED_RE.finditer(doc.text, s.start, s.end):
            hits.extend(_conducted(doc, i, m, meetings))
        if "help" in low or "assist" in low:
            for m in _HELP_TOO.finditer(doc.text, s.start, s.end):
                before = doc.text[doc.sentences[max(0, i - 3)].start:s.start]
                if _ADDITIVE.search(s.text) and (_MEDIATION_WORD.search(before) or "offer" in before.lower()):
                    hits.extend(_offer(doc, i, m, meetings))
    turned_down(doc, hits)
    if denied:  # "Thailand says no third party mediated": every role the article reports is a disputed claim
        for h in hits:
            if h.rule == "mediation-conducted":
                h.fields["kind"] = MEDIATION.claimed
    conducted = {_identity(h) for h in hits if h.fields["kind"] == MEDIATION.conducted}
    taken_up: dict[tuple, set] = {}
    for h in hits:
        if h.fields["kind"] != MEDIATION.offer:
            taken_up.setdefault((h.sentence, _identity(h)), set()).add(h.fields.get("date_start"))
    # A claim the article itself reports as fact is evidence, not a second record; an offer taken up in the same
    # sentence ("offered her good offices and chaired the session") is coded once, as the mediation; a renewed one
    # ("which mediated the talks, said it was ready to do so again") stands apart, as does one the sentence dates
    # apart ("Thailand, whose police chief chaired a first meeting in August, said on Wednesday it was ready").
    return [h for h in hits if (h.fields["kind"] != MEDIATION.claimed or _identity(h) not in conducted)
            and (h.fields["status"] != STATUS.made or not _taken_up(h, taken_up.get((h.sentence, _identity(h)))))]


def _taken_up(offer: Hit, dates: set | None) -> bool:
    """Whether a mediation of the same sentence, undated or of the offer's date, took the offer up."""
    day = offer.fields.get("date_start")
    return bool(dates) and (day is None or None in dates or day in dates)


# A party turning an offer down, in the words after it: "Poland's foreign ministry rejected the offer on Tuesday",
# "Libreville politely declined", "an offer Belmopan turned down", "Caracas refused", "Serbia does not need
# intermediaries", "does not require the assistance of third parties", "will settle this between themselves, without
# intermediaries", "thanked Panama but said ...", "the issue can be settled bilaterally", "Issues with Pakistan are
# bilateral", "no mediation is needed", "both sides preferred Uganda" (not "declined to comment", "refused to
# comment", "rejecting the accusation")
_OFFER_WORDS = r"(?:offer|proposal|idea|overture|initiative|mediation|invitation|suggestion)"
_THIRD_CORE = r"(?:intermediar|mediat|third[\s-]part)"
_THIRD = rf"(?:{_THIRD_CORE}|referee|go-between|guardian|outside\s+(?:mediat|intermediar))"
_TURNED_DOWN = fastre.guard(re.compile(
    rf"(?i)(?P<verb>\b(?:{_REFUSED})\s+(?:(?:the|this|that|its|his|her|their)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_OFFER_WORDS}|it)\b|\b(?:declin|refus)(?:ed|es|ing)\b(?!\s+to\b)"
    r"|\bturned\s+(?:it\s+|the\s+\w+\s+)?down\b)"
    r"|\b(?:does|do|did|has|have)(?:\s+not|n['’]t)\s+(?:need|require|want)\w*"
    r"(?:[\s,]+(?:and|will|not|accept|any|an?|more|the|assistance|help|of)\b){0,5}"
    rf"[\s,]+(?:{_THIRD}|one\b|anybody\s+else|anyone\s+else)"
    rf"|\b(?:requires?|needs?)\s+no\s+{_THIRD_CORE}"
    # ("sees no role for the Netherlands in this matter": for the one who offered)
    rf"|\bno\s+(?:need|scope|room|role)\s+for\s+(?:any\s+|an?\s+|more\s+|the\s+)?(?:{_THIRD_CORE}|outside|(?-i:[A-Z]))"
    r"|\bno\s+(?:mediat\w*|intermediar\w*|third[\s-]party\s+\w+)\s+(?:is|was|are|were)\s+(?:needed|necessary|required)"
    rf"|\bnot\s+(?:consider|see|find)\s+(?:any\s+)?(?:[\w-]+\s+){{0,2}}?{_THIRD}\w*\s+(?:as\s+)?"
    r"(?:necessary|needed|useful)"
    rf"|\b(?:not|never)\s+(?:in\s+a\s+position\s+to\s+)?accept\w*\s+(?:any\s+)?{_THIRD}"
    r"|\bwithout\s+(?:any\s+)?intermediar|\bnothing\s+to\s+(?:mediate|discuss)\b"
    r"|\bthank(?:ed|s)\s+(?:[\w-]+\s+){0,3}?but\s+(?:said|says|added|insisted|that)\b"
    r"|\b(?:settled|resolved|handled|solved|dealt\s+with)\s+(?:[\w-]+\s+){0,3}?(?:bilaterally|directly)\b"
    r"|\b(?:matters?|issues?|questions?|disputes?)\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:strictly\s+|purely\s+)?"
    r"bilateral\b"
    r"|\bpreferred\s+(?:the\s+)?(?-i:[A-Z])[\w-]+"))
_NOT_BEFORE = re.compile(r"(?i)\b(?:not|never)\s+(?:[\w-]+\s+)?$|n['’]t\s+$")
# An earlier refusal, not of this offer: "Burundi has previously turned down a similar offer", "has previously said it
# needs no intermediary" (a "similar offer" before the refusal in its sentence is the offer refused, if read there:
# "Ghana had made a similar offer in June, but Freetown turned it down")
_EARLIER_REFUSAL = re.compile(r"(?i)\b(?:previously|in\s+the\s+past)\b")
_EARLIER_OFFER = re.compile(r"(?i)\b(?:similar|earlier\s+(?:offers?|proposals?))\b")
# Both parties taking an offer up, in its sentence or the two after: "an offer that both parties accepted", "Both
# accepted.", "Sarajevo accepted the offer", "Manama accepts the Omani offer with thanks" (not "never accepted")
_TAKEN_UP = re.compile(rf"(?i)\b(?:both|the\s+two)\b[^.;]{{0,30}}?\baccept(?:s|ed)?\b|\baccept(?:s|ed)\s+"
                       rf"(?:(?:the|that|this|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_OFFER_WORDS}|it)\b")


def turned_down(doc: Document, hits: list[Hit]) -> None:
    """An offer a party turns down is rejected: the latest offer before the words that turn it down, in their sentence
    or the five before ("Tanzania offered ... . When Uganda proposed in March to host talks, Gitega said it did not
    need intermediaries": Uganda's offer, not Tanzania's). One the parties take up, in its sentence or the two after,
    is accepted."""
    offers = [h for h in hits if h.fields["kind"] == MEDIATION.offer]
    if not offers:
        return
    for j in range(offers[0].sentence, min(len(doc.sentences), offers[-1].sentence + 6)):
        s = doc.sentences[j]
        for no in _TURNED_DOWN.finditer(doc.text, s.start, s.end):
            if _NOT_BEFORE.search(doc.text, max(s.start, no.start() - 20), no.start()):
                continue  # "they have not rejected the idea"
            if _EARLIER_REFUSAL.search(doc.text, max(s.start, no.start() - 40), min(s.end, no.end() + 30)) \
                    or _EARLIER_OFFER.search(doc.text, no.end(), min(s.end, no.end() + 30)):
                continue  # "Burundi has previously turned down a similar offer": not this one
            h = _latest(offers, j, no.start(), 5)
            if h and h.sentence < j and _EARLIER_OFFER.search(doc.text, max(s.start, no.start() - 60), no.start()):
                continue  # "Ghana had made a similar offer in June, but Freetown turned it down": an offer of its own
            _answer(h, STATUS.rejected, j, no)
        for yes in _TAKEN_UP.finditer(doc.text, s.start, s.end) if "accept" in s.text else ():
            verb = yes.start() + yes.group().lower().rindex("accept")
            if not _NOT_BEFORE.search(doc.text, max(s.start, verb - 20), verb):  # "have not accepted the offer"
                _answer(_latest(offers, j, yes.start(), 2), STATUS.accepted, j, yes)


def meeting_date(offer: Hit, hits: list[Hit]) -> bool:
    """Date an offer no sentence of it dates by the meeting it belongs to, and say whether one did: the latest dated
    meeting of its mediator told up to it ("President X received Armenia's foreign minister on Monday ... He
    reaffirmed Kazakhstan's readiness to host talks": an offer made at that meeting) or, for a mediation done or
    claimed, the talks of its two parties ("The talks were chaired by ..."; told after it if not before). An offer a
    mediator's statement made alone stays undated: the coders date it by publication."""
    f = offer.fields
    parties = {f["party_1_state"], f["party_2_state"]} if f["kind"] != MEDIATION.offer else None
    dated = [(h, {h.fields["state_1"], h.fields["state_2"]}) for h in hits
             if h.table == "meetings" and h.fields["date_basis"] not in (None, BASIS.publication)]
    theirs = [h for h, pair in dated if pair == parties]
    before = [h for h, pair in dated
              if h.sentence <= offer.sentence and (f["mediator_state"] in pair or pair == parties)]
    meeting = max(before, key=lambda h: h.sentence, default=None) or min(theirs, key=lambda h: h.sentence, default=None)
    if meeting is None:
        return False
    evidence = [(meeting.sentence, meeting.lo, meeting.hi, meeting.supports), *meeting.extra]
    offer.take_date(meeting.fields, next((e[:3] for e in evidence if "date_start" in e[3]), None))
    return True


def _latest(offers: list[Hit], j: int, at: int, back: int) -> Hit | None:
    """The latest offer begun before `at` of sentence j, in it or the `back` sentences before."""
    return max((h for h in offers if j - back <= h.sentence and (h.sentence, h.lo) <= (j, at)),
               key=lambda h: (h.sentence, h.lo), default=None)


def _answer(h: Hit | None, status: str, j: int, words: re.Match) -> None:
    """The offer's status, as the words of sentence j answer it, unless an answer was read before."""
    if h is not None and h.fields["status"] in (STATUS.made, STATUS.reiterated):  # (an answer read before stands)
        h.fields["status"] = status
        h.extra.append((j, words.start(), words.end(), ["status"]))


def _third_not_party(prior: list[Hit], new: list[Hit]) -> list[Hit]:
    """ "Mexico said it was willing to mediate between Lima and Caracas ... Chile repeated that it stood ready to help our
    neighbours talk": a state just reported offering to mediate is a third party, not a side; an offer whose parties
    came from context and take one in is the same pair's (that of the offer before it)."""
    for h in new:
        pair = {h.fields["party_1_state"], h.fields["party_2_state"]}
        before = next((p for p in reversed(prior) if h.sentence - 3 <= p.sentence < h.sentence
                       and p.fields["mediator_state"] in pair), None)
        if "party_1_state" in h.supports and not (before and before.fields["kind"] == MEDIATION.conducted):
            # the sentence names its own pair (but not one that takes in the state that just mediated for the pair:
            # "thanked the Government of Panama for its support, and referred to the offer made by Brazil")
            continue
        parties = before and sorted((before.fields["party_1_state"], before.fields["party_2_state"]))
        if parties and h.fields["mediator_state"] not in parties:
            h.fields["party_1_state"], h.fields["party_2_state"] = parties
    return new


def _identity(h: Hit) -> tuple:
    f = h.fields
    return f["mediator_state"], frozenset((f["party_1_state"], f["party_2_state"]))


_SHARED_SUBJECT = re.compile(r"(?:,\s*)?and\s+(?:also\s+)?[a-z]+s\s")  # ", and reaffirms ...": a verb with no subject of its own


_READINESS_OF = re.compile(r"(?i)(?:readiness|willingness)\s+of\s+(?:the\s+)?")


_BARE_CHAIRED = re.compile(r"(?i)(?:co-?)?chaired")
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|that)\s+(?P<who>[^;.]{2,70}?)\s*$")
_OWN_GOOD_OFFICES = re.compile(r"(?<=\s)[A-Z][\w-]+(?=['’]s\s+good\s+offices$)")


def _mediators(doc: Document, i: int, m: re.Match) -> list[Mention]:
    """Who offers or mediates: inside the phrase ("with China's facilitation"), after "by"/"of" (with
    partners joined by "and"), the antecedent of "who"/"which", the teller of "told X that ...",
    or the nearest actor before the trigger (with a partner joined by "and")."""
    s = doc.sentences[i]
    if _HONOUR.match(m.group()):  # "I had the honour to chair": whom the "I" stands for
        me = attribution.first_person(doc, i, m.start() - len("I had the "))
        return [me] if me else []
    rel = _BARE_CHAIRED.fullmatch(m.group()) \
        and _RELATIVE_SUBJECT.search(doc.text, max(s.start, m.start() - 80), m.start())
    if rel:  # "talks ..., which Ovalle chaired", "that Panama's Foreign Minister, X, chaired": the relative's subject
        who = [x for x in doc.mentions[i] if rel.start("who") <= x.start and x.end <= m.start() and x.state
               and x.kind in ACTOR_KINDS]
        return [who[0] if who[0].kind != "modifier" else common.as_state(who[0])] if who else []
    own = _OWN_GOOD_OFFICES.search(m.group())
    named = own and next((x for x in doc.mentions[i] if x.start == m.start() + own.start() and x.state), None)
    if named:  # "our Foreign Ministry offered both governments Peru's good offices": whose offices they are
        return [common.as_state(named)]
    by = _OFFER_BY.match(doc.text, m.start(), s.end)
    if by:  # "welcomed the offer made by Uganda to mediate": the one after "by"
        after = common.actors_in(doc, i, by.end(), s.end, unplaced=True)
        if after and after[0].start == by.end():
            return common.coordinated(doc, after)
        # "an offer from Kenya to mediate": a state's name read as a place after "from"
        named = next((x for x in doc.mentions[i] if x.start == by.end() and x.kind == "place" and x.actor_id == x.state),
                     None)
        if named:
            return [common.as_state(named)]
    x = next((x for x in reversed(doc.mentions[i]) if x.end <= m.start() and x.state and x.kind in ACTOR_KINDS), None)
    x = x if x and _JUST_BEFORE.fullmatch(doc.text, x.end, m.start()) else None
    if x and (_SUBJECT_NOUN.match(m.group()) or _OFFER_NOUN.match(m.group())
              or doc.text[m.start() - 1:m.start()] in "-‐–" or x.kind == "modifier" or x.possessive):
        # "US-mediated", "Egyptian mediation", "Qatar's mediation", "an Omani offer, made on Sunday, to host talks";
        # "Zambia accepts Kenyan offer to mediate": after a demonym or a possessive "offer to" is the noun
        return [x if x.kind != "modifier" else common.as_state(x)]
    of = _READINESS_OF.match(m.group())
    named = of and next((x for x in doc.mentions[i] if x.start == m.start() + of.end() and x.state
                         and x.kind in ACTOR_KINDS), None)
    if named:  # "the readiness of the Republic of Kazakhstan ... to provide its good offices": the one after "of"
        # (with partners joined by "and": "the readiness of the Republic of Malawi and the Republic of Namibia")
        return [x if x.kind != "modifier" else common.as_state(x)
                for x in common.coordinated(doc, common.actors_in(doc, i, named.start, m.end(), unplaced=True))]
    inside = _MEDIATION_NOUN.match(m.group()) and [
        x for x in doc.mentions[i] if m.start() <= x.start and x.end <= m.end() and x.state
        and x.kind in ACTOR_KINDS]
    if inside:
        x = inside[-1]
        return [x if x.kind != "modifier" else common.as_state(x)]
    if _MEDIATION_NOUN.match(m.group()) and _NAMED_NOUN.search(m.group()):
        return []  # "under United Nations auspices", "with AU facilitation": a body no state's, named in the phrase
    after = common.actors_in(doc, i, m.end(), s.end, unplaced=True)
    if _GATHERING_OF.search(m.group()):
        after = []  # "offered to host a meeting of the Kyrgyz and Tajik presidents": "of" names the guests
    if after and (_BY_OF.match(doc.text[m.end():after[0].start]) or
                  re.search(r"(?i)\b(?:by|of)$", m.group()) and _STYLES_ONLY.fullmatch(doc.text, m.end(), after[0].start)):
        return common.coordinated(doc, after)
    late_by = _PASSIVE_BY.match(doc.text, m.end(), s.end) if _PARTICIPLE.search(m.group()) else None
    if late_by:  # "hosted and facilitated in Freetown on Tuesday, 10 March 2026 by the Government of Sierra Leone"
        agent = [x for x in after if x.start >= late_by.end()]
        if agent and _STYLES_ONLY.fullmatch(doc.text, late_by.end(), agent[0].start):
            return common.coordinated(doc, agent)
    if _TRAILING_PARTICIPLE.match(m.group()) and _AFTER_COMMA.search(doc.text, max(s.start, m.start() - 4), m.start()):
        # "X told a daily that the Netherlands was ready to help A and B ..., offering to host talks": the sentence's
        # subject offers, not the state named last before the comma
        first = common.actors_in(doc, i, s.start, m.start(), unplaced=True)[:1]
        if first:
            return first
    inner = _OBJECT_RELATIVE.search(doc.text, max(s.start, m.start() - 60), m.start())
    if inner:  # "the talks between A and B, which Australia facilitated": the relative clause's own subject
        subject = [x for x in common.actors_in(doc, i, inner.end(), m.start(), unplaced=True)]
        if subject and subject[0].start == inner.end() and _VERB_GAP.fullmatch(doc.text, subject[-1].end, m.start()):
            return common.coordinated(doc, subject[::-1])[::-1]
    relative = _ANTECEDENT.search(doc.text, max(s.start, m.start() - 80), m.start())
    told = _TOLD_THAT.search(doc.text, s.start, m.start())
    if relative:  # "Anwar, who mediated the talks": the antecedent
        before = common.actors_in(doc, i, s.start, relative.start(), unplaced=True)
    elif told:  # "Faisal told his Moroccan counterpart that the kingdom stood ready": the teller
        # unless the reported clause names its own subject: "Tellei informed his counterpart that the Republic of
        # Palau stands ready", "Kapi told his guest that PNG stood ready"
        before = [x for x in common.actors_in(doc, i, told.end(), m.start(), unplaced=True) if x.state][-1:]
        clause_start = doc.clause_bounds(i, told.start())[0]
        before = before or common.actors_in(doc, i, clause_start, told.start(), unplaced=True)[-1:] or \
            common.actors_in(doc, i, s.start, told.start(), unplaced=True)[:1]
    else:
        c_start = doc.clause_bounds(i, m.start())[0]
        aside = [r.span() for r in _RELATIVE_ASIDE.finditer(doc.text, s.start, m.start())]
        # (nor the two "between" names: "welcomed the cessation of hostilities between the Republic of the Sudan and
        # the Republic of South Sudan ..., brokered by IGAD": those are the parties)
        before = [x for x in common.actors_in(doc, i, c_start, m.start(), unplaced=True)
                  # ("China, which has ties to Myanmar, said it was ready")
                  if not any(a <= x.start < b for a, b in aside)
                  and not _BETWEEN_NAMES.search(doc.text, max(c_start, x.start - 100), x.start)]
        if not before and aside:
            before = _capital_subject(doc, i, m) or \
                [x for x in common.actors_in(doc, i, s.start, aside[-1][0], unplaced=True)][-1:]
        if not before and _SHARED_SUBJECT.match(doc.text, c_start, m.start()):
            # "Oman expresses its appreciation ..., and reaffirms its readiness": the first verb's subject
            before = common.actors_in(doc, i, s.start, c_start, unplaced=True)[:1]
    if before and before[-1].state is None:
        # "commends the Republic of South Africa, and in particular the Minister of International Relations ..., for
        # facilitating": the state the unplaced minister is singled out of; "its minister, X, said that Bandar Seri
        # Begawan "stands ready"": the capital is the one that offers, the speaker whose state the text leaves to a
        # possessive is only its voice
        singled = _SINGLED_OUT.search(doc.text, max(s.start, before[-1].start - 30), before[-1].start)
        named = singled and [x for x in common.actors_in(doc, i, s.start, singled.start()) if x.state][-1:]
        before = named or _capital_subject(doc, i, m) or before
    if len(before) > 1 and _COMMA.fullmatch(doc.text, before[-2].end, before[-1].start):
        return before[-1:]  # "As a neighbour to both Cambodia and Thailand, China has played ...": no list
    if before:
        return common.coordinated(doc, before[::-1])[::-1]
    if m.group().lower().startswith("offer") and after:  # "offered the assistance of the United States"
        return after[:1] if re.match(r"(?i)[^.;]{0,30}\bof\s+(?:the\s+)?$", doc.text[m.end():after[0].start]) else []
    return _capital_subject(doc, i, m) or _it_subject(doc, i, m) or _own_venue(doc, i, m)


_SINGLED_OUT = re.compile(r"(?i),\s+(?:and\s+)?(?:in\s+particular|notably|especially)\s+(?:the\s+)?$")
_VENUE_OFFERED = re.compile(r"(?:provide|offer)\s+(?=[A-Z][^.;]{1,30}?\s+as\s+)")


def _own_venue(doc: Document, i: int, m: re.Match) -> list[Mention]:
    """ "We are ready to provide Ashgabat as a venue for dialogue": the capital offered is the offerer's own, where
    nothing before names who offers."""
    venue = _VENUE_OFFERED.search(m.group())
    named = venue and next((x for x in doc.mentions[i] if x.start == m.start() + venue.end() and x.kind == "place"
                            and x.state), None)
    return [common.as_state(named)] if named else []


_IT_BEFORE = re.compile(r"(?i)\bit\s+(?:has\s+|had\s+|also\s+|then\s+){0,2}$")


def _it_subject(doc: Document, i: int, m: re.Match) -> list[Mention]:
    """ "Kuwait has been the quiet fixer. In July, it hosted a round of talks between ...": "it" is the state that
    opens the sentence before, in the same paragraph."""
    if not i or doc.sentences[i - 1].paragraph != doc.sentences[i].paragraph \
            or not _IT_BEFORE.search(doc.text, max(doc.sentences[i].start, m.start() - 20), m.start()):
        return []
    prev = doc.mentions[i - 1]
    if prev and prev[0].kind == "state" and prev[0].start == doc.sentences[i - 1].start and not prev[0].possessive:
        return [prev[0]]
    return []


_COMMA = re.compile(r",\s*")
_GATHERING_OF = re.compile(r"(?i)(?:meeting|talks|summit|negotiations|dialogue)$")
# A country the text places something in that then speaks: "an offer from Kazakhstan, which said it was ready"
_WHICH_SAID = re.compile(r",\s+which\s+(?:has\s+|had\s+)?(?:also\s+)?(?:said|says|stated|announced|declared|told)\b")
# A participle whose agent comes after a place or a date: "hosted ... in Freetown on Tuesday, 10 March 2026 by"
_PARTICIPLE = re.compile(r"(?i)(?:mediated|brokered|facilitated|hosted|chaired|convened|sponsored)$")
_PASSIVE_BY = re.compile(r"(?i)\s+(?:(?:in|at|on)\s+[^.;:“”\"]{1,50}?\s+)?by\s+(?:the\s+)?")
# An object relative clause names its own subject: ", which Australia facilitated", "that Qatar brokered"
_OBJECT_RELATIVE = re.compile(r"(?i)(?:,\s+which|\bthat|,\s+whom)\s+(?:the\s+)?(?=(?-i:[A-Z]))")
_WHICH_WHO = re.compile(r",\s+(?:which|who)\b")
# "Dakar, too, has repeated its readiness": an aside of addition between the capital and its verb
_VERB_GAP = re.compile(r"(?:,\s+(?:too|also|for\s+its\s+part|in\s+turn),)?\s+(?:\w+\s+){0,3}[“\"‘]?")


def _capital_subject(doc: Document, i: int, m: re.Match) -> list[Mention]:
    """A capital acting as the subject is its government, though no verb right after it says so: "before Doha, which
    hosted envoys of both sides, helped restore them", "said Vienna remains ready"."""
    s = doc.sentences[i]
    c_start = doc.clause_bounds(i, m.start())[0]
    for x in doc.mentions[i]:
        if x.kind != "place" or not x.state or x.end > m.start():
            continue
        if common.PLACE_WORD.search(doc.text, max(s.start, x.start - 12), x.start) and not _WHICH_SAID.match(doc.text, x.end, m.start()):
            continue  # "talks in Geneva, which ...": a place; but "an offer from Kazakhstan, which said": it speaks
        if _WHICH_WHO.match(doc.text, x.end, m.start()) or \
                x.start >= c_start and _VERB_GAP.fullmatch(doc.text, x.end, m.start()):
            # ", which ..." or right before the verb: "Vienna remains ready", the verb quoted: Vienna "stands ready"
            return [common.as_state(x)]
    return []


_TO_HOST = re.compile(rf"(?i)\bto\s+{_HOST}")  # an offer to host talks, whose parties the text may have joined before


def _parties(doc: Document, i: int, m: re.Match, mediators: set, meetings: list[Hit]) -> tuple[list[str], bool]:
    """The two parties, and whether they come from context rather than this sentence."""
    s = doc.sentences[i]
    mediator = next(iter(mediators)) if len(mediators) == 1 else None
    between = _BETWEEN.search(doc.text, m.start(), s.end)
    if between and common.NON_STATE_WORDS.search(doc.text, between.end(), s.end):
        return [], False  # "to mediate between the army and ethnic armed groups"
    if between:
        named = [x.state for x in common.actors_in(doc, i, between.end(), s.end) if x.state not in mediators]
        named += [x.state for x in doc.mentions[i] if x.start >= between.end() and x.kind in ("modifier", "place")
                  and x.state not in mediators and x.state not in named]
        if len(named) >= 2 and named[0] != named[1]:
            return sorted(named[:2]), False
        inside = [x for x in doc.mentions[i] if x.start >= between.end()]
        if len(set(named)) == 1 and between.start() - m.end() < 40 and inside and inside[0].possessive \
                and inside[0].kind in ("state", "place") and not any(x.kind == "person" for x in inside):
            return [], False  # "talks between Somalia's clan elders and the federal government": one state's affair
    if between and _THEM.match(doc.text, between.end()):
        # "Both Bangladesh and Myanmar are close neighbours ..., and India stands ready to facilitate dialogue between
        # them": the pair the text has just joined, in this sentence or the one before
        joined = doc.joined_pair(i, mediator)
        near = {x.state for j in (i - 1, i) if j >= 0 for x in doc.mentions[j]}
        if joined and set(joined) <= near and not mediators & set(joined):
            return sorted(joined), False
    if not between and _one_state_between(doc, i, m):
        return [], False  # "contacts between Riyadh and the Houthi movement, conducted through Omani mediation"
    lo, hi = common.coordinate_clause(doc, i, m.start())  # "A offered to host talks, and B said ...": A's clause
    but = _BUT.search(doc.text, m.end(), hi)
    hi = but.start() if but else hi  # "had offered to host talks, but both sides preferred Uganda": no party there
    named = [x for x in doc.mentions[i] if x.state and lo <= x.start < hi]
    if any(_dash_pair(doc, a, b) and mediators & {a.state, b.state} for a, b in zip(named, named[1:])):
        return [], False  # "co-chaired the first meeting of the Philippines–Singapore Joint Commission": its own
    ms = [x for x in named if x.state not in mediators]
    for a, b in zip(ms, ms[1:]):  # "US–Iran nuclear talks": the text names the pair itself
        if _dash_pair(doc, a, b):
            return sorted((a.state, b.state)), False
        # "offered its good offices to Ethiopia and Somalia"
        if a.state != b.state and a.start >= m.start() \
                and re.fullmatch(r"\s+and\s+(?:in\s+)?(?:the\s+)?", doc.text[a.end:b.start]) \
                and _TO_PAIR.search(doc.text, max(m.start(), a.start - 12), a.start):
            return sorted((a.state, b.state)), False
    states = sorted({x.state for x in ms if x.kind in ACTOR_KINDS})
    pair = doc.conflict_pair if doc.conflict_pair and not mediators & set(doc.conflict_pair) else None
    if len(states) == 2:
        # (not when the offer itself names the two, joined: "willing to bring together the leaders of A and B")
        joined = any(a.state != b.state and a.start >= m.end() and re.fullmatch(r"\s+and\s+(?:the\s+)?", doc.text[a.end:b.start])
                     for a, b in zip(ms, ms[1:]))
        if pair and set(states) != set(pair) and len(set(states) & set(pair)) == 1 and not joined:
            return list(pair), True
        return states, False
    met = _meeting_pair(doc, i, mediators, meetings)
    if met:
        return met, True
    if len(states) > 2:
        joined = common.joined_pair_in(doc, i, mediators)
        if joined:
            return joined, False
        return (list(pair), True) if pair else ([], False)
    aside = _RELATIVE_ASIDE.search(doc.text, s.start, m.start())
    if common.non_state_partner(doc, i, aside and aside.span()):
        return [], True
    # "Solomon Islands and Vanuatu have yet to ... New Zealand offered to host talks between the two countries": "the
    # two" points back to the pair the sentence before names, over the article's main pair
    named_before = common.TWO_SIDES.search(s.text) and i and doc.sentences[i - 1].paragraph == s.paragraph \
        and doc.recent_pair(i - 1, mediator, lookback=0)
    if named_before and named_before != doc.joined_pair(i - 1, mediator):
        named_before = None  # joined as one pair ("Solomon Islands and Vanuatu"), not two states named apart
    # "his country's standing offer to mediate between the two": the pair the text joined ("the quarrel between Algeria
    # and Morocco"), over a sentence that names a party beside another would-be mediator
    joined_first = _BETWEEN_THE_TWO.search(doc.text, m.start(), s.end) and doc.joined_pair(i, mediator)
    ctx = named_before or pair or joined_first or doc.recent_pair(i, mediator) \
        or (common.TWO_SIDES.search(s.text) and doc.joined_pair(i, mediator))
    if not ctx and (common.TWO_SIDES.search(s.text) or _TRILATERAL.search(s.text)):
        # "willing to facilitate a trilateral arrangement": the two the article's meetings set face to face
        # (not the mediator's own meetings with each: "the Minister received each delegation")
        met = {tuple(sorted((h.fields["state_1"], h.fields["state_2"]))) for h in meetings if h.sentence <= i
               and not mediators & {h.fields["state_1"], h.fields["state_2"]}}
        ctx = met.pop() if len(met) == 1 else None
    if not ctx and not states and (art := doc.article_pair) and mediator not in art:
        ctx = art
    if not ctx and not states and _TO_HOST.search(m.group()):
        # "Zambia did offer, back in August, to host talks in Livingstone": talks of the pair the text has joined
        ctx = doc.joined_pair(i, mediator)
    if ctx and not mediators & set(ctx) and (not states or states[0] in ctx):
        return list(ctx), True
    return [], True


_BETWEEN_THE_TWO = re.compile(r"(?i)\bbetween\s+the\s+two\b(?!\s+[a-z])")


def _one_state_between(doc: Document, i: int, m: re.Match) -> bool:
    """Whether "between X and Y" just before the trigger names one state and a party that is none."""
    s = doc.sentences[i]
    b = None
    for b in _BETWEEN.finditer(doc.text, max(s.start, m.start() - 90), m.start()):
        pass
    if b is None or common.TWO_SIDES.search(doc.text, b.end(), m.start()) or " and " not in doc.text[b.end():m.start()]:
        return False
    inside = [x for x in doc.mentions[i] if b.end() <= x.start and x.end <= m.start()]
    return len({x.state for x in inside if x.state}) == 1 and not any(x.kind == "person" for x in inside)


def _meeting_pair(doc: Document, i: int, mediators: set, meetings: list[Hit]) -> list[str] | None:
    """The states of the meeting "the meeting" or "the talks" refers to: the latest one reported up to sentence i;
    without such words, one the sentence itself reports ("the two ministers met in Honiara for talks chaired by
    Oti": the talks he chaired are their meeting)."""
    pair = common.latest_meeting_pair(meetings, i, mediators, since=None if _THE_MEETING.search(doc.sentences[i].text)
                                      else i)
    return list(pair) if pair else None


def _issue(doc: Document, i: int, default: str | None) -> str | None:
    s = doc.sentences[i].text
    m = _ISSUE.search(s)
    if m and m.group("name").split()[0] not in ("The", "This", "That"):
        return m.group("name")
    g = _ISSUE_GENERIC.search(s)
    if g:
        word = g.group().split()[0].lower()
        return "nuclear programme" if word == "nuclear" else f"{word} conflict"
    if default and re.search(r"(?i)\b(?:cease[- ]?fire|truce|hostilities|fighting|war)\b", s):
        return default
    return None


_SINCE = re.compile(r"(?i)\bsince\b")


def _dash_pair(doc: Document, a: Mention, b: Mention) -> bool:
    """Whether a and b are two states joined by a dash: "US–Iran nuclear talks", "the Philippines–Singapore Joint
    Commission"."""
    return a.state != b.state and re.fullmatch(r"[-–—]", doc.text[a.end:b.start]) is not None


def _offer_date(doc: Document, i: int, m: re.Match) -> DateRef | None:
    """The date of the sentence nearest the trigger, but not one inside an aside ("ready, as we said last year, to
    ...") nor one a "since" clause after it dates ("has repeatedly offered to help ... since Algiers severed ties in
    August 2021"), nor one the sentence puts days before it ("appeared to be holding on Wednesday, three days after
    Iraqi mediators brokered the deal")."""
    aside = _AS_ASIDE.search(m.group())
    return common.nearest_date(doc, i, m.start(), keep=lambda d: not (
        aside and m.start() + aside.start() <= d.start < m.start() + aside.end()
        or d.start >= m.end() and _SINCE.search(doc.text, m.end(), d.start)
        or d.end <= m.start() and common.DAYS_AWAY.search(doc.text, d.end, m.start())))


def _make(doc: Document, i: int, m: re.Match, kind: str, rule: str, meetings: list[Hit], *, status=None,
          issue_default=None) -> list[Hit]:
    hits = []
    found = _mediators(doc, i, m)
    owned = [None if x.state else _owner(doc, i, x) for x in found]
    mediators = [x if x.state else o or _at_home(doc, x) for x, o in zip(found, owned)]
    states = {x.state for x in mediators}
    for mediator, original, owner in zip(mediators, found, owned):
        if not mediator.state:
            continue
        if original.state is None and owner is None and any(
                x.state == mediator.state and x.kind in ("person", "body", "state") for x in doc.mentions[i] if x.start != original.start):
            continue  # the home state is someone else, or a party, in this sentence: the guess is unsafe
        parties, from_context = _parties(doc, i, m, states - {None}, meetings)
        if len(parties) != 2 or mediator.state in parties:
            continue
        date = _offer_date(doc, i, m)
        fields = {"kind": kind, "mediator_actor": mediator.actor_id if mediator.kind in ("person", "body") else None,
                  "mediator_state": mediator.state, "party_1_state": parties[0], "party_2_state": parties[1],
                  "issue": _issue(doc, i, issue_default), "status": status,
                  "cameo_code": common.mediation_cameo(kind)}
        fields.update(common.date_fields(date))
        supports = ["kind", "mediator_state", "cameo_code"] + [k for k in ("mediator_actor", "issue", "status") if fields[k]]
        lo, hi = min(m.start(), mediator.start), max(m.end(), mediator.end)
        if not from_context:
            supports += ["party_1_state", "party_2_state"]
            for x in doc.mentions[i]:
                if x.state in parties:
                    lo, hi = min(lo, x.start), max(hi, x.end)
        if date:
            supports += ["date_start", "date_end"]
            lo, hi = min(lo, date.start), max(hi, date.end)
        hit = Hit("mediation_offers", fields, i, lo, hi, supports, rule, 0.75 - 0.1 * from_context)
        if from_context:
            _add_party_evidence(doc, i, hit)
        hits.append(hit)
    return hits


# The offer denied, by the one said to make it or by the text: after it ("but the ministry denied that Rabat had made
# any such offer"), or before it ("Rabat denied reports that it had offered to mediate").
# (Not "dismissed", "rejected": a party turning the offer down leaves an offer, status rejected.)
_DENIED_AFTER = re.compile(r"(?i)\b(?:denied|denies|refuted)\b[^.;]{0,80}?\b(?:(?:such|any|an|the|this|that)\s+"
                           r"(?:[\w-]+\s+)?offer|offer(?:ed)?\s+to\s+mediate)\b")
_DENIED_BEFORE = re.compile(r"(?i)\b(?:denied|denies|refuted)\s+(?:(?:the\s+|media\s+|press\s+)?(?:reports?|claims?|"
                            r"suggestions?|rumou?rs?)\s+)?that\b[^.;,]*$")  # in its clause: not "X denied that ..., and Y offered"
# An offer someone else proposes a state make: "Mr Šimić (opposition) proposed that Croatia offer to mediate"
_PROPOSED_THAT = re.compile(r"(?i)\b(?:proposed|suggested|recommended|urged|demanded)\s+that\b[^.;,]*$")
_TRAILING_PARTICIPLE = re.compile(r"(?i)(?:offering|volunteering)\b")
_AFTER_COMMA = re.compile(r"(?:,[”\"’]?|[”\"’],)\s+$")  # ", offering", '," offering'
_BUT = re.compile(r",\s+(?:but|yet)\s")
_HONOUR = re.compile(r"(?i)honou?r\s")  # the speaker's own chairing (CONDUCTED_RE)
_BROTHERS_IN = re.compile(r"(?i)\bour\s+(?:brothers|sisters|friends|brethren)\s+in\s")
_AS_ASIDE = re.compile(r",\s+as\s+[^,]*,")
_BETWEEN_NAMES = re.compile(r"(?i)(?<!go-)\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?"
                            r"(?:and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?)?$")
# A person named as a state's own just after it: "its Special Envoy, X", "the Government of Nicaragua, and in
# particular to Vice Minister X", "the Republic of Botswana, and in particular Hon. Dr. X"
_OWNER_BEFORE = re.compile(rf"\b(?:its|in\s+particular(?:\s+to)?)\s+(?:{HONORIFIC}\s+)*$")
_OWNER_GAP = re.compile(r"['’]s\s+(?:[a-z-]+\s+){1,3}$")


def _owner(doc: Document, i: int, m: Mention) -> Mention | None:
    """An unplaced person whose title follows a state's possessive: "Brunei's second minister of foreign affairs"."""
    prev = [x for x in doc.mentions[i] if x.end <= m.start and x.kind == "state" and x.possessive]
    if prev and _OWNER_GAP.fullmatch(doc.text, prev[-1].end, m.start):
        return common.with_state(m, prev[-1].state)
    if _OWNER_BEFORE.search(doc.text, max(doc.sentences[i].start, m.start - 30), m.start):
        # "the Government of Fiji, and in particular its Special Envoy, X": the state named last before "its"
        # (or before "in particular to")
        prev = [x for x in doc.mentions[i] if x.end <= m.start and x.state and x.kind in ("state", "body")]
        if prev:
            return common.with_state(m, prev[-1].state)
    return None


def _at_home(doc: Document, m: Mention) -> Mention:
    """An unplaced person (a ministry's own "President Pezeshkian") stands for the article's own state: its dateline's
    ("Doha, 25 June -- His Highness the Amir ... mediated"), else the one it names most."""
    return common.with_state(m, doc.own_state())


def _add_party_evidence(doc: Document, i: int, hit: Hit) -> None:
    """Quote the nearby sentence that names the two parties."""
    parties = {hit.fields["party_1_state"], hit.fields["party_2_state"]}
    for j in range(i - 1, max(-1, i - 4), -1):
        ms = [x for x in doc.mentions[j] if x.state in parties and x.kind in ACTOR_KINDS]
        if {x.state for x in ms} == parties:
            hit.extra.append((j, min(x.start for x in ms), max(x.end for x in ms), ["party_1_state", "party_2_state"]))
            return


def _offer(doc: Document, i: int, m: re.Match, meetings: list[Hit]) -> list[Hit]:
    s = doc.sentences[i]
    if _NEGATED.search(doc.text[max(s.start, m.start() - 30):m.start()]) or _INTERNAL.search(doc.text, m.start(), s.end):
        return []
    if _ASKED_WHETHER.search(doc.text, max(s.start, m.start() - 80), m.start()):
        return []  # a question told in reported speech: "asked whether Wellington would also offer to mediate, said ..."
    if _DENIED_AFTER.search(doc.text, m.end(), s.end) or _DENIED_BEFORE.search(doc.text, s.start, m.start()):
        return []  # an offer reported, then denied: "..., but a Moroccan official denied that Rabat had made any such offer"
    if _PROPOSED_THAT.search(doc.text, s.start, m.start()):
        return []  # another's proposal that the state offer: "Mr Šimić proposed that Croatia offer to mediate"
    if _THE_OFFER_ANSWERED.match(m.group()) and _ANSWERED.search(doc.text, max(s.start, m.start() - 40), m.start()):
        return []  # 'Syria "appreciates" the offer but that any talks required ...': an answer to one made before
    brothers = _BROTHERS_IN.search(m.group())
    if brothers and len({x.state for x in doc.mentions[i] if x.state and m.start() + brothers.start() <= x.start < m.end()}) < 2:
        return []  # "our brothers in Libreville and Port-Gentil": two towns of one state, help but no mediation
    c_start, c_end = doc.clause_bounds(i, m.start())
    window = doc.text[max(c_start, m.start() - 30):min(c_end, m.end() + 15)]  # words acting on the offer itself
    status = next((st for st, rx in _STATUS if rx.search(window)), STATUS.made)
    if status == STATUS.made and _REPEATED_THAT.search(doc.text, max(c_start, m.start() - 90), m.start()):
        status = STATUS.reiterated  # "repeated on Wednesday that Santiago stood ready to help": the offer told again
    return _make(doc, i, m, MEDIATION.offer, "mediation-offer", meetings, status=status)


# An offer a party answers ("appreciates the offer but ...", "thanked Oman for the offer") is one told before, by
# another: the offer noun followed by no word of what it offers (not "the offer made by Panama to host the talks")
_THE_OFFER_ANSWERED = re.compile(r"(?i)offers?\s+(?:but|and|while|although|though|however)\b")
_ANSWERED = re.compile(rf"(?i)\b(?:appreciat\w*|welcom\w*|thank\w*|accept\w*|{_REFUSED}|declin\w*|turn\w*\s+down|"
                       r"consider\w*|stud(?:y|ying|ied)|weigh\w*)[”\"’]?\s+(?:[\w’'-]+\s+){0,4}?"
                       r"(?:the|this|that|its|his|her)\s+$")

# ("Asked by another MP whether Morocco would offer to mediate": the asker between)
_ASKED_WHETHER = re.compile(r"(?i)\b(?:asked|wondered|questioned|queried)\s+(?:[\w-]+\s+){0,3}?(?:whether|if)\b[^.;,]*$")
_REPEATED_THAT = re.compile(r"(?i)\b(?:repeated|reiterated|reaffirmed|renewed)\b[^.;“”\"]{0,60}?\bthat\s[^.;]*$")


def _conducted(doc: Document, i: int, m: re.Match, meetings: list[Hit]) -> list[Hit]:
    if common.unreal(doc, i, m.start(), m.end(), after=False) or _LATER.search(doc.text, m.end(), min(m.end() + 60, doc.sentences[i].end)):
        return []
    if _TO_COME.search(doc.text, doc.sentences[i].start, m.start()):
        return []  # "The commission is to hold its first session on 28 April, chaired by the Kazakh envoy"
    if _INTERNAL.search(doc.text, m.start(), doc.sentences[i].end):
        return []
    if _HABITUAL.search(doc.text, max(doc.sentences[i].start, m.start() - 30), m.start()):
        return []  # "Oman, which has long acted as a go-between for Tehran": what it does, not a mediation reported
    s = doc.sentences[i]
    c_start = doc.clause_bounds(i, m.start())[0]  # "claims of interference, before Doha ... helped": another clause's claim
    # words in quotes are the mediator's claim when they speak in the first person ("we brokered the truce"); a
    # source describing the mediator ("tells us Kuwait's minister “spent the whole day on the phone between ...”")
    # reports what it did
    quoted = doc.in_quotes(i, m.start()) and not common.scare_quoted(doc, m) and _first_person_quote(doc, i, m)
    said = SAID_BEFORE.search(doc.text, s.start, m.start())
    claimed = bool(CLAIM.search(doc.text, c_start, s.end) or DISPUTED.search(s.text) or quoted
                   or said and _said_by_mediator(doc, i, m, said.start())
                   or _OWN_PART.search(doc.text, max(c_start, m.start() - 80), m.start()))
    return _make(doc, i, m, MEDIATION.claimed if claimed else MEDIATION.conducted, "mediation-conducted", meetings,
                 issue_default="ceasefire")


# The mediator's word for its own part: "the statement of the State of Qatar that its own contacts with both sides
# ... “paved the way”"
_OWN_PART = re.compile(r"(?i)\b(?:its|their)\s+own\s+(?:[\w-]+\s+){0,2}?(?:contacts|role|efforts|channels?)\b")
_HABITUAL = re.compile(r"(?i)\b(?:long|often|traditionally|usually|regularly)\s+(?:been\s+)?$")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\b")


def _first_person_quote(doc: Document, i: int, m: re.Match) -> bool:
    """Whether the quotation around the trigger speaks in the first person."""
    s = doc.sentences[i]
    lo = max(doc.text.rfind(q, s.start, m.start()) for q in ('"', "“"))
    hi = min((k for k in (doc.text.find(q, m.end(), s.end) for q in ('"', "”")) if k >= 0), default=s.end)
    return lo >= 0 and bool(_FIRST_PERSON.search(doc.text, lo, hi))


def _said_by_mediator(doc: Document, i: int, m: re.Match, said: int) -> bool:
    """ "Trump said he brokered ...": the speaker, before the verb of saying at `said`, is the mediator vouching for
    itself (not "The base commander told me that El Salvador's navy chief chaired the meeting")."""
    return speaker_in(doc, i, said, {x.state for x in _mediators(doc, i, m)})


def speaker_in(doc: Document, i: int, at: int, states: set[str]) -> bool:
    """Whether the first actor of sentence i, before `at` (after a verb of saying the caller found), is of one of
    `states`: the rules' mediator vouching for itself, and the classifier's ("Egypt's foreign ministry said ... Cairo
    had “played a central role”")."""
    s = doc.sentences[i]
    speaker = next((a for a in common.actors_in(doc, i, s.start, at, unplaced=True)), None) or next(
        (x for x in doc.mentions[i] if x.kind == "place" and x.end <= at
         and _OFFICIALS_IN.search(doc.text, max(s.start, x.start - 20), x.start)), None)
    # a named speaker the text never placed speaks for the article's own state ("ASTANA - President Abenov said")
    return bool(speaker and (speaker.state or speaker.kind == "person" and doc.own_state()) in states)


_OFFICIALS_IN = re.compile(r"(?i)\b(?:officials|authorities)\s+(?:in|from)\s+$")  # "Officials in Tajikistan ... said"


def _from_ceasefire(doc: Document, c: Hit) -> list[Hit]:
    """A brokered ceasefire is also a conducted mediation by its broker."""
    f = c.fields
    if not f.get("broker_state"):
        return []
    fields = {"kind": MEDIATION.conducted, "mediator_actor": f.get("broker_actor"), "mediator_state": f["broker_state"],
              "party_1_state": f["state_1"], "party_2_state": f["state_2"], "issue": "ceasefire", "status": None,
              "cameo_code": common.mediation_cameo(MEDIATION.conducted)}
    fields.update({k: f.get(k) for k in ("date_start", "date_end", "date_precision", "date_basis")})
    supports = ["kind", "mediator_state", "cameo_code", "issue"] + [
        k for k in ("mediator_actor", "date_start", "date_end") if fields.get(k)]
    if "state_1" in c.supports:
        supports += ["party_1_state", "party_2_state"]
    return [Hit("mediation_offers", fields, c.sentence, c.lo, c.hi, supports, "mediation-brokered-ceasefire",
                c.confidence - 0.05)]
