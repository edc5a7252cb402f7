"""The column-wise evaluation the to-do list uses gives exactly what the per-case rules give."""

import datetime as dt
import random

import numpy as np
import pytest

from station.domain import deadline_columns as columns
from station.domain.age import AgeRange
from station.domain.deadlines import DEFAULT_RULES, Calendar, CaseFacts, Span, Unit, evaluate

KINDS = ["announcement", "police_dna", "police_face", "photo_search", "extension", "long_stay",
         "settlement"]  # fmt: skip


@pytest.mark.parametrize("seed", [1, 2])
def test_columns_match_the_rules_case_by_case(seed):
    rng = random.Random(seed)
    now = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)
    cal = Calendar(
        holidays=frozenset({dt.date(2026, 10, 1), dt.date(2026, 10, 2)}),
        workdays=frozenset({dt.date(2026, 9, 27)}),
    )
    rules = [*DEFAULT_RULES,  # and a rule repeating by calendar months
             DEFAULT_RULES[0].__class__("monthly", "每月", DEFAULT_RULES[0].applies,
                                        Span(1, Unit.MONTHS), Span(3, Unit.WORKING_DAYS),
                                        frozenset({"phone"}), Span(1, Unit.MONTHS))]  # fmt: skip
    facts = []
    for _ in range(600):
        admitted = now - dt.timedelta(minutes=rng.randint(10, 800 * 24 * 60))
        minutes = int((now - admitted).total_seconds() // 60)
        done = {
            k: sorted(
                admitted + dt.timedelta(minutes=rng.randint(0, minutes))
                for _ in range(rng.randint(1, 3))
            )
            for k in [*KINDS, "phone"]
            if rng.random() < 0.5
        }
        age = rng.choice([None, AgeRange(10, 14), AgeRange(30, 40), AgeRange(70, 80)])
        facts.append(CaseFacts(admitted, identified=rng.random() < 0.3, age=age,
                               mental_illness=rng.random() < 0.1,
                               intellectual_disability=rng.random() < 0.1, done=done))  # fmt: skip
    expected = {
        (i, d.rule.code, d.occurrence, d.opens_at, d.due_at, d.status)
        for i, f in enumerate(facts)
        for d in evaluate(rules, f, now, cal=cal, include_done=False)
    }
    nat = np.datetime64("NaT", "us")
    cases = columns.Cases(
        admitted=np.array([columns.to_datetime64(f.admitted_at) for f in facts],
                          dtype="datetime64[us]"),
        identified=np.array([f.identified for f in facts]),
        minor=np.array([f.age is not None and f.age.low < 18 for f in facts]),
        impaired=np.array([f.mental_illness or f.intellectual_disability for f in facts]),
        done={k: np.array([columns.to_datetime64(f.done[k][-1]) if k in f.done else nat
                           for f in facts], dtype="datetime64[us]") for k in [*KINDS, "phone"]},
    )  # fmt: skip
    offset = columns.fixed_offset(cal, [f.admitted_at for f in facts])
    assert offset == dt.timedelta(hours=8)
    found = columns.open_deadlines(rules, cases, now, cal=cal, offset=offset)
    opens, dues = columns.py_list(found.opens), columns.py_list(found.due)
    got = {
        (int(found.case[j]), found.rule[j].code, int(found.occurrence[j]), opens[j], dues[j],
         found.status[j])
        for j in range(len(found.case))
    }  # fmt: skip
    assert got == expected and len(got) > 500
