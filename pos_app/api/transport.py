"""Sending one API call: rate limit, send, log, map errors, retry reads.

The only code that touches ``httpx.AsyncClient``. Callers get decoded JSON or one of
our ``ApiError`` types, never an httpx object.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from pos_app.api.auth import BearerAuth
from pos_app.api.error_mapping import (
    error_from_response,
    error_from_transport,
    format_error,
    request_id_of,
)
from pos_app.api.errors import ApiError, RateLimitedError, ResponseFormatError
from pos_app.api.ratelimit import RateLimiter
from pos_app.api.retry import RetryPolicy
from pos_app.api.server_time import ServerClock
from pos_app.domain.links import is_loopback_host

log = logging.getLogger("pos_app.api")

Params = Mapping[str, str | int]


def timeouts(total: float) -> httpx.Timeout:
    # Connecting and getting a pool slot should be quick; a slow read is what
    # order creation on a busy server actually looks like.
    return httpx.Timeout(connect=min(total, 5.0), read=total, write=min(total, 10.0), pool=min(total, 5.0))


class ApiTransport:
    def __init__(
        self,
        base_url: str,
        auth: BearerAuth,
        *,
        timeout: float,
        transport: httpx.AsyncBaseTransport | None,
        limiter: RateLimiter,
        retry: RetryPolicy,
        now: Callable[[], float] = time.time,
    ) -> None:
        self._auth = auth
        self._limiter = limiter
        self._retry = retry
        # ``now`` is this machine's clock; the server's is learned from every response.
        self.server_clock = ServerClock(now)
        self._client_options = dict(
            base_url=base_url,
            timeout=timeouts(timeout),
            transport=transport,
            headers={"Accept": "application/json"},
            # A redirect would resend the key to wherever it points.
            follow_redirects=False,
            # Proxy settings from the environment must not divert the loopback training
            # server (or a test transport) to some other host.
            trust_env=transport is None and not _is_loopback(base_url),
        )
        self._client: httpx.AsyncClient | None = None
        self._building = asyncio.Lock()
        self._closed = False

    async def _http(self) -> httpx.AsyncClient:
        # Built on first use, on a worker thread: loading the TLS trust store takes tens of
        # milliseconds that would otherwise freeze a window opening from its cache.
        async with self._building:
            if self._client is None:
                if self._closed:
                    raise RuntimeError("the API client is closed")
                client = await asyncio.to_thread(
                    lambda: httpx.AsyncClient(auth=self._auth, **self._client_options)
                )
                if self._closed:
                    await client.aclose()
                    raise RuntimeError("the API client is closed")
                self._client = client
        return self._client

    @property
    def is_closed(self) -> bool:
        return self._closed or (self._client is not None and self._client.is_closed)

    def replace_auth(self, auth: BearerAuth) -> None:
        """Use a new key from the next request on (after a 401, the cashier enters a new one)."""
        self._auth = auth
        if self._client is not None:
            self._client.auth = auth

    async def aclose(self) -> None:
        self._closed = True
        if self._client is not None:
            await self._client.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        json: Any = None,
        retry: bool,
    ) -> Any:
        """Send, retrying only when ``retry`` (the call changes nothing on the server)."""
        attempt = 0
        waited = 0.0
        while True:
            attempt += 1
            try:
                return await self._send_once(method, path, params, json)
            except ApiError as error:
                delay = self._retry.delay_after(error, attempt, waited) if retry else None
                if delay is None:
                    raise
                log.info(
                    "%s %s: attempt %d failed (%s), retrying in %.2f s",
                    method,
                    path,
                    attempt,
                    type(error).__name__,
                    delay,
                )
                waited += delay
                await self._retry.sleep(delay)

    async def _send_once(self, method: str, path: str, params: Params | None, json: Any) -> Any:
        await self._limiter.acquire()
        started = time.perf_counter()
        try:
            http = await self._http()
            response = await http.request(method, path, params=params, json=json)
        except httpx.TransportError as exc:
            error = error_from_transport(exc, method, path)
            log.warning(
                "%s %s failed after %.0f ms: %s (request sent: %s)",
                method,
                path,
                _ms(started),
                type(exc).__name__,
                error.may_have_succeeded,
            )
            raise self._scrubbed(error) from exc
        except httpx.DecodingError as exc:
            raise self._scrubbed(ResponseFormatError(f"undecodable body ({method} {path})")) from exc

        # Before anything reads a time off this response (a 429's reset, say).
        self.server_clock.observe(response.headers.get("date"))
        request_id = request_id_of(response)
        status = response.status_code
        level = logging.DEBUG if status < 400 else logging.INFO if status < 429 else logging.WARNING
        log.log(
            level,
            "%s %s -> %d in %.0f ms (request id %s)",
            method,
            path,
            status,
            _ms(started),
            request_id or "-",
        )

        if not response.is_success:
            # X-Ratelimit-Reset is on the server's clock: a till two hours ahead must not
            # read it as "no wait", nor one two hours behind as "wait two hours".
            error = error_from_response(response, self.server_clock.now)
            if isinstance(error, RateLimitedError):
                self._limiter.hold(error.retry_after)
            raise self._scrubbed(error)
        if status == 204 or not response.content.strip():
            return None
        try:
            return response.json()
        except ValueError:
            raise self._scrubbed(format_error(response, f"{method} {path} is not JSON")) from None

    def _scrubbed(self, error: ApiError) -> ApiError:
        # Belt and braces: if a server or proxy ever echoed the key, it goes no further.
        error.message = self._auth.scrub(error.message)
        error.args = tuple(self._auth.scrub(arg) if isinstance(arg, str) else arg for arg in error.args)
        return error


def _is_loopback(base_url: str) -> bool:
    return is_loopback_host(httpx.URL(base_url).host)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000
