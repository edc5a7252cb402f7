"""The 18-digit resident identity number (居民身份证号码) of GB 11643-1999."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station.domain.enums import Sex
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"

# The province-level codes in use (the first two digits of the address code).
PROVINCE_CODES = frozenset(
    {
        11,
        12,
        13,
        14,
        15,
        21,
        22,
        23,
        31,
        32,
        33,
        34,
        35,
        36,
        37,
        41,
        42,
        43,
        44,
        45,
        46,
        50,
        51,
        52,
        53,
        54,
        61,
        62,
        63,
        64,
        65,
        71,
        81,
        82,
        83,
        91,
    }
)

MSG_LENGTH = QT_TRANSLATE_NOOP("UserError", "身份证号应为 18 位，现在是 {length} 位")
MSG_CHARS = QT_TRANSLATE_NOOP("UserError", "身份证号前 17 位只能是数字，最后一位是数字或 X")
MSG_REGION = QT_TRANSLATE_NOOP("UserError", "身份证号的地区码 {code} 不存在")
MSG_BIRTH = QT_TRANSLATE_NOOP("UserError", "身份证号中的出生日期 {digits} 不是有效日期")
MSG_FUTURE = QT_TRANSLATE_NOOP("UserError", "身份证号中的出生日期 {date} 晚于今天")
MSG_CHECK = QT_TRANSLATE_NOOP(
    "UserError", "身份证号校验位错误：最后一位应为 {expected}，填写的是 {actual}，请核对是否抄错"
)


@dataclass(frozen=True)
class IdNumberInfo:
    """What an identity number says about its holder."""

    number: str
    region_code: str
    birth_date: dt.date
    sex: Sex


def check_digit(first17: str) -> str:
    """The GB 11643 check character (ISO 7064 MOD 11-2) for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def normalize(raw: str) -> str:
    """Strip spaces and full-width characters people type, and upper-case the final x."""
    table = str.maketrans("０１２３４５６７８９ｘＸ", "0123456789XX")
    return "".join(raw.split()).translate(table).upper()


def parse(raw: str, *, today: dt.date | None = None) -> IdNumberInfo:
    """Validate an identity number and derive the birth date and sex; raise UserError if invalid."""
    number = normalize(raw)
    if len(number) != 18:
        raise UserError(MSG_LENGTH, length=len(number))
    if not (number[:17].isdigit() and number[:17].isascii()) or number[17] not in "0123456789X":
        raise UserError(MSG_CHARS)
    if int(number[:2]) not in PROVINCE_CODES:
        raise UserError(MSG_REGION, code=number[:2])
    digits = number[6:14]
    try:
        birth = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise UserError(MSG_BIRTH, digits=digits) from None
    if birth.year < 1880:
        raise UserError(MSG_BIRTH, digits=digits)
    if birth > (today or dt.date.today()):
        raise UserError(MSG_FUTURE, date=birth.isoformat())
    expected = check_digit(number[:17])
    if number[17] != expected:
        raise UserError(MSG_CHECK, expected=expected, actual=number[17])
    sex = Sex.MALE if int(number[16]) % 2 == 1 else Sex.FEMALE
    return IdNumberInfo(number=number, region_code=number[:6], birth_date=birth, sex=sex)


def make(region_code: str, birth_date: dt.date, sequence: int) -> str:
    """Build a valid number (for fictional demo data and tests): sequence 0-999, odd for men."""
    first17 = f"{region_code}{birth_date:%Y%m%d}{sequence:03d}"
    return first17 + check_digit(first17)


def mask(number: str) -> str:
    """Show only the region and the last four characters: 110105********123X."""
    if len(number) < 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
