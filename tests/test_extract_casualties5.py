"""Casualty figures, round 5: the sentence prefilter that replaced a per-sentence regex scan, the place an attack
struck, a pronoun speaker followed back to an office, the side of "others" that arrives later in the text, one "also"
hurt in the same incident, "and a third wounded", people on board, a list in apposition, the rise of a toll, a
speaker's enemies, more verbs of saying, and the attacker's demonym in a toll.

Made-up sentences, each phenomenon with a trap that must not fire.
"""
from __future__ import annotations

from pathlib import Path

from extract_support import run

from diprel.extract.document import Document
from diprel.extract.rules.casualties import scan


def figures(text: str) -> list[tuple]:
    return sorted((f["count"], f["outcome"], f["side_state"], f["population"])
                  for c in run(text) if c["table"] == "casualty_figures" for f in [c["fields"]])


def rows(text: str) -> list[tuple]:
    return sorted((f["count"], f["subgroup"] or "") for c in run(text) if c["table"] == "casualty_figures"
                  for f in [c["fields"]])


# --- speed: the outcome prefilter decides as the regex does ---------------------------------------------------

def test_the_outcome_prefilter_agrees_with_the_regex():
    text = ("Talks resumed on Monday. Two soldiers were KILLED. The diet of the troops was discussed. "
            "Heavy loss of life was reported. He was treated for burns. Ministers met. The \u017fhot rang out. "
            "A \u212aILLING spree. Gro\u00dfe Verluste, ma\u00dfacre. He dies. Loss\u00a0of power. "
            "Trade fell sharply. The K\u0130LLED man. A k\u0131lled man.")
    doc = Document(text, None)
    expected = [bool(scan._ANY_OUTCOME.search(s.text)) for s in doc.sentences]
    assert scan._outcome_sentences(doc) == expected
    assert expected.count(False) >= 2  # the traps: "Talks resumed", "Ministers met"


def test_the_outcome_prefilter_agrees_with_the_regex_on_every_corpus_sentence():
    # _OUTCOME_WORDS is kept in step with _ANY_OUTCOME by hand: a word added to the regex alone shows up here.
    texts = sorted(Path(__file__).parent.glob("corpus*/articles/*.txt"))
    assert len(texts) > 100
    for path in texts:
        doc = Document(path.read_text(encoding="utf-8"), None)
        expected = [bool(scan._ANY_OUTCOME.search(s.text)) for s in doc.sentences]
        assert scan._outcome_sentences(doc) == expected, path.name


# --- the place an attack struck --------------------------------------------------------------------------------

def test_the_place_an_attack_struck_gives_the_side():
    text = ("Kenya accuses Somalia of harbouring the militants it blames for a grenade attack in Garissa last week "
            "that killed four people.")
    assert figures(text) == [(4, "killed", "KEN", "unspecified")]
    text = ("Kenya says Somali militants carried out the overnight raid on a village near Mandera, which killed six "
            "civilians.")
    assert figures(text) == [(6, "killed", "KEN", "civilian")]
    # trap: a town the sentence names for another reason is not where the attack struck
    text = ("Speaking in Garissa, the minister accused Somalia of harbouring the militants behind a grenade attack "
            "that killed four people.")
    assert figures(text) == [(4, "killed", None, "unspecified")]


def test_the_town_a_shell_hit_gives_the_side():
    text = ("Niger accused Benin of firing across the river. Two civilians were killed when a shell hit the Gaya "
            "cattle market on Wednesday.")
    assert figures(text) == [(2, "killed", "NER", "civilian")]
    # traps: a town of two states the article names is no one's; a market with no town names no side
    text = ("Niger and Nigeria both accused Benin of firing across the river. Two civilians were killed when a shell "
            "hit the Gaya cattle market on Wednesday.")
    assert figures(text) == [(2, "killed", None, "civilian")]
    text = ("Niger accused Benin of firing across the river. Two civilians were killed when a shell hit the cattle "
            "market on Wednesday.")
    assert figures(text) == [(2, "killed", None, "civilian")]


# --- a pronoun speaker, back to the office that spoke -----------------------------------------------------------

def test_a_pronoun_speaker_goes_back_over_sentences_about_him():
    text = ("Russian shelling hit Ukraine overnight. Kherson regional governor Oleksandr Prokudin said the toll had "
            "risen to five. Earlier he had given a figure of three. Twelve people were wounded, he said.")
    assert (12, "injured", "UKR", "unspecified") in figures(text)
    # trap: another man named in between is the nearer antecedent of "he"
    text = ("Russian shelling hit Ukraine overnight. Kherson regional governor Oleksandr Prokudin said the toll had "
            "risen to five. A Moscow-installed official, Vladimir Saldo, disputed the account. Twelve people were "
            "wounded, he said.")
    assert (12, "injured", None, "unspecified") in figures(text)


# --- "others" take a side their antecedent gets later ------------------------------------------------------------

def test_others_take_the_side_their_antecedent_gets_later():
    text = ("Ghana has protested to Togo. Two of our traders were shot dead at the border on Friday. Five others were "
            "wounded. The Interior Ministry in Accra says the two traders were killed on Ghanaian soil.")
    assert figures(text) == [(2, "killed", "GHA", "civilian"), (5, "injured", "GHA", "civilian")]
    # trap: when the two never get a side, the five get none either
    text = ("Ghana has protested to Togo. Two of our traders were shot dead at the border on Friday. Five others "
            "were wounded.")
    assert (5, "injured", None, "unspecified") in figures(text)


