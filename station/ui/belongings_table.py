"""The custody list typed in at intake: item, quantity, condition, notes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.services.forms import BelongingData, belonging_amount


class BelongingsTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("物品名称"), self.tr("数量 / 金额"), self.tr("状况"), self.tr("备注")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton(self.tr("添加物品"))
        self.remove_button = QPushButton(self.tr("删除所选"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def add_row(
        self, item: str = "", quantity: int | str = 1, condition: str = "", notes: str = ""
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((item, str(quantity), condition, notes)):
            self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setCurrentCell(row, 0)
        self.changed.emit()

    def items(self) -> list[BelongingData]:
        """Rows left wholly empty are ignored; a bad quantity is passed on for the service to name."""
        result = []
        for row in range(self.table.rowCount()):
            values = [
                (self.table.item(row, c).text() if self.table.item(row, c) else "").strip()
                for c in range(4)
            ]
            if not any(values[i] for i in (0, 2, 3)) and values[1] in ("", "1"):
                continue
            # A count, or money for cash ("23.5元"); neither: 0, for the service to name the row.
            quantity, amount = belonging_amount(values[0], values[1]) or (0, None)
            result.append(BelongingData(values[0], quantity, values[2] or None, values[3] or None,
                                        amount_fen=amount))  # fmt: skip
        return result

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.changed.emit()

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.changed.emit()
