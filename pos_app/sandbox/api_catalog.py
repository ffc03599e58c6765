"""Read-only routes: stores, payment methods, products, bundles, variants, locations."""

from __future__ import annotations

from pos_app.sandbox import views
from pos_app.sandbox.app import SandboxApp
from pos_app.sandbox.http_types import Errors, Request, Response, json_response, not_found
from pos_app.sandbox.model import Product, Store
from pos_app.sandbox.pagination import non_paginated, paginate
from pos_app.sandbox.text import fold


def _store(app: SandboxApp, store_id: str, *, allow_unique: bool = False) -> Store:
    # Most store routes take only the numeric id; the products route also takes store_….
    if store_id.isdigit() or (allow_unique and store_id.startswith("store_")):
        store = app.data.store(int(store_id) if store_id.isdigit() else store_id)
        if store is not None:
            return store
    raise not_found("Store not found")


def stores_simplified(app: SandboxApp, req: Request) -> Response:
    search = fold(req.query.get("search", "").strip())
    domain = req.query.get("domain", "").strip().lower()
    stores = [
        s for s in app.data.stores
        if search in fold(s.name)
        and (not domain or (s.custom_domain is not None
                            and domain in str(s.custom_domain["full_url"]).lower()))
    ]
    return json_response(paginate(stores, req.query, "stores",
                                  lambda s: views.store_item(s, app.base_url)))


def store_detail(app: SandboxApp, req: Request, store_id: str) -> Response:
    return json_response(views.store_detail(_store(app, store_id), app.base_url))


def payment_methods(app: SandboxApp, req: Request, store_id: str) -> Response:
    return json_response(non_paginated(list(_store(app, store_id).payment_methods)))


def products(app: SandboxApp, req: Request, store_id: str) -> Response:
    store = _store(app, store_id, allow_unique=True)
    return json_response(paginate(app.products_newest_first(store), req.query, f"products:{store.id}",
                                  lambda p: views.product_item(p, app.base_url)))


def payment_accounts(app: SandboxApp, req: Request, store_id: str) -> Response:
    store = _store(app, store_id)
    return json_response(paginate(store.payment_accounts, req.query,
                                  f"payment-accounts:{store.id}", views.payment_account_item))


def product_search(app: SandboxApp, req: Request) -> Response:
    """``GET /v3/products``: products of one store (or all) whose variant SKU is the search
    text (case-insensitive) or whose name has every word of it; SKU hits come first, then
    newest first as the listings sort."""
    q = req.query
    errors = Errors()
    stores = list(app.data.stores)
    raw_store = q.get("store_id", "").strip()
    if raw_store:
        if raw_store.isdigit() or raw_store.startswith("store_"):
            found = app.data.store(int(raw_store) if raw_store.isdigit() else raw_store)
            stores = [found] if found is not None else []
        else:
            errors.add("store_id", "is invalid")
    item_type = q.get("item_type") or None
    if item_type is not None and item_type not in ("physical", "digital", "course", "license",
                                                   "subscription"):
        errors.add("item_type", "is invalid")
    errors.raise_if_any()
    search = q.get("search", "").strip()
    sku, words = search.casefold(), fold(search).split()
    hits: list[tuple[bool, Product]] = []
    for store in stores:
        for text, skus, product in app.product_index(store):
            if item_type is not None and product.item_type != item_type:
                continue
            by_sku = sku in skus
            if by_sku or all(w in text for w in words):
                hits.append((by_sku, product))
    hits.sort(key=lambda hit: (not hit[0], -hit[1].id))
    return json_response(paginate([p for _, p in hits], q, "products-search",
                                  lambda p: views.product_list_item(p, app.base_url)))


def bundles(app: SandboxApp, req: Request, store_id: str) -> Response:
    store = _store(app, store_id)
    items = sorted(store.bundles, key=lambda b: b.id, reverse=True)
    return json_response(paginate(items, req.query, f"bundles:{store.id}",
                                  lambda b: views.bundle_item(b, app.base_url)))


def bundle_detail(app: SandboxApp, req: Request, store_id: str, bundle_id: str) -> Response:
    store = _store(app, store_id)
    bundle = next((b for b in store.bundles if str(b.id) == bundle_id), None)
    if bundle is None:
        raise not_found("Bundle not found")
    return json_response(views.bundle_item(bundle, app.base_url))


def variant(app: SandboxApp, req: Request, store_id: str, variant_id: str) -> Response:
    store = _store(app, store_id)
    found = app.data.variant(variant_id)
    if found is None or found.store_id != store.id:
        raise not_found("Variant not found")
    product = next(p for p in store.products if p.id == found.product_id)
    return json_response(views.variant_full(found, product, app.base_url))


def locations(app: SandboxApp, req: Request) -> Response:
    # Every word must appear somewhere in "district, city, province", so "coblong bandung"
    # and "tebet" both work the way a cashier types them.
    words = fold(req.query.get("search", "")).replace(",", " ").split()
    found = [loc for text, loc in app.location_index() if all(w in text for w in words)]
    return json_response(paginate(found, req.query, "locations", views.location_item))


def postal_codes(app: SandboxApp, req: Request, location_id: str) -> Response:
    loc = app.data.location(int(location_id)) if location_id.isdigit() else None
    if loc is None:
        raise not_found("Location not found")
    return json_response(non_paginated([{"postal_code": code} for code in loc.postal_codes]))
