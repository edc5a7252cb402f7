"""在站人员: search, filter and open residents."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.domain.enums import Sex, StayStatus
from station.services.residents import ResidentFilter, ResidentService
from station.ui.resident_model import THUMB, ResidentModel
from station.ui.texts import vocab


class ResidentPage(QWidget):
    open_person = Signal(int)
    new_intake = Signal()

    def __init__(
        self, residents: ResidentService, thumbnail_path, parent: QWidget | None = None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.model = ResidentModel(residents, thumbnail_path, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("搜索姓名、别名、案件编号、身份证号或体貌特征（空格分隔多个词）")
        )
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(vocab(StayStatus.IN_STATION.label), StayStatus.IN_STATION)
        self.status.addItem(vocab(StayStatus.DEPARTED.label), StayStatus.DEPARTED)
        self.status.addItem(self.tr("全部"), None)
        self.sex = QComboBox()
        self.sex.addItem(self.tr("不限性别"), None)
        for sex in Sex:
            self.sex.addItem(vocab(sex.label), sex)
        self.use_dates = QCheckBox(self.tr("入站日期"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.count_label = QLabel()
        self.add_button = QPushButton(self.tr("入站登记"))
        self.add_button.setToolTip(self.tr("登记新入站人员 (Ctrl+N)"))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status)
        bar.addWidget(self.sex)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.date_to)
        bar.addWidget(self.add_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 6)
        self.table.verticalHeader().hide()
        self.table.setIconSize(QSize(THUMB, THUMB))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # The last column says where a person is now (精神专科医院：市精神卫生中心): room for it.
        for column, width in enumerate((64, 120, 200, 60, 80, 150, 90, 260)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.status, self.sex):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.use_dates.toggled.connect(self._toggle_dates)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.table.activated.connect(self._activated)
        self.add_button.clicked.connect(self.new_intake)
        self.model.modelReset.connect(self._update_count)

    def _toggle_dates(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filter()

    def current_filter(self) -> ResidentFilter:
        base = self.model.filter
        dates: tuple[dt.date | None, dt.date | None] = (None, None)
        if self.use_dates.isChecked():
            dates = (self.date_from.date().toPython(), self.date_to.date().toPython())  # type: ignore[assignment]
        status, sex = self.status.currentData(), self.sex.currentData()
        return ResidentFilter(
            text=self.search.text().strip(),
            status=StayStatus(status) if status else None,
            sex=Sex(sex) if sex else None,
            admitted_from=dates[0],
            admitted_to=dates[1],
            sort=base.sort,
            descending=base.descending,
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        self.model.reload()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if n:
            self.count_label.setText(self.tr("共 {n} 人").format(n=n))
        elif self.current_filter().text or self.use_dates.isChecked() or self.sex.currentData():
            self.count_label.setText(self.tr("没有符合条件的人员。可换个词，或把状态改为“全部”。"))
        else:
            self.count_label.setText(
                self.tr("还没有人员记录。点“入站登记”或按 Ctrl+N 登记第一位。")
            )

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        person_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.open_person.emit(int(person_id))
