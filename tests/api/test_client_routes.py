"""Every client method sends exactly the contract's path, params and body (MockTransport)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from pos_app.api import PageIterator, ScalevClient
from tests.api.support import API_KEY, example, mock_client, page

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Answers from a table keyed by (method, path) and remembers every request."""

    def __init__(self, routes: dict[tuple[str, str], Any], status: int = 200) -> None:
        self.routes = routes
        self.status = status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        body = self.routes[(request.method, request.url.path)]
        if callable(body):
            return body(request)
        return httpx.Response(self.status, json=body)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def params(request: httpx.Request) -> dict[str, str]:
    return dict(request.url.params)


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


@pytest.mark.asyncio
async def test_auth_header_and_accept_on_every_request() -> None:
    rec = Recorder({("GET", "/v3/stores/4127/payment-methods"): example("store_payment_methods")})
    async with mock_client(rec) as client:
        assert await client.store_payment_methods(4127) == ["qris", "bank_transfer"]
    assert rec.last.headers["authorization"] == f"Bearer {API_KEY}"
    assert rec.last.headers["accept"] == "application/json"
    assert client.is_closed


@pytest.mark.asyncio
async def test_stores_page_params_and_client_side_filter() -> None:
    listing = example("stores_simplified")
    other = dict(listing["data"][0], id=1, unique_id="store_o", name="Toko Lain", custom_domain=None)
    listing["data"].append(other)  # a server that ignores ?search= returns everything
    rec = Recorder({("GET", "/v3/stores/simplified"): listing})
    async with mock_client(rec) as client:
        found = await client.stores_page(search="nusantara")
        assert params(rec.last) == {"page_size": "25", "search": "nusantara"}
        assert [s.id for s in found.items] == [4127]
        by_domain = await client.stores_page(domain="kopinusantara.id/", cursor="c2")
        assert params(rec.last) == {"page_size": "25", "domain": "kopinusantara.id/", "next_cursor": "c2"}
        assert [s.id for s in by_domain.items] == [4127]
        everything = await client.stores_page()
        assert params(rec.last) == {"page_size": "25"}
        assert len(everything.items) == 2


@pytest.mark.asyncio
async def test_catalog_routes() -> None:
    variant = {"id": 55201, "unique_id": "variant_Gy4bU8", "price": 85000, "weight": 270}
    rec = Recorder(
        {
            ("GET", "/v3/stores/4127/products"): example("store_products"),
            ("GET", "/v3/stores/store_Kq7Wd2Lm/products"): example("store_products"),
            ("GET", "/v3/stores/4127/bundles"): example("store_bundles"),
            ("GET", "/v3/stores/4127/variants/55201"): variant,
        }
    )
    async with mock_client(rec) as client:
        products = await client.products_page(4127)
        assert params(rec.last) == {"page_size": "25"}
        assert len(products.items) == 3
        await client.products_page("store_Kq7Wd2Lm", cursor="abc")
        assert params(rec.last) == {"page_size": "25", "next_cursor": "abc"}
        bundles = await client.bundles_page(4127)
        assert bundles.items[0].id == 3301
        assert (await client.variant(4127, 55201)).weight == 270
    assert [r.method for r in rec.requests] == ["GET"] * 4


@pytest.mark.asyncio
async def test_ids_cannot_change_the_route() -> None:
    rec = Recorder({("GET", "/v3/orders/a/../b"): example("order")})  # decoded form
    async with mock_client(rec) as client:
        await client.get_order("a/../b")
    assert rec.last.url.raw_path == b"/v3/orders/a%2F..%2Fb"


@pytest.mark.asyncio
async def test_shipping_routes() -> None:
    rec = Recorder(
        {
            ("GET", "/v3/locations"): example("locations"),
            ("GET", "/v3/locations/2843/postal-codes"): example("postal_codes"),
            ("POST", "/v3/shipping-costs/search-warehouse"): example("search_warehouse"),
            ("POST", "/v3/shipping-costs/search-courier-service"): example("search_courier_service"),
        }
    )
    async with mock_client(rec) as client:
        locations = await client.locations_page("coblong")
        assert params(rec.last) == {"search": "coblong", "page_size": "25"}
        assert locations.items[0].id == 2843
        assert await client.postal_codes(2843) == ["40131", "40132", "40135"]

        warehouses = await client.search_warehouses(4127, 2843, [(55201, 2), (55301, 1)])
        assert body(rec.last) == example("search_warehouse_request")
        assert [w.id for w in warehouses] == [610, 611]

        quotes = await client.search_courier_services(4127, 610, 2843, "qris", 990, "40132")
        assert body(rec.last) == example("search_courier_service_request")
        assert [q.courier_service_id for q in quotes] == [45, 61, 78]

        await client.search_courier_services(4127, 610, 2843, "cod", 990)
        assert "postal_code" not in body(rec.last)
    assert rec.requests[2].headers["content-type"] == "application/json"


