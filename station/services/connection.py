"""Trying a database before a workstation is pointed at it: can it be reached, what server is it,
and does it already hold a station (and of which version)?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import URL

from station.store import migrate
from station.store.database import Database


@dataclass(frozen=True)
class Probe:
    server: str  # e.g. "PostgreSQL 15.18"
    revision: str | None  # the station's schema revision, None for an empty database
    newer: bool  # written by a newer Station than this one


def postgres_url(host: str, port: int, database: str, user: str, password: str) -> str:
    return URL.create(
        "postgresql+psycopg", username=user or None, password=password or None,
        host=host or None, port=port or None, database=database or None,
    ).render_as_string(hide_password=False)  # fmt: skip


def probe(url: str, *, seconds: float = 5) -> Probe:
    """Connect once and look; raises UserError with the reason when it cannot."""
    db = Database(url, busy_timeout=seconds)
    try:
        with db.read() as s:
            if db.is_sqlite:
                server = "SQLite " + str(s.execute(text("SELECT sqlite_version()")).scalar_one())
            else:
                raw = str(s.execute(text("SHOW server_version")).scalar_one())
                server = "PostgreSQL " + raw.split()[0]
        revision, _ = migrate.current(db)
    finally:
        db.dispose()
    newer = revision is not None and revision not in migrate.known_revisions()
    return Probe(server, revision, newer)
