"""The catalog cache gives back exactly what was saved, and shrugs off stale data."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.api.models import Bundle, BundleLine, BundlePriceOption, Product, Store, Variant
from pos_app.storage.catalog_cache import CachedCatalog, CatalogCache
from pos_app.storage.codec import CodecError, decode_all, encode, schema

ids = st.integers(min_value=1, max_value=2**53)
money = st.integers(min_value=0, max_value=10**12)
texts = st.text(max_size=12)
maybe_text = st.none() | texts
maybe_int = st.none() | st.integers(min_value=0, max_value=10**7)

variants = st.builds(
    Variant,
    id=ids,
    unique_id=texts,
    product_id=ids,
    product_name=texts,
    fullname=texts,
    sku=texts,
    price=money,
    item_type=st.none() | st.sampled_from(["physical", "digital", "course"]),
    weight=maybe_int,
    image_url=maybe_text,
    option_values=st.lists(texts, max_size=3).map(tuple),
)
products = st.builds(
    Product,
    id=ids,
    name=texts,
    is_visible=st.booleans(),
    item_type=maybe_text,
    image_url=maybe_text,
    variants=st.lists(variants, max_size=3).map(tuple),
)
bundles = st.builds(
    Bundle,
    id=ids,
    name=texts,
    display=texts,
    weight_bump=st.integers(min_value=0, max_value=5000),
    image_url=maybe_text,
    lines=st.lists(
        st.builds(
            BundleLine,
            variant_id=ids,
            variant_unique_id=texts,
            name=texts,
            sku=texts,
            quantity=st.integers(min_value=1, max_value=99),
            weight=maybe_int,
            item_type=maybe_text,
        ),
        max_size=3,
    ).map(tuple),
    price_options=st.lists(
        st.builds(
            BundlePriceOption, id=ids, unique_id=texts, name=texts, price=money, is_visible=st.booleans()
        ),
        max_size=3,
    ).map(tuple),
)
stores = st.builds(
    Store,
    id=ids,
    unique_id=texts,
    name=texts,
    logo_url=maybe_text,
    domain=maybe_text,
    payment_methods=st.lists(texts, max_size=4).map(tuple),
)

WHEN = datetime(2026, 3, 1, 8, 30, 15, 123456, tzinfo=UTC)


@pytest.fixture
def cache(data_dir):
    c = CatalogCache(data_dir / "catalog.sqlite3")
    yield c
    c.close()


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(products=st.lists(products, max_size=4), bundles=st.lists(bundles, max_size=3))
def test_catalog_round_trip_is_lossless(cache, products, bundles):
    cache.save(4127, products, bundles, WHEN)
    loaded = cache.load(4127)
    assert loaded == CachedCatalog(4127, tuple(products), tuple(bundles), WHEN)
    # Tuples come back as tuples (frozen dataclasses compare them by type too).
    for product in loaded.products:
        assert type(product.variants) is tuple
        for variant in product.variants:
            assert type(variant.option_values) is tuple


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(stores=st.lists(stores, max_size=5))
def test_store_list_round_trip_is_lossless(cache, stores):
    cache.save_stores(stores)
    assert cache.load_stores() == stores


def test_explicit_example_with_none_fields_and_tuples(cache):
    variant = Variant(
        id=1,
        unique_id="variant_x7f2a9",
        product_id=9,
        product_name="Ebook Resep",
        fullname="Ebook Resep - PDF",
        sku="",
        price=25000,
        item_type=None,
        weight=None,
        image_url=None,
        option_values=("PDF", "Bahasa Indonesia"),
    )
    product = Product(id=9, name="Ebook Resep", is_visible=False, item_type=None, variants=(variant,))
    bundle = Bundle(
        id=3,
        name="Paket",
        display="Paket 🎁",
        lines=(BundleLine(1, "variant_x7f2a9", "Ebook", "SKU", 2),),
        price_options=(BundlePriceOption(5, "bpo_abc", "Normal", 40000, is_visible=False),),
    )
    cache.save(4127, [product], [bundle], WHEN)
    loaded = cache.load(4127)
    assert loaded is not None
    assert loaded.products == (product,)
    assert loaded.bundles == (bundle,)
    assert loaded.fetched_at == WHEN
    assert cache.load(1) is None


def test_save_replaces_the_previous_snapshot_per_store(cache):
    p1 = Product(id=1, name="Lama")
    p2 = Product(id=2, name="Baru")
    cache.save(1, [p1], [], WHEN)
    cache.save(2, [p1], [], WHEN)
    cache.save(1, [p2], [], WHEN + timedelta(hours=1))
    assert cache.load(1).products == (p2,)
    assert cache.load(1).fetched_at == WHEN + timedelta(hours=1)
    assert cache.load(2).products == (p1,)
    cache.forget(2)
    assert cache.load(2) is None


def test_store_list_persists_across_reopen(data_dir):
    path = data_dir / "catalog.sqlite3"
    store = Store(4127, "store_abc123", "Toko Nusantara", payment_methods=("qris", "bank_transfer"))
    with CatalogCache(path) as cache:
        assert cache.load_stores() is None
        cache.save_stores([store])
    with CatalogCache(path) as cache:
        assert cache.load_stores() == [store]


def test_a_damaged_or_incompatible_snapshot_reads_as_not_cached(data_dir):
    path = data_dir / "catalog.sqlite3"
    with CatalogCache(path) as cache:
        cache.save(1, [Product(id=1, name="A")], [], WHEN)
        cache.save(2, [Product(id=2, name="B")], [], WHEN)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE catalogs SET document = '{not json' WHERE store_id = 1")
    first, *rest = conn.execute("SELECT document FROM catalogs WHERE store_id = 2").fetchone()[0].split("\n")
    header = json.loads(first)
    header["schema"]["products"]["Product"] = ["name"]  # the required id is missing
    document = "\n".join([json.dumps(header), *rest])
    conn.execute("UPDATE catalogs SET document = ? WHERE store_id = 2", (document,))
    conn.commit()
    conn.close()
    with CatalogCache(path) as cache:
        assert cache.load(1) is None
        assert cache.load(2) is None


def test_rows_written_with_an_older_layout_still_load():
    # A field added to the model since the rows were written takes its default.
    stored = {"Store": ["id", "unique_id", "name"]}
    assert decode_all(Store, [[1, "store_a", "A"]], stored) == [Store(1, "store_a", "A")]
    # A field that no longer exists is ignored.
    stored = {"Store": ["id", "unique_id", "name", "gone"]}
    assert decode_all(Store, [[1, "store_a", "A", 5]], stored) == [Store(1, "store_a", "A")]
    with pytest.raises(CodecError):
        decode_all(Store, [[1]], schema(Store))


def test_encode_is_plain_json():
    store = Store(1, "store_a", "A", payment_methods=("qris",))
    text = json.dumps(encode(store))
    assert decode_all(Store, [json.loads(text)], schema(Store)) == [store]
