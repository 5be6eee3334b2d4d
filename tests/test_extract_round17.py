"""Round 17, read on the misses of dev32-dev50 (each beside its trap): a paper that never names its own state,
a commander "of the Ethiopian Federal Police", two named between dashes, the head of a state's service by name alone,
"what both sides called a truce", Iran's West Azerbaijan, "the chiefs of the two border services", teams that "sat
down in Mae Sot in talks", a border service the text placed in Baku saying "two of its servicemen", a consul general,
soldiers who "sacrificed their lives", a president who "rang" his counterpart, a working session and the session
before it, a general "(rtd)" on "Thursday afternoon", "the Rt. Hon. Prime Minister" of a release's own state,
ministers who "agreed by phone", an offer beside a habit of mediating ("has long acted as a go-between"), and offers
to host two states' negotiators or to provide a platform for their talks; a unilateral halt apart from the truce
agreed the next day, and an earlier truce with a date of its own ("a similar ceasefire in March", "A previous
ceasefire, brokered ... in May 2025", "A similar understanding was reached in March"), and the truce "to end the
firing" told undated beside a similar one of 2 March; "two of the boat's 11 crew" (the 11 are the group)."""
from __future__ import annotations

import datetime as dt

from extract_support import figures, mediations, of, pairs, run

from diprel.extract import extract_text
from diprel.extract.document import Document

PAPER = ("Two of our soldiers were killed and three wounded when a Libyan border unit opened fire on a patrol near "
         "Wour on Saturday, our correspondent in Faya reports.\n")


def test_a_paper_speaks_from_its_state_unnamed():
    found = figures(extract_text(PAPER, dt.date(2026, 11, 5), outlet_country="TCD"))
    assert {(side, count) for side, _, _, count, _ in found} == {("TCD", 2), ("TCD", 3)}
    # trap: without a known outlet, "our" is nobody's
    assert {side for side, *_ in figures(extract_text(PAPER, dt.date(2026, 11, 5)))} == {None}


def test_a_commander_of_a_named_force_between_dashes():
    text = ("MOYALE, June 3 - That morning the two police commanders for the area — Commander Abdi Galgalo of the "
            "Ethiopian Federal Police and Jackson Mwangi, the Kenyan sub-county police commander — met at the One "
            "Stop Border Post.\n")
    found = of(run(text, dt.date(2026, 6, 3)), "meetings")
    assert [(f["actor_1"], f["state_1"], f["actor_2"], f["state_2"]) for f in found] == [
        ("abdi-galgalo", "ETH", "jackson-mwangi", "KEN")]
    # trap: a pair named between dashes but only planning to meet
    assert pairs(run(text.replace("— met at", "— will meet at"), dt.date(2026, 6, 3))) == set()


def test_the_head_of_a_states_service_by_name_alone():
    text = ("OSH, May 12 - The head of Kyrgyzstan's border service, Kairat Osmonov, and the commander of Uzbekistan's "
            "border troops, Major General Dilshod Rakhimov, met at the Kyzyl-Kiya crossing on Monday.\n")
    found = of(run(text, dt.date(2026, 5, 12)), "meetings")
    assert [(f["actor_1"], f["state_1"], f["state_2"]) for f in found] == [("kairat-osmonov", "KGZ", "UZB")]
    # trap: a capital apposed to the unit is a place, not its head
    doc = Document("The head of Kyrgyzstan's border service, Bishkek, said on Monday that the post was quiet.\n",
                   dt.date(2026, 5, 12))
    assert [m for m in doc.mentions[0] if m.kind == "person"] == []


def test_what_both_sides_called_a_truce_is_no_phone_call():
    text = ("BISHKEK, March 19 - The security chiefs of Kyrgyzstan and Uzbekistan signed a protocol in Shymkent on "
            "Wednesday on what both sides called a \"complete cessation of hostilities\".\n")
    assert [f["format"] for f in of(run(text, dt.date(2026, 3, 19)), "meetings")] == ["signing"]
    # trap: a minister who called his counterpart did phone him
    called = ("BISHKEK, March 19 - Kyrgyzstan's foreign minister called his Uzbek counterpart, Bakhtiyor Saidov, on "
              "Wednesday.\n")
    assert [f["format"] for f in of(run(called, dt.date(2026, 3, 19)), "meetings")] == ["call"]


