"""The words of a casualty figure, shared by the modules that read one: people nouns and the population each
names, outcome words, and the phrases around a count's noun and verb ("31 civilians were killed", "killing 12
soldiers", "the bodies of two fishermen were found")."""

from __future__ import annotations

import re

from ...vocab import OUTCOME, POPULATION, SUBGROUP

# People of no state's, whatever the speaker: "killed 63 smugglers", "four pirates"
_NON_STATE = frozenset("terrorists militants insurgents assailants attackers gunmen jihadists rebels bandits smugglers "
                       "smuggler attacker gunman assailant suspects suspect pirates pirate traffickers trafficker "
                       "poachers poacher kidnappers kidnapper criminals criminal khwarij khawarij "
                       "infiltrators infiltrator intruders intruder raiders raider violators violator".split())
# people noun -> (population, subgroup it names in a breakdown)
PEOPLE = {
    **dict.fromkeys("people persons person individuals lives bodies".split(), (POPULATION.unspecified, None)),
    # "two of our compatriots": fellow nationals, soldiers or civilians
    **dict.fromkeys("compatriots compatriot".split(), (POPULATION.unspecified, None)),
    **dict.fromkeys(_NON_STATE, (POPULATION.unspecified, None)),  # "three suspects ... died"
    "others": (None, None),  # "and injured 14 others": the people of the figure before
    **dict.fromkeys("civilians civilian residents villagers pilgrims tourists citizens nationals worshippers "
                    "fishermen crew passengers farmers students workers migrants journalists miners herders "
                    "seafarers seafarer seamen seaman crewmen crewman protesters protester demonstrators demonstrator "
                    "activists activist "
                    "shepherds traders drivers refugees refugee resident villager pilgrim tourist citizen national fisherman "
                    "farmer student worker miner herder shepherd trader driver journalist headman headmen youth youths "
                    "son sons daughter daughters grandson grandsons granddaughter wife husband mother father brother "
                    "cousin nephew niece "
                    "sister volunteers volunteer farmworkers farmworker labourers labourer laborers laborer vendors "
                    "vendor nurses nurse doctors doctor medics medic teachers teacher monks monk priests priest "
                    "pedestrians pedestrian motorists motorist commuters commuter hunters hunter loggers logger porters "
                    "porter locals inhabitants crew crewmates crewmate engineers engineer detainees detainee "
                    "boatmen boatman ferrymen ferryman fishers fisher fisherfolk "  # "Seventeen other Nigerian fishers"
                    # trades of people caught up in border incidents: "two deminers were injured", "a deckhand"
                    "deminers deminer rescuers rescuer paramedics paramedic firefighters firefighter divers diver "
                    "deckhands deckhand skippers skipper helmsman hikers hiker merchants merchant woodcutters "
                    "woodcutter truckers trucker "
                    "contractors contractor technicians technician surveyors surveyor electricians electrician "
                    "observers observer "  # "A Micronesian fisheries observer drowned"
                    "garimpeiros garimpeiro "  # Brazil's wildcat gold miners
                    # "Two Slovenian embassy employees were slightly injured by broken glass"
                    "employees employee staffers staffer diplomats diplomat bystanders bystander patients patient "
                    "guests guest shoppers shopper customers customer sellers seller advisers adviser advisors advisor "
                    "companions companion migrant passenger worshipper "
                    # people going home: "seven returnees died when their bus overturned"
                    "returnees returnee evacuees evacuee deportees deportee "
                    "nomads nomad pastoralists pastoralist "  # "seven nomads were killed when shells hit their camp"
                    "".split(), (POPULATION.civilian, None)),  # "two of the trawler's crew"
    # "one of the occupants of the boat", "four survivors", "the five victims": people by where they were or what
    # befell them
    **dict.fromkeys("occupants occupant survivors survivor victims victim".split(), (POPULATION.unspecified, None)),
    # "eleven (11) elements were neutralised": translated French communiqués' "éléments", men under arms
    **dict.fromkeys("elements".split(), (POPULATION.military, None)),
    **dict.fromkeys("troops servicemen personnel jawans policemen police sailors airmen fighters guardsmen guards "
                    "conscripts recruits marines peacekeepers commandos paratroopers serviceman policeman sailor "
                    "airman guardsman guard conscript marine peacekeeper commando trooper sergeant corporal "
                    "sergeants corporals lieutenant lieutenants "  # "one of its sergeants was wounded"
                    "gendarmes gendarme agents agent fighter rangers ranger militiamen militiaman jawan reservists reservist "
                    "constables constable auxiliaries coastguards coastguard coastguardsmen coastguardsman "
                    # a navy's enlisted men: "three of its ratings were killed"; "two of his comrades"
                    "ratings rating comrades comrade "
                    # "two of its naval infantrymen were lightly wounded"
                    "infantrymen infantryman riflemen rifleman sentries sentry patrolmen patrolman servicewomen "
                    "servicewoman "
                    # a border guard's boarding team: "Moscow says one of its inspectors was hurt"
                    "inspectors inspector "
                    # the US Marine Corps capitalises its men: "one Marine was lightly injured"
                    "Marines Marine".split(),
                    (POPULATION.military, None)),
    **dict.fromkeys("soldiers soldier".split(), (POPULATION.military, SUBGROUP.soldiers)),
    **dict.fromkeys("officers officer lieutenant lieutenants captain captains colonel colonels".split(),
                    (POPULATION.military, SUBGROUP.officers)),
    **dict.fromkeys("children child girls boys babies infants minors girl boy baby infant minor".split(),
                    (POPULATION.civilian, SUBGROUP.children)),
    # 18 and 19 are teens too: no age, no child
    **dict.fromkeys("teenager teenagers".split(), (POPULATION.civilian, None)),
    **dict.fromkeys("women woman females female".split(), (POPULATION.civilian, SUBGROUP.women)),
    # "One liSwati male aged 34": a police statement's noun for a man
    **dict.fromkeys("men man males male".split(), (POPULATION.unspecified, SUBGROUP.men)),
    "elderly": (POPULATION.civilian, SUBGROUP.elderly), "foreigners": (POPULATION.civilian, SUBGROUP.foreigners),
}
OUTCOME_NOUNS = {
    "casualties": OUTCOME.casualties,
    # "confirmed one death", "spoke of one fatality", "the deceased include four women"
    **dict.fromkeys("deaths dead fatalities killed martyred martyrs death fatality deceased".split(), OUTCOME.killed),
    **dict.fromkeys("injured wounded injuries hurt".split(), OUTCOME.injured),
}
_MODIFIERS = {"civilian": POPULATION.civilian,
              **dict.fromkeys("military security army armed defence defense paramilitary police gendarmerie naval "
                              "navy".split(), POPULATION.military)}

