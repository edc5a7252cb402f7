"""The facts about a person, shared by the intake form and the edit dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.domain import id_number
from station.domain.enums import Build, Sex
from station.domain.errors import UserError
from station.services.forms import PersonFields
from station.store.models import PersonPublic
from station.ui.field_errors import FieldErrors
from station.ui.texts import error_text, vocab


def text_edit(placeholder: str, height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def optional(text: str) -> str | None:
    return text.strip() or None


class PersonForm(QWidget):
    """Name, identity, origin and description of a person."""

    changed = Signal()

    def __init__(
        self, errors: FieldErrors, parent: QWidget | None = None, *, at_intake: bool = False
    ) -> None:
        super().__init__(parent)
        self.errors = errors
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("不知道可不填，将显示为“无名氏+案件编号”"))
        # At intake: the name may be one the staff gave (代称), kept as such once the true one is found.
        self.placeholder = QCheckBox(self.tr("这是工作人员起的代称，不是本人的姓名"))
        self.placeholder.setVisible(at_intake)
        self.placeholder.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.placeholder.setEnabled(bool(text.strip())))
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(self.tr("自称的名字、音近名、绰号，用逗号分隔"))
        self.sex = QComboBox()
        for sex in (Sex.MALE, Sex.FEMALE, Sex.UNKNOWN):
            self.sex.addItem(vocab(sex.label), sex)
        self.birth_known = QCheckBox(self.tr("出生日期已知"))
        self.birth_date = QDateEdit(QDate(1970, 1, 1))
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat("yyyy-MM-dd")
        self.birth_date.setEnabled(False)
        self.age_low = QSpinBox()
        self.age_high = QSpinBox()
        for spin in (self.age_low, self.age_high):
            spin.setRange(-1, 120)
            spin.setSpecialValueText(self.tr("不详"))
            spin.setValue(-1)
            spin.setSuffix(self.tr(" 岁"))
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("18 位，最后一位可为 X"))
        self.id_number.setMaxLength(24)
        self.id_hint = QLabel()
        self.id_hint.setStyleSheet("color: #2e7d32;")
        self.origin = QLineEdit()
        self.origin.setPlaceholderText(self.tr("自述或推断的籍贯、来源地"))
        self.household_place = QLineEdit()
        self.family_contact = QLineEdit()
        self.family_contact.setPlaceholderText(self.tr("亲属姓名、关系和电话"))
        self.dialect = QLineEdit()
        self.dialect.setPlaceholderText(self.tr("例如：河南口音、粤语、无法交流"))
        self.height = QSpinBox()
        self.height.setRange(0, 250)
        self.height.setSpecialValueText(self.tr("未测量"))
        self.height.setSuffix(self.tr(" 厘米"))
        self.build = QComboBox()
        self.build.addItem(self.tr("未填写"), None)
        for build in Build:
            self.build.addItem(vocab(build.label), build)
        self.features = text_edit(self.tr("疤痕、胎记、纹身、残疾、牙齿、发型等可辨认的特征"), 70)
        self.mental_illness = QCheckBox(self.tr("精神障碍"))
        self.intellectual_disability = QCheckBox(self.tr("智力障碍"))
        self.physical_disability = QCheckBox(self.tr("肢体残疾"))
        for box in (self.mental_illness, self.intellectual_disability):
            box.setToolTip(
                self.tr("需从严处理：不适用 10 天救助期限，离站须交给核实过的亲属或机构")
            )

        identity = QGroupBox(self.tr("身份信息"))
        form = QFormLayout(identity)
        errors.add_row(form, self.tr("姓名"), self.name, "name")
        if at_intake:
            form.addRow("", self.placeholder)
        form.addRow(self.tr("别名 / 曾用名"), self.aliases)
        errors.add_row(form, self.tr("性别"), self.sex, "sex")
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_known)
        birth_row.addWidget(self.birth_date)
        birth_row.addStretch()
        birth_box = QWidget()
        birth_box.setLayout(birth_row)
        birth_row.setContentsMargins(0, 0, 0, 0)
        errors.add_row(form, self.tr("出生日期"), birth_box, "birth_date")
        age_row = QHBoxLayout()
        age_row.setContentsMargins(0, 0, 0, 0)
        age_row.addWidget(self.age_low)
        age_row.addWidget(QLabel(self.tr("至")))
        age_row.addWidget(self.age_high)
        age_row.addStretch()
        age_box = QWidget()
        age_box.setLayout(age_row)
        errors.add_row(form, self.tr("估计年龄"), age_box, "age")
        id_box = QWidget()
        id_col = QVBoxLayout(id_box)
        id_col.setContentsMargins(0, 0, 0, 0)
        id_col.addWidget(self.id_number)
        id_col.addWidget(self.id_hint)
        errors.add_row(form, self.tr("身份证号"), id_box, "id_number")
        errors.widgets["id_number"] = self.id_number
        form.addRow(self.tr("籍贯 / 来源地"), self.origin)
        form.addRow(self.tr("户籍地"), self.household_place)
        errors.add_row(form, self.tr("家属联系方式"), self.family_contact, "family_contact")
        form.addRow(self.tr("方言口音"), self.dialect)

        looks = QGroupBox(self.tr("体貌特征"))
        looks_form = QFormLayout(looks)
        errors.add_row(looks_form, self.tr("身高"), self.height, "height_cm")
        looks_form.addRow(self.tr("体型"), self.build)
        errors.add_row(looks_form, self.tr("特征描述"), self.features, "features")
        special = QHBoxLayout()
        special.setContentsMargins(0, 0, 0, 0)
        special.addWidget(self.mental_illness)
        special.addWidget(self.intellectual_disability)
        special.addWidget(self.physical_disability)
        special.addStretch()
        special_box = QWidget()
        special_box.setLayout(special)
        looks_form.addRow(self.tr("特殊情况"), special_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(identity)
        layout.addWidget(looks)

        self.birth_known.toggled.connect(self.birth_date.setEnabled)
        self.id_number.editingFinished.connect(self._check_id_number)
        for line in (
            self.name,
            self.aliases,
            self.id_number,
            self.origin,
            self.household_place,
            self.family_contact,
            self.dialect,
        ):
            line.textEdited.connect(self.changed)
        self.features.textChanged.connect(self.changed)
        for combo in (self.sex, self.build):
            combo.activated.connect(self.changed)
        for spin in (self.age_low, self.age_high, self.height):
            spin.valueChanged.connect(self.changed)
        self.birth_known.toggled.connect(self.changed)
        self.mental_illness.toggled.connect(self.changed)
        self.intellectual_disability.toggled.connect(self.changed)
        self.physical_disability.toggled.connect(self.changed)
        self.birth_date.dateChanged.connect(self.changed)
        self.set_sex(Sex.UNKNOWN)

    # --- values ---------------------------------------------------------------------------------
    def set_sex(self, sex: Sex) -> None:
        self.sex.setCurrentIndex(self.sex.findData(sex))

    def fields(self) -> PersonFields:
        aliases = [
            a.strip() for a in self.aliases.text().replace("，", ",").replace("、", ",").split(",")
        ]
        low, high = self.age_low.value(), self.age_high.value()
        return PersonFields(
            name=optional(self.name.text()),
            aliases=[a for a in aliases if a],
            sex=Sex(self.sex.currentData()),
            birth_date=self.birth_date.date().toPython() if self.birth_known.isChecked() else None,  # type: ignore[arg-type]
            age_low=low if low >= 0 else None,
            age_high=high if high >= 0 else None,
            id_number=optional(self.id_number.text()),
            origin=optional(self.origin.text()),
            household_place=optional(self.household_place.text()),
            family_contact=optional(self.family_contact.text()),
            dialect=optional(self.dialect.text()),
            height_cm=self.height.value() or None,
            build=Build(self.build.currentData()) if self.build.currentData() else None,
            features=optional(self.features.toPlainText()),
            mental_illness=self.mental_illness.isChecked(),
            intellectual_disability=self.intellectual_disability.isChecked(),
            physical_disability=self.physical_disability.isChecked(),
        )

    def set_person(self, person: PersonPublic | PersonFields, aliases: list[str]) -> None:
        """Fill the form from a stored person or from fields (a merge of two edits)."""
        self.name.setText(person.name or "")
        self.aliases.setText("，".join(aliases))
        self.set_sex(Sex(person.sex))
        self.birth_known.setChecked(person.birth_date is not None)
        if person.birth_date:
            self.birth_date.setDate(qdate(person.birth_date))
        self.age_low.setValue(person.age_low if person.age_low is not None else -1)
        self.age_high.setValue(person.age_high if person.age_high is not None else -1)
        self.id_number.setText(person.id_number or "")
        self.origin.setText(person.origin or "")
        self.household_place.setText(person.household_place or "")
        self.family_contact.setText(person.family_contact or "")
        self.dialect.setText(person.dialect or "")
        self.height.setValue(person.height_cm or 0)
        self.build.setCurrentIndex(
            max(0, self.build.findData(Build(person.build) if person.build else None))
        )
        self.features.setPlainText(person.features or "")
        self.mental_illness.setChecked(person.mental_illness)
        self.intellectual_disability.setChecked(person.intellectual_disability)
        self.physical_disability.setChecked(person.physical_disability)

    def _check_id_number(self) -> None:
        """Check the ID number as soon as the user leaves the field; fill sex and birth date."""
        label = self.errors.label_for("id_number")
        raw = self.id_number.text().strip()
        self.id_hint.clear()
        label.hide()
        if not raw:
            return
        try:
            info = id_number.parse(raw, today=dt.date.today())
        except UserError as exc:
            label.setText(error_text(exc))
            label.show()
            return
        self.id_number.setText(info.number)
        self.id_hint.setText(
            self.tr("出生日期 {date}，{sex}").format(
                date=info.birth_date.isoformat(), sex=vocab(info.sex.label)
            )
        )
        if Sex(self.sex.currentData()) == Sex.UNKNOWN:
            self.set_sex(info.sex)
        if not self.birth_known.isChecked():
            self.birth_known.setChecked(True)
            self.birth_date.setDate(qdate(info.birth_date))
