import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.cart import Cart, Component, ItemKind, QuantityError, SellableItem, variant_item
from pos_app.domain.customer import CustomerField, CustomerProblem, check_customer
from pos_app.domain.order_payload import (
    IncompleteSale,
    ShippingChoice,
    build_order_payload,
    sale_total,
)
from pos_app.domain.phone import PhoneError, PhoneProblem, normalize_phone, phone_digits
from pos_app.domain.search import fold, matching_rows


@pytest.mark.parametrize(
    "typed",
    [
        "0812-3456-7890",
        "+62 812 3456 7890",
        "62812-3456-7890",
        "6281234567890",
        "812 3456 7890",
        "(0812) 3456.7890",
    ],
)
def test_phone_forms_become_62(typed):
    assert normalize_phone(typed) == "6281234567890"


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", PhoneProblem.EMPTY),
        ("08ab", PhoneProblem.NOT_DIGITS),
        ("+1 555 1234567", PhoneProblem.NOT_INDONESIAN),
        ("0812", PhoneProblem.TOO_SHORT),
        ("0812345678901234", PhoneProblem.TOO_LONG),
        ("6208123", PhoneProblem.NOT_INDONESIAN),
    ],
)
def test_phone_problems(typed, problem):
    with pytest.raises(PhoneError) as info:
        normalize_phone(typed)
    assert info.value.problem is problem


@given(st.from_regex(r"8[1-9][0-9]{8,10}", fullmatch=True), st.sampled_from(["0", "+62 ", "62", ""]))
def test_any_prefix_gives_the_same_number(subscriber, prefix):
    spaced = " ".join([subscriber[:3], subscriber[3:7], subscriber[7:]])
    assert normalize_phone(prefix + spaced) == "62" + subscriber


def test_customer_problems_are_per_field():
    customer, problems = check_customer("  ", "12", "rina@")
    assert customer is None
    assert problems == {
        CustomerField.NAME: CustomerProblem.NAME_MISSING,
        CustomerField.PHONE: CustomerProblem.PHONE_NOT_INDONESIAN,
        CustomerField.EMAIL: CustomerProblem.EMAIL_INVALID,
    }
    customer, problems = check_customer(" Rina  Kartika ", "0812-3456-7890", "")
    assert problems == {}
    assert customer.name == "Rina Kartika" and customer.phone == "6281234567890"


@pytest.mark.parametrize("typed", ["+", "-", "(", "+ -"])
def test_a_phone_of_separators_only_is_a_problem_not_a_crash(typed):
    # The first key of "+62 812…": check_customer runs on every keystroke.
    customer, problems = check_customer("Rina", typed, "")
    assert customer is None
    assert problems == {CustomerField.PHONE: CustomerProblem.PHONE_NOT_DIGITS}


def _digital(uid="variant_e", price=49000):
    return variant_item(
        unique_id=uid, variant_id=1, name="E-Book", price=price, sku="EBK", weight=0, item_type="digital"
    )


def _physical(uid="variant_k", vid=2, weight=270, price=85000):
    return variant_item(
        unique_id=uid,
        variant_id=vid,
        name="Kopi",
        price=price,
        sku="KAG",
        weight=weight,
        item_type="physical",
    )


def _bundle():
    return SellableItem(
        kind=ItemKind.BUNDLE_OPTION,
        unique_id="bpo_1",
        numeric_id=7701,
        name="Paket",
        price=199000,
        components=(Component(2, 1, 270, True), Component(3, 2, 450, True), Component(1, 1, 0, False)),
        weight_bump=50,
    )


def test_cart_totals_weight_and_expansion():
    cart = Cart()
    cart.add(_physical())
    cart.add(_physical())
    cart.add(_bundle(), 3)
    cart.add(_digital())
    assert [line.quantity for line in cart] == [2, 3, 1]
    assert cart.subtotal == 2 * 85000 + 3 * 199000 + 49000
    assert cart.is_physical
    # 2×270 + 3×(270 + 2×450 + 50)
    assert cart.total_weight == 540 + 3 * 1220
    assert sorted(cart.warehouse_variants()) == [(1, 4), (2, 5), (3, 6)]


def test_digital_cart_is_not_physical_and_weighs_nothing():
    cart = Cart()
    cart.add(_digital())
    assert not cart.is_physical and cart.total_weight == 0


@pytest.mark.parametrize("bad", [0, -1, 1.5, True])
def test_quantity_must_be_whole_and_positive(bad):
    cart = Cart()
    cart.add(_digital())
    with pytest.raises(QuantityError):
        cart.set_quantity(0, bad)


def _shipping(cart, method="qris"):
    return ShippingChoice(
        address="Jl. Dipati Ukur No. 35",
        location_id=2843,
        location_display="Coblong",
        postal_code="40132",
        warehouse_id=610,
        warehouse_unique_id="warehouse_B",
        warehouse_name="Gudang",
        courier_service_id=45,
        courier_label="JNE REG",
        shipping_cost=11000,
        shipment_provider_code="mengantar",
        payment_method=method,
        cart_signature=cart.signature(),
    )


