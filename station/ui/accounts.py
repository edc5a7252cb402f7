"""Staff accounts in the window: change one's password, the idle screen lock, the administrator's
account list (create, role, deactivate, unlock, reset password)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.clock import format_local
from station.domain.enums import Role
from station.domain.errors import UserError
from station.services.auth import MIN_PASSWORD, Account, AuthService
from station.store.models import StaffPublic
from station.ui.modal import run_modal
from station.ui.tables import record_table
from station.ui.texts import error_text, vocab

IDLE_MINUTES = 10  # the screen locks after this long without a key or mouse event


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _ErrorLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("formError")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.show()


class ChangePasswordDialog(QDialog):
    """The holder changes their own password; ``forced`` after a reset or for a new account."""

    def __init__(
        self, auth: AuthService, staff: StaffPublic, *, forced: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self.staff = staff
        self.setWindowTitle(self.tr("修改密码"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "这是您第一次用这个密码登录（新账号或管理员重置过）。请设置只有您知道的新密码。"
            )
            if forced
            else self.tr("请输入原密码和新密码。")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old, self.new, self.confirm = (_password_field() for _ in range(3))
        self.new.setPlaceholderText(self.tr("至少 {n} 个字符，含字母和数字").format(n=MIN_PASSWORD))
        form.addRow(self.tr("原密码"), self.old)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("确认新密码"), self.confirm)
        layout.addLayout(form)
        self.error = _ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.old.setFocus()

    def submit(self) -> None:
        if self.new.text() != self.confirm.text():
            self.error.say(self.tr("两次输入的新密码不一致"))
            return
        try:
            self.staff = self._auth.change_password(self.staff, self.old.text(), self.new.text())
        except UserError as exc:
            self.error.say(error_text(exc))
            return
        finally:
            self.old.clear()
        self.accept()


class LockScreen(QDialog):
    """Covers the window until the same person types their password; unsaved input stays."""

    def __init__(self, auth: AuthService, staff: StaffPublic, parent: QWidget | None = None):
        super().__init__(parent)
        self._auth = auth
        self._staff = staff
        self.setWindowTitle(self.tr("已锁定 — 救助寻亲工作站"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "工作站已锁定（{minutes} 分钟无操作或手动锁定）。{name}，请输入密码继续。"
            ).format(minutes=IDLE_MINUTES, name=staff.display_name)
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.password = _password_field()
        layout.addWidget(self.password)
        self.error = _ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("解锁"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("退出程序"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.submit)
        buttons.clicked.connect(
            lambda b: QApplication.quit() if b is not self.unlock_button else None
        )
        layout.addWidget(buttons)
        self.password.returnPressed.connect(self.submit)

    def submit(self) -> None:
        password = self.password.text()
        self.password.clear()
        try:
            self._auth.unlock_screen(self._staff, password)
        except UserError as exc:
            self.error.say(error_text(exc))
            return
        self.accept()

    def reject(self) -> None:  # Escape does not unlock
        pass


class IdleLock(QObject):
    """Locks the screen after ``minutes`` without keyboard or mouse input anywhere in the app."""

    _ACTIVITY = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, window: QWidget, auth: AuthService, staff: StaffPublic, minutes: float):
        super().__init__(window)
        self._window, self._auth, self._staff = window, auth, staff
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.lock)
        self.locked = False
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        # What was on screen (names, photos, health) is hidden until the password is typed.
        hidden = [w for w in self._window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                  if w.isVisible() and not w.isWindow()]  # fmt: skip
        for widget in hidden:
            widget.hide()
        try:
            run_modal(LockScreen(self._auth, self._staff, self._window))
        finally:
            for widget in hidden:
                widget.show()
            self.locked = False
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)


class NewAccountDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建账号"))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(vocab(role.label), role)
        self.role.setCurrentIndex(self.role.findData(Role.CLERK))
        self.password = _password_field()
        self.password.setPlaceholderText(self.tr("临时密码；本人首次登录时须修改"))
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("临时密码"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AccountsDialog(QDialog):
    """The administrator's list of accounts; every change goes through the service (audited)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AccountsDialog", "用户名"),
        QT_TRANSLATE_NOOP("AccountsDialog", "姓名"),
        QT_TRANSLATE_NOOP("AccountsDialog", "角色"),
        QT_TRANSLATE_NOOP("AccountsDialog", "状态"),
    )

    def __init__(self, auth: AuthService, staff: StaffPublic, parent: QWidget | None = None):
        super().__init__(parent)
        self._auth = auth
        self._staff = staff
        self.accounts: list[Account] = []
        self.setWindowTitle(self.tr("账号管理"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.table = record_table(
            [QApplication.translate("AccountsDialog", c) for c in self.COLUMNS]
        )
        layout.addWidget(self.table)
        self.no_director = QLabel(
            self.tr(
                "本站还没有可以批准的站长：未成年人和不能自主决定的人员离站须由站长批准。"
                "请为站长新建一个角色为“站长”的账号；站长本人登录并设置自己的密码后，即可批准。"
            )
        )
        self.no_director.setWordWrap(True)
        self.no_director.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.no_director)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新建账号…"))
        self.role_button = QPushButton(self.tr("改角色…"))
        self.active_button = QPushButton(self.tr("停用 / 启用"))
        self.unlock_button = QPushButton(self.tr("解除锁定"))
        self.reset_button = QPushButton(self.tr("重置密码…"))
        for button, slot in (
            (self.new_button, self.create),
            (self.role_button, self.change_role),
            (self.active_button, self.toggle_active),
            (self.unlock_button, self.unlock),
            (self.reset_button, self.reset_password),
        ):
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.accounts = self._auth.accounts(self._staff)
        self.table.setRowCount(len(self.accounts))
        for i, a in enumerate(self.accounts):
            if not a.active:
                state = self.tr("已停用")
            elif a.locked_until is not None:
                state = self.tr("已锁定至 {time}").format(time=format_local(a.locked_until))
            elif a.must_change_password:
                state = self.tr("待本人设置密码")
            else:
                state = self.tr("正常")
            role = vocab(Role(a.role).label) if a.role in set(Role) else a.role
            for j, text in enumerate((a.username, a.display_name, role, state)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        can_approve = any(
            a.active and a.role == Role.DIRECTOR.value and not a.must_change_password
            for a in self.accounts
        )
        self.no_director.setVisible(not can_approve)

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _do(self, action) -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("没有保存"), error_text(exc))
            return False
        self.refresh()
        return True

    def create(self) -> None:
        dialog = NewAccountDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self._do(
                lambda: self._auth.create_staff(
                    self._staff,
                    username=dialog.username.text(),
                    display_name=dialog.display_name.text(),
                    password=dialog.password.text(),
                    role=Role(dialog.role.currentData()),
                )
            ):
                return

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        labels = [vocab(r.label) for r in Role]
        current = list(Role).index(Role(account.role)) if account.role in set(Role) else 0
        label, ok = QInputDialog.getItem(
            self, self.tr("改角色"), self.tr("{name} 的角色：").format(name=account.display_name),
            labels, current, False,
        )  # fmt: skip
        if ok:
            role = list(Role)[labels.index(label)]
            self._do(lambda: self._auth.update_staff(self._staff, account.id, role=role))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.active:
            answer = QMessageBox.question(
                self,
                self.tr("停用账号"),
                self.tr("停用 {name} 的账号？停用后不能登录，记录仍保留在其名下。").format(
                    name=account.display_name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._do(
            lambda: self._auth.update_staff(self._staff, account.id, active=not account.active)
        )

    def unlock(self) -> None:
        account = self.selected()
        if account is not None:
            self._do(lambda: self._auth.update_staff(self._staff, account.id, unlock=True))

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("重置密码"),
            self.tr("{name} 的临时密码（本人登录后须修改）：").format(name=account.display_name),
            QLineEdit.EchoMode.Password,
        )  # fmt: skip
        if ok:
            self._do(lambda: self._auth.reset_password(self._staff, account.id, password))
