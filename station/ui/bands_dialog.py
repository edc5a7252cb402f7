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
    QVBoxLayout,
    QWidget,
)

from station.domain.enums import Role
from station.domain.errors import UserError
from station.domain.matching import Band, Bands
from station.services.bands import MIN_EXCLUDED, BandService
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


class BandsDialog(QDialog):
    def __init__(self, bands: BandService, staff: StaffPublic, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.staff = bands, staff
        self.setWindowTitle(self.tr("比对阈值"))
        self.resize(620, 430)
        intro = QLabel(
            self.tr(
                "人脸距离越小越像。各档的距离上限按东亚人脸照片测定：默认值下，不同的人落入"
                "“高度相似”约 0.1%，落入“可能相似”及以内约 1%。下表是本站已确认和已排除的候选人"
                "落在各档的人数，可据此调整。任何一档都只是提示，每位候选人都须由工作人员核对判断。"
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("档次"), self.tr("距离上限"), self.tr("已确认"), self.tr("已排除")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cross_age = QLabel()
        self.cross_age.setWordWrap(True)
        self.strong, self.possible, self.weak = _limit(), _limit(), _limit()
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
        admin = staff.role == Role.ADMIN
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(admin)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.cross_age)
        layout.addLayout(form)
        layout.addLayout(suggestion_row)
        if not admin:
            layout.addWidget(QLabel(self.tr("只有管理员可以修改比对阈值；您可以查看。")))
            for box in (self.strong, self.possible, self.weak):
                box.setReadOnly(True)
            self.use_suggestion.setEnabled(False)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        report = self.service.report()
        self.table.setRowCount(len(report.rows))
        for row, entry in enumerate(report.rows):
            upper = f"≤ {entry.upper:.3f}" if entry.upper is not None else self.tr("其余")
            texts = (_band(entry.band), upper, str(entry.confirmed), str(entry.excluded))
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        cross = report.cross_age_rows
        self.cross_age.setText(
            self.tr(
                "跨年龄候选（儿童照片对成人照片）另计，不计入上表和建议值：已确认 {c} 个"
                "（其中落在“高度相似”距离内 {s} 个），已排除 {e} 个。"
            ).format(
                c=sum(r.confirmed for r in cross),
                s=cross[0].confirmed if cross else 0,
                e=sum(r.excluded for r in cross),
            )
        )
        self._show(report.bands)
        self.suggested = report.suggested
        if report.suggested is None:
            self.suggestion.setText(
                self.tr("已排除的候选人还不够多（{n} 个，至少需要 {min} 个），暂无建议值。").format(
                    n=report.excluded, min=MIN_EXCLUDED
                )
            )
        else:
            s = report.suggested
            self.suggestion.setText(
                self.tr(
                    "建议值（由 {n} 个排除判断得出，使 1% / 5% / 20% 的已排除者落在各档以内）："
                    "{strong:.3f} / {possible:.3f} / {weak:.3f}"
                ).format(n=report.excluded, strong=s.strong, possible=s.possible, weak=s.weak)
            )
        self.use_suggestion.setVisible(report.suggested is not None)

    def _show(self, bands: Bands) -> None:
        self.strong.setValue(bands.strong)
        self.possible.setValue(bands.possible)
        self.weak.setValue(bands.weak)

    def _fill_suggestion(self) -> None:
        if self.suggested is not None:
            self._show(self.suggested)

    def save(self) -> None:
        bands = Bands(
            round(self.strong.value(), 3),
            round(self.possible.value(), 3),
            round(self.weak.value(), 3),
        )
        try:
            self.service.save(bands, self.staff)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), error_text(exc))
            return
        self.refresh()
        QMessageBox.information(
            self, self.tr("比对阈值"), self.tr("已保存；此后的比对按新阈值分档。")
        )
