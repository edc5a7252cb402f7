"""比对待审: the candidates the automatic comparison found, waiting for a person to decide.

Grouped by resident, the resident with the strongest candidate first; each candidate with its photo,
band, distance and the attribute factors behind its rank. Keyboard first: arrows move, Enter opens
the side-by-side review (可能 / 排除 / 确认, with a reason), Delete says 都不是 for the resident.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import UserError
from station.services.cross_match import CrossMatchService, InboxEntry
from station.services.matching import Candidate, MatchingService
from station.store.models import StaffPublic
from station.ui.modal import run_modal
from station.ui.photo_strip import read_stored
from station.ui.review_dialog import ReviewDialog, factor_text
from station.ui.texts import error_text

THUMB = 64


class InboxPage(QWidget):
    identify = Signal(int, int)  # a list record confirmed: (person id, candidate id)
    open_person = Signal(int)
    counted = Signal(int)  # how many candidates wait, after each refresh

    def __init__(
        self,
        cross_match: CrossMatchService,
        matching: MatchingService,
        staff: StaffPublic,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cross_match = cross_match
        self.matching = matching
        self.staff = staff
        self.staff_names = staff_names
        self.entries: list[InboxEntry] = []

        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 15px;")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("人员 / 候选人"), self.tr("来源"), self.tr("相似程度"), self.tr("人脸距离"),
             self.tr("依据")]
        )  # fmt: skip
        self.tree.setIconSize(QSize(THUMB, THUMB))
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(lambda _item, _col: self.review_selected())
        self.review_button = QPushButton(self.tr("核对所选…"))
        self.none_button = QPushButton(self.tr("都不是…"))
        self.none_button.setToolTip(self.tr("所选人员的候选人都不是他：一次排除，填写一个理由"))
        self.open_button = QPushButton(self.tr("打开档案"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.review_button.clicked.connect(self.review_selected)
        self.none_button.clicked.connect(self.none_of_these)
        self.open_button.clicked.connect(self._open_selected)
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree, self.none_of_these)
        buttons = QHBoxLayout()
        for button in (self.review_button, self.none_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.refresh_button)
        note = QLabel(
            self.tr(
                "Station 会自动把身份未查明的在站人员与所有名单和站内历史人员比对（导入名单、"
                "新增照片后，以及每隔一段时间）。结果仅供参考：每一位候选人都须由工作人员核对后判断。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #546e7a;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    # --- display ----------------------------------------------------------------------------
    def refresh(self) -> int:
        """Read the inbox again; how many candidates wait."""
        keep = self._selected()
        self.entries = self.cross_match.inbox()
        self.tree.clear()
        waiting = 0
        for e, entry in enumerate(self.entries):
            person = QTreeWidgetItem(
                [entry.person.title, entry.person.origin,
                 self.tr("{n} 名候选人").format(n=len(entry.candidates)), "", ""]
            )  # fmt: skip
            person.setData(0, Qt.ItemDataRole.UserRole, (e, -1))
            self._thumb(person, entry.person.photo_path)
            for c, candidate in enumerate(entry.candidates):
                child = QTreeWidgetItem(
                    [
                        candidate.subject.title or self.tr("（未填姓名）"),
                        candidate.subject.origin,
                        QCoreApplication.translate("Band", candidate.band.label),
                        f"{candidate.distance:.3f}",
                        "；".join(factor_text(f.template, f.params) for f in candidate.factors),
                    ]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, (e, c))
                self._thumb(child, candidate.subject.photo_path)
                person.addChild(child)
            waiting += len(entry.candidates)
            self.tree.addTopLevelItem(person)
            person.setExpanded(True)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.summary.setText(
            self.tr("{n} 名候选人等待核对（{p} 人）").format(n=waiting, p=len(self.entries))
            if waiting
            else self.tr("没有等待核对的候选人。")
        )
        for b in (self.review_button, self.none_button, self.open_button):
            b.setEnabled(bool(self.entries))
        self._select(keep)
        self.counted.emit(waiting)
        return waiting

    def _thumb(self, item: QTreeWidgetItem, path: object) -> None:
        image = read_stored(path, THUMB) if path else None  # type: ignore[arg-type]
        if image is not None and not image.isNull():
            item.setIcon(0, QIcon(QPixmap.fromImage(image)))

    def _selected(self) -> tuple[int, int] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _select(self, where: tuple[int, int] | None) -> None:
        """After a refresh: the same place, or the next candidate waiting (decide and move on)."""
        if self.tree.topLevelItemCount() == 0:
            return
        e, c = where if where else (0, 0)
        e = min(e, self.tree.topLevelItemCount() - 1)
        top = self.tree.topLevelItem(e)
        item = top.child(min(max(c, 0), top.childCount() - 1)) if top.childCount() else top
        self.tree.setCurrentItem(item)

    def _chosen(self) -> tuple[InboxEntry, Candidate | None] | None:
        where = self._selected()
        if where is None or not self.entries:
            return None
        e, c = where
        entry = self.entries[e]
        return entry, entry.candidates[c] if c >= 0 else None

    # --- actions ----------------------------------------------------------------------------
    def review_selected(self) -> ReviewDialog | None:
        chosen = self._chosen()
        if chosen is None:
            return None
        entry, candidate = chosen
        candidate = candidate or entry.candidates[0]
        dialog = ReviewDialog(
            entry.person, candidate, self.matching, self.staff, self.staff_names, self
        )
        if run_modal(dialog) and dialog.decided is not None:
            if dialog.identity_found:
                self.identify.emit(entry.person.id, candidate.candidate_id)
            self.refresh()
        return dialog

    def none_of_these(self) -> int:
        chosen = self._chosen()
        if chosen is None:
            return 0
        entry, _ = chosen
        reason, ok = QInputDialog.getText(
            self,
            self.tr("都不是"),
            self.tr("{name} 的 {n} 名候选人都不是他本人。理由：").format(
                name=entry.person.title, n=len(entry.candidates)
            ),
        )
        if not ok:
            return 0
        try:
            n = self.cross_match.none_of_these(entry.person.id, reason, self.staff)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("都不是"), error_text(exc))
            return 0
        self.refresh()
        return n

    def _open_selected(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.open_person.emit(chosen[0].person.id)
