"""打印文书: fill a document from the case, number it, keep the exact copy, reprint it unchanged.

The PDF is rendered, numbered (gap-free per kind and year) and stored by its SHA-256 under the data
folder in one transaction with its record and audit event; a reprint reads the stored copy back and
checks its hash, so what is handed out again is byte for byte what was signed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session, col, select

from station.documents.catalogue import CaseSheet, DepartureFacts, DocumentKind, render
from station.documents.fonts import MSG_NO_FONT, cjk_font
from station.documents.layout import Frame, build
from station.documents.reunification import SheetEntry, announcement_sheet
from station.domain.age import age_of
from station.domain.casework import AttemptKind, AttemptResult, NameKind, PlacementKind
from station.domain.clock import format_local, local_date, local_days, utcnow
from station.domain.deadlines import FOLLOW_UP, Deadline, Status
from station.domain.departure import DepartureKind
from station.domain.enums import BroughtBy, Build, Sex
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.domain.person_rules import display_name
from station.services import audit, identities, permissions, station_info
from station.services.deadlines import DeadlineService
from station.services.forms import money_text
from station.services.intake import MSG_NO_PERSON
from station.store.case_models import (
    Departure,
    DocumentCounter,
    Placement,
    PrintedDocument,
    PrintedDocumentPublic,
    SearchAttempt,
)
from station.store.database import Database
from station.store.models import Belonging, Person, Photo, Staff, StaffPublic, Stay
from station.store.photos import PhotoStore

MSG_NO_STAY = QT_TRANSLATE_NOOP("UserError", "此人还没有入站记录，无法打印文书")
MSG_NO_CASE = QT_TRANSLATE_NOOP("UserError", "找不到案件编号 {case}")
MSG_NO_DOCUMENT = QT_TRANSLATE_NOOP("UserError", "找不到这份文书的记录（编号 {id}）")
MSG_COPY_GONE = QT_TRANSLATE_NOOP(
    "UserError", "文书 {number} 的存档文件缺失或已被改动，无法原样重印；请从备份恢复或联系技术支持"
)
MSG_NO_ONE = QT_TRANSLATE_NOOP(
    "UserError", "{start} 至 {end} 入站、仍在站且身份未查明的人员一个也没有，无需汇总公告"
)
MSG_PHOTO = QT_TRANSLATE_NOOP("Documents", "照片 {file} 无法读取，文书中留出了照片框")
MSG_ANNOUNCE_IDENTIFIED = QT_TRANSLATE_NOOP(
    "UserError", "{name}的身份已于 {at} 查明，不再发布寻亲公告（需要时请打印其他文书）"
)
MSG_ANNOUNCE_DEPARTED = QT_TRANSLATE_NOOP("UserError", "{name}已于 {at} 离站，不再发布寻亲公告")


def chinese_date(day: dt.date) -> str:
    """2026年3月2日, as a notice is dated."""
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass
class Printed:
    record: PrintedDocumentPublic
    pdf: bytes
    warnings: list[tuple[str, dict[str, object]]] = field(default_factory=list)  # template, params


class DocumentService:
    def __init__(
        self,
        db: Database,
        photos: PhotoStore,
        root: Path,
        *,
        now: Callable[[], dt.datetime] = utcnow,
        deadlines: DeadlineService | None = None,
    ) -> None:
        self.db = db
        self.photos = photos
        self.root = root  # documents/ab/abcdef….pdf
        self.now = now
        self.deadlines = deadlines or DeadlineService(db, now=now)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.pdf"

    def person_for_case(self, case: str) -> int:
        with self.db.read() as s:
            stay = s.exec(select(Stay).where(Stay.case_number == case)).first()
            if stay is None:
                raise UserError(MSG_NO_CASE, case=case)
            return stay.person_id

    def history(self, person_id: int) -> list[PrintedDocumentPublic]:
        with self.db.read() as s:
            rows = s.exec(
                select(PrintedDocument)
                .where(PrintedDocument.person_id == person_id)
                .order_by(col(PrintedDocument.printed_at).desc(), col(PrintedDocument.id).desc())
            ).all()
            return [PrintedDocumentPublic.model_validate(r, from_attributes=True) for r in rows]

    def print(self, kind: DocumentKind, person_id: int, by: StaffPublic) -> Printed:
        """Render, number, store and record ``kind`` for the person's current stay."""
        now = self.now()
        warnings: list[tuple[str, dict[str, object]]] = []
        record = (
            self.deadlines.for_person(person_id)[0] if kind is DocumentKind.SERVICE_RECORD else []
        )
        with self.db.write() as s:
            permissions.require(s, by, Action.PRINT)
            if kind is DocumentKind.ANNOUNCEMENT:
                _may_announce(s, person_id)
            sheet, stay_id = _sheet(s, self.photos, person_id, by, now)
            sheet.deadlines = compliance_rows(record)
            year = local_date(now).year
            number = f"{kind.prefix}-{year}-{_next(s, kind, year):06d}"
            rendered = render(
                kind, sheet, number, lambda name: warnings.append((MSG_PHOTO, {"file": name}))
            )
            pdf = rendered.pdf
            digest = hashlib.sha256(pdf).hexdigest()
            target = self.path(digest)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_suffix(".tmp")
                tmp.write_bytes(pdf)
                tmp.replace(target)
            row = PrintedDocument(
                person_id=person_id, stay_id=stay_id, kind=kind.value, number=number,
                sha256=digest, pages=rendered.pages,
                printed_at=now, printed_by=by.id,
            )  # fmt: skip
            s.add(row)
            s.flush()
            audit.record(
                s, by, "document.print", entity="printed_document", entity_id=row.id,
                person_id=person_id, after={"kind": kind.value, "number": number}, at=now,
            )  # fmt: skip
            record = PrintedDocumentPublic.model_validate(row, from_attributes=True)
        if not cjk_font().embedded:
            warnings.append((MSG_NO_FONT, {}))
        return Printed(record, pdf, warnings)

    def announcement_sheet(self, start: dt.date, end: dt.date, by: StaffPublic) -> Printed:
        """寻亲公告（汇总）of everyone unidentified in care admitted in the period; numbered,
        kept and audited like any document (it is filed under no single person)."""
        now = self.now()
        warnings: list[tuple[str, dict[str, object]]] = []
        with self.db.write() as s:
            permissions.require(s, by, Action.PRINT)
            entries = _sheet_entries(s, self.photos, start, end, local_date(now))
            if not entries:
                raise UserError(MSG_NO_ONE, start=start.isoformat(), end=end.isoformat())
            info = station_info.read(s)
            year = local_date(now).year
            kind = DocumentKind.ANNOUNCEMENT_SHEET
            number = f"{kind.prefix}-{year}-{_next(s, kind, year):06d}"
            period = f"{start.isoformat()} 至 {end.isoformat()}"
            story = announcement_sheet(
                entries, period, lambda name: warnings.append((MSG_PHOTO, {"file": name}))
            )
            frame = Frame(info.name or "救助管理站", "寻亲公告", number, period, info.address,
                          info.phone)  # fmt: skip
            rendered = build(frame, story)
            audit.record(
                s, by, "document.sheet", entity="document", entity_id=None,
                after={"number": number, "persons": len(entries), "period": period}, at=now,
            )  # fmt: skip
        record = PrintedDocumentPublic(
            id=0, person_id=0, stay_id=0, printed_by=by.id or 0, kind="announcement_sheet",
            number=number, sha256=hashlib.sha256(rendered.pdf).hexdigest(),
            pages=rendered.pages, printed_at=now,
        )  # fmt: skip
        return Printed(record, rendered.pdf, warnings)

    def reprint(self, document_id: int, by: StaffPublic) -> Printed:
        """The stored copy, exactly as printed (its hash checked); the reprint is audited."""
        with self.db.write() as s:
            permissions.require(s, by, Action.PRINT)
            row = s.get(PrintedDocument, document_id)
            if row is None:
                raise UserError(MSG_NO_DOCUMENT, id=document_id)
            try:
                pdf = self.path(row.sha256).read_bytes()
            except OSError:
                pdf = b""
            if hashlib.sha256(pdf).hexdigest() != row.sha256:
                raise UserError(MSG_COPY_GONE, number=row.number)
            audit.record(
                s, by, "document.reprint", entity="printed_document", entity_id=row.id,
                person_id=row.person_id, after={"number": row.number}, at=self.now(),
            )  # fmt: skip
            return Printed(PrintedDocumentPublic.model_validate(row, from_attributes=True), pdf)


