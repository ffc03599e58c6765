"""Shipping quotes for a physical cart: district → postal code → warehouse → courier.

A plain async class over the four API calls it needs, so the dialog and the main window share
one place that knows which ids each search wants (§3.1: searches take numeric ids) and what a
quote depends on (payment method, cart, district, warehouse, postal code).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from pos_app.api.errors import ApiTimeoutError
from pos_app.api.models import CourierQuote, Location, Page, Store, WarehouseOption
from pos_app.domain.cart import Cart
from pos_app.domain.order_payload import ShippingChoice

T = TypeVar("T")

# A cashier waits at the counter with a customer: past this, say so and offer Retry rather than
# leave a spinner turning. The client has its own per-phase httpx timeouts below this.
DEFAULT_TIMEOUT_S = 20.0


class ShippingClient(Protocol):
    """The part of ``ScalevClient`` shipping needs; tests pass a small fake."""

    async def locations_page(self, search: str, cursor: str | None = None) -> Page[Location]: ...

    async def postal_codes(self, location_id: int) -> list[str]: ...

    async def search_warehouses(
        self, store_id: int, destination_id: int, variants: Sequence[tuple[int, int]]
    ) -> list[WarehouseOption]: ...

    async def search_courier_services(
        self,
        store_id: int,
        warehouse_id: int,
        location_id: int,
        payment_method: str,
        weight: int,
        postal_code: str | None = None,
    ) -> list[CourierQuote]: ...


_NUMBER = re.compile(r"\d+")
_HOURS = re.compile(r"jam|hour|hr", re.IGNORECASE)
UNKNOWN_ETD = 10**6  # sorts after every real estimate


@dataclass(frozen=True, slots=True)
class Etd:
    """A courier's delivery estimate, read from free text (§4.8: "2-3", "1", "1-3 hari", "6-8 jam")."""

    low: int
    high: int
    unit: str  # "day" or "hour"

    @property
    def hours(self) -> tuple[int, int]:
        factor = 1 if self.unit == "hour" else 24
        return self.low * factor, self.high * factor


def parse_etd(etd: str) -> Etd | None:
    numbers = [int(n) for n in _NUMBER.findall(etd or "")]
    if not numbers:
        return None
    unit = "hour" if _HOURS.search(etd) else "day"  # Indonesian couriers write "hari" or nothing
    return Etd(numbers[0], max(numbers[0], numbers[-1]), unit)


def etd_lower_bound(etd: str) -> int | None:
    """The best case as written ("1-2" → 1, "1-3 hari" → 1, "6-8 jam" → 6); None if unreadable."""
    parsed = parse_etd(etd)
    return parsed.low if parsed else None


def etd_sort_key(etd: str) -> tuple[int, int]:
    """(best case, worst case) in hours, so "1-3 jam" beats "1" day; unreadable ETDs sort last."""
    parsed = parse_etd(etd)
    return parsed.hours if parsed else (UNKNOWN_ETD, UNKNOWN_ETD)


def cheapest_and_fastest(quotes: Sequence[CourierQuote]) -> tuple[int | None, int | None]:
    """courier_service_id of the cheapest and of the fastest quote, or None when there is none.

    Fastest is the smallest best-case ETD (in hours: instant couriers quote "1-3 jam"); ties go
    to the smaller worst case, then the lower price. One badge each, so the cashier sees one
    clear answer rather than a row of ties.
    """
    if not quotes:
        return None, None
    cheapest = min(quotes, key=lambda q: (q.cost, etd_sort_key(q.etd)))
    timed = [q for q in quotes if parse_etd(q.etd) is not None]
    fastest = min(timed, key=lambda q: (*etd_sort_key(q.etd), q.cost)) if timed else None
    return cheapest.courier_service_id, fastest.courier_service_id if fastest else None


def courier_label(quote: CourierQuote) -> str:
    """"JNE Reguler": what the cart pane and the receipt show."""
    return " ".join(part for part in (quote.courier_name, quote.service_name) if part).strip()


def location_label(location: Location) -> str:
    """"Kecamatan, Kota/Kabupaten, Provinsi", built from the parts so every row reads the same."""
    parts = [location.subdistrict_name, location.city_name, location.province_name]
    if all(parts):
        return ", ".join(parts)
    return location.display or ", ".join(p for p in parts if p)


