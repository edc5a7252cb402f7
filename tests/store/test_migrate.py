import hashlib
import sqlite3

import pytest

from station.config import Config
from station.domain.errors import UserError
from station.services.container import Services
from station.store import migrate


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_at_the_head_revision(config):
    services = Services.open(config)
    services.close()
    assert services.migration.from_revision is None
    assert services.migration.to_revision == migrate.head_revision()
    conn = sqlite3.connect(config.data_dir / "station.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (
        conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == migrate.head_revision()
    )
    conn.close()
    # Opening again changes nothing and makes no backup.
    again = Services.open(config)
    again.close()
    assert again.migration.backup is None


def test_database_from_a_newer_station_is_refused_and_left_untouched(config):
    Services.open(config).close()
    db_file = config.data_dir / "station.db"
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(db_file)
    with pytest.raises(UserError) as err:
        Services.open(config)
    assert "更新版本" in err.value.message and "9999_future" in err.value.message
    assert digest(db_file) == before


def test_a_file_of_another_program_is_not_touched(tmp_path):
    config = Config.load(tmp_path)
    tmp_path.mkdir(exist_ok=True)
    conn = sqlite3.connect(tmp_path / "station.db")
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError) as err:
        Services.open(config)
    assert "不是 Station 的数据库" in err.value.message


def test_a_corrupt_file_is_reported(tmp_path):
    (tmp_path / "station.db").write_bytes(b"garbage " * 1000)
    with pytest.raises(UserError) as err:
        Services.open(Config.load(tmp_path))
    assert "不是 SQLite 数据库或已损坏" in err.value.message


def test_backup_copies_what_is_still_in_the_write_ahead_log(services, admin, clock, config):
    from tests.factories import intake

    db_file = config.data_dir / "station.db"
    services.intake.register(intake(admitted_at=clock.now, name="赵小梅"), admin)
    # The engine keeps its connection open, so the new rows may sit in station.db-wal only.
    backup = migrate.backup_sqlite(db_file, db_file.with_name("copy.bak"))
    check = sqlite3.connect(backup)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("SELECT name FROM person").fetchall() == [("赵小梅",)]
    assert (
        check.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == migrate.head_revision()
    )
    check.close()
