"""Composition root: paths → settings → database + migrations → services → Qt → windows.

Nothing here runs at import time; ``build`` creates every service once and injects it.
"""

from __future__ import annotations

import gc
import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .gui import icons
from .gui.appearance import Appearance
from .gui.draft_editor import DraftEditor
from .gui.drafts_controller import DraftsController
from .gui.i18n import install_translators
from .gui.main_window import MainWindow
from .gui.ops import OpsRunner
from .gui.order_list_page import OrderListPage
from .platform.clock import Clock
from .platform.log_redaction import install as install_log_redaction
from .platform.paths import AppPaths
from .platform.resources import icons_dir
from .platform.settings import Settings, load_settings
from .services.drafts import DraftService
from .storage.attachment_store import AttachmentStore
from .storage.migrate import DatabaseUnusableError, DbState, move_aside, prepare_database
from .storage.order_store import OrderStore
from .storage.order_summaries import FirstPagePrefetch

if TYPE_CHECKING:
    from .gui.attachment_drop import AttachmentDrop
    from .gui.calendar_export import CalendarExport
    from .gui.client_search import ClientSearch
    from .gui.navigation import Navigation
    from .gui.notification_controller import NotificationController
    from .gui.read_only import ReadOnlyView
    from .gui.settings_action import SettingsAction
    from .gui.sync_menu import SyncMenu
    from .gui.timeline_panel import TimelinePanel
    from .platform.credentials import CredentialStore

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    store: OrderStore
    drafts: DraftService
    ops: OpsRunner
    window: MainWindow
    sync_menu: SyncMenu | None = None
    timeline: TimelinePanel | None = None
    settings_action: SettingsAction | None = None
    navigation: Navigation | None = None
    client_search: ClientSearch | None = None
    attachment_drop: AttachmentDrop | None = None
    calendar_export: CalendarExport | None = None
    read_only: ReadOnlyView | None = None  # set in read-only (inspection) mode
    appearance: Appearance | None = None  # light/dark scheme (follows the settings)
    notifications: NotificationController | None = None  # not in read-only mode
    scratch: tempfile.TemporaryDirectory[str] | None = None  # read-only: the window layout

    closed: bool = False

    def shutdown(self) -> None:
        self.closed = True
        if self.sync_menu is not None:
            self.sync_menu.sync.stop()
        if self.notifications is not None:
            self.notifications.close()
        self.window.controller.flush()
        self.ops.wait_for_done()
        self.store.dispose()
        if self.scratch is not None:
            self.scratch.cleanup()
        if not self.store.read_only:  # the marker may belong to a running instance
            self.paths.running_marker.unlink(missing_ok=True)


LOG_MAX_BYTES = 2_000_000


def setup_logging(paths: AppPaths) -> None:
    # Rotated once per start rather than by logging.handlers, whose import (socket, pickle)
    # costs start-up time; a session's log stays in one file.
    log_file = paths.log_file
    if log_file.exists() and log_file.stat().st_size > LOG_MAX_BYTES:
        log_file.replace(log_file.with_suffix(".log.1"))
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    install_log_redaction(root)  # users attach this file to support requests


def open_store(
    paths: AppPaths, interactive: bool = True, prefetch: FirstPagePrefetch | None = None
) -> OrderStore | None:
    """Prepare and open the profile's database; None when the person chose to quit.

    Every page is checked only after a session that did not end cleanly (crash, kill,
    power loss), when damage is possible; a clean start skips that cost.
    """
    unclean = paths.running_marker.exists()
    if unclean:
        log.warning("previous session did not end cleanly: checking the whole database")
    try:
        inspection = prepare_database(paths.database, paths.backups_dir, full_check=unclean)
        if inspection.state is not DbState.CURRENT and prefetch is not None:
            prefetch.discard()
    except DatabaseUnusableError as problem:
        if prefetch is not None:
            prefetch.discard()
        log.error("database unusable: %s", problem)
        from .gui.database_problem_dialog import ask_move_aside

        refused = problem.inspection
        if not interactive or not ask_move_aside(
            refused.state.value, refused.revision, problem.path
        ):
            return None
        move_aside(paths.database)
        prepare_database(paths.database, paths.backups_dir)
    paths.running_marker.touch()
    return OrderStore(paths.database)


def open_read_only_store(paths: AppPaths) -> OrderStore | None:
    """The profile's database opened read-only; None (and why, on stderr) when it cannot be
    inspected as it is: it is never migrated, repaired or moved aside in this mode."""
    from .storage.read_only import ReadOnlyOpenError, open_read_only, refusal_message

    try:
        return open_read_only(paths.database, full_check=paths.running_marker.exists())
    except ReadOnlyOpenError as problem:
        log.error("read-only open refused: %s", problem)
        print(refusal_message(problem), file=sys.stderr)
        return None


