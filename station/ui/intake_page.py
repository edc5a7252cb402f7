"""入站登记: the intake form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.domain.casework import SpecialGroup
from station.domain.enums import BroughtBy
from station.domain.errors import InvalidInput, UserError
from station.domain.person_rules import UNNAMED, check_times
from station.services.forms import IntakeData
from station.services.intake import IntakeResult, IntakeService
from station.services.matching import MatchingService, intake_traits
from station.services.persons import PersonDetail
from station.store.models import StaffPublic
from station.ui.belongings_table import BelongingsTable
from station.ui.camera import take_photo
from station.ui.earlier_dialog import NEW, SAME, EarlierStayDialog
from station.ui.errors import show_user_error
from station.ui.field_errors import FieldErrors
from station.ui.jobs import run_job
from station.ui.person_form import PersonForm, optional, text_edit
from station.ui.photo_strip import PhotoStrip
from station.ui.texts import error_text, vocab


def to_utc(value: QDateTime) -> dt.datetime:
    return value.toPython().astimezone(dt.UTC)  # type: ignore[union-attr]


class IntakePage(QWidget):
    saved = Signal(object)  # IntakeResult

    def __init__(
        self,
        intake: IntakeService,
        staff: StaffPublic,
        capture_dir: Path,
        parent: QWidget | None = None,
        *,
        returning: PersonDetail | None = None,
        matching: MatchingService | None = None,
    ) -> None:
        """``returning``: a person on record who comes back; the form records a new stay for them.
        ``matching``: when given, the photos are compared with the station's history before saving."""
        super().__init__(parent)
        self._returning = returning
        self._matching = matching
        self._intake = intake
        self._staff = staff
        self._capture_dir = capture_dir
        self._dirty = False
        self.errors = FieldErrors()

        self.banner = QLabel()
        self.banner.setObjectName("intakeBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fdecea; color: #b00020; padding: 8px; border-radius: 4px;"
        )
        self.banner.hide()

        self.person = PersonForm(self.errors, at_intake=True)

        self.clothing = text_edit(self.tr("衣着颜色、款式、鞋子"))
        self.health = text_edit(self.tr("意识、伤病、精神状态、是否需要送医"))
        self.found_known = QCheckBox(self.tr("已知"))
        self.found_known.setChecked(True)
        self.found_at = QDateTimeEdit()
        self.admitted_at = QDateTimeEdit()
        for edit in (self.found_at, self.admitted_at):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.found_place = QLineEdit()
        self.found_place.setPlaceholderText(self.tr("例如：火车站南广场候车区"))
        self.brought_by = QComboBox()
        for kind in BroughtBy:
            self.brought_by.addItem(vocab(kind.label), kind)
        self.brought_by_name = QLineEdit()
        self.brought_by_name.setPlaceholderText(self.tr("单位及经办人，例如：站前派出所 刘警官"))
        self.brought_by_contact = QLineEdit()
        self.brought_by_contact.setPlaceholderText(self.tr("电话"))

        arrival = QGroupBox(self.tr("入站情况"))
        form = QFormLayout(arrival)
        found_row = QHBoxLayout()
        found_row.setContentsMargins(0, 0, 0, 0)
        found_row.addWidget(self.found_known)
        found_row.addWidget(self.found_at)
        found_row.addStretch()
        found_box = QWidget()
        found_box.setLayout(found_row)
        self.errors.add_row(form, self.tr("发现时间"), found_box, "found_at")
        form.addRow(self.tr("发现地点"), self.found_place)
        self.errors.add_row(form, self.tr("入站时间"), self.admitted_at, "admitted_at")
        form.addRow(self.tr("送站人"), self.brought_by)
        form.addRow(self.tr("送站单位 / 姓名"), self.brought_by_name)
        form.addRow(self.tr("联系方式"), self.brought_by_contact)
        form.addRow(self.tr("衣着"), self.clothing)
        self.errors.add_row(form, self.tr("入站健康状况"), self.health, "health_on_arrival")
        self.critical = QCheckBox(self.tr("危重（需立即送医）"))
        form.addRow("", self.critical)
        self.groups = {g: QCheckBox(vocab(g.label)) for g in SpecialGroup}
        groups_row = QHBoxLayout()
        groups_row.setContentsMargins(0, 0, 0, 0)
        for box in self.groups.values():
            groups_row.addWidget(box)
        groups_row.addStretch()
        groups_box = QWidget()
        groups_box.setLayout(groups_row)
        form.addRow(self.tr("特殊群体"), groups_box)

        self.photos = PhotoStrip(intake.check_photo, self.errors.label_for("photos"))
        photo_box = QGroupBox(self.tr("照片"))
        photo_layout = QVBoxLayout(photo_box)
        photo_layout.addWidget(self.photos)
        photo_layout.addWidget(self.errors.label_for("photos"))

        self.belongings = BelongingsTable()
        belongings_box = QGroupBox(self.tr("随身物品（代为保管）"))
        belongings_layout = QVBoxLayout(belongings_box)
        belongings_layout.addWidget(self.belongings)
        belongings_layout.addWidget(self.errors.label_for("belongings"))

        self.save_button = QPushButton(self.tr("保存登记"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.reset_button = QPushButton(self.tr("清空表单"))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.person)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(arrival)
        right.addWidget(photo_box)
        right.addWidget(belongings_box)
        right.addStretch()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.banner)
        if returning is not None:
            stay = returning.latest_stay
            name = returning.person.name or (vocab(UNNAMED) + (stay.case_number if stay else ""))
            note = QLabel(
                self.tr(
                    "再次入站：{name}（上次案件编号 {case}）。个人资料沿用档案，如需修改请在档案页点“编辑资料”。"
                ).format(name=name, case=stay.case_number if stay else "")
            )
            note.setObjectName("returningNote")
            note.setWordWrap(True)
            note.setStyleSheet("background: #e3f2fd; padding: 8px; border-radius: 4px;")
            body_layout.addWidget(note)
        body_layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self._confirm_reset)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.found_known.toggled.connect(self.found_at.setEnabled)
        for edit in (self.found_at, self.admitted_at):
            edit.dateTimeChanged.connect(self._check_times)
        self.found_known.toggled.connect(self._check_times)
        self.photos.camera_button.clicked.connect(self._take_photo)
        for signal in (
            self.person.changed,
            self.photos.changed,
            self.belongings.changed,
            self.clothing.textChanged,
            self.health.textChanged,
            self.critical.toggled,
            self.found_place.textEdited,
            self.brought_by_name.textEdited,
            self.brought_by_contact.textEdited,
        ):
            signal.connect(self._mark_dirty)
        self.reset()

    # --- state ----------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True

    def reset(self) -> None:
        now = QDateTime.currentDateTime()
        self.admitted_at.setDateTime(now)
        self.found_at.setDateTime(now.addSecs(-3600))
        self.person.name.clear()
        self.person.placeholder.setChecked(False)
        self.person.aliases.clear()
        self.person.id_number.clear()
        for line in (self.found_place, self.brought_by_name, self.brought_by_contact):
            line.clear()
        self.clothing.clear()
        self.health.clear()
        self.critical.setChecked(False)
        for box in self.groups.values():
            box.setChecked(False)
        self.photos.clear()
        self.belongings.clear()
        self.errors.clear()
        self.banner.hide()
        if self._returning is not None:
            self.person.set_person(self._returning.person, self._returning.aliases)
            self.person.setEnabled(False)
        self._dirty = False

    def data(self) -> IntakeData:
        return IntakeData(
            person=self.person.fields(),
            admitted_at=to_utc(self.admitted_at.dateTime()),
            found_at=to_utc(self.found_at.dateTime()) if self.found_known.isChecked() else None,
            found_place=optional(self.found_place.text()),
            brought_by=BroughtBy(self.brought_by.currentData()),
            brought_by_name=optional(self.brought_by_name.text()),
            brought_by_contact=optional(self.brought_by_contact.text()),
            clothing=optional(self.clothing.toPlainText()),
            health_on_arrival=optional(self.health.toPlainText()),
            critical=self.critical.isChecked(),
            special_groups=[g.value for g, box in self.groups.items() if box.isChecked()],
            photos=self.photos.paths(),
            belongings=self.belongings.items(),
            name_is_placeholder=self.person.placeholder.isChecked(),
        )

    # --- actions --------------------------------------------------------------------------------
    def save(self) -> IntakeResult | None:
        self.errors.clear()
        self.banner.hide()
        data = self.data()
        existing = self._returning.person.id if self._returning else None
        if existing is None and data.photos and self._matching is not None:
            go_on, existing = self._ask_earlier_stay(data)
            if not go_on:
                return None
        try:
            result = self._intake.register(data, self._staff, existing_person_id=existing)
        except InvalidInput as exc:
            unplaced = self.errors.show(exc.errors)
            lines = [self.tr("未保存：请改正标红的 {n} 处").format(n=len(exc.errors))]
            lines += [error_text(e) for e in unplaced]
            self.banner.setText("\n".join(lines))
            self.banner.show()
            return None
        except UserError as exc:
            show_user_error(self, exc)
            return None
        self._dirty = False
        self.saved.emit(result)
        return result

    def _ask_earlier_stay(self, data: IntakeData) -> tuple[bool, int | None]:
        """Search the station's history with the intake photos: (save now?, the earlier person
        chosen as the same, or None for a new person)."""
        assert self._matching is not None
        matching = self._matching
        try:
            found, stopped = run_job(
                self,
                self.tr("查找以前的登记"),
                self.tr("正在把照片与站内历史人员比对…"),
                lambda progress, stop: matching.earlier_stays(
                    data.photos, intake_traits(data), progress=progress, stop=stop
                ),
            )
        except UserError:
            return True, None  # the photo's own problem is explained when the intake is checked
        if stopped or not found:
            return True, None
        dialog = EarlierStayDialog(found, self)
        dialog.exec()
        if dialog.choice == SAME:
            return True, dialog.selected()
        return dialog.choice == NEW, None

    def _check_times(self, *_args: object) -> None:
        """Say at once when the times cannot be right (found after admitted, in the future)."""
        errors = check_times(
            found_at=to_utc(self.found_at.dateTime()) if self.found_known.isChecked() else None,
            admitted_at=to_utc(self.admitted_at.dateTime()),
            now=dt.datetime.now(dt.UTC),
        )
        for key in ("found_at", "admitted_at"):
            label = self.errors.label_for(key)
            texts = [error_text(e) for e in errors if e.field == key]
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))

    def _confirm_reset(self) -> None:
        if (
            self._dirty
            and QMessageBox.question(
                self, self.tr("清空表单"), self.tr("清空后已填写的内容将丢失，确定清空吗？")
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.reset()

    def _take_photo(self) -> None:
        path = take_photo(self, self._capture_dir)
        if path is not None:
            self.photos.add_paths([path])

    def confirm_close(self) -> bool:
        """Ask before unsaved input is thrown away; True when the page may close."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("放弃登记？"),
            self.tr("入站登记表还没有保存，关闭后填写的内容将丢失。确定关闭吗？"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
