"""The shift from the window: open it, pay in or out, close it, and read the day (F11).

A sale needs an open shift; the first checkout of the day opens one in a single step. The
screens themselves live in ``ui/shift``; this class only puts them in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu

from pos_app.domain.business_day import parse_day_cut
from pos_app.domain.shift import MovementKind, Shift
from pos_app.services.shift_reports import ShiftReports
from pos_app.ui.sale.notice import Notice

if TYPE_CHECKING:
    from pos_app.ui.shift.shift_screen import ShiftScreen
    from pos_app.ui.window.main_window import MainWindow


class ShiftMenu(QObject):
    def __init__(
        self, window: MainWindow, reports: ShiftReports | None, print_lines: Callable | None
    ) -> None:
        super().__init__(window)
        self._w = window
        self.reports = reports
        self._print_lines = print_lines
        self.screen: ShiftScreen | None = None  # built on first use
        self.menu: QMenu | None = None

    @property
    def enabled(self) -> bool:
        return self.reports is not None

    def current(self) -> Shift | None:
        return self.reports.book.current() if self.reports is not None else None

    async def ensure_open(self) -> str | None:
        """The open shift's id; asks to open one (one step) when there is none. None: declined."""
        if self.reports is None:
            return None
        shift = self.current()
        if shift is None:
            from pos_app.ui.shift.open_page import ask_open_shift

            self._w.show_notice(
                Notice(lambda: self.tr("A sale needs an open shift: open it with the starting cash."))
            )
            shift = await ask_open_shift(self._w, self.reports.book, tz=self.reports.tz)
            self._w.activateWindow()
            if shift is not None:
                self._w.show_notice(None)
        return shift.id if shift is not None else None

    def set_terminal(self, name: str) -> None:
        """A renamed till: the next shift opens under the new name (an open one stays current)."""
        if self.reports is not None:
            self.reports.book.set_terminal(name)

    def set_day_cut(self, text: str) -> None:
        if self.reports is not None:
            self.reports.set_day_cut(parse_day_cut(text))

    # -- the screens -------------------------------------------------------------------------
    def _screen(self) -> ShiftScreen:
        if self.screen is None:
            from pos_app.ui.shift.shift_screen import ShiftScreen

            assert self.reports is not None
            columns = self._w.receipt_columns()
            screen = ShiftScreen(self.reports, print_lines=self._print_lines, print_columns=columns)
            screen.backRequested.connect(self._w.back_to_sale)
            self._w.pages.add_page(screen)
            self.screen = screen
        return self.screen

    def show_menu(self) -> None:
        if self.reports is None or not self._w.pages.may_leave_sale_page():
            return
        menu = QMenu(self._w)
        menu.setObjectName("shiftMenu")
        open_shift = self.current() is not None
        pay_in, pay_out = MovementKind.PAY_IN, MovementKind.PAY_OUT
        actions = (
            (self.tr("Open shift"), self.open_shift, not open_shift),
            (self.tr("Pay in (cash into the drawer)"), lambda: self.movement(pay_in), open_shift),
            (self.tr("Pay out (cash out of the drawer)"), lambda: self.movement(pay_out), open_shift),
            (self.tr("Close shift…"), self.close_shift, open_shift),
            (self.tr("Day report"), self.day_report, True),
        )
        for text, slot, enabled in actions:
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        button = self._w.shift_button
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))
        self.menu = menu

    def open_shift(self) -> None:
        self._w.pages.show_page(self._screen())
        self._screen().show_open()

    def movement(self, kind: MovementKind) -> None:
        self._screen().record_movement(kind)

    def close_shift(self) -> None:
        screen = self._screen()
        self._w.pages.show_page(screen)
        screen.show_close()

    def day_report(self) -> None:
        screen = self._screen()
        self._w.pages.show_page(screen)
        screen.show_day_report()

    def refresh_statuses(self) -> None:
        if self.screen is not None:
            self.screen.reportView.refresh_statuses()

    async def aclose(self) -> None:
        if self.screen is not None:
            await self.screen.aclose()
