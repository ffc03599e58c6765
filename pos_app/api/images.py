"""Fetching product thumbnails and store logos.

A client of its own, without the Authorization header: images live on public CDN hosts
and the API key must never travel to them.
"""

from __future__ import annotations

import asyncio
import logging

import httpx

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 2 * 1024 * 1024


class ImageFetcher:
    def __init__(self, *, timeout: float = 10.0, max_connections: int = 4) -> None:
        self._timeout = timeout
        self._max_connections = max_connections
        self._client: httpx.AsyncClient | None = None  # built on the first image, not at start
        self._building = asyncio.Lock()

    async def fetch(self, url: str) -> bytes | None:
        """The image bytes, or None when it cannot be had (a missing thumbnail is no error)."""
        async with self._building:
            if self._client is None:
                # On a worker thread: loading the TLS trust store would freeze the window.
                self._client = await asyncio.to_thread(self._build)
        try:
            response = await self._client.get(url)
        except httpx.HTTPError as exc:
            log.debug("image %s not loaded: %s", url, type(exc).__name__)
            return None
        if response.status_code != 200 or len(response.content) > MAX_IMAGE_BYTES:
            return None
        return response.content

    def _build(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            timeout=httpx.Timeout(self._timeout, connect=5.0),
            limits=httpx.Limits(max_connections=self._max_connections),
            follow_redirects=True,
        )

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
