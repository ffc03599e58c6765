"""The codes a customer can scan, one tab each: the payment link for a phone camera, and QRIS.

QRIS is what bank and e-wallet apps accept. Its code arrives as a string (drawn here) or as
an image URL (downloaded through the ``image_loader``); when neither can be shown, the tab
says why in words instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pos_app.api.models import Order
from pos_app.domain.links import is_safe_link, safe_link
from pos_app.services.payment_watcher import is_final
from pos_app.ui.common.labels import WrappingLabel, scaled_font
from pos_app.ui.common.qr_widget import QrWidget

ImageLoader = Callable[[str], Awaitable[bytes | None]]  # e.g. ImageFetcher.fetch
TaskStarter = Callable[[str, Coroutine[Any, Any, None]], None]  # role, work


class PaymentQrTabs(QTabWidget):
    """``start`` runs background work under a role, so the screen's ``stop()`` ends it too."""

    def __init__(self, parent: QWidget, *, image_loader: ImageLoader | None, start: TaskStarter) -> None:
        super().__init__(parent, objectName="qrTabs")
        self._image_loader = image_loader
        self._start = start
        self._note = ""  # why the QRIS tab shows text instead of a code
        self._image_url: str | None = None  # of the order last shown
        self.tabBar().setFont(scaled_font(parent, 1.1))
        self.setDocumentMode(True)
        # In a narrow window shorten the labels rather than hide a tab behind scroll arrows.
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setUsesScrollButtons(False)
        self._payment_qr = QrWidget(self)
        self._payment_qr.setObjectName("paymentQr")
        self._camera_tab = self.addTab(self._payment_qr, "")

        qris_page = QWidget(self, objectName="qrisPage")
        qris_layout = QVBoxLayout(qris_page)
        qris_layout.setContentsMargins(0, 0, 0, 0)
        self._qris_qr = QrWidget(qris_page)
        self._qris_qr.setObjectName("qrisQr")
        self._qris_text = WrappingLabel(qris_page, "qrisText")
        self._qris_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._qris_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._qris_text.setFont(scaled_font(parent, 1.1))
        qris_layout.addWidget(self._qris_qr, 1)
        qris_layout.addWidget(self._qris_text, 1)
        self._qris_tab = self.addTab(qris_page, "")
        for page in (self._payment_qr, qris_page):
            page.installEventFilter(self)

    def show_order(self, order: Order) -> bool:
        """Show a new order's codes; True when its QRIS payment request is still to be made."""
        self._note = ""
        # Only an https link (or the training server's loopback http) becomes a QR.
        self._payment_qr.set_data(safe_link(order.payment_url))
        wants_qris = self.show_qris(order, initial=True)
        # QRIS is what bank and e-wallet apps accept, so a QRIS customer sees that code first.
        has_qris = self.isTabVisible(self._qris_tab)
        self.setCurrentIndex(self._qris_tab if has_qris else self._camera_tab)
        return wants_qris

    def show_qris(self, order: Order, *, initial: bool) -> bool:
        """Bring the QRIS tab in line with ``order``; True as :meth:`show_order` says."""
        self._image_url = order.qr_image_url
        wants_qris = False
        if order.qr_string:
            if self._qris_qr.data() != order.qr_string:
                self._note = ""
                self._qris_qr.set_data(order.qr_string)
        elif order.qr_image_url and is_safe_link(order.qr_image_url):
            if initial or not self._qris_qr.has_content():
                self._qris_qr.set_data(None)
                if self._image_loader is None:
                    self._note = "url"
                else:
                    self._note = "loading"
                    self._start("qris", self._load_image(order.qr_image_url))
        elif initial and order.payment_method == "qris" and not is_final(order):
            # §4.12: a QRIS order without a code yet gets its payment request made once.
            self._qris_qr.set_data(None)
            self._note = "loading"
            wants_qris = True
        elif initial:
            self._qris_qr.set_data(None)
        self.setTabVisible(self._qris_tab, self._qris_qr.has_content() or bool(self._note))
        self._qris_qr.setVisible(self._qris_qr.has_content())
        self._qris_text.setVisible(not self._qris_qr.has_content())
        return wants_qris

    def qris_created(self, order: Order) -> None:
        """The payment request answered with a code (``order`` carries it)."""
        self._note = ""
        self.show_qris(order, initial=True)
        self._refresh_qris_page()

    def qris_missing(self) -> None:
        """The payment request gave no code: say so, and show the payment link instead."""
        self._note = "missing"
        self.setCurrentIndex(self._camera_tab)
        self._refresh_qris_page()

    def showing_qris(self) -> bool:
        return self.currentIndex() == self._qris_tab

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
            self._qris_qr.set_image(image)
        self._refresh_qris_page()

    def _refresh_qris_page(self) -> None:
        self._qris_qr.setVisible(self._qris_qr.has_content())
        self._qris_text.setVisible(not self._qris_qr.has_content())
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        # Short tab titles so both fit beside the amount even in the app's 14 px tab font;
        # the full instruction is the tooltip and the line under the QR. (Not
        # QTabBar.setAccessibleTabName: in PySide6 6.12 it corrupts a refcount and crashes
        # the interpreter at exit.)
        for index, title, full in (
            (self._camera_tab, self.tr("Phone camera"), self.tr("Scan with phone camera")),
            (
                self._qris_tab,
                self.tr("QRIS – bank or e-wallet app"),
                self.tr("QRIS – scan with bank or e-wallet app"),
            ),
        ):
            self.setTabText(index, title)
            self.setTabToolTip(index, full)
        self._qris_text.setText(self._note_text())
        self._payment_qr.setAccessibleName(self.tr("QR code of the payment link"))
        self._qris_qr.setAccessibleName(self.tr("QRIS payment code"))
        self.setAccessibleName(self.tr("Payment codes"))
        self._qris_text.setAccessibleName(self.tr("QRIS code status"))

    def scan_hint(self) -> str:
        """How to pay with the code on the current tab (the line under the QR)."""
        if self.showing_qris():
            return self.tr("Scan with any bank or e-wallet app: choose Scan or QRIS in the app.")
        if not self._payment_qr.has_content():
            return self.tr("This payment link is not a secure https address, so it is not shown as a QR.")
        return self.tr("Scan with the phone camera, then open the link to pay.")

    def _note_text(self) -> str:
        if self._note == "loading":
            return self.tr("Getting the QRIS code…")
        if self._note == "url" and self._image_url:
            return self.tr("The QRIS image could not be shown here. Open it at:\n{url}").format(
                url=self._image_url
            )
        if self._note == "missing":
            return self.tr("No QRIS code is available for this order. Use the payment link instead.")
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
