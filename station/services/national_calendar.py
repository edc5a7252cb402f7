"""The national public holidays and make-up working days (调休), as the State Council announces them.

They come with the program (the ``chinesecalendar`` package, MIT, from the State Council's yearly
notices; a newer release carries a newer year), so the working-day deadlines are right from the
first day. A station's own entries (a local holiday, a correction) are kept apart and win.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from chinese_calendar import constants


@dataclass(frozen=True)
class NationalDay:
    day: dt.date
    working: bool  # a weekend day worked instead (调休); else a public holiday
    name: str  # 春节, 国庆节 …


@cache
def national_days() -> dict[dt.date, NationalDay]:
    names = {h.value: h.chinese for h in constants.Holiday}
    out = {
        day: NationalDay(day, False, names.get(value, value))
        for day, value in constants.holidays.items()
    }
    for day, value in constants.workdays.items():
        if day.weekday() >= 5:  # the package lists weekdays too; only the weekend ones are news
            out[day] = NationalDay(day, True, names.get(value, value))
    return out


def last_year() -> int:
    """The last year the shipped calendar covers (a later one needs a newer release)."""
    return max(d.year for d in national_days())
