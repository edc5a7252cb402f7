"""Who has a station open, and the one lock that replacing it needs.

Every program that opens a station (the window, each command) *holds* it: on a single PC a small
file in the station's ``locks`` folder, kept locked by the operating system while the program runs
and released by it when the program ends in any way (kill -9, a power cut). Restoring a backup,
repairing and upgrading the schema need the station *alone*: they take ``exclusive.lock`` and then
look for any other holder, and refuse, naming it, while one is alive. A program opening the station
registers first and then looks at ``exclusive.lock``, so the two can never both go ahead.

On a shared PostgreSQL database the same is done with advisory locks (shared for holders,
exclusive for the rest); who holds one is read from ``pg_stat_activity``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import uuid
from pathlib import Path
from typing import IO

from sqlalchemy import Connection, text
from sqlalchemy.engine import Engine

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.store.migrate import sqlite_path

MSG_IN_USE = QT_TRANSLATE_NOOP(
    "UserError",
    "无法{what}：工作站正在被使用（{holders}）。请先关闭这些程序，再重试；什么也没有改动。",
)
MSG_BUSY = QT_TRANSLATE_NOOP(
    "UserError",
    "工作站正在{what}（{holder}），完成之前不能打开。请稍后再试。",
)
MSG_MAINTENANCE = QT_TRANSLATE_NOOP(
    "UserError", "共享数据库正在恢复、修复或升级（{holder}），完成之前不能打开。请稍后再试。"
)
MSG_HOLDER = QT_TRANSLATE_NOOP("UserError", "{program}，{user}@{host}，进程 {pid}，自 {since} 起")
# What needs the station alone (vocabulary: shown inside the messages above).
RESTORE = QT_TRANSLATE_NOOP("Vocabulary", "恢复备份")
REPAIR = QT_TRANSLATE_NOOP("Vocabulary", "修复数据")
UPGRADE = QT_TRANSLATE_NOOP("Vocabulary", "升级数据库")
RECOVER = QT_TRANSLATE_NOOP("Vocabulary", "完成中断的恢复")
LOCKS = "locks"
EXCLUSIVE = "exclusive.lock"
_PG_KEY = 0x5354_4154  # "STAT": the advisory lock every Station program of a database shares
_LOCK_AT = 1 << 30  # Windows locks a byte range: one far past the text, which stays readable


def _whoami(program: str) -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (a service account)
        user = "?"
    return {
        "program": program,
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
    }


def describe(info: dict[str, object]) -> str:
    return MSG_HOLDER.format(
        **{k: info.get(k, "?") for k in ("program", "user", "host", "pid", "since")}
    )


def _try_lock(handle: IO[str]) -> bool:
    """Lock an open file without waiting; False when another open file holds it."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        handle.seek(_LOCK_AT)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(handle: IO[str]) -> None:
    if os.name == "nt":  # pragma: no cover
        import msvcrt

        handle.seek(_LOCK_AT)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _read(path: Path) -> dict[str, object]:
    try:
        value = json.loads(path.read_text("utf-8").strip() or "{}")
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _write(handle: IO[str], info: dict[str, object]) -> None:
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(info, ensure_ascii=False))
    handle.flush()


