"""待办事项: the deadlines of everyone in the station's care, from the rules the administrator keeps.

The rules live in the database (seeded with the national defaults of :mod:`station.domain.deadlines`
the first time they are read; a default added in a later version is added then too, while rules an
administrator changed are left as they are). The to-do list reads each open stay once, with the
latest attempt and decision of each kind, and evaluates the rules in memory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np
from sqlalchemy import bindparam, text
from sqlmodel import Session, col, select

from station.domain import deadline_columns as columns
from station.domain.age import AgeRange, age_of, ages_on
from station.domain.casework import AttemptKind, DecisionKind
from station.domain.clock import local_date, utcnow
from station.domain.deadlines import (
    ADULT,
    DEFAULT_RULES,
    Applies,
    Calendar,
    CaseFacts,
    Deadline,
    Flag,
    Rule,
    Span,
    Unit,
    evaluate,
    flags,
    follow_up,
    urgency,
)
from station.domain.errors import FieldError, InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.domain.person_rules import display_name
from station.services import audit, permissions
from station.services.intake import MSG_NO_PERSON
from station.services.national_calendar import national_days
from station.store.case_models import CalendarDay, DeadlineRuleRow, progress_column
from station.store.database import Database
from station.store.dialect import date_value, utc_value
from station.store.models import Person, StaffPublic, Stay

MSG_NO_RULE = QT_TRANSLATE_NOOP("UserError", "期限规则不存在：{code}")
MSG_RANGE_ORDER = QT_TRANSLATE_NOOP("UserError", "结束日期 {last} 早于开始日期 {first}")
MSG_RANGE_LONG = QT_TRANSLATE_NOOP("UserError", "一次最多标记 {n} 天")
MSG_NOTE_LONG = QT_TRANSLATE_NOOP("UserError", "说明最多 {n} 个字")
MAX_RANGE_DAYS = 60


class CalendarEntry(NamedTuple):
    day: dt.date
    working: bool  # a make-up working day (调休); else a holiday
    note: str
    national: bool  # from the national calendar (else the station's own entry)


class TodoItem(NamedTuple):
    person_id: int
    title: str
    case_number: str
    deadline: Deadline
    flags: tuple[Flag, ...]


def _to_rule(row: DeadlineRuleRow) -> Rule:
    every = (
        Span(row.every_amount, Unit(row.every_unit))
        if row.every_amount and row.every_unit
        else None
    )
    return Rule(
        row.code,
        row.title,
        Applies(row.applies),
        Span(row.opens_amount, Unit(row.opens_unit)),
        Span(row.grace_amount, Unit(row.grace_unit)),
        frozenset(k for k in row.clears.split(",") if k),
        every,
        row.active,
    )


def _to_row(rule: Rule, position: int, now: dt.datetime) -> DeadlineRuleRow:
    return DeadlineRuleRow(
        code=rule.code,
        title=rule.title,
        applies=rule.applies.value,
        opens_amount=rule.opens.amount,
        opens_unit=rule.opens.unit.value,
        grace_amount=rule.grace.amount,
        grace_unit=rule.grace.unit.value,
        clears=",".join(sorted(rule.clears)),
        every_amount=rule.every.amount if rule.every else None,
        every_unit=rule.every.unit.value if rule.every else None,
        active=rule.active,
        position=position,
        updated_at=now,
    )


class DeadlineService:
    def __init__(self, db: Database, *, now: Callable[[], dt.datetime] = utcnow) -> None:
        self.db = db
        self.now = now
        self._seeded = False

    # --- rules and calendar -----------------------------------------------------------------
    def rules(self) -> list[Rule]:
        self._seed()
        with self.db.read() as s:
            rows = s.exec(select(DeadlineRuleRow).order_by(col(DeadlineRuleRow.position))).all()
            return [_to_rule(r) for r in rows]

    def save_rule(self, rule: Rule, by: StaffPublic) -> None:
        """Change a rule (administrators only); audited with the values before and after."""
        self._seed()
        now = self.now()
        with self.db.write() as s:
            permissions.require(s, by, Action.CONFIGURE)
            row = s.get(DeadlineRuleRow, rule.code)
            if row is None:
                raise UserError(MSG_NO_RULE, code=rule.code)
            fields = [k for k in DeadlineRuleRow.model_fields if k not in ("updated_at",)]
            before = audit.snapshot(row, fields)
            new = _to_row(rule, row.position, now)
            for key in fields:
                setattr(row, key, getattr(new, key))
            row.updated_at = now
            s.add(row)
            audit.record(
                s, by, "deadline_rule.update", entity="deadline_rule", entity_id=None,
                before=before, after=audit.snapshot(row, fields), at=now,
            )  # fmt: skip

    def calendar(self) -> Calendar:
        """The national holidays and 调休 days, with the station's own entries over them."""
        entries = self.calendar_entries(dt.date.min)
        return Calendar(
            holidays=frozenset(e.day for e in entries if not e.working),
            workdays=frozenset(e.day for e in entries if e.working),
        )

    def calendar_entries(self, since: dt.date) -> list[CalendarEntry]:
        """Every day marked from ``since`` on: the national ones and the station's own (which win)."""
        out = {
            d.day: CalendarEntry(d.day, d.working, d.name, national=True)
            for d in national_days().values()
            if d.day >= since
        }
        with self.db.read() as s:
            for row in s.exec(select(CalendarDay).where(CalendarDay.day >= since)).all():
                out[row.day] = CalendarEntry(row.day, row.working, row.note or "", national=False)
        return [out[d] for d in sorted(out)]

    def set_day(self, day: dt.date, working: bool | None, by: StaffPublic, note: str = "") -> None:
        """Mark a public holiday (False), a make-up working day (True), or back to normal (None)."""
        self.set_days(day, day, working, by, note)

    def set_days(
        self, first: dt.date, last: dt.date, working: bool | None, by: StaffPublic, note: str = ""
    ) -> int:
        """Mark every day from ``first`` to ``last`` at once (a week of 国庆); one audit entry."""
        if last < first:
            raise InvalidInput([FieldError("last", MSG_RANGE_ORDER,
                                           {"first": first.isoformat(), "last": last.isoformat()})])  # fmt: skip
        if (last - first).days >= MAX_RANGE_DAYS:
            raise InvalidInput([FieldError("last", MSG_RANGE_LONG, {"n": MAX_RANGE_DAYS})])
        note = (note or "").strip()
        if len(note) > 64:
            raise InvalidInput([FieldError("note", MSG_NOTE_LONG, {"n": 64})])
        days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
        with self.db.write() as s:
            permissions.require(s, by, Action.CONFIGURE)
            before = {}
            for day in days:
                row = s.get(CalendarDay, day)
                if row is not None:
                    before[day.isoformat()] = row.working
                if working is None:
                    if row is not None:
                        s.delete(row)
                else:
                    row = row or CalendarDay(day=day, working=working)
                    row.working, row.note = working, note or None
                    s.add(row)
            after = {"day": first.isoformat(), "working": working, "note": note or None}
            if last != first:
                after["last"] = last.isoformat()
            audit.record(
                s, by, "calendar.day", entity="calendar_day", entity_id=None,
                before=before or None, after=after, at=self.now(),
            )  # fmt: skip
        return len(days)

    def _seed(self) -> None:
        if self._seeded:
            return
        with self.db.write() as s:
            have = set(s.exec(select(DeadlineRuleRow.code)).all())
            now = self.now()
            for position, rule in enumerate(DEFAULT_RULES):
                if rule.code not in have:
                    s.add(_to_row(rule, position, now))
        self._seeded = True

    # --- deadlines --------------------------------------------------------------------------
    def for_person(self, person_id: int) -> tuple[list[Deadline], list[Flag]]:
        """The deadlines of the person's current stay (done ones included) and why to take care."""
        rules, cal, now = self.rules(), self.calendar(), self.now()
        with self.db.read() as s:
            row = s.exec(_case_query().where(Person.id == person_id)).first()
            if row is None:
                if s.get(Person, person_id) is None:
                    raise UserError(MSG_NO_PERSON, id=person_id)
                return [], []
            done = _steps_of(s, row.stay_id, _cleared_by(rules))
            asked = _follow_ups(s, row.stay_id)
        facts = _facts(row, done, local_date(now))
        found = evaluate(rules, facts, now, cal=cal)
        found += [follow_up(k, at, on, now) for k, at, on in asked.get(row.stay_id, [])]
        return sorted(found, key=urgency), flags(facts)

    def todo(self, *, lookahead: dt.timedelta = dt.timedelta(0)) -> list[TodoItem]:
        """Every deadline not yet done of everyone in care, the most urgent first (and of two
        equally urgent, the person with more reasons for care first)."""
        rules, cal, now = self.rules(), self.calendar(), self.now()
        with self.db.read() as s:
            cases = _in_care(s, _cleared_by(rules), local_date(now))
            asked = _follow_ups(s, None)
        found = _open_deadlines(rules, cases, now, cal, lookahead)
        position = {stay: i for i, stay in enumerate(cases.stay_id)}
        extra = [
            (position[stay], follow_up(kind, at, on, now))
            for stay, entries in asked.items()
            if stay in position
            for kind, at, on in entries
        ]
        case = np.concatenate([found.case, np.array([i for i, _ in extra], dtype=np.int64)])
        deadlines = found.deadlines + [d for _, d in extra]
        due = np.concatenate(
            [found.due, np.array([columns.to_datetime64(d.due_at) for _, d in extra],
                                 dtype="datetime64[us]")]
        )  # fmt: skip
        order = np.array([urgency(d)[0] for d in deadlines], dtype=np.int64)
        marks = cases.flags()
        count = np.array([len(m) for m in marks], dtype=np.int64)
        ranked = np.lexsort((-count[case], due, order)) if len(case) else case
        titles: dict[int, str] = {}
        items = []
        for j in ranked.tolist():
            i = int(case[j])
            title = titles.get(i)
            if title is None:
                title = titles[i] = display_name(cases.name[i], cases.case_number[i])
            items.append(
                TodoItem(cases.person_id[i], title, cases.case_number[i], deadlines[j], marks[i])
            )
        return items


