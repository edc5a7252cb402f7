"""备份与恢复: a consistent copy of a SQLite station, its photos and printed documents.

A backup is a folder: ``station.db`` (a snapshot through SQLite's backup API, taken while the
station may be in use), the photo and document files the database names, and ``manifest.json`` with
the content hash of every file. It is written under a temporary name and renamed when complete, so a
backup cut short (a full disk, a crash) is never mistaken for one. Only the last ``keep`` backups of
the backup folder are kept. A restore verifies the backup whole before anything is replaced, and
keeps the data it replaces beside it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from station.domain.clock import utcnow
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.store import migrate, restore_swap, station_lock
from station.store.files import distinct, named_files
from station.store.photos import file_sha256
from station.store.station_lock import FileLock

MANIFEST = "manifest.json"
PREFIX = "station-backup-"
PG_DUMP = "station.pgdump"
FORMAT = 1

MSG_NOT_SQLITE = QT_TRANSLATE_NOOP(
    "UserError", "只有单机（SQLite）或 PostgreSQL 数据库可以这样备份"
)
MSG_PG_BACKUP = QT_TRANSLATE_NOOP(
    "UserError",
    "{path} 是共享数据库（PostgreSQL）的备份：请用 station restore {path} --to 新的空数据库地址 恢复",
)
MSG_SQLITE_BACKUP = QT_TRANSLATE_NOOP(
    "UserError",
    "{path} 是单机（SQLite）工作站的备份，不能直接恢复到共享数据库：请在单机上恢复，"
    "再用 station migrate-db 迁移",
)
MSG_NO_PG_TOOL = QT_TRANSLATE_NOOP(
    "UserError", "找不到 PostgreSQL 的 {tool} 程序，请安装 PostgreSQL 客户端（postgresql-client）"
)
MSG_NOT_EMPTY_TARGET = QT_TRANSLATE_NOOP(
    "UserError", "目标数据库 {where} 不是空的；PostgreSQL 备份只恢复到新建的空数据库"
)
MSG_PG_DUMP = QT_TRANSLATE_NOOP("UserError", "PostgreSQL 备份或恢复失败：{reason}")
MSG_DISK = QT_TRANSLATE_NOOP("UserError", "备份未完成，已删除不完整的备份：{reason}")
MSG_RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "UserError", "恢复未完成，现有数据没有任何改动，备份的半成品已删除：{reason}"
)
MSG_SWAP_INTERRUPTED = QT_TRANSLATE_NOOP(
    "UserError",
    "恢复在替换文件时中断：{reason}。下次打开 Station 时会自动完成恢复；原有数据在 {aside}",
)
MSG_LOST_DATABASE = QT_TRANSLATE_NOOP(
    "UserError",
    "数据库文件 {path} {state}，但这里还有工作站的照片、文书或备份：数据库可能被删除或损坏。"
    "为免在空数据库上继续工作，Station 没有新建数据库。可用的数据：{found}。"
    "请用最新的备份恢复（station restore {latest}），或把 before-restore-… 中的 station.db 放回原处。",
)
_MISSING = QT_TRANSLATE_NOOP("Vocabulary", "不存在")
_EMPTY = QT_TRANSLATE_NOOP("Vocabulary", "是空的")
_NO_BACKUP_HERE = QT_TRANSLATE_NOOP("Vocabulary", "（此处没有备份：请查找其他位置的备份）")
_BACKUP_FOLDER = QT_TRANSLATE_NOOP("Vocabulary", "备份文件夹")
MSG_NO_BACKUP = QT_TRANSLATE_NOOP("UserError", "{path} 不是 Station 的备份（没有 manifest.json）")
MSG_BAD_BACKUP = QT_TRANSLATE_NOOP("UserError", "备份 {path} 不完整或已损坏：{problem}")
MSG_FOREIGN_PATH = QT_TRANSLATE_NOOP(
    "UserError",
    "清单 manifest.json 中的路径“{name}”不是 Station 备份中的文件，恢复时会写到别处；此备份不能使用",
)
MSG_NEWER_BACKUP = QT_TRANSLATE_NOOP(
    "UserError", "备份 {path} 来自更新版本的 Station（数据库版本 {revision}），请先升级 Station"
)


@dataclass(frozen=True)
class Backup:
    path: Path
    created_at: str
    revision: str
    files: int
    size: int
    missing: tuple[str, ...] = ()  # files the database names that were not there to copy


class BackupService:
    """Backups of a station: its database (SQLite: the backup API; PostgreSQL: ``pg_dump``) with
    the photos and documents it names and a manifest of their hashes."""

    def __init__(
        self, data_dir: Path, database_url: str, *, now: Callable[[], dt.datetime] = utcnow
    ) -> None:
        self.data_dir = data_dir
        self.database_url = database_url
        self.db_path = migrate.sqlite_path(database_url)  # None: not a SQLite station
        self.postgres = database_url.startswith("postgresql")
        self.now = now

    @property
    def default_folder(self) -> Path:
        return self.data_dir / "backups"

    def create(self, folder: Path | None = None, *, keep: int = 7) -> Backup:
        """Back up the station now into ``folder`` (default: the data folder's ``backups``)."""
        if self.db_path is None and not self.postgres:
            raise UserError(MSG_NOT_SQLITE)
        folder = folder or self.default_folder
        folder.mkdir(parents=True, exist_ok=True)
        stamp = self.now().strftime("%Y%m%d-%H%M%S")
        final = folder / f"{PREFIX}{stamp}"
        for n in range(1, 100):  # two backups in one second (the day's automatic one, a click)
            if not final.exists():
                break
            final = folder / f"{PREFIX}{stamp}-{n}"
        work = folder / f".partial-{final.name}"
        shutil.rmtree(work, ignore_errors=True)
        _remove_abandoned(folder)
        try:
            work.mkdir()
            if self.db_path is not None:
                snapshot = migrate.backup_sqlite(self.db_path, work / "station.db")
                named, revision = _snapshot_contents(f"sqlite:///{snapshot}")
            else:  # the dump is one consistent snapshot; files are never deleted, so the
                # names read a moment later include every file the dump refers to
                snapshot = pg_dump(self.database_url, work / PG_DUMP)
                named, revision = _snapshot_contents(self.database_url)
            files = {snapshot.name: file_sha256(snapshot)}
            missing = []
            for relative in named:
                source = self.data_dir / relative
                if not source.is_file():  # copied what there is, and said what is not
                    missing.append(relative)
                    continue
                target = work / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
                files[relative] = file_sha256(target)
            manifest = {
                "format": FORMAT,
                "created_at": self.now().isoformat(),
                "revision": revision,
                "files": files,
                "missing": missing,
            }
            (work / MANIFEST).write_text(json.dumps(manifest, indent=1), "utf-8")
            os.replace(work, final)
        except OSError as exc:
            shutil.rmtree(work, ignore_errors=True)
            raise UserError(MSG_DISK, reason=exc.strerror or str(exc)) from exc
        self._prune(folder, keep)
        return self.describe(final)

    def refuse_lost_station(self) -> None:
        """Refuse to start afresh where a station existed: the database file missing or empty
        while its photos, documents, backups or replaced data are still here. Opening would
        create an empty station over the lost one (and `check` would find nothing wrong)."""
        if self.db_path is None or (self.db_path.is_file() and self.db_path.stat().st_size > 0):
            return
        folder = self.db_path.parent
        traces = [
            name for name in ("photos", "documents")
            if (folder / name).is_dir() and any(p.is_file() for p in (folder / name).rglob("*"))
        ]  # fmt: skip
        latest = self.backups()
        asides = sorted(folder.glob("before-restore-*"), reverse=True)
        if not (traces or latest or asides):
            return  # a new station
        where = [str(p) for p in [*(b.path for b in latest[:1]), *asides[:2]]]
        raise UserError(
            MSG_LOST_DATABASE,
            path=str(self.db_path),
            state=_MISSING if not self.db_path.exists() else _EMPTY,
            found=where or [_NO_BACKUP_HERE],
            latest=str(latest[0].path) if latest else _BACKUP_FOLDER,
        )

    def due(self, hours: float = 24) -> bool:
        """Whether a single-PC station's newest backup (in the default folder) is older than
        ``hours`` or missing. A shared database is backed up on its server (pg_dump by cron)."""
        if self.db_path is None:
            return False
        found = self.backups()
        if not found:
            return True
        newest = dt.datetime.fromisoformat(found[0].created_at)
        return self.now() - newest > dt.timedelta(hours=hours)

    def backups(self, folder: Path | None = None) -> list[Backup]:
        """The complete backups of a folder, newest first."""
        folder = folder or self.default_folder
        if not folder.is_dir():
            return []
        found = []
        for path in folder.glob(f"{PREFIX}*"):
            if (path / MANIFEST).is_file():
                try:
                    found.append(self.describe(path))
                except UserError:
                    continue  # a manifest that is not Station's: never offered for a restore
        return sorted(found, key=lambda b: b.path.name, reverse=True)

    def describe(self, path: Path) -> Backup:
        manifest = _manifest(path)
        size = sum((path / name).stat().st_size for name in manifest["files"]
                   if (path / name).is_file())  # fmt: skip
        missing = manifest.get("missing") or []
        return Backup(path, manifest["created_at"], manifest["revision"], len(manifest["files"]),
                      size, tuple(str(m) for m in missing if isinstance(m, str)))  # fmt: skip

    def verify(self, path: Path) -> list[str]:
        """What is wrong with a backup (empty when it is whole): every file present with its
        hash, the database readable and intact."""
        manifest = _manifest(path)
        problems = []
        for name, digest in manifest["files"].items():
            file = path / name
            if not file.is_file():
                problems.append(f"缺少 {name}")
            elif file_sha256(file) != digest:
                problems.append(f"{name} 的内容与校验值不符")
        if not problems and PG_DUMP in manifest["files"]:
            problems += _pg_restore_list(path / PG_DUMP)
        elif not problems:
            conn = sqlite3.connect(f"file:{path / 'station.db'}?mode=ro", uri=True)
            try:
                result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                result = str(exc)
            finally:
                conn.close()
            if result != "ok":
                problems.append(f"station.db: {result}")
        return problems

    def restore(self, path: Path) -> Path:
        """Replace the station's data by a verified backup. Refused while any other program has
        the station open. The backup is copied beside the station first and swapped in by
        renames (``restore_swap``): killed at any moment, the station is the old one or the new
        one. The data replaced is kept in a folder beside it, whose path is returned."""
        if PG_DUMP in _manifest(path)["files"]:
            raise UserError(MSG_PG_BACKUP, path=str(path))
        if self.db_path is None:
            raise UserError(MSG_SQLITE_BACKUP, path=str(path))
        files = self._usable(path)["files"]
        with FileLock(self.db_path.parent).exclusive(station_lock.RESTORE):
            restore_swap.recover(self.data_dir)  # an earlier restore cut short: end it first
            stamp = self.now().strftime("%Y%m%d-%H%M%S")
            aside = self.data_dir / f"before-restore-{stamp}"
            try:
                staging = restore_swap.build(self.data_dir, path, files, stamp)
            except restore_swap.ChangedFile as exc:
                raise UserError(
                    MSG_BAD_BACKUP, path=str(path), problem=f"{exc.name} 的内容与校验值不符"
                ) from exc
            except OSError as exc:  # a full disk: the station was never touched
                raise UserError(MSG_RESTORE_FAILED, reason=exc.strerror or str(exc)) from exc
            try:
                restore_swap.swap(self.data_dir, staging, aside)
            except OSError as exc:
                raise UserError(
                    MSG_SWAP_INTERRUPTED, reason=exc.strerror or str(exc), aside=str(aside)
                ) from exc
        return aside

    def restore_postgres(self, path: Path, url: str) -> int:
        """Load a verified PostgreSQL backup into the empty database ``url`` and put its files
        in the data folder (files already there with the right hash are kept). Returns the
        number of files written."""
        if PG_DUMP not in _manifest(path)["files"]:
            raise UserError(MSG_NO_BACKUP, path=str(path))
        files = self._usable(path)["files"]
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                tables = conn.execute(
                    text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                ).scalar_one()
        finally:
            engine.dispose()
        if tables:
            raise UserError(MSG_NOT_EMPTY_TARGET, where=make_url(url).render_as_string())
        pg_restore(path / PG_DUMP, url)
        written = 0
        for name, digest in files.items():
            if name == PG_DUMP:
                continue
            target = self.data_dir / name
            if target.is_file() and file_sha256(target) == digest:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path / name, target)
            written += 1
        return written

    def _usable(self, path: Path) -> dict:  # type: ignore[type-arg]
        """The manifest of a backup that is whole and that this Station can read; else refused."""
        problems = self.verify(path)
        if problems:
            raise UserError(MSG_BAD_BACKUP, path=str(path), problem="；".join(problems[:3]))
        manifest = _manifest(path)
        if manifest["revision"] not in migrate.known_revisions():
            raise UserError(MSG_NEWER_BACKUP, path=str(path), revision=manifest["revision"])
        return manifest

    def _prune(self, folder: Path, keep: int) -> None:
        for old in self.backups(folder)[max(keep, 1) :]:
            shutil.rmtree(old.path, ignore_errors=True)


