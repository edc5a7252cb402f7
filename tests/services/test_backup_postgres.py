"""Backups of a shared (PostgreSQL) station: pg_dump with the files and a manifest, restored into
a new empty database."""

import pytest

from station import cli
from station.config import Config
from station.domain.errors import UserError
from station.services.container import Services
from station.services.transfer import tables
from tests import postgres, sql
from tests.services.test_integrity import make_station


@pytest.fixture
def backend():
    return "postgresql"


def counts(url):
    return {t.name: sql.rows(url, f"SELECT count(*) FROM {t.name}")[0][0] for t in tables()}


def test_a_postgresql_station_backs_up_and_restores_into_a_new_database(
    services, admin, clock, face_photos, config, tmp_path
):
    person, _ = make_station(services, admin, clock, face_photos)
    made = services.backup.create()
    assert services.backup.verify(made.path) == []
    assert (made.path / "station.pgdump").is_file() and made.files == 3  # dump, photo, document
    with pytest.raises(UserError, match="--to"):
        services.backup.restore(made.path)  # never over the shared database in use
    before = counts(config.database_url)
    services.close()

    name = postgres.fresh_database("template0")
    try:
        url = postgres.url_of(name)
        elsewhere = tmp_path / "new-share"
        assert cli.main(["--data-dir", str(elsewhere), "restore", str(made.path), "--to", url]) == 0
        assert counts(url) == before
        again = Services.open(Config(elsewhere, url), now=clock)
        try:
            assert again.persons.detail(person).photos
            assert again.integrity.check().ok
        finally:
            again.close()
        # A second restore into the now-used database is refused, nothing changed.
        assert cli.main(["--data-dir", str(elsewhere), "restore", str(made.path), "--to", url]) == 2
        assert counts(url) == before
    finally:
        postgres.drop(name)


def test_a_damaged_dump_is_found_before_anything_is_restored(services, admin, clock, face_photos):
    make_station(services, admin, clock, face_photos)
    made = services.backup.create()
    dump = made.path / "station.pgdump"
    dump.write_bytes(dump.read_bytes()[: len(dump.read_bytes()) // 2])
    assert any("station.pgdump" in p for p in services.backup.verify(made.path))
