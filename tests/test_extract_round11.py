"""Round 11: the classifier's resolvers, which fill the fields of a sentence it flags, read who is who more widely
(each beside its trap). The resolvers are called on the last sentence directly: whether the model flags it moves with
every retrain, and is the model's tests' business."""
from __future__ import annotations

from diprel.extract.document import Document
from diprel.extract.rules import casualties
from extract_support import WIRE, of, run
from extract_support import WIRE_DATE as PUBLISHED, resolve as _resolve, resolved_pairs as _pairs


def _offers(text: str) -> list[tuple]:
    return [(f["mediator_state"], {f["party_1_state"], f["party_2_state"]})
            for f in _resolve("mediation_offers", text)]


def test_a_demonym_before_a_state_agency_stands_for_its_state():
    assert _pairs(WIRE + "The heads of the Danish Maritime Authority and Russia's Federal Agency for Fisheries met "
                         "in St Petersburg last month.\n") == [{"DNK", "RUS"}]
    # trap: a demonym before people of no office stands for nobody
    assert _pairs(WIRE + "Danish trawler crews and Russia's Federal Agency for Fisheries met in St Petersburg last "
                         "month.\n") == []


def test_the_officers_of_the_two_sides_are_the_pairs():
    assert _pairs(WIRE + "The commanders of the two provincial military commands met on Monday at the border gate.\n") \
        == [{"MNE", "SRB"}]
    # trap: the commanders of two rebel groups are no state's envoys
    assert _pairs(WIRE + "The commanders of the two rebel groups met on Monday at the border gate.\n") == []


def test_a_third_states_city_where_they_met_does_not_unplace_the_speaker():
    text = ("TEHRAN, Nov 3 - Remarks of the Deputy Foreign Minister of Iran to the press.\n\n"
            "I can confirm that last Thursday in Muscat I had a meeting with the delegation of the United Kingdom.\n")
    assert _pairs(text) == [{"GBR", "IRN"}]
    # trap: a third state named as a party just before leaves "I" open
    third = text.replace("to the press.\n\n", "to the press. Oman's minister joined us. ")
    assert _pairs(third) == []


def test_two_unplaced_officials_in_a_story_of_two_states_are_its_pair():
    text = ("CANBERRA, Nov 3 - Australia and Nauru have argued for weeks over the detention centre. Nauru accused "
            "Australia of bad faith. Australia rejected the claim on Monday.\n\n"
            "Home Affairs Minister Daniel Furlong flew to Yaren last Thursday and spent most of the day with President "
            "Marcus Detenamo.\n")
    assert _pairs(text) == [{"AUS", "NRU"}]
    # trap: one official alone, at home, met nobody the text names (a trip to Yaren would be a visit: round 12)
    alone = text.replace("flew to Yaren last Thursday and spent most of the day with President Marcus Detenamo",
                         "spent most of last Thursday in Canberra with reporters")
    assert _pairs(alone) == []


def test_a_third_state_that_offers_a_summit_mediates_the_storys_conflict():
    assert _offers(WIRE + "The United Kingdom offered in May to host a summit in London.\n") == \
        [("GBR", {"MNE", "SRB"})]
    # trap: a party to the conflict that offers to host mediates nothing
    assert _offers(WIRE + "Montenegro offered in May to host a summit in Podgorica.\n") == []


def test_a_head_of_state_the_text_never_placed_offers_for_the_state_it_speaks_from():
    text = ("ACCRA, Nov 3 - Ghana will host a trade fair next month.\n\n"
            "President Akwasi Ofori-Darko has repeated his offer to help Niger and Côte d'Ivoire find each other "
            "again.\n")
    assert _offers(text) == [("GHA", {"CIV", "NER"})]
    # trap: the state the text speaks from is one of the parties
    assert _offers(text.replace("Niger and Côte d'Ivoire", "Ghana and Niger")) == []


def test_a_state_that_chaired_talks_between_the_two_conducted_them():
    assert [(f["kind"], f["mediator_state"]) for f in _resolve(
        "mediation_offers", WIRE + "Hungarian diplomats chaired three rounds of technical talks between the two "
                                   "delegations in June.\n")] == [("conducted", "HUN")]
    # trap: diplomats who only watched the talks mediated nothing
    assert _resolve("mediation_offers", WIRE + "Hungarian diplomats watched three rounds of technical talks between "
                                               "the two delegations in June.\n") == []


