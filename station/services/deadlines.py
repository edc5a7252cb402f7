"""待办事项: the deadlines of everyone in the station's care, from the rules the administrator keeps.

The rules live in the database (seeded with the national defaults of :mod:`station.domain.deadlines`
the first time they are read; a default added in a later version is added then too, while rules an
administrator changed are left as they are). The to-do list reads each open stay once, with the
latest attempt and decision of each kind, and evaluates the rules in memory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np
from sqlmodel import Session, col, select

from station.domain import deadline_columns as columns
from station.domain.age import age_of
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
from station.domain.enums import Role
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.person_rules import display_name
from station.services import audit
from station.services.intake import MSG_NO_PERSON
from station.store.case_models import CalendarDay, DeadlineRuleRow
from station.store.database import Database
from station.store.models import Person, StaffPublic, Stay

MSG_ADMIN_ONLY = QT_TRANSLATE_NOOP("UserError", "只有管理员可以修改期限规则和工作日历")
MSG_NO_RULE = QT_TRANSLATE_NOOP("UserError", "期限规则不存在：{code}")


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
        if by.role != Role.ADMIN:
            raise UserError(MSG_ADMIN_ONLY)
        self._seed()
        now = self.now()
        with self.db.write() as s:
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
        with self.db.read() as s:
            days = s.exec(select(CalendarDay)).all()
        return Calendar(
            holidays=frozenset(d.day for d in days if not d.working),
            workdays=frozenset(d.day for d in days if d.working),
        )

    def set_day(self, day: dt.date, working: bool | None, by: StaffPublic, note: str = "") -> None:
        """Mark a public holiday (False), a make-up working day (True), or back to normal (None)."""
        if by.role != Role.ADMIN:
            raise UserError(MSG_ADMIN_ONLY)
        with self.db.write() as s:
            row = s.get(CalendarDay, day)
            before = {"working": row.working} if row else None
            if working is None:
                if row is not None:
                    s.delete(row)
            else:
                row = row or CalendarDay(day=day, working=working)
                row.working, row.note = working, note or None
                s.add(row)
            audit.record(
                s, by, "calendar.day", entity="calendar_day", entity_id=None,
                before=before, after={"day": day.isoformat(), "working": working},
                at=self.now(),
            )  # fmt: skip

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
        if row.departed_at is not None:
            return [], flags(facts)
        found = evaluate(rules, facts, now, cal=cal)
        found += [follow_up(k, at, on, now) for k, at, on in asked.get(row.stay_id, [])]
        return sorted(found, key=urgency), flags(facts)

    def todo(self, *, lookahead: dt.timedelta = dt.timedelta(0)) -> list[TodoItem]:
        """Every deadline not yet done of everyone in care, the most urgent first."""
        rules, cal, now = self.rules(), self.calendar(), self.now()
        today = local_date(now)
        with self.db.read() as s:
            rows = s.exec(_case_query().where(col(Stay.departed_at).is_(None))).all()
            index = {row.stay_id: i for i, row in enumerate(rows)}
            latest = _latest_columns(s, index, _cleared_by(rules))
            asked = _follow_ups(s, None)
        facts = [_facts(row, {}, today) for row in rows]
        offset = columns.fixed_offset(cal, [f.admitted_at for f in facts] + [now])
        by_case: dict[int, list[Deadline]] = {}
        if offset is None:  # a zone with daylight saving: one case at a time
            for i, f in enumerate(facts):
                done = {k: columns.py(t[i]) for k, t in latest.items() if not np.isnat(t[i])}
                by_case[i] = evaluate(rules, dataclasses.replace(f, done=done), now, cal=cal,
                                      lookahead=lookahead, include_done=False)  # fmt: skip
        else:
            cases = columns.Cases(
                admitted=np.array(
                    [columns.to_datetime64(f.admitted_at) for f in facts], dtype="datetime64[us]"
                ),
                identified=np.array([f.identified for f in facts], dtype=bool),
                minor=np.array([f.age is not None and f.age.low < ADULT for f in facts], bool),
                impaired=np.array(
                    [f.mental_illness or f.intellectual_disability for f in facts], dtype=bool
                ),
                done=latest,
            )
            found = columns.open_deadlines(
                rules, cases, now, cal=cal, offset=offset, lookahead=lookahead
            )
            opens, dues = columns.py_list(found.opens), columns.py_list(found.due)
            for j, (i, n) in enumerate(zip(found.case.tolist(), found.occurrence.tolist(),
                                           strict=True)):  # fmt: skip
                by_case.setdefault(i, []).append(
                    Deadline(found.rule[j], n, opens[j], dues[j], found.status[j])
                )
        items = []
        for i, row in enumerate(rows):
            due = by_case.get(i, []) + [
                follow_up(k, at, on, now) for k, at, on in asked.get(row.stay_id, [])
            ]
            if due:
                marks = tuple(flags(facts[i]))
                title = display_name(row.name, row.case_number)
                items += [TodoItem(row.person_id, title, row.case_number, d, marks) for d in due]
        items.sort(key=lambda i: (*urgency(i.deadline), -len(i.flags)))
        return items


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


def _steps_of(s: Session, stay_id: int, kinds: set[str]) -> dict[str, dt.datetime]:
    """Step kind → latest time recorded in one stay, for the kinds some rule is cleared by."""
    wanted = sorted(kinds)
    out: dict[str, dt.datetime] = {}
    for table in ("search_attempt", "stay_decision"):
        sql = (
            f"SELECT kind, max(at) FROM {table} WHERE stay_id = ?"
            f" AND kind IN ({','.join('?' * len(wanted))}) GROUP BY kind"
        )
        for kind, at in s.connection().exec_driver_sql(sql, (stay_id, *wanted)):
            moment = _utc(at)
            if kind not in out or moment > out[kind]:
                out[kind] = moment
    return out


def _latest_columns(s: Session, index: dict[int, int], kinds: set[str]) -> dict[str, np.ndarray]:
    """For every step kind a rule is cleared by: the latest time each case (by position in
    ``index``, open stays only) recorded it, NaT where never; parsed by numpy, not row by row."""
    wanted = sorted(kinds)
    out = {k: np.full(len(index), np.datetime64("NaT"), dtype="datetime64[us]") for k in wanted}
    for table in ("search_attempt", "stay_decision"):
        sql = (
            # CROSS JOIN: SQLite then walks the open stays and seeks each one's steps in the
            # (stay, kind, time) index, instead of reading every step of every stay ever.
            f"SELECT t.stay_id, t.kind, max(t.at) FROM stay s CROSS JOIN {table} t"
            " WHERE t.stay_id = s.id AND s.departed_at IS NULL"
            f" AND t.kind IN ({','.join('?' * len(wanted))}) GROUP BY t.stay_id, t.kind"
        )
        cursor = s.connection().connection.cursor()
        try:
            cursor.execute(sql, tuple(wanted))
            result = cursor.fetchall()
        finally:
            cursor.close()
        by_kind: dict[str, tuple[list[int], list[object]]] = {}
        for stay_id, kind, at in result:
            if stay_id in index:
                positions, times = by_kind.setdefault(kind, ([], []))
                positions.append(index[stay_id])
                times.append(at.replace(tzinfo=None) if isinstance(at, dt.datetime) else at)
        for kind, (positions, times) in by_kind.items():
            parsed = np.array(times, dtype="datetime64[us]")
            target = out[kind]
            where = np.array(positions, dtype=np.int64)
            current = target[where]
            target[where] = np.where(np.isnat(current) | (parsed > current), parsed, current)
    return out


def _follow_ups(
    s: Session, stay_id: int | None
) -> dict[int, list[tuple[str, dt.datetime, dt.date]]]:
    """Follow-up days set on attempts with no later attempt of the same kind (open stays)."""
    sql = (
        "SELECT a.stay_id, a.kind, a.at, a.follow_up_on FROM search_attempt a"
        " JOIN stay st ON st.id = a.stay_id WHERE st.departed_at IS NULL"
        # a range, not IS NOT NULL: only a range lets SQLite walk the follow-up index
        " AND a.follow_up_on >= ? AND NOT EXISTS (SELECT 1 FROM search_attempt b"
        " WHERE b.stay_id = a.stay_id AND b.kind = a.kind AND b.at > a.at)"
        + (" AND a.stay_id = ?" if stay_id is not None else "")
    )
    out: dict[int, list[tuple[str, dt.datetime, dt.date]]] = {}
    params = (dt.date(1900, 1, 1).isoformat(), *((stay_id,) if stay_id is not None else ()))
    for sid, kind, at, on in s.connection().exec_driver_sql(sql, params):
        day = on if isinstance(on, dt.date) else dt.date.fromisoformat(on)
        out.setdefault(sid, []).append((kind, _utc(at), day))
    return out


def _utc(value: str | dt.datetime) -> dt.datetime:
    """A stored UTC time as the driver returns it (SQLite: text; PostgreSQL: a datetime)."""
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def _facts(row: Any, done: dict[str, dt.datetime], today: dt.date) -> CaseFacts:
    """What the rules read, from a row with the person's and the stay's columns."""
    return CaseFacts(
        admitted_at=row.admitted_at,
        identified=row.identified_at is not None or row.id_number is not None,
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
