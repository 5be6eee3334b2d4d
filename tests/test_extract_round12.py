"""Round 12: the classifier's resolvers and filters, read on dev39-dev44 (each beside its trap). The resolvers and
the filter are called directly: whether the model flags a sentence moves with every retrain."""
from __future__ import annotations

from diprel.extract import triggers
from extract_support import WIRE, of, run
from extract_support import resolve as _resolve, resolved_pairs as _pairs


def test_a_demonym_before_any_title_of_office_stands_for_its_state():
    assert _pairs(WIRE + "On Friday, the Polish and Belarusian border commissioners met at the crossing.\n") \
        == [{"BLR", "POL"}]
    # trap: a demonym before people of no office stands for nobody
    assert _pairs(WIRE + "On Friday, Polish and Belarusian border villagers met at the crossing.\n") == []


def test_the_heads_of_the_two_border_services_are_the_pairs():
    assert _pairs(WIRE + "The heads of the two border services agreed by telephone to halt fire.\n") \
        == [{"MNE", "SRB"}]
    # trap: the heads of two firms are no state's envoys
    assert _pairs(WIRE + "The heads of the two security firms agreed by telephone to share the contract.\n") == []


def test_talks_in_another_states_capital_are_with_that_state():
    text = ("HANOI, Nov 3 - The Foreign Ministry's spokeswoman answered questions on the East Sea and on China.\n\n"
            "Deputy Minister Nguyen Minh Tri held talks in Beijing with Vice Minister Li Jianhua on 1 September.\n")
    assert _pairs(text) == [{"CHN", "VNM"}]
    # trap: talks in a third state's city, with that state's party named as a third, are no visit of the two
    third = text.replace("with Vice Minister Li Jianhua", "with Thailand's Vice Minister Somchai")
    assert _pairs(third) == []


def test_a_speaker_received_in_two_capitals_met_each():
    text = ("ASTANA, Nov 3 - Kazakhstan's envoy on the Caspian talked to us about Azerbaijan and Turkmenistan.\n\n"
            "On 10 March I was received by Foreign Minister Farid Guliyev in Baku, and two days later by Foreign "
            "Minister Batyr Orazov in Ashgabat.\n")
    assert sorted(map(sorted, _pairs(text))) == [["AZE", "KAZ"], ["KAZ", "TKM"]]
    # trap: a city of the article's own state is no visit abroad
    assert _pairs(text.replace("in Baku, and two days later by Foreign Minister Batyr Orazov in Ashgabat",
                               "in Astana")) == []


def test_a_negation_or_future_in_an_aside_leaves_the_main_clause_standing():
    told = ("The ground had been prepared by a telephone call last month between France's President and Algeria's, "
            "which Algerian state television did not mention until two days later.")
    assert not triggers._not_a_record("meetings", told)
    assert not triggers._not_a_record("meetings", "She had held a frank phone conversation with her counterpart "
                                                  "that morning but that there are no conditions for talks.")
    # traps: the negation or the future of the main clause still holds
    assert triggers._not_a_record("meetings", "The two presidents did not speak, which surprised diplomats.")
    assert triggers._not_a_record("meetings", "The two ministers will meet in Beirut, where talks are planned.")


def test_a_final_settlement_is_no_football_final():
    text = ("BAKU, Nov 3 - Kyrgyzstan and Tajikistan agreed a border deal.\n\n"
            "The head of state expressed Azerbaijan's readiness to contribute, including by providing a venue, to the "
            "final settlement of the border issues between Kyrgyzstan and Tajikistan.\n")
    assert [(f["mediator_state"], {f["party_1_state"], f["party_2_state"]})
            for f in _resolve("mediation_offers", text)] == [("AZE", {"KGZ", "TJK"})]
    # trap: the cup final is still help with something else
    assert _resolve("mediation_offers", text.replace("final settlement of the border issues", "cup final")) == []


def test_among_the_wounded_is_a_child_in_the_present():
    got = of(run("Seven Turkmen guards were wounded on Monday. Among the wounded is a 10-year-old girl.\n"),
             "casualty_figures")
    assert sorted(f["count"] for f in got) == [1, 7]
    # trap: "among the guests is a child" counts nobody
    got = of(run("Seven Turkmen guards were wounded on Monday. Among the guests is a 10-year-old girl.\n"),
             "casualty_figures")
    assert sorted(f["count"] for f in got) == [7]


def test_a_session_between_two_is_a_meeting():
    got = run("The most closely watched was a 50-minute session between French Foreign Minister Hélène Marchetti and "
              "Madagascar's President Rivo Andrianjaka.\n")
    assert [{f["state_1"], f["state_2"]} for f in of(got, "meetings")] == [{"FRA", "MDG"}]
    assert {c["method"] for c in got} == {"rules:meeting_noun@3"}
    # trap: a session of a body is no meeting of two
    assert of(run("France chaired a session of the Security Council with Madagascar present.\n"), "meetings") == []


