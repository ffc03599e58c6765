"""Fault knobs: latency, random 5xx, 429 bursts, lost and failed order replies, request log."""

from __future__ import annotations

import json
import math
import time

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from tests.sandbox.support import api_client, digital_order


def test_latency(server: TrainingServer, api: httpx.Client) -> None:
    server.faults.latency = 0.2
    started = time.monotonic()
    assert api.get("/locations").status_code == 200
    assert time.monotonic() - started >= 0.2


def test_error_rate_one_fails_everything_and_stores_nothing(server: TrainingServer,
                                                            api: httpx.Client) -> None:
    server.faults.error_rate = 1.0
    store = server.data.stores[0]
    statuses = {api.post("/orders", json=digital_order(store)).status_code for _ in range(12)}
    assert statuses <= {500, 502, 503} and len(statuses) > 1
    assert server.orders() == []
    assert server.order_create_attempts == 12
    server.faults.reset()
    assert api.post("/orders", json=digital_order(store)).status_code == 200


def test_error_bodies_are_mixed_like_a_real_stack(server: TrainingServer,
                                                  api: httpx.Client) -> None:
    server.faults.error_rate = 1.0
    types = {}
    for _ in range(20):
        response = api.get("/locations")
        types[response.status_code] = response.headers["content-type"]
    assert types.get(502) == "text/html"
    assert types.get(500) == "application/json"


def test_faults_follow_their_own_seed() -> None:
    def statuses(seed: int) -> list[int]:
        with TrainingServer() as server, api_client(server) as api:
            server.faults.random_seed(seed)
            server.faults.error_rate = 0.5
            return [api.get("/locations").status_code for _ in range(20)]

    assert statuses(7) == statuses(7)
    assert 200 in statuses(7) and set(statuses(7)) - {200}


def test_rate_limit_burst(server: TrainingServer, api: httpx.Client) -> None:
    server.faults.rate_limit_burst(n=4, reset_in=1.0)
    before = time.time()
    burst = [api.get("/locations") for _ in range(4)]
    assert [r.status_code for r in burst] == [429] * 4
    kinds = [r.headers["content-type"].split(";")[0] for r in burst]
    assert kinds == ["text/plain", "application/json"] * 2
    assert burst[0].text == "Too many requests"
    assert burst[1].json() == {"error": "Too many requests"}
    for response in burst:
        assert response.headers["X-Ratelimit-Limit"] == "100"
        assert response.headers["X-Ratelimit-Remaining"] == "0"
        reset = int(response.headers["X-Ratelimit-Reset"])
        assert math.ceil(before + 1.0) <= reset <= math.ceil(time.time() + 1.0)
    assert api.get("/locations").status_code == 200


def test_drop_after_commit(server: TrainingServer, api: httpx.Client) -> None:
    server.faults.drop_after_commit(1)
    body = digital_order(server.data.stores[0])
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/orders", json=body)
    [order] = server.orders()
    assert order["metadata"]["pos_receipt_no"] == body["metadata"]["pos_receipt_no"]
    [record] = [r for r in server.requests if r.path == "/v3/orders"]
    assert record.status is None
    # Only that one reply is lost.
    assert api.post("/orders", json=body).status_code == 200
    assert len(server.orders()) == 2
    assert server.order_create_attempts == 2


def test_drop_waits_for_a_stored_order(server: TrainingServer, api: httpx.Client) -> None:
    server.faults.drop_after_commit(1)
    assert api.post("/orders", json={}).status_code == 400  # nothing stored: answered normally
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/orders", json=digital_order(server.data.stores[0]))
    assert len(server.orders()) == 1


def test_fail_after_commit(server: TrainingServer, api: httpx.Client) -> None:
    server.faults.fail_after_commit(2)
    store = server.data.stores[0]
    responses = [api.post("/orders", json=digital_order(store)) for _ in range(3)]
    assert [r.status_code for r in responses] == [502, 502, 200]
    assert len(server.orders()) == 3


def test_reset_disarms_everything(server: TrainingServer, api: httpx.Client) -> None:
    server.faults.latency = 1.0
    server.faults.error_rate = 1.0
    server.faults.rate_limit_burst(5)
    server.faults.drop_after_commit(3)
    server.faults.fail_after_commit(3)
    server.faults.reset()
    started = time.monotonic()
    assert api.post("/orders", json=digital_order(server.data.stores[0])).status_code == 200
    assert time.monotonic() - started < 0.5


def test_training_route_is_exempt_from_faults(server: TrainingServer, api: httpx.Client) -> None:
    order = api.post("/orders", json=digital_order(server.data.stores[0])).json()
    server.faults.error_rate = 1.0
    server.faults.rate_limit_burst(3)
    assert api.post(f"/_training/orders/{order['id']}/pay").status_code == 200


def test_request_log(server: TrainingServer, api: httpx.Client) -> None:
    body = digital_order(server.data.stores[0])
    api.get("/locations", params={"search": "tebet", "page_size": "5"})
    api.post("/orders", json=body)
    api.post("/orders", content=b"not json", headers={"Content-Type": "application/json"})
    records = server.requests
    assert [(r.method, r.path, r.status) for r in records] == [
        ("GET", "/v3/locations", 200), ("POST", "/v3/orders", 200), ("POST", "/v3/orders", 400)]
    assert records[0].query == {"search": "tebet", "page_size": "5"}
    assert records[0].json_body is None
    assert records[1].json_body == json.loads(json.dumps(body))
    assert records[2].json_body is None
    server.clear_requests()
    assert server.requests == []
    assert server.order_create_attempts == 2
