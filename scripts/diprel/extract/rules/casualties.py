"""Casualty figures: a number of people killed, injured or made casualties.

A figure is a count with a people noun and an outcome ("at least 31 civilians
were killed", "killing 12 soldiers", "40 civilian and 113 military
casualties", "26 deaths", "put the death toll at 1,054", "seventy-eight were
injured" after a figure of the same people). Equipment ("six jets"),
durations ("87 hours"), displaced or captured people, repatriated bodies,
vague amounts ("dozens") and hypothetical tolls ("could have died") are not
figures. A range ("between 35 and 40") is coded as at least its lower end.

A breakdown after a figure ("among them 7 women and 15 children") gives
sub-rows pointing at the main figure, never summed; a share that is not a
subgroup ("including 417 civilians") is a figure of its own. The side is the
state the text ties the people to: a demonym in the noun phrase ("Pakistani
civilians"), "on the Pakistani side", "in Pakistan" or a town the gazetteer
places ("killed in Kherson", "fishermen from Gaya"), the town an attack struck
("a grenade attack in Bujumbura that killed three"), the target of the other
side's strikes ("Indian strikes killed ..."), or else the claimant's own state
or the state of the town or province its office is named for ("Odesa regional
governor"), unless its own force fired on them ("a patrol had fired on a boat").
A toll "on both sides" has none.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass

from .. import fastre, lexicon, places
from ..actors import STATE_KINDS, Mention
from ..attribution import attribute
from ..candidates import Hit
from ..document import Document
from ..numbers import NUMBER_WORDS, Number
from ..records import figure_id
from . import common

# People of no state's, whatever the speaker: "killed 63 smugglers", "four pirates"
_NON_STATE = frozenset("terrorists militants insurgents assailants attackers gunmen jihadists rebels bandits smugglers "
                       "smuggler attacker gunman assailant suspects suspect pirates pirate traffickers trafficker "
                       "poachers poacher kidnappers kidnapper criminals criminal khwarij khawarij".split())
# people noun -> (population, subgroup it names in a breakdown)
PEOPLE = {
    **dict.fromkeys("people persons person individuals lives bodies".split(), ("unspecified", None)),
    **dict.fromkeys(_NON_STATE, ("unspecified", None)),  # "three suspects ... died"
    "others": (None, None),  # "and injured 14 others": the people of the figure before
    **dict.fromkeys("civilians civilian residents villagers pilgrims tourists citizens nationals worshippers "
                    "fishermen crew passengers farmers students workers migrants journalists miners herders "
                    "seafarers seafarer seamen seaman crewmen crewman protesters protester demonstrators demonstrator "
                    "activists activist "
                    "shepherds traders drivers refugees refugee resident villager pilgrim tourist citizen national fisherman "
                    "farmer student worker miner herder shepherd trader driver journalist headman headmen youth youths "
                    "son sons daughter daughters grandson grandsons granddaughter wife husband mother father brother "
                    "sister volunteers volunteer farmworkers farmworker labourers labourer laborers laborer vendors "
                    "vendor nurses nurse doctors doctor medics medic teachers teacher monks monk priests priest "
                    "pedestrians pedestrian motorists motorist commuters commuter hunters hunter loggers logger porters "
                    "porter locals inhabitants crew crewmates crewmate engineers engineer detainees detainee "
                    "boatmen boatman ferrymen ferryman "
                    # trades of people caught up in border incidents: "two deminers were injured", "a deckhand"
                    "deminers deminer rescuers rescuer paramedics paramedic firefighters firefighter divers diver "
                    "deckhands deckhand hikers hiker merchants merchant woodcutters woodcutter truckers trucker "
                    "contractors contractor technicians technician surveyors surveyor electricians electrician "
                    "garimpeiros garimpeiro "  # Brazil's wildcat gold miners
                    "".split(), ("civilian", None)),  # "two of the trawler's crew"
    # "one of the occupants of the boat", "four survivors": people by where they were or what befell them
    **dict.fromkeys("occupants occupant survivors survivor".split(), ("unspecified", None)),
    # "eleven (11) elements were neutralised": translated French communiqués' "éléments", men under arms
    **dict.fromkeys("elements".split(), ("military", None)),
    **dict.fromkeys("troops servicemen personnel jawans policemen police sailors airmen fighters guardsmen guards "
                    "conscripts recruits marines peacekeepers commandos paratroopers serviceman policeman sailor "
                    "airman guardsman guard conscript marine peacekeeper commando trooper sergeant corporal "
                    "gendarmes gendarme agents agent fighter rangers ranger militiamen militiaman jawan reservists reservist "
                    "constables constable auxiliaries coastguards coastguard coastguardsmen coastguardsman "
                    "ratings rating".split(),  # a navy's enlisted men: "three of its ratings were killed"
                    ("military", None)),
    "soldiers": ("military", "soldiers"), "soldier": ("military", "soldiers"),
    "officers": ("military", "officers"), "officer": ("military", "officers"),
    **dict.fromkeys("lieutenant lieutenants captain captains colonel colonels".split(), ("military", "officers")),
    "children": ("civilian", "children"), "child": ("civilian", "children"),
    **dict.fromkeys("girls boys babies infants minors girl boy baby infant minor".split(), ("civilian", "children")),
    **dict.fromkeys("teenager teenagers".split(), ("civilian", None)),  # 18 and 19 are teens too: no age, no child
    "women": ("civilian", "women"), "woman": ("civilian", "women"), "men": ("unspecified", "men"),
    "man": ("unspecified", "men"),
    "elderly": ("civilian", "elderly"), "foreigners": ("civilian", "foreigners"),
}
OUTCOME_NOUNS = {
    "casualties": "casualties", "deaths": "killed", "dead": "killed", "fatalities": "killed", "killed": "killed",
    "martyred": "killed", "martyrs": "killed", "injured": "injured", "wounded": "injured", "injuries": "injured",
    "hurt": "injured", "death": "killed", "fatality": "killed",  # "confirmed one death", "spoke of one fatality"
    "deceased": "killed",  # "the deceased include four women"
}
_MODIFIERS = {"civilian": "civilian", "military": "military", "security": "military", "army": "military",
              "armed": "military", "defence": "military", "defense": "military", "paramilitary": "military",
              "police": "military", "gendarmerie": "military", "naval": "military", "navy": "military"}
_MODIFIER_RES = tuple((re.compile(rf"(?i)\b{word}\b"), pop) for word, pop in _MODIFIERS.items())  # the last wins
_HEADS = "|".join(sorted([*PEOPLE, *OUTCOME_NOUNS], key=len, reverse=True))
_PEOPLE_HEADS = "|".join(sorted(PEOPLE, key=len, reverse=True))
_PERSON_HEADS = "|".join(sorted((k for k in PEOPLE if k != "others"), key=len, reverse=True))  # nouns of their own
_PEOPLE_AFTER = re.compile(rf"\s+(?:[A-Z][\w’'-]+\s+){{0,2}}(?P<head>{_PERSON_HEADS})\b")  # "dead Kenyan civilians"
_OUTCOME_ONLY = "|".join(sorted((k for k in OUTCOME_NOUNS if k not in PEOPLE), key=len, reverse=True))
_PHRASE = re.compile(
    rf"[”\"]?\s+[“\"]?(?P<mods>(?:(?:[A-Z][\w’'-]+|civilian|military|security|army|armed|forces|defen[cs]e|paramilitary|police|"
    rf"gendarmerie|naval|navy|coast|"
    rf"innocent|other|more|additional|unarmed|local|border|foreign|young|elderly|and\s+affiliated|affiliated|"
    rf"high-value|crew|of\s+(?:its|their|our|the|them|his|her)|[Aa]l-[A-Z][\w’'-]+|"
    # "three marine police officers", "two riot police officers": a branch's own word before a force's
    rf"(?!(?:{_OUTCOME_ONLY}|of|and|or|were|was|had|have|are|is)\b)[a-z][a-z-]+"
    rf"(?=\s+(?:police|border|coast|naval|navy|army|security|military|gendarmerie)\b))\s+){{0,4}}"
    # one modifier; a people noun only before another ("one of its marine officers", "two militia fighters")
    rf"(?:(?!(?:{_OUTCOME_ONLY}|of|and|or|were|was|had|have|are|is)\b)"
    rf"(?!(?:{_PEOPLE_HEADS})\b(?!\s+(?:{_PEOPLE_HEADS})\b))"
    rf"(?:[a-z][a-z-]+|\d{{1,2}}-year-old)\s+"
    rf"(?=(?:{_PEOPLE_HEADS}|members?)\b))?)(?P<head>{_HEADS}|members?)\b(?P<force>\s+of\s+(?:the|its|their)\s+[\w’'\s-]{{0,30}}(?i:forces|army|military|navy|police|gendarmerie|guards?|corps|rifles|constabulary)\b)?")
_SHARED = re.compile(r"\s+(?P<mods>(?:civilian|military|security|army)\s+)?and\s+(?=[\w,]+)")
# "paid the ultimate price", "made the supreme sacrifice": a press office's words for its own dead; "sustained fatal
# gunshot wounds" (before _INJURED, whose "sustained ... wounds" would take it)
# "was fatally wounded", "mortally injured", "fatally shot": a death, though the verb is one of wounding; the adverb
# slots before an outcome (_ADVERB) must not swallow "fatally", or "wounded" alone would read as an injury
_FATAL = r"(?:fatally|mortally)\s+(?:wounded|injured|shot|stabbed|hurt)"
_ADVERB = r"(?!(?:fatally|mortally)\b)\w+ly"
# "was shot and killed", "was struck by a bullet and killed": the passive of a wounding verb and "killed"
_KILLED = (_FATAL + r"|(?:shot|stabbed|beaten|hacked|(?:struck|hit)\s+by\s+(?:an?\s+)?(?:\w+\s+)?(?:bullets?|shrapnel|"
           r"fragments?|projectiles?|rocks?|stones?))\s+and\s+killed|"
           r"(?:paid|pay)\s+the\s+(?:ultimate|supreme|highest)\s+price|made\s+the\s+(?:ultimate|supreme)\s+sacrifice|"
           r"(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:fatal|mortal)\s+(?:\w+\s+)?(?:injur(?:y|ies)|wounds?)|"
           # "die", "lose their lives": a timeline's or a headline's present ("OCT 3 - Three fishermen die ...")
           # "was found dead in one of the rafts": a police or coast-guard count of its dead
           r"found\s+dead|killed|dead|died|dies|die|martyred|drowned|(?:lost|lose|loses)\s+(?:their|his|her)\s+li(?:fe|ves)|laid\s+down\s+(?:their|his|her)\s+li(?:fe|ves)|"
           r"(?:fell|fallen)\s+(?:with\s+honou?r|on\s+the\s+field\s+of\s+honou?r|in\s+(?:battle|combat|action|the\s+line\s+of\s+duty)|"
           r"(?:to|under)\s+(?:the\s+)?bullets|"  # "have fallen under the bullets of jihadist groups"
           # "fell with arms in hand", "fell weapons in hand": French releases' "tombés les armes à la main"
           r"(?:with\s+)?(?:(?:their|his)\s+)?(?:arms|weapons?)\s+in\s+hand)|"
           r"embraced\s+(?:shahadat|martyrdom)|perished|slain|shot\s+dead|succumbed|eliminated|neutrali[sz]ed|"
           r"murdered|massacred|assassinated|lynched|beheaded|hacked\s+to\s+death|burnt\s+to\s+death|burned\s+to\s+death|"
           r"(?:fell|fallen)\s+as\s+(?:an?\s+)?martyrs?|executed")  # "had “fallen as martyrs”", "fell as a martyr of duty"
# "was treated for minor injuries", "was shot and seriously wounded", "suffered a bullet wound", "had gunshot wounds",
# "suffered fractures", "admitted with injuries", "taken to hospital with burns"
# ("treated for gunshot and shrapnel wounds": three words before the wound)
_HURT_ESCAPE = (r"(?:swam|walked|crawled|staggered|reached|arrived|returned|escaped|fled|made\s+it)\s+(?:[\w’'-]+\s+){0,5}?"
                r"with\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:injur(?:y|ies)|wounds?|burns|fractures|broken\s+(?:ribs?|arms?|legs?))")
_INJURED = (r"injured|wounded|hurt|grazed\s+by\s+(?:a\s+)?(?:bullet|shrapnel|fragment)|(?:sustained|received|suffered|treated\s+for|had)\s+[“\"]?(?:an?\s+)?(?:\w+\s+){0,3}?"
            # "a third officer was treated for cuts", "suffered a broken arm", "sustained lacerations to the arms"
            r"(?:injur(?:y|ies)|wounds?|fractures?|burns|cuts?|bruises|lacerations?|concussion|broken\s+(?:arm|leg|"
            r"ribs?|hand|foot|jaw|nose|wrist|ankle|collarbone|bones?))|"
            # "is being treated at Karonga District Hospital for a gunshot wound to the leg"
            r"treated\s+(?:at|in)\s+(?:[\w’'-]+\s+){1,5}?for\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:injur(?:y|ies)|wounds?)|"
            # "had needed treatment, for “a minor cut to the hand”"
            r"(?:needed|required|received)\s+(?:\w+\s+)?treatment,?\s+for\s+[“\"]?(?:an?\s+)?(?:\w+\s+){0,2}?"
            r"(?:injur(?:y|ies)|wounds?|fractures?|burns|cuts?|bruises)|"
            # "brought in with splinter wounds", "rushed to the district hospital with gunshot wounds"
            # "taken to the Regional Hospital of Corumbá with gunshot wounds": a hospital by its name
            # "was in hospital in Saint John on Tuesday with broken ribs": a patient's state, told with the injury
            r"(?:admitted|hospitali[sz]ed|in\s+(?:(?:a|the)\s+)?hospital(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
            r"(?:\s+on\s+[A-Z][a-z]+)?|(?:taken|brought|rushed|evacuated)\s+(?:in|to\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?"
            r"[Hh]ospital(?:\s+(?:of|in)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?))"
            r"\s+with\s+(?:\w+\s+){0,2}?(?:injur(?:y|ies)|wounds|fractures|burns|broken\s+(?:ribs?|arms?|legs?|bones?|"
            r"jaw|nose|hip|pelvis|wrist|ankle|collarbone))|"
            r"shot\s+and\s+(?:\w+ly\s+)?(?:wounded|injured)|"
            # "four others are receiving treatment at the Memorial Hospital", "four of its citizens were in hospital in
            # Mahikeng": people cared for are hurt (not "treated for shock", nor hospital staff, nor "in hospital with
            # his wife", a visitor)
            r"(?:receiving|undergoing)\s+(?:medical\s+)?treatment(?!\s+for\s+(?:shock|smoke|trauma))|"
            r"in\s+(?:(?:a|the)\s+)?hospital\b(?!\s+(?:staff|workers|officials|sources|director|administrators?)\b)"
            r"(?![^,;.]{0,30}?\b(?:with|visiting|to\s+visit)\b)|"
            # "a fourth fisherman swam to the shore at Katwe with a bullet wound in the arm": a survivor's way out, hurt
            + _HURT_ESCAPE + r"|"
            # "an agent was struck by a rock", "a marcher hit by a rubber bullet": a person struck by a missile, unless
            # the text says he died of it; "treated at the scene" (not for shock): a wound too light for hospital
            r"(?:struck|hit)\s+by\s+(?:an?\s+)?(?:\w+\s+)?(?:rocks?|stones?|bricks?|bullets?|pellets?|shrapnel|fragments?|"
            r"debris|projectiles?|ricochets?|rounds?(?!\s+of\b))\b(?!\s+and\s+(?:was\s+)?(?:killed|died))|"
            # "are recovering at the Queen Elizabeth Hospital": a patient's state
            r"recovering\s+(?:at|in)\s+(?:(?:a|the)\s+)?(?:[\w’'-]+\s+){0,4}?[Hh]ospital\b|"
            r"treated\s+(?:at\s+the\s+scene|by\s+(?:paramedics|medics))(?!\s+for\s+(?:shock|smoke))|"
            # "was shot in the leg": a wound by where it struck (not the head or chest, often fatal and said so apart)
            r"shot\s+(?:\w+ly\s+)?in\s+the\s+(?:legs?|arms?|shoulders?|hands?|foot|feet|thighs?|knees?|back|abdomen|"
            r"stomach|hips?|buttocks?|ankles?|wrists?|elbows?|calf|side)")
# "two Algerian citizens, both traders from Tamanrasset, were among the dead": one of the people counted
_AMONG = r"among\s+(?:the\s+|those\s+)?(?:dead|killed|injured|wounded|fatalities|casualties)"
_ACRONYM = r"\s*\([A-Z][\w.&-]{1,12}\)"  # "(PNP)", "(FC)" after a force's name
_POSTED = r"(?:attached|assigned|deployed|posted|stationed|based|seconded)\s+(?:to|at|in|with|on)"
_CRAFT = (r"(?:vessels?|boats?|ships?|trawlers?|canoes?|craft|dhows?|launch(?:es)?|cutters?|skiffs?|ferr(?:y|ies)|"
          r"longliners?|seiners?|tankers?|freighters?|tugs?|tugboats?|yachts?|dinghy|dinghies|sampans?|pirogues?|"
          r"junks?|barges?|frigates?|corvettes?|destroyers?)\b")
# (the end of a name whose start _PHRASE took as the force: "of the Border Guard| Service of the Republic of X")
_FORCE_NAME = r"(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}\s+of\s+the\s+(?-i:[A-Z])[\w’'-]*(?:(?:\s+(?:of|for|the|and)){0,2}\s+(?-i:[A-Z])[\w’'-]*){0,12}"
_FORCE_NAME_RE = re.compile(_FORCE_NAME)
_WITH_UNIT = (r"(?:\s+(?:with\s+(?:the|its|their|our|his|her|an?)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+|"
              # "from" only with a unit: "a fisherman from the same district" is a place, which names the side
              r"from\s+(?:the|its|their|our|his|her|an?)\s+(?:[\w’'.-]+\s+){0,2}?(?:patrol|unit|post|team|crew|"
              r"battalion|brigade|company|contingent|mission|force|station|squad|detachment|convoy|garrison)s?)"
              r"(?=\s+(?:were|was|had|have|has)\s))?")
# "three soldiers are believed to have been killed": the outlet passes on what it has not established (hedged)
_HEARSAY = re.compile(r"(?i)\b(?:believed|thought|said|understood|presumed)\s+to\s+have\b")
# verbs of the outcome itself, which a participle phrase before the verb must not swallow ("died at the scene and
# another was taken to hospital")
_PARTICIPLE_OUTCOME = (r"(?:killed|wounded|injured|hurt|martyred|murdered|massacred|stabbed|shot|maimed|burned|burnt|died|"
                       r"perished|succumbed|drowned|lynched|executed|assassinated|beheaded|slain|neutrali[sz]ed|eliminated|"
                       r"hospitali[sz]ed|treated|admitted|evacuated)\b")
# "jumped into the water and died by drowning", "fell overboard and drowned": what the people did, then an intransitive
# death (not "fired back and killed three", where the killed are others)
_AND_THEN_DIED = (rf"\s+(?!{_PARTICIPLE_OUTCOME})(?:[a-z]{{2,}}ed|fell|went|ran|swam|came|leapt|dove|got)\s+(?:[\w’'-]+\s+){{0,5}}?and"
                  r"(?=\s+(?:(?:later|then|subsequently)\s+)?(?:died|drowned|perished|succumbed)\b)")
# A place's kind after its name: "a farmer from Pu Nhi commune", "herders from Turkana County"
_PLACE_KIND = (r"(?:\s+(?i:commune|district|village|province|region|county|town|municipality|department|"
               r"governorate))?")
_OUTCOME_AFTER = re.compile(
    rf"(?i)(?:{_ACRONYM})?"
    # "two (2) citizens of the Republic of Moldova, a woman aged 64 and her grandson aged 9, were injured"
    rf"(?:\s+(?:from|in|of|at|near)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?(?=,))?"
    # 'seven people, "including foreign nationals", had been treated': the aside may be quoted from the release
    rf"(?:\s*[,—–(]\s*[“\"]?(?:among\s+(?:them|whom)|including|of\s+whom|(?:\w+\s+)?of\s+(?:them|whom))"
    rf"(?:\(\d{{1,4}}\)|[^,;)—–]){{0,80}}[,)—–]"  # "including two (2) women,": a count echoed in digits
    # "Two of our traders – both of them market women who ... – were shot dead"; "two citizens, a woman aged 64
    # and her grandson aged 9, were injured"; "the three men, all from the village of Skotiau, were killed"
    rf"|\s+[—–]\s[^—–;.]{{1,160}}?\s[—–]"
    # "three members of the VDP, the civilian auxiliaries who fight alongside its forces, died"
    rf"|,\s+(?:an?|the|their|his|her|both|all|most|mostly|aged|one|two|three|four|five|many|several|some)\s[^,;.]{{0,70}},"
    # "A second crewman, injured in August, dies in hospital": an earlier hurt told as an aside, the verb after it
    rf"|,\s+[a-z]{{2,}}ed\s+(?:in|on|at|during|near|by)\s[^,;.]{{1,40}}?,(?=\s+(?:\w+ly\s+)?(?:died|dies|succumbed|was|were|had)\b)"
    rf"|,\s+(?-i:[A-Z])[\w’'. -]{{1,40}}?(?:,\s+\d{{1,2}}|\s+\(\d{{1,2}}\))?"  # "Mr. Simon Haingura (34),"  # "a third youth, Rafiqul Islam, 19, had succumbed"
    # "two of our drivers, Kofi Mensah, 41, and Yao Agbo, 37, were": the dead named in apposition, two by "and"
    rf"(?:,?\s+and\s+(?-i:[A-Z])[\w’'. -]{{1,40}}?(?:,\s+\d{{1,2}}|\s+\(\d{{1,2}}\))?)?,)?"
    rf"(?:\s+(?:from|in|of|at|near)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?[A-Z][\w’'-]+"
    rf"{_PLACE_KIND}(?=(?:{_ACRONYM})?\s+(?:\w+ly\s+|also\s+)?"
    r"(?:were|was|had|have|died|who|that|[a-z]+ing|lost|perished|succumbed|sustained|suffered)\b)"
    rf"(?:{_ACRONYM})?"  # "three fishermen from the town of X lost their lives"
    # "two servicemen of the Border Troops of the State Committee for National Security of the Republic of
    # Tajikistan were killed": a communiqué's full name of a force, capitalised words joined by "of", "for", "and"
    rf"|{_FORCE_NAME}(?=\s+(?:were|was|had|have)\b)"
    # "three residents of a farming hamlet on the Guinean side were wounded"
    rf"|\s+(?:of|from|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?on\s+the\s+[A-Z][\w’'-]+\s+side"
    rf"(?=\s+(?:were|was|had|have)\b))?"
    # "a second man on board had died", "three crew aboard the trawler were injured", "a sailor on one of its patrol
    # vessels had been injured"
    # "two crewmen of a Thai trawler were injured": the craft they serve on
    rf"(?:\s+(?:on\s+board|aboard|(?:on|of|from)(?=\s+(?:one\s+of\s+)?(?:the|an?|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_CRAFT}))"
    rf"(?:\s+(?:one\s+of\s+)?(?:the|a|an|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,2}}?)?"
    rf"(?=\s+(?:were|was|had|have|died|sustained|suffered|[a-z]+ly)\b))?"
    # "two Nepalese peacekeepers with the U.N. mission were killed", "three guards from the border post were hurt": the
    # unit or body a person serves with, in lower case
    rf"{_WITH_UNIT}"
    # "Two civilians travelling in a lorry behind them were also hurt", "Two volunteers from Balti working with a
    # demining team in the Odesa region lost their lives": a participle phrase between noun and verb
    # "a Lithuanian officer who went into the water after him was treated for ...": a relative clause likewise
    # "two army engineers attached to the joint survey team were injured": a past participle of posting likewise
    rf"(?:\s+(?:[a-z]+ing|{_POSTED}|who\s+(?!(?:were|was|had|have|has|are|is)\b)[a-z]+)(?:\s+[\w’'-]+){{0,9}}?"
    rf"(?=\s+(?:were|was|had|have|are|is|died|lost|perished|succumbed|sustained|suffered|paid)\b)"
    # "Two men described by the interior ministry as members of a smuggling network were shot dead", "a truck driver
    # caught in the crossfire was also hurt": a past participle of circumstance or description (not of the outcome)
    rf"|\s+(?!{_PARTICIPLE_OUTCOME})(?:[a-z]{{2,}}ed|caught|trapped)\s+(?:by|in|on|at|as|near|inside|while|during|"
    rf"between|under|aboard|among)\b(?:\s+[\w’'-]+){{1,12}}?(?=\s+(?:were|was|had|have|died|lost|perished|succumbed)\b)"
    rf"|{_AND_THEN_DIED})?"
    # "three more resulted wounded": a translated idiom of Spanish and French releases
    # 'one national "later died of his injuries"', 'two soldiers "were killed in action"': a release quoted from its verb
    rf"\s+(?:(?:who|that)\s+)?[“\"]?(?:(?:were|was|are|is|have|has|had|been|being|also|reportedly|allegedly|"
    rf"all|since|later|resulted|left|(?:believed|thought|said|understood|presumed|reported|known)\s+to\s+have)\s+)*[“\"]?(?:{_ADVERB}\s+)?[“\"]?(?P<v>{_KILLED}|{_INJURED}|{_AMONG})\b")  # “died of his wounds”, “lightly injured”
_RECOVERED = r"(?:recover(?:ed|ing)|retriev(?:ed|ing)|found|finding|discover(?:ed|ing)|pull(?:ed|ing)\s+out|exhum(?:ed|ing))"
_OUTCOME_BEFORE = fastre.guard(re.compile(
    r"(?i)\b(?P<v>(?:claimed|claiming|took|taking|cost|costing)\s+the\s+lives\s+of|lost|losing|"
    # "resulted in the killing of four smugglers", "the injury of a third soldier"
    r"(?:killing|deaths?|loss|wounding|injuring|injur(?:y|ies)|martyrdom)\s+of(?:\s+the)?|"
    r"(?:fatally|mortally)\s+(?:wounding|injuring|shooting|stabbing|wounded|injured|shot)|"  # "fatally wounding two": deaths
    r"killed|killing|kills|martyred|injured|injuring|wounded|wounding|left|leaving|claimed|claiming|"
    # "injuries to two others"; "claimed it had “neutralised” 12 fighters"
    r"(?:injur(?:y|ies)|wounds?)\s+to|neutrali[sz](?:ed|ing)|"
    # "the dead include 15 fighters", "the injured included two nurses": the outcome noun as the subject
    r"(?<=the\s)(?:dead|deceased|killed|injured|wounded|casualties|fatalities)\s+(?:include[sd]?|were)|eliminat(?:ed|ing)|murder(?:ed|ing)|massacr(?:ed|ing)|"
    r"shot\s+dead|gunned\s+down|"
    # "recovered the bodies of two men": police and coast-guard releases count their dead so (not "returned the
    # bodies of", a repatriation of dead already counted: _BODIES)
    rf"{_RECOVERED}\s+(?:the\s+)?bodies\s+of(?:\s+the)?|"
    # "the riposte made it possible to neutralise some fifty terrorists": French releases' "a permis de neutraliser"
    r"made\s+it\s+possible\s+to\s+(?:neutrali[sz]e|eliminate|kill)|"
    r"death\s+toll\s+(?:rose|climbed|stood|reached|rising)(?:\s+(?:to|at))?|toll\s+(?:rose|climbed|stood|reached)(?:\s+(?:to|at))?)"
    # "neutralised, on 3 August 2026, three (03) terrorists": a date or place set off by commas
    r"[”\"’]?(?:,\s+(?:on|in|at|near|during|overnight|last|early|late)\b[^,;.:“”\"]{1,30},)?"
    # "wounding “at least three of the attackers”": the figure quoted from a release
    r"\s+[“\"‘]?(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|as many as|another|an estimated|"
    r"approximately)\s+)?$"))
_TOLL_BEFORE = re.compile(r"(?i)\b(?:death\s+)?toll\b[^.;:]{0,40}?\b(?:at|to|of|reached)\s+$")
# "The death toll from last week's clash between a Vanuatu police patrol boat and Solomon Islands fishing vessels
# near the Torres Islands has risen to three": an update's toll, whose event may take a long noun phrase
_TOLL_ROSE = re.compile(r"(?i)\bdeath\s+toll\b[^.;:]{0,160}?\b(?:(?:has|had)\s+)?(?:risen|rose|climbed|increased|"
                        r"jumped|reached|stands\s+at|stood\s+at)(?:\s+to)?\s+$")
# "put the losses of the Tajik border troops at four dead", "the number of our compatriots who died had risen to six"
_COUNT_OF = re.compile(
    r"(?i)\b(?:put|puts|putting|putt?ing|placed?|estimated?)\s+(?:the\s+|its\s+|their\s+)?(?:number|losses|toll|dead)\b"
    r"[^.;:!?]{0,60}?\bat\s+$"
    # "It brings the number of border guards martyred in the region since January to seven"
    r"|\bthe\s+number\s+of\s+[^.;:!?]{0,50}?\b(?:dead|killed|deaths|died|injured|wounded|casualties|martyred|martyrs)\b"
    r"[^.;:!?]{0,70}?\b(?:at|to|reached|stood\s+at|was|is)\s+$")
_LEFT_DEAD = re.compile(r"(?i)\s+(?P<v>dead|injured|wounded)\b")
# "left two agents of Bolivia's Special Force to Fight Drug Trafficking (FELCN) dead": the rest of the force's name,
# which the state's mention does not cover, before "dead"
_LEFT_NAMED_DEAD = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w’'-]*|of|to|for|the|and|against|de|del|la|y)){0,8}?"
                              r"(?:\s*\([A-Z][\w.&-]{1,12}\))?\s+(?P<v>dead|injured|wounded)\b")
_BREAKDOWN = re.compile(r"(?i)(?:including|among\s+(?:them|whom|the\s+dead|those\s+killed)|of\s+whom|of\s+them)\W*$")
_ATTACKER = re.compile(r"(?i)\s*(?:(?:air|missile|drone|military|artillery|coast\s+guard|mortar|rocket|tank|sniper|"
                       r"naval|gun|cross-border)\s*)?(?:strikes?|shelling|fire|firing|"
                       r"attacks?|missiles?|drones?|bombing|raids?|artillery|retaliation|aggression|offensive|"
                       # "saying Kyrgyz troops fired first and that one resident ... had been killed"
                       # "the Namibian Defence Force opened fire": a force's capitalised name after its demonym
                       r"(?:border\s+|(?:(?-i:[A-Z])[\w-]+\s+){1,2}(?=(?-i:[A-Z])))?"
                       r"(?:troops|forces|force|soldiers|guards|police|gendarmes|patrols?|army|navy)\s+(?:had\s+)?"
                       r"(?:fired|opened\s+fire|shelled|attacked|struck))\b")
# "we could be counting twenty dead", "would have been burying 20": a modal before the count, a gerund between
# (or a few words off: "we would today be counting not five dead", "we could have lost twenty men")
_HYPOTHETICAL = fastre.guard(re.compile(
    r"(?i)\b(?:could|would|might|may)\s+(?:have\s+)?(?:been\s+|be\s+)?(?:[a-z]+ing\s+)?$|"
    r"\b(?:could|would|might)\s+(?:have\s+)?(?:[a-z]+\s+){0,3}?(?:counting|lost|losing|burying|"
    r"mourning)\s+(?:not\s+)?$|\b(?:risk|threaten\w*|feared|fear)\b"))
# "three others were missing", "two went missing", "five were abducted": not casualties (a match at the end of the
# noun phrase; no "^", which would only match at the start of the whole text)
_NOT_CASUALTY = re.compile(r"(?i)\s*(?:were\s+|had\s+been\s+|have\s+been\s+|went\s+|remain(?:ed)?\s+|are\s+(?:still\s+)?)?"
                           r"(?:displaced|evacuated|arrested|detained|captured|missing|held|exchanged|released|rescued|"
                           r"freed|abducted|kidnapped|unaccounted)\b")
# ("the bodies of the two deceased were handed over": the dead counted before)
_BODIES = re.compile(r"(?i)\b(?:bodies|remains)\s+of\s+(?P<the>the\s+)?$")
_BODIES_FOUND = re.compile(rf"(?i)\b{_RECOVERED}\s+(?:the\s+)?(?:bodies|remains)\s+of\s+(?:the\s+)?$")
# "the bodies of three men had been found in woodland": the find told in the passive, after the count
_FOUND_AFTER = re.compile(rf"(?i)\s+(?:(?:had|have|has)\s+)?(?:(?:now|since|already|so\s+far)\s+)?"
                          rf"(?:(?:been|were|was)\s+(?:\w+ly\s+)?{_RECOVERED}|"
                          r"washed\s+(?:up|ashore))\b")  # "the bodies of three more people had washed ashore"
# ... and in the active, before the count: "the group said it had counted nine bodies", "police recovered four bodies"
_FOUND_BEFORE = re.compile(rf"(?i)\b(?:{_RECOVERED}|counted|counting|saw|seen)\s+$")
# "killed 63 smugglers and arrested 212 others": people taken, freed or moved are counted by another verb.
_OTHER_VERB_BEFORE = re.compile(
    r"(?i)\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|captur(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|rescu(?:ed|ing)|"
    r"evacuat(?:ed|ing)|displac(?:ed|ing)|deport(?:ed|ing)|expell(?:ed|ing)|apprehend(?:ed|ing)|(?:re)?patriat(?:ed|ing)|"
    r"releas(?:ed|ing)|freed|freeing|seiz(?:ed|ing)|intercept(?:ed|ing)|return(?:ed|ing))\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|some|another)\s+)?$")
_OF_THEM = re.compile(r"[”\"]?\s+of\s+(?:them|those|whom)\b")  # "“at least 35” of those on board": a count quoted
_TEAM = re.compile(r"\s+of\s+(?:the|its|their|our|a)\s+(?:[\w-]+\s+){0,2}?(?:force|forces|patrol|unit|squad|team|crew|"
                   r"battalion|company|mission|delegation|contingent|detachment|brigade|regiment|platoon|garrison|"
                   r"(?P<band>band|gang|cell|outfit|faction|cartel|group))\b")
_AND_HEAD = re.compile(rf"\s+(?:and|or)\s+(?P<head2>{_PERSON_HEADS})\b(?!\s+of\b)")
_MORE = re.compile(r"\s+more\b")
_OF_ITS_OWN = re.compile(r"\s+of\s+(?:its|their)\s+own\b")
_APPOSITIVE_STATE = re.compile(r",\s+(?:an?|both|all)\s+")
_APPOSITIVE_END = re.compile(r"\s*,|\s+(?:nationals?|citizens?)\s*,")
# (after the clause: "..., all of them Comorian nationals.", "..., both of them Ivorian.")
_ALL_OF_THEM = re.compile(r",\s+(?:all|both)\s+of\s+them\s+")
_NATIONALS_END = re.compile(r"(?:\s+(?:nationals|citizens))?\s*[,.;]")
_BAND_NP = re.compile(r"(?i)\bmembers\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:band|gang|cell|outfit|faction|cartel|group)\b")
# "one officer of Carabineros", "three members of the Volunteers for the Defence of the Homeland (VDP)"
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?")
# "12 al-Shabaab fighters", "two al-Qaeda militants": a named armed group, no state's people
_GROUP_NAME = re.compile(r"\b[Aa]l-[A-Z]")
_SHARE_AT = re.compile(r"\s+(?:at|in|on|near|inside)\s+(?:the\s+)?[A-Z]")
_SUB_NOUN = re.compile(rf"\s+(?:(?:was|were|being)\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?P<head>{_PERSON_HEADS})\b")
_PARTITIVE = re.compile(r"(?i)\bof\s+(?:the|its|their)\s+[^.;]{0,80},\s*(?:[a-z]+\s+){0,3}$")
_PEOPLE_NP = re.compile(rf"(?:[A-Z][\w’'-]+\s+)?(?P<head>{_PERSON_HEADS})\b")
_VERB_OUTCOME = {"killing": "killed", "kills": "killed", "claimed": "killed", "claiming": "killed",
                 "injuring": "injured", "wounding": "injured"}


@dataclass
class _Figure:
    number: Number
    head_start: int
    head_end: int
    population: str | None
    subgroup: str | None
    outcome: str | None
    side: str | None
    end: int
    no_side: bool = False  # members of a band or a named armed group, or the same people as a figure without one
    listed: str | None = None  # "a woman" in a list after a figure: "breakdown", "and" or "comma" (see _listed)
    by_claimant: bool = False  # the side is only the claimant's state, for want of any other (see _side)


def _outcome_word(v: str) -> str:
    v = re.sub(r"\s+", " ", v.lower())
    if v.endswith((" include", " includes", " included", " were")):  # "the dead include", "the injured were"
        return "casualties" if v.startswith("casualt") else "injured" if v.startswith(("injur", "wound")) else "killed"
    if re.search(r"\b(?:fatal|mortal)(?:ly)?\b", v):  # "sustained fatal gunshot wounds", "fatally wounded"
        return "killed"
    if v.endswith((" of", " of the")):  # "the killing of", "the wounding of"
        v = v.split()[0]
        return "injured" if v in ("wounding", "injuring", "injury", "injuries") else "killed"
    if v in _VERB_OUTCOME:
        return _VERB_OUTCOME[v]
    if v.startswith("among "):
        return "injured" if re.search(r"injur|wound", v) else "casualties" if "casualt" in v else "killed"
    # "injuries to two others"; re.I since v is lower-cased and _INJURED names places ("in hospital in Saint John")
    if re.match(_INJURED, v, re.I) or v.startswith(("injur", "wound")):
        return "injured"
    return "killed"


# A situation report's figures as labelled lines: "– Killed, Gabonese side: 6 (Ministry of Health)", "Injured: at
# least 19", "Deaths (Thai side): 4"
_LABELLED = re.compile(r"(?i)[\s–—•*-]*(?P<o>killed|dead|deaths|fatalities|injured|wounded|casualties)"
                       r"(?P<side>(?:,\s*|\s+\(|\s+on\s+the\s+)[^:;()\n]{1,40}?\)?)?\s*:\s*")
_LABEL_OUTCOME = {"killed": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed",
                  "injured": "injured", "wounded": "injured", "casualties": "casualties"}


def _parse(doc: Document, i: int, n: Number) -> _Figure | None:
    """The noun phrase and outcome after a number ("31 civilians were killed"), if it counts people."""
    text, s = doc.text, doc.sentences[i]
    if (label := _LABELLED.fullmatch(text, s.start, n.qual_start)) and not _PHRASE.match(text, n.end, s.end):
        side = _side_in(doc, i, label.start("side"), label.end("side")) if label.group("side") else None
        return _Figure(n, label.start("o"), n.end, "unspecified", None, _LABEL_OUTCOME[label.group("o").lower()], side,
                       n.end)  # the label is the figure's noun phrase: the quote holds it
    wounded = _OF_THE_WOUNDED.match(text, n.end, s.end)
    if wounded:  # "One of the wounded soldiers succumbed to his injuries"
        head = wounded.group("head") or wounded.group("head2")
        population = PEOPLE[head][0] if head else "military" if wounded.group("rank") else "unspecified"
        return _Figure(n, n.end, wounded.end(), population, None, "killed", None,
                       wounded.end())
    aged = _AGE_NOUN.match(text, n.end, s.end)
    after = aged and _OUTCOME_AFTER.match(text, aged.end(), s.end)
    if after:  # "a 19-year-old was shot dead": someone known by an age alone, no soldier (they go by rank)
        young = int(aged.group("age")) < 18
        return _Figure(n, aged.start(), aged.end(), "civilian", "children" if young else None,
                       _outcome_word(after.group("v")), None, after.end())
    m = _PHRASE.match(text, n.end, s.end)
    if (not m or m.group("head") not in PEOPLE) and (counted := _count_of(doc, i, n)):
        return counted
    share = _SHARE_OF.match(text, n.end, s.end)
    if share:  # "four of the 23 fishermen rounded up by the Ugandan officers were injured"
        population, subgroup = PEOPLE[share.group("head")]
        return _Figure(n, share.start("head"), share.end("head"), population, None, _outcome_word(share.group("v")),
                       _side_in(doc, i, share.start("head") - 30, share.end("head")), share.end())
    people = _people_noun(doc, i, n.end)
    team = m and m.group("head").startswith("member") and _TEAM.match(text, m.end(), s.end)
    if team:  # "two (2) members of the force", "four (4) members of the survey team"
        m, team_end = None, team.end()
    body = m and (_body_after(doc, i, m.end("head")) or m.group("force") and _body_after(doc, i, m.end()))
    if m and m.group("head").startswith("member") and not (re.search(r"(?:crew|service)\s+$", m.group("mods")) or m.group("force")
                                                           or body or re.search(r"\bof\s+(?:its|their|our)\s+$", m.group("mods"))):
        # ("four of its members were injured": a union's or an association's own people count)
        m = None  # "members of parliament" count nobody; crew members and members of an army do
    if team:
        military = bool(re.search(r"(?i)forces?|patrol|unit|squad|army|police|guard|battalion|company|contingent|"
                                  r"detachment|brigade|regiment|platoon|garrison", team.group()))
        after = _OUTCOME_AFTER.match(text, team_end, s.end)
        before = not after and _OUTCOME_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start])
        if before and before.group("v").lower() not in ("left", "leaving", "lost", "losing"):
            # "the wounding of three (3) other members of the force"
            band = bool(team.group("band"))  # "the dead include 15 members of the armed group": no state's people
            return _Figure(n, n.end, team_end, "military" if military and not band else "unspecified", None,
                           _outcome_word(before.group("v")), None, team_end, no_side=band)
        if after:  # "three presumed members of the same band": no state's people
            band = bool(team.group("band"))
            population = "military" if military and not band else "civilian" if team.group().endswith("crew") \
                else "unspecified"  # "one member of the Japanese crew died": a crew's side is its flag's
            return _Figure(n, n.end, team_end, population, None, _outcome_word(after.group("v")),
                           None if band else _side_in(doc, i, n.end, team_end), after.end(), no_side=band)
        return None
    if not m and not people:
        return _bare(doc, i, n)
    if people and (not m or people.end >= m.end()):
        head_start, head_end, population, subgroup, mods = people.start, people.end, "unspecified", None, ""
        outcome = None
    else:
        head = m.group("head")
        head_start, head_end, mods = m.start("head"), m.end(), m.group("mods")
        population, subgroup = PEOPLE.get(head, ("unspecified", None)) if not head.startswith("member") else \
            ("military" if m.group("force") or m.group("mods").endswith(("service ", "armed ")) else "civilian", None)
        outcome = OUTCOME_NOUNS.get(head)
        if head in OUTCOME_NOUNS and head not in PEOPLE and not mods.strip():
            population = None  # "seven guards were killed and 20 injured": the same people as before
        for rx, pop in _MODIFIER_RES if mods else ():
            if rx.search(mods):
                population = pop
        both = not body and not m.group("force") and _AND_HEAD.match(text, m.end(), s.end)
        if both:  # "150 Beninese soldiers and civilians have fallen": one count of both
            head_end, subgroup = both.end(), None
            if PEOPLE[both.group("head2")][0] != population:
                population = "unspecified"
        if body:  # the force the people serve in names their side
            head_end = max(head_end, body.end)
            term = lexicon.terms().get(body.text)
            armed = term.actor_type == "armed_forces" if term else bool(_FORCE_END.search(body.text) or
                                                                        re.search(r"(?i)guard$", body.text))
            if armed and (head.startswith("member") or population == "unspecified"):
                population = "military"
            elif head.startswith("member"):
                population = "unspecified"
    end = head_end
    if outcome is None or outcome in ("killed", "injured") and head_end == n.end:
        after = _OUTCOME_AFTER.match(text, head_end, s.end)
        before = _OUTCOME_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start])
        left = _LEFT_DEAD.match(text, head_end, s.end)
        if after and _REDUCED_RELATIVE.match(text, n.end, head_start) and _BARE_PARTICIPLE.fullmatch(
                text, head_end, after.end()):
            pass  # "one of the soldiers wounded on Tuesday remains in hospital": those counted before, described
        elif after:
            outcome, end = _outcome_word(after.group("v")), after.end()
        elif before and before.group("v").lower() in ("left", "leaving"):
            left = left or body and _LEFT_NAMED_DEAD.match(text, head_end, s.end)
            outcome = _outcome_word(left.group("v")) if left else None
        elif before:
            outcome = "killed" if "toll" in before.group("v").lower() else _outcome_word(before.group("v"))
        elif m and m.group("head") == "bodies" and (found := _FOUND_AFTER.match(text, head_end, s.end)):
            outcome, end = "killed", found.end()  # "Eight bodies were recovered from the river": the dead, counted
        elif m and m.group("head") == "bodies" and _FOUND_BEFORE.search(text, max(s.start, n.qual_start - 20),
                                                                        n.qual_start):
            outcome = "killed"
        elif (bodies := _BODIES.search(text, max(s.start, n.qual_start - 20), n.qual_start)) \
                and not bodies.group("the") and (found := _FOUND_AFTER.match(text, head_end, s.end)):
            # "the bodies of three more people had washed ashore" (not "the bodies of the two missing sailors have
            # been recovered": people counted before)
            outcome, end = "killed", found.end()
    side = people.state if people else _side_in(doc, i, n.end, head_end if m.group("force") else head_start)
    if not side and not people and end > head_end and (named := _FORCE_NAME_RE.match(text, head_end, end)):
        side = _side_in(doc, i, head_end, named.end())  # "servicemen of the Border Troops ... of the Republic of X"
    if not people and m.group("head") in OUTCOME_NOUNS and m.group("head") not in PEOPLE \
            and (after_people := _people_noun(doc, i, m.end())):  # "14 wounded Afghans", "three dead Syrians"
        side, head_end, end = after_people.state, after_people.end, max(end, after_people.end)
    elif not people and m.group("head") in OUTCOME_NOUNS and m.group("head") not in PEOPLE \
            and (noun := _PEOPLE_AFTER.match(text, m.end(), s.end)):  # "the 27 wounded soldiers", "three dead civilians"
        population = PEOPLE[noun.group("head")][0] or population
        head_end, end = noun.end(), max(end, noun.end())
        side = side or _side_in(doc, i, n.end, noun.end())
    if not side and (own := _OF_ITS_OWN.match(text, head_end, s.end)):
        # "Beijing admitted to four deaths of its own": the state that speaks of "its own", named before the count in
        # its clause (not the Indian soldiers of the clause before the semicolon)
        lo = max(s.start, text.rfind(";", s.start, n.qual_start) + 1, text.rfind(":", s.start, n.qual_start) + 1)
        subject = next((x for x in reversed(doc.mentions[i]) if lo <= x.start < n.qual_start and x.state
                        and x.kind in ("state", "body", "place")), None)  # "Beijing admitted": a capital speaking
        if subject:
            side, end = subject.state, max(end, own.end())
    if not people and body and not side:
        side = body.state
    if not side and not people and mods:  # "a Blantyre trader", "two Kherson residents": a town named as the modifier
        towns = {_town_state(w.group(), doc.named_states) for w in re.finditer(r"\b[A-Z][\w’'-]+", mods)}
        towns.discard(None)
        side = next(iter(towns)) if len(towns) == 1 else None
    if not side and (appos := _APPOSITIVE_STATE.match(text, head_end, s.end)):
        # "a third man, a Ukrainian, was", "One (1) crew member, a Mauritian national, was", "four survivors, all
        # Mauritian nationals,"
        side = _nationality_at(doc, i, appos.end(), _APPOSITIVE_END)
    if not side and (all_of := _ALL_OF_THEM.search(text, head_end, min(s.end, head_end + 120))):
        # "four bodies have now been recovered from the sea, all of them Comorian nationals."
        side = _nationality_at(doc, i, all_of.end(), _NATIONALS_END)
    if not people and m.group("head") in _NON_STATE:
        side = None  # militants belong to no state side
    stateless = not people and (bool(_GROUP_NAME.search(mods)) or head in ("fighter", "fighters", "cadres", "combatants")
                                and _named_group(doc, i, m.start("mods"), m.end("mods"))
                                # "two armed men": gunmen, of no force and no side (not "armed forces")
                                or mods.endswith("armed ") and head in _GENERIC_HEADS)
    if stateless:
        population = "unspecified"
    aged = _AGE.match(text, head_end, s.end)
    age = aged or (not people and _YEAR_OLD.search(mods))
    if aged:  # "a woman aged 64": the age is part of the noun phrase a list goes on from
        head_end, end = aged.end(), max(end, aged.end())
    if age and int(age.group("age")) < 18:  # "a 14-year-old student", "her grandson aged 9"
        population, subgroup = "civilian", "children"
    if not people and m and m.group("head") in OUTCOME_NOUNS and m.group("head") not in PEOPLE \
            and (who := _WERE_PEOPLE.match(text, head_end, s.end)):  # "at least 30 of the injured were civilians"
        population, subgroup = PEOPLE[who.group("head")]
        end = max(end, who.end())
    return _Figure(n, head_start, head_end, population, subgroup, outcome, None if stateless else side, end,
                   no_side=stateless)


def _nationality_at(doc: Document, i: int, at: int, end: re.Pattern) -> str | None:
    """The state of the mention of sentence i that starts at `at` and that `end` closes: a nationality told in
    apposition ("..., a Mauritian national,")."""
    s = doc.sentences[i]
    return next((x.state for x in doc.mentions[i] if x.start == at and x.state and end.match(doc.text, x.end, s.end)),
                None)


def _town_state(word: str, named: set[str]) -> str | None:
    """The state of a town or province named as a modifier ("a Blantyre trader"), or by its demonym ("a Sabahan
    fisherman", "a Punjabi farmer"), for a state the article names; state demonyms are the lexicon's own mentions."""
    state = places.resolve(word, named)
    for suffix in ("an", "i") if state is None and len(word) > 5 else ():
        if word.endswith(suffix) and (state := places.resolve(word[:-len(suffix)], named)):
            break
    return state


def _named_group(doc: Document, i: int, lo: int, hi: int) -> bool:
    """A name in the noun phrase that is no state's or state body's form: "one Taliban fighter", "two Hezbollah
    fighters" are fighters of a group, not of the state named beside them; "Afghan Taliban fighters" are Afghan."""
    if any(lo <= x.start < hi and x.state for x in doc.mentions[i]):
        return False
    for w in re.finditer(r"\b[A-Z][\w’'-]+", doc.text[lo:hi]):
        at = lo + w.start()
        if not any(x.start <= at < x.end and x.state for x in doc.mentions[i]):
            return True
    return False


def _body_after(doc: Document, i: int, pos: int):
    """A state's force or the state itself named right after the people noun ("one officer of Carabineros",
    "two citizens of the Republic of Moldova")."""
    of = _OF_BODY.match(doc.text, pos)
    if not of:
        return None
    return next((x for x in doc.mentions[i] if x.start == of.end() and x.kind in ("body", "state") and x.state), None)


_OTHER_GAP = re.compile(r"\s*(?:(?:other|more|further|additional)\s+)?")


def _people_noun(doc: Document, i: int, pos: int):
    """A plural demonym right after the number ("thirteen Cambodians", "three other Zambians", "two more Malians")."""
    for x in doc.mentions[i]:
        if x.kind in ("people", "audience") and x.start > pos and _OTHER_GAP.fullmatch(doc.text, pos, x.start):
            return x
    return None


def _bare(doc: Document, i: int, n: Number) -> _Figure | None:
    """A number with no noun: "seventy-eight were injured", "and injured two", "put the death toll at 1,054"."""
    text, s = doc.text, doc.sentences[i]
    of_them = _OF_THEM.match(text, n.end, s.end)
    sub = of_them and _SUB_NOUN.match(text, of_them.end(), s.end)
    if sub:  # "14 people were killed, one of them a child": a share of the figure before
        population, subgroup = PEOPLE[sub.group("head").lower()]
        return _Figure(n, sub.start("head"), sub.end(), population, subgroup, None, None, sub.end())
    if of_them and _SHARE_AT.match(text, of_them.end(), s.end):  # "17 ... died, nine of them at the Kamako crossing"
        return _Figure(n, n.end, of_them.end(), None, None, None, None, of_them.end())
    more = _MORE.match(text, n.end, s.end)  # "and three more were wounded"
    verb_at = of_them.end() if of_them else more.end() if more else n.end
    after = _OUTCOME_AFTER.match(text, verb_at, s.end)
    before = _OUTCOME_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start])
    if after and re.match(r"\s+(?:were|was|had|have|are|resulted)\b|\s+(?:\w+ly\s+)?[“\"]?(?:killed|injured|wounded|dead|died|dies|"
                          r"succumbed|perished|sustained|suffered|paid|made)\b|\s+lost\b|"
                          # "One of them “died of his wounds”", "five (5) sustained injuries", "of those on board had died"
                          r"\s+(?:on\s+board|aboard)\s+(?:had\s+|have\s+)?(?:died|drowned|perished)\b",
                          text[verb_at:after.end()]):
        population, side = None, None
        if of_them or _PARTITIVE.search(text, s.start, n.qual_start):  # "Of the 5,000 Ecuadorian troops ..., 80 were"
            population, side = _antecedent(doc, i, n.qual_start)
        return _Figure(n, n.end, n.end, population, None, _outcome_word(after.group("v")), side, after.end())
    if before and before.group("v").lower() not in ("left", "leaving", "claimed", "claiming", "lost", "losing") \
            and not re.search(r"(?i)\bof(?:\s+the)?$|^(?:neutrali|eliminat)", before.group("v")):
        # "neutralised 77 drones": military jargon for things as much as people, so only with a people noun
        outcome = "killed" if "toll" in before.group("v").lower() else _outcome_word(before.group("v"))
        if of_them and _BAND_NP.search(text, s.start, n.qual_start):
            # "clashed with members of an armed gang ..., killing six of them": no state's people
            return _Figure(n, n.end, of_them.end(), "unspecified", None, outcome, None, of_them.end(), no_side=True)
        return _Figure(n, n.end, n.end, None, None, outcome, None, n.end)
    return _count_of(doc, i, n) or _toll(doc, i, n)


