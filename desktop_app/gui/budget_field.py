"""The editor's Budget field: a choice of the member's budgets ("name (id)"), cached from
the last ``GET /me`` so that it works offline.

The order stores the budget's id (what the server checks). While no budgets are known
(never logged in) the field takes free text, as before. A value that is none of the known
budgets (an old draft, typed before the field was a choice) stays as an extra entry marked
"unbekannt" and gets the validation error beside the field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox

from ..domain.budgets import Budget

# Marks the extra entry that shows a value which is none of the member's budgets.
_UNKNOWN_ROLE = Qt.ItemDataRole.UserRole + 1


def budget_label(budget: Budget) -> str:
    return f"{budget.name} ({budget.id})" if budget.name else budget.id


def budget_value(combo: QComboBox) -> str:
    """The budget id the combo shows ("" when none is chosen)."""
    if combo.isEditable():
        return combo.currentText()
    data = combo.currentData()
    return data if isinstance(data, str) else ""


def show_budget(combo: QComboBox, value: str) -> None:
    """Show ``value`` (the caller blocks the edit handlers meanwhile)."""
    if combo.isEditable():
        line = combo.lineEdit()
        if line is not None and line.text() != value:
            line.setText(value)
        return
    _drop_unknown(combo)
    index = combo.findData(value) if value else -1
    if index < 0 and value.strip():
        combo.addItem(
            QCoreApplication.translate("BudgetField", "%1 (unbekannt)").replace("%1", value), value
        )
        index = combo.count() - 1
        combo.setItemData(index, True, _UNKNOWN_ROLE)
    combo.setCurrentIndex(index)


def _drop_unknown(combo: QComboBox) -> None:
    for index in reversed(range(combo.count())):
        if combo.itemData(index, _UNKNOWN_ROLE) is True:
            combo.removeItem(index)


class BudgetField(QObject):
    """Keeps the combo's entries in step with the member's budgets."""

    edited = Signal()  # the person chose or typed another budget

    def __init__(self, combo: QComboBox, parent: QObject | None = None) -> None:
        super().__init__(parent or combo)
        self.combo = combo
        self.budgets: tuple[Budget, ...] | None = None
        self._filling = False
        combo.currentIndexChanged.connect(self._on_changed)
        combo.editTextChanged.connect(self._on_changed)
        self.set_budgets(None)

    @property
    def ids(self) -> frozenset[str] | None:
        """The ids an order may name (None: not known, so not checked)."""
        return None if self.budgets is None else frozenset(b.id for b in self.budgets)

    def set_budgets(self, budgets: tuple[Budget, ...] | None) -> None:
        """New budgets (from the cache or the server); the value shown stays."""
        value = budget_value(self.combo)
        self.budgets = budgets
        self._filling = True
        try:
            self.combo.clear()
            # A choice once the budgets are known (an empty list too: nothing to type that
            # the server would take); free text only while they are not known yet.
            self.combo.setEditable(budgets is None)
            if budgets is None:
                line = self.combo.lineEdit()
                assert line is not None
                line.setPlaceholderText(
                    QCoreApplication.translate(
                        "BudgetField", "Ihre Budgets erscheinen nach der Anmeldung"
                    )
                )
            else:
                for budget in budgets:
                    self.combo.addItem(budget_label(budget), budget.id)
                self.combo.setPlaceholderText(
                    QCoreApplication.translate("BudgetField", "Budget wählen …")
                    if budgets
                    else QCoreApplication.translate("BudgetField", "Ihr Konto hat kein Budget")
                )
            show_budget(self.combo, value)
        finally:
            self._filling = False

    def _on_changed(self, *_args: object) -> None:
        if not self._filling:
            self.edited.emit()