def _sheet_entries(
    s: Session, photos: PhotoStore, start: dt.date, end: dt.date, today: dt.date
) -> list[SheetEntry]:
    """Everyone in care, unidentified, admitted in the period: oldest first."""
    lo, hi = local_days(start, end)
    rows = s.exec(
        select(Person, Stay, Photo)
        .join(Stay, col(Stay.id) == col(Person.latest_stay_id))
        .join(Photo, col(Photo.id) == col(Person.primary_photo_id), isouter=True)
        .where(
            col(Stay.departed_at).is_(None),
            col(Person.identified_at).is_(None),
            col(Person.id_number).is_(None),
            Stay.admitted_at >= lo,
            Stay.admitted_at < hi,
        )
        .order_by(col(Stay.admitted_at))
    ).all()
    entries = []
    for person, stay, photo in rows:
        age = age_of(person, today)
        sex = Sex(person.sex).label if person.sex != Sex.UNKNOWN else ""
        entries.append(
            SheetEntry(
                stay.case_number,
                display_name(person.name, stay.case_number),
                " ".join(x for x in (sex, f"约 {age} 岁" if age else "") if x),
                f"{person.height_cm} 厘米" if person.height_cm else "",
                f"{format_local(stay.found_at or stay.admitted_at)}\n{stay.found_place or ''}",
                person.features or "",
                photos.path(photo.sha256, photo.ext) if photo else None,
            )
        )
    return entries


