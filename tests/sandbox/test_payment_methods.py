"""Every payment method a counter meets, paid the way it really is paid."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from pos_app.sandbox.payments import MANUAL, pays_by_itself
from tests.sandbox.support import api_client, digital_order, plain_client

COUNTER_METHODS = ("qris", "va_bca", "va_bni", "ovo", "dana", "shopeepay", "gopay", "invoice",
                   "card", "alfamart", "payment_link", "bank_transfer", "cod", "no_payment")


def _va(info: dict) -> str:
    return info["payment_method"]["virtual_account"]["channel_properties"]["virtual_account_number"]


def _code(info: dict) -> str:
    return info["payment_method"]["over_the_counter"]["channel_properties"]["payment_code"]


def _urls(value: object) -> list[str]:
    if isinstance(value, dict):
        return [u for v in value.values() for u in _urls(v)]
    if isinstance(value, list):
        return [u for v in value for u in _urls(v)]
    return [value] if isinstance(value, str) and "://" in value else []


def _order(api: httpx.Client, server: TrainingServer, method: str) -> dict:
    store = server.data.store_with_method(method)
    response = api.post("/orders", json=digital_order(store, payment_method=method))
    assert response.status_code == 200, response.text
    return response.json()


def test_the_stores_accept_every_counter_method_between_them(server: TrainingServer) -> None:
    offered = {m for store in server.data.stores for m in store.payment_methods}
    assert set(COUNTER_METHODS) <= offered
    # The first store's default method did not move (clients pick a store's first method).
    assert server.data.stores[0].payment_methods[0] == "qris"


@pytest.mark.parametrize("method", COUNTER_METHODS)
def test_payment_payload_per_method(server: TrainingServer, api: httpx.Client,
                                    method: str) -> None:
    order = _order(api, server, method)
    info = order["pg_payment_info"]
    if method == "qris":
        assert info["qr_string"].startswith("000201")
    elif method.startswith("va_"):
        number = _va(info)
        assert number.isdigit() and len(number) == 16
    elif method in ("ovo", "dana", "shopeepay", "gopay"):
        kinds = {a["url_type"]: a["url"] for a in info["actions"]}
        assert set(kinds) == {"WEB", "DEEPLINK"}
    elif method == "invoice":
        assert info["invoice_url"]
    elif method == "card":
        assert info["redirect_url"]
    elif method == "alfamart":
        assert _code(info).startswith("TKO") and _code(info)[3:].isdigit()
    else:
        assert info == {}  # manual methods and payment_link: the buyer uses payment_url
    assert (order["epayment_provider"] is not None) == (info != {})
    # Every URL handed out is plain http on this server, and opens.
    urls = [*_urls(info), order["payment_url"], order["public_order_url"]]
    with plain_client(server) as browser:
        for url in urls:
            parts = urlsplit(url)
            assert (parts.scheme, f"{parts.scheme}://{parts.netloc}") == ("http", server.base_url)
            assert browser.get(url).status_code == 200, url


def test_deferred_payment_info_appears_on_the_payment_call(server: TrainingServer,
                                                           api: httpx.Client) -> None:
    server.defer_payment_info = True
    assert server.defer_payment_info
    for method in ("qris", "va_bni", "alfamart", "ovo"):
        order = _order(api, server, method)
        assert order["pg_payment_info"] == {}
        assert api.get(f"/orders/{order['id']}").json()["pg_payment_info"] == {}
        first = api.post(f"/orders/{order['id']}/payment").json()
        assert first
        # Made once: the same VA number or payment code on every later look.
        assert api.post(f"/orders/{order['id']}/payment").json() == first
        assert api.get(f"/orders/{order['id']}").json()["pg_payment_info"] == first
    manual = _order(api, server, "bank_transfer")
    assert api.post(f"/orders/{manual['id']}/payment").json() == {}


def test_method_groups() -> None:
    assert {"bank_transfer", "cod", "no_payment", "marketplace"} == MANUAL
    for method in ("qris", "va_bca", "va_mandiri", "ovo", "gopay", "card", "invoice", "alfamart",
                   "payment_link"):
        assert pays_by_itself(method), method
    for method in (*MANUAL, None):
        assert not pays_by_itself(method), method


def test_auto_pay_pays_gateway_methods_only() -> None:
    with TrainingServer(auto_pay_after=0.2) as server, api_client(server) as api:
        made = {m: _order(api, server, m) for m in COUNTER_METHODS}
        assert server.wait_for(
            lambda: server.get_order(made["qris"]["id"])["payment_status"] == "paid")
        server.wait_for(lambda: False, timeout=0.3)
        for method, order in made.items():
            status = api.get(f"/orders/{order['id']}").json()["payment_status"]
            assert status == ("unpaid" if method in MANUAL else "paid"), method
        # The merchant (or a trainer) still pays a manual one explicitly.
        transfer = made["bank_transfer"]
        assert server.mark_paid(transfer["id"])["payment_status"] == "paid"


def test_training_pay_route_takes_the_order_number(server: TrainingServer,
                                                   api: httpx.Client) -> None:
    order = _order(api, server, "cod")
    paid = api.post(f"/_training/orders/{order['order_id'].lower()}/pay").json()
    assert (paid["id"], paid["payment_status"]) == (order["id"], "paid")
    assert api.post("/_training/orders/261127NOTHERE/pay").status_code == 404
