"""统计: the monthly report's figures for any period, a chart, and the Excel export."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.clock import local_date
from station.domain.errors import UserError
from station.interop import report_xlsx
from station.services.statistics import SECTIONS, Report, StatisticsService
from station.ui.texts import error_text


def label_text(label: str) -> str:
    """A report label in the interface language (report labels or vocabulary)."""
    text = QCoreApplication.translate("Statistics", label)
    return QCoreApplication.translate("Vocabulary", label) if text == label else text


class StatsPage(QWidget):
    def __init__(self, statistics: StatisticsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statistics = statistics
        self.report: Report | None = None
        today = local_date(statistics.now())
        first = today.replace(day=1)
        self.start = QDateEdit(QDate(first.year, first.month, first.day))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.preset = QComboBox()
        self.preset.addItem(self.tr("本月"), "month")
        self.preset.addItem(self.tr("上月"), "last_month")
        self.preset.addItem(self.tr("今年"), "year")
        self.preset.addItem(self.tr("自定义"), "custom")
        self.run_button = QPushButton(self.tr("统计"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.preset)
        top.addWidget(QLabel(self.tr("从")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("至")))
        top.addWidget(self.end)
        top.addWidget(self.run_button)
        top.addStretch()
        top.addWidget(self.export_button)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("项目"), self.tr("数量"), self.tr("说明")])
        self.chart = QChart()
        self.chart.legend().hide()
        # One pair of axes for the page's life: an axis removed and replaced on each report
        # stayed drawn under the new one (two sets of numbers on top of each other).
        self.kinds_axis = QBarCategoryAxis()
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.chart.addAxis(self.kinds_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(self.chart_view)
        split.setSizes([520, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.preset.currentIndexChanged.connect(self._preset)
        self.run_button.clicked.connect(self.run)
        self.export_button.clicked.connect(self._export)
        self.run()

    def _preset(self) -> None:
        today = local_date(self.statistics.now())
        kind = self.preset.currentData()
        if kind == "month":
            start, end = today.replace(day=1), today
        elif kind == "last_month":
            end = today.replace(day=1) - dt.timedelta(days=1)
            start = end.replace(day=1)
        elif kind == "year":
            start, end = today.replace(month=1, day=1), today
        else:
            return
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))
        self.run()

    def run(self) -> Report | None:
        try:
            report = self.statistics.report(
                self.start.date().toPython(),  # type: ignore[arg-type]
                self.end.date().toPython(),  # type: ignore[arg-type]
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("统计"), error_text(exc))
            return None
        self.report = report
        self.tree.clear()
        for key, lines in report.sections.items():
            group = QTreeWidgetItem([QCoreApplication.translate("Statistics", SECTIONS[key])])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for line in lines:
                value = "—" if line.value is None else f"{line.value:g}"
                note = (
                    self.tr("有线索 {lead}，确认 {confirmed}").format(**line.detail)
                    if line.detail and line.value
                    else ""
                )
                item = QTreeWidgetItem([label_text(line.label), value, note])
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                group.addChild(item)
            group.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._draw(report)
        self.export_button.setEnabled(True)
        return report

    def _draw(self, report: Report) -> None:
        """Departures by kind as horizontal bars (the labels stay readable at any width)."""
        self.chart.removeAllSeries()
        lines = [
            x
            for x in report.sections["departures"]
            if x.key.startswith("departure.") or x.key == "unrecorded"
        ]
        lines.reverse()  # the first kind at the top
        bars = QBarSet(self.tr("人次"))
        names = []
        for line in lines:
            bars.append(float(line.value or 0))
            names.append(label_text(line.label))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        self.kinds_axis.setCategories(names)
        top = max([int(line.value or 0) for line in lines] + [1])
        step = max(1, math.ceil(top / 5))
        ticks = math.ceil(top / step)
        self.count_axis.setRange(0, step * ticks)
        self.count_axis.setTickCount(ticks + 1)  # whole numbers only: a count of people
        series.attachAxis(self.kinds_axis)
        series.attachAxis(self.count_axis)
        self.chart.setTitle(
            self.tr("离站方式（{start} 至 {end}）").format(start=report.start, end=report.end)
        )

    def _export(self) -> None:
        if self.report is None:
            return
        name = self.tr("统计报表_{start}_{end}.xlsx").format(
            start=self.report.start, end=self.report.end
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), name, "Excel (*.xlsx)")
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> bool:
        assert self.report is not None
        try:
            report_xlsx.write(path, self.report, section_titles=SECTIONS, translate=label_text)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("导出 Excel"), error_text(exc))
            return False
        return True
