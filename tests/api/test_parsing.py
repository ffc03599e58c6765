"""JSON → models, fed with the contract's §7 examples and with their awkward variants."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pos_app.api import ResponseFormatError
from pos_app.api.catalog_parsing import parse_bundle, parse_product, parse_variant
from pos_app.api.envelopes import parse_list, parse_page
from pos_app.api.order_parsing import (
    parse_order,
    parse_order_summary,
    parse_payment_payload,
    parse_status_change,
)
from pos_app.api.shipping_parsing import (
    parse_courier_quote,
    parse_location,
    parse_postal_code,
    parse_warehouse_option,
)
from pos_app.api.store_parsing import parse_payment_method, parse_store
from tests.api.support import example


def test_stores_page_from_contract_example() -> None:
    page = parse_page(example("stores_simplified"), parse_store, "stores")
    assert page.has_next is False and page.next_cursor is None
    (store,) = page.items
    assert store.id == 4127
    assert store.unique_id == "store_Kq7Wd2Lm"
    assert store.name == "Kopi Nusantara Cabang Dago"
    assert store.logo_url == "https://cdn.kopinusantara.id/brand/logo-256.png"
    assert store.domain == "https://kopinusantara.id"
    assert store.payment_methods == ("qris", "bank_transfer")


def test_store_tolerates_missing_optionals_and_unknown_fields() -> None:
    store = parse_store(
        {"id": "12", "unique_id": "store_x", "custom_domain": None, "logo": None, "new": {"x": 1}}
    )
    assert (store.id, store.name, store.domain, store.logo_url) == (12, "", None, None)
    assert store.payment_methods == ()


def test_payment_methods_accept_codes_and_objects() -> None:
    body = example("store_payment_methods")
    assert parse_list(body, parse_payment_method, "pm") == ["qris", "bank_transfer"]
    body["data"].append({"code": "va_bca"})
    assert parse_list(body, parse_payment_method, "pm")[-1] == "va_bca"
    with pytest.raises(ResponseFormatError):
        parse_list({"data": [42]}, parse_payment_method, "pm")


def test_products_from_contract_example() -> None:
    page = parse_page(example("store_products"), parse_product, "products")
    assert [product.id for product in page.items] == [8803, 8802, 8801]
    tumbler = page.items[0]
    assert tumbler.item_type == "physical"
    assert tumbler.image_url == "https://cdn.kopinusantara.id/p/tumbler-parang-1.jpg"
    blue = tumbler.variants[0]
    assert (blue.id, blue.unique_id, blue.sku, blue.price) == (
        55301,
        "variant_Tb9pI1",
        "TBP-500-BIR",
        125000,
    )
    assert (blue.product_id, blue.product_name) == (8803, "Tumbler Batik Parang 500 ml")
    assert blue.weight == 450 and blue.item_type == "physical"
    assert blue.option_values == ("Biru Indigo",)
    assert blue.image_url == "https://cdn.kopinusantara.id/v/tbp-biru.jpg"
    # No variant image: the product's image stands in.
    gayo = page.items[1].variants[0]
    assert gayo.image_url == "https://cdn.kopinusantara.id/p/gayo-250.jpg"
    ebook = page.items[2].variants[0]
    assert (ebook.item_type, ebook.weight, ebook.price) == ("digital", 0, 49000)


def test_product_with_only_documented_v3_fields() -> None:
    product = parse_product(
        {
            "id": 501,
            "is_visible": False,
            "variants": [
                {"id": 9001, "unique_id": "variant_a", "fullname": "A", "sku": "A1", "price": 85000}
            ],
        }
    )
    variant = product.variants[0]
    assert product.is_visible is False
    assert (variant.item_type, variant.weight, variant.image_url) == (None, None, None)
    assert variant.option_values == ()


@pytest.mark.parametrize("price", ["306000", "306000.00", 306000, 306000.0])
def test_money_accepts_numbers_and_decimal_strings(price: object) -> None:
    variant = parse_variant({"id": 1, "unique_id": "variant_x", "price": price})
    assert variant.price == 306000


@pytest.mark.parametrize(
    "broken",
    [
        {"unique_id": "variant_a", "price": 1},  # no id
        {"id": 1, "price": 1},  # no unique_id: cannot be ordered
        {"id": 1, "unique_id": "variant_a"},  # no price
        {"id": 1, "unique_id": "variant_a", "price": "12,5"},  # not a wire decimal
        {"id": True, "unique_id": "variant_a", "price": 1},  # bool is not an id
    ],
)
def test_unusable_product_rows_raise_response_format_error(broken: dict) -> None:
    with pytest.raises(ResponseFormatError) as caught:
        parse_page({"data": [{"id": 1, "variants": [broken]}]}, parse_product, "products")
    assert "products[0]" in str(caught.value)


@pytest.mark.parametrize("body", [None, [], "x", {"items": []}, {"data": {"a": 1}}])
def test_unusable_envelopes_raise(body: object) -> None:
    with pytest.raises(ResponseFormatError):
        parse_page(body, parse_store, "stores")


def test_variant_detail_route_shape() -> None:
    variant = parse_variant(
        {
            "id": 55201,
            "unique_id": "variant_Gy4bU8",
            "uuid": "0c5c...",
            "name": "Biji Utuh",
            "fullname": "Kopi Arabika Gayo 250 gr - Biji Utuh",
            "sku": "KAG-250-BJ",
            "price": 85000,
            "currency": "IDR",
            "item_type": "physical",
            "weight": 270,
            "images": [],
            "option1_value": "Biji Utuh",
            "option2_value": None,
            "product_name": "Kopi Arabika Gayo 250 gr",
            "product": {"id": 8802, "name": "Kopi Arabika Gayo 250 gr"},
        }
    )
    assert (variant.product_id, variant.product_name) == (8802, "Kopi Arabika Gayo 250 gr")
    assert variant.fullname == "Kopi Arabika Gayo 250 gr - Biji Utuh"
    assert (variant.item_type, variant.weight, variant.option_values) == (
        "physical",
        270,
        ("Biji Utuh",),
    )


def test_bundles_from_contract_example() -> None:
    (bundle,) = parse_page(example("store_bundles"), parse_bundle, "bundles").items
    assert (bundle.id, bundle.name, bundle.weight_bump) == (3301, "Paket Ngopi Pagi", 50)
    assert bundle.display == "Paket Ngopi Pagi (Kopi Gayo + Tumbler)"
    assert [(line.variant_id, line.variant_unique_id, line.quantity) for line in bundle.lines] == [
        (55201, "variant_Gy4bU8", 1),
        (55301, "variant_Tb9pI1", 1),
    ]
    assert bundle.lines[0].weight == 270 and bundle.lines[0].item_type == "physical"
    assert [(o.id, o.unique_id, o.price) for o in bundle.price_options] == [
        (7701, "bpo_Np1Hm8", 199000),
        (7702, "bpo_Np2Kl5", 179000),
    ]


def test_bundle_with_only_documented_v3_fields() -> None:
    bundle = parse_bundle(
        {"id": 77, "name": "B", "bundle_price_options": [{"id": 301, "price": 199000}]}
    )
    assert bundle.lines == () and bundle.weight_bump == 0
    assert bundle.price_options[0].unique_id == ""  # cannot be ordered, but can be shown


def test_locations_and_postal_codes() -> None:
    page = parse_page(example("locations"), parse_location, "locations")
    assert [loc.id for loc in page.items] == [2843, 1517, 4630]
    assert page.items[0].display == "Coblong, Kota Bandung, Jawa Barat"
    # /v3/locations may leave out the cursor fields entirely.
    assert page.has_next is False and page.next_cursor is None
    codes = parse_list(example("postal_codes"), parse_postal_code, "postal codes")
    assert codes == ["40131", "40132", "40135"]
    mixed = {"data": ["40131", {"postal_code": "40132"}], "is_paginated": False}
    assert parse_list(mixed, parse_postal_code, "postal codes") == ["40131", "40132"]


def test_location_display_is_built_when_missing() -> None:
    loc = parse_location(
        {"id": 1, "subdistrict_name": "Tebet", "city_name": "Jaksel", "province_name": "DKI"}
    )
    assert loc.display == "Tebet, Jaksel, DKI"


def test_page_without_has_next_trusts_the_cursor() -> None:
    body = {"data": [], "next_cursor": "abc"}
    page = parse_page(body, parse_location, "locations")
    assert page.has_next is True and page.next_cursor == "abc"


def test_warehouses_from_contract_example() -> None:
    options = parse_list(example("search_warehouse"), parse_warehouse_option, "w")
    first = options[0]
    assert (first.id, first.unique_id, first.name) == (
        610,
        "warehouse_Bdg7Xc",
        "Gudang Bandung - Cicendo",
    )
    assert (first.city, first.province, first.distance_km) == ("Kota Bandung", "Jawa Barat", 4.2)
    assert options[1].distance_km == 612.8


def test_courier_quotes_from_contract_example() -> None:
    quotes = parse_list(example("search_courier_service"), parse_courier_quote, "c")
    jne = quotes[0]
    assert (jne.courier_service_id, jne.service_code, jne.service_name) == (45, "REG", "Reguler")
    assert (jne.courier_code, jne.courier_name, jne.courier_type) == ("jne", "JNE", "standard")
    assert (jne.cost, jne.etd, jne.is_cod) == (11000, "1-2", True)
    assert (jne.shipment_provider_code, jne.weight, jne.warehouse_id) == ("mengantar", 990, 610)
    assert [q.cost for q in quotes] == [11000, 10500, 19000]
    assert quotes[2].is_cod is False


def test_courier_quote_without_cost_is_unusable() -> None:
    with pytest.raises(ResponseFormatError):
        parse_courier_quote({"courier_service": {"id": 1}})


def test_order_from_contract_example() -> None:
    order = parse_order(example("order"))
    assert order.id == "019ac5e2-7b41-7c3d-9a12-5f0e8d3b6a91"
    assert order.order_id == "261127KQWZTRB"
    assert (order.status, order.payment_status, order.is_paid) == ("pending", "unpaid", False)
    assert order.payment_method == "qris"
    assert order.payment_url == "https://kopinusantara.id/order/public/q8Zt3LmV9xRa/success"
    assert order.qr_string is not None and order.qr_string.startswith("000201")
    assert order.pg_payment_info["qr_string"] == order.qr_string
    assert (order.store_id, order.store_unique_id) == (4127, "store_Kq7Wd2Lm")
    assert (order.customer_name, order.customer_phone) == ("Rina Kartikasari", "6281234567890")
    assert (order.product_price, order.shipping_cost, order.gross_revenue) == (
        295000,
        11000,
        306000,
    )
    assert order.metadata["pos_receipt_no"] == "KN-DAGO-000123"
    assert [(line.variant_id, line.quantity, line.product_price) for line in order.lines] == [
        (55201, 2, 170000),
        (55301, 1, 125000),
    ]
    assert order.created_at == datetime(2026, 11, 27, 3, 15, 42, tzinfo=UTC)


def test_order_with_decimal_scale_legacy_id_and_nulls() -> None:
    body = example("order")
    body.update(
        id=123456,  # migrated legacy order
        gross_revenue="306000.00",
        product_price="295000.00",
        pg_payment_info=None,
        metadata=None,
        orderlines=None,
        created_at="not a date",
        unknown_future_field={"nested": True},
    )
    order = parse_order(body)
    assert order.id == "123456"
    assert (order.gross_revenue, order.product_price) == (306000, 295000)
    assert order.pg_payment_info == {} and order.qr_string is None
    assert order.metadata == {} and order.lines == () and order.created_at is None


def test_paid_order() -> None:
    body = example("order")
    body["payment_status"] = "settled"
    assert parse_order(body).is_paid


def test_order_summary_with_list_money_types() -> None:
    row = {
        "id": "019a",
        "order_id": "261127ABC",
        "status": "pending",
        "payment_status": "unpaid",
        "customer": {"name": "Rina", "phone": "62812"},
        "gross_revenue": "306000.00",  # stays a string in OrderList
        "shipping_cost": 11000,  # number in OrderList
        "tags": [{"id": 1, "name": "vip"}],
        "created_at": "2026-11-27T03:15:42+07:00",
    }
    summary = parse_order_summary(row)
    assert (summary.customer_name, summary.customer_phone) == ("Rina", "62812")
    assert summary.gross_revenue == 306000
    assert summary.created_at is not None and summary.created_at.utcoffset() is not None
    assert summary.shipping_cost == 11000
    assert summary.product_price is None, "not listed: unknown, not zero"


def test_order_summary_reads_the_parts_of_the_servers_total() -> None:
    row = {
        "id": "019a", "order_id": "261127ABC", "status": "pending", "payment_status": "unpaid",
        "gross_revenue": "308500.00", "product_price": 295000, "product_discount": 0,
        "shipping_cost": 11000, "other_income": 0, "payment_link_income": 2500,
        "unique_code_discount": 0, "discount_code_discount": "0.00",
    }  # fmt: skip
    summary = parse_order_summary(row)
    assert (summary.product_price, summary.product_discount, summary.shipping_cost) == (295000, 0, 11000)
    assert (summary.payment_link_income, summary.gross_revenue) == (2500, 308500)


def test_status_changes_from_contract_example() -> None:
    (change,) = parse_list(example("change_status"), parse_status_change, "changes")
    assert (change.id, change.order_id, change.status, change.payment_status) == (
        "019ac5e2-7b41-7c3d-9a12-5f0e8d3b6a91",
        "261127KQWZTRB",
        "canceled",
        "unpaid",
    )


def test_payment_payload() -> None:
    assert parse_payment_payload({}) == {}
    assert parse_payment_payload(None) == {}
    assert parse_payment_payload({"qr_string": "0002"}) == {"qr_string": "0002"}
    with pytest.raises(ResponseFormatError):
        parse_payment_payload(["x"])
