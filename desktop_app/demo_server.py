"""--demo: the reference server in this process on a free loopback port, with its demo data
and a movable clock, so a newcomer sees the whole workflow without an account at Smart.

Not part of the layered app: only the composition (app.py, cli.py) starts it.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from reference_server.app import create_app
from reference_server.context import ServerContext
from reference_server.demo import DEMO_ACCOUNTS, seed_demo


@dataclass
class DemoServer:
    url: str
    context: ServerContext
    folder: Path
    _server: uvicorn.Server
    _thread: threading.Thread

    @property
    def member(self) -> tuple[str, str]:
        return DEMO_ACCOUNTS["member"]

    @property
    def staff(self) -> tuple[str, str]:
        return DEMO_ACCOUNTS["staff"]

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self.context.db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_demo_server() -> DemoServer:
    folder = Path(tempfile.mkdtemp(prefix="smart-orders-demo-server-"))
    app = create_app(folder / "server.sqlite3", dev_clock=True)
    context: ServerContext = app.state.context
    seed_demo(context.db)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="demo-server", daemon=True)
    thread.start()
    for _ in range(1000):
        if server.started:
            break
        thread.join(0.01)
    if not server.started:
        raise RuntimeError("the demo server did not start")
    port = server.servers[0].sockets[0].getsockname()[1]
    return DemoServer(f"http://127.0.0.1:{port}", context, folder, server, thread)
