"""Several workstations on one database: each opens its own engine, as separate PCs would."""

import threading

import pytest

from station.services.container import Services
from station.services.persons import EditConflict
from tests.conftest import ADMIN_PASSWORD
from tests.factories import fields_of, intake


@pytest.fixture
def second(config, clock, services, admin):
    """A second workstation on the same station."""
    other = Services.open(config, now=clock, busy_timeout=10.0)
    yield other
    other.close()


def test_two_workstations_saving_one_person_at_once_give_one_save_and_one_conflict(
    services, second, admin, clock
):
    person_id = services.intake.register(intake(admitted_at=clock.now), admin).person_id
    me = second.auth.login("admin", ADMIN_PASSWORD)
    base = services.persons.detail(person_id).person
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(name, station, changes):
        start.wait()
        try:
            station.persons.update(
                person_id, fields_of(base, **changes), me, expected_version=base.version
            )
            outcomes[name] = "saved"
        except EditConflict as exc:
            outcomes[name] = exc

    threads = [
        threading.Thread(target=save, args=("a", services, {"height_cm": 160})),
        threading.Thread(target=save, args=("b", second, {"dialect": "四川话"})),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(type(v).__name__ for v in outcomes.values()) == ["EditConflict", "str"]
    (winner,) = [k for k, v in outcomes.items() if v == "saved"]
    (conflict,) = [v for v in outcomes.values() if isinstance(v, EditConflict)]
    saved = second.persons.detail(person_id).person
    assert saved.version == base.version + 1
    # Exactly the winner's change is saved; the conflict names it and nothing else was written.
    if winner == "a":
        assert (saved.height_cm, saved.dialect) == (160, base.dialect)
        assert "身高" in conflict.message
    else:
        assert (saved.height_cm, saved.dialect) == (base.height_cm, "四川话")
        assert "方言口音" in conflict.message
    assert conflict.version == saved.version
    updates = [e for e in second.persons.detail(person_id).events if e.action == "person.update"]
    assert len(updates) == 1
