import hashlib
import sqlite3

import pytest

from station.config import Config
from station.domain.errors import UserError
from station.services.container import Services
from station.store import migrate
from tests import postgres, sql

BOTH = pytest.mark.parametrize("backend", ["sqlite", "postgresql"])


@pytest.fixture
def backend():
    """Most of these tests open SQLite files by hand; those marked BOTH run on PostgreSQL too."""
    return "sqlite"


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


@BOTH
def test_a_shared_database_from_a_newer_station_is_refused_and_left_untouched(config, backend):
    Services.open(config).close()
    sql.execute(config.database_url, "UPDATE alembic_version SET version_num = '9999_future'")
    schema = sql.rows(
        config.database_url,
        "SELECT count(*) FROM person UNION ALL SELECT count(*) FROM alembic_version",
    )
    with pytest.raises(UserError) as err:
        Services.open(config)
    assert "更新版本" in err.value.message and "9999_future" in err.value.message
    assert sql.rows(config.database_url, "SELECT version_num FROM alembic_version") == [
        ("9999_future",)
    ]
    assert (
        sql.rows(
            config.database_url,
            "SELECT count(*) FROM person UNION ALL SELECT count(*) FROM alembic_version",
        )
        == schema
    )


def test_an_empty_postgresql_database_is_brought_to_the_head_revision(tmp_path):
    name = postgres.fresh_database("template0")
    try:
        services = Services.open(Config(tmp_path, postgres.url_of(name)))
        services.close()
        assert services.migration.from_revision is None
        assert services.migration.to_revision == migrate.head_revision()
        again = Services.open(Config(tmp_path, postgres.url_of(name)))
        again.close()
        assert again.migration.from_revision == migrate.head_revision()
    finally:
        postgres.drop(name)


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


def _database_at_revision(path, revision):
    """A database exactly as an older Station left it: migrations up to ``revision`` only."""
    from alembic import command

    from station.store.database import Database

    db = Database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    db.dispose()


