"""物品保管: belongings taken into custody at intake and returned at departure."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from station.domain.clock import format_local, utcnow
from station.domain.errors import InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.services import audit, permissions
from station.services.forms import BelongingData, check_belongings, clean
from station.store.database import Database
from station.store.models import Belonging, BelongingPublic, StaffPublic, Stay

MSG_NO_STAY = QT_TRANSLATE_NOOP("UserError", "找不到这次入站记录（编号 {id}）")
MSG_NO_ITEM = QT_TRANSLATE_NOOP("UserError", "找不到这件保管物品（编号 {id}）")
MSG_ALREADY_RETURNED = QT_TRANSLATE_NOOP("UserError", "物品“{item}”已于 {when} 归还，不能重复归还")
MSG_RETURNED_TO = QT_TRANSLATE_NOOP("UserError", "请填写领回物品的人")


class BelongingService:
    def __init__(self, db: Database, *, now=utcnow) -> None:  # type: ignore[no-untyped-def]
        self._db = db
        self._now = now

    def receive(self, stay_id: int, data: BelongingData, by: StaffPublic) -> BelongingPublic:
        errors = check_belongings([data])
        if errors:
            raise InvalidInput(errors)
        now = self._now()
        with self._db.write() as session:
            permissions.require(session, by, Action.REGISTER)
            stay = session.get(Stay, stay_id)
            if stay is None:
                raise UserError(MSG_NO_STAY, id=stay_id)
            row = Belonging(
                stay_id=stay_id,
                item=data.item,
                quantity=data.quantity,
                amount_fen=data.amount_fen,
                condition=data.condition,
                notes=data.notes,
                received_at=now,
                received_by=by.id,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                by,
                "belonging.receive",
                entity="belonging",
                entity_id=row.id,
                person_id=stay.person_id,
                after=audit.snapshot(row, ("item", "quantity", "amount_fen", "condition", "notes")),
                at=now,
            )
            return BelongingPublic.model_validate(row, from_attributes=True)

    def give_back(self, belonging_id: int, returned_to: str, by: StaffPublic) -> BelongingPublic:
        """Record that an item left custody, to whom and by whose hand."""
        to = clean(returned_to)
        if not to:
            raise UserError(MSG_RETURNED_TO)
        now = self._now()
        with self._db.write() as session:
            permissions.require(session, by, Action.BELONGINGS)
            row = session.get(Belonging, belonging_id)
            if row is None:
                raise UserError(MSG_NO_ITEM, id=belonging_id)
            hand_back(session, row, to, by, now)
            return BelongingPublic.model_validate(row, from_attributes=True)


def hand_back(session: Session, row: Belonging, to: str, by: StaffPublic, at: dt.datetime) -> None:
    """Record an item leaving custody, inside the caller's transaction, audited."""
    if row.returned_at is not None:
        raise UserError(MSG_ALREADY_RETURNED, item=row.item, when=format_local(row.returned_at))
    row.returned_at, row.returned_to, row.returned_by = at, to, by.id
    session.add(row)
    stay = session.get(Stay, row.stay_id)
    audit.record(
        session,
        by,
        "belonging.return",
        entity="belonging",
        entity_id=row.id,
        person_id=stay.person_id if stay else None,
        before={"returned_at": None},
        after={"item": row.item, "returned_to": to, "returned_at": at.isoformat()},
        at=at,
    )
