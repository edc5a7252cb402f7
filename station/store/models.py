"""The tables. Each family: ``XBase`` (shared fields), ``X`` (``table=True``), ``XPublic`` (what
services hand to the GUI: plain values that never expire after a commit)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Index, Text, UniqueConstraint, false
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
    failed_logins: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    locked_until: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    must_change_password: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    password_changed_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]


class StaffPublic(StaffBase):
    id: int
    must_change_password: bool = False


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
    family_contact: str | None = Field(default=None, max_length=256)  # 家属联系方式
    dialect: str | None = Field(default=None, max_length=64)
    height_cm: int | None = None
    build: str | None = Field(default=None, max_length=16)
    features: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    notes: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    # For the deadline rules and stricter handling.
    mental_illness: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    intellectual_disability: bool = Field(
        default=False, sa_column_kwargs={"server_default": false()}
    )
    physical_disability: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    # When and how the identity was established (None: still unidentified unless an ID number).
    identified_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    identified_how: str | None = Field(default=None, max_length=256)


class Person(PersonBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    # Denormalised for the resident list: the newest stay and the photo shown as thumbnail.
    latest_stay_id: int | None = Field(default=None, index=True)
    primary_photo_id: int | None = None
    # A duplicate record emptied into another one (its stays, photos and names moved there).
    merged_into: int | None = Field(default=None, index=True)
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
    critical: bool = Field(default=False, sa_column_kwargs={"server_default": false()})  # 危重
    special_groups: str | None = Field(default=None, max_length=128)  # comma-separated codes
    departed_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]


class Stay(StayBase, table=True):
    __table_args__ = (Index("ix_stay_person_admitted", "person_id", "admitted_at"),)
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
    amount_fen: int | None = None  # money (cash) taken into custody, in 分
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
    # The hash chain (station.store.audit_chain): the previous event's hash and this one's.
    prev_hash: str | None = Field(default=None, max_length=64)
    hash: str | None = Field(default=None, max_length=64)


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


# --- missing-person lists -----------------------------------------------------------------------
class MissingListBase(SQLModel):
    name: str = Field(max_length=128)
    source_kind: str = Field(max_length=16)  # csv, xlsx, pfif
    source_name: str = Field(max_length=256)
    photo_dir: str | None = Field(default=None, max_length=1024)
    mapping_json: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    record_count: int = 0  # the records committed: kept in the same transaction as they are
    # importing (the last import has not finished: killed, or still running), stopped, complete
    import_state: str = Field(
        default="complete", max_length=16, sa_column_kwargs={"server_default": "complete"}
    )


class MissingList(MissingListBase, table=True):
    __tablename__ = "missing_list"
    id: int | None = Field(default=None, primary_key=True)
    imported_at: dt.datetime = _utc()  # type: ignore[assignment]
    imported_by: int = Field(foreign_key="staff.id")
    updated_at: dt.datetime = _utc()  # type: ignore[assignment]


class MissingListPublic(MissingListBase):
    id: int
    imported_at: dt.datetime
    updated_at: dt.datetime


class MissingRecordBase(SQLModel):
    external_id: str = Field(max_length=256)
    name: str | None = Field(default=None, max_length=128)
    sex: str = Field(default="unknown", max_length=16)
    birth_date: dt.date | None = None
    birth_year: int | None = None
    age_at_missing: int | None = None
    missing_date: dt.date | None = None
    missing_place: str | None = Field(default=None, max_length=256)
    household_place: str | None = Field(default=None, max_length=256)  # 户籍地 / 家庭住址
    height_cm: int | None = None
    features: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    contact: str | None = Field(default=None, max_length=256)
    source_row: int | None = None


class MissingRecord(MissingRecordBase, table=True):
    __tablename__ = "missing_record"
    __table_args__ = (UniqueConstraint("list_id", "external_id"),)
    id: int | None = Field(default=None, primary_key=True)
    list_id: int = Field(foreign_key="missing_list.id", index=True)
    # Every column of the source row, as read, so nothing in the list is lost.
    extra_json: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    search_text: str = Field(default="", sa_type=Text)  # type: ignore[call-overload]
    matched_person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    updated_at: dt.datetime = _utc()  # type: ignore[assignment]


class MissingRecordPublic(MissingRecordBase):
    id: int
    list_id: int
    matched_person_id: int | None


class MissingPhoto(SQLModel, table=True):
    """A photo named by a list record. ``status``: pending (to encode), encoded, failed."""

    __tablename__ = "missing_photo"
    __table_args__ = (UniqueConstraint("record_id", "source"),)
    id: int | None = Field(default=None, primary_key=True)
    record_id: int = Field(foreign_key="missing_record.id", index=True)
    source: str = Field(max_length=1024)  # file name as written in the list, or a data: digest
    source_path: str | None = Field(default=None, max_length=2048)
    position: int = 0
    status: str = Field(default="pending", max_length=16, index=True)
    problem: str | None = Field(default=None, max_length=32)
    problem_detail: str | None = Field(default=None, max_length=512)
    sha256: str | None = Field(default=None, max_length=64)
    ext: str | None = Field(default=None, max_length=8)
    width: int | None = None
    height: int | None = None


# --- face encodings -----------------------------------------------------------------------------
class FaceEncoding(SQLModel, table=True):
    """The encoding of the face used in one photo (a resident's or a list record's), per encoder.

    ``encoder`` names the model and every setting that changes the numbers; encodings of different
    encoders are never compared. ``vector`` is 128 little-endian float32 values of unit length.
    """

    __tablename__ = "face_encoding"
    __table_args__ = (
        UniqueConstraint("photo_id", "encoder"),
        UniqueConstraint("missing_photo_id", "encoder"),
    )
    id: int | None = Field(default=None, primary_key=True)
    photo_id: int | None = Field(default=None, foreign_key="photo.id", index=True)
    missing_photo_id: int | None = Field(default=None, foreign_key="missing_photo.id", index=True)
    encoder: str = Field(max_length=64)
    top: int
    right: int
    bottom: int
    left: int
    faces_found: int = 1
    sharpness: float | None = None
    vector: bytes


class GalleryRevision(SQLModel, table=True):
    """Bumped in the transaction that changes a gallery's encodings; cached indexes carry it."""

    __tablename__ = "gallery_revision"
    gallery: str = Field(primary_key=True, max_length=64)  # "persons" or "list:<id>"
    revision: int = 0


