"""统计: the figures of the stations' monthly report, for any period.

Each figure is counted in SQL over the period's local days (Beijing time), so a report over a station
of a hundred thousand cases stays quick. Figures Station cannot count yet because it does not record
what they need (health categories on arrival, province of origin, special groups such as 打拐解救 or
家暴) are not invented: the report lists only what the records support.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlmodel import Session

from station.domain.casework import AttemptKind, AttemptResult, PlacementKind, SpecialGroup
from station.domain.clock import local_days, utcnow
from station.domain.departure import DepartureKind
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.services import station_info
from station.store import dialect
from station.store.database import Database

MSG_PERIOD = QT_TRANSLATE_NOOP("UserError", "统计期间的结束日期 {end} 早于开始日期 {start}")

SECTIONS = {
    "admissions": QT_TRANSLATE_NOOP("Statistics", "入站"),
    "departures": QT_TRANSLATE_NOOP("Statistics", "离站"),
    "identity": QT_TRANSLATE_NOOP("Statistics", "寻亲与身份查明"),
    "placements": QT_TRANSLATE_NOOP("Statistics", "送医与安置"),
    "attempts": QT_TRANSLATE_NOOP("Statistics", "寻亲方式"),
    "care": QT_TRANSLATE_NOOP("Statistics", "在站情况（期末）"),
    "health": QT_TRANSLATE_NOOP("Statistics", "入站健康状况（人次）"),
    "origin": QT_TRANSLATE_NOOP("Statistics", "来源地（人次）"),
    "groups": QT_TRANSLATE_NOOP("Statistics", "特殊群体（人次）"),
}
LABELS = {
    "visits": QT_TRANSLATE_NOOP("Statistics", "入站人次"),
    "persons": QT_TRANSLATE_NOOP("Statistics", "入站人数"),
    "repeat": QT_TRANSLATE_NOOP("Statistics", "其中再次入站人次"),
    "minors": QT_TRANSLATE_NOOP("Statistics", "其中未成年人（人次）"),
    "elderly": QT_TRANSLATE_NOOP("Statistics", "其中 60 岁以上老年人（人次）"),
    "mental": QT_TRANSLATE_NOOP("Statistics", "其中精神障碍（人次）"),
    "intellectual": QT_TRANSLATE_NOOP("Statistics", "其中智力障碍（人次）"),
    "departed": QT_TRANSLATE_NOOP("Statistics", "离站人次"),
    "unrecorded": QT_TRANSLATE_NOOP("Statistics", "离站方式未登记"),
    "reunified": QT_TRANSLATE_NOOP("Statistics", "返回家庭（接领、护送）"),
    "cross_province": QT_TRANSLATE_NOOP("Statistics", "其中跨省护送"),
    "identified": QT_TRANSLATE_NOOP("Statistics", "查明身份人数"),
    "median_days": QT_TRANSLATE_NOOP("Statistics", "从入站到查明身份的天数（中位数）"),
    "in_care": QT_TRANSLATE_NOOP("Statistics", "期末在站（含送医、托养）人数"),
    "long_stay": QT_TRANSLATE_NOOP("Statistics", "其中滞留超过 10 天"),
    "unidentified": QT_TRANSLATE_NOOP("Statistics", "其中身份未查明"),
    "attempts_total": QT_TRANSLATE_NOOP("Statistics", "寻亲次数"),
    "healthy": QT_TRANSLATE_NOOP("Statistics", "健康"),
    "critical": QT_TRANSLATE_NOOP("Statistics", "危重"),
    "health_mental": QT_TRANSLATE_NOOP("Statistics", "精神障碍"),
    "health_intellectual": QT_TRANSLATE_NOOP("Statistics", "智力障碍"),
    "physical": QT_TRANSLATE_NOOP("Statistics", "肢体残疾"),
    "same_province": QT_TRANSLATE_NOOP("Statistics", "本省"),
    "other_province": QT_TRANSLATE_NOOP("Statistics", "外省"),
    "origin_unknown": QT_TRANSLATE_NOOP("Statistics", "无法查明"),
    "no_province": QT_TRANSLATE_NOOP("Statistics", "未设置本站所在省份（设置 → 本站信息）"),
    "group_minors": QT_TRANSLATE_NOOP("Statistics", "未成年人"),
    "group_elderly": QT_TRANSLATE_NOOP("Statistics", "老年人（60 岁以上）"),
}


def _age_at_admission(s: Session) -> str:
    """Age on admission: from the birth date when known, else the middle of the estimate."""
    days = dialect.days_between(s, "st.admitted_at", "p.birth_date")
    return f"coalesce({days} / 365.25, (p.age_low + p.age_high) / 2.0, 30)"


@dataclass
class Line:
    key: str
    label: str  # Chinese source, translated by the GUI (context Statistics or Vocabulary)
    value: float | int | None
    detail: dict[str, int] = field(default_factory=dict)


@dataclass
class Report:
    start: dt.date
    end: dt.date
    sections: dict[str, list[Line]]
    station: str = ""  # the station's name, for the title

    def value(self, key: str) -> float | int | None:
        for lines in self.sections.values():
            for line in lines:
                if line.key == key:
                    return line.value
        raise KeyError(key)


def _utc_bounds(start: dt.date, end: dt.date) -> tuple[str, str]:
    """The period's local days as UTC text bounds, in the form SQLite stores (start ≤ t < end)."""
    lo, hi = local_days(start, end)
    return lo.strftime("%Y-%m-%d %H:%M:%S"), hi.strftime("%Y-%m-%d %H:%M:%S")


