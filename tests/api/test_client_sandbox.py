"""ScalevClient against the training server over real loopback HTTP."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from pos_app.api import (
    ApiError,
    AuthError,
    ForbiddenError,
    NetworkError,
    NotFoundError,
    Order,
    RateLimitedError,
    RetryPolicy,
    ScalevClient,
    ServerError,
    ValidationError,
)
from pos_app.sandbox import TrainingServer

KEY = "sk_training_SECRET_6c1f2a9e"
LIMITED_KEY = "rk_limited_SECRET_33ab"


@pytest.fixture
def server() -> Iterator[TrainingServer]:
    with TrainingServer(api_key=KEY) as srv:
        yield srv


def client_for(server: TrainingServer, key: str = KEY, **kw: Any) -> ScalevClient:
    # Short real pauses keep retries fast; the policy shape is the production one.
    kw.setdefault("retry", RetryPolicy(base_delay=0.01, max_delay=0.05))
    return ScalevClient(server.base_url, key, **kw)


async def physical_order_payload(client: ScalevClient, server: TrainingServer) -> dict[str, Any]:
    """Walk the contract's §6 sequence with the client to build a physical order."""
    store = await anext(client.iter_stores(search="Kopi Nusantara"))
    products = [p async for p in client.iter_products(store.id)]
    variant = next(v for p in products for v in p.variants if v.item_type == "physical")
    location = (await client.locations_page("coblong")).items[0]
    postal = (await client.postal_codes(location.id))[0]
    warehouse = (await client.search_warehouses(store.id, location.id, [(variant.id, 2)]))[0]
    weight = (variant.weight or 0) * 2
    quote = (
        await client.search_courier_services(
            store.id, warehouse.id, location.id, "qris", weight, postal
        )
    )[0]
    return {
        "store_unique_id": store.unique_id,
        "customer_name": "Rina Kartikasari",
        "customer_phone": "6281234567890",
        "ordervariants": [{"variant_unique_id": variant.unique_id, "quantity": 2}],
        "payment_method": "qris",
        "address": "Jl. Dipati Ukur No. 35",
        "location_id": location.id,
        "postal_code": postal,
        "warehouse_unique_id": warehouse.unique_id,
        "courier_service_id": quote.courier_service_id,
        "shipping_cost": quote.cost,
        "shipment_provider_code": quote.shipment_provider_code,
        "metadata": {"pos_receipt_no": "KN-TEST-0001"},
    }


async def digital_order_payload(client: ScalevClient, store_id: int = 4127) -> dict[str, Any]:
    store = next(s for s in [s async for s in client.iter_stores()] if s.id == store_id)
    products = [p async for p in client.iter_products(store.id)]
    variant = next(v for p in products for v in p.variants if v.item_type != "physical")
    return {
        "store_unique_id": store.unique_id,
        "customer_name": "Budi",
        "customer_phone": "6281111111111",
        "ordervariants": [{"variant_unique_id": variant.unique_id, "quantity": 1}],
        "payment_method": "qris",
    }


def records(server: TrainingServer, method: str, path: str) -> list[Any]:
    return [r for r in server.requests if r.method == method and r.path == path]


# --- every route ----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_stores_and_payment_methods(server: TrainingServer) -> None:
    async with client_for(server) as client:
        stores = [s async for s in client.iter_stores()]
        assert {s.id for s in stores} == {s.id for s in server.data.stores}
        kopi = next(s for s in stores if s.id == 4127)
        seeded = server.data.store(4127)
        assert seeded is not None
        assert kopi.unique_id == seeded.unique_id
        assert kopi.domain == "https://kopinusantara.id"
        no_domain = next(s for s in stores if s.id == 4162)
        assert no_domain.domain is None and no_domain.logo_url is None

        found = await client.stores_page(search="sekar jagad")
        assert [s.id for s in found.items] == [4133]
        by_domain = await client.stores_page(domain="kopinusantara.id")
        assert [s.id for s in by_domain.items] == [4127]

        methods = await client.store_payment_methods(4127)
        assert methods == seeded.payment_methods
    (first, *_) = records(server, "GET", "/v3/stores/simplified")
    assert first.query["page_size"] == "25"


