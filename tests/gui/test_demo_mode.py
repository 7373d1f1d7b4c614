"""--demo: the in-process server, logged in as the demo member, orders in every status, and
a Demo menu that plays Smart and moves the clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.app import AppContext, build, open_store
from desktop_app.demo_mode import DemoMode
from desktop_app.domain.status import OrderStatus
from desktop_app.platform.clock import Clock
from desktop_app.platform.paths import AppPaths


@pytest.fixture
def demo_app(qtbot, app_paths: AppPaths, german: None) -> Iterator[tuple[AppContext, DemoMode]]:  # type: ignore[no-untyped-def]
    demo = DemoMode(app_paths)
    store = open_store(app_paths, interactive=False)
    assert store is not None
    context = build(
        app_paths,
        demo.settings(),
        Clock(),
        store,
        credentials=demo.credentials,
        on_sync_ready=demo.attach,
    )
    qtbot.addWidget(context.window)
    with qtbot.waitSignal(context.window.controller.loaded, timeout=5000):
        context.window.show()
        context.window.controller.load_all()
    yield context, demo
    context.window.close()
    context.shutdown()
    demo.close(None)


def test_demo_logs_in_shows_every_status_and_plays_smart(qtbot, demo_app, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    context, demo = demo_app
    qtbot.waitUntil(lambda: context.window.page.model.total >= 14, timeout=20000)
    menu = context.sync_menu
    assert menu is not None and menu.sync.status.logged_in
    statuses = {s.status for s in context.drafts.summaries()}
    assert statuses >= set(OrderStatus) - {OrderStatus.DRAFT}
    banner = context.window.findChild(object, "demoBanner")
    assert banner is not None and "Demo" in banner.text()
    assert context.window.windowTitle().endswith("– Demo")

    in_review = {s.id for s in context.drafts.summaries() if s.status is OrderStatus.SMART_REVIEW}
    assert in_review
    demo_menu = next(c for c in context.window.children() if type(c).__name__ == "DemoMenu")
    demo_menu.actions["approve"].trigger()
    qtbot.waitUntil(
        lambda: all(
            context.drafts.load(order_id).status is not OrderStatus.SMART_REVIEW
            for order_id in in_review
        ),
        timeout=20000,
    )
    assert demo.credentials.load(menu.services.account.state.key)  # memory ...
    assert memory_keyring.secrets == {}  # ... never the system's keyring
