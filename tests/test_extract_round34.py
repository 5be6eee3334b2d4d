"""Round 34. Part one, written before dev82 and dev83 arrived, on the studied corpora and scored by the fields of the
records found. A casualty figure's population: men counted as such are civilians to the coders ("Two men were shot
dead"), a force's own men are military ("two of its men", "had lost three men"), and armed men or men "identified as
members of a ring" no one's. Its certainty: a figure in someone's quoted words is attributed to the speaker of the
quotation, even where the quotation runs over sentences ('"As a result, two traders were killed. ...," the police
said'), and "put the number of ... at four" reports a figure like "said". A meeting's level: officials of both parties
named in one plural ("Senior diplomats from Argentina and Ecuador met", "fisheries officials from the two countries")
rank the pair as officials. Part two, read on the misses and false alarms of dev82 and dev83 after their first scores:
a release's letterhead in capitals ("NIGERIAN ARMY") names the state it speaks from; "Chinese border personnel opened
fire" are the attackers; one named with an age is a civilian, unless his force or unit is named; "hosted the
commanders of the two armies"; "the question of a ceasefire" is none; "the two brotherly countries"; the heads of two
delegations named after the talks are its principals, so a call on another one is another meeting; a factbox's bullet
is dated by its heading ("FEBRUARY 24 - MINISTERS MEET"); "the first meeting since the shelling began on March 19" is
not of that day; "laid the groundwork for the talks" is a mediation; a call "that had been scheduled" is past."""
from __future__ import annotations

import datetime as dt
from functools import partial

from diprel.extract import extract_text
from extract_support import dated_pairs, levels, rated, rule_fields, run

_PUB = dt.date(2026, 4, 16)  # a Thursday: "on Monday" is 2026-04-13


def _figures(text: str) -> list[tuple]:
    return sorted((f["side_state"] or "", f["population"], f["outcome"], f["count"], f["certainty"], f["claimant"])
                  for f in rule_fields(run(text, _PUB), "casualty_figures"))


def test_men_counted_as_such_are_civilians():
    assert _figures("Two men were shot dead near the Kenyan border town of Moyale on Monday, Kenya's interior ministry "
                    "said.") == [("KEN", "civilian", "killed", 2, "attributed", "ken-interior-ministry")]


def test_a_forces_own_men_are_military():
    assert _figures("Ethiopia's army said two of its men were wounded in the clash near Moyale on Monday.") \
        == [("ETH", "military", "injured", 2, "attributed", "eth-army")]
    assert _figures("Ethiopia's army said it had lost three men in the clash near Moyale on Monday.") \
        == [("ETH", "military", "killed", 3, "attributed", "eth-army")]


def test_armed_men_stay_no_ones():
    # trap: gunmen are counted without a population, as attackers are
    assert _figures("Kenyan police shot dead two armed men near Moyale on Monday, Kenya's interior ministry said.") \
        == [("", "unspecified", "killed", 2, "attributed", "ken-interior-ministry")]


def test_a_figure_in_quoted_words_is_the_speakers():
    text = ('The Kenyan police said the clash began at dawn. "As a result, two Kenyan traders were killed and three '
            'others were injured. They were taken to hospital," the police said.')
    assert _figures(text) == [("KEN", "civilian", "injured", 3, "attributed", "ken-police"),
                              ("KEN", "civilian", "killed", 2, "attributed", "ken-police")]


def test_a_figure_in_the_outlets_own_words_is_asserted():
    # trap: the same figures unquoted, after a sentence of the police's, are the outlet's
    text = ("The Kenyan police said the clash began at dawn. Two Kenyan traders were killed and three others were "
            "injured.")
    assert _figures(text) == [("KEN", "civilian", "injured", 3, "asserted", None),
                              ("KEN", "civilian", "killed", 2, "asserted", None)]


def test_putting_the_number_at_reports_a_figure():
    assert _figures("The Moyale traders' association put the number of Kenyan traders killed in the clash at four.") \
        == [("KEN", "civilian", "killed", 4, "attributed", None)]
    # trap: a figure no one puts
    assert _figures("Four Kenyan traders were killed in the clash near Moyale on Monday.") \
        == [("KEN", "civilian", "killed", 4, "asserted", None)]


_levels = partial(levels, published=_PUB)


