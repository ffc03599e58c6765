"""``ScalevClient``: every Scalev v3 route the POS uses, as typed async methods.

Paths, params and bodies follow /work/shared/scalev-api.md §4. Reads (GET, check-payment
and the two shipping searches) are retried on transient failures; calls that change
something (order create, payment request, status change) are sent exactly once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx

from pos_app.api import parsing
from pos_app.api.auth import BearerAuth
from pos_app.api.errors import ResponseFormatError
from pos_app.api.models import (
    Bundle,
    CourierQuote,
    Location,
    Order,
    OrderStatusChange,
    OrderSummary,
    Page,
    Product,
    Store,
    Variant,
    WarehouseOption,
)
from pos_app.api.pagination import PageIterator
from pos_app.api.ratelimit import RateLimiter
from pos_app.api.retry import RetryPolicy
from pos_app.api.transport import ApiTransport, Params
from pos_app.domain.search import fold

PAGE_SIZE = 25  # the documented maximum (contract §3.4)
# Scalev allows 100 requests per 10 s per key. The server counts arrivals, we count
# departures, and network jitter can squeeze 100 departures into less than 10 s of
# arrivals (a catalog load saw 429s at exactly 100); a margin keeps us under.
CLIENT_REQUESTS_PER_WINDOW = 90


def _seg(value: int | str) -> str:
    """One path segment, escaped so an id can never change the route."""
    text = str(value).strip()
    if not text:
        raise ValueError("an id in the path is empty")
    return quote(text, safe="")


def _normalise_base_url(base_url: str) -> str:
    url = httpx.URL(base_url.strip())
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("base_url must be an http(s) URL with a host")
    return str(url).rstrip("/")


def _iso(moment: datetime) -> str:
    # A naive datetime is the till's local time; the server must not guess otherwise.
    return (moment if moment.tzinfo else moment.astimezone()).isoformat()


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
        self._base_url = _normalise_base_url(base_url)
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
        page = parsing.parse_page(body, parsing.parse_store, "stores")
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
        body = await self._get(f"/v3/stores/{_seg(store_id)}/payment-methods")
        return parsing.parse_list(body, parsing.parse_payment_method, "payment methods")

    # --- catalog -------------------------------------------------------------------------

    async def products_page(self, store_id: int | str, cursor: str | None = None) -> Page[Product]:
        body = await self._get(f"/v3/stores/{_seg(store_id)}/products", self._page_params(cursor))
        return parsing.parse_page(body, parsing.parse_product, "products")

    def iter_products(self, store_id: int | str) -> PageIterator[Product]:
        return PageIterator(lambda cursor: self.products_page(store_id, cursor))

    async def bundles_page(self, store_id: int, cursor: str | None = None) -> Page[Bundle]:
        body = await self._get(f"/v3/stores/{_seg(store_id)}/bundles", self._page_params(cursor))
        return parsing.parse_page(body, parsing.parse_bundle, "bundles")

    def iter_bundles(self, store_id: int) -> PageIterator[Bundle]:
        return PageIterator(lambda cursor: self.bundles_page(store_id, cursor))

    async def variant(self, store_id: int, variant_id: int | str) -> Variant:
        body = await self._get(f"/v3/stores/{_seg(store_id)}/variants/{_seg(variant_id)}")
        return parsing.parse_variant(body)

    # --- shipping ------------------------------------------------------------------------

    async def locations_page(self, search: str, cursor: str | None = None) -> Page[Location]:
        body = await self._get("/v3/locations", self._page_params(cursor, search=search))
        return parsing.parse_page(body, parsing.parse_location, "locations")

    async def postal_codes(self, location_id: int) -> list[str]:
        body = await self._get(f"/v3/locations/{_seg(location_id)}/postal-codes")
        return parsing.parse_list(body, parsing.parse_postal_code, "postal codes")

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
        options = parsing.parse_list(data, parsing.parse_warehouse_option, "warehouses")
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
        return parsing.parse_list(data, parsing.parse_courier_quote, "courier services")

    # --- orders --------------------------------------------------------------------------

    async def create_order(self, payload: Mapping[str, Any]) -> Order:
        """Send the sale once. On ``ServerError``/``NetworkError``/``ApiTimeoutError`` with
        ``may_have_succeeded`` the order may exist: look it up before sending again."""
        body = await self._post("/v3/orders", dict(payload), retry=False)
        return parsing.parse_order(body)

    async def get_order(self, order_pk: str) -> Order:
        return parsing.parse_order(await self._get(f"/v3/orders/{_seg(order_pk)}"))

    async def check_payment(self, order_pk: str) -> Order:
        # Asks the gateway again but changes nothing of ours: safe to retry.
        body = await self._post(f"/v3/orders/{_seg(order_pk)}/check-payment", retry=True)
        return parsing.parse_order(body)

    async def create_payment(self, order_pk: str) -> dict[str, Any]:
        body = await self._post(f"/v3/orders/{_seg(order_pk)}/payment", retry=False)
        return parsing.parse_payment_payload(body)

    async def change_status(
        self,
        ids: Sequence[str],
        *,
        status: str | None = None,
        payment_status: str | None = None,
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
        data = await self._post("/v3/orders/change-status", body, retry=False)
        return parsing.parse_list(data, parsing.parse_status_change, "status changes")

    async def cancel_order(self, order_pk: str) -> OrderStatusChange:
        changes = await self.change_status([order_pk], status="canceled")
        for change in changes:
            if change.id == str(order_pk):
                return change
        if len(changes) == 1:  # a legacy id may come back in its other form
            return changes[0]
        raise ResponseFormatError("change-status did not report the canceled order")

    async def orders_page(
        self,
        *,
        search: str | None = None,
        search_field: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        store_id: int | None = None,
        payment_status: str | None = None,
        cursor: str | None = None,
    ) -> Page[OrderSummary]:
        params = self._page_params(
            cursor,
            search=search,
            search_field=search_field,
            draft_time_since=_iso(since) if since else None,
            draft_time_until=_iso(until) if until else None,
            store_id=store_id,
            payment_status=payment_status,
        )
        body = await self._get("/v3/orders", params)
        return parsing.parse_page(body, parsing.parse_order_summary, "orders")

    def iter_orders(
        self,
        *,
        search: str | None = None,
        search_field: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        store_id: int | None = None,
        payment_status: str | None = None,
    ) -> PageIterator[OrderSummary]:
        filters: dict[str, Any] = {
            "search": search,
            "search_field": search_field,
            "since": since,
            "until": until,
            "store_id": store_id,
            "payment_status": payment_status,
        }
        return PageIterator(lambda cursor: self.orders_page(cursor=cursor, **filters))
