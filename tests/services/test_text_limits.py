"""Every text that reaches the database has the same limit on SQLite and PostgreSQL, checked in the
services: a form says which field and how long it may be, a list row's long value is cut and named,
and control characters and bidi overrides never get in."""

import csv

import pytest
from sqlalchemy import text

from station.domain.casework import PlacementKind
from station.domain.clock import local_date
from station.domain.errors import InvalidInput, UserError
from station.domain.permissions import Role
from station.services.lists import STOPPED
from station.services.placements import PlacementData
from station.store.text_limits import FREE_TEXT
from tests.factories import intake

PERSON_LIMITS = {"name": 64, "origin": 128, "household_place": 128, "dialect": 64,
                 "features": FREE_TEXT, "notes": FREE_TEXT}  # fmt: skip
STAY_LIMITS = {"found_place": 256, "brought_by_name": 128, "brought_by_contact": 128,
               "clothing": FREE_TEXT, "health_on_arrival": FREE_TEXT}  # fmt: skip


def people(services) -> int:
    with services.db.read() as s:
        return s.execute(text("SELECT count(*) FROM person")).scalar_one()


@pytest.mark.parametrize("field", [*PERSON_LIMITS, *STAY_LIMITS])
def test_each_intake_text_takes_its_limit_and_refuses_one_more(services, admin, clock, field):
    limit = PERSON_LIMITS.get(field) or STAY_LIMITS[field]

    def data(length):
        d = intake(admitted_at=clock.now)
        target = d.person if field in PERSON_LIMITS else d
        setattr(target, field, "张" * length)
        return d

    with pytest.raises(InvalidInput) as refused:
        services.intake.register(data(limit + 1), admin)
    (error,) = refused.value.errors
    assert error.field == field and f"最多 {limit} 个字，现在有 {limit + 1} 个" in error.message
    assert people(services) == 0  # nothing half-written
    saved = services.intake.register(data(limit), admin)
    detail = services.persons.detail(saved.person_id)
    kept = getattr(detail.person, field, None) or getattr(detail.stays[0], field)
    assert kept == "张" * limit


def test_other_forms_say_their_field_and_limit(services, admin, clock):
    man = services.intake.register(intake(admitted_at=clock.now), admin).person_id
    today = local_date(clock.now)
    with pytest.raises(InvalidInput) as refused:
        services.placements.place(
            man, PlacementData(PlacementKind.HOSPITAL, today, "医" * 129), admin
        )
    assert [e.field for e in refused.value.errors] == ["facility"]
    assert services.placements.history(man) == []
    with pytest.raises(InvalidInput) as refused:
        services.auth.create_staff(admin, username="zhang", display_name="张" * 65,
                                   password="temporary-pw-1", role=Role.CLERK)  # fmt: skip
    assert [e.field for e in refused.value.errors] == ["display_name"]


def test_control_characters_and_bidi_overrides_are_removed_on_the_way_in(services, admin, clock):
    typed = intake(admitted_at=clock.now, name="张\u202e三\x1b[31m\x07", features="一\r\n二\x00")
    saved = services.intake.register(typed, admin)
    person = services.persons.detail(saved.person_id).person
    assert person.name == "张三[31m" and person.features == "一\n二"


def write_list(path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["编号", "姓名", "走失地点"])
        writer.writerows(rows)


def import_list(services, admin, path, list_id=None):
    mapping = services.lists.preview(path).mapping
    return services.lists.import_table(path, mapping, admin, name="名单", list_id=list_id)


def records(services, list_id):
    with services.db.read() as s:
        return s.execute(
            text("SELECT external_id, name, missing_place FROM missing_record WHERE list_id = :l"
                 " ORDER BY source_row"), {"l": list_id}
        ).all()  # fmt: skip


def test_a_list_rows_long_values_are_cut_and_named_and_a_long_id_refuses_the_row(
    services, admin, tmp_path
):
    path = tmp_path / "名单.csv"
    long_name = "罗" * 200  # the column takes 128
    place = "Guanling county " * 20  # 320 characters of words: cut at a space
    write_list(path, [["1", long_name, place], ["x" * 257, "李四", ""], ["3", "王\x1b五", ""]])
    report = import_list(services, admin, path)
    assert (report.created, report.skipped) == (2, 1)
    cut = [p for p in report.problems if "已截断" in p.template]
    assert sorted(p.row for p in cut) == [2, 2]
    assert {p.params["field"] for p in cut} == {"姓名", "走失地点"}
    (refused,) = [p for p in report.problems if p.skipped]
    assert refused.row == 3 and refused.params["length"] == 257
    (first, third) = records(services, report.list_id)
    assert first.name == "罗" * 127 + "…" and len(first.missing_place) <= 256
    assert first.missing_place[:-1].split()[-1] in ("Guanling", "county")  # at a word's end
    assert third.name == "王五"
    (listed,) = [x for x in services.lists.lists() if x.id == report.list_id]
    assert listed.record_count == 2


def test_a_chunk_the_database_refuses_is_named_and_the_list_tells_the_truth(
    services, admin, tmp_path, backend
):
    if backend != "sqlite":
        pytest.skip("the refusing trigger is written for SQLite")
    from station.services import lists

    with services.db.write() as s:
        s.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON missing_record"
                       " WHEN NEW.name = '坏' BEGIN SELECT RAISE(ABORT, 'refused here'); END"))  # fmt: skip
    rows = [[str(i), f"人{i}", ""] for i in range(1, lists.CHUNK + 1)]
    rows += [[str(lists.CHUNK + 1), "坏", ""], [str(lists.CHUNK + 2), "好", ""]]
    path = tmp_path / "名单.csv"
    write_list(path, rows)
    with pytest.raises(UserError) as failed:
        import_list(services, admin, path)
    first, last = lists.CHUNK + 2, lists.CHUNK + 3  # file rows (the heading is row 1)
    assert failed.value.params["first"] == first and failed.value.params["last"] == last
    assert (
        "refused here" in failed.value.message
        and f"{lists.CHUNK} 条记录已保存" in failed.value.message
    )
    (listed,) = services.lists.lists()
    assert listed.record_count == lists.CHUNK == len(records(services, listed.id))
    assert listed.import_state == STOPPED


def test_an_import_keeps_its_records_valid_when_cut(services, admin, tmp_path):
    """The cut values are what a later re-import compares with: an unchanged file changes nothing."""
    path = tmp_path / "名单.csv"
    write_list(path, [["1", "罗" * 200, ""]])
    first = import_list(services, admin, path)
    again = import_list(services, admin, path, list_id=first.list_id)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
