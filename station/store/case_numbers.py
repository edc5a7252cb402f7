"""Gap-free case numbers: the year's counter row is advanced inside the caller's write transaction,
so a rolled-back intake gives its number back and two workstations never get the same one."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from station.domain import case_number
from station.domain.case_number import CaseNumber


def allocate(session: Session, year: int) -> CaseNumber:
    """The next case number of ``year``; call inside a write transaction."""
    # The year's row is made once; a second workstation making it at the same moment waits for
    # the first and then finds it (ON CONFLICT), instead of failing on the unique key.
    session.execute(
        text(
            "INSERT INTO case_counter (year, last_sequence) VALUES (:y, 0)"
            " ON CONFLICT (year) DO NOTHING"
        ),
        {"y": year},
    )
    # The row stays locked by this transaction until it ends, so numbers are handed out in turn.
    sequence = session.execute(
        text(
            "UPDATE case_counter SET last_sequence = last_sequence + 1 WHERE year = :y"
            " RETURNING last_sequence"
        ),
        {"y": year},
    ).scalar_one()
    # next_after checks the range; the counter already holds the new value.
    return case_number.next_after(year, sequence - 1)
