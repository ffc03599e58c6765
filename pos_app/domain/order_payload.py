"""The body of ``POST /v3/orders`` (§4.9 of the contract), built from a finished sale."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pos_app.domain.cart import Cart, ItemKind
from pos_app.domain.customer import Customer
from pos_app.domain.money import Rupiah


@dataclass(frozen=True, slots=True)
class ShippingChoice:
    """Everything a physical order needs, taken from one courier quote."""

    address: str
    location_id: int
    location_display: str
    postal_code: str
    warehouse_id: int
    warehouse_unique_id: str
    warehouse_name: str
    courier_service_id: int
    courier_label: str  # "JNE Reguler", for the cart pane
    shipping_cost: Rupiah
    shipment_provider_code: str | None
    # What the quote was made for; the quote is stale when any of these change.
    payment_method: str
    cart_signature: tuple[tuple[str, int], ...]

    def is_valid_for(self, cart: Cart, payment_method: str) -> bool:
        return self.payment_method == payment_method and self.cart_signature == cart.signature()


class IncompleteSale(ValueError):
    """The sale misses something the order route requires."""


def build_order_payload(
    *,
    store_unique_id: str,
    customer: Customer,
    cart: Cart,
    payment_method: str,
    shipping: ShippingChoice | None = None,
    metadata: dict[str, Any] | None = None,
    discount: Rupiah = 0,
    notes: str | None = None,
) -> dict[str, Any]:
    if cart.is_empty:
        raise IncompleteSale("the cart is empty")
    if not 0 <= discount <= cart.subtotal:
        raise IncompleteSale("the discount is more than the subtotal")
    payload: dict[str, Any] = {
        "store_unique_id": store_unique_id,
        "customer_name": customer.name,
    }
    if customer.phone:
        payload["customer_phone"] = customer.phone
    if customer.email:
        payload["customer_email"] = customer.email
    variants = [
        {"variant_unique_id": line.item.unique_id, "quantity": line.quantity}
        for line in cart
        if line.item.kind is ItemKind.VARIANT
    ]
    bundles = [
        {"bundle_price_option_unique_id": line.item.unique_id, "quantity": line.quantity}
        for line in cart
        if line.item.kind is ItemKind.BUNDLE_OPTION
    ]
    if variants:
        payload["ordervariants"] = variants
    if bundles:
        payload["orderbundles"] = bundles
    payload["payment_method"] = payment_method
    if cart.is_physical:
        if shipping is None:
            raise IncompleteSale("a physical cart needs shipping")
        if not shipping.is_valid_for(cart, payment_method):
            raise IncompleteSale("the shipping quote is stale")
        payload.update(
            address=shipping.address,
            location_id=shipping.location_id,
            warehouse_unique_id=shipping.warehouse_unique_id,
            courier_service_id=shipping.courier_service_id,
            shipping_cost=shipping.shipping_cost,
            shipment_provider_code=shipping.shipment_provider_code,
        )
        if shipping.postal_code:
            payload["postal_code"] = shipping.postal_code
    if discount:
        payload["product_discount"] = discount
    if notes:
        payload["notes"] = notes
    if metadata:
        payload["metadata"] = dict(metadata)
    return payload


def sale_total(cart: Cart, shipping: ShippingChoice | None, discount: Rupiah = 0) -> Rupiah:
    """The till's own sum; the server's ``gross_revenue`` is the one the customer pays."""
    shipping_cost = shipping.shipping_cost if shipping and cart.is_physical else 0
    return cart.subtotal - discount + shipping_cost
