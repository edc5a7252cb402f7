"""Rules about how a person is named and checked at intake."""

from __future__ import annotations

import datetime as dt

from station.domain.age import MAX_AGE
from station.domain.clock import format_local
from station.domain.errors import FieldError
from station.domain.i18n import QT_TRANSLATE_NOOP

UNNAMED = QT_TRANSLATE_NOOP("Vocabulary", "无名氏")

MSG_FOUND_AFTER_ADMITTED = QT_TRANSLATE_NOOP(
    "UserError", "发现时间 {found} 晚于入站时间 {admitted}：人员应先被发现，后入站"
)
MSG_IN_FUTURE = QT_TRANSLATE_NOOP("UserError", "{field}不能晚于当前时间（{value}）")
MSG_BIRTH_FUTURE = QT_TRANSLATE_NOOP("UserError", "出生日期 {value} 晚于今天")
MSG_BIRTH_TOO_OLD = QT_TRANSLATE_NOOP("UserError", "出生日期 {value} 早于 {limit} 年，请核对")
MSG_BIRTH_AFTER_FOUND = QT_TRANSLATE_NOOP("UserError", "出生日期 {value} 晚于发现日期 {found}")
MSG_AGE_RANGE = QT_TRANSLATE_NOOP("UserError", "估计年龄应在 0 到 {max} 岁之间，且下限不大于上限")
MSG_HEIGHT = QT_TRANSLATE_NOOP("UserError", "身高 {value} 厘米不合理，应在 40 到 250 厘米之间")
MSG_REQUIRED = QT_TRANSLATE_NOOP("UserError", "请填写{field}")
MSG_ID_BIRTH_MISMATCH = QT_TRANSLATE_NOOP(
    "UserError", "出生日期 {value} 与身份证号中的出生日期 {id_birth} 不一致"
)
MSG_ID_SEX_MISMATCH = QT_TRANSLATE_NOOP("UserError", "性别与身份证号不一致：身份证号表明为{id_sex}")

FIELD_FOUND_AT = QT_TRANSLATE_NOOP("Vocabulary", "发现时间")
FIELD_ADMITTED_AT = QT_TRANSLATE_NOOP("Vocabulary", "入站时间")

# A small allowance for workstation clocks that run a little fast.
CLOCK_SKEW = dt.timedelta(minutes=10)


def display_name(name: str | None, case_number: str | None, *, unnamed: str = UNNAMED) -> str:
    """The name to show: the recorded name, or 无名氏 followed by the case number."""
    if name and name.strip():
        return name.strip()
    return f"{unnamed}{case_number or ''}"


def check_times(
    *, found_at: dt.datetime | None, admitted_at: dt.datetime, now: dt.datetime
) -> list[FieldError]:
    """Found before admitted, neither in the future (all timezone-aware)."""
    errors: list[FieldError] = []
    if admitted_at > now + CLOCK_SKEW:
        errors.append(
            FieldError(
                "admitted_at",
                MSG_IN_FUTURE,
                {"field": FIELD_ADMITTED_AT, "value": _fmt(admitted_at)},
            )
        )
    if found_at is not None:
        if found_at > now + CLOCK_SKEW:
            errors.append(
                FieldError(
                    "found_at", MSG_IN_FUTURE, {"field": FIELD_FOUND_AT, "value": _fmt(found_at)}
                )
            )
        elif found_at > admitted_at:
            errors.append(
                FieldError(
                    "found_at",
                    MSG_FOUND_AFTER_ADMITTED,
                    {"found": _fmt(found_at), "admitted": _fmt(admitted_at)},
                )
            )
    return errors


def check_birth(
    *, birth_date: dt.date | None, today: dt.date, found_on: dt.date | None = None
) -> list[FieldError]:
    if birth_date is None:
        return []
    if birth_date > today:
        return [FieldError("birth_date", MSG_BIRTH_FUTURE, {"value": birth_date.isoformat()})]
    if birth_date.year < today.year - MAX_AGE:
        return [
            FieldError(
                "birth_date",
                MSG_BIRTH_TOO_OLD,
                {"value": birth_date.isoformat(), "limit": today.year - MAX_AGE},
            )
        ]
    if found_on is not None and birth_date > found_on:
        return [
            FieldError(
                "birth_date",
                MSG_BIRTH_AFTER_FOUND,
                {"value": birth_date.isoformat(), "found": found_on.isoformat()},
            )
        ]
    return []


def check_age_range(low: int | None, high: int | None) -> list[FieldError]:
    if low is None and high is None:
        return []
    lo = low if low is not None else high
    hi = high if high is not None else low
    assert lo is not None and hi is not None
    if not (0 <= lo <= hi <= MAX_AGE):
        return [FieldError("age", MSG_AGE_RANGE, {"max": MAX_AGE})]
    return []


def check_height(height_cm: int | None) -> list[FieldError]:
    if height_cm is not None and not 40 <= height_cm <= 250:
        return [FieldError("height_cm", MSG_HEIGHT, {"value": height_cm})]
    return []


def _fmt(moment: dt.datetime) -> str:
    return format_local(moment)
