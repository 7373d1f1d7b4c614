"""Demo accounts: a member with two budgets, a staff and a support account."""

from __future__ import annotations

from sqlalchemy import select

from .accounts import create_user
from .database import ServerDatabase
from .records import UserRecord

DEMO_ACCOUNTS = {
    "member": ("demo@smart-orders.example", "demo-mitglied"),
    "staff": ("staff@smart-orders.example", "demo-smart"),
    "support": ("support@smart-orders.example", "demo-support"),
}


def seed_demo(db: ServerDatabase) -> None:
    """Idempotent: a second start on the same database adds nothing."""
    with db.session() as session:
        if session.scalar(select(UserRecord).limit(1)) is not None:
            return
        email, password = DEMO_ACCOUNTS["member"]
        create_user(
            session,
            email,
            password,
            "member",
            member_number="M-10001",
            display_name="Jana Weber",
            budgets={"B-10001-1": "Persönliches Budget", "B-10001-2": "Kollektiv Lindenhof"},
        )
        for role in ("staff", "support"):
            email, password = DEMO_ACCOUNTS[role]
            create_user(session, email, password, role, display_name=f"Demo {role}")
