"""离站 through the services: who may leave how, belongings, placements, and coming back."""

import datetime as dt

import pytest

from station.domain import id_number
from station.domain.casework import PlacementKind
from station.domain.clock import local_date
from station.domain.departure import DepartureKind, EscortTrip, Relative
from station.domain.enums import Role
from station.domain.errors import InvalidInput, UserError
from station.services.departures import DepartureData
from station.services.placements import PlacementData
from tests.factories import intake

RELATIVE_ID = id_number.make("410102", dt.date(1985, 6, 1), 123)


@pytest.fixture
def director(services, admin):
    services.auth.create_staff(
        admin, username="zhan", display_name="赵站长", password="director-pass-1",
        role=Role.DIRECTOR,
    )  # fmt: skip
    return services.auth.login("zhan", "director-pass-1")


def fields(caught):
    return {e.field for e in caught.value.errors}


def test_a_family_pickup_checks_the_relative_returns_belongings_and_ends_the_placement(
    services, admin, clock
):
    person = services.intake.register(intake(admitted_at=clock.now), admin).person_id
    clock.advance(days=2)
    services.placements.place(
        person, PlacementData(PlacementKind.HOSPITAL, local_date(clock.now), "市医院"), admin
    )
    clock.advance(days=3)
    data = DepartureData(DepartureKind.FAMILY_PICKUP, clock.now)
    with pytest.raises(InvalidInput) as caught:
        services.departures.depart(person, data, admin)
    assert fields(caught) == {
        "relative_name", "relative_relationship", "relative_id_number", "relative_documents",
        "belongings",
    }  # fmt: skip
    data.relative = Relative("张丽", "410102198506011238", "女儿", "13800000000", ["身份证"])
    data.belongings_to = "张丽"
    with pytest.raises(InvalidInput) as caught:
        services.departures.depart(person, data, admin)
    assert fields(caught) == {"relative_id_number"}  # a wrong check digit
    data.relative.id_number = RELATIVE_ID.lower()
    done = services.departures.depart(person, data, admin)
    assert done.relative_id_number == RELATIVE_ID  # normalised
    detail = services.persons.detail(person)
    assert detail.latest_stay.status == "departed" and detail.latest_stay.departed_at == clock.now
    assert all(b.returned_to == "张丽" for items in detail.belongings.values() for b in items)
    (placement,) = services.placements.history(person)
    assert placement.ended_on == local_date(clock.now)
    assert services.deadlines.todo() == [] and services.placements.board() == []
    with pytest.raises(UserError, match="不能重复办理离站"):
        services.departures.depart(person, data, admin)

    # Back again a year later: a new stay for the same person.
    clock.advance(days=365)
    again = services.intake.register(
        intake(admitted_at=clock.now), admin, existing_person_id=person
    )
    assert again.repeat and len(services.persons.detail(person).stays) == 2


def test_a_minor_is_released_only_to_verified_family_with_a_directors_approval(
    services, admin, director, clock
):
    child = services.intake.register(
        intake(admitted_at=clock.now, age_low=12, age_high=14), admin
    ).person_id
    clock.advance(hours=5)
    own_will = DepartureData(DepartureKind.OWN_WILL, clock.now, declaration_signed=True,
                             belongings_to="本人")  # fmt: skip
    with pytest.raises(InvalidInput) as caught:
        services.departures.depart(child, own_will, admin)
    assert fields(caught) == {"kind"}
    assert "未成年人" in caught.value.errors[0].message
    pickup = DepartureData(
        DepartureKind.FAMILY_PICKUP, clock.now,
        relative=Relative("张丽", RELATIVE_ID, "母亲", None, ["户口簿", "身份证"]),
        belongings_to="张丽",
    )  # fmt: skip
    with pytest.raises(InvalidInput) as caught:
        services.departures.depart(child, pickup, admin)
    assert fields(caught) == {"approved_by"}
    pickup.approved_by = admin.id  # an administrator is not a director
    with pytest.raises(InvalidInput):
        services.departures.depart(child, pickup, admin)
    assert [d.id for d in services.departures.directors()] == [director.id]
    # The password the administrator set for the new director is known to the administrator:
    # it confirms nothing until the director has set their own.
    pickup.approved_by, pickup.approver_password = director.id, "director-pass-1"
    with pytest.raises(InvalidInput) as caught:
        services.departures.depart(child, pickup, admin)
    assert fields(caught) == {"approved_by"} and "临时密码" in caught.value.errors[0].message
    own_desk = services.auth.change_password(director, "director-pass-1", "director-own-2")
    pickup.approver_password = None  # named, but the director has not confirmed it
    with pytest.raises(InvalidInput) as caught:
        services.departures.depart(child, pickup, admin)
    assert fields(caught) == {"approved_by"} and "赵站长本人确认" in caught.value.errors[0].message
    pickup.approver_password = "not-hers-1"
    with pytest.raises(InvalidInput):
        services.departures.depart(child, pickup, admin)
    pickup.approver_password = "director-own-2"  # the director, alone, recording and approving
    with pytest.raises(InvalidInput) as caught:
        services.departures.depart(child, pickup, own_desk)
    assert fields(caught) == {"approved_by"} and "另一位站长" in caught.value.errors[0].message
    # typed by the director at this desk, the departure recorded by a colleague
    assert services.departures.depart(child, pickup, admin).approved_by == director.id


