"""The widgets of the shipping dialog, their names, texts and tab order, and nothing else.

Kept apart from the flow in ``shipping_dialog.py`` so the layout can be read (and the
screenshot tuned) without wading through async code. Every object name here is part of the
automation contract the GUI tests and screen readers use.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.ui.common.clear_button import add_clear_button
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.touch import flick_to_scroll, touch_rows
from pos_app.ui.shipping.models import CourierTableModel, RawSortProxy, WarehouseTableModel
from pos_app.ui.shipping.postal_box import PostalCodeBox

_BAR = "QFrame#shippingMessageBar {{ background: {bg}; border: 1px solid {line}; border-radius: 4px; }}"
_MESSAGE_STYLE = {
    "error": _BAR.format(bg="#fdecea", line="#e0a8a3") + " QLabel { color: #8a1c12; }",
    "info": _BAR.format(bg="#eef3f8", line="#c9d6e3") + " QLabel { color: #1f3a56; }",
}


_CONFIRM_STYLE = """
QPushButton#shippingConfirm { font-weight: 700; padding: 4px 18px; min-width: 150px; }
QPushButton#shippingConfirm:enabled { background: #0f766e; color: white; border: 1px solid #0f766e; }
QPushButton#shippingConfirm:enabled:focus { border: 2px solid #134e4a; }
"""


def _section_title(name: str) -> QLabel:
    label = PlainLabel()
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    # Alternating rows already part them; a grid line would also take 1 px off each 44 px row.
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    touch_rows(view)
    flick_to_scroll(view)
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    # Cell texts start where the header titles do (the style sheet pads sections by 6 px).
    view.setStyleSheet("QTableView::item { padding: 0 3px; }")
    return view


class ShippingForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shippingForm")

        # Left column: where the parcel goes.
        self.address_title = _section_title("addressTitle")
        self.address_input = QLineEdit()
        self.address_input.setObjectName("addressInput")
        add_clear_button(self.address_input)
        self.address_hint = PlainLabel()
        self.address_hint.setObjectName("addressHint")
        self.address_hint.setWordWrap(True)
        self.address_hint.setStyleSheet("color: #555;")
        self.address_title.setBuddy(self.address_input)
        # After typing, show the start of a long address rather than its tail.
        self.address_input.editingFinished.connect(lambda: self.address_input.setCursorPosition(0))

        self.location_title = _section_title("locationTitle")
        self.location_search = QLineEdit()
        self.location_search.setObjectName("locationSearch")
        add_clear_button(self.location_search)
        self.location_title.setBuddy(self.location_search)
        self.location_list = QListView()
        self.location_list.setObjectName("locationList")
        self.location_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.location_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Long "Kecamatan, Kota, Provinsi" rows wrap instead of hiding behind a sideways scroll.
        self.location_list.setWordWrap(True)
        self.location_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.location_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.location_list.setAlternatingRowColors(True)
        flick_to_scroll(self.location_list)
        # Air around a district that wraps to two lines, its text in line with the fields' text.
        self.location_list.setStyleSheet("QListView::item { padding: 4px 6px; }")
        self.chosen_location = PlainLabel()
        self.chosen_location.setObjectName("chosenLocation")
        self.chosen_location.setWordWrap(True)

        self.postal_title = _section_title("postalTitle")
        self.postal_code = PostalCodeBox()
        self.postal_code.setObjectName("postalCode")
        self.postal_title.setBuddy(self.postal_code)
        self.postal_error = PlainLabel()
        self.postal_error.setObjectName("postalError")
        self.postal_error.setStyleSheet("color: #b00020;")
        self.postal_error.setVisible(False)

        left = QVBoxLayout()
        left.addWidget(self.address_title)
        left.addWidget(self.address_input)
        left.addWidget(self.address_hint)
        left.addSpacing(8)
        left.addWidget(self.location_title)
        left.addWidget(self.location_search)
        left.addWidget(self.location_list, 1)
        left.addWidget(self.chosen_location)
        left.addSpacing(8)
        postal_row = QHBoxLayout()
        postal_row.addWidget(self.postal_title)
        postal_row.addWidget(self.postal_code)
        postal_row.addStretch(1)
        left.addLayout(postal_row)
        left.addWidget(self.postal_error)

        # Right column: who ships it and for how much.
        self.warehouse_title = _section_title("warehouseTitle")
        self.warehouse_model = WarehouseTableModel(self)
        self.warehouse_table = _table("warehouseTable")
        self.warehouse_table.setModel(self.warehouse_model)
        header = self.warehouse_table.horizontalHeader()
        header.setSectionResizeMode(WarehouseTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WarehouseTableModel.CITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WarehouseTableModel.DISTANCE, QHeaderView.ResizeMode.ResizeToContents)
        self.warehouse_table.setMaximumHeight(130)  # a store has a few warehouses
        self.warehouse_title.setBuddy(self.warehouse_table)

        self.courier_title = _section_title("courierTitle")
        self.courier_model = CourierTableModel(self)
        self.courier_proxy = RawSortProxy(self)
        self.courier_proxy.setSourceModel(self.courier_model)
        self.courier_table = _table("courierTable")
        self.courier_table.setModel(self.courier_proxy)
        header = self.courier_table.horizontalHeader()
        # Prices, days, COD and the badge are short and always shown whole; the names share
        # what is left and are cut with "…" (the whole name is in the tooltip), so a long
        # courier or service name never pushes the table into sideways scrolling.
        for column in range(CourierTableModel.BADGE + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (CourierTableModel.COURIER, CourierTableModel.SERVICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.courier_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Cheapest first: what most customers ask for. Headers still sort on click.
        self.courier_table.setSortingEnabled(True)
        self.courier_table.sortByColumn(CourierTableModel.PRICE, Qt.SortOrder.AscendingOrder)
        self.courier_title.setBuddy(self.courier_table)

        self.summary = PlainLabel()
        self.summary.setObjectName("shippingSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 15px; font-weight: 600;")

        right = QVBoxLayout()
        right.addWidget(self.warehouse_title)
        right.addWidget(self.warehouse_table)
        right.addSpacing(8)
        right.addWidget(self.courier_title)
        right.addWidget(self.courier_table, 1)

        # The left column only holds short fields; the courier table needs the width. 280 px
        # keep a district on at most two lines and the fields' hints readable at 1024x768.
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMinimumWidth(280)
        left_box.setMaximumWidth(340)
        left.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        columns.addWidget(left_box, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 3)

        # Bottom: a message with Retry (hidden when all is well), then the buttons.
        self.message_bar = QFrame()
        self.message_bar.setObjectName("shippingMessageBar")
        self.message = PlainLabel()
        self.message.setObjectName("shippingMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton()
        self.retry.setObjectName("shippingRetry")
        bar = QGridLayout(self.message_bar)
        bar.setContentsMargins(10, 6, 10, 6)
        bar.addWidget(self.message, 0, 0)
        bar.addWidget(self.retry, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        bar.setColumnStretch(0, 1)
        self.message_bar.setVisible(False)

        self.cancel = QPushButton()
        self.cancel.setObjectName("shippingCancel")
        self.confirm = QPushButton()
        self.confirm.setObjectName("shippingConfirm")
        self.confirm.setEnabled(False)
        # The one button that finishes the job stands out once it can be pressed.
        # Bold and padded alike in both states: Qt sizes a button once, so a bold enabled look
        # on a button sized while disabled (regular) cut its last letters.
        self.confirm.setStyleSheet(_CONFIRM_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)  # the price sits next to the button that accepts it
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.confirm)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(columns, 1)
        root.addWidget(self.message_bar)
        root.addLayout(buttons)

        self._set_tab_order()
        self.retranslate()

    def _set_tab_order(self) -> None:
        chain = [
            self.address_input,
            self.location_search,
            self.location_list,
            self.postal_code,
            self.warehouse_table,
            self.courier_table,
            self.confirm,
            self.cancel,
            self.retry,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_message(self, text: str, kind: str, *, retry: bool) -> None:
        if not text:
            self.message_bar.setVisible(False)
            self.message.clear()
            return
        self.message_bar.setStyleSheet(_MESSAGE_STYLE[kind])
        self.message.setText(text)
        self.retry.setVisible(retry)
        self.message_bar.setVisible(True)

    def retranslate(self) -> None:
        """Static texts; the dialog calls this on QEvent.LanguageChange."""
        self.address_title.setText(self.tr("Street &address"))
        self.address_input.setPlaceholderText(self.tr("Street, no., RT/RW, village"))
        self.address_input.setAccessibleName(self.tr("Street address"))
        self.address_hint.setText(
            self.tr("Only street and house. District, city and province come from the district you choose.")
        )
        self.location_title.setText(self.tr("&District"))
        self.location_search.setPlaceholderText(self.tr("District name, 3+ letters"))
        self.location_search.setAccessibleName(self.tr("Search district"))
        self.location_list.setAccessibleName(self.tr("Districts found"))
        self.postal_title.setText(self.tr("&Postal code"))
        self.postal_code.setAccessibleName(self.tr("Postal code"))
        self.postal_code.lineEdit().setPlaceholderText(self.tr("5 digits"))
        self.warehouse_title.setText(self.tr("&Warehouse (ships from)"))
        self.warehouse_table.setAccessibleName(self.tr("Warehouses"))
        self.courier_title.setText(self.tr("&Courier and shipping cost"))
        self.courier_table.setAccessibleName(self.tr("Couriers"))
        self.message.setAccessibleName(self.tr("Shipping message"))
        self.retry.setText(self.tr("&Retry"))
        self.retry.setAccessibleName(self.tr("Retry"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel shipping"))
        self.confirm.setText(self.tr("Use this shipping"))
        self.confirm.setAccessibleName(self.tr("Use this shipping"))
        self.summary.setAccessibleName(self.tr("Shipping summary"))
        self.warehouse_model.retranslate()
        self.courier_model.retranslate()
