"""Every role tries every service action its role does not allow: each is refused, nothing changes."""

import datetime as dt

import numpy as np
import pytest
from sqlmodel import func, select

from station.documents.case_sheet import DocumentKind
from station.domain.casework import (
    AttemptKind,
    DecisionKind,
    LongStayOption,
    NameKind,
    PlacementKind,
)
from station.domain.departure import DepartureKind
from station.domain.enums import Role
from station.domain.matching import Bands, Decision
from station.domain.permissions import ROLE_ACTIONS, Action, allowed
from station.services.departures import DepartureData
from station.services.family_search import AttemptData
from station.services.forms import BelongingData
from station.services.matching import Probe, Scope
from station.services.permissions import NotPermitted
from station.services.placements import PlacementData
from station.store.models import AuditEvent, Person, Stay
from tests.factories import depart, fields_of, intake

PASSWORD = "role-pass-1"


def attempts(services, clock, person_id, stay_id, tmp_path, list_id, other_id):
    """One call per action (several where an action covers several services), all well-formed."""
    now = clock.now
    detail = services.persons.detail(person_id)
    return {
        Action.REGISTER: [
            lambda by: services.intake.register(intake(admitted_at=now), by),
            lambda by: services.belongings.receive(stay_id, BelongingData("雨伞"), by),
        ],
        Action.EDIT_PERSON: [
            lambda by: services.persons.update(
                person_id,
                fields_of(detail.person, dialect="四川话"),
                by,
                expected_version=detail.person.version,
            ),
            lambda by: services.persons.add_photo(person_id, tmp_path / "face.jpg", by),
            lambda by: services.identities.add_name(person_id, "王二", NameKind.ALIAS, by),
        ],
        Action.MERGE: [lambda by: services.merge.merge(person_id, other_id, "照片比对确认", by)],
        Action.BELONGINGS: [lambda by: services.belongings.give_back(1, "本人", by)],
        Action.PLACEMENT: [
            lambda by: services.placements.place(
                person_id, PlacementData(PlacementKind.HOSPITAL, now.date(), "市第一医院"), by
            ),
            lambda by: services.placements.end(1, now.date(), by),
        ],
        Action.FAMILY_SEARCH: [
            lambda by: services.family_search.log_attempt(
                person_id, AttemptData(AttemptKind.PHONE, now), by
            ),
            lambda by: services.family_search.decide(
                person_id, DecisionKind.LONG_STAY, by, option=LongStayOption.STATION_CARE
            ),
        ],
        Action.DEPART: [
            lambda by: services.departures.depart(
                person_id, DepartureData(DepartureKind.ABSCONDED, now), by
            )
        ],
        Action.MATCH: [
            lambda by: services.matching.search(
                Probe(np.zeros(128, np.float32)), Scope(lists=True), by
            ),
            lambda by: services.matching.decide(1, Decision.EXCLUDED, "不是同一人", by),
        ],
        Action.LISTS: [
            lambda by: services.lists.import_table(
                tmp_path / "list.csv",
                services.lists.preview(tmp_path / "list.csv").mapping,
                by,
                name="再导入",
            ),
            lambda by: services.lists.delete(list_id, by),
        ],
        Action.PRINT: [
            lambda by: services.documents.print(DocumentKind.ANNOUNCEMENT, person_id, by),
            lambda by: services.documents.announcement_sheet(now.date(), now.date(), by),
            lambda by: services.documents.reprint(1, by),
        ],
        Action.EXPORT: [
            lambda by: services.lists.export_pfif(list_id, tmp_path / "out.xml", by),
        ],
        Action.ACCOUNTS: [
            lambda by: services.auth.create_staff(
                by, username="new", display_name="新人", password="new-pass-12", role=Role.CLERK
            )
        ],
        Action.CONFIGURE: [
            lambda by: services.bands.save(Bands(0.2, 0.25, 0.3), by),
            lambda by: services.deadlines.save_rule(services.deadlines.rules()[0], by),
            lambda by: services.deadlines.set_day(dt.date(2026, 10, 1), False, by),
            lambda by: services.station.save(services.station.get(), by),
        ],
    }


def counts(services):
    with services.db.read() as s:
        return tuple(
            s.exec(select(func.count()).select_from(t)).one() for t in (AuditEvent, Person, Stay)
        )


@pytest.fixture
def station(services, admin, clock, tmp_path, face_photos):
    import shutil

    earlier = services.intake.register(intake(admitted_at=clock.now), admin).person_id
    depart(services, earlier, clock.now + dt.timedelta(hours=1))
    clock.advance(days=3)
    person = services.intake.register(intake(admitted_at=clock.now), admin)
    shutil.copy(face_photos["obama"], tmp_path / "face.jpg")
    (tmp_path / "list.csv").write_text("编号,姓名\nA1,李志强\n", encoding="utf-8")
    path = tmp_path / "list.csv"
    listed = services.lists.import_table(
        path, services.lists.preview(path).mapping, admin, name="名单"
    )
    staff = {}
    for role in Role:
        services.auth.create_staff(
            admin, username=f"u-{role.value}", display_name=role.label, password=PASSWORD, role=role
        )
        first = services.auth.login(f"u-{role.value}", PASSWORD)  # then their own password
        staff[role] = services.auth.change_password(first, PASSWORD, PASSWORD + "-own")
    calls = attempts(
        services, clock, person.person_id, person.stay_id, tmp_path, listed.list_id, earlier
    )
    return staff, calls


def test_every_changing_action_is_tried_and_the_matrix_is_as_the_station_works(station):
    _, calls = station
    assert set(calls) == set(Action) - {Action.AUDIT, Action.SEE_IDENTIFIERS}  # reading rights
    assert not ROLE_ACTIONS[Role.READ_ONLY]
    assert [r for r in Role if allowed(r, Action.ACCOUNTS)] == [Role.ADMIN]
    assert [r for r in Role if allowed(r, Action.CONFIGURE)] == [Role.ADMIN]
    assert not allowed("auditor", Action.PRINT)  # a role this version does not know


@pytest.mark.parametrize("role", list(Role))
def test_each_role_is_refused_every_action_it_may_not_do(services, station, role):
    staff, calls = station
    forbidden = [a for a in calls if not allowed(role, a)]
    if role is Role.READ_ONLY:
        assert forbidden == list(calls)
    before = counts(services)
    refused = []
    for action in forbidden:
        for call in calls[action]:
            with pytest.raises(NotPermitted) as err:
                call(staff[role])
            assert role.label in err.value.message
            refused.append(action)
    assert counts(services) == before  # nothing written, not even half
    assert set(refused) == set(forbidden)


def test_a_role_may_do_what_it_is_allowed(services, station):
    staff, calls = station
    calls[Action.PLACEMENT][0](staff[Role.MEDICAL])  # medical staff send someone to hospital
    calls[Action.REGISTER][0](staff[Role.CLERK])  # the intake desk registers
    calls[Action.FAMILY_SEARCH][0](staff[Role.SOCIAL_WORKER])
    calls[Action.EXPORT][0](staff[Role.DIRECTOR])


def test_a_deactivated_account_or_a_changed_role_counts_at_once(services, admin, station):
    staff, calls = station
    clerk = staff[Role.CLERK]
    services.auth.update_staff(admin, clerk.id, role=Role.READ_ONLY)
    with pytest.raises(NotPermitted):
        calls[Action.REGISTER][0](clerk)  # the session's old role is not trusted
    services.auth.update_staff(admin, clerk.id, role=Role.CLERK, active=False)
    with pytest.raises(NotPermitted) as err:
        calls[Action.REGISTER][0](clerk)
    assert "已停用" in err.value.message
