"""``pg_payment_info`` payloads of every method and provider → ``PaymentInfo``; new order fields."""

from __future__ import annotations

import pytest

from pos_app.api import PaymentInfo, ResponseFormatError, parse_payment_info
from pos_app.api.order_parsing import parse_order, parse_order_summary
from pos_app.api.store_parsing import parse_payment_account
from tests.api.support import example

XENDIT_VA = {"payment_method": {"virtual_account": {
    "channel_code": "BNI",
    "channel_properties": {"virtual_account_number": "8808123456789012",
                           "customer_name": "Rina Kartikasari"}}}}
XENDIT_OTC = {"payment_method": {"over_the_counter": {"channel_properties": {
    "payment_code": "TKO123456789", "customer_name": "Rina"}}}}
XENDIT_QR_REQUEST = {"payment_method": {"qr_code": {"channel_properties": {
    "qr_string": "00020101021226"}}}}
EWALLET_ACTIONS = {"actions": [
    {"action": "AUTH", "url_type": "WEB", "url": "https://ewallet.example/web", "method": "GET"},
    {"action": "AUTH", "url_type": "DEEPLINK", "url": "gojek://pay?x=1", "method": "GET"},
]}
EWALLET_LEGACY = {"actions": {"desktop_web_checkout_url": None,
                              "mobile_web_checkout_url": "https://m.example/checkout",
                              "mobile_deeplink_checkout_url": "shopeeid://pay/1",
                              "qr_checkout_string": "not-a-qris"}}
SINGAPAY = {"payment_gateway": "singapay", "account_id": "acc_1", "provider_transaction_id": "t1",
            "reference_id": "ref-9", "payment_url": "https://pay.singapay.example/ref-9",
            "deeplink_url": "https://app.singapay.example/ref-9", "qr_string": "000201SINGA",
            "qr_image_url": "https://img.singapay.example/ref-9.png", "va_number": "7001234",
            "va_name": "TOKO KOPI", "bank_code": "BRI", "raw": {"secret": "ignored"}}
MIDTRANS_VA = {"va_numbers": [{"bank": "bca", "va_number": "12345678901"}]}


@pytest.mark.parametrize(("payload", "method", "expected"), [
    ({"qr_string": "000201010212"}, "qris", {"qr_string": "000201010212"}),
    (XENDIT_QR_REQUEST, "qris", {"qr_string": "00020101021226"}),
    (XENDIT_VA, "va_bni", {"va_number": "8808123456789012", "bank_code": "BNI",
                           "customer_name": "Rina Kartikasari"}),
    ({"payment_method": {"virtual_account": {"channel_properties": {
        "virtual_account_number": "381650000001"}}}}, "va_bca",
     {"va_number": "381650000001", "bank_code": "BCA"}),
    ({"account_number": "9999000011", "bank_code": "MANDIRI", "name": "TOKO"}, "va_mandiri",
     {"va_number": "9999000011", "bank_code": "MANDIRI", "va_name": "TOKO"}),
    (MIDTRANS_VA, "va_bca", {"va_number": "12345678901", "bank_code": "bca"}),
    (XENDIT_OTC, "alfamart", {"payment_code": "TKO123456789", "customer_name": "Rina"}),
    (EWALLET_ACTIONS, "gopay", {"web_url": "https://ewallet.example/web",
                                "deeplink_url": "gojek://pay?x=1"}),
    (EWALLET_LEGACY, "shopeepay", {"web_url": "https://m.example/checkout",
                                   "deeplink_url": "shopeeid://pay/1"}),
    ({"redirect_url": "https://3ds.example/r"}, "card", {"redirect_url": "https://3ds.example/r"}),
    ({"invoice_url": "https://inv.example/i"}, "invoice", {"invoice_url": "https://inv.example/i"}),
    (SINGAPAY, "qris", {"payment_url": "https://pay.singapay.example/ref-9",
                        "deeplink_url": "https://app.singapay.example/ref-9",
                        "qr_string": "000201SINGA",
                        "qr_image_url": "https://img.singapay.example/ref-9.png",
                        "va_number": "7001234", "va_name": "TOKO KOPI", "bank_code": "BRI",
                        "gateway": "singapay", "reference_id": "ref-9"}),
])
def test_payloads(payload: dict, method: str, expected: dict) -> None:
    info = parse_payment_info(payload, method)
    assert info.raw == payload
    everything = {name: getattr(info, name) for name in PaymentInfo.__dataclass_fields__
                  if name != "raw"}
    assert {k: v for k, v in everything.items() if v is not None} == expected
    assert not info.is_empty


