"""The "Test connection" button: one call to the stores list, and what its outcome means.

The stores list is the first thing the till needs after start, so a key that can list
stores is a key the till can start with; its ``store:list`` scope is the one a restricted
key most often lacks.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from pos_app.api.client import ScalevClient
from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    AuthError,
    ForbiddenError,
    NetworkError,
    ServerError,
)
from pos_app.api.models import Page, Store
from pos_app.api.retry import RetryPolicy

log = logging.getLogger(__name__)

# A check answers a button press: one attempt, and a bounded wait, rather than the
# retries and backoff the till uses for its own reads.
CHECK_TIMEOUT = 12.0


class ConnectionStatus(enum.Enum):
    OK = "ok"
    WRONG_KEY = "wrong_key"  # 401: invalid, expired or rotated key
    MISSING_SCOPE = "missing_scope"  # 403: restricted key without store:list
    UNREACHABLE = "unreachable"  # no connection, wrong address, or no answer in time
    SERVER_ERROR = "server_error"  # 5xx
    OTHER = "other"  # anything else (rate limited, unreadable answer, bad input)


@dataclass(frozen=True, slots=True)
class ConnectionResult:
    status: ConnectionStatus
    # First page of stores on OK (so settings can offer them as the default store).
    stores: tuple[Store, ...] = ()
    more_stores: bool = False
    # Technical detail for logs and support; never contains the key.
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status is ConnectionStatus.OK

    @property
    def store_count(self) -> int:
        return len(self.stores)


class StoresClient(Protocol):
    async def stores_page(self) -> Page[Store]: ...

    async def aclose(self) -> None: ...


ClientFactory = Callable[[str, str], StoresClient]


def _default_client(base_url: str, api_key: str) -> StoresClient:
    return ScalevClient(base_url, api_key, timeout=CHECK_TIMEOUT, retry=RetryPolicy.never())


def classify(error: ApiError) -> ConnectionStatus:
    if isinstance(error, AuthError):
        return ConnectionStatus.WRONG_KEY
    if isinstance(error, ForbiddenError):
        return ConnectionStatus.MISSING_SCOPE
    if isinstance(error, NetworkError | ApiTimeoutError):
        return ConnectionStatus.UNREACHABLE
    if isinstance(error, ServerError):
        return ConnectionStatus.SERVER_ERROR
    return ConnectionStatus.OTHER


class ConnectionChecker:
    """Checks an address and key by listing stores; never raises for a failed check."""

    def __init__(self, client_factory: ClientFactory | None = None, timeout: float = CHECK_TIMEOUT) -> None:
        self._client_factory = client_factory or _default_client
        self._timeout = timeout

    async def check(self, base_url: str, api_key: str) -> ConnectionResult:
        try:
            client = self._client_factory(base_url, api_key)
        except ValueError as exc:
            # The client refuses an address without http(s):// or a key it cannot send;
            # its message names the problem and never quotes the key.
            return ConnectionResult(ConnectionStatus.OTHER, detail=str(exc))
        try:
            async with asyncio.timeout(self._timeout):
                page = await client.stores_page()
        except TimeoutError:
            return ConnectionResult(ConnectionStatus.UNREACHABLE, detail="no answer in time")
        except ApiError as exc:
            status = classify(exc)
            log.info("connection check to %s failed: %s (%s)", base_url, status.value, exc)
            return ConnectionResult(status, detail=str(exc))
        finally:
            await client.aclose()
        return ConnectionResult(ConnectionStatus.OK, stores=tuple(page.items), more_stores=page.has_next)
