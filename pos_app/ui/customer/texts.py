"""The customer display's own language, independent of the cashier's.

A shop may run the till in English while its shoppers read Indonesian, so the display
does not go through the application's installed translator (``QCoreApplication.translate``
would follow the cashier's choice). It loads the same compiled ``kasir_<code>.qm`` into a
``QTranslator`` of its own and asks it directly.

Every text is marked with ``QT_TRANSLATE_NOOP("CustomerDisplay", ...)`` so that
``packaging/update_translations.py`` (lupdate) collects it under the ``CustomerDisplay``
context, and ``tests/test_translations.py`` fails while one lacks an Indonesian text.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTranslator

from pos_app.languages import DEFAULT_LANGUAGE, SOURCE_LANGUAGE, is_known_language, qm_path

log = logging.getLogger(__name__)

CONTEXT = "CustomerDisplay"

WELCOME = QT_TRANSLATE_NOOP("CustomerDisplay", "Welcome")
WELCOME_TO = QT_TRANSLATE_NOOP("CustomerDisplay", "Welcome to")
TOTAL = QT_TRANSLATE_NOOP("CustomerDisplay", "Total")
ONE_ITEM = QT_TRANSLATE_NOOP("CustomerDisplay", "1 item")
ITEMS = QT_TRANSLATE_NOOP("CustomerDisplay", "{count} items")
MORE_ABOVE = QT_TRANSLATE_NOOP("CustomerDisplay", "▲ {count} more lines above")
MORE_BELOW = QT_TRANSLATE_NOOP("CustomerDisplay", "▼ {count} more lines below")
TOTAL_TO_PAY = QT_TRANSLATE_NOOP("CustomerDisplay", "Total to pay")
TOTAL_PAID = QT_TRANSLATE_NOOP("CustomerDisplay", "Total paid")
WAITING = QT_TRANSLATE_NOOP("CustomerDisplay", "Waiting for payment…")
SCAN_WITH_APP = QT_TRANSLATE_NOOP("CustomerDisplay", "Scan this QR with your bank or e-wallet app")
SCAN_WITH_CAMERA = QT_TRANSLATE_NOOP("CustomerDisplay", "Scan this QR with your phone camera")
VA_NUMBER = QT_TRANSLATE_NOOP("CustomerDisplay", "Virtual Account number")
VA_NUMBER_AT = QT_TRANSLATE_NOOP("CustomerDisplay", "{bank} Virtual Account number")
VA_HINT = QT_TRANSLATE_NOOP("CustomerDisplay", "Transfer exactly the total to this number.")
PAYMENT_CODE = QT_TRANSLATE_NOOP("CustomerDisplay", "Payment code")
PAYMENT_CODE_HINT = QT_TRANSLATE_NOOP("CustomerDisplay", "Show this code to the cashier at {place}.")
TRANSFER_TO = QT_TRANSLATE_NOOP("CustomerDisplay", "Transfer to")
TRANSFER_HINT = QT_TRANSLATE_NOOP(
    "CustomerDisplay", "Transfer exactly the total. The cashier confirms it when it arrives."
)
CASH_RECEIVED = QT_TRANSLATE_NOOP("CustomerDisplay", "Cash received")
CHANGE = QT_TRANSLATE_NOOP("CustomerDisplay", "Change")
PAID = QT_TRANSLATE_NOOP("CustomerDisplay", "PAID")
THANK_YOU = QT_TRANSLATE_NOOP("CustomerDisplay", "Thank you!")
THANK_YOU_AT = QT_TRANSLATE_NOOP("CustomerDisplay", "Thank you for shopping at {store}!")
CANCELED = QT_TRANSLATE_NOOP("CustomerDisplay", "Order canceled")
CANCELED_HINT = QT_TRANSLATE_NOOP("CustomerDisplay", "Please ask the cashier.")
WINDOW_TITLE = QT_TRANSLATE_NOOP("CustomerDisplay", "Customer display")


class DisplayLanguage(QObject):
    """Translates the display's texts into its own language (Indonesian unless told otherwise)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._code = SOURCE_LANGUAGE
        self._translator: QTranslator | None = None

    def code(self) -> str:
        return self._code

    def load(self, code: str = DEFAULT_LANGUAGE, directory: Path | None = None) -> None:
        """Switch to ``code``; a missing ``.qm`` leaves English and logs how to build it.

        The translator is never installed in the application, so the cashier's windows
        cannot pick it up (nor this display theirs).
        """
        if not is_known_language(code):
            raise ValueError(f"unknown language code: {code!r}")
        translator: QTranslator | None = None
        if code != SOURCE_LANGUAGE:
            translator = QTranslator(self)
            path = qm_path(code, directory)
            if not translator.load(str(path)):
                log.warning(
                    "customer display: translation %s not found or unreadable; showing English. "
                    "Build it with: python packaging/build_translations.py",
                    path,
                )
                translator.deleteLater()
                translator = None
        if self._translator is not None:
            self._translator.deleteLater()
        self._translator = translator
        self._code = code if translator is not None else SOURCE_LANGUAGE

    def text(self, source: str, **values: object) -> str:
        """``source`` in the display's language, with ``{name}`` placeholders filled in."""
        translated = self._translator.translate(CONTEXT, source) if self._translator else ""
        text = translated or source
        return text.format(**values) if values else text
