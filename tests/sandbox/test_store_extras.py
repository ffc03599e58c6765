"""Store payment accounts and the product search of ``GET /v3/products``."""

from __future__ import annotations

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from tests.sandbox.support import api_client, collect

# --- payment accounts ---------------------------------------------------------------------


def test_payment_accounts_of_a_store_with_bank_transfer(server: TrainingServer,
                                                        api: httpx.Client) -> None:
    store = server.data.store(4127)
    body = api.get(f"/stores/{store.id}/payment-accounts").json()
    assert body["is_paginated"] is True and body["has_next"] is False
    assert [a["unique_id"] for a in body["data"]] == [a.unique_id for a in store.payment_accounts]
    first = body["data"][0]
    assert first["account_number"].isdigit() and first["account_holder"]
    assert first["financial_entity"] == {"id": 14, "code": "BCA", "name": "Bank Central Asia"}
    assert first["unique_id"].startswith("payment_account_")


def test_every_bank_transfer_store_has_accounts(server: TrainingServer, api: httpx.Client) -> None:
    for store in server.data.stores:
        accounts = collect(api, f"/stores/{store.id}/payment-accounts", page_size=1)
        assert bool(accounts) == ("bank_transfer" in store.payment_methods), store.name
        assert len({a["id"] for a in accounts}) == len(store.payment_accounts)


def test_payment_accounts_need_their_scope(server: TrainingServer) -> None:
    server.add_key("rk_no_accounts", scopes={"store:read", "store:list"})
    server.add_key("rk_accounts", scopes={"payment_account:list"})
    with api_client(server, key="rk_no_accounts") as without, \
            api_client(server, key="rk_accounts") as with_scope:
        denied = without.get("/stores/4127/payment-accounts")
        assert denied.status_code == 403 and denied.json()["error"]
        assert with_scope.get("/stores/4127/payment-accounts").status_code == 200
    with api_client(server) as api:
        assert api.get("/stores/999/payment-accounts").status_code == 404


# --- product search -----------------------------------------------------------------------


@pytest.mark.parametrize("store_key", ["id", "unique_id"])
def test_search_by_exact_sku(server: TrainingServer, api: httpx.Client, store_key: str) -> None:
    store = server.data.stores[0]
    variant = store.physical_variants()[5]
    body = api.get("/products", params={"store_id": str(getattr(store, store_key)),
                                        "search": variant.sku.lower()}).json()
    assert body["is_paginated"] is True
    first = body["data"][0]
    assert first["id"] == variant.product_id
    skus = [v["sku"] for v in first["variants"]]
    assert variant.sku in skus
    # The whole product with its variants, as in the store listing.
    product = next(p for p in store.products if p.id == variant.product_id)
    assert skus == [v.sku for v in product.variants]
    listing = {p["id"]: p for p in collect(api, f"/stores/{store.id}/products")}
    assert first["variants"] == listing[product.id]["variants"]
    assert {"item_type", "item_type_name", "is_inventory", "is_multiple", "images"} <= set(first)


def test_a_sku_is_only_found_in_its_store(server: TrainingServer, api: httpx.Client) -> None:
    variant = server.data.stores[0].variants()[0]
    other = server.data.stores[1]
    assert api.get("/products", params={"store_id": str(other.id),
                                        "search": variant.sku}).json()["data"] == []
    everywhere = api.get("/products", params={"search": variant.sku}).json()["data"]
    assert everywhere[0]["id"] == variant.product_id


def test_a_partial_sku_finds_nothing(server: TrainingServer, api: httpx.Client) -> None:
    store = server.data.stores[0]
    sku = store.physical_variants()[0].sku
    assert collect(api, "/products", store_id=str(store.id), search=sku[:-1]) == []
    assert collect(api, "/products", store_id=str(store.id), search=sku + "X") == []


def test_search_by_name_words(server: TrainingServer, api: httpx.Client) -> None:
    store = server.data.stores[0]
    found = collect(api, "/products", store_id=str(store.id), search="gayo CAFE")
    assert found and all("gayo" in p["name"].lower() and "café" in p["name"].lower()
                         for p in found)
    ids = [p["id"] for p in found]
    assert ids == sorted(ids, reverse=True)
    expected = {p.id for p in store.products
                if "gayo" in p.name.lower() and "café" in p.name.lower()}
    assert set(ids) == expected


def test_search_pages_hold_at_most_25(server: TrainingServer, api: httpx.Client) -> None:
    store = server.data.stores[0]
    first = api.get("/products", params={"store_id": str(store.id), "search": "kopi"}).json()
    assert len(first["data"]) == 25 and first["has_next"]
    everything = collect(api, "/products", store_id=str(store.id), search="kopi")
    assert len(everything) == len({p["id"] for p in everything}) > 25
    assert api.get("/products", params={"page_size": "26"}).status_code == 400


def test_search_filters_and_errors(server: TrainingServer, api: httpx.Client) -> None:
    store = server.data.stores[0]
    digital = collect(api, "/products", store_id=str(store.id), item_type="digital")
    assert digital and all(p["item_type"] == "digital" for p in digital)
    assert api.get("/products", params={"store_id": "toko"}).status_code == 400
    assert api.get("/products", params={"item_type": "barang"}).status_code == 400
    assert api.get("/products", params={"store_id": "999"}).json()["data"] == []


def test_search_needs_product_list(server: TrainingServer) -> None:
    server.add_key("rk_stores", scopes={"store:list"})
    with api_client(server, key="rk_stores") as limited:
        assert limited.get("/products", params={"search": "kopi"}).status_code == 403
