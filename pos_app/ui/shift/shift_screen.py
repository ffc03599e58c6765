"""The shift screens as one page of the main window: open, close (then its report), and reports."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from pos_app.domain.shift import MovementKind, Shift
from pos_app.services.shift_reports import PrintLines, ShiftReports
from pos_app.ui.common.page_sizing import LaidOutWhileHidden, lay_out_hidden
from pos_app.ui.common.tasks import TaskSlot
from pos_app.ui.shift.close_page import CloseShiftPage
from pos_app.ui.shift.movement_dialog import ask_movement
from pos_app.ui.shift.open_page import OpenShiftPage
from pos_app.ui.shift.report_view import RETRY_AFTER, ReportView


class ShiftScreen(QStackedWidget):
    """``openPage`` (``shiftOpenPage``), ``closePage`` (``shiftClosePage``) and ``reportView``
    (``dayReportView``). Closing a shift shows its report; Back and Cancel ask the window to
    return to the sale with :attr:`backRequested`. Await :meth:`aclose` before the loop ends.
    """

    shiftOpened = Signal(object)  # Shift
    shiftClosed = Signal(object)  # the closed Shift
    movementRecorded = Signal(object)  # CashMovement
    backRequested = Signal()

    def __init__(
        self,
        reports: ShiftReports,
        parent: QWidget | None = None,
        *,
        cashier: str = "",
        print_lines: PrintLines | None = None,
        print_columns: int = 48,
        export_dir: Path | None = None,
        retry_after: float | None = RETRY_AFTER,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shiftScreen")
        self._reports = reports
        self._movement = TaskSlot("pay-in or pay-out")
        self.openPage = OpenShiftPage(reports.book, self, tz=reports.tz, cashier=cashier)
        self.closePage = CloseShiftPage(reports, self)
        self.reportView = ReportView(
            reports, self, print_lines=print_lines, print_columns=print_columns, export_dir=export_dir,
            retry_after=retry_after,
        )  # fmt: skip
        for page in (self.openPage, self.closePage, self.reportView):
            self.addWidget(page)
        # Every page, and this screen in the window, kept laid out while hidden: a stack asks
        # for the largest minimum of all its pages (see page_sizing).
        self._sizing = [LaidOutWhileHidden(widget) for widget in (self, self.openPage, self.closePage,
                                                                     self.reportView)]  # fmt: skip
        self.openPage.shiftOpened.connect(self.shiftOpened)
        self.openPage.canceled.connect(self.backRequested)
        self.closePage.shiftClosed.connect(self._closed)
        self.closePage.canceled.connect(self.backRequested)
        self.reportView.backRequested.connect(self.backRequested)

    def show_open(self) -> None:
        self._show_page(self.openPage)
        self.openPage.refresh()

    def show_close(self) -> bool:
        """The close page for this till's open shift; False (and it says so) when none is open."""
        self._show_page(self.closePage)
        return self.closePage.load()

    def show_shift_report(self, shift_id: str) -> asyncio.Task:
        self._show_page(self.reportView)
        return self.reportView.show_shift(shift_id)

    def show_day_report(self, day: date | None = None) -> asyncio.Task:
        self._show_page(self.reportView)
        return self.reportView.show_day(day)

    def _show_page(self, page: QWidget) -> None:
        """Make ``page`` current, laid out first at the size it is about to get.

        A page that was never current keeps a stale, tiny size, and its word-wrapped labels
        measured their text there, a word per line: shown like that it asked for hundreds of
        pixels more than it needs, and the window grew past the monitor and never shrank
        back. The room is the parent's when there is one: this screen fills a page of the
        window, and may itself not have been laid out yet.
        """
        holder = self.parentWidget()
        lay_out_hidden(page, holder.size() if holder is not None else self.size())
        self.setCurrentWidget(page)

    def record_movement(self, kind: MovementKind = MovementKind.PAY_OUT) -> asyncio.Task | None:
        """The pay-in / pay-out dialog for the open shift (from a menu or a shortcut); None when
        no shift is open (the caller offers to open one) or the dialog is already up."""
        shift = self._reports.book.current()
        if shift is None or self._movement.running:
            return None
        return self._movement.start(self._record(shift, kind))

    async def _record(self, shift: Shift, kind: MovementKind) -> None:
        movement = await ask_movement(self.window(), self._reports.book, shift, kind=kind)
        if movement is not None:
            self.movementRecorded.emit(movement)

    def _closed(self, shift: Shift) -> None:
        self.shiftClosed.emit(shift)
        self.show_shift_report(shift.id)

    async def aclose(self) -> None:
        await self._movement.aclose()
        await self.closePage.aclose()
        await self.reportView.aclose()
