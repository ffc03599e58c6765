"""Typed results of the Scalev v3 API.

Every object here is built from JSON at the boundary (see ``parsing.py``): money is whole
rupiah (``int``), both id forms are kept (numeric ``id`` for searches, ``unique_id`` for
order creation), unknown extra fields are ignored and missing optional ones get defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

from pos_app.domain.money import Rupiah

T = TypeVar("T")

PAID_STATUSES = frozenset({"paid", "settled"})


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a cursor-paginated list."""

    items: tuple[T, ...]
    has_next: bool = False
    next_cursor: str | None = None


@dataclass(frozen=True, slots=True)
class Store:
    id: int
    unique_id: str
    name: str
    logo_url: str | None = None
    domain: str | None = None  # custom_domain.full_url
    payment_methods: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Variant:
    id: int
    unique_id: str
    product_id: int
    product_name: str
    fullname: str
    sku: str
    price: Rupiah
    # None when the listing did not say; the catalog service then asks the variant route.
    item_type: str | None = None
    weight: int | None = None  # grams
    image_url: str | None = None
    option_values: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Product:
    id: int
    name: str
    is_visible: bool = True
    item_type: str | None = None
    image_url: str | None = None
    variants: tuple[Variant, ...] = ()


@dataclass(frozen=True, slots=True)
class BundleLine:
    variant_id: int
    variant_unique_id: str
    name: str
    sku: str
    quantity: int
    weight: int | None = None
    item_type: str | None = None


@dataclass(frozen=True, slots=True)
class BundlePriceOption:
    id: int
    unique_id: str
    name: str
    price: Rupiah
    is_visible: bool = True


@dataclass(frozen=True, slots=True)
class Bundle:
    id: int
    name: str
    display: str
    weight_bump: int = 0  # grams added to the shipping weight
    image_url: str | None = None
    lines: tuple[BundleLine, ...] = ()
    price_options: tuple[BundlePriceOption, ...] = ()


@dataclass(frozen=True, slots=True)
class Location:
    id: int
    subdistrict_name: str
    city_name: str
    province_name: str
    display: str


@dataclass(frozen=True, slots=True)
class WarehouseOption:
    id: int
    unique_id: str
    name: str
    city: str | None = None
    province: str | None = None
    distance_km: float | None = None


@dataclass(frozen=True, slots=True)
class CourierQuote:
    courier_service_id: int
    service_code: str
    service_name: str
    courier_code: str
    courier_name: str
    cost: Rupiah
    etd: str = ""
    is_cod: bool = False
    courier_type: str | None = None
    shipment_provider_code: str | None = None
    weight: int | None = None
    warehouse_id: int | None = None


@dataclass(frozen=True, slots=True)
class OrderLine:
    product_name: str
    variant_id: int | None
    sku: str | None
    quantity: int
    item_type: str | None
    variant_price: Rupiah
    product_price: Rupiah


@dataclass(frozen=True, slots=True)
class Order:
    id: str  # UUIDv7 (legacy numeric ids arrive as strings too)
    order_id: str  # what a cashier reads out
    status: str
    payment_status: str
    payment_method: str | None = None
    secret_slug: str | None = None
    public_order_url: str | None = None
    payment_url: str | None = None
    qr_string: str | None = None  # pg_payment_info.qr_string
    qr_image_url: str | None = None  # pg_payment_info.qr_image_url
    pg_payment_info: Mapping[str, Any] = field(default_factory=dict)
    store_id: int | None = None
    store_unique_id: str | None = None
    store_name: str | None = None
    customer_name: str | None = None
    customer_phone: str | None = None
    customer_email: str | None = None
    product_price: Rupiah = 0
    shipping_cost: Rupiah = 0
    other_income: Rupiah = 0
    gross_revenue: Rupiah = 0
    metadata: Mapping[str, Any] = field(default_factory=dict)
    lines: tuple[OrderLine, ...] = ()
    created_at: datetime | None = None

    @property
    def is_paid(self) -> bool:
        return self.payment_status in PAID_STATUSES


@dataclass(frozen=True, slots=True)
class OrderSummary:
    """A row of ``GET /v3/orders`` (the list uses other money types than the full order)."""

    id: str
    order_id: str
    status: str
    payment_status: str
    customer_name: str | None = None
    customer_phone: str | None = None
    gross_revenue: Rupiah = 0
    payment_url: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class OrderStatusChange:
    id: str
    order_id: str
    status: str
    payment_status: str
