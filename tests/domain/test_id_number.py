import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain import id_number
from station.domain.enums import Sex
from station.domain.errors import UserError

TODAY = dt.date(2026, 11, 23)
births = st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY)
regions = st.sampled_from(["110105", "310101", "440305", "510107", "652801", "370202"])


def test_known_number_from_the_standard():
    # The example number printed in GB 11643-1999.
    info = id_number.parse("11010519491231002X", today=TODAY)
    assert info.birth_date == dt.date(1949, 12, 31)
    assert info.sex is Sex.FEMALE
    assert info.region_code == "110105"


@given(regions, births, st.integers(0, 999))
def test_every_built_number_parses_back(region, birth, seq):
    number = id_number.make(region, birth, seq)
    info = id_number.parse(number, today=TODAY)
    assert info.birth_date == birth
    assert info.sex is (Sex.MALE if seq % 2 else Sex.FEMALE)


@given(regions, births, st.integers(0, 999), st.integers(0, 16), st.integers(1, 9))
def test_a_single_mistyped_digit_is_caught(region, birth, seq, pos, delta):
    number = id_number.make(region, birth, seq)
    digit = (int(number[pos]) + delta) % 10
    typo = number[:pos] + str(digit) + number[pos + 1 :]
    with pytest.raises(UserError):
        id_number.parse(typo, today=TODAY)


@given(regions, births, st.integers(0, 999))
def test_lower_case_x_and_spaces_and_full_width_are_accepted(region, birth, seq):
    number = id_number.make(region, birth, seq)
    messy = " ".join([number[:6], number[6:14], number[14:]]).replace("X", "x")
    messy = messy.replace("1", "１")
    assert id_number.parse(messy, today=TODAY).number == number


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("1101051949123100", "18 位"),
        ("11010519491231002Y", "最后一位"),
        ("99010519491231002X", "地区码 99"),
        ("11010519490231002X", "19490231"),
        ("110105203012310020", "晚于今天"),
        ("110105194912310021", "应为 X"),
    ],
)
def test_invalid_numbers_say_what_is_wrong(raw, fragment):
    with pytest.raises(UserError) as err:
        id_number.parse(raw, today=TODAY)
    assert fragment in err.value.message


def test_mask_keeps_region_and_last_four():
    assert id_number.mask("11010519491231002X") == "110105********002X"
