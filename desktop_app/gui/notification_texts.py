"""German titles and bodies of notifications (translated with the rest of the GUI)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from ..domain.notifications import Notice, NoticeKind

SUMMARY_LINES = 3


def _day(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day is not None else ""


def notice_title(notice: Notice, today: date | None = None) -> str:
    kind = notice.kind
    if kind is NoticeKind.INVOICE_DRAFT:
        return QCoreApplication.translate("NotificationTexts", "Neuer Rechnungsentwurf")
    if kind is NoticeKind.OFFER_EXPIRY:
        left = (notice.day - today).days if notice.day and today else None
        if left == 0:
            return QCoreApplication.translate("NotificationTexts", "Angebot läuft heute ab")
        if left == 1:
            return QCoreApplication.translate("NotificationTexts", "Angebot läuft morgen ab")
        return QCoreApplication.translate("NotificationTexts", "Angebot läuft bald ab")
    if kind is NoticeKind.INVOICE_LAST_DAY:
        if notice.day is not None and notice.day == today:
            return QCoreApplication.translate(
                "NotificationTexts", "Heute letzter Tag für Rechnungsänderungen"
            )
        return QCoreApplication.translate("NotificationTexts", "Frist für Rechnungsänderungen")
    if kind is NoticeKind.CLIENT_CONFIRMED:
        return QCoreApplication.translate("NotificationTexts", "Kund*in hat bestätigt")
    if kind is NoticeKind.CLIENT_REJECTED:
        return QCoreApplication.translate("NotificationTexts", "Kund*in hat abgelehnt")
    return QCoreApplication.translate("NotificationTexts", "Smart hat abgelehnt")


def notice_body(notice: Notice) -> str:
    title = notice.title or QCoreApplication.translate("NotificationTexts", "Auftrag")
    kind = notice.kind
    if kind is NoticeKind.INVOICE_DRAFT:
        text = QCoreApplication.translate(
            "NotificationTexts", "%1: Änderungen können bis %2 beantragt werden."
        )
    elif kind is NoticeKind.OFFER_EXPIRY:
        text = QCoreApplication.translate(
            "NotificationTexts", "%1: gültig bis %2, die Bestätigung der Kund*in fehlt noch."
        )
    elif kind is NoticeKind.INVOICE_LAST_DAY:
        text = QCoreApplication.translate(
            "NotificationTexts", "%1: Änderungen am Rechnungsentwurf nur noch bis %2."
        )
    elif kind is NoticeKind.CLIENT_CONFIRMED:
        text = QCoreApplication.translate("NotificationTexts", "%1 ist jetzt aktiv.")
    else:
        text = QCoreApplication.translate("NotificationTexts", "%1 wurde abgelehnt.")
    body = text.replace("%1", title).replace("%2", _day(notice.day))
    if notice.reason:
        reason = QCoreApplication.translate("NotificationTexts", "Grund: %1")
        body += " " + reason.replace("%1", notice.reason)
    return body


def summary_title(count: int, catch_up: bool) -> str:
    if catch_up:
        text = QCoreApplication.translate(
            "NotificationTexts", "%1 Neuigkeiten seit dem letzten Start"
        )
    else:
        text = QCoreApplication.translate("NotificationTexts", "%1 Neuigkeiten zu Ihren Aufträgen")
    return text.replace("%1", str(count))


def summary_body(lines: Sequence[str]) -> str:
    """The first few lines, then how many more."""
    text = "\n".join(lines[:SUMMARY_LINES])
    more = len(lines) - SUMMARY_LINES
    if more > 0:
        rest = QCoreApplication.translate("NotificationTexts", "… und %1 weitere")
        text += "\n" + rest.replace("%1", str(more))
    return text
