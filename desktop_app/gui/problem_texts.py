"""Words for validation problems and field names, German first (translated by Qt)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from ..domain.money import format_cents
from ..domain.validation import Code, Problem
from .i18n import language

CONTEXT = "ProblemTexts"


def _t(text: object) -> str:
    # Callers wrap literals in QT_TRANSLATE_NOOP so that lupdate sees them.
    return QCoreApplication.translate(CONTEXT, str(text))


def format_date(day: date) -> str:
    return QDate(day.year, day.month, day.day).toString("dd.MM.yyyy")


def field_label(field: str) -> str:
    """A person's name for a field path such as ``line_items[2].unit_price``."""
    match = re.fullmatch(r"line_items\[(\d+)\]\.(\w+)", field)
    if match:
        part = {
            "description": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Beschreibung")),
            "quantity": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Menge")),
            "unit_price": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Einzelpreis")),
        }.get(match.group(2), match.group(2))
        return (
            _t(QT_TRANSLATE_NOOP("ProblemTexts", "Position %1: %2"))
            .replace("%1", str(int(match.group(1)) + 1))
            .replace("%2", part)
        )
    match = re.fullmatch(r"invoice_dates\[(\d+)\]", field)
    if match:
        return _t(QT_TRANSLATE_NOOP("ProblemTexts", "Rechnungsdatum %1")).replace(
            "%1", str(int(match.group(1)) + 1)
        )
    labels = {
        "budget": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Budget")),
        "client.legal_name": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Name / Firma der Kund*in")),
        "client.address.street": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Straße und Nr.")),
        "client.address.postal_code": _t(QT_TRANSLATE_NOOP("ProblemTexts", "PLZ")),
        "client.address.city": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Ort")),
        "client.address.country": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Land")),
        "client.vat_id": _t(QT_TRANSLATE_NOOP("ProblemTexts", "USt-IdNr.")),
        "client.invoice_email": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Rechnungs-E-Mail")),
        "contact_name": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Kontaktperson")),
        "contact_email": _t(QT_TRANSLATE_NOOP("ProblemTexts", "E-Mail der Kontaktperson")),
        "order_description": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Auftragsbeschreibung")),
        "service_description": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Leistungsbeschreibung")),
        "service_start": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Leistung von")),
        "service_end": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Leistung bis")),
        "currency": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Währung")),
        "line_items": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Positionen")),
        "invoice_dates": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Rechnungsdaten")),
        "offer_valid_until": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Angebot gültig bis")),
        "skip_client_confirmation": _t(
            QT_TRANSLATE_NOOP("ProblemTexts", "Bestätigung durch Kund*in")
        ),
        "client.type": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Art der Kund*in")),
        "reduced_vat": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Ermäßigter Steuersatz")),
        "special_agreement": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Besondere Vereinbarung")),
        "attachments": _t(QT_TRANSLATE_NOOP("ProblemTexts", "Anhänge")),
    }
    return labels.get(field, field)


