"""The Receipts & display page: the printer (with Test print), the slip's texts, the customer display."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.receipt_layout import Paper
from pos_app.printing.errors import PrinterError, PrinterOffline
from pos_app.printing.factory import create_printer
from pos_app.printing.print_queue import PrintQueue
from pos_app.settings import AppSettings
from pos_app.ui.common.error_text import printer_error_message
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.tasks import TaskSlot
from pos_app.ui.common.touch_combo import TouchComboBox
from pos_app.ui.settings.display_group import CustomerDisplayGroup
from pos_app.ui.settings.form import Form, show_status, status_label
from pos_app.ui.settings.hooks import SettingsHooks
from pos_app.ui.settings.printer_spec_editor import DRAWER_KINDS, PrinterSpecEditor

_TEXT_HEIGHT = 88  # px: four lines of owner text, enough to see what will be printed
_TEXT_MAX = 500


class ReceiptsPage(RetranslateOnLanguageChange, QWidget):
    # After every Test print: None when the slip went out, the printer's error, or the message
    # that refused to try (no printer, an address that is not valid).
    testPrinted = Signal(object)

    def __init__(self, settings: AppSettings, hooks: SettingsHooks, language: Callable[[], str]) -> None:
        super().__init__(objectName="receiptsPage")
        self._hooks = hooks
        self._language = language  # the slip speaks the language chosen on the Counter page
        # What Test print last said: (what, detail), detail an exception or a message maker.
        self._test_state: tuple[str, object] | None = None
        self._test_task = TaskSlot("test-print")

        self.printerEditor = PrinterSpecEditor(settings.receipt_printer, hooks.printer_names)
        self.printerEditor.specChanged.connect(self._spec_changed)
        self.receiptWidthCombo = TouchComboBox(objectName="receiptWidthCombo")
        self.receiptWidthCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.receiptWidthCombo.addItem("", 32)
        self.receiptWidthCombo.addItem("", 48)
        width = self.receiptWidthCombo.findData(settings.receipt_width)
        self.receiptWidthCombo.setCurrentIndex(max(0, width))
        self.widthLabel = PlainLabel()
        self.widthLabel.setBuddy(self.receiptWidthCombo)
        self.testPrintButton = QPushButton(objectName="testPrintButton", autoDefault=False)
        self.testPrintButton.clicked.connect(self._on_test_print)
        self.testPrintResult = status_label("testPrintResult")
        self.openDrawerCheck = QCheckBox(objectName="openDrawerCheck", checked=settings.open_drawer)
        self.autoPrintCheck = QCheckBox(objectName="autoPrintCheck", checked=settings.auto_print)

        self.printerGroup = QGroupBox(objectName="printerGroup")
        printer = QVBoxLayout(self.printerGroup)
        printer.addWidget(self.printerEditor)
        form = self.printerEditor.form  # one grid, so every label lines up with the printer's
        form.add(self.widthLabel, self.receiptWidthCombo)
        test_row = QHBoxLayout()
        test_row.addWidget(self.testPrintButton)
        test_row.addStretch(1)
        form.add(None, test_row, self.testPrintResult)
        form.add(None, self.openDrawerCheck)
        form.add(None, self.autoPrintCheck)
        printer.addStretch(1)

        self.receiptHeaderEdit = self._owner_text("receiptHeaderEdit", settings.receipt_header)
        self.receiptFooterEdit = self._owner_text("receiptFooterEdit", settings.receipt_footer)
        self.headerLabel, self.footerLabel = PlainLabel(), PlainLabel()
        self.headerLabel.setBuddy(self.receiptHeaderEdit)
        self.footerLabel.setBuddy(self.receiptFooterEdit)
        self.receiptTextGroup = QGroupBox(objectName="receiptTextGroup")
        texts = Form(self.receiptTextGroup)
        texts.add(self.headerLabel, self.receiptHeaderEdit)
        texts.add(self.footerLabel, self.receiptFooterEdit)

        self.displayGroup = CustomerDisplayGroup(settings, hooks.screen_names)
        right = QVBoxLayout()
        right.addWidget(self.receiptTextGroup)
        right.addWidget(self.displayGroup)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.printerGroup, 1)
        layout.addLayout(right, 1)
        self._spec_changed()
        self.retranslate()

    @staticmethod
    def _owner_text(name: str, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(objectName=name)
        edit.setPlainText(text)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(_TEXT_HEIGHT)
        return edit

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.printerGroup.setTitle(self.tr("Receipt printer"))
        self.widthLabel.setText(self.tr("Pape&r:"))
        self.receiptWidthCombo.setItemText(0, self.tr("58 mm (32 characters a line)"))
        self.receiptWidthCombo.setItemText(1, self.tr("80 mm (48 characters a line)"))
        self.testPrintButton.setText(self.tr("Test pri&nt"))
        self.openDrawerCheck.setText(self.tr("Open the cash &drawer for cash sales"))
        self.autoPrintCheck.setText(self.tr("Print &automatically when a sale is done"))
        self.receiptTextGroup.setTitle(self.tr("Receipt text"))
        self.headerLabel.setText(self.tr("&Top:"))
        self.footerLabel.setText(self.tr("&Bottom:"))
        self.receiptHeaderEdit.setPlaceholderText(self.tr("Shop name, address, phone"))
        self.receiptFooterEdit.setPlaceholderText(self.tr("Thank you! Goods bought cannot be returned."))
        for widget, name in (
            (self.receiptWidthCombo, self.tr("Paper width")),
            (self.testPrintButton, self.tr("Print a test slip")),
            (self.testPrintResult, self.tr("Test print result")),
            (self.openDrawerCheck, self.tr("Open the cash drawer for cash sales")),
            (self.autoPrintCheck, self.tr("Print the receipt automatically when a sale is done")),
            (self.receiptHeaderEdit, self.tr("Text at the top of the receipt")),
            (self.receiptFooterEdit, self.tr("Text at the bottom of the receipt")),
        ):
            widget.setAccessibleName(name)
        self.printerGroup.setAccessibleName(self.printerGroup.title())
        self.receiptTextGroup.setAccessibleName(self.receiptTextGroup.title())
        self._show_test_state()

    def _show_test_state(self) -> None:
        state = self._test_state
        if state is None:
            show_status(self.testPrintResult, "")
            return
        what, detail = state
        if what == "busy":
            show_status(self.testPrintResult, self.tr("Printing a test slip…"), "busy")
        elif what == "no_printer":
            show_status(self.testPrintResult, self.tr("Choose a printer first."), "error")
        elif what == "ok" and self.printerEditor.kind() == "pdf":
            saved = self.tr("The test slip was saved as a PDF in the folder.")
            show_status(self.testPrintResult, saved, "ok")
        elif what == "ok":
            show_status(
                self.testPrintResult,
                self.tr("The test slip was printed. Check that its ruler fits the paper."),
                "ok",
            )
        elif what == "invalid" and callable(detail):
            show_status(self.testPrintResult, detail(), "error")
        elif isinstance(detail, Exception):
            show_status(self.testPrintResult, printer_error_message(detail), "error")

    def _set_test_state(self, what: str | None, detail: object = None) -> None:
        self._test_state = None if what is None else (what, detail)
        self._show_test_state()

    # --- behaviour -----------------------------------------------------------------------

    def _spec_changed(self) -> None:
        kind = self.printerEditor.kind()
        # The drawer hangs on an ESC/POS printer; a driver or a PDF cannot open it.
        self.openDrawerCheck.setEnabled(kind in DRAWER_KINDS)
        self.autoPrintCheck.setEnabled(bool(kind))
        if self._test_state is not None and self._test_state[0] != "busy":
            self._set_test_state(None)  # an old result says nothing about the new printer

    def paper(self) -> Paper:
        return Paper.MM80 if self.receiptWidthCombo.currentData() == 48 else Paper.MM58

    def _on_test_print(self) -> None:
        problem = self.printerEditor.problem()
        spec = self.printerEditor.spec()
        if problem is not None or not spec:
            self._set_test_state("no_printer" if problem is None else "invalid", problem)
            self.testPrinted.emit(self.testPrintResult.text())
            return
        self._test_task.start(self._test_print(spec, self.paper(), self._language()))

    async def _test_print(self, spec: str, paper: Paper, language: str) -> None:
        # One test at a time: the button stays off until the answer is shown.
        self.testPrintButton.setEnabled(False)
        self._set_test_state("busy")
        queue: PrintQueue | None = None
        outcome: Exception | None = None
        try:
            timeout = self._hooks.print_timeout
            queue = PrintQueue(create_printer(spec, paper=paper, language=language, timeout=timeout))
            # The printer gives up by itself; this only guards against a driver that never returns.
            async with asyncio.timeout(4 * timeout + 5):
                await queue.test_print()
        except PrinterError as exc:
            outcome = exc
        except TimeoutError:
            outcome = PrinterOffline(f"{spec}: no answer to the test print")
        finally:
            if queue is not None:
                queue.close()
            self.testPrintButton.setEnabled(True)
        self._set_test_state("ok" if outcome is None else "error", outcome)
        self.testPrinted.emit(outcome)

    def close_tasks(self) -> None:
        self._test_task.cancel()

    # --- saving --------------------------------------------------------------------------

    def problem(self) -> Callable[[], str] | None:
        return self.printerEditor.problem()

    def focus_problem(self) -> None:
        self.printerEditor.specEdit.setFocus()

    def apply(self, settings: AppSettings) -> AppSettings:
        return self.displayGroup.apply(
            replace(
                settings,
                receipt_printer=self.printerEditor.spec(),
                receipt_width=self.receiptWidthCombo.currentData(),
                open_drawer=self.openDrawerCheck.isChecked(),
                auto_print=self.autoPrintCheck.isChecked(),
                receipt_header=self.receiptHeaderEdit.toPlainText().strip(),
                receipt_footer=self.receiptFooterEdit.toPlainText().strip(),
            )
        )
