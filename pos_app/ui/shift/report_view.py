"""The report screen (``dayReportView``): a business day or one of its shifts, refreshed, printed, saved.

The report appears at once from the journal; the payment statuses of its unpaid orders are
then asked from the server in the background. When that cannot be done (offline) the report
says it is provisional and tries again by itself until the server answers.
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos_app.api.errors import ApiError
from pos_app.domain.sales_report import SalesReport
from pos_app.domain.shift import Shift
from pos_app.services.shift_reports import PrintLines, RefreshedReport, RefreshResult, ShiftReports
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.money_format import DATE_FORMAT
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.tasks import TaskSlot
from pos_app.ui.common.touch_combo import TouchComboBox
from pos_app.ui.common.touch_date import TouchDateEdit
from pos_app.ui.shift.common import SHIFT_STYLE, auto_default, set_kind, shop_time, touch
from pos_app.ui.shift.report_actions import ReportActions
from pos_app.ui.shift.report_body import ReportBody

RETRY_AFTER = 30.0  # seconds between tries while statuses could not be checked (offline)


class ReportView(RetranslateOnLanguageChange, QWidget):
    """``reportDay`` and ``reportScope`` (the whole day or one of its shifts), ``reportRefresh``,
    the report in ``reportBody``, and :class:`ReportActions` (print, PDF, CSV).

    ``print_lines`` is the receipt printer queue (None: Print is off and says why);
    ``print_columns`` the paper's width in characters; ``export_dir`` the first folder offered
    for files (default: Documents); ``retry_after`` seconds between automatic refreshes while
    statuses could not be checked (None: only on request). Await :meth:`aclose` before the loop ends.
    """

    reportChanged = Signal(object)  # the SalesReport now shown
    backRequested = Signal()

    def __init__(
        self,
        reports: ShiftReports,
        parent: QWidget | None = None,
        *,
        print_lines: PrintLines | None = None,
        print_columns: int = 48,
        export_dir: Path | None = None,
        retry_after: float | None = RETRY_AFTER,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dayReportView")
        self._reports = reports
        self._retry_after = retry_after
        self._report: SalesReport | None = None
        self._refresh: RefreshResult | None = None  # the latest round's outcome
        self._error: ApiError | None = None  # the latest round failed outright
        self._checking = False
        self._scopes: list[Shift] = []  # the shifts offered in reportScope, after "whole day"
        self._round = TaskSlot("report refresh")
        self._retry = TaskSlot("report retry")
        self.actions = ReportActions(
            self, print_lines=print_lines, print_columns=print_columns, export_dir=export_dir
        )
        self._build()
        self._fill_scopes(keep=None)
        self.retranslate()

    def _build(self) -> None:
        self.setStyleSheet(SHIFT_STYLE)
        self.title = PlainLabel(self, objectName="paneTitle")
        self.dayLabel = PlainLabel(self)
        self.dayEdit = TouchDateEdit(self, objectName="reportDay")
        self.dayEdit.setDisplayFormat(DATE_FORMAT)
        self.dayEdit.setDate(_qdate(self._reports.today()))
        self.dayEdit.setMinimumWidth(150)
        self.dayLabel.setBuddy(self.dayEdit)
        self.scopeCombo = TouchComboBox(self, objectName="reportScope")
        self.scopeCombo.setMinimumWidth(300)
        self.refreshButton = QPushButton(self, objectName="reportRefresh")
        self.state = WrappingLabel(self, "reportState")
        self.state.setProperty("role", "banner")
        self.body = ReportBody(self)
        self.scroll = QScrollArea(self, objectName="reportScroll", widgetResizable=True)
        self.scroll.setWidget(self.body)
        self.backButton = QPushButton(self, objectName="reportBack")
        touch(self.dayEdit, self.scopeCombo, self.refreshButton, self.backButton)
        auto_default(self.refreshButton, self.backButton)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.refreshButton)
        # The day and the scope get a row of their own: a shift is named with its cashier and
        # its start, and beside the title that name was cut at 1024 px.
        choice = QHBoxLayout()
        choice.setSpacing(8)
        choice.addWidget(self.dayLabel)
        choice.addWidget(self.dayEdit)
        choice.addWidget(self.scopeCombo, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.actions, 1)
        bottom.addWidget(self.backButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(choice)
        layout.addWidget(self.state)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)

        self.dayEdit.dateChanged.connect(lambda _day: self._day_changed())
        self.scopeCombo.activated.connect(lambda _index: self._load())
        self.refreshButton.clicked.connect(lambda: self.refresh_statuses())
        self.backButton.clicked.connect(self.backRequested)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Sales report"))
        self.title.setText(self.tr("Report"))
        self.dayLabel.setText(self.tr("&Day:"))
        self.dayEdit.setAccessibleName(self.tr("Business day"))
        self.scopeCombo.setAccessibleName(self.tr("Whole day or one shift"))
        self.refreshButton.setText(self.tr("&Refresh statuses"))
        self.refreshButton.setAccessibleName(self.tr("Ask the server about the unpaid orders"))
        self.backButton.setText(self.tr("Back"))
        self.state.setAccessibleName(self.tr("Report state"))
        self._label_scopes()
        self._show_state()

    # --- what is shown -------------------------------------------------------------------

    def report(self) -> SalesReport | None:
        return self._report

    def show_day(self, day: date | None = None) -> asyncio.Task:
        """The report of ``day`` (default: today's business day), then its statuses refreshed."""
        self._set_day(day or self._reports.today())
        self._fill_scopes(keep=None)
        return self._load()

    def show_shift(self, shift_id: str) -> asyncio.Task:
        """The report of one shift (under the business day it was opened in), then refreshed."""
        shift = self._reports.book.get(shift_id)
        self._set_day(self._reports.business_day_of(shift.opened_at))
        self._fill_scopes(keep=shift_id)
        return self._load()

    def day(self) -> date:
        return self.dayEdit.date().toPython()

    def _set_day(self, day: date) -> None:
        self.dayEdit.blockSignals(True)
        self.dayEdit.setDate(_qdate(day))
        self.dayEdit.blockSignals(False)

    def _day_changed(self) -> None:
        self._fill_scopes(keep=None)
        self._load()

    def _fill_scopes(self, keep: str | None) -> None:
        self._scopes = self._reports.shifts_of_day(self.day())
        self.scopeCombo.blockSignals(True)
        self.scopeCombo.clear()
        self.scopeCombo.addItem("", None)
        for shift in self._scopes:
            self.scopeCombo.addItem("", shift.id)
        self.scopeCombo.setCurrentIndex(max(0, self.scopeCombo.findData(keep)))
        self.scopeCombo.blockSignals(False)
        self._label_scopes()

    def _label_scopes(self) -> None:
        # Only words: a language change must not read the book (it may be closing).
        self.scopeCombo.setItemText(0, self.tr("Whole day"))
        for row, shift in enumerate(self._scopes, start=1):
            text = self.tr("Shift #{number} ({terminal}), {cashier}, from {time}").format(
                number=shift.number, terminal=shift.terminal, cashier=shift.cashier,
                time=shop_time(shift.opened_at, self._reports.tz),
            )  # fmt: skip
            self.scopeCombo.setItemText(row, text)

    def _load(self) -> asyncio.Task:
        shift_id = self.scopeCombo.currentData()
        self._refresh, self._error = None, None
        self.actions.clear_message()
        self._show(self._reports.shift_report(shift_id) if shift_id else self._reports.day_report(self.day()))
        return self.refresh_statuses()

    def _show(self, report: SalesReport) -> None:
        self._report = report
        self.body.show_report(report)
        self.actions.set_report(report)
        self._show_state()
        self.reportChanged.emit(report)

    # --- refreshing ----------------------------------------------------------------------

    def refresh_statuses(self) -> asyncio.Task:
        """Ask the server about the unpaid orders of what is shown (call it on reconnect too).

        A newer call replaces an older one, whose late answer is then dropped.
        """
        shift_id, day = self.scopeCombo.currentData(), self.day()

        async def make() -> RefreshedReport:
            if shift_id:
                return await self._reports.refreshed_shift_report(shift_id)
            return await self._reports.refreshed_day_report(day)

        self._retry.cancel()
        self._set_checking(True)
        return self._round.start_latest(make, self._refreshed, self._failed)

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self.refreshButton.setEnabled(not checking)
        self._show_state()

    def _refreshed(self, result: RefreshedReport) -> None:
        self._refresh, self._error = result.refresh, None
        self._checking = False
        self.refreshButton.setEnabled(True)
        self._show(result.report)
        if result.refresh is not None and not result.refresh.complete:
            self._retry_later()

    def _failed(self, error: ApiError) -> None:
        self._error = error
        self._set_checking(False)
        self._retry_later()

    def _retry_later(self) -> None:
        if self._retry_after is None:
            return
        delay = self._retry_after

        async def retry() -> None:
            await asyncio.sleep(delay)
            self.refresh_statuses()

        self._retry.start(retry())
        self._show_state()  # now it can say that it tries again

    def _show_state(self) -> None:
        report = self._report
        if report is None:
            self.state.setText("")
            return
        if report.is_final:
            self.state.setText(self.tr("Final: payment statuses checked and every drawer counted."))
            set_kind(self.state, "ok")
            return
        reasons = [] if report.statuses_refreshed else [self._status_reason(report)]
        if report.open_shifts:
            reasons.append(self.tr("a shift is still open, its drawer not counted yet"))
        if not report.day_is_over:
            reasons.append(self.tr("the day is not over yet"))
        text = self.tr("Provisional: {reasons}.").format(reasons="; ".join(reasons))
        self.state.setText(text.replace("….", "…"))  # "checking …" already ends the sentence
        set_kind(self.state, "warning")

    def _status_reason(self, report: SalesReport) -> str:
        if self._checking:
            return self.tr("checking the payment status of unpaid orders…")
        refresh = self._refresh
        unchecked = refresh.unchecked if refresh is not None else len(report.unpaid_sales)
        text = self.tr("{count} unpaid orders not checked with the server").format(count=unchecked)
        error = self._error or (refresh.error if refresh is not None else None)
        if error is not None:
            text += " (" + error_message(error).rstrip(".") + ")"
        if self._retry_after is not None and self._retry.running:
            text += self.tr("; the report fills in when the server answers")
        return text

    # --- the actions, for the lead and the tests -----------------------------------------

    def print_report(self) -> asyncio.Task | None:
        return self.actions.print_report()

    def export_csv(self, path: Path) -> Path:
        return self.actions.export_csv(path)

    def save_pdf(self, path: Path) -> Path:
        return self.actions.save_pdf(path)

    async def aclose(self) -> None:
        self._retry.cancel()
        await self._round.aclose()
        await self._retry.aclose()
        await self.actions.aclose()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
