"""Fixtures that build the real application objects on a temporary profile."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from desktop_app.app import AppContext, build, open_store
from desktop_app.gui.i18n import install_translators
from desktop_app.platform.clock import FixedClock
from desktop_app.platform.paths import AppPaths
from desktop_app.platform.settings import Settings


@pytest.fixture
def german(qapp) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def start_app(
    qtbot, app_paths: AppPaths, clock: FixedClock, german: None
) -> Iterator[Callable[[], AppContext]]:
    """Start the app on the test profile; call again after ``shutdown`` to "restart" it."""
    started: list[AppContext] = []
    errors: list[str] = []

    def start() -> AppContext:
        store = open_store(app_paths, interactive=False)
        assert store is not None
        context = build(app_paths, Settings(), clock, store)
        context.window.editor._autosave.setInterval(50)
        context.window.controller.error.connect(errors.append)
        qtbot.addWidget(context.window)
        with qtbot.waitSignal(context.window.controller.loaded, timeout=5000):
            context.window.show()
            context.window.controller.load_all()
        started.append(context)
        return context

    yield start
    assert errors == [], f"the app reported errors: {errors}"
    for context in started:
        context.ops.wait_for_done()
        context.store.dispose()


def restart(context: AppContext, start: Callable[[], AppContext]) -> AppContext:
    context.window.close()
    context.shutdown()
    return start()
