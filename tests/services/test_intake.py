import datetime as dt

import pytest
from sqlalchemy import create_engine
from sqlmodel import func, select

from station.domain import id_number
from station.domain.enums import Sex, StayStatus
from station.domain.errors import InvalidInput, UserError
from station.services.persons import EditConflict
from station.services.residents import ResidentFilter
from station.store.models import AuditEvent, Belonging, Person, Photo, Stay
from tests.factories import fields_of, intake


def count(services, model):
    with services.db.read() as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_register_writes_person_stay_photos_belongings_and_one_audit_event(
    services, admin, clock, face_photos
):
    result = services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["obama"]]), admin
    )
    assert result.case_number == "2026-000001"
    assert not result.repeat
    detail = services.persons.detail(result.person_id)
    assert detail.person.name is None
    assert detail.latest_stay.case_number == "2026-000001"
    assert detail.latest_stay.status == StayStatus.IN_STATION
    assert detail.latest_stay.admitted_at == clock.now
    assert len(detail.photos) == 1
    assert (
        services.persons.photo_path(detail.photos[0]).read_bytes()
        == face_photos["obama"].read_bytes()
    )
    assert services.persons.thumbnail_path(detail.photos[0].sha256).exists()
    items = detail.belongings[result.stay_id]
    assert [(b.item, b.quantity) for b in items] == [("旧手机", 1), ("现金", 37)]
    assert all(b.received_by == admin.id for b in items)
    intake_events = [e for e in detail.events if e.action == "intake.register"]
    assert len(intake_events) == 1 and intake_events[0].staff_id == admin.id
    assert "左眉上方" in intake_events[0].after_json


def test_case_numbers_follow_the_local_year(services, admin, clock):
    first = services.intake.register(intake(admitted_at=clock.now), admin)
    second = services.intake.register(intake(admitted_at=clock.now), admin)
    # 2026-12-31 17:00 UTC is already 1 January 2027 in Beijing.
    clock.now = dt.datetime(2026, 12, 31, 17, tzinfo=dt.UTC)
    new_year = services.intake.register(intake(admitted_at=clock.now), admin)
    assert [first.case_number, second.case_number, new_year.case_number] == [
        "2026-000001",
        "2026-000002",
        "2027-000001",
    ]


def test_invalid_input_saves_nothing_and_names_each_field(
    services, admin, clock, tmp_path, face_photos
):
    bad_photo = tmp_path / "扫描件.jpg"
    bad_photo.write_bytes(b"this is not a jpeg at all")
    data = intake(
        admitted_at=clock.now,
        id_number="110105194912310021",
        photos=[face_photos["obama"], bad_photo],
    )
    data.found_at = clock.now + dt.timedelta(hours=1)
    with pytest.raises(InvalidInput) as err:
        services.intake.register(data, admin)
    fields = {e.field for e in err.value.errors}
    assert fields == {"id_number", "found_at", "photos"}
    assert any("扫描件.jpg" in e.message for e in err.value.for_field("photos"))
    for model in (Person, Stay, Photo, Belonging):
        assert count(services, model) == 0
    # The number was not used up: the next valid intake still gets 000001.
    ok = services.intake.register(intake(admitted_at=clock.now), admin)
    assert ok.case_number == "2026-000001"


def test_a_failure_inside_the_transaction_rolls_everything_back(
    services, admin, clock, monkeypatch
):
    from station.services import intake as intake_module

    def explode(*args, **kwargs):
        raise RuntimeError("disk vanished")

    monkeypatch.setattr(intake_module.search_text, "refresh", explode)
    with pytest.raises(RuntimeError):
        services.intake.register(intake(admitted_at=clock.now), admin)
    for model in (Person, Stay, Belonging):
        assert count(services, model) == 0
    monkeypatch.undo()
    assert (
        services.intake.register(intake(admitted_at=clock.now), admin).case_number == "2026-000001"
    )


def test_id_number_fills_sex_and_birth_date_and_a_mismatch_is_refused(services, admin, clock):
    number = id_number.make("410102", dt.date(1961, 5, 2), 123)
    data = intake(
        admitted_at=clock.now,
        name="张建国",
        id_number=number,
        sex=Sex.UNKNOWN,
        age_low=None,
        age_high=None,
    )
    result = services.intake.register(data, admin)
    person = services.persons.detail(result.person_id).person
    assert person.sex == "male" and person.birth_date == dt.date(1961, 5, 2)
    wrong = intake(
        admitted_at=clock.now,
        id_number=id_number.make("410102", dt.date(1961, 5, 2), 124),
        sex=Sex.MALE,
    )
    with pytest.raises(InvalidInput) as err:
        services.intake.register(wrong, admin)
    assert err.value.errors[0].field == "sex"


