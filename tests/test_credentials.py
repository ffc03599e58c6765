"""Credential stores: never the OS keychain in tests (conftest selects keyring's null backend)."""

from __future__ import annotations

import logging

import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.errors import PasswordDeleteError, PasswordSetError

from pos_app.credentials import (
    ENV_VAR,
    SERVICE_NAME,
    CredentialError,
    CredentialStore,
    KeyringCredentialStore,
    MemoryCredentialStore,
    account_for,
    resolve_api_key,
)

KEY = "sk_live_VERYSECRET_42"
LIVE = "https://api.scalev.com"
TRAINING = "http://127.0.0.1:8765"


class DictKeyring(KeyringBackend):
    """An in-memory keyring backend, to exercise KeyringCredentialStore end to end."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class RefusingKeyring(DictKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError(f"refused {password}")  # a backend that quotes its input

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordSetError("locked")


def test_keyring_store_keeps_one_entry_per_base_url() -> None:
    backend = DictKeyring()
    store = KeyringCredentialStore(backend=backend)
    assert isinstance(store, CredentialStore)
    store.set(LIVE + "/", f" {KEY}\n")
    store.set(TRAINING, "sk_training")
    assert backend.entries == {(SERVICE_NAME, LIVE): KEY, (SERVICE_NAME, TRAINING): "sk_training"}
    assert store.get("HTTPS://API.scalev.com") == KEY
    assert store.get(TRAINING) == "sk_training"
    store.delete(LIVE)
    store.delete(LIVE)  # deleting what is not there is fine
    assert store.get(LIVE) is None and store.get(TRAINING) == "sk_training"
    assert KEY not in repr(store)


def test_account_names_keep_the_path_case() -> None:
    assert account_for("HTTPS://Api.Scalev.com/V3/") == "https://api.scalev.com/V3"


def test_no_keychain_reads_as_no_key_and_saving_raises(caplog: pytest.LogCaptureFixture) -> None:
    store = KeyringCredentialStore(backend=FailKeyring())
    assert store.get(LIVE) is None
    assert "NoKeyringError" in caplog.text
    with pytest.raises(CredentialError):
        store.set(LIVE, KEY)
    with pytest.raises(CredentialError):
        store.delete(LIVE)


def test_backend_errors_do_not_leak_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = KeyringCredentialStore(backend=RefusingKeyring())
    with pytest.raises(CredentialError) as caught:
        store.set(LIVE, KEY)
    assert KEY not in str(caught.value) and caught.value.__cause__ is None
    with pytest.raises(CredentialError):
        store.delete(LIVE)
    assert KEY not in caplog.text


def test_default_backend_in_tests_is_the_null_keyring() -> None:
    # conftest forces keyring.backends.null: nothing is read and nothing is kept.
    store = KeyringCredentialStore()
    assert store.get(LIVE) is None
    with pytest.raises(CredentialError, match="did not keep"):
        store.set(LIVE, KEY)
    store.delete(LIVE)


def test_empty_keys_are_refused() -> None:
    with pytest.raises(CredentialError):
        KeyringCredentialStore(backend=DictKeyring()).set(LIVE, "  ")
    with pytest.raises(CredentialError):
        MemoryCredentialStore().set(LIVE, "")


def test_memory_store() -> None:
    store = MemoryCredentialStore({LIVE + "/": KEY})
    assert isinstance(store, CredentialStore)
    assert store.get(LIVE) == KEY
    store.set(TRAINING, "sk_training")
    store.delete(LIVE)
    assert store.get(LIVE) is None and store.get(TRAINING) == "sk_training"
    assert "sk_" not in repr(store)


def test_environment_overrides_the_store() -> None:
    store = MemoryCredentialStore({LIVE: KEY})
    assert resolve_api_key(store, LIVE, environ={}) == KEY
    assert resolve_api_key(store, LIVE, environ={ENV_VAR: " sk_kiosk \n"}) == "sk_kiosk"
    assert resolve_api_key(store, LIVE, environ={ENV_VAR: "  "}) == KEY
    assert resolve_api_key(store, TRAINING, environ={}) is None
