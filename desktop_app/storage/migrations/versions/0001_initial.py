"""Initial schema: orders with line items, invoice dates and attachments.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "orders",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("budget", sa.String(200), nullable=False),
        sa.Column("client_type", sa.String(32), nullable=False),
        sa.Column("client_legal_name", sa.String(300), nullable=False),
        sa.Column("client_street", sa.String(300), nullable=False),
        sa.Column("client_postal_code", sa.String(20), nullable=False),
        sa.Column("client_city", sa.String(200), nullable=False),
        sa.Column("client_country", sa.String(2), nullable=False),
        sa.Column("client_vat_id", sa.String(32), nullable=False),
        sa.Column("client_invoice_email", sa.String(320), nullable=False),
        sa.Column("client_server_id", sa.String(64), nullable=True),
        sa.Column("contact_name", sa.String(300), nullable=False),
        sa.Column("contact_email", sa.String(320), nullable=False),
        sa.Column("order_description", sa.Text(), nullable=False),
        sa.Column("service_description", sa.Text(), nullable=False),
        sa.Column("service_start", sa.Date(), nullable=True),
        sa.Column("service_end", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("reduced_vat", sa.Boolean(), nullable=False),
        sa.Column("offer_valid_until", sa.Date(), nullable=True),
        sa.Column("skip_client_confirmation", sa.Boolean(), nullable=False),
        sa.Column("special_agreement", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("net_cents", sa.Integer(), nullable=False),
    )
    op.create_index("ix_orders_status", "orders", ["status"])
    op.create_index("ix_orders_updated_at", "orders", ["updated_at"])
    op.create_table(
        "line_items",
        sa.Column(
            "order_id",
            sa.String(36),
            sa.ForeignKey("orders.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.String(40), nullable=False),
        sa.Column("unit", sa.String(40), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
    )
    op.create_table(
        "invoice_dates",
        sa.Column(
            "order_id",
            sa.String(36),
            sa.ForeignKey("orders.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False),
    )
    op.create_index("ix_invoice_dates_day", "invoice_dates", ["day"])
    op.create_table(
        "attachments",
        sa.Column(
            "order_id",
            sa.String(36),
            sa.ForeignKey("orders.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("is_confirmation_proof", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_attachments_sha256", "attachments", ["sha256"])


def downgrade() -> None:
    op.drop_table("attachments")
    op.drop_table("invoice_dates")
    op.drop_table("line_items")
    op.drop_table("orders")
