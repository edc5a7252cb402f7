"""Two records of one person made one: 合并重复档案.

A person registered twice (the intake's photo alert was passed over, a record from before Station,
a name heard differently) has two case files. Merging keeps one record and moves everything of the
other to it in one transaction: stays (with their case numbers, belongings, steps and deadlines),
placements, departures, attempts, printed documents, photos, names and photo-search candidates.
A fact the kept record lacks is taken from the other; where both have one, the kept record's
stands and the other's name becomes an alias. The emptied record stays, pointing to the kept one,
so that its audit events and old references still lead to the person. Refused when the two have
different ID numbers (two people) or stays that overlap in time (one person is in care once at a
time). Audited with both records as they were.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from station.domain.casework import NameKind
from station.domain.clock import format_local
from station.domain.errors import FieldError, InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.matching import Decision
from station.domain.permissions import Action
from station.services import audit, permissions, search_text
from station.services.galleries import PERSONS, bump
from station.services.intake import MSG_NO_PERSON, PERSON_AUDIT_FIELDS
from station.store.case_models import Departure, Placement, PrintedDocument, SearchAttempt
from station.store.database import Database
from station.store.models import (
    FaceEncoding,
    MatchCandidate,
    MissingRecord,
    Person,
    PersonAlias,
    Photo,
    StaffPublic,
    Stay,
)

MSG_SAME = QT_TRANSLATE_NOOP("UserError", "不能把一份档案与它自己合并")
MSG_ALREADY = QT_TRANSLATE_NOOP(
    "UserError", "人员编号 {id} 的档案已合并到人员编号 {into} 的档案，请打开那份档案"
)
MSG_IDS_DIFFER = QT_TRANSLATE_NOOP(
    "UserError", "两份档案的身份证号不同（{a} / {b}），是两个人，不能合并"
)
MSG_BOTH_IN = QT_TRANSLATE_NOOP(
    "UserError",
    "两份档案都有尚未离站的入站记录（{a}、{b}）：一个人不会同时两次在站。请先核实，"
    "为其中误登记的一次办理离站后再合并",
)
MSG_OVERLAP = QT_TRANSLATE_NOOP(
    "UserError",
    "两次入站的时间重叠（{a}：{a_in} 至 {a_out}；{b}：{b_in} 至 {b_out}），一个人不会同时两次在站。"
    "请先核实是否为两个人，或更正误登记的入站时间",
)
MSG_NO_CASE = QT_TRANSLATE_NOOP("UserError", "没有入站编号为 {case} 的记录")
MSG_REASON = QT_TRANSLATE_NOOP("UserError", "请填写合并的理由（例如：照片比对确认、家属辨认）")

_FLAGS = ("mental_illness", "intellectual_disability", "physical_disability")
# Facts taken from the other record when the kept one lacks them (the name, sex, age, ID number
# and flags have rules of their own in _take_facts).
_FACTS = tuple(
    f
    for f in PERSON_AUDIT_FIELDS
    if f not in ("name", "sex", "age_low", "age_high", "id_number", *_FLAGS)
)
_FOREVER = dt.datetime.max.replace(tzinfo=dt.UTC)
_DECIDED = {Decision.CONFIRMED.value: 3, Decision.EXCLUDED.value: 2, Decision.POSSIBLE.value: 1}


@dataclass(frozen=True)
class MergeResult:
    kept: int
    merged: int
    taken: list[str]  # the kept record's empty fields filled from the other
    aliases: list[str]  # the other's names kept as aliases
    stays: int
    photos: int


def current_id(session: Session, person_id: int) -> int:
    """The record a person is kept under now (following merges)."""
    seen = set()
    while person_id not in seen:
        seen.add(person_id)
        person = session.get(Person, person_id)
        if person is None or person.merged_into is None:
            return person_id
        person_id = person.merged_into
    return person_id


class MergeService:
    def __init__(self, db: Database, *, now: Callable[[], dt.datetime]) -> None:
        self.db = db
        self.now = now

    def current_id(self, person_id: int) -> int:
        with self.db.read() as s:
            return current_id(s, person_id)

    def person_for_case(self, case_number: str) -> int:
        """The record (as kept now) of the stay with this case number."""
        with self.db.read() as s:
            person_id = s.exec(
                select(Stay.person_id).where(Stay.case_number == case_number.strip())
            ).first()
            if person_id is None:
                raise UserError(MSG_NO_CASE, case=case_number.strip())
            return current_id(s, person_id)

    def check(self, keep_id: int, other_id: int) -> None:
        """Raise what would refuse the merge (for the dialog, before the reason is asked)."""
        with self.db.read() as s:
            self._refusal(s, keep_id, other_id)

    def merge(self, keep_id: int, other_id: int, reason: str, by: StaffPublic) -> MergeResult:
        reason = reason.strip()
        if not reason:
            raise InvalidInput([FieldError("reason", MSG_REASON)])
        with self.db.write() as s:
            permissions.require(s, by, Action.MERGE)
            keep, other = self._refusal(s, keep_id, other_id, lock=True)
            case_numbers = list(
                s.exec(
                    select(Stay.case_number)
                    .where(Stay.person_id == other_id)
                    .order_by(col(Stay.id))
                ).all()
            )
            before = {
                "kept": {"id": keep_id, **audit.snapshot(keep, PERSON_AUDIT_FIELDS)},
                "merged": {"id": other_id, **audit.snapshot(other, PERSON_AUDIT_FIELDS)},
                "case_numbers": case_numbers,
            }
            taken, aliases = _take_facts(s, keep, other)
            _move_rows(s, keep_id, other_id)
            stays = len(case_numbers)
            photos = _move_photos(s, keep, other)
            _move_candidates(s, keep_id, other_id)
            other.merged_into = keep_id
            other.latest_stay_id = None
            other.primary_photo_id = None
            other.search_text = ""
            now = self.now()
            for person in (keep, other):
                person.updated_at = now
                person.version += 1
            keep.latest_stay_id = s.exec(
                select(Stay.id)
                .where(Stay.person_id == keep_id)
                .order_by(col(Stay.admitted_at).desc(), col(Stay.id).desc())
            ).first()
            s.flush()
            search_text.refresh(s, keep)
            bump(s, PERSONS)
            result = MergeResult(keep_id, other_id, taken, aliases, stays, photos)
            audit.record(
                s, by, "person.merge", entity="person", entity_id=keep_id, person_id=keep_id,
                before=before,
                after={"taken": taken, "aliases": aliases, "stays": stays, "photos": photos,
                       "reason": reason},
                at=now,
            )  # fmt: skip
        return result

    def _refusal(
        self, s: Session, keep_id: int, other_id: int, *, lock: bool = False
    ) -> tuple[Person, Person]:
        if keep_id == other_id:
            raise UserError(MSG_SAME)
        people = []
        for person_id in (keep_id, other_id):
            person = s.get(Person, person_id, with_for_update=lock)
            if person is None:
                raise UserError(MSG_NO_PERSON, id=person_id)
            if person.merged_into is not None:
                raise UserError(MSG_ALREADY, id=person_id, into=current_id(s, person_id))
            people.append(person)
        keep, other = people
        if keep.id_number and other.id_number and keep.id_number != other.id_number:
            raise UserError(MSG_IDS_DIFFER, a=keep.id_number, b=other.id_number)
        stays = [
            s.exec(select(Stay).where(Stay.person_id == person_id)).all()
            for person_id in (keep_id, other_id)
        ]
        for mine in stays[0]:
            for theirs in stays[1]:
                if mine.departed_at is None and theirs.departed_at is None:
                    raise UserError(MSG_BOTH_IN, a=mine.case_number, b=theirs.case_number)
                if _overlap(mine, theirs):
                    raise UserError(MSG_OVERLAP, a=mine.case_number, b=theirs.case_number,
                                    a_in=format_local(mine.admitted_at),
                                    a_out=_left(mine), b_in=format_local(theirs.admitted_at),
                                    b_out=_left(theirs))  # fmt: skip
        return keep, other


def _overlap(a: Stay, b: Stay) -> bool:
    """Whether two stays share a moment (one person is in care once at a time)."""
    return a.admitted_at < (b.departed_at or _FOREVER) and b.admitted_at < (
        a.departed_at or _FOREVER
    )


def _left(stay: Stay) -> str:
    return format_local(stay.departed_at) if stay.departed_at else "—"


def _take_facts(s: Session, keep: Person, other: Person) -> tuple[list[str], list[str]]:
    """Fill the kept record's gaps from the other; the other's differing names become aliases."""
    taken = []
    if not keep.name and other.name:
        keep.name, taken = other.name, ["name"]
    if keep.sex == "unknown" and other.sex != "unknown":
        keep.sex = other.sex
        taken.append("sex")
    if keep.birth_date is None and keep.age_low is None and other.age_low is not None:
        keep.age_low, keep.age_high = other.age_low, other.age_high
        keep.age_estimated_on = other.age_estimated_on
        taken += ["age_low", "age_high"]
    if keep.id_number is None and other.id_number:
        number, other.id_number = other.id_number, None
        s.flush()  # the number is unique: off the other record before it is on this one
        keep.id_number = number
        taken.append("id_number")
    for name in _FACTS:
        if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, ""):
            setattr(keep, name, getattr(other, name))
            taken.append(name)
    for name in _FLAGS:
        if getattr(other, name) and not getattr(keep, name):
            setattr(keep, name, True)
            taken.append(name)
    if keep.identified_at is None and other.identified_at is not None:
        keep.identified_at, keep.identified_how = other.identified_at, other.identified_how
    known = {keep.name} | set(
        s.exec(select(PersonAlias.name).where(PersonAlias.person_id == keep.id)).all()
    )
    aliases = []
    if other.name and other.name not in known:
        s.add(PersonAlias(person_id=keep.id, name=other.name, kind=NameKind.ALIAS.value,
                          created_at=other.created_at))  # fmt: skip
        aliases.append(other.name)
    return taken, aliases


def _move_rows(s: Session, keep_id: int, other_id: int) -> None:
    """Stays and everything kept by person: now the kept record's."""
    for table in (Stay, Departure, Placement, SearchAttempt, PrintedDocument, PersonAlias):
        s.execute(update(table).where(col(table.person_id) == other_id).values(person_id=keep_id))
    s.execute(
        update(MissingRecord)
        .where(col(MissingRecord.matched_person_id) == other_id)
        .values(matched_person_id=keep_id)
    )


