"""Staff accounts and login. Passwords are hashed with Argon2id (argon2-cffi)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import func, select

from station.domain.clock import utcnow
from station.domain.enums import Role
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.services import audit
from station.store.database import Database
from station.store.models import Staff, StaffPublic

MIN_PASSWORD = 8
MSG_BAD_LOGIN = QT_TRANSLATE_NOOP("UserError", "用户名或密码不正确")
MSG_INACTIVE = QT_TRANSLATE_NOOP("UserError", "账号 {username} 已停用，请联系管理员")
MSG_SHORT_PASSWORD = QT_TRANSLATE_NOOP("UserError", "密码至少需要 {n} 个字符")
MSG_USERNAME = QT_TRANSLATE_NOOP(
    "UserError", "用户名只能包含字母、数字、点、下划线和减号（1–64 个字符）"
)
MSG_USERNAME_TAKEN = QT_TRANSLATE_NOOP("UserError", "用户名 {username} 已被使用")
MSG_DISPLAY_NAME = QT_TRANSLATE_NOOP("UserError", "请填写姓名")
MSG_ADMIN_EXISTS = QT_TRANSLATE_NOOP("UserError", "已经有账号了，首个管理员只能在空数据库中创建")


class AuthService:
    def __init__(self, db: Database, hasher: PasswordHasher | None = None) -> None:
        self._db = db
        self._hasher = hasher or PasswordHasher()

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
                session,
                None,
                "staff.create_first_admin",
                entity="staff",
                entity_id=staff.id,
                after={"username": staff.username, "role": staff.role},
            )
            return StaffPublic.model_validate(staff, from_attributes=True)

    def create_staff(
        self, by: StaffPublic, *, username: str, display_name: str, password: str, role: Role
    ) -> StaffPublic:
        with self._db.write() as session:
            staff = self._new_staff(session, username, display_name, password, role)
            audit.record(
                session,
                by,
                "staff.create",
                entity="staff",
                entity_id=staff.id,
                after={"username": staff.username, "role": staff.role},
            )
            return StaffPublic.model_validate(staff, from_attributes=True)

    def login(self, username: str, password: str) -> StaffPublic:
        username = username.strip()
        with self._db.write() as session:
            staff = session.exec(select(Staff).where(Staff.username == username)).first()
            ok = False
            if staff is not None:
                try:
                    ok = self._hasher.verify(staff.password_hash, password)
                except (VerificationError, InvalidHashError):
                    ok = False
            if not ok or staff is None:
                audit.record(
                    session,
                    None,
                    "staff.login_failed",
                    entity="staff",
                    entity_id=staff.id if staff else None,
                    after={"username": username},
                )
            elif not staff.active:
                audit.record(
                    session, None, "staff.login_inactive", entity="staff", entity_id=staff.id
                )
            else:
                if self._hasher.check_needs_rehash(staff.password_hash):
                    staff.password_hash = self._hasher.hash(password)
                public = StaffPublic.model_validate(staff, from_attributes=True)
                audit.record(session, public, "staff.login", entity="staff", entity_id=staff.id)
                return public
        # Raised after the transaction so the failed attempt stays in the audit trail.
        if staff is not None and ok and not staff.active:
            raise UserError(MSG_INACTIVE, username=username)
        raise UserError(MSG_BAD_LOGIN)

    def staff_names(self) -> dict[int, str]:
        with self._db.read() as session:
            return {s.id: s.display_name for s in session.exec(select(Staff)).all() if s.id}

    def _new_staff(self, session, username: str, display_name: str, password: str, role: Role):  # type: ignore[no-untyped-def]
        username = username.strip()
        if not (1 <= len(username) <= 64) or not all(
            c.isascii() and (c.isalnum() or c in "._-") for c in username
        ):
            raise UserError(MSG_USERNAME)
        if not display_name.strip():
            raise UserError(MSG_DISPLAY_NAME)
        if len(password) < MIN_PASSWORD:
            raise UserError(MSG_SHORT_PASSWORD, n=MIN_PASSWORD)
        if session.exec(select(Staff).where(Staff.username == username)).first():
            raise UserError(MSG_USERNAME_TAKEN, username=username)
        staff = Staff(
            username=username,
            display_name=display_name.strip(),
            role=role.value,
            password_hash=self._hasher.hash(password),
            created_at=utcnow(),
        )
        session.add(staff)
        session.flush()
        return staff
