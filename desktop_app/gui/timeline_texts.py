"""Words for timeline events and their actors, German first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.timeline import Actor

CONTEXT = "TimelineTexts"

_EVENTS = {
    "submitted": QT_TRANSLATE_NOOP("TimelineTexts", "An Smart gesendet"),
    "submit": QT_TRANSLATE_NOOP("TimelineTexts", "An Smart senden"),
    "approved": QT_TRANSLATE_NOOP("TimelineTexts", "Von Smart bestätigt"),
    "rejected": QT_TRANSLATE_NOOP("TimelineTexts", "Von Smart abgelehnt"),
    "client_accepted": QT_TRANSLATE_NOOP("TimelineTexts", "Von der Kund*in bestätigt"),
    "client_rejected": QT_TRANSLATE_NOOP("TimelineTexts", "Von der Kund*in abgelehnt"),
    "client_requested_changes": QT_TRANSLATE_NOOP("TimelineTexts", "Kund*in wünscht Änderungen"),
    "validity_expired": QT_TRANSLATE_NOOP(
        "TimelineTexts", "Angebot abgelaufen, ohne Bestätigung der Kund*in"
    ),
    "cancellation": QT_TRANSLATE_NOOP("TimelineTexts", "Stornierung beantragen"),
    "cancellation_requested": QT_TRANSLATE_NOOP("TimelineTexts", "Stornierung beantragt"),
    "cancellation_approved": QT_TRANSLATE_NOOP("TimelineTexts", "Stornierung bestätigt"),
    "cancellation_declined": QT_TRANSLATE_NOOP("TimelineTexts", "Stornierung abgelehnt"),
    "invoice_draft_created": QT_TRANSLATE_NOOP("TimelineTexts", "Rechnungsentwurf erstellt"),
    "invoice_change": QT_TRANSLATE_NOOP("TimelineTexts", "Rechnungsänderung beantragen"),
    "invoice_change_requested": QT_TRANSLATE_NOOP("TimelineTexts", "Rechnungsänderung beantragt"),
    "invoice_change_resolved": QT_TRANSLATE_NOOP("TimelineTexts", "Rechnung überarbeitet"),
    "invoice_send_now": QT_TRANSLATE_NOOP("TimelineTexts", "Rechnung jetzt senden"),
    "invoice_issued": QT_TRANSLATE_NOOP("TimelineTexts", "Rechnung gestellt"),
    "invoice_paid": QT_TRANSLATE_NOOP("TimelineTexts", "Rechnung bezahlt"),
    "invoice_disputed": QT_TRANSLATE_NOOP("TimelineTexts", "Rechnung angefochten"),
    "invoice_cancelled": QT_TRANSLATE_NOOP("TimelineTexts", "Rechnung storniert"),
    "completed": QT_TRANSLATE_NOOP("TimelineTexts", "Abgeschlossen"),
    "comment": QT_TRANSLATE_NOOP("TimelineTexts", "Kommentar"),
    "attachment_added": QT_TRANSLATE_NOOP("TimelineTexts", "Anhang hinzugefügt"),
    "support_inspected": QT_TRANSLATE_NOOP(
        "TimelineTexts", "Support hat diesen Auftrag eingesehen"
    ),
}

_ACTORS = {
    Actor.MEMBER: QT_TRANSLATE_NOOP("TimelineTexts", "Sie"),
    Actor.STAFF: QT_TRANSLATE_NOOP("TimelineTexts", "Smart"),
    Actor.CLIENT: QT_TRANSLATE_NOOP("TimelineTexts", "Kund*in"),
    Actor.SYSTEM: QT_TRANSLATE_NOOP("TimelineTexts", "System"),
    Actor.SUPPORT: QT_TRANSLATE_NOOP("TimelineTexts", "Support"),
}


def event_text(event_type: str) -> str:
    text = _EVENTS.get(event_type)
    return QCoreApplication.translate(CONTEXT, str(text)) if text else event_type


def actor_text(actor: Actor) -> str:
    return QCoreApplication.translate(CONTEXT, str(_ACTORS[actor]))


def pending_text() -> str:
    return QCoreApplication.translate("TimelineTexts", "wartet auf Übertragung")


def waiting_text(hours: float, target: int) -> str:
    return (
        QCoreApplication.translate(
            "TimelineTexts", "seit %1 Std. bei Smart (Ziel: %2 Std. an Werktagen)"
        )
        .replace("%1", str(int(hours)))
        .replace("%2", str(target))
    )
