"""Composition root: paths → settings → database + migrations → services → Qt → windows.

Nothing here runs at import time; ``build`` creates every service once and injects it.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .gui.database_problem_dialog import ask_move_aside
from .gui.draft_editor import DraftEditor
from .gui.drafts_controller import DraftsController
from .gui.i18n import install_translators
from .gui.main_window import MainWindow
from .gui.ops import OpsRunner
from .gui.order_list_page import OrderListPage
from .platform.clock import Clock
from .platform.paths import AppPaths
from .platform.resources import icons_dir
from .platform.settings import Settings, load_settings
from .services.drafts import DraftService
from .storage.attachment_store import AttachmentStore
from .storage.database import Database
from .storage.migrate import DatabaseUnusableError, move_aside, prepare_database
from .storage.order_repository import OrderRepository

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    database: Database
    drafts: DraftService
    ops: OpsRunner
    window: MainWindow

    def shutdown(self) -> None:
        self.window.controller.flush()
        self.ops.wait_for_done()
        self.database.dispose()


def setup_logging(paths: AppPaths) -> None:
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def open_database(paths: AppPaths, interactive: bool = True) -> Database | None:
    """Prepare and open the profile's database; None when the person chose to quit."""
    try:
        prepare_database(paths.database, paths.backups_dir)
    except DatabaseUnusableError as problem:
        log.error("database unusable: %s", problem)
        inspection = problem.inspection
        if not interactive or not ask_move_aside(
            inspection.state.value, inspection.revision, problem.path
        ):
            return None
        move_aside(paths.database)
        prepare_database(paths.database, paths.backups_dir)
    return Database(paths.database)


def build(paths: AppPaths, settings: Settings, clock: Clock, database: Database) -> AppContext:
    drafts = DraftService(OrderRepository(database), AttachmentStore(paths.attachments_dir), clock)
    ops = OpsRunner()
    page = OrderListPage(clock.today())
    editor = DraftEditor(
        clock.today, settings.contribution, autosave_ms=settings.autosave_seconds * 1000
    )
    controller = DraftsController(drafts, ops, page, editor)
    qsettings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(page, editor, controller, qsettings)
    return AppContext(paths, settings, database, drafts, ops, window)


def run_gui(paths: AppPaths, language: str | None, quit_after_load: bool = False) -> int:
    started = time.perf_counter()
    paths.ensure()
    setup_logging(paths)
    settings = load_settings(paths.settings_file)
    QCoreApplication.setOrganizationName("Smart")
    QCoreApplication.setApplicationName("smart-orders")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon(str(icons_dir() / "smart-orders.svg")))
    translators = install_translators(app, language or settings.language)  # noqa: F841 (kept alive)
    database = open_database(paths)
    if database is None:
        return 2
    context = build(paths, settings, Clock(), database)
    window = context.window
    if quit_after_load:
        # Benchmark hook: report start-up to the painted window with the list filled.
        def report(_count: int) -> None:
            window.repaint()
            print(f"startup_ms={(time.perf_counter() - started) * 1000:.1f}", flush=True)
            QTimer.singleShot(0, window.close)

        window.controller.loaded.connect(report)
    window.show()
    window.controller.load_all()
    code = app.exec()
    context.shutdown()
    return code
