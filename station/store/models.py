"""The tables. Each family: ``XBase`` (shared fields), ``X`` (``table=True``), ``XPublic`` (what
services hand to the GUI: plain values that never expire after a commit)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from station.store.types import UTCDateTime


def _utc(**kw: object) -> object:
    return Field(sa_type=UTCDateTime, **kw)  # type: ignore[arg-type]


# --- staff --------------------------------------------------------------------------------------
class StaffBase(SQLModel):
    username: str = Field(max_length=64, unique=True, index=True)
    display_name: str = Field(max_length=64)
    role: str = Field(max_length=32)
    active: bool = True


class Staff(StaffBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    password_hash: str = Field(max_length=256)
    created_at: dt.datetime = _utc()  # type: ignore[assignment]


class StaffPublic(StaffBase):
    id: int


# --- person -------------------------------------------------------------------------------------
class PersonBase(SQLModel):
    name: str | None = Field(default=None, max_length=64, index=True)
    sex: str = Field(default="unknown", max_length=16)
    birth_date: dt.date | None = None
    age_low: int | None = None
    age_high: int | None = None
    age_estimated_on: dt.date | None = None
    id_number: str | None = Field(default=None, max_length=18, unique=True, index=True)
    origin: str | None = Field(default=None, max_length=128)
    household_place: str | None = Field(default=None, max_length=128)
    dialect: str | None = Field(default=None, max_length=64)
    height_cm: int | None = None
    build: str | None = Field(default=None, max_length=16)
    features: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    notes: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]


class Person(PersonBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    # Denormalised for the resident list: the newest stay and the photo shown as thumbnail.
    latest_stay_id: int | None = Field(default=None, index=True)
    primary_photo_id: int | None = None
    # From the birth date or the middle of the estimated range; for sorting by age.
    approx_birth_year: int | None = None
    # Lower-cased names, aliases and descriptions, for one LIKE over one column.
    search_text: str = Field(default="", sa_type=Text)  # type: ignore[call-overload]
    created_at: dt.datetime = _utc()  # type: ignore[assignment]
    updated_at: dt.datetime = _utc()  # type: ignore[assignment]
    version: int = 1


class PersonPublic(PersonBase):
    id: int
    latest_stay_id: int | None
    primary_photo_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int


class PersonAlias(SQLModel, table=True):
    __tablename__ = "person_alias"
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    name: str = Field(max_length=64, index=True)
    kind: str = Field(default="alias", max_length=32)
    created_at: dt.datetime = _utc()  # type: ignore[assignment]


# --- stay ---------------------------------------------------------------------------------------
class StayBase(SQLModel):
    admitted_at: dt.datetime = _utc(index=True)  # type: ignore[assignment]
    found_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    found_place: str | None = Field(default=None, max_length=256)
    brought_by: str = Field(default="other", max_length=32)
    brought_by_name: str | None = Field(default=None, max_length=128)
    brought_by_contact: str | None = Field(default=None, max_length=128)
    clothing: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    health_on_arrival: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    status: str = Field(default="in_station", max_length=32, index=True)
    departed_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]


class Stay(StayBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    case_number: str = Field(max_length=11, unique=True, index=True)
    created_by: int = Field(foreign_key="staff.id")


class StayPublic(StayBase):
    id: int
    person_id: int
    case_number: str
    created_by: int


class CaseCounter(SQLModel, table=True):
    """The last case sequence given out in a year; updated in the intake transaction (gap-free)."""

    __tablename__ = "case_counter"
    year: int = Field(primary_key=True)
    last_sequence: int = 0


# --- photo --------------------------------------------------------------------------------------
class PhotoBase(SQLModel):
    sha256: str = Field(max_length=64, index=True)
    ext: str = Field(max_length=8)
    width: int
    height: int
    original_name: str | None = Field(default=None, max_length=256)


class Photo(PhotoBase, table=True):
    __table_args__ = (UniqueConstraint("person_id", "sha256"),)
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    stay_id: int | None = Field(default=None, foreign_key="stay.id")
    added_at: dt.datetime = _utc()  # type: ignore[assignment]
    added_by: int = Field(foreign_key="staff.id")


class PhotoPublic(PhotoBase):
    id: int
    person_id: int
    stay_id: int | None
    added_at: dt.datetime


# --- belongings ---------------------------------------------------------------------------------
class BelongingBase(SQLModel):
    item: str = Field(max_length=128)
    quantity: int = 1
    condition: str | None = Field(default=None, max_length=128)
    notes: str | None = Field(default=None, max_length=256)


class Belonging(BelongingBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    stay_id: int = Field(foreign_key="stay.id", index=True)
    received_at: dt.datetime = _utc()  # type: ignore[assignment]
    received_by: int = Field(foreign_key="staff.id")
    returned_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    returned_to: str | None = Field(default=None, max_length=128)
    returned_by: int | None = Field(default=None, foreign_key="staff.id")


class BelongingPublic(BelongingBase):
    id: int
    stay_id: int
    received_at: dt.datetime
    received_by: int
    returned_at: dt.datetime | None
    returned_to: str | None
    returned_by: int | None


# --- audit --------------------------------------------------------------------------------------
class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"
    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = _utc(index=True)  # type: ignore[assignment]
    staff_id: int | None = Field(default=None, foreign_key="staff.id", index=True)
    action: str = Field(max_length=64, index=True)
    entity: str = Field(max_length=32)
    entity_id: int | None = None
    person_id: int | None = Field(default=None, index=True)
    before_json: str | None = Field(default=None, sa_column=Column(Text))
    after_json: str | None = Field(default=None, sa_column=Column(Text))


class AuditEventPublic(SQLModel):
    id: int
    at: dt.datetime
    staff_id: int | None
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    before_json: str | None
    after_json: str | None