class MatchRun(SQLModel, table=True):
    """When a resident was last compared with a gallery: at which revision, encoder and photos."""

    __tablename__ = "match_run"
    __table_args__ = (UniqueConstraint("person_id", "gallery", "encoder"),)
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id")
    gallery: str = Field(max_length=64)
    encoder: str = Field(max_length=64)
    revision: int
    probe_key: str = Field(max_length=64)  # which of the resident's photos were compared
    candidates: int = 0
    ran_at: dt.datetime = _utc()  # type: ignore[assignment]


class WorkLease(SQLModel, table=True):
    """Shared work one workstation does at a time: held until ``expires_at``, renewed as it runs."""

    __tablename__ = "work_lease"
    name: str = Field(primary_key=True, max_length=64)
    holder: str = Field(max_length=128)
    expires_at: dt.datetime = _utc()  # type: ignore[assignment]


# --- match candidates ---------------------------------------------------------------------------
class MatchCandidateBase(SQLModel):
    person_id: int = Field(foreign_key="person.id", index=True)
    record_id: int | None = Field(default=None, foreign_key="missing_record.id", index=True)
    other_person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    encoder: str = Field(max_length=64)
    distance: float
    score: float
    band: str = Field(max_length=16)
    decision: str | None = Field(default=None, max_length=16)
    reason: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    # A child's photo against an adult's: reported apart from the bands' other decisions.
    cross_age: bool = Field(default=False, sa_column_kwargs={"server_default": false()})


class MatchCandidate(MatchCandidateBase, table=True):
    """A candidate found for a resident, kept with the reviewer's decision (one row per pair)."""

    __tablename__ = "match_candidate"
    __table_args__ = (
        UniqueConstraint("person_id", "record_id"),
        UniqueConstraint("person_id", "other_person_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    found_at: dt.datetime = _utc()  # type: ignore[assignment]
    found_by: int = Field(foreign_key="staff.id")
    decided_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    decided_by: int | None = Field(default=None, foreign_key="staff.id")


class MatchCandidatePublic(MatchCandidateBase):
    id: int
    found_at: dt.datetime
    decided_at: dt.datetime | None
    decided_by: int | None
