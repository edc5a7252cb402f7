"""Two kinds of error: a UserError gets a friendly message; anything else is a bug and gets a crash
dialog with a copyable report, written to the log file as well."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from station import __version__
from station.domain.errors import UserError
from station.ui.texts import error_text

log = logging.getLogger("station")


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    QMessageBox.warning(parent, QApplication.translate("Errors", "无法完成操作"), error_text(exc))


class CrashDialog(QDialog):
    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("程序出错"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "Station 遇到了一个程序错误。已保存的数据不受影响，未保存的输入可能需要重新填写。"
            "请把下面的报告复制给技术支持人员。"
        )
        if log_file is not None:
            text += "\n" + self.tr("报告也已写入日志文件：{path}").format(path=str(log_file))
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("复制报告"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


def setup_logging(log_dir: Path) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "station.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def install_excepthook(log_file: Path | None) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, UserError):
            show_user_error(QApplication.activeWindow(), value)
            return
        report = f"Station {__version__}\n" + "".join(traceback.format_exception(kind, value, tb))
        log.error("unhandled exception\n%s", report)
        sys.__stderr__.write(report) if sys.__stderr__ else None
        if QApplication.instance() is not None:
            CrashDialog(report, log_file, QApplication.activeWindow()).exec()

    sys.excepthook = hook
