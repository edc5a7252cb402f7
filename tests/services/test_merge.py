"""合并重复档案: two records of one person made one, nothing lost, refused when it cannot be right."""

import datetime as dt

import pytest

from station.domain.casework import AttemptKind
from station.domain.enums import Sex
from station.domain.errors import InvalidInput, UserError
from station.domain.matching import Decision
from station.services.family_search import AttemptData
from station.services.matching import Scope
from tests import sql
from tests.factories import depart, import_list, intake

ID = "11010519491231002X"


@pytest.fixture
def twice(services, admin, clock, face_photos):
    """The same man registered twice: first unnamed (and departed), later by name, in care."""
    first = services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["obama"]], dialect=None,
               features="右手缺小指"),
        admin,
    ).person_id  # fmt: skip
    depart(services, first, clock.now + dt.timedelta(days=3))
    clock.advance(days=40)
    second = services.intake.register(
        intake(admitted_at=clock.now, name="周德明", photos=[face_photos["obama2"]],
               features=None, sex=Sex.UNKNOWN),
        admin,
    ).person_id  # fmt: skip
    clock.advance(hours=1)
    services.family_search.log_attempt(
        second, AttemptData(AttemptKind.ANNOUNCEMENT, clock.now - dt.timedelta(minutes=30)), admin
    )
    return first, second


def test_the_later_record_takes_everything_of_the_earlier_one(
    services, admin, twice, config, clock
):
    first, second = twice
    before = {n: services.persons.detail(n) for n in twice}
    result = services.merge.merge(second, first, "照片比对确认为同一人", admin)

    kept = services.persons.detail(second)
    # Both stays, in time order, each with its own case number; the newest is the current one.
    assert [s.case_number for s in kept.stays] == [
        before[second].stays[0].case_number, before[first].stays[0].case_number,
    ]  # fmt: skip
    assert kept.person.latest_stay_id == before[second].stays[0].id
    assert len(kept.photos) == 2 and result.photos == 1 and result.stays == 1
    assert len(kept.belongings) == 2  # each stay's belongings stay with it
    # Facts the kept record lacked are taken; its own stand.
    assert kept.person.name == "周德明" and kept.person.features == "右手缺小指"
    assert kept.person.sex == Sex.MALE and set(result.taken) >= {"features", "sex"}
    assert kept.person.dialect == before[second].person.dialect
    # The timeline shows both records' history and the merge.
    actions = [e.action for e in kept.events]
    assert actions[0] == "person.merge" and actions.count("intake.register") == 2
    # The emptied record points to the kept one and is gone from the resident list.
    assert services.merge.current_id(first) == second
    assert [r.person_id for r in services.residents.first_page(_all(), 50)[1]] == [second]
    # Searching the history finds the person by either record's words.
    assert services.residents.count(_all(text="小指")) == 1
    ((_, staff, after),) = sql.rows(
        config.database_url,
        "SELECT action, staff_id, after_json FROM audit_event WHERE action = 'person.merge'",
    )
    assert staff == admin.id and "照片比对确认为同一人" in after


def test_an_unnamed_record_kept_takes_the_name_and_id_number_of_the_other(
    services, admin, clock, face_photos
):
    first = services.intake.register(intake(admitted_at=clock.now), admin).person_id
    depart(services, first, clock.now + dt.timedelta(days=1))
    clock.advance(days=5)
    second = services.intake.register(
        intake(admitted_at=clock.now, name="赵秀兰", id_number=ID, sex=Sex.FEMALE), admin
    ).person_id
    services.merge.merge(first, second, "家属辨认", admin)
    kept = services.persons.detail(first).person
    assert (kept.name, kept.id_number) == ("赵秀兰", ID)  # the unique number moved over
    # The earlier record's name (none) adds no alias; a different name would have.
    assert services.persons.detail(first).aliases == []