def _manifest(path: Path) -> dict:  # type: ignore[type-arg]
    try:
        manifest = json.loads((path / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        raise UserError(MSG_NO_BACKUP, path=str(path)) from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
        raise UserError(MSG_NO_BACKUP, path=str(path))
    for name, digest in manifest["files"].items():
        if not _kept_name(name) or not isinstance(digest, str):
            raise UserError(
                MSG_BAD_BACKUP, path=str(path), problem=MSG_FOREIGN_PATH.format(name=name)
            )
    return manifest


def _kept_name(name: object) -> bool:
    """A name a backup of Station writes: the database, or a file under photos/ or documents/,
    relative and with no ``..`` — a manifest is read from a folder anyone may have handed over,
    and each of its names becomes a path in the data folder when restored."""
    if not isinstance(name, str) or not name or "\\" in name or "\0" in name or ":" in name:
        return False
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return False
    if len(parts) == 1:
        return name in ("station.db", PG_DUMP)
    return parts[0] in ("photos", "documents")


def _snapshot_contents(url: str) -> tuple[list[str], str]:
    """The files a database names (relative to the data folder) and its schema revision."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            files = [f.relative for f in distinct(named_files(conn))]
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    finally:
        engine.dispose()
    return files, str(revision)


def _pg_env(url: str) -> tuple[list[str], dict[str, str]]:
    """Connection options for PostgreSQL's own tools; the password goes in the environment."""
    parsed = make_url(url)
    args = ["--host", parsed.host or "localhost", "--port", str(parsed.port or 5432),
            "--username", parsed.username or "", "--dbname", parsed.database or ""]  # fmt: skip
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    return args, env


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise UserError(MSG_NO_PG_TOOL, tool=name)
    return found


def pg_dump(url: str, target: Path) -> Path:
    """A consistent snapshot of a PostgreSQL station in pg_dump's custom format."""
    args, env = _pg_env(url)
    done = subprocess.run(
        [_pg_tool("pg_dump"), *args, "--format=custom", "--no-owner", "--file", str(target)],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode != 0:
        raise UserError(MSG_PG_DUMP, reason=done.stderr.strip()[-500:])
    return target


def pg_restore(dump: Path, url: str) -> None:
    """Load a dump into an empty PostgreSQL database (never over a station in use)."""
    args, env = _pg_env(url)
    done = subprocess.run(
        [_pg_tool("pg_restore"), *args, "--no-owner", "--exit-on-error", "--single-transaction",
         str(dump)],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode != 0:
        raise UserError(MSG_PG_DUMP, reason=done.stderr.strip()[-500:])


def _pg_restore_list(dump: Path) -> list[str]:
    """pg_restore reads the dump's table of contents: a truncated or foreign file fails."""
    done = subprocess.run(
        [_pg_tool("pg_restore"), "--list", str(dump)], capture_output=True, text=True
    )
    if done.returncode != 0 or "TABLE DATA public person" not in done.stdout:
        return [f"{PG_DUMP}: {done.stderr.strip()[-200:] or 'no person table'}"]
    return []


def _remove_abandoned(folder: Path, older_than: dt.timedelta = dt.timedelta(hours=6)) -> None:
    """Remove what a backup cut short (the program killed, the PC switched off) left behind.

    Such a folder never counts as a backup (it has no final name); a recent one may belong to a
    backup still running in another process, so only old ones go.
    """
    limit = time.time() - older_than.total_seconds()
    for path in folder.glob(f".partial-{PREFIX}*"):
        try:
            if path.stat().st_mtime < limit:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            continue