def _count_of(doc: Document, i: int, n: Number) -> _Figure | None:
    """ "put the losses of the Tajik border troops at four dead", "the number of our compatriots who died had risen to six"."""
    text, s = doc.text, doc.sentences[i]
    count_of = _COUNT_OF.search(text, max(s.start, n.qual_start - 140), n.qual_start)
    if count_of:
        window = text[count_of.start():n.qual_start]
        outcome = "injured" if re.search(r"(?i)injur|wound", window) else "killed"
        people = _PEOPLE_NP.search(window)
        population = PEOPLE[people.group("head")][0] if people else "unspecified"
        if population is None or (people and people.group("head") in _NON_STATE):
            population = "unspecified"
        stateless = bool(people and people.group("head") in _NON_STATE)  # "the number of terrorists neutralised"
        side = None if stateless else _side_in(doc, i, count_of.start(), n.qual_start)
        if side is None and not stateless and re.search(r"(?i)\bour\b", window):
            side = doc.own_state()  # "our compatriots": the outlet's own state
        dead = _LEFT_DEAD.match(text, n.end, s.end)
        return _Figure(n, count_of.start(), n.end, population, None, outcome, side, dead.end() if dead else n.end,
                       no_side=stateless)
    return None


_ROSE_AFTER = re.compile(rf"\s+after\s+(?:an?|one|another|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<head>{_PERSON_HEADS})\s+"
                         r"(?:had\s+|has\s+)?(?:died|succumbed)\b")