def test_same_id_number_is_a_repeat_stay_of_the_same_person(services, admin, clock):
    number = id_number.make("410102", dt.date(1961, 5, 2), 123)
    first = services.intake.register(
        intake(admitted_at=clock.now, name="张建国", id_number=number), admin
    )
    with pytest.raises(UserError) as err:
        services.intake.register(intake(admitted_at=clock.now, id_number=number), admin)
    assert "仍在站" in err.value.message and first.case_number in err.value.message
    with services.db.write() as s:  # departure comes with the case workflow; close the stay here
        stay = s.get(Stay, first.stay_id)
        stay.status, stay.departed_at = StayStatus.DEPARTED.value, clock.now
    clock.advance(days=40)
    again = services.intake.register(
        intake(admitted_at=clock.now, name="张国", id_number=number), admin
    )
    assert again.repeat and again.person_id == first.person_id
    detail = services.persons.detail(first.person_id)
    assert [s.case_number for s in detail.stays] == ["2026-000002", "2026-000001"]
    assert detail.person.name == "张建国"  # what was recorded is not overwritten
    assert "张国" in detail.aliases
    assert count(services, Person) == 1


def test_search_by_name_alias_case_number_id_and_free_text(services, admin, clock):
    number = id_number.make("410102", dt.date(1961, 5, 2), 123)
    services.intake.register(
        intake(admitted_at=clock.now, name="张建国", aliases=["老张"], id_number=number), admin
    )
    services.intake.register(
        intake(admitted_at=clock.now, features="右臂有龙形纹身", sex=Sex.FEMALE), admin
    )

    def names(**kw):
        flt = ResidentFilter(**kw)
        rows = services.residents.page(flt, 0, 50)
        assert services.residents.count(flt) == len(rows)
        return [r.display_name for r in rows]

    assert names(text="张建国") == ["张建国"]
    assert names(text="老张") == ["张建国"]
    assert names(text="2026-000002") == ["无名氏2026-000002"]
    assert names(text=number[:10]) == ["张建国"]
    assert names(text="龙形 纹身") == ["无名氏2026-000002"]
    assert names(text="100%") == []
    assert names(sex=Sex.FEMALE) == ["无名氏2026-000002"]
    assert names(admitted_from=dt.date(2026, 3, 15)) == []
    assert len(names(admitted_from=dt.date(2026, 3, 14), admitted_to=dt.date(2026, 3, 14))) == 2
    assert names(status=StayStatus.DEPARTED) == []


def test_resident_rows_show_age_days_and_thumbnail(services, admin, clock, face_photos):
    result = services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["biden"]]), admin
    )
    clock.advance(days=400)
    [row] = services.residents.page(ResidentFilter(), 0, 10)
    assert row.person_id == result.person_id
    assert row.days == 400
    assert str(row.age) == "51–61"  # estimated 50–60 more than a year ago
    assert row.thumbnail_sha256 is not None


def test_edit_person_is_audited_and_a_stale_edit_is_refused(services, admin, clerk, clock):
    result = services.intake.register(intake(admitted_at=clock.now), admin)
    detail = services.persons.detail(result.person_id)
    fields = fields_of(detail.person, name="李桂兰", aliases=["桂兰"])
    updated = services.persons.update(
        result.person_id, fields, admin, expected_version=detail.person.version
    )
    assert updated.name == "李桂兰" and updated.version == detail.person.version + 1
    # Someone who opened the record before that save and changed the height instead:
    stale = fields_of(detail.person, height_cm=170)
    with pytest.raises(EditConflict) as err:
        services.persons.update(
            result.person_id, stale, clerk, expected_version=detail.person.version
        )
    assert err.value.message.startswith("没有保存：王站长 于 2026-03-14 10:30 修改了这条记录")
    assert "不同之处：姓名、身高。" in err.value.message
    assert services.persons.detail(result.person_id).person.height_cm == detail.person.height_cm
    events = [
        e for e in services.persons.detail(result.person_id).events if e.action == "person.update"
    ]
    assert len(events) == 1
    assert '"name": null' in events[0].before_json and "李桂兰" in events[0].after_json
    assert [r.display_name for r in services.residents.page(ResidentFilter(text="桂兰"), 0, 5)] == [
        "李桂兰"
    ]


def test_belongings_are_returned_once_with_who_and_when(services, admin, clerk, clock):
    result = services.intake.register(intake(admitted_at=clock.now), admin)
    item = services.persons.detail(result.person_id).belongings[result.stay_id][0]
    clock.advance(days=3)
    returned = services.belongings.give_back(item.id, "本人", clerk)
    assert returned.returned_to == "本人" and returned.returned_by == clerk.id
    assert returned.returned_at == clock.now
    with pytest.raises(UserError) as err:
        services.belongings.give_back(item.id, "本人", clerk)
    assert "不能重复归还" in err.value.message
    with services.db.read() as s:
        actions = s.exec(
            select(AuditEvent.action).where(AuditEvent.person_id == result.person_id)
        ).all()
    assert "belonging.return" in actions


