"""The cashier's actions on the payment screen: check now, cancel, transfer received, switch the
method, copy or open the link, and the one payment request a gateway order may need.

A mixin of :class:`~pos_app.ui.payment.payment_view.PaymentView`, kept apart so the screen's
layout and its actions can each be read on their own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from pos_app.api.errors import ApiError, ConflictError
from pos_app.api.models import Order
from pos_app.domain.links import is_safe_link
from pos_app.services.payment_watcher import is_final
from pos_app.ui.common.async_dialogs import confirm
from pos_app.ui.common.cancel_order import ask_to_cancel, cancel_order
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.money_format import format_money
from pos_app.ui.payment.labels import payment_label

if TYPE_CHECKING:
    from pos_app.ui.payment.payment_view import PaymentView

    _Base = PaymentView
else:
    _Base = object


class PaymentActions(_Base):
    # -- the payment request (§4.12) -----------------------------------------------------------

    async def _request_payment_info(self, order_pk: str) -> None:
        try:
            info = await self._source.create_payment_info(order_pk)
        except ApiError:
            info = None
        current = self._order
        if current is None or current.id != order_pk:
            return
        if info is not None and not info.is_empty:
            order = replace(
                current, payment_info=info, qr_string=info.qr_string, qr_image_url=info.qr_image_url
            )
            self._order = order
            self._tabs.code_created(order)
        else:
            self._tabs.code_missing()
        self._render()

    # -- links ---------------------------------------------------------------------------------

    def _copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self._url.text())
        self._copy_button.setText(self.tr("Copied ✓"))
        self._copied_timer.start()

    def _open_payment_url(self) -> None:
        url = self._url.text()
        if not url:
            return
        if not is_safe_link(url):
            # A file: path or an app's own scheme must never be opened by a click at the till.
            self._message = self.tr("Not opened: the payment link is not a secure https address.")
            self._render()
            return
        self._open_url(QUrl(url))

    # -- check now -------------------------------------------------------------------------------

    def _on_check_clicked(self) -> None:
        if self._order is not None and "check" not in self._busy:
            self._start("check", self._check_now(self._order.id))

    async def _check_now(self, order_pk: str) -> None:
        self._busy.add("check")
        self._message = ""
        self._render()
        try:
            order = await self._source.check_payment(order_pk)
        except ApiError as exc:
            self._message = self.tr("Could not check the payment. {reason}").format(reason=error_message(exc))
        else:
            self._apply(order)
        finally:
            self._busy.discard("check")
        self._resume_watch(order_pk)
        self._render()

    def _resume_watch(self, order_pk: str) -> None:
        """Polling may have stopped on an error the cashier has since fixed: resume it."""
        current = self._order
        if current is None or current.id != order_pk or is_final(current) or not self._watches():
            return
        if not self._running("watch"):
            self._start("watch", self._watch(order_pk))

    # -- cancel ------------------------------------------------------------------------------------

    def _on_cancel_clicked(self) -> None:
        if self._order is not None and not is_final(self._order) and not self._running("cancel"):
            self._start("cancel", self._cancel(self._order))

    async def _cancel(self, order: Order) -> None:
        self._confirming = True
        try:
            ok = await ask_to_cancel(
                self, number=order.order_id, customer=self._customer_name, total=self.total()
            )
        finally:
            self._confirming = False
        current = self._order
        if not ok or current is None or current.id != order.id or is_final(current):
            return
        self._busy.add("cancel")
        self._message = ""
        self._render()
        try:
            outcome = await cancel_order(self._source, order.id, order.order_id)
        finally:
            self._busy.discard("cancel")
        if outcome.change is not None:
            change = outcome.change
            self._apply(replace(current, status=change.status, payment_status=change.payment_status))
        else:
            self._message = outcome.failure
            if outcome.maybe_paid:
                self._on_check_clicked()  # most likely it was just paid: find out now
        self._render()

    # -- a bank transfer the cashier saw arrive ----------------------------------------------------

    def _on_transfer_received(self) -> None:
        if self._order is not None and not is_final(self._order) and not self._running("cancel"):
            self._start("cancel", self._transfer_received(self._order))

    async def _transfer_received(self, order: Order) -> None:
        self._confirming = True
        try:
            ok = await confirm(
                self,
                self.tr("Transfer received"),
                self.tr("Has {amount} for order {number} arrived in the store's account?").format(
                    amount=format_money(self.total()), number=order.order_id
                ),
                informative_text=self.tr("The order is marked paid on Scalev. Check the bank first."),
                ok_text=self.tr("Yes, mark as paid"),
                cancel_text=self.tr("Not yet"),
            )
        finally:
            self._confirming = False
        current = self._order
        if not ok or current is None or current.id != order.id or is_final(current):
            return
        self._busy.add("transfer")
        self._message = ""
        self._render()
        try:
            change = await self._source.mark_payment_paid(order.id)
        except ApiError as exc:
            self._message = self.tr("Not marked as paid. {reason}").format(reason=error_message(exc))
            if isinstance(exc, ConflictError):
                self._on_check_clicked()
        else:
            self._apply(replace(current, status=change.status, payment_status=change.payment_status))
        finally:
            self._busy.discard("transfer")
            self._render()

    # -- another payment method ----------------------------------------------------------------

    def _other_methods(self) -> list[str]:
        order = self._order
        if order is None or self._settled() or is_final(order):
            return []
        return [m for m in self._methods if m != order.payment_method]

    def _on_switch_clicked(self) -> None:
        methods = self._other_methods()
        if not methods or self._order is None:
            return
        menu = QMenu(self._switch_button)
        menu.setObjectName("switchMethodMenu")
        for method in methods:
            action = menu.addAction(payment_label(method))
            action.setData(method)
        order_pk = self._order.id
        menu.triggered.connect(lambda action: self._start("cancel", self._switch(order_pk, action.data())))
        menu.popup(self._switch_button.mapToGlobal(self._switch_button.rect().bottomLeft()))
        self._switch_menu = menu

    async def _switch(self, order_pk: str, method: Any) -> None:
        current = self._order
        if current is None or current.id != order_pk or is_final(current):
            return
        current_name = payment_label(current.payment_method or "")
        self._confirming = True
        try:
            ok = await confirm(
                self,
                self.tr("Change payment method"),
                self.tr("Pay order {number} with {method} instead of {current}?").format(
                    number=current.order_id,
                    method=payment_label(str(method)),
                    current=current_name,
                ),
                informative_text=self.tr(
                    "Scalev makes a new order with the new method and cancels this one; its code "
                    "stops working."
                ),
                ok_text=self.tr("Change method"),
                cancel_text=self.tr("Keep {current}").format(current=current_name),
            )
        finally:
            self._confirming = False
        if ok and self._order is not None and self._order.id == order_pk and not is_final(self._order):
            self._message = self.tr("Changing the payment method…")
            self._render()
            self.switchMethodRequested.emit(order_pk, str(method))
