"""What the payment screen says about the payment: the status pill and the "done" panel.

Both show one of four states, worked out from the order as the server last described it.
"PAID" comes only from the server's answer, never from the cashier's say-so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pos_app.api.models import Order
from pos_app.services.payment_watcher import CANCELED, CONFLICT
from pos_app.ui.common.labels import PlainLabel, WrappingLabel, scaled_font
from pos_app.ui.common.style import set_style_property

WAITING, PAID, NEEDS_ATTENTION, CANCELED_STATE = "waiting", "paid", "conflict", "canceled"
SETTLED = "settled"  # nothing left to pay at the till (COD, no payment, cash being recorded)
FINAL_STATES = (PAID, CANCELED_STATE)

# Calm colours; every background comes with its own text colour so a dark desktop theme
# cannot put white text on the light pills. Green, amber and grey carry the meaning, and the
# text says it too, for colour-blind cashiers.
PAYMENT_STYLE = """
#paymentFrame { border: 6px solid transparent; border-radius: 14px; }
#paymentFrame[state="paid"] { border-color: #2e7d32; }
#paymentFrame[state="conflict"] { border-color: #e0a100; }
#paymentStatus { border-radius: 12px; padding: 8px 14px; background: #e4edf7; color: #1d3b5c; }
#paymentStatus[state="paid"] { background: #2e7d32; color: #ffffff; }
#paymentStatus[state="conflict"] { background: #ffe08a; color: #4a3400; }
#paymentStatus[state="canceled"] { background: #e2e2e2; color: #3c3c3c; }
#paymentStatus[state="settled"] { background: #dcefdc; color: #1b5e20; }
#vaNumber, #paymentCode, #cashChangeShown { color: #101828; }
#transferAmount { color: #101828; }
QPushButton#transferReceivedButton { min-height: 48px; padding: 4px 22px; border-radius: 6px;
    border: none; font-size: 17px; font-weight: 700; color: #ffffff; background: #2e7d32; }
#connectionProblem { color: #8a5a00; }
#actionMessage { color: #a12a1f; }
#doneMark { border-radius: 110px; }
#doneMark[state="paid"] { background: #dcefdc; color: #2e7d32; }
#doneMark[state="canceled"] { background: #e6e6e6; color: #6b6b6b; }
#doneText[state="paid"] { color: #2e7d32; }
#doneText[state="canceled"] { color: #5a5a5a; }
#scanHint { font-weight: 600; }
QPushButton#newSaleButton { min-height: 48px; padding: 4px 22px; border-radius: 6px; border: none;
    font-size: 18px; font-weight: 700; color: #ffffff; background: #0f766e; }
QPushButton#newSaleButton:focus { border: 3px solid #0b3d39; }
QPushButton#newSaleButton:pressed { background: #0b5c56; }
"""


def payment_state(order: Order | None, *, settled: bool = False) -> str:
    """The state the screen shows for ``order`` (waiting before there is one).

    ``settled``: nothing is left to pay at the till (COD, no payment, cash taken), so the
    order is not "waiting" even though the server has not marked it paid (yet).
    """
    if order is None:
        return WAITING
    if order.is_paid:
        return PAID
    if order.status == CANCELED:
        return CANCELED_STATE
    if order.payment_status == CONFLICT:
        return NEEDS_ATTENTION
    return SETTLED if settled else WAITING


class PaymentStatusPill(WrappingLabel):
    """The coloured pill under the total; the text says the state too, for colour-blind eyes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "paymentStatus")
        self.setFont(scaled_font(parent, 1.8, bold=True, minimum=17))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_state(self, state: str, raw_status: str) -> None:
        self.setProperty("status", raw_status)  # the server's own word, for tests and tools
        set_style_property(self, "state", state)

    def retranslate(self, state: str, *, cash: bool = False) -> None:
        if cash:
            settled = self.tr("Cash received – recording the payment…")
        else:
            settled = self.tr("Nothing to pay at the till")
        self.setText(
            {
                WAITING: self.tr("Waiting for payment…"),
                PAID: self.tr("✓ PAID"),
                NEEDS_ATTENTION: self.tr("Needs attention: payment conflict"),
                CANCELED_STATE: self.tr("Canceled"),
                SETTLED: settled,
            }[state]
        )
        self.setAccessibleName(self.tr("Payment status"))
        self.setAccessibleDescription(self.text())


class PaymentDonePanel(QWidget):
    """Takes the place of the QR codes once the order is paid or canceled: a big ✓ or ✕."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="donePanel")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self._mark = PlainLabel(self, objectName="doneMark")
        self._mark.setFont(scaled_font(parent, 10, bold=True, minimum=90))
        self._mark.setFixedSize(220, 220)  # a round badge; radius in the style sheet
        self._text = PlainLabel(self, objectName="doneText")
        self._text.setFont(scaled_font(parent, 2.4, bold=True, minimum=22))
        for label in (self._mark, self._text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._mark, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(20)
        layout.addWidget(self._text)
        layout.addStretch(1)

    def show_state(self, state: str) -> None:
        for label in (self._mark, self._text):
            set_style_property(label, "state", state)

    def retranslate(self, state: str) -> None:
        self._mark.setText("✓" if state == PAID else "✕")
        self._text.setText(self.tr("Payment received") if state == PAID else self.tr("Order canceled"))
        self._mark.setAccessibleName(self._text.text())
        self._text.setAccessibleName(self._text.text())
