"""SQLite persistence (SQLAlchemy 2), migrations and the attachment store."""
