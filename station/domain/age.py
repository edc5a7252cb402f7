"""Ages: exact from a birth date, or an estimated range noted on a given day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

import numpy as np

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


def ages_on(
    day: dt.date,
    birth_date: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
    estimated_on: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`age_on` for many records at once: ``birth_date`` and ``estimated_on`` are
    ``datetime64[D]`` (NaT unknown), ``low`` / ``high`` floats (NaN unknown). Returns the low and
    high ages (int64) and whether the age is known at all."""
    target = np.datetime64(day, "D")
    by_birth = ~np.isnat(birth_date)
    by_estimate = ~by_birth & ~np.isnan(low) & ~np.isnan(high)
    exact = np.maximum(0, _years_between(birth_date, target))
    elapsed = np.where(np.isnat(estimated_on), 0, _years_between(estimated_on, target))
    elapsed = np.maximum(0, elapsed)
    out_low = np.where(by_birth, exact, np.where(by_estimate, np.nan_to_num(low) + elapsed, 0))
    out_high = np.where(by_birth, exact, np.where(by_estimate, np.nan_to_num(high) + elapsed, 0))
    return out_low.astype(np.int64), out_high.astype(np.int64), by_birth | by_estimate


def _years_between(earlier: np.ndarray, later: np.datetime64) -> np.ndarray:
    """:func:`years_between` for many dates (NaT gives 0; the caller masks it)."""
    safe = np.where(np.isnat(earlier), later, earlier)
    years = safe.astype("datetime64[Y]").astype(np.int64)
    month_start = safe.astype("datetime64[M]")
    months = month_start.astype(np.int64) - years * 12  # 0 … 11
    days = (safe - month_start.astype("datetime64[D]")).astype(np.int64)
    later_year = later.astype("datetime64[Y]").astype(np.int64)
    later_month = later.astype("datetime64[M]")
    later_months = later_month.astype(np.int64) - later_year * 12
    later_days = (later - later_month.astype("datetime64[D]")).astype(np.int64)
    before_birthday = (later_months * 32 + later_days) < (months * 32 + days)
    return later_year - years - before_birthday.astype(np.int64)