class StatisticsService:
    def __init__(self, db: Database, *, now: Callable[[], dt.datetime] = utcnow) -> None:
        self.db = db
        self.now = now

    def report(self, start: dt.date, end: dt.date) -> Report:
        if end < start:
            raise UserError(MSG_PERIOD, start=start.isoformat(), end=end.isoformat())
        lo, hi = _utc_bounds(start, end)
        p = {"lo": lo, "hi": hi, "lo_day": start.isoformat(), "hi_day": end.isoformat()}
        with self.db.read() as s:

            def one(sql: str) -> int:
                return int(s.execute(text(sql), p).scalar() or 0)

            def grouped(sql: str) -> dict[str, int]:
                return {k: int(n) for k, n in s.execute(text(sql), p).all()}

            # One pass over the period's stays for every admissions figure.
            info = station_info.read(s)
            p["province"] = info.province_short + "%"
            place = "coalesce(nullif(p.household_place, ''), nullif(p.origin, ''))"
            groups = "',' || coalesce(st.special_groups, '') || ','"
            age = _age_at_admission(s)
            admitted = dialect.table_order(s, "st.admitted_at")
            figures = s.execute(
                text(
                    "SELECT count(*), count(DISTINCT st.person_id),"
                    " sum(CASE WHEN EXISTS (SELECT 1 FROM stay e WHERE e.person_id = st.person_id"
                    "   AND e.admitted_at < st.admitted_at) THEN 1 ELSE 0 END),"
                    f" sum(CASE WHEN {age} < 18 THEN 1 ELSE 0 END),"
                    f" sum(CASE WHEN {age} >= 60 THEN 1 ELSE 0 END),"
                    " sum(CASE WHEN p.mental_illness THEN 1 ELSE 0 END),"
                    " sum(CASE WHEN p.intellectual_disability THEN 1 ELSE 0 END),"
                    " sum(CASE WHEN p.physical_disability THEN 1 ELSE 0 END),"
                    " sum(CASE WHEN st.critical THEN 1 ELSE 0 END),"
                    " sum(CASE WHEN NOT (st.critical OR p.mental_illness OR"
                    "   p.intellectual_disability OR p.physical_disability) THEN 1 ELSE 0 END),"
                    f" sum(CASE WHEN {place} IS NULL THEN 1 ELSE 0 END),"
                    f" sum(CASE WHEN {place} LIKE :province THEN 1 ELSE 0 END),"
                    + ",".join(
                        f" sum(CASE WHEN {groups} LIKE '%,{g.value},%' THEN 1 ELSE 0 END)"
                        for g in SpecialGroup
                    )
                    + " FROM stay st JOIN person p ON p.id = st.person_id"
                    # Read the stays in table order (+: not through the time index): a period of
                    # years is most of the table, and the index's order makes every row and its
                    # person a random read (100 000 stays: ~0.45 s that way, ~0.03 s in order).
                    f" WHERE {admitted} >= :lo AND {admitted} < :hi"
                ),
                p,
            ).one()
            n = [int(x or 0) for x in figures]
            visits, persons, repeat, minors, elderly, mental, intellectual = n[:7]
            physical, critical, healthy, unknown_place, same_province = n[7:12]
            group_counts = dict(zip(SpecialGroup, n[12:], strict=True))
            admissions = [
                Line(key, LABELS[key], value)
                for key, value in (
                    ("visits", visits), ("persons", persons), ("repeat", repeat),
                    ("minors", minors), ("elderly", elderly), ("mental", mental),
                    ("intellectual", intellectual),
                )
            ]  # fmt: skip
            health = [
                Line(key, LABELS[key], value)
                for key, value in (
                    ("healthy", healthy), ("critical", critical), ("health_mental", mental),
                    ("health_intellectual", intellectual), ("physical", physical),
                )
            ]  # fmt: skip
            if info.province_short:
                known = visits - unknown_place
                origin = [
                    Line("same_province", LABELS["same_province"], same_province),
                    Line("other_province", LABELS["other_province"], known - same_province),
                    Line("origin_unknown", LABELS["origin_unknown"], unknown_place),
                ]
            else:
                origin = [Line("no_province", LABELS["no_province"], None)]
            special = [
                Line("group_minors", LABELS["group_minors"], minors),
                Line("group_elderly", LABELS["group_elderly"], elderly),
            ] + [Line(f"group.{g.value}", g.label, group_counts[g]) for g in SpecialGroup]

            by_kind = grouped(
                "SELECT kind, count(*) FROM departure WHERE departed_at >= :lo AND departed_at < :hi"
                " GROUP BY kind"
            )
            departed = one(
                "SELECT count(*) FROM stay WHERE departed_at >= :lo AND departed_at < :hi"
            )
            departures = [Line("departed", LABELS["departed"], departed)]
            departures += [
                Line(f"departure.{k.value}", k.label, by_kind.get(k.value, 0))
                for k in DepartureKind
            ]
            departures.append(
                Line("unrecorded", LABELS["unrecorded"], departed - sum(by_kind.values()))
            )
            if info.province_short:
                departures.append(
                    Line("cross_province", LABELS["cross_province"], one(
                        "SELECT count(*) FROM departure WHERE kind = 'escorted'"
                        " AND departed_at >= :lo AND departed_at < :hi"
                        " AND coalesce(nullif(destination, ''), receiver, '') NOT LIKE :province"))
                )  # fmt: skip
            departures.append(
                Line("reunified", LABELS["reunified"],
                     sum(by_kind.get(k.value, 0) for k in DepartureKind if k.reunified))
            )  # fmt: skip

            waits = [
                (dialect.utc_value(found) - dialect.utc_value(admitted)).days
                for found, admitted in s.execute(
                    text(
                        "SELECT p.identified_at, st.admitted_at FROM person p"
                        " JOIN stay st ON st.id = p.latest_stay_id"
                        " WHERE p.identified_at >= :lo AND p.identified_at < :hi"
                    ),
                    p,
                ).all()
            ]
            identity = [
                Line("identified", LABELS["identified"], len(waits)),
                Line("median_days", LABELS["median_days"],
                     statistics.median(waits) if waits else None),
            ]  # fmt: skip

            placed = grouped(
                "SELECT kind, count(*) FROM placement WHERE started_on >= :lo_day"
                " AND started_on <= :hi_day GROUP BY kind"
            )
            placements = [
                Line(f"placement.{k.value}", k.label, placed.get(k.value, 0))
                for k in PlacementKind
                if k is not PlacementKind.STATION
            ]

            # Each kind and result named: SQLite then seeks each in the (kind, result, time)
            # index and counts the period's range, instead of sorting every attempt into groups.
            kinds = {f"k{n}": k.value for n, k in enumerate(AttemptKind)}
            results = {f"r{n}": r.value for n, r in enumerate(AttemptResult)}
            tried = s.execute(
                text(
                    "SELECT kind, result, count(*) FROM search_attempt"
                    f" WHERE kind IN ({', '.join(':' + k for k in kinds)})"
                    f" AND result IN ({', '.join(':' + r for r in results)})"
                    " AND at >= :lo AND at < :hi GROUP BY kind, result"
                ),
                p | kinds | results,
            ).all()
            attempts = [Line("attempts_total", LABELS["attempts_total"], sum(n for *_, n in tried))]
            for kind in AttemptKind:
                results = {r: int(n) for k, r, n in tried if k == kind.value}
                attempts.append(
                    Line(
                        f"attempt.{kind.value}",
                        kind.label,
                        sum(results.values()),
                        {
                            "lead": results.get(AttemptResult.LEAD.value, 0),
                            "confirmed": results.get(AttemptResult.CONFIRMED.value, 0),
                        },
                    )
                )

            # One pass over the stays open at the end of the period.
            in_care, long_stay, unidentified = s.execute(
                text(
                    "SELECT count(*),"
                    f" sum(CASE WHEN {dialect.days_between(s, ':hi', 'st.admitted_at')} > 10"
                    "   THEN 1 ELSE 0 END),"
                    " sum(CASE WHEN p.identified_at IS NULL AND p.id_number IS NULL"
                    "   THEN 1 ELSE 0 END)"
                    " FROM stay st JOIN person p ON p.id = st.person_id"
                    f" WHERE {admitted} < :hi AND (st.departed_at IS NULL OR st.departed_at >= :hi)"
                ),
                p,
            ).one()
            care = [
                Line(key, LABELS[key], int(value or 0))
                for key, value in (
                    ("in_care", in_care), ("long_stay", long_stay), ("unidentified", unidentified)
                )
            ]  # fmt: skip
        return Report(
            start,
            end,
            {
                "admissions": admissions,
                "health": health,
                "origin": origin,
                "groups": special,
                "departures": departures,
                "identity": identity,
                "placements": placements,
                "attempts": attempts,
                "care": care,
            },
            info.name,
        )
