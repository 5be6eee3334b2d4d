"""The trigger classifier (extract/triggers.py): its model, its trainer, and what it adds to the rules."""
from __future__ import annotations

import datetime as dt
import json
import math

import pytest

from diprel.extract import extract_text, triggers
from diprel.extract.document import Document
from diprel.extract.lexicon import train_triggers
from diprel.extract.rules import casualties


PUBLISHED = dt.date(2026, 11, 3)
WIRE = "BELGRADE, Nov 3 (Adriatic Wire) - Serbia and Montenegro traded accusations on Tuesday after a night of shooting.\n\n"


def _records(text: str) -> list[dict]:
    return extract_text(text, PUBLISHED)


def _by_method(text: str, method: str) -> list[dict]:
    return [c for c in _records(text) if c["method"] == method]


def test_features_mask_names_and_numbers():
    f = triggers.features("Norway offered 3 venues to Serbia.")
    assert {"ccap offered", "offered nnum", "nnum venues", "venues to", "to ccap"} <= f
    assert not any("norway" in x or "serbia" in x or "3" in x for x in f)


def test_scores_are_the_fitted_logistic_regression():
    """The run-time scorer, a sum of rounded weights, agrees with scikit-learn's own probabilities."""
    rows = [("Minister A met her counterpart B in Paris on Monday.", {"meetings"}),
            ("The two ministers met again on Friday and held talks.", {"meetings"}),
            ("Norway offered to mediate between the two countries.", {"mediation_offers"}),
            ("Sweden said it stands ready to mediate.", {"mediation_offers"}),
            ("The two armies agreed to a ceasefire on Sunday.", {"ceasefires"}),
            ("A ceasefire took effect at noon.", {"ceasefires"}),
            ("Three soldiers were killed in the shelling.", {"casualty_figures"}),
            ("Five civilians were killed and two soldiers wounded.", {"casualty_figures"}),
            ("The weather was fine.", set()), ("Trade between the two countries grew.", set())] * 2
    model, classifiers, index = train_triggers.fit(rows)
    probe = ["The ministers met on Monday.", "Two soldiers were killed.", "Norway stands ready to mediate."]
    X = train_triggers.matrix([triggers.features(t) for t in probe], index)
    for k, text in enumerate(probe):
        got = triggers.scores(text, model)
        for table, clf in classifiers.items():
            assert got[table] == pytest.approx(clf.predict_proba(X[k])[0, 1], abs=5e-3)


def test_committed_model_is_what_the_trainer_writes():
    """Retraining on the development corpora reproduces the committed weights: a corpus added or recoded without a
    retrain fails here (`python -m diprel.extract.lexicon.train_triggers`)."""
    committed = triggers.model()
    fresh = train_triggers.train(train_triggers.development_corpora())
    assert committed["trained_on"] == fresh["trained_on"]
    assert committed["intercept"] == pytest.approx(fresh["intercept"], abs=1e-3)
    assert set(committed["weights"]) == set(fresh["weights"])
    worst = max(abs(a - b) for f, ws in fresh["weights"].items() for a, b in zip(ws, committed["weights"][f]))
    assert worst <= 1e-3


def test_sealed_corpora_never_train_the_model(tmp_path):
    assert not any("heldout" in c for c in triggers.model()["trained_on"]["corpora"])
    sealed = tmp_path / "corpus_heldout9"
    (sealed / "annotations").mkdir(parents=True)
    with pytest.raises(SystemExit, match="corpus_heldout9: a sealed held-out corpus never trains"):
        train_triggers.labelled_sentences([sealed])


def test_model_file_is_sorted_json_one_weight_a_line():
    text = triggers.MODEL_PATH.read_text(encoding="utf-8")
    model = json.loads(text)
    assert text == train_triggers.dumps(model)
    assert text.count("\n") > len(model["weights"])
    assert set(model["threshold"]) == set(model["intercept"]) == set(triggers.TABLES)


