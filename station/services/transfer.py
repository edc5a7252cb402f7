"""Moving a station to another database (``station migrate-db --to URL``), typically from the
single PC's SQLite file to the PostgreSQL server the workstations will share.

Every table is copied in one transaction on the target (all or nothing), the target's id counters
are moved past the copied ids, and then each table is read back from the target and compared with
what was read from the source while copying: the same number of rows and the same digest of their
values. The photos and archived documents stay
files named by their content hash; each one the database names is checked against its hash (and,
with ``files_to``, copied to the shared folder the workstations will use and checked there).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Table, inspect, select, text
from sqlmodel import SQLModel

import station.store.case_models  # noqa: F401  (registers its tables)
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.store import migrate
from station.store.database import Database
from station.store.files import distinct, named_files
from station.store.photos import file_sha256

BATCH = 2000

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "UserError",
    "目标数据库 {where} 里已有 Station 的记录（{table} 表有 {n} 行），为免混在一起没有复制。"
    "请指定一个新建的空数据库。",
)
MSG_SAME = QT_TRANSLATE_NOOP("UserError", "目标数据库就是当前的数据库 {where}")
MSG_MISMATCH = QT_TRANSLATE_NOOP(
    "UserError",
    "复制后核对不一致：{table} 表原有 {source} 行，目标有 {target} 行（或内容不同）。"
    "目标数据库的复制已撤销，原数据库未改动。",
)
MSG_FILE = QT_TRANSLATE_NOOP(
    "UserError", "文件 {path} 缺失或与其校验值不符，复制已停止；请先运行 station check。"
)


@dataclass
class TransferReport:
    rows: dict[str, int] = field(default_factory=dict)
    files_checked: int = 0
    files_copied: int = 0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def tables() -> list[Table]:
    """Station's tables, parents before children."""
    return list(SQLModel.metadata.sorted_tables)


def copy_station(
    source: Database,
    target: Database,
    data_dir: Path,
    *,
    files_to: Path | None = None,
    progress: Callable[[str, int], None] = lambda _t, _n: None,
) -> TransferReport:
    """Copy everything of ``source`` into the empty ``target``; verify; raise and undo on any
    difference. ``source`` must already be at the current schema (Services.open does that)."""
    if source.where == target.where:
        raise UserError(MSG_SAME, where=target.where)
    migrate.upgrade(target)
    report = TransferReport()
    with source.engine.connect() as src, target.engine.connect() as dst, dst.begin():
        _refuse_unless_empty(dst, target.where)
        copied = {table.name: _copy_table(src, dst, table, progress) for table in tables()}
        if dst.dialect.name == "postgresql":
            _advance_sequences(dst)
        for table in tables():
            _verify_table(dst, table, *copied[table.name])
            report.rows[table.name] = copied[table.name][0]
    _files(source, data_dir, files_to, report)
    return report


def _refuse_unless_empty(dst: Connection, where: str) -> None:
    present = set(inspect(dst).get_table_names())
    for table in tables():
        if table.name in present:
            n = dst.execute(select(text("count(*)")).select_from(table)).scalar_one()
            if n and table.name not in _SEEDED:
                raise UserError(MSG_NOT_EMPTY, where=where, table=table.name, n=n)
    # Tables a new database fills by itself (settings written on first open) are replaced.
    for name in _SEEDED:
        dst.execute(text(f"DELETE FROM {name}"))


# Written by Station when it opens a new database, before any person is registered.
_SEEDED = ("station_setting", "deadline_rule", "gallery_revision")


def _copy_table(
    src: Connection, dst: Connection, table: Table, progress: Callable[[str, int], None]
) -> tuple[int, str]:
    """Copy the rows in key order; how many, and the digest of what was read (see _digest)."""
    digest = hashlib.sha256()
    copied = 0
    for batch in _ordered(src, table).mappings().partitions(BATCH):
        dst.execute(table.insert(), [dict(row) for row in batch])
        for row in batch:
            digest.update(_row_bytes(row.values()))
        copied += len(batch)
        progress(table.name, copied)
    return copied, digest.hexdigest()


def _advance_sequences(dst: Connection) -> None:
    """PostgreSQL's id counters start at 1; move each past the largest copied id."""
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].name != "id":
            continue
        dst.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
                f" coalesce((SELECT max(id) FROM {table.name}), 1),"
                f" (SELECT max(id) FROM {table.name}) IS NOT NULL)"
            )
        )


def _ordered(conn: Connection, table: Table):  # type: ignore[no-untyped-def]
    order = list(table.primary_key.columns)
    return conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))


def _row_bytes(values: object) -> bytes:
    return repr(tuple(_plain(v) for v in values)).encode()  # type: ignore[attr-defined]


def _digest(conn: Connection, table: Table) -> tuple[int, str]:
    """How many rows a table has and a digest of their values in key order."""
    digest = hashlib.sha256()
    n = 0
    for row in _ordered(conn, table):
        digest.update(_row_bytes(row))
        n += 1
    return n, digest.hexdigest()


def _plain(value: object) -> object:
    """A value as both databases give it back (bytes from memoryview, times in UTC)."""
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def _verify_table(dst: Connection, table: Table, copied: int, digest: str) -> None:
    """The target, read back, holds exactly the rows read from the source while copying."""
    n_dst, d_dst = _digest(dst, table)
    if n_dst != copied or d_dst != digest:
        raise UserError(MSG_MISMATCH, table=table.name, source=copied, target=n_dst)


def _files(source: Database, data_dir: Path, files_to: Path | None, report: TransferReport) -> None:
    with source.engine.connect() as conn:
        files = distinct(named_files(conn))
    for f in files:
        path = data_dir / f.relative
        if _hash_or_none(path) != f.sha256:
            raise UserError(MSG_FILE, path=str(path))
        report.files_checked += 1
        if files_to is not None:
            copy = files_to / f.relative
            if _hash_or_none(copy) != f.sha256:
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, copy)
                if _hash_or_none(copy) != f.sha256:
                    raise UserError(MSG_FILE, path=str(copy))
                report.files_copied += 1


def _hash_or_none(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None
