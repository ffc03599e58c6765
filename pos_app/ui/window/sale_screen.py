"""The sale page as a view of the sale: what may be touched now, and what the buttons say.

The sale (:class:`~pos_app.domain.sale.Sale`) decides; this class shows its decisions on the
panes (locks, the checkout button and its hint, the discount, the customer's requirements)
and turns the cashier's edits into changes of the sale. Every refusal beeps and says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from pos_app.domain.cart import SellableItem
from pos_app.domain.discount import DiscountError, parse_discount
from pos_app.domain.sale import Action, Sale, SalePhase
from pos_app.ui.common.money_format import format_money
from pos_app.ui.sale.notice import Notice

if TYPE_CHECKING:
    from pos_app.ui.window.main_window import MainWindow


class SaleScreen(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self.walk_in_name = ""
        self._discount_problem = ""

    @property
    def sale(self) -> Sale:
        return self._w.controller.sale

    # -- items ---------------------------------------------------------------------------------
    def add_item(self, item: SellableItem) -> None:
        """One unit chosen by scan or from the lists: added only while the sale is open."""
        w = self._w
        if self.sale.phase in (SalePhase.DONE, SalePhase.CANCELED):
            w.new_sale()  # the sale is over: the next scan starts the next one
        if not self.sale.allows(Action.EDIT):
            self.refuse(Action.EDIT, item_name=item.name)
            return
        row = w.cart_model.add(item)
        if row is not None:
            w.cart_pane.select_row(row)
            w.product_pane.say(lambda: self.tr("Added: {name}").format(name=item.name), "ok")

    def refuse(self, action: Action, *, item_name: str = "", code: str = "") -> None:
        """Say why the sale does not allow ``action`` now; nothing changes, nothing is lost."""
        QApplication.beep()
        phase = self.sale.phase
        what = item_name or code

        def text() -> str:  # asked again after a language switch
            if phase is SalePhase.SENDING:
                why = self.tr("The order is being sent; nothing can change until the server answers.")
            elif phase is SalePhase.AWAITING_DECISION:
                why = self.tr("First decide about the unanswered order: Resend (F12) or Leave in History.")
            elif phase is SalePhase.PAYING:
                why = self.tr("A payment is still open. Start a new sale (Ctrl+N) before scanning.")
            else:
                why = self.tr("This sale is finished. Start a new sale (Ctrl+N).")
            if not (what and action is Action.EDIT):
                return why
            said = self.tr("“{item}” was not added.").format(item=what) + " " + why
            if phase is SalePhase.SENDING:
                said += " " + self.tr("Scan it again for the next sale.")
            return said

        if self._w.on_sale_page():
            self._w.product_pane.say(text, "error")
        self._w.show_notice(Notice(text, "warning"))

    # -- the sale's state on screen ------------------------------------------------------------
    def render(self, sale: Sale) -> None:
        """Everything that may change the sale is open only while it is being edited."""
        w = self._w
        editing = sale.allows(Action.EDIT)
        w.store_pane.setEnabled(sale.allows(Action.SWITCH_STORE))
        w.customer_form.setEnabled(editing)
        w.cart_pane.discount_input.setEnabled(editing)
        w.set_aside_button.setVisible(sale.allows(Action.SET_ASIDE))
        if editing:
            self.sync_from_form()
        self.refresh()

    def sync_from_form(self) -> None:
        form = self._w.customer_form
        form.set_requirements(walk_in_name=self.walk_in_name, shipped=self.sale.cart.is_physical)
        self.sale.set_customer(form.customer())
        self.sale.set_payment_method(form.payment_method())

    def customer_changed(self) -> None:
        if self.sale.allows(Action.EDIT):
            self.sale.set_customer(self._w.customer_form.customer())
        self.refresh()

    def payment_method_changed(self, method: str) -> None:
        if self.sale.allows(Action.EDIT):
            self.sale.set_payment_method(method)
        self._w.controller.cart_or_method_changed()
        self.refresh()

    def cart_changed(self) -> None:
        w = self._w
        w.controller.cart_or_method_changed()
        if self.sale.allows(Action.EDIT):
            # A shipped cart needs a phone; a digital one a phone or an email.
            shipped = self.sale.cart.is_physical
            w.customer_form.set_requirements(walk_in_name=self.walk_in_name, shipped=shipped)
        self._show_discount()
        self.refresh()

    def pending_scans_changed(self, count: int) -> None:
        self._w.controller.checkout_flow.pending_scans = count
        self.refresh()

    # -- discount --------------------------------------------------------------------------------
    def discount_edited(self, text: str) -> None:
        if not self.sale.allows(Action.EDIT):
            return
        try:
            discount = parse_discount(text)
        except DiscountError:
            self._discount_problem = self.tr("Type an amount (5.000) or a percentage (10%).")
            self.sale.set_discount(None)
        else:
            self._discount_problem = ""
            self.sale.set_discount(discount)
        self._w.controller.checkout_flow.discount_problem = self._discount_problem
        self._show_discount()
        self.refresh()

    def _show_discount(self) -> None:
        error = self._discount_problem
        if not error and not self.sale.discount_fits:
            error = self.tr("A discount cannot be more than the subtotal ({subtotal}).").format(
                subtotal=format_money(self.sale.cart.subtotal)
            )
        self._w.cart_pane.show_discount(self.sale.discount_amount, error)

    def reset(self) -> None:
        """The next sale starts: nothing of the last one stays on the panes."""
        w = self._w
        w.cart_model.set_cart(self.sale.cart)
        w.customer_form.clear()
        w.cart_pane.reset_discount()
        self._discount_problem = ""
        w.controller.checkout_flow.discount_problem = ""
        w.product_pane.drop_pending()
        w.product_pane.clear_message()
        w.product_pane.search.clear()

    # -- the checkout button -------------------------------------------------------------------
    def refresh(self) -> None:
        w = self._w
        problems = w.controller.problems()
        w.checkout_button.setEnabled(self.sale.allows(Action.CHECKOUT) and not problems)
        w.shipping_button.setVisible(self.sale.cart.is_physical)
        w.shipping_button.setEnabled(self.sale.allows(Action.EDIT))
        self.update_texts(problems)

    def update_texts(self, problems: list[str] | None = None) -> None:
        w = self._w
        if problems is None:
            problems = w.controller.problems()
        hint = " ".join(problems)
        phase = self.sale.phase
        if phase is SalePhase.SENDING:
            w.checkout_button.setText(self.tr("Sending…"))
            hint = self.tr("Sending the order. Scans, the cart, the customer and the store wait.")
        elif phase is SalePhase.AWAITING_DECISION and self.sale.sent is not None:
            # The order may exist already: Resend sends the very same order again, never
            # a changed one, so that a found duplicate can still be recognised as ours.
            sent = self.sale.sent
            w.checkout_button.setText(self.tr("Resend (F12)"))
            hint = self.tr("Resend sends exactly the first order: {store} · {customer} · {total}.").format(
                store=sent.store_name, customer=sent.customer_name, total=format_money(sent.till_total)
            )
        else:
            w.checkout_button.setText(self.tr("Checkout (F12)"))
        w.checkout_hint.setText(hint)
        w.checkout_hint.setVisible(bool(hint))

    def focus_discount(self) -> None:
        w = self._w
        if w.on_sale_page() and self.sale.allows(Action.EDIT):
            w.cart_pane.discount_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
            w.cart_pane.discount_input.selectAll()