@dataclasses.dataclass(frozen=True)
class _InCare:
    """Everyone in care, one entry per person (their open stay), as columns."""

    person_id: list[int]
    stay_id: list[int]
    name: list[str | None]
    case_number: list[str]
    facts: columns.Cases
    age_low: np.ndarray
    age_high: np.ndarray
    age_known: np.ndarray
    mental_illness: np.ndarray
    intellectual_disability: np.ndarray

    def flags(self) -> list[tuple[Flag, ...]]:
        """Why each person needs stricter handling: :func:`flags` asked once for each distinct
        age and health (a station has a few hundred of them, not one per person)."""
        keys = zip(self.age_low.tolist(), self.age_high.tolist(), self.age_known.tolist(),
                   self.mental_illness.tolist(), self.intellectual_disability.tolist(),
                   strict=True)  # fmt: skip
        said: dict[tuple[int, int, bool, bool, bool], tuple[Flag, ...]] = {}
        out = []
        for key in keys:
            marks = said.get(key)
            if marks is None:
                low, high, known, mental, intellectual = key
                facts = CaseFacts(
                    admitted_at=dt.datetime.min.replace(tzinfo=dt.UTC),  # flags read no dates
                    age=AgeRange(low, high) if known else None,
                    mental_illness=mental,
                    intellectual_disability=intellectual,
                )
                marks = said[key] = tuple(flags(facts))
            out.append(marks)
        return out

    def one(self, i: int, now: dt.datetime) -> CaseFacts:
        """Case ``i`` as the rules read one case."""
        age = AgeRange(int(self.age_low[i]), int(self.age_high[i])) if self.age_known[i] else None
        return CaseFacts(
            admitted_at=columns.py(self.facts.admitted[i]),
            identified=bool(self.facts.identified[i]),
            age=age,
            mental_illness=bool(self.mental_illness[i]),
            intellectual_disability=bool(self.intellectual_disability[i]),
            done={k: (columns.py(t[i]),) for k, t in self.facts.done.items() if not np.isnat(t[i])},
        )