class Hold:
    """This program has the station open (one per program; released by close or by its end)."""

    def __init__(self, lock: FileLock, handle: IO[str], path: Path) -> None:
        self.lock = lock
        self.path = path
        self._handle: IO[str] | None = handle

    def exclusive(self, what: str) -> Exclusive:
        """The station alone, for ``what`` (e.g. 恢复备份), while this program keeps holding it."""
        return self.lock.exclusive(what, mine=self)

    def close(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        self.path.unlink(missing_ok=True)  # before unlocking: nobody takes a dead file for ours
        _unlock(handle)
        handle.close()


class Exclusive:
    def __init__(self, handle: IO[str] | None, release=None) -> None:  # type: ignore[no-untyped-def]
        self._handle = handle
        self._release = release

    def close(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            _write(handle, {})
            _unlock(handle)
            handle.close()
        if self._release is not None:
            release, self._release = self._release, None
            release()

    def __enter__(self) -> Exclusive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FileLock:
    """The lock of a single PC's station, in ``folder/locks``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / LOCKS

    def hold(self, program: str) -> Hold:
        """Register this program as using the station; refused while it is being restored."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"holder-{os.getpid()}-{uuid.uuid4().hex[:8]}.json"
        handle = open(path, "w+", encoding="utf-8")  # noqa: SIM115 - kept open while held
        _try_lock(handle)  # a file of its own: nobody else has it
        _write(handle, _whoami(program))
        hold = Hold(self, handle, path)
        busy = self._exclusive_holder()
        if busy is not None:
            hold.close()
            raise UserError(MSG_BUSY, what=busy.get("what", "?"), holder=describe(busy))
        return hold

    def exclusive(self, what: str, *, mine: Hold | None = None) -> Exclusive:
        """The station alone; refused, naming them, while other programs hold it."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handle = open(self.folder / EXCLUSIVE, "a+", encoding="utf-8")  # noqa: SIM115
        if not _try_lock(handle):
            busy = _read(self.folder / EXCLUSIVE)
            handle.close()
            raise UserError(MSG_BUSY, what=busy.get("what", "?"), holder=describe(busy))
        _write(handle, {**_whoami(what), "what": what})
        others = self.holders(mine=mine)
        if others:
            Exclusive(handle).close()
            raise UserError(MSG_IN_USE, what=what, holders="；".join(map(describe, others)))
        return Exclusive(handle)

    def holders(self, *, mine: Hold | None = None) -> list[dict[str, object]]:
        """The programs alive that hold the station (files of dead ones are removed)."""
        alive = []
        for path in sorted(self.folder.glob("holder-*.json")):
            if mine is not None and path == mine.path:
                continue
            try:
                handle = open(path, "r+", encoding="utf-8")  # noqa: SIM115
            except OSError:
                continue  # removed meanwhile (its program ended)
            try:
                if _try_lock(handle):  # nobody holds it: a program that died
                    _unlock(handle)
                    handle.close()
                    with contextlib.suppress(OSError):
                        path.unlink()
                    continue
                alive.append(_read(path))
            finally:
                if not handle.closed:
                    handle.close()
        return alive

    def _exclusive_holder(self) -> dict[str, object] | None:
        path = self.folder / EXCLUSIVE
        if not path.exists():
            return None
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115
        try:
            if _try_lock(handle):
                _unlock(handle)
                return None
            return _read(path) or {"what": "?"}
        finally:
            handle.close()


class PgHold:
    """A program holding a shared PostgreSQL station: a session keeping a shared advisory lock."""

    def __init__(self, engine: Engine, program: str) -> None:
        self._conn: Connection | None = engine.connect()
        info = _whoami(program)
        # PostgreSQL keeps application names in ASCII (others become "?")
        program_ascii = str(info["program"]).encode("ascii", "ignore").decode().strip()
        name = f"Station {program_ascii} {info['user']}@{info['host']} pid {info['pid']}"[:63]
        self._conn.execute(text("SELECT set_config('application_name', :n, false)"), {"n": name})
        got = self._conn.execute(
            text("SELECT pg_try_advisory_lock_shared(:k)"), {"k": _PG_KEY}
        ).scalar_one()
        self._conn.commit()
        if not got:
            busy = self._holders(exclusive=True)
            self.close()
            raise UserError(MSG_MAINTENANCE, holder="；".join(busy) or "?")

    def exclusive(self, what: str) -> Exclusive:
        conn = self._conn
        assert conn is not None
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _PG_KEY}).scalar_one()
        conn.commit()
        if not got:
            raise UserError(MSG_IN_USE, what=what, holders="；".join(self._holders()) or "?")

        def release() -> None:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_KEY})
            conn.commit()

        return Exclusive(None, release)

    def _holders(self, *, exclusive: bool = False) -> list[str]:
        assert self._conn is not None
        rows = self._conn.execute(
            text(
                "SELECT a.application_name, a.client_addr, a.pid, a.backend_start "
                "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.objid = :k AND l.granted "
                "AND l.pid <> pg_backend_pid() AND (:x = false OR l.mode = 'ExclusiveLock')"
            ),
            {"k": _PG_KEY, "x": exclusive},
        ).all()
        self._conn.commit()
        return [
            f"{name or '?'}（{addr or 'localhost'}，会话 {pid}，自 {start:%Y-%m-%d %H:%M} 起）"
            for name, addr, pid, start in rows
        ]

    def close(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:  # the session ends (not back to the pool): its advisory locks go with it
                conn.invalidate()
                conn.close()
            except Exception:  # a server already gone: nothing left to release
                pass


class NoHold:
    """A database in memory (tests): no other program can open it."""

    def exclusive(self, what: str) -> Exclusive:
        return Exclusive(None)

    def close(self) -> None:
        pass


def hold_station(url: str, engine: Engine, program: str) -> Hold | PgHold | NoHold:
    """Register ``program`` as having the station of ``url`` open."""
    path = sqlite_path(url)
    if path is not None:
        return FileLock(path.parent).hold(program)
    if url.startswith("postgresql"):
        return PgHold(engine, program)
    return NoHold()
