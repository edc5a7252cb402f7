"""送医 / 安置: where a person in the station's care is, and where they have been.

Placements belong to the current stay. At most one is current (no end date); recording a new current
placement ends the one before on the day the new one starts (a transfer: hospital → psychiatric
hospital → welfare home). Placements never overlap: a history entry that would is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from station.domain.casework import PlacementKind
from station.domain.clock import local_date, utcnow
from station.domain.errors import FieldError, InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.domain.person_rules import display_name
from station.services import audit, permissions
from station.services.forms import clean
from station.services.intake import MSG_NO_PERSON
from station.store.case_models import Placement, PlacementPublic
from station.store.database import Database
from station.store.models import Person, StaffPublic, Stay

MSG_NOT_IN_CARE = QT_TRANSLATE_NOOP(
    "UserError", "{name} 已离站，不在本站照料中，无法登记送医或安置。如再次入站，请先办理入站登记。"
)
MSG_BEFORE_ADMISSION = QT_TRANSLATE_NOOP("UserError", "开始日期 {day} 早于本次入站日期 {admitted}")
MSG_FUTURE = QT_TRANSLATE_NOOP("UserError", "日期 {day} 在今天之后")
MSG_END_BEFORE_START = QT_TRANSLATE_NOOP("UserError", "结束日期 {end} 早于开始日期 {start}")
MSG_OVERLAP = QT_TRANSLATE_NOOP(
    "UserError",
    "与已登记的安置重叠：{kind}（{facility}，{start} 至 {end}）。同一时间只能在一处，请核对日期。",
)
TODAY_LABEL = QT_TRANSLATE_NOOP("Vocabulary", "今")
MSG_FACILITY = QT_TRANSLATE_NOOP("UserError", "请填写医院或机构名称")
MSG_COST = QT_TRANSLATE_NOOP("UserError", "费用应为不小于 0 的金额（元），最多两位小数")
MSG_COST_LIMIT = QT_TRANSLATE_NOOP("UserError", "费用合计不能超过 {limit} 元，请核对金额")
MSG_COST_ADDED = QT_TRANSLATE_NOOP("UserError", "请填写补记的费用金额（大于 0 元）")
MAX_COST_FEN = 2_000_000_000  # 2 000 万元: what one placement's bills can add up to (fits INTEGER)
MSG_NO_PLACEMENT = QT_TRANSLATE_NOOP("UserError", "安置记录不存在（编号 {id}）")
MSG_ALREADY_ENDED = QT_TRANSLATE_NOOP("UserError", "这条安置记录已于 {day} 结束")

AUDIT_FIELDS = (
    "kind", "facility", "started_on", "ended_on", "reason", "cost_fen", "escort", "outcome",
)  # fmt: skip


@dataclass
class PlacementData:
    kind: PlacementKind
    started_on: dt.date
    facility: str | None = None
    ended_on: dt.date | None = None
    reason: str | None = None
    cost_fen: int | None = None
    escort: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class BoardRow:
    """One person in the station's care on the status board."""

    person_id: int
    title: str
    case_number: str
    where: str  # a PlacementKind value, or "in_station"
    facility: str | None
    since: dt.date
    days: int


IN_STATION = "in_station"