def _in_care(s: Session, kinds: set[str], today: dt.date) -> _InCare:
    """Read everyone in care with one query: the person's and the stay's columns the rules read,
    and the latest time each step kind a rule is cleared by was recorded in the stay (from the
    stay's progress row, kept with each step)."""
    steps = {k.value for k in AttemptKind} | {k.value for k in DecisionKind}
    wanted = sorted(kinds & steps)
    latest = "".join(f", sp.{progress_column(k)}" for k in wanted)
    sql = text(
        "SELECT p.id, st.id, p.name, st.case_number, st.admitted_at,"
        " p.identified_at IS NOT NULL OR p.id_number IS NOT NULL,"
        " p.birth_date, p.age_low, p.age_high, p.age_estimated_on,"
        " p.mental_illness, p.intellectual_disability" + latest
        + " FROM stay st JOIN person p ON p.latest_stay_id = st.id"
        " LEFT JOIN stay_progress sp ON sp.stay_id = st.id"
        " WHERE st.departed_at IS NULL ORDER BY st.id"
    )  # fmt: skip
    rows = s.connection().execute(sql).all()
    cols = list(zip(*rows, strict=True)) if rows else [()] * (12 + len(wanted))
    numbers = lambda values: np.array(  # noqa: E731
        [np.nan if v is None else v for v in values], dtype=float
    )
    low, high, known = ages_on(
        today,
        np.array(cols[6], dtype="datetime64[D]"),
        numbers(cols[7]),
        numbers(cols[8]),
        np.array(cols[9], dtype="datetime64[D]"),
    )
    minor = known & (low < ADULT)
    mental = np.array(cols[10], dtype=bool)
    intellectual = np.array(cols[11], dtype=bool)
    return _InCare(
        person_id=list(cols[0]),
        stay_id=list(cols[1]),
        name=list(cols[2]),
        case_number=list(cols[3]),
        facts=columns.Cases(
            admitted=_times64(cols[4]),
            identified=np.array(cols[5], dtype=bool),
            minor=minor,
            impaired=mental | intellectual,
            done={k: _times64(cols[12 + n]) for n, k in enumerate(wanted)},
        ),
        age_low=low,
        age_high=high,
        age_known=known,
        mental_illness=mental,
        intellectual_disability=intellectual,
    )


