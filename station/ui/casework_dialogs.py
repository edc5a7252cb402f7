"""Dialogs that record a step of a case: a placement, a family-search attempt, a decision on the stay.

Each dialog hands its values to a ``save`` function (a service call). If the service refuses them, the
reasons appear under the fields and the dialog stays open with everything typed still there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QSize, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.domain.casework import (
    AttemptKind,
    AttemptResult,
    DecisionKind,
    LongStayOption,
    NameKind,
    PlacementKind,
)
from station.domain.clock import local_date
from station.domain.deadlines import Calendar
from station.domain.errors import FieldError, InvalidInput, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.services.family_search import AttemptData
from station.services.forms import BelongingData, belonging_amount, parse_cost
from station.services.placements import MSG_COST, PlacementData
from station.services.station_info import StationInfo
from station.store.case_models import SearchAttemptPublic
from station.ui.field_errors import ERROR_STYLE, FieldErrors
from station.ui.person_form import qdate
from station.ui.texts import error_text, vocab

Save = Callable[[Any], object]


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _text(edit: QLineEdit | QPlainTextEdit) -> str | None:
    text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
    return text.strip() or None


def _combo(values: list[Any]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(vocab(value.label), value)
    return combo


class FittingScroll(QScrollArea):
    """A scroll area as tall as what it holds, up to what the screen leaves for a dialog."""

    def __init__(self, body: QWidget) -> None:
        super().__init__()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        wanted = self.widget().sizeHint()
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() - 160 if screen else wanted.height()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(wanted.width() + bar, min(wanted.height(), max(200, room)))


class StepDialog(QDialog):
    """A form, inline errors, Save / Cancel; ``collect`` returns what to save or raises."""

    def __init__(self, title: str, save: Save, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.saved: object = None
        self._opened: list[object] | None = None  # the fields when first shown
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.banner = QLabel()
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # The form scrolls inside the dialog where the screen is too low for it (1366×768);
        # Save and Cancel stay in view.
        body = QWidget()
        body.setLayout(self.form)
        self.scroll = FittingScroll(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

    def collect(self) -> object:
        raise NotImplementedError

    def _typed(self) -> list[object]:
        """What the fields hold now, to tell whether anything was filled in since the dialog opened."""
        values: list[object] = []
        for w in self.findChildren(QWidget):
            if isinstance(w, QLineEdit):
                values.append(w.text())
            elif isinstance(w, QPlainTextEdit):
                values.append(w.toPlainText())
            elif isinstance(w, QComboBox):
                values.append(w.currentIndex())
            elif isinstance(w, QCheckBox):
                values.append(w.isChecked())
            elif isinstance(w, QDateTimeEdit):  # QDateEdit too
                values.append(w.dateTime().toString(Qt.DateFormat.ISODate))
        return values

    def showEvent(self, event: QShowEvent) -> None:
        if self._opened is None:
            self._opened = self._typed()
            # As tall as the form (the scroll area alone would let it open 120 px high), no
            # taller than the screen: FittingScroll caps its hint.
            self.fit()
        super().showEvent(event)

    def fit(self) -> None:
        """As tall as the form, up to what the screen allows (``adjustSize`` stops at 2/3)."""
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), hint.height())

    def reject(self) -> None:
        """取消, Esc or the close button: a form filled in is not thrown away without asking."""
        if self._opened is not None and self.saved is None and self._typed() != self._opened:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("已填写的内容还没有保存。确定放弃吗？"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def save(self) -> bool:
        self.errors.clear()
        self.banner.hide()
        try:
            self.saved = self._save(self.collect())
        except InvalidInput as exc:
            unplaced = self.errors.show(exc.errors)
            first = next((self.errors.widgets[e.field] for e in exc.errors
                          if e.field in self.errors.widgets), None)  # fmt: skip
            if first is not None:  # scrolled to, where the field said wrong is off-screen
                self.scroll.ensureWidgetVisible(first)
            if unplaced:
                self.banner.setText("\n".join(error_text(e) for e in unplaced))
                self.banner.show()
            return False
        except UserError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            return False
        self.accept()
        return True


class PlacementDialog(StepDialog):
    def __init__(self, today: dt.date, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("送医 / 安置"), save, parent)
        self.kind = _combo(list(PlacementKind))
        self.facility = QLineEdit()
        self.facility.setPlaceholderText(self.tr("医院、福利院或机构的名称"))
        self.started_on = _date_edit(today)
        self.ended = QCheckBox(self.tr("已结束（补记以前的安置）"))
        self.ended_on = _date_edit(today)
        self.ended_on.setEnabled(False)
        self.ended.toggled.connect(self.ended_on.setEnabled)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("送医原因、诊断或安置理由"))
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("元，例如 1200.50"))
        self.escort = QLineEdit()
        self.escort.setPlaceholderText(self.tr("护送的工作人员"))
        self.outcome = QPlainTextEdit()
        self.outcome.setFixedHeight(60)
        e = self.errors
        self.form.addRow(self.tr("去向"), self.kind)
        e.add_row(self.form, self.tr("医院 / 机构"), self.facility, "facility")
        e.add_row(self.form, self.tr("开始日期"), self.started_on, "started_on")
        self.form.addRow("", self.ended)
        e.add_row(self.form, self.tr("结束日期"), self.ended_on, "ended_on")
        self.form.addRow(self.tr("原因 / 诊断"), self.reason)
        e.add_row(self.form, self.tr("费用"), self.cost, "cost")
        self.form.addRow(self.tr("护送人员"), self.escort)
        self.form.addRow(self.tr("结果 / 备注"), self.outcome)
        self.resize(460, 0)

    def collect(self) -> PlacementData:
        try:
            cost = parse_cost(self.cost.text())
        except ValueError:
            raise InvalidInput([FieldError("cost", MSG_COST)]) from None
        return PlacementData(
            kind=PlacementKind(self.kind.currentData()),
            started_on=self.started_on.date().toPython(),  # type: ignore[arg-type]
            facility=_text(self.facility),
            ended_on=self.ended_on.date().toPython() if self.ended.isChecked() else None,  # type: ignore[arg-type]
            reason=_text(self.reason),
            cost_fen=cost,
            escort=_text(self.escort),
            outcome=_text(self.outcome),
        )


class EndPlacementDialog(StepDialog):
    def __init__(self, today: dt.date, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("结束当前安置"), save, parent)
        self.ended_on = _date_edit(today)
        self.outcome = QPlainTextEdit()
        self.outcome.setFixedHeight(60)
        self.outcome.setPlaceholderText(self.tr("例如：病情稳定出院，返回站内"))
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("元（不填则不变）"))
        self.errors.add_row(self.form, self.tr("结束日期"), self.ended_on, "ended_on")
        self.form.addRow(self.tr("结果"), self.outcome)
        self.errors.add_row(self.form, self.tr("费用"), self.cost, "cost")

    def collect(self) -> dict[str, Any]:
        try:
            cost = parse_cost(self.cost.text())
        except ValueError:
            raise InvalidInput([FieldError("cost", MSG_COST)]) from None
        return {
            "ended_on": self.ended_on.date().toPython(),
            "outcome": _text(self.outcome),
            "cost_fen": cost,
        }


class BelongingDialog(StepDialog):
    """接收保管物品: an item (or cash) taken into custody after intake."""

    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("接收保管物品"), save, parent)
        self.item = QLineEdit()
        self.item.setMaxLength(128)
        self.item.setPlaceholderText(self.tr("例如：旧手机、现金、身份证"))
        self.amount = QLineEdit("1")
        self.amount.setPlaceholderText(self.tr("件数；现金填金额，如 23.5元"))
        self.condition = QLineEdit()
        self.condition.setMaxLength(128)
        self.notes = QLineEdit()
        self.notes.setMaxLength(256)
        self.notes.setPlaceholderText(self.tr("例如：家属送来；在衣物中发现"))
        self.errors.add_row(self.form, self.tr("物品"), self.item, "belongings")
        self.form.addRow(self.tr("数量 / 金额"), self.amount)
        self.form.addRow(self.tr("状况"), self.condition)
        self.form.addRow(self.tr("备注"), self.notes)
        self.resize(420, 0)

    def collect(self) -> BelongingData:
        quantity, amount = belonging_amount(self.item.text(), self.amount.text()) or (0, None)
        return BelongingData(self.item.text(), quantity, _text(self.condition), _text(self.notes),
                             amount_fen=amount)  # fmt: skip


class CostDialog(StepDialog):
    """补记费用: a bill for a placement, added to what it has cost so far."""

    def __init__(self, what: str, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("补记费用"), save, parent)
        self.about = QLabel(what)
        self.about.setWordWrap(True)
        self.form.addRow(self.about)
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("元，例如 1200.50"))
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        self.note.setPlaceholderText(self.tr("例如：住院费结算单，票据号 …"))
        self.errors.add_row(self.form, self.tr("金额"), self.cost, "cost")
        self.form.addRow(self.tr("说明"), self.note)
        self.resize(420, 0)

    def collect(self) -> tuple[int | None, str | None]:
        try:
            cost = parse_cost(self.cost.text())
        except ValueError:
            raise InvalidInput([FieldError("cost", MSG_COST)]) from None
        return cost, _text(self.note)


class AttemptDialog(StepDialog):
    """记录寻亲, or — given an attempt — 更新寻亲记录: the same attempt followed up in place (its
    kind and time stay; the result, reference, notes and next follow-up change)."""

    def __init__(
        self,
        now: dt.datetime,
        save: Save,
        parent: QWidget | None = None,
        *,
        kind: AttemptKind | None = None,
        attempt: SearchAttemptPublic | None = None,
        calendar: Calendar | None = None,
    ) -> None:
        super().__init__(self.tr("更新寻亲记录") if attempt else self.tr("记录寻亲"), save, parent)
        self.attempt = attempt
        today = local_date(now)
        self.kind = _combo(list(AttemptKind))
        if attempt is not None:
            kind = AttemptKind(attempt.kind)
            now = attempt.at
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.at = QDateTimeEdit(QDateTime(now.astimezone()))
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        self.channel = QLineEdit()
        self.channel.setPlaceholderText(self.tr("例如：全国救助寻亲网、某某派出所、某电视台"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("公告编号、受理回执号等"))
        self.result = _combo(list(AttemptResult))
        self.follow = QCheckBox(self.tr("需要跟进"))
        follow = today + dt.timedelta(days=7)  # a week on, on a day someone is at work
        while calendar is not None and not calendar.is_working(follow):
            follow += dt.timedelta(days=1)
        self.follow_up_on = _date_edit(follow)
        self.follow_up_on.setEnabled(False)
        self.follow.toggled.connect(self.follow_up_on.setEnabled)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        e = self.errors
        self.form.addRow(self.tr("方式"), self.kind)
        e.add_row(self.form, self.tr("时间"), self.at, "at")
        self.form.addRow(self.tr("渠道 / 单位"), self.channel)
        self.form.addRow(self.tr("编号"), self.reference)
        self.form.addRow(self.tr("结果"), self.result)
        self.form.addRow("", self.follow)
        e.add_row(self.form, self.tr("下次跟进"), self.follow_up_on, "follow_up_on")
        self.form.addRow(self.tr("情况说明"), self.notes)
        self.result.setCurrentIndex(self.result.findData(AttemptResult.NONE))
        if attempt is not None:
            self.kind.setEnabled(False)
            self.at.setEnabled(False)
            self.channel.setText(attempt.channel or "")
            self.reference.setText(attempt.reference or "")
            self.result.setCurrentIndex(self.result.findData(AttemptResult(attempt.result)))
            self.notes.setPlainText(attempt.notes or "")
            self.follow.setChecked(False)  # the follow-up is this update: set the next one here
            if attempt.follow_up_on and attempt.follow_up_on > today:
                self.follow.setChecked(True)
                self.follow_up_on.setDate(qdate(attempt.follow_up_on))
            self.result.setFocus()
        self.resize(460, 0)

    def collect(self) -> AttemptData:
        at = self.at.dateTime().toPython().astimezone(dt.UTC)  # type: ignore[union-attr]
        return AttemptData(
            kind=AttemptKind(self.kind.currentData()),
            at=at,
            result=AttemptResult(self.result.currentData()),
            channel=_text(self.channel),
            reference=_text(self.reference),
            notes=_text(self.notes),
            follow_up_on=self.follow_up_on.date().toPython() if self.follow.isChecked() else None,  # type: ignore[arg-type]
        )


DECISION_HINTS = {
    DecisionKind.EXTENSION: QT_TRANSLATE_NOOP("DecisionDialog", "救助期满仍需留站时，登记延长到哪一天及理由。"),
    DecisionKind.LONG_STAY: QT_TRANSLATE_NOOP("DecisionDialog", "滞留超过 10 天仍未查明身份的，决定照料方式。"),
    DecisionKind.SETTLEMENT: QT_TRANSLATE_NOOP("DecisionDialog", "滞留超过 3 个月的，启动落户安置程序。"),
}  # fmt: skip


class DecisionDialog(StepDialog):
    def __init__(
        self, kind: DecisionKind, today: dt.date, save: Save, parent: QWidget | None = None
    ) -> None:
        super().__init__(vocab(kind.label), save, parent)
        self.kind = kind
        hint = QLabel(QCoreApplication.translate("DecisionDialog", DECISION_HINTS[kind]))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.option = _combo(list(LongStayOption))
        self.until_on = _date_edit(today + dt.timedelta(days=10))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        if kind is DecisionKind.LONG_STAY:
            self.errors.add_row(self.form, self.tr("照料方式"), self.option, "option")
        if kind is DecisionKind.EXTENSION:
            self.errors.add_row(self.form, self.tr("延长至"), self.until_on, "until_on")
        self.form.addRow(self.tr("理由 / 说明"), self.notes)
        self.resize(420, 0)

    def collect(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "option": LongStayOption(self.option.currentData())
            if self.kind is DecisionKind.LONG_STAY
            else None,
            "until_on": self.until_on.date().toPython()
            if self.kind is DecisionKind.EXTENSION
            else None,
            "notes": _text(self.notes),
        }


class NameDialog(StepDialog):
    """添加名字: a name the person is known by, and how it came to be known."""

    def __init__(
        self,
        save: Save,
        parent: QWidget | None = None,
        *,
        current: tuple[str, NameKind] | None = None,
    ) -> None:
        super().__init__(self.tr("添加名字"), save, parent)
        self.name = QLineEdit()
        self.name.setMaxLength(64)
        self.kind = _combo([k for k in NameKind if k is not NameKind.FORMER])
        self.keep_as = _combo(
            [NameKind.FORMER, NameKind.PLACEHOLDER, NameKind.SELF_REPORTED, NameKind.ALIAS]
        )
        hint = QLabel(
            self.tr(
                "选择“查明的真实姓名”或“落户后正式姓名”时，此名字成为此人的姓名，"
                "原来的姓名按下面的选择保留。"
            )
        )
        hint.setWordWrap(True)
        self.errors.add_row(self.form, self.tr("名字"), self.name, "name")
        self.form.addRow(self.tr("来源"), self.kind)
        label = (
            self.tr("原来的姓名“{name}”记为").format(name=current[0])
            if current
            else self.tr("原来的姓名记为")
        )
        if current is not None and self.keep_as.findData(current[1]) >= 0:
            self.keep_as.setCurrentIndex(self.keep_as.findData(current[1]))
        self.form.addRow(label, self.keep_as)
        self.form.addRow(hint)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(440, 0)

    def _kind_changed(self) -> None:
        self.keep_as.setEnabled(NameKind(self.kind.currentData()).becomes_name)

    def collect(self) -> tuple[str, NameKind, NameKind | None]:
        kind = NameKind(self.kind.currentData())
        keep = NameKind(self.keep_as.currentData()) if kind.becomes_name else None
        return self.name.text(), kind, keep


class StationInfoDialog(StepDialog):
    """本站信息: printed on forms; the province decides 本省 / 外省 in the statistics."""

    def __init__(self, info: StationInfo, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("本站信息"), save, parent)
        self.name = QLineEdit(info.name)
        self.name.setPlaceholderText(self.tr("例如：郑州市救助管理站"))
        self.province = QLineEdit(info.province)
        self.province.setPlaceholderText(self.tr("例如：河南省"))
        self.address = QLineEdit(info.address)
        self.phone = QLineEdit(info.phone)
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("所在省份"), self.province)
        self.form.addRow(self.tr("地址"), self.address)
        self.form.addRow(self.tr("电话"), self.phone)
        self.resize(460, 0)

    def collect(self) -> StationInfo:
        return StationInfo(
            self.name.text(), self.province.text(), self.address.text(), self.phone.text()
        )
