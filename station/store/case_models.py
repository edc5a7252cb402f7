"""The tables of the case after intake: placements, family-search attempts, decisions on a stay,
and the deadline rules with the working-day calendar they count by."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

from station.store.types import UTCDateTime


def _utc(**kw: object) -> object:
    return Field(sa_type=UTCDateTime, **kw)  # type: ignore[arg-type]


# --- placement ----------------------------------------------------------------------------------
class PlacementBase(SQLModel):
    kind: str = Field(max_length=32, index=True)
    facility: str | None = Field(default=None, max_length=128)
    started_on: dt.date = Field(index=True)
    ended_on: dt.date | None = Field(default=None, index=True)  # None: the current placement
    reason: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    cost_fen: int | None = None  # in 分 (1/100 yuan): exact
    escort: str | None = Field(default=None, max_length=128)
    outcome: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]


class Placement(PlacementBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    stay_id: int = Field(foreign_key="stay.id", index=True)
    created_at: dt.datetime = _utc()  # type: ignore[assignment]
    created_by: int = Field(foreign_key="staff.id")


class PlacementPublic(PlacementBase):
    id: int
    person_id: int
    stay_id: int


# --- family search ------------------------------------------------------------------------------
class SearchAttemptBase(SQLModel):
    kind: str = Field(max_length=32, index=True)
    at: dt.datetime = _utc(index=True)  # type: ignore[assignment]
    channel: str | None = Field(default=None, max_length=128)
    reference: str | None = Field(default=None, max_length=128)
    result: str = Field(default="none", max_length=16)
    notes: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    follow_up_on: dt.date | None = Field(default=None, index=True)


class SearchAttempt(SearchAttemptBase, table=True):
    __tablename__ = "search_attempt"
    __table_args__ = (
        Index("ix_search_attempt_stay_kind_at", "stay_id", "kind", "at"),
        Index("ix_search_attempt_kind_result_at", "kind", "result", "at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    stay_id: int = Field(foreign_key="stay.id", index=True)
    staff_id: int = Field(foreign_key="staff.id")
    created_at: dt.datetime = _utc()  # type: ignore[assignment]


class SearchAttemptPublic(SearchAttemptBase):
    id: int
    person_id: int
    stay_id: int
    staff_id: int


class StayDecisionBase(SQLModel):
    kind: str = Field(max_length=32)  # extension, long_stay, settlement
    option: str | None = Field(default=None, max_length=32)  # for long_stay: how cared for
    at: dt.datetime = _utc()  # type: ignore[assignment]
    until_on: dt.date | None = None  # for an extension
    notes: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]


class StayDecision(StayDecisionBase, table=True):
    __tablename__ = "stay_decision"
    id: int | None = Field(default=None, primary_key=True)
    stay_id: int = Field(foreign_key="stay.id", index=True)
    staff_id: int = Field(foreign_key="staff.id")


class StayDecisionPublic(StayDecisionBase):
    id: int
    stay_id: int
    staff_id: int


class StayProgress(SQLModel, table=True):
    """The latest time each step kind was recorded in a stay (an attempt or a decision): what the
    deadline rules ask of everyone in care, read with one row per stay instead of one search of
    the attempts per kind. Written in the same transaction as the step; one column per kind of
    :class:`~station.domain.casework.AttemptKind` and :class:`~station.domain.casework.DecisionKind`
    (a new kind needs a new column and a migration)."""

    __tablename__ = "stay_progress"
    stay_id: int = Field(foreign_key="stay.id", primary_key=True)
    announcement_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    police_dna_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    fingerprint_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    police_face_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    online_platform_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    dialect_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    phone_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    home_visit_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    photo_search_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    other_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    extension_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    long_stay_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    settlement_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]


def progress_column(kind: str) -> str:
    """The :class:`StayProgress` column of a step kind (ValueError for a kind it does not know:
    the name goes into SQL, so only the table's own columns pass)."""
    name = f"{kind}_at"
    if name not in StayProgress.model_fields:
        raise ValueError(f"no progress column for step kind {kind!r}")
    return name


# --- deadline rules -----------------------------------------------------------------------------
class DeadlineRuleRow(SQLModel, table=True):
    """A rule of :mod:`station.domain.deadlines` as the administrator keeps it."""

    __tablename__ = "deadline_rule"
    code: str = Field(primary_key=True, max_length=32)
    title: str = Field(max_length=256)
    applies: str = Field(max_length=32)
    opens_amount: int
    opens_unit: str = Field(max_length=16)
    grace_amount: int
    grace_unit: str = Field(max_length=16)
    clears: str = Field(max_length=256)  # comma-separated step kinds
    every_amount: int | None = None
    every_unit: str | None = Field(default=None, max_length=16)
    active: bool = True
    position: int = 0
    updated_at: dt.datetime = _utc()  # type: ignore[assignment]


class CalendarDay(SQLModel, table=True):
    """A day that is not as the week says: a public holiday, or a weekend day worked (调休)."""

    __tablename__ = "calendar_day"
    day: dt.date = Field(primary_key=True)
    working: bool
    note: str | None = Field(default=None, max_length=64)


# --- departure ----------------------------------------------------------------------------------
class DepartureBase(SQLModel):
    kind: str = Field(max_length=32, index=True)
    departed_at: dt.datetime = _utc(index=True)  # type: ignore[assignment]
    destination: str | None = Field(default=None, max_length=256)
    notes: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]
    health: str | None = Field(default=None, sa_type=Text)  # type: ignore[call-overload]  # at handover
    cash_fen: int | None = None  # cash or travel voucher handed out
    cash_receipt: str | None = Field(default=None, max_length=64)
    declaration_signed: bool = False  # 自行离站声明书
    approved_by: int | None = Field(default=None, foreign_key="staff.id")
    # Family pickup: the relative, checked.
    relative_name: str | None = Field(default=None, max_length=64)
    relative_id_number: str | None = Field(default=None, max_length=18)
    relative_relationship: str | None = Field(default=None, max_length=32)
    relative_phone: str | None = Field(default=None, max_length=32)
    relative_documents: str | None = Field(default=None, max_length=256)  # comma-separated
    # Escort home: the trip and the handover.
    escorts: str | None = Field(default=None, max_length=256)  # comma-separated names
    vehicle: str | None = Field(default=None, max_length=128)
    route: str | None = Field(default=None, max_length=256)
    trip_departed_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    trip_arrived_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]
    receiver: str | None = Field(default=None, max_length=128)
    handed_to: str | None = Field(default=None, max_length=64)
    handed_at: dt.datetime | None = _utc(default=None, nullable=True)  # type: ignore[assignment]


