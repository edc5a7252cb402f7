"""A person's case file: read it whole, edit the person, add photos."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from station.domain.casework import NameKind
from station.domain.clock import format_local, local_date, utcnow
from station.domain.errors import FieldError, InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.services import audit, permissions, search_text
from station.services.forms import MSG_ID_TAKEN, PersonFields, check_person
from station.services.intake import MSG_NO_PERSON, PERSON_AUDIT_FIELDS, attach_photo
from station.store.database import Database
from station.store.models import (
    AuditEvent,
    AuditEventPublic,
    Belonging,
    BelongingPublic,
    Person,
    PersonAlias,
    PersonPublic,
    Photo,
    PhotoPublic,
    Staff,
    StaffPublic,
    Stay,
    StayPublic,
)
from station.store.photos import PhotoStore

MSG_CONFLICT = QT_TRANSLATE_NOOP(
    "UserError",
    "没有保存：{who} 于 {when} 修改了这条记录（在您打开之后）。现在保存的内容与您填写的不同之处："
    "{fields}。为免覆盖他人的修改，您的修改还没有保存；请核对后再保存。",
)
MSG_CONFLICT_SAME = QT_TRANSLATE_NOOP(
    "UserError",
    "没有保存：{who} 于 {when} 修改了这条记录（在您打开之后），内容与您填写的相同。请核对后再保存。",
)
# The person's fields by their names in messages (context Vocabulary, like the other labels).
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Vocabulary", "姓名"),
    "sex": QT_TRANSLATE_NOOP("Vocabulary", "性别"),
    "birth_date": QT_TRANSLATE_NOOP("Vocabulary", "出生日期"),
    "age_low": QT_TRANSLATE_NOOP("Vocabulary", "估计年龄下限"),
    "age_high": QT_TRANSLATE_NOOP("Vocabulary", "估计年龄上限"),
    "id_number": QT_TRANSLATE_NOOP("Vocabulary", "身份证号"),
    "origin": QT_TRANSLATE_NOOP("Vocabulary", "籍贯 / 来源地"),
    "household_place": QT_TRANSLATE_NOOP("Vocabulary", "户籍地"),
    "family_contact": QT_TRANSLATE_NOOP("Vocabulary", "家属联系方式"),
    "dialect": QT_TRANSLATE_NOOP("Vocabulary", "方言口音"),
    "height_cm": QT_TRANSLATE_NOOP("Vocabulary", "身高"),
    "build": QT_TRANSLATE_NOOP("Vocabulary", "体型"),
    "features": QT_TRANSLATE_NOOP("Vocabulary", "特征描述"),
    "notes": QT_TRANSLATE_NOOP("Vocabulary", "备注"),
    "mental_illness": QT_TRANSLATE_NOOP("Vocabulary", "精神障碍"),
    "intellectual_disability": QT_TRANSLATE_NOOP("Vocabulary", "智力障碍"),
    "physical_disability": QT_TRANSLATE_NOOP("Vocabulary", "肢体残疾"),
    "aliases": QT_TRANSLATE_NOOP("Vocabulary", "别名"),
}


class EditConflict(UserError):
    """Someone saved the person after the caller read it; nothing of the caller's was saved.

    ``fields`` names what the saved record has differently from what the caller filled in, and
    ``version`` is the saved version: saving again with it is the caller's considered choice.
    """

    def __init__(self, template: str, *, version: int, fields: list[str], **params: object):
        super().__init__(template, fields=fields, **params)
        self.version = version
        self.changed = fields


@dataclass(frozen=True)
class PersonDetail:
    person: PersonPublic
    aliases: list[str]
    stays: list[StayPublic]
    photos: list[PhotoPublic]
    belongings: dict[int, list[BelongingPublic]]
    events: list[AuditEventPublic]

    @property
    def latest_stay(self) -> StayPublic | None:
        return self.stays[0] if self.stays else None


class PersonService:
    def __init__(self, db: Database, photos: PhotoStore, *, now=utcnow) -> None:  # type: ignore[no-untyped-def]
        self._db = db
        self._photos = photos
        self._now = now

    def detail(self, person_id: int) -> PersonDetail:
        with self._db.read() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise UserError(MSG_NO_PERSON, id=person_id)
            aliases = session.exec(
                select(PersonAlias.name)
                .where(PersonAlias.person_id == person_id)
                .order_by(col(PersonAlias.id))
            ).all()
            stays = session.exec(
                select(Stay)
                .where(Stay.person_id == person_id)
                .order_by(col(Stay.admitted_at).desc())
            ).all()
            photos = session.exec(
                select(Photo).where(Photo.person_id == person_id).order_by(col(Photo.id))
            ).all()
            stay_ids = [s.id for s in stays]
            items = session.exec(
                select(Belonging)
                .where(col(Belonging.stay_id).in_(stay_ids))
                .order_by(col(Belonging.id))
            ).all()
            belongings: dict[int, list[BelongingPublic]] = {s.id: [] for s in stays if s.id}
            for item in items:
                belongings[item.stay_id].append(
                    BelongingPublic.model_validate(item, from_attributes=True)
                )
            # Primary photo first.
            photo_list = sorted(photos, key=lambda p: p.id != person.primary_photo_id)
            return PersonDetail(
                person=PersonPublic.model_validate(person, from_attributes=True),
                aliases=list(aliases),
                stays=[StayPublic.model_validate(s, from_attributes=True) for s in stays],
                photos=[PhotoPublic.model_validate(p, from_attributes=True) for p in photo_list],
                belongings=belongings,
                events=audit.for_person(session, person_id),
            )

    def update(
        self, person_id: int, fields: PersonFields, by: StaffPublic, *, expected_version: int
    ) -> PersonPublic:
        """Replace the person's facts; refused if someone saved a newer version meanwhile."""
        now = self._now()
        errors = check_person(fields, today=local_date(now), found_on=None)
        if errors:
            raise InvalidInput(errors)
        with self._db.write() as session:
            permissions.require(session, by, Action.EDIT_PERSON)
            # Locked until this transaction ends (PostgreSQL; SQLite's write lock covers it), so
            # two workstations saving the same person at once are checked one after the other.
            person = session.get(Person, person_id, with_for_update=True)
            if person is None:
                raise UserError(MSG_NO_PERSON, id=person_id)
            if person.version != expected_version:
                raise _conflict(session, person, fields)
            taken = id_taken(session, fields.id_number, person_id) if fields.id_number else None
            if taken is not None:
                raise InvalidInput([taken])
            before = audit.snapshot(person, PERSON_AUDIT_FIELDS)
            estimate_changed = (fields.age_low, fields.age_high) != (
                person.age_low,
                person.age_high,
            )
            for attr in PERSON_AUDIT_FIELDS:
                value = getattr(fields, attr)
                setattr(person, attr, getattr(value, "value", value))
            if estimate_changed:
                person.age_estimated_on = local_date(now) if fields.age_low is not None else None
            known = set(
                session.exec(
                    select(PersonAlias.name).where(PersonAlias.person_id == person_id)
                ).all()
            )
            for name in fields.aliases:
                if name not in known:
                    session.add(PersonAlias(person_id=person_id, name=name, created_at=now))
            renamed = before.get("name")
            if renamed and renamed != person.name and renamed not in {*known, *fields.aliases}:
                # a rename keeps the name before it in the identity history
                session.add(PersonAlias(person_id=person_id, name=str(renamed),
                                        kind=NameKind.FORMER.value, created_at=now))  # fmt: skip
            session.flush()
            old, new = audit.changes(before, audit.snapshot(person, PERSON_AUDIT_FIELDS))
            added = [a for a in fields.aliases if a not in known]
            if added:
                new["aliases_added"] = added
            person.updated_at = now
            person.version += 1
            search_text.refresh(session, person)
            audit.record(
                session,
                by,
                "person.update",
                entity="person",
                entity_id=person_id,
                person_id=person_id,
                before=old,
                after=new,
                at=now,
            )
            return PersonPublic.model_validate(person, from_attributes=True)

    def add_photo(self, person_id: int, path: Path, by: StaffPublic) -> PhotoPublic:
        stored = self._photos.add_file(path)
        now = self._now()
        with self._db.write() as session:
            permissions.require(session, by, Action.EDIT_PERSON)
            person = session.get(Person, person_id)
            if person is None:
                raise UserError(MSG_NO_PERSON, id=person_id)
            row = attach_photo(
                session, person, stored, stay_id=person.latest_stay_id, by=by, now=now
            )
            if person.primary_photo_id is None:
                person.primary_photo_id = row.id
            audit.record(
                session,
                by,
                "photo.add",
                entity="photo",
                entity_id=row.id,
                person_id=person_id,
                after={"sha256": stored.sha256, "file": stored.original_name},
                at=now,
            )
            return PhotoPublic.model_validate(row, from_attributes=True)

    def photo_path(self, photo: PhotoPublic) -> Path:
        return self._photos.path(photo.sha256, photo.ext)

    def thumbnail_path(self, sha256: str) -> Path:
        return self._photos.thumbnail_path(sha256)


