"""JSON → the typed results in ``models.py``.

Lenient about what may be missing or extra (the v3 schemas leave most fields optional and
allow extra ones), strict about what the POS cannot work without: an id it must send
back, or an amount it must charge. Those raise ``ResponseFormatError``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from pos_app.api.models import (
    Bundle,
    BundleLine,
    BundlePriceOption,
    CourierQuote,
    Location,
    Order,
    OrderLine,
    OrderStatusChange,
    OrderSummary,
    Page,
    PaymentAccount,
    Product,
    Store,
    Variant,
    WarehouseOption,
)
from pos_app.api.payment_parsing import parse_payment_info
from pos_app.api.wire import (
    as_object,
    bad,
    data_list,
    first_image,
    flag,
    grams,
    money,
    opt_str,
    optional_money,
    optional_object,
    parse_items,
    req_int,
    req_str,
    text,
    timestamp,
    to_int,
)

T = TypeVar("T")


# --- envelopes ---------------------------------------------------------------------------


def parse_page(body: object, parse_item: Callable[[Any], T], what: str) -> Page[T]:
    envelope = as_object(body, what)
    items = parse_items(data_list(envelope, what), parse_item, what)
    next_cursor = opt_str(envelope.get("next_cursor"))
    has_next = envelope.get("has_next")
    if not isinstance(has_next, bool):
        # /v3/locations may omit the cursor fields (contract §9 #3): trust the cursor.
        has_next = next_cursor is not None
    return Page(items=items, has_next=has_next, next_cursor=next_cursor)


def parse_list(body: object, parse_item: Callable[[Any], T], what: str) -> list[T]:
    return list(parse_items(data_list(body, what), parse_item, what))


# --- stores ------------------------------------------------------------------------------


def parse_store(item: object) -> Store:
    obj = as_object(item, "store")
    domain = optional_object(obj.get("custom_domain"))
    return Store(
        id=req_int(obj, "id", "store"),
        unique_id=req_str(obj, "unique_id", "store"),
        name=text(obj.get("name")),
        logo_url=opt_str(obj.get("logo")),
        domain=opt_str(domain.get("full_url")),
        payment_methods=_codes(obj.get("payment_methods")),
    )


def parse_payment_method(item: object) -> str:
    # The contract expects bare codes; objects are tolerated in case the v3 item grows.
    if isinstance(item, str) and item:
        return item
    if isinstance(item, Mapping):
        for key in ("payment_method", "code", "name"):
            code = opt_str(item.get(key))
            if code:
                return code
    raise bad("payment method is neither a code nor an object with one")


def _codes(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(code for code in value if isinstance(code, str) and code)


# --- catalog -----------------------------------------------------------------------------


def _option_values(obj: Mapping[str, Any]) -> tuple[str, ...]:
    values = (opt_str(obj.get(f"option{n}_value")) for n in (1, 2, 3))
    return tuple(v for v in values if v)


def parse_product(item: object) -> Product:
    obj = as_object(item, "product")
    product_id = req_int(obj, "id", "product")
    name = text(obj.get("name")) or text(obj.get("display"))
    item_type = opt_str(obj.get("item_type"))
    image = first_image(obj.get("images"))
    raw_variants = obj.get("variants")
    variants = parse_items(
        raw_variants if isinstance(raw_variants, list) else [],
        lambda v: _listed_variant(v, product_id, name, item_type, image),
        "product.variants",
    )
    return Product(
        id=product_id,
        name=name,
        is_visible=flag(obj.get("is_visible"), True),
        item_type=item_type,
        image_url=image,
        variants=variants,
    )


def _listed_variant(
    item: object, product_id: int, product_name: str, item_type: str | None, image: str | None
) -> Variant:
    obj = as_object(item, "variant")
    return Variant(
        id=req_int(obj, "id", "variant"),
        unique_id=req_str(obj, "unique_id", "variant"),
        product_id=product_id,
        product_name=product_name,
        fullname=text(obj.get("fullname")) or text(obj.get("name")) or product_name,
        sku=text(obj.get("sku")),
        price=money(obj, "price", "variant"),
        # A variant of a physical product is physical unless it says otherwise.
        item_type=opt_str(obj.get("item_type")) or item_type,
        weight=grams(obj.get("weight")),
        image_url=first_image(obj.get("images")) or image,
        option_values=_option_values(obj),
    )


def parse_variant(item: object) -> Variant:
    """The full ``Variant`` of ``GET /v3/stores/{id}/variants/{variant_id}``."""
    obj = as_object(item, "variant")
    product = obj.get("product")
    product_obj = optional_object(product)
    product_id = to_int(obj.get("product_id"))
    if product_id is None:
        product_id = to_int(product_obj.get("id")) if product_obj else to_int(product)
    product_name = text(obj.get("product_name")) or text(product_obj.get("name"))
    return Variant(
        id=req_int(obj, "id", "variant"),
        unique_id=req_str(obj, "unique_id", "variant"),
        product_id=product_id or 0,  # 0 = the route did not say
        product_name=product_name,
        fullname=(
            text(obj.get("fullname"))
            or text(obj.get("display"))
            or text(obj.get("name"))
            or product_name
        ),
        sku=text(obj.get("sku")),
        price=money(obj, "price", "variant"),
        item_type=opt_str(obj.get("item_type")) or opt_str(product_obj.get("item_type")),
        weight=grams(obj.get("weight")),
        image_url=first_image(obj.get("images")),
        option_values=_option_values(obj),
    )


def parse_bundle(item: object) -> Bundle:
    obj = as_object(item, "bundle")
    name = text(obj.get("name")) or text(obj.get("public_name")) or text(obj.get("display"))
    lines = obj.get("bundlelines")
    options = obj.get("bundle_price_options")
    return Bundle(
        id=req_int(obj, "id", "bundle"),
        name=name,
        display=text(obj.get("display")) or name,
        weight_bump=grams(obj.get("weight_bump")) or 0,
        image_url=first_image(obj.get("images")),
        lines=parse_items(lines if isinstance(lines, list) else [], _bundle_line, "bundlelines"),
        price_options=parse_items(
            options if isinstance(options, list) else [], _price_option, "bundle_price_options"
        ),
    )


def _bundle_line(item: object) -> BundleLine:
    obj = as_object(item, "bundleline")
    variant = as_object(obj.get("variant"), "bundleline.variant")
    product = optional_object(variant.get("product"))
    return BundleLine(
        variant_id=req_int(variant, "id", "bundleline.variant"),
        variant_unique_id=req_str(variant, "unique_id", "bundleline.variant"),
        name=text(variant.get("name")) or text(variant.get("fullname")),
        sku=text(variant.get("sku")),
        quantity=to_int(obj.get("quantity")) or 1,
        weight=grams(variant.get("weight")),
        item_type=opt_str(variant.get("item_type")) or opt_str(product.get("item_type")),
    )


def _price_option(item: object) -> BundlePriceOption:
    obj = as_object(item, "bundle_price_option")
    return BundlePriceOption(
        id=req_int(obj, "id", "bundle_price_option"),
        # Not in the v3 schema (contract §9 #17): empty means "cannot be ordered by id".
        unique_id=text(obj.get("unique_id")),
        name=text(obj.get("name")),
        price=money(obj, "price", "bundle_price_option"),
        is_visible=flag(obj.get("is_visible"), True),
    )


# --- shipping ----------------------------------------------------------------------------


def parse_location(item: object) -> Location:
    obj = as_object(item, "location")
    parts = [text(obj.get(k)) for k in ("subdistrict_name", "city_name", "province_name")]
    return Location(
        id=req_int(obj, "id", "location"),
        subdistrict_name=parts[0],
        city_name=parts[1],
        province_name=parts[2],
        display=text(obj.get("display")) or ", ".join(p for p in parts if p),
    )


def parse_postal_code(item: object) -> str:
    # Contract §9 #19: items are {postal_code} objects, but bare strings are tolerated.
    if isinstance(item, Mapping):
        item = item.get("postal_code")
    code = opt_str(item)
    if not code:
        raise bad("postal code item has no postal_code")
    return code


def parse_warehouse_option(item: object) -> WarehouseOption:
    obj = as_object(item, "warehouse search result")
    warehouse = as_object(obj.get("warehouse"), "warehouse search result.warehouse")
    address = optional_object(warehouse.get("warehouse_address"))
    distance = obj.get("distance_km")
    return WarehouseOption(
        id=req_int(warehouse, "id", "warehouse"),
        unique_id=req_str(warehouse, "unique_id", "warehouse"),
        name=text(warehouse.get("name")),
        city=opt_str(address.get("city")) or opt_str(warehouse.get("city_name")),
        province=opt_str(address.get("province")) or opt_str(warehouse.get("province_name")),
        distance_km=_distance(distance),
    )


def _distance(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def parse_courier_quote(item: object) -> CourierQuote:
    obj = as_object(item, "courier service result")
    service = as_object(obj.get("courier_service"), "courier service result.courier_service")
    courier = optional_object(service.get("courier"))
    warehouse = optional_object(obj.get("warehouse"))
    etd = obj.get("etd")
    return CourierQuote(
        courier_service_id=req_int(service, "id", "courier_service"),
        service_code=text(service.get("code")),
        service_name=text(service.get("name")),
        courier_code=text(courier.get("code")),
        courier_name=text(courier.get("name")),
        # The order must carry exactly the quoted cost, so a quote without one is useless.
        cost=money(obj, "cost", "courier service result"),
        etd=text(etd) if not isinstance(etd, float) else f"{etd:g}",
        is_cod=flag(obj.get("is_cod"), False),
        courier_type=opt_str(courier.get("courier_type")),
        shipment_provider_code=opt_str(obj.get("shipment_provider_code")),
        weight=grams(obj.get("weight")),
        warehouse_id=to_int(warehouse.get("id")),
    )


# --- orders ------------------------------------------------------------------------------


def parse_order(item: object) -> Order:
    obj = as_object(item, "order")
    store = optional_object(obj.get("store"))
    customer = optional_object(obj.get("customer"))
    raw_info = obj.get("pg_payment_info")
    payment_info = dict(raw_info) if isinstance(raw_info, Mapping) else {}
    method = opt_str(obj.get("payment_method"))
    info = parse_payment_info(payment_info, method)
    lines = obj.get("orderlines")
    service = optional_object(obj.get("courier_service"))
    destination = optional_object(obj.get("destination_address"))

    def amount(key: str) -> int:
        return optional_money(obj, key, "order")

    return Order(
        id=req_str(obj, "id", "order"),
        order_id=req_str(obj, "order_id", "order"),
        status=req_str(obj, "status", "order"),
        payment_status=req_str(obj, "payment_status", "order"),
        payment_method=method,
        secret_slug=opt_str(obj.get("secret_slug")),
        public_order_url=opt_str(obj.get("public_order_url")),
        payment_url=opt_str(obj.get("payment_url")),
        qr_string=info.qr_string,
        qr_image_url=info.qr_image_url,
        pg_payment_info=payment_info,
        store_id=to_int(store.get("id")),
        store_unique_id=opt_str(store.get("unique_id")),
        store_name=opt_str(store.get("name")),
        customer_name=opt_str(customer.get("name")) or opt_str(obj.get("customer_name")),
        customer_phone=opt_str(customer.get("phone")) or opt_str(obj.get("customer_phone")),
        customer_email=opt_str(customer.get("email")) or opt_str(obj.get("customer_email")),
        product_price=amount("product_price"),
        shipping_cost=amount("shipping_cost"),
        other_income=amount("other_income"),
        gross_revenue=amount("gross_revenue"),
        metadata=dict(optional_object(obj.get("metadata"))),
        lines=parse_items(lines if isinstance(lines, list) else [], _order_line, "orderlines"),
        created_at=timestamp(obj.get("created_at")),
        payment_info=info,
        product_discount=amount("product_discount"),
        shipping_discount=amount("shipping_discount"),
        other_income_name=opt_str(obj.get("other_income_name")),
        payment_link_income=amount("payment_link_income"),
        unique_code_discount=amount("unique_code_discount"),
        paid_time=timestamp(obj.get("paid_time")),
        canceled_time=timestamp(obj.get("canceled_time")),
        courier_name=opt_str(optional_object(service.get("courier")).get("name")),
        courier_service_name=opt_str(service.get("name")),
        destination_district=opt_str(destination.get("subdistrict")),
        destination_city=opt_str(destination.get("city")),
    )


def _order_line(item: object) -> OrderLine:
    obj = as_object(item, "orderline")
    variant = obj.get("variant")
    variant_id = to_int(variant.get("id")) if isinstance(variant, Mapping) else to_int(variant)
    options = (opt_str(obj.get(f"variant_option{n}_value")) for n in (1, 2, 3))
    return OrderLine(
        product_name=text(obj.get("product_name")),
        variant_id=variant_id,
        sku=opt_str(obj.get("variant_sku")),
        quantity=to_int(obj.get("quantity")) or 0,
        item_type=opt_str(obj.get("item_type")),
        variant_price=optional_money(obj, "variant_price", "orderline"),
        product_price=optional_money(obj, "product_price", "orderline"),
        option_values=tuple(value for value in options if value),
        discount=optional_money(obj, "discount", "orderline"),
    )


def parse_order_summary(item: object) -> OrderSummary:
    obj = as_object(item, "order row")
    customer = optional_object(obj.get("customer"))
    return OrderSummary(
        id=req_str(obj, "id", "order row"),
        order_id=req_str(obj, "order_id", "order row"),
        status=req_str(obj, "status", "order row"),
        payment_status=req_str(obj, "payment_status", "order row"),
        customer_name=opt_str(obj.get("customer_name")) or opt_str(customer.get("name")),
        customer_phone=opt_str(obj.get("customer_phone")) or opt_str(customer.get("phone")),
        gross_revenue=optional_money(obj, "gross_revenue", "order row"),
        payment_url=opt_str(obj.get("payment_url")),
        metadata=dict(optional_object(obj.get("metadata"))),
        created_at=timestamp(obj.get("created_at")),
        payment_method=opt_str(obj.get("payment_method")),
        store_id=to_int(optional_object(obj.get("store")).get("id")) or to_int(obj.get("store_id")),
        paid_time=timestamp(obj.get("paid_time")),
    )


def parse_status_change(item: object) -> OrderStatusChange:
    obj = as_object(item, "status change")
    return OrderStatusChange(
        id=req_str(obj, "id", "status change"),
        order_id=text(obj.get("order_id")),
        status=text(obj.get("status")),
        payment_status=text(obj.get("payment_status")),
    )


def parse_payment_payload(body: object) -> dict[str, Any]:
    # Manual methods answer {} and some gateways null; both mean "nothing to show".
    if body is None:
        return {}
    return dict(as_object(body, "payment payload"))


def parse_payment_account(item: object) -> PaymentAccount:
    """An item of ``GET /v3/stores/{id}/payment-accounts``; the spec leaves the shape open,
    so the bank may come as a ``financial_entity`` object or as flat fields."""
    obj = as_object(item, "payment account")
    entity = optional_object(obj.get("financial_entity"))
    number = opt_str(obj.get("account_number")) or opt_str(obj.get("number"))
    if not number:
        raise bad("payment account has no account_number")
    return PaymentAccount(
        account_number=number,
        account_holder=text(obj.get("account_holder")) or text(obj.get("account_name"))
        or text(obj.get("holder_name")),
        bank_name=text(entity.get("name")) or text(obj.get("bank_name"))
        or text(entity.get("code")) or text(obj.get("bank_code")),
        bank_code=opt_str(entity.get("code")) or opt_str(obj.get("bank_code")),
        financial_entity_id=to_int(entity.get("id")) or to_int(obj.get("financial_entity_id")),
        id=to_int(obj.get("id")),
        unique_id=opt_str(obj.get("unique_id")),
        is_active=flag(obj.get("is_active"), True),
    )
