"""Accounts in the window: first login of a new account, the idle lock, the administrator's list."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from station.domain.enums import Role
from station.services.container import Services
from station.services.residents import ResidentFilter
from station.ui.accounts import AccountsDialog, ChangePasswordDialog, IdleLock, LockScreen
from station.ui.login import LoginDialog
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import type_text


def test_a_new_account_sets_its_own_password_before_the_window_opens(
    qtbot, services, admin, monkeypatch
):
    from station.app import login

    services.auth.create_staff(
        admin, username="li", display_name="李登记", password="clerk-pass-1", role=Role.CLERK
    )

    def log_in(dialog):
        dialog.username.setText("li")
        dialog.password.setText("clerk-pass-1")
        dialog._submit()
        return dialog.result()

    seen = []

    def choose(dialog):
        dialog.old.setText("clerk-pass-1")
        dialog.new.setText("li-own-pass-7")
        dialog.confirm.setText("li-own-pass-8")
        dialog.submit()
        seen.append(dialog.error.text())
        dialog.confirm.setText("li-own-pass-7")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    monkeypatch.setattr(ChangePasswordDialog, "exec", choose)
    staff = login(services)
    assert seen == ["两次输入的新密码不一致"]
    assert staff is not None and staff.username == "li" and not staff.must_change_password
    assert services.auth.login("li", "li-own-pass-7").username == "li"


def test_the_screen_locks_when_idle_and_only_the_password_opens_it(
    qtbot, window, services, admin, monkeypatch
):
    results = []  # the lock screen is deleted once it is done: its result is kept here

    def unlock(dialog):
        # Nothing of the station shows behind the lock.
        assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
        dialog.password.setText("not-it-1")
        dialog.submit()
        assert "不正确" in dialog.error.text() and dialog.result() == 0
        dialog.reject()  # Escape does nothing
        qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        results.append(dialog.result())
        return results[-1]

    monkeypatch.setattr(LockScreen, "exec", unlock)
    window.idle_lock.stop()
    idle = IdleLock(window, services.auth, admin, minutes=0.002)  # 120 ms
    qtbot.waitUntil(lambda: len(results) == 1, timeout=3000)
    assert results[0] == QDialog.DialogCode.Accepted and not idle.locked
    assert window.centralWidget().isVisible()  # back as it was
    idle.stop()


def test_the_administrator_opens_an_account_and_resets_a_forgotten_password(
    qtbot, window, services, admin, monkeypatch
):
    from station.ui.accounts import NewAccountDialog

    def fill(dialog):
        type_text(qtbot, dialog.username, "zhou")
        type_text(qtbot, dialog.display_name, "周社工")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.SOCIAL_WORKER))
        dialog.password.setText("first-pass-1")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewAccountDialog, "exec", fill)
    dialog = AccountsDialog(services.auth, admin, window)
    qtbot.addWidget(dialog)
    dialog.new_button.click()
    rows = {dialog.table.item(i, 0).text(): i for i in range(dialog.table.rowCount())}
    assert dialog.table.item(rows["zhou"], 2).text() == "社工"
    assert dialog.table.item(rows["zhou"], 3).text() == "待本人设置密码"

    dialog.table.selectRow(rows["zhou"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("reset-pass-2", True))
    dialog.reset_button.click()
    assert services.auth.login("zhou", "reset-pass-2").must_change_password

    dialog.table.selectRow(rows["admin"])
    warnings = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog.active_button.click()  # the only administrator cannot be switched off
    assert len(warnings) == 1 and "唯一启用的管理员" in warnings[0]


def test_accounts_are_for_administrators_only(qtbot, services, admin, clerk, config):
    from station.ui.main_window import MainWindow

    window = MainWindow(services, clerk, config.data_dir)
    qtbot.addWidget(window)
    assert not window.accounts_action.isEnabled()
    window.idle_lock.stop()


def test_id_numbers_are_masked_for_roles_that_may_not_see_them(
    qtbot, services, admin, config, clock
):
    from station.domain.enums import Sex
    from station.ui.main_window import MainWindow
    from tests.factories import intake

    person = services.intake.register(
        intake(admitted_at=clock.now, id_number="11010519491231002X", sex=Sex.FEMALE,
               age_low=None, age_high=None),
        admin,
    ).person_id  # fmt: skip
    services.auth.create_staff(
        admin, username="yi", display_name="陈医生", password="doctor-pass-1", role=Role.MEDICAL
    )
    doctor = services.auth.login("yi", "doctor-pass-1")

    def facts(staff):
        window = MainWindow(services, staff, config.data_dir)
        qtbot.addWidget(window)
        window.idle_lock.stop()
        page = window.open_person(person)
        return [
            page.facts.itemAt(i).widget().text()
            for i in range(page.facts.count())
            if page.facts.itemAt(i).widget() is not None
        ]

    assert "11010519491231002X" in facts(admin)
    shown = facts(doctor)
    assert "110105********002X" in shown and "11010519491231002X" not in shown


def test_the_audit_viewer_filters_pages_and_exports(
    qtbot, window, services, admin, clerk, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    from tests.factories import intake

    for n in range(3):
        services.intake.register(intake(admitted_at=services.now(), name=f"测试{n}"), clerk)
    dialog = window.open_audit()
    qtbot.addWidget(dialog)
    assert dialog.total >= 6 and "共" in dialog.count.text()
    dialog.who.setCurrentIndex(dialog.who.findData(clerk.id))
    dialog.action.setCurrentIndex(dialog.action.findData("intake.register"))
    dialog.apply_button.click()
    assert dialog.total == 3
    assert {dialog.table.item(i, 2).text() for i in range(3)} == {"入站登记"}
    assert {dialog.table.item(i, 1).text() for i in range(3)} == {"李登记"}

    target = tmp_path / "检查.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    dialog.export_button.click()
    assert target.is_file() and "已导出 3 条" in said[0]


def test_backups_from_the_window_daily_and_restored_after_a_question(
    qtbot, window, services, admin, config, clock, monkeypatch
):
    from station.ui.backup_dialog import BackupDialog
    from tests.factories import intake

    qtbot.waitUntil(lambda: window.auto_backup.isFinished(), timeout=10_000)
    assert len(services.backup.backups()) == 1  # the day's first start made one
    assert not services.backup.due()
    services.intake.register(intake(admitted_at=clock.now, name="备份之后"), admin)

    dialog = window.open_backups()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    dialog.verify_button.click()
    assert said[-1] == "每个文件都与其校验值一致，数据库完整。"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    assert window.isVisible()  # "no": nothing happens
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert "已用备份恢复" in said[-1] and not window.isVisible()
    again = Services.open(config, now=clock)
    try:
        assert again.residents.page(ResidentFilter(text="备份之后"), 0, 5) == []
    finally:
        again.close()
    assert isinstance(dialog, BackupDialog)
