"""The check every changing service makes first: is this account active, and may its role do this?

The role is read from the database inside the caller's transaction, so an account that was
deactivated or given another role is held to that at once, on every workstation.
"""

from __future__ import annotations

from sqlmodel import Session

from station.domain.enums import Role
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import ACTION_LABELS, Action, allowed
from station.store.models import Staff, StaffPublic

MSG_NOT_PERMITTED = QT_TRANSLATE_NOOP(
    "UserError",
    "您的账号（{who}，{role}）没有“{action}”的权限，什么也没有改动。需要时请找有此权限的同事或管理员。",
)
MSG_ACCOUNT_GONE = QT_TRANSLATE_NOOP(
    "UserError", "账号 {username} 已停用或不存在，不能再做修改。请联系管理员后重新登录。"
)


MSG_CHANGE_PASSWORD_FIRST = QT_TRANSLATE_NOOP(
    "UserError",
    "账号 {username} 的密码是管理员设的临时密码：请先在 Station 窗口登录并改成自己的密码，"
    "之后才能做任何操作（命令行也是如此）。什么也没有改动。",
)


class NotPermitted(UserError):
    """The account may not do this; nothing was changed."""


def require(session: Session, by: StaffPublic, action: Action) -> Staff:
    """The acting account as stored now; refused if inactive or its role lacks ``action``."""
    staff = session.get(Staff, by.id)
    if staff is None or not staff.active:
        raise NotPermitted(MSG_ACCOUNT_GONE, username=by.username)
    if staff.must_change_password:  # a temporary password is known to whoever set it
        raise NotPermitted(MSG_CHANGE_PASSWORD_FIRST, username=staff.username)
    if not allowed(staff.role, action):
        role = Role(staff.role).label if staff.role in set(Role) else staff.role
        raise NotPermitted(
            MSG_NOT_PERMITTED, who=staff.display_name, role=role, action=ACTION_LABELS[action]
        )
    return staff
