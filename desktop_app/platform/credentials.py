"""Where the refresh token lives: the OS secret store, or (visibly) only in memory.

There is deliberately no file fallback: when no secret store works, the caller is told
(SecretStoreUnavailable) and keeps the session in memory, saying so. Keyring calls may block
(an unlock prompt, a slow D-Bus) and must run off the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from typing import Protocol
from urllib.parse import urlsplit

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail, null

log = logging.getLogger(__name__)

SERVICE = "smart-orders"

_BACKEND_NAMES = {
    "keyring.backends.SecretService": "Secret Service",
    "keyring.backends.libsecret": "Secret Service",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Manager",
}


class SecretStoreUnavailable(Exception):
    """No usable secret store (none installed, locked, or refusing); plain English message."""


class CredentialStore(Protocol):
    def load(self, account: str) -> str | None: ...

    def save(self, account: str, secret: str) -> None: ...

    def delete(self, account: str) -> None: ...

    def describe(self) -> str: ...


class KeyringCredentials:
    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def load(self, account: str) -> str | None:
        backend = self._backend()
        try:
            return backend.get_password(self.service, account)
        except Exception as exc:
            raise self._unavailable("read from", exc) from None

    def save(self, account: str, secret: str) -> None:
        backend = self._backend()
        try:
            backend.set_password(self.service, account, secret)
        except Exception as exc:
            raise self._unavailable("save to", exc) from None

    def delete(self, account: str) -> None:
        backend = self._backend()
        try:
            backend.delete_password(self.service, account)
        except keyring.errors.PasswordDeleteError as exc:
            # Backends say "not found" with this error; only a secret still there is a failure.
            if self.load(account) is not None:
                raise self._unavailable("delete from", exc) from None
        except Exception as exc:
            raise self._unavailable("delete from", exc) from None

    def describe(self) -> str:
        try:
            backend = keyring.get_keyring()
        except Exception:
            return "no secret store"
        return describe_backend(backend)

    def _backend(self) -> keyring.backend.KeyringBackend:
        try:
            backend = keyring.get_keyring()
        except Exception as exc:
            raise self._unavailable("open", exc) from None
        # "fail" raises on use and "null" silently forgets: neither keeps a login.
        if isinstance(backend, fail.Keyring | null.Keyring):
            raise SecretStoreUnavailable(
                "No secret store (keyring) is available on this computer, so the login "
                "cannot be remembered; you will stay signed in until the app closes."
            )
        return backend

    def _unavailable(self, action: str, exc: BaseException) -> SecretStoreUnavailable:
        # The type is enough to diagnose; messages of some backends quote the item.
        log.warning("secret store failed to %s: %s", action, type(exc).__name__)
        if isinstance(exc, keyring.errors.KeyringLocked):
            reason = "it is locked"
        elif isinstance(exc, keyring.errors.NoKeyringError):
            reason = "no secret store is installed"
        else:
            reason = f"it reported an error ({type(exc).__name__})"
        return SecretStoreUnavailable(
            f"Could not {action} the {self.describe()} because {reason}; "
            "the login is kept only until the app closes."
        )


class MemoryCredentials:
    """Process memory only: what the app uses, and shows, when no secret store works."""

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}
        self._lock = threading.Lock()

    def load(self, account: str) -> str | None:
        with self._lock:
            return self._secrets.get(account)

    def save(self, account: str, secret: str) -> None:
        with self._lock:
            self._secrets[account] = secret

    def delete(self, account: str) -> None:
        with self._lock:
            self._secrets.pop(account, None)

    def describe(self) -> str:
        return "in memory"


def describe_backend(backend: keyring.backend.KeyringBackend) -> str:
    for module, name in _BACKEND_NAMES.items():
        if type(backend).__module__.startswith(module):
            return name
    return str(getattr(backend, "name", type(backend).__name__))


def account_key(server_url: str, email: str) -> str:
    """One entry per (server, user): the same e-mail on a test server is another account."""
    parts = urlsplit(server_url.strip())
    host = parts.netloc.rpartition("@")[2].lower()  # never let URL credentials into the key
    path = parts.path.rstrip("/")
    return f"{email.strip().lower()}@{parts.scheme.lower()}://{host}{path}"
