"""--self-test: check that this installation works, one line per check, no network.

Run by the bundle's smoke test (packaging/build_bundle.py) and by people asked by support.
Without --profile a throwaway profile is used; with one, its database is migrated exactly
as a normal start would (backup first), and a refused database is reported, never changed.
"""

from __future__ import annotations

import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from .domain.order import LineItem, Order
from .platform.clock import Clock
from .platform.paths import AppPaths
from .storage.migrate import HEAD, DatabaseUnusableError, DbState, prepare_database

# (passed, what was found or why it failed)
Outcome = tuple[bool, str]
Check = tuple[str, Callable[[], Outcome]]

_REFUSALS = {
    DbState.CORRUPT: "die Datenbank ist beschädigt",
    DbState.FOREIGN: "die Datei ist keine Smart-Orders-Datenbank",
    DbState.NEWER: "die Datenbank stammt von einer neueren Programmversion",
}


def run_self_test(profile: Path | None, out: TextIO = sys.stdout) -> int:
    """Print one line per check; 0 when every check passed, 1 otherwise."""
    failed = 0
    with _profile_paths(profile) as paths:
        checks = [*_storage_checks(paths), ("Schlüsselbund", check_keyring), *_qt_checks()]
        for name, check in checks:
            passed, detail = _outcome(check)
            failed += not passed
            print(f"{'OK' if passed else 'FEHLER'}  {name}: {detail}", file=out, flush=True)
    total = len(checks)
    if failed:
        print(f"Selbsttest fehlgeschlagen: {failed} von {total} Prüfungen", file=out)
        return 1
    print(f"Selbsttest bestanden: {total} von {total} Prüfungen", file=out)
    return 0


def _outcome(check: Callable[[], Outcome]) -> Outcome:
    try:
        return check()
    except Exception as exc:  # a check that crashes has failed; say how
        return False, f"unerwarteter Fehler {type(exc).__name__}: {exc}"


@contextmanager
def _profile_paths(profile: Path | None) -> Iterator[AppPaths]:
    if profile is not None:
        yield AppPaths.for_profile(profile)
        return
    with tempfile.TemporaryDirectory(prefix="smart-orders-self-test-") as folder:
        yield AppPaths.for_profile(Path(folder))


def _storage_checks(paths: AppPaths) -> list[Check]:
    opened: list[bool] = []

    def database() -> Outcome:
        passed, detail = check_database(paths)
        opened.append(passed)
        return passed, detail

    def round_trip() -> Outcome:
        if not opened or not opened[0]:
            return False, "übersprungen, weil die Datenbank nicht geöffnet werden konnte"
        return check_round_trip(paths)

    return [("Datenbank", database), ("Schreiben und Lesen", round_trip)]


def check_database(paths: AppPaths) -> Outcome:
    try:
        before = prepare_database(paths.database, paths.backups_dir, full_check=True)
    except DatabaseUnusableError as problem:
        state = problem.inspection.state
        reason = _REFUSALS.get(state, str(state))
        detail = f" ({problem.inspection.detail})" if problem.inspection.detail else ""
        return False, f"{reason}{detail}: {problem.path}. Die Datei wurde nicht verändert."
    if before.state is DbState.NEW:
        return True, f"neu angelegt, Schema-Stand {HEAD}"
    if before.state is DbState.OUTDATED:
        return (
            True,
            f"von Stand {before.revision or 'ohne'} auf {HEAD} migriert (Sicherung angelegt)",
        )
    return True, f"geöffnet, Schema-Stand {HEAD}"


def check_round_trip(paths: AppPaths) -> Outcome:
    """Save a draft, read it back through a second connection, delete it again."""
    from .storage.order_store import OrderStore

    now = Clock().now()
    draft = Order.new(
        created_at=now,
        updated_at=now,
        order_description=f"Selbsttest {uuid.uuid4().hex[:8]} – Übergrößen, ÄÖÜß, €",
        line_items=(LineItem("Prüfposten", Decimal("1.5"), "Std.", 12_345),),
    )
    writer = OrderStore(paths.database)
    try:
        writer.save(draft)
        reader = OrderStore(paths.database)
        try:
            back = reader.get(draft.id)
        finally:
            reader.dispose()
        writer.delete(draft.id)
        gone = writer.get(draft.id) is None
    finally:
        writer.dispose()
    if back is None:
        return False, "der gespeicherte Entwurf war beim Lesen nicht da"
    if (back.order_description, back.line_items) != (draft.order_description, draft.line_items):
        return False, "der gelesene Entwurf weicht vom gespeicherten ab"
    if not gone:
        return False, "der Prüf-Entwurf ließ sich nicht wieder löschen"
    return True, "Entwurf gespeichert, gelesen und wieder gelöscht"


def check_keyring() -> Outcome:
    """Having no secret store is allowed (the login is then kept in memory only)."""
    from .platform.keyring_probe import usable_secret_store

    name = usable_secret_store()
    if name is None:
        return True, "kein Schlüsselbund (die Anmeldung gilt dann nur bis zum Beenden)"
    return True, name


def _qt_checks() -> list[Check]:
    try:
        from .gui.self_checks import qt_checks
    except Exception as exc:  # a bundle without a working Qt still gets its report
        reason = f"Qt lässt sich nicht laden: {type(exc).__name__}: {exc}"
        return [("Qt", lambda: (False, reason))]
    return qt_checks()