def _toll(doc: Document, i: int, n: Number) -> _Figure | None:
    text, s = doc.text, doc.sentences[i]
    if _TOLL_BEFORE.search(text[max(s.start, n.qual_start - 60):n.qual_start]) \
            or _TOLL_ROSE.search(text, max(s.start, n.qual_start - 200), n.qual_start):
        # not "the toll from Russian shelling": the attacker's demonym, whose opponent _side finds
        side = next((x.state for x in doc.mentions[i] if n.qual_start - 40 <= x.start < n.qual_start and x.state
                     and x.kind in ("modifier", "state", "body", "place")
                     and not (x.kind == "modifier" and _ATTACKER.match(doc.text, x.end))), None)
        population, end = "unspecified", n.end
        if (rise := _ROSE_AFTER.match(text, n.end, s.end)) and PEOPLE[rise.group("head")][0]:
            # "has risen to three after a wounded fisherman died": the toll counts the people whose death raised it
            population, end = PEOPLE[rise.group("head")][0], rise.end()
            side = side or _side_in(doc, i, rise.start(), rise.end())
        return _Figure(n, n.end, n.end, population, None, "killed", side, end)
    return None


def _antecedent(doc: Document, i: int, pos: int) -> tuple[str | None, str | None]:
    """Population and side of the last people noun before pos, in this sentence or the one before."""
    lo = doc.sentences[i - 1].start if i else doc.sentences[i].start
    found = None
    for found in _PEOPLE_NP.finditer(doc.text, lo, pos):
        pass
    if found is None:
        return None, None
    j = i if found.start() >= doc.sentences[i].start else i - 1
    return PEOPLE[found.group("head")][0], _side_in(doc, j, found.start(), found.end())


def _side_in(doc: Document, i: int, lo: int, hi: int) -> str | None:
    """A state form inside the figure's noun phrase ("Pakistani civilians", "toll in Iran")."""
    for x in doc.mentions[i]:
        if lo <= x.start < hi and x.state and x.kind in ("modifier", "state", "body", "place"):
            return x.state
    return None


# The nouns of one person a count of one is told by ("a Thai soldier", "an Indian fisherman"), for `_SINGULAR` and
# for a person listed beside a figure (`_ONE_NOUNS`)
_ONE_PERSON = ("soldier|civilian|child|woman|man|officer|policeman|serviceman|guard|guardsman|villager|farmer|fisherman|"
               "person|pilgrim|trooper|peacekeeper|sailor|pilot|boy|girl|infant|resident|student|worker|citizen|"
               "national|miner|herder|gendarme|fighter|agent|migrant|trader|shepherd|driver|ranger|jawan|headman|youth|"
               "teenager|journalist|tourist|constable|reservist|marine|seafarer|seaman|crewman|protester|demonstrator|"
               "activist|volunteer|farmworker|labou?rer|vendor|nurse|doctor|medic|teacher|monk|priest|pedestrian|"
               "motorist|commuter|hunter|logger|porter|engineer|crewmate|rating|boatman|ferryman|deminer|rescuer|"
               "paramedic|firefighter|diver|deckhand|hiker|merchant|woodcutter|trucker|contractor|technician|surveyor|"
               "electrician")
# "A Thai soldier was killed", "an Indian fisherman lost his life", "A fifth fisherman reportedly died",
# "A Sri Lanka Navy sailor was injured": one person, the ordinal one more of a count given before.
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_SINGULAR = re.compile(
    # "a young Malian constable", "a young Kenyan policeman": an adjective may come before the nationality too
    rf"(?<![\w-])(?:(?P<a>[Aa]n?(?:\s+(?P<ord>{_ORDINAL}))?|[Aa]nother)\s+(?:(?:[a-z-]+\s+)?(?:[A-Z][\w’'-]+\s+){{1,3}})?"
    r"(?:(?:[a-z-]+|\d{1,2}-year-old)\s+){0,2}"  # "a gendarmerie warrant officer"
    # "a 19-year-old from Mahendranagar was shot dead": an age as the noun
    rf"(?:{_ONE_PERSON}|(?<=crew\s)member|\d{{1,2}}-year-old)"
    # "and his brother was wounded": a relative of one named before
    r"|(?P<kin>(?<=\band\s)(?:his|her|their)\s+(?:\w+\s+)?(?:son|daughter|brother|sister|wife|husband|father|mother|"
    r"grandson|granddaughter|nephew|niece|cousin)))"
    # "a third youth, Rafiqul Islam, 19, had succumbed": a name and an age between the person and the verb;
    # "a shepherd from the nearby village of Akashat was also lightly wounded"
    # "a third man, a Ukrainian, was also killed", "a third person, their neighbour, was taken to hospital with burns"
    r"(?:,\s+(?:[A-Z][\w’'. -]{1,40}?(?:,\s+\d{1,2})?|(?:an?|their|his|her)\s+[\w’'-]+(?:\s+[\w’'-]+)?"
    # "A second crewman, injured in August, dies in hospital": a participle aside, as a timeline tells an earlier hurt
    r"|[a-z]{2,}ed\s+(?:in|on|at|by|during|near)\s+[^,;.]{1,40}?),)?"
    rf"(?:\s+(?:from|of|in|at|near|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?[A-Z][\w’'-]+{_PLACE_KIND}|\s+on\s+board"
    # "a sailor on one of its patrol vessels", "a fisherman aboard the trawler": the craft the person was on
    # "a crewman of a Thai trawler died"
    rf"|\s+(?:on|aboard|on\s+board|of|from)\s+(?:one\s+of\s+)?(?:the|its|their|his|her|an?)\s+(?:[\w-]+\s+){{0,2}}?{_CRAFT})?"
    rf"{_WITH_UNIT}"  # "a second officer from the patrol was injured"
    # "a monk living at the complex was grazed", "an officer who went into the water after him was treated for"
    r"(?:\s+(?:[a-z]+ing|who\s+(?!(?:was|had|has)\b)[a-z]+)(?:\s+[\w’'-]+){0,6}?(?=\s+(?:was|had|has|died)\b)"
    # "a truck driver caught in the crossfire was also hurt": a past participle of circumstance (as _OUTCOME_AFTER)
    rf"|\s+(?!{_PARTICIPLE_OUTCOME})(?:[a-z]{{2,}}ed|caught|trapped)\s+(?:by|in|on|at|as|near|inside|while|during|"
    r"between|under|aboard|among)\b(?:\s+[\w’'-]+){1,8}?(?=\s+(?:was|had|has|died)\b)"
    rf"|{_AND_THEN_DIED})?"
    # "is killed": a timeline's historic present
    rf"(?:\s+(?:was|is|had(?:\s+also)?\s+been|has(?:\s+also)?\s+been)\s+(?:being\s+)?[“\"]?(?:(?:{_ADVERB}|also)\s+){{0,2}}"
    rf"(?:{_KILLED}|{_INJURED})"
    r"|\s+(?:had\s+|has\s+)?(?:(?:\w+ly|also)\s+){0,2}[“\"]?(?:died|dies|lost\s+(?:his|her)\s+life|succumbed|perished|drowned|"
    rf"{_HURT_ESCAPE}|"
    r"fell\s+(?:as\s+an?\s+martyr|in\s+(?:action|combat|battle))|"  # the singular of the communiqué's "fell as martyrs"
    r"(?:paid|made)\s+the\s+(?:ultimate|supreme|highest)\s+(?:price|sacrifice)|"
    r"(?:sustained|suffered|received)\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:injur(?:y|ies)|wounds?|cuts|bruises|concussion|"
    r"fractures?|broken\s+(?:arm|leg|ribs?|hand|foot|jaw|nose|wrist|ankle|collarbone|bones?))))\b")
_RANK = (r"(?:(?:First|Second|Staff|Master|Lance|Chief|Warrant)\s+)?(?:Private(?:\s+(?:First|1st)\s+Class)?|Corporal|Sergeant|Lieutenant|Captain|"
         r"Colonel|Major|Commander|Officer|Constable|Inspector)|Sgt\.|Cpl\.|Pte\.|Lt\.|Capt\.|Col\.")