# A relative of one counted before: "and his brother was wounded", "His cousin, who was with him, was wounded"
_KIN = r"(?:son|daughter|brother|sister|wife|husband|father|mother|grandson|granddaughter|nephew|niece|cousin)"
# Asides on one person named in apposition, for the figure's gap and the one-person reader: the age after the name
# ("Kallio, 29", "Md. Rezaul Karim (31)") and a relative set off by commas (", son of Md. Abdul Jalil of Dahagram
# union")
_NAME_AGE = r"(?:,\s+\d{1,2}|\s+\(\d{1,2}\))"
_KIN_OF = rf"(?:,\s+(?:{_KIN}|widow)\s+of\s+[^,;]{{1,100}}?)"
_HEADS = "|".join(sorted([*PEOPLE, *OUTCOME_NOUNS], key=len, reverse=True))
_PEOPLE_HEADS = "|".join(sorted(PEOPLE, key=len, reverse=True))
_PERSON_HEADS = "|".join(sorted((k for k in PEOPLE if k != "others"), key=len, reverse=True))  # nouns of their own

_OUTCOME_ONLY = "|".join(sorted((k for k in OUTCOME_NOUNS if k not in PEOPLE), key=len, reverse=True))
_PHRASE = re.compile(
    rf"[”\"]?\s+[“\"]?(?P<mods>(?:(?:[A-Z][\w’'-]+|civilian|military|security|army|armed|forces|defen[cs]e|paramilitary|police|"
    rf"gendarmerie|naval|navy|coast|"
    rf"innocent|other|more|additional|unarmed|local|border|foreign|young|elderly|and\s+affiliated|affiliated|"
    rf"suspected|alleged|presumed|"  # "four suspected drug traffickers"
    rf"high-value|crew|of\s+(?:its|their|our|the|them|his|her)|[Aa]l-[A-Z][\w’'-]+|"
    rf"(?:li|ema)[A-Z][a-z]+|"  # "one liSwati male", "emaSwati": siSwati's prefixed demonyms
    rf"\d{{1,2}}-year-old(?=\s+[A-Z])|"  # "a 15-year-old Venezuelan girl"
    # "three marine police officers", "two riot police officers": a branch's own word before a force's
    rf"(?!(?:{_OUTCOME_ONLY}|of|and|or|were|was|had|have|are|is)\b)[a-z][a-z-]+"
    rf"(?=\s+(?:police|border|coast|naval|navy|army|security|military|gendarmerie)\b))\s+){{0,4}}"
    # one modifier; a people noun only before another ("one of its marine officers", "two militia fighters")
    rf"(?:(?!(?:{_OUTCOME_ONLY}|of|and|or|were|was|had|have|are|is)\b)"
    rf"(?!(?:{_PEOPLE_HEADS})\b(?!\s+(?:{_PEOPLE_HEADS})\b))"
    rf"(?:\d{{1,2}}-year-old\s+)?(?:[a-z][a-z-]+|\d{{1,2}}-year-old)\s+"  # "a 60-year-old charcoal seller"
    rf"(?=(?:{_PEOPLE_HEADS}|members?)\b))?)(?P<head>{_HEADS}|members?)\b"
    rf"(?P<force>\s+of\s+(?:the|its|their|an?)\s+[\w’'\s-]{{0,30}}"
    r"(?i:forces|army|military|navy|police|gendarmerie|guards?|corps|rifles|constabulary)\b"
    # "two members of a Serbian border police river unit"
    r"(?:\s+(?:[a-z]+\s+)?(?:unit|patrol|detachment|squad))?)?")

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
           # "were confirmed dead in the attack", "was pronounced dead at the scene"
           r"(?:found|confirmed|pronounced|declared|certified|reported)\s+dead|"
           r"killed|dead|died|dies|die|martyred|drowned|"
           r"(?:lost|lose|loses)\s+(?:their|his|her)\s+li(?:fe|ves)|laid\s+down\s+(?:their|his|her)\s+li(?:fe|ves)|"
           # "gave his life defending the border", "sacrificed their lives for the Motherland"
           r"(?:gave|given|sacrificed)\s+(?:their|his|her)\s+li(?:fe|ves)|"
           r"(?:fell|fallen)\s+while\s+(?:defending|serving)|"
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
_HURT_ESCAPE = (r"(?:swam|walked|crawled|staggered|reached|arrived|returned|escaped|fled|made\s+it|survived)\s+"
                r"(?:[\w’'-]+\s+){0,5}?"
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
            # "taken to the Palma health centre with injuries"
            r"(?:[Hh]ospital|[Hh]ealth\s+(?:centre|center|post)|[Cc]linic)"
            r"(?:\s+(?:of|in)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?))"
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
            # "was shot in the leg", "was struck in the leg": a wound by where it struck (not the head or chest, often
            # fatal and said so apart)
            r"(?:shot|struck|hit|wounded)\s+(?:\w+ly\s+)?in\s+the\s+(?:legs?|arms?|shoulders?|hands?|foot|feet|thighs?|"
            r"knees?|back|abdomen|stomach|hips?|buttocks?|ankles?|wrists?|elbows?|calf|side)")

