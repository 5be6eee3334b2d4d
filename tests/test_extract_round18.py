"""Round 18, read on the misses of dev32-dev50 (each beside its trap): a day told from the one the text dated last,
however far back ("a day earlier", "The very next day", "Later that day", "A week later", a programme's "In the
evening,"), and a tenure's start that dates no event ("his first visit since taking office in February"); an offer
"repeated ... to help", a state that "remains available to both governments" or "at the disposal of both parties", a
minister "chairing six hours of talks", and a capital that "brought the two brothers to the telephone"; a truce
"announced on Monday by" a third state's minister, two states' soldiers who "stopped shooting", and a dateline's date
before an agency's name ("N'DJAMENA, Sept 22 (Sahel Wire) -") that dates no event; a defence ministry's "our forces
have recorded four (4) martyrs", and "two of its naval infantrymen"; "The two officers agreed on an immediate cessation
of fire"; a communique's cessation "agreed by the two Member States ... through the mediation of H.E. Mr. ..., Minister
of Foreign Affairs of the Republic of The Gambia", the pair it joined "between the Republic of Guinea and the Republic
of Senegal"."""
from __future__ import annotations

import datetime as dt

from extract_support import figures, mediations, of, pairs, run

from diprel.extract import extract_text
from diprel.extract.document import Document


def _dated(text: str, published: dt.date, phrase: str) -> list[str]:
    """The days Document.dates gives the expression `phrase` of `text`."""
    doc = Document(text, published)
    at = text.index(phrase)
    return [str(d.date_start) for i, s in enumerate(doc.sentences) if s.start <= at < s.end
            for d in doc.dates(i) if d.start == at]


ATTACK = ("SEOUL - Two tourists were shot dead in Cebu on 14 February. The victims were on a golfing holiday. "
          "I extend my condolences to the families. {} I spoke by telephone with Secretary Ramon Reyes.\n")


def test_a_day_told_from_the_day_dated_three_sentences_up():
    published = dt.date(2026, 2, 25)
    assert _dated(ATTACK.format("The very next day"), published, "The very next day") == ["2026-02-15"]
    assert _dated(ATTACK.format("A day earlier"), published, "A day earlier") == ["2026-02-13"]
    assert _dated(ATTACK.format("Two days later"), published, "Two days later") == ["2026-02-16"]
    assert _dated(ATTACK.format("Later that day"), published, "Later that day") == ["2026-02-14"]
    # trap: "the day before" a named event is that event's eve, not the eve of the day dated last
    assert _dated(ATTACK.format("On the day before the vote"), published, "the day before") == []


def test_a_sentence_opening_later_in_the_day():
    # capitalised at a sentence's start, the words are still read ("Later in the day, the President received ...")
    assert _dated(ATTACK.format("Later in the day"), dt.date(2026, 2, 25), "Later in the day") == ["2026-02-14"]
    assert _dated(ATTACK.format("Earlier in the day"), dt.date(2026, 2, 25), "Earlier in the day") == ["2026-02-14"]


def test_a_programme_s_evening_is_the_day_of_its_last_item():
    text = ("COLOMBO, June 20 - The Prime Minister arrived in Colombo on 18 June. He laid a wreath at the memorial. "
            "In the evening, the Prime Minister called on the President of Sri Lanka.\n")
    assert _dated(text, dt.date(2026, 6, 20), "In the evening") == ["2026-06-18"]
    # trap: an evening inside a sentence is no programme item
    later = text.replace("In the evening, the Prime Minister called", "The Prime Minister called late in the evening")
    assert _dated(later, dt.date(2026, 6, 20), "in the evening") == []


def test_a_second_encounter_a_week_later_is_its_own_meeting():
    text = ("ROME, Oct 29 - Italy's transport minister, Lorenzo Bassi, crossed to Innsbruck on 14 October for talks "
            "with Austria's transport minister, Verena Huber. Both sides called the meeting useful. Officials say a "
            "complaint is ready. A week later the two met again, this time in Brussels, on the sidelines of an EU "
            "council.\n")
    found = of(run(text, dt.date(2026, 10, 29)), "meetings")
    assert sorted(f["date_start"] for f in found) == ["2026-10-14", "2026-10-21"]
    # trap: told again without a day of its own, the meeting in Innsbruck is one record
    same = text.replace("A week later the two met again, this time in Brussels", "The two met in Innsbruck")
    assert len(of(run(same, dt.date(2026, 10, 29)), "meetings")) == 1