class Departure(DepartureBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    stay_id: int = Field(foreign_key="stay.id", unique=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    created_by: int = Field(foreign_key="staff.id")
    created_at: dt.datetime = _utc()  # type: ignore[assignment]


class DeparturePublic(DepartureBase):
    id: int
    stay_id: int
    person_id: int
    created_by: int


class StationSetting(SQLModel, table=True):
    """The station's own facts, shared by every workstation: name, province, address, phone …"""

    __tablename__ = "station_setting"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="", sa_type=Text)  # type: ignore[call-overload]


# --- printed documents --------------------------------------------------------------------------
class PrintedDocumentBase(SQLModel):
    kind: str = Field(max_length=32)
    number: str = Field(max_length=32, unique=True)
    sha256: str = Field(max_length=64)  # the stored copy: documents/ab/abcdef….pdf
    pages: int = 1
    printed_at: dt.datetime = _utc()  # type: ignore[assignment]


class PrintedDocument(PrintedDocumentBase, table=True):
    """A document as it was printed: who, when, which, and the exact copy for reprinting."""

    __tablename__ = "printed_document"
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    stay_id: int = Field(foreign_key="stay.id", index=True)
    printed_by: int = Field(foreign_key="staff.id")


class PrintedDocumentPublic(PrintedDocumentBase):
    id: int
    person_id: int
    stay_id: int
    printed_by: int


class DocumentCounter(SQLModel, table=True):
    """The last document number given out per kind and year (gap-free, like case numbers)."""

    __tablename__ = "document_counter"
    kind: str = Field(primary_key=True, max_length=32)
    year: int = Field(primary_key=True)
    last_sequence: int = 0
