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
from station.store import text_limits

MSG_LOCKED = QT_TRANSLATE_NOOP(
    "UserError",
    "数据库正被另一个程序或工作站占用，{seconds} 秒内未能写入。什么也没有保存，请稍后再试。",
)
MSG_CANNOT_OPEN = QT_TRANSLATE_NOOP("UserError", "无法打开数据库 {where}：{reason}")
MSG_SERVER = QT_TRANSLATE_NOOP(
    "UserError",
    "无法连接共享数据库 {where}：{reason}。这一步没有保存任何内容。"
    "请检查网络和数据库服务器，恢复后重试即可，已保存的记录不受影响。",
)


class Database:
    """One database: an engine plus read and write sessions."""

    def __init__(self, url: str, *, busy_timeout: float = 15.0) -> None:
        self.url = url
        self.busy_timeout = busy_timeout
        text_limits.install()
        self.is_sqlite = url.startswith("sqlite")
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": busy_timeout, "check_same_thread": False}
        else:
            # A row another workstation holds is waited for as long as SQLite's busy timeout,
            # then the save fails whole with a message instead of hanging the window. A dropped
            # connection is noticed before use (pre_ping) and replaced, so a restarted server
            # needs no restart of Station.
            ms = int(busy_timeout * 1000)
            kwargs["connect_args"] = {
                "connect_timeout": max(1, int(busy_timeout)),
                "options": f"-c lock_timeout={ms} -c idle_in_transaction_session_timeout=600000",
                "application_name": "Station",
            }
            kwargs["pool_pre_ping"] = True
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
            if getattr(orig, "sqlstate", None) == LOCK_NOT_AVAILABLE:
                raise UserError(MSG_LOCKED, seconds=int(self.busy_timeout)) from exc
            if not self.is_sqlite:
                reason = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig)
                raise UserError(MSG_SERVER, where=self.where, reason=reason) from exc
            raise

    @property
    def where(self) -> str:
        """The database as shown to people: a file's path, or the server without the password."""
        if self.is_sqlite:
            return self.url.removeprefix("sqlite:///")
        return self.engine.url.render_as_string(hide_password=True)


LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL: lock_timeout ran out


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
