"""Bring a database to the schema this version of Station expects.

A database written by a newer Station (a schema revision this version does not know) is refused and
left untouched; an older one is first copied beside itself (SQLite backup API, a consistent snapshot)
and then upgraded in one transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.store.database import Database

MIGRATIONS = Path(__file__).with_name("migrations")

MSG_NEWER = QT_TRANSLATE_NOOP(
    "UserError",
    "数据库 {where} 由更新版本的 Station 创建（数据库版本 {revision}），本程序无法安全打开它。"
    "数据库未做任何改动。请安装最新版本的 Station 后再打开。",
)
MSG_BROKEN_REFS = QT_TRANSLATE_NOOP(
    "UserError",
    "数据库 {where} 升级后有 {n} 处记录引用了不存在的记录，升级已撤销，数据库保持原样。"
    "请把数据库文件交给技术支持检查。",
)
MSG_FOREIGN = QT_TRANSLATE_NOOP(
    "UserError", "文件 {where} 不是 Station 的数据库（其中有其他程序的表），为避免损坏未打开它。"
)
MSG_NOT_SQLITE = QT_TRANSLATE_NOOP("UserError", "文件 {where} 不是 SQLite 数据库或已损坏：{reason}")


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory or another database."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url in ("sqlite://", "sqlite:///:memory:"):
        return None
    return Path(url[len(prefix) :])


def _peek_sqlite(path: Path) -> tuple[str | None, set[str]]:
    """Read the revision and table names without changing a byte of the file."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise UserError(MSG_NOT_SQLITE, where=str(path), reason=str(exc)) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, tables
    except sqlite3.DatabaseError as exc:
        raise UserError(MSG_NOT_SQLITE, where=str(path), reason=str(exc)) from exc
    finally:
        conn.close()


def _current(db: Database) -> tuple[str | None, set[str]]:
    path = sqlite_path(db.url)
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return None, set()
        return _peek_sqlite(path)
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        return MigrationContext.configure(conn).get_current_revision(), tables


def current(db: Database) -> tuple[str | None, set[str]]:
    """The database's schema revision (None when it holds no station) and its table names."""
    return _current(db)


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def backup_sqlite(path: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently (the backup API, not a file copy)."""
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def upgrade(
    db: Database, *, alone: Callable[[], AbstractContextManager[object]] = nullcontext
) -> MigrationResult:
    """Refuse a newer database; back up and upgrade an older one; create a new one. ``alone``
    is entered around any change (the caller's lock: no other program may have it open)."""
    head = head_revision()
    current, tables = _current(db)
    where = str(sqlite_path(db.url) or db.engine.url.render_as_string(hide_password=True))
    known = known_revisions()
    if current is not None and current not in known:
        raise UserError(MSG_NEWER, where=where, revision=current)
    if current is None and tables - {"alembic_version"}:
        raise UserError(MSG_FOREIGN, where=where)
    if current == head:
        return MigrationResult(current, head, None)
    with alone():
        return _upgrade(db, current, head, where)


def _upgrade(db: Database, current: str | None, head: str, where: str) -> MigrationResult:
    backup = None
    path = sqlite_path(db.url)
    if current is not None and path is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(path, path.with_name(f"{path.name}.before-{head}-{stamp}.bak"))
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection if path is not None else None
        if raw is not None:
            # SQLite alters a table by copying it; with foreign keys on, dropping the old copy
            # fails. They are switched off (outside any transaction, as SQLite requires) and every
            # reference is checked before the upgrade commits.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise UserError(MSG_BROKEN_REFS, where=where, n=len(broken))
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
    return MigrationResult(current, head, backup)
