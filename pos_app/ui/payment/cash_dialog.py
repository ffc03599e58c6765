"""The cash step: what the customer hands over, and the change in large type.

Shown before the order is sent, so the amount and the change are fixed and recorded with
the sale. Quick buttons cover the exact amount and the next Rp 5.000 / 10.000 / 50.000 /
100.000 above the total; less than the total cannot be confirmed.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pos_app.domain.cash import CashTender, change_for, quick_amounts
from pos_app.ui.common.labels import PlainLabel, WrappingLabel, scaled_font
from pos_app.ui.common.money_format import format_money, parse_money
from pos_app.ui.common.style import set_style_property

_STYLE = """
QLabel#cashTotal { font-weight: 700; color: #101828; }
QLabel#cashChange { font-weight: 800; color: #1b5e20; }
QLabel#cashChange[short="true"] { color: #b42318; }
QLineEdit#cashTendered { min-height: 52px; font-size: 26px; font-weight: 700; }
QPushButton { min-height: 48px; font-size: 16px; }
QPushButton#cashConfirm { font-weight: 700; color: white; background: #0f766e; border: none;
    border-radius: 6px; }
QPushButton#cashConfirm:disabled { background: #98a2b3; }
"""


class CashDialog(QDialog):
    def __init__(self, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashDialog")
        self.setStyleSheet(_STYLE)
        self.setModal(True)
        self.total = total
        self.tender: CashTender | None = None
        self._total_caption = PlainLabel(self)
        self._total = PlainLabel(self, objectName="cashTotal")
        self._total.setFont(scaled_font(self, 2.4, bold=True, minimum=26))
        self._tendered_label = PlainLabel(self)
        self.tendered = QLineEdit(self, objectName="cashTendered")
        self._tendered_label.setBuddy(self.tendered)
        self._quick = QGridLayout()
        self.quick_buttons: list[QPushButton] = []
        for index, amount in enumerate(quick_amounts(total)):
            button = QPushButton(format_money(amount), self, objectName=f"cashQuick{index}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, amount=amount: self._quick_amount(amount))
            self._quick.addWidget(button, index // 3, index % 3)
            self.quick_buttons.append(button)
        self._change_caption = PlainLabel(self)
        self.change = PlainLabel(self, objectName="cashChange")
        self.change.setFont(scaled_font(self, 3.2, bold=True, minimum=34))
        self.message = WrappingLabel(self, "cashMessage")
        self.confirm = QPushButton(self, objectName="cashConfirm")
        self.confirm.setDefault(True)
        self.cancel = QPushButton(self, objectName="cashCancel")
        self.cancel.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self._total_caption)
        layout.addWidget(self._total)
        layout.addWidget(self._tendered_label)
        layout.addWidget(self.tendered)
        layout.addLayout(self._quick)
        layout.addWidget(self._change_caption)
        layout.addWidget(self.change)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm, 2)
        layout.addLayout(buttons)

        self.tendered.textChanged.connect(lambda _text: self._update())
        self.tendered.returnPressed.connect(self._accept_if_ready)
        self.confirm.clicked.connect(self._accept_if_ready)
        self.cancel.clicked.connect(self.reject)
        confirm_keys = QShortcut(QKeySequence(Qt.Key.Key_F12), self)
        confirm_keys.activated.connect(self._accept_if_ready)
        self.retranslate()
        self._update()
        self.tendered.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cash payment"))
        self._total_caption.setText(self.tr("Total to pay"))
        self._total.setText(format_money(self.total))
        self._tendered_label.setText(self.tr("Cash &received"))
        self.tendered.setPlaceholderText(self.tr("e.g. 100.000"))
        self.tendered.setAccessibleName(self.tr("Cash received from the customer"))
        self._change_caption.setText(self.tr("Change"))
        self.change.setAccessibleName(self.tr("Change to give back"))
        self.confirm.setText(self.tr("Confirm cash (Enter)"))
        self.confirm.setAccessibleName(self.tr("Confirm the cash payment"))
        self.cancel.setText(self.tr("Back"))
        self.cancel.setAccessibleName(self.tr("Back to the sale"))
        for button in self.quick_buttons:
            button.setAccessibleName(self.tr("Customer gives {amount}").format(amount=button.text()))

    def _quick_amount(self, amount: int) -> None:
        self.tendered.setText(format_money(amount))
        self.tendered.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tendered(self) -> int | None:
        try:
            return parse_money(self.tendered.text())
        except ValueError:
            return None

    def _update(self) -> None:
        amount = self._tendered()
        text = self.tendered.text().strip()
        if amount is None:
            self.change.setText("–")
            self.message.setText(self.tr("Type the amount received, e.g. 100.000.") if text else "")
            ready = False
        elif amount < self.total:
            self.change.setText(format_money(amount - self.total))
            self.message.setText(
                self.tr("Less than the total: {missing} more is needed.").format(
                    missing=format_money(self.total - amount)
                )
            )
            ready = False
        else:
            self.change.setText(format_money(change_for(self.total, amount)))
            self.message.setText("")
            ready = True
        set_style_property(self.change, "short", amount is not None and amount < self.total)
        self.message.setVisible(bool(self.message.text()))
        self.confirm.setEnabled(ready)

    def _accept_if_ready(self) -> None:
        amount = self._tendered()
        if amount is None or amount < self.total:
            self._update()
            return
        self.tender = CashTender(tendered=amount, change=change_for(self.total, amount))
        self.accept()


async def ask_cash(parent: QWidget | None, total: int) -> CashTender | None:
    """Open the cash step and wait for it without a nested event loop; None when backed out."""
    dialog = CashDialog(total, parent)
    answer: asyncio.Future[CashTender | None] = asyncio.get_running_loop().create_future()

    def finished(_result: int) -> None:
        if not answer.done():
            answer.set_result(dialog.tender)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await answer
    finally:
        if dialog.isVisible():
            dialog.reject()
        dialog.deleteLater()
