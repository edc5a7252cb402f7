"""比对阈值: the similarity bands' limits, how they did on the station's decisions, suggestions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.domain.enums import Role
from station.domain.errors import UserError
from station.domain.matching import Band, Bands, Limits
from station.services.bands import MIN_EXCLUDED, BandRow, BandService
from station.store.models import StaffPublic
from station.ui.texts import error_text


def _band(band: Band) -> str:
    return QCoreApplication.translate("Band", band.label)


def _limit() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 2.0)
    box.setDecimals(3)
    box.setSingleStep(0.005)
    return box


class LimitsPanel(QWidget):
    """One set of limits: how the station's decisions fell in its bands, the limits, a suggestion."""

    def __init__(self, intro: str, editable: bool, *, cross_age: bool) -> None:
        super().__init__()
        self.suggested: Limits | None = None
        text = QLabel(intro)
        text.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("档次"), self.tr("距离上限"), self.tr("已确认"), self.tr("已排除")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.strong, self.possible, self.weak = _limit(), _limit(), _limit()
        if cross_age:
            self.strong.setSpecialValueText(self.tr("0（不标此档）"))
        form = QFormLayout()
        form.addRow(_band(Band.STRONG), self.strong)
        form.addRow(_band(Band.POSSIBLE), self.possible)
        form.addRow(_band(Band.WEAK), self.weak)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.use_suggestion = QPushButton(self.tr("采用建议值"))
        self.use_suggestion.clicked.connect(self._fill_suggestion)
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.use_suggestion)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(suggestion_row)
        for box in (self.strong, self.possible, self.weak):
            box.setReadOnly(not editable)
        self.use_suggestion.setEnabled(editable)

    def show_report(
        self, limits: Limits, rows: list[BandRow], excluded: int, suggested: Limits | None
    ) -> None:
        self.table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            if entry.upper is None:
                upper = self.tr("其余")
            elif entry.upper <= 0:
                upper = self.tr("不标此档")
            else:
                upper = f"≤ {entry.upper:.3f}"
            texts = (_band(entry.band), upper, str(entry.confirmed), str(entry.excluded))
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.show_limits(limits)
        self.suggested = suggested
        if suggested is None:
            self.suggestion.setText(
                self.tr("已排除的候选人还不够多（{n} 个，至少需要 {min} 个），暂无建议值。").format(
                    n=excluded, min=MIN_EXCLUDED
                )
            )
        else:
            self.suggestion.setText(
                self.tr(
                    "建议值（由 {n} 个排除判断得出，使 1% / 5% / 20% 的已排除者落在各档以内）："
                    "{strong:.3f} / {possible:.3f} / {weak:.3f}"
                ).format(n=excluded, **suggested._asdict())
            )
        self.use_suggestion.setVisible(suggested is not None)

    def show_limits(self, limits: Limits) -> None:
        self.strong.setValue(limits.strong)
        self.possible.setValue(limits.possible)
        self.weak.setValue(limits.weak)

    def limits(self) -> Limits:
        return Limits(*(round(box.value(), 3) for box in (self.strong, self.possible, self.weak)))

    def _fill_suggestion(self) -> None:
        if self.suggested is not None:
            self.show_limits(self.suggested)


class BandsDialog(QDialog):
    def __init__(self, bands: BandService, staff: StaffPublic, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.staff = bands, staff
        self.setWindowTitle(self.tr("比对阈值"))
        self.resize(640, 500)
        admin = staff.role == Role.ADMIN
        self.same = LimitsPanel(
            self.tr(
                "人脸距离越小越像。各档的距离上限按东亚人脸照片测定：默认值下，不同的人落入"
                "“高度相似”约 0.1%，落入“可能相似”及以内约 1%。下表是本站已确认和已排除的候选人"
                "落在各档的人数，可据此调整。任何一档都只是提示，每位候选人都须由工作人员核对判断。"
            ),
            admin,
            cross_age=False,
        )
        self.cross = LimitsPanel(
            self.tr(
                "一张是儿童时的照片、一张是成年后的照片时，按这里的上限分档。跨年龄的默认值未经测定"
                "（没有同一批人童年和成年的标注照片），与同龄照片相同，但不标“高度相似”。本站对跨年龄"
                "候选的确认和排除在此另计，积累足够后给出建议值。"
            ),
            admin,
            cross_age=True,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.same, self.tr("同龄照片"))
        self.tabs.addTab(self.cross, self.tr("跨年龄（儿童对成人）"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(admin)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        if not admin:
            layout.addWidget(QLabel(self.tr("只有管理员可以修改比对阈值；您可以查看。")))
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        report = self.service.report()
        self.same.show_report(report.bands.limits(), report.rows, report.excluded, report.suggested)
        self.cross.show_report(
            report.bands.limits(cross_age=True),
            report.cross_age_rows,
            report.cross_excluded,
            report.cross_suggested,
        )

    def save(self) -> None:
        bands = Bands.from_limits(self.same.limits(), self.cross.limits())
        try:
            self.service.save(bands, self.staff)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), error_text(exc))
            return
        self.refresh()
        QMessageBox.information(
            self, self.tr("比对阈值"), self.tr("已保存；此后的比对按新阈值分档。")
        )
