"""寻亲: every attempt to find a person's family, and the decisions a long stay needs.

Attempts and decisions belong to the person's current (latest) stay; the deadline rules read them. An
attempt whose result is 已确认 establishes the person's identity (kept with when and how).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from station.domain.casework import AttemptKind, AttemptResult, DecisionKind, LongStayOption
from station.domain.clock import format_local, local_date, utcnow
from station.domain.errors import FieldError, InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.services import audit, permissions
from station.services.forms import clean
from station.services.intake import MSG_NO_PERSON
from station.store.case_models import (
    SearchAttempt,
    SearchAttemptPublic,
    StayDecision,
    StayDecisionPublic,
    StayProgress,
    progress_column,
)
from station.store.database import Database
from station.store.models import Person, StaffPublic, Stay

SLACK = dt.timedelta(minutes=10)  # workstation clocks drift

MSG_NO_STAY = QT_TRANSLATE_NOOP("UserError", "此人还没有入站记录")
MSG_AT_FUTURE = QT_TRANSLATE_NOOP("UserError", "时间 {at} 在现在之后")
MSG_AT_BEFORE = QT_TRANSLATE_NOOP("UserError", "时间 {at} 早于本次入站时间 {admitted}")
MSG_FOLLOW_UP_PAST = QT_TRANSLATE_NOOP("UserError", "下次跟进日期 {day} 早于本次寻亲的日期")
MSG_NO_ATTEMPT = QT_TRANSLATE_NOOP("UserError", "找不到这条寻亲记录（编号 {id}）")
MSG_OPTION = QT_TRANSLATE_NOOP("UserError", "请选择安置方式（站内照料 / 站外托养 / 特困供养）")
MSG_UNTIL = QT_TRANSLATE_NOOP("UserError", "请填写延长至哪一天（应在今天之后）")

ATTEMPT_FIELDS = ("kind", "at", "channel", "reference", "result", "notes", "follow_up_on")
DECISION_FIELDS = ("kind", "option", "at", "until_on", "notes")


@dataclass
class AttemptData:
    kind: AttemptKind
    at: dt.datetime
    result: AttemptResult = AttemptResult.NONE
    channel: str | None = None
    reference: str | None = None
    notes: str | None = None
    follow_up_on: dt.date | None = None


class FamilySearchService:
    def __init__(self, db: Database, *, now: Callable[[], dt.datetime] = utcnow) -> None:
        self.db = db
        self.now = now

    # --- attempts ---------------------------------------------------------------------------
    def attempts(self, person_id: int) -> list[SearchAttemptPublic]:
        with self.db.read() as s:
            rows = s.exec(
                select(SearchAttempt)
                .where(SearchAttempt.person_id == person_id)
                .order_by(col(SearchAttempt.at).desc(), col(SearchAttempt.id).desc())
            ).all()
            return [SearchAttemptPublic.model_validate(r, from_attributes=True) for r in rows]

    def log_attempt(
        self, person_id: int, data: AttemptData, by: StaffPublic
    ) -> SearchAttemptPublic:
        now = self.now()
        with self.db.write() as s:
            permissions.require(s, by, Action.FAMILY_SEARCH)
            person, stay = current_stay(s, person_id)
            at, errors = check_time("at", data.at, stay, now)
            data = dataclasses.replace(data, at=at)
            if data.follow_up_on is not None and data.follow_up_on < local_date(data.at):
                errors.append(FieldError("follow_up_on", MSG_FOLLOW_UP_PAST,
                                         {"day": data.follow_up_on.isoformat()}))  # fmt: skip
            if errors:
                raise InvalidInput(errors)
            row = add_attempt(s, stay, data, by, now)
            audit.record(
                s, by, "search.attempt", entity="search_attempt", entity_id=row.id,
                person_id=person_id, after=audit.snapshot(row, ATTEMPT_FIELDS), at=now,
            )  # fmt: skip
            if data.result is AttemptResult.CONFIRMED and person.identified_at is None:
                _identify(s, person, data.at, data.kind.value, by, now)
            return SearchAttemptPublic.model_validate(row, from_attributes=True)

    def update_attempt(
        self, attempt_id: int, data: AttemptData, by: StaffPublic
    ) -> SearchAttemptPublic:
        """Follow an attempt up in place (已发出 → 等待结果 → 有线索 …): its result, channel,
        reference, notes and next follow-up change; its kind and time stay what was done when.
        The change is audited field by field; an update is not another attempt."""
        now = self.now()
        with self.db.write() as s:
            permissions.require(s, by, Action.FAMILY_SEARCH)
            row = s.get(SearchAttempt, attempt_id)
            if row is None:
                raise UserError(MSG_NO_ATTEMPT, id=attempt_id)
            if data.follow_up_on is not None and data.follow_up_on < local_date(row.at):
                raise InvalidInput([FieldError("follow_up_on", MSG_FOLLOW_UP_PAST,
                                               {"day": data.follow_up_on.isoformat()})])  # fmt: skip
            before = audit.snapshot(row, ATTEMPT_FIELDS)
            row.channel, row.reference = clean(data.channel), clean(data.reference)
            row.result, row.notes = data.result.value, clean(data.notes)
            row.follow_up_on = data.follow_up_on
            old, new = audit.changes(before, audit.snapshot(row, ATTEMPT_FIELDS))
            if not new:  # nothing changed: nothing to record
                return SearchAttemptPublic.model_validate(row, from_attributes=True)
            s.add(row)
            audit.record(
                s, by, "search.attempt_update", entity="search_attempt", entity_id=row.id,
                person_id=row.person_id, before=old, after=new, at=now,
            )  # fmt: skip
            person = s.get(Person, row.person_id)
            if data.result is AttemptResult.CONFIRMED and person and person.identified_at is None:
                _identify(s, person, row.at, row.kind, by, now)
            return SearchAttemptPublic.model_validate(row, from_attributes=True)

    # --- decisions on the stay --------------------------------------------------------------
    def decisions(self, person_id: int) -> list[StayDecisionPublic]:
        with self.db.read() as s:
            rows = s.exec(
                select(StayDecision)
                .join(Stay, col(Stay.id) == col(StayDecision.stay_id))
                .where(Stay.person_id == person_id)
                .order_by(col(StayDecision.at).desc())
            ).all()
            return [StayDecisionPublic.model_validate(r, from_attributes=True) for r in rows]

    def decide(
        self,
        person_id: int,
        kind: DecisionKind,
        by: StaffPublic,
        *,
        option: LongStayOption | None = None,
        until_on: dt.date | None = None,
        notes: str | None = None,
        at: dt.datetime | None = None,
    ) -> StayDecisionPublic:
        """Record a 延期 (until a day), a 长期滞留 decision (how cared for) or the start of 落户."""
        now = self.now()
        at = at or now
        with self.db.write() as s:
            permissions.require(s, by, Action.FAMILY_SEARCH)
            _, stay = current_stay(s, person_id)
            at, errors = check_time("at", at, stay, now)
            if kind is DecisionKind.LONG_STAY and option is None:
                errors.append(FieldError("option", MSG_OPTION))
            if kind is DecisionKind.EXTENSION and (until_on is None or until_on <= local_date(now)):
                errors.append(FieldError("until_on", MSG_UNTIL))
            if errors:
                raise InvalidInput(errors)
            row = StayDecision(
                stay_id=stay.id,
                staff_id=by.id,
                kind=kind.value,
                option=option.value if option else None,
                at=at,
                until_on=until_on,
                notes=clean(notes),
            )
            s.add(row)
            progressed(s, stay.id, row.kind, row.at)
            s.flush()
            audit.record(
                s, by, "stay.decision", entity="stay_decision", entity_id=row.id,
                person_id=person_id, after=audit.snapshot(row, DECISION_FIELDS), at=now,
            )  # fmt: skip
            return StayDecisionPublic.model_validate(row, from_attributes=True)


PHOTO_SEARCH_CHANNEL = QT_TRANSLATE_NOOP("Vocabulary", "本站照片比对")
PHOTO_SEARCH_NOTES = QT_TRANSLATE_NOOP(
    "Vocabulary", "比对了 {lists} 个名单共 {searched} 人，列出 {candidates} 名候选人"
)


def photo_search_done(
    s: Session, person_id: int, by: StaffPublic, now: dt.datetime, *,
    lists: int, searched: int, candidates: int,
) -> None:  # fmt: skip
    """A photo search of a resident against the lists is a family-search step (the 30-day
    re-search rule reads it): one attempt per stay and day, its figures kept up to date."""
    person = s.get(Person, person_id)
    stay = s.get(Stay, person.latest_stay_id) if person and person.latest_stay_id else None
    if stay is None or stay.departed_at is not None:
        return
    notes = PHOTO_SEARCH_NOTES.format(lists=lists, searched=searched, candidates=candidates)
    today = local_date(now)
    rows = s.exec(
        select(SearchAttempt).where(
            SearchAttempt.stay_id == stay.id,
            SearchAttempt.kind == AttemptKind.PHOTO_SEARCH.value,
            SearchAttempt.channel == PHOTO_SEARCH_CHANNEL,
            SearchAttempt.result == AttemptResult.NONE.value,
        )
    ).all()
    row = next((r for r in rows if local_date(r.at) == today), None)
    if row is None:
        row = SearchAttempt(person_id=person_id, stay_id=stay.id, staff_id=by.id,
                            kind=AttemptKind.PHOTO_SEARCH.value, channel=PHOTO_SEARCH_CHANNEL,
                            created_at=now)  # fmt: skip
    row.at, row.notes = now, notes
    s.add(row)
    progressed(s, stay.id, row.kind, row.at)


def add_attempt(
    s: Session, stay: Stay, data: AttemptData, by: StaffPublic, now: dt.datetime
) -> SearchAttempt:
    """A new attempt of the stay, its texts cleaned, counted in the stay's progress; flushed."""
    row = SearchAttempt(
        person_id=stay.person_id,
        stay_id=stay.id,
        staff_id=by.id,
        kind=data.kind.value,
        at=data.at,
        channel=clean(data.channel),
        reference=clean(data.reference),
        result=data.result.value,
        notes=clean(data.notes),
        follow_up_on=data.follow_up_on,
        created_at=now,
    )
    s.add(row)
    progressed(s, stay.id, row.kind, row.at)
    s.flush()
    return row


