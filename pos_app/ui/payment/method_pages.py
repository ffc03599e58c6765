"""What the customer does for methods that are not scanned: a virtual account read out, a shop
payment code, a bank transfer the cashier confirms, or nothing left to do (COD, no payment,
cash). One page each; the payment screen shows the one for its order's method.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from pos_app.domain.payment_methods import MethodKind
from pos_app.services.payment_instructions import Instructions, group_digits
from pos_app.ui.common.labels import WrappingLabel, scaled_font
from pos_app.ui.common.money_format import format_money
from pos_app.ui.payment.labels import payment_label


def _big(parent: QWidget, name: str, factor: float) -> WrappingLabel:
    label = WrappingLabel(parent, name)
    label.setFont(scaled_font(parent, factor, bold=True, minimum=20))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _text(parent: QWidget, name: str) -> WrappingLabel:
    label = WrappingLabel(parent, name)
    label.setFont(scaled_font(parent, 1.2))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(parent, objectName=name)
    button.setMinimumHeight(48)
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return button


class _Page(QWidget):
    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent, objectName=name)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(14)
        self.layout_.addStretch(1)
        self.instructions: Instructions | None = None

    def finish(self) -> None:
        self.layout_.addStretch(1)

    def show_instructions(self, instructions: Instructions) -> None:
        self.instructions = instructions
        self.retranslate()

    def retranslate(self) -> None:
        """Set the page's texts from its instructions (each page has its own)."""


class VirtualAccountPage(_Page):
    """Bank, VA number in large grouped digits, Copy, and the link QR as a second choice."""

    showLinkQr = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "vaPage")
        self.bank = _text(self, "vaBank")
        self.number = _big(self, "vaNumber", 2.6)
        self.hint = _text(self, "vaHint")
        self.copy_button = _button(self, "copyVaButton")
        self.link_button = _button(self, "showLinkQrButton")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.link_button)
        row.addStretch(1)
        for widget in (self.bank, self.number, self.hint):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(row)
        self.finish()
        self._copied = QTimer(self, singleShot=True, interval=2000)
        self._copied.timeout.connect(self.retranslate)
        self.copy_button.clicked.connect(self._copy)
        self.link_button.clicked.connect(self.showLinkQr.emit)

    def _copy(self) -> None:
        if self.instructions is not None and self.instructions.va_number:
            QGuiApplication.clipboard().setText("".join(self.instructions.va_number.split()))
            self._copied.start()
            self.retranslate()

    def retranslate(self) -> None:
        instructions = self.instructions
        number = instructions.va_number if instructions is not None else None
        self.bank.setText(payment_label(instructions.method) if instructions is not None else "")
        self.number.setText(group_digits(number) if number else self.tr("Getting the account number…"))
        amount = format_money(instructions.amount) if instructions is not None else ""
        self.hint.setText(
            self.tr(
                "Transfer exactly {amount} to this virtual account from any bank app, internet "
                "banking or ATM. The payment is confirmed automatically."
            ).format(amount=amount)
        )
        self.copy_button.setText(self.tr("Copied ✓") if self._copied.isActive() else self.tr("Copy number"))
        self.copy_button.setEnabled(bool(number))
        self.link_button.setText(self.tr("Show the payment link QR"))
        self.link_button.setAccessibleName(self.tr("Show the QR of the payment link instead"))
        self.link_button.setVisible(bool(instructions and instructions.link))
        self.number.setAccessibleName(self.tr("Virtual account number"))
        self.bank.setAccessibleName(self.tr("Bank"))
        self.hint.setAccessibleName(self.tr("How to pay"))
        self.copy_button.setAccessibleName(self.tr("Copy the virtual account number"))


