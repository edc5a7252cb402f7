"""Identity history: every name a person has been known by, with how it came to be known.

Names are never deleted. A new official name (given at 落户安置) becomes the person's name; the name
before it is kept as a former name. All names are searchable (they are part of the search text).
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

    def add_name(self, person_id: int, name: str, kind: NameKind, by: StaffPublic) -> None:
        """Record a name the person is known by; an official name becomes the person's name."""
        name = name.strip()
        now = self.now()
        with self.db.write() as s:
            permissions.require(s, by, Action.EDIT_PERSON)
            person = _person(s, person_id)
            _check(s, person, name)
            fields = ("name",)
            before = audit.snapshot(person, fields)
            if kind is NameKind.OFFICIAL:
                if person.name and not _has(s, person_id, person.name):
                    s.add(PersonAlias(person_id=person_id, name=person.name,
                                      kind=NameKind.FORMER.value, created_at=person.created_at))  # fmt: skip
                person.name = name
            s.add(PersonAlias(person_id=person_id, name=name, kind=kind.value, created_at=now))
            person.updated_at = now
            person.version += 1
            s.add(person)
            s.flush()
            search_text.refresh(s, person)
            audit.record(
                s, by, "person.name_add", entity="person", entity_id=person_id,
                person_id=person_id, before=before,
                after={**audit.snapshot(person, fields), "added": name, "kind": kind.value},
                at=now,
            )  # fmt: skip


def _person(s: Session, person_id: int) -> Person:
    person = s.get(Person, person_id)
    if person is None:
        raise UserError(MSG_NO_PERSON, id=person_id)
    return person


def _has(s: Session, person_id: int, name: str) -> bool:
    return (
        s.exec(
            select(PersonAlias.id).where(
                PersonAlias.person_id == person_id, PersonAlias.name == name
            )
        ).first()
        is not None
    )


def _check(s: Session, person: Person, name: str) -> None:
    assert person.id is not None
    if not name:
        raise InvalidInput([FieldError("name", MSG_NAME)])
    if len(name) > 64:
        raise InvalidInput([FieldError("name", MSG_LONG, {"n": 64})])
    if name == person.name or _has(s, person.id, name):
        raise InvalidInput([FieldError("name", MSG_KNOWN, {"name": name})])


def _kind(value: str) -> NameKind:
    try:
        return NameKind(value)
    except ValueError:
        return NameKind.ALIAS
