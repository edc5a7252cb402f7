"""attempts counted by kind and result over a period: index (kind, result, at)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 14:50:00

The statistics count a period's attempts per kind and result. With (at, kind, result) SQLite read
the whole period and sorted it into groups (a million attempts over five years: ~1 s); with
(kind, result, at) it seeks each kind and result and counts the period's range in order (~0.16 s).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_search_attempt_at_kind_result", "search_attempt")
    op.create_index("ix_search_attempt_kind_result_at", "search_attempt", ["kind", "result", "at"])


def downgrade() -> None:
    op.drop_index("ix_search_attempt_kind_result_at", "search_attempt")
    op.create_index("ix_search_attempt_at_kind_result", "search_attempt", ["at", "kind", "result"])