def test_a_tenure_s_start_dates_no_event():
    text = ("ASHGABAT, June 10 - The Kazakh minister, on his first visit to Turkmenistan since taking office in "
            "February, was received by the President on Tuesday.\n")
    assert _dated(text, dt.date(2026, 6, 10), "in February") == []
    # trap: a month that dates the visit itself stays
    assert _dated(text.replace("since taking office in February", "in February"), dt.date(2026, 6, 10),
                  "in February") == ["2026-02-01"]


ROW = "BUENOS AIRES, Oct 15 - Argentina and Ecuador traded accusations over the detained fishing crews. {}\n"
ARG_ECU = frozenset(("ARG", "ECU"))


def test_an_offer_of_help_repeated():
    text = ROW.format("Brazil on Thursday repeated its offer to help.")
    assert mediations(run(text)) == {("offer", "BRA", ARG_ECU)}
    # trap: help offered to others than the pair
    assert mediations(run(ROW.format("Brazil on Thursday repeated its offer to help the flood victims."))) == set()


def test_a_state_available_to_both_governments():
    text = ROW.format('"Brazil remains available to both governments," its foreign ministry said.')
    assert mediations(run(text)) == {("offer", "BRA", ARG_ECU)}
    disposal = ROW.format('Austria said it "remains at the disposal of both parties as long as they find it useful".')
    assert mediations(run(disposal)) == {("offer", "AUT", ARG_ECU)}
    # trap: available to others
    assert mediations(run(ROW.format("The Brazilian embassy remains available to journalists, its ministry said."))) \
        == set()


def test_a_minister_chairing_hours_of_talks():
    text = ("MEXICO CITY, Oct 15 - Belize and Guatemala agreed a truce on Tuesday. It was announced by Mexico's deputy "
            "foreign minister, Lucia Arreola, who read out a joint statement after chairing six hours of talks in "
            "Chetumal.\n")
    assert ("conducted", "MEX", frozenset(("BLZ", "GTM"))) in mediations(run(text))
    # trap: hours of her own cabinet's talks
    cabinet = text.replace("read out a joint statement after chairing six hours of talks in Chetumal",
                           "criticised it after chairing six hours of cabinet talks in Mexico City")
    assert {kind for kind, *_ in mediations(run(cabinet))} <= {"offer"}


def test_a_capital_that_brought_the_two_to_the_telephone():
    text = ("LIBREVILLE, Oct 15 - Gabon and Equatorial Guinea exchanged fire near Mbanie. Cameroon's foreign minister "
            'told Cameroonian radio that Yaounde had "brought the two brothers to the telephone".\n')
    # told by Cameroon's own minister: a claim of mediation
    assert ("claimed", "CMR", frozenset(("GAB", "GNQ"))) in mediations(run(text))
    # trap: two wounded men brought to a hospital are no pair brought together
    hospital = text.replace('"brought the two brothers to the telephone"', "brought the two wounded to the hospital")
    assert {kind for kind, *_ in mediations(run(hospital))} <= {"offer"}


CAYS = ("BELIZE CITY, Oct 15 - Belize and Honduras traded fire near the Sapodilla cays. Under the arrangement {} on "
        "Monday by Mexican Foreign Minister Rodrigo Anaya, forces of both countries ceased hostilities there.\n")


def test_a_truce_announced_by_a_third_state_s_minister():
    assert pairs(run(CAYS.format("announced")), "ceasefires") == {frozenset(("BLZ", "HND"))}
    # trap: a minister who only welcomed it may be a party for all the sentence says: no pair is borrowed past him
    assert pairs(run(CAYS.format("welcomed")), "ceasefires") == set()


def test_two_states_soldiers_who_stopped_shooting():
    text = ("GEORGETOWN, Oct 15 - Guyanese and Surinamese soldiers facing each other across the upper Corentyne River "
            "stopped shooting on Tuesday.\n")
    assert {(frozenset((c["fields"]["state_1"], c["fields"]["state_2"])), c["method"]) for c in run(text)
            if c["table"] == "ceasefires"} == {(frozenset(("GUY", "SUR")), "rules:ceasefire@3")}
    # trap: one state's soldiers and smugglers
    smugglers = text.replace("Guyanese and Surinamese soldiers facing each other", "Guyanese soldiers facing smugglers")
    assert pairs(run(smugglers), "ceasefires") == set()


