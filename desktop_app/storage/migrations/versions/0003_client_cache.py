"""Smart's client database, cached for searching offline.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client_cache",
        sa.Column("server_id", sa.String(64), primary_key=True),
        sa.Column("legal_name", sa.String(300), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("client_cache")