def test_a_station_of_version_0001_is_upgraded_with_its_cases_kept_and_a_backup(config):
    config.ensure_dirs()
    db_file = config.data_dir / "station.db"
    _database_at_revision(db_file, "0001")
    conn = sqlite3.connect(db_file)
    now = "2025-05-01 02:00:00.000000"
    conn.execute(
        "INSERT INTO staff (id, username, display_name, role, active, password_hash, created_at)"
        " VALUES (1, 'admin', '王站长', 'admin', 1, 'x', ?)",
        (now,),
    )
    conn.execute(
        "INSERT INTO person (id, name, sex, search_text, created_at, updated_at, version)"
        " VALUES (1, '赵小梅', 'female', '赵小梅', ?, ?, 1)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO stay (id, person_id, case_number, created_by, admitted_at, brought_by, status)"
        " VALUES (1, 1, '2025-000001', 1, ?, 'police', 'in_station')",
        (now,),
    )
    conn.execute(
        "INSERT INTO photo (id, person_id, sha256, ext, width, height, added_at, added_by)"
        " VALUES (1, 1, ?, 'jpg', 640, 480, ?, 1)",
        ("a" * 64, now),
    )
    conn.commit()
    conn.close()

    services = Services.open(config)
    try:
        assert services.migration.from_revision == "0001"
        assert services.migration.to_revision == migrate.head_revision() != "0001"
        detail = services.persons.detail(1)
        assert detail.person.name == "赵小梅"
        assert [s.case_number for s in detail.stays] == ["2025-000001"]
        assert [p.id for p in detail.photos] == [1]
    finally:
        services.close()
    # The copy made before upgrading is the old database, whole.
    backup = sqlite3.connect(services.migration.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert backup.execute("SELECT name FROM person").fetchall() == [("赵小梅",)]
    tables = {r[0] for r in backup.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "missing_record" not in tables
    backup.close()
    upgraded = sqlite3.connect(db_file)
    tables = {r[0] for r in upgraded.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"missing_list", "missing_record", "face_encoding", "match_candidate"} <= tables
    assert {"placement", "search_attempt", "stay_decision", "deadline_rule"} <= tables
    # A person from before gets the new flags as "not known to apply", not a failed upgrade.
    assert upgraded.execute(
        "SELECT mental_illness, intellectual_disability, identified_at FROM person"
    ).fetchall() == [(0, 0, None)]
    assert upgraded.execute("PRAGMA foreign_key_check").fetchall() == []
    upgraded.close()


@BOTH
def test_the_migrations_build_exactly_the_schema_the_models_declare(config, backend):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import station.store.case_models  # noqa: F401  (registers its tables)

    services = Services.open(config)
    try:
        with services.db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []
    finally:
        services.close()


def test_upgrading_to_0008_fills_each_stays_progress_from_its_attempts_and_decisions(config):
    config.ensure_dirs()
    db_file = config.data_dir / "station.db"
    _database_at_revision(db_file, "0007")
    conn = sqlite3.connect(db_file)
    conn.execute(
        "INSERT INTO staff (id, username, display_name, role, active, password_hash, created_at)"
        " VALUES (1, 'admin', '王站长', 'admin', 1, 'x', '2025-05-01 02:00:00.000000')"
    )
    conn.execute(
        "INSERT INTO person (id, name, sex, search_text, created_at, updated_at, version,"
        " mental_illness, intellectual_disability)"
        " VALUES (1, '赵小梅', 'female', '赵小梅', '2025-05-01', '2025-05-01', 1, 0, 0)"
    )
    for stay, admitted in ((1, "2025-05-01 02:00:00.000000"), (2, "2025-09-01 02:00:00.000000")):
        conn.execute(
            "INSERT INTO stay (id, person_id, case_number, created_by, admitted_at, brought_by,"
            " status) VALUES (?, 1, ?, 1, ?, 'police', 'in_station')",
            (stay, f"2025-00000{stay}", admitted),
        )
    attempts = [
        (1, "announcement", "2025-05-01 10:00:00.000000"),
        (1, "announcement", "2025-05-20 10:00:00"),  # the later one, written without fractions
        (1, "police_dna", "2025-05-03 10:00:00.000000"),
        (2, "phone", "2025-09-02 10:00:00.000000"),
    ]
    for n, (stay, kind, at) in enumerate(attempts, 1):
        conn.execute(
            "INSERT INTO search_attempt (id, person_id, stay_id, staff_id, kind, at, result,"
            " created_at) VALUES (?, 1, ?, 1, ?, ?, 'none', ?)",
            (n, stay, kind, at, at),
        )
    conn.execute(
        "INSERT INTO stay_decision (id, stay_id, staff_id, kind, option, at)"
        " VALUES (1, 2, 1, 'long_stay', 'station_care', '2025-09-12 10:00:00.000000')"
    )
    conn.commit()
    conn.close()

    Services.open(config).close()
    upgraded = sqlite3.connect(db_file)
    rows = upgraded.execute(
        "SELECT stay_id, announcement_at, police_dna_at, phone_at, long_stay_at, settlement_at"
        " FROM stay_progress ORDER BY stay_id"
    ).fetchall()
    upgraded.close()
    assert rows == [
        (1, "2025-05-20 10:00:00", "2025-05-03 10:00:00.000000", None, None, None),
        (2, None, None, "2025-09-02 10:00:00.000000", "2025-09-12 10:00:00.000000", None),
    ]


def test_every_step_kind_has_a_progress_column():
    from station.domain.casework import AttemptKind, DecisionKind
    from station.store.case_models import StayProgress, progress_column

    kinds = [*AttemptKind, *DecisionKind]
    assert {progress_column(k) for k in kinds} == set(StayProgress.model_fields) - {"stay_id"}
    with pytest.raises(ValueError):
        progress_column("x; DROP TABLE person")
