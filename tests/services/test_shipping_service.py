"""ShippingService against a small in-memory client (and the training server in the UI tests).

``FakeShippingClient`` and the cart builders are imported by ``tests/ui/test_shipping_dialog.py``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pytest

from pos_app.api.errors import ApiError, ApiTimeoutError
from pos_app.api.models import CourierQuote, Location, Page, Store, WarehouseOption
from pos_app.domain.cart import Cart, Component, ItemKind, SellableItem, variant_item
from pos_app.services.shipping import (
    Etd,
    ShippingService,
    cheapest_and_fastest,
    courier_label,
    etd_lower_bound,
    etd_sort_key,
    location_label,
    nearest_first,
    parse_etd,
)

STORE = Store(id=4127, unique_id="store_Kn7Qp2", name="Kopi Nusantara")

LOCATIONS = (
    Location(2843, "Coblong", "Kota Bandung", "Jawa Barat", "Coblong, Kota Bandung, Jawa Barat"),
    Location(1517, "Tebet", "Kota Jakarta Selatan", "DKI Jakarta", "Tebet, Kota Jakarta Selatan, DKI Jakarta"),  # noqa: E501
    Location(4630, "Lowokwaru", "Kota Malang", "Jawa Timur", "Lowokwaru, Kota Malang, Jawa Timur"),
    # Many districts sharing a word, so the list has more than one page.
    *(
        Location(9000 + n, f"Sukamaju {n:02d}", f"Kabupaten Contoh {n % 7}", "Jawa Barat", "")
        for n in range(60)
    ),
)

WAREHOUSES = (
    WarehouseOption(611, "warehouse_Jkt2Lp", "Gudang Jakarta - Cakung", "Kota Jakarta Timur", "DKI Jakarta", 119),  # noqa: E501
    WarehouseOption(610, "warehouse_Bdg7Xc", "Gudang Bandung - Cicendo", "Kota Bandung", "Jawa Barat", 4.2),
)


def quotes_for(warehouse_id: int, payment_method: str, weight: int) -> list[CourierQuote]:
    """Prices that depend on weight and method, so tests can see a re-quote change them."""
    kilos = max(1, -(-weight // 1000))
    cod_fee = 1500 if payment_method == "cod" else 0
    rows = [
        # (id, code, name, courier code, courier, per-kilo, etd, cod, provider)
        (45, "REG", "Reguler", "jne", "JNE", 11000, "2-3", True, "mengantar"),
        (61, "EZ", "Regular", "jnt", "J&T Express", 10500, "1-3 hari", True, "lincah"),
        (78, "BEST", "Besok Sampai Tujuan", "sicepat", "SiCepat", 19000, "1", False, "mengantar"),
        (90, "GOKIL", "Cargo", "sicepat", "SiCepat", 9000, "", False, None),
    ]
    quotes = [
        CourierQuote(
            courier_service_id=sid,
            service_code=code,
            service_name=name,
            courier_code=ccode,
            courier_name=cname,
            cost=per_kilo * kilos + (cod_fee if cod else 0),
            etd=etd,
            is_cod=cod,
            shipment_provider_code=provider,
            weight=weight,
            warehouse_id=warehouse_id,
        )
        for sid, code, name, ccode, cname, per_kilo, etd, cod, provider in rows
    ]
    if payment_method == "cod":
        quotes = [q for q in quotes if q.is_cod]
    return quotes


@dataclass
class FakeShippingClient:
    """The four ScalevClient calls shipping uses, with knobs for delays and failures."""

    page_size: int = 25
    calls: list[tuple[str, tuple]] = field(default_factory=list)
    errors: dict[str, ApiError] = field(default_factory=dict)  # method name → raised every call
    delays: dict[str, float] = field(default_factory=dict)
    # search text → seconds; such a call also ignores cancellation, like a client that lets the
    # answer through anyway, so only the dialog's generation guard can drop it.
    stubborn: dict[str, float] = field(default_factory=dict)
    warehouses: Sequence[WarehouseOption] = WAREHOUSES
    postal: dict[int, list[str]] = field(
        default_factory=lambda: {2843: ["40131", "40132", "40135"], 1517: ["12810"], 4630: []}
    )

    async def _enter(self, name: str, args: tuple) -> None:
        self.calls.append((name, args))
        if self.delays.get(name):
            await asyncio.sleep(self.delays[name])
        if name in self.errors:
            raise self.errors[name]

    def count(self, name: str) -> int:
        return sum(1 for call, _args in self.calls if call == name)

    def last(self, name: str) -> tuple:
        return [args for call, args in self.calls if call == name][-1]

    async def locations_page(self, search: str, cursor: str | None = None) -> Page[Location]:
        if search in self.stubborn:
            self.calls.append(("locations_page", (search, cursor)))
            loop = asyncio.get_running_loop()
            done = loop.create_future()
            loop.call_later(self.stubborn[search], done.set_result, None)
            while not done.done():
                try:
                    await asyncio.shield(done)
                except asyncio.CancelledError:
                    continue  # answer anyway
        else:
            await self._enter("locations_page", (search, cursor))
        needle = search.casefold()
        found = [loc for loc in LOCATIONS if needle in location_label(loc).casefold()]
        start = int(cursor or 0)
        end = start + self.page_size
        more = end < len(found)
        return Page(items=tuple(found[start:end]), has_next=more, next_cursor=str(end) if more else None)

    async def postal_codes(self, location_id: int) -> list[str]:
        await self._enter("postal_codes", (location_id,))
        return list(self.postal.get(location_id, ["99999"]))

    async def search_warehouses(
        self, store_id: int, destination_id: int, variants: Sequence[tuple[int, int]]
    ) -> list[WarehouseOption]:
        await self._enter("search_warehouses", (store_id, destination_id, tuple(variants)))
        return list(self.warehouses)

    async def search_courier_services(
        self,
        store_id: int,
        warehouse_id: int,
        location_id: int,
        payment_method: str,
        weight: int,
        postal_code: str | None = None,
    ) -> list[CourierQuote]:
        args = (store_id, warehouse_id, location_id, payment_method, weight, postal_code)
        await self._enter("search_courier_services", args)
        return quotes_for(warehouse_id, payment_method, weight)


def kopi(qty: int = 1) -> tuple[SellableItem, int]:
    item = variant_item(
        unique_id="variant_kopi250", variant_id=55201, name="Kopi Gayo 250 g", price=85000,
        sku="KG-250", weight=270, item_type="physical",
    )
    return item, qty


def gift_box() -> SellableItem:
    """A bundle: 2 × kopi (270 g) + 1 tumbler (350 g), 150 g of packaging."""
    return SellableItem(
        kind=ItemKind.BUNDLE_OPTION,
        unique_id="bpo_giftbox",
        numeric_id=7001,
        name="Paket Hadiah Kopi",
        price=240000,
        components=(Component(55201, 2, 270, True), Component(55301, 1, 350, True)),
        weight_bump=150,
    )


def physical_cart() -> Cart:
    cart = Cart()
    cart.add(*kopi(2))
    return cart


def bundle_cart() -> Cart:
    cart = Cart()
    cart.add(*kopi(1))
    cart.add(gift_box(), 2)
    return cart


# ----- pure helpers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("etd", "days"),
    [("1-2", 1), ("2", 2), ("1-3 hari", 1), ("2 - 4 HARI", 2), ("", None), ("same day", None), ("3-5", 3)],
)
def test_etd_lower_bound(etd, days):
    assert etd_lower_bound(etd) == days


def test_hours_beat_days():
    assert parse_etd("6-8 jam") == Etd(6, 8, "hour")
    assert parse_etd("1-3 hari") == Etd(1, 3, "day")
    assert etd_sort_key("1-3 jam") < etd_sort_key("6-8 jam") < etd_sort_key("1") < etd_sort_key("1-3 hari")
    instant = replace(quotes_for(610, "qris", 990)[0], courier_service_id=99, etd="1-3 jam", cost=30000)
    assert cheapest_and_fastest([*quotes_for(610, "qris", 990), instant])[1] == 99


def test_cheapest_and_fastest_pick_one_each():
    quotes = quotes_for(610, "qris", 990)
    cheapest, fastest = cheapest_and_fastest(quotes)
    assert cheapest == 90  # Rp 9.000 cargo, no ETD
    assert fastest == 78  # "1" beats "1-3 hari": same best case, better worst case
    assert cheapest_and_fastest([]) == (None, None)


def test_fastest_ties_go_to_the_cheaper():
    base = quotes_for(610, "qris", 990)
    twins = [replace(q, etd="1-2") for q in base if q.courier_service_id in (45, 78)]
    assert cheapest_and_fastest(twins)[1] == 45  # same ETD: JNE is cheaper than SiCepat BEST


def test_labels_and_nearest_first():
    assert courier_label(quotes_for(610, "qris", 990)[0]) == "JNE Reguler"
    assert location_label(LOCATIONS[0]) == "Coblong, Kota Bandung, Jawa Barat"
    far_unknown = WarehouseOption(1, "w1", "Gudang X")
    assert [w.id for w in nearest_first([far_unknown, *WAREHOUSES])] == [610, 611, 1]


# ----- service calls ------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_search_locations_passes_query_and_cursor():
    client = FakeShippingClient()
    service = ShippingService(client)
    first = await service.search_locations("  sukamaju ")
    assert client.last("locations_page") == ("sukamaju", None)
    assert len(first.items) == 25 and first.has_next
    second = await service.search_locations("sukamaju", first.next_cursor)
    assert client.last("locations_page") == ("sukamaju", "25")
    assert {loc.id for loc in first.items}.isdisjoint(loc.id for loc in second.items)


@pytest.mark.asyncio
async def test_postal_codes_drop_blanks_and_repeats():
    client = FakeShippingClient(postal={2843: ["40131", "40131", " ", "40135"]})
    assert await ShippingService(client).postal_codes(2843) == ["40131", "40135"]


@pytest.mark.asyncio
async def test_warehouses_get_numeric_ids_and_expanded_bundles_nearest_first():
    client = FakeShippingClient()
    found = await ShippingService(client).warehouses(STORE, 2843, bundle_cart())
    store_id, destination_id, variants = client.last("search_warehouses")
    assert (store_id, destination_id) == (4127, 2843)
    # 1 kopi + 2 gift boxes × (2 kopi + 1 tumbler)
    assert dict(variants) == {55201: 5, 55301: 2}
    assert [w.id for w in found] == [610, 611]


@pytest.mark.asyncio
async def test_couriers_send_cart_weight_method_and_postal_code():
    client = FakeShippingClient()
    service = ShippingService(client)
    cart = bundle_cart()
    quotes = await service.couriers(STORE, WAREHOUSES[1], 2843, cart, "qris", "40131")
    weight = 270 + 2 * (2 * 270 + 350 + 150)  # kopi + 2 boxes of (2 kopi + tumbler + packaging)
    assert client.last("search_courier_services") == (4127, 610, 2843, "qris", weight, "40131")
    assert {q.courier_service_id for q in quotes} == {45, 61, 78, 90}
    await service.couriers(STORE, WAREHOUSES[1], 2843, cart, "qris", "")
    assert client.last("search_courier_services")[-1] is None  # blank postal code is not sent


@pytest.mark.asyncio
async def test_quotes_for_another_warehouse_are_dropped():
    class Mixed(FakeShippingClient):
        async def search_courier_services(self, *args, **kwargs):
            quotes = await super().search_courier_services(*args, **kwargs)
            return [*quotes, quotes_for(999, "qris", 990)[0]]

    quotes = await ShippingService(Mixed()).couriers(STORE, WAREHOUSES[1], 2843, physical_cart(), "qris")
    assert all(q.warehouse_id == 610 for q in quotes)


def test_make_choice_copies_the_quote_exactly():
    cart = physical_cart()
    quote = quotes_for(610, "qris", cart.total_weight)[1]
    choice = ShippingService(FakeShippingClient()).make_choice(
        address=" Jl. Dago No. 5 ", location=LOCATIONS[0], postal_code="40131", warehouse=WAREHOUSES[1],
        quote=quote, cart=cart, payment_method="qris",
    )
    assert choice.address == "Jl. Dago No. 5"
    assert (choice.location_id, choice.location_display) == (2843, "Coblong, Kota Bandung, Jawa Barat")
    assert (choice.warehouse_id, choice.warehouse_unique_id) == (610, "warehouse_Bdg7Xc")
    assert choice.courier_service_id == quote.courier_service_id
    assert choice.shipping_cost == quote.cost
    assert choice.shipment_provider_code == quote.shipment_provider_code
    assert choice.courier_label == "J&T Express Regular"
    assert choice.is_valid_for(cart, "qris")
    assert not choice.is_valid_for(cart, "cod")


@pytest.mark.asyncio
async def test_requote_gives_the_same_service_at_its_new_price():
    client = FakeShippingClient()
    service = ShippingService(client)
    cart = physical_cart()
    quote = next(q for q in quotes_for(610, "qris", cart.total_weight) if q.courier_service_id == 45)
    choice = service.make_choice(
        address="Jl. Dago 5", location=LOCATIONS[0], postal_code="40131", warehouse=WAREHOUSES[1],
        quote=quote, cart=cart, payment_method="qris",
    )
    fresh = await service.requote(STORE, choice, cart, "cod")
    assert client.last("search_courier_services") == (4127, 610, 2843, "cod", cart.total_weight, "40131")
    assert fresh is not None
    assert fresh.shipping_cost == quote.cost + 1500
    assert fresh.payment_method == "cod" and fresh.is_valid_for(cart, "cod")
    assert (fresh.courier_service_id, fresh.address, fresh.postal_code) == (45, "Jl. Dago 5", "40131")

    cart.add(*kopi(4))  # 6 × 270 g: two kilos now
    heavier = await service.requote(STORE, fresh, cart, "cod")
    assert heavier is not None and heavier.shipping_cost == 2 * 11000 + 1500
    assert heavier.cart_signature == cart.signature()


@pytest.mark.asyncio
async def test_requote_is_none_when_the_service_is_gone():
    service = ShippingService(FakeShippingClient())
    cart = physical_cart()
    no_cod = next(q for q in quotes_for(610, "qris", cart.total_weight) if not q.is_cod)
    choice = service.make_choice(
        address="Jl. Dago 5", location=LOCATIONS[0], postal_code="", warehouse=WAREHOUSES[1],
        quote=no_cod, cart=cart, payment_method="qris",
    )
    assert await service.requote(STORE, choice, cart, "cod") is None


@pytest.mark.asyncio
async def test_a_hung_call_becomes_a_timeout_error():
    client = FakeShippingClient(delays={"postal_codes": 5})
    with pytest.raises(ApiTimeoutError):
        await ShippingService(client, timeout=0.05).postal_codes(2843)
