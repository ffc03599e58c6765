"""The list of parked sales: resume one into the till, or throw one away.

Resuming *takes* the sale out of storage before the dialog closes, so the sale the caller
gets is no longer parked and a second window cannot resume it too. Await
:func:`choose_parked_sale`; the dialog is shown with ``open()``, never ``exec()``.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.parked_sale import ParkedSale
from pos_app.storage.parked_sales import ParkedSaleGone, ParkedSales
from pos_app.storage.sqlite_util import StorageError
from pos_app.ui.common.async_dialogs import confirm
from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.roles import ObjectRole
from pos_app.ui.common.style import set_style_property
from pos_app.ui.common.tasks import TaskSlot
from pos_app.ui.history.parked_sales_model import ParkedSaleDelegate, ParkedSalesModel

log = logging.getLogger(__name__)

_STYLE = """
QLabel#parkedSalesTitle { font-size: 18px; font-weight: 600; color: #1f2a37; }
QLabel#parkedSalesHint { color: #475467; font-size: 14px; }
QLabel#parkedSalesMessage[kind="error"] { color: #b42318; font-weight: 600; }
QLabel#parkedSalesMessage[kind="ok"] { color: #067647; }
QListView#parkedSales { font-size: 14px; }
QPushButton { min-height: 44px; padding: 0 18px; font-size: 15px; }
QPushButton#resumeParkedButton { font-weight: 700; color: white; background: #0f766e; border: none; }
QPushButton#resumeParkedButton:disabled { background: #98a2b3; }
QPushButton#resumeParkedButton:focus { border: 3px solid #101828; }
"""


def default_label_template() -> str:
    """The translated default label (``Sale {number} – {time}``), for ``ParkedSales.park_cart``."""
    return QCoreApplication.translate("ParkedSales", "Sale {number} – {time}")


class ParkedSalesDialog(RetranslateOnLanguageChange, QDialog):
    def __init__(
        self, parked: ParkedSales, current_store_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("parkedSalesDialog")
        self._parked = parked
        self._current_store = current_store_id
        self._delete = TaskSlot("delete parked sale")
        self._busy = False
        self._message: Callable[[], str] = str
        self.taken: ParkedSale | None = None  # set when a sale was resumed (and so removed)
        self.model = ParkedSalesModel(self)
        self._build()
        self._wire()
        self.retranslate()
        self.reload()

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(_STYLE)
        self.title = PlainLabel(self, objectName="parkedSalesTitle")
        self.hint = WrappingLabel(self, "parkedSalesHint")
        self.list = QListView(self, objectName="parkedSales")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ParkedSaleDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(4 * 56)
        self.message = WrappingLabel(self, "parkedSalesMessage")
        self.resume_button = QPushButton(self, objectName="resumeParkedButton")
        self.delete_button = QPushButton(self, objectName="deleteParkedButton")
        self.close_button = QPushButton(self, objectName="closeParkedButton")
        for button in (self.resume_button, self.delete_button, self.close_button):
            button.setAutoDefault(True)  # Enter presses the focused button
        # Enter on the list presses this one: the list ignores Return after "activated".
        self.resume_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.resume_button, 2)
        buttons.addWidget(self.delete_button, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for first, second in itertools.pairwise(
            (self.list, self.resume_button, self.delete_button, self.close_button)
        ):
            QWidget.setTabOrder(first, second)
        self.setMinimumSize(560, 420)
        self.resize(780, 540)

    def _wire(self) -> None:
        # Only double-click: Enter already reaches the default button, and "activated" as well
        # would resume twice.
        self.list.doubleClicked.connect(lambda _index: self.resume_selected())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.resume_button.clicked.connect(self.resume_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.reject)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        delete_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete_key.activated.connect(self.delete_selected)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Parked sales"))
        self.setAccessibleName(self.tr("Parked sales"))
        self.title.setText(self.tr("Parked sales"))
        self.title.setAccessibleName(self.tr("Parked sales"))
        self._update_hint()
        self.hint.setAccessibleName(self.tr("How to use this list"))
        self.list.setAccessibleName(self.tr("Parked sales, newest first"))
        self.message.setAccessibleName(self.tr("Parked sales message"))
        self.resume_button.setText(self.tr("&Resume (Enter)"))
        self.resume_button.setAccessibleName(self.tr("Resume the selected sale"))
        self.delete_button.setText(self.tr("&Delete (Del)"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected parked sale"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close without resuming"))
        self.model.retranslate()
        self._show_message()

    # -- actions -------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.selected()
        self.model.set_sales(self._parked.list(), self._current_store)
        row = self.model.row_of(keep.id) if keep is not None else None
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row or 0))
        self._update_hint()

    def selected(self) -> ParkedSale | None:
        index = self.list.currentIndex()
        return index.data(ObjectRole) if index.isValid() else None

    def resume_selected(self) -> None:
        sale = self.selected()
        if sale is None or self._busy or self.taken is not None:
            return
        try:
            self.taken = self._parked.take(sale.id)
        except ParkedSaleGone:
            self._say(lambda: self.tr("“{label}” was already resumed or deleted at another window.")
                      .format(label=sale.label), "error")  # fmt: skip
            self.reload()
            return
        except StorageError:
            # The file's own words (locked, disk full) are for the log, not the counter.
            log.exception("could not resume parked sale %s", sale.id)
            self._say(lambda: self.tr("The sale could not be resumed. Try again; if it keeps failing, "
                                      "restart Kasir."), "error")  # fmt: skip
            return
        self.accept()

    def delete_selected(self) -> None:
        sale = self.selected()
        if sale is not None and not self._busy and self.taken is None:
            self._delete.start(self._ask_and_delete(sale))

    async def _ask_and_delete(self, sale: ParkedSale) -> None:
        self._set_busy(True)
        try:
            ok = await confirm(
                self,
                self.tr("Delete parked sale"),
                self.tr("Delete “{label}”?").format(label=sale.label),
                informative_text=self.tr("{total} in {store}. The cart cannot be brought back.").format(
                    total=format_money(sale.subtotal), store=sale.store_name
                ),
                ok_text=self.tr("Delete"),
                cancel_text=self.tr("Keep"),
            )
        finally:
            self._set_busy(False)
        if not ok:
            return
        try:
            self._parked.delete(sale.id)
        except StorageError:
            log.exception("could not delete parked sale %s", sale.id)
            self._say(lambda: self.tr("The sale could not be deleted. Try again; if it keeps failing, "
                                      "restart Kasir."), "error")  # fmt: skip
            return
        self._say(lambda: self.tr("“{label}” deleted.").format(label=sale.label), "ok")
        self.reload()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        self._delete.cancel()  # closes a pending "delete?" question with the dialog
        super().done(result)

    # -- presentation --------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        has = self.selected() is not None and not self._busy
        self.resume_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _update_hint(self) -> None:
        if self.model.rowCount():
            self.hint.setText(self.tr("Pick the buyer's sale to continue it. This store's sales come first."))
        else:
            self.hint.setText(self.tr("No parked sales. Press F9 during a sale to park it."))

    def _say(self, text: Callable[[], str], kind: str = "") -> None:
        # A callable, so that a language switch re-renders the current message.
        self._message = text
        set_style_property(self.message, "kind", kind)
        self._show_message()

    def _show_message(self) -> None:
        self.message.setText(self._message())
        self.message.setVisible(bool(self.message.text()))


async def choose_parked_sale(
    parent: QWidget | None, parked: ParkedSales, current_store_id: int | None
) -> ParkedSale | None:
    """Let the cashier pick a parked sale; it comes back already taken out of storage.

    None when the dialog was closed without resuming. If the awaiting task is cancelled the
    dialog closes with it (a sale taken in that same instant is put back).
    """
    dialog = ParkedSalesDialog(parked, current_store_id, parent)
    finished: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_finished(code: int) -> None:
        if not finished.done():
            finished.set_result(code)

    dialog.finished.connect(on_finished)
    dialog.open()
    dialog.list.setFocus(Qt.FocusReason.OtherFocusReason)
    try:
        code = await finished
        return dialog.taken if code == QDialog.DialogCode.Accepted else None
    except asyncio.CancelledError:
        if dialog.taken is not None:
            parked.park(dialog.taken)  # taken but never handed over: still the buyer's sale
        raise
    finally:
        if dialog.isVisible():
            dialog.reject()
        dialog.deleteLater()
