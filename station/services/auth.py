"""Staff accounts and login. Passwords are hashed with Argon2id (argon2-cffi)."""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import col, func, select

from station.domain.clock import utcnow
from station.domain.enums import Role
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.services import audit, permissions
from station.store.database import Database
from station.store.models import Staff, StaffPublic

MIN_PASSWORD = 8
MAX_FAILURES = 5  # wrong passwords in a row before the account is locked
LOCK_MINUTES = 15
MSG_BAD_LOGIN = QT_TRANSLATE_NOOP("UserError", "用户名或密码不正确")
MSG_BAD_LOGIN_LEFT = QT_TRANSLATE_NOOP(
    "UserError", "用户名或密码不正确。再错 {left} 次，账号将锁定 {minutes} 分钟。"
)
MSG_LOCKED_OUT = QT_TRANSLATE_NOOP(
    "UserError",
    "账号 {username} 因连续 {n} 次密码错误已锁定，请 {minutes} 分钟后再试，或请管理员解锁。",
)
MSG_INACTIVE = QT_TRANSLATE_NOOP("UserError", "账号 {username} 已停用，请联系管理员")
MSG_SHORT_PASSWORD = QT_TRANSLATE_NOOP("UserError", "密码至少需要 {n} 个字符")
MSG_WEAK_PASSWORD = QT_TRANSLATE_NOOP("UserError", "密码需同时包含字母和数字")
MSG_NAME_IN_PASSWORD = QT_TRANSLATE_NOOP("UserError", "密码不能与用户名相同")
MSG_SAME_PASSWORD = QT_TRANSLATE_NOOP("UserError", "新密码不能与原密码相同")
MSG_OLD_PASSWORD = QT_TRANSLATE_NOOP("UserError", "原密码不正确，密码没有修改")
MSG_USERNAME = QT_TRANSLATE_NOOP(
    "UserError", "用户名只能包含字母、数字、点、下划线和减号（1–64 个字符）"
)
MSG_USERNAME_TAKEN = QT_TRANSLATE_NOOP("UserError", "用户名 {username} 已被使用")
MSG_DISPLAY_NAME = QT_TRANSLATE_NOOP("UserError", "请填写姓名")
MSG_ADMIN_EXISTS = QT_TRANSLATE_NOOP("UserError", "已经有账号了，首个管理员只能在空数据库中创建")
MSG_NO_STAFF = QT_TRANSLATE_NOOP("UserError", "没有编号为 {id} 的账号")
MSG_LAST_ADMIN = QT_TRANSLATE_NOOP(
    "UserError", "{name} 是唯一启用的管理员；先让另一位同事成为管理员，再停用或改变这个账号。"
)


def check_password(password: str, username: str) -> None:
    """The station's password rules: 8 characters or more, letters and digits, not the username."""
    if len(password) < MIN_PASSWORD:
        raise UserError(MSG_SHORT_PASSWORD, n=MIN_PASSWORD)
    if not (any(c.isalpha() for c in password) and any(c.isdigit() for c in password)):
        raise UserError(MSG_WEAK_PASSWORD)
    if username and password.lower() == username.lower():
        raise UserError(MSG_NAME_IN_PASSWORD)


