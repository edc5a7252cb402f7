"""照片比对: search with a resident's photo or a photo file; review every candidate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.services.lists import ListService
from station.services.matching import (
    Candidate,
    MatchingService,
    Probe,
    Scope,
    SearchResult,
    Subject,
)
from station.store.models import StaffPublic
from station.ui.face_picker import FacePickerDialog
from station.ui.jobs import run_job
from station.ui.modal import run_modal
from station.ui.photo_strip import read_fitted, read_stored
from station.ui.review_dialog import ReviewDialog
from station.ui.texts import error_text

THUMB = 72
COLUMNS = (
    QT_TRANSLATE_NOOP("SearchPage", "照片"),
    QT_TRANSLATE_NOOP("SearchPage", "姓名"),
    QT_TRANSLATE_NOOP("SearchPage", "来源"),
    QT_TRANSLATE_NOOP("SearchPage", "相似程度"),
    QT_TRANSLATE_NOOP("SearchPage", "人脸距离"),
    QT_TRANSLATE_NOOP("SearchPage", "综合（越小越靠前）"),
    QT_TRANSLATE_NOOP("SearchPage", "判断"),
)


class SearchPage(QWidget):
    # A resident's candidate from a list was confirmed: (person id, candidate id) for 身份查明.
    identify = Signal(int, int)

    def __init__(
        self,
        matching: MatchingService,
        lists: ListService,
        staff: StaffPublic,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.matching = matching
        self.lists = lists
        self.staff = staff
        self.staff_names = staff_names
        self.probe: Probe | None = None
        self.mine: Subject | None = None
        self.probe_path: Path | None = None
        self.result: SearchResult | None = None

        self.photo = QLabel(self.tr("（未选择照片）"))
        self.photo.setFixedSize(180, 180)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.file_button = QPushButton(self.tr("选择照片文件…"))
        self.file_button.clicked.connect(self._choose_file)
        left = QVBoxLayout()
        left.addWidget(self.photo)
        left.addWidget(self.who)
        left.addWidget(self.file_button)

        self.scope = QListWidget()
        self.scope.setMaximumHeight(140)
        self.history = QCheckBox(self.tr("站内历史人员"))
        self.history.setChecked(True)
        self.count = QSpinBox()
        self.count.setRange(5, 100)
        self.count.setValue(20)
        self.show_hidden = QCheckBox(self.tr("显示性别不符等被隐藏的候选"))
        self.show_hidden.toggled.connect(lambda _on: self.search() if self.probe else None)
        self.search_button = QPushButton(self.tr("开始比对"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.search_button.setEnabled(False)
        scope_box = QVBoxLayout()
        scope_box.addWidget(QLabel(self.tr("比对范围：")))
        scope_box.addWidget(self.scope)
        scope_box.addWidget(self.history)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("候选数")))
        row.addWidget(self.count)
        row.addWidget(self.show_hidden)
        row.addStretch()
        row.addWidget(self.search_button)
        scope_box.addLayout(row)

        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(scope_box, 1)

        self.status = QLabel(
            self.tr("结果仅供参考：每一位候选人都须由工作人员核对照片和信息后作出判断。")
        )
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda r, _c: self.review(r))
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            lambda: self.review(self.table.currentRow()),
        )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.refresh_scope()

    def refresh_scope(self) -> None:
        switched_off = {
            self.scope.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.scope.count())
            if self.scope.item(i).checkState() == Qt.CheckState.Unchecked
        }
        self.scope.clear()
        for listed in self.lists.lists():
            item = QListWidgetItem(
                self.tr("{name}（{n} 人）").format(name=listed.name, n=listed.record_count)
            )
            item.setData(Qt.ItemDataRole.UserRole, listed.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            off = listed.id in switched_off
            item.setCheckState(Qt.CheckState.Unchecked if off else Qt.CheckState.Checked)
            self.scope.addItem(item)

    # --- the probe --------------------------------------------------------------------------
    def set_person(self, person_id: int) -> bool:
        try:
            self.probe = self.matching.probe_for_person(person_id)
            self.mine = self.matching.person_subject(person_id, self.probe.photo_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("照片比对"), error_text(exc))
            return False
        self._show_probe(self.mine.photo_path, self.mine.title)
        return True

    def set_file(self, path: Path) -> bool:
        try:
            probes = self.matching.probes_for_file(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("照片比对"), error_text(exc))
            return False
        if len(probes) > 1:
            picker = FacePickerDialog([p.crop for p in probes], self)
            if run_modal(picker) != QDialog.DialogCode.Accepted:
                return False
            self.probe = probes[picker.chosen()]
        else:
            self.probe = probes[0]
        self.mine = Subject(
            "file", 0, path.name, "unknown", None, None, None, None, None, None, "", path
        )
        self._show_probe(path, path.name)
        return True

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择照片"),
            "",
            self.tr("图片 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)"),
        )
        if path:
            self.set_file(Path(path))

    def _show_probe(self, path: Path | None, title: str) -> None:
        image = read_fitted(path, 180) if path else None
        if image is not None and not image.isNull():
            self.photo.setPixmap(QPixmap.fromImage(image))
        self.who.setText(title)
        self.search_button.setEnabled(True)
        self.table.setRowCount(0)

    # --- searching --------------------------------------------------------------------------
    def scope_choice(self) -> Scope:
        ids = tuple(
            int(self.scope.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.scope.count())
            if self.scope.item(i).checkState() == Qt.CheckState.Checked
        )
        return Scope(list_ids=ids, lists=bool(ids), persons=self.history.isChecked())

    def search(self) -> None:
        if self.probe is None:
            return
        probe, scope = self.probe, self.scope_choice()
        k, hidden = self.count.value(), self.show_hidden.isChecked()
        if scope.persons and self.matching.unencoded_person_photos():
            try:
                run_job(
                    self,
                    self.tr("照片比对"),
                    self.tr("正在为站内历史照片编码（只需一次）…"),
                    lambda progress, stop: self.matching.encode_person_photos(
                        progress=progress, stop=stop
                    ),
                )
            except UserError as exc:
                QMessageBox.warning(self, self.tr("照片比对"), error_text(exc))
                return
        try:
            self.result = self.matching.search(probe, scope, self.staff, k=k, show_hidden=hidden)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("照片比对"), error_text(exc))
            return
        self._show_result(self.result)

    def _show_result(self, result: SearchResult) -> None:
        text = self.tr("比对了 {n} 人，列出最相近的 {k} 人。").format(
            n=result.searched, k=len(result.candidates)
        )
        if result.hidden:
            text += self.tr("另有 {h} 人因性别等记录不符未列出。").format(h=result.hidden)
        text += self.tr("双击或按回车核对候选人。")
        self.status.setText(text)
        self.table.setRowCount(len(result.candidates))
        for r, c in enumerate(result.candidates):
            self._fill_row(r, c)
        if result.candidates:
            self.table.selectRow(0)
            self.table.setFocus()

    def _fill_row(self, r: int, c: Candidate) -> None:
        thumb = QTableWidgetItem()
        image = read_stored(c.subject.photo_path, THUMB) if c.subject.photo_path else None
        if image is not None and not image.isNull():
            thumb.setIcon(QIcon(QPixmap.fromImage(image)))
        self.table.setItem(r, 0, thumb)
        decision = QCoreApplication.translate("Decision", c.decision.label) if c.decision else ""
        values = [
            c.subject.title or self.tr("（未填姓名）"),
            c.subject.origin,
            QCoreApplication.translate("Band", c.band.label),
            f"{c.distance:.3f}",
            f"{c.score:.3f}",
            decision,
        ]
        for column, value in enumerate(values, start=1):
            self.table.setItem(r, column, QTableWidgetItem(value))

    def review(self, row: int) -> ReviewDialog | None:
        if self.result is None or not 0 <= row < len(self.result.candidates) or self.mine is None:
            return None
        dialog = ReviewDialog(
            self.mine,
            self.result.candidates[row],
            self.matching,
            self.staff,
            self.staff_names,
            self,
        )
        if run_modal(dialog) and dialog.decided is not None:
            if dialog.identity_found:
                self.identify.emit(self.mine.id, dialog.candidate.candidate_id)
            self.search()
            self.table.selectRow(row)
        return dialog
