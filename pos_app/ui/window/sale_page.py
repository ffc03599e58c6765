"""The sale page's layout: stores | products | cart, customer and the checkout buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget


def build_sale_page(
    *,
    store_pane: QWidget,
    product_pane: QWidget,
    cart_pane: QWidget,
    customer_form: QWidget,
    buttons: list[QPushButton],
    checkout_hint: QLabel,
) -> QSplitter:
    right = QWidget(objectName="salePanel")
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    right_layout.addWidget(cart_pane, 3)
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    right_layout.addWidget(line)
    right_layout.addWidget(customer_form)
    row = QHBoxLayout()
    row.setSpacing(6)
    for button in buttons:
        row.addWidget(button, 1 if button.objectName() == "checkoutButton" else 0)
    right_layout.addLayout(row)
    right_layout.addWidget(checkout_hint)

    splitter = QSplitter(Qt.Orientation.Horizontal, objectName="saleSplitter")
    # At 1024 px the cart needs its ~500 px for whole names, − / + and totals; the store
    # list (chosen once a shift) gives way first, the catalog grows on wider screens.
    for pane, minimum in ((store_pane, 150), (product_pane, 280), (right, 490)):
        wrapper = QWidget()
        wrapper.setObjectName("paneFrame")
        wrapper_layout = QVBoxLayout(wrapper)
        wrapper_layout.setContentsMargins(8, 8, 8, 8)
        wrapper_layout.addWidget(pane)
        wrapper.setMinimumWidth(minimum + 16)
        splitter.addWidget(wrapper)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 3)
    splitter.setStretchFactor(2, 3)
    splitter.setSizes([180, 320, 520])
    splitter.setChildrenCollapsible(False)
    return splitter
