"""Per-route fault knobs: latency and armed failures for some routes only."""

from __future__ import annotations

import time

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from pos_app.sandbox.faults import RoutePattern
from tests.sandbox.support import digital_order


def _timed(call) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


@pytest.mark.parametrize(("pattern", "method", "path", "expected"), [
    (RoutePattern("POST", "/v3/orders"), "POST", "/v3/orders", True),
    (RoutePattern("POST", "/v3/orders"), "post", "/v3/orders", True),
    (RoutePattern("POST", "/v3/orders"), "GET", "/v3/orders", False),
    (RoutePattern("POST", "/v3/orders"), "POST", "/v3/orders/change-status", False),
    (RoutePattern(None, "/v3/orders/**"), "POST", "/v3/orders/change-status", True),
    (RoutePattern(None, "/v3/orders/**"), "GET", "/v3/orders", True),
    (RoutePattern(None, "/v3/orders/**"), "GET", "/v3/ordersx", False),
    (RoutePattern("GET", "/v3/stores/*/products"), "GET", "/v3/stores/4127/products", True),
    (RoutePattern("GET", "/v3/stores/*/products"), "GET", "/v3/stores/4127/bundles", False),
    (RoutePattern("GET", "/v3/stores/*/products"), "GET", "/v3/stores/4127/products/x", False),
    (RoutePattern("GET", "/v3/stores/*/products"), "GET", "/v3/stores/products", False),
    (RoutePattern("GET", None), "GET", "/anything", True),
    (RoutePattern(None, "v3/locations/"), "GET", "/v3/locations", True),
])
def test_route_patterns(pattern: RoutePattern, method: str, path: str, expected: bool) -> None:
    assert pattern.matches(method, path) is expected


def test_order_create_takes_two_seconds_and_nothing_else_does(server: TrainingServer,
                                                              api: httpx.Client) -> None:
    server.faults.set_latency(2.0, method="POST", path="/v3/orders")
    store = server.data.stores[0]
    created, slow = _timed(lambda: api.post("/orders", json=digital_order(store)))
    assert created.status_code == 200 and slow >= 2.0
    order = created.json()
    for call in (lambda: api.get(f"/orders/{order['id']}"),
                 lambda: api.get("/orders"),
                 lambda: api.post("/orders/change-status",
                                  json={"ids": [order["id"]], "status": "canceled"})):
        response, fast = _timed(call)
        assert response.status_code == 200 and fast < 1.0
    server.faults.set_latency(0, method="POST", path="/v3/orders")
    _, again = _timed(lambda: api.post("/orders", json=digital_order(store)))
    assert again < 1.0


def test_catalog_pages_take_half_a_second_each(server: TrainingServer, api: httpx.Client) -> None:
    server.faults.set_latency(0.5, method="GET", path="/v3/stores/*/products")
    store = server.data.stores[0]
    first, took = _timed(lambda: api.get(f"/stores/{store.id}/products"))
    assert took >= 0.5
    _, took = _timed(lambda: api.get(f"/stores/{store.id}/products",
                                     params={"next_cursor": first.json()["next_cursor"]}))
    assert took >= 0.5
    _, quick = _timed(lambda: api.get(f"/stores/{store.id}/bundles"))
    assert quick < 0.4


def test_route_latency_adds_to_the_server_wide_latency(server: TrainingServer,
                                                       api: httpx.Client) -> None:
    server.faults.set_latency(0.2)
    assert server.faults.latency == 0.2
    server.faults.set_latency(0.6, path="/v3/locations")
    _, both = _timed(lambda: api.get("/locations"))
    _, base = _timed(lambda: api.get("/stores/simplified"))
    assert both >= 0.8 and 0.2 <= base < 0.7


def test_change_status_fails_twice_then_works(server: TrainingServer, api: httpx.Client) -> None:
    order = api.post("/orders", json=digital_order(server.data.stores[0])).json()
    server.faults.fail_next(2, method="POST", path="/v3/orders/change-status", status=503)
    body = {"ids": [order["id"]], "status": "canceled"}
    # Other routes are untouched while the failures are armed.
    assert api.get(f"/orders/{order['id']}").status_code == 200
    statuses = [api.post("/orders/change-status", json=body).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    assert server.get_order(order["id"])["status"] == "canceled"


def test_an_armed_failure_has_no_effect(server: TrainingServer, api: httpx.Client) -> None:
    order = api.post("/orders", json=digital_order(server.data.stores[0])).json()
    server.faults.fail_next(1, path="/v3/orders/change-status", status=500)
    failed = api.post("/orders/change-status", json={"ids": [order["id"]], "status": "canceled"})
    assert failed.status_code == 500 and failed.json()["error"]
    assert server.get_order(order["id"])["status"] == "pending"

    server.faults.fail_next(1, method="POST", path="/v3/orders", status=502)
    lost = api.post("/orders", json=digital_order(server.data.stores[0]))
    assert lost.status_code == 502 and lost.headers["content-type"] == "text/html"
    assert len(server.orders()) == 1
    assert server.order_create_attempts == 2  # it still counts as an attempt


@pytest.mark.parametrize(("status", "kind"), [(404, "application/json"), (409, "application/json"),
                                              (429, "text/plain"), (504, "application/json")])
def test_failure_statuses(server: TrainingServer, api: httpx.Client, status: int,
                          kind: str) -> None:
    server.faults.fail_next(1, method="GET", path="/v3/locations", status=status)
    response = api.get("/locations")
    assert response.status_code == status
    assert response.headers["content-type"].startswith(kind)
    if status == 429:
        assert response.headers["X-Ratelimit-Remaining"] == "0"
        assert int(response.headers["X-Ratelimit-Reset"]) >= time.time()
    else:
        assert response.json()["error_code"] == "training_fault"
    assert api.get("/locations").status_code == 200


def test_failures_are_consumed_oldest_rule_first(server: TrainingServer, api: httpx.Client) -> None:
    server.faults.fail_next(1, path="/v3/locations", status=500)
    server.faults.fail_next(2, status=503)  # every route
    assert api.get("/locations").status_code == 500
    assert api.get("/locations").status_code == 503
    assert api.get("/stores/simplified").status_code == 503
    assert api.get("/stores/simplified").status_code == 200


def test_training_routes_and_reset(server: TrainingServer, api: httpx.Client) -> None:
    order = api.post("/orders", json=digital_order(server.data.stores[0])).json()
    server.faults.fail_next(5, status=503)
    server.faults.set_latency(5.0, path="/v3/_training/**")
    paid, took = _timed(lambda: api.post(f"/_training/orders/{order['id']}/pay"))
    assert paid.status_code == 200 and took < 1.0
    server.faults.set_latency(5.0, path="/v3/locations")
    server.faults.reset()
    response, took = _timed(lambda: api.get("/locations"))
    assert response.status_code == 200 and took < 1.0


def test_bad_arguments_are_refused(server: TrainingServer) -> None:
    with pytest.raises(ValueError):
        server.faults.fail_next(0)
    with pytest.raises(ValueError):
        server.faults.fail_next(1, status=200)
    with pytest.raises(ValueError):
        server.faults.set_latency(-1, path="/v3/orders")