class PlacementService:
    def __init__(self, db: Database, *, now: Callable[[], dt.datetime] = utcnow) -> None:
        self.db = db
        self.now = now

    def history(self, person_id: int) -> list[PlacementPublic]:
        with self.db.read() as s:
            rows = s.exec(
                select(Placement)
                .where(Placement.person_id == person_id)
                .order_by(col(Placement.started_on).desc(), col(Placement.id).desc())
            ).all()
            return [PlacementPublic.model_validate(r, from_attributes=True) for r in rows]

    def place(self, person_id: int, data: PlacementData, by: StaffPublic) -> PlacementPublic:
        """Record a placement (current when it has no end date); audited with any it ends."""
        now = self.now()
        with self.db.write() as s:
            permissions.require(s, by, Action.PLACEMENT)
            stay = _in_care(s, person_id)
            _check(data, stay, local_date(now))
            others = s.exec(select(Placement).where(Placement.stay_id == stay.id)).all()
            ended: Placement | None = None
            for other in others:
                if other.ended_on is None and data.ended_on is None:
                    if other.started_on > data.started_on:
                        raise _overlap(other)
                    ended = other  # a transfer: the current one ends as the new one starts
                    continue
                if _overlaps(other, data):
                    raise _overlap(other)
            if ended is not None:
                before = audit.snapshot(ended, AUDIT_FIELDS)
                ended.ended_on = data.started_on
                s.add(ended)
                audit.record(
                    s, by, "placement.end", entity="placement", entity_id=ended.id,
                    person_id=person_id, before=before,
                    after=audit.snapshot(ended, AUDIT_FIELDS), at=now,
                )  # fmt: skip
            row = Placement(
                person_id=person_id,
                stay_id=stay.id,
                kind=data.kind.value,
                facility=clean(data.facility),
                started_on=data.started_on,
                ended_on=data.ended_on,
                reason=clean(data.reason),
                cost_fen=data.cost_fen,
                escort=clean(data.escort),
                outcome=clean(data.outcome),
                created_at=now,
                created_by=by.id,
            )
            s.add(row)
            s.flush()
            audit.record(
                s, by, "placement.add", entity="placement", entity_id=row.id,
                person_id=person_id, after=audit.snapshot(row, AUDIT_FIELDS), at=now,
            )  # fmt: skip
            return PlacementPublic.model_validate(row, from_attributes=True)

    def end(
        self,
        placement_id: int,
        ended_on: dt.date,
        by: StaffPublic,
        *,
        outcome: str | None = None,
        cost_fen: int | None = None,
    ) -> PlacementPublic:
        """End the current placement (discharged, back in the station)."""
        now = self.now()
        with self.db.write() as s:
            permissions.require(s, by, Action.PLACEMENT)
            row = s.get(Placement, placement_id)
            if row is None:
                raise UserError(MSG_NO_PLACEMENT, id=placement_id)
            if row.ended_on is not None:
                raise UserError(MSG_ALREADY_ENDED, day=row.ended_on.isoformat())
            errors = []
            if ended_on < row.started_on:
                errors.append(FieldError("ended_on", MSG_END_BEFORE_START,
                                         {"end": ended_on.isoformat(),
                                          "start": row.started_on.isoformat()}))  # fmt: skip
            if ended_on > local_date(now):
                errors.append(FieldError("ended_on", MSG_FUTURE, {"day": ended_on.isoformat()}))
            errors += _over_limit(cost_fen)
            if errors:
                raise InvalidInput(errors)
            before = audit.snapshot(row, AUDIT_FIELDS)
            row.ended_on = ended_on
            row.outcome = clean(outcome) or row.outcome
            row.cost_fen = cost_fen if cost_fen is not None else row.cost_fen
            s.add(row)
            audit.record(
                s, by, "placement.end", entity="placement", entity_id=row.id,
                person_id=row.person_id, before=before,
                after=audit.snapshot(row, AUDIT_FIELDS), at=now,
            )  # fmt: skip
            return PlacementPublic.model_validate(row, from_attributes=True)

    def add_cost(
        self, placement_id: int, cost_fen: int | None, by: StaffPublic, *, note: str | None = None
    ) -> PlacementPublic:
        """补记费用: a bill that comes in later (also after the placement or the stay ended) is
        added to the placement's cost; the amount and its note are kept in the audit trail."""
        now = self.now()
        with self.db.write() as s:
            permissions.require(s, by, Action.PLACEMENT)
            row = s.get(Placement, placement_id)
            if row is None:
                raise UserError(MSG_NO_PLACEMENT, id=placement_id)
            if cost_fen is None or cost_fen <= 0:
                raise InvalidInput([FieldError("cost", MSG_COST_ADDED)])
            total = (row.cost_fen or 0) + cost_fen
            if over := _over_limit(total):
                raise InvalidInput(over)
            before = {"cost_fen": row.cost_fen}
            row.cost_fen = total
            s.add(row)
            audit.record(
                s, by, "placement.cost", entity="placement", entity_id=row.id,
                person_id=row.person_id, before=before,
                after={"cost_fen": total, "added_fen": cost_fen, "note": clean(note)}, at=now,
            )  # fmt: skip
            return PlacementPublic.model_validate(row, from_attributes=True)

    def board(self) -> list[BoardRow]:
        """Everyone in the station's care, with where they are now and since when."""
        today = local_date(self.now())
        with self.db.read() as s:
            rows = s.exec(
                select(
                    Person.id,
                    Person.name,
                    Stay.case_number,
                    Stay.admitted_at,
                    Placement.kind,
                    Placement.facility,
                    Placement.started_on,
                )
                .join(Stay, col(Stay.id) == col(Person.latest_stay_id))
                .join(
                    Placement,
                    (col(Placement.stay_id) == col(Stay.id)) & col(Placement.ended_on).is_(None),
                    isouter=True,
                )
                .where(col(Stay.departed_at).is_(None))
                .order_by(col(Stay.admitted_at))
            ).all()
        out = []
        for person_id, name, case, admitted_at, kind, facility, started_on in rows:
            if kind is None or kind == PlacementKind.STATION:
                where, facility = IN_STATION, None
                since = started_on or local_date(admitted_at)
            else:
                where, since = kind, started_on
            title = display_name(name, case)
            out.append(
                BoardRow(person_id, title, case, where, facility, since, (today - since).days)
            )
        return out


