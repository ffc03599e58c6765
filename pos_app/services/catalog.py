"""Loading a store's catalog page by page, from the local cache first when there is one.

The cashier can sell from the first page while the rest arrives, and a cached catalog
makes the window useful at once (and offline); the refresh then runs in the background.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Protocol

from pos_app.api.models import Bundle, Page, Product, Store, Variant
from pos_app.api.pagination import PageStream
from pos_app.domain.cart import PHYSICAL, Component, ItemKind, SellableItem, variant_item
from pos_app.domain.search import fold

log = logging.getLogger(__name__)


class CatalogSource(Protocol):
    async def products_page(self, store_id: int | str, cursor: str | None = None) -> Page[Product]: ...

    async def bundles_page(self, store_id: int, cursor: str | None = None) -> Page[Bundle]: ...

    async def variant(self, store_id: int, variant_id: int | str) -> Variant: ...

    async def search_products(self, store_id: int | str, search: str) -> list[Product]: ...


class CatalogStore(Protocol):
    """The local cache (``pos_app.storage.catalog_cache.CatalogCache``)."""

    def load(self, store_id: int) -> CachedCatalogLike | None: ...

    def save(
        self, store_id: int, products: Sequence[Product], bundles: Sequence[Bundle], fetched_at: datetime
    ) -> None: ...


class CachedCatalogLike(Protocol):
    products: Sequence[Product]
    bundles: Sequence[Bundle]
    fetched_at: datetime


def variant_to_item(product: Product, variant: Variant) -> SellableItem:
    item_type = variant.item_type or product.item_type or ""
    name = variant.fullname or product.name
    return variant_item(
        unique_id=variant.unique_id,
        variant_id=variant.id,
        name=name,
        price=variant.price,
        sku=variant.sku,
        weight=variant.weight or 0,
        item_type=item_type,
        image_url=variant.image_url or product.image_url,
        search_text=fold(f"{name} {variant.sku}"),
    )


def bundle_to_items(bundle: Bundle) -> list[SellableItem]:
    components = tuple(
        Component(line.variant_id, line.quantity, line.weight or 0, line.item_type == PHYSICAL)
        for line in bundle.lines
    )
    items = []
    for option in bundle.price_options:
        if not option.is_visible:
            continue
        name = f"{bundle.name} – {option.name}"
        items.append(
            SellableItem(
                kind=ItemKind.BUNDLE_OPTION,
                unique_id=option.unique_id,
                numeric_id=option.id,
                name=name,
                price=option.price,
                components=components,
                weight_bump=bundle.weight_bump,
                image_url=bundle.image_url,
                # What the list shows, plus the longer display text behind it.
                search_text=fold(f"{name} {bundle.display}"),
            )
        )
    return items


@dataclass
class CatalogBatch:
    """Items that arrived together: one page, or the whole cached catalog."""

    variants: list[SellableItem] = field(default_factory=list)
    bundle_options: list[SellableItem] = field(default_factory=list)
    from_cache: bool = False


class CatalogService:
    def __init__(
        self,
        source: CatalogSource,
        cache: CatalogStore | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._source = source
        self._cache = cache
        self._clock = clock

    async def cached(self, store: Store) -> CatalogBatch | None:
        """The saved catalog, read and converted on a worker thread so the window stays live."""
        return await asyncio.to_thread(self._cached, store)

    def _cached(self, store: Store) -> CatalogBatch | None:
        if self._cache is None:
            return None
        cached = self._cache.load(store.id)
        if cached is None:
            return None
        return CatalogBatch(
            variants=[variant_to_item(p, v) for p in cached.products if p.is_visible for v in p.variants],
            bundle_options=[item for b in cached.bundles for item in bundle_to_items(b)],
            from_cache=True,
        )

    async def fetch(self, store: Store) -> AsyncIterator[CatalogBatch]:
        """Yield the catalog from the server page by page; cache it once it is complete."""
        products: list[Product] = []
        bundles: list[Bundle] = []
        async for page in PageStream(lambda cursor: self._source.products_page(store.id, cursor)):
            complete = [await self._with_details(store, p) for p in page.items]
            products.extend(complete)
            yield CatalogBatch(
                variants=[variant_to_item(p, v) for p in complete if p.is_visible for v in p.variants]
            )
        async for page in PageStream(lambda cursor: self._source.bundles_page(store.id, cursor)):
            bundles.extend(page.items)
            yield CatalogBatch(bundle_options=[item for b in page.items for item in bundle_to_items(b)])
        if self._cache is not None:
            await asyncio.to_thread(self._cache.save, store.id, products, bundles, self._clock())

    async def look_up_sku(self, store: Store, sku: str) -> SellableItem | None:
        """The variant with exactly this SKU, asked of the server (while the catalog loads)."""
        wanted = sku.strip().casefold()
        for product in await self._source.search_products(store.id, sku.strip()):
            if not product.is_visible:
                continue
            for variant in product.variants:
                if variant.sku.strip().casefold() == wanted:
                    complete = await self._with_details(store, replace(product, variants=(variant,)))
                    return variant_to_item(complete, complete.variants[0])
        return None

    async def _with_details(self, store: Store, product: Product) -> Product:
        """The v3 listing does not promise item_type/weight; ask the variant route when missing."""
        if all(v.item_type is not None and v.weight is not None for v in product.variants):
            return product
        detailed = []
        for variant in product.variants:
            if variant.item_type is None or variant.weight is None:
                full = await self._source.variant(store.id, variant.id)
                variant = replace(variant, item_type=full.item_type, weight=full.weight)
            detailed.append(variant)
        return replace(product, variants=tuple(detailed))
