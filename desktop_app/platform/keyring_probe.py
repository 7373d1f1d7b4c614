"""Which secret store keyring would use here, without reading or writing any secret."""

from __future__ import annotations

import keyring
from keyring.backends import fail, null

from .credentials import describe_backend


def usable_secret_store() -> str | None:
    """The name of the secret store a login would be kept in, or None when there is none
    ("fail" refuses every call, "null" forgets silently; neither keeps a login)."""
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    return describe_backend(backend)
