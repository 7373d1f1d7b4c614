"""Creating accounts (demo data, tests, the simulation helper)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from .auth import hash_password
from .records import BudgetRecord, UserRecord


def create_user(
    session: Session,
    email: str,
    password: str,
    role: str = "member",
    member_number: str | None = None,
    display_name: str = "",
    budgets: dict[str, str] | None = None,
) -> UserRecord:
    if role not in ("member", "support", "staff"):
        raise ValueError(f"unknown role {role}")
    user = UserRecord(
        email=email.strip().lower(),
        password_hash=hash_password(password),
        role=role,
        member_number=member_number,
        display_name=display_name,
    )
    session.add(user)
    session.flush()
    for budget_id, name in (budgets or {}).items():
        session.add(BudgetRecord(id=budget_id, member_id=user.id, name=name))
    return user