def problem_text(problem: Problem) -> str:
    code = problem.code
    texts = {
        Code.REQUIRED: _t(QT_TRANSLATE_NOOP("ProblemTexts", "Pflichtangabe für die Übermittlung.")),
        Code.EMAIL_INVALID: _t(
            QT_TRANSLATE_NOOP("ProblemTexts", "Das ist keine gültige E-Mail-Adresse.")
        ),
        Code.VAT_ID_INVALID: _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts",
                "Die USt-IdNr. hat nicht das Format eines EU-Landes (z. B. DE123456789).",
            )
        ),
        Code.VAT_ID_COUNTRY_MISMATCH: _t(
            QT_TRANSLATE_NOOP("ProblemTexts", "Die USt-IdNr. passt nicht zum Land der Kund*in.")
        ),
        Code.COUNTRY_UNKNOWN: _t(QT_TRANSLATE_NOOP("ProblemTexts", "Unbekanntes Land.")),
        Code.PERIOD_END_BEFORE_START: _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts", "Das Ende liegt vor dem Beginn des Leistungszeitraums."
            )
        ),
        Code.NO_LINE_ITEMS: _t(
            QT_TRANSLATE_NOOP("ProblemTexts", "Mindestens eine Position mit Honorar ist nötig.")
        ),
        Code.QUANTITY_NOT_POSITIVE: _t(
            QT_TRANSLATE_NOOP("ProblemTexts", "Die Menge muss größer als 0 sein.")
        ),
        Code.AMOUNT_NOT_POSITIVE: _t(
            QT_TRANSLATE_NOOP("ProblemTexts", "Der Betrag muss größer als 0 sein.")
        ),
        Code.NO_INVOICE_DATES: _t(
            QT_TRANSLATE_NOOP("ProblemTexts", "Mindestens ein geplantes Rechnungsdatum ist nötig.")
        ),
        Code.INVOICE_DATE_DUPLICATE: _t(
            QT_TRANSLATE_NOOP("ProblemTexts", "Dieses Rechnungsdatum steht schon in der Liste.")
        ),
        Code.OFFER_VALIDITY_PAST: _t(
            QT_TRANSLATE_NOOP("ProblemTexts", "Das Angebot wäre schon abgelaufen.")
        ),
        Code.OFFER_VALIDITY_NOT_BEFORE_INVOICE: _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts", "„Angebot gültig bis“ muss vor dem ersten Rechnungsdatum liegen."
            )
        ),
        Code.UNKNOWN_BUDGET: _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts",
                "Dieses Budget gibt es in Ihrem Konto nicht. Bitte wählen Sie eines Ihrer "
                "Budgets aus der Liste.",
            )
        ),
        Code.OFFER_VALIDITY_SHORT: _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts",
                "Nur noch %1 Tage zur Bestätigung – wir empfehlen mindestens eine Woche.",
            )
        ),
        Code.INVOICE_DRAFT_IMMEDIATE: _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts",
                "Das Rechnungsdatum ist weniger als 7 Tage entfernt: der Rechnungsentwurf "
                "erscheint sofort nach der Freigabe.",
            )
        ),
        Code.NO_GUARANTEE_WITHOUT_PROOF: _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts",
                "Ohne Nachweis einer Bestätigung (Vertrag, schriftliche Zusage) erhält der "
                "Auftrag keine Zahlungsgarantie.",
            )
        ),
        Code.NO_GUARANTEE_NON_EU: _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts", "Kund*innen außerhalb der EU erhalten keine Zahlungsgarantie."
            )
        ),
    }
    if code is Code.CLIENT_MAYBE_DUPLICATE:
        return duplicate_text(problem)
    if code is Code.BELOW_MINIMUM_WAGE:
        return minimum_wage_text(problem)
    days = int(problem.params.get("days", "99"))
    if code is Code.OFFER_VALIDITY_SHORT and days <= 1:
        if days == 1:
            return _t(
                QT_TRANSLATE_NOOP(
                    "ProblemTexts",
                    "Nur noch 1 Tag zur Bestätigung – wir empfehlen mindestens eine Woche.",
                )
            )
        return _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts",
                "Das Angebot läuft heute ab – wir empfehlen mindestens eine Woche zur Bestätigung.",
            )
        )
    if code is Code.INVOICE_DRAFT_IMMEDIATE and days < 0:
        return _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts",
                "Das Rechnungsdatum liegt in der Vergangenheit: der Rechnungsentwurf erscheint "
                "sofort nach der Freigabe.",
            )
        )
    text = texts.get(code, str(code))
    if "days" in problem.params:
        text = text.replace("%1", problem.params["days"])
    return text


def duplicate_text(problem: Problem) -> str:
    """A new client that likely exists in Smart's database (from the cached clients)."""
    if problem.params.get("exact"):
        text = _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts",
                "Diese Kund*in gibt es schon: %1. Smart verknüpft den Auftrag beim Senden mit "
                "dem vorhandenen Eintrag.",
            )
        )
    else:
        text = _t(
            QT_TRANSLATE_NOOP(
                "ProblemTexts",
                "Diese Kund*in gibt es vielleicht schon: %1. Bitte über „Suchen“ die "
                "vorhandene übernehmen, statt eine neue anzulegen.",
            )
        )
    return text.replace("%1", problem.params.get("name", ""))


def minimum_wage_text(problem: Problem) -> str:
    """An hourly price below the statutory minimum wage (the amounts in cents)."""
    lang = language()
    price = format_cents(int(problem.params.get("price", "0")), "EUR", lang)
    minimum = format_cents(int(problem.params.get("minimum", "0")), "EUR", lang)
    text = _t(
        QT_TRANSLATE_NOOP(
            "ProblemTexts",
            "Der Stundensatz von %1 liegt unter dem gesetzlichen Mindestlohn (%2 pro Stunde). "
            "Smart lehnt solche Aufträge in der Regel ab.",
        )
    )
    return text.replace("%1", price).replace("%2", minimum)
