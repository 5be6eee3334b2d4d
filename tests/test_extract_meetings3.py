"""Meetings and actors, round 3 (dev6): homologues and officers by rank, offices "in charge of" a portfolio or
posted "in" a capital, forces named by their initials, "both Presidents" and "the two commanders" from the
context, envoys' principals, visits to an office at a venue, and what is no meeting or no meeting place.

Made-up sentences in dyads the development corpora do not use, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from extract_support import of, pairs, run


def meetings(text: str) -> list[dict]:
    return of(run(text), "meetings")


def test_homologue_in_charge_of_and_a_meeting_under_a_third_states_auspices():
    got = meetings("Accra, 16 June 2025 – It is under the auspices of the Republic of Côte d'Ivoire that the "
                   "Minister in charge of Defence, Mr. Kwame Owusu, and his Togolese homologue, Mr. Yao Agbeko, "
                   "met on Saturday in Abidjan. Ghana welcomed the talks.")
    assert len(got) == 1
    f = got[0]
    assert {(f["state_1"], f["actor_1"]), (f["state_2"], f["actor_2"])} == {("GHA", "kwame-owusu"), ("TGO", "yao-agbeko")}
    assert f["host_state"] == "CIV" and f["cameo_code"] == "044"
    # trap: a homologue who only spoke to the press met nobody
    assert meetings("Accra, 16 June 2025 – The Minister in charge of Defence, Mr. Kwame Owusu, said his Togolese "
                    "homologue would be welcome. Ghana wants calm.") == []


def test_officers_named_by_rank_below_general():
    got = meetings("Lt Col Kofi Mensah of Ghana met Togolese Colonel Yao Agbeko at the Aflao border post on Monday.")
    assert [(f["actor_1"], f["actor_2"]) for f in got] == [("kofi-mensah", "yao-agbeko")]
    assert got[0]["level"] == "military"
    # trap: a rank with no one named and no state places nobody
    assert meetings("The colonel met the press at the Aflao border post on Monday.") == []


def test_a_force_named_by_its_initials_stands_for_its_state():
    text = ("Soldiers of the Zambia National Defence Force (ZNDF) and of Malawi's Defence Force (MDF) exchanged fire "
            "on Sunday. A flag meeting between the ZNDF and the MDF was held at the border post on Tuesday.")
    assert pairs(run(text)) == {frozenset({"ZMB", "MWI"})}
    # trap: a zone named by its initials is no body; an armed group's initials stand for no state
    text = ("Fishermen entered Malawi's Exclusive Economic Zone (EEZ) on Sunday. The Free Zambia Liberation Army (FZLA) "
            "said it had met the EEZ patrol. Talks between the FZLA and the EEZ were held on Tuesday.")
    assert pairs(run(text)) == set()


def test_portfolio_before_minister_and_an_envoy_posted_in_a_capital():
    got = meetings("On Monday, the Ghanaian High Commissioner in Abuja, Mr Kojo Appiah, called on Nigerian Fisheries "
                   "Minister Bello Musa at the Ministry.")
    assert [(f["actor_1"], f["state_1"], f["actor_2"], f["state_2"]) for f in got] == \
        [("kojo-appiah", "GHA", "bello-musa", "NGA")]
    assert got[0]["format"] == "visit"
    # trap: the portfolio does not swallow a name joined by "and"
    got = meetings("On Monday, Ghanaian President John Kufuor and Fisheries Minister Bello Musa spoke to reporters.")
    assert got == []


def test_both_presidents_and_the_two_commanders_take_the_pair_from_the_context():
    got = meetings("QUITO – Ecuador and Colombia traded accusations over the border. The visit of the Colombian "
                   "minister was prepared in a telephone conversation between both Presidents last Friday.")
    assert [(f["format"], f["date_start"]) for f in got] == [("call", "2025-06-13")]
    assert {got[0]["state_1"], got[0]["state_2"]} == {"ECU", "COL"}
    got = meetings("Fighting between Zambia and Malawi troops broke out on Thursday. “Following a meeting at the "
                   "Nakonde checkpoint on Friday, the two sector commanders agreed to stop firing,” the army said.")
    assert [(f["date_start"], f["level"]) for f in got] == [("2025-06-13", "military")]
    # traps: talks offered a seat are no talks; a meeting that will be held is not one
    assert meetings("Ecuador and Colombia traded accusations. Peru's minister offered Lima as the seat for technical "
                    "talks between the two delegations.") == []
    assert meetings("Peru's minister said his country \"would be honoured to host\" talks between Ecuador and "
                    "Colombia.") == []
    assert meetings("Ecuador and Colombia disagree. Talks between the two sides collapsed in 2023.") == []  # a process
    assert pairs(run("Lima, which hosted talks between Ecuador and Colombia on Monday, was thanked.")) == \
        {frozenset({"ECU", "COL"})}
    assert meetings("Fighting between Zambia and Malawi broke out. At a meeting that will be held in Lusaka next "
                    "week, the two ministers are to sign a protocol.") == []


def test_both_countries_with_one_side_named_take_the_articles_pair():
    text = ("Bolivia and Peru signed a plan on Friday.\n\nSmugglers shot a Peruvian police officer on Sunday. "
            "The Bolivian police reported a wounded officer.\n\nA curfew was declared. Schools closed. "
            "Markets stayed shut.\n\nThis Wednesday, the vice-ministers of public order of both countries held a "
            "meeting by videoconference, the Peruvian Ministry of the Interior said.")
    got = [f for f in meetings(text) if f["date_start"] == "2025-06-18"]
    assert len(got) == 1 and {got[0]["state_1"], got[0]["state_2"]} == {"BOL", "PER"}
    assert got[0]["format"] == "virtual"


def test_an_envoys_principal_is_not_the_visitor():
    got = meetings("On Tuesday, Sierra Leone's Minister of Foreign Affairs, Hon. Musa Kamara, travelled to Conakry "
                   "as special envoy of His Excellency the President and was received in audience by the Guinean "
                   "leader, General Mamadi Conde.")
    assert [(f["actor_1"], f["state_1"], f["actor_2"], f["state_2"]) for f in got] == \
        [("musa-kamara", "SLE", "mamadi-conde", "GIN")]
    assert got[0].get("location_country") == "GIN"


def test_a_visit_to_an_unnamed_office_at_a_venue_meets_that_places_state():
    got = meetings("The Prime Minister of the Republic of Niger, His Excellency Ali Mahaman, on Tuesday paid a "
                   "working visit to the President at the Presidential Villa, Abuja.")
    assert [(f["actor_1"], f["state_1"], f["state_2"], f["cameo_code"]) for f in got] == \
        [("ali-mahaman", "NER", "NGA", "042")]
    # trap: with no place, the office stays unplaced and no meeting is made up
    assert meetings("The Prime Minister of the Republic of Niger, His Excellency Ali Mahaman, on Tuesday paid a "
                    "working visit to the President.") == []


def test_where_a_visitor_returns_to_is_not_where_he_was_received():
    got = meetings("SANTIAGO – Argentina's foreign minister, Mr. Jorge Ríos, met Chilean officials on Monday. On "
                   "Tuesday, before returning to Buenos Aires, Ríos was received in audience by the President of "
                   "Chile at the Palacio de La Moneda.")
    tuesday = [f for f in got if f["date_start"] == "2025-06-17"]
    assert len(tuesday) == 1 and tuesday[0].get("location_country") != "ARG"


def test_a_named_person_of_an_outlet_that_never_names_its_own_state():
    got = meetings("NARATHIWAT — The Thai government welcomed the talks. Foreign Minister Somchai Dee and Malaysia’s "
                   "Foreign Minister Datuk Seri Amran Yusof held a phone conversation on Wednesday, the ministry said.")
    assert [(f["state_1"], f["state_2"], f["format"]) for f in got] == [("THA", "MYS", "call")]
    # trap: with a third state named, the unplaced minister stays unplaced
    assert meetings("NARATHIWAT — The Thai and Indonesian governments welcomed the talks. Foreign Minister Somchai "
                    "Dee and Malaysia’s Foreign Minister Datuk Seri Amran Yusof held a phone conversation on "
                    "Wednesday.") == []


def test_a_meeting_someone_had_proposed_was_not_held():
    assert meetings("Algeria, which borders both countries, had proposed a tripartite meeting of the Algerian, "
                    "Libyan and Tunisian ministers. Libya and Tunisia closed the crossing.") == []
    got = meetings("Algeria's minister had talks with his Tunisian counterpart on Monday.")
    assert pairs(run("Algeria's minister had talks with his Tunisian counterpart on Monday.")) == {frozenset({"DZA", "TUN"})}
    assert got[0]["date_start"] == "2025-06-16"


def test_a_day_after_they_met_is_not_the_sentences_date():
    got = meetings("Traffic resumed at the crossing between Libya and Tunisia on Sunday, a day after the interior "
                   "ministers of the two countries met at the crossing.")
    assert len(got) == 1 and got[0]["date_basis"] != "relative" or got[0]["date_start"] != "2025-06-15"


def test_exchanged_views_by_telephone_is_a_call():
    got = meetings("Zambian Foreign Minister Mulambo Haimbe and his Malawian counterpart Nancy Tembo exchanged views "
                   "by telephone on Sunday.")
    assert [(f["actor_1"], f["actor_2"], f["format"]) for f in got] == [("mulambo-haimbe", "nancy-tembo", "call")]
    # trap: views exchanged in statements, with no contact reported, are no meeting
    assert meetings("Zambia and Malawi exchanged views through statements on Sunday.") == []


def test_a_qualified_body_of_two_demonyms():
    got = meetings("Thai and Cambodian defence officials held talks in Kuala Lumpur on Monday.")
    assert [(f["actor_1"], f["actor_2"], f["host_state"]) for f in got] == [("tha-delegation", "khm-delegation", "MYS")]
    # trap: a qualified noun that is no body ("Thai and Cambodian border villages") meets nobody
    assert meetings("Thai and Cambodian border villages held talks in Kuala Lumpur on Monday.") == []


def test_talks_via_videoconference_and_received_at_an_airport_by():
    got = meetings("Kenyan President William Ruto held talks via videoconference with Somali President Hassan Sheikh "
                   "Mohamud on Monday.")
    assert [(f["state_1"], f["state_2"], f["format"]) for f in got] == [("KEN", "SOM", "virtual")]
    got = meetings("The Sudanese army chief, Gen. Abdel Fattah al-Burhan, was received at Cairo airport by Egyptian "
                   "Prime Minister Mostafa Madbouly.")
    assert [(f["actor_1"], f["actor_2"], f["location_country"]) for f in got] == \
        [("abdel-fattah-al-burhan", "mostafa-madbouly", "EGY")]
    # trap: an airport and a remark made there by someone else are no passive host
    assert meetings("The Sudanese army chief, Gen. Abdel Fattah al-Burhan, was received at Cairo airport, an aide "
                    "said, and later spoke by phone to reporters.") == []


def test_both_presidents_after_a_reported_visit_are_that_visits_pair():
    got = meetings("QUITO – The Minister of Foreign Affairs of Colombia, Mr. Luis Gil, was received on Monday by the "
                   "Ecuadorian Chancellor Ana Vera. Peru's envoy praised the meeting. The visit was prepared in a "
                   "telephone conversation between both Presidents last Friday.")
    assert {(f["format"], f["date_start"]) for f in got} == {("visit", "2025-06-16"), ("call", "2025-06-13")}
    assert all({f["state_1"], f["state_2"]} == {"COL", "ECU"} for f in got)
    # trap: a meeting of a body's own members is no encounter of "the two ministers"
    assert meetings("Following a meeting of the cabinet on Monday, the two ministers resigned. Togo and Benin "
                    "clashed in May.") == []


def test_two_titles_joined_by_and_name_two_persons_when_the_first_is_anothers():
    text = ("Iranian Foreign Minister Abbas Araghchi is on a visit to India at the invitation of External Affairs "
            "Minister S. Jaishankar. External Affairs Minister and Foreign Minister Araghchi co-chaired the Joint "
            "Commission in New Delhi on 17 June 2025.")
    got = meetings(text)
    assert ("abbas-araghchi", "s-jaishankar") in {(f["actor_1"], f["actor_2"]) for f in got}
    # trap: one person with two offices stays one ("Deputy Prime Minister and Foreign Minister Ishaq Dar")
    got = meetings("Deputy Prime Minister and Foreign Minister Ishaq Dar met Chinese Foreign Minister Wang Yi in "
                   "Beijing on Monday. Pakistan's Deputy Prime Minister thanked China.")
    assert [(f["actor_1"], f["actor_2"]) for f in got] == [("ishaq-dar", "wang-yi")]


def test_arrived_in_a_capital_on_a_visit():
    got = meetings("Ghanaian President John Mahama arrived in Abuja on Monday on a two-day official visit.")
    assert [(f["state_1"], f["state_2"], f["format"], f["cameo_code"]) for f in got] == [("GHA", "NGA", "visit", "042")]
    # traps: coming home from a visit, or arriving for a summit, meets no host
    assert meetings("Nigerian President Bola Tinubu arrived in Abuja on Monday on his return from a visit.") == []
    assert meetings("Ghanaian President John Mahama arrived in Abuja on Monday for the ECOWAS summit.") == []


def test_other_words_for_calls_talks_and_signings():
    for text, fmt in (("Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke on the phone on "
                       "Monday.", "call"),
                      ("Kenyan President William Ruto and Ugandan President Yoweri Museveni held a tête-à-tête in "
                       "Entebbe on Monday.", "talks"),
                      ("Kenyan Trade Minister Lee Kinyanjui and Ugandan Trade Minister Frank Tumwebaze inked a "
                       "memorandum of understanding on Monday.", "signing"),
                      ("Speaking after meeting Kenyan President William Ruto on Monday, Ugandan President Yoweri "
                       "Museveni said trade must grow.", "talks")):
        got = meetings(text)
        assert [({f["state_1"], f["state_2"]}, f["format"]) for f in got] == [({"KEN", "UGA"}, fmt)], text
    # trap: a phone on the table, and speaking after a meeting of one's own cabinet
    assert meetings("Ugandan President Yoweri Museveni spoke about the phone tax on Monday. Kenya objected.") == []


def test_a_named_officer_then_his_office_is_one_person():
    got = meetings("Gen. Muhoozi Kainerugaba, the Ugandan army chief, met Kenya's Chief of Defence Forces Gen. "
                   "Charles Kahariri on Monday.")
    assert [(f["actor_1"], f["state_1"], f["actor_2"], f["state_2"], f["level"]) for f in got] == \
        [("muhoozi-kainerugaba", "UGA", "charles-kahariri", "KEN", "military")]


def test_portfolio_words_that_are_also_sentence_words():
    got = meetings("Philippine Foreign Affairs Secretary Enrique Manalo met Chinese Foreign Minister Wang Yi in Beijing "
                   "on Monday.")
    assert [(f["actor_1"], f["state_1"], f["actor_2"]) for f in got] == [("enrique-manalo", "PHL", "wang-yi")]
    got = meetings("Tanzanian President Samia Suluhu Hassan on Monday received Kenyan Prime Cabinet Secretary Musalia "
                   "Mudavadi at State House in Dar es Salaam.")
    assert [(f["actor_1"], f["state_1"], f["state_2"], f["location_country"]) for f in got] == \
        [("musalia-mudavadi", "KEN", "TZA", "TZA")]
    # trap: a weekday before a title is no portfolio
    got = meetings("On Monday Foreign Minister Wang Yi met Philippine Foreign Affairs Secretary Enrique Manalo.")
    assert all(f["actor_1"] == "wang-yi" or f["actor_2"] == "wang-yi" for f in got)


def test_a_joint_body_described_before_its_verb_and_a_meeting_of_it_that_was_held():
    got = meetings("The Joint Monitoring Committee established under the accord between Sudan and South Sudan held its "
                   "first meeting on 2 June 2025 in Juba.")
    assert [({f["state_1"], f["state_2"]}, f["date_start"]) for f in got] == [({"SDN", "SSD"}, "2025-06-02")]
    got = meetings("Kenya thanked Tanzania for facilitating the meeting of the Kenya–Uganda Joint Border Committee "
                   "held in Arusha in May 2025.")
    assert [{f["state_1"], f["state_2"]} for f in got] == [{"KEN", "UGA"}]
    # traps: a body that "has not met", and a meeting "to be held"
    assert meetings("A boundary commission created in 2008 by Sudan and South Sudan has not met since 2019.") == []
    assert meetings("Kenya welcomed the meeting of the Kenya–Uganda Joint Border Committee to be held in Arusha.") == []


def test_two_named_by_office_take_the_context_but_two_rebel_leaders_do_not():
    got = meetings("Fighting between Zambia and Malawi troops broke out. The two defence ministers met in Lusaka on "
                   "Monday.")
    assert [({f["state_1"], f["state_2"]}, f["location_country"]) for f in got] == [({"ZMB", "MWI"}, "ZMB")]
    assert meetings("Fighting between Zambia and Malawi troops broke out. The two rebel leaders met in Lusaka on "
                    "Monday.") == []


def test_calls_made_placed_and_taken():
    for text in ("Kenyan President William Ruto made a phone call to Ugandan President Yoweri Museveni on Monday.",
                 "Kenyan President William Ruto placed a call to Ugandan President Yoweri Museveni on Monday.",
                 "Ugandan President Yoweri Museveni took a call from Kenyan President William Ruto on Monday.",
                 "Ugandan President Yoweri Museveni received a call on Monday from Kenyan President William Ruto."):
        got = meetings(text)
        assert [(f["state_1"], f["state_2"], f["format"], f["date_start"]) for f in got] == \
            [("KEN", "UGA", "call", "2025-06-16")], text
    # trap: an appeal is no call
    assert meetings("Ugandan President Yoweri Museveni made a call to Kenya to withdraw its troops on Monday.") == []


def test_a_visit_or_meeting_called_off_or_denied_did_not_happen():
    for text in ("Kenyan President William Ruto postponed his visit to Uganda.",
                 "Kenyan President William Ruto called off his trip to Uganda.",
                 "Kenyan President William Ruto's visit to Uganda has been delayed.",
                 "The meeting between Kenyan President William Ruto and Ugandan President Yoweri Museveni was cancelled.",
                 "Kenyan President William Ruto denied that he had met Ugandan President Yoweri Museveni."):
        assert meetings(text) == [], text
    # trap: something else postponed does not undo a meeting
    got = meetings("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday after a summit that "
                   "was postponed.")
    assert [{f["state_1"], f["state_2"]} for f in got] == [{"KEN", "UGA"}]


def test_discussed_in_a_phone_call_and_a_handshake():
    got = meetings("French President Anne Morel and British Prime Minister James Hart discussed the sinking in a phone "
                   "call on Wednesday evening.")
    assert [(f["state_1"], f["state_2"], f["format"]) for f in got] == [("FRA", "GBR", "call")]
    got = meetings("Finnish Border Guard chief Lieutenant General Mikko Rantanen shakes hands with his Russian "
                   "counterpart, Lieutenant General Viktor Lukin, at the Vaalimaa checkpoint on Friday.")
    assert [(f["actor_1"], f["actor_2"], f["level"]) for f in got] == [("mikko-rantanen", "viktor-lukin", "military")]
    # trap: discussing something with no contact reported is no meeting
    assert meetings("French President Anne Morel and British Prime Minister James Hart discussed the sinking in "
                    "statements on Wednesday.") == []


def test_plural_titles_initials_and_chiefs():
    got = meetings("Presidents Andrzej Nowak of Poland and Serhiy Bondar of Ukraine spoke by phone on Monday.")
    assert [(f["actor_1"], f["state_1"], f["actor_2"], f["state_2"]) for f in got] == \
        [("andrzej-nowak", "POL", "serhiy-bondar", "UKR")]
    got = meetings("New Delhi, 16 June 2025\n\nExternal Affairs Minister Dr. R. Venkatraman is visiting Oman. India "
                   "and Oman are partners. India thanked Oman. On Monday, EAM called on His Majesty Sultan Qais bin "
                   "Hamad.")
    assert ("r-venkatraman", "qais-bin-hamad") in {(f["actor_1"], f["actor_2"]) for f in got}
    got = meetings("Iraqi and Jordanian intelligence chiefs met in Doha last month, at Qatar's invitation.")
    assert [({f["state_1"], f["state_2"]}, f["host_state"]) for f in got] == [({"IRQ", "JOR"}, "QAT")]


def test_a_host_received_each_of_the_two_delegations():
    got = meetings("Iran and Bahrain held talks in Muscat on Monday. Prior to the session, the Minister of Foreign "
                   "Affairs of the Sultanate of Oman received each of the two delegations separately.")
    assert {frozenset((f["state_1"], f["state_2"])) for f in got} >= {frozenset({"OMN", "IRN"}),
                                                                       frozenset({"OMN", "BHR"})}


def test_travelled_for_talks_and_a_release_from_port_sudan():
    got = meetings("Turkmen Foreign Minister Batyr Orazov travelled to Tashkent in February for talks on a "
                   "cross-border zone.")
    assert [(f["state_1"], f["state_2"], f["format"], f["cameo_code"]) for f in got] == [("TKM", "UZB", "talks", "042")]
    assert meetings("Turkmen Foreign Minister Batyr Orazov travelled to Brussels in February for talks with EU "
                    "leaders.") == []
    text = ("Port Sudan, Thursday 12 March 2026\n\nOn Sunday the Eritrean side opened fire on our post. The Eritrean "
            "army denied it. The field commanders of the two sides met at the Lafa crossing on Monday evening.")
    got = of(run(text, published=__import__("datetime").date(2026, 3, 12)), "meetings")
    assert [{f["state_1"], f["state_2"]} for f in got] == [{"SDN", "ERI"}]


def test_two_who_met_someone_else_and_talks_due_to_resume():
    # traps: "met members of the community" is not a meeting of the two; talks "due to resume" far after the noun
    assert meetings("Armenia and Georgia are neighbours. On Thursday the two prime ministers visited a church and met "
                    "members of the Armenian community.") == []
    assert meetings("Negotiations between Madrid and London on a treaty governing Gibraltar's relationship with the "
                    "European Union are due to resume next week in Brussels.") == []


def test_a_meeting_referred_back_to_and_teams_the_story_introduced():
    got = meetings("Iran welcomed the agreement reached on Monday by the border commanders of the two countries, at "
                   "their meeting at the Zurbatiyah crossing. Iran and Iraq are neighbours.")
    assert [({f["state_1"], f["state_2"]}, f["date_start"], f["level"]) for f in got] == \
        [({"IRN", "IRQ"}, "2025-06-16", "military")]
    got = meetings("Iraqi and Saudi border commanders have agreed to halt all fire along the frontier. The agreement "
                   "was reached at a meeting at the Arar crossing this evening.")
    assert [{f["state_1"], f["state_2"]} for f in got] == [{"IRQ", "SAU"}]
    got = meetings("Afghan and Uzbek border commanders traded fire on Monday. The commanders met for about three hours "
                   "on the Friendship Bridge on Tuesday.")
    assert [({f["state_1"], f["state_2"]}, f["date_start"]) for f in got] == [({"AFG", "UZB"}, "2025-06-17")]
    # traps: rebels at their meeting; commanders of one army met the press
    assert meetings("Iraq and Iran closed the crossing. The rebel leaders agreed a truce at their meeting in the "
                    "hills.") == []
    assert meetings("Afghan and Uzbek border commanders traded fire on Monday. The commanders met reporters on "
                    "Tuesday.") == []


def test_the_visitor_after_by_and_a_host_where_the_visitor_landed():
    got = meetings("Mongolian Foreign Minister Enkhbold Dorjsuren held talks with Foreign Minister Park Seong-ho in "
                   "Seoul, the first visit to South Korea by a Mongolian foreign minister in four years.")
    assert all(f["state_1"] == "MNG" and f["actor_2"] in ("park-seong-ho", None) for f in got)
    got = meetings("Chinese Foreign Minister Tang Wei landed in Jakarta on Tuesday. The Philippines and Malaysia "
                   "protested. On Wednesday morning Tang was received at the Merdeka Palace by President Budi Santoso.")
    assert ("tang-wei", "budi-santoso", "IDN") in {(f["actor_1"], f["actor_2"], f["state_2"]) for f in got}
    # trap: two cities joined by "and" after "in" are places, not governments
    assert meetings("The UN envoy, who held separate meetings in Nicosia and Ankara last week, will continue her "
                    "consultations.") == []


def test_a_bare_style_is_the_person_introduced_with_it_and_the_release_hosts():
    text = ("Riyadh, June 17, 2025, SPA -- His Highness Prince Turki bin Saad, Minister of Foreign Affairs, announced "
            "today that Yemen and Somalia have agreed to stop firing.\n\nHis Highness received at the Ministry's "
            "headquarters this morning Dr. Nabil Al-Sharabi, Minister of Foreign Affairs of the Republic of Yemen, "
            "and, separately, Mr. Ali Warsame, Minister of Foreign Affairs of the Federal Republic of Somalia.")
    got = meetings(text)
    assert {(f["actor_1"], f["state_1"], f["actor_2"], f["state_2"]) for f in got} >= {
        ("nabil-al-sharabi", "YEM", "turki-bin-saad", "SAU"), ("ali-warsame", "SOM", "turki-bin-saad", "SAU")}
    # trap: another style than the one the person was introduced with stands for no one known
    got = meetings("Riyadh, June 17, 2025, SPA -- His Highness Prince Turki bin Saad met the press.\n\nHis Excellency "
                   "received the Somali Foreign Minister, Ali Warsame, on Monday.")
    assert got == []


def test_a_meeting_of_two_sides_officials_but_not_of_three_states():
    got = meetings("A first round of talks was held in Quito in March, at a meeting of Chilean and Peruvian officials.")
    assert [({f["state_1"], f["state_2"]}, f["host_state"]) for f in got] == [({"CHL", "PER"}, "ECU")]
    assert meetings("The two sides recalled the first trilateral meeting of Bangladesh, China and Pakistan held in "
                    "Kunming in June 2025.") == []
    assert meetings("The meeting of the Chilean cabinet was held on Monday.") == []


def test_a_council_chairman_with_a_word_between_is_a_head_of_state():
    got = meetings("His Royal Highness Prince Khalid bin Fahd, Crown Prince, received on Sunday His Excellency Dr. Ali "
                   "Nasser, Chairman of the Presidential Leadership Council of the Republic of Yemen, at the palace in "
                   "Riyadh.")
    assert [(f["actor_1"], f["state_1"], f["state_2"], f["level"]) for f in got] == [("ali-nasser", "YEM", "SAU", "leaders")]
    # trap: the chairman of a council that is no state's leadership is no head of state
    assert meetings("Dr. Ali Nasser, Chairman of the Leadership Council of the Football Federation, met the press in "
                    "Riyadh.") == []