# "First Sergeant Mahmoud Al-Zyoud was martyred": a named serviceman, a count of one.
_RANKED = fastre.guard(re.compile(
    rf"(?<![\w-])(?P<rank>{_RANK})"
    r"\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?P<v>killed|martyred|shot\s+dead|"
    r"injured|wounded)|(?P<d>died|succumbed|perished|fell\s+as\s+an?\s+martyr))\b"))


# One person in a list beside a figure: "including a woman and three boys", "killed two rangers and a village
# headman", "five Chinese nationals and their Pakistani driver", "two citizens, a woman aged 64 and her grandson".
_ONE_NOUNS = (_ONE_PERSON + "|baby|minor|son|daughter|grandson|granddaughter|wife|husband|mother|father|brother|"
              "sister|coastguard|commando|paratrooper|sergeant|corporal|lieutenant|captain|colonel")
_LISTED = fastre.guard(re.compile(
    # "Among the dead was a 12-year-old girl": the share told in a sentence of its own
    rf"(?:(?P<breakdown>(?i:including|among\s+(?:them|whom|the\s+dead|those\s+killed)|of\s+whom|"
    rf"(?<![\w-])among\s+(?:the|those)\s+(?:dead|killed|injured|wounded|victims)\s+(?:was|were|is|are)))\s+"
    rf"|(?P<and>,?\s+and\s+)|(?P<comma>,\s+))"
    rf"(?P<a>an?|their|his|her)\s+(?=(?:[\w’'-]+\s+){{0,3}}?(?:{_ONE_NOUNS})\b)"))
_AGE = re.compile(r"\s+aged\s+(?P<age>\d{1,3})(?:\s+years?(?:\s+old)?)?\b")
# "a 19-year-old was shot dead", "a 19-year-old from Mahendranagar": an age as the noun, not "a 14-year-old student"
_AGE_NOUN = re.compile(r"\s+(?P<age>\d{1,2})-year-old\b(?!\s+(?!(?:from|of|in|at|near|on|was|were|had|has|who)\b)[a-z])")
_YEAR_OLD = re.compile(r"\b(?P<age>\d{1,2})-year-old\b")


def _listed(doc: Document, i: int) -> tuple[list[Number], dict[int, str]]:
    """One person named in a list beside a figure: a count of one, and how the list joins it."""
    s, out, how = doc.sentences[i], [], {}
    for m in _LISTED.finditer(doc.text, s.start, s.end):
        out.append(Number(1, "exact", m.start("a"), m.end("a"), m.start("a")))
        how[m.start("a")] = next(k for k in ("breakdown", "and", "comma") if m.group(k))
    return out, how


def _attach_listed(doc: Document, figures: list) -> None:
    """A listed person counts only as part of the figure it is listed with: the object of the same verb ("killed two
    rangers and a village headman") or a breakdown of it; a lone "and his wife" is nobody's figure."""
    prev = None
    for k, f in enumerate(figures):
        if f is not None and f.listed in ("and", "comma"):
            gap = doc.text[prev.head_end:f.number.qual_start] if prev else ""
            if prev is None or not re.fullmatch(r"\s*,?\s+and\s+" if f.listed == "and" else
                                                r"(?:\s+of\s+[^,;.]{1,40})?\s*,\s+", gap):
                figures[k] = None
                continue
            if f.listed == "and" and f.outcome is None and prev.outcome and prev.end == prev.head_end:
                f.outcome = prev.outcome  # "a roadside bomb killed two rangers and a village headman"
        if figures[k] is not None:
            prev = figures[k]


# "killed three men and wounded a teenage boy", "killing a woman": one person as the object of an outcome verb
# "the death of an Omani citizen", "the wounding of a shepherd": the noun of the verb likewise
_VERB_ONE = re.compile(rf"\b(?:killed|killing|wounded|wounding|injured|injuring|shot\s+dead|"
                       rf"(?:death|killing|wounding|injuring|injury|martyrdom)\s+of)\s+(?P<a>an?)\s+"
                       rf"(?=(?:[\w’'-]+\s+){{0,2}}?(?:{_ONE_NOUNS})\b(?![’']s\b))")  # not "a soldier’s career"


# "one guard was injured and the attacker was shot dead": a lone attacker, a count of one by the definite article
_THE_ATTACKER = re.compile(r"(?<![\w-])(?P<a>[Tt]he)\s+(?:lone\s+|suspected\s+)?(?:attacker|gunman|assailant)\s+"
                           r"(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead|neutrali[sz]ed)\b")


# "the injured man had died in hospital", "the wounded Thai soldier later succumbed": one of those counted as hurt
# has since died, a death of its own (never "the injured man was treated", the same hurt told again)
_THE_WOUNDED_DIED = re.compile(
    rf"(?<![\w-])(?P<a>[Tt]he\s+(?:injured|wounded))\s+(?:[A-Z][\w’'-]+\s+){{0,2}}(?:[a-z-]+\s+)?(?:{_ONE_NOUNS})"
    r"(?=\s+(?:(?:had|has|later|subsequently|also|then)\s+){0,2}(?:died|succumbed)\b)")


# "Two Kenyan fishermen were shot dead and another seriously injured": one more of the people just counted, the verb
# left out ("and another was wounded" is read with the ordinals, _ORDINAL_AT)
# (not "another wounded soldier": the outcome word ends a clause or leads to its circumstances)
_AND_ANOTHER = re.compile(r"(?<=\band\s)(?P<a>another)(?=\s+(?:\w+ly\s+)?(?:injured|wounded|hurt|killed)"
                          r"(?:\s*[,.;:]|\s+(?:when|in|by|and|as|after|during|on|at|near|while|but)\b))")


def _singulars(doc: Document, i: int) -> list[Number]:
    """ "A Thai soldier was killed", "wounded a teenage boy": a count of one."""
    s, out = doc.sentences[i], []
    for m in _SINGULAR.finditer(doc.text, s.start, s.end):
        a, b = m.span("a") if m.group("a") else (m.start("kin"), m.start("kin") + len(m.group("kin").split()[0]))
        out.append(Number(1, "exact", a, b, a))
    out += [Number(1, "exact", m.start("a"), m.end("a"), m.start("a"))
            for m in _THE_ATTACKER.finditer(doc.text, s.start, s.end)]
    out += [Number(1, "exact", m.start("a"), m.end("a"), m.start("a"))
            for m in _THE_WOUNDED_DIED.finditer(doc.text, s.start, s.end)]
    out += [Number(1, "exact", m.start("a"), m.end("a"), m.start("a"))
            for m in _AND_ANOTHER.finditer(doc.text, s.start, s.end)]
    taken = {n.start for n in out}
    for m in _VERB_ONE.finditer(doc.text, s.start, s.end):
        if m.start("a") not in taken:
            out.append(Number(1, "exact", m.start("a"), m.end("a"), m.start("a")))
    return out


def _ranges(doc: Document, i: int, nums: list[Number]) -> list[Number]:
    """ "Between 35 and 40", "35 to 40", "35–40": at least the lower end, one number."""
    out, skip = [], set()
    for k, n in enumerate(nums):
        if k in skip:
            continue
        nxt = nums[k + 1] if k + 1 < len(nums) else None
        gap = doc.text[n.end:nxt.qual_start] if nxt else ""
        # a dash joins figures written alike ("35–40"), not a dateline's day to a count ("Nov 3 - Five soldiers")
        mixed = nxt is not None and doc.text[n.start].isdigit() != doc.text[nxt.start].isdigit()
        if nxt and re.fullmatch(r"\s*(?:[-–—]|to|and)\s*", gap) and nxt.value > n.value \
                and not (mixed and gap.strip() in "-–—") and (
                gap.strip() in "-–—to" or re.search(r"(?i)\bbetween\s+$", doc.text[max(0, n.qual_start - 9):n.qual_start])):
            start = n.qual_start - 8 if doc.text[n.qual_start - 8:n.qual_start].lower().strip() == "between" else n.qual_start
            out.append(Number(n.value, "at_least", n.start, nxt.end, start))
            skip.add(k + 1)
        else:
            out.append(n)
    return out


# "Kallio, 29, was killed on 28 September": a person named with an age, a count of one.
_NAMED_AGE = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|al|bin|de|van|von)){0,3}),\s+\d{1,2},\s+"
    r"(?:(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?P<v>killed|shot\s+dead|murdered|martyred|injured|wounded)"
    r"|(?:had\s+|has\s+)?(?P<d>died|succumbed|perished))\b")


def _named(doc: Document, i: int, nums: list[Number], figures: list) -> None:
    """ "Kallio, 29, was killed": one person, when no figure of the sentence covers the name."""
    s = doc.sentences[i]
    for m in _NAMED_AGE.finditer(doc.text, s.start, s.end):
        if m.group("name").split()[0] in lexicon.NAME_STOPWORDS or any(
                f and f.number.qual_start < m.end() and m.start() < f.end for f in figures):
            continue
        n = Number(1, "exact", m.start(), m.start(), m.start())
        outcome = "killed" if m.group("d") else _outcome_word(m.group("v"))
        k = next((k for k, x in enumerate(nums) if x.start > m.start()), len(nums))
        nums.insert(k, n)
        figures.insert(k, _Figure(n, m.start(), m.end("name"), "unspecified", None, outcome, None, m.end()))


# "three men had been executed and a fourth wounded", "two soldiers were killed and a third was hurt": one more of
# the people just counted, the noun left out; "one of its officers died and another was seriously wounded" (the verb
# must follow at once: not "and another wounded soldier").
_ELLIPTIC = re.compile(rf"\band\s+(?P<a>an?\s+(?:{_ORDINAL})|another(?=\s+(?:was|had\s+been|has\s+been)\s))\s+"
                       # "and another was taken to the Regional Hospital of Corumbá with gunshot wounds"
                       rf"(?:(?:was|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?(?P<v>killed|shot\s+dead|{_INJURED})\b")

# "killing three fishermen and wounding a fourth": the verb before the ordinal (not "wounding another five", a count)
_ELLIPTIC_VERB = re.compile(rf"\band\s+(?P<v>killing|wounding|injuring)\s+(?P<a>an?\s+(?:{_ORDINAL})|another)\b"
                            r"(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozen|several|few|many)\b)")


def _elliptic(doc: Document, i: int, nums: list[Number], figures: list) -> None:
    """ "... and a fourth wounded": a count of one after a figure of the same sentence, whose people it shares."""
    s = doc.sentences[i]
    for m in (*_ELLIPTIC.finditer(doc.text, s.start, s.end), *_ELLIPTIC_VERB.finditer(doc.text, s.start, s.end)):
        k = next((k for k, x in enumerate(nums) if x.start > m.start()), len(nums))
        if not any(f is not None for f in figures[:k]):
            continue  # no figure before it to count on from
        n = Number(1, "exact", m.start("a"), m.end("a"), m.start("a"))
        nums.insert(k, n)
        figures.insert(k, _Figure(n, m.start("a"), m.end("a"), None, None, _outcome_word(m.group("v")), None, m.end()))


# a name may carry lower-case particles: "Fahd bin Saad Al-Qahtani", "João dos Santos", "Pieter van der Berg"
_PARTICLE = r"(?:(?:bin|bint|ibn|ben|bou|al|el|de|da|di|do|dos|das|du|van|von|der|den|del|la|le)\s+){0,2}"
_RANK_NAME = rf"(?:{_RANK})\s+[A-Z][\w’'-]+(?:\s+{_PARTICLE}[A-Z][\w’'-]+){{0,4}}"
# "The attack resulted in the martyrdom of Warrant Officer Hassan Al-Issawi and Corporal Ali Jabbar": one per name
_RANKED_OF = re.compile(
    rf"(?P<v>martyrdom|killing|deaths?|wounding|injur(?:y|ies)\s+to)\s+of\s+(?P<names>{_RANK_NAME}"
    rf"(?:(?:,\s+|,?\s+and\s+){_RANK_NAME})*)")

_RANK_START = re.compile(rf"(?:^|,\s+|\s+and\s+)(?:{_RANK})\s")  # each name of _RANKED_OF's list


def _ranked(doc: Document, i: int, nums: list[Number], figures: list) -> None:
    """ "First Sergeant Mahmoud Al-Zyoud was martyred": one serviceman, when the sentence gives no figure of its own;
    "the martyrdom of Warrant Officer X and Corporal Y": as many as it names."""
    s = doc.sentences[i]
    for m in _RANKED_OF.finditer(doc.text, s.start, s.end):
        if any(f and f.number.qual_start < m.end() and m.start() < f.end for f in figures):
            continue
        count = len(_RANK_START.findall(m.group("names")))
        n = Number(count, "exact", m.start("names"), m.start("names"), m.start("names"))
        k = next((k for k, x in enumerate(nums) if x.start > m.start()), len(nums))
        nums.insert(k, n)
        figures.insert(k, _Figure(n, m.start("names"), m.end(), "military", None, _outcome_word(m.group("v")), None,
                                  m.end()))
    if any(f and f.number.value == 1 and f.population == "military" for f in figures):
        return
    for m in _RANKED.finditer(doc.text, s.start, s.end):
        if any(f and f.number.qual_start < m.end() and m.start() < f.end for f in figures):
            continue
        n = Number(1, "exact", m.start(), m.start(), m.start())
        outcome = "killed" if m.group("d") else _outcome_word(m.group("v"))
        k = next((k for k, x in enumerate(nums) if x.start > m.start()), len(nums))
        nums.insert(k, n)
        figures.insert(k, _Figure(n, m.start(), m.end("rank"), "military", None, outcome, None, m.end()))


def extract(doc: Document, source_id: str | None) -> list[Hit]:
    hits: list[Hit] = []
    in_body: list[Hit] = []  # the hits so far outside the headline block
    figs: dict[int, _Figure] = {}
    pending: dict[int, tuple[Hit, bool]] = {}  # a figure that continues one still without a side
    heads = doc.headlines
    outcome = _outcome_sentences(doc)
    unknown_origin = _origin_unknown(doc)
    for i, s in enumerate(doc.sentences):
        if not outcome[i]:
            continue  # every figure needs an outcome word in its own sentence
        nums = doc.numbers(i)
        if nums:  # only a number can fall inside a date
            dates = doc.dates(i)
            nums = [n for n in nums if not any(d.start <= n.start < d.end for d in dates)]
        ones = _singulars(doc, i)
        listed, how = _listed(doc, i)
        listed = [n for n in listed if not any(o.start == n.start for o in ones)]  # "a fisherman was injured" is one
        how = {n.start: how[n.start] for n in listed}
        ones += listed
        nums = _ranges(doc, i, sorted(nums + ones, key=lambda n: n.start))
        figures = [_parse(doc, i, n) for n in nums]
        if _nationality_withheld(doc, i):  # "A truck driver was also hurt, he said, without giving his nationality"
            for f in figures:
                if f is not None:
                    f.side, f.no_side = None, True
        elif unknown_origin:  # "... Their nationalities had not been confirmed by Tuesday", paragraphs later
            for f in figures:
                if f is not None and f.side is None and f.population != "military":
                    f.no_side = True
        for f in figures:
            if f is not None and f.number.value == 1 and f.number.start in how:
                f.listed = how[f.number.start]
        _attach_listed(doc, figures)
        _ranked(doc, i, nums, figures)
        _named(doc, i, nums, figures)
        _elliptic(doc, i, nums, figures)
        _gapped(doc, i, nums, figures)
        _share(doc, nums, figures)
        found = _figures_of_sentence(doc, i, figures, source_id, _among_parent(doc, i, hits), figs)
        orphans = _inherit_sides(doc, i, found, in_body, figs, pending)
        found = [h for h in found if id(h) not in orphans]
        _rows_follow(found, source_id)
        found = _without_restatements(doc, found, hits, figs)
        hits.extend(found)
        if i not in heads:
            in_body.extend(found)
    for h in hits:  # "Two of our traders ... were shot dead. Five others were wounded." and only later a side
        prior, generic = pending.get(id(h), (None, False))
        if prior and h.fields["side_state"] is None and prior.fields["side_state"]:
            _continue_side(h, prior, generic)
    _victims_named_before(doc, in_body, figs)
    return _without_headline_repeats(_without_vague_repeats(hits), heads)


def _victims_named_before(doc: Document, hits: list[Hit], figs: dict) -> None:
    """A count of people the text has already given a nationality, told by a claimant of the other party, is theirs,
    not the claimant's: "Three Nigerian nationals were killed in Jeppestown ... . South African police put the toll
    at two" (Nigeria's dead, as Pretoria counts them)."""
    pair = doc.article_pair
    for k, h in enumerate(hits):
        f, fig = h.fields, figs.get(id(h))
        if fig is None or f["subgroup"] or f["population"] == "military" or not pair or f["side_state"] not in pair:
            continue
        head = doc.text[fig.head_start:fig.head_end].lower().split()
        if not fig.by_claimant or head and head[-1] not in _RECOUNT_HEADS or any(
                x.kind == "modifier" and x.state == f["side_state"] and x.start > fig.number.end
                for x in doc.mentions[h.sentence]):
            continue  # "two people have drowned ..., both Lithuanian anglers": the claimant's own, named so
        other = pair[1] if f["side_state"] == pair[0] else pair[0]
        if any(not p.fields["subgroup"] and p.fields["side_state"] == other and p.fields["outcome"] == f["outcome"]
               and p.fields["population"] != "military" for p in hits[:k]):
            f["side_state"] = other


def _rows_follow(found: list[Hit], source_id: str | None) -> None:
    """Breakdown rows take the side their main figure got after them ("Five other people, including a 14-year-old
    student, were hurt": the five continue an earlier figure, and so does the student)."""
    main = None
    for h in found:
        if not h.fields["subgroup"]:
            main = h
        elif main is not None and h.fields["side_state"] != main.fields["side_state"]:
            h.fields["side_state"] = main.fields["side_state"]
            h.fields["parent_figure_id"] = figure_id(main.fields, source_id)


_DEFINITE = re.compile(r"(?i)\b(?:the|those|these)\s+$")
# "Two officers were injured. One officer suffered a broken collarbone and another head injuries": the injuries of
# the two, shared out, not one more person
# (not "One sailor was killed and another was injured", a correction's new count of its own: the other half has
# no verb of its own, only the injury)
_ONE_AND_OTHER = re.compile(r"(?i)[^.;:]{0,120}?(?:,\s*|\s+)(?:and|while|whereas|but)\s+(?:the\s+other|another)\s+"
                            r"(?!(?:was|were|is|had|has|suffered|sustained|received|died|\w+ed)\b)[a-z]")


def _without_restatements(doc: Document, found: list[Hit], before: list[Hit], figs: dict) -> list[Hit]:
    """ "The two injured are receiving treatment", "the three men, all from Skotiau, were shot dead": a definite
    count names people already counted. It is dropped when an earlier figure has that count and outcome, and only
    lends that figure the side it lacks."""
    out = []
    for h in found:
        f = figs.get(id(h))
        prior = f and not h.fields["subgroup"] and _DEFINITE.search(doc.text, max(0, f.number.qual_start - 8),
                                                                     f.number.qual_start) \
            and next((p for p in reversed(before) if not p.fields["subgroup"] and p.fields["count"] == h.fields["count"]
                      and p.fields["outcome"] == h.fields["outcome"]), None)
        if not prior and f and h.fields["count"] == 1 and doc.text[f.number.start:f.number.end].lower() == "one" \
                and _ONE_AND_OTHER.match(doc.text, f.end):  # bounded by its own [^.;:]
            last = next((p for p in reversed(before) if not p.fields["subgroup"]), None)
            if last and last.fields["count"] == 2 and last.fields["outcome"] == h.fields["outcome"]:
                prior = last
        if not prior:
            out.append(h)
        elif prior.fields["side_state"] is None and h.fields["side_state"]:
            prior.fields["side_state"] = h.fields["side_state"]
    return out


def _without_headline_repeats(hits: list[Hit], heads: set[int]) -> list[Hit]:
    """ "Seven herders killed in Mali border incident" over a body that gives the seven: the body's figure only."""
    body = {(h.fields["count"], h.fields["outcome"]) for h in hits if h.sentence not in heads}
    totals: dict[tuple[int, str], int] = {}  # "Bomb kills three" over "killed two rangers and a village headman"
    for h in hits:
        if h.sentence not in heads and not h.fields["subgroup"]:
            key = (h.sentence, h.fields["outcome"])
            totals[key] = totals.get(key, 0) + h.fields["count"]
    body |= {(count, outcome) for (_, outcome), count in totals.items()}
    return [h for h in hits if h.sentence not in heads or (h.fields["count"], h.fields["outcome"]) not in body]


_NON_STATE_RE = re.compile(rf"(?i)\b(?:{'|'.join(sorted(_NON_STATE))})\b")
_GAP = re.compile(r"\s*,?\s+and\s+(?:the\s+)?$")
_ORDINALS = {w: k for k, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), 2)}
_ORDINAL_AT = re.compile(rf"(?i)(?:an?\s+{_ORDINAL}|another)\b")


