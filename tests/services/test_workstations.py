"""Several workstations on one database: each opens its own engine, as separate PCs would."""

import threading

import pytest

from station.services.container import Services
from station.services.persons import EditConflict
from tests import sql
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


def test_a_dropped_connection_is_replaced_and_the_next_save_goes_through(
    services, admin, clock, config
):
    person = services.intake.register(intake(admitted_at=clock.now), admin).person_id
    if services.db.is_sqlite:
        pytest.skip("a file has no connection to lose")
    # The server ends every connection of this station (a restart, a network cut).
    sql.execute(
        config.database_url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    detail = services.persons.detail(person)  # a fresh connection, nothing to notice
    services.persons.update(
        person, fields_of(detail.person, dialect="客家话"), admin,
        expected_version=detail.person.version,
    )  # fmt: skip
    assert services.persons.detail(person).person.dialect == "客家话"


def test_an_unreachable_server_is_named_and_nothing_is_saved(services, admin, clock, config):
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from station.domain.errors import UserError
    from station.store.database import Database

    if services.db.is_sqlite:
        pytest.skip("a file has no server")
    down = make_url(config.database_url).set(port=1).render_as_string(hide_password=False)
    db = Database(down, busy_timeout=2)
    try:
        with pytest.raises(UserError) as err, db.write() as s:
            s.execute(text("SELECT 1"))
    finally:
        db.dispose()
    assert err.value.message.startswith("无法连接共享数据库") and ":1/" in err.value.message
    password = make_url(config.database_url).password
    assert f":{password}@" not in err.value.message and ":***@" in err.value.message


def test_nothing_goes_over_the_network_but_to_the_database(
    services, admin, clock, face_photos, monkeypatch, tmp_path
):
    import socket

    from station.documents.case_sheet import DocumentKind
    from station.services.matching import Scope

    database = services.db.engine.url
    allowed = {(database.host, database.port or 5432)} if database.host else set()
    real = socket.socket.connect

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and tuple(address[:2]) not in allowed:
            raise AssertionError(f"Station tried to reach {address}")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    person = services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["obama"]]), admin
    ).person_id
    services.matching.encode_person_photos()
    probe = services.matching.probe_for_person(person)
    services.matching.search(probe, Scope(lists=False, persons=True), admin)
    services.documents.print(DocumentKind.ANNOUNCEMENT, person, admin)
    services.backup.create(tmp_path / "backups")


def test_a_connection_cut_during_a_save_saves_nothing_and_the_next_one_works(
    services, admin, clock, config
):
    from sqlalchemy import text
    from sqlmodel import func, select

    from station.domain.errors import UserError
    from station.store.models import Person

    if services.db.is_sqlite:
        pytest.skip("a file has no connection to lose")
    with pytest.raises(UserError) as err, services.db.write() as s:
        s.add(Person(name="半途", sex="unknown", search_text="半途", created_at=clock.now,
                     updated_at=clock.now))  # fmt: skip
        s.flush()  # written, not committed, when the line goes down
        sql.execute(config.database_url, "SELECT pg_terminate_backend(:pid)",
                    pid=s.execute(text("SELECT pg_backend_pid()")).scalar_one())  # fmt: skip
        s.execute(text("SELECT 1"))
    assert err.value.message.startswith("无法连接共享数据库")
    with services.db.read() as s:
        assert s.exec(select(func.count()).select_from(Person)).one() == 0
    services.intake.register(intake(admitted_at=clock.now), admin)  # the line is back


def test_a_wrong_database_password_is_said_plainly(services, config):
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from station.domain.errors import UserError
    from station.store.database import Database

    if services.db.is_sqlite:
        pytest.skip("a file has no password")
    wrong = make_url(config.database_url).set(password="not-the-password")
    db = Database(wrong.render_as_string(hide_password=False), busy_timeout=3)
    try:
        with pytest.raises(UserError) as err, db.read() as s:
            s.execute(text("SELECT 1"))
    finally:
        db.dispose()
    assert "password" in err.value.message and "not-the-password" not in err.value.message