def test_locked_database_gives_a_clear_message_and_saves_nothing(services, admin, clock, config):
    # Another workstation holds the write lock (SQLite) or the person table (PostgreSQL) and does
    # not let go within the busy timeout.
    blocker = create_engine(config.database_url).connect()
    if services.db.is_sqlite:
        blocker.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        blocker.begin()
        blocker.exec_driver_sql("LOCK TABLE person IN EXCLUSIVE MODE")
    try:
        with pytest.raises(UserError) as err:
            services.intake.register(intake(admitted_at=clock.now), admin)
        assert "占用" in err.value.message
    finally:
        blocker.rollback()
        blocker.close()
        blocker.engine.dispose()
    assert count(services, Person) == 0
    services.intake.register(intake(admitted_at=clock.now), admin)  # free again: saves
    assert count(services, Person) == 1


def test_pages_follow_the_chosen_order_without_gaps_or_repeats(services, admin, clock):
    from station.services.residents import SortKey

    names = ["赵一", "钱二", "孙三", "李四", "周五", "吴六", "郑七"]
    for i, name in enumerate(names):
        clock.advance(hours=1)
        services.intake.register(
            intake(
                admitted_at=clock.now,
                name=name,
                age_low=20 + i * 5,
                age_high=25 + i * 5,
                features="右手缺小指",
            ),
            admin,
        )
    newest_first = ResidentFilter(text="小指")
    total, first = services.residents.first_page(newest_first, 3)
    rest = services.residents.page(newest_first, 3, 3) + services.residents.page(newest_first, 6, 3)
    assert total == 7
    assert [r.display_name for r in first + rest] == list(reversed(names))
    oldest_first = ResidentFilter(sort=SortKey.AGE, descending=True)
    by_age = services.residents.page(oldest_first, 0, 10)
    assert [r.display_name for r in by_age] == list(reversed(names))
    short_total, short = services.residents.first_page(ResidentFilter(text="孙三"), 3)
    assert short_total == 1 and short[0].display_name == "孙三"


def test_two_edits_from_one_base_merge_field_by_field():
    from station.services.forms import PersonFields, merge_edits

    base = PersonFields(name="张三", dialect="四川话", height_cm=170, aliases=["老张"])
    mine = PersonFields(name="张山", dialect="四川话", height_cm=172, aliases=["老张", "山子"])
    theirs = PersonFields(name="张三", dialect="重庆话", height_cm=175, aliases=["老张", "三哥"])
    merged, clashes = merge_edits(base, mine, theirs)
    assert (merged.name, merged.dialect, merged.height_cm) == ("张山", "重庆话", 172)
    assert clashes == ["height_cm"]
    assert merged.aliases == ["老张", "三哥", "山子"]


def test_cash_is_kept_as_money_and_items_come_after_intake(services, admin, clock):
    from station.domain.errors import InvalidInput
    from station.services.forms import BelongingData, belonging_amount

    assert belonging_amount("现金", "23.5元") == (1, 2350)
    assert belonging_amount("现金", "37") == (1, 3700)  # cash: a number is money
    assert belonging_amount("旧手机", "2") == (2, None)
    assert belonging_amount("旧手机", "两个") is None
    data = intake(admitted_at=clock.now)
    data.belongings = [BelongingData("现金", 1, "人民币", "衣袋内", amount_fen=2350)]
    result = services.intake.register(data, admin)
    clock.advance(days=2)
    stay_id = services.persons.detail(result.person_id).latest_stay.id
    services.belongings.receive(stay_id, BelongingData("身份证", 1, notes="家属送来"), admin)
    with pytest.raises(InvalidInput, match="金额应在 0 到"):
        services.belongings.receive(stay_id, BelongingData("现金", 1, amount_fen=-1), admin)
    kept = services.persons.detail(result.person_id).belongings[stay_id]
    assert [(b.item, b.amount_fen, b.notes) for b in kept] == [
        ("现金", 2350, "衣袋内"), ("身份证", None, "家属送来"),
    ]  # fmt: skip
    from station.documents.catalogue import DocumentKind
    from tests.documents.test_documents import page_text

    paper = page_text(
        services.documents.print(DocumentKind.BELONGINGS, result.person_id, admin).pdf
    )
    assert "23.50元" in paper and "人民币；衣袋内" in paper and "家属送来" in paper
