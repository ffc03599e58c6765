"""``ScalevClient``: every Scalev v3 route the POS uses, as typed async methods.

Paths, params and bodies follow /work/shared/scalev-api.md §4. Reads (GET, check-payment
and the two shipping searches) are retried on transient failures; calls that change
something (order create and duplicate, payment request, status change) are sent exactly
once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

import httpx

from pos_app.api import catalog_parsing, envelopes, order_parsing, shipping_parsing, store_parsing
from pos_app.api.auth import BearerAuth
from pos_app.api.models import (
    Bundle,
    CourierQuote,
    Location,
    Order,
    OrderStatusChange,
    OrderSummary,
    Page,
    PaymentAccount,
    PaymentInfo,
    Product,
    Store,
    Variant,
    WarehouseOption,
)
from pos_app.api.pagination import PageIterator
from pos_app.api.payment_parsing import parse_payment_info
from pos_app.api.ratelimit import RateLimiter
from pos_app.api.request_parts import iso, normalise_base_url, seg
from pos_app.api.retry import RetryPolicy
from pos_app.api.transport import ApiTransport, Params
from pos_app.domain.search import fold

PAGE_SIZE = 25  # the documented maximum (contract §3.4)
# Scalev allows 100 requests per 10 s per key. The server counts arrivals, we count
# departures, and network jitter can squeeze 100 departures into less than 10 s of
# arrivals (a catalog load saw 429s at exactly 100); a margin keeps us under.
CLIENT_REQUESTS_PER_WINDOW = 90


def _domain_key(domain: str) -> str:
    text = domain.strip().lower()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    return text.rstrip("/")


class ScalevClient:
    """One API key against one base URL, over one ``httpx.AsyncClient``.

    Create it inside the running event loop and close it with ``aclose()`` (or use
    ``async with``). The key cannot be read back from the object.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: float = 15.0,
        transport: httpx.AsyncBaseTransport | None = None,
        limiter: RateLimiter | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self._base_url = normalise_base_url(base_url)
        self._api = ApiTransport(
            self._base_url,
            BearerAuth(api_key),
            timeout=timeout,
            transport=transport,
            limiter=limiter or RateLimiter(max_requests=CLIENT_REQUESTS_PER_WINDOW),
            retry=retry or RetryPolicy(),
        )

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def is_closed(self) -> bool:
        return self._api.is_closed

    def __repr__(self) -> str:
        return f"ScalevClient(base_url={self._base_url!r})"

    @property
    def clock_offset(self) -> timedelta | None:
        """How far the server's clock is ahead of this machine's (negative: behind), from
        the ``Date`` header of the latest response that had a usable one; None before."""
        return self._api.server_clock.offset

    def server_now(self) -> datetime:
        """The server's current time (aware, UTC): this machine's clock corrected by
        ``clock_offset``, or uncorrected while no response has told us the offset.
        Use it for anything compared with server timestamps, such as "today's orders"."""
        return self._api.server_clock.now_datetime()

    def replace_api_key(self, api_key: str) -> None:
        """Switch to a new key without losing the connection pool, limiter or anything else."""
        self._api.replace_auth(BearerAuth(api_key))

    async def aclose(self) -> None:
        await self._api.aclose()

    async def __aenter__(self) -> ScalevClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _get(self, path: str, params: Params | None = None) -> Any:
        return await self._api.request("GET", path, params=params, retry=True)

    async def _post(self, path: str, body: Any = None, *, retry: bool) -> Any:
        return await self._api.request("POST", path, json=body, retry=retry)

    @staticmethod
    def _page_params(cursor: str | None, **filters: str | int | None) -> dict[str, str | int]:
        params: dict[str, str | int] = {k: v for k, v in filters.items() if v is not None}
        params["page_size"] = PAGE_SIZE
        if cursor:
            params["next_cursor"] = cursor
        return params

    # --- stores --------------------------------------------------------------------------

    async def stores_page(
        self, search: str | None = None, domain: str | None = None, cursor: str | None = None
    ) -> Page[Store]:
        body = await self._get(
            "/v3/stores/simplified", self._page_params(cursor, search=search, domain=domain)
        )
        page = envelopes.parse_page(body, store_parsing.parse_store, "stores")
        # The spec does not declare these filters (contract §9 #8), so a server may ignore
        # them: apply them here as well, no stricter than a server would (substring match).
        items = page.items
        if search and search.strip():
            needle = fold(search.strip())
            items = tuple(s for s in items if needle in fold(s.name))
        if domain and domain.strip():
            key = _domain_key(domain)
            items = tuple(s for s in items if s.domain and key in _domain_key(s.domain))
        return Page(items=items, has_next=page.has_next, next_cursor=page.next_cursor)

    def iter_stores(
        self, search: str | None = None, domain: str | None = None
    ) -> PageIterator[Store]:
        return PageIterator(lambda cursor: self.stores_page(search, domain, cursor))

    async def store_payment_methods(self, store_id: int) -> list[str]:
        body = await self._get(f"/v3/stores/{seg(store_id)}/payment-methods")
        return envelopes.parse_list(body, store_parsing.parse_payment_method, "payment methods")

    async def payment_accounts(self, store_id: int) -> list[PaymentAccount]:
        """The store's bank accounts for manual transfers, every page. A key without the
        ``payment_account:list`` scope gets ``ForbiddenError``: fall back to text the
        owner typed in the settings."""
        async def page(cursor: str | None) -> Page[PaymentAccount]:
            body = await self._get(f"/v3/stores/{seg(store_id)}/payment-accounts",
                                   self._page_params(cursor))
            return envelopes.parse_page(body, store_parsing.parse_payment_account, "payment accounts")

        return [account async for account in PageIterator(page)]

    # --- catalog -------------------------------------------------------------------------

    async def products_page(self, store_id: int | str, cursor: str | None = None) -> Page[Product]:
        body = await self._get(f"/v3/stores/{seg(store_id)}/products", self._page_params(cursor))
        return envelopes.parse_page(body, catalog_parsing.parse_product, "products")

    def iter_products(self, store_id: int | str) -> PageIterator[Product]:
        return PageIterator(lambda cursor: self.products_page(store_id, cursor))

    async def bundles_page(self, store_id: int, cursor: str | None = None) -> Page[Bundle]:
        body = await self._get(f"/v3/stores/{seg(store_id)}/bundles", self._page_params(cursor))
        return envelopes.parse_page(body, catalog_parsing.parse_bundle, "bundles")

    def iter_bundles(self, store_id: int) -> PageIterator[Bundle]:
        return PageIterator(lambda cursor: self.bundles_page(store_id, cursor))

    async def search_products(self, store_id: int | str, search: str) -> list[Product]:
        """Products of the store whose variant SKU is ``search`` or whose name has its words
        (``GET /v3/products``, §4.3): one page, for looking up a scanned SKU while the
        catalog is still loading. Each product comes with all its variants."""
        if not search.strip():
            raise ValueError("search_products needs some text to search for")
        params = self._page_params(None, store_id=str(store_id), search=search.strip())
        body = await self._get("/v3/products", params)
        return list(envelopes.parse_page(body, catalog_parsing.parse_product, "products").items)

    async def variant(self, store_id: int, variant_id: int | str) -> Variant:
        body = await self._get(f"/v3/stores/{seg(store_id)}/variants/{seg(variant_id)}")
        return catalog_parsing.parse_variant(body)

    # --- shipping ------------------------------------------------------------------------

    async def locations_page(self, search: str, cursor: str | None = None) -> Page[Location]:
        body = await self._get("/v3/locations", self._page_params(cursor, search=search))
        return envelopes.parse_page(body, shipping_parsing.parse_location, "locations")

    async def postal_codes(self, location_id: int) -> list[str]:
        body = await self._get(f"/v3/locations/{seg(location_id)}/postal-codes")
        return envelopes.parse_list(body, shipping_parsing.parse_postal_code, "postal codes")

    async def search_warehouses(
        self, store_id: int, destination_id: int, variants: Sequence[tuple[int, int]]
    ) -> list[WarehouseOption]:
        """Warehouses able to ship ``(variant_id, qty)`` pairs, nearest first."""
        body = {
            "store_id": store_id,
            "destination_id": destination_id,
            "variants": [{"variant_id": v, "qty": q} for v, q in variants],
        }
        # A search changes nothing on the server, so it is retried like a GET.
        data = await self._post("/v3/shipping-costs/search-warehouse", body, retry=True)
        options = envelopes.parse_list(data, shipping_parsing.parse_warehouse_option, "warehouses")
        far = float("inf")
        return sorted(options, key=lambda w: far if w.distance_km is None else w.distance_km)

    async def search_courier_services(
        self,
        store_id: int,
        warehouse_id: int,
        location_id: int,
        payment_method: str,
        weight: int,
        postal_code: str | None = None,
    ) -> list[CourierQuote]:
        body: dict[str, Any] = {
            "store_id": store_id,
            "warehouse_id": warehouse_id,
            "location_id": location_id,
            "payment_method": payment_method,
            "weight": weight,
        }
        if postal_code:
            body["postal_code"] = postal_code
        data = await self._post("/v3/shipping-costs/search-courier-service", body, retry=True)
        return envelopes.parse_list(data, shipping_parsing.parse_courier_quote, "courier services")

    # --- orders --------------------------------------------------------------------------

    async def create_order(self, payload: Mapping[str, Any]) -> Order:
        """Send the sale once. On ``ServerError``/``NetworkError``/``ApiTimeoutError`` with
        ``may_have_succeeded`` the order may exist: look it up before sending again."""
        body = await self._post("/v3/orders", dict(payload), retry=False)
        return order_parsing.parse_order(body)

    async def get_order(self, order_pk: str) -> Order:
        return order_parsing.parse_order(await self._get(f"/v3/orders/{seg(order_pk)}"))

    async def check_payment(self, order_pk: str) -> Order:
        # Asks the gateway again but changes nothing of ours: safe to retry.
        body = await self._post(f"/v3/orders/{seg(order_pk)}/check-payment", retry=True)
        return order_parsing.parse_order(body)

    async def create_payment(self, order_pk: str) -> dict[str, Any]:
        """(Re)create the payment request; the raw gateway payload (see
        :meth:`create_payment_info` for the typed one)."""
        body = await self._post(f"/v3/orders/{seg(order_pk)}/payment", retry=False)
        return order_parsing.parse_payment_payload(body)

    async def create_payment_info(self, order_pk: str, method: str | None = None) -> PaymentInfo:
        """:meth:`create_payment`, typed. ``method`` (the order's payment method) lets a
        Xendit VA payload, which does not name its bank, report ``bank_code``."""
        return parse_payment_info(await self.create_payment(order_pk), method)

    async def duplicate_order(
        self, order_pk: str, *, payment_method: str, metadata: Mapping[str, Any] | None = None
    ) -> Order:
        """The same sale as a new order with ``payment_method`` (one the store accepts);
        Scalev cancels the original. Sent once, never retried: it creates an order, so
        after an unclear failure look the new order up before sending again. A paid
        original is a ``ConflictError``."""
        body: dict[str, Any] = {"payment_method": payment_method}
        if metadata is not None:
            body["metadata"] = dict(metadata)
        data = await self._post(f"/v3/orders/{seg(order_pk)}/duplicate", body, retry=False)
        return order_parsing.parse_order(data)

    async def change_status(
        self,
        ids: Sequence[str],
        *,
        status: str | None = None,
        payment_status: str | None = None,
        payment_method: str | None = None,
    ) -> list[OrderStatusChange]:
        if isinstance(ids, str):
            raise TypeError("ids must be a sequence of order ids, not one string")
        if status is None and payment_status is None:
            raise ValueError("change_status needs status or payment_status")
        body: dict[str, Any] = {"ids": list(ids)}
        if status is not None:
            body["status"] = status
        if payment_status is not None:
            body["payment_status"] = payment_status
        if payment_method is not None:
            body["payment_method"] = payment_method
        data = await self._post("/v3/orders/change-status", body, retry=False)
        return envelopes.parse_list(data, order_parsing.parse_status_change, "status changes")

    async def cancel_order(self, order_pk: str) -> OrderStatusChange:
        changes = await self.change_status([order_pk], status="canceled")
        return order_parsing.change_of(changes, order_pk, "canceled")

    async def mark_payment_paid(
        self, order_pk: str, *, payment_method: str | None = None
    ) -> OrderStatusChange:
        """The merchant confirms the payment (a transfer arrived, cash was taken): change-
        status with ``payment_status: "paid"``, optionally recording the method actually
        used. Sent once, never retried automatically; marking a paid order again is
        harmless, a canceled one is a ``ConflictError``."""
        changes = await self.change_status(
            [order_pk], payment_status="paid", payment_method=payment_method
        )
        return order_parsing.change_of(changes, order_pk, "paid")

    async def orders_page(
        self,
        *,
        search: str | None = None,
        search_field: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        store_id: int | None = None,
        payment_status: str | None = None,
        payment_method: str | None = None,
        cursor: str | None = None,
    ) -> Page[OrderSummary]:
        """One page of orders, newest first. ``since``/``until`` filter on ``draft_time``
        (the creation moment, §4.14) and are compared with the SERVER's clock: build them
        from :meth:`server_now`, not from this machine's clock."""
        params = self._page_params(
            cursor,
            search=search,
            search_field=search_field,
            draft_time_since=iso(since) if since else None,
            draft_time_until=iso(until) if until else None,
            store_id=store_id,
            payment_status=payment_status,
            payment_method=payment_method,
        )
        body = await self._get("/v3/orders", params)
        return envelopes.parse_page(body, order_parsing.parse_order_summary, "orders")

    def iter_orders(
        self,
        *,
        search: str | None = None,
        search_field: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        store_id: int | None = None,
        payment_status: str | None = None,
        payment_method: str | None = None,
    ) -> PageIterator[OrderSummary]:
        """Every order matching the filters of :meth:`orders_page`, counter sales and
        orders from other channels alike."""
        filters: dict[str, Any] = {
            "search": search,
            "search_field": search_field,
            "since": since,
            "until": until,
            "store_id": store_id,
            "payment_status": payment_status,
            "payment_method": payment_method,
        }
        return PageIterator(lambda cursor: self.orders_page(cursor=cursor, **filters))