def _move_photos(s: Session, keep: Person, other: Person) -> int:
    """The other's photos, except those the kept record already has (the same file)."""
    have = set(s.exec(select(Photo.sha256).where(Photo.person_id == keep.id)).all())
    moved = 0
    for photo in s.exec(select(Photo).where(Photo.person_id == other.id)).all():
        if photo.sha256 in have:
            s.execute(delete(FaceEncoding).where(col(FaceEncoding.photo_id) == photo.id))
            s.delete(photo)
            continue
        photo.person_id = keep.id
        s.add(photo)
        moved += 1
        if keep.primary_photo_id is None:
            keep.primary_photo_id = photo.id
    return moved


def _move_candidates(s: Session, keep_id: int, other_id: int) -> None:
    """Photo-search candidates follow the person; of two for the same pair the more decided one
    stays (confirmed, then excluded, then possible); candidates between the two records go (they
    are one person now: the merge and its reason are in the audit trail)."""
    pair = (col(MatchCandidate.person_id).in_([keep_id, other_id])) & (
        col(MatchCandidate.other_person_id).in_([keep_id, other_id])
    )
    s.execute(delete(MatchCandidate).where(pair))
    rows = s.exec(
        select(MatchCandidate).where(
            (col(MatchCandidate.person_id).in_([keep_id, other_id]))
            | (col(MatchCandidate.other_person_id).in_([keep_id, other_id]))
        )
    ).all()
    best: dict[tuple[object, ...], MatchCandidate] = {}
    for row in sorted(rows, key=lambda r: (r.person_id != keep_id, r.id)):
        person = keep_id if row.person_id == other_id else row.person_id
        other_person = keep_id if row.other_person_id == other_id else row.other_person_id
        key = (person, row.record_id, other_person)
        kept = best.get(key)
        if kept is None:
            best[key] = row
        elif _DECIDED.get(row.decision or "", 0) > _DECIDED.get(kept.decision or "", 0):
            s.delete(kept)
            best[key] = row
        else:
            s.delete(row)
    s.flush()
    for (person, _, other_person), row in best.items():
        if (row.person_id, row.other_person_id) != (person, other_person):
            row.person_id, row.other_person_id = person, other_person
            s.add(row)
