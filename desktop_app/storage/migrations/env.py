"""Alembic environment: runs on the connection handed in by desktop_app.storage.migrate."""

from __future__ import annotations

from alembic import context

from desktop_app.storage.records import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table copies
)
with context.begin_transaction():
    context.run_migrations()
