"""One way to cancel an unpaid order, the same from the payment screen and from History.

The question names the order, the customer and the amount, and the safe answer ("keep")
is the default, so a stray Enter never voids a sale. Voiding is ``change-status`` to
``canceled`` (the contract has no single-order cancel route).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pos_app.api.errors import ApiError, ConflictError
from pos_app.api.models import OrderStatusChange
from pos_app.ui.common.async_dialogs import confirm
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.money_format import format_money

_CONTEXT = "CancelOrder"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class Canceller(Protocol):
    async def cancel_order(self, order_pk: str) -> OrderStatusChange: ...


@dataclass(frozen=True, slots=True)
class CancelOutcome:
    change: OrderStatusChange | None = None
    failure: str = ""  # what to tell the cashier when the server did not cancel
    maybe_paid: bool = False  # a conflict: most likely paid meanwhile, check the payment now


async def ask_to_cancel(
    parent: QWidget, *, number: str, customer: str = "", total: int | None = None
) -> bool:
    details = _tr("The customer will no longer be able to pay for it.")
    if customer and total is not None:
        details = f"{customer}, {format_money(total)}. {details}"
    return await confirm(
        parent,
        _tr("Cancel order"),
        _tr("Cancel order {number}?").format(number=number),
        informative_text=details,
        ok_text=_tr("Cancel order"),
        cancel_text=_tr("Keep order"),
    )


async def cancel_order(client: Canceller, order_pk: str, number: str) -> CancelOutcome:
    try:
        return CancelOutcome(await client.cancel_order(order_pk))
    except ApiError as exc:
        failure = _tr("Order {number} was not canceled. {reason}").format(
            number=number, reason=error_message(exc)
        )
        return CancelOutcome(failure=failure, maybe_paid=isinstance(exc, ConflictError))
