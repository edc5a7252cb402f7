"""Reading a list file (CSV, Excel .xlsx or PFIF XML) as a header and numbered rows of text.

Chinese CSV files come from Excel as UTF-8 (with or without a BOM) or as GBK/GB18030; both are read.
Row numbers are the ones a person sees in Excel (the header is row 1), so a report can point at them;
for a PFIF file, the line of the XML where the person's record starts.
"""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.interop import pfif

MSG_MISSING = QT_TRANSLATE_NOOP("UserError", "找不到名单文件 {file}")
MSG_KIND = QT_TRANSLATE_NOOP(
    "UserError", "无法识别名单文件 {file} 的格式：请用 CSV、Excel（.xlsx）或 PFIF（.xml）文件"
)
MSG_EMPTY = QT_TRANSLATE_NOOP("UserError", "名单文件 {file} 是空的，或第一行没有列名")
MSG_ENCODING = QT_TRANSLATE_NOOP(
    "UserError", "名单文件 {file} 的文字编码无法识别（支持 UTF-8 和 GBK/GB18030）"
)
MSG_BAD_XLSX = QT_TRANSLATE_NOOP("UserError", "Excel 文件 {file} 已损坏或不是 .xlsx 格式：{reason}")
MSG_OLD_XLS = QT_TRANSLATE_NOOP(
    "UserError",
    "名单文件 {file} 是旧版 Excel（.xls）格式，请在 Excel 中另存为 .xlsx 或 CSV 后再导入",
)
MSG_READ = QT_TRANSLATE_NOOP("UserError", "无法读取名单文件 {file}：{reason}")

SAMPLE_BYTES = 256 * 1024


@dataclass(frozen=True)
class Table:
    """A list file opened for reading: ``rows()`` may be iterated more than once."""

    path: Path
    kind: str  # csv, xlsx or pfif
    headers: list[str]
    encoding: str | None = None
    delimiter: str = ","
    pfif_scan: pfif.PfifScan | None = field(default=None, compare=False)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number as shown in Excel, cells as text padded to the headers), skipping empty rows."""
        if self.pfif_scan is not None:
            yield from pfif.rows(self.path, self.pfif_scan)
            return
        source = _csv_rows(self) if self.kind == "csv" else _xlsx_rows(self.path)
        width = len(self.headers)
        for number, cells in source:
            if number == 1:
                continue
            if not any(c.strip() for c in cells):
                continue
            yield number, (cells + [""] * width)[:width]

    def count(self) -> int:
        if self.pfif_scan is not None:
            return self.pfif_scan.persons
        return sum(1 for _ in self.rows())


def open_table(path: Path) -> Table:
    if not path.is_file():
        raise UserError(MSG_MISSING, file=str(path))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise UserError(MSG_OLD_XLS, file=path.name)
    if suffix == ".xlsx":
        headers = next((cells for _, cells in _xlsx_rows(path)), None)
        return _with_headers(Table(path, "xlsx", []), headers)
    if suffix == ".xml":
        return Table(path, "pfif", list(pfif.COLUMNS), pfif_scan=pfif.scan(path))
    if suffix in (".csv", ".txt", ".tsv"):
        encoding, sample = _detect_encoding(path)
        delimiter = _delimiter(sample)
        table = Table(path, "csv", [], encoding, delimiter)
        headers = next((cells for _, cells in _csv_rows(table)), None)
        return _with_headers(table, headers)
    raise UserError(MSG_KIND, file=path.name)


def _with_headers(table: Table, headers: list[str] | None) -> Table:
    headers = [h.strip() for h in headers or []]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise UserError(MSG_EMPTY, file=table.path.name)
    named = [h or f"#{i + 1}" for i, h in enumerate(headers)]
    return Table(table.path, table.kind, named, table.encoding, table.delimiter)


def _detect_encoding(path: Path) -> tuple[str, str]:
    try:
        with path.open("rb") as f:
            raw = f.read(SAMPLE_BYTES)
    except OSError as exc:
        raise UserError(MSG_READ, file=path.name, reason=exc.strerror or str(exc)) from exc
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            # A sample may end inside a character: allow a cut one to three bytes short.
            text = (
                raw.decode(encoding) if len(raw) < SAMPLE_BYTES else _decode_prefix(raw, encoding)
            )
        except UnicodeDecodeError:
            continue
        return encoding, text
    raise UserError(MSG_ENCODING, file=path.name)


def _decode_prefix(raw: bytes, encoding: str) -> str:
    for cut in range(4):
        try:
            return raw[: len(raw) - cut].decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError(encoding, raw, 0, 1, "undecodable")


def _delimiter(sample: str) -> str:
    first = sample.splitlines()[0] if sample else ""
    return max([",", "\t", ";"], key=first.count)


def _csv_rows(table: Table) -> Iterator[tuple[int, list[str]]]:
    assert table.encoding is not None
    try:
        with table.path.open(encoding=table.encoding, newline="") as f:
            yield from enumerate(csv.reader(f, delimiter=table.delimiter), start=1)
    except UnicodeDecodeError as exc:
        raise UserError(MSG_ENCODING, file=table.path.name) from exc
    except (OSError, csv.Error) as exc:
        raise UserError(MSG_READ, file=table.path.name, reason=str(exc)) from exc


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise UserError(
            MSG_BAD_XLSX, file=path.name, reason=str(exc) or type(exc).__name__
        ) from exc
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell_text(v) for v in values]
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UserError(
            MSG_BAD_XLSX, file=path.name, reason=str(exc) or type(exc).__name__
        ) from exc
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
