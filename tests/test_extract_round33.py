"""Round 33. Part one, written before dev80 and dev81 arrived, on the studied corpora and scored by the fields of the
records found (the records themselves unchanged). An offer no sentence of it dates takes the date of the meeting it
was made at: the latest dated meeting of its mediator told up to it ("Dossayev received Armenia's foreign minister in
Astana on Monday. Dossayev reaffirmed Kazakhstan's readiness to host talks"); a mediation done or claimed takes the
date of its two parties' talks ("The talks were chaired by Kenya's special envoy"), told after it if not before. An
offer a mediator's statement made alone still takes the publication week, as the coders date it. A meeting's level:
a border's or a force's plural needs no article to rank both parties ("Border representatives of Latvia and Russia
met", "Russian and Chinese border commissioners", "Army commanders from Cameroon and the Republic of Congo"):
military."""
from __future__ import annotations

import datetime as dt

from diprel.extract import triggers
from extract_support import rule_fields, run

_PUB = dt.date(2026, 4, 16)  # a Thursday: "on Monday" is 2026-04-13, "on Tuesday" 2026-04-14


def _offers(text: str) -> list[tuple]:
    return sorted((f["kind"], f["mediator_state"], f["date_start"], f["date_basis"])
                  for c in run(text, _PUB) if c["table"] == "mediation_offers" for f in [c["fields"]])


def test_an_offer_made_at_a_meeting_takes_the_meetings_date():
    text = ("Kazakh Foreign Minister Erlan Dossayev received Armenian Foreign Minister Ani Hakobyan in Astana on "
            "Monday. Dossayev reaffirmed Kazakhstan's readiness to host talks between Armenia and Azerbaijan.")
    assert _offers(text) == [("offer", "KAZ", "2026-04-13", "relative")]
    # the quote that dates it is part of the offer's evidence
    (offer,) = [c for c in run(text, _PUB) if c["table"] == "mediation_offers"]
    dating = [e for e in offer["evidence"] if "date_start" in e["supports"]]
    assert [e["quote"] for e in dating] == ["Kazakh Foreign Minister Erlan Dossayev received Armenian Foreign Minister "
                                            "Ani Hakobyan in Astana on Monday"]


def test_an_offer_beside_the_parties_meeting_keeps_the_publication_week():
    # trap: the offer was not made at the parties' meeting; the coders date a statement like it by publication
    text = ("The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday. Kazakhstan said it was ready to "
            "host talks between Armenia and Azerbaijan.")
    assert _offers(text) == [("offer", "KAZ", "2026-04-10", "publication")]


def test_a_mediation_done_takes_the_date_of_the_talks_it_chaired():
    text = ("Ethiopian and South Sudanese army commanders met in Lokichogio on Tuesday. The talks were chaired by "
            "Kenya's special envoy, Daniel Kiptoo.")
    assert _offers(text) == [("conducted", "KEN", "2026-04-14", "relative")]


def test_a_mediation_told_before_its_talks_takes_their_date(monkeypatch):
    # the classifier's draft (its rating fixed here) was dated by publication, as undated: the talks told next date it
    def scores(sentence, m=None):
        return {t: (0.99 if "chaired" in sentence and t == "mediation_offers" else 0.01)
                for t in ("meetings", "mediation_offers", "ceasefires", "casualty_figures")}
    monkeypatch.setattr(triggers, "scores", scores)
    text = ("Kenya's special envoy, Daniel Kiptoo, chaired talks between Ethiopia and South Sudan. The two defence "
            "ministers met in Lokichogio on Tuesday and agreed to reopen the crossing.")
    assert _offers(text) == [("conducted", "KEN", "2026-04-14", "relative")]


def test_an_offer_takes_no_date_from_a_meeting_told_after_it():
    # trap: the mediator's meeting told later is not where this offer was made
    text = ("Kazakhstan said it was ready to help Armenia and Azerbaijan settle their dispute. "
            "Separately, Kazakh Foreign Minister Erlan Dossayev received Georgia's foreign minister in Astana on "
            "Monday.")
    assert _offers(text) == [("offer", "KAZ", "2026-04-10", "publication")]


def _levels(text: str) -> list[tuple]:
    return sorted((*sorted((f["state_1"], f["state_2"])), f["level"]) for f in rule_fields(run(text, _PUB), "meetings"))


def test_a_borders_plural_ranks_both_parties_military():
    assert _levels("Border representatives of Latvia and Russia met at the Terehova crossing on Wednesday at "
                   "Latvia's request.") == [("LVA", "RUS", "military")]
    assert _levels("Russian and Chinese border commissioners met in Heihe on Wednesday.") == [("CHN", "RUS", "military")]


def test_a_forces_plural_ranks_both_parties_military():
    assert _levels("Army commanders from Cameroon and the Republic of Congo signed a truce at the Ntam border post on "
                   "Sunday.") == [("CMR", "COG", "military")]


def test_other_representatives_give_no_rank():
    # trap: trade representatives are no force
    assert _levels("Trade representatives of Latvia and Estonia met in Valga on Wednesday.") == [("EST", "LVA", None)]
