"""Wiring of --demo: the in-process reference server, a throwaway profile that is logged
in as the demo member (memory only: the real keyring is never touched), the banner and the
Demo menu."""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from pathlib import Path

from .demo_server import DemoServer, start_demo_server
from .gui.demo_menu import DemoMenu
from .gui.sync_menu import SyncMenu
from .platform.credentials import MemoryCredentials
from .platform.paths import AppPaths
from .platform.settings import Settings, load_settings, save_settings

log = logging.getLogger(__name__)


class DemoMode:
    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self.server: DemoServer = start_demo_server()
        self.credentials = MemoryCredentials()
        email, _password = self.server.member
        settings = load_settings(paths.settings_file)
        save_settings(
            paths.settings_file,
            replace(settings, server_url=self.server.url, account_email=email, sync_minutes=1),
        )

    def settings(self) -> Settings:
        return load_settings(self.paths.settings_file)

    def attach(self, menu: SyncMenu) -> DemoMenu:
        """Add the Demo menu and log in as the demo member (off the GUI thread)."""
        from reference_server.simulation import Simulation

        window = menu.window
        demo = DemoMenu(
            window,
            window.editor,  # type: ignore[attr-defined]
            Simulation(self.server.url, self.server.staff),
            menu.ops,
            menu.sync.sync_now,
            lambda text: window.statusBar().showMessage(text, 6000),
        )
        email, password = self.server.member

        def logged_in(_state: object) -> None:
            menu.sync.refresh()
            menu.sync.sync_now()

        def log_in() -> None:
            menu.ops.run_net(
                lambda: menu.services.account.login(self.server.url, email, password),
                logged_in,
                lambda exc: log.error("demo login failed: %r", exc),
            )

        # Moving the demo clock by weeks ends the session (refresh tokens last 30 days):
        # the demo member simply logs in again.
        menu.auto_login = True
        menu.sync.login_required.connect(log_in)
        log_in()
        return demo

    def close(self, profile_root: Path | None) -> None:
        self.server.stop()
        if profile_root is not None:
            shutil.rmtree(profile_root, ignore_errors=True)