def test_a_second_name_is_kept_as_an_alias(services, admin, clock):
    first = services.intake.register(intake(admitted_at=clock.now, name="周德民"), admin).person_id
    depart(services, first, clock.now + dt.timedelta(days=1))
    clock.advance(days=5)
    second = services.intake.register(intake(admitted_at=clock.now, name="周德明"), admin).person_id
    result = services.merge.merge(second, first, "同音字，家属确认", admin)
    assert result.aliases == ["周德民"] and "周德民" in services.persons.detail(second).aliases


def test_refused_when_it_cannot_be_one_person_and_nothing_changes(
    services, admin, clerk, clock, twice, config
):
    first, second = twice
    with pytest.raises(UserError, match="与它自己合并"):
        services.merge.merge(first, first, "x", admin)
    with pytest.raises(InvalidInput):
        services.merge.merge(second, first, "  ", admin)
    with pytest.raises(UserError, match="没有“合并重复档案”的权限"):
        services.merge.merge(second, first, "照片比对", clerk)
    # Both in care at once: one of the two intakes needs looking at first.
    third = services.intake.register(intake(admitted_at=clock.now), admin).person_id
    with pytest.raises(UserError, match="都有尚未离站的入站记录"):
        services.merge.merge(second, third, "照片比对", admin)
    # Stays that overlap in time cannot be one person's.
    fourth = services.intake.register(
        intake(admitted_at=clock.now - dt.timedelta(days=2)), admin
    ).person_id
    depart(services, fourth, clock.now - dt.timedelta(minutes=10))  # after the second came in
    with pytest.raises(UserError, match="两次入站的时间重叠"):
        services.merge.merge(second, fourth, "照片比对", admin)
    # Two different ID numbers are two people.
    depart(services, third, clock.now + dt.timedelta(hours=2))
    services.persons.update(
        third, _fields(services, third, id_number="110105194912310011"), admin,
        expected_version=services.persons.detail(third).person.version,
    )  # fmt: skip
    services.persons.update(
        second, _fields(services, second, id_number="110105194912310038"), admin,
        expected_version=services.persons.detail(second).person.version,
    )  # fmt: skip
    with pytest.raises(UserError, match="身份证号不同"):
        services.merge.merge(second, third, "照片比对", admin)
    assert sql.rows(config.database_url, "SELECT count(*) FROM audit_event "
                    "WHERE action = 'person.merge'") == [(0,)]  # fmt: skip
    services.merge.merge(second, first, "照片比对", admin)
    with pytest.raises(UserError, match="已合并到人员编号"):
        services.merge.merge(second, first, "again", admin)


def test_photo_search_candidates_follow_the_person_and_the_decided_one_wins(
    services, admin, twice, face_photos, tmp_path
):
    first, second = twice
    import_list(services, admin, tmp_path, "编号,姓名,照片\nA1,周德明,a1.jpg\n",
                {"a1.jpg": face_photos["obama3"]})  # fmt: skip
    found = {}
    for person in twice:
        probe = services.matching.probe_for_person(person)
        found[person] = services.matching.search(probe, Scope(persons=True), admin).candidates
    on_first = next(c for c in found[first] if c.subject.kind == "record")
    services.matching.decide(on_first.candidate_id, Decision.CONFIRMED, "家属辨认", admin)
    assert any(c.subject.kind == "person" for c in found[first])  # they found each other

    services.merge.merge(second, first, "照片比对确认", admin)
    again = services.matching.search(
        services.matching.probe_for_person(second), Scope(persons=True), admin
    )
    (record,) = [c for c in again.candidates if c.subject.kind == "record"]
    assert record.decision is Decision.CONFIRMED  # the decided candidate was kept
    assert not [c for c in again.candidates if c.subject.kind == "person"]  # not itself


def _all(**changes):
    from station.services.residents import ResidentFilter

    return ResidentFilter(**{"status": None, **changes})


def _fields(services, person_id, **changes):
    from tests.factories import fields_of

    return fields_of(services.persons.detail(person_id).person, **changes)
