"""合并重复档案: find the other record by a case number, see both side by side, give a reason, merge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.domain import id_number, person_rules
from station.domain.enums import Sex
from station.domain.errors import UserError
from station.domain.permissions import Action, allowed
from station.domain.person_rules import display_name
from station.services.merge import MergeService
from station.services.persons import PersonDetail, PersonService
from station.store.models import StaffPublic
from station.ui.field_errors import ERROR_STYLE
from station.ui.photo_strip import read_stored
from station.ui.texts import error_text, vocab

THUMB = 120


class MergeDialog(QDialog):
    def __init__(
        self,
        keep_id: int,
        persons: PersonService,
        merge: MergeService,
        staff: StaffPublic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("合并重复档案"))
        self.keep_id, self.persons, self.merge, self.staff = keep_id, persons, merge, staff
        self.other_id: int | None = None
        self.merged = False
        self.keep = keep = persons.detail(keep_id)
        intro = QLabel(
            self.tr(
                "同一个人登记了两份档案时，把另一份并入本档案（{name}）：入站记录、照片、物品、"
                "安置与寻亲记录、文书都归入本档案；本档案缺少的资料从另一份补上。"
            ).format(name=self._name(keep))
        )
        intro.setWordWrap(True)
        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("另一份档案的入站编号，如 2026-000123"))
        self.case.returnPressed.connect(self.find)
        find = QPushButton(self.tr("查找"))
        find.clicked.connect(self.find)
        row = QHBoxLayout()
        row.addWidget(self.case, 1)
        row.addWidget(find)
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("<b>本档案（保留）</b>")), 0, 1)
        self.grid.addWidget(QLabel(self.tr("<b>另一份档案（并入）</b>")), 0, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self._column(keep, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("合并理由（必填），如：照片比对确认、家属辨认"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("合并到本档案"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.case.setFocus()

    def _name(self, detail: PersonDetail) -> str:
        latest = detail.latest_stay
        return display_name(
            detail.person.name,
            latest.case_number if latest else None,
            unnamed=vocab(person_rules.UNNAMED),
        )

    def _column(self, detail: PersonDetail, column: int) -> None:
        p = detail.person
        photo = QLabel()
        photo.setFixedSize(THUMB, THUMB)
        photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image = (
            read_stored(self.persons.photo_path(detail.photos[0]), THUMB) if detail.photos else None
        )
        if image is not None and not image.isNull():
            photo.setPixmap(QPixmap.fromImage(image))
        else:
            photo.setText(self.tr("暂无照片"))
        age = (
            p.birth_date.isoformat()
            if p.birth_date
            else (f"{p.age_low}–{p.age_high}" if p.age_low is not None else "")
        )
        number = p.id_number or ""
        if number and not allowed(self.staff.role, Action.SEE_IDENTIFIERS):
            number = id_number.mask(number)
        values = [
            self._name(detail),
            vocab(Sex(p.sex).label),
            age,
            number,
            "、".join(s.case_number for s in detail.stays),
        ]
        labels = [self.tr("姓名"), self.tr("性别"), self.tr("出生 / 年龄"), self.tr("身份证号"),
                  self.tr("入站编号")]  # fmt: skip
        self._put(photo, 1, column)
        for i, (label, value) in enumerate(zip(labels, values, strict=True), start=2):
            if column == 1:
                self.grid.addWidget(QLabel(label), i, 0)
            text = QLabel(value)
            text.setWordWrap(True)
            self._put(text, i, column)

    def _put(self, widget: QWidget, row: int, column: int) -> None:
        """Place ``widget`` in the grid, replacing what an earlier lookup put there."""
        old = self.grid.itemAtPosition(row, column)
        if old is not None and old.widget() is not None:
            old.widget().hide()
            old.widget().deleteLater()
            self.grid.removeItem(old)
        # Aligned, so that a fixed-size photo does not cap its column's width.
        self.grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignLeft)

    def find(self) -> bool:
        """Look the other record up by a case number and say whether it can be merged."""
        self.merge_button.setEnabled(False)
        self.other_id = None
        try:
            other = self.persons.detail(self.merge.person_for_case(self.case.text()))
            self._column(other, 2)
            self.merge.check(self.keep_id, other.person.id)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return False
        self.other_id = other.person.id
        sexes = {self.keep.person.sex, other.person.sex} - {"unknown"}
        if len(sexes) > 1:
            self._say(self.tr("两份档案记录的性别不同：请特别核实确是同一人（或哪一份记错了），"
                              "填写理由后再合并。"), error=True)  # fmt: skip
        else:
            self._say(self.tr("请核对两份档案确是同一人，填写理由后合并。"))
        self.merge_button.setEnabled(True)
        return True

    def do_merge(self) -> bool:
        if self.other_id is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("合并重复档案"),
            self.tr(
                "合并后另一份档案不再单独出现，它的全部记录归入本档案。合并不能自动撤销"
                "（审计记录保留合并前两份档案的内容）。确定合并吗？"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.merge.merge(self.keep_id, self.other_id, self.reason.text(), self.staff)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return False
        self.merged = True
        self.accept()
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
