"""Demo accounts (a member with two budgets, a staff and a support account) and the member's
orders in every status (demo_orders.py)."""

from __future__ import annotations

from sqlalchemy import select

from .accounts import create_user
from .clock import ServerClock
from .database import ServerDatabase
from .demo_orders import seed_demo_orders
from .records import UserRecord

DEMO_ACCOUNTS = {
    "member": ("demo@smart-orders.example", "demo-mitglied"),
    "staff": ("staff@smart-orders.example", "demo-smart"),
    "support": ("support@smart-orders.example", "demo-support"),
}


def seed_demo(db: ServerDatabase, clock: ServerClock | None = None) -> None:
    """Idempotent: a second start on the same database adds nothing. A database with other
    accounts but no demo member is left alone (demo data never mixes into real data)."""
    clock = clock or ServerClock()
    member_email, password = DEMO_ACCOUNTS["member"]
    with db.session() as session:
        member = session.scalar(select(UserRecord).where(UserRecord.email == member_email))
        if member is None:
            if session.scalar(select(UserRecord).limit(1)) is not None:
                return
            member = create_user(
                session,
                member_email,
                password,
                "member",
                member_number="M-10001",
                display_name="Jana Weber",
                budgets={"B-10001-1": "Persönliches Budget", "B-10001-2": "Kollektiv Lindenhof"},
            )
            for role in ("staff", "support"):
                email, password = DEMO_ACCOUNTS[role]
                create_user(session, email, password, role, display_name=f"Demo {role}")
        support_email = DEMO_ACCOUNTS["support"][0]
        support_id = session.scalar(select(UserRecord.id).where(UserRecord.email == support_email))
        seed_demo_orders(session, clock, member.id, support_id)