def test_they_who_signed_a_truce_are_the_storys_pair():
    assert [{f["state_1"], f["state_2"]} for f in _resolve(
        "ceasefires", WIRE + "After nine hours behind closed doors they signed a cessation of hostilities.\n")] \
        == [{"MNE", "SRB"}]
    # trap: with no pair in the story, "they" stands for nobody
    assert _resolve("ceasefires", "PODGORICA, Nov 3 - Fishermen complained about prices.\n\nAfter nine hours behind "
                                  "closed doors they signed a cessation of hostilities.\n") == []


def test_a_count_of_people_named_in_quotes_is_a_figure():
    got = of(run("Malabo's version was that two “pirates” were killed while resisting arrest.\n"),
             "casualty_figures")
    assert [(f["count"], f["outcome"]) for f in got] == [(2, "killed")]
    # trap: quoted people who were detained are no casualty
    assert of(run("Malabo's version was that two “pirates” were detained while resisting arrest.\n"),
              "casualty_figures") == []


_CLASH = "PARAMARIBO, Sept 7 - Suriname and Brazil exchanged fire near border marker 41 on Thursday. "


def _truces(text: str) -> list[set]:
    return [{f["state_1"], f["state_2"]} for f in of(run(text), "ceasefires")]


def test_forces_that_ceased_all_firing_or_agreed_to_suspend_all_fire():
    assert _truces(_CLASH + "The forces of both countries ceased all firing in the sector on Sunday.\n") \
        == [{"BRA", "SUR"}]
    assert _truces(_CLASH + "Their forces had agreed to “suspend all fire and all operations” from midnight.\n") \
        == [{"BRA", "SUR"}]
    assert _truces(_CLASH + "The two Ministers agreed that the forces on either side shall cease all firing.\n") \
        == [{"BRA", "SUR"}]
    # traps: a fire that was only urged to stop, and firing that went on
    assert _truces(_CLASH + "The two Ministers urged that the forces on either side cease all firing.\n") == []
    assert _truces(_CLASH + "The forces of both countries kept up all firing in the sector on Sunday.\n") == []


def test_a_third_states_offer_beside_the_two_it_would_help():
    text = ("BELIZE CITY, Nov 3 - Belize and Honduras traded fire near the cays on Sunday; two soldiers were "
            "wounded.\n\nGuatemala said it was “ready to contribute” to a lasting solution, but neither Belize nor "
            "Honduras responded.\n")
    assert [(f["mediator_state"], {f["party_1_state"], f["party_2_state"]})
            for f in _resolve("mediation_offers", text)] == [("GTM", {"BLZ", "HND"})]
    # traps: a fourth state named beside them leaves the parties open; help to one of the two is no mediation
    assert _resolve("mediation_offers", text.replace("neither Belize nor Honduras", "Mexico")) == []
    assert _resolve("mediation_offers", text.replace("“ready to contribute” to a lasting solution, but neither "
                                                     "Belize nor Honduras responded",
                                                     "ready to help Belize reach its security goals")) == []


def test_lacerations_and_a_wound_treated_at_a_named_hospital_are_hurts():
    def counts(text):
        return [(f["side_state"], f["outcome"], f["count"]) for f in of(run(text), "casualty_figures")]
    assert counts("Two Jamaican sailors sustained lacerations to the arms.\n") == [("JAM", "injured", 2)]
    assert counts("Two Malawian fishermen are being treated at Karonga District Hospital for gunshot wounds.\n") \
        == [("MWI", "injured", 2)]
    # traps: treated at a hospital for nothing that is a wound, and doctors at work there
    assert counts("Two Malawian fishermen are being treated at Karonga District Hospital for free.\n") == []
    assert counts("Two Malawian doctors were working at Karonga District Hospital for years.\n") == []


def test_a_capital_that_repeats_or_renews_an_offer_is_its_government():
    got = of(run("Dodoma repeated its offer to mediate between Bujumbura and Kigali last week.\n"), "mediation_offers")
    assert [(f["mediator_state"], {f["party_1_state"], f["party_2_state"]}) for f in got] == [("TZA", {"BDI", "RWA"})]
    # trap: a capital where something happened is a place
    assert of(run("Talks in Dodoma repeated the old positions of Bujumbura and Kigali last week.\n"),
              "mediation_offers") == []


def test_an_interviewee_who_met_an_officer_the_text_never_placed_met_the_other_side():
    text = ("BUJUMBURA, Nov 3 - Burundi and Rwanda traded accusations after a clash on the Ruhwa bridge. Rwanda "
            "denied that its troops fired first, Burundi said.\n\n"
            "On 3 June I met Colonel Emmanuel Rutayisire at the border post.\n")
    assert _pairs(text) == [{"BDI", "RWA"}]
    # trap: with a third state named just before, the officer may be anyone's
    assert _pairs(text.replace("Burundi said.\n\n", "Burundi said. Tanzania sent observers. ")) == []