def _may_announce(s: Session, person_id: int) -> None:
    """A 寻亲公告 looks for the family of someone unidentified in care: not once found or gone."""
    person = s.get(Person, person_id)
    if person is None:
        raise UserError(MSG_NO_PERSON, id=person_id)
    stay = s.get(Stay, person.latest_stay_id) if person.latest_stay_id else None
    name = display_name(person.name, stay.case_number if stay else None)
    if person.identified_at is not None:
        raise UserError(MSG_ANNOUNCE_IDENTIFIED, name=name, at=format_local(person.identified_at))
    if stay is not None and stay.departed_at is not None:
        raise UserError(MSG_ANNOUNCE_DEPARTED, name=name, at=format_local(stay.departed_at))


def _next(s: Session, kind: DocumentKind, year: int) -> int:
    params = {"k": kind.value, "y": year}
    updated = s.execute(
        text("UPDATE document_counter SET last_sequence = last_sequence + 1"
             " WHERE kind = :k AND year = :y"),
        params,
    )  # fmt: skip
    if updated.rowcount == 0:  # type: ignore[attr-defined]
        s.add(DocumentCounter(kind=kind.value, year=year, last_sequence=1))
        s.flush()
        return 1
    return int(
        s.execute(
            text("SELECT last_sequence FROM document_counter WHERE kind = :k AND year = :y"),
            params,
        ).scalar_one()
    )


