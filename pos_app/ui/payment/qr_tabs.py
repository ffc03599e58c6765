"""The codes a customer can scan, one tab each: the method's own code, and the payment link.

The method's own code is what its app accepts: a QRIS string for bank and e-wallet apps
(drawn here, or downloaded when the gateway sends only an image), the e-wallet's page, the
gateway's invoice or card page. The payment link (for a phone camera) is the second choice.
When a code cannot be shown, the tab says why in words instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pos_app.api.models import Order
from pos_app.domain.payment_methods import MethodKind
from pos_app.services.payment_instructions import Instructions, instructions_for
from pos_app.services.payment_watcher import is_final
from pos_app.ui.common.labels import WrappingLabel, scaled_font
from pos_app.ui.common.plain_tooltip import plain_tooltip
from pos_app.ui.common.qr_widget import QrWidget
from pos_app.ui.payment.labels import payment_label

ImageLoader = Callable[[str], Awaitable[bytes | None]]  # e.g. ImageFetcher.fetch
TaskStarter = Callable[[str, Coroutine[Any, Any, None]], None]  # role, work

# Methods whose own code goes on the first tab.
CODE_KINDS = (MethodKind.QRIS, MethodKind.EWALLET, MethodKind.INVOICE, MethodKind.CARD)


class PaymentQrTabs(QTabWidget):
    """``start`` runs background work under a role, so the screen's ``stop()`` ends it too."""

    def __init__(self, parent: QWidget, *, image_loader: ImageLoader | None, start: TaskStarter) -> None:
        super().__init__(parent, objectName="qrTabs")
        self._image_loader = image_loader
        self._start = start
        self._note = ""  # why the method tab shows text instead of a code
        self._instructions: Instructions | None = None
        self.tabBar().setFont(scaled_font(parent, 1.1))
        self.setDocumentMode(True)
        # In a narrow window shorten the labels rather than hide a tab behind scroll arrows.
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setUsesScrollButtons(False)
        self._payment_qr = QrWidget(self)
        self._payment_qr.setObjectName("paymentQr")
        self._camera_tab = self.addTab(self._payment_qr, "")

        method_page = QWidget(self, objectName="methodPage")
        method_layout = QVBoxLayout(method_page)
        method_layout.setContentsMargins(0, 0, 0, 0)
        self._method_qr = QrWidget(method_page)
        self._method_qr.setObjectName("methodQr")
        self._method_text = WrappingLabel(method_page, "methodText")
        self._method_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._method_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._method_text.setFont(scaled_font(parent, 1.1))
        method_layout.addWidget(self._method_qr, 1)
        method_layout.addWidget(self._method_text, 1)
        self._method_tab = self.addTab(method_page, "")
        for page in (self._payment_qr, method_page):
            page.installEventFilter(self)

    def show_order(self, order: Order) -> bool:
        """Show a new order's codes; True when its payment request is still to be made."""
        self._note = ""
        instructions = instructions_for(order)
        self._instructions = instructions
        self._payment_qr.set_data(instructions.link)
        wants_request = self.show_method_code(order, initial=True)
        # The method's own code is what the customer's app accepts: it comes first.
        has_code = self.isTabVisible(self._method_tab)
        self.setCurrentIndex(self._method_tab if has_code else self._camera_tab)
        return wants_request

    def show_method_code(self, order: Order, *, initial: bool) -> bool:
        """Bring the method tab in line with ``order``; True as :meth:`show_order` says."""
        instructions = instructions_for(order)
        self._instructions = instructions
        wants_request = False
        if instructions.kind not in CODE_KINDS:
            self._method_qr.set_data(None)
        elif instructions.method_code:
            if self._method_qr.data() != instructions.method_code:
                self._note = ""
                self._method_qr.set_data(instructions.method_code)
        elif instructions.qr_image_url:
            if initial or not self._method_qr.has_content():
                self._method_qr.set_data(None)
                if self._image_loader is None:
                    self._note = "url"
                else:
                    self._note = "loading"
                    self._start("code", self._load_image(instructions.qr_image_url))
        elif initial and instructions.needs_payment_request and not is_final(order):
            # §4.12: a gateway order without its code yet gets its payment request made once.
            self._method_qr.set_data(None)
            self._note = "loading"
            wants_request = True
        elif initial:
            self._method_qr.set_data(None)
        shown = self._method_qr.has_content() or bool(self._note)
        self.setTabVisible(self._method_tab, instructions.kind in CODE_KINDS and shown)
        self._method_qr.setVisible(self._method_qr.has_content())
        self._method_text.setVisible(not self._method_qr.has_content())
        self.retranslate()
        return wants_request

    def code_created(self, order: Order) -> None:
        """The payment request answered with a payload (``order`` carries it)."""
        self._note = ""
        # Not "initial": the request was made, so its answer never asks for it again.
        self.show_method_code(order, initial=False)
        instructions = self._instructions
        if (
            instructions is not None
            and instructions.kind in CODE_KINDS
            and not (self._method_qr.has_content() or self._note)
        ):
            # Nothing in it a customer can scan (only an app's own link such as gojek://,
            # which is never put in a QR): the payment link, rather than "Getting…" forever.
            self.code_missing()
            return
        if self.isTabVisible(self._method_tab):
            self.setCurrentIndex(self._method_tab)
        self._refresh_method_page()

    def code_missing(self) -> None:
        """The payment request gave no code: say so, and show the payment link instead."""
        self._note = "missing"
        self.setCurrentIndex(self._camera_tab)
        self._refresh_method_page()

    def showing_method_code(self) -> bool:
        return self.currentIndex() == self._method_tab and self._method_qr.has_content()

    def active_code(self) -> str | None:
        """What the QR the customer sees right now encodes (for the customer display)."""
        widget = self._method_qr if self.currentIndex() == self._method_tab else self._payment_qr
        return widget.data() if widget.has_content() else None

    async def _load_image(self, url: str) -> None:
        assert self._image_loader is not None
        image = QImage()
        # Whatever goes wrong with the download, the screen falls back to showing the URL.
        with contextlib.suppress(Exception):
            data = await self._image_loader(url)
            if data:
                image = QImage.fromData(data)
        if image.isNull():
            self._note = "url"
        else:
            self._note = ""
            self._method_qr.set_image(image)
        self._refresh_method_page()

    def _refresh_method_page(self) -> None:
        self._method_qr.setVisible(self._method_qr.has_content())
        self._method_text.setVisible(not self._method_qr.has_content())
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        # Short tab titles so both fit beside the amount; the full instruction is the tooltip
        # and the line under the QR. (Not QTabBar.setAccessibleTabName: in PySide6 6.12 it
        # corrupts a refcount and crashes the interpreter at exit.)
        method_title, method_full = self._method_titles()
        for index, title, full in (
            (self._camera_tab, self.tr("Phone camera"), self.tr("Scan with phone camera")),
            (self._method_tab, method_title, method_full),
        ):
            self.setTabText(index, title)
            self.setTabToolTip(index, plain_tooltip(full))  # an unknown wallet is named by its code
        self._method_text.setText(self._note_text())
        self._payment_qr.setAccessibleName(self.tr("QR code of the payment link"))
        self._method_qr.setAccessibleName(method_full)
        self.setAccessibleName(self.tr("Payment codes"))
        self._method_text.setAccessibleName(self.tr("Payment code status"))

    def _method_titles(self) -> tuple[str, str]:
        instructions = self._instructions
        kind = instructions.kind if instructions is not None else MethodKind.QRIS
        if kind is MethodKind.EWALLET and instructions is not None:
            name = payment_label(instructions.method)
            return name, self.tr("{wallet} – scan to pay in the {wallet} app").format(wallet=name)
        if kind is MethodKind.INVOICE:
            return self.tr("Invoice"), self.tr("Invoice – scan to open the payment page")
        if kind is MethodKind.CARD:
            return self.tr("Card"), self.tr("Card – scan to open the card payment page")
        return self.tr("QRIS – bank or e-wallet app"), self.tr("QRIS – scan with bank or e-wallet app")

    def scan_hint(self) -> str:
        """How to pay with the code on the current tab (the line under the QR)."""
        if self.showing_method_code():
            kind = self._instructions.kind if self._instructions is not None else MethodKind.QRIS
            if kind is MethodKind.QRIS:
                return self.tr("Scan with any bank or e-wallet app: choose Scan or QRIS in the app.")
            if kind is MethodKind.EWALLET and self._instructions is not None:
                return self.tr("Scan with the phone camera: the {wallet} app opens to pay.").format(
                    wallet=payment_label(self._instructions.method)
                )
            return self.tr("Scan with the phone camera to open the payment page.")
        if not self._payment_qr.has_content():
            return self.tr("This payment link is not a secure https address, so it is not shown as a QR.")
        return self.tr("Scan with the phone camera, then open the link to pay.")

    def _note_text(self) -> str:
        if self._note == "loading":
            return self.tr("Getting the payment code…")
        image_url = self._instructions.qr_image_url if self._instructions is not None else None
        if self._note == "url" and image_url:
            return self.tr("The QRIS image could not be shown here. Open it at:\n{url}").format(url=image_url)
        if self._note == "missing":
            return self.tr("No payment code is available for this order. Use the payment link instead.")
        return ""

    # -- sizing --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.currentWidget():
            self._size_hidden_pages(watched)
        return super().eventFilter(watched, event)

    def _size_hidden_pages(self, current: QObject) -> None:
        # A tab page that was never current keeps its tiny initial size, so its QR could
        # not be grabbed or decoded (tests, the smoke test, a second screen mirroring it).
        assert isinstance(current, QWidget)
        for index in range(self.count()):
            page = self.widget(index)
            if page is not current and page.geometry() != current.geometry():
                page.setGeometry(current.geometry())
                if (layout := page.layout()) is not None:
                    layout.activate()
