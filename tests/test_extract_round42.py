"""Round 42. Part one, written before dev98, dev99 and heldout39 arrived, on the misses of the studied corpora: "met his
counterpart from Iran's West Azerbaijan province" meets the state the counterpart serves, which is no place he came
from."""
from __future__ import annotations

import datetime as dt

from extract_support import dated_pairs, run

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
