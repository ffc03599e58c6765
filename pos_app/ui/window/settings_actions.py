"""The owner's settings reaching the till: opening the dialog (F10) and applying what it saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_app.domain.business_day import parse_day_cut
from pos_app.domain.sale import Action
from pos_app.printing.errors import PrinterError
from pos_app.services.receipts import ReceiptSettings
from pos_app.settings import AppSettings
from pos_app.ui.common.error_text import printer_error_message
from pos_app.ui.common.tasks import TaskGroup
from pos_app.ui.sale.notice import Notice
from pos_app.ui.settings.counter_page import StoreMethods

if TYPE_CHECKING:
    from pos_app.ui.window.main_window import MainWindow


class SettingsActions(QObject):
    def __init__(
        self, window: MainWindow, receipt_settings: Callable[[AppSettings], ReceiptSettings] | None
    ) -> None:
        super().__init__(window)
        self._w = window
        self._receipt_settings = receipt_settings
        self._tasks = TaskGroup()
        self.flow = None
        # AppConfig.customer_display: the customer window is open whatever the settings say.
        self._display_forced = False

    def attach(self, flow) -> None:
        self.flow = flow
        flow.applied.connect(self._applied)

    def open(self) -> None:
        if self.flow is not None:
            self._tasks.start(self.flow.open(self._w, self._store_methods()))

    def _store_methods(self) -> StoreMethods | None:
        store, methods = self._w.sale.store, self._w.controller.store_methods
        return StoreMethods(store.name, tuple(methods)) if store is not None and methods else None

    def apply(self, settings: AppSettings, *, customer_display: bool | None = None) -> None:
        """The owner's choices that shape a sale: walk-in name, how cash is recorded, the day
        cut, receipts, the customer display (``customer_display`` opens it whatever the
        settings say; None keeps what the till was started with, so saving Settings never
        closes a display the configuration asked for)."""
        if customer_display is not None:
            self._display_forced = customer_display
        w = self._w
        w.sale_screen.walk_in_name = settings.walk_in_name
        w.shift_menu.set_day_cut(settings.day_cut)
        w.pages.set_day_cut(parse_day_cut(settings.day_cut))
        if self._receipt_settings is not None and w.receipts.desk is not None:
            try:
                w.receipts.desk.configure(self._receipt_settings(settings))
            except PrinterError as exc:
                w.show_notice(
                    Notice(lambda exc=exc: printer_error_message(exc), "warning", action="settings")
                )
        w.customer_mirror.configure(
            enabled=self._display_forced or settings.customer_display,
            screen_name=settings.customer_display_screen,
            windowed=settings.customer_display_windowed,
        )
        w.controller.set_cash_method(settings.cash_method)
        if w.sale.allows(Action.EDIT):
            w.sale_screen.sync_from_form()
        w.sale_screen.refresh()

    def _applied(self, settings: AppSettings, restart: bool) -> None:
        w = self._w
        w.controller.set_terminal(settings.terminal_name)
        w.shift_menu.set_terminal(settings.terminal_name)
        self.apply(settings)
        if restart:
            text = lambda: self.tr("Settings saved. Restart Kasir to use the new address or mode.")  # noqa: E731
        else:
            text = lambda: self.tr("Settings saved. The sale continues: the cart and customer are kept.")  # noqa: E731
        w.show_notice(Notice(text))
        w.store_pane.refresh()

    async def aclose(self) -> None:
        await self._tasks.aclose()
