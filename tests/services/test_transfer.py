"""station migrate-db: a single-PC station moved whole to PostgreSQL, verified, and usable there."""

import shutil

import pytest
from sqlmodel import select

from station import cli
from station.config import Config
from station.services.audit_trail import AuditFilter
from station.services.container import Services
from station.services.transfer import tables
from station.store.models import Stay
from tests import postgres, sql
from tests.conftest import ADMIN_PASSWORD
from tests.factories import intake
from tests.services.test_integrity import make_station


@pytest.fixture
def backend():
    return "sqlite"  # the source; the target is a new PostgreSQL database


@pytest.fixture
def target():
    name = postgres.fresh_database("template0")
    yield postgres.url_of(name)
    postgres.drop(name)


def counts(url):
    return {t.name: sql.rows(url, f"SELECT count(*) FROM {t.name}")[0][0] for t in tables()}


def test_a_station_moves_to_postgresql_whole_and_keeps_working(
    services, admin, clock, face_photos, config, target, tmp_path, monkeypatch
):
    person, _ = make_station(services, admin, clock, face_photos)
    folder = tmp_path / "list-photos"
    folder.mkdir()
    shutil.copy(face_photos["biden"], folder / "a2.jpg")
    (tmp_path / "list.csv").write_text("编号,姓名,照片\nA2,李志强,a2.jpg\n", encoding="utf-8")
    path = tmp_path / "list.csv"
    services.lists.import_table(
        path, services.lists.preview(path).mapping, admin, name="名单", photo_dir=folder
    )
    services.lists.encode()
    services.matching.encode_person_photos()
    services.close()

    shared = tmp_path / "shared"
    monkeypatch.setenv("STATION_PASSWORD", ADMIN_PASSWORD)
    code = cli.main(
        ["--data-dir", str(config.data_dir), "migrate-db", "--to", target, "--files-to",
         str(shared)]
    )  # fmt: skip
    assert code == 0
    before = counts(config.database_url)  # the source, untouched but for the login
    after = counts(target)
    assert after.pop("audit_event") == before.pop("audit_event") + 1  # the move itself
    assert after == before and before["face_encoding"] >= 2 and before["search_attempt"] == 1

    moved = Services.open(Config(shared, target), now=clock)
    try:
        detail = moved.persons.detail(person)
        assert detail.photos and moved.photos.path(detail.photos[0].sha256, "jpg").is_file()
        assert moved.integrity.check().ok
        rows, _ = moved.audit_trail.search(admin, AuditFilter(action="station.migrate_db"))
        assert len(rows) == 1 and rows[0].staff == "王站长"
        # New rows get new ids and the next case number.
        result = moved.intake.register(intake(admitted_at=clock.now), admin)
        with moved.db.read() as s:
            numbers = sorted(s.exec(select(Stay.case_number)).all())
        assert numbers[-1] == result.case_number and len(set(numbers)) == len(numbers) == 2
    finally:
        moved.close()


def test_a_database_that_already_holds_a_station_is_refused(
    services, admin, clock, config, target, monkeypatch
):
    other = Services.open(Config(config.data_dir.parent / "other", target), now=clock)
    other.auth.create_first_admin(username="x", display_name="X", password="other-pass-1")
    other.close()
    services.close()
    monkeypatch.setenv("STATION_PASSWORD", ADMIN_PASSWORD)
    code = cli.main(["--data-dir", str(config.data_dir), "migrate-db", "--to", target])
    assert code == 2
    assert sql.rows(target, "SELECT username FROM staff") == [("x",)]


def test_a_copy_that_does_not_read_back_the_same_is_undone(
    services, admin, clock, config, target, monkeypatch
):
    from station.domain.errors import UserError
    from station.services import transfer
    from station.store.database import Database

    services.intake.register(intake(admitted_at=clock.now, name="赵小梅"), admin)
    real = transfer._copy_table

    def lossy(src, dst, table, progress):
        n = real(src, dst, table, progress)
        if table.name == "person":  # a row changed on the way
            dst.exec_driver_sql("UPDATE person SET name = '赵小海'")
        return n

    monkeypatch.setattr(transfer, "_copy_table", lossy)
    db = Database(target)
    try:
        with pytest.raises(UserError, match="person 表原有 1 行"):
            transfer.copy_station(services.db, db, config.data_dir)
    finally:
        db.dispose()
    assert sql.rows(target, "SELECT count(*) FROM person") == [(0,)]  # nothing half-copied