@pytest.mark.asyncio
async def test_catalog_pages_through_three_pages_without_gaps_or_duplicates(
    server: TrainingServer,
) -> None:
    seeded = server.data.store(4127)
    assert seeded is not None and len(seeded.products) > 50  # three pages of 25
    async with client_for(server) as client:
        iterator = client.iter_products(4127)
        products = [p async for p in iterator]
        by_unique_id = [p async for p in client.iter_products(seeded.unique_id)]
    ids = [p.id for p in products]
    assert iterator.pages_fetched >= 3
    assert len(ids) == len(set(ids))  # no duplicate
    assert set(ids) == {p.id for p in seeded.products}  # no gap
    assert [p.id for p in by_unique_id] == ids
    cursors = [r.query.get("next_cursor") for r in records(server, "GET", "/v3/stores/4127/products")]
    assert cursors[0] is None and len(set(cursors[1:])) == len(cursors) - 1
    variant = products[0].variants[0]
    assert variant.unique_id.startswith("variant_") and variant.price > 0


@pytest.mark.asyncio
async def test_bundles_and_variant_detail(server: TrainingServer) -> None:
    seeded = server.data.store(4127)
    assert seeded is not None
    async with client_for(server) as client:
        bundles = [b async for b in client.iter_bundles(4127)]
        assert {b.id for b in bundles} == {b.id for b in seeded.bundles}
        bundle = bundles[0]
        assert bundle.lines and bundle.price_options
        assert all(o.unique_id for o in bundle.price_options)

        wanted = seeded.physical_variants()[0]
        variant = await client.variant(4127, wanted.id)
        assert (variant.id, variant.unique_id, variant.price) == (
            wanted.id,
            wanted.unique_id,
            wanted.price,
        )
        assert variant.item_type == "physical" and variant.weight == wanted.weight
        assert variant.product_id == wanted.product_id


@pytest.mark.asyncio
async def test_shipping_searches(server: TrainingServer) -> None:
    async with client_for(server) as client:
        page = await client.locations_page("coblong")
        assert page.items and "Coblong" in page.items[0].display
        many = await client.locations_page("kota")
        if many.has_next:
            more = await client.locations_page("kota", cursor=many.next_cursor)
            assert not {loc.id for loc in more.items} & {loc.id for loc in many.items}
        location = page.items[0]
        codes = await client.postal_codes(location.id)
        assert codes and all(len(code) == 5 for code in codes)

        seeded = server.data.store(4127)
        assert seeded is not None
        variant = seeded.physical_variants()[0]
        warehouses = await client.search_warehouses(4127, location.id, [(variant.id, 1)])
        assert warehouses
        distances = [w.distance_km for w in warehouses if w.distance_km is not None]
        assert distances == sorted(distances)

        quotes = await client.search_courier_services(
            4127, warehouses[0].id, location.id, "qris", variant.weight or 100, codes[0]
        )
        assert quotes and all(q.cost > 0 and q.courier_service_id for q in quotes)
    (search,) = records(server, "POST", "/v3/shipping-costs/search-warehouse")
    assert search.json_body == {
        "store_id": 4127,
        "destination_id": location.id,
        "variants": [{"variant_id": variant.id, "qty": 1}],
    }


@pytest.mark.asyncio
async def test_order_lifecycle(server: TrainingServer) -> None:
    async with client_for(server) as client:
        payload = await physical_order_payload(client, server)
        order = await client.create_order(payload)
        assert isinstance(order, Order)
        assert order.status and order.payment_status == "unpaid" and not order.is_paid
        assert order.metadata.get("pos_receipt_no") == "KN-TEST-0001"
        assert order.gross_revenue > 0 and order.lines

        fetched = await client.get_order(order.id)
        assert (fetched.id, fetched.order_id) == (order.id, order.order_id)

        payment = await client.create_payment(order.id)
        assert isinstance(payment, dict)

        server.mark_paid(order.id)
        checked = await client.check_payment(order.id)
        assert checked.is_paid

        other = await client.create_order(await digital_order_payload(client))
        canceled = await client.cancel_order(other.id)
        assert (canceled.id, canceled.status) == (other.id, "canceled")
        assert (await client.get_order(other.id)).status == "canceled"

        changed = await client.change_status([order.id], status="completed")
        assert [c.id for c in changed] == [order.id]
    assert server.order_create_attempts == 2


