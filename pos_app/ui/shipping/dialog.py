"""The shipping dialog the main window opens before a physical order is sent.

Window-modal and awaited without a nested event loop (``ask_for_shipping``). Keyboard first:
Enter moves on through address → district → postal code → couriers, Down goes from the
district search into its list, Esc cancels; only a complete form can be confirmed.
The flow lives in ``shipping_flow.py``, the widgets in ``shipping_form.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from pos_app.api.models import Store
from pos_app.domain.cart import Cart
from pos_app.domain.order_payload import ShippingChoice
from pos_app.services.shipping import ShippingService
from pos_app.ui.common.async_dialogs import wait_finished
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.shipping.flow import ShippingFlow
from pos_app.ui.shipping.form import ShippingForm
from pos_app.ui.shipping.texts import ShippingTexts

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PREFERRED = QSize(1100, 680)  # room for the courier table; smaller screens get less (fit_to)
MINIMUM = QSize(760, 540)
_FRAME_GUESS = QMargins(8, 32, 8, 8)  # a title bar and borders, until the real ones are known


class ShippingDialog(RetranslateOnLanguageChange, QDialog):
    def __init__(
        self,
        service: ShippingService,
        *,
        store: Store,
        cart: Cart,
        payment_method: str,
        previous: ShippingChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shippingDialog")
        self._previous = previous
        self._started = False
        self._cancelled = False
        self._texts = ShippingTexts(self)
        self.form = ShippingForm(self)
        QVBoxLayout(self).addWidget(self.form)
        self.resize(PREFERRED)
        self.setMinimumSize(MINIMUM)
        self.flow = ShippingFlow(
            service, self.form, store=store, cart=cart, payment_method=payment_method,
            previous=previous, parent=self,
        )  # fmt: skip
        f = self.form
        f.cancel.clicked.connect(self.reject)
        f.confirm.clicked.connect(self.accept)
        # Only the confirm button takes a stray Enter, and only once it is enabled.
        f.confirm.setDefault(True)
        f.cancel.setAutoDefault(False)
        f.retry.setAutoDefault(False)
        self._keyed = (f.address_input, f.location_search, f.location_list, f.postal_code.lineEdit(),
                       f.warehouse_table, f.courier_table)  # fmt: skip
        for widget in self._keyed:
            widget.installEventFilter(self)
        if previous is not None:
            f.address_input.setText(previous.address)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            # Async work starts once shown, which is inside the running qasync loop.
            self._started = True
            self.fit_to(self.screen().availableGeometry())
            self.form.address_input.setFocus()
            if self._previous is not None:
                self.flow.restore(self._previous)

    def fit_to(self, area: QRect) -> None:
        """Take the preferred size, or less on a small screen, and lie wholly inside ``area``.

        Counter PCs have 1024x768 and 1366x768 monitors: a dialog taller than the screen would
        hide its confirm button below the taskbar. ``area`` is the screen's available geometry
        (without taskbar); the window frame comes off it too.
        """
        frame = self._frame_margins()
        room = area.size().shrunkBy(frame)
        self.setMinimumSize(MINIMUM.boundedTo(room))
        self.resize(PREFERRED.boundedTo(room))
        # Centred over the till (QDialog placed it for its old size), then pushed inside the area.
        outer = QRect(QPoint(), self.size().grownBy(frame))
        parent = self.parentWidget()
        outer.moveCenter(parent.window().geometry().center() if parent is not None else area.center())
        outer.moveLeft(max(area.left(), min(outer.left(), area.right() + 1 - outer.width())))
        outer.moveTop(max(area.top(), min(outer.top(), area.bottom() + 1 - outer.height())))
        self.move(outer.topLeft())  # a top-level widget's pos() is its frame's corner

    def _frame_margins(self) -> QMargins:
        handle = self.windowHandle()
        margins = handle.frameMargins() if handle is not None else QMargins()
        # Some window managers tell the frame only once it is drawn: keep room for a guess.
        return _FRAME_GUESS if margins.isNull() else margins

    # ----- public API ---------------------------------------------------------------------

    def choice(self) -> ShippingChoice | None:
        """The shipping the form describes now; None while incomplete and after cancel."""
        return None if self._cancelled else self.flow.choice()

    def accept(self) -> None:
        if self.choice() is None:
            return  # never close on a half-filled form, whichever key or click got here
        super().accept()

    def reject(self) -> None:
        self._cancelled = True
        super().reject()

    def done(self, result: int) -> None:
        self.flow.stop()
        for widget in self._keyed:
            widget.removeEventFilter(self)
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self._texts.title())
        self.setAccessibleName(self._texts.title())
        self.form.retranslate()
        self.flow.refresh()

    # ----- keyboard -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and self._key(watched, event):  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        f = self.form
        key = event.key()
        if watched is f.location_search and key == Qt.Key.Key_Down:
            return self._enter_list()
        if watched is f.location_list and key == Qt.Key.Key_Up and f.location_list.currentIndex().row() == 0:
            f.location_search.setFocus()
            return True
        if key not in _ENTER:
            return False
        # Enter moves on through the form as a cashier expects and never closes the dialog
        # early: only the courier table's Enter confirms, and only a complete form.
        if watched is f.address_input:
            f.location_search.setFocus()
        elif watched is f.location_search:
            if self.flow.search_timer.isActive():
                self.flow.search_timer.stop()
                self.flow.run_search()
            self._enter_list()
        elif watched is f.location_list:
            index = f.location_list.currentIndex()
            if index.isValid():
                self.flow.location_activated(index)
        elif watched is f.postal_code.lineEdit():
            self.flow.postal_finished()
            (f.courier_table if self.flow.has_couriers() else f.warehouse_table).setFocus()
        elif watched is f.warehouse_table:
            f.courier_table.setFocus()
        elif watched is f.courier_table:
            self.accept()
        return True

    def _enter_list(self) -> bool:
        view = self.form.location_list
        model = self.flow.location_model
        if model.rowCount() == 0:
            return False
        view.setFocus()
        if not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))
        return True


async def ask_for_shipping(
    parent: QWidget | None,
    service: ShippingService,
    *,
    store: Store,
    cart: Cart,
    payment_method: str,
    previous: ShippingChoice | None = None,
) -> ShippingChoice | None:
    """Open the dialog window-modally and wait for it without nesting a Qt event loop."""
    dialog = ShippingDialog(
        service, store=store, cart=cart, payment_method=payment_method, previous=previous, parent=parent
    )
    try:
        # open(), never exec(): a nested loop would stall every other task on the qasync loop
        result = await wait_finished(dialog)
        return dialog.choice() if result == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
