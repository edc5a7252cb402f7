"""离站: how a stay ends, and the rules a departure must satisfy before it is recorded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from station.domain import id_number
from station.domain.clock import format_local
from station.domain.errors import FieldError, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP


class DepartureKind(StrEnum):
    FAMILY_PICKUP = "family_pickup"
    ESCORTED = "escorted"
    TRAVEL_VOUCHER = "travel_voucher"
    PLACED = "placed"
    TRANSFERRED = "transferred"
    OWN_WILL = "own_will"
    ABSCONDED = "absconded"
    HELP_ENDED = "help_ended"
    DEATH = "death"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def reunified(self) -> bool:
        """Back with family: what the monthly report counts as 返回家庭."""
        return self in (DepartureKind.FAMILY_PICKUP, DepartureKind.ESCORTED)


_LABELS = {
    DepartureKind.FAMILY_PICKUP: QT_TRANSLATE_NOOP("Vocabulary", "接领返乡"),
    DepartureKind.ESCORTED: QT_TRANSLATE_NOOP("Vocabulary", "护送返乡"),
    DepartureKind.TRAVEL_VOUCHER: QT_TRANSLATE_NOOP("Vocabulary", "自行返乡（提供乘车凭证）"),
    DepartureKind.PLACED: QT_TRANSLATE_NOOP("Vocabulary", "安置"),
    DepartureKind.TRANSFERRED: QT_TRANSLATE_NOOP("Vocabulary", "转移"),
    DepartureKind.OWN_WILL: QT_TRANSLATE_NOOP("Vocabulary", "自行离站"),
    DepartureKind.ABSCONDED: QT_TRANSLATE_NOOP("Vocabulary", "擅自离站"),
    DepartureKind.HELP_ENDED: QT_TRANSLATE_NOOP("Vocabulary", "终止救助"),
    DepartureKind.DEATH: QT_TRANSLATE_NOOP("Vocabulary", "死亡"),
    DepartureKind.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "其他"),
}

# Where a person who cannot decide for themselves may go: to verified family or an institution.
SAFE_FOR_VULNERABLE = {
    DepartureKind.FAMILY_PICKUP,
    DepartureKind.ESCORTED,
    DepartureKind.PLACED,
    DepartureKind.TRANSFERRED,
    DepartureKind.DEATH,
    DepartureKind.ABSCONDED,  # not a release: recorded so the search can go on elsewhere
}

MSG_BEFORE_ADMISSION = QT_TRANSLATE_NOOP("UserError", "离站时间 {at} 早于入站时间 {admitted}")
MSG_FUTURE = QT_TRANSLATE_NOOP("UserError", "离站时间 {at} 在现在之后")
MSG_VULNERABLE_KIND = QT_TRANSLATE_NOOP(
    "UserError",
    "此人属于需从严处理的人员（{flags}），只能交给核实过身份的亲属（接领、护送）或移交机构，"
    "不能以“{kind}”方式离站",
)
MSG_RELATIVE_NAME = QT_TRANSLATE_NOOP("UserError", "请填写接领人姓名")
MSG_RELATIVE_ID = QT_TRANSLATE_NOOP("UserError", "请填写接领人身份证号（用于核实身份）")
MSG_RELATIONSHIP = QT_TRANSLATE_NOOP("UserError", "请填写接领人与受助人员的关系")
MSG_DOCUMENTS = QT_TRANSLATE_NOOP("UserError", "请勾选已核验的证件（如身份证、户口簿、派出所证明）")
MSG_APPROVER = QT_TRANSLATE_NOOP(
    "UserError", "未成年人或不能自主决定的人员离站须由站长批准，请选择批准的站长"
)
MSG_ESCORTS = QT_TRANSLATE_NOOP("UserError", "护送须有两名以上工作人员，请填写全部护送人员")
MSG_RECEIVER = QT_TRANSLATE_NOOP("UserError", "请填写接收的救助站、机构或家属")
MSG_DECLARATION = QT_TRANSLATE_NOOP(
    "UserError", "自行离站须由本人签署《自行离站声明书》，请确认已签署"
)
MSG_CASH_RECEIPT = QT_TRANSLATE_NOOP("UserError", "发放了现金或乘车凭证，请填写领取凭证编号")
MSG_TRIP_ORDER = QT_TRANSLATE_NOOP("UserError", "到达时间早于出发时间")


@dataclass
class Relative:
    name: str | None = None
    id_number: str | None = None
    relationship: str | None = None
    phone: str | None = None
    documents: list[str] | None = None  # documents checked


@dataclass
class EscortTrip:
    escorts: list[str] | None = None  # staff names
    vehicle: str | None = None  # car plate or train / bus tickets
    route: str | None = None
    departed_at: dt.datetime | None = None
    arrived_at: dt.datetime | None = None
    receiver: str | None = None  # receiving station, institution or family
    handed_to: str | None = None  # the person who signed for them
    handed_at: dt.datetime | None = None


def check(
    kind: DepartureKind,
    at: dt.datetime,
    *,
    admitted_at: dt.datetime,
    now: dt.datetime,
    vulnerable: list[str],
    relative: Relative,
    trip: EscortTrip,
    approver_is_director: bool,
    declaration_signed: bool,
    cash_fen: int | None,
    cash_receipt: str | None,
) -> list[FieldError]:
    """Every reason the departure cannot be recorded as given (empty: it can)."""
    errors: list[FieldError] = []
    if at < admitted_at:
        errors.append(FieldError("departed_at", MSG_BEFORE_ADMISSION,
                                 {"at": format_local(at), "admitted": format_local(admitted_at)}))  # fmt: skip
    if at > now + dt.timedelta(minutes=10):
        errors.append(FieldError("departed_at", MSG_FUTURE, {"at": format_local(at)}))
    if vulnerable:
        if kind not in SAFE_FOR_VULNERABLE:
            errors.append(FieldError("kind", MSG_VULNERABLE_KIND,
                                     {"flags": "、".join(vulnerable), "kind": kind.label}))  # fmt: skip
        elif (
            kind not in (DepartureKind.DEATH, DepartureKind.ABSCONDED) and not approver_is_director
        ):
            errors.append(FieldError("approved_by", MSG_APPROVER))
    if kind is DepartureKind.FAMILY_PICKUP:
        if not relative.name:
            errors.append(FieldError("relative_name", MSG_RELATIVE_NAME))
        if not relative.relationship:
            errors.append(FieldError("relative_relationship", MSG_RELATIONSHIP))
        if not relative.id_number:
            errors.append(FieldError("relative_id_number", MSG_RELATIVE_ID))
        else:
            try:
                relative.id_number = id_number.parse(relative.id_number, today=at.date()).number
            except UserError as exc:
                errors.append(FieldError("relative_id_number", exc.template, exc.params))
        if not relative.documents:
            errors.append(FieldError("relative_documents", MSG_DOCUMENTS))
    if kind is DepartureKind.ESCORTED:
        if relative.id_number:  # handed to family at the end of the trip: their ID, checked
            try:
                relative.id_number = id_number.parse(relative.id_number, today=at.date()).number
            except UserError as exc:
                errors.append(FieldError("relative_id_number", exc.template, exc.params))
        if len([e for e in trip.escorts or [] if e.strip()]) < 2:
            errors.append(FieldError("escorts", MSG_ESCORTS))
        if not trip.receiver:
            errors.append(FieldError("receiver", MSG_RECEIVER))
        if trip.departed_at and trip.arrived_at and trip.arrived_at < trip.departed_at:
            errors.append(FieldError("arrived_at", MSG_TRIP_ORDER))
    if kind is DepartureKind.OWN_WILL and not declaration_signed:
        errors.append(FieldError("declaration", MSG_DECLARATION))
    if cash_fen and not cash_receipt:
        errors.append(FieldError("cash_receipt", MSG_CASH_RECEIPT))
    return errors
