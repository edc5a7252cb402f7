"""Time: the database keeps timezone-aware UTC; people see local time (Asia/Shanghai by default)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Shanghai")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def to_local(moment: dt.datetime, tz: dt.tzinfo = LOCAL_TZ) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: Station keeps only timezone-aware times")
    return moment.astimezone(tz)


def local_date(moment: dt.datetime, tz: dt.tzinfo = LOCAL_TZ) -> dt.date:
    return to_local(moment, tz).date()


def format_local(moment: dt.datetime | None, tz: dt.tzinfo = LOCAL_TZ) -> str:
    return "" if moment is None else to_local(moment, tz).strftime("%Y-%m-%d %H:%M")


def local_days(
    start: dt.date, end: dt.date, tz: dt.tzinfo = LOCAL_TZ
) -> tuple[dt.datetime, dt.datetime]:
    """The instants (UTC) that bound the local days ``start`` to ``end``: start ≤ t < end."""
    lo = dt.datetime.combine(start, dt.time(), tz).astimezone(dt.UTC)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC)
    return lo, hi
