"""身份查明: one step from a confirmed match (or a police or family answer) to the identity.

Each fact the record brings is shown beside what the case file holds now; the worker ticks what to
take over and may correct it. The attempt that found the family is recorded with it, and the name
the person went by until now is kept in the identity history as the worker says (代称 by default).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from station.domain import id_number
from station.domain.casework import AttemptKind, NameKind
from station.domain.enums import Sex
from station.domain.errors import UserError
from station.domain.permissions import Action, allowed
from station.services.identification import IdentificationService, IdentityFacts, IdentityOffer
from station.store.models import StaffPublic
from station.ui.casework_dialogs import Save, StepDialog
from station.ui.modal import run_modal
from station.ui.person_form import qdate
from station.ui.texts import day, error_text, vocab

# How the name used until now may be kept: the worker says what it was.
KEEP_AS = (NameKind.PLACEHOLDER, NameKind.SELF_REPORTED, NameKind.ALIAS, NameKind.FORMER)


class _Fact:
    """One row: take it over (ticked), the value to write (editable), what the file holds now."""

    def __init__(self, take: QCheckBox, editor: QWidget, now: str) -> None:
        self.take = take
        self.editor = editor
        self.row = QWidget()
        line = QHBoxLayout(self.row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(take)
        line.addWidget(editor, 1)
        self.now = QLabel(now)
        self.now.setMinimumWidth(140)
        line.addWidget(self.now)
        take.toggled.connect(editor.setEnabled)
        editor.setEnabled(take.isChecked())


class IdentifyDialog(StepDialog):
    def __init__(
        self,
        offer: IdentityOffer,
        now: dt.datetime,
        save: Save,
        parent: QWidget | None = None,
        *,
        see_ids: bool = True,
    ) -> None:
        super().__init__(self.tr("身份查明"), save, parent)
        self.offer = offer
        current, offered = offer.current, offer.offered
        hint = QLabel(
            self.tr(
                "勾选的项目写入档案（可以修改）；同时记录一次结果为“已确认”的寻亲，"
                "并把此人标为身份已查明。"
            )
            if offered
            else self.tr(
                "填写查明的情况：勾选的项目写入档案；同时记录一次结果为“已确认”的寻亲，"
                "并把此人标为身份已查明。"
            )
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.facts: dict[str, _Fact] = {}

        self.name = QLineEdit(str(offered.get("name") or ""))
        self.name.setMaxLength(64)
        self._row("name", self.tr("真实姓名"), self.name, current["name"])
        self.keep_as = QComboBox()
        for kind in KEEP_AS:
            self.keep_as.addItem(vocab(kind.label), kind)
        known = offer.current_name_kind
        keep = known if known in KEEP_AS else NameKind.PLACEHOLDER
        self.keep_as.setCurrentIndex(max(0, self.keep_as.findData(keep)))
        if current["name"]:
            self.form.addRow(
                self.tr("原来的姓名“{name}”记为").format(name=current["name"]), self.keep_as
            )
            self.facts["name"].take.toggled.connect(self.keep_as.setEnabled)
            self.keep_as.setEnabled(self.facts["name"].take.isChecked())

        self.sex = QComboBox()
        for sex in (Sex.MALE, Sex.FEMALE):
            self.sex.addItem(vocab(sex.label), sex)
        sex_offered = offered.get("sex")
        if isinstance(sex_offered, Sex):
            self.sex.setCurrentIndex(self.sex.findData(sex_offered))
        self._row("sex", self.tr("性别"), self.sex, vocab(Sex(current["sex"]).label))

        born = offered.get("birth_date")
        self.birth_date = QDateEdit()
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat("yyyy-MM-dd")
        if isinstance(born, dt.date):
            self.birth_date.setDate(qdate(born))
        self._row("birth_date", self.tr("出生日期"), self.birth_date, day(current["birth_date"]))

        self.id_edit = QLineEdit(str(offered.get("id_number") or ""))
        self.id_edit.setMaxLength(18)
        number = current["id_number"]
        shown_id = number if see_ids or not number else id_number.mask(str(number))
        self._row("id_number", self.tr("身份证号"), self.id_edit, shown_id)
        self.household_place = QLineEdit(str(offered.get("household_place") or ""))
        self.household_place.setMaxLength(256)
        self._row(
            "household_place", self.tr("户籍地"), self.household_place, current["household_place"]
        )
        self.family_contact = QLineEdit(str(offered.get("family_contact") or ""))
        self.family_contact.setMaxLength(256)
        self.family_contact.setPlaceholderText(self.tr("亲属姓名、关系和电话"))
        self._row(
            "family_contact", self.tr("家属联系方式"), self.family_contact,
            current["family_contact"],
        )  # fmt: skip

        self.how = QComboBox()
        for kind in AttemptKind:
            self.how.addItem(vocab(kind.label), kind)
        self.how.setCurrentIndex(self.how.findData(offer.how))
        self.at = QDateTimeEdit(QDateTime(now.astimezone()))
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        self.channel = QLineEdit(offer.channel or "")
        self.channel.setMaxLength(128)
        self.channel.setPlaceholderText(self.tr("例如：某某名单、市公安局、家属来电"))
        self.reference = QLineEdit(offer.reference or "")
        self.reference.setMaxLength(128)
        self.reference.setPlaceholderText(self.tr("名单中的编号、比对回执号等"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.notes.setPlaceholderText(self.tr("例如：儿子看照片确认，约定下周来站接回"))
        e = self.errors
        self.form.addRow(self.tr("查明方式"), self.how)
        e.add_row(self.form, self.tr("时间"), self.at, "at")
        self.form.addRow(self.tr("渠道 / 单位"), self.channel)
        self.form.addRow(self.tr("编号"), self.reference)
        self.form.addRow(self.tr("情况说明"), self.notes)
        self.resize(620, 0)
        self.name.setFocus()

    def _row(self, key: str, label: str, editor: QWidget, now: object) -> None:
        offered = self.offer.offered.get(key)
        differs = offered is not None and offered != self.offer.current.get(key)
        take = QCheckBox(self.tr("采用"))
        take.setObjectName(f"take_{key}")
        take.setChecked(differs)
        shown = str(now) if now not in (None, "") else self.tr("（空）")
        fact = _Fact(take, editor, self.tr("现为：{value}").format(value=shown))
        self.facts[key] = fact
        self.errors.add_row(self.form, label, fact.row, key)
        self.errors.widgets[key] = editor

    def taken(self, key: str) -> bool:
        return self.facts[key].take.isChecked()

    def collect(self) -> IdentityFacts:
        def text(edit: QLineEdit, key: str) -> str | None:
            return (edit.text().strip() or None) if self.taken(key) else None

        at = self.at.dateTime().toPython().astimezone(dt.UTC)  # type: ignore[union-attr]
        notes = self.notes.toPlainText().strip() or None
        return IdentityFacts(
            how=AttemptKind(self.how.currentData()),
            at=at,
            name=text(self.name, "name"),
            keep_old_name_as=NameKind(self.keep_as.currentData()),
            sex=Sex(self.sex.currentData()) if self.taken("sex") else None,
            birth_date=self.birth_date.date().toPython() if self.taken("birth_date") else None,  # type: ignore[arg-type]
            id_number=text(self.id_edit, "id_number"),
            household_place=text(self.household_place, "household_place"),
            family_contact=text(self.family_contact, "family_contact"),
            channel=self.channel.text().strip() or None,
            reference=self.reference.text().strip() or None,
            notes=notes,
            candidate_id=self.offer.candidate_id,
        )


def identify(
    parent: QWidget,
    service: IdentificationService,
    person_id: int,
    staff: StaffPublic,
    candidate_id: int | None = None,
) -> bool:
    """Open 身份查明 for a person (from a confirmed candidate, if given); True once saved."""
    try:
        offer = service.offer(person_id, candidate_id)
    except UserError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("IdentifyDialog", "身份查明"), error_text(exc)
        )
        return False
    dialog = IdentifyDialog(
        offer,
        service.now(),
        lambda facts: service.identify(person_id, facts, staff),
        parent,
        see_ids=allowed(staff.role, Action.SEE_IDENTIFIERS),
    )
    return bool(run_modal(dialog))
