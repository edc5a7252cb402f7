"""Throw-away PostgreSQL databases for the tests that run on both database kinds.

``STATION_TEST_POSTGRES_URL`` names a server and a role that may create databases (for example
``postgresql+psycopg://station:station@127.0.0.1:5432/postgres``). Without it the PostgreSQL variants
are skipped, unless ``STATION_TEST_REQUIRE_POSTGRES=1`` (set by CI) makes that a failure.

One template database is migrated to the current schema once per run; each test gets its own copy
(``CREATE DATABASE … TEMPLATE``, a file copy on the server) and it is dropped afterwards.
"""

from __future__ import annotations

import itertools
import os
import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

ADMIN_URL = os.environ.get("STATION_TEST_POSTGRES_URL", "")
REQUIRED = os.environ.get("STATION_TEST_REQUIRE_POSTGRES") == "1"
TEMPLATE = f"station_test_template_{os.getpid()}"
_numbers = itertools.count(1)


def admin_url() -> URL:
    if not ADMIN_URL:
        if REQUIRED:
            pytest.fail("STATION_TEST_REQUIRE_POSTGRES=1 but STATION_TEST_POSTGRES_URL is not set")
        pytest.skip("PostgreSQL tests need STATION_TEST_POSTGRES_URL (see README)")
    return make_url(ADMIN_URL)


def _execute(statement: str) -> None:
    engine = create_engine(admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


def create_template() -> str:
    """The migrated template database; returns its name."""
    from station.store import migrate
    from station.store.database import Database

    _execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
    _execute(f'CREATE DATABASE "{TEMPLATE}"')
    db = Database(url_of(TEMPLATE))
    try:
        migrate.upgrade(db)
    finally:
        db.dispose()
    return TEMPLATE


def drop(name: str) -> None:
    """Drop a test's database. The server's own autovacuum worker may be busy in it (its tables
    were just filled); a role without superuser rights cannot end that worker, so the drop waits
    for it to finish instead."""
    from sqlalchemy.exc import ProgrammingError

    for attempt in range(50):
        try:
            _execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE or attempt == 49:
                raise
            time.sleep(0.2)


INSUFFICIENT_PRIVILEGE = "42501"


def url_of(name: str) -> str:
    return admin_url().set(database=name).render_as_string(hide_password=False)


def fresh_database(template: str) -> str:
    """A new database copied from the template; returns its name."""
    name = f"station_test_{os.getpid()}_{next(_numbers)}"
    _execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name
