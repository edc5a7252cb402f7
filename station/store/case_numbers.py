"""Gap-free case numbers: the year's counter row is advanced inside the caller's write transaction,
so a rolled-back intake gives its number back and two workstations never get the same one."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from station.domain import case_number
from station.domain.case_number import CaseNumber


def allocate(session: Session, year: int) -> CaseNumber:
    """The next case number of ``year``; call inside a write transaction."""
    updated = session.execute(
        text("UPDATE case_counter SET last_sequence = last_sequence + 1 WHERE year = :y"),
        {"y": year},
    )
    if updated.rowcount == 0:  # type: ignore[attr-defined]
        session.execute(
            text("INSERT INTO case_counter (year, last_sequence) VALUES (:y, 1)"), {"y": year}
        )
        return CaseNumber(year, 1)
    sequence = session.execute(
        text("SELECT last_sequence FROM case_counter WHERE year = :y"), {"y": year}
    ).scalar_one()
    # next_after checks the range; the counter already holds the new value.
    return case_number.next_after(year, sequence - 1)
