"""Backups from the window: the list of backups, back up now, verify one, restore one (which closes
Station: the station's files are replaced while nothing has them open)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.clock import format_local
from station.domain.errors import UserError
from station.services.backup import Backup, BackupService
from station.ui.jobs import run_job
from station.ui.tables import record_table
from station.ui.texts import error_text

KEEP = 7


class BackupDialog(QDialog):
    restore_requested = Signal(Path)  # the window closes the station and restores

    def __init__(self, backup: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backup = backup
        self.backups: list[Backup] = []
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        where = QLabel(
            self.tr(
                "备份保存在 {folder}，保留最近 {n} 份。每天第一次打开 Station 时自动备份。"
            ).format(folder=str(backup.default_folder), n=KEEP)
        )
        where.setWordWrap(True)
        layout.addWidget(where)
        self.table = record_table([self.tr("时间"), self.tr("文件数"), self.tr("大小")])
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.verify_button = QPushButton(self.tr("核验所选备份"))
        self.restore_button = QPushButton(self.tr("用所选备份恢复…"))
        if backup.db_path is None:  # a shared database is restored into a new one, by command
            self.restore_button.setEnabled(False)
            self.restore_button.setToolTip(
                self.tr("共享数据库的备份请用 station restore 备份文件夹 --to 新的空数据库 恢复")
            )
        self.backup_button.clicked.connect(self.back_up)
        self.verify_button.clicked.connect(self.verify)
        self.restore_button.clicked.connect(self.restore)
        for b in (self.backup_button, self.verify_button, self.restore_button):
            row.addWidget(b)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.backups = self._backup.backups()
        self.table.setRowCount(len(self.backups))
        for i, b in enumerate(self.backups):
            when = format_local(dt.datetime.fromisoformat(b.created_at))
            for j, text in enumerate((when, str(b.files), f"{b.size / 2**20:.1f} MB")):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def back_up(self) -> None:
        try:
            made, _ = run_job(
                self, self.tr("备份"), self.tr("正在备份数据库、照片与文书…"),
                lambda _progress, _stop: self._backup.create(keep=KEEP),
            )  # fmt: skip
        except UserError as exc:
            QMessageBox.warning(self, self.tr("备份未完成"), error_text(exc))
            return
        self.refresh()
        if made.missing:
            QMessageBox.warning(
                self, self.tr("备份不完整"),
                self.tr(
                    "已备份到 {path}（{n} 个文件），但数据库登记的 {m} 个文件不在数据目录中，"
                    "未能备份：\n{names}\n请运行 station check 查看是哪些记录的文件，再从更早的备份找回。"
                ).format(path=str(made.path), n=made.files, m=len(made.missing),
                         names="\n".join(made.missing[:10])),
            )  # fmt: skip
            return
        QMessageBox.information(
            self, self.tr("已备份"),
            self.tr("已备份到 {path}（{n} 个文件）。").format(path=str(made.path), n=made.files),
        )  # fmt: skip

    def verify(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        problems, _ = run_job(
            self, self.tr("核验备份"), self.tr("正在逐个核对文件的校验值…"),
            lambda _progress, _stop: self._backup.verify(chosen.path),
        )  # fmt: skip
        if problems:
            QMessageBox.warning(
                self, self.tr("备份有问题"),
                self.tr("这份备份不能用来恢复：") + "\n" + "\n".join(problems[:10]),
            )  # fmt: skip
        else:
            QMessageBox.information(
                self, self.tr("备份完好"), self.tr("每个文件都与其校验值一致，数据库完整。")
            )

    def restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("用备份恢复"),
            self.tr(
                "用 {when} 的备份替换现在的全部数据？之后的登记和修改都会回到那时。"
                "现在的数据会另存一份（before-restore-…），不会丢失。Station 将关闭，恢复后请重新打开。"
            ).format(when=format_local(dt.datetime.fromisoformat(chosen.created_at))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
            self.restore_requested.emit(chosen.path)


class AutoBackup(QThread):
    """The day's first backup of a single-PC station, made in the background at start."""

    done = Signal(str)  # the backup's folder, or "" when none was due
    failed = Signal(str)

    def __init__(self, backup: BackupService, hours: float = 24) -> None:
        super().__init__()
        self._backup = backup
        self._hours = hours

    def run(self) -> None:
        try:
            if not self._backup.due(self._hours):
                self.done.emit("")
                return
            made = self._backup.create(keep=KEEP)
        except UserError as exc:
            self.failed.emit(exc.message)
            return
        if made.missing:  # the backup was made, but it lacks files: say so, like a failure
            self.failed.emit(
                self.tr("{path} 缺少数据库登记的 {n} 个文件（请运行 station check）").format(
                    path=str(made.path), n=len(made.missing)
                )
            )
            return
        self.done.emit(str(made.path))