def test_a_meeting_no_rule_reads():
    text = WIRE + ("Montenegrin Foreign Minister Milena Lakić and her Serbian counterpart Dragan Vukašinović sat down "
                   "for a working breakfast on Monday at a hotel in Belgrade.\n")
    (hit,) = _by_method(text, "rules:trigger_meetings@1")
    assert {hit["fields"]["state_1"], hit["fields"]["state_2"]} == {"MNE", "SRB"}
    assert hit["fields"]["date_start"] == "2026-11-02"  # Monday, not the wire's own Nov 3
    assert hit["confidence"] == triggers.CONFIDENCE
    quote = hit["evidence"][0]
    assert text[quote["start"]:quote["end"]] == quote["quote"]


def test_an_offer_no_rule_reads_and_its_negation():
    offer = ("Norway has let Belgrade and Podgorica know that its diplomats are at their service should the two "
             "governments want a neutral venue and someone to chair talks between Serbia and Montenegro.\n")
    (hit,) = _by_method(WIRE + offer, "rules:trigger_mediation@1")
    f = hit["fields"]
    assert (f["mediator_state"], {f["party_1_state"], f["party_2_state"]}, f["kind"]) == ("NOR", {"MNE", "SRB"}, "offer")
    negated = "Neither Norway nor Sweden has offered to mediate between Serbia and Montenegro, diplomats said.\n"
    assert triggers.scores(negated)["mediation_offers"] >= triggers.model()["threshold"]["mediation_offers"]
    assert not [c for c in _records(WIRE + negated) if c["table"] == "mediation_offers"]


def test_nothing_for_a_future_meeting():
    text = WIRE + "The two ministers will meet again in Podgorica next month.\n"
    assert not [c for c in _records(text) if c["table"] == "meetings"]


def test_no_second_telling_of_a_meeting_the_rules_found():
    """A flagged sentence without a date of its own about a pair the rules already have adds nothing."""
    text = WIRE + ("Montenegro's foreign minister Milena Lakić met her Serbian counterpart, Dragan Vukašinović, in "
                   "Belgrade on Monday.\n\nLakić and Vukašinović sat down for a working breakfast at a hotel in "
                   "Belgrade.\n")
    meetings = [c for c in _records(text) if c["table"] == "meetings"]
    assert len(meetings) == 1 and meetings[0]["method"] != "rules:trigger_meetings@1"


def test_loose_figures_read_an_outcome_anywhere_in_the_sentence():
    text = WIRE + "Among those who did not survive the night were three Serbian fishermen, their families said.\n"
    doc = Document(text, PUBLISHED)
    (hit,) = casualties.loose_figures(doc, 1, "src")
    assert (hit.fields["count"], hit.fields["side_state"], hit.fields["outcome"], hit.fields["population"]) == \
        (3, "SRB", "killed", "civilian")
    no_outcome = WIRE + "Three Serbian fishermen were questioned by the police, their families said.\n"
    assert casualties.loose_figures(Document(no_outcome, PUBLISHED), 1, "src") == []


def test_probabilities_are_probabilities():
    p = triggers.scores("Three soldiers were killed on Monday.")
    assert set(p) == set(triggers.TABLES)
    assert all(0 < v < 1 and not math.isnan(v) for v in p.values())
    assert max(p, key=p.get) == "casualty_figures"


def test_weights_for_other_tables_are_refused(tmp_path, monkeypatch):
    m = dict(triggers.model(), tables=list(reversed(triggers.TABLES)))
    path = tmp_path / "triggers.json"
    path.write_text(json.dumps(m), encoding="utf-8")
    monkeypatch.setattr(triggers, "MODEL_PATH", path)
    triggers.model.cache_clear()
    try:
        with pytest.raises(ValueError, match="triggers.json: weights for"):
            triggers.model()
    finally:
        monkeypatch.undo()
        triggers.model.cache_clear()


def _fallback(text: str) -> list:
    """What the classifier and its resolvers draft when no rule has read the text."""
    return [(h.table, h.fields) for h in triggers.extract(Document(text, PUBLISHED), [], "src")]


