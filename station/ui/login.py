"""Log in, or create the first administrator of a new station."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.config import Config
from station.domain.errors import UserError
from station.services.auth import MIN_PASSWORD, AuthService
from station.store.models import StaffPublic
from station.ui.texts import error_text


class _AccountDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.staff: StaffPublic | None = None
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _submit(self) -> None:
        try:
            self.staff = self.attempt()
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        self.accept()

    def attempt(self) -> StaffPublic:
        raise NotImplementedError


class LoginDialog(_AccountDialog):
    def __init__(self, auth: AuthService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self.setWindowTitle(self.tr("登录 — 救助寻亲工作站"))
        self.intro.setText(self.tr("请用您的工作人员账号登录。每一项修改都会记在您的名下。"))
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("密码"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.username.setFocus()

    def attempt(self) -> StaffPublic:
        password = self.password.text()
        # Whatever the outcome, the typed password does not stay in the field.
        self.password.clear()
        self.password.setFocus()
        return self._auth.login(self.username.text(), password)


class FirstAdminDialog(_AccountDialog):
    RECONFIGURED = 2  # exec()'s answer when the workstation was pointed at another database

    def __init__(
        self, auth: AuthService, config: Config | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._config = config
        if config is not None:
            # A new PC of a station that already shares a database joins it instead.
            join = self.buttons.addButton(
                self.tr("连接共享数据库…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            join.clicked.connect(self.join_shared)
        self.setWindowTitle(self.tr("创建管理员账号"))
        self.intro.setText(
            self.tr(
                "这是一个新的工作站数据库。请先创建第一个管理员账号，之后可用它为其他工作人员开设账号。"
            )
        )
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("例如：王站长"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("至少 {n} 个字符，含字母和数字").format(n=MIN_PASSWORD)
        )
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("姓名"), self.display_name)
        self.form.addRow(self.tr("密码"), self.password)
        self.form.addRow(self.tr("确认密码"), self.confirm)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建并登录"))
        self.display_name.setFocus()

    def _submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.show_error(self.tr("两次输入的密码不一致"))
            return
        super()._submit()

    def attempt(self) -> StaffPublic:
        self._auth.create_first_admin(
            username=self.username.text(),
            display_name=self.display_name.text(),
            password=self.password.text(),
        )
        return self._auth.login(self.username.text(), self.password.text())

    def join_shared(self) -> None:
        from station.ui.database_dialog import DatabaseDialog

        assert self._config is not None
        if DatabaseDialog(self._config, self).exec() == QDialog.DialogCode.Accepted:
            self.done(self.RECONFIGURED)
