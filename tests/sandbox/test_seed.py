"""Seed data: deterministic, realistic, big enough, and fast to grow for benchmarks."""

from __future__ import annotations

import time

from pos_app.sandbox import TrainingServer
from pos_app.sandbox.seed import build_seed
from tests.sandbox.support import api_client


def _fingerprint(seed: int) -> list[tuple]:
    data = build_seed(seed)
    return [(v.id, v.unique_id, v.sku, v.price, v.weight)
            for s in data.stores for v in s.variants()] + \
        [(s.id, s.unique_id) for s in data.stores] + \
        [(loc.id, loc.postal_codes, loc.lat) for loc in data.locations]


def test_same_seed_same_data() -> None:
    assert _fingerprint(1) == _fingerprint(1)
    assert _fingerprint(1) != _fingerprint(2)


def test_stores_catalog_and_bundles() -> None:
    data = build_seed()
    assert len(data.stores) >= 3
    assert len({tuple(s.payment_methods) for s in data.stores}) == len(data.stores)
    assert any("qris" in s.payment_methods for s in data.stores)
    for store in data.stores:
        assert len(store.products) >= 60
        assert all(1 <= len(p.variants) <= 4 for p in store.products)
        assert store.physical_variants() and store.digital_variants()
        assert len(store.bundles) >= 6
        assert store.physical_bundles() and store.digital_bundles()
        assert all(1 <= len(b.price_options) <= 3 for b in store.bundles)
        assert all(line.variant.store_id == store.id for b in store.bundles for line in b.lines)
        for variant in store.variants():
            assert isinstance(variant.price, int) and 15_000 <= variant.price <= 750_000
            assert (variant.weight > 0) == variant.is_physical
    names = [p.name for s in data.stores for p in s.products]
    assert "Kopi Gayo Café Blend 200 gr" in names
    assert len(names) == len(set(names))


def test_locations_and_logistics() -> None:
    data = build_seed()
    assert len(data.locations) >= 500
    assert len({loc.province_name for loc in data.locations}) >= 10
    for district, city in (("Coblong", "Kota Bandung"), ("Tebet", "Kota Jakarta Selatan"),
                           ("Lowokwaru", "Kota Malang")):
        assert data.location_named(district, city).province_name
    for loc in data.locations:
        assert 1 <= len(loc.postal_codes) <= 4
        assert all(len(code) == 5 and code.isdigit() for code in loc.postal_codes)
    assert len(data.warehouses) >= 4
    assert all(data.location(w.location_id) for w in data.warehouses)
    cod = {c.is_cod for c in data.couriers}
    assert cod == {True, False}
    assert {c.provider for c in data.couriers} <= {"mengantar", "lincah", "ninja"}


def test_big_catalog_is_fast_and_unique() -> None:
    started = time.perf_counter()
    data = build_seed(catalog_size=10_000)
    assert time.perf_counter() - started < 2.0
    first = data.stores[0]
    assert len(first.products) == 10_000
    skus = [v.sku for s in data.stores for v in s.variants()]
    assert len(skus) == len(set(skus))
    assert {p.item_type for p in first.products} >= {"physical", "digital"}
    assert len(first.bundles) >= 6
    assert all(len(s.products) >= 60 for s in data.stores[1:])


def test_small_catalog() -> None:
    data = build_seed(catalog_size=5)
    assert len(data.stores[0].products) == 5


def test_server_pages_a_big_catalog() -> None:
    with TrainingServer(catalog_size=10_000) as server, api_client(server) as api:
        store = server.data.stores[0]
        body = api.get(f"/stores/{store.id}/products").json()
        assert len(body["data"]) == 25 and body["has_next"]
        assert body["data"][0]["id"] == max(p.id for p in store.products)
