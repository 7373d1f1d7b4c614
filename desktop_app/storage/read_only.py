"""Opening a profile's database for inspection: never migrated, marked or written.

A database that is not exactly at this build's schema (missing, outdated, newer, corrupt,
foreign) is refused: migrating it would be a write, and reading an unknown schema would
show wrong data.
"""

from __future__ import annotations

from pathlib import Path

from .migrate import DbInspection, DbState, inspect_database
from .order_store import OrderStore


class ReadOnlyOpenError(Exception):
    """The database cannot be inspected as it is; ``inspection.state`` says why."""

    def __init__(self, inspection: DbInspection, path: Path) -> None:
        super().__init__(f"{path}: {inspection.state} {inspection.detail}".strip())
        self.inspection = inspection
        self.path = path


def open_read_only(path: Path, full_check: bool = True) -> OrderStore:
    """The store of ``path`` opened read-only (SQLite ``mode=ro``), or ReadOnlyOpenError."""
    inspection = inspect_database(path, full_check)
    if inspection.state is not DbState.CURRENT:
        raise ReadOnlyOpenError(inspection, path)
    return OrderStore(path, read_only=True)


def refusal_message(problem: ReadOnlyOpenError) -> str:
    """Why the profile cannot be inspected, for the command line (German, like its help)."""
    inspection = problem.inspection
    state = inspection.state
    if state is DbState.NEW:
        reason = "Im Profil gibt es keine Datenbank."
    elif state is DbState.OUTDATED:
        reason = (
            f"Die Datenbank hat einen älteren Stand ({inspection.revision or 'ohne'}) und "
            "müsste aktualisiert werden; im Nur-Lesen-Modus wird sie nicht verändert. "
            "Bitte das Profil einmal normal öffnen."
        )
    elif state is DbState.NEWER:
        reason = (
            f"Die Datenbank stammt aus einer neueren Version der App ({inspection.revision}). "
            "Bitte die App aktualisieren."
        )
    elif state is DbState.CORRUPT:
        reason = f"Die Datenbank ist beschädigt ({inspection.detail})."
    else:
        reason = "Die Datei ist keine Datenbank von Smart Aufträge."
    return f"Nur-Lesen nicht möglich: {problem.path}\n{reason}"
