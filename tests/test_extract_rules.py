"""Extraction rules on short made-up texts: what is a record and what is not (CODING.md)."""
from __future__ import annotations

import pytest

from diprel.extract.document import Document
from extract_support import PUB, of, run


# --- actors -------------------------------------------------------------------

def mentions(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(text, PUB)
    return [(m.text, m.kind, m.state) for ms in doc.mentions for m in ms if m.kind != "pronoun"]


def test_persons_resolve_to_states_from_the_text():
    text = ("Cambodia's Prime Minister Hun Manet met Thai Foreign Minister Maris Sangiampongsa. "
            "Later, Hun Manet spoke to reporters. Pakistan's army chief arrived. "
            "US President Donald Trump said so. Trump added that President Trump was pleased.")
    got = mentions(text)
    assert ("Cambodia's Prime Minister Hun Manet", "person", "KHM") in got
    assert ("Thai Foreign Minister Maris Sangiampongsa", "person", "THA") in got
    assert ("Hun Manet", "person", "KHM") in got
    assert ("Pakistan's army chief", "person", "PAK") in got
    assert ("Trump", "person", "USA") in got and ("President Trump", "person", "USA") in got


def test_apposition_and_title_of_state():
    got = mentions("Asim Munir, Pakistan's army chief, met the Prime Minister of Cambodia Hun Manet. "
                   "President Paul Kagame of Rwanda spoke.")
    assert ("Asim Munir, Pakistan's army chief", "person", "PAK") in got
    assert ("Prime Minister of Cambodia Hun Manet", "person", "KHM") in got
    assert ("President Paul Kagame of Rwanda", "person", "RWA") in got


def test_capital_as_metonym_or_as_place():
    got = mentions("Washington said the talks in Islamabad went well. New Delhi rejected the claim. "
                   "Officials met in Washington. Tensions between Islamabad and Kabul rose.")
    assert ("Washington", "state", "USA") in got
    assert ("Islamabad", "place", "PAK") in got
    assert ("New Delhi", "state", "IND") in got
    assert ("Washington", "place", "USA") in got
    assert ("Kabul", "state", "AFG") in got


def test_bodies_audiences_and_modifiers():
    got = mentions("According to ISPR, the Indian Army and Pakistan's foreign ministry spoke to the "
                   "Pakistani expatriate community about six Indian jets.")
    assert ("ISPR", "body", "PAK") in got
    assert ("Indian Army", "body", "IND") in got
    assert ("Pakistan's foreign ministry", "body", "PAK") in got
    assert ("Pakistani", "audience", "PAK") in got
    assert ("Indian", "modifier", "IND") in got


# --- meetings -----------------------------------------------------------------

def test_meeting_with_fields():
    text = "Pakistan's Prime Minister Shehbaz Sharif met Turkish President Recep Tayyip Erdogan in Ankara on Monday."
    (m,) = of(run(text), "meetings")
    assert (m["state_1"], m["state_2"]) == ("PAK", "TUR")
    assert m["actor_1"] == "shehbaz-sharif" and m["actor_2"] == "recep-tayyip-erdogan"
    assert (m["location"], m["location_country"], m["host_state"]) == ("Ankara", "TUR", "TUR")
    assert (m["date_start"], m["date_basis"], m["date_precision"]) == ("2025-06-16", "relative", "day")
    assert (m["format"], m["level"], m["cameo_code"]) == ("talks", "leaders", "042")


@pytest.mark.parametrize("text, pair, fmt", [
    ("Indian Foreign Minister S. Jaishankar held talks with his Chinese counterpart in Beijing.", {"IND", "CHN"}, "talks"),
    ("US President Donald Trump spoke by phone with Thai Prime Minister Anutin Charnvirakul on Saturday.", {"USA", "THA"}, "call"),
    ("Saudi Crown Prince Mohammed bin Salman hosted Syrian President Ahmed al-Sharaa for dinner.", {"SAU", "SYR"}, "meal"),
    ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a declaration.", {"ARM", "AZE"}, "signing"),
    ("Talks between the Thai army chief and the Cambodian defence minister took place on Monday.", {"THA", "KHM"}, "talks"),
])
def test_meeting_triggers(text, pair, fmt):
    (m,) = of(run(text), "meetings")
    assert {m["state_1"], m["state_2"]} == pair and m["format"] == fmt


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi will meet US President Donald Trump next week.",
    "Talks between the Indian and Pakistani foreign ministers are expected in July.",
    "Pakistan's Prime Minister Shehbaz Sharif plans to visit China.",
    "Pakistan's army chief did not meet Indian Prime Minister Narendra Modi.",
    "A meeting between the Thai prime minister and the Cambodian prime minister could take place soon.",
    "Pakistan's army chief met the Pakistani expatriate community in Washington.",
    "Relations between Pakistan and the United States have improved.",
    "Pakistan's Prime Minister Shehbaz Sharif welcomed Iran's initiative.",
])
def test_not_meetings(text):
    assert of(run(text), "meetings") == []


def test_meeting_without_a_date_falls_back_to_the_publication_week():
    (m,) = of(run("Thai Prime Minister Anutin Charnvirakul met Cambodian Prime Minister Hun Manet."), "meetings")
    assert (m["date_start"], m["date_end"], m["date_precision"], m["date_basis"]) == (
        "2025-06-12", "2025-06-18", "week", "publication")
    (m,) = of(run("Thai Prime Minister Anutin Charnvirakul met Cambodian Prime Minister Hun Manet.", None), "meetings")
    assert m["date_start"] is None and m["date_basis"] is None


def test_mentions_of_one_meeting_merge():
    text = ("Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba on Friday. "
            "The meeting between Modi and Ishiba lasted an hour.")
    (c,) = [c for c in run(text) if c["table"] == "meetings"]
    assert len(c["evidence"]) == 2 and c["fields"]["date_start"] == "2025-06-13"


