"""The server's tables."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class UserRecord(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(16))  # member | support | staff
    member_number: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")


class BudgetRecord(Base):
    __tablename__ = "budgets"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))


class RefreshTokenRecord(Base):
    __tablename__ = "refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(default=False)
    # The token this one replaced (auth.TokenService.rotate): revoked once this one is used.
    parent_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)


class ClientRecord(Base):
    """Smart's shared client database: every member searches it (reference_server/clients.py)."""

    __tablename__ = "clients"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the order's client.id
    type: Mapped[str] = mapped_column(String(32))  # desktop_app.domain.order.ClientType
    legal_name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, index=True)  # letters and digits, folded
    street: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(32), default="")
    city: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2))
    vat_id: Mapped[str] = mapped_column(String(64), default="")  # as entered
    vat_key: Mapped[str] = mapped_column(String(64), default="", index=True)  # no . or space
    invoice_email: Mapped[str] = mapped_column(String(320), default="")
    search_text: Mapped[str] = mapped_column(Text)  # folded name and city, see clients.py
    # name + VAT ID (or name + country/postal code without one): the duplicate check
    dedup_key: Mapped[str] = mapped_column(Text, unique=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AttachmentRecord(Base):
    """A file uploaded to an order; the content lives in the blob store under its sha256."""

    __tablename__ = "attachments"
    __table_args__ = (UniqueConstraint("order_id", "sha256", "kind"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200))  # sanitised, never a path
    media_type: Mapped[str] = mapped_column(String(64))  # sniffed from the content
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # attachment | proof
    uploaded_at: Mapped[datetime] = mapped_column(DateTime)


class OrderRecord(Base):
    __tablename__ = "orders"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # made by the client
    member_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(32))
    document: Mapped[str] = mapped_column(Text)  # the order's JSON as accepted
    submitted_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ClientLinkRecord(Base):
    """A client's confirmation link (e-mailed, no login). Only the token's sha256 is kept, so a
    leaked database does not hand out links; one current (not superseded) link per order."""

    __tablename__ = "client_links"
    __table_args__ = (
        Index(
            "ix_client_links_one_current",
            "order_id",
            unique=True,
            sqlite_where=text("superseded_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # set when a later approval sends a new link (after the client requested changes)
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    answer: Mapped[str | None] = mapped_column(String(32), nullable=True)  # accepted | ...
    answered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class MailOutboxRecord(Base):
    """The e-mails Smart "sends" (the reference server sends none). It keeps the plaintext link
    token so staff, the demo and tests can open the link: a stand-in for the client's inbox."""

    __tablename__ = "mail_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    link_id: Mapped[int | None] = mapped_column(ForeignKey("client_links.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(32))  # client_confirmation
    recipient: Mapped[str] = mapped_column(String(320))
    token: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SupportInspectionRecord(Base):
    """Which support user opened which order on which Berlin day (one timeline event each)."""

    __tablename__ = "support_inspections"
    __table_args__ = (UniqueConstraint("user_id", "order_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(DateTime)


class EventRecord(Base):
    """Every state change; ``seq`` is the changes feed's cursor."""

    __tablename__ = "events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    type: Mapped[str] = mapped_column(String(48))
    actor_role: Mapped[str] = mapped_column(String(16))  # member | staff | client | system
    status_from: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status_to: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    invoice_id: Mapped[str | None] = mapped_column(ForeignKey("invoices.id"), nullable=True)


class IdempotencyRecord(Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    key: Mapped[str] = mapped_column(String(200))
    request_hash: Mapped[str] = mapped_column(String(64))
    # None while the first request is still being processed (a duplicate then gets 409)
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    response: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class InvoiceRecord(Base):
    """An invoice made by the time rules from an order (see reference_server/invoices.py)."""

    __tablename__ = "invoices"
    __table_args__ = (UniqueConstraint("order_id", "number"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # "<order_id>-<number>"
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1..instalments, in invoice-date order
    instalments: Mapped[int] = mapped_column(Integer)
    invoice_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    net_cents: Mapped[int] = mapped_column(Integer)
    vat_rate: Mapped[str] = mapped_column(String(32))  # desktop_app.domain.vat.VatRate value
    vat_cents: Mapped[int] = mapped_column(Integer)
    gross_cents: Mapped[int] = mapped_column(Integer)
    # Kept per invoice: a later change of the server setting must not rewrite old invoices.
    contribution_percent: Mapped[str] = mapped_column(String(16))
    contribution_cents: Mapped[int] = mapped_column(Integer)
    lines: Mapped[str] = mapped_column(Text)  # JSON list of line objects
    change_request: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
