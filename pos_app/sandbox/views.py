"""JSON shapes of the seed objects, as §4/§7 of the contract lays them out.

Image paths are stored server-relative and made absolute here, because the port (and so the
base URL) is only known once the server is listening.
"""

from __future__ import annotations

from typing import Any

from pos_app.sandbox.model import (
    Bundle,
    CourierService,
    Location,
    PaymentAccount,
    Product,
    SeedData,
    Store,
    Variant,
    Warehouse,
)


def _urls(base: str, paths: tuple[str, ...]) -> list[str]:
    return [base + p for p in paths]


def store_item(store: Store, base: str) -> dict[str, Any]:
    return {
        "id": store.id,
        "unique_id": store.unique_id,
        "uuid": store.uuid,
        "name": store.name,
        "business_id": store.business_id,
        "logo": base + store.logo if store.logo else None,
        "custom_domain": dict(store.custom_domain) if store.custom_domain else None,
        "payment_methods": list(store.payment_methods),
    }


def store_detail(store: Store, base: str) -> dict[str, Any]:
    """``BusinessStore`` of ``GET /v3/stores/{id}``: the list item plus store settings."""
    return {
        **store_item(store, base),
        "is_active": True,
        "is_public": True,
        "xendit_va_bank_codes": [m.removeprefix("va_").upper()
                                 for m in store.payment_methods if m.startswith("va_")],
        "is_postal_code": False,
        "is_unique_code": store.is_unique_code,
        "is_auto_expire": False,
    }


def variant_summary(variant: Variant, base: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": variant.id,
        "unique_id": variant.unique_id,
        "fullname": variant.fullname,
        "sku": variant.sku,
        "price": variant.price,
        "item_type": variant.item_type,
        "weight": variant.weight,
    }
    if variant.option1_value is not None:
        item["option1_value"] = variant.option1_value
    item["images"] = _urls(base, variant.images)
    return item


def product_item(product: Product, base: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": product.id,
        "name": product.name,
        "display": product.name,
        "is_visible": product.is_visible,
        "item_type": product.item_type,
        "images": _urls(base, product.images),
    }
    if product.option1_name:
        item["option1_name"] = product.option1_name
    item["variants"] = [variant_summary(v, base) for v in product.variants]
    return item


_ITEM_TYPE_NAMES = {"physical": "Produk Fisik", "digital": "Produk Digital", "course": "Kursus Online"}


def product_list_item(product: Product, base: str) -> dict[str, Any]:
    """A ``ProductList`` item of ``GET /v3/products``: the store listing's product plus the
    product-level fields that route documents (§4.3)."""
    item = product_item(product, base)
    variants = item.pop("variants")
    item.update({
        "item_type_name": _ITEM_TYPE_NAMES.get(product.item_type, product.item_type),
        "is_inventory": product.item_type == "physical",
        "is_multiple": len(product.variants) > 1,
        "option1_name": product.option1_name,
        "option2_name": None,
        "option3_name": None,
        "variants": variants,
    })
    return item


def payment_account_item(account: PaymentAccount) -> dict[str, Any]:
    """An item of ``GET /v3/stores/{id}/payment-accounts`` (free-form in the spec): what a
    cashier reads to a buyer paying by transfer, plus the ids an order body can carry."""
    return {
        "id": account.id,
        "unique_id": account.unique_id,
        "account_holder": account.account_holder,
        "account_number": account.account_number,
        "financial_entity": {"id": account.financial_entity_id, "code": account.bank_code,
                             "name": account.bank_name},
        "is_active": account.is_active,
    }


def variant_full(variant: Variant, product: Product, base: str) -> dict[str, Any]:
    """The full ``Variant`` object of ``GET /v3/stores/{id}/variants/{variant_id}``."""
    return {
        "id": variant.id,
        "unique_id": variant.unique_id,
        "uuid": variant.uuid,
        "name": variant.option1_value or variant.fullname,
        "fullname": variant.fullname,
        "display": variant.fullname,
        "sku": variant.sku,
        "price": variant.price,
        "price_bt": variant.price,
        "reseller_price": round(variant.price * 0.85 / 500) * 500,
        "currency": "IDR",
        "item_type": variant.item_type,
        "pricing_type": "one_time",
        "weight": variant.weight,
        "images": _urls(base, variant.images or product.images),
        "option1_value": variant.option1_value,
        "option2_value": None,
        "option3_value": None,
        "is_checked": True,
        "product_name": product.name,
        "product_id": product.id,
        "digital_product_files": [],
    }


