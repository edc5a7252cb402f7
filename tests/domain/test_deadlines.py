"""Deadline rules at their boundaries, in Beijing time whatever the machine's zone."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.age import AgeRange
from station.domain.clock import LOCAL_TZ
from station.domain.deadlines import (
    DEFAULT_RULES,
    Calendar,
    CaseFacts,
    Flag,
    Span,
    Status,
    Unit,
    evaluate,
    flags,
)

BEIJING = LOCAL_TZ
RULES = {r.code: r for r in DEFAULT_RULES}


def at(*args: int) -> dt.datetime:
    """A Beijing wall-clock time as the UTC instant the database keeps."""
    return dt.datetime(*args, tzinfo=BEIJING).astimezone(dt.UTC)


def one(code: str, facts: CaseFacts, now: dt.datetime, **kw):
    found = [d for d in evaluate([RULES[code]], facts, now, **kw)]
    return found[0] if found else None


ADMITTED = at(2026, 3, 13, 22, 30)  # a Friday evening


@pytest.mark.parametrize(
    ("after", "status"),
    [
        (dt.timedelta(hours=23, minutes=59), Status.SOON),
        (dt.timedelta(hours=24), Status.SOON),  # due at that instant, not yet past
        (dt.timedelta(hours=24, minutes=1), Status.OVERDUE),
    ],
)
def test_announcement_is_due_24_hours_after_admission(after, status):
    d = one("announce", CaseFacts(ADMITTED), ADMITTED + after)
    assert d.status is status and d.due_at == ADMITTED + dt.timedelta(hours=24)


def test_an_announcement_clears_it_and_an_identified_person_needs_none():
    done = CaseFacts(ADMITTED, done={"announcement": ADMITTED + dt.timedelta(hours=3)})
    d = one("announce", done, ADMITTED + dt.timedelta(days=2))
    assert d.status is Status.DONE and d.done_at == ADMITTED + dt.timedelta(hours=3)
    assert one("announce", CaseFacts(ADMITTED, identified=True), ADMITTED) is None


def test_dna_request_is_due_at_the_end_of_the_seventh_working_day_in_beijing():
    # Admitted Friday 22:30 Beijing (14:30 UTC): working days Mon 16 … Tue 24 March, due at midnight.
    d = one("police_dna", CaseFacts(ADMITTED), ADMITTED)
    assert d.due_at == at(2026, 3, 25, 0, 0)
    assert one("police_dna", CaseFacts(ADMITTED), at(2026, 3, 24, 23, 59)).status is Status.SOON
    assert one("police_dna", CaseFacts(ADMITTED), at(2026, 3, 25, 0, 1)).status is Status.OVERDUE
    # 01:00 Saturday in Beijing is still Friday in UTC: the Beijing day decides.
    saturday = at(2026, 3, 14, 1, 0)
    assert saturday.astimezone(dt.UTC).weekday() == 4
    assert one("police_dna", CaseFacts(saturday), saturday).due_at == at(2026, 3, 25, 0, 0)


def test_holidays_and_make_up_working_days_move_the_dna_deadline():
    admitted = at(2026, 4, 3, 9, 0)  # Friday before 清明 (Monday 6 April off)
    holiday = Calendar(holidays=frozenset({dt.date(2026, 4, 6)}))
    made_up = Calendar(
        holidays=frozenset({dt.date(2026, 4, 6)}), workdays=frozenset({dt.date(2026, 4, 12)})
    )
    due = {
        name: one("police_dna", CaseFacts(admitted), admitted, cal=cal).due_at
        for name, cal in (("plain", Calendar()), ("holiday", holiday), ("made_up", made_up))
    }
    assert due["plain"] == at(2026, 4, 15, 0, 0)  # Mon 6 … Tue 14
    assert due["holiday"] == at(2026, 4, 16, 0, 0)  # Tue 7 … Wed 15
    assert due["made_up"] == at(2026, 4, 15, 0, 0)  # Tue 7 … Fri 10, Sun 12, Mon 13, Tue 14


def test_the_ten_day_extension_applies_only_to_ordinary_adults():
    day9 = ADMITTED + dt.timedelta(days=9)
    adult = CaseFacts(ADMITTED, identified=True, age=AgeRange(30, 40))
    d = one("extension", adult, day9)
    assert d.status is Status.SOON and d.due_at == ADMITTED + dt.timedelta(days=10)
    assert one("extension", adult, ADMITTED + dt.timedelta(days=6, hours=23)) is None  # not open
    for facts in (
        CaseFacts(ADMITTED, age=AgeRange(15, 19)),  # may be a minor
        CaseFacts(ADMITTED, age=AgeRange(30, 40), mental_illness=True),
        CaseFacts(ADMITTED, age=AgeRange(30, 40), intellectual_disability=True),
    ):
        assert one("extension", facts, day9) is None
    # An extension recorded before the task opened does not count; one after it does.
    early = CaseFacts(ADMITTED, age=AgeRange(30, 40), done={"extension": ADMITTED})
    assert one("extension", early, day9).status is Status.SOON
    late = CaseFacts(ADMITTED, age=AgeRange(30, 40), done={"extension": day9})
    assert one("extension", late, day9).status is Status.DONE


def test_one_month_counts_calendar_months_in_local_time():
    admitted = at(2026, 1, 31, 8, 0)
    d = one("renew_announcement", CaseFacts(admitted), at(2026, 3, 1))
    assert d.opens_at == at(2026, 2, 28, 8, 0)  # no 31 February
    assert d.due_at == at(2026, 3, 7, 8, 0)
    # The first announcement does not count for the renewal.
    facts = CaseFacts(admitted, done={"announcement": admitted + dt.timedelta(hours=2)})
    assert one("renew_announcement", facts, at(2026, 3, 1)).status is Status.OPEN


def test_a_repeating_rule_shows_only_its_latest_occurrence():
    rule = RULES["photo_research"]
    facts = CaseFacts(ADMITTED, done={"photo_search": ADMITTED + dt.timedelta(days=61)})
    now = ADMITTED + dt.timedelta(days=65)
    (d,) = evaluate([rule], facts, now)
    assert d.occurrence == 1 and d.opens_at == ADMITTED + dt.timedelta(days=60)
    assert d.status is Status.DONE
    (d,) = evaluate([rule], facts, ADMITTED + dt.timedelta(days=98))
    assert d.occurrence == 2 and d.status is Status.OVERDUE


def test_most_urgent_first_and_inactive_rules_ignored():
    facts = CaseFacts(ADMITTED, done={"announcement": ADMITTED})
    now = ADMITTED + dt.timedelta(days=11)
    result = evaluate(DEFAULT_RULES, facts, now)
    statuses = [d.status for d in result]
    assert statuses == sorted(statuses, key=[Status.OVERDUE, Status.SOON, Status.OPEN,
                                              Status.DONE].index)  # fmt: skip
    assert {d.rule.code for d in result} == {"announce", "police_dna", "long_stay", "extension"}
    off = [r if r.code != "police_dna" else type(r)(**{**r.__dict__, "active": False})
           for r in DEFAULT_RULES]  # fmt: skip
    assert "police_dna" not in {d.rule.code for d in evaluate(off, facts, now)}


def test_who_needs_stricter_handling():
    assert flags(CaseFacts(ADMITTED, age=AgeRange(14, 18))) == [Flag.MINOR]
    assert flags(CaseFacts(ADMITTED, age=AgeRange(58, 66), mental_illness=True)) == [
        Flag.ELDERLY,
        Flag.MENTAL_ILLNESS,
    ]
    assert flags(CaseFacts(ADMITTED, age=None)) == []


@given(
    st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2035, 1, 1)),
    st.integers(min_value=1, max_value=30),
)
def test_working_days_end_at_local_midnight_after_exactly_n_working_days(start, n):
    cal = Calendar()
    moment = start.replace(tzinfo=BEIJING).astimezone(dt.UTC)
    due = cal.add(moment, Span(n, Unit.WORKING_DAYS)).astimezone(BEIJING)
    assert due.time() == dt.time(0, 0)
    last = due.date() - dt.timedelta(days=1)
    assert cal.is_working(last)
    first = start.date()
    counted = sum(
        1 for i in range(1, (last - first).days + 1) if cal.is_working(first + dt.timedelta(i))
    )
    assert counted == n


@given(
    st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 1, 1)),
    st.integers(min_value=0, max_value=2000),
    st.sampled_from([Span(30, Unit.DAYS), Span(12, Unit.HOURS), Span(1, Unit.MONTHS)]),
)
def test_the_latest_occurrence_is_the_last_one_not_after_the_horizon(start, hours, every):
    cal = Calendar()
    first = start.replace(tzinfo=BEIJING).astimezone(dt.UTC)
    until = first + dt.timedelta(hours=hours)
    n = cal.occurrences(first, every, until)
    assert cal.add(first, every.times(n)) <= until < cal.add(first, every.times(n + 1))
