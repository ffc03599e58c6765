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
    for button in buttons:
        row.addWidget(button, 1 if button.objectName() == "checkoutButton" else 0)
    right_layout.addLayout(row)
    right_layout.addWidget(checkout_hint)

    splitter = QSplitter(Qt.Orientation.Horizontal, objectName="saleSplitter")
    for pane in (store_pane, product_pane, right):
        wrapper = QWidget()
        wrapper.setObjectName("paneFrame")
        wrapper_layout = QVBoxLayout(wrapper)
        wrapper_layout.setContentsMargins(12, 12, 12, 12)
        wrapper_layout.addWidget(pane)
        splitter.addWidget(wrapper)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 5)
    splitter.setStretchFactor(2, 4)
    splitter.setSizes([250, 520, 510])
    splitter.setChildrenCollapsible(False)
    return splitter