# --- mediation ----------------------------------------------------------------

def test_offer_and_its_status():
    text = ("US President Donald Trump reiterated his offer to mediate between India and Pakistan on Kashmir. "
            "Turkey offered to help resolve the border dispute between Armenia and Azerbaijan.")
    offers = of(run(text), "mediation_offers")
    assert [(o["kind"], o["mediator_state"], {o["party_1_state"], o["party_2_state"]}, o["status"], o["cameo_code"])
            for o in offers] == [("offer", "USA", {"IND", "PAK"}, "reiterated", "039"),
                                 ("offer", "TUR", {"ARM", "AZE"}, "made", "039")]
    assert offers[1]["issue"] == "border conflict"


def test_conducted_mediation_with_parties_from_context():
    text = ("Fighting between India and Pakistan lasted four days. "
            "President Trump of the United States mediated, and a ceasefire took effect on May 10.")
    (med,) = of(run(text), "mediation_offers")
    assert (med["kind"], med["mediator_state"], {med["party_1_state"], med["party_2_state"]}) == (
        "conducted", "USA", {"IND", "PAK"})
    assert med["cameo_code"] == "045"


def test_rejecting_mediation_is_not_an_offer():
    assert of(run("India rejected any third-party mediation on Kashmir with Pakistan."), "mediation_offers") == []
    assert of(run("The UN urged India and Pakistan to show restraint."), "mediation_offers") == []


# --- ceasefires ---------------------------------------------------------------

def test_brokered_ceasefire_and_its_mediation():
    text = ("India and Pakistan clashed for days. A US-brokered ceasefire brought an end to the hostilities "
            "on May 10.")
    cands = run(text)
    (cf,) = of(cands, "ceasefires")
    assert ({cf["state_1"], cf["state_2"]}, cf["broker_state"], cf["kind"], cf["cameo_code"]) == (
        {"IND", "PAK"}, "USA", "mediated", "0871")
    assert (cf["date_start"], cf["date_basis"]) == ("2025-05-10", "year_inferred")
    (med,) = of(cands, "mediation_offers")
    assert (med["kind"], med["mediator_state"], med["date_start"]) == ("conducted", "USA", "2025-05-10")


def test_bilateral_ceasefire():
    (cf,) = of(run("Thailand and Cambodia agreed to an immediate ceasefire on Monday."), "ceasefires")
    assert ({cf["state_1"], cf["state_2"]}, cf["kind"], cf["broker_state"]) == ({"THA", "KHM"}, "bilateral", None)


@pytest.mark.parametrize("text", [
    "The UN called for a ceasefire between Israel and Iran.",
    "A possible ceasefire between Russia and Ukraine was discussed in Istanbul.",
    "Russia set out its conditions for a ceasefire with Ukraine.",
    "India accused Pakistan of violating the ceasefire along the border.",
    "Talks on a ceasefire between Thailand and Cambodia will start on Monday.",
])
def test_not_ceasefires(text):
    assert of(run(text), "ceasefires") == []


# --- casualty figures ---------------------------------------------------------

def figures(text: str) -> list[tuple]:
    return [(f["count"], f["count_qualifier"], f["side_state"], f["population"], f["outcome"], f["subgroup"])
            for f in of(run(text), "casualty_figures")]


def test_two_figures_sharing_a_noun():
    assert figures("The conflict resulted in 40 civilian and 113 military casualties on the Pakistani side.") == [
        (40, "exact", "PAK", "civilian", "casualties", None), (113, "exact", "PAK", "military", "casualties", None)]


def test_qualifiers_words_and_sides():
    assert figures("At least 36 Pakistani civilians were killed and forty-one were wounded.")[0] == (
        36, "at_least", "PAK", "civilian", "killed", None)
    assert figures("Nearly twenty Indian soldiers died.") == [(20, "about", "IND", "military", "killed", None)]
    assert figures("Shelling killed 12 people in Afghanistan.") == [(12, "exact", "AFG", "unspecified", "killed", None)]


def test_breakdown_rows_point_at_the_main_figure():
    text = "Strikes killed 40 civilians in Pakistan, among them 7 women and 15 children."
    got = of(run(text), "casualty_figures")
    assert [(f["count"], f["subgroup"]) for f in got] == [(40, None), (7, "women"), (15, "children")]
    main_id = "cas-pak-civilian-killed-40"
    assert [f["parent_figure_id"] for f in got] == [None, main_id, main_id]
    assert all(f["side_state"] == "PAK" and f["outcome"] == "killed" for f in got)


@pytest.mark.parametrize("text, certainty, claimant", [
    ("Seven soldiers were killed, according to ISPR.", "attributed", "ispr"),
    ("India said 12 Pakistani soldiers were killed.", "attributed", "IND"),
    ("Twelve soldiers were reportedly killed.", "hedged", None),
    ("Pakistan claimed that 50 Indian soldiers were killed.", "hedged", "PAK"),
    ("Twelve soldiers were killed on Monday.", "asserted", None),
])
def test_attribution(text, certainty, claimant):
    (f,) = of(run(text), "casualty_figures")
    assert (f["certainty"], f["claimant"]) == (certainty, claimant)


@pytest.mark.parametrize("text", [
    "Millions could have died in a nuclear war.",
    "More than 1,000 people were displaced by the shelling.",
    "Pakistan reportedly downed six Indian jets.",
    "The two sides exchanged 146 prisoners on Sunday.",
    "Dozens of people were killed.",
    "The conflict lasted 87 hours.",
])
def test_not_casualty_figures(text):
    assert of(run(text), "casualty_figures") == []
