"""The refresh token's store: OS keyring (in-memory backend in tests) or plainly memory."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail, null
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

from desktop_app.platform.credentials import (
    CredentialStore,
    KeyringCredentials,
    MemoryCredentials,
    SecretStoreUnavailable,
    account_key,
    describe_backend,
)

from ..keyring_memory import MemoryKeyring


@pytest.mark.parametrize("store", [KeyringCredentials(), MemoryCredentials()])
def test_save_load_delete(store: CredentialStore) -> None:
    assert store.load("anna") is None
    store.save("anna", "refresh-1")
    store.save("anna", "refresh-2")  # rotation overwrites
    assert store.load("anna") == "refresh-2"
    store.delete("anna")
    store.delete("anna")  # logging out twice is fine
    assert store.load("anna") is None


def test_keyring_entries_live_under_the_service(memory_keyring: MemoryKeyring) -> None:
    KeyringCredentials().save("acct", "s3cret")
    assert memory_keyring.secrets == {("smart-orders", "acct"): "s3cret"}


def test_no_keyring_backend_is_unavailable() -> None:
    keyring.set_keyring(fail.Keyring())
    store = KeyringCredentials()
    for call in (lambda: store.load("a"), lambda: store.save("a", "s"), lambda: store.delete("a")):
        with pytest.raises(SecretStoreUnavailable, match="until the app closes"):
            call()


def test_the_null_backend_would_silently_forget_so_it_is_unavailable() -> None:
    keyring.set_keyring(null.Keyring())
    with pytest.raises(SecretStoreUnavailable):
        KeyringCredentials().save("a", "s")


class _Broken(MemoryKeyring):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error


@pytest.mark.parametrize(
    "error", [KeyringLocked("locked"), PasswordSetError("no"), RuntimeError("dbus gone")]
)
def test_backend_errors_become_unavailable(error: Exception) -> None:
    keyring.set_keyring(_Broken(error))
    with pytest.raises(SecretStoreUnavailable) as caught:
        KeyringCredentials().save("anna", "refresh-XYZ")
    assert "refresh-XYZ" not in str(caught.value) and caught.value.__cause__ is None
    with pytest.raises(SecretStoreUnavailable):
        KeyringCredentials().load("a")


def test_locked_store_says_so() -> None:
    keyring.set_keyring(_Broken(KeyringLocked("locked")))
    with pytest.raises(SecretStoreUnavailable, match="locked"):
        KeyringCredentials().load("a")


class _CannotDelete(MemoryKeyring):
    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("denied")


def test_a_secret_that_cannot_be_deleted_is_reported() -> None:
    backend = _CannotDelete()
    keyring.set_keyring(backend)
    store = KeyringCredentials()
    store.delete("nobody")  # nothing stored: the error means "not found"
    store.save("anna", "refresh")
    with pytest.raises(SecretStoreUnavailable):
        store.delete("anna")


def test_descriptions() -> None:
    assert MemoryCredentials().describe() == "in memory"
    assert describe_backend(fail.Keyring()) == fail.Keyring().name
    from keyring.backends import SecretService

    assert describe_backend(SecretService.Keyring()) == "Secret Service"


def test_account_key_is_per_server_and_user() -> None:
    base = account_key("https://smart.example", "anna@example.org")
    assert base == account_key(" HTTPS://Smart.Example/ ", " Anna@Example.org ")
    assert base != account_key("https://test.smart.example", "anna@example.org")
    assert base != account_key("https://smart.example", "ben@example.org")
    assert "pw" not in account_key("https://u:pw@smart.example", "anna@example.org")
