"""How to pay, for the shopper: the same QR as the till, or the number to transfer to.

Each method is paid differently (CASHIER-NEEDS.md), so the page shows only what applies
to the prompt: a QR with the app to scan it with, a virtual-account number in four-digit
groups, a retail payment code, the store's bank accounts, cash received and change, or a
plain note. The amount itself is in the display's footer, where the cart's total was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.qr_widget import QrWidget
from pos_app.ui.customer import texts
from pos_app.ui.customer.prompt import PaymentPrompt, group_digits, is_web_link
from pos_app.ui.customer.style import ScaledFonts
from pos_app.ui.customer.texts import DisplayLanguage


class PaymentPage(QWidget):
    def __init__(self, parent: QWidget, fonts: ScaledFonts) -> None:
        super().__init__(parent, objectName="customerPaymentPage")
        self._fonts = fonts
        root = QHBoxLayout(self)
        root.setContentsMargins(24, 12, 28, 12)
        root.setSpacing(28)
        self._qr_column = self._build_qr_column()
        # 12:9 lets a QRIS code reach 9 px per module on a 1024×768 screen.
        root.addWidget(self._qr_column, 12)
        root.addLayout(self._build_info_column(), 9)

    def _label(self, name: str, pixels: int, *, bold: bool = False, wrap: bool = True) -> QLabel:
        label = WrappingLabel(self, name) if wrap else PlainLabel(self, objectName=name)
        self._fonts.add(label, pixels, bold=bold)
        return label

    def _build_qr_column(self) -> QWidget:
        # The QR alone fills its column: every extra pixel of height is a larger module.
        column = QWidget(self, objectName="customerQrColumn")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.qr = QrWidget(column)
        self.qr.setObjectName("customerQr")
        layout.addWidget(self.qr, 1)
        return column

    def _build_info_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self._method = self._label("customerMethod", 34, bold=True)
        self._qr_hint = self._label("customerQrHint", 30, bold=True)
        self._va_caption = self._label("customerVaCaption", 24)
        self._va_number = self._label("customerVaNumber", 58, bold=True)
        self._code_caption = self._label("customerCodeCaption", 24)
        self._payment_code = self._label("customerPaymentCode", 58, bold=True)
        self._accounts_caption = self._label("customerAccountsCaption", 24)
        self._accounts = self._label("customerBankAccounts", 30, bold=True)
        self._hint = self._label("customerInstructionHint", 26)
        self._note = self._label("customerNote", 30)
        self._status = self._label("customerStatus", 28, bold=True)
        self._status.setAlignment(Qt.AlignmentFlag.AlignCenter)

        column.addStretch(1)
        column.addWidget(self._method)
        column.addSpacing(10)
        column.addWidget(self._qr_hint)
        for label in (self._va_caption, self._va_number, self._code_caption, self._payment_code):
            column.addWidget(label)
        column.addWidget(self._accounts_caption)
        column.addWidget(self._accounts)
        column.addLayout(self._build_cash_grid())
        column.addSpacing(6)
        column.addWidget(self._hint)
        column.addWidget(self._note)
        column.addSpacing(18)
        column.addWidget(self._status)
        column.addStretch(1)
        return column

    def _build_cash_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        self._cash_caption = self._label("customerCashCaption", 30, wrap=False)
        self._cash_tendered = self._label("customerCashTendered", 44, bold=True, wrap=False)
        self._change_caption = self._label("customerChangeCaption", 30, wrap=False)
        self._cash_change = self._label("customerCashChange", 60, bold=True, wrap=False)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        grid.addWidget(self._cash_caption, 0, 0)
        grid.addWidget(self._cash_tendered, 0, 1, right)
        grid.addWidget(self._change_caption, 1, 0)
        grid.addWidget(self._cash_change, 1, 1, right)
        grid.setColumnStretch(1, 1)
        return grid

    def show_prompt(self, prompt: PaymentPrompt, language: DisplayLanguage) -> None:
        if self.qr.data() != (prompt.qr_data or None):
            self.qr.set_data(prompt.qr_data)  # not again for each cash amount the cashier types
        self._qr_column.setVisible(bool(prompt.qr_data))
        self._qr_hint.setVisible(bool(prompt.qr_data))
        if prompt.qr_data:
            hint = texts.SCAN_WITH_CAMERA if is_web_link(prompt.qr_data) else texts.SCAN_WITH_APP
            self._qr_hint.setText(language.text(hint))
        self._method.setText(prompt.method_name)
        self._method.setVisible(bool(prompt.method_name))

        va = group_digits(prompt.va_number) if prompt.va_number else ""
        # The bank is named once: in the caption only when the method's name lacks it.
        bank = prompt.bank_name or ""
        self._va_caption.setText(
            language.text(texts.VA_NUMBER_AT, bank=bank)
            if bank and bank.casefold() not in prompt.method_name.casefold()
            else language.text(texts.VA_NUMBER)
        )
        self._va_number.setText(va)
        code = group_digits(prompt.payment_code) if prompt.payment_code else ""
        self._code_caption.setText(language.text(texts.PAYMENT_CODE))
        self._payment_code.setText(code)
        self._accounts_caption.setText(language.text(texts.TRANSFER_TO))
        self._accounts.setText("\n".join(prompt.bank_accounts))
        for widget, shown in (
            (self._va_caption, bool(va)),
            (self._va_number, bool(va)),
            (self._code_caption, bool(code)),
            (self._payment_code, bool(code)),
            (self._accounts_caption, bool(prompt.bank_accounts)),
            (self._accounts, bool(prompt.bank_accounts)),
        ):
            widget.setVisible(shown)

        self._show_cash(prompt, language)
        self._hint.setText(self._hint_text(prompt, language, va=bool(va), code=bool(code)))
        self._hint.setVisible(bool(self._hint.text()))
        self._note.setText(prompt.note)
        self._note.setVisible(bool(prompt.note))
        self._status.setText(language.text(texts.WAITING))
        # Cash is in the cashier's hand already: "waiting for payment" would read as doubt.
        self._status.setVisible(prompt.cash_tendered is None)

    def _show_cash(self, prompt: PaymentPrompt, language: DisplayLanguage) -> None:
        tendered, change = prompt.cash_tendered, prompt.cash_change
        self._cash_caption.setText(language.text(texts.CASH_RECEIVED))
        self._cash_tendered.setText(format_money(tendered) if tendered is not None else "")
        self._change_caption.setText(language.text(texts.CHANGE))
        self._cash_change.setText(format_money(change) if change is not None else "")
        for widget, shown in (
            (self._cash_caption, tendered is not None),
            (self._cash_tendered, tendered is not None),
            (self._change_caption, change is not None),
            (self._cash_change, change is not None),
        ):
            widget.setVisible(shown)

    @staticmethod
    def _hint_text(prompt: PaymentPrompt, language: DisplayLanguage, *, va: bool, code: bool) -> str:
        if va:
            return language.text(texts.VA_HINT)
        if code and prompt.method_name:
            return language.text(texts.PAYMENT_CODE_HINT, place=prompt.method_name)
        if prompt.bank_accounts:
            return language.text(texts.TRANSFER_HINT)
        return ""
