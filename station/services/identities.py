"""Identity history: every name a person has been known by, with how it came to be known.

Names are never deleted. A name that becomes the person's name — the true name once the identity is
found, or an official name given at 落户安置 — keeps the name before it in the history, as the 代称 or
曾用名 it was. All names are searchable (they are part of the search text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from station.domain.casework import NameKind
from station.domain.clock import utcnow
from station.domain.errors import FieldError, InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.services import audit, permissions, search_text
from station.services.intake import MSG_NO_PERSON
from station.store.database import Database
from station.store.models import Person, PersonAlias, StaffPublic

MSG_NAME = QT_TRANSLATE_NOOP("UserError", "请填写名字")
MSG_KNOWN = QT_TRANSLATE_NOOP("UserError", "名字“{name}”已记录在此人名下")
MSG_LONG = QT_TRANSLATE_NOOP("UserError", "名字不能超过 {n} 个字")


@dataclass(frozen=True)
class NameRecord:
    name: str
    kind: NameKind
    since: dt.datetime
    current: bool  # the name the person goes by now


class IdentityService:
    def __init__(self, db: Database, *, now: Callable[[], dt.datetime] = utcnow) -> None:
        self.db = db
        self.now = now

    def names(self, person_id: int) -> list[NameRecord]:
        with self.db.read() as s:
            person = _person(s, person_id)
            rows = s.exec(
                select(PersonAlias)
                .where(PersonAlias.person_id == person_id)
                .order_by(col(PersonAlias.created_at), col(PersonAlias.id))
            ).all()
        out = [NameRecord(r.name, _kind(r.kind), r.created_at, r.name == person.name) for r in rows]
        if person.name and not any(n.current for n in out):
            out.insert(0, NameRecord(person.name, NameKind.SELF_REPORTED, person.created_at, True))
        return out

    def add_name(
        self,
        person_id: int,
        name: str,
        kind: NameKind,
        by: StaffPublic,
        *,
        keep_old_as: NameKind | None = None,
    ) -> None:
        """Record a name the person is known by. A true or official name becomes the person's
        name; the one before it is kept as ``keep_old_as`` (else as what it was recorded as, or
        曾用名)."""
        name = name.strip()
        now = self.now()
        with self.db.write() as s:
            permissions.require(s, by, Action.EDIT_PERSON)
            person = _person(s, person_id)
            check_name(s, person, name, taking=kind.becomes_name)
            fields = ("name",)
            before = audit.snapshot(person, fields)
            if kind.becomes_name:
                take_name(s, person, name, kind, now, keep_old_as=keep_old_as)
            else:
                s.add(PersonAlias(person_id=person_id, name=name, kind=kind.value, created_at=now))
            person.updated_at = now
            person.version += 1
            s.add(person)
            s.flush()
            search_text.refresh(s, person)
            old, new = audit.changes(before, audit.snapshot(person, fields))
            audit.record(
                s, by, "person.name_add", entity="person", entity_id=person_id,
                person_id=person_id, before=old,
                after={**new, "added": name, "kind": kind.value},
                at=now,
            )  # fmt: skip


def take_name(
    s: Session,
    person: Person,
    name: str,
    kind: NameKind,
    now: dt.datetime,
    *,
    keep_old_as: NameKind | None = None,
) -> None:
    """Make ``name`` the person's name, keeping the name before it in the history."""
    assert person.id is not None
    old = person.name
    if old and old != name:
        row = _alias(s, person.id, old)
        if row is None:
            row = PersonAlias(person_id=person.id, name=old, created_at=person.created_at,
                              kind=(keep_old_as or NameKind.FORMER).value)  # fmt: skip
        elif keep_old_as is not None:
            row.kind = keep_old_as.value
        s.add(row)
    new = _alias(s, person.id, name)
    if new is None:
        new = PersonAlias(person_id=person.id, name=name, created_at=now)
    new.kind = kind.value  # a name heard before (谐音, 自述) is now known to be the true one
    s.add(new)
    person.name = name


def _person(s: Session, person_id: int) -> Person:
    person = s.get(Person, person_id)
    if person is None:
        raise UserError(MSG_NO_PERSON, id=person_id)
    return person


def _alias(s: Session, person_id: int, name: str) -> PersonAlias | None:
    return s.exec(
        select(PersonAlias).where(PersonAlias.person_id == person_id, PersonAlias.name == name)
    ).first()


def check_name(s: Session, person: Person, name: str, *, taking: bool = False) -> None:
    """A new name must be filled in and fit; a name already known can still become the name."""
    assert person.id is not None
    if not name:
        raise InvalidInput([FieldError("name", MSG_NAME)])
    if len(name) > 64:
        raise InvalidInput([FieldError("name", MSG_LONG, {"n": 64})])
    if name == person.name or (not taking and _alias(s, person.id, name) is not None):
        raise InvalidInput([FieldError("name", MSG_KNOWN, {"name": name})])


def name_kind(s: Session, person_id: int, name: str) -> NameKind | None:
    """How a name of the person is recorded in the history (None: not recorded)."""
    row = _alias(s, person_id, name)
    return _kind(row.kind) if row is not None else None


def _kind(value: str) -> NameKind:
    try:
        return NameKind(value)
    except ValueError:
        return NameKind.ALIAS