def test_payload_for_a_mixed_physical_cart():
    cart = Cart()
    cart.add(_physical(), 2)
    cart.add(_bundle())
    customer, _ = check_customer("Rina", "0812 3456 7890", "rina@example.co.id")
    payload = build_order_payload(
        store_unique_id="store_K",
        customer=customer,
        cart=cart,
        payment_method="qris",
        shipping=_shipping(cart),
        metadata={"pos_receipt_no": "K-1"},
    )
    assert payload == {
        "store_unique_id": "store_K",
        "customer_name": "Rina",
        "customer_phone": "6281234567890",
        "customer_email": "rina@example.co.id",
        "ordervariants": [{"variant_unique_id": "variant_k", "quantity": 2}],
        "orderbundles": [{"bundle_price_option_unique_id": "bpo_1", "quantity": 1}],
        "payment_method": "qris",
        "address": "Jl. Dipati Ukur No. 35",
        "location_id": 2843,
        "postal_code": "40132",
        "warehouse_unique_id": "warehouse_B",
        "courier_service_id": 45,
        "shipping_cost": 11000,
        "shipment_provider_code": "mengantar",
        "metadata": {"pos_receipt_no": "K-1"},
    }
    assert sale_total(cart, _shipping(cart)) == 2 * 85000 + 199000 + 11000


def test_stale_or_missing_quote_is_never_sent():
    cart = Cart()
    cart.add(_physical())
    customer, _ = check_customer("Rina", "081234567890", "")
    with pytest.raises(IncompleteSale):
        build_order_payload(store_unique_id="s", customer=customer, cart=cart, payment_method="qris")
    quote = _shipping(cart)
    with pytest.raises(IncompleteSale):
        build_order_payload(
            store_unique_id="s", customer=customer, cart=cart, payment_method="cod", shipping=quote
        )
    cart.add(_physical())
    with pytest.raises(IncompleteSale):
        build_order_payload(
            store_unique_id="s", customer=customer, cart=cart, payment_method="qris", shipping=quote
        )


def test_digital_payload_has_no_shipping_fields():
    cart = Cart()
    cart.add(_digital())
    customer, _ = check_customer("Budi", "0812 3456 7890", "")
    payload = build_order_payload(store_unique_id="s", customer=customer, cart=cart, payment_method="qris")
    assert set(payload) == {
        "store_unique_id",
        "customer_name",
        "customer_phone",
        "ordervariants",
        "payment_method",
    }


def test_search_is_case_and_accent_insensitive_prefix_first():
    texts = [fold(t) for t in ["Kopi Gayo Café Blend KGC-01", "Tumbler Café", "Cafetière", "Teh"]]
    assert matching_rows(texts, "cafe") == [2, 0, 1]
    assert matching_rows(texts, "CAFÉ kgc") == [0]
    assert matching_rows(texts, "") == [0, 1, 2, 3]
    assert matching_rows(texts, "zzz") == []


@pytest.mark.parametrize(
    ("typed", "digits"),
    [("0812 34", "6281234"), ("+62 812-3456", "628123456"), ("62812", "62812"), ("abc", None), ("", None)],
)
def test_phone_digits_for_search_keeps_partial_numbers(typed, digits):
    assert phone_digits(typed) == digits


def test_the_server_total_difference_is_explained_part_by_part():
    from pos_app.domain.total_difference import PAYMENT_LINK_FEE, UNEXPLAINED, UNIQUE_CODE, explain_total

    assert explain_total(90_000, 90_000) is None
    diff = explain_total(90_000, 92_377, payment_link_income=2_500, unique_code_discount=123)
    assert diff is not None and diff.amount == 2_377
    assert diff.parts == ((PAYMENT_LINK_FEE, 2_500), (UNIQUE_CODE, -123))
    odd = explain_total(90_000, 91_000)
    assert odd is not None and odd.parts == ((UNEXPLAINED, 1_000),)
    assert sum(amount for _reason, amount in diff.parts) == diff.amount


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://kopinusantara.id/order/public/q8Z/success", True),
        ("http://127.0.0.1:8765/order/public/abc", True),
        ("http://localhost:8765/x", True),
        ("http://[::1]:8765/x", True),
        ("http://kopinusantara.id/order", False),
        ("file:///etc/passwd", False),
        ("ovo://pay?ref=1", False),
        ("javascript:alert(1)", False),
        ("https:///no-host", False),
        ("https://evil.example/ x", False),
        ("", False),
        (None, False),
    ],
)
def test_only_https_or_loopback_http_links_are_opened_or_encoded(url, safe):
    from pos_app.domain.links import is_safe_link

    assert is_safe_link(url) is safe