def test_an_offer_to_the_two_takes_the_articles_pair():
    got = _fallback(WIRE + "Hungary, too, has repeated its readiness to “help the two sister nations”, as after every "
                           "quarrel.\n")
    assert [(t, f["mediator_state"], f["party_1_state"], f["party_2_state"]) for t, f in got] == \
        [("mediation_offers", "HUN", "MNE", "SRB")]
    # traps: help that names no pair, and help with something else
    assert _fallback(WIRE + "Hungary has repeated its readiness to help, as it does after every flood.\n") == []
    assert _fallback(WIRE + "Hungary stands ready to help the two countries rebuild the bridge.\n") == []


def test_an_unplaced_minister_is_of_the_articles_own_state():
    text = ("BELGRADE, Nov 3 (Adriatic Wire) - Serbia protested on Tuesday after a night of shooting on the border.\n\n"
            "The minister told parliament he had travelled to Podgorica on Monday and held talks there for three hours "
            "with his Montenegrin counterpart, Mr Vuk Marković, about the shooting.\n")
    got = _fallback(text)
    assert [(t, {f["state_1"], f["state_2"]}, f["date_start"]) for t, f in got] == \
        [("meetings", {"MNE", "SRB"}, "2026-11-02")]
    # trap: a third state named just before leaves the minister unplaced
    third = text.replace("on the border.\n\n", "on the border. Croatia called for calm. ")
    assert _fallback(third) == []


def test_the_two_stand_for_the_articles_pair_in_a_meeting_and_a_truce():
    got = _fallback(WIRE + "The next morning the two police directors spoke by phone for an hour.\n")
    assert [(t, {f["state_1"], f["state_2"]}) for t, f in got] == [("meetings", {"MNE", "SRB"})]
    got = _fallback(WIRE + "On Wednesday the two sides agreed to hold fire along the river.\n")
    assert [(t, {f["state_1"], f["state_2"]}, f["kind"]) for t, f in got] == [("ceasefires", {"MNE", "SRB"}, "bilateral")]
    # traps: rebels are no state's envoys; a truce only urged is none
    assert _fallback(WIRE + "The next morning the two rebel commanders spoke by phone for an hour.\n") == []
    assert _fallback(WIRE + "On Wednesday diplomats urged the two sides to hold fire along the river.\n") == []


def test_neighbours_are_the_two_states_the_article_names_most():
    text = ("Serbia's minister visited Montenegro. Serbia and Montenegro signed a deal. Montenegro thanked Serbia.\n\n"
            "Chile's foreign minister said on Wednesday that Santiago stood ready to help our neighbours talk.\n")
    got = _fallback(text)
    assert [(t, f["mediator_state"], {f["party_1_state"], f["party_2_state"]}) for t, f in got] == \
        [("mediation_offers", "CHL", {"MNE", "SRB"})]


def test_the_two_who_meet_are_officials():
    assert _fallback(WIRE + "The next morning the two company directors spoke by phone for an hour.\n") == []
    got = _fallback(WIRE + "The next morning the two defence ministers spoke by phone for an hour.\n")
    assert [(t, {f["state_1"], f["state_2"]}) for t, f in got] == [("meetings", {"MNE", "SRB"})]


def test_fallback_figures_carry_the_trigger_method(monkeypatch):
    # the flag itself is the model's business (and moves with every retrain): here the sentence is flagged outright
    flagged = dict.fromkeys(triggers.TABLES, 0.0) | {"casualty_figures": 0.99}
    monkeypatch.setattr(triggers, "scores", lambda text, m=None: flagged if "fishermen" in text else
                        dict.fromkeys(triggers.TABLES, 0.0))
    doc = Document(WIRE + "Three Serbian fishermen were among the dead, their families told local radio.\n", PUBLISHED)
    (hit,) = triggers.extract(doc, [], "src")  # as if no rule had read it
    assert (hit.table, hit.fields["count"], hit.method, hit.confidence) == \
        ("casualty_figures", 3, "rules:trigger_casualties@1", triggers.CONFIDENCE)


def test_the_trainer_prints_its_usage_rather_than_writing_a_file_named_help(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as done:
        train_triggers.main(["--help"])
    assert done.value.code == 0 and "train_triggers [OUT.json" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="unknown option -x"):
        train_triggers.main(["-x"])
    assert list(tmp_path.iterdir()) == []
