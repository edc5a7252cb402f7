"""The deadline rules over every case at once (numpy columns), for the to-do list of a big station.

The same rules and the same arithmetic as :func:`station.domain.deadlines.evaluate`, one rule at a
time over arrays instead of one case at a time, and only the deadlines still to do come out. Times are
``datetime64[us]`` in UTC without a zone; local days use the calendar's offset from UTC, which must be
the same over the times given (true of China's time since 1991: :func:`fixed_offset` checks, and the
caller falls back to the per-case evaluation when it is not).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from station.domain.deadlines import Calendar, Rule, Span, Status, Unit

US = np.timedelta64(1, "us")


@dataclass(frozen=True)
class Cases:
    """One entry per case, in any order."""

    admitted: np.ndarray  # datetime64[us], UTC
    identified: np.ndarray  # bool
    minor: np.ndarray  # bool: may be under 18
    impaired: np.ndarray  # bool: mental illness or intellectual disability
    done: Mapping[str, np.ndarray]  # step kind → datetime64[us] latest recorded, NaT if none


@dataclass(frozen=True)
class Open:
    """The deadlines still to do: parallel arrays, ``case`` indexing into :class:`Cases`."""

    case: np.ndarray
    rule: list[Rule]
    occurrence: np.ndarray
    opens: np.ndarray
    due: np.ndarray
    status: list[Status]


def fixed_offset(cal: Calendar, times: Iterable[dt.datetime]) -> dt.timedelta | None:
    """The calendar's UTC offset if it is the same at every one of ``times`` (else None)."""
    offsets = {t.astimezone(cal.tz).utcoffset() for t in times}
    return offsets.pop() if len(offsets) == 1 else None


def to_datetime64(moment: dt.datetime) -> np.datetime64:
    return np.datetime64(moment.astimezone(dt.UTC).replace(tzinfo=None), "us")


def add(times: np.ndarray, span: Span, cal: Calendar, offset: dt.timedelta) -> np.ndarray:
    """``times`` + ``span`` as :meth:`Calendar.add` does it, for every entry."""
    if span.fixed is not None:
        return times + np.timedelta64(span.fixed)
    shift = np.timedelta64(offset)
    local = times + shift
    if span.unit is Unit.MONTHS:
        month = local.astype("datetime64[M]")
        into_month = local - month.astype("datetime64[us]")
        day = into_month.astype("timedelta64[D]")
        time_of_day = into_month - day.astype("timedelta64[us]")
        target = month + np.timedelta64(span.amount, "M")
        length = (target + np.timedelta64(1, "M")).astype("datetime64[D]") - target.astype(
            "datetime64[D]"
        )
        clamped = np.minimum(day, length - np.timedelta64(1, "D"))
        result = (target.astype("datetime64[D]") + clamped).astype("datetime64[us]") + time_of_day
        return result - shift
    days = local.astype("datetime64[D]")
    unique, back = np.unique(days, return_inverse=True)
    ends = np.array(
        [to_datetime64(cal._end_of_working_days(d.astype(dt.date), span.amount)) for d in unique],
        dtype="datetime64[us]",
    )
    return ends[back]


def open_deadlines(
    rules: Iterable[Rule],
    cases: Cases,
    now: dt.datetime,
    *,
    cal: Calendar,
    offset: dt.timedelta,
    soon: dt.timedelta = dt.timedelta(days=1),
    lookahead: dt.timedelta = dt.timedelta(0),
) -> Open:
    """Every deadline not yet done, of every case, rule by rule."""
    now64 = to_datetime64(now)
    horizon = to_datetime64(now + lookahead)
    soon64 = np.timedelta64(soon)
    parts: list[tuple[np.ndarray, Rule, np.ndarray, np.ndarray, np.ndarray]] = []
    for rule in rules:
        if not rule.active:
            continue
        if rule.applies.value == "unidentified":
            mask = ~cases.identified
        elif rule.applies.value == "ordinary_adult":
            mask = ~(cases.minor | cases.impaired)
        else:
            mask = np.ones(len(cases.admitted), dtype=bool)
        index = np.flatnonzero(mask)
        first = add(cases.admitted[index], rule.opens, cal, offset)
        visible = first <= horizon
        index, first = index[visible], first[visible]
        n = np.zeros(len(index), dtype=np.int64)
        opens = first
        if rule.every is not None:
            if rule.every.fixed is not None:
                step = np.timedelta64(rule.every.fixed)
                n = ((horizon - first) // step).astype(np.int64)
                opens = first + n * step
            else:  # months or working days between repeats: count, as the calendar does
                n = np.array(
                    [cal.occurrences(py(f), rule.every, py(horizon)) for f in first],
                    dtype=np.int64,
                )
                opens = np.array(
                    [to_datetime64(cal.add(py(f), rule.every.times(int(k)))) for f, k in
                     zip(first, n, strict=True)],
                    dtype="datetime64[us]",
                )  # fmt: skip
        done = np.zeros(len(index), dtype=bool)
        for kind in rule.clears:
            times = cases.done.get(kind)
            if times is not None:
                done |= times[index] >= opens  # NaT compares False
        keep = ~done
        index, n, opens = index[keep], n[keep], opens[keep]
        due = add(opens, rule.grace, cal, offset)
        parts.append((index, rule, n, opens, due))
    case = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    due_all = (
        np.concatenate([p[4] for p in parts]) if parts else np.zeros(0, dtype="datetime64[us]")
    )
    statuses = np.where(
        now64 > due_all, 0, np.where(due_all - now64 <= soon64, 1, 2)
    )  # overdue, soon, open
    names = (Status.OVERDUE, Status.SOON, Status.OPEN)
    return Open(
        case=case,
        rule=[p[1] for p in parts for _ in range(len(p[0]))],
        occurrence=np.concatenate([p[2] for p in parts]) if parts else np.zeros(0, np.int64),
        opens=np.concatenate([p[3] for p in parts]) if parts else due_all,
        due=due_all,
        status=[names[s] for s in statuses.tolist()],
    )


def py_list(values: np.ndarray) -> list[dt.datetime]:
    """Many numpy UTC times as aware datetimes (numpy converts them all in one go)."""
    return [t.replace(tzinfo=dt.UTC) for t in values.astype("datetime64[us]").tolist()]


def py(value: np.datetime64) -> dt.datetime:
    """A numpy UTC time back as an aware datetime."""
    return value.astype(dt.datetime).replace(tzinfo=dt.UTC)
