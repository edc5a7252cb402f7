"""The statistics report as an Excel workbook, laid out like the stations' monthly report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from station.domain.i18n import QT_TRANSLATE_NOOP
from station.interop.atomic import replacing
from station.interop.cells import xlsx_append

SHEET = QT_TRANSLATE_NOOP("Statistics", "统计")
TITLE = QT_TRANSLATE_NOOP("Statistics", "{station}统计报表（{start} 至 {end}）")
HEADINGS = (
    QT_TRANSLATE_NOOP("Statistics", "项目"),
    QT_TRANSLATE_NOOP("Statistics", "数量"),
    QT_TRANSLATE_NOOP("Statistics", "有线索"),
    QT_TRANSLATE_NOOP("Statistics", "已确认"),
)


class _Line(Protocol):
    label: str
    value: float | int | None
    detail: dict[str, int]


class _Report(Protocol):
    start: object
    end: object
    station: str
    sections: dict[str, list[_Line]]


def write(
    path: Path,
    report: _Report,
    *,
    station: str | None = None,
    section_titles: dict[str, str],
    translate: Callable[[str], str] = lambda t: t,
) -> None:
    """Write atomically (the file appears whole or not at all)."""
    book = Workbook()
    sheet = book.active
    sheet.title = translate(SHEET)[:31]
    name = report.station if station is None else station
    title = translate(TITLE).format(station=name, start=report.start, end=report.end)
    xlsx_append(sheet, [title])
    sheet["A1"].font = Font(bold=True, size=14)
    xlsx_append(sheet, [translate(h) for h in HEADINGS])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for key, lines in report.sections.items():
        xlsx_append(sheet, [translate(section_titles[key])])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        for line in lines:
            row = ["    " + translate(line.label), line.value]
            if line.detail:
                row += [line.detail.get("lead", 0), line.detail.get("confirmed", 0)]
            xlsx_append(sheet, row)
    sheet.column_dimensions["A"].width = 44
    for column in "BCD":
        sheet.column_dimensions[column].width = 12
    for row in sheet.iter_rows(min_row=2):
        for cell in row[1:]:
            cell.alignment = Alignment(horizontal="right")
    with replacing(path) as tmp:
        book.save(tmp)
