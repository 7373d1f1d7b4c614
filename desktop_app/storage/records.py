"""ORM records (the schema). Nothing outside storage sees these classes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class OrderRecord(Base):
    __tablename__ = "orders"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    budget: Mapped[str] = mapped_column(String(200), default="")
    client_type: Mapped[str] = mapped_column(String(32))
    client_legal_name: Mapped[str] = mapped_column(String(300), default="")
    client_street: Mapped[str] = mapped_column(String(300), default="")
    client_postal_code: Mapped[str] = mapped_column(String(20), default="")
    client_city: Mapped[str] = mapped_column(String(200), default="")
    client_country: Mapped[str] = mapped_column(String(2), default="DE")
    client_vat_id: Mapped[str] = mapped_column(String(32), default="")
    client_invoice_email: Mapped[str] = mapped_column(String(320), default="")
    client_server_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    contact_name: Mapped[str] = mapped_column(String(300), default="")
    contact_email: Mapped[str] = mapped_column(String(320), default="")
    order_description: Mapped[str] = mapped_column(Text, default="")
    service_description: Mapped[str] = mapped_column(Text, default="")
    service_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    service_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    reduced_vat: Mapped[bool] = mapped_column(Boolean, default=False)
    offer_valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    skip_client_confirmation: Mapped[bool] = mapped_column(Boolean, default=False)
    special_agreement: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    # Derived from the fields above on every save, so that lists need no joins.
    title: Mapped[str] = mapped_column(String(300), default="")
    net_cents: Mapped[int] = mapped_column(Integer, default=0)

    line_items: Mapped[list[LineItemRecord]] = relationship(
        cascade="all, delete-orphan", order_by="LineItemRecord.position", lazy="selectin"
    )
    invoice_dates: Mapped[list[InvoiceDateRecord]] = relationship(
        cascade="all, delete-orphan", order_by="InvoiceDateRecord.position", lazy="selectin"
    )
    attachments: Mapped[list[AttachmentRecord]] = relationship(
        cascade="all, delete-orphan", order_by="AttachmentRecord.position", lazy="selectin"
    )


class LineItemRecord(Base):
    __tablename__ = "line_items"

    order_id: Mapped[str] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # Decimal as text: exact, and SQLite has no decimal type.
    quantity: Mapped[str] = mapped_column(String(40))
    unit: Mapped[str] = mapped_column(String(40), default="")
    unit_price_cents: Mapped[int] = mapped_column(Integer)


class InvoiceDateRecord(Base):
    __tablename__ = "invoice_dates"

    order_id: Mapped[str] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)

    __table_args__ = (Index("ix_invoice_dates_day", "day"),)


class AttachmentRecord(Base):
    __tablename__ = "attachments"

    order_id: Mapped[str] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(64))
    is_confirmation_proof: Mapped[bool] = mapped_column(Boolean, default=False)


class OutboxRecord(Base):
    """A command for the server, written in the same transaction as the local change."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    order_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    error_code: Mapped[str] = mapped_column(String(64), default="")
    error_message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class TimelineEventRecord(Base):
    """An event from the server's changes feed; ``seq`` is the server's sequence number."""

    __tablename__ = "timeline_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    order_id: Mapped[str] = mapped_column(String(36), index=True)
    type: Mapped[str] = mapped_column(String(48))
    actor: Mapped[str] = mapped_column(String(16))
    status_from: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status_to: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    invoice_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class InvoiceRecord(Base):
    """An invoice as the server last reported it."""

    __tablename__ = "invoices"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    order_id: Mapped[str] = mapped_column(String(36), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(32))
    invoice_date: Mapped[date] = mapped_column(Date, index=True)
    currency: Mapped[str] = mapped_column(String(3))
    net_cents: Mapped[int] = mapped_column(Integer)
    vat_cents: Mapped[int] = mapped_column(Integer)
    gross_cents: Mapped[int] = mapped_column(Integer)
    contribution_cents: Mapped[int] = mapped_column(Integer)
    vat_rate: Mapped[str] = mapped_column(String(16))
    lines: Mapped[str] = mapped_column(Text, default="[]")
    change_request: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SyncStateRecord(Base):
    """Small key/value facts of the sync: cursor, account it belongs to, last success."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ClientCacheRecord(Base):
    """A client of Smart's shared database seen in a search, kept for offline searching."""

    __tablename__ = "client_cache"

    server_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(300))
    search_text: Mapped[str] = mapped_column(Text)  # folded name, city and VAT ID
    document: Mapped[str] = mapped_column(Text)  # the client's JSON as the server sent it
    seen_at: Mapped[datetime] = mapped_column(DateTime)


class DeliveredNotificationRecord(Base):
    """A notification already delivered (or deliberately not: old history), by its key."""

    __tablename__ = "delivered_notifications"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    delivered_at: Mapped[datetime] = mapped_column(DateTime)
