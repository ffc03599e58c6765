"""Scalev's total is not the till's sum: payment-link fee, unique code, product discount."""

from __future__ import annotations

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from tests.sandbox.support import collect, digital_order, physical_order


def _create(api: httpx.Client, body: dict) -> dict:
    response = api.post("/orders", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def _till_sum(server: TrainingServer, body: dict) -> int:
    return sum(server.data.variant(line["variant_unique_id"]).price * line["quantity"]
               for line in body["ordervariants"])


def test_seeded_store_settings(server: TrainingServer, api: httpx.Client) -> None:
    assert server.data.store(4127).payment_link_fee == 0
    assert not server.data.store(4127).is_unique_code
    assert server.data.store(4158).payment_link_fee == 2500
    assert server.data.store(4133).is_unique_code
    assert api.get("/stores/4133").json()["is_unique_code"] is True
    assert api.get("/stores/4127").json()["is_unique_code"] is False


def test_payment_link_fee_is_added_to_gross(server: TrainingServer, api: httpx.Client) -> None:
    store = server.data.store(4158)
    body = digital_order(store, payment_method="payment_link")
    order = _create(api, body)
    assert order["payment_link_income"] == "2500"
    assert int(order["gross_revenue"]) == _till_sum(server, body) + 2500
    assert int(order["net_revenue"]) == int(order["gross_revenue"]) - int(order["payment_fee"])
    # The list row carries it as a number (§3.2) and the total as a decimal string.
    [row] = collect(api, "/orders", search=order["order_id"])
    assert row["payment_link_income"] == 2500 and row["gross_revenue"] == order["gross_revenue"]
    # Other methods of the same store pay no link fee.
    qris = _create(api, digital_order(store, payment_method="qris"))
    assert qris["payment_link_income"] == "0"


def test_payment_link_fee_knob(server: TrainingServer, api: httpx.Client) -> None:
    store = server.configure_store(4127, payment_link_fee=4000)
    body = digital_order(store, payment_method="payment_link")
    order = _create(api, body)
    assert order["payment_link_income"] == "4000"
    assert int(order["gross_revenue"]) == _till_sum(server, body) + 4000
    server.configure_store(4127, payment_link_fee=0)
    assert _create(api, body)["payment_link_income"] == "0"
    with pytest.raises(ValueError):
        server.configure_store(4127, payment_link_fee=-1)
    with pytest.raises(KeyError):
        server.configure_store(999, unique_code=True)


def test_unique_code_is_knocked_off_bank_transfers(server: TrainingServer,
                                                   api: httpx.Client) -> None:
    store = server.data.store(4133)
    codes = set()
    for _ in range(4):
        body = digital_order(store, payment_method="bank_transfer")
        order = _create(api, body)
        code = int(order["unique_code_discount"])
        assert 100 <= code <= 999
        assert int(order["gross_revenue"]) == _till_sum(server, body) - code
        codes.add(code)
    assert len(codes) > 1  # it tells transfers apart, so it is not always the same
    # Gateway methods of the same store do not get one.
    assert _create(api, digital_order(store, payment_method="invoice"))["unique_code_discount"] \
        == "0"


def test_unique_code_knob(server: TrainingServer, api: httpx.Client) -> None:
    store = server.configure_store(4127, unique_code=True)
    assert api.get("/stores/4127").json()["is_unique_code"] is True
    body = digital_order(store, payment_method="bank_transfer")
    assert int(_create(api, body)["unique_code_discount"]) >= 100
    server.configure_store(4127, unique_code=False)
    assert _create(api, body)["unique_code_discount"] == "0"


def test_qris_amount_is_the_discounted_server_total(server: TrainingServer,
                                                    api: httpx.Client) -> None:
    store = server.data.store(4158)
    order = _create(api, digital_order(store, payment_method="qris", product_discount=1000))
    assert int(order["gross_revenue"]) == int(order["product_price"]) - 1000
    assert f"54{len(order['gross_revenue']):02d}{order['gross_revenue']}" \
        in order["pg_payment_info"]["qr_string"]


def test_product_discount_is_honoured(server: TrainingServer, api: httpx.Client) -> None:
    store = server.data.stores[0]
    body = physical_order(api, store, "qris", product_discount=7500)
    order = _create(api, body)
    products = sum(line["product_price"] for line in order["orderlines"])
    assert order["product_discount"] == "7500"
    assert int(order["gross_revenue"]) == products - 7500 + body["shipping_cost"]


@pytest.mark.parametrize(("extra", "ok"), [(0, True), (1, False)])
def test_product_discount_up_to_the_product_price(server: TrainingServer, api: httpx.Client,
                                                  extra: int, ok: bool) -> None:
    store = server.data.stores[0]
    body = digital_order(store)
    price = _till_sum(server, body)
    response = api.post("/orders", json={**body, "product_discount": price + extra})
    if ok:
        assert response.status_code == 200
        assert response.json()["gross_revenue"] == "0"
    else:
        assert response.status_code == 400
        assert "product_discount" in response.json()["errors"]
        assert server.orders() == []