def bundle_item(bundle: Bundle, base: str) -> dict[str, Any]:
    return {
        "id": bundle.id,
        "name": bundle.name,
        "display": bundle.display,
        "public_name": bundle.public_name,
        "weight_bump": bundle.weight_bump,
        "images": _urls(base, bundle.images),
        "bundlelines": [
            {
                "id": line.id,
                "quantity": line.quantity,
                "variant": {
                    "id": line.variant.id,
                    "unique_id": line.variant.unique_id,
                    "name": line.variant.fullname,
                    "sku": line.variant.sku,
                    "price": line.variant.price,
                    "weight": line.variant.weight,
                    "item_type": line.variant.item_type,
                },
            }
            for line in bundle.lines
        ],
        "bundle_price_options": [
            {
                "id": option.id,
                "unique_id": option.unique_id,
                "name": option.name,
                "slug": option.slug,
                "price": option.price,
                "is_visible": option.is_visible,
            }
            for option in bundle.price_options
        ],
    }


def location_item(loc: Location) -> dict[str, Any]:
    return {
        "id": loc.id,
        "subdistrict_name": loc.subdistrict_name,
        "city_name": loc.city_name,
        "province_name": loc.province_name,
        "display": loc.display,
    }


def _warehouse_address(w: Warehouse, data: SeedData) -> dict[str, Any]:
    loc = data.location(w.location_id)
    assert loc is not None
    return {
        "id": w.address_id,
        "address": w.address,
        "subdistrict": loc.subdistrict_name,
        "city": loc.city_name,
        "province": loc.province_name,
        "postal_code": w.postal_code,
        "location": loc.id,
    }


def warehouse_search_item(w: Warehouse, store: Store, destination: Location, distance: float,
                          data: SeedData) -> dict[str, Any]:
    item: dict[str, Any] = {
        "warehouse": {
            "id": w.id,
            "unique_id": w.unique_id,
            "name": w.name,
            "business": {"id": w.business_id, "username": w.business_username},
            "lincah_origin_id": w.lincah_origin_id,
            "mengantar_origin_id": w.mengantar_origin_id,
            "warehouse_address": _warehouse_address(w, data),
        },
        "destination": location_item(destination),
        "distance_km": distance,
    }
    # Only fulfilment partners' warehouses carry the partner block (as in the §7.5 example).
    if w.partner and w.business_id != store.business_id:
        item["warehouse_partner"] = dict(w.partner)
    return item


def courier_result(service: CourierService, cost: int, weight: int, w: Warehouse,
                   data: SeedData) -> dict[str, Any]:
    loc = data.location(w.location_id)
    assert loc is not None
    return {
        "courier_service": {
            "id": service.id,
            "code": service.code,
            "name": service.name,
            "courier": {
                "id": service.courier_id,
                "code": service.courier_code,
                "name": service.courier_name,
                "courier_type": service.courier_type,
            },
        },
        "cost": cost,
        "cost_source": service.provider,
        "etd": service.etd,
        "is_cod": service.is_cod,
        "is_pickup": True,
        "shipment_provider_code": service.provider,
        "weight": weight,
        "warehouse": {
            "id": w.id,
            "unique_id": w.unique_id,
            "name": w.name,
            "address": w.address,
            "subdistrict_name": loc.subdistrict_name,
            "city_name": loc.city_name,
            "province_name": loc.province_name,
            "lincah_origin_id": w.lincah_origin_id,
            "mengantar_origin_id": w.mengantar_origin_id,
        },
    }


def origin_address(w: Warehouse, data: SeedData) -> dict[str, Any]:
    address = _warehouse_address(w, data)
    return {**address, "location_id": address["location"], "warehouse": w.id}