def nearest_first(warehouses: Sequence[WarehouseOption]) -> list[WarehouseOption]:
    """Nearest first; a warehouse without a distance goes last rather than being dropped."""
    return sorted(
        warehouses, key=lambda w: (w.distance_km is None, w.distance_km or 0.0, w.name.casefold())
    )


class ShippingService:
    def __init__(self, client: ShippingClient, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self._client = client
        self._timeout = timeout

    async def _call(self, what: str, awaitable: Awaitable[T]) -> T:
        # asyncio.timeout rather than only httpx timeouts: a slow stream of bytes or a retry
        # loop inside the client would otherwise keep the cashier waiting without limit.
        try:
            async with asyncio.timeout(self._timeout):
                return await awaitable
        except TimeoutError as exc:
            raise ApiTimeoutError(f"{what} took longer than {self._timeout:g} s") from exc

    async def search_locations(self, query: str, cursor: str | None = None) -> Page[Location]:
        return await self._call("district search", self._client.locations_page(query.strip(), cursor))

    async def postal_codes(self, location_id: int) -> list[str]:
        codes = await self._call("postal codes", self._client.postal_codes(location_id))
        # Keep the server's order but drop repeats, which would show as twin combo entries.
        return list(dict.fromkeys(code.strip() for code in codes if code and code.strip()))

    async def warehouses(self, store: Store, location_id: int, cart: Cart) -> list[WarehouseOption]:
        found = await self._call(
            "warehouse search",
            self._client.search_warehouses(store.id, location_id, cart.warehouse_variants()),
        )
        return nearest_first(found)

    async def couriers(
        self,
        store: Store,
        warehouse: WarehouseOption,
        location_id: int,
        cart: Cart,
        payment_method: str,
        postal_code: str | None = None,
    ) -> list[CourierQuote]:
        return await self._quotes(store, warehouse.id, location_id, cart, payment_method, postal_code)

    async def _quotes(
        self,
        store: Store,
        warehouse_id: int,
        location_id: int,
        cart: Cart,
        payment_method: str,
        postal_code: str | None,
    ) -> list[CourierQuote]:
        quotes = await self._call(
            "courier search",
            self._client.search_courier_services(
                store.id, warehouse_id, location_id, payment_method, cart.total_weight, postal_code or None
            ),
        )
        # A quote that names another warehouse is not a price for this route.
        return [q for q in quotes if q.warehouse_id in (None, warehouse_id)]

    def make_choice(
        self,
        *,
        address: str,
        location: Location,
        postal_code: str,
        warehouse: WarehouseOption,
        quote: CourierQuote,
        cart: Cart,
        payment_method: str,
    ) -> ShippingChoice:
        """The order's shipping fields, copied from one quote exactly as it was given (§8.10)."""
        return ShippingChoice(
            address=address.strip(),
            location_id=location.id,
            location_display=location_label(location),
            postal_code=postal_code.strip(),
            warehouse_id=warehouse.id,
            warehouse_unique_id=warehouse.unique_id,
            warehouse_name=warehouse.name,
            courier_service_id=quote.courier_service_id,
            courier_label=courier_label(quote),
            shipping_cost=quote.cost,
            shipment_provider_code=quote.shipment_provider_code,
            payment_method=payment_method,
            cart_signature=cart.signature(),
        )

    async def requote(
        self, store: Store, choice: ShippingChoice, cart: Cart, payment_method: str
    ) -> ShippingChoice | None:
        """The same courier service for the new payment method and cart, at its new price.

        None when that service is no longer offered (COD gone for this method, say); the main
        window then opens the dialog again with ``previous=choice``.
        """
        quotes = await self._quotes(
            store, choice.warehouse_id, choice.location_id, cart, payment_method, choice.postal_code
        )
        for quote in quotes:
            if quote.courier_service_id == choice.courier_service_id:
                return ShippingChoice(
                    address=choice.address,
                    location_id=choice.location_id,
                    location_display=choice.location_display,
                    postal_code=choice.postal_code,
                    warehouse_id=choice.warehouse_id,
                    warehouse_unique_id=choice.warehouse_unique_id,
                    warehouse_name=choice.warehouse_name,
                    courier_service_id=quote.courier_service_id,
                    courier_label=courier_label(quote),
                    shipping_cost=quote.cost,
                    shipment_provider_code=quote.shipment_provider_code,
                    payment_method=payment_method,
                    cart_signature=cart.signature(),
                )
        return None