def _gapped(doc: Document, i: int, nums: list[Number], figures: list) -> None:
    """ "Bolivia lost about 56,000 men and Paraguay about 36,000": the second count borrows the first's verb."""
    for k in range(1, len(nums)):
        prev = figures[k - 1]
        if figures[k] is not None or prev is None or prev.outcome is None:
            continue
        state = next((x for x in doc.mentions[i] if x.kind == "state" and x.state and x.state != prev.side
                      and prev.end <= x.start and x.end <= nums[k].qual_start
                      and not doc.text[x.end:nums[k].qual_start].strip()), None)
        if state and _GAP.search(doc.text, prev.end, state.start):
            figures[k] = _Figure(nums[k], nums[k].end, nums[k].end, prev.population, prev.subgroup, prev.outcome,
                                 state.state, nums[k].end)
        elif (cmp := _COMPARED.search(doc.text, max(prev.end, nums[k].qual_start - 90), nums[k].qual_start)) \
                and not re.search(r"[;:.]", doc.text[prev.end:nums[k].qual_start]) and not 1900 <= nums[k].value <= 2100 \
                and not _REVISED.search(cmp.group()):  # "27 drowned, ..., up from 19 a day earlier": a toll superseded
            # "25 civilians were killed in 2025, against 30 in the previous year": the same people, another period
            figures[k] = _Figure(nums[k], nums[k].end, nums[k].end, prev.population, prev.subgroup, prev.outcome,
                                 prev.side, nums[k].end)


_COMPARED = re.compile(r"(?i)(?:,\s*|\s+)(?:against|compared\s+(?:with|to)|up\s+from|down\s+from|versus)\s+$")
_REVISED = re.compile(r"(?i)\b(?:up|down)\s+from\b")
_CONTINUES = re.compile(rf"(?i)\b(?:others?|more|further|additional|another|{_ORDINAL})\b")
# A share of people already counted, named by a passive participle with no auxiliary ("one of the soldiers wounded
# on Tuesday", "two of the fishermen hurt in the collision"): a reduced relative clause, not a new figure.
_REDUCED_RELATIVE = re.compile(r"\s+of\s+(?:the|those)\b")
_BARE_PARTICIPLE = re.compile(r"\s+(?:killed|wounded|injured|hurt|shot\s+dead)")
# "One of the wounded soldiers succumbed", "One of the soldiers wounded on Tuesday, Sergeant X, succumbed"
_OF_THE_WOUNDED = re.compile(
    rf"\s+of\s+the\s+(?:(?:wounded|injured)(?:\s+(?P<head>{_PEOPLE_HEADS}))?"
    rf"|(?P<head2>{_PEOPLE_HEADS})\s+(?:wounded|injured)\b[^.;:]{{0,80}}?)"
    # "One of the injured, Sergeant X, later succumbed": the man named in apposition (his rank names him military)
    r"(?:,\s+(?:(?P<rank>" + _RANK + r")\s)?[^,;.]{1,60},)?"
    r"\s+(?:(?:had|has|later|also|subsequently|then)\s+)*"
    r"(?:died|succumbed|perished)\b")
# the people an outcome noun counted are named by a copula after it: "30 of the injured were civilians", "most of
# the dead were soldiers" (not "were civilian", an adjective of something else)
_WERE_PEOPLE = re.compile(rf"\s+(?:were|was)\s+(?:all\s+)?(?P<head>{_PERSON_HEADS})\b(?!\s+(?:of|from|who|whose)\b)")
_OF_OUTCOME = re.compile(r"(?i)\s+of\s+(?:the|those)\s+(?P<o>dead|killed|injured|wounded|casualties|fatalities)\b")
_INCLUDE = re.compile(r"(?i)\bthe\s+(?P<o>dead|deceased|killed|injured|wounded|casualties|fatalities)\s+(?:include[sd]?|were)\b")
_GENERIC_HEADS = frozenset("others other man men people person persons".split())
# The bare nouns or tolls another claimant counts the same dead by: "South African police put the toll at two",
# "Nouakchott says only two men died"
_RECOUNT_HEADS = _GENERIC_HEADS | {"toll", "number", "figure", "tally", "dead", "deaths", "killed", "injured", "wounded"}


def _continue_side(h: Hit, prior: Hit, generic: bool) -> None:
    h.fields["side_state"] = prior.fields["side_state"]
    if generic and h.fields["population"] == "unspecified":  # "Five others": the people of the figure before
        h.fields["population"] = prior.fields["population"]


_RESTATED = re.compile(r"(?i)\bput\s+(?:the\s+|its\s+|their\s+)?(?:number|figure|tally)\s+at\s+$")
_OUTCOME_WORD = re.compile(r"(?i)kill|dead|death|die[ds]?\b|martyr|injur|wound|hurt|casualt|fatalit|toll")
# "put the toll higher, at seven", "gave a lower figure of two": a count that contests one given before
_CONTESTED = re.compile(r"(?i)\b(?:toll|figure|number)\s+(?:even\s+|much\s+|far\s+)?(?:higher|lower)\b"
                        r"|\b(?:higher|lower)\s+(?:death\s+)?(?:toll|figure)\b")


def _inherit_sides(doc: Document, i: int, found: list[Hit], before: list[Hit], figs: dict | None = None,
                   pending: dict | None = None) -> set[int]:
    """A figure with no side of its own takes the side of the people it continues; returns the ids of the hits
    that count no one ("put the number at three" after no figure).

    "A fourth villager reportedly died": the latest figure of those people. "A Jordanian citizen was killed
    ... and two other citizens were injured": the figure before it in the sentence.
    """
    orphans: set[int] = set()
    for k, h in enumerate(found):
        f = h.fields
        if f["side_state"] or f["subgroup"]:
            continue
        text = doc.text[h.lo:h.hi]
        fig = (figs or {}).get(id(h))
        if fig and fig.no_side:
            continue  # "and one Hezbollah fighter": not the side of the guards before
        if fig and _OF_THE_WOUNDED.match(doc.text, fig.number.end):  # the latest figure of wounded
            prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                          and p.fields["outcome"] == "injured"), None)
            if prior and prior.fields["side_state"]:
                f["side_state"] = prior.fields["side_state"]
            continue
        share = fig and (_OF_OUTCOME.match(doc.text, fig.number.end)
                         or _INCLUDE.search(doc.text, doc.sentences[h.sentence].start, fig.number.qual_start))
        if share:
            # "30 of the injured were civilians", "the dead include eight civilians": a share of a total told
            # before, whose side it has; the latest figure of that outcome
            outcome = OUTCOME_NOUNS[share.group("o").lower()]
            prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                          and p.fields["side_state"] and outcome in (p.fields["outcome"], "casualties")), None)
            if prior:
                f["side_state"] = prior.fields["side_state"]
            continue
        if fig and _RESTATED.search(doc.text, doc.sentences[h.sentence].start, fig.number.qual_start) \
                and not _OUTCOME_WORD.search(doc.sentences[h.sentence].text):
            # "Two engineers were injured ... . Local media put the number at three.": those people, counted again
            prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                          and p.sentence >= h.sentence - 1), None)
            if prior:
                for key in ("side_state", "population", "outcome"):
                    f[key] = prior.fields[key]
            else:
                orphans.add(id(h))  # a number of nothing counted before: no figure
            continue
        if fig and _CONTESTED.search(doc.text, doc.sentences[h.sentence].start, fig.number.qual_start):
            # "The provincial government said four villagers were shot dead. Residents put the toll higher, at
            # seven": another count of the same dead, of their side and population
            prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                          and p.fields["outcome"] == f["outcome"]), None)
            if prior:
                f["side_state"] = prior.fields["side_state"]
                for row in [h, *itertools.takewhile(lambda r: r.fields["subgroup"], found[k + 1:])]:
                    if row.fields["population"] == "unspecified":  # and the rows of its breakdown
                        row.fields["population"] = prior.fields["population"]
                continue
        if fig and _CONTINUES.search(doc.text, fig.number.end, max(fig.head_end, fig.number.end)):
            # "Five others were wounded", "two other herders", "ten more fishermen", "a second guard": the latest
            # figure of those people (of any people, for "others" and "a fourth man") before it.
            generic = doc.text[fig.head_start:fig.head_end].lower() in _GENERIC_HEADS
            prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                          and (generic or p.fields["population"] == f["population"])), None)
            if prior and prior.fields["side_state"]:
                _continue_side(h, prior, generic)
            elif prior and pending is not None:  # the side may come later: "the Ministry says the two women ..."
                pending[id(h)] = (prior, generic)
            continue
        if _ORDINAL_AT.match(doc.text, h.lo) or _ORDINAL_AT.match(text):
            # "A fourth man was wounded" after "three villagers were killed": a man counts on from any people
            generic = bool(fig) and doc.text[fig.head_start:fig.head_end].lower() in _GENERIC_HEADS
            priors = [p for p in reversed(before + found[:k]) if p.fields["side_state"] and not p.fields["subgroup"]
                      and (generic or p.fields["population"] == f["population"])]
            # "Two residents of Plauru were killed ... A third person was taken to hospital": the figure of two
            nth = _ORDINAL_AT.match(doc.text, h.lo) or _ORDINAL_AT.match(text)
            place = _ORDINALS.get(nth.group().split()[-1].lower())
            prior = next((p for p in priors if place and p.fields["count"] == place - 1), priors[0] if priors else None)
        else:
            prior = next((p for p in reversed(found[:k]) if p.fields["side_state"] and not p.fields["subgroup"]
                          and p.fields["claimant"] == f["claimant"] and p.hi <= h.hi
                          and re.search(r"\band\b", doc.text[p.lo:h.hi])
                          and not _NON_STATE_RE.search(doc.text, p.hi, h.hi)), None)
            if prior is None and fig and _ALSO.search(doc.text, fig.head_end, max(fig.end, fig.head_end)):
                # "... and the wounding of three other members of the force. A shepherd from the nearby village was
                # also lightly wounded": one more hurt in the incident just told, on the side it happened on
                para = doc.sentences[i].paragraph
                prior = next((p for p in reversed(before + found[:k]) if not p.fields["subgroup"]
                              and doc.sentences[p.sentence].paragraph == para), None)
                prior = prior if prior and prior.fields["side_state"] and prior.fields["outcome"] == f["outcome"] \
                    and not _NON_STATE_RE.search(doc.text, h.lo, h.hi) else None
        if prior:
            f["side_state"] = prior.fields["side_state"]
    return orphans


_ALSO = re.compile(r"(?i)\b(?:was|were|had|has|have)\s+(?:been\s+)?also\b|\balso\s+(?:been\s+)?(?:\w+ly\s+)?"
                   r"(?:killed|wounded|injured|hurt|died)\b")
_ANY_OUTCOME = re.compile(r"(?i)kill|dead|deceased|death|die[ds]?\b|martyr|injur|wound|hurt|grazed|casualt|fatalit|fatally|mortally|toll|li(?:fe|ves)|"
                          r"slain|perish|succumb|shot|eliminat|neutrali|shahadat|loss\s+of|killing\s+of|drown|fell|fallen|treated\s+for|"
                          r"murder|massacr|assassinat|lynch|behead|to\s+death|execut|fractur|burns|bodies|treatment,?\s+for|broken\s+(?:arm|leg|rib|hand|"
                          r"foot|jaw|nose|wrist|ankle|collarbone|bone)|(?:ultimate|supreme|highest)\s+(?:price|sacrifice)|"
                          # "Local media put the number at three": a count of the people of the figure before
                          r"\bput\s+(?:the\s+)?(?:number|figure|tally)\s+at\b|"
                          # "an agent was struck by a rock and treated at the scene" (see _INJURED)
                          r"(?:struck|hit)\s+by\s+(?:an?\s+)?(?:\w+\s+)?(?:rock|stone|brick|bullet|pellet|shrapnel|fragment|"
                          r"debris|projectile|ricochet|round)|treated\s+(?:at\s+the\s+scene|by\s+(?:paramedics|medics))|"
                          r"lacerat|"
                          r"recovering\s+(?:at|in)\s+(?:(?:a|the)\s+)?(?:[\w’'-]+\s+){0,4}?hospital|"
                          # "are receiving treatment", "were in hospital in Mahikeng" (see _INJURED)
                          r"(?:receiving|undergoing)\s+(?:medical\s+)?treatment|in\s+(?:(?:a|the)\s+)?hospital\b|"
                          # "the army said it had lost four soldiers": a side's own dead, counted after the verb
                          # 'it had lost "no more than three" men': any qualifier of numbers.py, a quote before it
                          r"\blos(?:t|ing)\s+[“\"]?(?:(?:at\s+least|about|some|more\s+than|nearly|around|another|up\s+to|"
                          r"as\s+many\s+as|(?:no\s+)?(?:more|fewer|less)\s+than|over|an\s+estimated|approximately)\s+)?"
                          r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b)")
# The regex above, tried at every position of every sentence, was a sixth of all casualty time. Substring search
# on the folded article decides the same for all sentences at once: each of these words is an alternative of its
# own, and the other alternatives all contain "die", "loss", "treated", "lost", "losing", "treatment", "hospital",
# "struck by" or "hit by", which still go to the regex ("diet", "loss of", "lost ground", "hit by shelling", "in
# hospital staff"). The fold maps what (?i) matches to ASCII: the dotted and dotless i by hand, the long s and the
# Kelvin sign by casefold; a fold that changes the length ("ß" -> "ss") would shift offsets and might make a word the
# regex would not see, so such a text goes to the regex sentence by sentence.
_OUTCOME_WORDS = ("kill", "dead", "deceased", "death", "martyr", "injur", "wound", "hurt", "grazed", "casualt", "fatalit",
                  "fatally", "mortally", "toll",
                  "life", "lives", "slain", "perish", "succumb", "shot", "eliminat", "neutrali", "shahadat", "drown",
                  "fell", "fallen", "murder", "massacr", "assassinat", "lynch", "behead", "execut", "fractur", "burns",
                  "bodies", "ultimate price", "supreme price", "highest price", "ultimate sacrifice", "supreme sacrifice")
_OUTCOME_MAYBE = ("die", "loss", "treated", "lost", "losing", "number", "figure", "tally", "broken", "treatment",
                  "hospital", "struck by", "hit by", "lacerat")
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i"})


def _outcome_sentences(doc: Document) -> list[bool]:
    """Whether each sentence has an outcome word (_ANY_OUTCOME), as found in one pass over the article."""
    text, sentences = doc.text, doc.sentences
    low = (text.translate(_FOLD) if "\u0130" in text or "\u0131" in text else text).casefold()
    if len(low) != len(text):
        return [bool(_ANY_OUTCOME.search(s.text)) for s in sentences]
    starts = [s.start for s in sentences]
    flag = [0] * len(sentences)  # 2: an outcome word; 1: a word the regex must confirm
    for level, words in ((2, _OUTCOME_WORDS), (1, _OUTCOME_MAYBE)):
        for w in words:
            at = low.find(w)
            while at != -1:
                j = bisect_right(starts, at) - 1
                if j >= 0 and at + len(w) <= sentences[j].end and flag[j] < level:
                    flag[j] = level
                at = low.find(w, at + 1)
    return [f == 2 or f == 1 and bool(_ANY_OUTCOME.search(s.text)) for f, s in zip(flag, sentences)]


_AMONG_START = re.compile(r"(?i)among\s+(?:the|those)\s+(?P<who>(?:[\w-]+\s+){1,3}?)(?:was|were|is|are)\s")


def _among_parent(doc: Document, i: int, hits: list[Hit]) -> Hit | None:
    """ "Among the martyred personnel was one officer": a share of the latest figure of those people."""
    among = _AMONG_START.match(doc.text, doc.sentences[i].start, doc.sentences[i].end)
    if not among:
        return None
    who = among.group("who").lower()
    outcome = "injured" if re.search(r"injur|wound|hurt", who) else "killed"
    population = ("military" if re.search(r"personnel|soldiers|troops|servicemen|military|officers", who)
                  else "civilian" if "civilian" in who else None)
    return next((h for h in reversed(hits) if not h.fields["subgroup"] and h.fields["outcome"] == outcome
                 and population in (None, h.fields["population"])), None)


def _without_vague_repeats(hits: list[Hit]) -> list[Hit]:
    """A headline's "3 killed" is the body's "at least three Thai civilians were killed": keep the specific one. Not
    when both are dated apart: "two men were shot dead on Monday" is no repeat of "2 police officers have been killed
    since January 2024"."""
    placed: dict[tuple, set] = {}
    for h in hits:
        if h.fields["side_state"] and not h.fields["subgroup"]:
            placed.setdefault((h.fields["count"], h.fields["outcome"]), set()).add(h.fields.get("date_start"))
    return [h for h in hits if h.fields["side_state"] or h.fields["population"] != "unspecified" or h.fields["subgroup"]
            or (days := placed.get((h.fields["count"], h.fields["outcome"]))) is None
            or h.fields.get("date_start") is not None and None not in days and h.fields["date_start"] not in days]


