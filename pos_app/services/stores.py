"""Finding the cashier's store, and the payment methods it accepts."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from pos_app.api.errors import ApiError, NetworkError
from pos_app.api.models import Page, Store
from pos_app.api.pagination import PageStream

log = logging.getLogger(__name__)

# A business rarely has more stores than this; a search narrows it when it has.
MAX_STORE_PAGES = 8


class StoreSource(Protocol):
    async def stores_page(
        self, search: str | None = None, domain: str | None = None, cursor: str | None = None
    ) -> Page[Store]: ...

    async def store_payment_methods(self, store_id: int) -> list[str]: ...


class StoreListCache(Protocol):
    def save_stores(self, stores: Sequence[Store]) -> None: ...

    def load_stores(self) -> list[Store] | None: ...


class StoreDirectory:
    def __init__(self, source: StoreSource, cache: StoreListCache | None = None) -> None:
        self._source = source
        self._cache = cache

    async def search(self, name: str = "", domain: str = "") -> tuple[list[Store], bool]:
        """Stores matching name and domain, and whether they came from the offline cache."""
        stores: list[Store] = []
        pages = PageStream(
            lambda cursor: self._source.stores_page(search=name or None, domain=domain or None, cursor=cursor)
        )
        try:
            async for page in pages:
                stores.extend(page.items)
                if pages.pages_fetched >= MAX_STORE_PAGES:
                    break
        except NetworkError:
            if self._cache is None:
                raise
            return _filter(self._cache.load_stores() or [], name, domain), True
        if self._cache is not None and not name and not domain:
            self._cache.save_stores(stores)
        return stores, False

    async def probe(self) -> None:
        """One cheap request, to learn whether the server can be reached."""
        await self._source.stores_page()

    def cached(self) -> list[Store]:
        """The store list saved last time, for a window that opens before the network answers."""
        return (self._cache.load_stores() or []) if self._cache is not None else []

    async def payment_methods(self, store: Store) -> list[str]:
        """The store's methods; the listing usually carries them, the store route is the fallback."""
        try:
            methods = await self._source.store_payment_methods(store.id)
        except ApiError as exc:
            if store.payment_methods:
                log.info("payment methods of store %s from the listing: %s", store.id, type(exc).__name__)
                return list(store.payment_methods)
            raise
        return methods or list(store.payment_methods)


def _filter(stores: Sequence[Store], name: str, domain: str) -> list[Store]:
    name_folded, domain_folded = name.casefold(), domain.casefold()
    return [
        s for s in stores if name_folded in s.name.casefold() and domain_folded in (s.domain or "").casefold()
    ]
