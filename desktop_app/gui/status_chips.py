"""A row of status chips with their counts ("Alle 14", "Aktiv 4", …): one click filters the
list. Statuses without orders are hidden, except the chosen one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QWidget

from ..domain.status import OrderStatus
from .flow_layout import FlowLayout
from .i18n import status_text

_STYLE = """
QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 8px; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
"""


class StatusChips(QWidget):
    chosen = Signal(object)  # OrderStatus | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChips")
        self.setStyleSheet(_STYLE)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        # The chips wrap onto a second line when the list is narrow (never clipped).
        layout = FlowLayout(self, spacing=4)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.buttons: dict[OrderStatus | None, QToolButton] = {}
        for status in (None, *OrderStatus):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setObjectName(f"chip_{status.value if status else 'all'}")
            button.clicked.connect(lambda _c=False, s=status: self.chosen.emit(s))
            self._group.addButton(button)
            layout.addWidget(button)
            self.buttons[status] = button
        self.buttons[None].setChecked(True)

    @property
    def current(self) -> OrderStatus | None:
        for status, button in self.buttons.items():
            if button.isChecked():
                return status
        return None

    def set_counts(self, counts: dict[OrderStatus, int], total: int) -> None:
        current = self.current
        self.buttons[None].setText(self.tr("Alle %1").replace("%1", str(total)))
        self.buttons[None].setAccessibleName(self.buttons[None].text())
        for status in OrderStatus:
            button = self.buttons[status]
            button.setText(f"{status_text(status)} {counts.get(status, 0)}")
            button.setAccessibleName(self.tr("Nur %1 zeigen").replace("%1", status_text(status)))
            button.setVisible(counts.get(status, 0) > 0 or status is current)
