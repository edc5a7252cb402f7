"""期限规则: the administrator keeps the deadline rules and the working-day calendar."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.domain.casework import AttemptKind, DecisionKind
from station.domain.deadlines import Applies, Rule, Span, Unit
from station.domain.enums import Role
from station.domain.errors import InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.services.deadlines import DeadlineService
from station.services.national_calendar import last_year
from station.store.models import StaffPublic
from station.ui.field_errors import ERROR_STYLE
from station.ui.person_form import qdate
from station.ui.texts import error_text, vocab


def _span_editor() -> tuple[QSpinBox, QComboBox, QWidget]:
    amount = QSpinBox()
    amount.setRange(0, 9999)
    unit = QComboBox()
    for u in Unit:
        unit.addItem(vocab(u.label), u)
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(amount)
    row.addWidget(unit)
    row.addStretch()
    return amount, unit, box


def _set_span(amount: QSpinBox, unit: QComboBox, span: Span) -> None:
    amount.setValue(span.amount)
    unit.setCurrentIndex(unit.findData(span.unit))


WEEKDAYS = (
    QT_TRANSLATE_NOOP("RulesDialog", "周一"), QT_TRANSLATE_NOOP("RulesDialog", "周二"),
    QT_TRANSLATE_NOOP("RulesDialog", "周三"), QT_TRANSLATE_NOOP("RulesDialog", "周四"),
    QT_TRANSLATE_NOOP("RulesDialog", "周五"), QT_TRANSLATE_NOOP("RulesDialog", "周六"),
    QT_TRANSLATE_NOOP("RulesDialog", "周日"),
)  # fmt: skip


class RulesDialog(QDialog):
    def __init__(
        self, deadlines: DeadlineService, staff: StaffPublic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("期限规则与工作日历"))
        self.deadlines = deadlines
        self.staff = staff
        self.rules: list[Rule] = []

        # --- rules ------------------------------------------------------------------------
        self.rule_list = QListWidget()
        self.title = QLineEdit()
        self.active = QCheckBox(self.tr("启用"))
        self.applies = QComboBox()
        for a in Applies:
            self.applies.addItem(vocab(a.label), a)
        self.opens_amount, self.opens_unit, opens = _span_editor()
        self.grace_amount, self.grace_unit, grace = _span_editor()
        self.repeats = QCheckBox(self.tr("定期重复，每隔"))
        self.every_amount, self.every_unit, every = _span_editor()
        self.clears = QListWidget()
        for kind in [*AttemptKind, *DecisionKind]:
            item = QListWidgetItem(vocab(kind.label))
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.clears.addItem(item)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存此规则"))
        form = QFormLayout()
        form.addRow(self.tr("事项"), self.title)
        form.addRow("", self.active)
        form.addRow(self.tr("适用于"), self.applies)
        form.addRow(self.tr("入站后多久开始"), opens)
        form.addRow(self.tr("开始后多久到期"), grace)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeats)
        repeat_row.addWidget(every)
        form.addRow("", repeat_row)
        form.addRow(self.tr("完成方式（任一即可）"), self.clears)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.message)
        editor_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        rules_tab = QWidget()
        rules_row = QHBoxLayout(rules_tab)
        rules_row.addWidget(self.rule_list, 2)
        rules_row.addWidget(editor, 3)

        # --- calendar ---------------------------------------------------------------------
        self.days = QListWidget()
        today = dt.date.today()
        self.day = QDateEdit(qdate(today))
        self.last_day = QDateEdit(qdate(today))
        for edit in (self.day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(
            lambda d: self.last_day.setDate(d) if self.last_day.date() < d else None
        )
        self.day_kind = QComboBox()
        self.day_kind.addItem(self.tr("法定节假日（不上班）"), False)
        self.day_kind.addItem(self.tr("调休上班日"), True)
        self.day_note = QLineEdit()
        self.day_note.setPlaceholderText(self.tr("例如：国庆节"))
        add_day = QPushButton(self.tr("添加"))
        remove_day = QPushButton(self.tr("删除所选"))
        day_row = QHBoxLayout()
        for w in (self.day, QLabel(self.tr("至")), self.last_day, self.day_kind, self.day_note,
                  add_day, remove_day):  # fmt: skip
            day_row.addWidget(w)
        calendar_tab = QWidget()
        cal_layout = QVBoxLayout(calendar_tab)
        cal_layout.addWidget(
            QLabel(
                self.tr(
                    "“工作日”期限（如 7 个工作日内申请 DNA）按此日历计算；周一至周五默认上班。"
                    "国家规定的节假日和调休已包含在内（至 {year} 年）；本站另行标记的日子优先。"
                ).format(year=last_year())
            )
        )
        upcoming = today.year + (1 if today.month >= 11 else 0)
        if last_year() < upcoming:  # the State Council's notice for next year is not shipped yet
            missing = QLabel(
                self.tr(
                    "{year} 年的国家节假日安排尚未包含：国务院办公厅公布后，请按通知标记放假和调休的"
                    "日子（可一次标记一段），或升级 Station。"
                ).format(year=upcoming)
            )
            missing.setWordWrap(True)
            missing.setStyleSheet(ERROR_STYLE)
            cal_layout.addWidget(missing)
        cal_layout.addWidget(self.days)
        cal_layout.addLayout(day_row)

        tabs = QTabWidget()
        tabs.addTab(rules_tab, self.tr("期限规则"))
        tabs.addTab(calendar_tab, self.tr("工作日历"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if staff.role != Role.ADMIN:
            note = QLabel(self.tr("只有管理员可以修改期限规则和工作日历；您可以查看。"))
            note.setStyleSheet(ERROR_STYLE)
            layout.addWidget(note)
        layout.addWidget(tabs)
        layout.addWidget(close)
        self.resize(900, 560)

        self.rule_list.currentRowChanged.connect(self._show_rule)
        self.save_button.clicked.connect(self.save_rule)
        self.repeats.toggled.connect(self.every_amount.setEnabled)
        self.repeats.toggled.connect(self.every_unit.setEnabled)
        add_day.clicked.connect(self.add_day)
        remove_day.clicked.connect(self._remove_day)
        self._load()

    # --- rules ----------------------------------------------------------------------------
    def _load(self, select: int = 0) -> None:
        self.rules = self.deadlines.rules()
        self.rule_list.clear()
        for rule in self.rules:
            title = QCoreApplication.translate("DeadlineRule", rule.title)
            self.rule_list.addItem(title if rule.active else self.tr("（停用）") + title)
        self.rule_list.setCurrentRow(min(select, len(self.rules) - 1))
        self._load_days()

    def _show_rule(self, row: int) -> None:
        if not 0 <= row < len(self.rules):
            return
        rule = self.rules[row]
        self.title.setText(QCoreApplication.translate("DeadlineRule", rule.title))
        self.active.setChecked(rule.active)
        self.applies.setCurrentIndex(self.applies.findData(rule.applies))
        _set_span(self.opens_amount, self.opens_unit, rule.opens)
        _set_span(self.grace_amount, self.grace_unit, rule.grace)
        self.repeats.setChecked(rule.every is not None)
        _set_span(self.every_amount, self.every_unit, rule.every or Span(30, Unit.DAYS))
        self.every_amount.setEnabled(rule.every is not None)
        self.every_unit.setEnabled(rule.every is not None)
        for i in range(self.clears.count()):
            item = self.clears.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in rule.clears
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.message.clear()

    def edited_rule(self) -> Rule:
        rule = self.rules[self.rule_list.currentRow()]
        shown = QCoreApplication.translate("DeadlineRule", rule.title)
        title = self.title.text().strip()
        clears = frozenset(
            str(self.clears.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.clears.count())
            if self.clears.item(i).checkState() == Qt.CheckState.Checked
        )
        return dataclasses.replace(
            rule,
            # An unchanged title stays the built-in one, translated in every language.
            title=rule.title if title == shown or not title else title,
            active=self.active.isChecked(),
            applies=Applies(self.applies.currentData()),
            opens=Span(self.opens_amount.value(), Unit(self.opens_unit.currentData())),
            grace=Span(self.grace_amount.value(), Unit(self.grace_unit.currentData())),
            clears=clears,
            every=Span(self.every_amount.value(), Unit(self.every_unit.currentData()))
            if self.repeats.isChecked() and self.every_amount.value() > 0
            else None,
        )

    def save_rule(self) -> bool:
        row = self.rule_list.currentRow()
        if row < 0:
            return False
        rule = self.edited_rule()
        if not rule.clears:
            self._say(self.tr("请至少选择一种完成方式"), error=True)
            return False
        try:
            self.deadlines.save_rule(rule, self.staff)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return False
        self._load(row)
        self._say(self.tr("已保存；待办事项按新规则计算。"))
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #2e7d32;")
        self.message.setText(text)

    # --- calendar -------------------------------------------------------------------------
    def _load_days(self) -> None:
        since = dt.date(dt.date.today().year - 1, 1, 1)
        self.days.clear()
        for entry in self.deadlines.calendar_entries(since):
            kind = self.tr("调休上班") if entry.working else self.tr("节假日")
            source = self.tr("（国家规定）") if entry.national else self.tr("（本站标记）")
            weekday = QCoreApplication.translate("RulesDialog", WEEKDAYS[entry.day.weekday()])
            text = f"{entry.day.isoformat()}  {weekday}  {kind}"
            text += f"  {entry.note}{source}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (entry.day.isoformat(), entry.national))
            self.days.addItem(item)

    def add_day(self) -> bool:
        """Mark the days from … to … at once (a week of 国庆 is one step)."""
        first = self.day.date().toPython()
        last = self.last_day.date().toPython()
        try:
            self.deadlines.set_days(
                first,  # type: ignore[arg-type]
                last,  # type: ignore[arg-type]
                bool(self.day_kind.currentData()),
                self.staff,
                self.day_note.text().strip(),
            )
        except InvalidInput as exc:
            QMessageBox.warning(
                self, self.tr("工作日历"), "\n".join(error_text(e) for e in exc.errors)
            )
            return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("工作日历"), error_text(exc))
            return False
        self._load_days()
        return True

    def _remove_day(self) -> None:
        item = self.days.currentItem()
        if item is None:
            return
        value, national = item.data(Qt.ItemDataRole.UserRole)
        if national:
            QMessageBox.information(
                self,
                self.tr("工作日历"),
                self.tr(
                    "这是国家规定的日子，不能删除；如本站另有安排，请按实际情况重新标记这一天。"
                ),
            )
            return
        day = dt.date.fromisoformat(value)
        try:
            self.deadlines.set_day(day, None, self.staff)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("工作日历"), error_text(exc))
            return
        self._load_days()
