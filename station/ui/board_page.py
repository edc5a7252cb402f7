"""在站情况: everyone in the station's care, grouped by where they are now, with days there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.casework import IN_STATION_LABEL, PlacementKind
from station.services.placements import IN_STATION, PlacementService
from station.ui.texts import day, vocab

# Those placed outside first (the ones staff must keep track of), then everyone in the station.
ORDER = [*[k.value for k in PlacementKind if k is not PlacementKind.STATION], IN_STATION]


class BoardPage(QWidget):
    open_person = Signal(int)
    print_sheet = Signal()  # 寻亲公告（汇总）of everyone unidentified in care

    def __init__(self, placements: PlacementService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placements = placements
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("人员"), self.tr("案件编号"), self.tr("医院 / 机构"), self.tr("自"),
             self.tr("天数")]
        )  # fmt: skip
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        self.sheet_button = QPushButton(self.tr("打印寻亲公告（汇总：身份未查明的在站人员）…"))
        self.sheet_button.clicked.connect(self.print_sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.tree.itemActivated.connect(self._activated)
        self.refresh()

    def refresh(self) -> None:
        rows = self.placements.board()
        self.tree.clear()
        groups: dict[str, list] = {}
        for row in rows:
            groups.setdefault(row.where, []).append(row)
        for where in ORDER:
            members = groups.get(where)
            if not members:
                continue
            label = vocab(IN_STATION_LABEL if where == IN_STATION else PlacementKind(where).label)
            group = QTreeWidgetItem(
                [self.tr("{place}（{n} 人）").format(place=label, n=len(members))]
            )
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for row in sorted(members, key=lambda r: -r.days):
                item = QTreeWidgetItem(
                    [row.title, row.case_number, row.facility or "", day(row.since), str(row.days)]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, row.person_id)
                item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight)
                group.addChild(item)
            group.setExpanded(True)
        for c in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(c)
        self.summary.setText(self.tr("在本站照料中的共 {n} 人").format(n=len(rows)))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        person_id = item.data(0, Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.open_person.emit(int(person_id))
