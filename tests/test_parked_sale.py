"""The parked sale as a value: what it keeps of the cart and customer, and its default label."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from pos_app.domain.cart import Cart, CartLine
from pos_app.domain.parked_sale import (
    LABEL_MAX,
    NothingToPark,
    TypedCustomer,
    can_park,
    clean_label,
    default_label,
    next_free_number,
    park_cart,
)
from tests.helpers.parked import COFFEE, EBOOK, GIFT_BOX, MAIN, T0, cart_of, sample

WIB = timezone(timedelta(hours=7))


def test_a_parked_cart_comes_back_exactly_and_is_not_tied_to_the_live_cart() -> None:
    cart = cart_of((COFFEE, 2), (GIFT_BOX, 1), (EBOOK, 3))
    parked = park_cart(cart, store=MAIN, number=4, parked_at=T0, label="Ibu baju merah")
    cart.clear()  # the next buyer's sale starts from this same cart object
    cart.add(EBOOK)
    resumed = parked.cart()
    assert [(line.item, line.quantity) for line in resumed] == [(COFFEE, 2), (GIFT_BOX, 1), (EBOOK, 3)]
    assert resumed.lines is not parked.cart().lines  # each resume gets its own list
    assert resumed.total_weight == 2 * 260 + (2 * 260 + 120) + 0
    assert resumed.warehouse_variants() == [(101, 4), (102, 4)]
    assert parked.item_count == 6
    assert parked.subtotal == 2 * 85_000 + 150_000 + 3 * 25_000
    assert (parked.store_id, parked.store_name) == (MAIN.id, MAIN.name)


def test_customer_payment_and_discount_are_kept_as_typed() -> None:
    typed = TypedCustomer(name="  Budi ", phone="0812-34", email="budi@")  # half typed
    parked = park_cart(cart_of((COFFEE, 1)), store=MAIN, number=1, parked_at=T0, customer=typed,
                       payment_method="bank_transfer", discount=" 5.000 ")  # fmt: skip
    assert parked.customer == typed
    assert parked.payment_method == "bank_transfer"
    assert parked.discount == "5.000"


def test_a_blank_label_becomes_the_ticket_number_and_the_shop_clock_time() -> None:
    parked_at = datetime(2026, 5, 14, 14, 5, tzinfo=WIB)
    parked = park_cart(cart_of((COFFEE, 1)), store=MAIN, number=3, parked_at=parked_at, label="  ")
    assert parked.label == default_label(3, parked_at)
    local = parked_at.astimezone()  # the computer's zone, whatever the clock's zone was
    assert parked.label == f"Sale 3 – {local:%H.%M}"
    assert default_label(3, parked_at, "Transaksi {number} – {time}") == f"Transaksi 3 – {local:%H.%M}"


def test_a_broken_translated_template_still_gives_a_label() -> None:
    assert default_label(2, T0, "Transaksi {nomor}") == default_label(2, T0)
    assert default_label(2, T0, "Transaksi {") == default_label(2, T0)


def test_labels_are_one_short_line() -> None:
    assert clean_label(" Ibu \n baju   merah\t") == "Ibu baju merah"
    assert clean_label(None) == ""
    assert len(clean_label("x" * 500)) == LABEL_MAX


def test_ticket_numbers_fill_the_lowest_gap() -> None:
    assert next_free_number([]) == 1
    assert next_free_number([1, 2, 4]) == 3
    assert next_free_number([2, 3]) == 1


def test_nothing_to_park_without_cart_or_customer() -> None:
    empty = Cart()
    assert not can_park(empty, TypedCustomer(" ", "", ""))
    with pytest.raises(NothingToPark):
        park_cart(empty, store=MAIN, number=1, parked_at=T0)
    # A buyer who gave a name and went to fetch the goods is worth parking.
    assert can_park(empty, TypedCustomer("Sari"))
    only_customer = park_cart(empty, store=MAIN, number=1, parked_at=T0, customer=TypedCustomer("Sari"))
    assert only_customer.item_count == 0 and only_customer.subtotal == 0


@pytest.mark.parametrize(
    "change",
    [
        {"parked_at": datetime(2026, 5, 14, 7, 5)},  # naive: whose clock?
        {"lines": (CartLine(COFFEE, 0),)},
        {"lines": (CartLine(COFFEE, True),)},
        {"lines": (CartLine(COFFEE, 1), CartLine(COFFEE, 2))},
        {"number": 0},
        {"label": "   "},
        {"id": ""},
        {"store_id": "11"},
    ],
)
def test_an_impossible_parked_sale_is_refused(change: dict) -> None:
    with pytest.raises(ValueError):
        replace(sample(), **change)


def test_ids_are_unique() -> None:
    first, second = sample(), sample()
    assert first.id != second.id and len(first.id) == 32
    assert first.parked_at.tzinfo is UTC


def test_the_time_is_kept_in_utc_so_a_stored_copy_is_equal() -> None:
    # 01:30 on 2 Nov 2025 happened twice in New York; fold=1 is the second one.
    ambiguous = datetime(2025, 11, 2, 1, 30, fold=1, tzinfo=ZoneInfo("America/New_York"))
    parked = replace(sample(), parked_at=ambiguous)
    assert parked.parked_at == datetime(2025, 11, 2, 6, 30, tzinfo=UTC)
    assert parked.parked_at.tzinfo is UTC
