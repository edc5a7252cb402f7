"""身份查明: the step that turns a confirmed match (or a police or family answer) into an identity.

One transaction records the attempt that found the family (result 已确认), takes over the facts the
worker chose from the list record (the true name, sex, birth date, ID number, 户籍地, the family's
contact), keeps the name the person went by until then in the identity history (as the 代称 it was),
and marks the identity found with when and how. From then on the rules for unidentified people stop.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlmodel import Session

from station.domain.casework import AttemptKind, AttemptResult, NameKind
from station.domain.clock import local_date, utcnow
from station.domain.enums import Sex
from station.domain.errors import FieldError, InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.matching import Decision
from station.domain.permissions import Action
from station.services import audit, family_search, identities, permissions, search_text
from station.services.family_search import AttemptData
from station.services.forms import check_person, clean, person_fields
from station.services.intake import MSG_NO_PERSON, PERSON_AUDIT_FIELDS
from station.services.persons import id_taken
from station.store.case_models import SearchAttemptPublic
from station.store.database import Database
from station.store.models import (
    MatchCandidate,
    MissingList,
    MissingRecord,
    Person,
    StaffPublic,
)

MSG_NOT_CONFIRMED = QT_TRANSLATE_NOOP("UserError", "请先在核对中确认此候选人，再登记身份查明")
MSG_OTHER_PERSON = QT_TRANSLATE_NOOP("UserError", "这个候选人不是此人的比对结果")
MSG_NO_CANDIDATE = QT_TRANSLATE_NOOP("UserError", "找不到编号为 {id} 的比对候选人")
MSG_RECORD_ROW = QT_TRANSLATE_NOOP("Identification", "第 {row} 行")

IDENTIFIED = ("identified_at", "identified_how")


@dataclass(frozen=True)
class IdentityOffer:
    """What the case file holds now and what the confirmed record says, field by field."""

    person_id: int
    how: AttemptKind
    current: dict[str, object]
    offered: dict[str, object]  # only fields the record fills
    channel: str | None = None  # the list the record came from
    reference: str | None = None  # the record's number in it
    candidate_id: int | None = None
    current_name_kind: NameKind | None = None  # how the current name is recorded, if it is


@dataclass
class IdentityFacts:
    """What the worker decided: each fact given here replaces the case file's."""

    how: AttemptKind
    at: dt.datetime
    name: str | None = None
    keep_old_name_as: NameKind = NameKind.PLACEHOLDER
    sex: Sex | None = None
    birth_date: dt.date | None = None
    id_number: str | None = None
    household_place: str | None = None
    family_contact: str | None = None
    channel: str | None = None
    reference: str | None = None
    notes: str | None = None
    candidate_id: int | None = None


