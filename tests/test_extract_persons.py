"""Person and office recognition (dev3 round): institutions that look like titled persons, appositions
"<title>, <honorific> <Name>", the unplaced side of a "counterpart" meeting, officers "from both sides",
and offers that name their parties only as "the two governments".

Made-up sentences in dyads the development corpora do not use, each with a trap that must not fire.
"""
from __future__ import annotations

from diprel.extract.document import Document
from extract_support import PUB, mediations, of, pairs, run


def _persons(text: str) -> dict[str, str | None]:
    return {p.name: p.state for p in Document(text, PUB).table.persons.values()}


def test_rank_word_before_an_institution_noun_is_a_body_not_a_person():
    got = _persons("An official source at the General Command of the Malawi Defence Force said the border was calm. "
                   "The General Staff met on Monday. The Malawi–Zambia General Border Committee met in Lusaka. "
                   "The wounded were flown to Sultan Qaboos Hospital. General Kelvin Banda said the patrols would go on.")
    assert not {"Command", "Staff", "Border", "Qaboos Hospital", "Qaboos"} & set(got)
    assert "Kelvin Banda" in got  # trap: a general with a name is still a person


def test_adjective_before_forces_is_no_name():
    got = _persons("The Malawian commander received Lieutenant General Peter Mwale, Chief of Defence Staff of the "
                   "Zambia Armed Forces, in Lilongwe on Monday.")
    assert "Armed" not in got
    assert got.get("Peter Mwale") == "ZMB"


def test_title_comma_honorific_name():
    text = ("On Tuesday, the Minister of External Relations, Dr. Ana Sousa, received in Maputo the Zambian Minister "
            "of Foreign Affairs, Mr. Joseph Phiri, who brought a message from his president.")
    assert "Ana Sousa" in _persons(text)
    assert pairs(run(text)) == {frozenset(("MOZ", "ZMB"))}


def test_capitalised_portfolio_before_the_holder():
    got = _persons("The Minister of Mines and Geology, Dr. Ama Owusu, said the quarry would close. "
                   "The Minister of Mines and Energy, speaking in Accra, gave no figure.")
    assert "Ama Owusu" in got
    assert not any("Accra" in n or "Energy" in n for n in got)  # trap: no name after the portfolio


def test_demonym_and_long_title_before_a_comma_name():
    got = _persons("On Monday, Foreign Minister Luis Mamani met the Chilean Secretary of Foreign Affairs, Ana Rojas, "
                   "on the sidelines of a summit in Lima.")
    assert got.get("Ana Rojas") == "CHL"


def test_minister_delegate_is_one_title():
    text = ("Chile's Minister Delegate for Defence, Pablo Soto, hosted his Bolivian counterpart Luis Mamani "
            "in Arica on Monday.")
    got = _persons(text)
    assert "Delegate" not in got and got.get("Pablo Soto") == "CHL"
    assert pairs(run(text)) == {frozenset(("CHL", "BOL"))}


_COUNTERPART = ("THE LAKE HERALD\n\nBy Chanda Mwale, Chipata\n\nTuesday, June 17, 2025\n\n"
                "Two traders were shot at the frontier on Friday by men in Malawian uniform, the ministry in Lusaka "
                "said. {extra}\n\n"
                "Our Foreign Minister, Hon. Mutale Banda, did not wait. On Sunday he crossed to Lilongwe and held "
                "talks with his Malawian counterpart, Dr. Grace Chirwa, at the Ministry of Foreign Affairs.\n")


def test_counterpart_meeting_takes_the_one_other_state_the_article_names():
    got = run(_COUNTERPART.format(extra="Malawi has promised an inquiry."))
    assert pairs(got) == {frozenset(("ZMB", "MWI"))}


def test_counterpart_meeting_stays_unplaced_when_the_article_names_several_others():
    got = run(_COUNTERPART.format(extra="Tanzania and Mozambique called for calm."))
    assert frozenset(("ZMB", "MWI")) not in pairs(got)  # trap: no guess among three other states


def test_commanders_from_both_sides_take_the_conflict_pair():
    text = ("Peruvian and Ecuadorian troops exchanged fire across the border on Saturday, killing three soldiers. "
            "The halt to the firing was agreed at a meeting of border commanders from both sides at the Huaquillas "
            "crossing point on Monday afternoon, a governor said.")
    got = run(text)
    assert pairs(got) == {frozenset(("PER", "ECU"))}
    assert of(got, "meetings")[0]["level"] == "military"


def test_ministers_from_both_sides_meet_at_ministerial_level():
    text = ("Peruvian and Ecuadorian troops exchanged fire across the border on Saturday. A meeting of defence "
            "ministers from both sides in Lima on Monday agreed to pull the troops back.")
    got = run(text)
    assert pairs(got) == {frozenset(("PER", "ECU"))}
    assert of(got, "meetings")[0]["level"] == "ministerial"  # the same level "the two ministers" would get


def test_commanders_from_both_sides_to_meet_later_is_no_meeting():
    text = ("Peruvian and Ecuadorian troops exchanged fire across the border on Saturday, killing three soldiers. "
            "A meeting of border commanders from both sides is expected next week.")
    assert pairs(run(text)) == set()


def test_repeated_offer_to_bring_the_two_governments_together():
    text = ("Paraguay and Bolivia traded accusations over the Chaco border clash on Friday. "
            "The Uruguayan President, Martín Suárez, repeated on Tuesday his offer to bring the two governments "
            "together in Montevideo.")
    got = run(text)
    assert ("offer", "URY", frozenset(("PRY", "BOL"))) in mediations(got)
    assert of(got, "mediation_offers")[0]["status"] == "reiterated"


def test_urging_the_two_governments_together_is_no_offer():
    text = ("Paraguay and Bolivia traded accusations over the Chaco border clash on Friday. "
            "The Uruguayan President urged the two governments to come together.")
    assert mediations(run(text)) == set()


def test_willing_to_facilitate_a_trilateral_arrangement_takes_the_pair_that_met():
    text = ("On Monday, Peru's foreign minister Ana Quispe met her Chilean counterpart Jorge Rojas in Lima.\n\n"
            "Fishing boats were seized off Arica last week.\n\nThe catch has fallen by half.\n\n"
            "Sales have dropped.\n\nPrices have risen.\n\n"
            "Ecuador's foreign minister said on Tuesday that Quito was willing to facilitate a trilateral maritime "
            "arrangement on the fishing grounds.")
    assert ("offer", "ECU", frozenset(("PER", "CHL"))) in mediations(run(text))


def _states(text: str, i: int) -> set:
    return {m.state for m in Document(text, PUB).mentions[i] if m.state}


def test_dominican_is_the_state_the_article_otherwise_names():
    assert _states("The Dominican Republic and Haiti met on Monday. Dominican soldiers fired.", 1) == {"DOM"}
    assert _states("Dominica protested on Monday. Dominican fishermen were held.", 1) == {"DMA"}