def _conflict(session: Session, person: Person, fields: PersonFields) -> EditConflict:
    """Who changed the person last, when, and where the saved record differs from ``fields``."""
    latest = session.exec(
        select(AuditEvent.at, Staff.display_name)
        .join(Staff, col(Staff.id) == col(AuditEvent.staff_id), isouter=True)
        .where(AuditEvent.person_id == person.id)
        .order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc())
    ).first()
    at, who = latest if latest is not None else (person.updated_at, None)
    differs = [
        FIELD_NAMES[attr]
        for attr in PERSON_AUDIT_FIELDS
        if getattr(getattr(fields, attr), "value", getattr(fields, attr)) != getattr(person, attr)
    ]
    aliases = set(
        session.exec(select(PersonAlias.name).where(PersonAlias.person_id == person.id)).all()
    )
    if set(fields.aliases) - aliases:
        differs.append(FIELD_NAMES["aliases"])
    template = MSG_CONFLICT if differs else MSG_CONFLICT_SAME
    return EditConflict(
        template, version=person.version, fields=differs, who=who or "?", when=format_local(at)
    )


def id_taken(s: Session, number: str, person_id: int | None) -> FieldError | None:
    """The error when an ID number already belongs to another person (None when it does not)."""
    other = s.exec(select(Person).where(Person.id_number == number, Person.id != person_id)).first()
    if other is None:
        return None
    return FieldError(
        "id_number", MSG_ID_TAKEN, {"value": number, "name": other.name or str(other.id)}
    )
