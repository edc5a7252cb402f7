"""The audit trail read back: filtered by person, staff, action and period, and exported for an
inspection (the export states what it holds and is itself audited)."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, func, select

from station.domain.clock import format_local, local_days, utcnow
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.interop.cells import csv_row
from station.services import audit, permissions
from station.store.database import Database
from station.store.models import AuditEvent, Person, Staff, StaffPublic

MSG_WRITE = QT_TRANSLATE_NOOP("UserError", "无法写入文件 {path}：{reason}")
EXPORT_NOTE = QT_TRANSLATE_NOOP(
    "AuditTrail",
    "本文件含个人信息（姓名、证件号等修改前后的内容），仅供检查使用，请妥善保管，用后销毁。",
)


@dataclass(frozen=True)
class AuditFilter:
    person_id: int | None = None
    staff_id: int | None = None
    action: str | None = None  # one action ("person.update") or a family ("staff.")
    start: dt.date | None = None  # local days, both included
    end: dt.date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    staff: str  # the account's name, or "" for the system / a failed login
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    person: str
    before_json: str | None
    after_json: str | None


class AuditTrailService:
    def __init__(self, db: Database, *, now: Callable[[], dt.datetime] = utcnow) -> None:
        self.db = db
        self.now = now

    def actions(self) -> list[str]:
        """Every action the trail holds, for the viewer's choice."""
        with self.db.read() as s:
            return list(s.exec(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))

    def search(
        self, by: StaffPublic, f: AuditFilter, *, offset: int = 0, limit: int = 500
    ) -> tuple[list[AuditRow], int]:
        """One page of matching events, newest first, and how many match in all."""
        with self.db.read() as s:
            permissions.require(s, by, Action.AUDIT)
            conditions = _conditions(f)
            total = s.exec(select(func.count()).select_from(AuditEvent).where(*conditions)).one()
            return _rows(s, conditions, offset, limit), total

    def export(self, by: StaffPublic, f: AuditFilter, path: Path) -> int:
        """Write the matching events to a CSV file (Excel opens it); the export is audited."""
        now = self.now()
        with self.db.read() as s:
            staff = permissions.require(s, by, Action.AUDIT)
            permissions.require(s, by, Action.EXPORT)
            rows = _rows(s, _conditions(f), 0, None)
        header = [
            ["Station 审计记录导出 / audit trail export"],
            ["导出人 / by", staff.display_name, "时间 / at", format_local(now)],
            ["条件 / filter", _describe(f)],
            ["条数 / events", str(len(rows))],
            [EXPORT_NOTE],
            [],
            ["编号", "时间", "工作人员", "操作", "对象", "对象编号", "人员编号", "人员",
             "修改前", "修改后"],
        ]  # fmt: skip
        tmp = path.with_name(f".{path.name}.partial")
        try:
            with tmp.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerows(csv_row(line) for line in header)
                for r in rows:
                    writer.writerow(csv_row(
                        [r.id, format_local(r.at), r.staff, r.action, r.entity, r.entity_id or "",
                         r.person_id or "", r.person, r.before_json or "", r.after_json or ""]
                    ))  # fmt: skip
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise UserError(MSG_WRITE, path=str(path), reason=exc.strerror or str(exc)) from exc
        with self.db.write() as s:
            audit.record(s, by, "audit.export", entity="audit_event", entity_id=None,
                         after={"filter": _describe(f), "events": len(rows), "file": str(path)},
                         at=now)  # fmt: skip
        return len(rows)


def _conditions(f: AuditFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if f.person_id is not None:
        out.append(col(AuditEvent.person_id) == f.person_id)
    if f.staff_id is not None:
        out.append(col(AuditEvent.staff_id) == f.staff_id)
    if f.action:
        if f.action.endswith("."):
            out.append(col(AuditEvent.action).startswith(f.action))
        else:
            out.append(col(AuditEvent.action) == f.action)
    if f.start is not None or f.end is not None:
        lo, hi = local_days(f.start or dt.date(1900, 1, 1), f.end or dt.date(9999, 12, 30))
        out += [col(AuditEvent.at) >= lo, col(AuditEvent.at) < hi]
    return out


def _rows(
    s: Session, conditions: list[ColumnElement[bool]], offset: int, limit: int | None
) -> list[AuditRow]:
    query = (
        select(AuditEvent, Staff.display_name, Person.name)
        .join(Staff, col(Staff.id) == col(AuditEvent.staff_id), isouter=True)
        .join(Person, col(Person.id) == col(AuditEvent.person_id), isouter=True)
        .where(*conditions)
        .order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc())
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        AuditRow(e.id or 0, e.at, who or "", e.action, e.entity, e.entity_id, e.person_id,
                 name or "", e.before_json, e.after_json)
        for e, who, name in s.exec(query)
    ]  # fmt: skip


def _describe(f: AuditFilter) -> str:
    parts = []
    if f.person_id is not None:
        parts.append(f"人员 {f.person_id}")
    if f.staff_id is not None:
        parts.append(f"工作人员 {f.staff_id}")
    if f.action:
        parts.append(f"操作 {f.action}")
    if f.start or f.end:
        parts.append(f"{f.start or '…'} 至 {f.end or '…'}")
    return "；".join(parts) or "全部"
