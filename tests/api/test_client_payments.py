"""The client's payment-side calls against the training server: typed payment instructions,
duplicate, mark paid, payment accounts, SKU search and other channels' orders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from pos_app.api import (
    ConflictError,
    ForbiddenError,
    Order,
    PaymentAccount,
    PaymentInfo,
    RetryPolicy,
    ScalevClient,
    ServerError,
    ValidationError,
    parse_payment_info,
)
from pos_app.sandbox import TrainingServer
from pos_app.sandbox.model import Store

KEY = "sk_training_pay_81c0"
GATEWAY_CHECKS = {
    "qris": lambda i: i.qr_string and i.qr_string.startswith("000201"),
    "va_bca": lambda i: i.va_number and len(i.va_number) == 16 and i.bank_code == "BCA",
    "va_bni": lambda i: i.va_number and i.va_number.startswith("8808") and i.bank_code == "BNI",
    "ovo": lambda i: i.web_url and i.deeplink_url and i.web_url != i.deeplink_url,
    "gopay": lambda i: i.web_url and i.deeplink_url,
    "invoice": lambda i: i.invoice_url and i.link == i.invoice_url,
    "card": lambda i: i.redirect_url and i.link == i.redirect_url,
    "alfamart": lambda i: i.payment_code and i.payment_code.startswith("TKO"),
}
MANUAL = ("bank_transfer", "cod", "no_payment", "payment_link")


@pytest.fixture
def server() -> Iterator[TrainingServer]:
    with TrainingServer(api_key=KEY) as srv:
        yield srv


def client_for(server: TrainingServer, key: str = KEY, **kw: Any) -> ScalevClient:
    kw.setdefault("retry", RetryPolicy(base_delay=0.01, max_delay=0.05))
    return ScalevClient(server.base_url, key, **kw)


def sale(store: Store, method: str, **extra: Any) -> dict[str, Any]:
    variant = store.digital_variants()[0]
    return {"store_unique_id": store.unique_id, "customer_name": "Uji Coba",
            "customer_phone": "6281234567890",
            "ordervariants": [{"variant_unique_id": variant.unique_id, "quantity": 2}],
            "payment_method": method, "metadata": {"pos_receipt_no": "T-1"}, **extra}


def posts(server: TrainingServer, suffix: str) -> list[Any]:
    return [r for r in server.requests if r.method == "POST" and r.path.endswith(suffix)]


# --- typed payment instructions ---------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("method", [*GATEWAY_CHECKS, *MANUAL])
async def test_every_method_parses_into_payment_info(server: TrainingServer, method: str) -> None:
    store = server.data.store_with_method(method)
    async with client_for(server) as client:
        order = await client.create_order(sale(store, method))
        again = await client.create_payment_info(order.id, order.payment_method)
    info = order.payment_info
    assert isinstance(info, PaymentInfo)
    if method in GATEWAY_CHECKS:
        assert GATEWAY_CHECKS[method](info), info
        assert again == info  # the payment route hands back the same payload
    else:
        assert info.is_empty and again.is_empty
    assert order.qr_string == info.qr_string
    assert dict(order.pg_payment_info) == dict(info.raw)


@pytest.mark.asyncio
async def test_deferred_payment_info_is_fetched_once(server: TrainingServer) -> None:
    server.defer_payment_info = True
    store = server.data.store_with_method("va_bni")
    async with client_for(server) as client:
        order = await client.create_order(sale(store, "va_bni"))
        assert order.payment_info.is_empty and order.qr_string is None
        info = await client.create_payment_info(order.id, order.payment_method)
        raw = await client.create_payment(order.id)
        polled = await client.get_order(order.id)
    assert info.va_number and info.bank_code == "BNI"
    assert isinstance(raw, dict) and parse_payment_info(raw).va_number == info.va_number
    assert polled.payment_info.va_number == info.va_number


# --- totals the till did not compute --------------------------------------------------------


@pytest.mark.asyncio
async def test_order_explains_its_total(server: TrainingServer) -> None:
    async with client_for(server) as client:
        link = await client.create_order(sale(server.data.store(4158), "payment_link",
                                              product_discount=2000))
        transfer = await client.create_order(sale(server.data.store(4133), "bank_transfer"))
    till = link.product_price
    assert (link.product_discount, link.payment_link_income) == (2000, 2500)
    assert link.gross_revenue == till - 2000 + 2500
    assert 100 <= transfer.unique_code_discount <= 999
    assert transfer.gross_revenue == transfer.product_price - transfer.unique_code_discount
    line = link.lines[0]
    assert line.display_name.startswith(line.product_name)


# --- duplicate ------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_duplicate_leaves_exactly_one_live_order(server: TrainingServer) -> None:
    store = server.data.store(4127)
    async with client_for(server) as client:
        original = await client.create_order(sale(store, "qris"))
        copy = await client.duplicate_order(original.id, payment_method="va_bca",
                                            metadata={"pos_receipt_no": "T-1", "switch": 1})
        assert isinstance(copy, Order)
        assert (copy.payment_method, copy.payment_info.bank_code) == ("va_bca", "BCA")
        assert copy.metadata["switch"] == 1 and copy.id != original.id
        rows = [o async for o in client.iter_orders(store_id=store.id)]
        live = [o for o in rows if o.status != "canceled"]
        assert [o.id for o in live] == [copy.id]
        assert (await client.get_order(original.id)).canceled_time is not None

        with pytest.raises(ValidationError) as bad_method:
            await client.duplicate_order(copy.id, payment_method="invoice")
        assert "payment_method" in bad_method.value.field_errors
        server.mark_paid(copy.id)
        with pytest.raises(ConflictError):
            await client.duplicate_order(copy.id, payment_method="qris")


@pytest.mark.asyncio
async def test_duplicate_is_never_retried(server: TrainingServer) -> None:
    async with client_for(server) as client:
        original = await client.create_order(sale(server.data.store(4127), "qris"))
        server.faults.fail_next(1, method="POST", path="/v3/orders/*/duplicate", status=503)
        with pytest.raises(ServerError) as caught:
            await client.duplicate_order(original.id, payment_method="va_bca")
    assert caught.value.may_have_succeeded
    assert len(posts(server, "/duplicate")) == 1
    assert server.get_order(original.id)["status"] == "pending"  # the failure changed nothing


# --- mark paid ------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_mark_payment_paid(server: TrainingServer) -> None:
    store = server.data.store(4162)
    async with client_for(server) as client:
        order = await client.create_order(sale(store, "bank_transfer"))
        change = await client.mark_payment_paid(order.id)
        assert (change.id, change.payment_status, change.status) == (order.id, "paid", "confirmed")
        paid = await client.get_order(order.id)
        assert paid.is_paid and paid.paid_time is not None
        assert paid.payment_method == "bank_transfer"
        assert (await client.mark_payment_paid(order.id)).payment_status == "paid"  # harmless

        cod = await client.create_order(sale(store, "cod"))
        change = await client.mark_payment_paid(cod.id, payment_method="bank_transfer")
        assert (await client.get_order(cod.id)).payment_method == "bank_transfer"

        voided = await client.create_order(sale(store, "no_payment"))
        await client.cancel_order(voided.id)
        with pytest.raises(ConflictError):
            await client.mark_payment_paid(voided.id)
    (last,) = [r for r in posts(server, "/change-status") if r.json_body["ids"] == [cod.id]]
    assert last.json_body == {"ids": [cod.id], "payment_status": "paid",
                              "payment_method": "bank_transfer"}


@pytest.mark.asyncio
async def test_mark_payment_paid_is_never_retried(server: TrainingServer) -> None:
    async with client_for(server) as client:
        order = await client.create_order(sale(server.data.store(4127), "bank_transfer"))
        server.faults.fail_next(2, method="POST", path="/v3/orders/change-status", status=503)
        with pytest.raises(ServerError):
            await client.mark_payment_paid(order.id)
        assert len(posts(server, "/change-status")) == 1
        with pytest.raises(ServerError):
            await client.mark_payment_paid(order.id)
        change = await client.mark_payment_paid(order.id)  # fails twice, then works
    assert change.payment_status == "paid"
    assert len(posts(server, "/change-status")) == 3


# --- payment accounts -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_payment_accounts(server: TrainingServer) -> None:
    async with client_for(server) as client:
        accounts = await client.payment_accounts(4127)
        none = await client.payment_accounts(4158)
    seeded = server.data.store(4127).payment_accounts
    assert [a.unique_id for a in accounts] == [a.unique_id for a in seeded]
    first = accounts[0]
    assert isinstance(first, PaymentAccount)
    assert (first.bank_name, first.bank_code, first.financial_entity_id) \
        == ("Bank Central Asia", "BCA", 14)
    assert first.account_number == seeded[0].account_number
    assert first.account_holder == seeded[0].account_holder
    assert none == []


@pytest.mark.asyncio
async def test_payment_accounts_without_the_scope_is_forbidden(server: TrainingServer) -> None:
    server.add_key("rk_till_SECRET_1", scopes={"store:list", "store:read", "order:create"})
    server.add_key("rk_owner_SECRET_2", scopes={"payment_account:list"})
    async with client_for(server, key="rk_till_SECRET_1") as till, \
            client_for(server, key="rk_owner_SECRET_2") as owner:
        with pytest.raises(ForbiddenError) as caught:
            await till.payment_accounts(4127)
        assert caught.value.status == 403 and caught.value.request_id
        assert await owner.payment_accounts(4127)


# --- SKU search -----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_search_products_by_sku(server: TrainingServer) -> None:
    store = server.data.store(4127)
    variant = store.physical_variants()[7]
    async with client_for(server) as client:
        found = await client.search_products(store.id, variant.sku.lower())
        by_unique = await client.search_products(store.unique_id, variant.sku)
        elsewhere = await client.search_products(4133, variant.sku)
        with pytest.raises(ValueError):
            await client.search_products(store.id, "  ")
    product = found[0]
    assert product.id == variant.product_id
    hit = next(v for v in product.variants if v.sku == variant.sku)
    assert (hit.id, hit.unique_id, hit.price, hit.item_type, hit.weight) \
        == (variant.id, variant.unique_id, variant.price, "physical", variant.weight)
    assert [p.id for p in by_unique] == [p.id for p in found]
    assert elsewhere == []
    (request, *_) = [r for r in server.requests if r.path == "/v3/products"]
    assert request.query == {"store_id": str(store.id), "search": variant.sku.lower(),
                             "page_size": "25"}


# --- orders from other channels -------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("offset", [-7200.0, 7200.0])
async def test_todays_orders_from_every_channel(server: TrainingServer, offset: float) -> None:
    server.clock_offset = offset
    store = server.data.store(4158)
    async with client_for(server) as client:
        counter = await client.create_order(sale(store, "qris"))
        web = server.add_online_orders(store.id, 6)
        now = client.server_now()
        rows = [o async for o in client.iter_orders(
            store_id=store.id, since=now - timedelta(days=1), until=now + timedelta(minutes=1))]
        qris_only = [o async for o in client.iter_orders(store_id=store.id, payment_method="qris")]
    assert {o.id for o in rows} == {counter.id, *(o["id"] for o in web)}
    mine = next(o for o in rows if o.id == counter.id)
    assert (mine.payment_method, mine.store_id, mine.gross_revenue) \
        == ("qris", store.id, counter.gross_revenue)
    assert mine.metadata["pos_receipt_no"] == "T-1" and mine.created_at is not None
    others = [o for o in rows if o.id != counter.id]
    assert all("pos_receipt_no" not in o.metadata for o in others)
    assert {o.payment_status for o in others} == {"paid", "unpaid"}
    assert all(o.paid_time is not None for o in others if o.payment_status == "paid")
    assert all(o.payment_method == "qris" for o in qris_only) and counter.id in {
        o.id for o in qris_only}
    listing = [r for r in server.requests if r.path == "/v3/orders" and "draft_time_since" in r.query]
    assert listing and "draft_time_until" in listing[0].query
