"""Where everything sits on the order history pane, the keys that move around it, and its words.

A mixin of :class:`~pos_app.ui.history.history_view.HistoryView`: it builds and wires the
widgets and sets their fixed texts; the pane's state and the status round live in
:mod:`~pos_app.ui.history.history_view`, reopening and canceling in
:mod:`~pos_app.ui.history.history_actions`.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.ui.common.clear_button import add_clear_button
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.money_format import DATE_FORMAT
from pos_app.ui.common.touch_date import TouchDateEdit
from pos_app.ui.history.fitted_columns import FittedColumns
from pos_app.ui.history.history_model import CUSTOMER, METHOD, STATUS, STORE, TIME
from pos_app.ui.history.order_table import order_table
from pos_app.ui.payment.labels import payment_label

if TYPE_CHECKING:
    from pos_app.ui.history.history_view import HistoryView

    _Base = HistoryView
else:
    _Base = object

_STYLE = """
QLabel#historyMessage { color: #475467; padding: 2px 2px; }
QLabel#historyMessage[kind="error"] { color: #b42318; font-weight: 600; }
QLabel#historyMessage[kind="warning"] { color: #b54708; font-weight: 600; }
QLabel#historyMessage[kind="ok"] { color: #067647; }
QLabel#historySummary { color: #344054; }
QTableView#historyTable::item { padding: 4px 6px; }
"""


class HistoryLayout(_Base):
    def _build(self) -> None:
        self.setStyleSheet(_STYLE)
        self.title = PlainLabel(self, objectName="paneTitle")
        self.date_label = PlainLabel(self, objectName="historyDateLabel")
        self.date = TouchDateEdit(QDate.currentDate(), self, objectName="historyDate")
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setMinimumWidth(140)
        self.date_label.setBuddy(self.date)
        self.search_label = PlainLabel(self, objectName="historySearchLabel")
        self.search = QLineEdit(self, objectName="historySearch")
        add_clear_button(self.search)
        self.search_label.setBuddy(self.search)
        self.refresh_button = QPushButton(self, objectName="historyRefresh")

        self.table = order_table(self, "historyTable", self.proxy, TIME)
        header = self.table.horizontalHeader()
        # A method or a status with the server's reason can be long: capped, with a tooltip.
        self.columns = FittedColumns(
            self.table,
            shared=(STORE, CUSTOMER),
            caps={METHOD: lambda: (payment_label("va_mandiri"),), STATUS: self.model.plain_state_texts},
        )

        self.message = PlainLabel(self, objectName="historyMessage")
        self.message.setWordWrap(True)
        self.summary = PlainLabel(self, objectName="historySummary")
        self.reopen_button = QPushButton(self, objectName="historyReopen")
        self.copy_button = QPushButton(self, objectName="historyCopyLink")
        self.print_button = QPushButton(self, objectName="historyPrint")
        self.back_button = QPushButton(self, objectName="historyBack")
        self.methods_summary = PlainLabel(self, objectName="historyMethodTotals")
        self.methods_summary.setWordWrap(True)
        self.cancel_button = QPushButton(self, objectName="historyCancel")
        unfinished = self._unfinished.buttons
        buttons = (self.refresh_button, self.reopen_button, self.copy_button, self.print_button,
                   self.cancel_button, *unfinished)  # fmt: skip
        for button in buttons:
            button.setAutoDefault(True)  # Enter presses the focused button, not only Space

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.date_label)
        filters.addWidget(self.date)
        filters.addSpacing(12)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.refresh_button)
        totals = QHBoxLayout()
        totals.addWidget(self.summary)
        totals.addSpacing(16)
        totals.addWidget(self.methods_summary, 1)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.cancel_button)
        for button in unfinished:
            actions.addWidget(button)
        actions.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(totals)
        layout.addLayout(actions)

        order = (self.date, self.search, self.refresh_button, self.table, self.reopen_button,
                 self.copy_button, self.print_button, self.cancel_button, *unfinished)  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        self.date.dateChanged.connect(self._date_changed)
        self.search.textChanged.connect(lambda _text: self._reload())
        self.search.returnPressed.connect(self._focus_table)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        # activated = Enter on a row, or a double-click (on every desktop style we ship).
        self.table.activated.connect(lambda _index: self.reopen())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        for signal in (self.model.dataChanged, self.model.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_buttons)
        self.model.dataChanged.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)
        self.reopen_button.clicked.connect(lambda: self.reopen())
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.copy_button.clicked.connect(lambda: self.copy_link())
        self.print_button.clicked.connect(self._print_selected)
        self.back_button.clicked.connect(self.backRequested.emit)
        # Only while the focus is inside the pane: F5 belongs to other screens elsewhere.
        refresh_keys = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_keys.activated.connect(lambda: self.refresh())
        find_keys = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_keys.activated.connect(self._focus_search)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Order history"))
        self.title.setText(self.tr("Order history"))
        self.date_label.setText(self.tr("&Day:"))
        self.date.setAccessibleName(self.tr("Day to show"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Receipt, order number, customer name or phone (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search receipt, order number, customer name or phone"))
        self.refresh_button.setText(self.tr("&Refresh (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh payment status"))
        self.table.setAccessibleName(self.tr("Orders of the day"))
        self.reopen_button.setText(self.tr("Re&open QR (Enter)"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the payment QR of the selected order"))
        self.copy_button.setText(self.tr("Copy &link"))
        self.print_button.setText(self.tr("&Print receipt"))
        self.print_button.setAccessibleName(self.tr("Print the receipt of the selected sale again"))
        self.back_button.setText(self.tr("← Back to the sale (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to the sale"))
        self.methods_summary.setAccessibleName(self.tr("Totals per payment method"))
        self.copy_button.setAccessibleName(self.tr("Copy the payment link of the selected order"))
        self.cancel_button.setText(self.tr("&Cancel order"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected unpaid order"))
        self._unfinished.retranslate()
        self.message.setAccessibleName(self.tr("Order history message"))
        self.summary.setAccessibleName(self.tr("Summary of the day"))
        self.model.retranslate()
        self._update_summary()
        self._show_message(self._message, self.message.property("kind") or "")

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