def test_west_azerbaijan_is_irans():
    text = ("VAN, Turkey, Oct 6 - Turkish Foreign Minister Hakan Yildiz met his counterpart from Iran's West "
            "Azerbaijan province on Monday.\n")
    assert frozenset(("TUR", "AZE")) not in pairs(run(text, dt.date(2026, 10, 6)))
    # trap: the Republic of Azerbaijan is still Azerbaijan
    assert frozenset(("TUR", "AZE")) in pairs(run(text.replace("Iran's West Azerbaijan province", "Azerbaijan"),
                                                  dt.date(2026, 10, 6)))


def test_the_chiefs_of_the_two_border_services():
    text = ("SARAKHS, Nov 2 - Iranian and Turkmen border guards have agreed to stop firing along the Tejen river, "
            "Iran's Border Guard Command said, after the chiefs of the two border services met at the Sarakhs crossing "
            "for five hours.\n")
    assert frozenset(("IRN", "TKM")) in pairs(run(text, dt.date(2026, 11, 2)))
    # trap: the chiefs will meet only next week
    later = text.replace("after the chiefs of the two border services met",
                         "and the chiefs of the two services will meet")
    assert frozenset(("IRN", "TKM")) not in pairs(run(later, dt.date(2026, 11, 2)))


def test_teams_that_sat_down_for_talks():
    text = ("MAE SOT, Aug 12 - Vietnam and Myanmar have traded accusations over the shooting. On Tuesday, consular "
            "teams from the two countries sat down in Mae Sot in talks facilitated by the Thai authorities.\n")
    assert frozenset(("VNM", "MMR")) in pairs(run(text, dt.date(2026, 8, 12)))
    # trap: sitting down in the shade is no meeting
    shade = text.replace("sat down in Mae Sot in talks facilitated by the Thai authorities",
                         "sat down in the shade while Thai officials counted the returnees")
    assert frozenset(("VNM", "MMR")) not in pairs(run(shade, dt.date(2026, 8, 12)))


def test_a_body_the_text_placed_speaks_for_that_state():
    text = ("Azerbaijan and Russia agreed a ceasefire on the Samur on Tuesday. The State Border Service in Baku "
            "announced it in a short statement.\n\n"
            "The State Border Service says two of its servicemen were killed in the shooting.\n")
    assert {(side, count) for side, _, _, count, _ in figures(run(text, dt.date(2026, 9, 3)))} == {("AZE", 2)}
    # trap: a body the text never placed speaks for no state
    unplaced = text.replace("The State Border Service in Baku announced", "Officials announced")
    assert {(side, count) for side, _, _, count, _ in figures(run(unplaced, dt.date(2026, 9, 3)))} == {(None, 2)}


def test_a_consul_general_and_a_regions_chairman():
    doc = Document("The Turkish consul general in Batumi, Mehmet Kaya, was received by the chairman of the Government "
                   "of Adjara, Tornike Makharadze.\n", dt.date(2026, 7, 5))
    people = {m.actor_id: (m.state, m.level) for m in doc.mentions[0] if m.kind == "person"}
    assert people == {"mehmet-kaya": ("TUR", "officials"), "tornike-makharadze": (None, "officials")}
    # trap: a general is still a soldier, and a company's chairman holds no office
    doc = Document("General Aziz Karimov met the chairman of the board, Timur Aliyev.\n", dt.date(2026, 7, 5))
    assert {m.actor_id: m.level for m in doc.mentions[0] if m.kind == "person"} == {"aziz-karimov": "military"}


def test_soldiers_who_sacrificed_their_lives():
    text = ("VIENTIANE, Feb 4 - Laos's defence ministry said two Lao soldiers had \"sacrificed their lives for the "
            "Motherland\" in the clash with Thai troops.\n")
    assert {(side, outcome, count) for side, _, outcome, count, _ in figures(run(text, dt.date(2026, 2, 4)))} == {
        ("LAO", "killed", 2)}
    # trap: sacrificing their holidays is no death
    holidays = text.replace('"sacrificed their lives', '"sacrificed their holidays')
    assert figures(run(holidays, dt.date(2026, 2, 4))) == set()


def test_a_president_who_rang_his_counterpart():
    text = ("CAIRO, May 4 - On Sunday President Abdel-Rahman Fawzy of Egypt rang his Turkish counterpart, Kemal Ersoy, "
            "to thank him for the visit.\n")
    found = of(run(text, dt.date(2026, 5, 4)), "meetings")
    assert [(f["state_1"], f["state_2"], f["format"]) for f in found] == [("EGY", "TUR", "call")]
    # trap: shots that rang out are no call
    shots = "CAIRO, May 4 - Shots rang out on Sunday near the Egyptian and Turkish embassies.\n"
    assert of(run(shots, dt.date(2026, 5, 4)), "meetings") == []


