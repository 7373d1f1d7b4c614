"""Words for the sync state and for the server's refusal codes, German first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..services.sync import Outcome

CONTEXT = "SyncTexts"


def _t(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def outcome_text(outcome: str) -> str:
    return _t(
        {
            Outcome.OK: QT_TRANSLATE_NOOP("SyncTexts", "Online"),
            Outcome.OFFLINE: QT_TRANSLATE_NOOP("SyncTexts", "Offline"),
            Outcome.LOGIN_REQUIRED: QT_TRANSLATE_NOOP("SyncTexts", "Anmeldung erforderlich"),
            Outcome.SERVER_ERROR: QT_TRANSLATE_NOOP("SyncTexts", "Server gestört"),
            Outcome.CANCELLED: QT_TRANSLATE_NOOP("SyncTexts", "Synchronisation abgebrochen"),
        }.get(outcome, QT_TRANSLATE_NOOP("SyncTexts", "Noch nicht synchronisiert"))
    )


def login_error_text(code: str) -> str:
    texts = {
        "invalid_credentials": QT_TRANSLATE_NOOP(
            "SyncTexts", "E-Mail-Adresse oder Passwort stimmen nicht."
        ),
        "insecure_url": QT_TRANSLATE_NOOP(
            "SyncTexts", "Die Adresse muss mit https:// beginnen (http:// nur für diesen Rechner)."
        ),
        "offline": QT_TRANSLATE_NOOP(
            "SyncTexts", "Der Server ist nicht erreichbar. Stimmt die Adresse, sind Sie online?"
        ),
        "tls": QT_TRANSLATE_NOOP(
            "SyncTexts", "Das Zertifikat des Servers ist nicht vertrauenswürdig."
        ),
        "rate_limited": QT_TRANSLATE_NOOP(
            "SyncTexts", "Zu viele Versuche. Bitte warten Sie eine Minute."
        ),
        "pending_commands": QT_TRANSLATE_NOOP(
            "SyncTexts",
            "Für das bisherige Konto warten noch Aktionen auf Übertragung. Melden Sie sich "
            "zuerst mit diesem Konto an und synchronisieren Sie.",
        ),
        "bad_response": QT_TRANSLATE_NOOP(
            "SyncTexts", "Die Antwort des Servers war unlesbar. Ist das der Smart-Server?"
        ),
    }
    return _t(texts.get(code, QT_TRANSLATE_NOOP("SyncTexts", "Der Server meldet einen Fehler.")))


def command_error_text(code: str, detail: str) -> str:
    """A refused command's reason: our words for known codes, else the server's."""
    texts = {
        "validation_failed": QT_TRANSLATE_NOOP(
            "SyncTexts", "Smart hat den Auftrag als unvollständig abgelehnt."
        ),
        "illegal_transition": QT_TRANSLATE_NOOP(
            "SyncTexts", "Im aktuellen Status des Auftrags nicht mehr möglich."
        ),
        "reason_too_short": QT_TRANSLATE_NOOP(
            "SyncTexts", "Die Begründung ist zu kurz (mindestens 20 Zeichen)."
        ),
        "attachment_missing": QT_TRANSLATE_NOOP(
            "SyncTexts", "Die Datei fehlt im Profil und kann nicht gesendet werden."
        ),
        "attachment_type": QT_TRANSLATE_NOOP(
            "SyncTexts", "Der Server nimmt nur PDF-, JPEG- und PNG-Dateien an."
        ),
        "attachment_too_large": QT_TRANSLATE_NOOP("SyncTexts", "Die Datei ist größer als 25 MB."),
        "not_found": QT_TRANSLATE_NOOP("SyncTexts", "Der Server kennt diesen Auftrag nicht."),
        "order_not_submitted": QT_TRANSLATE_NOOP(
            "SyncTexts",
            "Wartet: das Einreichen des Auftrags wurde abgelehnt. Nach erneutem Einreichen "
            "wird es mitgesendet.",
        ),
        "forbidden": QT_TRANSLATE_NOOP("SyncTexts", "Dafür fehlt die Berechtigung."),
    }
    known = texts.get(code)
    if known is not None:
        return _t(known)
    return detail or code


def command_kind_text(kind: str) -> str:
    return _t(
        {
            "submit": QT_TRANSLATE_NOOP("SyncTexts", "Einreichen"),
            "attachment": QT_TRANSLATE_NOOP("SyncTexts", "Anhang hochladen"),
            "comment": QT_TRANSLATE_NOOP("SyncTexts", "Kommentar"),
            "cancellation": QT_TRANSLATE_NOOP("SyncTexts", "Stornierung beantragen"),
            "invoice_change": QT_TRANSLATE_NOOP("SyncTexts", "Rechnungsänderung beantragen"),
            "invoice_send_now": QT_TRANSLATE_NOOP("SyncTexts", "Rechnung jetzt senden"),
        }.get(kind, kind)
    )
