"""The audit trail shows tampering: rows cannot be changed or deleted, and check names a break."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from station.services.integrity import C_AUDIT_CHAIN
from tests.factories import intake


def test_audit_rows_cannot_be_changed_and_a_forged_row_breaks_the_chain(
    services, admin, clock, backend
):
    for name in ("甲", "乙", "丙"):
        services.intake.register(intake(admitted_at=clock.now, name=name), admin)
    assert not [f for f in services.integrity.check().findings if f.template == C_AUDIT_CHAIN]

    for statement in ("UPDATE audit_event SET action = 'x' WHERE id = 2",
                      "DELETE FROM audit_event WHERE id = 2"):  # fmt: skip
        with pytest.raises(DatabaseError, match="append-only"), services.db.write() as s:
            s.execute(text(statement))

    # Someone with the database's own tools drops the triggers and rewrites an event.
    with services.db.engine.begin() as conn:
        if backend == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_event_append_only ON audit_event")
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM audit_event ORDER BY id")]
        conn.exec_driver_sql(f"UPDATE audit_event SET after_json = '{{}}' WHERE id = {ids[1]}")
    (finding,) = [f for f in services.integrity.check().findings if f.template == C_AUDIT_CHAIN]
    assert finding.params["id"] == ids[1] and f"编号 {ids[1]}" in finding.message
