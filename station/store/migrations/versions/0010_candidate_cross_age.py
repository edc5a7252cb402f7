"""match_candidate.cross_age: whether a candidate pair was a child's photo against an adult's

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 19:30:00

Kept with each candidate so that the station's decisions on cross-age pairs are reported apart
from the others and do not pull the adult bands' suggestions. Earlier candidates count as not
cross-age (their searches did not record it).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("match_candidate") as batch:
        batch.add_column(
            sa.Column("cross_age", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("match_candidate") as batch:
        batch.drop_column("cross_age")
