"""The audit trail: who changed what, when, with the values before and after."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, col, select

from station.domain.clock import utcnow
from station.store.models import AuditEvent, AuditEventPublic, StaffPublic


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
    session.add(
        AuditEvent(
            at=at or utcnow(),
            staff_id=actor.id if actor else None,
            action=action,
            entity=entity,
            entity_id=entity_id,
            person_id=person_id,
            before_json=_dump(before),
            after_json=_dump(after),
        )
    )


def for_person(session: Session, person_id: int) -> list[AuditEventPublic]:
    rows = session.exec(
        select(AuditEvent)
        .where(AuditEvent.person_id == person_id)
        .order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc())
    ).all()
    return [AuditEventPublic.model_validate(r, from_attributes=True) for r in rows]


def _dump(values: dict[str, Any] | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value
