"""A file-backed keyring for child processes of the crash tests — TEST ONLY, plaintext.

A real CLI child (``python -m desktop_app ... sync``) must find the refresh token its
predecessor stored, which the in-memory test keyring cannot give across processes. The child
selects this backend with ``PYTHON_KEYRING_BACKEND=tests.keyring_file.FileKeyring`` and
``SMART_ORDERS_TEST_KEYRING=<file>``; it is never picked by keyring's own detection.
Writes replace the file atomically, so a SIGKILL leaves the old or the new content.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

FILE_ENV = "SMART_ORDERS_TEST_KEYRING"
BACKEND = "tests.keyring_file.FileKeyring"


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        if FILE_ENV not in os.environ:  # keeps keyring's detection from ever choosing it
            raise RuntimeError(f"test backend: set {FILE_ENV}")
        return 0.1

    @property
    def _path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def _store(self, secrets: dict[str, str]) -> None:
        temporary = self._path.with_name(f"{self._path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(secrets), encoding="utf-8")
        os.replace(temporary, self._path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._load()
        secrets[f"{service}\n{username}"] = password
        self._store(secrets)

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._load()
        if secrets.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("Password not found")
        self._store(secrets)