def _times64(values: Sequence[object]) -> np.ndarray:
    """Stored UTC times as the driver returns them (SQLite: text, PostgreSQL: datetimes; None
    for never) as one numpy column."""
    first = next((v for v in values if v is not None), None)
    if not isinstance(first, dt.datetime):
        return np.array(values, dtype="datetime64[us]")  # text: numpy parses it all at once
    return np.array(
        [v.astimezone(dt.UTC).replace(tzinfo=None) if isinstance(v, dt.datetime) and v.tzinfo
         else v for v in values],
        dtype="datetime64[us]",
    )  # fmt: skip


class _Found(NamedTuple):
    case: np.ndarray
    deadlines: list[Deadline]
    due: np.ndarray


def _open_deadlines(
    rules: list[Rule], cases: _InCare, now: dt.datetime, cal: Calendar, lookahead: dt.timedelta
) -> _Found:
    """The rules' open deadlines of every case: column-wise, or case by case in a time zone
    with daylight saving (where a day is not always the same hours from UTC)."""
    # Each day's start and the next day's: a zone that changes its offset shows it there.
    days = np.unique(cases.facts.admitted.astype("datetime64[D]")).astype("datetime64[us]")
    ends = np.concatenate([days, days + np.timedelta64(1, "D")])
    offset = columns.fixed_offset(cal, [now, *columns.py_list(ends)])
    if offset is not None:
        found = columns.open_deadlines(
            rules, cases.facts, now, cal=cal, offset=offset, lookahead=lookahead
        )
        opens, dues = columns.py_list(found.opens), columns.py_list(found.due)
        deadlines = [
            Deadline(rule, n, o, d, status)
            for rule, n, o, d, status in zip(found.rule, found.occurrence.tolist(), opens, dues,
                                             found.status, strict=True)
        ]  # fmt: skip
        return _Found(found.case, deadlines, found.due)
    case: list[int] = []
    deadlines = []
    for i in range(len(cases.stay_id)):
        for d in evaluate(rules, cases.one(i, now), now, cal=cal, lookahead=lookahead,
                          include_done=False):  # fmt: skip
            case.append(i)
            deadlines.append(d)
    due = np.array([columns.to_datetime64(d.due_at) for d in deadlines], dtype="datetime64[us]")
    return _Found(np.array(case, dtype=np.int64), deadlines, due)