def _share(doc: Document, nums: list[Number], figures: list) -> None:
    """Coordinated figures share what only one of them states."""
    for k in range(len(nums) - 2, -1, -1):  # "40 civilian and 113 military casualties"
        if figures[k] is None and figures[k + 1] is not None:
            m = _SHARED.match(doc.text, nums[k].end, nums[k + 1].qual_start + 1)
            if m and m.end() == nums[k + 1].qual_start:
                nxt = figures[k + 1]
                mods = (m.group("mods") or "").strip()
                figures[k] = _Figure(nums[k], nxt.head_start, nxt.head_end, _MODIFIERS.get(mods, nxt.population),
                                     nxt.subgroup, nxt.outcome, nxt.side, nxt.end)
    for k in range(1, len(nums)):  # "gunmen killed two soldiers and three civilians": one verb, two objects
        f, prev = figures[k], figures[k - 1]
        if f and prev and f.outcome is None and prev.outcome and prev.end == prev.head_end and re.fullmatch(
                r"\s*,?\s+and\s+", doc.text[prev.head_end:nums[k].qual_start]):
            f.outcome, f.end = prev.outcome, max(f.end, f.head_end)
    for k in range(len(nums) - 2, -1, -1):  # "14 civilians and 15 soldiers had been killed"
        f, nxt = figures[k], figures[k + 1]
        if f and nxt and f.outcome is None and nxt.outcome and not _OF_THEM.match(doc.text, f.number.end) and re.fullmatch(
                r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", doc.text[f.head_end:nxt.number.qual_start]):
            # not "five killed, two of them children, and nine injured": the two are a share of the five
            f.outcome, f.end = nxt.outcome, nxt.end
            head = doc.text[f.head_start:f.head_end]
            if head not in _NON_STATE and head not in _STATELESS:  # not "two smugglers and a Liberian officer"
                f.side = f.side or nxt.side


def _figures_of_sentence(doc: Document, i: int, figures: list, source_id: str | None,
                         parent: Hit | None = None, figs: dict | None = None) -> list[Hit]:
    hits, main, main_fig, last_row = [], parent, None, None
    for f in figures:
        if f is None:
            continue
        lead_from = last_row if last_row is not None else (main_fig.head_end if main_fig else f.number.qual_start)
        lead = doc.text[lead_from:f.number.qual_start]
        in_breakdown = bool(main is parent and parent) or bool(main and main_fig and (_BREAKDOWN.search(lead.strip(" —–-,(:")) or re.fullmatch(r"\s*[—–(:]\s*", lead) or
                                      f.listed == "comma" or
                                      _OF_THEM.match(doc.text, f.number.end) and (f.subgroup is not None or  # "one of them a child"
                                      re.fullmatch(r"[\s,—–(:]*", doc.text[max(main_fig.end, lead_from):f.number.qual_start])) or
                                      (last_row is not None and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", lead)
                                       # not "five killed, two of them children, and nine injured": its own outcome
                                       and f.outcome in (None, main.fields["outcome"]))))
        if f.outcome is None and (in_breakdown or (main and f.population is None)):
            f.outcome = main.fields["outcome"]
        same_people = f.population is None and main is not None and not f.side
        if f.population is None:  # "and seventy-eight were injured": the same people as before
            f.population = main.fields["population"] if main else "unspecified"
            f.side = f.side or (main.fields["side_state"] if main else None)
        if f.listed and in_breakdown and f.subgroup is None and f.outcome is not None and not _excluded(doc, i, f):
            # "including his driver" is no figure of its own, but the list goes on: "Two Chadian civilians, a
            # herder and his son aged 12, lost their lives" has the son as a row
            last_row = f.head_end
            continue
        if f.outcome is None or _excluded(doc, i, f) or (f.listed and in_breakdown and f.subgroup is None):
            last_row = None  # "including a woman" is a row
            continue
        row = in_breakdown and f.subgroup is not None
        if row and f.listed == "comma" and main.fields["count"] == 1:
            continue  # "One of the occupants, a man aged about 35, ...": the one person described, no share of him
        if same_people and not f.side:  # "Two of our policemen were killed and three wounded": no other guess
            f.no_side = True
        hit = _hit(doc, i, f, main if row else None, source_id, inherit=main if in_breakdown else None)
        hits.append(hit)
        if figs is not None:
            figs[id(hit)] = f
        last_row = f.end if in_breakdown else None
        if not in_breakdown:
            main, main_fig = hit, f
    return hits


# "no one was hurt" counts nobody; nor do "none of the tanker's 23 crew were hurt", "neither of the two guards"
_NEGATED = re.compile(r"(?i)\bno\s+$|\b(?:none|neither)\s+of\s+(?:(?:the|its|their|our|his|her|these|those)\s+)?"
                      r"(?:[\w’'-]+['’]s\s+)?$")
# A toll that rose "after" more died: those are the rise, counted in the new toll, never a figure to add.
_INCREMENT = re.compile(r"(?i)\b(?:rose|risen|climbed|increased|went\s+up|jumped)\s+to\b[^.;:]{0,100}?"
                        r"\b(?:after|when|as)\s+(?:(?:another|a\s+further|at\s+least)\s+)?$")


# A toll given earlier in the sentence, which "one more" death after it explains
_TOLL_STATED = re.compile(r"(?i)\b(?:toll|number|tally)\b[^.;:]{0,100}?\b(?:at|to)\s+[\w,]+\b[^.;:]{0,80}$")


# "An earlier navy statement, issued before the crew had been accounted for, had said two sailors were killed": a figure
# its own source has since revised, superseded and not a competing claim
_SUPERSEDED = re.compile(r"(?i)\b(?:an?|the|its|their)\s+(?:earlier|initial|first|previous|original)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:statement|report|version|figure|toll|count|estimate|bulletin|tally|communiqu[eé])\b"
                         r"[^.;:]{0,90}?\bhad\s+(?:said|given|put|reported|stated|claimed)\b[^.;:]{0,40}$")
# A wire's correction line, "(Corrects toll in paragraph 1 to one killed, from two killed)": the corrected figure is the
# story's own and the wrong one withdrawn; neither is a figure of its own
_CORRECTION_LINE = re.compile(r"\(?\s*(?:Corrects|Correcting|Refiles\s+to\s+correct)\b")
# "Correction: an earlier entry said eight sailors were injured", "an earlier version of this story said": the
# outlet's own earlier text, withdrawn (a live blog's entry or post, a story's version)
_OWN_EARLIER = re.compile(r"(?i)\b(?:an?|the|our)\s+(?:earlier|previous|original)\s+(?:entry|post|update|version"
                          r"(?:\s+of\s+this\s+(?:story|article|report|blog))?)\s+(?:had\s+)?(?:said|stated|reported|gave|put)\b"
                          r"[^.;:]{0,40}$")

# "Three of the nine crewmen lost their lives": the second count is the group the first is taken from; the verb is
# the share's, not the group's (but "two of the five soldiers killed were officers": a participle, five killed)
_GROUP_OF = re.compile(rf"(?i)(?<![\w-])(?:\d[\d,]*|{NUMBER_WORDS})\s+of\s+(?:the|its|their|our|these|those)\s+$")
_FINITE_AFTER = re.compile(r"(?i)(?:\s+(?:on\s+board|aboard|on|of|from|in|at)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
                           r"\s+(?:(?:also|all|later|reportedly|allegedly)\s+)?(?:were|was|had|have|has|are|is|lost|died|"
                           r"perished|succumbed|drowned)\b")


def _excluded(doc: Document, i: int, f: _Figure) -> bool:
    s = doc.sentences[i]
    if _CORRECTION_LINE.match(doc.text, s.start, s.end) or _SUPERSEDED.search(
            doc.text, max(s.start, f.number.qual_start - 160), f.number.qual_start) or _OWN_EARLIER.search(
            doc.text, max(s.start, f.number.qual_start - 80), f.number.qual_start):
        return True
    before = doc.text[max(s.start, f.number.qual_start - 40):f.number.qual_start]
    if _GROUP_OF.search(before) and _FINITE_AFTER.match(doc.text, f.head_end):
        return True
    if _INCREMENT.search(doc.text, max(s.start, f.number.qual_start - 160), f.number.qual_start):
        return True  # "rose to seven on Tuesday after two of the wounded died": the rise, inside the seven
    if (_MORE.match(doc.text, f.number.end, f.head_start + 1) or re.search(r"(?i)\b(?:another|a\s+further)\s+$", before)) \
            and _TOLL_STATED.search(doc.text, max(s.start, f.number.qual_start - 200), f.number.qual_start):
        return True  # "put the number of its dead at six, saying that one more engineer had succumbed": the rise
    return bool(_NEGATED.search(before) or _HYPOTHETICAL.search(before) or _OTHER_VERB_BEFORE.search(before) or _HYPOTHETICAL.search(doc.text, f.number.qual_start, f.end)
                or _NOT_CASUALTY.match(doc.text, f.head_end, s.end)
                or _BODIES.search(before) and not _BODIES_FOUND.search(before)
                and not any(_FOUND_AFTER.match(doc.text, at) for at in (f.head_end, max(f.end, f.head_end))))


# A clause about another event: ", a day after the PM held talks ...", ", while ...", ", before ..."
_LATER_EVENT = re.compile(r",\s+(?:(?:(?:a|an|one|two|three|four|five|several|\w+)\s+)?(?:days?|weeks?|hours?|months?)\s+)?"
                          r"(?:after|before|while|as|when)\b")
_BOTH_SIDES = re.compile(r"(?i)(?:\s+(?:were|had\s+been|have\s+been|killed|died|wounded|injured))?"
                         r"\s+(?:on|from|of)\s+(?:both|each|either|all)\s+sides\b")


_NO_NATIONALITY = re.compile(r"(?i)\b(?:without\s+(?:giving|naming|specifying|stating|disclosing)\s+(?:his|her|their|the)\s+"
                             r"(?:victims?['’]?\s+)?nationalit(?:y|ies)|nationalit(?:y|ies)\s+(?:was|were|is|are|has|have)\s+"
                             r"(?:not|yet\s+to)\s+(?:immediately\s+)?(?:been\s+)?(?:given|known|disclosed|released|established|"
                             r"clear|be\s+established))")
# "... said seven miners were treated for gunshot wounds. Their nationalities were not known.": the next sentence
# withholds the nationality of the people just counted
_NEXT_NO_NATIONALITY = re.compile(r"(?i)\s*(?:their|his|her|the\s+(?:victims?|dead|injured|wounded)['’]?s?)\s+"
                                  r"nationalit(?:y|ies)\s+(?:was|were|is|are|has|have)\s+(?:not|yet\s+to)\b")


def _side(doc: Document, i: int, f: _Figure, claimant_state: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """The side whose people the figure counts, and the span that says so."""
    if f.side:
        return f.side, None
    if f.no_side or _BOTH_SIDES.match(doc.text, max(f.end, f.head_end)):
        return None, None  # "killed at least five soldiers on both sides": a toll of no one side
    if _OF_THE_WOUNDED.match(doc.text, f.number.end):
        return None, None  # "one of the wounded soldiers succumbed": the side of those wounded, set after
    head = doc.text[f.head_start:f.head_end].split()
    if head and (head[0] in _NON_STATE or head[0] in _STATELESS):
        return None, None  # "two migrants had died ... on the Belarusian side": migrants of no stated nationality
    s = doc.sentences[i]
    if head and head[0] in ("people", "persons") and _stateless_before(doc, i, f.number.start):
        return None, None  # "a bus carrying migrants overturned ..., killing 11 people": the people are the migrants
    _, c_end = doc.clause_bounds(i, f.number.start)
    located = _located(doc, i)
    force = _FORCE_S.match(doc.text, f.number.end, s.end)
    if force and (state := doc.office_state(i, f.number.start, force.group("body"))):
        return state, None  # "two of the coast guard's officers": the force the text has named with its state
    flag = _OF_CRAFT.match(doc.text, f.head_end, s.end)
    if flag:  # "a crewman of a Taiwanese longliner", "two sailors aboard the Thai trawler": the craft's flag
        x = next((x for x in doc.mentions[i] if x.kind == "modifier" and x.state
                  and flag.start() < x.start < flag.end()), None)
        if x:
            return x.state, (x.start, x.end)
    if (crewed := _crew_flag(doc, i, f)):
        return crewed
    origin = _FROM.match(doc.text, f.head_end, s.end)
    if origin:  # "two fishermen from Al-Khawkhah", "a shepherd from Moulhoule": where the people come from
        x = next((x for x in located if x.start == origin.end() and x.state and x.kind in ("place", "state")), None)
        if x:
            return x.state, (x.start, x.end)
    origin = _FROM_DEMONYM_PLACE.match(doc.text, f.head_end, s.end)
    if origin:  # "a shepherd from the Azerbaijani village of Yalama": the demonym names the place's state
        x = next((x for x in doc.mentions[i] if x.start == origin.end() and x.kind == "modifier" and x.state), None)
        if x and _PLACE_TYPE_AFTER.match(doc.text, x.end):
            return x.state, (x.start, x.end)
    for x in located:
        if x.start >= f.end and x.start < min(s.end, c_end + 40) and x.state:
            gap = doc.text[f.end:x.start]
            if re.match(r"\s+side\b", doc.text[x.end:x.end + 6]) and re.search(r"(?i)\bon\s+(?:the\s+)?$", gap):
                return x.state, (x.start, x.end + 5)
            if x.kind == "place" and re.search(r"(?i)\b(?:in|across)\s+(?:the\s+)?$", gap) and len(gap) < 40 \
                    and not _SERVING.search(gap):
                return x.state, (x.start, x.end)
    # "three residents of a farming hamlet on the Guinean side were wounded": also inside the noun phrase
    sides = {x.state: x for x in doc.mentions[i] if x.state and (x.end <= f.number.qual_start
                                                                 or f.number.end <= x.start < f.end)
             and re.match(r"\s+side\b", doc.text[x.end:x.end + 6])
             and re.search(r"(?i)\bon\s+(?:the\s+)?$", doc.text[max(s.start, x.start - 8):x.start])}
    if len(sides) == 1:  # "The sub-prefect of Darak, on the Cameroonian side of the lake, said six fishermen ..."
        x = next(iter(sides.values()))
        return x.state, (x.start, x.end + 5)
    # "the police say only two of the traders were hurt": "of the" points back to people the text has named, with
    # their nationality ("Nigerian traders ..."): theirs, not the speaker's
    if _OF_THE.fullmatch(doc.text, f.number.end, f.head_start) \
            and (named := _named_before(doc, i, f)):
        return named
    # "one of his officers", said by a police spokesman or a commander: the speaker's own people, like "its"; with no
    # speaker of a known state, "his" is rather the man named before ("Two of his crewmates", _inherit_sides)
    if claimant_state and _HIS.match(doc.text, f.number.end, f.head_end):
        return claimant_state, None
    if re.search(r"(?i)\b(?:its|our)\s+(?:own\s+)?$", doc.text[max(s.start, f.number.qual_start - 20):f.number.qual_start]) \
            or re.search(r"^\s+(?:\w+\s+)?of\s+(?:its|our)\b", doc.text[f.number.end:f.head_end]) \
            or re.match(r"\s+of\s+(?:its|our)\b", doc.text[f.number.end:f.number.end + 10]) \
            or re.match(r"\s+of\s+(?:its|our)\s+own\b", doc.text[f.head_end:f.head_end + 14]):  # "four deaths of its own"
        own = claimant_state or _own_side(doc, i, f)
        # "Two of our traders were shot dead by men in the uniform of the Togolese gendarmerie": when the outlet's
        # state is not known, "our" people are at least not the attackers'; no guess from the states it names most.
        return (own, None) if own else (_attacked_side(doc, i, f, claimant_state) or (None, None))
    lost = next((x for x in doc.mentions[i] if x.kind in ("state", "body") and x.state
                 and _LOST.fullmatch(doc.text, x.end, f.number.qual_start)), None)
    if lost:  # "Bolivia lost about 56,000 men"
        return lost.state, (lost.start, lost.end)
    if claimant_state and _IT_LOST.search(doc.text, max(s.start, f.number.qual_start - 30), f.number.qual_start):
        return claimant_state, None  # "the FARDC said it had lost four soldiers": the speaker's own dead
    struck = _struck_place(doc, i, located, f)
    if struck:  # "a grenade attack in Bujumbura that killed three people": the people of the place struck
        return struck
    attacked = _attacked_side(doc, i, f, claimant_state)
    if attacked:
        return attacked
    # not a place of a later clause: "killed two rangers in Rueso, a day after the PM held talks in Putrajaya"
    places = [x for x in located if x.kind == "place" and x.state and not (x.actor_id or "").islower()
              and x.start < c_end
              and not re.search(r"(?i)\bfrom\s+(?:the\s+)?$", doc.text[max(0, x.start - 10):x.start])  # "smugglers from Syria"
              and not _SERVING.search(doc.text, min(f.end, x.start), x.start)
              and not (x.start < f.number.qual_start and _CARER_IN.search(doc.text, max(s.start, x.start - 30), x.start))]
    named = {x.state for x in doc.mentions[i] if x.state and x.kind in ("state", "body", "modifier")}
    if len({x.state for x in places}) == 1 and named <= {places[0].state}:  # not "signed in Moscow by Moldova and Russia"
        return places[0].state, (places[0].start, places[0].end)
    where = next((x for x in doc.mentions[i] if x.kind == "modifier" and f.end <= x.start < c_end
                  and _PLACE_NOUN_AFTER.match(doc.text, x.end)), None)
    if where and claimant_state is None:  # "when mortar rounds hit the Thai village of Wang Takhian"
        return where.state, (where.start, where.end)
    enemy = _ENEMY_SIDE.search(doc.text, max(s.start, f.number.qual_start - 60), f.number.qual_start)
    if enemy or claimant_state is None and _JARGON_BEFORE.search(doc.text, max(s.start, f.number.qual_start - 30),
                                                                f.number.qual_start) \
            or claimant_state is None and _JARGON.search(doc.text, f.head_end, max(f.end, f.head_end)):
        # "On the adversary's side, eleven (11) elements were neutralised": a communiqué's count of its enemy's dead,
        # the other party of the article's conflict (or no side), never its own
        own, pair = claimant_state or doc.own_state(), doc.conflict_pair
        if own and pair and own in pair:
            return (pair[1] if own == pair[0] else pair[0]), None
        # with no conflict pair, only a side the text calls the enemy's is the other state it names most; those a
        # force "neutralised" may be rebels of no state ("Seven (7) of them were neutralised")
        return (enemy and own and not pair and (doc.sole_other_state(own) or doc.home_state(exclude=own)) or None), None
    if claimant_state is None and f.population == "military" and (unit := _unit_attacked(doc, i)):
        return unit  # "a Thai patrol came under fire ... . A ranger was killed": before the article's own state
    if claimant_state is None and f.population == "military" and not _NON_STATE_RE.search(doc.text, f.number.end, f.end):
        # "Three (3) other soldiers were wounded" in the army's own release: soldiers with no flag are the
        # article's own, when its state is a party to the fighting.
        own, pair = doc.own_state(), doc.conflict_pair
        # "It claimed the lives of some 90,000 soldiers: Bolivia lost ...", but not a state of a later clause ("...,
        # a day after the PM held talks with his Malaysian counterpart")
        later = _LATER_EVENT.search(doc.text, f.end, s.end)
        others = any(x.state and x.state != own and x.kind in ("state", "modifier", "body", "place", "people")
                     and x.start < (later.start() if later else s.end) for x in doc.mentions[i])
        if own and (pair is None or own in pair) and not others:
            return own, None
    if _BODIES_FOUND.search(doc.text, max(s.start, f.number.qual_start - 40), f.number.qual_start) \
            or doc.text[f.head_start:f.head_end] == "bodies" and _FOUND_AFTER.match(doc.text, f.head_end, s.end):
        return None, None  # "the Haitian police says it has recovered the bodies of two men": not the finder's own dead
    if f.population != "military" and not _shot_by_speaker(doc, i, f) and (named_before := _named_before(doc, i, f)):
        # "Bujumbura says two Burundian traders were killed ... ; a Ugandan police spokesman said one trader had
        # died": the nationality the text gave those people outranks the speaker's (not for soldiers, whose speaker
        # is often their own army)
        return named_before
    if claimant_state is None and (speaker := _speaker_demonym(doc, i, f)):
        if _A_FORCE_FIRED.search(doc.text, speaker[1][1], f.number.qual_start):
            return None, None  # "The Congolese armed forces said ... a patrol had fired on a boat and one person died"
        return speaker
    if claimant_state is None and (office := _office_place(doc, i) or _pronoun_office(doc, i)):
        return office
    if claimant_state is None and (police := _bare_police(doc, i, f)):
        return police
    if claimant_state is None and (named_before := _named_before(doc, i, f)):
        return named_before  # "a group of Namibian fishermen was fired upon ... . One fisherman lost his life"
    if claimant_state is None and (own := _residents_of_own_state(doc, i, f)):
        return own, None
    if claimant_state and _shot_by_speaker(doc, i, f):
        # "guardsmen had “neutralised two illegal miners”", "the FARDC said a patrol had fired on a boat ... and that
        # one person died": the people the speaker's force shot at are not the speaker's own
        return None, None
    if claimant_state and f.population in ("unspecified", "civilian") and _WRECK.search(s.text) \
            and not any(x.kind in ("modifier", "people") and x.state and x.start > f.number.end
                        and re.match(r"\s+[a-z]", doc.text[x.end:x.end + 3]) for x in doc.mentions[i]):
        # "27 people drowned when the boat overturned, the Malaysian agency said": its rescuers', not the dead's
        # (unless the dead are named some state's: "two people have drowned ..., both Lithuanian anglers")
        return None, None
    f.by_claimant = claimant_state is not None
    return claimant_state, None


# "47 members of the Defence Forces have died in the service of peace in Lebanon": where troops serve abroad is not
# whose they are
# "four others were wounded and are being treated in Novorossiysk": where the wounded are cared for is not whose
# ("medically evacuated ... to a hospital in Nassau": the hospital named between)
_TREATED_IN = re.compile(r"(?i)\b(?:treated|treatment|hospitali[sz]ed|admitted|recovering|evacuated|airlifted|flown|"
                         r"transferred|taken|to\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:hospital|clinic))\b")
# "A spokesman told reporters in Bangkok that ... one person on the vessel was hurt": where the speaker spoke
_SPOKEN_IN = re.compile(r"(?i)\b(?:told(?:\s+[\w-]+){0,2}?|said|says|speaking|spoke|briefed\s+[\w-]+|"
                        r"(?:news\s+|press\s+)?(?:conference|briefing|statement))\s+in\s+(?:the\s+)?$")
_SERVING = re.compile(r"(?i)\b(?:serv(?:ing|ice|ed)|deployed|deployment|stationed|posted|peacekeep\w*)\b")
# "A local doctor in Rožaje told this newspaper he had treated three wounded", "The district hospital in Karakol said
# it had admitted four": the town of those who treat the wounded, speaking, is not whose the wounded are
_CARER_IN = re.compile(r"(?i)\b(?:hospital|clinic|infirmary|doctors?|medics?|physicians?|surgeons?)\s+(?:in|at)\s+(?:the\s+)?$")
_OF_THE = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:[a-z][\w-]*\s+)?")
# A boat lost at sea: the agency that counts the drowned is the rescuer's, not the dead's
_HIS = re.compile(r"(?i)\s+(?:\w+\s+)?of\s+(?:his|her)\b")
_WRECK = re.compile(r"(?i)\b(?:capsiz\w*|overturn\w*|sank|sunk|sinking|drown\w*|shipwreck\w*)\b")


# "... the Royal Papua New Guinea Constabulary was counting the dead in Enga. Police said on Monday that at least 26
# people had been killed": a bare "Police said" of a bulletin is the force the text has just named.
_BARE_POLICE = re.compile(r"(?<![\w-])[Pp]olice\s+(?:(?:also|later|earlier|now)\s+)?"
                          r"(?:said|say|says|reported|confirmed)\b")
_POLICE_NAMED = re.compile(r"(?i)\s*(?:(?:national|state|federal|border|regional|provincial)\s+)?"
                           r"(?:police|constabulary|gendarmerie)\b")


def _bare_police(doc: Document, i: int, f: _Figure) -> tuple[str, tuple[int, int]] | None:
    """The state of the one police force named in the two sentences before a bare "Police said"."""
    s = doc.sentences[i]
    said = _BARE_POLICE.search(doc.text, s.start, f.number.qual_start)
    if not said or any(x.state for x in doc.mentions[i] if x.start < f.number.qual_start):
        return None  # "Ghanaian police said", or a state named beside the figure: not this
    for j in (i - 1, i - 2):
        if j < 0:
            break
        forces = {x.state: x for x in doc.mentions[j] if x.state and x.kind in ("state", "body", "modifier")
                  and (_POLICE_NAMED.match(doc.text, x.end) or _POLICE_NAMED.match(x.text.split()[-1]))}
        if forces:
            x = next(iter(forces.values()))
            return (x.state, (x.start, x.end)) if len(forces) == 1 else None
    return None


_A_FORCE_FIRED = re.compile(r"(?i)\b(?:an?|its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:patrols?|forces|troops|"
                            r"soldiers|guards?|units?|police|army|navy|gendarmes)\s+(?:had\s+|have\s+|has\s+)?"
                            r"(?:fired|opened\s+fire|shot)\b")


# Military jargon for enemies a force killed ("neutralised two miners", "six were eliminated"): the people are
# never the speaking force's own.
_JARGON = re.compile(r"(?i)\bneutrali[sz]|\beliminat")
_ENEMY_SIDE = re.compile(r"(?i)\b(?:adversary|enemy|opposing)(?:['’]s)?\s+side\b|\b(?:enemy|adversary)\s+(?:losses|casualties)\b")
_JARGON_BEFORE = re.compile(r"(?i)\b(?:neutrali[sz]|eliminat)\w*[”\"’]?\s+[“\"]?$")


# A speaker known by the town or province it serves: "Anbar's health directorate", "Odesa regional governor",
# "Kasese district police commander", "the Djugu civil society coordination", "residents of Sokh", "the mayor of
# Sidakan". Its people are that state's, as a claimant's are.
_OFFICE = (r"(?:governor|commissioner|mayor|(?:sub-)?prefect|police|health|officials?|authorities|administration|"
           r"administrator|council|civil\s+society|residents|inhabitants|elders|chairman|directorate|"
           r"association|union|society|forum)")  # "the Kenya Transporters Association"
_OFFICE_PLACE = re.compile(
    rf"(?P<a>(?!The\b)[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
    rf"(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?|\s+(?:(?:regional|district|county|provincial|state|local|city|municipal|"
    rf"[A-Z][\w-]+)\s+){{0,2}})(?i:{_OFFICE})\b"
    rf"|\b(?i:{_OFFICE})\s+of\s+(?:the\s+)?(?P<b>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)")


_PRONOUN = re.compile(r"(?i)\b(?:he|she|they)\b")
_PRONOUN_SAYS = re.compile(r"(?i)\b(?:he|she|it|they)\s+(?:also\s+|later\s+|earlier\s+)?"
                           r"(?:said|says|told|added|reported)\b")


def _pronoun_office(doc: Document, i: int) -> tuple[str, tuple[int, int]] | None:
    """ "Odesa regional governor Oleh Kiper says the toll has risen to eight. Twenty-two people were wounded, he
    said": a pronoun speaker is the office named in a sentence before, in the same paragraph."""
    s = doc.sentences[i]
    if not _PRONOUN_SAYS.search(doc.text, s.start, s.end):
        return None
    # "... governor Taras Hnatyuk now says the toll has risen to eight. Earlier he had given a figure of six.
    # Twenty-two people were wounded, he said": back over sentences that go on about him by a pronoun; not over
    # "A Moscow-installed official, Vladimir Saldo, disputed the account", whose man is the nearer antecedent
    for j in range(i - 1, max(-1, i - 4), -1):
        if doc.sentences[j].paragraph != s.paragraph:
            return None
        office = _office_place(doc, j)
        if office:
            return office[0], None
        if not _PRONOUN.search(doc.sentences[j].text):
            return None
    return None


def _office_place(doc: Document, i: int) -> tuple[str, tuple[int, int]] | None:
    """The one state whose town or province names a speaker's office in sentence i."""
    s, found = doc.sentences[i], {}
    for m in _OFFICE_PLACE.finditer(doc.text, s.start, s.end):
        g = "a" if m.group("a") else "b"
        name = m.group(g)
        for cand in (name, name.split()[0]):
            term = lexicon.terms().get(cand)
            state = places.resolve(cand, doc.named_states) or (
                term.state if term and term.kind in ("name", "capital") else None)
            if state:
                found.setdefault(state, (m.start(g), m.start(g) + len(cand)))
                break
    return next(iter(found.items())) if len(found) == 1 else None


_ON_THE_SIDE = re.compile(r"\s+side\b")  # "on the Zongo side": the town names its bank of the border
_ON_THE = re.compile(r"(?i)\bon\s+(?:the\s+)?$")


def _places_no_one(doc: Document, i: int, x) -> bool:
    """Whether place mention x is only where the wounded are treated or where a speaker spoke."""
    lo = max(doc.sentences[i].start, x.start - 40)
    return bool(_TREATED_IN.search(doc.text, max(lo, x.start - 30), x.start) or _SPOKEN_IN.search(doc.text, lo, x.start))


def _located(doc: Document, i: int) -> list:
    """Sentence i's mentions with the towns and provinces only the gazetteer knows, where a town places people; not
    where the wounded are treated ("being treated in Novorossiysk") or where a speaker spoke ("told reporters in
    Bangkok")."""
    s = doc.sentences[i]
    extra = [x for x in doc.gazetteer_places(i)
             if _TOWN_BEFORE.search(doc.text, max(s.start, x.start - 50), x.start)
             or _THE_PLACE_TYPE.match(doc.text, x.end) and _IN_THE.search(doc.text, max(s.start, x.start - 12), x.start)
             or _ON_THE_SIDE.match(doc.text, x.end) and _ON_THE.search(doc.text, max(0, x.start - 8), x.start)]
    found = sorted([*doc.mentions[i], *extra], key=lambda x: x.start) if extra else doc.mentions[i]
    return [x for x in found if x.kind != "place" or not _places_no_one(doc, i, x)]


_PLACE_TYPES = (r"(?:town|city|village|district|province|region|state|county|area|port|commune|municipality|governorate|"
                r"prefecture|settlement|locality|department|oblast|island|camp|market)s?")
# "in the Téra department", "across the Tillabéri region": the name before its kind, as French and Spanish
# releases put it in translation
_THE_PLACE_TYPE = re.compile(r"\s+(?:district|province|region|department|prefecture|governorate|oblast|county|"
                             r"municipality|commune)\b")
_IN_THE = re.compile(r"(?i)\b(?:in|near|across|around|of)\s+the\s+$")
_FORCE_S = re.compile(r"(?i)\s+of\s+the\s+(?:[a-z-]+\s+){0,2}?(?P<body>coast\s+guard|border\s+guard|army|navy|police|"
                      rf"military|gendarmerie|ministry|service|command)['’]s?\s+(?:[a-z-]+\s+)?(?:{_PERSON_HEADS})\b")
_OF_CRAFT = re.compile(rf"\s+(?:on|aboard|on\s+board|of|from)\s+(?:one\s+of\s+)?(?:the|its|their|his|her|an?)\s+"
                       rf"(?:[\w’'-]+\s+){{0,2}}?{_CRAFT}")
_FROM = re.compile(rf"\s+from\s+(?:the\s+(?:[\w-]+\s+)?{_PLACE_TYPES}\s+of\s+)?")  # "a shepherd from Moulhoule"
_FROM_DEMONYM_PLACE = re.compile(r"\s+from\s+(?:the|an?)\s+")
_PLACE_TYPE_AFTER = re.compile(rf"\s+(?:border\s+)?{_PLACE_TYPES}\b")
# A town places people after a locative word ("killed in Kherson", "near the village of Moreh") or after the office
# or the people it has ("the prefect of Atacora", "residents of Yenga"); not after "to" ("according to the Tibesti
# Relief Network"), "of" an event ("the capture of Goma"), or as a modifier ("in the Lahad Datu intrusion").
_TOWN_BEFORE = re.compile(
    rf"(?i)(?:\b(?:in|near|at|outside|around|off|across|from)\s+(?:the\s+(?:[\w-]+\s+)?{_PLACE_TYPES}\s+of\s+)?"
    r"|\b(?:hit|struck|shelled|bombed|pounded|targeted|attacked|raided)\s+(?:the\s+)?"  # "a shell hit the Gaya market"
    r"|\b(?:(?:sub-)?prefect|governor|mayor|administrator|commissioner|chief|residents|inhabitants|people|villagers|"
    r"authorities|officials|police|council|chairman)\s+of\s+(?:the\s+[\w-]+\s+of\s+)?)$")


# "the drone attack launched by the RSF on Port Sudan", "a grenade attack in Bujumbura", "an airstrike by the
# Myanmar military on a village near Tamu", "a shell hit the Gaya cattle market": the place an attack struck, up to
# the place itself.
_ATTACK_ON = re.compile(
    r"(?i)(?:\b(?:attacks?|(?:air|drone|missile|rocket)?\s*strikes?|airstrikes?|shelling|bombing|bombardment|raids?|"
    r"ambush|assault)\b[^,;:.!?—–]{0,60}?\b(?:on|in|at|against|of)"
    r"|\b(?-i:hit|struck|shelled|bombed|pounded|targeted|attacked|raided))\s+(?:the\s+|a\s+)?"  # "a shell hit the"
    r"(?:(?:[\w-]+\s+){0,2}?(?:village|town|city|district|market|camp|port|area)\s+(?:of|near|in|outside)\s+)?"
    # "an attack on the village of Diagourou, in the Téra department": a hamlet no gazetteer knows, placed by its province
    r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+(?:in|near)\s+(?:the\s+)?)?$")
# "14 others wounded in Saturday's attack on ...": the attack the people fell in, named after them
_IN_ATTACK = re.compile(r"(?i)\b(?:in|during)\s+(?:(?:an?|the|[\w-]+['’]s?)\s+)?(?:[\w-]+\s+)?(?:attacks?|raids?|ambush|"
                        r"(?:air|drone|missile)?\s*strikes?|shelling|bombing|assault)\s+(?:on|in|at|against)\b")


def _stem(word: str) -> str:
    """A crude singular, enough to match "fishermen" with "fisherman" and "villagers" with "villager"."""
    w = word.lower()
    return w[:-3] + "man" if w.endswith("men") else w[:-3] + "y" if w.endswith("ies") else w.rstrip("s")


# "a Thai riverine patrol came under small-arms fire", "an Indian army post was attacked"
_UNIT_ATTACKED = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:patrol|unit|post|outpost|convoy|detachment|platoon|company|"
                            r"checkpoint|position|vessel|boat|team)\s+(?:had\s+|has\s+)?(?:came|come|comes|was|were)\s+"
                            r"(?:under\s+(?:[\w-]+\s+){0,2}?(?:fire|attack)|attacked|ambushed|fired\s+(?:up)?on|shelled)\b")


