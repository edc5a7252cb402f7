import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.age import AgeRange
from station.domain.matching import (
    Band,
    Bands,
    Traits,
    compare,
    expected_age,
    score,
)

FOUND = dt.date(2026, 3, 14)


def by_code(factors):
    return {f.code: f for f in factors}


def test_bands_follow_the_limits_and_the_distance_stays_the_key():
    bands = Bands(strong=0.25, possible=0.30, weak=0.36)
    assert [bands.of(d) for d in (0.1, 0.25, 0.26, 0.30, 0.35, 0.5)] == [
        Band.STRONG,
        Band.STRONG,
        Band.POSSIBLE,
        Band.POSSIBLE,
        Band.WEAK,
        Band.UNLIKELY,
    ]


def test_expected_age_adds_the_years_since_going_missing():
    assert expected_age(FOUND, age_at_missing=30, missing_date=dt.date(2006, 5, 1)) == AgeRange(
        49, 50
    )
    assert expected_age(FOUND, birth_date=dt.date(1950, 3, 15)) == AgeRange(75, 75)
    assert expected_age(FOUND, birth_year=1950) == AgeRange(75, 76)
    assert expected_age(FOUND, age_at_missing=30) is None  # no date: cannot age it forward
    assert expected_age(FOUND) is None


def test_a_different_recorded_sex_hides_and_pushes_down_but_unknown_never_counts():
    differ = by_code(compare(Traits(sex="male"), Traits(sex="female")))["sex"]
    assert differ.conflict and differ.effect > 0 and "男" in differ.message
    unknown = by_code(compare(Traits(sex="male"), Traits(sex="unknown")))["sex"]
    assert not unknown.conflict and unknown.effect == 0


def test_age_is_soft_within_the_tolerance_and_grows_beyond_it():
    near = by_code(compare(Traits(age=AgeRange(40, 50)), Traits(age=AgeRange(54, 55))))["age"]
    assert near.effect == 0
    far = by_code(compare(Traits(age=AgeRange(40, 50)), Traits(age=AgeRange(70, 71))))["age"]
    assert far.effect > 0 and "20" in far.message
    very_far = by_code(compare(Traits(age=AgeRange(5, 8)), Traits(age=AgeRange(80, 80))))["age"]
    assert very_far.effect == pytest.approx(0.12)  # capped: a wrong estimate cannot bury a face
    assert by_code(compare(Traits(), Traits(age=AgeRange(3, 3))))["age"].effect == 0


def test_height_of_a_child_is_not_compared_with_an_adult():
    factors = by_code(compare(Traits(height_cm=170), Traits(height_cm=120, adult_height=False)))
    assert factors["height"].effect == 0
    gap = by_code(compare(Traits(height_cm=170), Traits(height_cm=150)))["height"]
    assert gap.effect > 0
    assert "height" not in by_code(compare(Traits(height_cm=170), Traits()))


def test_going_missing_after_being_found_counts_against_and_place_helps_a_little():
    later = by_code(compare(Traits(day=FOUND), Traits(day=FOUND + dt.timedelta(days=3))))
    assert later["date"].effect > 0 and not later["date"].conflict
    before = by_code(
        compare(
            Traits(day=FOUND, place="河南省郑州市"),
            Traits(day=dt.date(2020, 1, 1), place="河南开封"),
        )
    )
    assert before["date"].effect == 0 and before["place"].effect < 0


@given(
    distance=st.floats(0, 1.5),
    sex=st.sampled_from(["male", "female", "unknown"]),
    low=st.integers(0, 100),
    span=st.integers(0, 20),
)
def test_unknown_values_never_move_a_candidate(distance, sex, low, span):
    mine = Traits(sex=sex, age=AgeRange(low, low + span), height_cm=165, day=FOUND, place="湖北")
    assert score(distance, compare(mine, Traits())) == pytest.approx(distance)


def test_cross_age_needs_one_sure_child_and_one_sure_adult():
    from station.domain.age import AgeRange
    from station.domain.matching import Band, Bands, cross_age

    child, adult = AgeRange(8, 10), AgeRange(40, 50)
    assert cross_age(child, adult) == (child, adult)
    assert cross_age(adult, child) == (child, adult)
    assert cross_age(AgeRange(17, 17), AgeRange(18, 18)) is not None
    assert cross_age(AgeRange(15, 20), adult) is None  # may be an adult already: not sure
    assert cross_age(child, AgeRange(12, 30)) is None
    assert cross_age(None, adult) is None and cross_age(child, None) is None  # unknown never marks
    assert cross_age(child, AgeRange(12, 12)) is None  # two children
    bands = Bands()
    assert bands.of(0.1) is Band.STRONG and bands.of(0.1, cross_age=True) is Band.POSSIBLE
    assert bands.of(0.0, cross_age=True) is Band.POSSIBLE  # a strong limit of 0: never strong
    assert bands.of(0.29, cross_age=True) is bands.of(0.29) is Band.WEAK


def test_cross_age_pairs_are_judged_by_their_own_limits():
    from station.domain.matching import Band, Bands, Limits

    bands = Bands.from_limits(Limits(0.25, 0.275, 0.30), Limits(0.30, 0.34, 0.40))
    assert [bands.of(d, cross_age=True) for d in (0.28, 0.30, 0.33, 0.39, 0.41)] == [
        Band.STRONG, Band.STRONG, Band.POSSIBLE, Band.WEAK, Band.UNLIKELY,
    ]  # fmt: skip
    assert [bands.of(d) for d in (0.28, 0.33)] == [Band.WEAK, Band.UNLIKELY]  # same age: its own
    assert bands.limits(cross_age=True) == Limits(0.30, 0.34, 0.40)
