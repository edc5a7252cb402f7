"""departure.health: the person's health when handed over

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 19:00:00

The escort handover form and the family pickup form printed the health noted at intake, sometimes a
year before. The departure now records the health at the handover itself.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("departure") as batch:
        batch.add_column(sa.Column("health", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("departure") as batch:
        batch.drop_column("health")
