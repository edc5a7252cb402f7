"""Which database this workstation uses: its own SQLite file, or the station's shared PostgreSQL
server (with the shared folder for photos and documents). Tried before it is saved; applies at the
next start. Stored in this workstation's settings (readable by its user only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from station.config import Config
from station.domain.errors import UserError
from station.services.connection import Probe, postgres_url, probe
from station.ui.jobs import run_job
from station.ui.texts import error_text


class DatabaseDialog(QDialog):
    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.setWindowTitle(self.tr("数据库连接"))
        layout = QVBoxLayout(self)
        self.single = QRadioButton(self.tr("单机：本机上的数据库文件"))
        self.shared = QRadioButton(self.tr("多台工作站共用：PostgreSQL 服务器"))
        layout.addWidget(self.single)
        layout.addWidget(self.shared)
        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("例如 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("station")
        self.user = QLineEdit("station")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("各工作站都能读写的共享文件夹"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder)
        folder_row.addWidget(browse)
        form.addRow(self.tr("服务器"), self.host)
        form.addRow(self.tr("端口"), self.port)
        form.addRow(self.tr("数据库名"), self.database)
        form.addRow(self.tr("用户名"), self.user)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("照片与文书文件夹"), folder_row)
        self.shared_box = QWidget()
        self.shared_box.setLayout(form)
        layout.addWidget(self.shared_box)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        note = QLabel(
            self.tr("修改在重新打开 Station 后生效。密码保存在本机的设置文件中，仅本用户可读。")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.test_button = buttons.addButton(
            self.tr("测试连接"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.clicked.connect(self.test)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.single.toggled.connect(lambda on: self.shared_box.setEnabled(not on))
        self._load()

    def _load(self) -> None:
        url = self.config.database_url
        if url.startswith("postgresql"):
            parsed = make_url(url)
            self.shared.setChecked(True)
            self.host.setText(parsed.host or "")
            self.port.setValue(parsed.port or 5432)
            self.database.setText(parsed.database or "")
            self.user.setText(parsed.username or "")
            self.password.setText(str(parsed.password or ""))
            self.folder.setText(str(self.config.files_dir or ""))
        else:
            self.single.setChecked(True)
            self.shared_box.setEnabled(False)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("照片与文书文件夹"))
        if chosen:
            self.folder.setText(chosen)

    def url(self) -> str | None:
        """The chosen shared database, or None for the single PC's own file."""
        if self.single.isChecked():
            return None
        return postgres_url(
            self.host.text().strip(), self.port.value(), self.database.text().strip(),
            self.user.text().strip(), self.password.text(),
        )  # fmt: skip

    def test(self) -> Probe | None:
        url = self.url()
        if url is None:
            url = f"sqlite:///{self.config.data_dir / 'station.db'}"
        folder = self.folder.text().strip()
        try:
            found, _ = run_job(self, self.tr("测试连接"), self.tr("正在连接…"),
                               lambda _p, _s: probe(url))  # fmt: skip
        except UserError as exc:
            self.result_label.setText(self.tr("连接失败：") + error_text(exc))
            return None
        if found.newer:
            state = self.tr("其中的数据由更新版本的 Station 写入，请先升级本机的 Station。")
        elif found.revision:
            state = self.tr("其中已有工作站的数据。")
        else:
            state = self.tr("这是一个空数据库：保存后 Station 会在其中建表。")
        text = self.tr("连接成功：{server}。").format(server=found.server) + state
        if self.shared.isChecked() and folder and not _writable(Path(folder)):
            text += self.tr(" 但文件夹 {folder} 无法写入。").format(folder=folder)
        self.result_label.setText(text)
        return found

    def save(self) -> None:
        url = self.url()
        folder = self.folder.text().strip()
        if url is not None and not folder:
            QMessageBox.warning(
                self, self.tr("数据库连接"),
                self.tr("请选择照片与文书文件夹：各工作站都要看到同样的照片。"),
            )  # fmt: skip
            return
        self.config.write_settings(database_url=url, files_dir=folder if url else None)
        self.accept()


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe_file = folder / ".station-write-test"
        probe_file.write_bytes(b"ok")
        probe_file.unlink()
    except OSError:
        return False
    return True
