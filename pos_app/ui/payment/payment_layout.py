"""Which widget goes where on the payment screen: the codes on the left, the rest on the right.

A mixin of :class:`~pos_app.ui.payment.payment_view.PaymentView`: it only builds and places
the widgets (and their shortcuts); what they show comes from
:mod:`pos_app.ui.payment.payment_texts`, what they do from
:mod:`pos_app.ui.payment.payment_actions`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
)

from pos_app.ui.common.labels import PlainLabel, WrappingLabel, scaled_font
from pos_app.ui.payment.method_pages import PaymentCodePage, SettledPage, TransferPage, VirtualAccountPage
from pos_app.ui.payment.qr_tabs import PaymentQrTabs
from pos_app.ui.payment.status import PAYMENT_STYLE, PaymentDonePanel, PaymentStatusPill

if TYPE_CHECKING:
    from pos_app.ui.payment.payment_view import PaymentView

    _Base = PaymentView
else:
    _Base = object


class PaymentLayout(_Base):
    def _build(self) -> None:
        self.setStyleSheet(PAYMENT_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._frame = QFrame(self, objectName="paymentFrame")
        outer.addWidget(self._frame)
        # The QR gets the whole height on the left (bigger is easier to scan from a
        # distance); everything the cashier reads or clicks stacks on the right. A counter
        # monitor leaves this screen about 690 px of its 768 (the training banner and the
        # top bar take the rest), so the margins and gaps are kept small and every row
        # the cashier does not need in a state is hidden, not left empty.
        root = QHBoxLayout(self._frame)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(24)
        root.addLayout(self._build_qr_column(), 13)
        info = self._build_info_column()
        info.addSpacing(8)
        info.addLayout(self._build_link_rows())
        info.addSpacing(8)
        info.addLayout(self._build_button_rows())
        root.addLayout(info, 9)

    def _build_qr_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        self._qr_stack = QStackedWidget(self, objectName="qrArea")
        self._tabs = PaymentQrTabs(self, image_loader=self._image_loader, start=self._start)
        self._tabs.currentChanged.connect(self._render_hint)
        self._tabs.currentChanged.connect(lambda _index: self.codeChanged.emit())
        self._va_page = VirtualAccountPage(self)
        self._va_page.showLinkQr.connect(self._show_link_qr)
        self._code_page = PaymentCodePage(self)
        self._transfer_page = TransferPage(self)
        self._transfer_page.received.connect(self._on_transfer_received)
        self._settled_page = SettledPage(self)
        self._done = PaymentDonePanel(self)
        for page in (self._tabs, self._va_page, self._code_page, self._transfer_page, self._settled_page):
            self._qr_stack.addWidget(page)
        self._qr_stack.addWidget(self._done)
        column.addWidget(self._qr_stack, 1)
        self._scan_hint = WrappingLabel(self, "scanHint")
        self._scan_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scan_hint.setFont(scaled_font(self, 1.25))
        column.addWidget(self._scan_hint)
        return column

    def _build_info_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        self._store_label = WrappingLabel(self, "storeName")
        self._store_label.setFont(scaled_font(self, 1.4, bold=True, minimum=13))
        self._customer_label = WrappingLabel(self, "paymentCustomer")
        self._customer_label.setFont(scaled_font(self, 1.1))
        self._order_caption = self._caption()
        self._order_number = PlainLabel(self, objectName="orderNumber")
        # For the cashier (the customer reads the total): large, but not as large as the total.
        self._order_number.setFont(scaled_font(self, 1.9, bold=True, minimum=20))
        self._order_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._total_caption = self._caption()
        self._total_label = PlainLabel(self, objectName="paymentTotal")
        self._total_label.setFont(scaled_font(self, 3.0, bold=True, minimum=28))
        self._total_note = WrappingLabel(self, "paymentTotalNote")
        self._method_name = WrappingLabel(self, "paymentMethodName")
        self._method_name.setFont(scaled_font(self, 1.2, bold=True))

        self._status = PaymentStatusPill(self)
        self._problem_label = WrappingLabel(self, "connectionProblem")
        self._problem_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message_label = WrappingLabel(self, "actionMessage")
        self._check_button = self._button("checkPaymentButton", self._on_check_clicked)
        self._check_keys = self._shortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self._check_button)

        column.addWidget(self._store_label)
        column.addWidget(self._customer_label)
        column.addSpacing(8)
        for widget in (self._order_caption, self._order_number):
            column.addWidget(widget)
        column.addSpacing(8)
        for widget in (self._total_caption, self._total_label, self._total_note, self._method_name):
            column.addWidget(widget)
        column.addSpacing(10)
        column.addWidget(self._status)
        column.addWidget(self._problem_label)
        column.addStretch(1)
        column.addWidget(self._message_label)
        column.addWidget(self._check_button)
        return column

    def _build_link_rows(self) -> QVBoxLayout:
        # The link field, Copy and Open share one row: the address explains itself, and a
        # caption above it would cost a row the total's note or a message may need.
        rows = QVBoxLayout()
        rows.setSpacing(6)
        link = QHBoxLayout()
        link.setSpacing(8)
        self._url = QLineEdit(self, objectName="paymentUrl")
        self._url.setReadOnly(True)  # selectable and copyable, never editable
        self._copy_button = self._button("copyUrlButton", self._copy_url)
        self._open_button = self._button("openUrlButton", self._open_payment_url)
        link.addWidget(self._url, 1)
        link.addWidget(self._copy_button)
        link.addWidget(self._open_button)
        receipt = QHBoxLayout()
        receipt.setSpacing(8)
        self._print_button = self._button("printReceiptButton", self._request_print)
        self._print_keys = self._shortcut(QKeySequence(QKeySequence.StandardKey.Print), self._print_button)
        self._whatsapp_button = self._button("whatsappReceiptButton", self._request_whatsapp)
        for button in (self._print_button, self._whatsapp_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            receipt.addWidget(button)
        rows.addLayout(link)
        rows.addLayout(receipt)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(2000)
        self._copied_timer.timeout.connect(self.retranslate)
        return rows

    def _build_button_rows(self) -> QVBoxLayout:
        # The main action gets a row of its own: its text never has to squeeze beside others.
        column = QVBoxLayout()
        column.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(8)
        self._cancel_button = self._button("cancelOrderButton", self._on_cancel_clicked)
        self._switch_button = self._button("switchMethodButton", self._on_switch_clicked)
        self._new_sale_button = self._button("newSaleButton", self.newSaleRequested.emit)
        self._new_sale_keys = self._shortcut(QKeySequence("Ctrl+N"), self._new_sale_button)
        self._new_sale_button.setFont(scaled_font(self, 1.2, bold=True))
        self._new_sale_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row.addWidget(self._cancel_button)
        row.addWidget(self._switch_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self._new_sale_button)
        return column

    def _shortcut(self, keys: QKeySequence, button: QPushButton) -> QShortcut:
        # A QShortcut rather than button.setShortcut(): QAbstractButton.setText() replaces
        # the button's shortcut with the text's mnemonic, so retranslating would drop it.
        shortcut = QShortcut(keys, self)
        shortcut.activated.connect(lambda: self._press(button))
        return shortcut

    @staticmethod
    def _press(button: QPushButton) -> None:
        if button.isVisible() and button.isEnabled():
            button.click()

    def _caption(self) -> QLabel:
        label = PlainLabel(self, objectName="caption")
        label.setFont(scaled_font(self, 1.05))
        return label

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self, objectName=name)
        button.setMinimumHeight(44)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _checked=False: slot())
        return button