def test_a_dateline_s_date_before_the_agency_dates_no_event():
    text = "N'DJAMENA, Sept 22 (Sahel Wire) - Libyan and Nigerien forces stopped fighting at 6 a.m. on Sunday.\n"
    assert _dated(text, dt.date(2026, 9, 22), "Sept 22") == []
    assert _dated(text, dt.date(2026, 9, 22), "on Sunday") == ["2026-09-20"]
    # trap: a date and an aside in the body, after a word, date their event
    body = "N'DJAMENA, Sept 22 - The clashes of Sept 20 (Sunday) - the third this year - killed two soldiers.\n"
    assert _dated(body, dt.date(2026, 9, 22), "Sept 20") == ["2026-09-20"]


UPDATE = ("Nouakchott, 18 February 2026\n\nSince the beginning of the incidents on 12 February, {} have recorded "
          "four (4) martyrs and eleven (11) wounded.\n")


def test_our_forces_have_recorded_their_own_dead():
    found = figures(extract_text(UPDATE.format("our forces"), dt.date(2026, 2, 18), outlet_country="MRT"))
    assert {(side, count) for side, _, _, count, _ in found} == {("MRT", 4), ("MRT", 11)}
    # trap: what the hospitals recorded are nobody's in particular
    found = figures(extract_text(UPDATE.format("the hospitals"), dt.date(2026, 2, 18), outlet_country="MRT"))
    assert {side for side, *_ in found} == {None}


def test_naval_infantrymen_are_men_under_arms():
    text = ("BOGOTA, Oct 15 - Colombia and Nicaragua traded accusations. Nicaragua's army said two of its naval "
            "infantrymen were lightly wounded by Colombian fire.\n")
    assert figures(run(text)) == {("NIC", "military", "injured", 2, None)}


def test_the_two_officers_agreed_on_a_cessation_of_fire():
    text = ("Libreville, 6 October 2026\n\nOn Sunday, a patrol of the gendarmerie came under fire from elements of the "
            "Defence Forces of Equatorial Guinea. The same evening, the commander of the Legion, Colonel Rodrigue Mba, "
            "met his Equatoguinean counterpart on the bridge. The two officers agreed on an immediate cessation of "
            "fire, which has been respected since.\n")
    assert pairs(run(text, dt.date(2026, 10, 6)), "ceasefires") == {frozenset(("GAB", "GNQ"))}
    # trap: officers who are not said to be the two sides'
    officers = text.replace("The two officers agreed", "Officers agreed")
    assert pairs(run(officers, dt.date(2026, 10, 6)), "ceasefires") == set()


COMMUNIQUE = ("Abuja, 20 July 2026\n\n1. Council met to consider the situation on the border between the Republic "
              "of Guinea and the Republic of Senegal.\n\n2. Council welcomed the cessation of hostilities agreed by "
              "the two Member States on 16 July 2026 through the mediation of H.E. Mr. Lamin Jallow, Minister of "
              "Foreign Affairs of the Republic of The Gambia.\n")


def test_a_communique_s_two_member_states_and_their_mediator():
    found = run(COMMUNIQUE, dt.date(2026, 7, 20))
    assert pairs(found, "ceasefires") == {frozenset(("GIN", "SEN"))}
    assert ("conducted", "GMB", frozenset(("GIN", "SEN"))) in mediations(found)
    # trap: a cessation still to be agreed by them
    pending = COMMUNIQUE.replace("welcomed the cessation of hostilities agreed by", "called for a cessation of "
                                 "hostilities to be agreed by")
    assert pairs(run(pending, dt.date(2026, 7, 20)), "ceasefires") == set()


def test_an_office_of_a_state_s_formal_style():
    doc = Document("The Minister of Foreign Affairs of the Co-operative Republic of Guyana, Mr. Dwayne Persaud, "
                   "spoke.\n", dt.date(2026, 7, 20))
    assert [(m.state, m.actor_id) for m in doc.mentions[0] if m.kind == "person"] == [("GUY", "dwayne-persaud")]
    # trap: a republic the lexicon does not know stands for no state
    doc = Document("The Minister of Foreign Affairs of the Republic of Ruritania, Mr. Rudolf Rassendyll, spoke.\n",
                   dt.date(2026, 7, 20))
    assert [m.state for m in doc.mentions[0] if m.kind == "person"] == [None]
