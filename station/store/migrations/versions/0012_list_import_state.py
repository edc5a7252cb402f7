"""missing_list.import_state: whether a list's last import finished

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 16:00:00

A list import writes its rows in chunks, each its own transaction, so that a file of a million rows
neither holds the database nor is lost whole when the program dies. ``import_state`` is set to
``importing`` when an import begins and to ``complete`` (or ``stopped``, when the worker stopped it)
in the transaction of its last chunk: a list whose import was killed is shown as interrupted, and
importing the same file again resumes it. Lists imported before this column existed are complete.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("missing_list") as batch:
        batch.add_column(
            sa.Column(
                "import_state", sa.String(length=16), nullable=False, server_default="complete"
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("missing_list") as batch:
        batch.drop_column("import_state")
