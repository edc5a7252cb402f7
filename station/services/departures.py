"""离站: ending a stay — family pickup, escort home, placement, transfer, own will, death …

One transaction: the checks of :mod:`station.domain.departure`, the belongings still in custody handed
back (a departure never leaves them behind unrecorded), the current placement ended, the stay closed,
the departure kept with everything the forms need; each step audited. A departed person can be admitted
again: the new stay is recorded under the same person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from station.domain import departure as rules
from station.domain.clock import local_date, utcnow
from station.domain.departure import MSG_APPROVER, DepartureKind, EscortTrip, Relative
from station.domain.enums import Role, StayStatus
from station.domain.errors import FieldError, InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.domain.person_rules import display_name
from station.services import audit, permissions
from station.services.belongings import hand_back
from station.services.deadlines import case_flags
from station.services.forms import clean
from station.services.intake import MSG_NO_PERSON
from station.store.case_models import Departure, DeparturePublic, Placement
from station.store.database import Database
from station.store.models import Belonging, Person, Staff, StaffPublic, Stay

MSG_NOT_IN = QT_TRANSLATE_NOOP("UserError", "{name} 已于 {at} 离站，不能重复办理离站")
MSG_IN_CUSTODY = QT_TRANSLATE_NOOP(
    "UserError",
    "还有 {n} 件随身物品在保管中（{items}）。请先归还，或在离站时选择交还给本人或接领人。",
)

MSG_SELF_APPROVAL = QT_TRANSLATE_NOOP(
    "UserError",
    "批准须由另一位站长作出：办理离站的人不能批准自己办理的离站。请另一位站长在此输入密码确认。",
)
MSG_TEMPORARY = QT_TRANSLATE_NOOP(
    "UserError",
    "{name}还在使用管理员设置的临时密码，不能用它确认批准：请{name}先登录 Station 设置自己的密码",
)
MSG_NO_DIRECTOR = QT_TRANSLATE_NOOP(
    "UserError",
    "此人离站须由站长批准，但本站还没有可以批准的站长账号：请管理员在“账号 → 账号管理”中为站长"
    "建立账号，站长本人登录并设置自己的密码后，即可在此确认批准",
)
MSG_UNCONFIRMED = QT_TRANSLATE_NOOP(
    "UserError",
    "须由{name}本人确认批准：请{name}在此输入自己的密码，或由{name}登录后办理离站",
)

AUDIT_FIELDS = (
    "kind", "departed_at", "destination", "health", "cash_fen", "cash_receipt", "declaration_signed",
    "approved_by", "relative_name", "relative_id_number", "relative_relationship",
    "relative_documents", "escorts", "vehicle", "route", "trip_departed_at", "trip_arrived_at",
    "receiver", "handed_to", "handed_at",
)  # fmt: skip


@dataclass
class DepartureData:
    kind: DepartureKind
    departed_at: dt.datetime
    destination: str | None = None
    notes: str | None = None
    health: str | None = None  # at the handover: printed on the escort and pickup forms
    relative: Relative = field(default_factory=Relative)
    trip: EscortTrip = field(default_factory=EscortTrip)
    approved_by: int | None = None
    approver_password: str | None = None  # the director's own confirmation (never stored)
    declaration_signed: bool = False
    cash_fen: int | None = None
    cash_receipt: str | None = None
    # Hand every belonging still in custody to this person as part of the departure.
    belongings_to: str | None = None


class DepartureService:
    def __init__(
        self,
        db: Database,
        *,
        now: Callable[[], dt.datetime] = utcnow,
        confirm: Callable[[int, str], bool] = lambda _staff, _password: False,
    ) -> None:
        self.db = db
        self.now = now
        # A director named as approver confirms with their password unless recording it themselves.
        self.confirm = confirm

    def directors(self) -> list[StaffPublic]:
        """Who may approve releasing a minor or a person who cannot decide for themselves."""
        with self.db.read() as s:
            rows = s.exec(
                select(Staff).where(Staff.role == Role.DIRECTOR.value, col(Staff.active))
            ).all()
            return [StaffPublic.model_validate(r, from_attributes=True) for r in rows]

    def for_person(self, person_id: int) -> list[DeparturePublic]:
        with self.db.read() as s:
            rows = s.exec(
                select(Departure)
                .where(Departure.person_id == person_id)
                .order_by(col(Departure.departed_at).desc())
            ).all()
            return [DeparturePublic.model_validate(r, from_attributes=True) for r in rows]

    def depart(self, person_id: int, data: DepartureData, by: StaffPublic) -> DeparturePublic:
        now = self.now()
        # Checked before the save's transaction (a wrong password is audited on its own).
        # Approval is a second person's: a director recording the departure cannot approve it.
        self_approved = data.approved_by == by.id
        confirmed = (
            not self_approved
            and data.approved_by is not None
            and self.confirm(data.approved_by, data.approver_password or "")
        )
        with self.db.write() as s:
            permissions.require(s, by, Action.DEPART)
            person = s.get(Person, person_id)
            if person is None:
                raise UserError(MSG_NO_PERSON, id=person_id)
            stay = s.get(Stay, person.latest_stay_id) if person.latest_stay_id else None
            assert stay is not None
            if stay.departed_at is not None:
                raise UserError(
                    MSG_NOT_IN,
                    name=display_name(person.name, stay.case_number),
                    at=stay.departed_at.isoformat(" ", "minutes"),
                )
            approver = s.get(Staff, data.approved_by) if data.approved_by else None
            director = (
                approver is not None and approver.role == Role.DIRECTOR.value and approver.active
            )
            flags = case_flags(person, stay, local_date(data.departed_at))
            vulnerable = [f.label for f in flags if f.cannot_decide]
            errors = rules.check(
                data.kind,
                data.departed_at,
                admitted_at=stay.admitted_at,
                now=now,
                vulnerable=vulnerable,
                relative=data.relative,
                trip=data.trip,
                approver_is_director=director,
                declaration_signed=data.declaration_signed,
                cash_fen=data.cash_fen,
                cash_receipt=clean(data.cash_receipt),
            )
            needs = approver is None and any(e.template == MSG_APPROVER for e in errors)
            if needs and not _can_approve(s):  # say what to do, not only what is missing
                errors = [e for e in errors if e.template != MSG_APPROVER]
                errors.append(FieldError("approved_by", MSG_NO_DIRECTOR))
            if director and approver is not None and self_approved:
                errors.append(FieldError("approved_by", MSG_SELF_APPROVAL))
            elif director and approver is not None and approver.must_change_password:
                errors.append(
                    FieldError("approved_by", MSG_TEMPORARY, {"name": approver.display_name})
                )
            elif director and approver is not None and not confirmed:
                errors.append(
                    FieldError("approved_by", MSG_UNCONFIRMED, {"name": approver.display_name})
                )
            kept = s.exec(
                select(Belonging).where(
                    Belonging.stay_id == stay.id, col(Belonging.returned_at).is_(None)
                )
            ).all()
            to = clean(data.belongings_to)
            if kept and not to:
                items = "、".join(b.item for b in kept)
                errors.append(
                    FieldError("belongings", MSG_IN_CUSTODY, {"n": len(kept), "items": items})
                )
            if errors:
                raise InvalidInput(errors)
            for item in kept:
                assert to is not None
                hand_back(s, item, to, by, data.departed_at)
            for placement in s.exec(
                select(Placement).where(
                    Placement.stay_id == stay.id, col(Placement.ended_on).is_(None)
                )
            ).all():
                placement.ended_on = max(placement.started_on, local_date(data.departed_at))
                s.add(placement)
                audit.record(
                    s, by, "placement.end", entity="placement", entity_id=placement.id,
                    person_id=person_id, after={"ended_on": placement.ended_on.isoformat()},
                    at=now,
                )  # fmt: skip
            stay.status, stay.departed_at = StayStatus.DEPARTED.value, data.departed_at
            s.add(stay)
            r, t = data.relative, data.trip
            row = Departure(
                stay_id=stay.id,
                person_id=person_id,
                kind=data.kind.value,
                departed_at=data.departed_at,
                destination=clean(data.destination),
                notes=clean(data.notes),
                health=clean(data.health),
                cash_fen=data.cash_fen,
                cash_receipt=clean(data.cash_receipt),
                declaration_signed=data.declaration_signed,
                approved_by=approver.id if approver else None,
                relative_name=clean(r.name),
                relative_id_number=clean(r.id_number),
                relative_relationship=clean(r.relationship),
                relative_phone=clean(r.phone),
                relative_documents="，".join(r.documents) if r.documents else None,
                escorts="，".join(e.strip() for e in t.escorts or [] if e.strip()) or None,
                vehicle=clean(t.vehicle),
                route=clean(t.route),
                trip_departed_at=t.departed_at,
                trip_arrived_at=t.arrived_at,
                receiver=clean(t.receiver),
                handed_to=clean(t.handed_to),
                handed_at=t.handed_at,
                created_by=by.id,
                created_at=now,
            )
            s.add(row)
            s.flush()
            audit.record(
                s, by, "stay.depart", entity="departure", entity_id=row.id, person_id=person_id,
                after=audit.snapshot(row, AUDIT_FIELDS), at=now,
            )  # fmt: skip
            return DeparturePublic.model_validate(row, from_attributes=True)


def _can_approve(s: Session) -> bool:
    """Whether any active director has set their own password (and so can confirm)."""
    return (
        s.exec(
            select(Staff.id).where(
                Staff.role == Role.DIRECTOR.value,
                col(Staff.active),
                col(Staff.must_change_password).is_(False),
            )
        ).first()
        is not None
    )
