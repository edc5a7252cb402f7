"""audit_event.prev_hash and hash: an audit trail that shows tampering

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 20:15:00

Every event carries the hash of the event before it and its own (see station.store.audit_chain);
the events already recorded are chained here in the order they were written. UPDATE and DELETE of
audit rows are refused by triggers from now on.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from station.store.audit_chain import GENESIS, POSTGRES_TRIGGERS, SQLITE_TRIGGERS, event_hash

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "id, at, staff_id, action, entity, entity_id, person_id, before_json, after_json"


def upgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    prev, last_id = GENESIS, 0
    update = sa.text("UPDATE audit_event SET prev_hash = :prev, hash = :hash WHERE id = :id")
    while True:
        rows = bind.execute(
            sa.text(f"SELECT {COLUMNS} FROM audit_event WHERE id > :last ORDER BY id LIMIT 5000"),
            {"last": last_id},
        ).all()
        if not rows:
            break
        params = []
        for row in rows:
            fields = dict(row._mapping)
            digest = event_hash(prev, fields)
            params.append({"prev": prev, "hash": digest, "id": fields["id"]})
            prev, last_id = digest, fields["id"]
        bind.execute(update, params)
    for statement in SQLITE_TRIGGERS if bind.dialect.name == "sqlite" else POSTGRES_TRIGGERS:
        bind.execute(sa.text(statement))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.execute(sa.text("DROP TRIGGER IF EXISTS audit_event_no_update"))
        bind.execute(sa.text("DROP TRIGGER IF EXISTS audit_event_no_delete"))
    else:
        bind.execute(sa.text("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event"))
        bind.execute(sa.text("DROP FUNCTION IF EXISTS audit_event_append_only()"))
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
