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
    done = CaseFacts(ADMITTED, done={"announcement": (ADMITTED + dt.timedelta(hours=3),)})
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
    early = CaseFacts(ADMITTED, age=AgeRange(30, 40), done={"extension": (ADMITTED,)})
    assert one("extension", early, day9).status is Status.SOON
    late = CaseFacts(ADMITTED, age=AgeRange(30, 40), done={"extension": (day9,)})
    assert one("extension", late, day9).status is Status.DONE


def test_one_month_counts_calendar_months_in_local_time():
    admitted = at(2026, 1, 31, 8, 0)
    d = one("renew_announcement", CaseFacts(admitted), at(2026, 3, 1))
    assert d.opens_at == at(2026, 2, 28, 8, 0)  # no 31 February
    assert d.due_at == at(2026, 3, 7, 8, 0)
    # The first announcement does not count for the renewal.
    facts = CaseFacts(admitted, done={"announcement": (admitted + dt.timedelta(hours=2),)})
    assert one("renew_announcement", facts, at(2026, 3, 1)).status is Status.OPEN


def test_a_repeating_rule_shows_only_its_latest_occurrence():
    rule = RULES["photo_research"]
    facts = CaseFacts(ADMITTED, done={"photo_search": (ADMITTED + dt.timedelta(days=61),)})
    now = ADMITTED + dt.timedelta(days=65)
    (d,) = evaluate([rule], facts, now)
    assert d.occurrence == 1 and d.opens_at == ADMITTED + dt.timedelta(days=60)
    assert d.status is Status.DONE
    (d,) = evaluate([rule], facts, ADMITTED + dt.timedelta(days=98))
    assert d.occurrence == 2 and d.status is Status.OVERDUE


def test_most_urgent_first_and_inactive_rules_ignored():
    facts = CaseFacts(ADMITTED, done={"announcement": (ADMITTED,)})
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


def test_a_deadline_is_met_by_its_first_step_and_later_steps_never_move_it():
    # The 24-hour announcement made on day 1; more announcements three weeks later.
    first = ADMITTED + dt.timedelta(hours=5)
    facts = CaseFacts(ADMITTED, done={"announcement": (first, ADMITTED + dt.timedelta(days=21),
                                                       ADMITTED + dt.timedelta(days=22))})  # fmt: skip
    d = one("announce", facts, ADMITTED + dt.timedelta(days=23))
    assert d.status is Status.DONE and d.done_at == first


def test_a_step_after_the_due_time_is_recorded_as_late_not_done():
    late = ADMITTED + dt.timedelta(hours=30)
    d = one("announce", CaseFacts(ADMITTED, done={"announcement": (late,)}), late)
    assert d.status is Status.LATE and d.done_at == late


def test_the_compliance_record_stays_after_the_identity_is_found():
    # DNA asked on day 2, no announcement, identity found on day 5: the announcement was missed,
    # the DNA request met, the 10-day decision no longer needed; nothing after that shows.
    found = ADMITTED + dt.timedelta(days=5)
    facts = CaseFacts(ADMITTED, identified=True, identified_at=found,
                      done={"police_dna": (ADMITTED + dt.timedelta(days=2),)})  # fmt: skip
    now = ADMITTED + dt.timedelta(days=60)
    result = {d.rule.code: d for d in evaluate(DEFAULT_RULES, facts, now)}
    assert result["announce"].status is Status.OVERDUE
    assert result["police_dna"].status is Status.DONE
    # The long-stay decision opens on day 10: it never did (the extension, for any adult, goes on).
    assert set(result) == {"announce", "police_dna", "extension"}
    assert [d.rule.code for d in evaluate(DEFAULT_RULES, facts, now, include_done=False)] == [
        "extension"
    ]  # the missed announcement is in the record, not on the to-do list
    # Identified on day 11: the long-stay decision had opened, was due on day 12: no longer needed.
    later = CaseFacts(ADMITTED, identified=True, identified_at=ADMITTED + dt.timedelta(days=11))
    d = one("long_stay", later, now)
    assert d.status is Status.ENDED and d.ended_at == ADMITTED + dt.timedelta(days=11)
    # Known from the start (ID number at intake, no time of finding): the rules never applied.
    assert one("announce", CaseFacts(ADMITTED, identified=True), now) is None


def test_a_departed_stay_keeps_what_was_met_and_missed_until_departure():
    left = ADMITTED + dt.timedelta(days=3)
    facts = CaseFacts(ADMITTED, ended_at=left,
                      done={"announcement": (ADMITTED + dt.timedelta(hours=2),),
                            "police_dna": (left + dt.timedelta(days=1),)})  # fmt: skip
    result = {d.rule.code: d for d in evaluate(DEFAULT_RULES, facts, left + dt.timedelta(days=90))}
    assert set(result) == {"announce", "police_dna"}  # the extension opens on day 7: never did
    assert result["announce"].status is Status.DONE
    assert result["police_dna"].status is Status.ENDED  # due on day 7; a step after leaving: none
