"""Stores, payment methods, products, bundles, variants, locations and thumbnails."""

from __future__ import annotations

import struct
import zlib

import httpx
import pytest

from pos_app.sandbox import TrainingServer
from tests.sandbox.support import collect, plain_client


def test_store_search_is_case_insensitive_substring(api: httpx.Client) -> None:
    names = [s["name"] for s in api.get("/stores/simplified", params={"search": "BATIK"}).json()["data"]]
    assert names == ["Batik Sekar Jagad Solo"]
    assert api.get("/stores/simplified", params={"search": "tidak ada"}).json()["data"] == []


def test_store_domain_filter(api: httpx.Client) -> None:
    found = api.get("/stores/simplified", params={"domain": "dapurmboksum"}).json()["data"]
    assert [s["custom_domain"]["full_url"] for s in found] == ["https://dapurmboksum.com"]


def test_all_stores_listed_with_different_payment_methods(api: httpx.Client,
                                                          server: TrainingServer) -> None:
    stores = collect(api, "/stores/simplified")
    assert len(stores) >= 3
    assert len({tuple(s["payment_methods"]) for s in stores}) == len(stores)
    assert any("qris" in s["payment_methods"] for s in stores)
    # One store without a custom domain or logo, so clients meet the nullable fields.
    assert any(s["custom_domain"] is None and s["logo"] is None for s in stores)
    assert [s["id"] for s in stores] == [s.id for s in server.data.stores]


def test_payment_methods_unknown_store_is_404(api: httpx.Client) -> None:
    response = api.get("/stores/999999/payment-methods")
    assert response.status_code == 404
    assert response.json()["error"]


def test_products_accept_numeric_and_unique_store_id(api: httpx.Client,
                                                     server: TrainingServer) -> None:
    store = server.data.stores[1]
    by_id = api.get(f"/stores/{store.id}/products").json()
    by_unique = api.get(f"/stores/{store.unique_id}/products").json()
    assert by_id["data"] == by_unique["data"]
    # Only the products route takes the store_… form.
    assert api.get(f"/stores/{store.unique_id}/bundles").status_code == 404
    assert api.get("/stores/store_nothere/products").status_code == 404


def test_products_sorted_by_id_descending_with_extras(api: httpx.Client,
                                                      server: TrainingServer) -> None:
    store = server.data.stores[0]
    products = collect(api, f"/stores/{store.id}/products")
    assert len(products) == len(store.products) >= 60
    ids = [p["id"] for p in products]
    assert ids == sorted(ids, reverse=True)
    types = {p["item_type"] for p in products}
    assert {"physical", "digital"} <= types
    for product in products:
        assert 1 <= len(product["variants"]) <= 4
        for variant in product["variants"]:
            assert variant["unique_id"].startswith("variant_")
            assert isinstance(variant["price"], int) and 15_000 <= variant["price"] <= 750_000
            assert (variant["weight"] > 0) == (variant["item_type"] == "physical")
            assert all(url.startswith(server.base_url + "/images/") for url in variant["images"])
    assert any("Café" in p["name"] for p in products)


def test_skus_unique_across_the_server(server: TrainingServer) -> None:
    skus = [v.sku for s in server.data.stores for v in s.variants()]
    assert len(skus) == len(set(skus))


def test_bundles_have_lines_and_price_options(api: httpx.Client, server: TrainingServer) -> None:
    for store in server.data.stores:
        bundles = collect(api, f"/stores/{store.id}/bundles")
        assert len(bundles) >= 6
        own_variants = {v.id for v in store.variants()}
        kinds = set()
        for bundle in bundles:
            assert 1 <= len(bundle["bundle_price_options"]) <= 3
            assert all(o["unique_id"].startswith("bpo_") for o in bundle["bundle_price_options"])
            assert {line["variant"]["id"] for line in bundle["bundlelines"]} <= own_variants
            kinds.add(any(line["variant"]["item_type"] == "physical"
                          for line in bundle["bundlelines"]))
            assert isinstance(bundle["weight_bump"], int)
        assert kinds == {True, False}, "some bundles are physical, some all-digital"


def test_bundle_detail(api: httpx.Client, server: TrainingServer) -> None:
    store = server.data.stores[0]
    bundle = store.bundles[0]
    body = api.get(f"/stores/{store.id}/bundles/{bundle.id}").json()
    assert body["id"] == bundle.id and body["bundlelines"]
    assert api.get(f"/stores/{store.id}/bundles/1").status_code == 404


def test_variant_detail_by_id_unique_id_and_uuid(api: httpx.Client, server: TrainingServer) -> None:
    store = server.data.stores[0]
    variant = store.physical_variants()[0]
    for key in (variant.id, variant.unique_id, variant.uuid):
        body = api.get(f"/stores/{store.id}/variants/{key}").json()
        assert body["id"] == variant.id
        assert body["item_type"] == "physical" and body["weight"] == variant.weight
        assert body["currency"] == "IDR" and body["price"] == variant.price
    other = server.data.stores[1].variants()[0]
    assert api.get(f"/stores/{store.id}/variants/{other.id}").status_code == 404


def test_location_search(api: httpx.Client) -> None:
    rows = api.get("/locations", params={"search": "Coblong"}).json()["data"]
    assert rows[0]["display"] == "Coblong, Kota Bandung, Jawa Barat"
    # Words may come from different levels, in any case.
    assert [r["subdistrict_name"] for r in
            api.get("/locations", params={"search": "KOTA MALANG lowok"}).json()["data"]] \
        == ["Lowokwaru"]
    by_city = collect(api, "/locations", search="kota bandung")
    assert len(by_city) == 30 and {r["city_name"] for r in by_city} == {"Kota Bandung"}
    by_province = collect(api, "/locations", search="sulawesi selatan")
    assert by_province and {r["province_name"] for r in by_province} == {"Sulawesi Selatan"}


def test_locations_cover_the_country(api: httpx.Client) -> None:
    rows = collect(api, "/locations")
    assert len(rows) >= 500
    assert len({r["province_name"] for r in rows}) >= 10
    assert len({r["id"] for r in rows}) == len(rows)


def test_postal_codes(api: httpx.Client, server: TrainingServer) -> None:
    for location in server.data.locations[::37]:
        body = api.get(f"/locations/{location.id}/postal-codes").json()
        codes = [row["postal_code"] for row in body["data"]]
        assert 1 <= len(codes) <= 4
        assert all(len(c) == 5 and c.isdigit() for c in codes)
    assert api.get("/locations/999999/postal-codes").status_code == 404


def test_thumbnails_are_png(api: httpx.Client, server: TrainingServer) -> None:
    store = server.data.stores[0]
    url = api.get(f"/stores/{store.id}/products").json()["data"][0]["images"][0]
    with plain_client(server) as plain:  # images need no API key
        response = plain.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    png = response.content
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (48, 48)
    idat_len = struct.unpack(">I", png[33:37])[0]
    raw = zlib.decompress(png[41:41 + idat_len])
    assert len(raw) == height * (1 + width * 3)


def test_logo_is_served(api: httpx.Client, server: TrainingServer) -> None:
    store = api.get("/stores/simplified", params={"search": "nusantara"}).json()["data"][0]
    with plain_client(server) as plain:
        assert plain.get(store["logo"]).status_code == 200


@pytest.mark.parametrize("path", ["/v3/nothing", "/images/../x.png", "/v3/stores/4127/unknown"])
def test_unknown_routes_are_json_404(server: TrainingServer, path: str) -> None:
    with plain_client(server) as client:
        response = client.get(path, headers={"Authorization": "Bearer sk_training"})
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]
