"""person.family_contact and missing_record.household_place: the facts an identity brings

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 22:00:00

When a list record is confirmed as a resident, the worker takes its facts over into the case file:
the family's contact (a list's 联系人 / 联系电话) now has a place on the person, and a list's
户籍地 / 家庭住址 column a place on the record, so that neither is kept only in the raw row.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("family_contact", sa.String(length=256), nullable=True))
    with op.batch_alter_table("missing_record") as batch:
        batch.add_column(sa.Column("household_place", sa.String(length=256), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("missing_record") as batch:
        batch.drop_column("household_place")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("family_contact")
