"""Checks of ``POST /v3/orders`` bodies, reporting every problem by field like Scalev does."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pos_app.sandbox.http_types import Errors
from pos_app.sandbox.model import Bundle, Location, PriceOption, SeedData, Store, Variant, Warehouse
from pos_app.sandbox.shipping import Quote, quotes

# §5.1: every canonical payment method code.
PAYMENT_METHODS = frozenset({
    "qris", "va_bca", "va_bni", "va_bri", "va_mandiri", "va_permata", "va_cimb", "va_bsi",
    "va_maybank", "va_bnc", "va_danamon", "va_artha_graha", "va_muamalat", "va_btn", "va_ocbc",
    "va_bjb", "va_sahabat_sampoerna", "va_artajasa", "ovo", "dana", "shopeepay", "linkaja",
    "gopay", "card", "alfamart", "invoice", "payment_link", "bank_transfer", "cod", "no_payment",
    "marketplace",
})
PROVIDERS = frozenset({"mengantar", "lincah", "ninja"})

BLANK = "can't be blank"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class CartItem:
    """One requested line: a variant, or a bundle price option taken ``quantity`` times."""

    quantity: int
    variant: Variant | None = None
    bundle: Bundle | None = None
    option: PriceOption | None = None

    @property
    def is_physical(self) -> bool:
        if self.variant is not None:
            return self.variant.is_physical
        return self.bundle is not None and self.bundle.is_physical

    @property
    def price(self) -> int:
        """What the line costs before any discount (rupiah)."""
        if self.variant is not None:
            return self.variant.price * self.quantity
        assert self.option is not None
        return self.option.price * self.quantity

    @property
    def grams(self) -> int:
        if self.variant is not None:
            return self.variant.weight * self.quantity if self.variant.is_physical else 0
        assert self.bundle is not None
        return self.bundle.weight * self.quantity


@dataclass(frozen=True, slots=True)
class Shipping:
    location: Location
    warehouse: Warehouse
    quote: Quote
    address: str
    postal_code: str | None


@dataclass(frozen=True, slots=True)
class ValidOrder:
    store: Store
    items: list[CartItem]
    payment_method: str | None
    shipping: Shipping | None
    body: dict[str, Any]

    @property
    def grams(self) -> int:
        return sum(item.grams for item in self.items)

    @property
    def weight_bump(self) -> int:
        return sum(i.bundle.weight_bump * i.quantity for i in self.items if i.bundle is not None)


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _text(body: dict[str, Any], name: str, errors: Errors, *, required: bool) -> str | None:
    value = body.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            errors.add(name, BLANK)
        return None
    if not isinstance(value, str):
        errors.add(name, "must be a string")
        return None
    return value


def _quantity(item: dict[str, Any], field: str, errors: Errors) -> int | None:
    qty = item.get("quantity")
    if qty is None:
        errors.add(field, BLANK)
    elif not is_int(qty):
        errors.add(field, "must be an integer")
    elif qty < 1:
        errors.add(field, "must be greater than 0")
    else:
        return qty
    return None


def _items(body: dict[str, Any], store: Store | None, data: SeedData,
           errors: Errors) -> list[CartItem]:
    found: list[CartItem] = []
    specs = (("ordervariants", "variant_unique_id"), ("orderbundles", "bundle_price_option_unique_id"))
    for list_name, key in specs:
        entries = body.get(list_name)
        if entries is None:
            continue
        if not isinstance(entries, list):
            errors.add(list_name, "must be a list")
            continue
        for i, entry in enumerate(entries):
            prefix = f"{list_name}[{i}]"
            if not isinstance(entry, dict):
                errors.add(prefix, "must be an object")
                continue
            qty = _quantity(entry, f"{prefix}.quantity", errors)
            ref = entry.get(key)
            if not isinstance(ref, str) or not ref.strip():
                errors.add(f"{prefix}.{key}", BLANK if ref in (None, "") else "must be a string")
                continue
            if list_name == "ordervariants":
                variant = data.variant(ref) if not ref.isdigit() else None
                if variant is None or (store is not None and variant.store_id != store.id):
                    errors.add(f"{prefix}.{key}", "not found in store")
                elif qty is not None:
                    found.append(CartItem(qty, variant=variant))
            else:
                match = data.price_option(ref)
                if match is None or (store is not None and match[0].store_id != store.id):
                    errors.add(f"{prefix}.{key}", "not found in store")
                elif qty is not None:
                    found.append(CartItem(qty, bundle=match[0], option=match[1]))
    if not body.get("ordervariants") and not body.get("orderbundles"):
        errors.add("ordervariants", "at least one ordervariant or orderbundle is required")
    return found


def _money(body: dict[str, Any], errors: Errors) -> None:
    for name in ("product_discount", "shipping_discount", "other_income"):
        value = body.get(name)
        if value is None:
            continue
        if not is_number(value):
            errors.add(name, "must be a number")
        elif value < 0:
            errors.add(name, "must be greater than or equal to 0")
    for name in ("notes", "other_income_name", "postal_code", "customer_phone"):
        if body.get(name) is not None and not isinstance(body[name], str):
            errors.add(name, "must be a string")
    if body.get("metadata") is not None and not isinstance(body["metadata"], dict):
        errors.add("metadata", "must be an object")
    email = body.get("customer_email")
    if email not in (None, "") and (not isinstance(email, str) or not _EMAIL.match(email)):
        errors.add("customer_email", "has invalid format")


def _shipping(body: dict[str, Any], store: Store, method: str | None, grams: int,
              data: SeedData, errors: Errors) -> Shipping | None:
    """Shipping checks for a cart with physical goods; the quote must be reproducible."""
    address = _text(body, "address", errors, required=True)
    location: Location | None = None
    warehouse: Warehouse | None = None
    for name in ("location_id", "courier_service_id"):
        value = body.get(name)
        if value is None:
            errors.add(name, BLANK)
        elif not is_int(value):
            errors.add(name, "must be an integer")
    if is_int(body.get("location_id")):
        location = data.location(body["location_id"])
        if location is None:
            errors.add("location_id", "not found")
    wh_key = _text(body, "warehouse_unique_id", errors, required=True)
    if wh_key is not None:
        warehouse = data.warehouse(wh_key)
        if warehouse is None or warehouse.id not in store.warehouse_ids:
            errors.add("warehouse_unique_id", "not found in store")
            warehouse = None
    cost = body.get("shipping_cost")
    if cost is None:
        errors.add("shipping_cost", BLANK)
    elif not is_number(cost):
        errors.add("shipping_cost", "must be a number")
    if errors or location is None or warehouse is None or address is None:
        return None
    offered = {q.service.id: q for q in quotes(data, warehouse, location, method or "", grams)}
    quote = offered.get(body["courier_service_id"])
    if quote is None:
        errors.add("courier_service_id",
                   "is not available for this warehouse, destination and payment method")
        return None
    if abs(float(cost) - quote.cost) >= 0.5:
        errors.add("shipping_cost", f"does not match the quoted cost ({quote.cost})")
    provider = body.get("shipment_provider_code")
    if provider in PROVIDERS and provider != quote.service.provider:
        errors.add("shipment_provider_code", "does not match the courier service")
    postal = body.get("postal_code") or None
    return Shipping(location, warehouse, quote, address, postal)


def validate_order(body: dict[str, Any], data: SeedData) -> ValidOrder:
    errors = Errors()
    store: Store | None = None
    store_key = _text(body, "store_unique_id", errors, required=True)
    if store_key is not None:
        store = data.store(store_key) if store_key.startswith("store_") else None
        if store is None:
            errors.add("store_unique_id", "not found")
    _text(body, "customer_name", errors, required=True)
    items = _items(body, store, data, errors)
    method = body.get("payment_method")
    if method is not None:
        if not isinstance(method, str) or method not in PAYMENT_METHODS:
            errors.add("payment_method", "is invalid")
            method = None
        elif store is not None and method not in store.payment_methods:
            errors.add("payment_method", "is not enabled for this store")
    provider = body.get("shipment_provider_code")
    if provider is not None and provider not in PROVIDERS:
        errors.add("shipment_provider_code", "is invalid")
    _money(body, errors)
    discount = body.get("product_discount")
    # Judged only on a complete cart: a line that failed would make the total look small.
    cart_ok = not any(name.startswith(("ordervariants", "orderbundles")) for name in errors.items)
    if is_number(discount) and items and cart_ok and discount > sum(i.price for i in items):
        errors.add("product_discount", "must be less than or equal to the product price")
    shipping = None
    if store is not None and any(item.is_physical for item in items):
        grams = sum(item.grams for item in items)
        shipping = _shipping(body, store, method, grams, data, errors)
    errors.raise_if_any()
    assert store is not None
    return ValidOrder(store, items, method, shipping, body)
