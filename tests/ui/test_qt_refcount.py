"""The interpreter and PySide6 in use keep None alive across void Qt calls (see station.ui.refcount).

On PySide6 6.12.0 with Python 3.11 each of these calls lost one reference to None and the window
aborted after enough refreshes; these tests fail on such a pair, whatever the version numbers say.
"""

import sys

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from station.ui import refcount


def test_void_calls_on_a_table_lose_no_reference_to_none(qapp):
    table = QTableWidget(10, 3)
    items = [QTableWidgetItem(str(i)) for i in range(1000)]
    brush = QBrush(QColor("#fde2e2"))
    before = sys.getrefcount(None)
    for i, item in enumerate(items):  # the calls the to-do page and the resident list make
        table.setRowCount(10)
        table.setItem(i % 10, i % 3, item)
        item.setBackground(brush)
        table.selectRow(i % 10)
    lost = before - sys.getrefcount(None)
    # A sound pair moves None's count only by the few references other code takes meanwhile.
    assert abs(lost) < 50, f"{lost} references to None lost in 4 000 void Qt calls"


def test_the_check_the_self_test_runs_finds_nothing_lost(qapp):
    assert refcount.none_references_lost(1000) == 0


def test_this_python_makes_none_immortal():
    """Station requires 3.12+ (pyproject.toml): a crash of this kind cannot happen there at all."""
    assert sys.version_info >= (3, 12)
