from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from station.ui.login import FirstAdminDialog, LoginDialog
from tests.ui.conftest import type_text


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_first_start_creates_the_administrator(qtbot, services):
    dialog = FirstAdminDialog(services.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.display_name, "王站长")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.confirm, "short")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "至少需要 8 个字符" in dialog.error.text()
    assert not services.auth.has_staff()
    dialog.password.setText("a-long-password-1")
    dialog.confirm.setText("a-long-passwort-1")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "不一致" in dialog.error.text()
    dialog.confirm.setText("a-long-password-1")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.staff is not None and dialog.staff.role == "admin"
    assert dialog.staff.display_name == "王站长"


def test_login_refuses_a_wrong_password_and_accepts_the_right_one(qtbot, services, admin):
    dialog = LoginDialog(services.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() == "用户名或密码不正确"
    assert dialog.staff is None
    qtbot.keyClicks(dialog.password, "station-admin-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.staff is not None and dialog.staff.username == "admin"


def test_password_is_stored_hashed(services, admin):
    from sqlmodel import select

    from station.store.models import Staff

    with services.db.read() as session:
        stored = session.exec(select(Staff.password_hash)).one()
    assert stored.startswith("$argon2id$") and "station-admin-1" not in stored
