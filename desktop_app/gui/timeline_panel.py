"""The order's "Verlauf" tab beside the editor: every event from Smart, the client and the
system, the member's commands not yet sent, and how long it has been waiting for Smart."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.review_time import REVIEW_TARGET_HOURS, weekday_hours
from ..domain.status import OrderStatus
from ..domain.timeline import TimelineEvent
from ..services.changes import Changes
from ..services.order_actions import OrderActions
from . import theme
from .column_widths import elide_titles, fit_column, status_labels
from .draft_editor import DraftEditor
from .ops import OpsRunner
from .timeline_model import TimelineModel
from .timeline_texts import waiting_text


class TimelinePanel(QObject):
    def __init__(
        self,
        window: QMainWindow,
        splitter: QSplitter,
        editor: DraftEditor,
        actions: OrderActions,
        ops: OpsRunner,
    ) -> None:
        super().__init__(window)
        self._editor = editor
        self._actions = actions
        self._ops = ops
        self._shown: uuid.UUID | None = None
        self.widget = QWidget()
        self.widget.setObjectName("timelinePanel")
        self.waiting_label = QLabel(self.widget)
        self.waiting_label.setObjectName("waitingLabel")
        self.waiting_label.hide()
        self.model = TimelineModel(self)
        self.view = QTableView(self.widget)
        self.view.setObjectName("timelineView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(60)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,  # time
                QHeaderView.ResizeMode.Stretch,  # event
                QHeaderView.ResizeMode.Interactive,  # status: its longest label
                QHeaderView.ResizeMode.ResizeToContents,  # who
                QHeaderView.ResizeMode.Stretch,  # reason or comment (in full in the tooltip)
            )
        ):
            header.setSectionResizeMode(column, mode)
        fit_column(self.view, header, 2, status_labels())
        elide_titles(header)
        self.view.setWordWrap(False)  # the full reason is in the tooltip
        self.empty_label = QLabel(self.tr("Noch kein Verlauf: der Auftrag ist ein Entwurf."))
        layout = QVBoxLayout(self.widget)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.view)
        layout.addWidget(self.empty_label)

        # The editor moves into a tab; the timeline is the second tab.
        index = splitter.indexOf(editor)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        splitter.replaceWidget(index, self.tabs)
        self.tabs.addTab(editor, self.tr("&Auftrag"))
        self.tabs.addTab(self.widget, self.tr("&Verlauf"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        editor.order_shown.connect(lambda _o: self.refresh())

    def order_changed(self, changes: Changes | None = None) -> None:
        """The editor shows another order, or orders changed (sync, a command)."""
        current = self._editor.order
        if changes is None or (current is not None and current.id in changes.orders_saved):
            self.refresh()

    def refresh(self) -> None:
        order = self._editor.order
        self._shown = order.id if order is not None else None
        if order is None or self.tabs.currentWidget() is not self.widget:
            return
        order_id, status = order.id, order.status
        self._ops.run_db(
            lambda: self._actions.timeline(order_id),
            lambda events: self._show(order_id, status, events),
        )

    def _show(self, order_id: uuid.UUID, status: OrderStatus, events: list[TimelineEvent]) -> None:
        if self._shown != order_id:
            return  # another order was selected meanwhile
        self.model.set_events(events)
        self.view.setVisible(bool(events))
        self.empty_label.setVisible(not events)
        since = _in_review_since(status, events)
        if since is None:
            self.waiting_label.hide()
            return
        hours = weekday_hours(since, datetime.now(UTC))
        self.waiting_label.setText(waiting_text(hours, REVIEW_TARGET_HOURS))
        late = hours > REVIEW_TARGET_HOURS
        theme.apply_style(self.waiting_label, "error_text" if late else None)
        self.waiting_label.show()


def _in_review_since(status: OrderStatus, events: list[TimelineEvent]) -> datetime | None:
    if status is not OrderStatus.SMART_REVIEW:
        return None
    entered = [
        e.at
        for e in events
        if e.seq is not None
        and e.status_to == OrderStatus.SMART_REVIEW.value
        and e.status_from != e.status_to  # a comment during review does not restart the clock
    ]
    return max(entered) if entered else None
