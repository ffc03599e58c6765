"""Typed results of the Scalev v3 API.

Every object here is built from JSON at the boundary (the ``*_parsing.py`` modules): money
is whole rupiah (``int``), both id forms are kept (numeric ``id`` for searches, ``unique_id``
for order creation), unknown extra fields are ignored and missing optional ones get defaults.
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
    option_values: tuple[str, ...] = ()  # variant_option1..3_value, e.g. ("Biji Utuh",)
    discount: Rupiah = 0

    @property
    def display_name(self) -> str:
        """The line as a receipt prints it: "Kopi Gayo 250 gr - Biji Utuh"."""
        if not self.option_values:
            return self.product_name
        return f"{self.product_name} - {' / '.join(self.option_values)}"


@dataclass(frozen=True, slots=True)
class PaymentInfo:
    """What the buyer needs to pay, read from ``pg_payment_info`` whatever its shape
    (Xendit's nested objects, SingaPay's normalised keys, §4.12). Empty for manual methods.

    URLs are passed through as the server sent them (a deeplink may be an app scheme);
    whoever opens or encodes one decides whether it is safe to.
    """

    qr_string: str | None = None
    qr_image_url: str | None = None
    va_number: str | None = None
    va_name: str | None = None
    bank_code: str | None = None  # "BCA"; from the payload, else from a va_* method code
    payment_code: str | None = None  # retail outlet (alfamart)
    web_url: str | None = None  # e-wallet checkout page
    deeplink_url: str | None = None  # e-wallet app link
    invoice_url: str | None = None
    redirect_url: str | None = None  # card 3-D Secure page
    payment_url: str | None = None  # SingaPay's hosted page
    customer_name: str | None = None
    gateway: str | None = None  # SingaPay's payment_gateway
    reference_id: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        """Nothing to show the buyer: ask ``POST /v3/orders/{id}/payment`` once (§6.8)."""
        return not any((self.qr_string, self.qr_image_url, self.va_number, self.payment_code,
                        self.web_url, self.deeplink_url, self.invoice_url, self.redirect_url,
                        self.payment_url))

    @property
    def link(self) -> str | None:
        """The page to send the buyer to, if the payload has one."""
        return (self.redirect_url or self.invoice_url or self.payment_url or self.web_url
                or self.deeplink_url)


@dataclass(frozen=True, slots=True)
class PaymentAccount:
    """A store bank account for manual ``bank_transfer`` (payment-accounts route)."""

    account_number: str
    account_holder: str
    bank_name: str
    bank_code: str | None = None
    financial_entity_id: int | None = None
    id: int | None = None
    unique_id: str | None = None  # payment_account_unique_id of an order
    is_active: bool = True


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
    qr_string: str | None = None  # = payment_info.qr_string (kept for older callers)
    qr_image_url: str | None = None  # = payment_info.qr_image_url
    pg_payment_info: Mapping[str, Any] = field(default_factory=dict)  # the raw payload
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
    payment_info: PaymentInfo = field(default_factory=PaymentInfo)
    # Why Scalev's gross_revenue differs from the till's sum (§3.2, §8.18):
    # gross = product_price - product_discount + shipping_cost - shipping_discount
    #         + other_income + payment_link_income - unique_code_discount (- discount code)
    product_discount: Rupiah = 0
    shipping_discount: Rupiah = 0
    other_income_name: str | None = None
    payment_link_income: Rupiah = 0
    unique_code_discount: Rupiah = 0
    paid_time: datetime | None = None
    canceled_time: datetime | None = None
    courier_name: str | None = None  # "JNE"
    courier_service_name: str | None = None  # "Reguler"
    destination_district: str | None = None  # kecamatan of the delivery address
    destination_city: str | None = None

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
    payment_method: str | None = None
    store_id: int | None = None
    paid_time: datetime | None = None
    # What the till sent, as the list reports it (None: the row did not say)…
    product_price: Rupiah | None = None
    product_discount: Rupiah = 0
    shipping_cost: Rupiah = 0
    # …and what the server adds to gross_revenue on its own (see Order).
    other_income: Rupiah = 0
    payment_link_income: Rupiah = 0
    unique_code_discount: Rupiah = 0
    discount_code_discount: Rupiah = 0


@dataclass(frozen=True, slots=True)
class OrderStatusChange:
    id: str
    order_id: str
    status: str
    payment_status: str
