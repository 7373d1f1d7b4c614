"""Column widths of the editor's line items table: it fits the editor's width, the
description takes what the figures leave, and the net amount is never cut off."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from ..domain.money import format_cents, format_decimal
from .column_widths import elide_titles, fit_column
from .i18n import language
from .line_items_model import COL_DESCRIPTION, COL_NET, COL_PRICE, COL_QUANTITY, COL_UNIT

ROW_HEIGHT = 26


def size_line_item_columns(view: QTableView) -> None:
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    lang = language()
    # Typical widest values; longer ones show "…", and the columns can still be dragged.
    amount = format_cents(9_999_999, "EUR", lang)  # 99.999,99 €
    fit_column(view, header, COL_QUANTITY, [format_decimal(Decimal("999.75"), lang)])
    unit = QCoreApplication.translate("LineItemsModel", "Stunden")
    fit_column(view, header, COL_UNIT, [unit, "Pauschale"])
    fit_column(view, header, COL_PRICE, [amount])
    fit_column(view, header, COL_NET, [amount])
    header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
    elide_titles(header)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
