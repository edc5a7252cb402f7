"""Case numbers ``YYYY-NNNNNN``: the admission year and a gap-free sequence within that year.

Allocation (the counter row updated inside the intake transaction) lives in the store; this module only
formats and parses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP

_PATTERN = re.compile(r"^(\d{4})-(\d{6})$")
MAX_SEQUENCE = 999_999

MSG_FORMAT = QT_TRANSLATE_NOOP(
    "UserError", "案件编号 {value} 的格式应为 年份-六位序号，例如 2026-000123"
)
MSG_FULL = QT_TRANSLATE_NOOP("UserError", "{year} 年的案件编号已用完（最多 999999 个）")


@dataclass(frozen=True, order=True)
class CaseNumber:
    year: int
    sequence: int

    def __post_init__(self) -> None:
        if not 1900 <= self.year <= 9999 or not 1 <= self.sequence <= MAX_SEQUENCE:
            raise UserError(MSG_FORMAT, value=f"{self.year}-{self.sequence}")

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.sequence:06d}"


def parse(text: str) -> CaseNumber:
    match = _PATTERN.match(text.strip())
    if not match:
        raise UserError(MSG_FORMAT, value=text)
    return CaseNumber(int(match.group(1)), int(match.group(2)))


def next_after(year: int, last_sequence: int) -> CaseNumber:
    if last_sequence >= MAX_SEQUENCE:
        raise UserError(MSG_FULL, year=year)
    return CaseNumber(year, last_sequence + 1)