class IdentificationService:
    def __init__(self, db: Database, *, now: Callable[[], dt.datetime] = utcnow) -> None:
        self.db = db
        self.now = now

    def offer(self, person_id: int, candidate_id: int | None = None) -> IdentityOffer:
        """The facts to choose from: the case file's, and the confirmed record's if any."""
        with self.db.read() as s:
            person = _person(s, person_id)
            current = {
                "name": person.name,
                "sex": Sex(person.sex),
                "birth_date": person.birth_date,
                "id_number": person.id_number,
                "household_place": person.household_place,
                "family_contact": person.family_contact,
            }
            kind = _name_kind(s, person)
            if candidate_id is None:
                return IdentityOffer(person_id, AttemptKind.OTHER, current, {},
                                     current_name_kind=kind)  # fmt: skip
            row = _candidate(s, person_id, candidate_id)
            record = s.get(MissingRecord, row.record_id) if row.record_id else None
            if record is None:  # a match with another resident's record: nothing to take over
                return IdentityOffer(person_id, AttemptKind.PHOTO_SEARCH, current, {},
                                     candidate_id=candidate_id, current_name_kind=kind)  # fmt: skip
            listed = s.get(MissingList, record.list_id)
            offered: dict[str, object] = {
                "name": clean(record.name),
                "sex": Sex(record.sex) if record.sex != Sex.UNKNOWN.value else None,
                "birth_date": record.birth_date,
                "household_place": clean(record.household_place),
                "family_contact": clean(record.contact),
            }
            reference = (
                record.external_id
                if not record.external_id.startswith("sha1:")
                else MSG_RECORD_ROW.format(row=record.source_row)
                if record.source_row
                else None
            )
            return IdentityOffer(
                person_id,
                AttemptKind.PHOTO_SEARCH,
                current,
                {k: v for k, v in offered.items() if v is not None},
                channel=listed.name[:128] if listed else None,
                reference=reference[:128] if reference else None,
                candidate_id=candidate_id,
                current_name_kind=kind,
            )

    def identify(
        self, person_id: int, facts: IdentityFacts, by: StaffPublic
    ) -> SearchAttemptPublic:
        """Record the identity found, in one transaction; the attempt that found it is returned."""
        now = self.now()
        with self.db.write() as s:
            permissions.require(s, by, Action.FAMILY_SEARCH)
            person, stay = family_search.current_stay(s, person_id)
            if facts.candidate_id is not None:
                row = _candidate(s, person_id, facts.candidate_id)
                if row.decision != Decision.CONFIRMED.value:
                    raise UserError(MSG_NOT_CONFIRMED)
            at, errors = family_search.check_time("at", facts.at, stay, now)
            facts = dataclasses.replace(facts, at=at)
            changes = _changed_fields(s, person, facts, now)
            errors += changes.errors
            if errors:
                raise InvalidInput(errors)
            if changes.person_changed:
                permissions.require(s, by, Action.EDIT_PERSON)
            before = audit.snapshot(person, (*PERSON_AUDIT_FIELDS, *IDENTIFIED))
            if changes.name:
                identities.take_name(s, person, changes.name, NameKind.REAL, now,
                                     keep_old_as=facts.keep_old_name_as)  # fmt: skip
            for attr, value in changes.values.items():
                setattr(person, attr, value)
            found = AttemptData(facts.how, facts.at, AttemptResult.CONFIRMED,
                                channel=facts.channel, reference=facts.reference,
                                notes=facts.notes)  # fmt: skip
            attempt = family_search.add_attempt(s, stay, found, by, now)
            if person.identified_at is None:
                person.identified_at, person.identified_how = facts.at, facts.how.value
            person.updated_at = now
            person.version += 1
            s.add(person)
            s.flush()
            search_text.refresh(s, person)
            old, new = audit.changes(
                before, audit.snapshot(person, (*PERSON_AUDIT_FIELDS, *IDENTIFIED))
            )
            audit.record(
                s, by, "person.identify", entity="person", entity_id=person_id,
                person_id=person_id, before=old,
                after={**new, "attempt": audit.snapshot(attempt, family_search.ATTEMPT_FIELDS),
                       **({"kept_name_as": facts.keep_old_name_as.value} if changes.name else {}),
                       **({"candidate": facts.candidate_id} if facts.candidate_id else {})},
                at=now,
            )  # fmt: skip
            return SearchAttemptPublic.model_validate(attempt, from_attributes=True)


@dataclass
class _Changes:
    name: str | None = None
    values: dict[str, object] = field(default_factory=dict)
    errors: list[FieldError] = field(default_factory=list)

    @property
    def person_changed(self) -> bool:
        return bool(self.name or self.values)


def _changed_fields(s: Session, person: Person, facts: IdentityFacts, now: dt.datetime) -> _Changes:
    """The person's facts after the worker's choices, checked as the edit form checks them."""
    out = _Changes()
    name = clean(facts.name)
    if name and name != person.name:
        try:
            identities.check_name(s, person, name, taking=True)
        except InvalidInput as exc:
            out.errors += exc.errors
        out.name = name
    fields = person_fields(person)
    given = {
        "sex": facts.sex,
        "birth_date": facts.birth_date,
        "id_number": clean(facts.id_number),
        "household_place": clean(facts.household_place),
        "family_contact": clean(facts.family_contact),
    }
    for attr, value in given.items():
        if value is not None:
            setattr(fields, attr, value)
    if facts.birth_date is not None:  # a known birth date replaces an estimate
        fields.age_low = fields.age_high = None
    out.errors += check_person(fields, today=local_date(now), found_on=None)
    if fields.id_number and fields.id_number != person.id_number:
        taken = id_taken(s, fields.id_number, person.id)
        if taken is not None:
            out.errors.append(taken)
    for attr in (*given, "age_low", "age_high"):
        value = getattr(fields, attr)
        value = getattr(value, "value", value)
        if value != getattr(person, attr):
            out.values[attr] = value
    if "age_low" in out.values:
        out.values["age_estimated_on"] = None
    return out


def _person(s: Session, person_id: int) -> Person:
    person = s.get(Person, person_id)
    if person is None:
        raise UserError(MSG_NO_PERSON, id=person_id)
    return person


def _candidate(s: Session, person_id: int, candidate_id: int) -> MatchCandidate:
    row = s.get(MatchCandidate, candidate_id)
    if row is None:
        raise UserError(MSG_NO_CANDIDATE, id=candidate_id)
    if row.person_id != person_id:
        raise UserError(MSG_OTHER_PERSON)
    return row


def _name_kind(s: Session, person: Person) -> NameKind | None:
    if not person.name or person.id is None:
        return None
    return identities.name_kind(s, person.id, person.name)