def _unit_attacked(doc: Document, i: int) -> tuple[str, tuple[int, int]] | None:
    """The side of a unit that came under fire in the sentence before: its men are the soldiers counted next
    ("A Thai patrol came under fire from the opposite bank. A ranger was killed and two were wounded")."""
    if i == 0:
        return None
    j = i - 1
    units = {x.state: (x.start, x.end) for x in doc.mentions[j] if x.kind == "modifier" and x.state
             and _UNIT_ATTACKED.match(doc.text, x.end, doc.sentences[j].end)}
    return next(iter(units.items())) if len(units) == 1 else None


_OF_HIS = re.compile(r"\bof\s+(?:his|her)\s+")
_NEXT_WORDS = re.compile(r"\s+([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?")


def _shot_by_speaker(doc: Document, i: int, f: _Figure) -> bool:
    """Whether the figure counts people a force "neutralised", "killed" or "fired on", in the speaker's jargon."""
    s, q = doc.sentences[i], f.number.qual_start
    return bool(_JARGON_BEFORE.search(doc.text, max(s.start, q - 30), q)
                or _IT_KILLED.search(doc.text, max(s.start, q - 40), q)
                or _JARGON.search(doc.text, f.head_end, max(f.end, f.head_end))
                or _A_FORCE_FIRED.search(doc.text, s.start, q))


_RESIDENT_HEADS = frozenset("civilian civilians resident residents villager villagers inhabitant inhabitants".split())


def _residents_of_own_state(doc: Document, i: int, f: _Figure) -> str | None:
    """ "one civilian lost his life and two other residents were injured" in the bulletin of a state at war with
    another: with no other state named in the sentence, the people who live where the fighting is are its own."""
    own, pair = doc.own_state(), doc.conflict_pair
    words = doc.text[f.head_start:f.head_end].split()
    if not (own and pair and own in pair and words and words[-1] in _RESIDENT_HEADS):
        return None
    return None if any(x.state and x.state != own for x in doc.mentions[i]) else own


_CREW_STEMS = frozenset("crew crewman crewmember fisherman seafarer seaman deckhand boatman".split())


_CRAFT_RE = re.compile(rf"(?i)\b{_CRAFT}")
# "a Chinese squid-fishing vessel", "the Thai trawler": a fishing craft named with its flag (not "an Eritrean naval
# vessel" or "a Venezuelan patrol boat", which fire on crews rather than carry them)
_FLAGGED_CRAFT = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:[\w-]*fishing\s+(?:vessel|boat|craft|ship)s?|trawlers?|longliners?|"
                            r"seiners?|pirogues?|dhows?|sampans?|canoes?)\b"
                            # nor "an Indian trawler rammed his boat": the craft that struck
                            r"(?!\s+(?:had\s+|has\s+)?(?:rammed|fired|opened|attacked|struck|hit|collided|sank|chased|boarded)\b)")


def _crew_flag(doc: Document, i: int, f: _Figure) -> tuple[str, tuple[int, int]] | None:
    """The flag of the one fishing craft the sentence names, for a count of its crew told apart from it: "Argentina's Naval
    Prefecture fired on a Chinese squid-fishing vessel ..., and one crew member was injured" (the crew's, not the
    force's that fired). Two flags name no one side."""
    words = doc.text[f.head_start:f.head_end].split()
    if not words or _stem(words[-1]) not in _CREW_STEMS and not (
            _stem(words[-1]) == "member" and doc.text[max(0, f.head_start - 5):f.head_start] == "crew "):
        return None  # "fishermen", "one crew member"
    for j in (i, i - 1) if i else (i,):  # the sentence, else the one before ("... boarded a Chinese fishing boat.
        # The coast guard says only one crew member was slightly hurt"), when the sentence names no craft
        flags = {x.state: x for x in doc.mentions[j] if x.kind == "modifier" and x.state
                 and _FLAGGED_CRAFT.match(doc.text, x.end, doc.sentences[j].end)}
        if len(flags) == 1:
            x = next(iter(flags.values()))
            return x.state, ((x.start, x.end) if j == i else None)
        if flags or _CRAFT_RE.search(doc.sentences[i].text):
            return None
    return None


def _named_before(doc: Document, i: int, f: _Figure) -> tuple[str, tuple[int, int]] | None:
    """The state of the same people named with a demonym in one of the two sentences before: a report gives the
    victims' nationality once ("a group of Namibian fishermen was fired upon") and counts them by the bare noun
    after ("one fisherman lost his life"). Two demonyms on that noun name no one side."""
    words = doc.text[f.head_start:f.head_end].split()
    if words == ["members"] and doc.text[max(0, f.head_start - 5):f.head_start] == "crew ":
        words = ["crew"]  # "two crew members"
    if not words or words[-1].lower() in _GENERIC_HEADS or words[-1] not in PEOPLE:
        return None  # "others", "people": any earlier noun would do, which says nothing
    head = _stem(words[-1])
    # a boat's people go by any name of a crew: "four Senegalese fishermen ... Two crew members drowned"
    same = _CREW_STEMS if head in _CREW_STEMS else {head}
    # "A Ghanaian fisherman was shot dead. Two of his crewmates were wounded": the people of one person named before
    kin = bool(_OF_HIS.search(doc.text, f.number.end, f.head_start))
    found = {}
    for j in range(i - 1, max(-1, i - 3), -1):
        for x in doc.mentions[j]:
            if x.kind != "modifier" or not x.state:
                continue
            m = _NEXT_WORDS.match(doc.text, x.end, doc.sentences[j].end)
            # for "his", one person of the same kind: not the "coastguard" of "a Mauritanian coastguard vessel"
            if m and any(w and (_stem(w) in same or kin and w in PEOPLE and _stem(w) == w.lower()
                                and w.lower() not in _GENERIC_HEADS and PEOPLE[w][0] == f.population)
                         for w in m.groups()):
                found.setdefault(x.state, (x.start, x.end))
        if found:
            break
    return next(iter(found.items())) if len(found) == 1 else None


def _struck_place(doc: Document, i: int, located: list, f: _Figure) -> tuple[str, tuple[int, int]] | None:
    """The one state whose town an attack in the figure's sentence struck, when the figure follows the attack or
    shares its clause: where the people were killed ties them to that state, whoever else the sentence names."""
    s = doc.sentences[i]
    c_start, c_end = doc.clause_bounds(i, f.number.start)
    found = [x for x in located if x.kind == "place" and x.state and not (x.actor_id or "").islower()
             and (x.end <= f.number.qual_start or c_start <= x.start < c_end
                  or f.end <= x.start < f.end + 160 and _IN_ATTACK.search(doc.text, f.end, x.start)
                  and not re.search(r"[;:.!?]", doc.text[f.end:x.start]))
             and _ATTACK_ON.search(doc.text, max(s.start, x.start - 100), x.start)]
    if len({x.state for x in found}) != 1:
        return None
    return found[0].state, (found[0].start, found[0].end)


def _fires(doc: Document, x: Mention) -> bool:
    """Whether mention x is a force or a craft that fires, strikes or rams: "Indian strikes", "Kyrgyz troops fired",
    "the Namibian Defence Force opened fire", "a Kuwaiti coast guard boat opened fire"."""
    return x.kind == "modifier" and bool(_ATTACKER.match(doc.text, x.end) or _RAMMER.match(doc.text, x.end)) \
        or x.kind == "body" and bool(_FORCE_END.search(x.text) and _FIRED.match(doc.text, x.end)
                                     or _RAMMER.match(doc.text, x.end))


def _attacked_side(doc: Document, i: int, f: _Figure, claimant_state: str | None) -> tuple[str, tuple[int, int]] | None:
    """ "Indian strikes killed 31 people", "shot dead by officers of a Tanzanian marine patrol": the other side's
    people, the attacker's opponent in the article's conflict, else the claimant's or the article's state."""
    s = doc.sentences[i]
    attacker = next((x for x in doc.mentions[i] if _fires(doc, x)
                     or x.kind in ("modifier", "body") and x.state and x.start >= f.number.end
                     and _BY_FORCE_BEFORE.search(doc.text, max(s.start, x.start - 40), x.start)
                     and (_FORCE_AFTER.match(doc.text, x.end) or x.kind == "body" and _FORCE_END.search(x.text))), None)
    if not attacker and (own := _OWN_FORCE_FIRED.search(doc.text, s.start, s.end)
                         or f.population != "military" and (_OWN_MEN_FIRED.search(doc.text, s.start, s.end) or claimant_state
                                                            and _THE_FORCE_FIRED.search(doc.text, s.start, f.number.qual_start))):
        # "Kuwait's Interior Ministry said its coast guard had fired warning shots at a vessel ... and that one crew
        # member was injured": the speaker's own force fired, so the people hit are the other side's
        named = [x for x in doc.mentions[i] if x.end <= own.start() and x.state and x.kind in ("state", "body")]
        state = claimant_state or (named[-1].state if named else None)
        if state:
            attacker = Mention(own.start(), own.end(), "body", state, state, own.group())
    if not attacker and i and not any(x.state for x in doc.mentions[i]):
        # "a patrol of the Namibian Defence Force opened fire on three canoes. Two fishermen were shot dead": the
        # attack told in the sentence before, the toll in one that names no state
        attacker = next((x for x in doc.mentions[i - 1] if x.state and _fires(doc, x)), None)
    if not attacker:
        return None
    pair = doc.conflict_pair
    if pair and attacker.state in pair:
        return (pair[1] if attacker.state == pair[0] else pair[0]), (attacker.start, attacker.end)
    target = claimant_state if claimant_state != attacker.state else None
    target = target or doc.home_state(exclude=attacker.state)
    return (target, (attacker.start, attacker.end)) if target else None


_OWN_FORCE_FIRED = re.compile(r"(?i)\b(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|guards?|"
                              r"coast\s+guard|navy|police|patrols?|army|gendarmes)\s+(?:had\s+|have\s+|has\s+)?"
                              r"(?:fired|opened\s+fire|shelled|attacked|struck|shot)\b")
# the men of a force, on land or at sea ("its sailors fired only disabling shots"): before civilians or people only,
# for "its officers fired ... and two enforcement officers suffered burns" are the speaker's own wounded
_FORCE_MEN = (r"(?:forces|troops|soldiers|guards?|guardsmen|coast\s+guard|navy|police|policemen|patrols?|army|gendarmes|"
              r"sailors|marines|rangers|personnel|officers|agents)")
_OWN_MEN_FIRED = re.compile(rf"(?i)\b(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{_FORCE_MEN}\s+"
                            r"(?:had\s+|have\s+|has\s+)?(?:fired|opened\s+fire|shot)\b")
# "Their army spokesman says the patrol fired warning shots at boats ... and that only one man died": a speaker's
# force told with "the", before civilians or people it fired at (not soldiers: "the troops fired back; a soldier was
# wounded" may be their own)
# ("According to the JDF, coastguardsmen fired warning shots ... and one fisherman was hit": bare, after a comma)
_THE_FORCE_FIRED = re.compile(rf"(?i)(?:\bthe\s+(?:[\w-]+\s+)?|(?:,|\bthat)\s+)"
                              rf"(?:{_FORCE_MEN}|coastguardsmen|coastguards)\s+(?:had\s+|have\s+|has\s+)?"
                              r"(?:fired|opened\s+fire|shot)\b")
_SPEAKS = re.compile(r"(?i)\b(?:said|says|saying|say|told|tells|reported|reports|reporting|put|puts|gave|giving|claimed|"
                     r"claims|insisted|insists)\b")


