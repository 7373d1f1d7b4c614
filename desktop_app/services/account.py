"""The member's account: log in, keep only the refresh token (OS keyring), refresh the
short-lived access token transparently, log out.

When the OS has no usable secret store the session lives in memory only and the state
says so plainly; a plaintext fallback file is never written. Every method here may block
(network, keyring): the GUI calls them through the ops runner, never on its own thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from ..platform.credentials import (
    CredentialStore,
    MemoryCredentials,
    SecretStoreUnavailable,
    account_key,
)
from ..platform.settings import load_settings, save_settings
from ..remote.client import ApiClient, ServerConfig
from ..remote.errors import (
    AuthenticationError,
    InsecureUrlError,
    NetworkError,
    ProblemError,
    RemoteError,
    ResponseFormatError,
    ServerBusy,
    TlsError,
)
from ..remote.wire import Me
from ..storage.account_data import PendingCommandsError

log = logging.getLogger(__name__)

T = TypeVar("T")


class NotLoggedInError(Exception):
    code = "not_logged_in"


class LoginError(Exception):
    """Why a login failed, as a stable code the GUI and CLI translate: invalid_credentials,
    insecure_url, offline, tls, server_error, bad_response, rate_limited."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail


def login_error(exc: Exception) -> LoginError:
    if isinstance(exc, InsecureUrlError):
        return LoginError("insecure_url", str(exc))
    if isinstance(exc, TlsError):
        return LoginError("tls", str(exc))
    if isinstance(exc, NetworkError):
        return LoginError("offline", str(exc))
    if isinstance(exc, AuthenticationError):
        return LoginError("invalid_credentials", exc.code)
    if isinstance(exc, ServerBusy):
        return LoginError("rate_limited" if exc.status == 429 else "server_error", str(exc))
    if isinstance(exc, ResponseFormatError):
        return LoginError("bad_response", str(exc))
    if isinstance(exc, ProblemError):
        return LoginError(exc.code, exc.detail or exc.title)
    return LoginError("server_error", str(exc))


@dataclass(frozen=True)
class AccountState:
    server_url: str = ""
    email: str = ""
    me: Me | None = None
    logged_in: bool = False
    # Where the refresh token is kept: the keyring backend's name, or "" (memory only).
    secret_store: str = ""
    secret_store_problem: str = ""

    @property
    def key(self) -> str:
        return account_key(self.server_url, self.email) if self.email else ""


ClientFactory = Callable[[ServerConfig], ApiClient]


class AccountService:
    def __init__(
        self,
        settings_path: Path,
        credentials: CredentialStore,
        client_factory: ClientFactory = ApiClient,
        before_switch: Callable[[], None] | None = None,
    ) -> None:
        self._settings_path = settings_path
        self._keyring = credentials
        self._memory = MemoryCredentials()
        self._store: CredentialStore = credentials
        self._factory = client_factory
        # Called before another account than the stored one is logged in (may refuse).
        self._before_switch = before_switch
        self._lock = threading.RLock()
        self._client: ApiClient | None = None
        settings = load_settings(settings_path)
        self._state = AccountState(server_url=settings.server_url, email=settings.account_email)

    @property
    def state(self) -> AccountState:
        return self._state

    def restore(self) -> AccountState:
        """At start: pick up the stored session (keyring read; no network)."""
        with self._lock:
            if not self._state.email or not self._state.server_url:
                return self._state
            try:
                token = self._keyring.load(self._state.key)
                self._state = replace(self._state, secret_store=self._keyring.describe())
            except SecretStoreUnavailable as exc:
                token = None
                self._state = replace(self._state, secret_store_problem=str(exc))
            self._state = replace(self._state, logged_in=token is not None)
            return self._state

    def login(self, server_url: str, email: str, password: str) -> AccountState:
        try:
            config = ServerConfig(server_url)
            client = self._factory(config)
            tokens = client.login(email.strip(), password)
            client.access_token = tokens.access_token
            me = client.me()
        except (RemoteError, InsecureUrlError) as exc:
            raise login_error(exc) from exc
        email = email.strip()
        previous = self._state.key
        if previous and previous != account_key(config.base_url, email):
            if self._before_switch is not None:
                try:
                    self._before_switch()
                except PendingCommandsError as exc:
                    client.logout(tokens.refresh_token)
                    raise LoginError("pending_commands", str(exc)) from exc
            self._forget_secret(previous)
        with self._lock:
            self._client = client
            self._state = AccountState(server_url=config.base_url, email=email, me=me)
            self._keep_refresh_token(tokens.refresh_token)
            self._state = replace(self._state, logged_in=True)
            settings = load_settings(self._settings_path)
            save_settings(
                self._settings_path,
                replace(settings, server_url=config.base_url, account_email=email),
            )
            return self._state

    def logout(self) -> AccountState:
        with self._lock:
            token = self._load_refresh_token()
            if token is not None and self._state.server_url:
                try:
                    self._api().logout(token)
                except Exception as exc:
                    log.info("server logout failed (%s); removing the local session anyway", exc)
            self._forget_secret(self._state.key)
            self._client = None
            self._state = replace(self._state, logged_in=False, me=None)
            return self._state

    def _forget_secret(self, key: str) -> None:
        for store in (self._keyring, self._memory):
            with contextlib.suppress(SecretStoreUnavailable):
                store.delete(key)

    def call(self, request: Callable[[ApiClient], T]) -> T:
        """Run ``request`` with a valid access token; refresh once on 401 and repeat."""
        client = self._api()
        if client.access_token is None:
            self._refresh(client)
        try:
            return request(client)
        except AuthenticationError:
            self._refresh(client)
            return request(client)

    def me(self) -> Me:
        me = self.call(lambda client: client.me())
        with self._lock:
            self._state = replace(self._state, me=me)
        return me

    def _api(self) -> ApiClient:
        with self._lock:
            if not self._state.server_url:
                raise NotLoggedInError("no server configured")
            if self._client is None:
                self._client = self._factory(ServerConfig(self._state.server_url))
            return self._client

    def _refresh(self, client: ApiClient) -> None:
        with self._lock:
            token = self._load_refresh_token()
            if token is None:
                self._state = replace(self._state, logged_in=False)
                raise NotLoggedInError("no stored session")
            try:
                tokens = client.refresh(token)
            except AuthenticationError:
                # The session ended on the server (expired, revoked): log in again.
                self._state = replace(self._state, logged_in=False)
                raise
            client.access_token = tokens.access_token
            self._keep_refresh_token(tokens.refresh_token)

    def _load_refresh_token(self) -> str | None:
        if self._store is self._memory:
            return self._memory.load(self._state.key)
        try:
            return self._store.load(self._state.key)
        except SecretStoreUnavailable as exc:
            self._state = replace(self._state, secret_store_problem=str(exc))
            return self._memory.load(self._state.key)

    def _keep_refresh_token(self, token: str) -> None:
        if self._store is not self._memory:
            try:
                self._store.save(self._state.key, token)
                # A memory store given on purpose (--demo) is no keyring either: say so.
                where = "" if isinstance(self._store, MemoryCredentials) else self._store.describe()
                self._state = replace(self._state, secret_store=where, secret_store_problem="")
                return
            except SecretStoreUnavailable as exc:
                log.warning("no secret store (%s): the session is kept in memory only", exc)
                self._store = self._memory
                self._state = replace(self._state, secret_store_problem=str(exc))
        self._memory.save(self._state.key, token)
        self._state = replace(self._state, secret_store="")