def _in_care(s: Session, person_id: int) -> Stay:
    person = s.get(Person, person_id)
    if person is None:
        raise UserError(MSG_NO_PERSON, id=person_id)
    stay = s.get(Stay, person.latest_stay_id) if person.latest_stay_id else None
    if stay is None or stay.departed_at is not None:
        raise UserError(
            MSG_NOT_IN_CARE, name=display_name(person.name, stay.case_number if stay else None)
        )
    return stay


def _check(data: PlacementData, stay: Stay, today: dt.date) -> None:
    errors = []
    admitted = local_date(stay.admitted_at)
    if data.kind not in (PlacementKind.STATION,) and not clean(data.facility):
        errors.append(FieldError("facility", MSG_FACILITY))
    if data.started_on < admitted:
        errors.append(FieldError("started_on", MSG_BEFORE_ADMISSION,
                                 {"day": data.started_on.isoformat(),
                                  "admitted": admitted.isoformat()}))  # fmt: skip
    if data.started_on > today:
        errors.append(FieldError("started_on", MSG_FUTURE, {"day": data.started_on.isoformat()}))
    if data.ended_on is not None:
        if data.ended_on < data.started_on:
            errors.append(FieldError("ended_on", MSG_END_BEFORE_START,
                                     {"end": data.ended_on.isoformat(),
                                      "start": data.started_on.isoformat()}))  # fmt: skip
        elif data.ended_on > today:
            errors.append(FieldError("ended_on", MSG_FUTURE, {"day": data.ended_on.isoformat()}))
    if data.cost_fen is not None and data.cost_fen < 0:
        errors.append(FieldError("cost", MSG_COST))
    else:
        errors += _over_limit(data.cost_fen)
    if errors:
        raise InvalidInput(errors)


def _over_limit(cost_fen: int | None) -> list[FieldError]:
    """A cost (or the costs added up) beyond what one placement's bills can come to."""
    if cost_fen is not None and cost_fen > MAX_COST_FEN:
        return [FieldError("cost", MSG_COST_LIMIT, {"limit": MAX_COST_FEN // 100})]
    return []


def _overlaps(other: Placement, data: PlacementData) -> bool:
    """Half-open days [start, end): a transfer may end one placement the day the next begins."""
    far = dt.date.max
    return data.started_on < (other.ended_on or far) and other.started_on < (data.ended_on or far)


def _overlap(other: Placement) -> UserError:
    return UserError(
        MSG_OVERLAP,
        kind=PlacementKind(other.kind).label,
        facility=other.facility or "",
        start=other.started_on.isoformat(),
        end=other.ended_on.isoformat() if other.ended_on else TODAY_LABEL,
    )