@pytest.mark.parametrize("payload", [{}, None, [], "text", {"unknown": {"x": 1}},
                                     {"actions": "nope"}, {"payment_method": 5}])
def test_empty_and_unknown_payloads(payload: object) -> None:
    info = parse_payment_info(payload, "bank_transfer")
    assert info.is_empty and info.link is None
    assert info.bank_code is None


def test_link_prefers_the_page_made_for_this_payment() -> None:
    assert parse_payment_info({"redirect_url": "https://a", "payment_url": "https://b"}).link \
        == "https://a"
    assert parse_payment_info(EWALLET_ACTIONS).link == "https://ewallet.example/web"
    assert parse_payment_info(SINGAPAY).link == "https://pay.singapay.example/ref-9"


def test_order_carries_typed_payment_info_and_the_old_fields() -> None:
    order = parse_order(example("order"))
    assert order.payment_info.qr_string == order.qr_string
    assert order.qr_string and order.qr_string.startswith("000201")
    assert dict(order.pg_payment_info) == dict(order.payment_info.raw)
    body = example("order")
    body["payment_method"] = "va_bca"
    body["pg_payment_info"] = XENDIT_VA
    va = parse_order(body)
    assert (va.payment_info.va_number, va.qr_string) == ("8808123456789012", None)


def test_order_money_and_receipt_fields() -> None:
    body = example("order")
    body.update(product_discount="5000", payment_link_income="2500.00",
                unique_code_discount="317", shipping_discount="1000",
                other_income_name="Biaya layanan", paid_time="2026-11-27T03:20:00Z",
                canceled_time=None)
    order = parse_order(body)
    assert (order.product_discount, order.payment_link_income, order.unique_code_discount,
            order.shipping_discount) == (5000, 2500, 317, 1000)
    assert order.other_income_name == "Biaya layanan"
    assert order.paid_time is not None and order.paid_time.minute == 20
    assert order.canceled_time is None
    assert (order.courier_name, order.courier_service_name) == ("JNE", "Reguler")
    assert (order.destination_district, order.destination_city) == ("Coblong", "Kota Bandung")
    first = order.lines[0]
    assert first.option_values == ("Biji Utuh",)
    assert first.display_name == "Kopi Arabika Gayo 250 gr - Biji Utuh"
    bare = parse_order({"id": "x", "order_id": "y", "status": "pending",
                          "payment_status": "unpaid",
                          "orderlines": [{"product_name": "E-Book", "quantity": 1,
                                          "variant_option2_value": "PDF",
                                          "variant_option3_value": "ID"}]})
    assert bare.lines[0].display_name == "E-Book - PDF / ID"
    assert (bare.courier_name, bare.destination_district, bare.payment_link_income) \
        == (None, None, 0)
    assert bare.payment_info.is_empty


def test_bad_money_in_the_new_fields_is_a_format_error() -> None:
    body = example("order")
    body["unique_code_discount"] = "tiga ratus"
    with pytest.raises(ResponseFormatError):
        parse_order(body)


def test_order_summary_fields() -> None:
    row = parse_order_summary({
        "id": "a", "order_id": "b", "status": "pending", "payment_status": "paid",
        "payment_method": "ovo", "store": {"id": 4158}, "gross_revenue": "52500",
        "paid_time": "2026-11-27T04:00:00Z", "created_at": "2026-11-27T03:00:00Z",
        "metadata": {"custom_domain_full_url": "https://x"}})
    assert (row.payment_method, row.store_id, row.gross_revenue) == ("ovo", 4158, 52500)
    assert row.paid_time is not None and row.created_at is not None
    assert row.metadata == {"custom_domain_full_url": "https://x"}


def test_payment_accounts_in_both_shapes() -> None:
    nested = parse_payment_account({
        "id": 301, "unique_id": "payment_account_x", "account_holder": "PT Kopi",
        "account_number": "4370981255",
        "financial_entity": {"id": 14, "code": "BCA", "name": "Bank Central Asia"}})
    assert (nested.bank_name, nested.bank_code, nested.financial_entity_id, nested.unique_id) \
        == ("Bank Central Asia", "BCA", 14, "payment_account_x")
    flat = parse_payment_account({"bank_name": "BRI", "account_name": "Ratna",
                                    "account_number": 10601000457308, "is_active": False})
    assert (flat.bank_name, flat.account_holder, flat.account_number, flat.is_active) \
        == ("BRI", "Ratna", "10601000457308", False)
    with pytest.raises(ResponseFormatError):
        parse_payment_account({"bank_name": "BCA"})