_CRAFT = (r"(?:vessels?|boats?|ships?|trawlers?|canoes?|craft|dhows?|launch(?:es)?|cutters?|skiffs?|ferr(?:y|ies)|"
          r"longliners?|seiners?|tankers?|freighters?|tugs?|tugboats?|yachts?|dinghy|dinghies|sampans?|pirogues?|"
          # "a Filipino technician on a nearby gas platform"
          r"junks?|barges?|frigates?|corvettes?|destroyers?|platforms?|rigs?)\b")

# The number someone puts a count at, a toll told again or contested: "Local media put the number at three", 'puts
# the number at "at least five"' (scan's gate, figures' toll, discourse's restatement)
PUT_COUNT_AT = r"\b(?:put|puts|putting)\s+(?:the\s+|its\s+|their\s+)?(?:number|figure|tally)\s+at"

_WITH_UNIT = (r"(?:\s+(?:with\s+(?:the|its|their|our|his|her|an?)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+|"
              # "from" only with a unit: "a fisherman from the same district" is a place, which names the side ("a
              # soldier of the detachment" too)
              r"(?:from|of)\s+(?:the|its|their|our|his|her|an?)\s+(?:[\w’'.-]+\s+){0,2}?(?:patrol|unit|post|team|crew|"
              r"battalion|brigade|company|contingent|mission|force|station|squad|detachment|convoy|garrison)s?)"
              # ("a Romanian petty officer of the boarding team suffered a minor hand injury")
              r"(?=\s+(?:were|was|had|have|has|suffered|sustained|received|died|lost)\s))?")