@pytest.mark.asyncio
async def test_orders_list_filters_and_paging(server: TrainingServer) -> None:
    async with client_for(server) as client:
        payload = await digital_order_payload(client)
        created = []
        for n in range(27):  # more than one page
            body = dict(payload, metadata={"pos_receipt_no": f"R{n}"})
            created.append(await client.create_order(body))

        mine = [o async for o in client.iter_orders(store_id=4127, payment_status="unpaid")]
        assert {o.id for o in mine} == {o.id for o in created}
        assert len(mine) == len({o.id for o in mine})

        hits = await client.orders_page(search=created[3].order_id, search_field="order_id")
        assert [o.id for o in hits.items] == [created[3].id]

        phone = await client.orders_page(search="6281111111111", search_field="customer_phone")
        assert phone.items

        now = datetime.now().astimezone()
        recent = [o async for o in client.iter_orders(since=now - timedelta(minutes=5))]
        assert len(recent) == 27
        future = await client.orders_page(since=now + timedelta(hours=1))
        assert future.items == ()
    listing = records(server, "GET", "/v3/orders")
    follow_ups = [r for r in listing if r.query.get("next_cursor")]
    assert follow_ups and all(r.query.get("store_id") == "4127" for r in follow_ups[:1])


# --- every error class, produced by the server ------------------------------------------------


@pytest.mark.asyncio
async def test_401_wrong_key(server: TrainingServer) -> None:
    async with client_for(server, key="sk_wrong_key") as client:
        with pytest.raises(AuthError) as caught:
            await client.stores_page()
    assert caught.value.status == 401 and caught.value.request_id
    assert len(server.requests) == 1  # auth errors are not retried


@pytest.mark.asyncio
async def test_403_restricted_key(server: TrainingServer) -> None:
    server.add_key(LIMITED_KEY, scopes={"store:list"})
    async with client_for(server, key=LIMITED_KEY) as client:
        assert (await client.stores_page()).items
        with pytest.raises(ForbiddenError) as caught:
            await client.products_page(4127)
    assert caught.value.status == 403 and caught.value.request_id


@pytest.mark.asyncio
async def test_404_unknown_order(server: TrainingServer) -> None:
    async with client_for(server) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.get_order("019ac5e2-0000-7000-8000-000000000000")
    assert caught.value.status == 404 and caught.value.request_id


@pytest.mark.asyncio
async def test_400_validation_with_field_errors(server: TrainingServer) -> None:
    async with client_for(server) as client:
        payload = await digital_order_payload(client)
        payload.pop("customer_name")
        payload["ordervariants"] = [{"variant_unique_id": "variant_nope", "quantity": 1}]
        with pytest.raises(ValidationError) as caught:
            await client.create_order(payload)
    error = caught.value
    assert error.status in (400, 422) and error.request_id
    assert "customer_name" in error.field_errors
    assert any(field.startswith("ordervariants") for field in error.field_errors)


