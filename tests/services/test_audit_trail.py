"""The audit viewer's service: filters, paging, the inspection export (which states its content)."""

import csv
import datetime as dt

import pytest

from station.domain.enums import Role
from station.services.audit_trail import AuditFilter
from station.services.permissions import NotPermitted
from tests.factories import fields_of, intake


@pytest.fixture
def trail(services, admin, clerk, clock):
    first = services.intake.register(intake(admitted_at=clock.now, name="赵小梅"), clerk)
    clock.advance(days=2)
    second = services.intake.register(intake(admitted_at=clock.now, name="钱大山"), admin)
    person = services.persons.detail(first.person_id).person
    services.persons.update(
        first.person_id, fields_of(person, dialect="四川话"), admin, expected_version=person.version
    )
    return first.person_id, second.person_id


def test_events_are_filtered_by_person_staff_action_and_period(services, admin, clerk, trail):
    first, second = trail
    rows, total = services.audit_trail.search(admin, AuditFilter(person_id=first))
    assert [r.action for r in rows] == ["person.update", "intake.register"]  # newest first
    assert total == 2 and {r.person for r in rows} == {"赵小梅"}
    rows, _ = services.audit_trail.search(admin, AuditFilter(staff_id=clerk.id))
    assert {r.action for r in rows} == {"intake.register", "staff.login", "staff.password_change"}
    assert all(r.staff == "李登记" for r in rows)
    rows, _ = services.audit_trail.search(admin, AuditFilter(action="staff."))
    assert {r.action for r in rows} >= {"staff.create_first_admin", "staff.create", "staff.login"}
    day = dt.date(2026, 3, 16)  # the second intake's local day
    rows, _ = services.audit_trail.search(admin, AuditFilter(start=day, end=day))
    assert {r.person_id for r in rows} == {first, second}
    rows, total = services.audit_trail.search(admin, AuditFilter(), offset=1, limit=2)
    assert len(rows) == 2 and total > 4
    assert "person.update" in services.audit_trail.actions()


def test_the_export_states_what_it_holds_and_is_itself_audited(services, admin, trail, tmp_path):
    first, _ = trail
    path = tmp_path / "审计.csv"
    n = services.audit_trail.export(admin, AuditFilter(person_id=first), path)
    with path.open(encoding="utf-8-sig") as f:
        lines = list(csv.reader(f))
    assert lines[1][:2] == ["导出人 / by", "王站长"] and lines[2] == [
        "条件 / filter",
        f"人员 {first}",
    ]
    assert "个人信息" in lines[4][0]
    body = lines[7:]
    assert n == 2 and len(body) == 2 and body[0][3] == "person.update" and "四川话" in body[0][9]
    (latest,), _ = services.audit_trail.search(admin, AuditFilter(action="audit.export"))
    assert str(path) in latest.after_json and latest.staff == "王站长"


@pytest.mark.parametrize("role", [Role.CLERK, Role.SOCIAL_WORKER, Role.MEDICAL, Role.READ_ONLY])
def test_only_a_director_or_administrator_reads_the_trail(services, admin, tmp_path, role):
    services.auth.create_staff(
        admin, username="someone", display_name="某人", password="some-pass-1", role=role
    )
    someone = services.auth.login("someone", "some-pass-1")
    with pytest.raises(NotPermitted):
        services.audit_trail.search(someone, AuditFilter())
    with pytest.raises(NotPermitted):
        services.audit_trail.export(someone, AuditFilter(), tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
