"""The customer display: a second window that shows the shopper the sale as it happens.

A view of the sale and nothing else: the main window calls ``show_idle``, ``show_cart``,
``show_payment``, ``show_paid`` and ``show_canceled`` as the sale moves on. It has no
buttons, never takes the keyboard from the till, and speaks its own language (Indonesian
by default) whatever the cashier's UI language is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QStackedWidget, QVBoxLayout, QWidget

from pos_app.languages import DEFAULT_LANGUAGE
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.style import set_style_property
from pos_app.ui.customer import texts
from pos_app.ui.customer.cart_lines import CartLinesArea, ElidedLabel
from pos_app.ui.customer.pages import DonePage, WelcomePage
from pos_app.ui.customer.payment_page import PaymentPage
from pos_app.ui.customer.placement import FocusKeeper, windowed_geometry
from pos_app.ui.customer.prompt import CustomerLine, PaymentPrompt, changed_line, item_count
from pos_app.ui.customer.style import CUSTOMER_STYLE, ScaledFonts, scale_for
from pos_app.ui.customer.texts import DisplayLanguage

IDLE, CART, PAYMENT, PAID, CANCELED = "idle", "cart", "payment", "paid", "canceled"


class CustomerDisplay(QWidget):
    """Top-level window ``customerDisplay``; call :meth:`place` to show it, ``hide()`` to stop."""

    def __init__(self, parent: QWidget | None = None, *, language: str = DEFAULT_LANGUAGE) -> None:
        # A window of its own even with a parent (the parent only owns its lifetime).
        # Qt.Tool would keep it out of the taskbar, but macOS hides tool windows whenever
        # another app is active, so a plain window that refuses focus is used instead.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("customerDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._language = DisplayLanguage(self)
        self._fonts = ScaledFonts()
        self._state = IDLE
        self._store_name = ""
        self._lines: tuple[CustomerLine, ...] = ()
        self._redraw: Callable[[], None] = lambda: None  # repeats the last show_* after a language switch
        self._build()
        for child in self.findChildren(QWidget):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._focus_keeper = FocusKeeper(self)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenRemoved.connect(self._on_screen_removed)
        self.set_language(language)
        self.show_idle("")

    # -- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet(CUSTOMER_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The window's size is the screen's (or the one place() gives it): long wrapped
        # names must not grow a window past its screen the way a dialog would grow.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._frame = QFrame(self, objectName="customerFrame")
        outer.addWidget(self._frame)
        layout = QVBoxLayout(self._frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self._header = QFrame(self._frame, objectName="customerHeader")
        header_layout = QHBoxLayout(self._header)
        header_layout.setContentsMargins(28, 10, 28, 10)
        self._store = ElidedLabel(self._header, "customerStoreName")
        self._fonts.add(self._store, 32, bold=True)
        header_layout.addWidget(self._store)

        self._pages = QStackedWidget(self._frame, objectName="customerPages")
        self._welcome = WelcomePage(self._pages, self._fonts)
        self._cart = CartLinesArea(self._pages, self._fonts, self._language)
        self._payment = PaymentPage(self._pages, self._fonts)
        self._done = DonePage(self._pages, self._fonts)
        for page in (self._welcome, self._cart, self._payment, self._done):
            self._pages.addWidget(page)

        layout.addWidget(self._header)
        layout.addWidget(self._pages, 1)
        layout.addWidget(self._build_footer())

    def _build_footer(self) -> QFrame:
        self._footer = QFrame(self._frame, objectName="customerFooter")
        row = QHBoxLayout(self._footer)
        row.setContentsMargins(28, 10, 32, 12)
        captions = QVBoxLayout()
        captions.setSpacing(0)
        self._total_caption = PlainLabel(self._footer, objectName="customerTotalCaption")
        self._item_count = PlainLabel(self._footer, objectName="customerItemCount")
        self._total = PlainLabel(self._footer, objectName="customerTotal")
        self._total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._fonts.add(self._total_caption, 34, bold=True)
        self._fonts.add(self._item_count, 26)
        self._fonts.add(self._total, 76, bold=True)
        captions.addStretch(1)
        captions.addWidget(self._total_caption)
        captions.addWidget(self._item_count)
        captions.addStretch(1)
        row.addLayout(captions)
        row.addStretch(1)
        row.addWidget(self._total)
        return self._footer

    # -- what to show --------------------------------------------------------------------

    def show_idle(self, store_name: str) -> None:
        """Welcome, with the store's name (empty before a store is chosen)."""
        self._store_name = store_name
        self._lines = ()
        self._redraw = self._render_idle
        self._render_idle()

    def show_cart(self, store_name: str, lines: Sequence[CustomerLine], total: int) -> None:
        """The cart as it is now; called on every scan, so it only touches what changed.

        An empty cart shows the welcome: there is nothing to read yet.
        """
        if not lines:
            self.show_idle(store_name)
            return
        lines = tuple(lines)
        focus = changed_line(self._lines if self._state == CART else (), lines)
        self._store_name = store_name
        self._lines = lines
        self._redraw = lambda: self._render_cart(lines, total, focus)
        self._render_cart(lines, total, focus)

    def show_payment(self, prompt: PaymentPrompt) -> None:
        """How to pay ``prompt.amount``: the till's QR, a VA number, cash and change, …"""
        if prompt.store_name is not None:
            self._store_name = prompt.store_name
        self._redraw = lambda: self._render_payment(prompt)
        self._render_payment(prompt)

    def show_paid(self, amount: int) -> None:
        """LUNAS and a thank-you."""
        self._lines = ()
        self._redraw = lambda: self._render_paid(amount)
        self._render_paid(amount)

    def show_canceled(self) -> None:
        self._lines = ()
        self._redraw = self._render_canceled
        self._render_canceled()

    def state(self) -> str:
        """``idle``, ``cart``, ``payment``, ``paid`` or ``canceled``."""
        return self._state

    def shown_lines(self) -> list[tuple[str, str, str]]:
        """(quantity, name, line total) of the cart lines on screen, top to bottom."""
        return self._cart.shown_lines() if self._state == CART else []

    # -- language ------------------------------------------------------------------------

    def set_language(self, code: str, directory: Path | None = None) -> None:
        """Speak ``code`` ("id" or "en") from now on, whatever the cashier's UI speaks."""
        self._language.load(code, directory)
        self.setWindowTitle(self._language.text(texts.WINDOW_TITLE))
        self._redraw()

    def language(self) -> str:
        """The language the display really speaks ("en" if the translation was missing)."""
        return self._language.code()

    # -- placement -----------------------------------------------------------------------

    def place(self, screen: QScreen | None, *, windowed: bool) -> None:
        """Show full screen on ``screen``, or as a normal window there with ``windowed``.

        With no screen to fill (``None``: a single-screen till) it is always a window: full
        screen on the till's own monitor would hide the till.
        """
        target = screen or QGuiApplication.primaryScreen()
        windowed = windowed or screen is None
        moved = self.screen() != target
        self.setScreen(target)
        if windowed:
            self.setWindowState(Qt.WindowState.WindowNoState)
            if moved or not self.isVisible():
                self.setGeometry(windowed_geometry(target.availableGeometry()))
        else:
            self.setGeometry(target.geometry())
            self.setWindowState(Qt.WindowState.WindowFullScreen)
        # Not showFullScreen(): that also calls activateWindow() and would take the focus.
        self.show()

    def _on_screen_removed(self, screen: QScreen) -> None:
        # Qt moves a window whose monitor was unplugged to the primary screen, which would
        # put a full-screen display over the till. Hidden instead; place() shows it again.
        if self.isFullScreen() and screen == self.screen():
            self.hide()

    # -- rendering -----------------------------------------------------------------------

    def _switch(self, state: str, page: QWidget, *, header: bool, footer: bool) -> None:
        if self._state != state:
            self._state = state
            set_style_property(self._frame, "state", state)
        if self._pages.currentWidget() is not page:
            self._pages.setCurrentWidget(page)
        self._store.set_full_text(self._store_name)
        self._header.setVisible(header and bool(self._store_name))
        self._footer.setVisible(footer)

    def _set_footer(self, caption: str, total: int, count: str = "") -> None:
        for label, text in ((self._total_caption, caption), (self._item_count, count)):
            if label.text() != text:
                label.setText(text)
        self._item_count.setVisible(bool(count))
        money = format_money(total)
        if self._total.text() != money:
            self._total.setText(money)

    def _render_idle(self) -> None:
        self._welcome.show_store(self._store_name, self._language)
        self._switch(IDLE, self._welcome, header=False, footer=False)

    def _render_cart(self, lines: tuple[CustomerLine, ...], total: int, focus: int | None) -> None:
        self._switch(CART, self._cart, header=True, footer=True)
        self._cart.set_lines(lines, focus)
        count = item_count(lines)
        items = (
            self._language.text(texts.ONE_ITEM)
            if count == 1
            else self._language.text(texts.ITEMS, count=count)
        )
        self._set_footer(self._language.text(texts.TOTAL), total, items)

    def _render_payment(self, prompt: PaymentPrompt) -> None:
        self._payment.show_prompt(prompt, self._language)
        self._switch(PAYMENT, self._payment, header=True, footer=True)
        self._set_footer(self._language.text(texts.TOTAL_TO_PAY), prompt.amount)

    def _render_paid(self, amount: int) -> None:
        self._done.show_paid(self._store_name, self._language)
        self._switch(PAID, self._done, header=True, footer=True)
        self._set_footer(self._language.text(texts.TOTAL_PAID), amount)

    def _render_canceled(self) -> None:
        self._done.show_canceled(self._language)
        self._switch(CANCELED, self._done, header=True, footer=False)

    # -- size ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fonts.set_scale(scale_for(event.size())):
            self._cart.fonts_changed()
            self._done.fonts_changed()
