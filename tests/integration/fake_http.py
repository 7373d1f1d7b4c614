"""A tiny scripted HTTP server on 127.0.0.1 for the client's fault and endpoint tests.

Each test sets ``server.respond`` to a function that writes whatever it likes to the raw
socket: proper answers, lies about Content-Length, resets, silence. Real sockets, no mocks.
"""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.owner.seen.append(
            Seen(self.command, self.path, {k: v for k, v in self.headers.items()}, body)
        )
        self.server.owner.respond(self)

    def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
        pass

    # -- ways to answer ----------------------------------------------------------------------

    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_json(self, status: int, document: Any, headers: dict[str, str] | None = None) -> None:
        media = "application/problem+json" if status >= 400 else "application/json"
        self.send(status, json.dumps(document).encode(), {"Content-Type": media, **(headers or {})})

    def reset(self) -> None:
        """Close with RST instead of FIN: the client sees 'connection reset by peer'."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: FakeServer


@dataclass
class FakeServer:
    url: str = ""
    seen: list[Seen] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    respond: Callable[[Handler], None] = lambda handler: handler.send(204)

    def answer_json(self, status: int, document: Any, headers: dict[str, str] | None = None):
        self.respond = lambda handler: handler.send_json(status, document, headers)


def start(tls: ssl.SSLContext | None = None) -> tuple[FakeServer, _Server]:
    fake = FakeServer()
    httpd = _Server(("127.0.0.1", 0), Handler)
    httpd.owner = fake
    if tls is not None:
        httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    scheme = "https" if tls is not None else "http"
    fake.url = f"{scheme}://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    return fake, httpd


def stop(fake: FakeServer, httpd: _Server) -> None:
    fake.release.set()  # a handler that hangs on purpose may now finish
    httpd.shutdown()
    httpd.server_close()


def serve(tls: ssl.SSLContext | None = None) -> Iterator[FakeServer]:
    """For a test module's fixture: ``yield from serve()``."""
    fake, httpd = start(tls)
    try:
        yield fake
    finally:
        stop(fake, httpd)


def free_port() -> int:
    """A port nobody listens on (bound, then released): connecting is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
