"""staff accounts: failed-login count, lock-out time, password change required, password age

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 19:00:00

Repeated wrong passwords lock an account for a while; an administrator's reset makes the person
choose a new password at the next login.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import station.store.types

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.add_column(
            sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("locked_until", station.store.types.UTCDateTime(), nullable=True)
        )
        batch.add_column(
            sa.Column(
                "must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch.add_column(
            sa.Column("password_changed_at", station.store.types.UTCDateTime(), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        for name in (
            "password_changed_at",
            "must_change_password",
            "locked_until",
            "failed_logins",
        ):
            batch.drop_column(name)
