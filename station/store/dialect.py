"""The few SQL expressions that SQLite and PostgreSQL spell differently.

Services write their hand-made SQL once and ask here for the parts that differ; everything else in
those statements is common SQL that both databases run alike.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session


def is_sqlite(session: Session) -> bool:
    bind = session.get_bind()
    return bind.dialect.name == "sqlite"


def days_between(session: Session, later: str, earlier: str) -> str:
    """Days (fractional) from ``earlier`` to ``later``: two columns, times or dates."""
    if is_sqlite(session):
        return f"(julianday({later}) - julianday({earlier}))"
    return (
        f"(EXTRACT(EPOCH FROM (CAST({later} AS timestamp) - CAST({earlier} AS timestamp)))"
        " / 86400.0)"
    )


def table_order(session: Session, column: str) -> str:
    """``column`` in a condition that should not use its index (SQLite's unary ``+``).

    SQLite then reads the table in order, which beats the index for a period that is most of the
    table; PostgreSQL's planner makes that choice from its statistics by itself.
    """
    return f"+{column}" if is_sqlite(session) else column


def utc_value(value: str | dt.datetime) -> dt.datetime:
    """A stored UTC time from a hand-written query (SQLite gives text, PostgreSQL a datetime)."""
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def date_value(value: str | dt.date) -> dt.date:
    """A stored day from a hand-written query (SQLite gives text, PostgreSQL a date)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
