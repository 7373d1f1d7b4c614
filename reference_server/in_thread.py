"""Serve an app on 127.0.0.1 (a free port) in a background thread: for --demo inside the
desktop app, the integration tests and the benchmarks."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import uvicorn
from fastapi import FastAPI


@dataclass
class ThreadedServer:
    url: str
    _server: uvicorn.Server
    _thread: threading.Thread

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)


def serve_in_thread(app: FastAPI, name: str = "reference-server") -> ThreadedServer:
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=name, daemon=True)
    thread.start()
    for _ in range(1000):
        if server.started or not thread.is_alive():
            break
        thread.join(0.01)
    if not server.started:
        raise RuntimeError("the reference server did not start")
    port = server.servers[0].sockets[0].getsockname()[1]
    return ThreadedServer(f"http://127.0.0.1:{port}", server, thread)