def test_a_working_session_and_an_earlier_session_recalled():
    text = ("ABIDJAN, 26 March 2026 - The Minister of National Defence of Liberia, Hon. Abraham Dolo Sackie, and the "
            "Minister of Defence of Côte d'Ivoire, Mr. Issa Koné, held a working session on 25 March 2026. The two "
            "ministers welcomed the work of the Joint Commission since the previous meeting, which was held in "
            "Monrovia in October 2025.\n")
    def by_rule(t):  # the sentence classifier reads both on its own: the rules must
        return sorted(c["fields"]["date_start"] for c in run(t, dt.date(2026, 3, 26))
                      if c["table"] == "meetings" and c["method"].startswith("rules:meeting"))
    assert by_rule(text) == ["2025-10-01", "2026-03-25"]
    # trap: the next session is still to be held
    nxt = text.replace("since the previous meeting, which was held in Monrovia in October 2025",
                       "and agreed that the next meeting will be held in Monrovia in October 2026")
    assert by_rule(nxt) == ["2026-03-25"]


def test_a_retired_general_on_a_thursday_afternoon():
    text = ("MAPUTO, March 13 - Zambia's defence minister, Brigadier General (rtd) Ireen Sakala, held talks on "
            "Thursday afternoon with her Mozambican counterpart Cristóvão Nhantumbo.\n")
    found = of(run(text, dt.date(2026, 3, 13)), "meetings")
    assert [(f["actor_1"], f["state_1"], f["actor_2"], f["state_2"]) for f in found] == [
        ("ireen-sakala", "ZMB", "cristovao-nhantumbo", "MOZ")]
    # trap: talks she will hold on Thursday afternoon are no record
    assert of(run(text.replace("held talks", "will hold talks"), dt.date(2026, 3, 13)), "meetings") == []


PMO = ("Office of the Prime Minister, Kathmandu\n\n"
       "The Rt. Hon. Prime Minister Mr. Keshav Raj Adhikari arrived in Colombo on 17 June 2026 and held talks with "
       "Prime Minister Nirmala Wickramaratne of Sri Lanka. Sri Lanka and Nepal signed two agreements. In the evening, "
       "the Rt. Hon. Prime Minister called on the President of Sri Lanka, Mr. Chaminda Senaratne.\n")


def test_a_releases_bare_office_is_its_own_states():
    doc = Document(PMO, dt.date(2026, 6, 19), "NPL")
    assert len(doc.sentences) == 4  # "Rt." ends no sentence
    assert [m.actor_id for m in doc.mentions[3] if m.text == "Prime Minister"] == ["keshav-raj-adhikari"]
    found = of(extract_text(PMO, dt.date(2026, 6, 19), outlet_country="NPL"), "meetings")
    assert ("keshav-raj-adhikari", "chaminda-senaratne") in {(f["actor_1"], f["actor_2"]) for f in found}
    # trap: without the release's own state, the Prime Minister is the one of the state the text names most
    doc = Document(PMO, dt.date(2026, 6, 19))
    assert [m.actor_id for m in doc.mentions[3] if m.text == "Prime Minister"] == ["nirmala-wickramaratne"]


def test_ministers_who_agreed_by_phone():
    text = ("BEIRUT, Aug 20 - Lebanon and Syria have kept their border quiet this week. On August 17, the defence "
            "ministers of the two countries agreed by phone to a ceasefire starting at midnight.\n")
    found = [c["fields"] for c in run(text, dt.date(2026, 8, 20))
             if c["table"] == "meetings" and c["method"].startswith("rules:meeting")]
    assert [(f["date_start"], f["format"]) for f in found] == [("2026-08-17", "call")]
    # trap: agreed by letter is no encounter
    letter = text.replace("agreed by phone", "agreed by letter")
    assert [c for c in run(letter, dt.date(2026, 8, 20))
            if c["table"] == "meetings" and c["method"].startswith("rules:meeting")] == []


def test_an_offer_beside_a_habit_of_mediating():
    text = ("AMMAN, Aug 4 - Oman, which has long acted as a go-between for Iran and Western and Arab governments, said "
            "it was \"ready to offer its good offices to help Jordan and Iran overcome this misunderstanding\".\n")
    assert mediations(run(text, dt.date(2026, 8, 4))) == {("offer", "OMN", frozenset(("IRN", "JOR")))}
    # trap: a mediation it did conduct is still one
    done = ("AMMAN, Aug 4 - Oman acted as a go-between for Jordan and Iran on Monday, its foreign ministry "
            "said.\n")
    assert mediations(run(done, dt.date(2026, 8, 4))) == {("conducted", "OMN", frozenset(("IRN", "JOR")))}


