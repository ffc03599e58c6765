"""Parked sales to test with: hypothesis strategies and a few readable hand-made ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from pos_app.api.models import Store
from pos_app.domain.cart import Cart, CartLine, Component, ItemKind, SellableItem, variant_item
from pos_app.domain.parked_sale import ParkedSale, TypedCustomer, park_cart

# Any code point, lone surrogates included: names are merchant data and the file is UTF-8.
any_text = st.text(st.characters(exclude_categories=()), max_size=24)
ids = st.integers(min_value=1, max_value=2**53)
money = st.integers(min_value=0, max_value=10**12)

components = st.builds(
    Component,
    variant_id=ids,
    quantity=st.integers(min_value=1, max_value=99),
    weight=st.integers(min_value=0, max_value=100_000),
    physical=st.booleans(),
)
items = st.builds(
    SellableItem,
    kind=st.sampled_from(ItemKind),
    unique_id=st.text(min_size=1, max_size=40),
    numeric_id=ids,
    name=any_text,
    price=money,
    components=st.lists(components, min_size=1, max_size=4).map(tuple),
    sku=any_text,
    weight_bump=st.integers(min_value=0, max_value=5_000),
    image_url=st.none() | any_text,
    search_text=any_text,
)
lines = st.lists(
    st.tuples(items, st.integers(min_value=1, max_value=10**6)),
    min_size=1,
    max_size=6,
    unique_by=lambda pair: pair[0].unique_id,
).map(lambda pairs: tuple(CartLine(item, qty) for item, qty in pairs))
customers = st.builds(TypedCustomer, name=any_text, phone=any_text, email=any_text)
moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.timezones()
)
parked_sales = st.builds(
    ParkedSale,
    id=st.uuids().map(lambda u: u.hex),
    number=st.integers(min_value=1, max_value=999),
    label=any_text.filter(str.strip),
    store_id=ids,
    store_name=any_text,
    lines=lines,
    customer=customers,
    payment_method=st.sampled_from(["", "qris", "bank_transfer", "cod", "no_payment"]),
    discount=st.sampled_from(["", "10%", "5.000", "Rp 2.500"]),
    parked_at=moments,
)

MAIN = Store(id=11, unique_id="store-main", name="Toko Pusat Bandung")
BRANCH = Store(id=22, unique_id="store-branch", name="Cabang Dago")
T0 = datetime(2026, 5, 14, 7, 5, tzinfo=UTC)

COFFEE = variant_item(
    unique_id="var-kopi", variant_id=101, name="Kopi Gayo 250 g", price=85_000, sku="KG-250",
    weight=260, item_type="physical", image_url="https://example.com/kopi.png", search_text="kopi gayo",
)  # fmt: skip
EBOOK = variant_item(
    unique_id="var-ebook", variant_id=102, name="E-book Resep Kopi", price=25_000, sku="EB-1",
    weight=0, item_type="digital",
)  # fmt: skip
GIFT_BOX = SellableItem(
    kind=ItemKind.BUNDLE_OPTION,
    unique_id="bpo-gift",
    numeric_id=501,
    name="Paket Hadiah – Besar",
    price=150_000,
    components=(Component(101, 2, 260, True), Component(102, 1, 0, False)),
    weight_bump=120,
    image_url=None,
    search_text="paket hadiah besar",
)


def cart_of(*pairs: tuple[SellableItem, int]) -> Cart:
    cart = Cart()
    for item, quantity in pairs:
        cart.add(item, quantity)
    return cart


def sample(
    label: str | None = None,
    *,
    store: Store = MAIN,
    minutes: int = 0,
    number: int = 1,
    cart: Cart | None = None,
    customer: TypedCustomer | None = None,
) -> ParkedSale:
    return park_cart(
        cart if cart is not None else cart_of((COFFEE, 2), (GIFT_BOX, 1)),
        store=store,
        number=number,
        parked_at=T0 + timedelta(minutes=minutes),
        customer=customer or TypedCustomer("Rina Kartikasari", "0812 3456 7890", ""),
        payment_method="qris",
        discount="10%",
        label=label,
    )


class StepClock:
    """A clock that moves on by a minute each time it is read: every park is later."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now
