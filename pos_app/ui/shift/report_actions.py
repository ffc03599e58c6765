"""Print, Save PDF and Export CSV for the report on screen, one action at a time, none blocking."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pos_app.domain.sales_report import SalesReport
from pos_app.services.shift_reports import PrintLines, print_report, report_file_stem, save_csv
from pos_app.ui.common.async_dialogs import confirm
from pos_app.ui.common.labels import WrappingLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.tasks import TaskSlot
from pos_app.ui.shift.common import auto_default, report_language, set_kind, touch
from pos_app.ui.shift.report_files import ask_save_path, default_folder, write_report_pdf

log = logging.getLogger(__name__)


class ReportActions(RetranslateOnLanguageChange, QWidget):
    """``reportPrint`` (off, with the reason beside it, without a printer hook),
    ``reportSavePdf``, ``reportExportCsv`` and what became of the last one in ``reportMessage``."""

    def __init__(
        self,
        parent: QWidget,
        *,
        print_lines: PrintLines | None,
        print_columns: int,
        export_dir: Path | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportActions")
        self._print_lines = print_lines
        self._print_columns = print_columns
        self._folder = export_dir
        self._report: SalesReport | None = None
        self._message: tuple[str, str, str] = ("", "", "")  # code, kind, detail
        self._task = TaskSlot("report action")
        self.message = WrappingLabel(self, "reportMessage")
        self.printHint = WrappingLabel(self, "reportPrintHint")
        self.printHint.setProperty("role", "hint")
        self.printButton = QPushButton(self, objectName="reportPrint")
        self.pdfButton = QPushButton(self, objectName="reportSavePdf")
        self.csvButton = QPushButton(self, objectName="reportExportCsv")
        touch(self.printButton, self.pdfButton, self.csvButton)
        auto_default(self.printButton, self.pdfButton, self.csvButton)
        notes = QVBoxLayout()
        notes.setSpacing(2)
        notes.addWidget(self.message)
        notes.addWidget(self.printHint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(notes, 1)
        for button in (self.printButton, self.pdfButton, self.csvButton):
            layout.addWidget(button)
        self.printButton.clicked.connect(lambda: self.print_report())
        self.pdfButton.clicked.connect(lambda: self.choose_pdf())
        self.csvButton.clicked.connect(lambda: self.choose_csv())
        self.retranslate()

    def retranslate(self) -> None:
        self.printButton.setText(self.tr("&Print"))
        self.pdfButton.setText(self.tr("Save PD&F"))
        self.csvButton.setText(self.tr("Export &CSV"))
        reason = "" if self._print_lines else self.tr("No receipt printer is set up; save a PDF instead.")
        self.printHint.setText(reason)
        self.printHint.setVisible(bool(reason))
        self.printButton.setToolTip(reason)
        self.printButton.setAccessibleDescription(reason)
        self._show_message()
        self._update_buttons()

    def set_report(self, report: SalesReport | None) -> None:
        self._report = report
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._report is not None and not self._task.running
        self.printButton.setEnabled(ready and self._print_lines is not None)
        self.pdfButton.setEnabled(ready)
        self.csvButton.setEnabled(ready)

    # --- the actions ---------------------------------------------------------------------

    def print_report(self) -> asyncio.Task | None:
        if self._report is None or self._print_lines is None or self._task.running:
            return None
        return self._start(self._print(self._report, self._print_lines))

    async def _print(self, report: SalesReport, hook: PrintLines) -> None:
        self._set_message("printing", "")
        try:
            await print_report(report, hook, columns=self._print_columns, language=report_language())
        except Exception as exc:  # a device hook: paper out, printer off, driver errors
            log.warning("printing the report failed: %s", exc, exc_info=True)
            self._set_message("print_failed", "error", str(exc))
            return
        self._set_message("printed", "ok")

    def export_csv(self, path: Path) -> Path:
        """Write the report's CSV to ``path`` without asking (the lead may pass a fixed folder)."""
        if self._report is None:
            raise RuntimeError("no report is shown")
        return save_csv(self._report, path, report_language())

    def save_pdf(self, path: Path) -> Path:
        if self._report is None:
            raise RuntimeError("no report is shown")
        write_report_pdf(self._report, path, report_language())
        return Path(path)

    def choose_csv(self) -> asyncio.Task | None:
        return self._choose(self.tr("Export the report as CSV"), self.tr("CSV files (*.csv)"), "csv")

    def choose_pdf(self) -> asyncio.Task | None:
        return self._choose(self.tr("Save the report as PDF"), self.tr("PDF files (*.pdf)"), "pdf")

    def _choose(self, title: str, name_filter: str, suffix: str) -> asyncio.Task | None:
        if self._report is None or self._task.running:
            return None
        return self._start(self._save_as(self._report, title, name_filter, suffix))

    async def _save_as(self, report: SalesReport, title: str, name_filter: str, suffix: str) -> None:
        folder = self._folder or default_folder()
        suggested = folder / f"{report_file_stem(report, report_language())}.{suffix}"
        path = await ask_save_path(self.window(), title, suggested, name_filter, suffix)
        if path is None:
            return
        question = self.tr("{name} already exists. Replace it?").format(name=path.name)
        if path.exists() and not await confirm(
            self.window(), title, question, ok_text=self.tr("Replace"), cancel_text=self.tr("Cancel")
        ):
            return
        self._folder = path.parent
        try:
            saved = self.export_csv(path) if suffix == "csv" else self.save_pdf(path)
        except OSError as exc:
            log.warning("could not save the report to %s: %s", path, exc)
            self._set_message("save_failed", "error", str(path))
            return
        self._set_message("saved", "ok", str(saved))

    def _start(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task:
        async def run() -> None:
            try:
                await coro
            finally:
                self._update_buttons()

        task = self._task.start(run())
        self._update_buttons()
        return task

    # --- what happened -------------------------------------------------------------------

    def _set_message(self, code: str, kind: str, detail: str = "") -> None:
        self._message = (code, kind, detail)
        self._show_message()

    def _show_message(self) -> None:
        code, kind, detail = self._message
        texts = {
            "printing": lambda: self.tr("Sending the report to the printer…"),
            "printed": lambda: self.tr("The report was sent to the printer."),
            "print_failed": lambda: self.tr("Printing failed: {reason}").format(reason=detail),
            "saved": lambda: self.tr("Saved: {path}").format(path=detail),
            "save_failed": lambda: self.tr("Could not save {path}. Choose another folder.").format(
                path=detail
            ),
        }
        text = texts[code]() if code in texts else ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        set_kind(self.message, kind)

    def clear_message(self) -> None:
        self._set_message("", "")

    async def aclose(self) -> None:
        await self._task.aclose()
