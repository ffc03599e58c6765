"""The cart table with quantity editing, and the totals under it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.order_payload import ShippingChoice, sale_total
from pos_app.ui.common.clear_button import add_clear_button
from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.sale.cart_model import ITEM, QTY, CartModel
from pos_app.ui.sale.cart_view import CartView


class CartPane(RetranslateOnLanguageChange, QWidget):
    shippingRequested = Signal()
    discountEdited = Signal(str)  # the text as typed: "5.000" or "10%"

    def __init__(self, model: CartModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.shipping: ShippingChoice | None = None

        self.title = PlainLabel(objectName="paneTitle")
        self.view = CartView(model)
        self.view.installEventFilter(self)
        self.empty_hint = PlainLabel(objectName="cartEmptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.discount_label = PlainLabel()
        self.discount_input = QLineEdit(objectName="discountInput")
        add_clear_button(self.discount_input)
        self.discount_label.setBuddy(self.discount_input)
        self.discount_value = PlainLabel(objectName="cartDiscount")
        self.discount_error = WrappingLabel(None, "discountError")
        self.discount_error.setProperty("kind", "error")
        self.discount_error.setWordWrap(True)
        self.discount_error.hide()
        self.discount = 0
        self.subtotal_label, self.subtotal = PlainLabel(), PlainLabel(objectName="cartSubtotal")
        self.shipping_label, self.shipping_value = PlainLabel(), PlainLabel(objectName="cartShipping")
        self.total_label, self.total = PlainLabel(), PlainLabel(objectName="cartTotal")
        for value in (self.subtotal, self.discount_value, self.shipping_value, self.total):
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.shipping_value.setWordWrap(True)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        # Figures on the left, the total the customer pays large on the right: three rows
        # instead of five, so a 768-pixel screen keeps more cart lines in view.
        totals = QGridLayout()
        totals.setHorizontalSpacing(8)
        totals.setVerticalSpacing(2)
        totals.setColumnStretch(1, 1)
        totals.setColumnStretch(2, 1)
        totals.addWidget(self.subtotal_label, 0, 0)
        totals.addWidget(self.subtotal, 0, 1)
        totals.addWidget(self.total_label, 0, 2)
        totals.addWidget(self.discount_label, 1, 0)
        totals.addWidget(self.discount_input, 1, 1)
        totals.addWidget(self.total, 1, 2)
        totals.addWidget(self.shipping_label, 2, 0)
        totals.addWidget(self.shipping_value, 2, 1)
        totals.addWidget(self.discount_value, 2, 2)
        totals.addWidget(self.discount_error, 3, 0, 1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(totals)

        model.cartChanged.connect(self.refresh_totals)
        model.modelReset.connect(self.refresh_totals)
        self.discount_input.textEdited.connect(self.discountEdited.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cart"))
        self.view.setAccessibleName(self.tr("Cart"))
        self.view.setAccessibleDescription(
            self.tr("Plus and minus change the quantity, Delete removes the line, Enter edits the quantity")
        )
        self.empty_hint.setText(self.tr("The cart is empty. Scan a product to start."))
        self.subtotal_label.setText(self.tr("Subtotal"))
        self.discount_label.setText(self.tr("&Discount (F7)"))
        self.discount_input.setPlaceholderText(self.tr("5.000 or 10%"))
        self.discount_input.setAccessibleName(self.tr("Order discount: an amount or a percentage"))
        self.discount_value.setAccessibleName(self.tr("Discount"))
        self.shipping_label.setText(self.tr("Shipping"))
        self.total_label.setText(self.tr("Total"))
        self.subtotal.setAccessibleName(self.tr("Subtotal"))
        self.shipping_value.setAccessibleName(self.tr("Shipping"))
        self.total.setAccessibleName(self.tr("Total"))
        self.refresh_totals()

    def set_shipping(self, choice: ShippingChoice | None) -> None:
        self.shipping = choice
        self.refresh_totals()

    def refresh_totals(self) -> None:
        cart = self.model.cart
        self.empty_hint.setVisible(cart.is_empty)
        self.subtotal.setText(format_money(cart.subtotal))
        shipping = self.shipping if cart.is_physical else None
        if shipping is not None:
            self.shipping_value.setText(f"{shipping.courier_label}  {format_money(shipping.shipping_cost)}")
        elif cart.is_physical:
            self.shipping_value.setText(self.tr("chosen at checkout"))
        else:
            self.shipping_value.setText("–")
        discount = self.tr("discount {amount}").format(amount=f"−{format_money(self.discount)}")
        self.discount_value.setText(discount if self.discount else "")
        self.total.setText(format_money(sale_total(cart, shipping, self.discount)))

    def show_discount(self, amount: int, error: str = "") -> None:
        """The discount in rupiah as the sale counts it, or why the typed one is refused."""
        self.discount = amount
        self.discount_error.setText(error)
        self.discount_error.setVisible(bool(error))
        self.refresh_totals()

    def reset_discount(self) -> None:
        self.discount_input.clear()
        self.show_discount(0)

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def remove_current(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        self.model.remove(row)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), ITEM))
        return True

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, ITEM))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            row = self.current_row()
            key = event.key()
            if row is not None and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.model.change_quantity(row, +1)
                return True
            if row is not None and key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
                self.model.change_quantity(row, -1)
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                return self.remove_current()
            if row is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view.edit(self.model.index(row, QTY))
                return True
        return super().eventFilter(watched, event)