def _speaker_demonym(doc: Document, i: int, f: _Figure) -> tuple[str, tuple[int, int]] | None:
    """ "Haitian radio stations reportedly put the dead at eight", "A Mauritanian pastoralists' group ... saying at
    least 12 people had been killed": a source known only by its nationality speaks of its own people."""
    head = doc.text[f.head_start:f.head_end].lower()
    if head in _NON_STATE or head in _STATELESS:
        return None
    s = doc.sentences[i]
    before = [x for x in doc.mentions[i] if x.state and x.end <= f.number.qual_start and x.kind != "person"]
    if not before or len({x.state for x in before}) != 1 or before[0].kind not in ("modifier", "people", "body", "state"):
        return None
    x = before[0]  # "The National Police of Angola gave its own figures": the subject, before its verb of saying
    if x.start - s.start > 40 or not _SPEAKS.search(doc.text, x.end, f.number.qual_start):
        return None  # the demonym opens the sentence and a verb of saying follows it
    if any(y.state and y.state != x.state for y in doc.mentions[i] if y.kind != "person"):
        return None
    return x.state, (x.start, x.end)


_STATELESS = frozenset("migrants migrant refugees refugee".split())
_STATELESS_RE = re.compile(rf"\b(?:{'|'.join(sorted(_STATELESS))}|asylum[\s-]seekers)\b")


def _stateless_before(doc: Document, i: int, hi: int) -> bool:
    """Whether sentence i speaks, before hi, of migrants no demonym places: "carrying migrants", not "Afghan
    migrants"."""
    ends = {m.end for m in doc.mentions[i] if m.state}
    return any(not ({m.start() - 1, m.start() - 2} & ends)
               for m in _STATELESS_RE.finditer(doc.text, doc.sentences[i].start, hi))


def _own_side(doc: Document, i: int, f: _Figure) -> str | None:
    """Whose "our" or "its" people: the state named last before the figure ("Indonesia's armed forces, the TNI,
    said ... one of its soldiers"), else the state the article speaks from ("two of our soldiers")."""
    s = doc.sentences[i]
    window = doc.text[max(s.start, f.number.qual_start - 20):f.number.end + 12]
    if re.search(r"(?i)\bits\b", window):
        # "Malabo, for its part, says one of its soldiers was wounded": a capital speaks for its government
        named = [x for x in doc.mentions[i] if x.start < f.number.qual_start and x.state
                 and x.kind in ("state", "body", "modifier", "place")]
        # not where the speaker sits: "The Nigerian Union of Traders Association in Ghana says four of its members"
        owners = [x for x in named if not re.search(r"(?i)\b(?:in|at)\s+(?:the\s+)?$",
                                                    doc.text[max(s.start, x.start - 8):x.start])]
        if named:
            return (owners or named)[-1].state
        if _SPEAKS.search(doc.text, s.start, f.number.qual_start):
            return None  # "The Royal Gibraltar Police said one of its officers": a speaker of no known state
    # no guess from the states it names most: "our" is the speaker's, else the outlet's
    office = _office_place(doc, i)  # "..., the Sabah Police Commissioner said": the speaker's town or province
    return (_our_echo(doc, i, f) or _label_speaker_state(doc, i) or (office and office[0]) or _our_state(doc)
            or doc.placed_state() or doc.town_state() or doc.voice_state())


def _our_echo(doc: Document, i: int, f: _Figure) -> str | None:
    """ "clashes between the Iraqi border guards and Iranian border forces ... the martyrdom of three of our border
    guards": our people named as some state's people just before, in this sentence or the one before."""
    head = doc.text[f.head_start:f.head_end].split()
    if not head or head[0].lower() in _GENERIC_HEADS:
        return None
    rx = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+{re.escape(head[0])}\b")
    for j in (i, i - 1):
        if j < 0:
            continue
        hits = {x.state for x in doc.mentions[j] if x.state and x.kind in ("modifier", "state", "people", "body")
                and x.end <= (f.number.qual_start if j == i else doc.sentences[j].end)
                and (rx.match(doc.text, x.end) or x.kind == "body" and x.text.lower().endswith(head[0].lower()))
                and not re.search(r"(?i)\bour\s+$", doc.text[max(0, x.start - 6):x.start])}
        if len(hits) == 1:
            return hits.pop()
    return None


_LABEL = re.compile(r"\s*(?P<label>[A-Z][A-Z’'-]{2,30}(?:\s+[A-Z][A-Z’'-]+){0,2})\s*:")


def _label_speaker_state(doc: Document, i: int) -> str | None:
    """In a transcript or interview ("CIOBANU: ... two of our citizens"), "our" is the state of the person whose
    name labels the paragraph."""
    para = doc.sentences[i].paragraph
    memo = doc.memo.setdefault("label_speaker", {})  # asked for every "our" figure of the paragraph
    if para not in memo:
        first = next(s for s in doc.sentences if s.paragraph == para)
        m = _LABEL.match(doc.text, first.start, first.end)
        name = m and m.group("label").split()[-1].lower()
        # the label is a person's name, not an office ("MINISTER:" is not "the Libyan Prime Minister")
        persons = doc.table.persons
        states = {x.state for ms in doc.mentions for x in ms if x.kind == "person" and x.state
                  and x.actor_id in persons and persons[x.actor_id].name.split()[-1].lower() == name} if name else set()
        memo[para] = states.pop() if len(states) == 1 else None
    return memo[para]


_OUR = re.compile(r"(?i)\bour\s+(?:own\s+)?")
# (nor "between our army and Libyan border forces": a second party)
_OUR_GAP_BREAK = re.compile(r"[;:—–]|\b(?:have|has|had|are|is|were|was|will|would|and|or|against|versus|with)\b")


def _our_state(doc: Document) -> str | None:
    """The state the outlet calls "our": the one its "our Foreign Minister, X" or "our Ghanaian traders" names."""
    votes: dict[str, int] = {}
    for i, s in enumerate(doc.sentences):
        for m in _OUR.finditer(doc.text, s.start, s.end):
            x = next((x for x in doc.mentions[i] if x.state and m.end() <= x.start <= m.end() + 40
                      and x.kind in ("person", "modifier", "body", "people")
                      # in the same noun phrase: not "Our policemen have paid ...; Filipino families ..."
                      and not _OUR_GAP_BREAK.search(doc.text, m.end(), x.start)), None)
            if x:
                votes[x.state] = votes.get(x.state, 0) + 1
    return max(votes, key=votes.get) if len(votes) == 1 else None


_SHARE_OF = re.compile(
    # "four of the 23 fishermen", "two of the trawler's crew"
    rf"\s+of\s+(?:the|its|their|our)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?(?:['’]s)?)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?P<head>{_PEOPLE_HEADS})\b"
    rf"[^.;,:!?]{{0,60}}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:{_ADVERB}\s+)?(?P<v>{_KILLED}|{_INJURED})\b")
# "an Indian trawler rammed his boat", "an Eritrean naval vessel opened fire on their boat"
_RAMMER = re.compile(r"(?i)\s+(?:(?:naval|navy|patrol|coast\s+guard|military|fishing)\s+)?"
                     r"(?:trawlers?|vessels?|ships?|warships?|gunboats?|boats?|craft)\s+(?:had\s+)?"
                     r"(?:rammed|struck|hit|fired|opened\s+fire|attacked|collided)\b")
# "Bolivia lost", "the Congolese army had lost": the force's noun may stand between its state and the verb
# "Bolivia lost about 56,000 men", "The SSPDF elements suffered four (4) fatalities": the subject's own dead
_LOST = re.compile(r"(?:\s+(?:army|armed\s+forces|forces|military|navy|troops|police|gendarmerie|elements|units|side))?"
                   r"\s+(?:had\s+|has\s+|have\s+)?(?:lost|losing|suffered|sustained)\s+")
# "The Israeli military said it had killed “two terrorist operatives”": whom the speaker killed are not its own
_IT_KILLED = re.compile(r"(?i)\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:killed|shot\s+dead|wounded|injured)\s+[“\"]?"
                        r"(?:(?:at\s+least|about|some|more\s+than|nearly|around)\s+)?$")
_IT_LOST = re.compile(r"(?i)\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:lost|losing)\s+$")
# "by the fire of the Indian army", "shot at by officers of a Tanzanian marine patrol", "by men in the uniform of
# the Togolese gendarmerie": the force that did it, named after "by ... of".
_BY_FORCE_BEFORE = re.compile(r"(?i)\bby\s+(?:the\s+|an?\s+)?(?:(?:fire|gunfire|shots|officers|members|soldiers|troops|"
                              r"personnel|agents|men)\s+(?:in\s+(?:the\s+)?uniforms?\s+)?of\s+(?:the\s+|an?\s+)?)?$")
_FORCE_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|officers|police|guards|army|navy|"
                          r"militia|gunmen|personnel|patrols?|units?|gendarmerie|gendarmes|coast\s+guard|military)\b")
_FIRED = re.compile(r"(?i)\s+(?:had\s+)?(?:fired|opened\s+fire|shelled|attacked|struck)\b")  # "Kyrgyz troops fired"
_FORCE_END = re.compile(r"(?i)\b(?:forces|troops|soldiers|officers|police|guards|army|navy|military|gendarmerie|rifles|corps)$")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:border\s+)?(?:village|town|city|district|province|region|island|hamlet)\b")


# A date on the verb of saying after the figure dates the report, not the deaths
_REPORT_DATE = re.compile(r"(?i),?[”\"’],?\s+[^.;:“”\"]{1,40}?\b(?:said|says|told\s+(?:reporters|journalists|the\s+\w+)|added|"
                          r"reported|announced|confirmed|stated)\s+(?:(?:late|early)\s+)?(?:on\s+)?$")


def _hit(doc: Document, i: int, f: _Figure, parent: Hit | None, source_id: str | None, *, inherit: Hit | None) -> Hit:
    certainty, claimant, attr_span = attribute(doc, i, f.number.qual_start)
    if _HEARSAY.search(doc.text, max(f.head_end, f.number.end), max(f.end, f.head_end)):
        certainty = "hedged"  # "three soldiers are believed to have been killed": passed on, not established
    claimant_state = _claimant_state(doc, i, claimant)
    if claimant is None and (ctx := _borrowed_claimant(doc, i)):
        # "The Chadian army said in a communiqué ... Five soldiers were killed, the communiqué said."
        claimant, claimant_state = ctx
        certainty = "attributed" if certainty == "asserted" else certainty
    if inherit:  # a share of the figure before it: same people, same outcome, same side
        side, side_span = inherit.fields["side_state"], None
        if parent is None and f.side and f.side != side:  # "68 people ..., among them ten Malaysian security personnel"
            side = f.side
        outcome = inherit.fields["outcome"]
        population = inherit.fields["population"] if parent else f.population
    else:
        side, side_span = _side(doc, i, f, claimant_state)
        population, outcome = f.population, f.outcome
    c_start, c_end = doc.clause_bounds(i, f.number.start)
    date = common.nearest_date(doc, i, f.number.start, c_start, c_end)  # "met on Monday, days after X was killed"
    if date and doc.dateline and doc.dateline[2] <= date.start < doc.dateline[2] + 20 \
            and (told := common.nearest_date(doc, i, f.number.start, max(c_start, date.end), c_end)):
        date = told  # "PODGORICA, March 12 (Adriatic Wire) - A fisherman was killed ... on Tuesday": not the wire's date
    if date and date.start > f.number.end and _REPORT_DATE.search(doc.text, max(doc.sentences[i].start, date.start - 60), date.start):
        date = None  # '"... two were taken to hospital," a spokesman told reporters on Wednesday': when it was said
    fields = {"source_id": source_id, "side_state": side, "population": population, "outcome": outcome,
              "count": f.number.value, "count_qualifier": f.number.qualifier,
              "subgroup": f.subgroup if parent else None,
              "parent_figure_id": figure_id(parent.fields, source_id) if parent else None,
              "claimant": claimant, "certainty": certainty}
    fields.update(common.date_fields(date))
    lo, hi = min(f.number.qual_start, f.head_start), max(f.end, f.head_end)
    for span in (side_span, attr_span, (date.start, date.end) if date else None):
        if span:
            lo, hi = min(lo, span[0]), max(hi, span[1])
    supports = ["population", "outcome", "count", "count_qualifier", "certainty"]
    supports += [k for k in ("side_state", "subgroup", "claimant") if fields[k]]
    if date:
        supports += ["date_start", "date_end"]
    confidence = 0.8 if side else 0.65
    hit = Hit("casualty_figures", fields, i, lo, hi, supports, "casualty-breakdown" if parent else "casualty", confidence)
    hit.new_people = bool(_NEW_PEOPLE.search(doc.text, f.number.start, max(f.head_end, f.number.end)))
    hit.person = _person(doc, f)
    hit.claimant_state = claimant_state
    return hit


# "another", "two more", "a second": people added to those counted before; not "others", which contrasts with the
# figure beside it ("one killed and two others injured") and may restate an earlier one
_NEW_PEOPLE = re.compile(rf"(?i)\b(?:another|more|further|additional|{_ORDINAL})\b")
_A_ONE = re.compile(r"(?i)an?\s")


def _person(doc: Document, f: _Figure) -> str | None:
    """Who a figure of one counts, when the text tells people apart: a name ("Kallio, 29, was killed"), or the noun
    of a new referent ("a farmer", "a shepherd"). Not "one soldier", which a later "one officer" may restate."""
    if f.number.value != 1:
        return None
    head = doc.text[f.head_start:f.head_end]
    if f.head_start == f.number.start and head[:1].isupper():  # a named person
        return head
    if _A_ONE.match(doc.text, f.number.start, f.number.end + 1) and head.lower() not in _GENERIC_HEADS:
        return head.lower()
    return None


# A sentence with its own, other speaker or a toll of both sides borrows no speaker from the sentence before.
_OTHER_VOICE = re.compile(r"(?i)\b(?:analysts?|experts?|observers?|witnesses|residents|sources|media|reports?|monitors?|"
                          r"combined|overall|in\s+all|in\s+total|both\s+sides|each\s+side)\b")


# "The Royal Gibraltar Police said one of its officers ...": a named speaker of its own, if of no known state
_OWN_SPEAKER = re.compile(r"(?:The\s+)?(?:[A-Z][\w’'-]+\s+){1,5}(?:said|says|reported|announced|stated|told)\b")


def _borrowed_claimant(doc: Document, i: int) -> tuple[str, str] | None:
    """The speaker sentence i borrows from the one before, when it names no state and no voice of its own; found
    once per sentence, not once per figure."""
    cache = doc.memo.setdefault("borrowed", {})
    if i not in cache:
        s = doc.sentences[i]
        cache[i] = None if any(m.state for m in doc.mentions[i]) or _OTHER_VOICE.search(s.text) \
            or _OWN_SPEAKER.match(s.text) else _context_claimant(doc, i)
    return cache[i]


def _context_claimant(doc: Document, i: int) -> tuple[str, str] | None:
    """The speaker of the sentence just before, in the same paragraph, when it names a state's body or official."""
    j = i - 1
    if j < 0 or doc.sentences[j].paragraph != doc.sentences[i].paragraph:
        return None
    _, claimant, _ = attribute(doc, j)
    state = _claimant_state(doc, j, claimant)
    return (claimant, state) if state else None


def _claimant_state(doc: Document, i: int, claimant: str | None) -> str | None:
    """The state a claimant speaks for: itself if it is a state, else the state its mention in sentence i has."""
    if not claimant:
        return None
    return claimant if lexicon.states().get(claimant) else _state_of(doc, i, claimant)


# "The SSPDF spokesman, Maj. Gen. Lul Ruai Koang, said": a person named in apposition to a body's office
# "Tanzania's Kigoma regional police commander, Assistant Commissioner X": the office may take a few words of its own
_APPOSED = re.compile(r"(?:['’]s)?\s+(?:(?:(?!(?:and|or|said|says|told|with|by|to|from|that|who|which)\b)[\w-]+\s+){0,4}?"
                      r"(?:[\w-]+,\s+)?)?$")


def _state_of(doc: Document, i: int, actor_id: str | None) -> str | None:
    if actor_id is None:
        return None
    found = next((m.state for m in doc.mentions[i] if m.actor_id == actor_id and m.state), None)
    if found is None:  # the person's state is the body whose spokesman he is
        person = next((m for m in doc.mentions[i] if m.actor_id == actor_id and m.kind == "person"), None)
        body = person and next((m for m in reversed(doc.mentions[i]) if m.end <= person.start), None)
        if body and body.state and body.kind in STATE_KINDS and \
                _APPOSED.fullmatch(doc.text, body.end, person.start):
            return body.state
    prefix = actor_id[:3].upper()
    if found is None and actor_id[3:4] == "-" and prefix in lexicon.states():
        return prefix  # a body of a state ("pol-defence-ministry"), also one known by office alone
    return found


# Outcome words anywhere in a sentence, for `loose_figures`: the rules above tie a figure to its verb; a sentence the
# trigger classifier flags is read more loosely ("two men, who lost their lives in the crossfire")
_LOOSE_KILLED = re.compile(r"(?i)\b(?:kill\w*|dead|deaths?|died|dies|die|dying|martyr\w*|fatal\w*|mortally|bodies|body|"
                           r"drown\w*|perish\w*|succumb\w*|lost\s+(?:his|her|their)\s+li(?:fe|ves)|(?:did\s+not|didn['’]t)\s+survive|toll)\b")
_OF_AFTER = re.compile(r"\s+of\b")
_OF_OWN = re.compile(r"\s+of\s+(?:its|our|their|his|her)(?=\s)")
_LOOSE_REACH = 120  # characters between a count's noun and its outcome word
_LOOSE_INJURED = re.compile(r"(?i)\b(?:injur\w*|wound\w*|hurt|hospitali[sz]ed|treated\s+for)\b")


# Anywhere in the story: "their nationalities had not been confirmed", "the nationality of the victims is unknown".
# The people it counts have no side but one their own noun phrase gives ("two Afghan men"); a speaker's or a
# place's state would be a guess the story itself declines (not for soldiers, whose flag is their force's).
_ORIGIN_UNKNOWN = re.compile(
    r"(?i)\b(?:(?:their|the\s+(?:victims|dead|injured|wounded|passengers|migrants|occupants|people)['’]?)\s+"
    r"nationalit(?:y|ies)|nationalit(?:y|ies)\s+of\s+the\s+(?:victims|dead|injured|wounded|passengers|migrants|occupants|people))"
    r"\s+(?:(?:was|were|is|are|has|have|had|could|can)\s+)?(?:(?:not|yet\s+to)\s+(?:yet\s+)?(?:immediately\s+)?(?:been\s+|be\s+)?"
    r"(?:given|known|disclosed|released|established|clear|confirmed|verified|identified|determined|made\s+public)|unknown)\b")
_ORIGIN_CACHE: list = [None, False]  # the last document asked about and its answer: one scan of the text per story


def _origin_unknown(doc: Document) -> bool:
    if _ORIGIN_CACHE[0] is not doc:
        _ORIGIN_CACHE[:] = [doc, "nationalit" in doc.text and bool(_ORIGIN_UNKNOWN.search(doc.text))]
    return _ORIGIN_CACHE[1]


def _nationality_withheld(doc: Document, i: int) -> bool:
    return bool(_NO_NATIONALITY.search(doc.sentences[i].text) or i + 1 < len(doc.sentences)
                and _NEXT_NO_NATIONALITY.match(doc.sentences[i + 1].text))


def loose_figures(doc: Document, i: int, source_id: str | None) -> list[Hit]:
    """Figures of a sentence that reads like a casualty report (see extract/triggers.py) where no rule found one: each
    count a people noun follows, with the outcome word that follows it closely ("three fishermen ... lost their
    lives") or else precedes it ("killing three"), and side and claimant as for any figure."""
    s, text = doc.sentences[i], doc.text
    outcomes = sorted([(m.start(), "killed") for m in _LOOSE_KILLED.finditer(text, s.start, s.end)] +
                      [(m.start(), "injured") for m in _LOOSE_INJURED.finditer(text, s.start, s.end)])
    hits = []
    # a number inside one of the sentence's dates is a day or a year, never a count ("On 27 October ... the bodies
    # of three men")
    dated = [(d.start, d.end) for d in doc.dates(i)] if outcomes else []
    for n in sorted(doc.numbers(i) + _singulars(doc, i), key=lambda n: n.start) if outcomes else ():
        if any(a <= n.start < b for a, b in dated):
            continue
        own = _OF_OWN.match(text, n.end)  # "two of its soldiers": a part of a force, not of people counted before
        m = _PHRASE.match(text, own.end() if own else n.end, s.end)
        if not m or m.group("head") not in PEOPLE or not own and _OF_AFTER.match(text, n.end):
            continue  # "one of the soldiers wounded on Tuesday": people counted before
        after = next((o for at, o in outcomes if m.end() <= at <= m.end() + _LOOSE_REACH), None)
        before = next((o for at, o in reversed(outcomes) if n.start - _LOOSE_REACH <= at < n.start), None)
        if not (after or before):
            continue
        population, _ = PEOPLE[m.group("head")]
        withheld = _nationality_withheld(doc, i)
        if not withheld and _origin_unknown(doc) and population != "military":
            withheld = _side_in(doc, i, m.start(), m.end("head")) is None
        f = _Figure(n, m.start("head"), m.end("head"), population, None, after or before,
                    None if withheld else _side_in(doc, i, m.start(), m.end("head")), m.end(), no_side=withheld)
        if not _excluded(doc, i, f):
            hit = _hit(doc, i, f, None, source_id, inherit=None)
            hits.append(hit)
    return hits