def _case_query():  # type: ignore[no-untyped-def]
    """The columns the rules read, one row per person with their latest stay (plain tuples: a
    station of 100 000 cases is read without building ORM objects)."""
    return select(
        col(Person.id).label("person_id"),
        Person.name,
        Person.birth_date,
        Person.age_low,
        Person.age_high,
        Person.age_estimated_on,
        Person.id_number,
        Person.identified_at,
        Person.mental_illness,
        Person.intellectual_disability,
        col(Stay.id).label("stay_id"),
        Stay.case_number,
        Stay.admitted_at,
        Stay.departed_at,
    ).join(Stay, col(Stay.id) == col(Person.latest_stay_id))


def _cleared_by(rules: list[Rule]) -> set[str]:
    return {kind for rule in rules if rule.active for kind in rule.clears}


def _steps_of(s: Session, stay_id: int, kinds: set[str]) -> dict[str, list[dt.datetime]]:
    """Step kind → every time it was recorded in one stay (earliest first), for the kinds some
    rule is cleared by."""
    wanted = sorted(kinds)
    out: dict[str, list[dt.datetime]] = {}
    for table in ("search_attempt", "stay_decision"):
        sql = text(
            f"SELECT kind, at FROM {table} WHERE stay_id = :stay AND kind IN :kinds"
        ).bindparams(bindparam("kinds", expanding=True))
        for kind, at in s.execute(sql, {"stay": stay_id, "kinds": wanted}):
            out.setdefault(kind, []).append(utc_value(at))
    for times in out.values():
        times.sort()
    return out


def _follow_ups(
    s: Session, stay_id: int | None
) -> dict[int, list[tuple[str, dt.datetime, dt.date]]]:
    """Follow-up days set on attempts with no later attempt of the same kind (open stays)."""
    sql = (
        "SELECT a.stay_id, a.kind, a.at, a.follow_up_on FROM search_attempt a"
        " JOIN stay st ON st.id = a.stay_id WHERE st.departed_at IS NULL"
        # a range, not IS NOT NULL: only a range lets SQLite walk the follow-up index
        " AND a.follow_up_on >= :first AND NOT EXISTS (SELECT 1 FROM search_attempt b"
        " WHERE b.stay_id = a.stay_id AND b.kind = a.kind AND b.at > a.at)"
        + (" AND a.stay_id = :stay" if stay_id is not None else "")
    )
    out: dict[int, list[tuple[str, dt.datetime, dt.date]]] = {}
    params = {"first": dt.date(1900, 1, 1).isoformat(), "stay": stay_id}
    for sid, kind, at, on in s.execute(text(sql), params):
        out.setdefault(sid, []).append((kind, utc_value(at), date_value(on)))
    return out


def _facts(row: Any, done: dict[str, list[dt.datetime]], today: dt.date) -> CaseFacts:
    """What the rules read, from a row with the person's and the stay's columns."""
    return CaseFacts(
        admitted_at=row.admitted_at,
        identified=row.identified_at is not None or row.id_number is not None,
        identified_at=row.identified_at,
        ended_at=row.departed_at,
        age=age_of(row, today),
        mental_illness=row.mental_illness,
        intellectual_disability=row.intellectual_disability,
        done=done,
    )


def case_flags(person: Person, stay: Stay, day: dt.date) -> list[Flag]:
    """Why a person needs stricter handling on ``day`` (minor, elderly, mental illness …)."""
    return flags(
        CaseFacts(
            admitted_at=stay.admitted_at,
            age=age_of(person, day),
            mental_illness=person.mental_illness,
            intellectual_disability=person.intellectual_disability,
        )
    )
