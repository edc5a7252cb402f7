"""belonging.amount_fen: money taken into custody, in 分

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 20:05:00

Cash was kept as a count ("现金 ×23"): 23.5 元 could not be written and the handover form printed
"23" without 元. A belonging may now carry an amount of money, exact in 分.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("belonging") as batch:
        batch.add_column(sa.Column("amount_fen", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("belonging") as batch:
        batch.drop_column("amount_fen")
