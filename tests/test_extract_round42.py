"""Round 42. Part one, written before dev98, dev99 and heldout39 arrived, on the misses of the studied corpora: "met his
counterpart from Iran's West Azerbaijan province" meets the state the counterpart serves, which is no place he came
from; the weekday written with a day without a year ("MONDAY, OCT 26" in a diary of Sunday 25 October) says which
year it is in, and an item under a diary's heading that lies ahead is a plan, not a meeting; a host who "met the two
delegation heads separately" met each; "talks in the Turkmen capital" name where the talks were, not a party to
them."""
from __future__ import annotations

import datetime as dt

from diprel.extract import dates
from extract_support import dated_pairs, pairs, run

AUG11 = dt.date(2026, 8, 11)
VAN = "VAN, Turkey, Aug 11 (Wire) - Turkish and Iranian border officials agreed on Monday to reopen the crossing.\n\n"


def test_a_counterpart_from_a_states_province_is_of_that_state():
    text = VAN + ("The governor of Van province, Mehmet Ali Yurtsever, met his counterpart from Iran's West Azerbaijan "
                  "province, Hossein Rezaei, at the Kapıköy crossing on Monday afternoon.\n")
    assert dated_pairs(run(text, AUG11)) == [("2026-08-10", "IRN", "TUR")]


def test_trap_one_who_came_from_a_states_province_met_no_one_of_it():
    text = VAN + ("The governor of Van province, Mehmet Ali Yurtsever, who returned from Iran's West Azerbaijan province "
                  "on Sunday, met the district mayor at the Kapıköy crossing on Monday afternoon.\n")
    assert dated_pairs(run(text, AUG11)) == []


OCT25 = dt.date(2026, 10, 25)


def test_the_weekday_given_with_a_day_puts_it_ahead_when_only_the_coming_day_is_that_weekday():
    for text in ("MONDAY, OCT 26", "on Monday, October 26"):
        [d] = dates.find(text, OCT25)
        assert (d.date_start, d.future) == (dt.date(2026, 10, 26), True)


def test_trap_a_weekday_that_fits_the_past_day_keeps_it_past():
    [d] = dates.find("Sunday, Oct 26", OCT25)  # 26 October 2025 was a Sunday
    assert (d.date_start, d.future) == (dt.date(2025, 10, 26), False)


def _diary(opening: str, items: str) -> str:
    return f"WEEK AHEAD-Moldovan president in Ankara\n\nBUCHAREST, Oct 25 (Danube Press Agency) - {opening}\n\n{items}"


def test_a_week_aheads_items_are_no_meetings():
    text = _diary("The following diplomatic events are expected in the week from Oct. 26.",
                  "MONDAY, OCT 26\n\nANKARA - Moldova's president begins a three-day state visit to Turkey, the first "
                  "by a Moldovan head of state in nine years.\n\nWEDNESDAY, OCT 28\n\nSOFIA - Hungary's foreign "
                  "minister visits Sofia for talks with his Bulgarian counterpart on the Vertical Gas Corridor.\n")
    assert dated_pairs(run(text, OCT25)) == []


def test_trap_a_week_behinds_items_are_meetings_of_their_headings_days():
    text = _diary("The following diplomatic events took place in the week to Oct. 24.",
                  "MONDAY, OCT 19\n\nANKARA - Moldova's president began a three-day state visit to Turkey, the first "
                  "by a Moldovan head of state in nine years.\n\nWEDNESDAY, OCT 21\n\nSOFIA - Hungary's foreign "
                  "minister held talks in Sofia with his Bulgarian counterpart on the Vertical Gas Corridor.\n")
    assert dated_pairs(run(text, OCT25)) == [("2026-10-19", "MDA", "TUR"), ("2026-10-21", "BGR", "HUN")]


NOV12 = dt.date(2026, 11, 12)
OSLO = ("Algeria, Mauritania agree border commission at Norway-hosted talks\n\n"
        "OSLO, Nov 12 (Polar Press) - Algeria and Mauritania ended two days of talks on their disputed desert border in "
        "Oslo on Wednesday, Norway's foreign ministry said.\n\n")


def test_a_host_who_met_the_two_delegation_heads_separately_met_each():
    text = OSLO + ("Foreign Minister Eirik Solvang met the two delegation heads separately on Monday evening, "
                   "before the talks opened, his ministry said.\n")
    assert dated_pairs(run(text, NOV12, "NOR")) == [("2026-11-09", "DZA", "NOR"), ("2026-11-09", "MRT", "NOR")]


def test_trap_the_two_delegation_heads_meeting_reporters_separately_met_no_state():
    text = OSLO + ("The two delegation heads met separately with reporters on Monday evening, before the talks "
                   "opened, the ministry said.\n")
    assert dated_pairs(run(text, NOV12, "NOR")) == []


SEP28 = dt.date(2026, 9, 28)
JETISU = ("Jetisu Weekly (fictional), Taldykorgan – 28 September 2026\n\nThe ceasefire agreed in Ashgabat between "
          "Kazakhstan and China took effect at 00:00 on Friday, and both border services say it has held since.\n\n")


def test_talks_in_a_states_capital_do_not_make_it_a_party():
    text = JETISU + ("The agreement was reached on Thursday at talks in the Turkmen capital between Deputy Foreign "
                     "Minister Arman Zhunusov and China's Vice Foreign Minister Liu Hanqing.\n")
    assert pairs(run(text, SEP28, "KAZ")) == {frozenset(("CHN", "KAZ"))}


def test_trap_talks_with_a_states_officials_make_it_a_party():
    text = JETISU + ("The agreement was reached on Thursday at talks between Turkmen officials and China's Vice Foreign "
                     "Minister Liu Hanqing.\n")
    assert pairs(run(text, SEP28, "KAZ")) == {frozenset(("CHN", "KAZ")), frozenset(("CHN", "TKM"))}
