import datetime as dt

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain import age, case_number, person_rules
from station.domain.errors import UserError

UTC = dt.UTC


@given(st.integers(1900, 9999), st.integers(1, 999_999))
def test_case_numbers_round_trip_and_sort_like_their_text(year, seq):
    number = case_number.CaseNumber(year, seq)
    assert case_number.parse(str(number)) == number
    assert len(str(number)) == 11


@given(
    st.lists(st.tuples(st.integers(1900, 9999), st.integers(1, 999_999)), min_size=2, max_size=20)
)
def test_text_order_is_number_order(pairs):
    numbers = [case_number.CaseNumber(y, s) for y, s in pairs]
    assert sorted(numbers) == sorted(numbers, key=str)


def test_case_number_rejects_bad_text_and_full_year():
    with pytest.raises(UserError):
        case_number.parse("2026-12")
    with pytest.raises(UserError):
        case_number.next_after(2026, 999_999)


def test_unidentified_person_is_named_wuming_with_case_number():
    assert person_rules.display_name(None, "2026-000042") == "无名氏2026-000042"
    assert person_rules.display_name("  ", "2026-000042") == "无名氏2026-000042"
    assert person_rules.display_name(" 张三 ", "2026-000042") == "张三"


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)), st.integers(0, 36500)
)
def test_exact_age_from_birth_date(birth, days):
    day = birth + dt.timedelta(days=days)
    result = age.age_on(day, birth_date=birth)
    assert result is not None and result.exact
    # The last birthday reached is the age; the next one is still ahead.
    assert _anniversary(birth, result.low) <= day < _anniversary(birth, result.low + 1)


def _anniversary(birth, years):
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # 29 February in a common year: the birthday counts on 1 March
        return dt.date(birth.year + years, 3, 1)


def test_estimated_age_grows_with_time():
    estimate = age.AgeRange(40, 50)
    later = age.age_on(dt.date(2031, 6, 1), estimated=estimate, estimated_on=dt.date(2026, 3, 1))
    assert later == age.AgeRange(45, 55)
    assert age.age_on(dt.date(2026, 6, 1)) is None
    assert str(later) == "45–55"


def test_leap_day_birthday():
    assert age.years_between(dt.date(2000, 2, 29), dt.date(2001, 2, 28)) == 0
    assert age.years_between(dt.date(2000, 2, 29), dt.date(2001, 3, 1)) == 1


_dates = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
_record = st.tuples(_dates, st.one_of(st.none(), st.integers(0, 100)), st.integers(0, 20), _dates)


@given(st.dates(dt.date(1950, 1, 1), dt.date(2100, 12, 31)), st.lists(_record, max_size=30))
def test_ages_of_many_records_at_once_are_the_ages_one_by_one(day, records):
    """The to-do list of a big station ages every resident in one go: the same answers."""
    births = np.array([b for b, _, _, _ in records], dtype="datetime64[D]")
    lows = np.array([np.nan if lo is None else lo for _, lo, _, _ in records], dtype=float)
    highs = np.array([np.nan if lo is None else lo + w for _, lo, w, _ in records], dtype=float)
    noted = np.array([on for _, _, _, on in records], dtype="datetime64[D]")
    low, high, known = age.ages_on(day, births, lows, highs, noted)
    for i, (birth, lo, width, on) in enumerate(records):
        one = age.age_on(day, birth_date=birth, estimated_on=on,
                         estimated=None if lo is None else age.AgeRange(lo, lo + width))  # fmt: skip
        assert (bool(known[i]), one) == (one is not None, one)
        if one is not None:
            assert (int(low[i]), int(high[i])) == (one.low, one.high)


def test_found_after_admitted_is_refused():
    now = dt.datetime(2026, 3, 14, 12, tzinfo=UTC)
    errors = person_rules.check_times(
        found_at=now - dt.timedelta(hours=1), admitted_at=now - dt.timedelta(hours=2), now=now
    )
    assert [e.field for e in errors] == ["found_at"]
    assert "晚于入站时间" in errors[0].message
    # Times are shown in Beijing time.
    assert "2026-03-14 19:00" in errors[0].message


def test_times_in_the_future_are_refused_but_small_clock_skew_is_not():
    now = dt.datetime(2026, 3, 14, 12, tzinfo=UTC)
    assert (
        person_rules.check_times(found_at=None, admitted_at=now + dt.timedelta(minutes=5), now=now)
        == []
    )
    errors = person_rules.check_times(
        found_at=None, admitted_at=now + dt.timedelta(days=1), now=now
    )
    assert errors and errors[0].field == "admitted_at"


def test_birth_checks():
    today = dt.date(2026, 3, 14)
    assert (
        person_rules.check_birth(birth_date=dt.date(2027, 1, 1), today=today)[0].field
        == "birth_date"
    )
    assert person_rules.check_birth(birth_date=dt.date(1850, 1, 1), today=today)
    assert person_rules.check_birth(birth_date=dt.date(1950, 1, 1), today=today) == []
    assert person_rules.check_age_range(50, 40)
    assert person_rules.check_age_range(40, None) == []
    assert person_rules.check_height(300)