def test_ready_to_host_two_delegations_or_provide_a_platform():
    text = ("TBILISI, June 12 - France and Azerbaijan recalled their ambassadors in March. The Georgian foreign "
            "minister said on Thursday that Tbilisi \"stands ready to host Armenian and Azerbaijani negotiators "
            "whenever they wish\".\n")
    assert mediations(run(text, dt.date(2026, 6, 12))) == {("offer", "GEO", frozenset(("ARM", "AZE")))}
    platform = ("ASTANA, June 10 - President Abenov said that Kazakhstan, which hosted talks between Armenia and "
                "Azerbaijan in 2024, remains ready to provide a platform for the Armenian-Azerbaijani negotiations.\n")
    assert ("offer", "KAZ", frozenset(("ARM", "AZE"))) in mediations(run(platform, dt.date(2026, 6, 10)))
    # trap: a platform for trade is no mediation offered
    trade = platform.replace("a platform for the Armenian-Azerbaijani negotiations", "a platform for Armenian exports")
    # (the talks of 2024 alone, told by the mediator's own president)
    assert {kind for kind, *_ in mediations(run(trade, dt.date(2026, 6, 10)))} == {"claimed"}


def truces(text: str, published: dt.date) -> list[tuple]:
    return sorted((f["date_start"], f["kind"]) for f in of(run(text, published), "ceasefires"))


def test_a_unilateral_halt_is_not_the_truce_agreed_next_day():
    text = ("SAN JOSE, May 21 - Costa Rica and Nicaragua agreed on Wednesday to stop all firing along the San Juan "
            "river. The army said it had ordered its units to cease fire unilaterally from 6 p.m. on Tuesday.\n")
    assert truces(text, dt.date(2026, 5, 21)) == [("2026-05-19", "unilateral"), ("2026-05-20", "bilateral")]
    # trap: the truce told twice is one
    twice = text.replace("The army said it had ordered its units to cease fire unilaterally from 6 p.m. on Tuesday.",
                         "The army said the two sides had agreed on Wednesday to stop firing.")
    assert truces(twice, dt.date(2026, 5, 21)) == [("2026-05-20", "bilateral")]


def test_an_earlier_truce_with_a_date_of_its_own():
    lead = "ASHGABAT, June 5 - Afghan and Turkmen border commanders agreed on Thursday to halt firing. "
    for earlier in ("A similar understanding was reached in March, but it broke down within weeks.",
                    "A previous ceasefire, brokered by the two governors in March 2026, collapsed within weeks.",
                    "People here remember that a similar ceasefire in March lasted only a few weeks."):
        assert truces(lead + earlier + "\n", dt.date(2026, 6, 5)) == [("2026-03-01", "bilateral"),
                                                                     ("2026-06-04", "bilateral")], earlier
    # trap: an understanding still under discussion is no truce
    talk = lead + "A similar understanding for the Kushka sector is being discussed.\n"
    assert truces(talk, dt.date(2026, 6, 5)) == [("2026-06-04", "bilateral")]


def test_an_undated_truce_beside_a_similar_earlier_one():
    text = ("TAFTAN, June 24 - Iranian and Pakistani border officials met at the crossing on Tuesday. Both sides "
            "agreed to end the firing immediately. The two sides had agreed to a similar ceasefire on 2 March 2026.\n")
    assert [d for d, _ in truces(text, dt.date(2026, 6, 24))] == ["2026-03-02", "2026-06-23"]
    # trap: ending the talks is no truce
    talks = text.replace("to end the firing immediately", "to end the talks")
    assert [d for d, _ in truces(talks, dt.date(2026, 6, 24))] == ["2026-03-02"]


def test_the_crew_of_a_boat_named_by_its_owner_is_the_group():
    text = ("ANTANANARIVO, May 3 - Madagascar's fisheries ministry says two of the boat's 11 crew were killed in the "
            "shooting.\n")
    assert sorted(count for _, _, _, count, _ in figures(run(text, dt.date(2026, 5, 3)))) == [2]
    # trap: the boat's crew counted on their own are a figure
    own = text.replace("two of the boat's 11 crew were killed", "the boat's 11 crew were all killed")
    assert sorted(count for _, _, _, count, _ in figures(run(own, dt.date(2026, 5, 3)))) == [11]