def progressed(s: Session, stay_id: int | None, kind: str, at: dt.datetime) -> None:
    """Keep the stay's latest time of this step kind (read by the to-do list)."""
    progress = s.get(StayProgress, stay_id) or StayProgress(stay_id=stay_id)
    column = progress_column(kind)
    latest = getattr(progress, column)
    if latest is None or at > latest:
        setattr(progress, column, at)
        s.add(progress)


def _identify(
    s: Session, person: Person, at: dt.datetime, how: str, by: StaffPublic, now: dt.datetime
) -> None:
    fields = ("identified_at", "identified_how")
    before = audit.snapshot(person, fields)
    person.identified_at, person.identified_how = at, how
    person.updated_at = now
    person.version += 1
    s.add(person)
    audit.record(
        s, by, "person.identified", entity="person", entity_id=person.id, person_id=person.id,
        before=before, after=audit.snapshot(person, fields), at=now,
    )  # fmt: skip


def current_stay(s: Session, person_id: int) -> tuple[Person, Stay]:
    person = s.get(Person, person_id)
    if person is None:
        raise UserError(MSG_NO_PERSON, id=person_id)
    stay = s.get(Stay, person.latest_stay_id) if person.latest_stay_id else None
    if stay is None:
        raise UserError(MSG_NO_STAY)
    return person, stay


def check_time(
    key: str, at: dt.datetime, stay: Stay, now: dt.datetime
) -> tuple[dt.datetime, list[FieldError]]:
    """The time of a step of the stay as it is recorded, and what is wrong with it. A time typed
    to the minute, in the very minute of admission, is the admission time (the forms show
    minutes; the admission kept its seconds)."""
    admitted = stay.admitted_at
    if admitted.replace(second=0, microsecond=0) <= at < admitted:
        at = admitted
    if at > now + SLACK:
        return at, [FieldError(key, MSG_AT_FUTURE, {"at": format_local(at)})]
    if at < admitted:
        return at, [FieldError(key, MSG_AT_BEFORE,
                               {"at": format_local(at), "admitted": format_local(admitted)})]  # fmt: skip
    return at, []