class PaymentCodePage(_Page):
    """A shop counter payment code (Alfamart), large."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "codePage")
        self.title = _text(self, "paymentCodeTitle")
        self.code = _big(self, "paymentCode", 2.6)
        self.hint = _text(self, "paymentCodeHint")
        for widget in (self.title, self.code, self.hint):
            self.layout_.addWidget(widget)
        self.finish()

    def retranslate(self) -> None:
        instructions = self.instructions
        code = instructions.payment_code if instructions is not None else None
        self.title.setText(self.tr("Payment code"))
        self.code.setText(group_digits(code, 4) if code else self.tr("Getting the payment code…"))
        amount = format_money(instructions.amount) if instructions is not None else ""
        self.hint.setText(
            self.tr("Pay {amount} at any {shop} cashier with this code.").format(
                amount=amount, shop=payment_label(instructions.method) if instructions else ""
            )
        )
        self.code.setAccessibleName(self.tr("Payment code"))
        self.title.setAccessibleName(self.tr("Payment code"))
        self.hint.setAccessibleName(self.tr("How to pay"))


class TransferPage(_Page):
    """The store's bank accounts and the amount; the cashier confirms when the money arrived."""

    received = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "transferPage")
        self.title = _text(self, "transferTitle")
        self.amount = _big(self, "transferAmount", 2.2)
        self.accounts = _text(self, "bankAccounts")
        # The customer types the account number from here, a metre away: larger than hints.
        self.accounts.setFont(scaled_font(self, 1.3))
        self.accounts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.received_button = _button(self, "transferReceivedButton")
        self.received_button.setFont(scaled_font(self, 1.1, bold=True))
        for widget in (self.title, self.amount, self.accounts):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.received_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.finish()
        self._accounts: tuple[str, ...] = ()
        self.received_button.clicked.connect(self.received.emit)

    def accounts_lines(self) -> tuple[str, ...]:
        return self._accounts

    def set_accounts(self, accounts: tuple[str, ...]) -> None:
        self._accounts = accounts
        self.retranslate()

    def retranslate(self) -> None:
        instructions = self.instructions
        self.title.setText(self.tr("Bank transfer of"))
        self.amount.setText(format_money(instructions.amount) if instructions is not None else "")
        self.accounts.setText(
            "\n".join(self._accounts)
            if self._accounts
            else self.tr("No bank account is set for this store. Ask the owner, or add one in Settings.")
        )
        self.received_button.setText(self.tr("Transfer received – mark as paid"))
        self.received_button.setAccessibleName(self.tr("The transfer arrived: mark the order paid"))
        self.accounts.setAccessibleName(self.tr("Bank accounts"))
        self.title.setAccessibleName(self.tr("Bank transfer"))
        self.amount.setAccessibleName(self.tr("Amount to transfer"))


class SettledPage(_Page):
    """Nothing left to pay here: COD (the courier collects), no payment, or cash taken."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "settledPage")
        self.headline = _big(self, "settledText", 2.0)
        self.detail = _text(self, "settledDetail")
        self.change_caption = _text(self, "cashChangeCaption")
        self.change = _big(self, "cashChangeShown", 3.0)
        for widget in (self.headline, self.detail, self.change_caption, self.change):
            self.layout_.addWidget(widget)
        self.finish()

    def retranslate(self) -> None:
        instructions = self.instructions
        kind = instructions.kind if instructions is not None else MethodKind.OTHER
        cash = instructions.cash if instructions is not None else None
        if cash is not None:
            self.headline.setText(self.tr("Cash"))
            self.detail.setText(self.tr("Received {tendered}").format(tendered=format_money(cash.tendered)))
            self.change_caption.setText(self.tr("Change"))
            self.change.setText(format_money(cash.change))
        elif kind is MethodKind.COD:
            self.headline.setText(self.tr("Pay the courier when the goods arrive"))
            self.detail.setText(self.tr("Cash on delivery: nothing to pay at the till."))
        else:
            self.headline.setText(self.tr("No payment"))
            self.detail.setText(self.tr("Nothing to pay for this order."))
        self.headline.setAccessibleName(self.tr("Payment"))
        self.detail.setAccessibleName(self.tr("Payment details"))
        self.change.setAccessibleName(self.tr("Change to give back"))
        self.change_caption.setAccessibleName(self.tr("Change"))
        self.change_caption.setVisible(cash is not None)
        self.change.setVisible(cash is not None)
