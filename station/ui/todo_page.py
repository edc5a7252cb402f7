"""待办事项: every deadline not yet met, across everyone in the station's care, most urgent first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.deadlines import Status
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.services.deadlines import TodoItem
from station.store.models import StaffPublic
from station.ui.casework_tabs import (
    STATUS_COLOURS,
    CaseworkServices,
    due_text,
    record_step,
    rule_title,
)
from station.ui.tables import filling, record_table
from station.ui.texts import vocab

COLUMNS = (
    QT_TRANSLATE_NOOP("TodoPage", "状态"),
    QT_TRANSLATE_NOOP("TodoPage", "期限"),
    QT_TRANSLATE_NOOP("TodoPage", "事项"),
    QT_TRANSLATE_NOOP("TodoPage", "人员"),
    QT_TRANSLATE_NOOP("TodoPage", "案件编号"),
    QT_TRANSLATE_NOOP("TodoPage", "需从严处理"),
)


class TodoPage(QWidget):
    open_person = Signal(int)
    changed = Signal()

    def __init__(
        self, services: CaseworkServices, staff: StaffPublic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.staff = staff
        self.items: list[TodoItem] = []
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 15px;")
        self.urgent_only = QCheckBox(self.tr("只看逾期和即将到期"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self.waiting = QLabel()  # the candidates in 比对待审, said here too
        self.waiting.setStyleSheet("color: #1565c0;")
        self.waiting.hide()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.waiting)
        top.addWidget(self.urgent_only)
        top.addWidget(self.refresh_button)
        self.table = record_table([QCoreApplication.translate("TodoPage", c) for c in COLUMNS])
        self.open_button = QPushButton(self.tr("打开档案"))
        self.record_button = QPushButton(self.tr("记录办理情况…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self.refresh_button.clicked.connect(self.refresh)
        self.urgent_only.toggled.connect(self._show)
        self.open_button.clicked.connect(self._open_selected)
        self.record_button.clicked.connect(self.record_selected)
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_selected)
        self.refresh()

    def refresh(self) -> None:
        self.items = self.services.deadlines.todo()
        counts = {s: sum(1 for i in self.items if i.deadline.status is s) for s in Status}
        self.summary.setText(
            self.tr("逾期 {late} 项，即将到期 {soon} 项，其他待办 {open} 项").format(
                late=counts[Status.OVERDUE], soon=counts[Status.SOON], open=counts[Status.OPEN]
            )
        )
        self._show()

    def shown(self) -> list[TodoItem]:
        if not self.urgent_only.isChecked():
            return self.items
        return [i for i in self.items if i.deadline.status in (Status.OVERDUE, Status.SOON)]

    def _show(self) -> None:
        now = self.services.deadlines.now()
        rows = self.shown()
        brushes = {status: QBrush(QColor(colour)) for status, colour in STATUS_COLOURS.items()}
        with filling(self.table):
            self._fill(rows, now, brushes)
        if rows:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(rows))
        self.record_button.setEnabled(bool(rows))

    def _fill(self, rows: list[TodoItem], now: dt.datetime, brushes: dict[Status, QBrush]) -> None:
        self.table.setRowCount(len(rows))
        for r, item in enumerate(rows):
            d = item.deadline
            values = [
                vocab(d.status.label),
                due_text(d, now),
                rule_title(d),
                item.title,
                item.case_number,
                "、".join(vocab(f.label) for f in item.flags),
            ]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setBackground(brushes[d.status])
                self.table.setItem(r, c, cell)

    def selected(self) -> TodoItem | None:
        rows = self.table.selectionModel().selectedRows()
        shown = self.shown()
        return shown[rows[0].row()] if rows and rows[0].row() < len(shown) else None

    def _open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_person.emit(item.person_id)

    def record_selected(self) -> bool:
        """Record the attempt or decision that clears the selected deadline."""
        item = self.selected()
        if item is None:
            return False
        saved = record_step(self, self.services, item.person_id, self.staff, item.deadline)
        if saved:
            self.refresh()
            self.changed.emit()
        return saved

    def set_waiting_candidates(self, n: int) -> None:
        self.waiting.setText(self.tr("比对待审：{n} 名候选人等待核对").format(n=n))
        self.waiting.setVisible(n > 0)
