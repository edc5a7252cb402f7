from station.domain import id_number
from station.domain.enums import StayStatus
from station.services import demo
from station.services.residents import ResidentFilter


def test_demo_fills_a_station_with_consistent_fictional_records(services, admin):
    made = demo.seed(services, admin, count=40, seed=3)
    assert made == 40
    everyone = services.residents.page(ResidentFilter(status=None), 0, 100)
    assert len(everyone) == 40
    statuses = {r.status for r in everyone}
    assert statuses == {StayStatus.IN_STATION, StayStatus.DEPARTED}
    assert any(r.unnamed for r in everyone) and not all(r.unnamed for r in everyone)
    for row in everyone:
        detail = services.persons.detail(row.person_id)
        if detail.person.id_number:
            assert id_number.parse(detail.person.id_number).birth_date == detail.person.birth_date
        assert any(e.action == "intake.register" for e in detail.events)