@dataclass(frozen=True)
class Account:
    """A staff account as the administrator's account list shows it."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: dt.datetime | None
    must_change_password: bool


class AuthService:
    def __init__(
        self,
        db: Database,
        hasher: PasswordHasher | None = None,
        *,
        now: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self._db = db
        self._hasher = hasher or PasswordHasher()
        self._decoy_hash: str | None = None
        self.now = now

    def has_staff(self) -> bool:
        with self._db.read() as session:
            return session.exec(select(func.count()).select_from(Staff)).one() > 0

    def create_first_admin(self, *, username: str, display_name: str, password: str) -> StaffPublic:
        """The first account of a new station; refused once any account exists."""
        with self._db.write() as session:
            if session.exec(select(func.count()).select_from(Staff)).one() > 0:
                raise UserError(MSG_ADMIN_EXISTS)
            staff = self._new_staff(session, username, display_name, password, Role.ADMIN)
            audit.record(
                session, None, "staff.create_first_admin", entity="staff", entity_id=staff.id,
                after={"username": staff.username, "role": staff.role}, at=self.now(),
            )  # fmt: skip
            return StaffPublic.model_validate(staff, from_attributes=True)

    def create_staff(
        self, by: StaffPublic, *, username: str, display_name: str, password: str, role: Role
    ) -> StaffPublic:
        """A new account; its holder chooses their own password at the first login."""
        with self._db.write() as session:
            permissions.require(session, by, Action.ACCOUNTS)
            staff = self._new_staff(session, username, display_name, password, role)
            staff.must_change_password = True
            audit.record(
                session, by, "staff.create", entity="staff", entity_id=staff.id,
                after={"username": staff.username, "role": staff.role}, at=self.now(),
            )  # fmt: skip
            return StaffPublic.model_validate(staff, from_attributes=True)

    # --- logging in -----------------------------------------------------------------------
    def login(self, username: str, password: str) -> StaffPublic:
        """The account, if the password is right; every attempt is audited.

        After MAX_FAILURES wrong passwords in a row the account is locked for LOCK_MINUTES (an
        administrator can lift it sooner); while locked even the right password is refused.
        """
        username = username.strip()
        now = self.now()
        with self._db.write() as session:
            staff = session.exec(select(Staff).where(Staff.username == username)).first()
            outcome = self._check(session, staff, password, now, username=username)
            if outcome == "ok":
                assert staff is not None
                public = StaffPublic.model_validate(staff, from_attributes=True)
                audit.record(session, public, "staff.login", entity="staff", entity_id=staff.id,
                             at=now)  # fmt: skip
                return public
        raise self._refusal(outcome, staff, username, now)

    def unlock_screen(self, by: StaffPublic, password: str) -> None:
        """The idle lock lifted by the same person's password (counted like a login)."""
        now = self.now()
        with self._db.write() as session:
            staff = session.get(Staff, by.id)
            outcome = self._check(session, staff, password, now, username=by.username)
            if outcome == "ok":
                audit.record(session, by, "staff.unlock_screen", entity="staff",
                             entity_id=by.id, at=now)  # fmt: skip
                return
        raise self._refusal(outcome, staff, by.username, now)

    def _check(self, session, staff, password: str, now: dt.datetime, *, username: str) -> str:  # type: ignore[no-untyped-def]
        """ "ok", "locked", "inactive" or "wrong", with the attempt and its effects recorded."""
        if staff is not None and staff.locked_until is not None and staff.locked_until > now:
            audit.record(session, None, "staff.login_locked", entity="staff", entity_id=staff.id,
                         after={"username": username}, at=now)  # fmt: skip
            return "locked"
        ok = self._verify(staff, password)
        if not ok:
            audit.record(session, None, "staff.login_failed", entity="staff",
                         entity_id=staff.id if staff else None, after={"username": username},
                         at=now)  # fmt: skip
            if staff is not None:
                staff.failed_logins += 1
                if staff.failed_logins >= MAX_FAILURES:
                    staff.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                    staff.failed_logins = 0
                    audit.record(session, None, "staff.locked", entity="staff",
                                 entity_id=staff.id, after={"minutes": LOCK_MINUTES},
                                 at=now)  # fmt: skip
                    return "locked"
            return "wrong"
        assert staff is not None
        if not staff.active:
            audit.record(session, None, "staff.login_inactive", entity="staff",
                         entity_id=staff.id, at=now)  # fmt: skip
            return "inactive"
        staff.failed_logins = 0
        staff.locked_until = None
        if self._hasher.check_needs_rehash(staff.password_hash):
            staff.password_hash = self._hasher.hash(password)
        return "ok"

    @staticmethod
    def _refusal(outcome: str, staff, username: str, now: dt.datetime) -> UserError:  # type: ignore[no-untyped-def]
        # Raised after the transaction, so the attempt and any lock stay recorded.
        if outcome == "locked":
            left = max(1, math.ceil((staff.locked_until - now).total_seconds() / 60))
            return UserError(MSG_LOCKED_OUT, username=username, n=MAX_FAILURES, minutes=left)
        if outcome == "inactive":
            return UserError(MSG_INACTIVE, username=username)
        if staff is not None and staff.failed_logins >= 2:
            return UserError(
                MSG_BAD_LOGIN_LEFT, left=MAX_FAILURES - staff.failed_logins, minutes=LOCK_MINUTES
            )
        return UserError(MSG_BAD_LOGIN)

    def confirm(self, staff_id: int, password: str) -> bool:
        """Whether an active account's holder typed their password here (a director confirming
        an approval on a colleague's screen); a wrong one is audited."""
        now = self.now()
        with self._db.write() as session:
            staff = session.get(Staff, staff_id)
            if staff is None:
                self._verify(None, password)  # the same time as for an account
                audit.record(session, None, "staff.confirm_failed", entity="staff",
                             entity_id=staff_id, at=now)  # fmt: skip
                return False
            # Counted toward the same lock-out as logins: not guessable without limit.
            outcome = self._check(session, staff, password, now, username=staff.username)
            if outcome == "ok" and staff.must_change_password:
                # A temporary password was set by an administrator, who knows it: it proves
                # nothing about who is at the keyboard until the holder has set their own.
                outcome = "temporary_password"
            if outcome != "ok":
                audit.record(session, None, "staff.confirm_failed", entity="staff",
                             entity_id=staff_id, after={"outcome": outcome}, at=now)  # fmt: skip
        return outcome == "ok"

    # --- passwords ------------------------------------------------------------------------
    def change_password(self, by: StaffPublic, old: str, new: str) -> StaffPublic:
        """The holder changes their own password (the old one proves it is them)."""
        now = self.now()
        with self._db.write() as session:
            staff = session.get(Staff, by.id)
            if staff is None or not staff.active:
                raise UserError(MSG_INACTIVE, username=by.username)
            if not self._verify(staff, old):
                raise UserError(MSG_OLD_PASSWORD)
            if new == old:
                raise UserError(MSG_SAME_PASSWORD)
            check_password(new, staff.username)
            staff.password_hash = self._hasher.hash(new)
            staff.must_change_password = False
            staff.password_changed_at = now
            audit.record(session, by, "staff.password_change", entity="staff",
                         entity_id=staff.id, at=now)  # fmt: skip
            return StaffPublic.model_validate(staff, from_attributes=True)

    def reset_password(self, by: StaffPublic, staff_id: int, temporary: str) -> None:
        """An administrator sets a temporary password (and lifts a lock); the holder must
        choose a new one at the next login."""
        now = self.now()
        with self._db.write() as session:
            permissions.require(session, by, Action.ACCOUNTS)
            staff = self._staff(session, staff_id)
            check_password(temporary, staff.username)
            staff.password_hash = self._hasher.hash(temporary)
            staff.must_change_password = True
            staff.failed_logins, staff.locked_until = 0, None
            staff.password_changed_at = now
            audit.record(session, by, "staff.password_reset", entity="staff",
                         entity_id=staff.id, after={"username": staff.username},
                         at=now)  # fmt: skip

    # --- accounts -------------------------------------------------------------------------
    def accounts(self, by: StaffPublic) -> list[Account]:
        with self._db.read() as session:
            permissions.require(session, by, Action.ACCOUNTS)
            rows = session.exec(select(Staff).order_by(col(Staff.id))).all()
            return [
                Account(r.id or 0, r.username, r.display_name, r.role, r.active,
                        r.locked_until if r.locked_until and r.locked_until > self.now() else None,
                        r.must_change_password)
                for r in rows
            ]  # fmt: skip

    def update_staff(
        self,
        by: StaffPublic,
        staff_id: int,
        *,
        role: Role | None = None,
        active: bool | None = None,
        display_name: str | None = None,
        unlock: bool = False,
    ) -> None:
        """Change an account's role, name or state; the station always keeps an active admin."""
        now = self.now()
        fields = ("role", "active", "display_name", "locked_until")
        with self._db.write() as session:
            permissions.require(session, by, Action.ACCOUNTS)
            staff = self._staff(session, staff_id)
            before = audit.snapshot(staff, fields)
            if display_name is not None:
                if not display_name.strip():
                    raise UserError(MSG_DISPLAY_NAME)
                staff.display_name = display_name.strip()
            if role is not None:
                staff.role = role.value
            if active is not None:
                staff.active = active
            if unlock:
                staff.failed_logins, staff.locked_until = 0, None
            session.flush()
            admins = session.exec(
                select(func.count())
                .select_from(Staff)
                .where(Staff.role == Role.ADMIN.value, col(Staff.active))
            ).one()
            if admins == 0:
                raise UserError(MSG_LAST_ADMIN, name=before["display_name"])
            old, new = audit.changes(before, audit.snapshot(staff, fields))
            audit.record(session, by, "staff.update", entity="staff", entity_id=staff.id,
                         before=old, after=new, at=now)  # fmt: skip

    def staff_names(self) -> dict[int, str]:
        with self._db.read() as session:
            return {s.id: s.display_name for s in session.exec(select(Staff)).all() if s.id}

    def _verify(self, staff: Staff | None, password: str) -> bool:
        """Whether ``password`` is the account's (False for no account or an unreadable hash)."""
        if staff is None or not password:
            # As long as for a real account: user names cannot be found by timing.
            with contextlib.suppress(VerificationError, InvalidHashError):
                self._hasher.verify(self._decoy(), password or "-")
            return False
        try:
            return bool(self._hasher.verify(staff.password_hash, password))
        except (VerificationError, InvalidHashError):
            return False

    def _decoy(self) -> str:
        if self._decoy_hash is None:
            self._decoy_hash = self._hasher.hash("station-no-such-account")
        return self._decoy_hash

    @staticmethod
    def _staff(session, staff_id: int) -> Staff:  # type: ignore[no-untyped-def]
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise UserError(MSG_NO_STAFF, id=staff_id)
        return staff

    def _new_staff(self, session, username: str, display_name: str, password: str, role: Role):  # type: ignore[no-untyped-def]
        username = username.strip()
        if not (1 <= len(username) <= 64) or not all(
            c.isascii() and (c.isalnum() or c in "._-") for c in username
        ):
            raise UserError(MSG_USERNAME)
        if not display_name.strip():
            raise UserError(MSG_DISPLAY_NAME)
        check_password(password, username)
        if session.exec(select(Staff).where(Staff.username == username)).first():
            raise UserError(MSG_USERNAME_TAKEN, username=username)
        staff = Staff(
            username=username,
            display_name=display_name.strip(),
            role=role.value,
            password_hash=self._hasher.hash(password),
            created_at=self.now(),
            password_changed_at=self.now(),
        )
        session.add(staff)
        session.flush()
        return staff
