"""The live preview of net, VAT, gross, Smart's contribution and the member's share."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..domain.money import format_cents
from ..domain.order import Order
from ..domain.vat import preview_amounts
from .i18n import language


def preview_text(order: Order, contribution_percent: Decimal) -> str:
    amounts = preview_amounts(order, contribution_percent)
    currency, lang = order.currency, language()

    def money(cents: int) -> str:
        return format_cents(cents, currency, lang)

    rate = f"{amounts.vat_rate.percent.normalize():f}"
    share = f"{amounts.contribution_percent.normalize():f}"
    return (
        QCoreApplication.translate(
            "DraftEditor",
            "Netto %1 · USt %2 % %3 · Brutto %4<br>Smart-Beitrag %5 % %6 · "
            "dein Anteil (geschätzt) %7<br><i>Vorschau – den Steuersatz legt Smart fest.</i>",
        )
        .replace("%1", money(amounts.net_cents))
        .replace("%2", rate)
        .replace("%3", money(amounts.vat_cents))
        .replace("%4", money(amounts.gross_cents))
        .replace("%5", share)
        .replace("%6", money(amounts.contribution_cents))
        .replace("%7", money(amounts.member_share_cents))
    )
