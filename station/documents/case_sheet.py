"""What a document is filled from: the facts of one stay, already in words (Chinese: these are the
station's official forms), and the kinds of document Station prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP

MSG_MISSING = QT_TRANSLATE_NOOP("UserError", "无法打印“{document}”：此案还没有登记{missing}")


class DocumentKind(StrEnum):
    ANNOUNCEMENT = "announcement"
    BELONGINGS = "belongings"
    ESCORT = "escort"
    PICKUP = "pickup"
    REQUEST_FOR_HELP = "request_for_help"
    POLICE_HANDOVER = "police_handover"
    REFUSAL = "refusal"
    OWN_WILL = "own_will"
    SERVICE_RECORD = "service_record"
    HELP_ENDED = "help_ended"
    REFERRAL = "referral"
    CERTIFICATE = "certificate"
    CASH_RECEIPT = "cash_receipt"
    DEATH = "death"
    ANNOUNCEMENT_SHEET = "announcement_sheet"  # many persons: not a case document

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def per_case(self) -> bool:
        """Printed from one case file (the summary sheet is printed for a period)."""
        return self is not DocumentKind.ANNOUNCEMENT_SHEET

    @property
    def prefix(self) -> str:
        """Document numbers: GG-2026-000001 …"""
        return _PREFIXES[self]


_LABELS = {
    DocumentKind.ANNOUNCEMENT: QT_TRANSLATE_NOOP("Vocabulary", "寻亲公告"),
    DocumentKind.BELONGINGS: QT_TRANSLATE_NOOP("Vocabulary", "随身物品保管交接清单"),
    DocumentKind.ESCORT: QT_TRANSLATE_NOOP("Vocabulary", "护送返乡交接单"),
    DocumentKind.PICKUP: QT_TRANSLATE_NOOP("Vocabulary", "亲属接领登记表"),
    DocumentKind.REQUEST_FOR_HELP: QT_TRANSLATE_NOOP("Vocabulary", "求助登记表"),
    DocumentKind.POLICE_HANDOVER: QT_TRANSLATE_NOOP("Vocabulary", "公安机关护送流浪乞讨人员交接表"),
    DocumentKind.REFUSAL: QT_TRANSLATE_NOOP("Vocabulary", "不予救助通知书"),
    DocumentKind.OWN_WILL: QT_TRANSLATE_NOOP("Vocabulary", "自行离站声明书"),
    DocumentKind.SERVICE_RECORD: QT_TRANSLATE_NOOP("Vocabulary", "在站服务及离站登记表"),
    DocumentKind.HELP_ENDED: QT_TRANSLATE_NOOP("Vocabulary", "终止救助通知书"),
    DocumentKind.REFERRAL: QT_TRANSLATE_NOOP("Vocabulary", "送医 / 转移安置介绍信"),
    DocumentKind.CERTIFICATE: QT_TRANSLATE_NOOP("Vocabulary", "救助证明"),
    DocumentKind.CASH_RECEIPT: QT_TRANSLATE_NOOP("Vocabulary", "乘车凭证 / 现金领取凭证"),
    DocumentKind.DEATH: QT_TRANSLATE_NOOP("Vocabulary", "死亡人员登记表"),
    DocumentKind.ANNOUNCEMENT_SHEET: QT_TRANSLATE_NOOP("Vocabulary", "寻亲公告（汇总）"),
}
_PREFIXES = {
    DocumentKind.ANNOUNCEMENT: "GG",
    DocumentKind.BELONGINGS: "WP",
    DocumentKind.ESCORT: "HS",
    DocumentKind.PICKUP: "JL",
    DocumentKind.REQUEST_FOR_HELP: "QZ",
    DocumentKind.POLICE_HANDOVER: "GA",
    DocumentKind.REFUSAL: "BY",
    DocumentKind.OWN_WILL: "ZX",
    DocumentKind.SERVICE_RECORD: "FW",
    DocumentKind.HELP_ENDED: "ZZ",
    DocumentKind.REFERRAL: "JS",
    DocumentKind.CERTIFICATE: "ZM",
    DocumentKind.CASH_RECEIPT: "PZ",
    DocumentKind.DEATH: "SW",
    DocumentKind.ANNOUNCEMENT_SHEET: "GGH",
}


@dataclass
class DepartureFacts:
    kind: str = ""
    at: str = ""
    destination: str = ""
    relative_name: str = ""
    relative_id_number: str = ""
    relative_relationship: str = ""
    relative_phone: str = ""
    documents_checked: str = ""
    approved_by: str = ""
    escorts: str = ""
    vehicle: str = ""
    route: str = ""
    trip_departed: str = ""
    trip_arrived: str = ""
    receiver: str = ""
    handed_to: str = ""
    handed_at: str = ""
    cash: str = ""  # "150.00 元"
    cash_receipt: str = ""
    notes: str = ""
    health: str = ""  # at the handover


@dataclass
class CaseSheet:
    """Everything the documents print about one stay, already in words."""

    station: str
    station_address: str
    station_phone: str
    case_number: str
    title: str  # the name, or 无名氏 + case number
    sex: str = ""
    age: str = ""  # on the day printed
    placeholder: bool = False  # the name is one the staff gave (代称), not the person's own
    height: str = ""
    build: str = ""
    dialect: str = ""
    features: str = ""
    clothing: str = ""
    origin: str = ""
    id_number: str = ""
    health: str = ""
    found_at: str = ""
    found_place: str = ""
    admitted_at: str = ""
    brought_by: str = ""
    brought_by_unit: str = ""  # 公安, 城管 … (blank when 其他 or 本人求助)
    brought_by_name: str = ""
    found_on: str = ""  # 2026年3月2日
    admitted_on: str = ""
    printed_on: str = ""
    brought_by_contact: str = ""
    self_referred: bool = False  # came asking for help (本人求助)
    household_place: str = ""
    photo: Path | None = None
    # (kind, facility, from, to, reason), newest first; the first with no end is the current one.
    placements: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    # (time, kind, channel / reference, result)
    attempts: list[tuple[str, str, str, str]] = field(default_factory=list)
    belongings: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    # the stay's deadlines as the rules set them: (task, due, first met, status)
    deadlines: list[tuple[str, str, str, str]] = field(default_factory=list)
    departure: DepartureFacts | None = None
    staff: str = ""  # who prints


Warn = Callable[[str], None]  # told the name of a photo that could not be read


def missing(kind: DocumentKind, what: str) -> UserError:
    """The case lacks what ``kind`` needs: say what, rather than print a half-empty form."""
    return UserError(MSG_MISSING, document=kind.label, missing=what)
