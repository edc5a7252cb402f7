"""可能以前来过: residents on record who look like the person being registered, shown before saving."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.enums import Sex
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.services.matching import Candidate
from station.ui.photo_strip import read_stored
from station.ui.review_dialog import factor_text
from station.ui.texts import day, vocab

THUMB = 96
COLUMNS = (
    QT_TRANSLATE_NOOP("EarlierStayDialog", "照片"),
    QT_TRANSLATE_NOOP("EarlierStayDialog", "姓名"),
    QT_TRANSLATE_NOOP("EarlierStayDialog", "案件编号"),
    QT_TRANSLATE_NOOP("EarlierStayDialog", "性别"),
    QT_TRANSLATE_NOOP("EarlierStayDialog", "上次入站"),
    QT_TRANSLATE_NOOP("EarlierStayDialog", "相似程度"),
    QT_TRANSLATE_NOOP("EarlierStayDialog", "说明"),
)

# What the clerk chose: the earlier person (a repeat admission), a new person, or back to the form.
SAME, NEW, BACK = 1, 2, 0


class EarlierStayDialog(QDialog):
    def __init__(self, candidates: list[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.choice = BACK
        self.setWindowTitle(self.tr("此人可能以前来过"))
        intro = QLabel(
            self.tr(
                "保存前已与站内历史人员的照片比对，下列人员与此人相似。请核对照片和特征：如果是同一人，"
                "本次将作为再次入站登记到他（她）的档案，不新建档案；如果不是，登记为新人员。"
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(candidates), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("EarlierStayDialog", c) for c in COLUMNS]
        )
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, c in enumerate(candidates):
            self._fill(row, c)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, THUMB + 12)

        self.same = QPushButton(self.tr("是同一人：再次入站登记"))
        self.new = QPushButton(self.tr("不是：登记为新人员"))
        self.back = QPushButton(self.tr("返回修改"))
        self.same.clicked.connect(lambda: self._done(SAME))
        self.new.clicked.connect(lambda: self._done(NEW))
        self.back.clicked.connect(lambda: self._done(BACK))
        self.table.itemSelectionChanged.connect(
            lambda: self.same.setEnabled(self.selected() is not None)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.same)
        buttons.addWidget(self.new)
        buttons.addStretch()
        buttons.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(860, 420)
        if candidates:
            self.table.selectRow(0)
        self.same.setDefault(True)

    def _fill(self, row: int, c: Candidate) -> None:
        s = c.subject
        thumb = QTableWidgetItem()
        image = read_stored(s.photo_path, THUMB) if s.photo_path else None
        if image is not None and not image.isNull():
            thumb.setIcon(QIcon(QPixmap.fromImage(image)))
        self.table.setItem(row, 0, thumb)
        reasons = "；".join(factor_text(f.template, f.params) for f in c.factors)
        values = [
            s.title or self.tr("（未填姓名）"),
            s.origin,
            vocab(Sex(s.sex).label),
            day(s.day),
            f"{QCoreApplication.translate('Band', c.band.label)}（{c.distance:.3f}）",
            reasons,
        ]
        for column, value in enumerate(values, start=1):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.table.setItem(row, column, item)

    def selected(self) -> int | None:
        """The chosen earlier person's id."""
        rows = self.table.selectionModel().selectedRows()
        return self.candidates[rows[0].row()].subject.id if rows else None

    def _done(self, choice: int) -> None:
        self.choice = choice
        self.accept() if choice != BACK else self.reject()
