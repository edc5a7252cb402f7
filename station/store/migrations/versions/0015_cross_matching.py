"""match_run and work_lease: residents compared with every gallery by themselves

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 19:20:00

``match_run`` remembers, for each resident and gallery, the gallery's revision, the encoder and the
resident's photos (``probe_key``) it was last compared at: what differs from it is pending work,
and a run killed half way resumes where its last committed chunk ended. ``work_lease`` is held by
the one workstation running a piece of shared work (on a shared PostgreSQL), taken over when its
holder stops renewing it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import station.store.types

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "match_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("gallery", sa.String(length=64), nullable=False),
        sa.Column("encoder", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("probe_key", sa.String(length=64), nullable=False),
        sa.Column("candidates", sa.Integer(), nullable=False),
        sa.Column("ran_at", station.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("person_id", "gallery", "encoder"),
    )
    op.create_table(
        "work_lease",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("holder", sa.String(length=128), nullable=False),
        sa.Column("expires_at", station.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("work_lease")
    op.drop_table("match_run")
