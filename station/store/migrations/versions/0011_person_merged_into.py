"""person.merged_into: a duplicate record merged into another one

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23 20:45:00

When two records turn out to be one person, the stays, photos, names, steps and documents of one
are moved to the other and the emptied record points to the one it was merged into (so that old
references, such as audit events, still lead to the person). Not a database foreign key: like
``latest_stay_id``, it may point to a record created later, which a table copied in id order
(``station migrate-db``) could not satisfy.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("merged_into", sa.Integer(), nullable=True))
        batch.create_index("ix_person_merged_into", ["merged_into"])


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_index("ix_person_merged_into")
        batch.drop_column("merged_into")
