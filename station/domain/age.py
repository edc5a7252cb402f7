"""Ages: exact from a birth date, or an estimated range noted on a given day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

MAX_AGE = 120


def years_between(earlier: dt.date, later: dt.date) -> int:
    """Whole years from ``earlier`` to ``later`` (a birthday on 29 February counts on 1 March)."""
    years = later.year - earlier.year
    if (later.month, later.day) < (earlier.month, earlier.day):
        years -= 1
    return years


@dataclass(frozen=True)
class AgeRange:
    """Age in whole years, ``low`` to ``high`` inclusive; equal bounds mean an exact age."""

    low: int
    high: int

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"

    @property
    def exact(self) -> bool:
        return self.low == self.high


def age_on(
    day: dt.date,
    *,
    birth_date: dt.date | None = None,
    estimated: AgeRange | None = None,
    estimated_on: dt.date | None = None,
) -> AgeRange | None:
    """The age on ``day``: exact when the birth date is known, else the estimate aged forward.

    An estimate made on ``estimated_on`` grows by the whole years since then, so a man judged
    "about 40–50" at intake is 45–55 five years later. Unknown stays unknown (``None``).
    """
    if birth_date is not None:
        years = max(0, years_between(birth_date, day))
        return AgeRange(years, years)
    if estimated is None:
        return None
    elapsed = years_between(estimated_on, day) if estimated_on else 0
    elapsed = max(0, elapsed)
    return AgeRange(estimated.low + elapsed, estimated.high + elapsed)


class AgeRecord(Protocol):
    """What a record of a person says about their age (a person row, or a row of its columns)."""

    birth_date: dt.date | None
    age_low: int | None
    age_high: int | None
    age_estimated_on: dt.date | None


def age_of(record: AgeRecord, day: dt.date) -> AgeRange | None:
    """The recorded person's age on ``day``: from the birth date, else the estimate aged forward."""
    estimated = (
        AgeRange(record.age_low, record.age_high)
        if record.age_low is not None and record.age_high is not None
        else None
    )
    return age_on(
        day, birth_date=record.birth_date, estimated=estimated, estimated_on=record.age_estimated_on
    )