# --- "and a third wounded": one more, the noun left out ----------------------------------------------------------

def test_an_ordinal_with_the_noun_left_out_counts_one_more():
    assert figures("Two Kenyan soldiers were killed and a third wounded when their patrol hit a mine.") == \
        [(1, "injured", "KEN", "military"), (2, "killed", "KEN", "military")]
    # trap: an ordinal of something else is no person
    text = "Two Kenyan soldiers were killed when their patrol hit a mine, and a third round of talks was postponed."
    assert figures(text) == [(2, "killed", "KEN", "military")]


# --- the rise of a toll is inside the new toll ---------------------------------------------------------------------

def test_those_who_died_since_are_inside_the_risen_toll():
    text = ("The number of Guatemalan farmworkers killed in the shooting rose to seven on Tuesday after two of the "
            "wounded died in hospital.")
    assert figures(text) == [(7, "killed", "GTM", "civilian")]
    assert figures("The toll rose to 12 after three more people died in hospital, Kenyan police said.") == \
        [(12, "killed", "KEN", "unspecified")]
    # trap: "after" with no rising toll before it is another event's time
    assert figures("Three Kenyan soldiers were killed after two patrols came under fire, the army said.") == \
        [(3, "killed", "KEN", "military")]


# --- people on board -------------------------------------------------------------------------------------------

def test_people_on_board_before_the_verb():
    assert figures("Three Filipino crew aboard the trawler were injured, the coast guard said.") == \
        [(3, "injured", "PHL", "civilian")]
    assert figures("A second man on board had died in hospital.") == [(1, "killed", None, "civilian")]
    # trap: people on board who were rescued are no casualties
    assert figures("Three Filipino crew on board the trawler were rescued, the coast guard said.") == []


# --- "also wounded": one more hurt in the incident just told -------------------------------------------------------

def test_one_also_hurt_in_the_same_paragraph_shares_the_side():
    text = ("Three Kenyan soldiers were wounded when their post came under fire. A herder from Olkanjo was also "
            "lightly wounded.")
    assert figures(text) == [(1, "injured", "KEN", "civilian"), (3, "injured", "KEN", "military")]
    # traps: without "also", or in another paragraph, the herder's side is not told
    text = ("Three Kenyan soldiers were wounded when their post came under fire. A herder from Olkanjo was lightly "
            "wounded.")
    assert (1, "injured", None, "civilian") in figures(text)
    text = ("Three Kenyan soldiers were wounded when their post came under fire.\n\nA herder from Olkanjo was also "
            "wounded.")
    assert (1, "injured", None, "civilian") in figures(text)


# --- a list in apposition goes on past a person of no subgroup ------------------------------------------------------

def test_a_child_listed_after_another_person_is_a_row():
    text = "Two Kenyan civilians, a farmer and his son aged 9, were killed when a shell hit their home."
    assert rows(text) == [(1, "children"), (2, "")]
    # trap: two adults in the list add no row
    assert rows("Two Kenyan civilians, a farmer and his driver, were killed when a shell hit their home.") == [(2, "")]


# --- a speaker's enemies, in military jargon ---------------------------------------------------------------------

def test_people_a_force_neutralised_are_not_the_speakers_own():
    text = ("Venezuela's National Guard said its troops had come under fire and had neutralised two illegal miners "
            "near the border with Brazil.")
    assert figures(text) == [(2, "killed", None, "civilian")]
    assert figures("Venezuela's National Guard said two illegal miners were neutralised near the border with Brazil.") \
        == [(2, "killed", None, "civilian")]
    # the people a speaker's patrol fired on
    text = ("The Ugandan army said in a statement that a patrol had fired on a boat fishing illegally and that one "
            "person died.")
    assert figures(text) == [(1, "killed", None, "unspecified")]
    # traps: a patrol fired on is the speaker's; the same speaker's own wounded are its own
    text = "The Ugandan army said in a statement that a patrol had come under fire and that one person died."
    assert figures(text) == [(1, "killed", "UGA", "unspecified")]
    assert figures("Venezuela's National Guard said four guardsmen were wounded near the border with Brazil.") == \
        [(4, "injured", "VEN", "military")]


# --- more verbs of saying (attribution.py) -----------------------------------------------------------------------

def certainty(text: str) -> list[tuple]:
    return [(f["count"], f["claimant"], f["certainty"]) for c in run(text) if c["table"] == "casualty_figures"
            for f in [c["fields"]]]


def test_acknowledged_and_insisted_attribute_a_figure():
    assert certainty("The Kenyan army acknowledged that four soldiers were killed in the ambush.") == \
        [(4, "ken-army", "attributed")]
    assert certainty("The Kenyan army insisted that four soldiers were killed in the ambush.") == \
        [(4, "ken-army", "attributed")]
    # traps: a force maintains positions and a soldier is admitted to hospital without saying anything
    assert certainty("The Kenyan army maintained its positions after four soldiers were killed in the ambush.") == \
        [(4, None, "asserted")]
    assert certainty("A Kenyan soldier was admitted to hospital after four soldiers were killed in the ambush.") == \
        [(4, None, "asserted")]


# --- a toll "from" the attacker ---------------------------------------------------------------------------------

def test_the_attackers_demonym_in_a_toll_is_not_the_side():
    assert figures("Ukraine said the death toll from Russian strikes had risen to five.") == \
        [(5, "killed", "UKR", "unspecified")]
    # trap: a state named as the place of the toll is its side
    assert figures("Officials said the death toll in Russia from the floods had risen to five.") == \
        [(5, "killed", "RUS", "unspecified")]
