"""The part of the composition that comes after the first paint: sync, account and the
pages that need them (Übersicht, Rechnungen, Kund*innen), the timeline, client search,
settings, diagnostics. Its modules are imported on the network thread first
(``import_sync_modules``); ``attach_sync`` then builds everything on the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .platform.clock import Clock

if TYPE_CHECKING:
    from .app import AppContext
    from .gui.sync_menu import SyncMenu
    from .platform.credentials import CredentialStore


def import_sync_modules() -> None:
    from .gui import (  # noqa: F401
        attachment_drop,
        budgets_controller,
        calendar_export,
        calendar_subscription,
        client_search,
        clients_page,
        cockpit_controller,
        invoices_controller,
        navigation,
        notification_setup,
        order_invoices_tab,
        settings_action,
        sync_menu,
        timeline_panel,
    )
    from .platform import credentials  # noqa: F401
    from .services import composition  # noqa: F401


def attach_sync(
    context: AppContext,
    clock: Clock,
    credentials: CredentialStore | None = None,
    start: bool = True,
) -> SyncMenu:
    """Build the sync services and their GUI (idempotent)."""
    if context.sync_menu is not None:
        return context.sync_menu
    from .domain.capabilities import OrderAction
    from .gui.accessible_buttons import name_icon_buttons
    from .gui.attachment_drop import AttachmentDrop
    from .gui.budgets_controller import BudgetsController
    from .gui.calendar_export import CalendarExport
    from .gui.calendar_subscription import CalendarSubscription
    from .gui.client_search import ClientSearch
    from .gui.clients_page import ClientsController, ClientsPage
    from .gui.cockpit_controller import CockpitController
    from .gui.cockpit_page import CockpitPage
    from .gui.diagnostics_action import DiagnosticsAction
    from .gui.invoice_page import InvoicePage
    from .gui.invoices_controller import InvoicesController
    from .gui.navigation import Navigation
    from .gui.order_actions_controller import OrderActionsController
    from .gui.order_invoices_tab import attach_order_invoices
    from .gui.settings_action import SettingsAction
    from .gui.sync_controller import SyncController
    from .gui.sync_menu import SyncMenu
    from .gui.timeline_panel import TimelinePanel
    from .services.composition import build_services

    services = build_services(
        context.paths,
        context.store,
        clock,
        credentials,
        drafts=context.drafts,
        read_only=context.store.read_only,
    )
    window = context.window
    sync = SyncController(services, context.ops, context.settings.sync_minutes, window)
    actions = OrderActionsController(services, context.ops, sync, window, window)
    actions.message.connect(lambda text: window.statusBar().showMessage(text, 4000))
    actions.error.connect(window.show_error)
    context.sync_menu = SyncMenu(
        window, window.editor, window.controller, services, context.ops, sync, actions
    )
    timeline = TimelinePanel(window, window.splitter, window.editor, services.actions, context.ops)
    sync.changed.connect(timeline.order_changed)
    actions.changed.connect(timeline.order_changed)
    context.timeline = timeline
    window.editor.ensure_built()  # the client search sits in the form
    context.client_search = ClientSearch(window.editor, services.clients, context.ops)
    if not context.store.read_only:  # preselecting the only budget is an edit
        budgets = BudgetsController(services.budgets, context.ops, window.editor, sync)
        budgets.load_cached()  # offline too; the server's after the first good sync round
    context.attachment_drop = AttachmentDrop(window.editor)
    navigation = Navigation(window, window.page)
    invoice_page = InvoicePage()
    navigation.add_page(invoice_page, invoice_page.title())
    cockpit_page = CockpitPage()
    navigation.add_page(cockpit_page, cockpit_page.title(), first=True)
    navigation.tabs.setCurrentIndex(navigation.orders_index)  # the list stays in view
    cockpit = CockpitController(services, context.ops, cockpit_page)
    cockpit_page.order_requested.connect(navigation.show_order)
    sync.changed.connect(cockpit.reload)
    actions.changed.connect(cockpit.reload)
    cockpit.reload()
    context.calendar_export = CalendarExport(window, services.cockpit, context.ops)
    invoices = InvoicesController(
        services,
        context.ops,
        invoice_page,
        actions,
        window,
        contribution=lambda: (context.settings_action or context).settings.contribution,
    )
    invoices.order_requested.connect(navigation.show_order)
    sync.changed.connect(invoices.reload)
    actions.changed.connect(invoices.reload)
    invoices.reload()
    order_invoices = attach_order_invoices(
        timeline.tabs, window.editor, services.invoices, context.ops, navigation.tabs, invoice_page
    )
    sync.changed.connect(order_invoices.order_changed)
    actions.changed.connect(order_invoices.order_changed)
    clients_page = ClientsPage()
    navigation.add_page(clients_page, clients_page.title())
    clients = ClientsController(
        clients_page, services.client_overview, context.ops, navigation, window.page
    )
    sync.changed.connect(clients.reload)
    window.controller.changed.connect(clients.reload)
    clients.reload()
    context.navigation = navigation
    context.settings_action = SettingsAction(
        window,
        context.settings,
        context.paths.settings_file,
        services.account,
        window.editor,
        sync,
        context.ops,
    )
    appearance = context.appearance
    if appearance is not None:
        context.settings_action.applied.connect(lambda s: appearance.set_mode(s.appearance))
    calendar_file = CalendarSubscription(
        window,
        services.cockpit,
        context.calendar_export,
        context.ops,
        clock,
        context.store.read_only,
    )
    calendar_file.failed.connect(window.show_error)
    sync.changed.connect(calendar_file.refresh)
    actions.changed.connect(calendar_file.refresh)
    context.settings_action.applied.connect(lambda s: calendar_file.set_path(s.calendar_file))
    calendar_file.set_path(context.settings.calendar_file)
    if context.read_only is not None:
        settings_action = context.settings_action.action
        context.read_only.cover_sync(context.sync_menu, settings_action, invoice_page)
        new_client = context.client_search.new_client.action
        context.read_only.refuse_unless_allowed(OrderAction.EDIT, new_client)
        start = False
    if context.read_only is None:  # marking a notification delivered is a write
        from .gui.notification_setup import attach_notifications

        current = context.settings_action  # its settings follow every save
        context.notifications = attach_notifications(
            window, services, context.ops, sync, navigation, lambda: current.settings
        )
    DiagnosticsAction(window, context.paths, context.ops, window.show_error)  # Hilfe menu
    name_icon_buttons(window)  # the window is complete: name Qt's own icon-only buttons
    if start:
        sync.start()
    return context.sync_menu
