"""Widgets that set their texts again when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class RetranslateOnLanguageChange:
    """Mixin (before the Qt base class): calls ``self.retranslate()`` on ``LanguageChange``.

    Qt sends that event to every widget when a translator is installed or removed, so each
    widget only has to know how to set its own texts.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
