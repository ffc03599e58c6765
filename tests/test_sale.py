"""The sale state machine: what the cashier may do in each phase, without Qt."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pos_app.domain.cart import variant_item
from pos_app.domain.customer import Customer
from pos_app.domain.sale import Action, Sale, SaleLocked, SalePhase, SentOrder


@dataclass(frozen=True)
class Store:
    id: int
    unique_id: str
    name: str


KOPI = Store(1, "store_kopi", "Kopi Nusantara")
BATIK = Store(2, "store_batik", "Batik Sekar")
ITEM = variant_item(
    unique_id="variant_1", variant_id=1, name="E-Book", price=49000, sku="EBK", weight=0, item_type="digital"
)


def sent(receipt: str | None = None) -> SentOrder:
    return SentOrder(
        store_id=KOPI.id,
        store_name=KOPI.name,
        customer_name="Rina",
        payment_method="qris",
        payload={"customer_name": "Rina", "ordervariants": [{"variant_unique_id": "v1", "quantity": 1}]},
        till_total=49000,
        receipt=receipt,
    )


def editing_sale() -> Sale:
    sale = Sale()
    sale.choose_store(KOPI)
    sale.cart.add(ITEM)
    sale.set_customer(Customer("Rina", "6281234567890"))
    sale.set_payment_method("qris")
    return sale


def test_editing_allows_everything_but_set_aside():
    sale = editing_sale()
    assert all(sale.allows(a) for a in (Action.EDIT, Action.SWITCH_STORE, Action.CHECKOUT, Action.NEW_SALE))
    assert not sale.allows(Action.SET_ASIDE)


def test_while_sending_nothing_changes_the_sale():
    sale = editing_sale()
    sale.begin_sending(sent())
    assert sale.phase is SalePhase.SENDING
    assert not any(sale.allows(a) for a in Action)
    with pytest.raises(SaleLocked):
        sale.choose_store(BATIK)
    with pytest.raises(SaleLocked):
        sale.set_customer(Customer("Budi", "6281111111111"))
    with pytest.raises(SaleLocked):
        sale.start_new()
    assert sale.store == KOPI and len(sale.cart) == 1


def test_a_refused_send_returns_to_editing_with_everything_kept():
    sale = editing_sale()
    sale.begin_sending(sent())
    sale.not_sent()
    assert sale.phase is SalePhase.EDITING and sale.sent is None
    assert len(sale.cart) == 1 and sale.customer is not None


def test_sending_again_replaces_the_attempt_that_never_went_out_in_the_same_store_only():
    sale = editing_sale()
    assert sale.attempt_to_replace() is None
    sale.begin_sending(sent())
    sale.recorded("R1")
    assert sale.attempt_to_replace() == "R1"  # sent once more while in flight (a busy server)
    sale.not_sent()
    assert sale.attempt_to_replace() == "R1"  # the cashier presses Checkout again
    sale.choose_store(BATIK)
    assert sale.attempt_to_replace() is None  # another store's cart is another sale
    sale.choose_store(KOPI)
    sale.start_new()
    assert sale.attempt_to_replace() is None  # the next customer: R1 stays in History


def test_an_unanswered_order_waits_for_the_cashier_and_resends_exactly_what_was_sent():
    sale = editing_sale()
    first = sent()
    sale.begin_sending(first)
    sale.outcome_unknown("KASIR-01-000001")
    assert sale.phase is SalePhase.AWAITING_DECISION
    assert sale.allows(Action.CHECKOUT) and sale.allows(Action.SET_ASIDE)
    for action in (Action.EDIT, Action.SWITCH_STORE, Action.NEW_SALE):
        assert not sale.allows(action)
    again = sale.begin_resend()
    assert again.payload == first.payload and again.receipt == "KASIR-01-000001"
    # A resend that could not go out leaves the decision with the cashier.
    sale.not_sent()
    assert sale.phase is SalePhase.AWAITING_DECISION


def test_set_aside_starts_the_next_sale_and_hands_back_what_was_sent():
    sale = editing_sale()
    sale.begin_sending(sent())
    sale.outcome_unknown("KASIR-01-000001")
    aside = sale.set_aside()
    assert aside.receipt == "KASIR-01-000001"
    assert sale.phase is SalePhase.EDITING and sale.cart.is_empty and sale.customer is None
    assert sale.store == KOPI


def test_paying_then_paid_then_next_sale():
    sale = editing_sale()
    sale.begin_sending(sent())
    sale.placed(order := object())
    assert sale.phase is SalePhase.PAYING and sale.order is order
    assert sale.allows(Action.NEW_SALE) and not sale.allows(Action.EDIT)
    sale.paid()
    assert sale.phase is SalePhase.DONE
    sale.start_new()
    assert sale.phase is SalePhase.EDITING and sale.order is None and sale.cart.is_empty


def test_methods_settled_at_creation_go_straight_to_done():
    sale = editing_sale()
    sale.begin_sending(sent())
    sale.placed(object(), settled=True)
    assert sale.phase is SalePhase.DONE


def test_each_store_keeps_its_own_cart():
    sale = editing_sale()
    sale.choose_store(BATIK)
    assert sale.cart.is_empty
    sale.choose_store(KOPI)
    assert len(sale.cart) == 1


def test_the_same_store_again_is_no_switch_even_while_locked():
    sale = editing_sale()
    sale.begin_sending(sent())
    assert sale.choose_store(Store(1, "store_kopi", "Kopi Nusantara (renamed)")) is sale.cart


def test_every_change_is_announced():
    seen: list[SalePhase] = []
    sale = Sale(on_change=lambda s: seen.append(s.phase))
    sale.choose_store(KOPI)
    sale.begin_sending(sent())
    sale.placed(object())
    assert seen == [SalePhase.EDITING, SalePhase.SENDING, SalePhase.PAYING]
