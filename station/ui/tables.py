"""The read-only tables of records the pages and dialogs show: whole rows, one at a time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def record_table(headers: list[str]) -> QTableWidget:
    """Columns sized to their contents, the last one stretched; rows chosen whole, one at a time."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


@contextmanager
def filling(t: QTableWidget) -> Iterator[None]:
    """Fill a table in one go: columns sized to their contents once at the end, not after every
    cell (on a shown table of 6 000 to-do rows sizing after each cell took over ten minutes)."""
    header = t.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(header.count())]
    t.setUpdatesEnabled(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    try:
        yield
    finally:
        for c, mode in enumerate(modes[: header.count()]):
            header.setSectionResizeMode(c, mode)
        t.setUpdatesEnabled(True)


def fill_texts(t: QTableWidget, rows: list[list[str]]) -> None:
    with filling(t):
        t.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                t.setItem(r, c, QTableWidgetItem(value))
