"""What the payment screen shows for its order: which page, which buttons, and every text.

A mixin of :class:`~pos_app.ui.payment.payment_view.PaymentView`: :meth:`_render` brings the
widgets in line with the order's state, :meth:`retranslate` sets their words (again after a
language switch), including why the server's total differs from the till's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from pos_app.api.errors import RateLimitedError
from pos_app.domain.payment_methods import MethodKind
from pos_app.domain.total_difference import (
    DISCOUNT_CODE,
    OTHER_INCOME,
    PAYMENT_LINK_FEE,
    UNEXPLAINED,
    UNIQUE_CODE,
    explain_total,
)
from pos_app.services.payment_instructions import Instructions
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.page_sizing import lay_out_hidden
from pos_app.ui.common.style import set_style_property
from pos_app.ui.payment.labels import payment_label
from pos_app.ui.payment.status import CANCELED_STATE, FINAL_STATES, PAID, payment_state

if TYPE_CHECKING:
    from pos_app.ui.payment.payment_view import PaymentView

    _Base = PaymentView
else:
    _Base = object


class PaymentTexts(_Base):
    def _render(self) -> None:
        """Bring widgets in line with the state (texts come from :meth:`retranslate`)."""
        instructions = self.instructions()
        state = payment_state(self._order, settled=instructions.settled)
        set_style_property(self._frame, "state", state)
        self._status.show_state(state, self._order.payment_status if self._order is not None else "")
        self._done.show_state(state)
        final = state in FINAL_STATES
        page = self._done if final else self._page_for(instructions)
        if page is not self._qr_stack.currentWidget():
            # Laid out before it shows: its wrapped hints would otherwise claim their height
            # at a stale width and the window would grow past the monitor (page_sizing).
            lay_out_hidden(page, self._qr_stack.size())
            self._qr_stack.setCurrentWidget(page)
        for page in (self._va_page, self._code_page, self._transfer_page, self._settled_page):
            page.show_instructions(instructions)
        self._scan_hint.setVisible(not final and self._qr_stack.currentWidget() is self._tabs)
        open_order = not final and self._order is not None
        # COD and "no payment" need nothing more: Cancel stays possible, checking does not.
        self._cancel_button.setVisible(open_order and instructions.cash is None)
        self._check_button.setVisible(open_order and not instructions.settled)
        self._switch_button.setVisible(open_order and bool(self._other_methods()))
        self._cancel_button.setEnabled("cancel" not in self._busy and not self._confirming)
        self._switch_button.setEnabled(not self._confirming and not self._busy)
        self._transfer_page.received_button.setEnabled("transfer" not in self._busy and not self._confirming)
        self._check_button.setEnabled("check" not in self._busy)
        has_url = bool(self._url.text())
        # Cash, COD and "no payment" are settled without the link: offering to copy or open a
        # payment page there only invites the question whether the customer must pay twice.
        for widget in (self._url, self._copy_button, self._open_button):
            widget.setVisible(not instructions.settled)
        self._print_button.setEnabled(self._order is not None)
        self._whatsapp_button.setEnabled(self._order is not None)
        self._copy_button.setEnabled(has_url)
        self._open_button.setEnabled(has_url)
        self.retranslate()

    def _page_for(self, instructions: Instructions) -> QWidget:
        kind = instructions.kind
        if instructions.settled:
            return self._settled_page
        if kind is MethodKind.VIRTUAL_ACCOUNT and not self._show_link_instead:
            return self._va_page
        if kind is MethodKind.RETAIL:
            return self._code_page
        if kind is MethodKind.BANK_TRANSFER:
            return self._transfer_page
        return self._tabs

    def retranslate(self) -> None:
        """Set every visible text (again after a language switch)."""
        order = self._order
        state = payment_state(order, settled=self._settled())
        self._tabs.retranslate()
        self._render_hint()
        self._store_label.setText(self._store_name)
        self._order_caption.setText(self.tr("Order"))
        self._order_number.setText(order.order_id if order else "")
        self._total_caption.setText(
            {
                PAID: self.tr("Total paid"),
                CANCELED_STATE: self.tr("Total"),
            }.get(state, self.tr("Total to pay"))
        )
        self._total_label.setText(format_money(self.total()))
        note = self._total_note_text()
        self._total_note.setText(note)
        self._total_note.setVisible(bool(note))
        self._customer_label.setText(
            self.tr("Customer: {name}").format(name=self._customer_name) if self._customer_name else ""
        )
        self._customer_label.setVisible(bool(self._customer_name))
        method = "cash" if self._cash is not None else (order.payment_method if order is not None else None)
        self._method_name.setText(payment_label(method) if method else "")
        self._status.retranslate(state, cash=self._cash is not None)
        self._done.retranslate(state)
        self._problem_label.setText(self._problem_text())
        self._problem_label.setVisible(self._problem is not None and state not in FINAL_STATES)
        self._message_label.setText(self._message)
        self._message_label.setVisible(bool(self._message))
        if not self._copied_timer.isActive():
            self._copy_button.setText(self.tr("Copy link"))
        self._open_button.setText(self.tr("Open"))
        self._check_button.setText(
            self.tr("Checking…")
            if "check" in self._busy
            else self.tr("Check payment now ({shortcut})").format(shortcut=self._keys_text(self._check_keys))
        )
        self._cancel_button.setText(
            self.tr("Canceling…") if "cancel" in self._busy else self.tr("Cancel order")
        )
        self._switch_button.setText(self.tr("Change method"))
        self._print_button.setText(
            self.tr("Print receipt ({shortcut})").format(shortcut=self._keys_text(self._print_keys))
        )
        self._whatsapp_button.setText(self.tr("Receipt to WhatsApp"))
        self._new_sale_button.setText(
            self.tr("New sale ({shortcut})").format(shortcut=self._keys_text(self._new_sale_keys))
        )
        self._retranslate_accessibility()

    def _retranslate_accessibility(self) -> None:
        self.setAccessibleName(self.tr("Payment"))
        self._store_label.setAccessibleName(self.tr("Store"))
        self._order_number.setAccessibleName(self.tr("Order number"))
        self._total_label.setAccessibleName(self.tr("Total to pay"))
        self._total_note.setAccessibleName(self.tr("Why the total differs"))
        self._method_name.setAccessibleName(self.tr("Payment method"))
        self._customer_label.setAccessibleName(self.tr("Customer"))
        self._problem_label.setAccessibleName(self.tr("Connection status"))
        self._message_label.setAccessibleName(self.tr("Message"))
        self._url.setAccessibleName(self.tr("Payment link"))
        self._copy_button.setAccessibleName(self.tr("Copy payment link"))
        self._open_button.setAccessibleName(self.tr("Open payment link in the browser"))
        self._check_button.setAccessibleName(self.tr("Check payment now"))
        self._cancel_button.setAccessibleName(self.tr("Cancel order"))
        self._switch_button.setAccessibleName(self.tr("Pay this order with another method"))
        self._print_button.setAccessibleName(self.tr("Print the receipt"))
        self._whatsapp_button.setAccessibleName(self.tr("Send the receipt to the customer's WhatsApp"))
        self._new_sale_button.setAccessibleName(self.tr("New sale"))
        self._scan_hint.setAccessibleName(self.tr("How to pay"))

    def _render_hint(self) -> None:
        self._scan_hint.setText(self._tabs.scan_hint())
        for page in (self._va_page, self._code_page, self._transfer_page, self._settled_page):
            page.retranslate()

    def _total_note_text(self) -> str:
        order = self._order
        if order is None or not order.gross_revenue or self._till_total is None:
            return ""
        difference = explain_total(
            self._till_total,
            order.gross_revenue,
            payment_link_income=order.payment_link_income,
            unique_code_discount=order.unique_code_discount,
            other_income=order.other_income,
        )
        if difference is None:
            return ""
        reasons = {
            PAYMENT_LINK_FEE: self.tr("payment-link fee"),
            UNIQUE_CODE: self.tr("unique payment code"),
            OTHER_INCOME: self.tr("other charges"),
            DISCOUNT_CODE: self.tr("discount code"),
            UNEXPLAINED: self.tr("set by the server"),
        }
        parts = ", ".join(
            f"{reasons[reason]} {'+' if amount > 0 else '−'}{format_money(abs(amount))}"
            for reason, amount in difference.parts
        )
        return self.tr("The till counted {till}; the server charges {server} ({parts}).").format(
            till=format_money(difference.till_total),
            server=format_money(difference.server_total),
            parts=parts,
        )

    def _problem_text(self) -> str:
        if isinstance(self._problem, RateLimitedError):
            return self.tr("The server is busy – still checking, a little less often…")
        if self._problem is not None:
            return self.tr("Connection lost – still checking…")
        return ""

    @staticmethod
    def _keys_text(shortcut: QShortcut) -> str:
        return shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
