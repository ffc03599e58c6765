"""The display's quiet moments: the welcome between sales and the big LUNAS at the end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.style import set_style_property
from pos_app.ui.customer import texts
from pos_app.ui.customer.style import ScaledFonts
from pos_app.ui.customer.texts import DisplayLanguage

PAID_STATE, CANCELED_STATE = "paid", "canceled"
MARK_PIXELS = 230  # diameter of the round ✓ / ✕ badge at 1024×768
# One short word (LUNAS / PAID) can be huge; "Pesanan dibatalkan" must still fit one line.
TITLE_PIXELS = {PAID_STATE: 96, CANCELED_STATE: 60}


class WelcomePage(QWidget):
    """ "Selamat datang" and the store's name, until the first scan."""

    def __init__(self, parent: QWidget, fonts: ScaledFonts) -> None:
        super().__init__(parent, objectName="customerWelcomePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        self._welcome = WrappingLabel(self, "customerWelcome")
        self._store = WrappingLabel(self, "customerIdleStore")
        fonts.add(self._welcome, 76, bold=True)
        fonts.add(self._store, 48, bold=True)
        layout.addStretch(1)
        for label in (self._welcome, self._store):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)

    def show_store(self, store_name: str, language: DisplayLanguage) -> None:
        # Before a store is chosen there is no name to welcome the shopper to.
        self._welcome.setText(language.text(texts.WELCOME_TO if store_name else texts.WELCOME))
        self._store.setText(store_name)
        self._store.setVisible(bool(store_name))


class DonePage(QWidget):
    """A round ✓ with LUNAS and a thank-you, or a grey ✕ when the order was canceled."""

    def __init__(self, parent: QWidget, fonts: ScaledFonts) -> None:
        super().__init__(parent, objectName="customerDonePage")
        self._fonts = fonts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        layout.setSpacing(12)
        self._mark = PlainLabel(self, objectName="customerDoneMark")
        self._mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = WrappingLabel(self, "customerDoneTitle")
        self._message = WrappingLabel(self, "customerDoneMessage")
        fonts.add(self._mark, 140, bold=True)
        fonts.add(self._title, TITLE_PIXELS[PAID_STATE], bold=True)
        fonts.add(self._message, 40)
        layout.addStretch(1)
        layout.addWidget(self._mark, 0, Qt.AlignmentFlag.AlignHCenter)
        for label in (self._title, self._message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        self.fonts_changed()

    def fonts_changed(self) -> None:
        side = self._fonts.pixels(MARK_PIXELS)
        self._mark.setFixedSize(side, side)
        self._mark.setStyleSheet(f"border-radius: {side // 2}px;")

    def show_paid(self, store_name: str, language: DisplayLanguage) -> None:
        self._show(PAID_STATE, "✓", language.text(texts.PAID))
        self._message.setText(
            language.text(texts.THANK_YOU_AT, store=store_name)
            if store_name
            else language.text(texts.THANK_YOU)
        )

    def show_canceled(self, language: DisplayLanguage) -> None:
        self._show(CANCELED_STATE, "✕", language.text(texts.CANCELED))
        self._message.setText(language.text(texts.CANCELED_HINT))

    def _show(self, state: str, mark: str, title: str) -> None:
        for label in (self._mark, self._title):
            set_style_property(label, "state", state)
        self._fonts.resize(self._title, TITLE_PIXELS[state])
        self._mark.setText(mark)
        self._title.setText(title)