def test_officials_of_both_parties_in_one_plural_rank_the_pair():
    assert _levels("Senior diplomats from Argentina and Ecuador met in Montevideo on Thursday for their first talks "
                   "since March.") == [("ARG", "ECU", "officials")]
    assert _levels("Military officials from Argentina and Ecuador met in Montevideo on Thursday.") \
        == [("ARG", "ECU", "military")]


def test_two_states_alone_give_no_rank():
    # trap: no people named, no level
    assert _levels("Argentina and Ecuador held talks in Montevideo on Thursday.") == [("ARG", "ECU", None)]


# --- part two: read on dev82 and dev83 ------------------------------------------------------------------------------

def _drafts(text: str, table: str, outlet: str | None = None) -> list[tuple]:
    keys = {"meetings": ("state_1", "state_2", "date_start", "level"),
            "ceasefires": ("state_1", "state_2", "kind"),
            "mediation_offers": ("kind", "mediator_state", "party_1_state", "party_2_state"),
            "casualty_figures": ("side_state", "population", "outcome", "count")}[table]
    cands = extract_text(text, _PUB, outlet_country=outlet)
    return sorted(tuple(f[k] or "" for k in keys) for f in rule_fields(cands, table))


_RELEASE = ("DIRECTORATE OF ARMY PUBLIC RELATIONS\n\nPRESS RELEASE\n\n1. Troops of Sector 4 on routine patrol along the "
            "Ikang waterway came under fire from Cameroonian gendarmes on Thursday. In the ensuing exchange of fire, "
            "two gallant soldiers paid the supreme price.\n")


def test_a_letterhead_in_capitals_names_the_releases_state():
    assert _drafts("NIGERIAN ARMY\n" + _RELEASE, "casualty_figures", outlet="NGA") \
        == [("NGA", "military", "killed", 2)]


def test_a_letterhead_that_names_no_state_places_nothing():
    # trap: the outlet's state alone does not speak for the soldiers
    assert _drafts(_RELEASE, "casualty_figures", outlet="NGA") == [("", "military", "killed", 2)]


def test_border_personnel_who_open_fire_are_the_attackers():
    text = ("KATHMANDU, Apr 16 - The Ministry of Home Affairs said two herders were wounded on Sunday when Chinese "
            "border personnel opened fire on a group grazing yaks near the border.")
    assert _drafts(text, "casualty_figures") == [("NPL", "civilian", "injured", 2)]


def test_one_named_with_an_age_is_a_civilian_unless_his_force_is_named():
    assert _drafts("The Ministry of Home Affairs said Tashi Lama, 46, was killed on Sunday near the border between "
                   "Nepal and China.", "casualty_figures") == [("", "civilian", "killed", 1)]
    assert _drafts("Costa Rica's security minister said Border Police officer Andrés Quesada Mora, 31, died on "
                   "Monday night after being shot from the Nicaraguan bank.", "casualty_figures") \
        == [("CRI", "military", "killed", 1)]


def test_a_host_of_the_commanders_of_the_two_armies():
    text = ("Niger and Chad have agreed to a ceasefire on Lake Chad. Nigeria's Chief of Defence Staff, General Haruna "
            "Bako Tsafe, hosted the commanders of the two armies' lake sectors in Maiduguri on Saturday.")
    assert _drafts(text, "meetings") == [("NER", "TCD", "2026-04-11", "officials")]


def test_the_question_of_a_ceasefire_is_no_ceasefire():
    text = ("There is no armed conflict between Trinidad and Tobago and Venezuela, and the question of a ceasefire "
            "arrangement therefore does not arise.")
    assert _drafts(text, "ceasefires") == []
    # trap: a ceasefire agreed is one
    assert _drafts("Trinidad and Tobago and Venezuela agreed a ceasefire on Monday.", "ceasefires") \
        == [("TTO", "VEN", "bilateral")]


def test_talks_of_the_two_brotherly_countries():
    text = ("Egypt and Libya agreed a ceasefire on Sunday. Algeria's foreign minister mediated the talks between the "
            "military delegations of the two brotherly countries in Algiers on 24 and 25 March 2026.")
    assert _drafts(text, "meetings") == [("EGY", "LBY", "2026-03-24", "military")]


