"""--demo: the reference server in this process on a free loopback port, with its demo data
and a movable clock, so a newcomer sees the whole workflow without an account at Smart.

Not part of the layered app: only the composition (app.py, cli.py) starts it.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reference_server.app import create_app
from reference_server.context import ServerContext
from reference_server.demo import DEMO_ACCOUNTS, seed_demo
from reference_server.in_thread import ThreadedServer, serve_in_thread


@dataclass
class DemoServer:
    url: str
    context: ServerContext
    folder: Path
    _running: ThreadedServer

    @property
    def member(self) -> tuple[str, str]:
        return DEMO_ACCOUNTS["member"]

    @property
    def staff(self) -> tuple[str, str]:
        return DEMO_ACCOUNTS["staff"]

    def stop(self) -> None:
        self._running.stop()
        self.context.db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_demo_server() -> DemoServer:
    folder = Path(tempfile.mkdtemp(prefix="smart-orders-demo-server-"))
    app = create_app(folder / "server.sqlite3", dev_clock=True)
    context: ServerContext = app.state.context
    seed_demo(context.db, context.clock)
    running = serve_in_thread(app, "demo-server")
    return DemoServer(running.url, context, folder, running)
