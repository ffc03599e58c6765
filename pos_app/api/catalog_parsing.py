"""JSON → the typed catalog: products with their variants, single variants, bundles."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pos_app.api.models import Bundle, BundleLine, BundlePriceOption, Product, Variant
from pos_app.api.wire import (
    as_object,
    first_image,
    flag,
    grams,
    money,
    opt_str,
    optional_object,
    parse_items,
    req_int,
    req_str,
    text,
    to_int,
)


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
