"""The services of one profile, built once and injected (GUI and headless CLI alike)."""

from __future__ import annotations

from dataclasses import dataclass

from ..platform.clock import Clock
from ..platform.credentials import CredentialStore, KeyringCredentials
from ..platform.paths import AppPaths
from ..remote.client import ApiClient
from ..storage.account_data import forget_account_data
from ..storage.attachment_store import AttachmentStore
from ..storage.budget_cache import BudgetCache
from ..storage.client_cache import ClientCache
from ..storage.notification_log import NotificationLog
from ..storage.order_store import OrderStore
from ..storage.outbox import Outbox
from ..storage.sync_repository import SyncRepository
from .account import AccountService, ClientFactory
from .budgets import BudgetDirectory
from .client_overview import ClientOverview
from .clients import ClientDirectory
from .cockpit import CockpitQueries
from .drafts import DraftService
from .invoices import InvoiceQueries
from .notifications import NotificationService
from .order_actions import OrderActions
from .read_only import refuse_writes
from .sync import SyncService


@dataclass
class Services:
    store: OrderStore
    drafts: DraftService
    account: AccountService
    actions: OrderActions
    sync: SyncService
    invoices: InvoiceQueries
    clients: ClientDirectory
    cockpit: CockpitQueries
    client_overview: ClientOverview
    notifications: NotificationService
    budgets: BudgetDirectory

    def dispose(self) -> None:
        self.store.dispose()


def build_services(
    paths: AppPaths,
    store: OrderStore,
    clock: Clock,
    credentials: CredentialStore | None = None,
    client_factory: ClientFactory | None = None,
    drafts: DraftService | None = None,
    read_only: bool = False,
) -> Services:
    """With ``read_only`` (inspection) every mutating service method raises ReadOnlyError;
    the store must then be opened read-only as well (storage.read_only)."""
    attachments = AttachmentStore(paths.attachments_dir)
    drafts = drafts or DraftService(store, attachments, clock)
    credentials = credentials or KeyringCredentials()
    account = AccountService(
        paths.settings_file,
        credentials,
        client_factory or ApiClient,
        before_switch=lambda: forget_account_data(store.database()),
    )
    outbox = Outbox(store.database)
    synced = SyncRepository(store.database)
    clients = ClientDirectory(account, ClientCache(store.database), clock)
    budgets = BudgetDirectory(account, BudgetCache(store.database))
    actions = OrderActions(store, outbox, synced, clock, clients.cached_duplicates, budgets.ids)
    sync = SyncService(account, outbox, synced, attachments, clock)
    invoices = InvoiceQueries(synced, store, clock)
    cockpit = CockpitQueries(store, synced, outbox, clock)
    overview = ClientOverview(store)
    notifications = NotificationService(store, synced, NotificationLog(store.database), clock)
    services = Services(
        store,
        drafts,
        account,
        actions,
        sync,
        invoices,
        clients,
        cockpit,
        overview,
        notifications,
        budgets,
    )
    if read_only:
        for service in vars(services).values():  # every service, also ones added later
            refuse_writes(service)
    return services
