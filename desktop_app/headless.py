"""Headless commands for scripting and support: login, logout, sync, orders list/show/
import/submit. The same services as the GUI; German messages, JSON on request (--json).

Exit codes: 0 done, 1 the command did not (fully) succeed, 2 not logged in or bad input,
3 the profile's database cannot be used.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import uuid
from typing import Any

from .domain.money import format_cents
from .domain.order_json import WireFormatError, order_from_json, order_to_json
from .platform.clock import Clock
from .platform.credentials import KeyringCredentials
from .platform.paths import AppPaths
from .services.account import LoginError
from .services.composition import Services, build_services
from .services.order_actions import ActionRefusedError, SubmitBlockedError
from .services.sync import Outcome
from .storage.migrate import DatabaseUnusableError, prepare_database
from .storage.order_store import OrderStore

PASSWORD_ENV = "SMART_ORDERS_PASSWORD"


def run(options: argparse.Namespace, paths: AppPaths) -> int:
    paths.ensure()
    try:
        prepare_database(paths.database, paths.backups_dir)
    except DatabaseUnusableError as exc:
        _err(f"Die Datenbank kann nicht benutzt werden ({exc.inspection.state.value}): {exc.path}")
        return 3
    services = build_services(paths, OrderStore(paths.database), Clock(), KeyringCredentials())
    try:
        handler = {"login": _login, "logout": _logout, "sync": _sync, "orders": _orders}
        return handler[options.command](options, services)
    finally:
        services.dispose()


def _login(options: argparse.Namespace, services: Services) -> int:
    state = services.account.state
    server = options.server or state.server_url or input("Server: ").strip()
    email = options.email or state.email or input("E-Mail: ").strip()
    password = os.environ.get(PASSWORD_ENV) or getpass.getpass("Passwort: ")
    try:
        state = services.account.login(server, email, password)
    except LoginError as exc:
        _err(f"Anmeldung fehlgeschlagen: {_LOGIN_TEXTS.get(exc.code, exc.code)}")
        return 2
    name = state.me.display_name if state.me else email
    print(f"Angemeldet als {name} bei {state.server_url}.")
    if state.secret_store_problem:
        print(
            "Hinweis: kein Schlüsselbund verfügbar – die Anmeldung gilt nur bis zum Ende "
            f"dieses Aufrufs ({state.secret_store_problem})."
        )
    return 0


def _logout(_options: argparse.Namespace, services: Services) -> int:
    services.account.restore()
    services.account.logout()
    print("Abgemeldet; das gespeicherte Geheimnis ist gelöscht.")
    return 0


def _sync(options: argparse.Namespace, services: Services) -> int:
    if not services.account.restore().logged_in:
        _err("Nicht angemeldet: zuerst »smart-orders login«.")
        return 2
    report = services.sync.sync()
    pending = services.actions.pending_count()
    failed = len(services.actions.needing_attention())
    complete = report.outcome == Outcome.OK and pending == 0
    if options.json:
        _print_json(
            {
                "outcome": report.outcome,
                "sent": report.sent,
                "failed": report.failed,
                "events": report.events,
                "pending": pending,
                "needs_attention": failed,
                "detail": report.detail,
            }
        )
    else:
        print(
            f"{_OUTCOME_TEXTS.get(report.outcome, report.outcome)}: {report.sent} gesendet, "
            f"{report.events} Änderungen abgeholt, {pending} wartend, {failed} abgelehnt."
        )
    return 0 if complete else 1


def _orders(options: argparse.Namespace, services: Services) -> int:
    try:
        if options.verb == "list":
            today = services.drafts.today()
            rows = [_summary_json(s, today) for s in services.drafts.summaries()]
            _print_json(rows) if options.json else _print_rows(rows)
            return 0
        if options.verb == "show":
            return _show(options, services)
        if options.verb == "import":
            return _import(options, services)
        return _submit(options, services)
    except (ValueError, ActionRefusedError) as exc:
        _err(f"Nicht möglich: {exc}")
        return 2


def _show(options: argparse.Namespace, services: Services) -> int:
    order_id = uuid.UUID(options.order_id)
    order = services.drafts.load(order_id)
    document = order_to_json(order)
    document["timeline"] = [
        {
            "type": e.type,
            "actor": e.actor.value,
            "at": e.at.isoformat(),
            "status_to": e.status_to,
            "reason": e.reason,
            "pending": e.pending,
        }
        for e in services.actions.timeline(order_id)
    ]
    if options.json:
        _print_json(document)
    else:
        print(f"{order.title or '(ohne Titel)'} – {order.status.label_de}")
        for event in document["timeline"]:
            mark = " (wartet auf Übertragung)" if event["pending"] else ""
            print(f"  {event['at']}  {event['type']}{mark}  {event['reason']}")
    return 0


def _import(options: argparse.Namespace, services: Services) -> int:
    try:
        data = json.loads(options.file.read_text(encoding="utf-8"))
        order = order_from_json(data)
    except (OSError, ValueError, WireFormatError) as exc:
        _err(f"Die Datei ist kein lesbarer Auftrag: {exc}")
        return 2
    # Always a new draft: an import never overwrites or resubmits an existing order.
    saved = services.drafts.save(order.duplicated())
    if options.json:
        _print_json({"id": str(saved.order.id)})
    else:
        print(f"Als Entwurf angelegt: {saved.order.id}")
    return 0


def _submit(options: argparse.Namespace, services: Services) -> int:
    try:
        queued = services.actions.submit(uuid.UUID(options.order_id))
    except SubmitBlockedError as exc:
        problems = [{"field": p.field, "code": p.code.value} for p in exc.problems]
        if options.json:
            _print_json({"submitted": False, "errors": problems})
        else:
            _err("Nicht eingereicht, der Auftrag hat Fehler:")
            for problem in problems:
                _err(f"  {problem['field']}: {problem['code']}")
        return 1
    if options.json:
        _print_json({"submitted": True, "op_ids": [c.op_id for c in queued.commands]})
    else:
        print("Eingereicht; »smart-orders sync« sendet ihn an Smart.")
    return 0


def _summary_json(summary: Any, today: Any) -> dict[str, Any]:
    next_date = summary.next_date(today)
    return {
        "id": str(summary.id),
        "status": summary.status.value,
        "title": summary.title,
        "client": summary.client_name,
        "net": format_cents(summary.net_cents, summary.currency, "de"),
        "next_date": next_date.isoformat() if next_date else None,
    }


def _print_rows(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        print(f"{row['id']}  {row['status']:<20} {row['net']:>14}  {row['title']}")


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _err(text: str) -> None:
    print(text, file=sys.stderr)


_LOGIN_TEXTS = {
    "invalid_credentials": "E-Mail-Adresse oder Passwort stimmen nicht.",
    "insecure_url": "Die Adresse muss mit https:// beginnen.",
    "offline": "Der Server ist nicht erreichbar.",
    "tls": "Das Zertifikat des Servers ist nicht vertrauenswürdig.",
    "rate_limited": "Zu viele Versuche; bitte später erneut.",
    "server_error": "Der Server hat einen Fehler gemeldet.",
    "bad_response": "Die Antwort des Servers war unlesbar.",
    "pending_commands": "Für das bisherige Konto warten noch Aktionen; erst mit ihm "
    "synchronisieren.",
}

_OUTCOME_TEXTS = {
    Outcome.OK: "Synchronisiert",
    Outcome.OFFLINE: "Offline",
    Outcome.LOGIN_REQUIRED: "Anmeldung erforderlich",
    Outcome.SERVER_ERROR: "Serverfehler",
    Outcome.CANCELLED: "Abgebrochen",
}
