"""The engine and its transactions.

SQLite (the default, one workstation) runs in WAL mode with foreign keys on. Write transactions begin
with ``BEGIN IMMEDIATE`` so that two workstations saving at once queue for the write lock instead of
failing half way; reads begin deferred and never block writers.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, create_engine

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP

MSG_LOCKED = QT_TRANSLATE_NOOP(
    "UserError",
    "数据库正被另一个程序或工作站占用，{seconds} 秒内未能写入。什么也没有保存，请稍后再试。",
)
MSG_CANNOT_OPEN = QT_TRANSLATE_NOOP("UserError", "无法打开数据库 {where}：{reason}")


class Database:
    """One database: an engine plus read and write sessions."""

    def __init__(self, url: str, *, busy_timeout: float = 15.0) -> None:
        self.url = url
        self.busy_timeout = busy_timeout
        self.is_sqlite = url.startswith("sqlite")
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": busy_timeout, "check_same_thread": False}
        self.engine: Engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            _configure_sqlite(self.engine)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._translate_errors(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole if it raises."""
        engine = self.engine.execution_options(station_write=True)
        with (
            self._translate_errors(),
            Session(engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            orig = exc.orig
            if isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig):
                raise UserError(MSG_LOCKED, seconds=int(self.busy_timeout)) from exc
            if isinstance(orig, sqlite3.OperationalError) and "unable to open" in str(orig):
                raise UserError(MSG_CANNOT_OPEN, where=self.url, reason=str(orig)) from exc
            raise


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("station_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
