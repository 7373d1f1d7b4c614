"""Serve any reference-server app on 127.0.0.1 (random port) in a thread, as the ``live_server``
fixture of conftest.py does, for fixtures that need another app (demo data, other limits)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from reference_server.context import ServerContext

from .conftest import LiveServer


@contextmanager
def serve(app: FastAPI) -> Iterator[LiveServer]:
    context: ServerContext = app.state.context
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(1000):
        if server.started:
            break
        thread.join(0.01)
    assert server.started, "reference server did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", context)
    finally:
        server.should_exit = True
        thread.join(10)
        context.db.dispose()