# Casualty readings (the rules, and the loose reading of a sentence the classifier flags)

def _counts(text: str) -> set[tuple]:
    return {(f["side_state"], f["outcome"], f["count"]) for f in of(run(text), "casualty_figures")}


def test_bodies_counted_or_recovered_in_the_active_or_now_are_dead():
    assert _counts("Police recovered four bodies from the river on Monday.\n") == {(None, "killed", 4)}
    assert _counts("A local group said it had counted nine bodies in the village.\n") == {(None, "killed", 9)}
    assert _counts("Four bodies have now been recovered from the river.\n") == {(None, "killed", 4)}
    # trap: boats recovered are no dead; bodies handed over were counted before
    assert _counts("Police recovered four boats from the river on Monday.\n") == set()
    assert _counts("Police handed over four bodies to the families on Monday.\n") == set()


def test_all_of_them_nationals_after_the_clause_gives_the_side():
    assert _counts("Four bodies have now been recovered from the sea, all of them Comorian nationals.\n") \
        == {("COM", "killed", 4)}
    assert _counts("The ministry said two migrants had died, both of them Ivorian.\n") == {("CIV", "killed", 2)}
    # trap: "all of them" something other than nationals names no side
    assert _counts("Four bodies have now been recovered from the sea, all of them near Comorian boats.\n") \
        == {(None, "killed", 4)}


def test_a_place_of_a_kind_between_the_people_and_their_outcome():
    assert _counts("A Vietnamese farmer from Pu Nhi commune was also injured by a stray round.\n") \
        == {("VNM", "injured", 1)}
    assert _counts("Two Kenyan herders from Turkana County were shot dead.\n") == {("KEN", "killed", 2)}
    # trap: people from a place who went missing are no casualty
    assert _counts("Two Kenyan herders from Turkana County went missing.\n") == set()


def test_a_loose_count_of_our_own_people_is_a_figure():
    # called directly: which sentences reach the loose reading is the classifier's business
    doc = Document(WIRE + "The chairman said that “not less than 17 of our people” lost their lives on Monday.\n",
                   PUBLISHED)
    assert [h.fields["count"] for h in casualties.loose_figures(doc, len(doc.sentences) - 1, "src")] == [17]
    # trap: "17 of the people" are of people counted before
    doc = Document(WIRE + "The chairman said that “17 of the people” lost their lives on Monday.\n", PUBLISHED)
    assert casualties.loose_figures(doc, len(doc.sentences) - 1, "src") == []


def test_an_undersecretary_or_a_state_secretary_is_a_person_of_office():
    text = ("MEXICO CITY, Nov 3 (Wire) - El Salvador's ambassador, Jorge Cañas, was received at the foreign ministry "
            "by Undersecretary for North America Laura Ibáñez on Monday.\n")
    assert _pairs(text) == [{"MEX", "SLV"}]
    text = ("TBILISI, Nov 3 - The same day, the Foreign Minister of Georgia received State Secretary Ion Cebotari of "
            "Moldova.\n")
    assert _pairs(text) == [{"GEO", "MDA"}]
    # trap: a secretary of no office is nobody's envoy
    assert _pairs("MEXICO CITY, Nov 3 (Wire) - El Salvador's ambassador, Jorge Cañas, was received at the foreign "
                  "ministry by a secretary on Monday.\n") == []


def test_two_states_on_either_side_of_a_semicolon_did_not_meet_each_other():
    text = ("PANAMA CITY, Nov 3 (Wire) - Panama's envoy, Itzel Batista, has shuttled for weeks.\n\n"
            "On 2 September she was received in Tegucigalpa by Honduras's foreign minister, Eduardo Paz; two days "
            "later El Salvador's foreign minister, Claudia Rivas, received her in San Salvador.\n")
    assert _pairs(text) == []
    # trap: without the semicolon the two ministers are the sentence's pair
    assert _pairs(text.replace("Eduardo Paz; two days later El Salvador's foreign minister, Claudia Rivas, received "
                               "her in San Salvador", "Eduardo Paz, and El Salvador's foreign minister, Claudia "
                               "Rivas")) == [{"HND", "SLV"}]