@pytest.mark.asyncio
async def test_warehouses_are_sorted_by_distance() -> None:
    result = example("search_warehouse")
    result["data"].reverse()
    result["data"].append(dict(result["data"][0], distance_km=None))
    result["data"][-1]["warehouse"] = dict(result["data"][0]["warehouse"], id=999)
    rec = Recorder({("POST", "/v3/shipping-costs/search-warehouse"): result})
    async with mock_client(rec) as client:
        warehouses = await client.search_warehouses(4127, 2843, [(55201, 1)])
    assert [w.id for w in warehouses] == [610, 611, 999]


@pytest.mark.parametrize("status", [200, 201])
@pytest.mark.asyncio
async def test_create_order_accepts_200_and_201(status: int) -> None:
    order = example("order")
    order["gross_revenue"] = "306000.00"
    rec = Recorder({("POST", "/v3/orders"): order}, status=status)
    async with mock_client(rec) as client:
        created = await client.create_order(example("order_create_request"))
    assert body(rec.last) == example("order_create_request")
    assert created.id == "019ac5e2-7b41-7c3d-9a12-5f0e8d3b6a91"
    assert created.gross_revenue == 306000


@pytest.mark.asyncio
async def test_order_routes() -> None:
    pk = "019ac5e2-7b41-7c3d-9a12-5f0e8d3b6a91"
    paid = dict(example("order"), payment_status="paid")
    rec = Recorder(
        {
            ("GET", f"/v3/orders/{pk}"): example("order"),
            ("POST", f"/v3/orders/{pk}/check-payment"): paid,
            ("POST", f"/v3/orders/{pk}/payment"): {"qr_string": "000201"},
            ("POST", "/v3/orders/change-status"): example("change_status"),
        }
    )
    async with mock_client(rec) as client:
        assert (await client.get_order(pk)).payment_status == "unpaid"
        assert (await client.check_payment(pk)).is_paid
        assert rec.last.method == "POST" and rec.last.content == b""
        assert await client.create_payment(pk) == {"qr_string": "000201"}
        canceled = await client.cancel_order(pk)
        assert body(rec.last) == example("change_status_request")
        assert (canceled.id, canceled.status) == (pk, "canceled")
        await client.change_status([pk, "123"], payment_status="paid")
        assert body(rec.last) == {"ids": [pk, "123"], "payment_status": "paid"}
        with pytest.raises(ValueError):
            await client.change_status([pk])
        with pytest.raises(TypeError):
            await client.change_status(pk, status="canceled")


@pytest.mark.asyncio
async def test_orders_page_filters() -> None:
    rec = Recorder({("GET", "/v3/orders"): page([])})
    wib = timezone(timedelta(hours=7))
    async with mock_client(rec) as client:
        await client.orders_page(
            search="6281234567890",
            search_field="customer_phone",
            since=datetime(2026, 11, 27, 10, 0, tzinfo=wib),
            until=datetime(2026, 11, 27, 3, 30, tzinfo=UTC),
            store_id=4127,
            payment_status="unpaid",
            cursor="n1",
        )
        assert params(rec.last) == {
            "search": "6281234567890",
            "search_field": "customer_phone",
            "draft_time_since": "2026-11-27T10:00:00+07:00",
            "draft_time_until": "2026-11-27T03:30:00+00:00",
            "store_id": "4127",
            "payment_status": "unpaid",
            "page_size": "25",
            "next_cursor": "n1",
        }
        # A naive time is the till's local time and goes out with its offset.
        await client.orders_page(since=datetime(2026, 11, 27, 10, 0))
        assert datetime.fromisoformat(params(rec.last)["draft_time_since"]).tzinfo is not None