def test_without_a_director_who_can_confirm_the_refusal_says_how_to_get_one(services, admin, clock):
    child = services.intake.register(
        intake(admitted_at=clock.now, age_low=12, age_high=14), admin
    ).person_id
    clock.advance(hours=5)
    pickup = DepartureData(
        DepartureKind.FAMILY_PICKUP, clock.now,
        relative=Relative("张丽", RELATIVE_ID, "母亲", None, ["户口簿", "身份证"]),
        belongings_to="张丽",
    )  # fmt: skip
    for step in ("no director", "a director who never logged in"):
        with pytest.raises(InvalidInput) as caught:
            services.departures.depart(child, pickup, admin)
        (error,) = caught.value.errors
        assert error.field == "approved_by" and "还没有可以批准的站长账号" in error.message, step
        assert "账号管理" in error.message
        services.auth.create_staff(
            admin, username="zhan", display_name="赵站长", password="director-pass-1",
            role=Role.DIRECTOR,
        ) if step == "no director" else None  # fmt: skip
    # Nor can the administrator, knowing the temporary password, confirm in the director's name.
    assert not services.auth.confirm(services.departures.directors()[0].id, "director-pass-1")


def test_an_escort_home_needs_two_escorts_and_a_receiver_and_times_in_order(services, admin, clock):
    person = services.intake.register(intake(admitted_at=clock.now), admin).person_id
    clock.advance(days=1)
    trip = EscortTrip(
        ["李四"], "豫A12345", "郑州—开封", clock.now, clock.now - dt.timedelta(hours=1)
    )
    data = DepartureData(DepartureKind.ESCORTED, clock.now, trip=trip, belongings_to="本人")
    with pytest.raises(InvalidInput) as caught:
        services.departures.depart(person, data, admin)
    assert fields(caught) == {"escorts", "receiver", "arrived_at"}
    trip.escorts = ["李四", "王五"]
    trip.receiver = "开封市救助管理站"
    trip.arrived_at = clock.now + dt.timedelta(hours=2)
    trip.handed_to, trip.handed_at = "开封站 刘主任", clock.now + dt.timedelta(hours=2)
    done = services.departures.depart(person, data, admin)
    assert done.escorts == "李四，王五" and done.receiver == "开封市救助管理站"


def test_departure_times_and_cash_and_declaration_are_checked(services, admin, clock):
    person = services.intake.register(intake(admitted_at=clock.now), admin).person_id
    data = DepartureData(
        DepartureKind.OWN_WILL, clock.now - dt.timedelta(hours=1), cash_fen=5000,
        belongings_to="本人",
    )  # fmt: skip
    with pytest.raises(InvalidInput) as caught:
        services.departures.depart(person, data, admin)
    assert fields(caught) == {"departed_at", "declaration", "cash_receipt"}
    assert services.persons.detail(person).latest_stay.departed_at is None  # nothing half saved


def test_an_elderly_person_who_can_decide_may_leave_of_their_own_will(services, admin, clock):
    old = services.intake.register(intake(admitted_at=clock.now, age_low=70, age_high=75), admin)
    clock.advance(hours=3)
    done = services.departures.depart(
        old.person_id,
        DepartureData(DepartureKind.OWN_WILL, clock.now, declaration_signed=True,
                      belongings_to="本人"),
        admin,
    )  # fmt: skip
    assert done.kind == "own_will" and done.approved_by is None