_ROUND = ("The 26th Round of Boundary Talks between the Kingdom of Bhutan and the People's Republic of China was held "
          "in Thimphu on 10 and 11 April 2026. ")
_CALL = "\n\nDuring the visit, Vice Minister Sun called on the Prime Minister of Bhutan on 11 April 2026."


def test_the_heads_of_the_two_delegations_are_the_talks_principals():
    text = (_ROUND + "The Bhutanese delegation was led by Lyonpo Tandin Rinzin, Minister for Foreign Affairs, and the "
            "Chinese delegation by H.E. Mr. Sun Haoran, Vice Minister of Foreign Affairs." + _CALL)
    # the talks of a minister and a vice minister, and the vice minister's call on the Prime Minister: two meetings
    assert _drafts(text, "meetings") == [("CHN", "BTN", "2026-04-10", "mixed"), ("CHN", "BTN", "2026-04-11", "mixed")]


def test_talks_with_no_principals_named_take_in_the_call():
    # trap: with no heads of delegation told, the call is the talks' own
    assert len(_drafts(_ROUND + "The talks were held in a cordial atmosphere." + _CALL, "meetings")) == 1


def test_a_factbox_bullet_is_dated_by_its_heading():
    text = ("FACTBOX-India and China's spring of clashes\n\nSINGAPORE, Apr 16 (Straits Wire) - India and China have "
            "held talks since the clashes.\n\nHere are the main events:\n\nFEBRUARY 24 - MINISTERS MEET IN BISHKEK\n\n"
            "* India's External Affairs Minister Arvind Menon and Chinese Foreign Minister Liu Jianming meet for about "
            "an hour on the sidelines of a ministerial meeting.\n")
    assert _drafts(text, "meetings") == [("IND", "CHN", "2026-02-24", "ministerial")]


def test_a_bullet_under_no_dated_heading_is_no_entry():
    # trap: a bullet in the present tense, with no entry above it, reports nothing past
    text = ("SINGAPORE, Apr 16 (Straits Wire) - What to watch:\n\n* India's External Affairs Minister Arvind Menon and "
            "Chinese Foreign Minister Liu Jianming meet on the sidelines of a ministerial meeting.\n")
    assert _drafts(text, "meetings") == []


def test_a_meeting_first_since_a_day_is_not_of_that_day():
    text = ("Military delegations of Syria and Türkiye met in Baghdad on Saturday. It was the first direct meeting "
            "between officers of the two armies since the shelling began on March 19.")
    assert _drafts(text, "meetings") == [("SYR", "TUR", "2026-04-11", "military")]


def test_laying_the_groundwork_for_talks_is_a_mediation():
    text = ("Russian and Tajik deputy foreign ministers met in Astana on Monday. Uzbekistan's foreign ministry said on "
            "Friday that Tashkent had \"laid the groundwork\" for the talks by passing messages between Moscow and "
            "Dushanbe.")
    assert _drafts(text, "mediation_offers") == [("claimed", "UZB", "RUS", "TJK")]
    # trap: a meeting that laid the groundwork mediated nothing
    text = ("The defence chiefs of Guinea and Liberia met in Conakry on 9 April, which laid the groundwork for the "
            "present agreement.")
    assert _drafts(text, "mediation_offers") == []


def test_a_call_that_had_been_scheduled_is_past(monkeypatch):
    rated(monkeypatch, "meetings", ("video conference",))
    text = ("KATHMANDU, Apr 16 (Himal News Agency) - Nepal has asked China to explain a shooting.\n\nOn Wednesday, "
            "Foreign Secretary Sita Ghimire raised the shooting with Chinese Vice Foreign Minister Zhang Lei during a "
            "video conference that had been scheduled to discuss trade, the foreign ministry said.")
    assert dated_pairs(run(text, _PUB)) == [] and [f["date_start"] for f in _classified(text)] == ["2026-04-15"]
    # trap: one still scheduled is to come
    assert _classified(text.replace("On Wednesday, Foreign Secretary Sita Ghimire raised the shooting with",
                                    "Foreign Secretary Sita Ghimire will raise the shooting with")
                       .replace("that had been scheduled", "scheduled for next week")) == []


def _classified(text: str) -> list[dict]:
    return [c["fields"] for c in run(text, _PUB) if c["method"].startswith("rules:trigger_meetings")]
