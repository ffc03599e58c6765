"""API keys, scopes, standard headers and the 100-requests-per-10-seconds limit."""

from __future__ import annotations

import time

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from tests.sandbox.support import api_client, digital_order, plain_client


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Bearer sk_wrong"},
    {"Authorization": "Bearer"},
    {"Authorization": "Basic sk_training"},
    {"Authorization": "sk_training"},
])
def test_missing_or_wrong_key_is_401(server: TrainingServer, headers: dict[str, str]) -> None:
    with api_client(server, key=None, **headers) as client:
        response = client.get("/stores/simplified")
    assert response.status_code == 401
    assert response.json() == {"error": "Invalid API key"}


def test_bearer_scheme_is_case_insensitive(server: TrainingServer) -> None:
    with api_client(server, key=None, Authorization="bearer sk_training") as client:
        assert client.get("/stores/simplified").status_code == 200


def test_expired_key(server: TrainingServer) -> None:
    server.add_key("sk_old", expired=True)
    with api_client(server, key="sk_old") as client:
        response = client.get("/stores/simplified")
    assert response.status_code == 401
    assert response.json() == {"error": "API key has expired"}


def test_restricted_key_only_reaches_its_scopes(server: TrainingServer) -> None:
    server.add_key("rk_limited", scopes={"store:list"})
    store = server.data.stores[0]
    with api_client(server, key="rk_limited") as client:
        assert client.get("/stores/simplified").status_code == 200
        for response in (client.get(f"/stores/{store.id}/products"),
                         client.get(f"/stores/{store.id}/payment-methods"),
                         client.get("/locations"),
                         client.get("/orders"),
                         client.post("/orders", json=digital_order(store))):
            assert response.status_code == 403
            assert response.json() == {"error": "Forbidden"}
    assert server.orders() == []


def test_second_full_key(server: TrainingServer) -> None:
    server.add_key("sk_second")
    with api_client(server, key="sk_second") as client:
        assert client.get("/locations").status_code == 200
    server.remove_key("sk_second")
    with api_client(server, key="sk_second") as client:
        assert client.get("/locations").status_code == 401


def test_every_response_carries_request_id_and_rate_headers(server: TrainingServer,
                                                            api: httpx.Client) -> None:
    with api_client(server, key="sk_wrong") as stranger:
        responses = [api.get("/locations"), api.get("/orders/nope"), stranger.get("/locations"),
                     api.post("/orders", json={})]
    ids = set()
    for response in responses:
        assert len(response.headers["x-request-id"]) >= 8
        ids.add(response.headers["x-request-id"])
        assert response.headers["X-Ratelimit-Limit"] == "100"
        assert response.headers["X-Ratelimit-Remaining"].isdigit()
        reset = int(response.headers["X-Ratelimit-Reset"])
        assert time.time() - 1 <= reset <= time.time() + 11
        assert response.headers["content-type"] == "application/json"
    assert len(ids) == len(responses)


def test_remaining_counts_down(api: httpx.Client) -> None:
    first = int(api.get("/locations").headers["X-Ratelimit-Remaining"])
    second = int(api.get("/locations").headers["X-Ratelimit-Remaining"])
    assert second == first - 1


def test_public_routes_need_no_key(server: TrainingServer) -> None:
    with plain_client(server) as client:
        assert client.get("/images/p-8801.png").status_code == 200


def test_real_limit_100_per_10_seconds(server: TrainingServer) -> None:
    with api_client(server) as api, api_client(server, key="sk_other") as other:
        server.add_key("sk_other")
        statuses = [api.get("/stores/simplified").status_code for _ in range(100)]
        assert statuses == [200] * 100
        limited = api.get("/stores/simplified")
        assert limited.status_code == 429
        assert limited.headers["content-type"].startswith("text/plain")
        assert limited.text == "Too many requests"
        assert limited.headers["X-Ratelimit-Remaining"] == "0"
        assert int(limited.headers["X-Ratelimit-Reset"]) >= time.time()
        # The bucket is per key.
        assert other.get("/stores/simplified").status_code == 200


def test_rate_limit_can_be_configured() -> None:
    with TrainingServer(rate_limit=3, rate_window=0.5) as server, api_client(server) as api:
        assert [api.get("/locations").status_code for _ in range(4)] == [200, 200, 200, 429]
        time.sleep(0.6)
        assert api.get("/locations").status_code == 200
    with TrainingServer(rate_limit=None) as server, api_client(server) as api:
        assert {api.get("/locations").status_code for _ in range(120)} == {200}
