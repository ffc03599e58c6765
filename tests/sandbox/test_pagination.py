"""Cursor pagination: envelope, no duplicates or gaps, page size limits, bad cursors."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from pos_app.sandbox import TrainingServer

ENVELOPE = {"data", "is_paginated", "has_next", "has_previous", "next_cursor", "previous_cursor",
            "page_size"}


def _pages(api: httpx.Client, path: str, size: int, **params: str) -> list[dict]:
    pages = []
    query: dict[str, object] = {**params, "page_size": size}
    while True:
        body = api.get(path, params=query).json()
        assert set(body) == ENVELOPE
        pages.append(body)
        if not body["has_next"]:
            return pages
        assert body["next_cursor"]
        query = {**params, "page_size": size, "next_cursor": body["next_cursor"]}


@pytest.mark.parametrize("path_of", [
    lambda s: f"/stores/{s.id}/products",
    lambda s: f"/stores/{s.id}/bundles",
    lambda s: "/locations",
])
def test_walk_forward_without_duplicates_or_gaps(api: httpx.Client, server: TrainingServer,
                                                 path_of) -> None:
    store = server.data.stores[0]
    path = path_of(store)
    size = 2 if "bundles" in path else 25
    pages = _pages(api, path, size)
    assert len(pages) >= 3
    ids = [item["id"] for page in pages for item in page["data"]]
    assert len(ids) == len(set(ids))
    expected = {"bundles": len(store.bundles), "products": len(store.products),
                "locations": len(server.data.locations)}
    assert len(ids) == next(n for key, n in expected.items() if key in path)
    assert pages[0]["has_previous"] is False and pages[0]["previous_cursor"] is None
    assert all(p["has_previous"] and p["previous_cursor"] for p in pages[1:])
    assert pages[-1]["next_cursor"] is None
    assert all(p["page_size"] == size and p["is_paginated"] is True for p in pages)


def test_previous_cursor_walks_back(api: httpx.Client, server: TrainingServer) -> None:
    path = f"/stores/{server.data.stores[0].id}/products"
    first = api.get(path, params={"page_size": 10}).json()
    second = api.get(path, params={"page_size": 10, "next_cursor": first["next_cursor"]}).json()
    back = api.get(path, params={"page_size": 10,
                                 "previous_cursor": second["previous_cursor"]}).json()
    assert back["data"] == first["data"]


def test_filters_stay_with_the_cursor(api: httpx.Client) -> None:
    first = api.get("/locations", params={"search": "medan", "page_size": 5}).json()
    assert first["has_next"]
    same = api.get("/locations", params={"search": "medan", "page_size": 5,
                                         "next_cursor": first["next_cursor"]})
    assert same.status_code == 200
    assert all("Medan" in row["display"] for row in same.json()["data"])
    other = api.get("/locations", params={"search": "bandung", "page_size": 5,
                                          "next_cursor": first["next_cursor"]})
    assert other.status_code == 400


@pytest.mark.parametrize("size", ["26", "100"])
def test_page_size_over_25_is_400(api: httpx.Client, size: str) -> None:
    response = api.get("/locations", params={"page_size": size})
    assert response.status_code == 400
    assert "page_size" in response.json()["errors"]


@pytest.mark.parametrize("size", ["0", "-1", "abc"])
def test_page_size_invalid_is_400(api: httpx.Client, size: str) -> None:
    assert api.get("/stores/simplified", params={"page_size": size}).status_code == 400


def test_default_page_size_is_25(api: httpx.Client) -> None:
    body = api.get("/locations").json()
    assert body["page_size"] == 25 and len(body["data"]) == 25


@pytest.mark.parametrize("cursor", [
    "garbage!!",
    base64.urlsafe_b64encode(b"not json").decode(),
    base64.urlsafe_b64encode(json.dumps({"o": 25, "f": "forged"}).encode()).decode(),
    base64.urlsafe_b64encode(json.dumps([1, 2]).encode()).decode(),
])
def test_bad_cursor_is_400(api: httpx.Client, server: TrainingServer, cursor: str) -> None:
    for path in (f"/stores/{server.data.stores[0].id}/products", "/locations", "/orders"):
        response = api.get(path, params={"next_cursor": cursor})
        assert response.status_code == 400, path
        assert response.json()["error"] == "Invalid cursor"


def test_both_cursors_at_once_is_400(api: httpx.Client) -> None:
    first = api.get("/locations").json()
    response = api.get("/locations", params={"next_cursor": first["next_cursor"],
                                             "previous_cursor": first["next_cursor"]})
    assert response.status_code == 400


def test_cursor_of_one_store_is_refused_for_another(api: httpx.Client,
                                                    server: TrainingServer) -> None:
    a, b = server.data.stores[:2]
    first = api.get(f"/stores/{a.id}/products").json()
    response = api.get(f"/stores/{b.id}/products", params={"next_cursor": first["next_cursor"]})
    assert response.status_code == 400
