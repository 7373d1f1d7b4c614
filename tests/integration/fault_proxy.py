"""An HTTP-aware fault proxy between the app and the server, with a seeded plan per request.

Each connection carries one request (the proxy asks both sides for ``Connection: close``), so
every request gets its own fault: pass it through; refuse it before the server sees it (reset
or close); let the server process it and then lose the answer (reset, reset mid-response, a
truncated body, a body cut short behind a matching Content-Length, hold it past the client's
read timeout, replace it by a 502); or answer 500/502/503 or 429 + Retry-After itself.
``stop()``/``start()`` make the port refuse connections for real, as the network going away.
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum


class Fault(StrEnum):
    PASS = "pass"
    REFUSE = "refuse"  # RST before forwarding: the server never saw it
    CLOSE = "close"  # FIN without an answer, not forwarded
    ERROR_500 = "error_500"
    ERROR_502 = "error_502"
    ERROR_503 = "error_503"
    RATE_LIMITED = "rate_limited"  # 429, Retry-After: 1
    # The server DID process these; only the answer is lost or damaged.
    RESET_AFTER_REQUEST = "reset_after_request"
    RESET_MID_RESPONSE = "reset_mid_response"
    TRUNCATED = "truncated"  # fewer bytes than Content-Length, then FIN
    CUT_JSON = "cut_json"  # Content-Length fits the cut body: valid HTTP, broken JSON
    DELAY = "delay"  # held until the client gives up (read timeout)
    BAD_GATEWAY_AFTER = "bad_gateway_after"  # processed, then answered 502


PROCESSED = frozenset(
    {
        Fault.RESET_AFTER_REQUEST,
        Fault.RESET_MID_RESPONSE,
        Fault.TRUNCATED,
        Fault.CUT_JSON,
        Fault.DELAY,
        Fault.BAD_GATEWAY_AFTER,
    }
)
# Relative weights among the faults; PASS takes the rest of the probability.
DEFAULT_WEIGHTS = {
    Fault.REFUSE: 3,
    Fault.CLOSE: 2,
    Fault.ERROR_500: 2,
    Fault.ERROR_502: 2,
    Fault.ERROR_503: 2,
    Fault.RATE_LIMITED: 2,
    Fault.RESET_AFTER_REQUEST: 4,
    Fault.RESET_MID_RESPONSE: 3,
    Fault.TRUNCATED: 3,
    Fault.CUT_JSON: 3,
    Fault.DELAY: 1,
    Fault.BAD_GATEWAY_AFTER: 3,
}


@dataclass
class FaultPlan:
    """Which fault each request gets: seeded, so a failing run can be repeated."""

    rate: float
    seed: int
    weights: dict[Fault, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()
        self.log: list[tuple[str, str, Fault]] = []  # (method, path, fault) per request

    def choose(self, method: str, path: str) -> Fault:
        with self._lock:
            fault = Fault.PASS
            if self._rng.random() < self.rate:
                kinds = list(self.weights)
                fault = self._rng.choices(kinds, [self.weights[k] for k in kinds])[0]
            self.log.append((method, path, fault))
            return fault

    def counts(self) -> Counter[Fault]:
        with self._lock:
            return Counter(fault for _, _, fault in self.log)

    def injected_rate(self) -> float:
        counts = self.counts()
        total = sum(counts.values())
        return (total - counts[Fault.PASS]) / total if total else 0.0


class FaultProxy:
    def __init__(self, target_port: int, plan: FaultPlan, hold_limit: float = 5.0) -> None:
        self._target = ("127.0.0.1", target_port)
        self.plan = plan
        self.hold_limit = hold_limit  # DELAY: at most this long if the client never gives up
        # Called with (method, path) as each request has arrived, before it is forwarded.
        self.on_request: Callable[[str, str], None] | None = None
        self.port = 0
        self._listener: socket.socket | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        """Nobody listens any more: connecting is refused (ECONNREFUSED)."""
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            client.settimeout(10)
            request = _read_request(client)
            if request is None:
                return
            method, path, raw = request
            if self.on_request is not None:
                self.on_request(method, path)
            fault = self.plan.choose(method, path)
            self._answer(client, fault, raw)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                client.close()

    def _answer(self, client: socket.socket, fault: Fault, raw: bytes) -> None:
        if fault is Fault.REFUSE:
            return _reset(client)
        if fault is Fault.CLOSE:
            return None  # the finally closes with FIN
        own = _OWN_ANSWERS.get(fault)
        if own is not None:
            client.sendall(own)
            return None
        response = self._forward(raw)
        if response is None:  # the real server is gone: nothing to say
            return _reset(client)
        head, body = response
        if fault is Fault.PASS:
            client.sendall(head + body)
        elif fault is Fault.RESET_AFTER_REQUEST:
            _reset(client)
        elif fault is Fault.RESET_MID_RESPONSE:
            client.sendall(head + body[: len(body) // 2])
            _reset(client)
        elif fault is Fault.TRUNCATED:
            client.sendall(head + body[: len(body) // 2])
        elif fault is Fault.CUT_JSON:
            cut = body[: max(len(body) // 2, 1)]
            client.sendall(_with_length(head, len(cut)) + cut)
        elif fault is Fault.DELAY:
            client.settimeout(self.hold_limit)
            with contextlib.suppress(OSError):
                client.recv(1)  # returns when the client closes after its read timeout
        elif fault is Fault.BAD_GATEWAY_AFTER:
            client.sendall(_OWN_ANSWERS[Fault.ERROR_502])
        return None

    def _forward(self, raw: bytes) -> tuple[bytes, bytes] | None:
        try:
            upstream = socket.create_connection(self._target, timeout=30)
        except OSError:
            return None
        with upstream:
            upstream.sendall(raw)
            chunks = []
            while data := upstream.recv(65536):
                chunks.append(data)
        response = b"".join(chunks)
        head, sep, body = response.partition(b"\r\n\r\n")
        if not sep:
            return None
        return _with_connection_close(head) + b"\r\n\r\n", body


def _read_request(client: socket.socket) -> tuple[str, str, bytes] | None:
    """(method, path, the request rewritten to close the connection), or None at EOF."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = client.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    method, target = lines[0].decode("latin-1").split(" ")[:2]
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"transfer-encoding":
            raise OSError("chunked request bodies are not supported by the fault proxy")
    while len(body) < length:
        chunk = client.recv(65536)
        if not chunk:
            return None
        body += chunk
    return method, target.split("?")[0], _with_connection_close(head) + b"\r\n\r\n" + body


def _with_connection_close(head: bytes) -> bytes:
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"])


def _with_length(head: bytes, length: int) -> bytes:
    lines = head[:-4].split(b"\r\n")
    kept = [line for line in lines if not line.lower().startswith(b"content-length:")]
    return b"\r\n".join([*kept, b"Content-Length: " + str(length).encode()]) + b"\r\n\r\n"


def _reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN: the client sees 'connection reset by peer'."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _canned(status: str, content_type: str, body: bytes, extra: str = "") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


_HTML = b"<html><body><h1>Gateway trouble</h1></body></html>"
_OWN_ANSWERS = {
    Fault.ERROR_500: _canned("500 Internal Server Error", "text/html", _HTML),
    Fault.ERROR_502: _canned("502 Bad Gateway", "text/html", _HTML),
    Fault.ERROR_503: _canned("503 Service Unavailable", "text/plain", b"try later"),
    Fault.RATE_LIMITED: _canned(
        "429 Too Many Requests",
        "application/problem+json",
        b'{"type":"about:blank","title":"Too many requests","status":429,"code":"rate_limited"}',
        "Retry-After: 1\r\n",
    ),
}
