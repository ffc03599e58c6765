"""Scalev v3 API client: the only package that speaks HTTP (see ARCHITECTURE.md).

Import from here: ``from pos_app.api import ScalevClient, NotFoundError, Order``.
"""

from __future__ import annotations

from pos_app.api.client import PAGE_SIZE, ScalevClient
from pos_app.api.error_mapping import GENERAL_FIELD, ConnectTimeoutError
from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    AuthError,
    ConflictError,
    ForbiddenError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
    ValidationError,
)
from pos_app.api.models import (
    PAID_STATUSES,
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
    PaymentInfo,
    Product,
    Store,
    Variant,
    WarehouseOption,
)
from pos_app.api.pagination import PageIterator
from pos_app.api.payment_parsing import parse_payment_info
from pos_app.api.ratelimit import RateLimiter
from pos_app.api.retry import RetryPolicy
from pos_app.api.server_time import ServerClock

__all__ = [
    "GENERAL_FIELD",
    "PAGE_SIZE",
    "PAID_STATUSES",
    "ApiError",
    "ApiTimeoutError",
    "AuthError",
    "Bundle",
    "BundleLine",
    "BundlePriceOption",
    "ConflictError",
    "ConnectTimeoutError",
    "CourierQuote",
    "ForbiddenError",
    "Location",
    "NetworkError",
    "NotFoundError",
    "Order",
    "OrderLine",
    "OrderStatusChange",
    "OrderSummary",
    "Page",
    "PageIterator",
    "PaymentAccount",
    "PaymentInfo",
    "Product",
    "RateLimitedError",
    "RateLimiter",
    "ResponseFormatError",
    "RetryPolicy",
    "ScalevClient",
    "ServerClock",
    "ServerError",
    "Store",
    "ValidationError",
    "Variant",
    "WarehouseOption",
    "parse_payment_info",
]
