"""The audit trail: who changed what, when, with the values before and after."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from station.domain.clock import utcnow
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.store.audit_chain import CHAIN_LOCK, GENESIS, event_hash
from station.store.models import AuditEvent, AuditEventPublic, Person, StaffPublic

# What each recorded action is called in the case file's timeline and the audit viewer.
ACTION_LABELS = {
    "intake.register": QT_TRANSLATE_NOOP("AuditTrail", "入站登记"),
    "person.update": QT_TRANSLATE_NOOP("AuditTrail", "修改资料"),
    "person.merge": QT_TRANSLATE_NOOP("AuditTrail", "合并重复档案"),
    "photo.add": QT_TRANSLATE_NOOP("AuditTrail", "添加照片"),
    "belonging.receive": QT_TRANSLATE_NOOP("AuditTrail", "接收保管物品"),
    "belonging.return": QT_TRANSLATE_NOOP("AuditTrail", "归还物品"),
    "demo.close_stay": QT_TRANSLATE_NOOP("AuditTrail", "离站（示例数据）"),
    "placement.add": QT_TRANSLATE_NOOP("AuditTrail", "送医 / 安置"),
    "placement.end": QT_TRANSLATE_NOOP("AuditTrail", "结束安置"),
    "placement.cost": QT_TRANSLATE_NOOP("AuditTrail", "补记安置费用"),
    "search.attempt": QT_TRANSLATE_NOOP("AuditTrail", "记录寻亲"),
    "search.attempt_update": QT_TRANSLATE_NOOP("AuditTrail", "更新寻亲记录"),
    "stay.decision": QT_TRANSLATE_NOOP("AuditTrail", "救助期限 / 安置决定"),
    "person.identified": QT_TRANSLATE_NOOP("AuditTrail", "身份已查明"),
    "person.identify": QT_TRANSLATE_NOOP("AuditTrail", "身份查明"),
    "stay.depart": QT_TRANSLATE_NOOP("AuditTrail", "离站"),
    "person.name_add": QT_TRANSLATE_NOOP("AuditTrail", "添加名字"),
    "document.print": QT_TRANSLATE_NOOP("AuditTrail", "打印文书"),
    "document.reprint": QT_TRANSLATE_NOOP("AuditTrail", "重印文书"),
    "document.sheet": QT_TRANSLATE_NOOP("AuditTrail", "打印公告汇总"),
    "match.search": QT_TRANSLATE_NOOP("AuditTrail", "照片比对"),
    "match.decide": QT_TRANSLATE_NOOP("AuditTrail", "比对判断"),
    "match.cross": QT_TRANSLATE_NOOP("AuditTrail", "自动比对"),
    "match.reopen": QT_TRANSLATE_NOOP("AuditTrail", "新照片使已排除的候选人重新待审"),
    "match.bands": QT_TRANSLATE_NOOP("AuditTrail", "修改比对阈值"),
    "list.import": QT_TRANSLATE_NOOP("AuditTrail", "导入寻人名单"),
    "list.export": QT_TRANSLATE_NOOP("AuditTrail", "导出寻人名单"),
    "list.delete": QT_TRANSLATE_NOOP("AuditTrail", "删除寻人名单"),
    "deadline_rule.update": QT_TRANSLATE_NOOP("AuditTrail", "修改期限规则"),
    "calendar.day": QT_TRANSLATE_NOOP("AuditTrail", "修改工作日历"),
    "station.settings": QT_TRANSLATE_NOOP("AuditTrail", "修改本站信息"),
    "staff.create_first_admin": QT_TRANSLATE_NOOP("AuditTrail", "创建首个管理员"),
    "staff.create": QT_TRANSLATE_NOOP("AuditTrail", "新建账号"),
    "staff.update": QT_TRANSLATE_NOOP("AuditTrail", "修改账号"),
    "staff.login": QT_TRANSLATE_NOOP("AuditTrail", "登录"),
    "staff.login_failed": QT_TRANSLATE_NOOP("AuditTrail", "登录失败"),
    "staff.login_locked": QT_TRANSLATE_NOOP("AuditTrail", "登录被拒（账号锁定中）"),
    "staff.login_inactive": QT_TRANSLATE_NOOP("AuditTrail", "登录被拒（账号已停用）"),
    "staff.locked": QT_TRANSLATE_NOOP("AuditTrail", "账号锁定"),
    "staff.confirm_failed": QT_TRANSLATE_NOOP("AuditTrail", "确认密码错误"),
    "staff.unlock_screen": QT_TRANSLATE_NOOP("AuditTrail", "解锁屏幕"),
    "staff.password_change": QT_TRANSLATE_NOOP("AuditTrail", "修改密码"),
    "staff.password_reset": QT_TRANSLATE_NOOP("AuditTrail", "重置密码"),
    "audit.export": QT_TRANSLATE_NOOP("AuditTrail", "导出审计记录"),
    "station.migrate_db": QT_TRANSLATE_NOOP("AuditTrail", "迁移到此数据库"),
}


def snapshot(row: Any, fields: Iterable[str]) -> dict[str, Any]:
    """The named fields of a row as JSON-ready values."""
    return {name: _jsonable(getattr(row, name)) for name in fields}


def changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, as (before, after)."""
    keys = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def record(
    session: Session,
    actor: StaffPublic | None,
    action: str,
    *,
    entity: str,
    entity_id: int | None,
    person_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> None:
    event = AuditEvent(
        at=at or utcnow(),
        staff_id=actor.id if actor else None,
        action=action,
        entity=entity,
        entity_id=entity_id,
        person_id=person_id,
        before_json=_dump(before),
        after_json=_dump(after),
    )
    event.prev_hash = _chain_end(session)
    event.hash = event_hash(event.prev_hash, event.model_dump())
    session.info["audit_chain_end"] = event.hash
    session.add(event)


def _chain_end(session: Session) -> str:
    """The hash the next event continues from: this transaction's last, else the stored last."""
    held = session.info.get("audit_chain_end")
    if held is not None:
        return str(held)
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":  # two workstations never extend the chain at once
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
    last = session.execute(
        text("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
    ).scalar_one_or_none()
    return last or GENESIS


def for_person(session: Session, person_id: int) -> list[AuditEventPublic]:
    """The person's events, with those of the records merged into theirs."""
    ids, merged = {person_id}, [person_id]
    while merged:
        merged = [
            i
            for i in session.exec(
                select(Person.id).where(col(Person.merged_into).in_(merged))
            ).all()
            if i is not None and i not in ids
        ]
        ids.update(merged)
    rows = session.exec(
        select(AuditEvent)
        .where(col(AuditEvent.person_id).in_(ids))
        .order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc())
    ).all()
    return [AuditEventPublic.model_validate(r, from_attributes=True) for r in rows]


def _dump(values: dict[str, Any] | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value