# verbs of the outcome itself, which a participle phrase before the verb must not swallow ("died at the scene and
# another was taken to hospital")
_PARTICIPLE_OUTCOME = (r"(?:killed|wounded|injured|hurt|martyred|murdered|massacred|stabbed|shot|maimed|burned|burnt|died|"
                       r"perished|succumbed|drowned|lynched|executed|assassinated|beheaded|slain|neutrali[sz]ed|eliminated|"
                       r"hospitali[sz]ed|treated|admitted|evacuated)\b")
# "jumped into the water and died by drowning", "fell overboard and drowned": what the people did, then an intransitive
# death (not "fired back and killed three", where the killed are others)
# One person's death told without a passive: "died", "lost his life", "fell as a martyr", "fell with arms in hand" (a
# communiqué's singular of "fell as martyrs"; French releases' "tombé les armes à la main")
_ONE_DIED = (r"(?:died|dies|lost\s+(?:his|her)\s+life|succumbed|perished|drowned|fell\s+as\s+an?\s+martyr|"
             r"fell\s+(?:with\s+(?:arms|weapons?)\s+in\s+hand|in\s+(?:action|combat|battle)))")
# "fell between the hulls of the two vessels and lost his life"
_AND_THEN_DIED = (rf"\s+(?!{_PARTICIPLE_OUTCOME})(?:[a-z]{{2,}}ed|fell|went|ran|swam|came|leapt|dove|got)\s+"
                  r"(?:[\w’'-]+\s+){0,7}?and"
                  rf"(?=\s+(?:(?:later|then|subsequently)\s+)?{_ONE_DIED}\b)")
# A place's kind after its name: "a farmer from Pu Nhi commune", "herders from Turkana County"
_PLACE_KIND = (r"(?:\s+(?i:commune|district|village|province|region|county|town|municipality|department|"
               r"governorate))?")
# A place the text just named, named again by its kind: "two fishermen from this village", "A shepherd from the
# village was reportedly killed" (the people's own, as the place named before is)
_PLACE_AGAIN = r"(?:the|this|that|a\s+nearby)\s+(?:same\s+)?(?:village|town|hamlet|settlement|island)"

_RECOVERED = r"(?:recover(?:ed|ing)|retriev(?:ed|ing)|found|finding|discover(?:ed|ing)|pull(?:ed|ing)\s+out|exhum(?:ed|ing))"

_ATTACKER = re.compile(r"(?i)\s*(?:(?:air|missile|drone|military|artillery|coast\s+guard|mortar|rocket|tank|sniper|"
                       # "Burundian mortar rounds landed on a market": the rounds, shells or bombs of a state's guns
                       r"naval|gun|cross-border)\s*)?(?:strikes?|shelling|fire|firing|rounds|shells|bombs|"
                       r"attacks?|missiles?|drones?|bombing|raids?|artillery|retaliation|aggression|offensive|"
                       # "saying Kyrgyz troops fired first and that one resident ... had been killed"
                       # "the Namibian Defence Force opened fire": a force's capitalised name after its demonym
                       r"(?:border\s+|(?:(?-i:[A-Z])[\w-]+\s+){1,2}(?=(?-i:[A-Z])))?"
                       r"(?:troops|forces|force|soldiers|guards|police|gendarmes|patrols?|army|navy|personnel|units)\s+"
                       r"(?:had\s+)?"
                       r"(?:fired|opened\s+fire|shelled|attacked|struck))\b")

# ("the bodies of the two deceased were handed over": the dead counted before)
_BODIES = re.compile(r"(?i)\b(?:bodies|remains)\s+of\s+(?P<the>the\s+)?$")
# (and a hospital's count: "the hospital there had received the bodies of seven Libyan soldiers")
_HOSPITAL_RECEIVED = r"(?:hospital|morgue|mortuary)(?:\s+there)?\s+(?:had\s+|has\s+)?received"
_BODIES_FOUND = re.compile(rf"(?i)\b(?:{_RECOVERED}|{_HOSPITAL_RECEIVED})\s+(?:the\s+)?(?:bodies|remains)\s+of\s+"
                           rf"(?:the\s+)?$")
# "the bodies of three men had been found in woodland": the find told in the passive, after the count
_FOUND_AFTER = re.compile(rf"(?i)\s+(?:(?:had|have|has)\s+)?(?:(?:now|since|already|so\s+far)\s+)?"
                          rf"(?:(?:been|were|was)\s+(?:\w+ly\s+)?{_RECOVERED}|"
                          r"washed\s+(?:up|ashore))\b")  # "the bodies of three more people had washed ashore"

_OF_THEM = re.compile(r"[”\"]?\s+of\s+(?:them|those|whom)\b")  # "“at least 35” of those on board": a count quoted

_MORE = re.compile(r"\s+more\b")
