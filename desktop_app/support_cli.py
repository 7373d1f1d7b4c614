"""``smart-orders support``: a support account looks up a member and browses that member's
orders, timelines and invoices read-only (a snapshot in a throwaway profile)."""

from __future__ import annotations

import argparse
import getpass
import os
import shutil
import sys
import tempfile
from pathlib import Path

from .headless import PASSWORD_ENV
from .platform.clock import Clock
from .remote.errors import RemoteError
from .services.account import LoginError
from .services.support import SupportInspection


def inspect_member(options: argparse.Namespace, language: str | None, quit_after: bool) -> int:
    inspection = SupportInspection(Clock())
    password = os.environ.get(PASSWORD_ENV) or getpass.getpass("Passwort: ")
    try:
        inspection.login(options.server, options.email, password)
        found = inspection.find_members(options.member)
    except LoginError as exc:
        hint = "kein Support-Konto" if exc.code == "not_support" else exc.code
        print(f"Anmeldung als Support fehlgeschlagen: {hint}", file=sys.stderr)
        return 2
    except RemoteError as exc:
        print(f"Der Server antwortet nicht wie erwartet: {exc}", file=sys.stderr)
        return 1
    if not found:
        print(f"Kein Mitglied zu „{options.member}“ gefunden.", file=sys.stderr)
        return 2
    member = found[0]  # exact matches come first
    folder = Path(tempfile.mkdtemp(prefix="smart-orders-support-"))
    try:
        try:
            snapshot = inspection.snapshot(member, folder)
        except RemoteError as exc:
            print(f"Die Daten des Mitglieds ließen sich nicht laden: {exc}", file=sys.stderr)
            return 1
        label = f"{member.display_name} ({member.member_number or member.email})"
        print(f"{label}: {snapshot.orders} Aufträge, nur lesend geöffnet.", flush=True)
        from .app import run_gui

        return run_gui(snapshot.paths, language, quit_after, read_only=True, inspected=label)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
