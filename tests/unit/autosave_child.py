"""Child process of test_kill_autosave: saves one draft again and again until it is killed.

Usage: autosave_child.py DB_PATH ORDER_ID

Prints "ready N" once the database is open (N = the counter found in the stored draft), then
for each save the new counter, always *after* the commit returned.
"""

from __future__ import annotations

import sys
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.order import LineItem, Order
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import prepare_database
from desktop_app.storage.order_repository import OrderRepository


def children_for(counter: int) -> dict[str, object]:
    """Child rows that change with the counter, so every save replaces some of them."""
    return {
        "line_items": tuple(
            LineItem(f"item {counter}/{i}", Decimal(counter), "h", i) for i in range(counter % 4)
        ),
        "invoice_dates": tuple(
            date(2026, 1, 1) + timedelta(days=counter + i) for i in range(counter % 3)
        ),
    }


def main() -> None:
    db_path, order_id = Path(sys.argv[1]), uuid.UUID(sys.argv[2])
    prepare_database(db_path, db_path.parent / "backups")
    repo = OrderRepository(Database(db_path))
    order = repo.get(order_id)
    if order is None:
        now = datetime.now(UTC)
        order = Order(id=order_id, order_description="0", created_at=now, updated_at=now)
    counter = int(order.order_description)
    print(f"ready {counter}", flush=True)
    while True:
        counter += 1
        order = replace(
            order,
            order_description=str(counter),
            updated_at=datetime.now(UTC),
            **children_for(counter),  # type: ignore[arg-type]
        )
        repo.save(order)
        print(counter, flush=True)


if __name__ == "__main__":
    main()
