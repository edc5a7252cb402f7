"""入站登记: register a person with their stay, photos and belongings in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from station.domain import person_rules
from station.domain.casework import NameKind
from station.domain.clock import local_date, utcnow
from station.domain.errors import FieldError, InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.services import audit, permissions, search_text
from station.services.forms import IntakeData, PersonFields, check_belongings, check_person, clean
from station.store import case_numbers
from station.store.database import Database
from station.store.models import Belonging, Person, PersonAlias, Photo, StaffPublic, Stay
from station.store.photos import PhotoStore, StoredPhoto

MSG_STILL_IN = QT_TRANSLATE_NOOP(
    "UserError", "{name} 目前仍在站（案件编号 {case}），需先办理离站才能再次入站登记"
)
MSG_NO_PERSON = QT_TRANSLATE_NOOP("UserError", "找不到编号为 {id} 的人员记录")

PERSON_AUDIT_FIELDS = (
    "name",
    "sex",
    "birth_date",
    "age_low",
    "age_high",
    "id_number",
    "origin",
    "household_place",
    "family_contact",
    "dialect",
    "height_cm",
    "build",
    "features",
    "notes",
    "mental_illness",
    "intellectual_disability",
    "physical_disability",
)
STAY_AUDIT_FIELDS = (
    "case_number",
    "admitted_at",
    "found_at",
    "found_place",
    "brought_by",
    "brought_by_name",
    "brought_by_contact",
    "clothing",
    "health_on_arrival",
    "critical",
    "special_groups",
    "status",
)


@dataclass(frozen=True)
class IntakeResult:
    person_id: int
    stay_id: int
    case_number: str
    repeat: bool
    """True when the person was already on record (same ID number, or chosen by the user)."""


class IntakeService:
    def __init__(self, db: Database, photos: PhotoStore, *, now=utcnow) -> None:  # type: ignore[no-untyped-def]
        self._db = db
        self._photos = photos
        self._now = now

    def register(
        self, data: IntakeData, by: StaffPublic, *, existing_person_id: int | None = None
    ) -> IntakeResult:
        """Check everything first; then write the person, stay, photos and belongings at once.

        A person whose ID number is already on record, or the person the user picked as a likely
        earlier admission, gets a new stay instead of a second record.
        """
        now = self._now()
        errors = self.check(data, now=now)
        stored: list[StoredPhoto] = []
        for path in data.photos:
            try:
                stored.append(self._photos.add_file(Path(path)))
            except UserError as exc:
                errors.append(FieldError("photos", exc.template, exc.params))
        if errors:
            raise InvalidInput(errors)

        with self._db.write() as session:
            permissions.require(session, by, Action.REGISTER)
            person, repeat = self._find_or_create(session, data.person, existing_person_id, now)
            year = local_date(data.admitted_at).year
            number = str(case_numbers.allocate(session, year))
            stay = Stay(
                person_id=person.id,
                case_number=number,
                admitted_at=data.admitted_at,
                found_at=data.found_at,
                found_place=clean(data.found_place),
                brought_by=data.brought_by.value,
                brought_by_name=clean(data.brought_by_name),
                brought_by_contact=clean(data.brought_by_contact),
                clothing=clean(data.clothing),
                health_on_arrival=clean(data.health_on_arrival),
                critical=data.critical,
                special_groups=",".join(sorted(set(data.special_groups))) or None,
                created_by=by.id,
            )
            session.add(stay)
            session.flush()
            person.latest_stay_id = stay.id
            if data.name_is_placeholder and person.name == data.person.name:
                _mark_placeholder(session, person, now)
            for photo in stored:
                row = attach_photo(session, person, photo, stay_id=stay.id, by=by, now=now)
                if person.primary_photo_id is None:
                    person.primary_photo_id = row.id
            for item in data.belongings:
                session.add(
                    Belonging(
                        stay_id=stay.id,
                        item=item.item,
                        quantity=item.quantity,
                        amount_fen=item.amount_fen,
                        condition=item.condition,
                        notes=item.notes,
                        received_at=now,
                        received_by=by.id,
                    )
                )
            search_text.refresh(session, person)
            after = {
                "person": audit.snapshot(person, PERSON_AUDIT_FIELDS),
                "stay": audit.snapshot(stay, STAY_AUDIT_FIELDS),
                "photos": [p.sha256 for p in stored],
                "belongings": [{"item": b.item, "quantity": b.quantity} for b in data.belongings],
            }
            audit.record(
                session,
                by,
                "intake.register",
                entity="stay",
                entity_id=stay.id,
                person_id=person.id,
                after=after,
                at=now,
            )
            assert person.id is not None and stay.id is not None
            return IntakeResult(person.id, stay.id, number, repeat)

    def check_photo(self, path: Path) -> None:
        """Raise UserError naming the file if it cannot be used as a photo; stores nothing."""
        self._photos.check_file(path)

    def check(self, data: IntakeData, *, now: dt.datetime | None = None) -> list[FieldError]:
        """Validate (and normalise) the form without saving anything."""
        now = now or self._now()
        errors = person_rules.check_times(
            found_at=data.found_at, admitted_at=data.admitted_at, now=now
        )
        found_on = local_date(data.found_at or data.admitted_at)
        errors += check_person(data.person, today=local_date(now), found_on=found_on)
        errors += check_belongings(data.belongings)
        return errors

    def _find_or_create(
        self, session: Session, fields: PersonFields, existing_id: int | None, now: dt.datetime
    ) -> tuple[Person, bool]:
        person = None
        if existing_id is not None:
            person = session.get(Person, existing_id)
            if person is None:
                raise UserError(MSG_NO_PERSON, id=existing_id)
        elif fields.id_number:
            person = session.exec(
                select(Person).where(Person.id_number == fields.id_number)
            ).first()
        if person is None:
            person = Person(
                name=fields.name,
                sex=fields.sex.value,
                birth_date=fields.birth_date,
                age_low=fields.age_low,
                age_high=fields.age_high,
                age_estimated_on=local_date(now) if fields.age_low is not None else None,
                id_number=fields.id_number,
                origin=fields.origin,
                household_place=fields.household_place,
                family_contact=fields.family_contact,
                dialect=fields.dialect,
                height_cm=fields.height_cm,
                build=fields.build.value if fields.build else None,
                features=fields.features,
                notes=fields.notes,
                mental_illness=fields.mental_illness,
                intellectual_disability=fields.intellectual_disability,
                physical_disability=fields.physical_disability,
                created_at=now,
                updated_at=now,
            )
            session.add(person)
            session.flush()
            _add_aliases(session, person, fields.aliases, now)
            return person, False
        self._refuse_if_in_station(session, person)
        fill_blanks(person, fields, now)
        _add_aliases(session, person, fields.aliases + ([fields.name] if fields.name else []), now)
        return person, True

    @staticmethod
    def _refuse_if_in_station(session: Session, person: Person) -> None:
        if person.latest_stay_id is None:
            return
        stay = session.get(Stay, person.latest_stay_id)
        if stay is not None and stay.departed_at is None:
            raise UserError(
                MSG_STILL_IN,
                name=person_rules.display_name(person.name, stay.case_number),
                case=stay.case_number,
            )


def fill_blanks(person: Person, fields: PersonFields, now: dt.datetime) -> None:
    """A repeat admission adds what was unknown before and never overwrites what was recorded."""
    for attr in (
        "name",
        "birth_date",
        "id_number",
        "origin",
        "household_place",
        "family_contact",
        "dialect",
        "height_cm",
        "features",
    ):
        if getattr(person, attr) in (None, "") and getattr(fields, attr) not in (None, ""):
            setattr(person, attr, getattr(fields, attr))
    if person.sex == "unknown" and fields.sex.value != "unknown":
        person.sex = fields.sex.value
    person.mental_illness |= fields.mental_illness  # seen now, or seen before: both count
    person.intellectual_disability |= fields.intellectual_disability
    person.physical_disability |= fields.physical_disability
    if person.build is None and fields.build is not None:
        person.build = fields.build.value
    if person.birth_date is None and fields.age_low is not None:
        person.age_low, person.age_high = fields.age_low, fields.age_high
        person.age_estimated_on = local_date(now)
    person.updated_at = now
    person.version += 1


def _mark_placeholder(session: Session, person: Person, now: dt.datetime) -> None:
    """Keep the person's current name as a 代称 in the identity history."""
    row = session.exec(
        select(PersonAlias).where(
            PersonAlias.person_id == person.id, PersonAlias.name == person.name
        )
    ).first()
    if row is None:
        row = PersonAlias(person_id=person.id, name=person.name or "", created_at=now)
    row.kind = NameKind.PLACEHOLDER.value
    session.add(row)


def _add_aliases(session: Session, person: Person, names: list[str], now: dt.datetime) -> None:
    known = set(
        session.exec(select(PersonAlias.name).where(PersonAlias.person_id == person.id)).all()
    )
    known.add(person.name or "")
    for name in names:
        if name and name not in known:
            session.add(PersonAlias(person_id=person.id, name=name, created_at=now))
            known.add(name)


def attach_photo(
    session: Session,
    person: Person,
    photo: StoredPhoto,
    *,
    stay_id: int | None,
    by: StaffPublic,
    now: dt.datetime,
) -> Photo:
    """The person's row for a stored photo file (the same file is kept once per person)."""
    existing = session.exec(
        select(Photo).where(Photo.person_id == person.id, Photo.sha256 == photo.sha256)
    ).first()
    if existing is not None:
        return existing
    row = Photo(
        person_id=person.id,
        stay_id=stay_id,
        sha256=photo.sha256,
        ext=photo.ext,
        width=photo.width,
        height=photo.height,
        original_name=photo.original_name,
        added_at=now,
        added_by=by.id,
    )
    session.add(row)
    session.flush()
    return row
