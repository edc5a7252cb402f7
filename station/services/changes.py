"""What tells a workstation that another one changed something: every change to the records is in
the audit trail, so the newest event's number moves whenever there is something new to show.

Logins and other account events are left out (they change no list). One indexed lookup from the
end of the trail: cheap enough to ask every few seconds from every workstation.
"""

from __future__ import annotations

from sqlalchemy import text

from station.store.database import Database


class ChangeWatch:
    def __init__(self, db: Database) -> None:
        self.db = db

    def latest(self) -> int:
        """The number of the newest change to the records (0 for a new station)."""
        with self.db.read() as s:
            value = s.execute(
                text(
                    "SELECT id FROM audit_event WHERE action NOT LIKE 'staff.%'"
                    " ORDER BY id DESC LIMIT 1"
                )
            ).scalar()
        return int(value or 0)
