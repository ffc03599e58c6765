"""The route table: method, path pattern, required scope (§2.1) and the function."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pos_app.sandbox import api_catalog, api_order_actions, api_orders, api_shipping, public

PUBLIC = "public"  # no API key needed
ANY_KEY = "any"  # any accepted key, whatever its scopes (training helpers)

_ID = r"(?P<{}>[^/]+)"


@dataclass(frozen=True, slots=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    scope: str
    handler: Callable[..., Any]


def _route(method: str, path: str, scope: str, handler: Callable[..., Any]) -> Route:
    regex = re.sub(r"\{(\w+)\}", lambda m: _ID.format(m.group(1)), path)
    return Route(method, re.compile(f"^{regex}$"), scope, handler)


ROUTES: tuple[Route, ...] = (
    _route("GET", "/v3/stores/simplified", "store:list", api_catalog.stores_simplified),
    _route("GET", "/v3/stores/{store_id}", "store:read", api_catalog.store_detail),
    _route("GET", "/v3/stores/{store_id}/payment-methods", "store:read",
           api_catalog.payment_methods),
    _route("GET", "/v3/stores/{store_id}/products", "product:list", api_catalog.products),
    _route("GET", "/v3/stores/{store_id}/payment-accounts", "payment_account:list",
           api_catalog.payment_accounts),
    _route("GET", "/v3/products", "product:list", api_catalog.product_search),
    _route("GET", "/v3/stores/{store_id}/bundles", "bundle:list", api_catalog.bundles),
    _route("GET", "/v3/stores/{store_id}/bundles/{bundle_id}", "bundle:read",
           api_catalog.bundle_detail),
    _route("GET", "/v3/stores/{store_id}/variants/{variant_id}", "product:read",
           api_catalog.variant),
    _route("GET", "/v3/locations", "order:create", api_catalog.locations),
    _route("GET", "/v3/locations/{location_id}/postal-codes", "order:create",
           api_catalog.postal_codes),
    _route("POST", "/v3/shipping-costs/search-warehouse", "order:create",
           api_shipping.search_warehouse),
    _route("POST", "/v3/shipping-costs/search-courier-service", "order:create",
           api_shipping.search_courier_service),
    _route("POST", "/v3/orders", "order:create", api_orders.create),
    _route("GET", "/v3/orders", "order:list", api_orders.list_orders),
    _route("POST", "/v3/orders/change-status", "order:change_status",
           api_order_actions.change_status),
    _route("POST", "/v3/orders/delete", "order:delete", api_order_actions.delete),
    _route("GET", "/v3/orders/{order_id}", "order:read", api_orders.get),
    _route("GET", "/v3/orders/{order_id}/actions", "order:read", api_orders.actions),
    _route("POST", "/v3/orders/{order_id}/check-payment", "order:read", api_orders.check_payment),
    _route("POST", "/v3/orders/{order_id}/payment", "order:update", api_orders.create_payment),
    _route("POST", "/v3/orders/{order_id}/duplicate", "order:create", api_order_actions.duplicate),
    _route("POST", "/v3/_training/orders/{order_id}/pay", ANY_KEY, api_order_actions.training_pay),
    _route("GET", "/images/{name}.png", PUBLIC, public.image),
    _route("GET", "/order/public/{slug}", PUBLIC, public.order_page),
    _route("GET", "/order/public/{slug}/{page}", PUBLIC, public.order_page),
    _route("POST", "/order/public/{slug}/pay", PUBLIC, public.order_page_pay),
)


def match(method: str, path: str) -> tuple[Route, dict[str, str]] | str | None:
    """The route and its path parameters; ``"method"`` if only the method is wrong."""
    path_matched = False
    for route in ROUTES:
        found = route.pattern.match(path)
        if found is None:
            continue
        if route.method == method:
            return route, found.groupdict()
        path_matched = True
    return "method" if path_matched else None
