"""The audit viewer: who did what to whose record, when; filtered, paged and exported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.clock import format_local, local_date, utcnow
from station.domain.errors import UserError
from station.services.audit_trail import AuditFilter, AuditRow, AuditTrailService
from station.store.models import StaffPublic
from station.ui.audit_words import action_label, describe
from station.ui.tables import record_table
from station.ui.texts import error_text

PAGE = 200


class AuditDialog(QDialog):
    def __init__(
        self,
        trail: AuditTrailService,
        staff_names: dict[int, str],
        staff: StaffPublic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._trail = trail
        self._staff = staff
        self._staff_names = staff_names
        self.offset = 0
        self.total = 0
        self.rows: list[AuditRow] = []
        self.setWindowTitle(self.tr("审计记录"))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("人员编号"))
        self.person.setMaximumWidth(110)
        self.who = QComboBox()
        self.who.addItem(self.tr("全部工作人员"), None)
        for staff_id, name in sorted(staff_names.items()):
            self.who.addItem(name, staff_id)
        self.action = QComboBox()
        self.action.addItem(self.tr("全部操作"), None)
        self.action.addItem(self.tr("登录与账号"), "staff.")
        for action in trail.actions():
            self.action.addItem(action_label(action), action)
        self.limit_period = QCheckBox(self.tr("时间"))
        self.limit_period.setChecked(True)
        today = local_date(utcnow())
        self.start = QDateEdit(QDate(today - dt.timedelta(days=30)))
        self.end = QDateEdit(QDate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.apply_button = QPushButton(self.tr("查询"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        for w in (self.person, self.who, self.action, self.limit_period, self.start,
                  QLabel("—"), self.end, self.apply_button):  # fmt: skip
            filters.addWidget(w)
        filters.addStretch()
        layout.addLayout(filters)

        self.table = record_table(
            [
                self.tr("时间"),
                self.tr("工作人员"),
                self.tr("操作"),
                self.tr("人员"),
                self.tr("内容"),
            ]
        )
        layout.addWidget(self.table)

        bottom = QHBoxLayout()
        self.count = QLabel()
        self.previous_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.export_button = QPushButton(self.tr("导出…"))
        self.previous_button.clicked.connect(lambda: self._page(-PAGE))
        self.next_button.clicked.connect(lambda: self._page(PAGE))
        self.export_button.clicked.connect(self.export)
        bottom.addWidget(self.count)
        bottom.addStretch()
        for w in (self.previous_button, self.next_button, self.export_button):
            bottom.addWidget(w)
        layout.addLayout(bottom)
        self.apply()

    def current_filter(self) -> AuditFilter:
        text = self.person.text().strip()
        period = self.limit_period.isChecked()
        return AuditFilter(
            person_id=int(text) if text.isdigit() else None,
            staff_id=self.who.currentData(),
            action=self.action.currentData(),
            start=self.start.date().toPython() if period else None,  # type: ignore[arg-type]
            end=self.end.date().toPython() if period else None,  # type: ignore[arg-type]
        )

    def apply(self) -> None:
        self.offset = 0
        self.refresh()

    def _page(self, step: int) -> None:
        self.offset = max(0, min(self.offset + step, max(0, self.total - 1)))
        self.refresh()

    def refresh(self) -> None:
        try:
            self.rows, self.total = self._trail.search(
                self._staff, self.current_filter(), offset=self.offset, limit=PAGE
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法完成操作"), error_text(exc))
            return
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            person = f"{r.person_id} {r.person}".strip() if r.person_id else ""
            content = describe(r.before_json, r.after_json, self._staff_names)
            for j, text in enumerate(
                (format_local(r.at), r.staff, action_label(r.action), person, content)
            ):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        first = self.offset + 1 if self.rows else 0
        self.count.setText(
            self.tr("第 {first}–{last} 条，共 {total} 条").format(
                first=first, last=self.offset + len(self.rows), total=self.total
            )
        )
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(self.rows) < self.total)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出审计记录"), "audit.csv", self.tr("CSV 表格 (*.csv)")
        )
        if not name:
            return
        try:
            n = self._trail.export(self._staff, self.current_filter(), Path(name))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法完成操作"), error_text(exc))
            return
        QMessageBox.information(
            self,
            self.tr("已导出"),
            self.tr("已导出 {n} 条审计记录到 {path}。文件含个人信息，请妥善保管。").format(
                n=n, path=name
            ),
        )
        self.refresh()  # the export itself is now in the trail