def _sheet(
    s: Session, photos: PhotoStore, person_id: int, by: StaffPublic, now: dt.datetime
) -> tuple[CaseSheet, int]:
    person = s.get(Person, person_id)
    if person is None:
        raise UserError(MSG_NO_PERSON, id=person_id)
    stay = s.get(Stay, person.latest_stay_id) if person.latest_stay_id else None
    if stay is None or stay.id is None:
        raise UserError(MSG_NO_STAY)
    info = station_info.read(s)
    today = local_date(now)
    age = age_of(person, today)  # on the day printed: a handover a year on says the age then
    photo = s.get(Photo, person.primary_photo_id) if person.primary_photo_id else None
    staff = {st.id: st.display_name for st in s.exec(select(Staff)).all()}
    items = s.exec(
        select(Belonging).where(Belonging.stay_id == stay.id).order_by(col(Belonging.id))
    ).all()
    belongings = [
        (
            b.item,
            money_text(b.amount_fen) if b.amount_fen is not None else str(b.quantity),
            "；".join(x for x in (b.condition, b.notes) if x),
            f"{format_local(b.received_at)[:10]} {staff.get(b.received_by, '')}",
            f"{format_local(b.returned_at)[:10]} → {b.returned_to}" if b.returned_at else "",
        )
        for b in items
    ]
    departure = s.exec(select(Departure).where(Departure.stay_id == stay.id)).first()
    placements = [
        (
            PlacementKind(p.kind).label,
            p.facility or "",
            p.started_on.isoformat(),
            p.ended_on.isoformat() if p.ended_on else "",
            p.reason or "",
        )
        for p in s.exec(
            select(Placement)
            .where(Placement.stay_id == stay.id)
            .order_by(col(Placement.started_on).desc(), col(Placement.id).desc())
        ).all()
    ]
    attempts = [
        (
            format_local(a.at),
            AttemptKind(a.kind).label,
            " ".join(x for x in (a.channel, a.reference) if x),
            AttemptResult(a.result).label,
        )
        for a in s.exec(
            select(SearchAttempt)
            .where(SearchAttempt.stay_id == stay.id)
            .order_by(col(SearchAttempt.at))
        ).all()
    ]
    brought = " ".join(x for x in (BroughtBy(stay.brought_by).label, stay.brought_by_name) if x)
    unit = (
        BroughtBy(stay.brought_by).label
        if stay.brought_by not in (BroughtBy.OTHER.value, BroughtBy.SELF.value)
        else ""
    )
    sheet = CaseSheet(
        station=info.name or "救助管理站",
        station_address=info.address,
        station_phone=info.phone,
        case_number=stay.case_number,
        title=display_name(person.name, stay.case_number),
        sex=Sex(person.sex).label if person.sex != Sex.UNKNOWN else "",
        age=(f"约 {age} 岁" if not age.exact else f"{age} 岁") if age else "",
        height=f"{person.height_cm} 厘米" if person.height_cm else "",
        build=Build(person.build).label if person.build else "",
        dialect=person.dialect or "",
        features=person.features or "",
        clothing=stay.clothing or "",
        origin=person.household_place or person.origin or "",
        id_number=person.id_number or "",
        health=stay.health_on_arrival or "",
        found_at=format_local(stay.found_at),
        found_place=stay.found_place or "",
        admitted_at=format_local(stay.admitted_at),
        brought_by=brought,
        brought_by_unit=unit,
        brought_by_name=stay.brought_by_name or "",
        found_on=chinese_date(local_date(stay.found_at)) if stay.found_at else "",
        admitted_on=chinese_date(local_date(stay.admitted_at)),
        printed_on=chinese_date(today),
        placeholder=bool(person.name)
        and identities.name_kind(s, person_id, person.name) is NameKind.PLACEHOLDER,
        brought_by_contact=stay.brought_by_contact or "",
        self_referred=stay.brought_by == BroughtBy.SELF.value,
        household_place=person.household_place or "",
        placements=placements,
        attempts=attempts,
        photo=photos.path(photo.sha256, photo.ext) if photo else None,
        belongings=belongings,
        departure=_departure(departure, staff) if departure else None,
        staff=by.display_name,
    )
    return sheet, stay.id


def compliance_rows(deadlines: list[Deadline]) -> list[tuple[str, str, str, str]]:
    """The stay's deadlines as the service record prints them, in the order they were due (the
    follow-ups staff set themselves are not rules and are left out)."""
    rows = []
    for d in sorted(deadlines, key=lambda d: d.due_at):
        if d.rule.code.startswith(FOLLOW_UP + ":"):
            continue
        status = d.status.label
        if d.status is Status.OVERDUE:
            status = "未按期完成" if d.ended_at is not None else "已逾期，尚未完成"
        rows.append((d.rule.title, format_local(d.due_at), format_local(d.done_at), status))
    return rows


def _departure(d: Departure, staff: dict[int | None, str]) -> DepartureFacts:
    return DepartureFacts(
        kind=DepartureKind(d.kind).label,
        at=format_local(d.departed_at),
        destination=d.destination or "",
        relative_name=d.relative_name or "",
        relative_id_number=d.relative_id_number or "",
        relative_relationship=d.relative_relationship or "",
        relative_phone=d.relative_phone or "",
        documents_checked=d.relative_documents or "",
        approved_by=staff.get(d.approved_by, "") if d.approved_by else "",
        escorts=d.escorts or "",
        vehicle=d.vehicle or "",
        route=d.route or "",
        trip_departed=format_local(d.trip_departed_at),
        trip_arrived=format_local(d.trip_arrived_at),
        receiver=d.receiver or "",
        handed_to=d.handed_to or "",
        handed_at=format_local(d.handed_at),
        cash=f"{d.cash_fen / 100:.2f} 元" if d.cash_fen else "",
        health=d.health or "",
        cash_receipt=d.cash_receipt or "",
        notes=d.notes or "",
    )
