"""Round 13: whose "our compatriots" are, and whose the people a responder counts; read on dev32-dev46 (each beside
its trap)."""
from __future__ import annotations

from extract_support import figures, run

from diprel.extract.document import Document


def test_compatriots_are_people_and_ours_are_the_speakers():
    text = ("MORONI, May 3 - A kwassa capsized off Mayotte on Monday. Two of our compatriots were killed and three "
            "compatriots were wounded when the boat overturned, the government said.\n")
    assert figures(run(text)) == {("COM", "unspecified", "killed", 2, None), ("COM", "unspecified", "injured", 3, None)}
    # trap: compatriots brought home are no casualties
    assert figures(run(text.replace("were killed and three compatriots were wounded", "were flown home"))) == set()


def test_a_fourth_compatriot_is_one_more_of_the_people_counted_before():
    text = ("SEOUL, May 3 - On Saturday three of our nationals were shot dead in a robbery in Angeles City. A fourth "
            "compatriot was seriously injured.\n")
    assert ("KOR", "unspecified", "injured", 1, None) in figures(run(text))
    # trap: a fourth compatriot who was questioned is no casualty
    assert {f[3] for f in figures(run(text.replace("seriously injured", "questioned by police")))} == {3}


def test_its_spokesperson_speaks_for_the_body_that_opens_the_sentence_before():
    text = ("PARIS, May 3 - The prefecture said the boat capsized off Mayotte.\n\n"
            "In Moroni, the Comorian government gave a different version. Its spokesperson, Houmed Abdou, said at "
            "least eleven of our compatriots had lost their lives.\n")
    doc = Document(text, None)
    assert any(m.actor_id == "houmed-abdou" and m.state == "COM" for ms in doc.mentions for m in ms)
    assert ("COM", "unspecified", "killed", 11, None) in figures(run(text))
    # trap: a body named after the sentence's own subject is not what "Its" stands for
    other = text.replace("In Moroni, the Comorian government gave", "In Moroni, fishermen told the Comorian government")
    doc = Document(other, None)
    assert all(m.state is None for ms in doc.mentions for m in ms if m.actor_id == "houmed-abdou")


def test_a_speaker_told_by_a_pronoun_speaks_for_the_state_she_was_named_with():
    text = ("TAPACHULA, Mexico, May 3 - A truck carrying migrants overturned near Huixtla on Saturday.\n\n"
            "El Salvador's foreign minister, Alejandra Menjivar, put the toll higher. \"Four of our compatriots are "
            "dead and five more are in hospital in Tapachula,\" she told a news conference on Monday.\n")
    assert figures(run(text)) >= {("SLV", "unspecified", "killed", 4, None), ("SLV", "unspecified", "injured", 5, None)}
    # trap: people who are not "ours" are placed by the town they died in, as before
    assert ("MEX", "civilian", "killed", 4, None) in figures(run(text.replace("Four of our compatriots are",
                                                                             "Four farmers are")))



def test_people_a_police_force_or_coast_guard_counts_are_not_its_states():
    text = ("MALE, May 3 - A fire swept through a workers' lodging house in the capital. The Maldives Police Service "
            "said on Tuesday that eight people had died in the fire.\n")
    assert figures(run(text)) == {(None, "unspecified", "killed", 8, None)}
    # trap: a ministry that counts people speaks of its own, as before
    assert figures(run(text.replace("Police Service", "Foreign Ministry"))) == {("MDV", "unspecified", "killed", 8, None)}
    # trap: people the police count by nationality are of that state
    assert figures(run(text.replace("eight people", "eight Bangladeshi workers"))) \
        == {("BGD", "civilian", "killed", 8, None)}
