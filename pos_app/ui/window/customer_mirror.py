"""Keeps the customer display a faithful view of the sale: the same cart, the same QR, the same total.

The display holds no state of its own; every change of the sale or of the payment screen is
mirrored here at once (a scan updates it in the same event), so the shopper and the cashier
can never see two different amounts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from pos_app.domain.order_payload import sale_total
from pos_app.domain.payment_methods import MethodKind
from pos_app.domain.sale import SalePhase
from pos_app.services.payment_instructions import group_digits
from pos_app.ui.customer import CustomerDisplay, CustomerLine, PaymentPrompt, pick_customer_screen
from pos_app.ui.payment.labels import payment_label_in

if TYPE_CHECKING:
    from pos_app.ui.window.main_window import MainWindow


class CustomerMirror(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self.display: CustomerDisplay | None = None
        self._screen_name = ""
        self._windowed = False

    # -- on / off ----------------------------------------------------------------------------
    def configure(self, *, enabled: bool, screen_name: str = "", windowed: bool = False) -> None:
        """Show the display full screen on the chosen (or second) screen, or in a window."""
        self._screen_name, self._windowed = screen_name, windowed
        if not enabled:
            if self.display is not None:
                self.display.hide()
            return
        if self.display is None:
            self.display = CustomerDisplay()
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.screenAdded.connect(lambda _screen: self._place())
        self._place()
        self.refresh()

    def _place(self) -> None:
        if self.display is None:
            return
        screen = pick_customer_screen(self._screen_name)
        # One screen: a window the owner can put anywhere, never on top of the till.
        self.display.place(screen, windowed=self._windowed or screen is None)

    def close(self) -> None:
        if self.display is not None:
            self.display.close()
            self.display.deleteLater()
            self.display = None

    # -- what it shows -----------------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        display = self.display
        if display is None or not display.isVisible():
            return
        w = self._w
        if w.pages.showing_sale_payment():
            self._show_payment()
            return
        sale = w.sale
        store_name = sale.store.name if sale.store is not None else ""
        if sale.phase in (SalePhase.EDITING, SalePhase.SENDING, SalePhase.AWAITING_DECISION):
            lines = [CustomerLine(line.item.name, line.quantity, line.total) for line in sale.cart]
            total = sale_total(sale.cart, w.controller.shipping, sale.discount_amount)
            display.show_cart(store_name, lines, total)
        else:
            display.show_idle(store_name)

    def _show_payment(self) -> None:
        display = self.display
        assert display is not None
        view = self._w.payment_view
        order = view.order()
        instructions = view.instructions()
        if order is None:
            return
        if order.is_paid:
            display.show_paid(instructions.amount)
            return
        if order.status == "canceled":
            display.show_canceled()
            return
        cash = instructions.cash
        kind = instructions.kind
        method = "cash" if cash is not None else instructions.method
        language = display.language()  # the customer's, whatever the cashier reads
        bank = payment_label_in(instructions.method, language) if kind is MethodKind.VIRTUAL_ACCOUNT else None
        display.show_payment(
            PaymentPrompt(
                amount=instructions.amount,
                method_name=payment_label_in(method, language),
                qr_data=view.active_code(),
                va_number=group_digits(instructions.va_number) if instructions.va_number else None,
                bank_name=bank,
                payment_code=instructions.payment_code,
                bank_accounts=view.transfer_accounts() if kind is MethodKind.BANK_TRANSFER else (),
                cash_tendered=cash.tendered if cash is not None else None,
                cash_change=cash.change if cash is not None else None,
                note=self._note(kind),
            )
        )

    def _note(self, kind: MethodKind) -> str:
        if kind is MethodKind.COD:
            return self.tr("Pay the courier when the goods arrive")
        if kind is MethodKind.NO_PAYMENT:
            return self.tr("No payment")
        return ""
