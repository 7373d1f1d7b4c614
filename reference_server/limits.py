"""Request limits, as pure ASGI middleware in front of every endpoint.

Body size: a declared Content-Length above the path's cap is answered 413 ``body_too_large``
before a byte of the body is read; a chunked body is counted while it streams and cut off at
the cap (whatever the endpoint answered to the cut-off body is replaced by the 413).

Rate: token buckets. An authenticated caller (valid access token) has a bucket per user; any
other call a bucket per client IP (the socket's peer: no proxy headers are trusted). Login has
its own per-IP bucket, so 20 clients behind one IP can log in while the anonymous bucket stays
untouched, and a per-e-mail count of failed logins that stops password guessing. Too many ->
429 ``rate_limited`` with ``Retry-After`` in whole seconds. Buckets use the monotonic clock,
not the server clock (moving the dev clock must not refill them); memory only, per process.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import FastAPI
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop_app.domain.attachments import MAX_ATTACHMENT_BYTES

from .access import bearer_principal
from .actions import MAX_JSON_BODY
from .auth import TokenService
from .problems import ApiProblem, problem_response

MIB = 1024 * 1024
DEFAULT_BODY_CAP = MAX_JSON_BODY
ATTACHMENT_BODY_CAP = MAX_ATTACHMENT_BYTES + MIB  # 25 MiB files plus multipart overhead
_ATTACHMENT_UPLOAD = re.compile(r"/api/v1/orders/[^/]+/attachments/?")
LOGIN_PATH = "/api/v1/auth/login"
DRAIN_ALLOWANCE = 32 * MIB


def body_cap(path: str) -> int:
    return ATTACHMENT_BODY_CAP if _ATTACHMENT_UPLOAD.fullmatch(path) else DEFAULT_BODY_CAP


class _BodyTooLarge(Exception):
    pass


def _too_large(cap: int, close: bool) -> ApiProblem:
    return ApiProblem(
        413,
        "body_too_large",
        "Request body too large",
        f"at most {cap} bytes",
        headers={"Connection": "close"} if close else None,
    )


class BodyLimit:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cap = body_cap(scope["path"])
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            # Answered before reading. Up to DRAIN_ALLOWANCE over the cap the server reads and
            # drops the rest, so a client still sending sees the 413 instead of a reset;
            # beyond that the connection is closed.
            close = int(declared) > cap + DRAIN_ALLOWANCE
            await problem_response(_too_large(cap, close))(scope, receive, send)
            return
        received = 0
        exceeded = started = False

        async def counted_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > cap:
                    exceeded = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:
                return  # the endpoint's answer to a cut-off body (often a 400) is dropped
            started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise
        if exceeded and not started:
            # A chunked body's remainder is unknown: close rather than drain it.
            await problem_response(_too_large(cap, close=True))(scope, receive, send)


@dataclass(frozen=True)
class Bucket:
    capacity: float  # burst
    per_second: float  # refill

    def __post_init__(self) -> None:
        if self.capacity < 1 or self.per_second <= 0:
            raise ValueError("a bucket needs capacity >= 1 and a positive refill rate")


@dataclass(frozen=True)
class RateLimits:
    """Defaults: a desktop client syncing, or a benchmark of 20 users on one IP, never waits."""

    principal: Bucket = Bucket(600, 100)  # per user
    anonymous: Bucket = Bucket(600, 100)  # per IP, calls without a valid token
    login: Bucket = Bucket(200, 20)  # per IP
    failed_logins: int = 10  # per e-mail within the window, then 429
    failed_login_window: float = 60.0  # seconds


DEFAULT_RATE_LIMITS = RateLimits()


class _Buckets:
    MAX_KEYS = 10_000

    def __init__(self, bucket: Bucket) -> None:
        self.bucket = bucket
        self._state: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)

    def take(self, key: str, now: float) -> float:
        """0 when a token was taken, else the seconds until one is available."""
        capacity, rate = self.bucket.capacity, self.bucket.per_second
        tokens, at = self._state.get(key, (capacity, now))
        tokens = min(capacity, tokens + (now - at) * rate)
        if len(self._state) >= self.MAX_KEYS:  # forget buckets that have refilled completely
            self._state = {
                k: (t, a) for k, (t, a) in self._state.items() if t + (now - a) * rate < capacity
            }
        if tokens >= 1:
            self._state[key] = (tokens - 1, now)
            return 0.0
        self._state[key] = (tokens, now)
        return (1 - tokens) / rate


class _FailedLogins:
    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[float]] = {}

    def wait(self, email: str, now: float) -> float:
        failures = self._failures.get(email)
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        if not failures:
            self._failures.pop(email, None)
            return 0.0
        return failures[0] + self.window - now if len(failures) >= self.limit else 0.0

    def failed(self, email: str, now: float) -> None:
        if len(self._failures) >= _Buckets.MAX_KEYS:
            self._failures = {e: f for e, f in self._failures.items() if f[-1] > now - self.window}
        self._failures.setdefault(email, deque(maxlen=self.limit)).append(now)

    def succeeded(self, email: str) -> None:
        self._failures.pop(email, None)


def _rate_limited(wait: float) -> ApiProblem:
    seconds = max(1, math.ceil(wait))
    return ApiProblem(
        429,
        "rate_limited",
        "Too many requests",
        f"retry after {seconds} s",
        headers={"Retry-After": str(seconds)},
    )


class RateLimit:
    # The event loop runs every call of this middleware, so the dicts need no lock.
    def __init__(
        self,
        app: ASGIApp,
        tokens: TokenService,
        limits: RateLimits,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app, self.tokens, self.limits, self.now = app, tokens, limits, now
        self.principals = _Buckets(limits.principal)
        self.anonymous = _Buckets(limits.anonymous)
        self.logins = _Buckets(limits.login)
        self.failed_logins = _FailedLogins(limits.failed_logins, limits.failed_login_window)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ip = (scope.get("client") or ("unknown", 0))[0]
        if scope["method"] == "POST" and scope["path"] == LOGIN_PATH:
            await self._login(scope, receive, send, ip)
            return
        who = bearer_principal(scope, self.tokens)
        if who is not None:
            wait = self.principals.take(f"user:{who.user_id}", self.now())
        else:
            wait = self.anonymous.take(f"ip:{ip}", self.now())
        if wait > 0:
            await problem_response(_rate_limited(wait))(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _login(self, scope: Scope, receive: Receive, send: Send, ip: str) -> None:
        wait = self.logins.take(f"ip:{ip}", self.now())
        if wait > 0:
            await problem_response(_rate_limited(wait))(scope, receive, send)
            return
        body = await _read_body(receive)  # already capped by BodyLimit
        email = _login_email(body)
        wait = self.failed_logins.wait(email, self.now()) if email else 0.0
        if wait > 0:
            await problem_response(_rate_limited(wait))(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def watch(message: Message) -> None:
            if email and message["type"] == "http.response.start":
                if message["status"] == 401:
                    self.failed_logins.failed(email, self.now())
                elif message["status"] == 200:
                    self.failed_logins.succeeded(email)
            await send(message)

        await self.app(scope, replay, watch)


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _login_email(body: bytes) -> str:
    """The e-mail as the login endpoint will look it up, or "" (then it answers 422)."""
    try:
        email = json.loads(body).get("email")
    except (ValueError, AttributeError):
        return ""
    return email.strip().lower() if isinstance(email, str) else ""


def install_limits(app: FastAPI, tokens: TokenService, rate_limits: RateLimits | None) -> None:
    """Body cap outermost (so the login reader above is capped too), then the rate limit."""
    if rate_limits is not None:
        app.add_middleware(RateLimit, tokens=tokens, limits=rate_limits)
    app.add_middleware(BodyLimit)
