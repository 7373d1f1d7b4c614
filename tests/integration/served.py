"""Serve any reference-server app on 127.0.0.1 (random port) in a thread, as the ``live_server``
fixture of conftest.py does, for fixtures that need another app (demo data, other limits)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI

from reference_server.context import ServerContext
from reference_server.in_thread import serve_in_thread

from .conftest import LiveServer


@contextmanager
def serve(app: FastAPI) -> Iterator[LiveServer]:
    context: ServerContext = app.state.context
    running = serve_in_thread(app)
    try:
        yield LiveServer(running.url, context)
    finally:
        running.stop()
        context.db.dispose()
