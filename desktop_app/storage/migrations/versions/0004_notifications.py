"""Notifications delivered once: their keys and when.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "delivered_notifications",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("delivered_notifications")
