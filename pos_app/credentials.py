"""Where the Scalev API key lives: the OS keychain, never a settings file.

One keychain entry per base URL (the URL is the entry's user name), so the live API and
the training server keep separate keys. ``SCALEV_API_KEY`` in the environment wins, for
kiosk machines provisioned without anyone typing the key.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

log = logging.getLogger("pos_app.credentials")

SERVICE_NAME = "Kasir (Scalev POS)"
ENV_VAR = "SCALEV_API_KEY"


class CredentialError(Exception):
    """The key could not be stored or removed (no usable keychain, access denied...)."""


@runtime_checkable
class CredentialStore(Protocol):
    def get(self, base_url: str) -> str | None: ...

    def set(self, base_url: str, key: str) -> None: ...

    def delete(self, base_url: str) -> None: ...


def account_for(base_url: str) -> str:
    """The keychain user name for a base URL: ``https://API.scalev.com/`` = ``https://api.scalev.com``."""
    text = base_url.strip().rstrip("/")
    scheme, sep, rest = text.partition("://")
    if not sep:
        return text.lower()
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}"


class KeyringCredentialStore:
    """The ``keyring`` package: Windows Credential Manager, macOS Keychain, Secret Service.

    ``backend`` is for tests: pass a keyring backend object and the OS is never touched.
    """

    def __init__(self, service: str = SERVICE_NAME, *, backend: Any = None) -> None:
        self.service = service
        self._backend = backend

    def __repr__(self) -> str:
        return f"KeyringCredentialStore(service={self.service!r})"

    def _keyring(self) -> Any:
        if self._backend is not None:
            return self._backend
        import keyring  # late: importing picks the OS backend, which tests must not trigger early

        return keyring.get_keyring()

    def get(self, base_url: str) -> str | None:
        try:
            key = self._keyring().get_password(self.service, account_for(base_url))
        except Exception as exc:  # any backend failure means "no key known", not a crash
            log.warning("could not read the API key from the keychain: %s", type(exc).__name__)
            return None
        return key or None

    def set(self, base_url: str, key: str) -> None:
        key = key.strip()
        if not key:
            raise CredentialError("refusing to store an empty API key")
        account = account_for(base_url)
        try:
            backend = self._keyring()
            backend.set_password(self.service, account, key)
            kept = backend.get_password(self.service, account) == key
        except Exception as exc:
            # The backend's own message is not shown: some backends quote what they were given.
            raise CredentialError(
                f"the API key could not be saved in the system keychain ({type(exc).__name__})"
            ) from None
        if not kept:
            # keyring's null backend (no keychain on this machine) accepts and forgets.
            raise CredentialError("the system keychain did not keep the API key")

    def delete(self, base_url: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            self._keyring().delete_password(self.service, account_for(base_url))
        except PasswordDeleteError:
            return  # nothing stored: already the state asked for
        except Exception as exc:
            raise CredentialError(
                f"the API key could not be removed from the system keychain ({type(exc).__name__})"
            ) from None


class MemoryCredentialStore:
    """Keys in a dict: tests, and a session that must not persist anything."""

    def __init__(self, initial: Mapping[str, str] | None = None) -> None:
        self._keys: dict[str, str] = {account_for(u): k for u, k in (initial or {}).items()}

    def __repr__(self) -> str:
        return f"MemoryCredentialStore({len(self._keys)} key(s))"

    def get(self, base_url: str) -> str | None:
        return self._keys.get(account_for(base_url))

    def set(self, base_url: str, key: str) -> None:
        key = key.strip()
        if not key:
            raise CredentialError("refusing to store an empty API key")
        self._keys[account_for(base_url)] = key

    def delete(self, base_url: str) -> None:
        self._keys.pop(account_for(base_url), None)


def resolve_api_key(
    store: CredentialStore, base_url: str, environ: Mapping[str, str] = os.environ
) -> str | None:
    """The key to use: ``SCALEV_API_KEY`` if set (kiosk provisioning), else the store's."""
    from_env = environ.get(ENV_VAR, "").strip()
    if from_env:
        return from_env
    return store.get(base_url)