class _ArrayErrors(httpx.AsyncBaseTransport):
    """Asks the training server for the array-shaped validation errors."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.headers["X-Training-Error-Shape"] = "array"
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.mark.asyncio
async def test_400_validation_array_shape(server: TrainingServer) -> None:
    async with client_for(server, transport=_ArrayErrors()) as client:
        payload = await digital_order_payload(client)
        payload.pop("customer_name")
        with pytest.raises(ValidationError) as caught:
            await client.create_order(payload)
    assert "customer_name" in caught.value.field_errors


@pytest.mark.asyncio
async def test_429_burst_is_waited_out_using_the_reset_header(server: TrainingServer) -> None:
    async with client_for(server) as client:
        await client.stores_page()  # warm connection, so timing below is only the wait
        server.faults.rate_limit_burst(n=1, reset_in=0.5)
        started = time.monotonic()
        page = await client.stores_page()
        waited = time.monotonic() - started
    assert page.items
    statuses = [r.status for r in records(server, "GET", "/v3/stores/simplified")]
    assert statuses == [200, 429, 200]
    assert waited >= 0.45  # X-Ratelimit-Reset was honoured (clamped to >= 0.5 s)


@pytest.mark.asyncio
async def test_429_holds_every_request_until_reset(server: TrainingServer) -> None:
    async with client_for(server) as client:
        payload = await digital_order_payload(client)
        order = await client.create_order(payload)
        server.faults.rate_limit_burst(n=1, reset_in=0.5)
        with pytest.raises(RateLimitedError) as caught:
            await client.create_order(payload)
        assert 0.5 <= caught.value.retry_after <= 2.0 and caught.value.reset_at
        started = time.monotonic()
        polled = await client.get_order(order.id)  # a poll right after the 429 is held
        held = time.monotonic() - started
    assert polled.id == order.id
    assert held >= caught.value.retry_after - 0.2
    assert server.order_create_attempts == 2  # the 429'd create was not resent


@pytest.mark.asyncio
async def test_burst_longer_than_the_retries_raises_rate_limited(server: TrainingServer) -> None:
    async with client_for(server) as client:
        server.faults.rate_limit_burst(n=5, reset_in=0.5)
        with pytest.raises(RateLimitedError):
            await client.stores_page()
    assert len(server.requests) == 3  # three attempts, then the error


@pytest.mark.asyncio
async def test_5xx_reads_retried_create_sent_once(server: TrainingServer) -> None:
    async with client_for(server) as client:
        payload = await physical_order_payload(client, server)
        server.clear_requests()

        server.faults.error_rate = 1.0
        with pytest.raises(ServerError) as failed:
            await client.stores_page()
        assert failed.value.request_id
        assert len(records(server, "GET", "/v3/stores/simplified")) == 3  # retried, then raised

        server.faults.error_rate = 0.0
        server.faults.fail_after_commit(n=1)
        with pytest.raises(ServerError) as caught:
            await client.create_order(payload)
        assert caught.value.may_have_succeeded
        assert server.order_create_attempts == 1  # never resent by the client
        assert len(server.orders()) == 1  # ...although the server did store it

        # The reconciliation read that follows is retried through random 5xx.
        server.faults.random_seed(7)
        server.faults.error_rate = 0.3
        found = [
            o
            async for o in client.iter_orders(search="6281234567890", search_field="customer_phone")
        ]
        server.faults.error_rate = 0.0
        assert [o.metadata.get("pos_receipt_no") for o in found] == ["KN-TEST-0001"]
    assert server.order_create_attempts == 1


@pytest.mark.asyncio
async def test_dropped_connection_after_commit_is_network_error_sent(server: TrainingServer) -> None:
    async with client_for(server) as client:
        payload = await digital_order_payload(client)
        server.faults.drop_after_commit(n=1)
        with pytest.raises(NetworkError) as caught:
            await client.create_order(payload)
        assert caught.value.request_sent and caught.value.may_have_succeeded
        assert server.order_create_attempts == 1
        assert len(server.orders()) == 1
        # The client is still usable afterwards.
        assert (await client.stores_page()).items


@pytest.mark.asyncio
async def test_connection_refused_is_network_error_not_sent(server: TrainingServer) -> None:
    url = server.base_url
    server.stop()
    async with ScalevClient(url, KEY, retry=RetryPolicy.never()) as client:
        with pytest.raises(NetworkError) as caught:
            await client.create_order({})
    assert caught.value.request_sent is False


# --- the key never leaks --------------------------------------------------------------------


@pytest.mark.asyncio
async def test_api_key_appears_in_no_log_error_or_repr(
    server: TrainingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore, asyncio
    texts: list[str] = []

    def keep(error: BaseException) -> None:
        texts.extend([str(error), repr(error), *map(str, error.args)])
        assert isinstance(error, ApiError)
        texts.append(str(vars(error)))

    server.add_key(LIMITED_KEY, scopes={"store:list"})
    async with client_for(server) as client, client_for(server, key=LIMITED_KEY) as limited:
        texts += [repr(client), str(client), repr(vars(client)), repr(limited)]
        payload = await physical_order_payload(client, server)
        order = await client.create_order(payload)
        await client.get_order(order.id)
        await client.check_payment(order.id)

        attempts: list[Any] = [
            lambda: limited.products_page(4127),  # 403
            lambda: client.get_order("missing"),  # 404
            lambda: client.create_order({"customer_name": ""}),  # 400
        ]
        for attempt in attempts:
            with pytest.raises(ApiError) as caught:
                await attempt()
            keep(caught.value)

        server.faults.rate_limit_burst(n=1, reset_in=0.5)
        with pytest.raises(RateLimitedError) as limited_error:
            await client.create_order(payload)
        keep(limited_error.value)

        server.faults.error_rate = 1.0
        with pytest.raises(ServerError) as server_error:
            await client.get_order(order.id)
        keep(server_error.value)
        server.faults.error_rate = 0.0

        server.faults.drop_after_commit(n=1)
        with pytest.raises(NetworkError) as dropped:
            await client.create_order(payload)
        keep(dropped.value)

    async with client_for(server, key=KEY + "x") as wrong:
        with pytest.raises(AuthError) as auth_error:
            await wrong.stores_page()
        keep(auth_error.value)

    texts.append(caplog.text)
    texts.extend(record.getMessage() for record in caplog.records)
    everything = "\n".join(texts)
    assert "GET /v3/orders/" in caplog.text  # the log did capture the traffic
    assert KEY not in everything
    assert LIMITED_KEY not in everything
    assert "Bearer" not in everything
