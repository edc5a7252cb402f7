"""办理离站: one dialog for every kind of departure; the parts a kind needs are shown for it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from station.domain.departure import DepartureKind, EscortTrip, Relative
from station.domain.errors import FieldError, InvalidInput
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.services.departures import DepartureData
from station.services.forms import parse_cost
from station.services.placements import MSG_COST
from station.store.models import StaffPublic
from station.ui.casework_dialogs import Save, StepDialog
from station.ui.texts import vocab

DOCUMENTS = (
    QT_TRANSLATE_NOOP("DepartureDialog", "身份证"),
    QT_TRANSLATE_NOOP("DepartureDialog", "户口簿"),
    QT_TRANSLATE_NOOP("DepartureDialog", "派出所证明"),
    QT_TRANSLATE_NOOP("DepartureDialog", "村（居）委会证明"),
    QT_TRANSLATE_NOOP("DepartureDialog", "结婚证 / 出生证明"),
)


def _moment(edit: QDateTimeEdit) -> dt.datetime:
    return edit.dateTime().toPython().astimezone(dt.UTC)  # type: ignore[union-attr]


def _time_edit(now: dt.datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(now.astimezone()))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


class DepartureDialog(StepDialog):
    def __init__(
        self,
        now: dt.datetime,
        directors: list[StaffPublic],
        in_custody: list[str],
        save: Save,
        parent: QWidget | None = None,
        *,
        warning: str = "",
    ) -> None:
        super().__init__(self.tr("办理离站"), save, parent)
        e = self.errors
        if warning:
            strict = QLabel(warning)
            strict.setWordWrap(True)
            strict.setStyleSheet("color: #b71c1c; font-weight: bold;")
            self.form.addRow(strict)
        self.kind = QComboBox()
        for kind in DepartureKind:
            self.kind.addItem(vocab(kind.label), kind)
        self.departed_at = _time_edit(now)
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(self.tr("去往何处（地址、机构）"))
        e.add_row(self.form, self.tr("离站方式"), self.kind, "kind")
        e.add_row(self.form, self.tr("离站时间"), self.departed_at, "departed_at")
        self.form.addRow(self.tr("去向"), self.destination)
        self.health = QLineEdit()
        self.health.setMaxLength(2000)
        self.health.setPlaceholderText(self.tr("离站交接时的身体和精神状况、随带药品"))
        self.form.addRow(self.tr("离站时健康状况"), self.health)

        # 接领人
        self.relative_box = QGroupBox(self.tr("接领人（核实身份）"))
        rf = QFormLayout(self.relative_box)
        self.relative_name = QLineEdit()
        self.relative_id = QLineEdit()
        self.relative_id.setMaxLength(24)
        self.relationship = QLineEdit()
        self.relationship.setPlaceholderText(self.tr("例如：女儿、丈夫、哥哥"))
        self.relative_phone = QLineEdit()
        docs = QWidget()
        docs_row = QHBoxLayout(docs)
        docs_row.setContentsMargins(0, 0, 0, 0)
        self.documents = [
            QCheckBox(QCoreApplication.translate("DepartureDialog", d)) for d in DOCUMENTS
        ]
        for box, name in zip(self.documents, DOCUMENTS, strict=True):
            box.setProperty("document", name)
            docs_row.addWidget(box)
        e.add_row(rf, self.tr("姓名"), self.relative_name, "relative_name")
        e.add_row(rf, self.tr("身份证号"), self.relative_id, "relative_id_number")
        e.add_row(rf, self.tr("与受助人员关系"), self.relationship, "relative_relationship")
        rf.addRow(self.tr("电话"), self.relative_phone)
        e.add_row(rf, self.tr("已核验证件"), docs, "relative_documents")
        self.form.addRow(self.relative_box)

        # 护送
        self.trip_box = QGroupBox(self.tr("护送返乡"))
        tf = QFormLayout(self.trip_box)
        self.escorts = QLineEdit()
        self.escorts.setPlaceholderText(self.tr("两名以上，用逗号分开"))
        self.vehicle = QLineEdit()
        self.vehicle.setPlaceholderText(self.tr("车牌号，或火车 / 汽车班次和票号"))
        self.route = QLineEdit()
        self.trip_departed = _time_edit(now)
        self.trip_arrived = _time_edit(now)
        self.receiver = QLineEdit()
        self.receiver.setPlaceholderText(self.tr("接收的救助站、机构或家属"))
        self.handed_to = QLineEdit()
        self.handed_to.setPlaceholderText(self.tr("签收人姓名"))
        self.handed_at = _time_edit(now)
        e.add_row(tf, self.tr("护送人员"), self.escorts, "escorts")
        tf.addRow(self.tr("车辆 / 票据"), self.vehicle)
        tf.addRow(self.tr("路线"), self.route)
        tf.addRow(self.tr("出发时间"), self.trip_departed)
        e.add_row(tf, self.tr("到达时间"), self.trip_arrived, "arrived_at")
        e.add_row(tf, self.tr("接收方"), self.receiver, "receiver")
        tf.addRow(self.tr("交接人"), self.handed_to)
        tf.addRow(self.tr("交接时间"), self.handed_at)
        self.form.addRow(self.trip_box)

        # 批准、声明、现金、物品
        self.approver = QComboBox()
        self.approver.addItem(
            self.tr("（请选择批准的站长）") if warning else self.tr("（无需批准）"), None
        )
        for d in directors:
            # An administrator knows a temporary password: it cannot confirm an approval.
            label = (
                self.tr("{name}（尚未设置自己的密码，不能批准）").format(name=d.display_name)
                if d.must_change_password
                else d.display_name
            )
            self.approver.addItem(label, d.id)
        if warning and directors:
            self.approver.setCurrentIndex(1)
        e.add_row(self.form, self.tr("批准人（站长）"), self.approver, "approved_by")
        if warning and not any(not d.must_change_password for d in directors):
            no_director = QLabel(
                self.tr(
                    "本站还没有可以批准的站长账号：请管理员在“账号 → 账号管理”中为站长建立账号，"
                    "站长本人登录并设置自己的密码后，即可在此输入密码确认批准。"
                )
            )
            no_director.setObjectName("noDirector")
            no_director.setWordWrap(True)
            no_director.setStyleSheet("color: #b71c1c;")
            self.form.addRow("", no_director)
        self.approver_password = QLineEdit()
        self.approver_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.approver_password.setPlaceholderText(
            self.tr("由批准的站长本人输入（不能批准自己办理的离站）")
        )
        self.form.addRow(self.tr("站长确认密码"), self.approver_password)
        self.declaration = QCheckBox(self.tr("本人已签署《自行离站声明书》"))
        e.add_row(self.form, "", self.declaration, "declaration")
        self.cash = QLineEdit()
        self.cash.setPlaceholderText(self.tr("发放的现金或乘车凭证金额（元），没有则不填"))
        self.cash_receipt = QLineEdit()
        e.add_row(self.form, self.tr("现金 / 车票"), self.cash, "cash")
        e.add_row(self.form, self.tr("领取凭证编号"), self.cash_receipt, "cash_receipt")
        self.belongings_to = QLineEdit()
        if in_custody:
            self.belongings_to.setPlaceholderText(self.tr("交还给谁（本人或接领人姓名）"))
            e.add_row(
                self.form,
                self.tr("保管物品（{n} 件）").format(n=len(in_custody)),
                self.belongings_to,
                "belongings",
            )
            self.form.addRow("", QLabel("、".join(in_custody)))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(56)
        self.form.addRow(self.tr("备注"), self.notes)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.relative_name.textEdited.connect(self._offer_relative)
        self._kind_changed()
        self.resize(560, 0)

    def kind_value(self) -> DepartureKind:
        return DepartureKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind_value()
        self.relative_box.setTitle(
            self.tr("交接给的亲属（交给家属时填写）")
            if kind is DepartureKind.ESCORTED
            else self.tr("接领人（核实身份）")
        )
        self.form.setRowVisible(
            self.relative_box, kind in (DepartureKind.FAMILY_PICKUP, DepartureKind.ESCORTED)
        )
        self.form.setRowVisible(self.trip_box, kind is DepartureKind.ESCORTED)
        # The declaration sits in a box with its error line: hide the whole row.
        self.form.setRowVisible(self.declaration.parentWidget(), kind is DepartureKind.OWN_WILL)
        self.form.activate()
        self.scroll.widget().adjustSize()
        self.scroll.updateGeometry()
        self.fit()

    def _offer_relative(self, name: str) -> None:
        """Belongings usually go home with the relative who collects the person."""
        if not self.belongings_to.isModified():
            self.belongings_to.setText(name)

    def collect(self) -> DepartureData:
        try:
            cash = parse_cost(self.cash.text())
        except ValueError:
            raise InvalidInput([FieldError("cash", MSG_COST)]) from None
        kind = self.kind_value()
        relative = Relative()
        trip = EscortTrip()
        if kind in (DepartureKind.FAMILY_PICKUP, DepartureKind.ESCORTED):
            relative = Relative(
                self.relative_name.text().strip() or None,
                self.relative_id.text().strip() or None,
                self.relationship.text().strip() or None,
                self.relative_phone.text().strip() or None,
                [str(b.property("document")) for b in self.documents if b.isChecked()],
            )
        if kind is DepartureKind.ESCORTED:
            names = self.escorts.text().replace("，", ",").replace("、", ",").split(",")
            trip = EscortTrip(
                [n.strip() for n in names if n.strip()],
                self.vehicle.text().strip() or None,
                self.route.text().strip() or None,
                _moment(self.trip_departed),
                _moment(self.trip_arrived),
                self.receiver.text().strip() or None,
                self.handed_to.text().strip() or None,
                _moment(self.handed_at),
            )
        return DepartureData(
            kind=kind,
            departed_at=_moment(self.departed_at),
            destination=self.destination.text().strip() or None,
            notes=self.notes.toPlainText().strip() or None,
            health=self.health.text().strip() or None,
            relative=relative,
            trip=trip,
            approved_by=self.approver.currentData(),
            approver_password=self.approver_password.text() or None,
            declaration_signed=kind is DepartureKind.OWN_WILL and self.declaration.isChecked(),
            cash_fen=cash,
            cash_receipt=self.cash_receipt.text().strip() or None,
            belongings_to=self.belongings_to.text().strip() or None,
        )