def _paged(make_item: Callable[[int], dict], total: int) -> Handler:
    """A server with ``total`` items in pages of 25, cursor = next offset."""

    def respond(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("next_cursor", "0"))
        size = int(request.url.params["page_size"])
        end = min(start + size, total)
        cursor = str(end) if end < total else None
        return httpx.Response(200, json=page([make_item(i) for i in range(start, end)], cursor))

    return respond


def _row(i: int) -> dict:
    return {"id": f"o{i}", "order_id": f"N{i}", "status": "pending", "payment_status": "unpaid"}


@pytest.mark.asyncio
async def test_iterators_follow_cursors_and_keep_filters() -> None:
    rec = Recorder({("GET", "/v3/orders"): _paged(_row, 60)})
    async with mock_client(rec) as client:
        iterator = client.iter_orders(search="Rina", search_field="customer_name", store_id=7)
        assert isinstance(iterator, PageIterator)
        ids = [row.id async for row in iterator]
    assert ids == [f"o{i}" for i in range(60)]
    assert iterator.pages_fetched == 3
    assert [r.url.params.get("next_cursor") for r in rec.requests] == [None, "25", "50"]
    for request in rec.requests:
        assert request.url.params["search"] == "Rina"
        assert request.url.params["search_field"] == "customer_name"
        assert request.url.params["store_id"] == "7"
        assert request.url.params["page_size"] == "25"


@pytest.mark.asyncio
async def test_every_iterator_pages() -> None:
    def product(i: int) -> dict:
        return {"id": i, "name": f"P{i}", "variants": []}

    def store(i: int) -> dict:
        return {"id": i, "unique_id": f"store_{i}", "name": f"Toko {i}"}

    def bundle(i: int) -> dict:
        return {"id": i, "name": f"B{i}", "bundle_price_options": []}

    rec = Recorder(
        {
            ("GET", "/v3/stores/9/products"): _paged(product, 30),
            ("GET", "/v3/stores/simplified"): _paged(store, 26),
            ("GET", "/v3/stores/9/bundles"): _paged(bundle, 51),
        }
    )
    async with mock_client(rec) as client:
        assert len([p async for p in client.iter_products(9)]) == 30
        assert len([s async for s in client.iter_stores(search="Toko")]) == 26
        assert len([b async for b in client.iter_bundles(9)]) == 51
    store_requests = [r for r in rec.requests if r.url.path == "/v3/stores/simplified"]
    assert all(r.url.params["search"] == "Toko" for r in store_requests)


@pytest.mark.asyncio
async def test_iterator_stops_early_without_fetching_more() -> None:
    rec = Recorder({("GET", "/v3/orders"): _paged(_row, 100)})
    async with mock_client(rec) as client:
        async for row in client.iter_orders():
            if row.id == "o3":
                break
    assert len(rec.requests) == 1


@pytest.mark.parametrize("bad_cursor", [None, "same"])
@pytest.mark.asyncio
async def test_iterator_refuses_a_page_chain_that_would_loop(bad_cursor: str | None) -> None:
    from pos_app.api import ResponseFormatError

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json=dict(page([_row(0)], "x"), has_next=True, next_cursor=bad_cursor)
        )

    rec = Recorder({("GET", "/v3/orders"): respond})
    async with mock_client(rec) as client:
        with pytest.raises(ResponseFormatError):
            [row async for row in client.iter_orders()]
    assert len(rec.requests) <= 2


def test_constructor_validation() -> None:
    with pytest.raises(ValueError):
        ScalevClient("ftp://x", API_KEY)
    with pytest.raises(ValueError) as empty:
        ScalevClient("https://api.scalev.com", "   ")
    with pytest.raises(ValueError) as bad_char:
        ScalevClient("https://api.scalev.com", API_KEY + "\n" + API_KEY)
    assert API_KEY not in str(empty.value) + str(bad_char.value)


@pytest.mark.asyncio
async def test_base_url_and_repr() -> None:
    async with ScalevClient("https://api.scalev.com/", f"  {API_KEY}\n") as client:
        assert client.base_url == "https://api.scalev.com"
        assert repr(client) == "ScalevClient(base_url='https://api.scalev.com')"
        assert API_KEY not in repr(vars(client)) + str(client)