def build(
    paths: AppPaths,
    settings: Settings,
    clock: Clock,
    store: OrderStore,
    credentials: CredentialStore | None = None,
    start_sync: bool = True,
    on_sync_ready: Callable[[SyncMenu], object] | None = None,
    inspected: str | None = None,
) -> AppContext:
    """A store opened read-only (storage.read_only) builds the read-only (inspection) app:
    services that refuse writes, a banner, no writing actions, no sync; ``inspected``
    names the diagnostics bundle shown."""
    drafts = DraftService(store, AttachmentStore(paths.attachments_dir), clock)
    if store.read_only:
        from .services.read_only import refuse_writes

        refuse_writes(drafts)
        start_sync = False  # no outbox processing, no pull, no timer
    ops = OpsRunner()
    page = OrderListPage(clock.today())
    editor = DraftEditor(
        clock.today, settings.contribution, autosave_ms=settings.autosave_seconds * 1000
    )
    controller = DraftsController(drafts, ops, page, editor)
    layout_file = paths.config_dir / "window.ini"
    scratch = None
    if store.read_only:  # the layout is read from the profile but saved to a throwaway copy
        scratch = tempfile.TemporaryDirectory(prefix="smart-orders-read-only-")
        copy = Path(scratch.name) / layout_file.name
        if layout_file.exists():
            shutil.copyfile(layout_file, copy)
        layout_file = copy
    qsettings = QSettings(str(layout_file), QSettings.Format.IniFormat)
    icons.hold_rendering()  # the icons are drawn right after the first paint
    window = MainWindow(page, editor, controller, qsettings)
    appearance = Appearance(settings.appearance, window)  # before the first paint
    # What the first paint does not need is made right after it: the editor's form, and
    # (in the background) SQLAlchemy with the ORM engine.
    controller.first_page_shown.connect(lambda: QTimer.singleShot(0, editor.ensure_built))
    for shown_or_failed in (controller.first_page_shown, controller.error):
        shown_or_failed.connect(
            lambda *_a: QTimer.singleShot(0, lambda: icons.release_rendering(window))
        )
    controller.loaded.connect(
        lambda _n: ops.run_db(
            store.warm_up,
            lambda _r: settle_heap(),
            lambda exc: log.error("database warm-up failed: %r", exc),
        )
    )
    context = AppContext(
        paths, settings, store, drafts, ops, window, scratch=scratch, appearance=appearance
    )
    if store.read_only:
        from .gui.read_only import ReadOnlyView

        context.read_only = ReadOnlyView(window, inspected)

    # Sync needs requests and keyring (~0.2 s of imports): loaded off the GUI thread once
    # the list is on screen, then the menus and the status corner are added.
    def imported(_result: object) -> None:
        window = context.window
        if context.closed or not shiboken6.isValid(window) or not window.isVisible():
            return  # the window closed before sync was ready (e.g. a quick restart)
        from .app_sync import attach_sync

        fresh = context.sync_menu is None
        menu = attach_sync(context, clock, credentials, start_sync)
        settle_heap()
        if fresh and on_sync_ready is not None:
            on_sync_ready(menu)

    controller.first_page_shown.connect(
        lambda: ops.run_net(
            _import_sync_modules,
            imported,
            lambda exc: log.error("sync could not be loaded: %r", exc),
        )
    )
    return context


def _import_sync_modules() -> None:
    from .app_sync import import_sync_modules

    import_sync_modules()


def settle_heap() -> None:
    """Take what lives as long as the app (modules, widgets, the loaded list) out of the
    cyclic garbage collector's full passes. Those run on whichever thread happens to
    allocate and hold the GIL throughout: with everything in reach, a pass during a pull
    froze the GUI thread for 70-350 ms (benchmarks/README.md). Called once the app has
    settled: after the list is (re)loaded and after sync is attached."""
    gc.collect(1)  # recent garbage is freed, not frozen
    gc.freeze()


def run_gui(
    paths: AppPaths,
    language: str | None,
    quit_after_load: bool = False,
    prefetch: FirstPagePrefetch | None = None,
    demo_profile: Path | None = None,
    read_only: bool = False,
    inspected: str | None = None,
) -> int:
    """The GUI; with ``demo_profile`` (a throwaway folder) the --demo default: the reference
    server in this process, logged in as the demo member, deleted again on quit. With
    ``read_only`` the profile is only inspected (``inspected``: the bundle's name)."""
    started = time.perf_counter()
    paths.ensure()
    setup_logging(paths)
    settings = load_settings(paths.settings_file)
    demo = None
    if demo_profile is not None:
        from .demo_mode import DemoMode

        demo = DemoMode(paths)
        settings = demo.settings()
    QCoreApplication.setOrganizationName("Smart")
    QCoreApplication.setApplicationName("smart-orders")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon(str(icons_dir() / "smart-orders.svg")))
    # Wayland matches windows to packaging/linux/<this>.desktop (taskbar icon and name).
    app.setDesktopFileName("de.smart.SmartOrders")
    translators = install_translators(app, language or settings.language)  # noqa: F841 (kept alive)
    store = open_read_only_store(paths) if read_only else open_store(paths, prefetch=prefetch)
    if store is None:
        return 2
    context = build(
        paths,
        settings,
        Clock(),
        store,
        credentials=demo.credentials if demo is not None else None,
        on_sync_ready=demo.attach if demo is not None else None,
        inspected=inspected,
    )
    window = context.window
    if quit_after_load:
        # Benchmark hook: report start-up to the painted window with the list filled.
        def first_painted() -> None:
            window.repaint()
            print(f"startup_ms={(time.perf_counter() - started) * 1000:.1f}", flush=True)

        def all_loaded(count: int) -> None:
            window.repaint()
            print(
                f"full_list_ms={(time.perf_counter() - started) * 1000:.1f} orders={count}",
                flush=True,
            )
            QTimer.singleShot(0, window.close)

        window.controller.first_page_shown.connect(first_painted)
        window.controller.loaded.connect(all_loaded)
    window.show()
    window.controller.load_all(prefetch.result if prefetch is not None else None)
    code = app.exec()
    context.shutdown()
    if demo is not None:
        demo.close(demo_profile)
    return code
