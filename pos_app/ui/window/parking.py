"""Park the sale for the next customer in the queue, and resume it later (F9).

A parked sale is the cart and the customer as typed, kept in ``parked.sqlite3`` so it
survives a restart, and it belongs to its store: resuming switches to that store. Resuming
never loses the sale on screen: anything in it is parked first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_app.domain.parked_sale import TypedCustomer, can_park, default_label
from pos_app.domain.sale import Action
from pos_app.storage.parked_sales import ParkedSales
from pos_app.storage.sqlite_util import StorageError
from pos_app.ui.common.async_dialogs import ask_text
from pos_app.ui.history.parked_sales_dialog import choose_parked_sale, default_label_template
from pos_app.ui.sale.notice import Notice

if TYPE_CHECKING:
    from pos_app.ui.window.main_window import MainWindow


class Parking(QObject):
    def __init__(self, window: MainWindow, parked: ParkedSales | None) -> None:
        super().__init__(window)
        self._w = window
        self.parked = parked

    def _typed(self) -> TypedCustomer:
        form = self._w.customer_form
        return TypedCustomer(form.name.text(), form.phone.text(), form.email.text())

    def has_something(self) -> bool:
        return can_park(self._w.sale.cart, self._typed())

    def count(self) -> int:
        if self.parked is None:
            return 0
        try:
            return self.parked.count()
        except StorageError:  # closed (the window is closing) or unreadable: show none
            return 0

    def refresh(self) -> None:
        """The Parked (n) button and the Park button, for a till that keeps parked sales."""
        w, keeps_parked = self._w, self.parked is not None
        w.top_bar.set_parked_count(self.count() if keeps_parked else None)
        w.park_button.setVisible(keeps_parked)

    def restore(self, parked) -> None:
        """A parked sale back on screen: its cart, its customer as typed, method and discount."""
        w = self._w
        w.sale.restore_lines(parked.lines)
        w.cart_model.set_cart(w.sale.cart)
        customer = parked.customer
        w.customer_form.set_typed(customer.name, customer.phone, customer.email, parked.payment_method)
        w.cart_pane.discount_input.setText(parked.discount)
        w.sale_screen.discount_edited(parked.discount)
        w.sale_screen.sync_from_form()
        w.sale_screen.refresh()
        w.focus_scan()

    async def park_or_resume(self) -> None:
        """F9: park the sale on screen, or (with nothing on screen) pick one to resume."""
        if self.has_something():
            await self.park()
        else:
            await self.resume()

    async def park(self) -> None:
        w, sale = self._w, self._w.sale
        if self.parked is None or sale.store is None:
            return
        if not sale.allows(Action.PARK):
            w.refuse(Action.PARK)
            return
        if not self.has_something():
            w.show_notice(Notice(lambda: self.tr("There is nothing to park yet.")))
            return
        suggestion = default_label(self.parked.next_number(), sale_clock(w), default_label_template())
        label = await ask_text(
            w,
            self.tr("Park sale"),
            self.tr("A name to find this sale again (the customer's name, say):"),
            ok_text=self.tr("Park"),
            cancel_text=self.tr("Back"),
            suggestions=(suggestion,),
        )
        if label is None or not sale.allows(Action.PARK):
            return
        parked = self._park_current(label)
        if parked is not None:
            w.new_sale()
            w.show_notice(
                Notice(lambda: self.tr("Sale parked as “{label}”. F9 brings it back.").format(label=parked))
            )

    def _park_current(self, label: str | None) -> str | None:
        w, sale = self._w, self._w.sale
        assert self.parked is not None and sale.store is not None
        try:
            parked = self.parked.park_cart(
                sale.cart,
                store=sale.store,
                customer=self._typed(),
                payment_method=sale.payment_method,
                discount=w.cart_pane.discount_input.text(),
                label=label,
                label_template=default_label_template(),
            )
        except (StorageError, ValueError) as exc:
            reason = str(exc)
            w.show_notice(
                Notice(lambda: self.tr("The sale was not parked: {reason}").format(reason=reason), "error")
            )
            return None
        self.refresh()
        return parked.label

    async def resume(self) -> None:
        w, sale = self._w, self._w.sale
        if self.parked is None:
            return
        if not sale.allows(Action.EDIT):
            w.refuse(Action.PARK)
            return
        chosen = await choose_parked_sale(w, self.parked, sale.store.id if sale.store else None)
        w.activateWindow()
        if chosen is None:
            return
        if not sale.allows(Action.EDIT):
            self.parked.park(chosen)  # the sale on screen was sent meanwhile: keep it parked
            return
        store = next((s for s in w.store_pane.model.stores() if s.id == chosen.store_id), None)
        if store is None:
            self.parked.park(chosen)
            w.show_notice(
                Notice(
                    lambda: self.tr(
                        "“{label}” belongs to {store}, which is not in the store list now."
                    ).format(label=chosen.label, store=chosen.store_name),
                    "warning",
                )
            )
            return
        # Nothing on screen is lost: what is there is parked first.
        if self.has_something() and sale.store is not None:
            self._park_current(None)
            w.new_sale()
        if sale.store is None or sale.store.id != store.id:
            w.store_pane.select_store(store.id)
            w.controller.choose_store(store)
        if not sale.cart.is_empty:
            self._park_current(None)  # that store's own cart from earlier
        self.restore(chosen)
        self.refresh()
        w.show_notice(Notice(lambda: self.tr("Resumed “{label}”.").format(label=chosen.label)))


def sale_clock(window: MainWindow):
    """The time for a parked sale's default label: the server's clock, as every sale uses."""
    return window.app_clock()
