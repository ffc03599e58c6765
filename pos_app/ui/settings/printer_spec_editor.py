"""The receipt printer as a kind and its address, kept in step with the one-line printer spec.

The spec string (``tcp://HOST:PORT``, ``usb://VID:PID``, …) is an automation contract, so
it stays visible and editable for whoever provisions tills; a shop owner picks a kind and
fills in its fields instead. Either side updates the other; the spec is checked with the
same parser the printer factory uses, so what Save accepts is what the printer will get.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from pos_app.printing.errors import PrinterSpecError
from pos_app.printing.spec import format_printer_spec, parse_printer_spec
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.touch_combo import TouchComboBox
from pos_app.ui.settings.form import Form, hint_label, show_status
from pos_app.ui.settings.printer_fields import NAME_KINDS, PrinterFields, kind_of

# In the order an owner is most likely to need them; "" = no printer.
KINDS = ("", "tcp", "usb", "serial", "win32", "cups", "system", "pdf", "file")
# Kinds that speak ESC/POS, the only way to open a cash drawer from here.
DRAWER_KINDS = frozenset({"tcp", "usb", "serial", "win32", "cups", "file"})

Message = Callable[[], str]


class PrinterSpecEditor(RetranslateOnLanguageChange, QWidget):
    """``specChanged`` carries the spec after every edit ("" = no printer, or not valid yet)."""

    specChanged = Signal(str)

    def __init__(
        self, spec: str, printer_names: Callable[[], list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="printerSpecEditor")
        self.kindCombo = TouchComboBox(objectName="printerKindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in KINDS:
            self.kindCombo.addItem("", kind)
        self.kindCombo.currentIndexChanged.connect(self._on_kind_chosen)
        self.fields = PrinterFields(printer_names)
        self.fields.edited.connect(self._on_fields_edited)
        self.specEdit = QLineEdit(objectName="printerSpecEdit")
        self.specEdit.textEdited.connect(self._on_spec_edited)
        self.status = hint_label("printerSpecStatus")
        self.kindLabel, self.addressLabel, self.specLabel = (
            PlainLabel(objectName="printerKindLabel"), PlainLabel(objectName="printerAddressLabel"),
            PlainLabel(objectName="printerSpecLabel"),
        )  # fmt: skip
        self.kindLabel.setBuddy(self.kindCombo)
        self.specLabel.setBuddy(self.specEdit)
        # The page adds its own printer rows (paper, Test print) to this grid, so they line up.
        self.form = Form(self)
        self.form.add(self.kindLabel, self.kindCombo)
        # The note under the address fields: how to find the address, or what is wrong with it.
        self.form.add(self.addressLabel, self.fields, self.status)
        self.form.add(self.specLabel, self.specEdit)
        self.form.grid.setContentsMargins(0, 0, 0, 0)
        self._error: str | None = None  # the kind whose address is wrong; "?" = unknown kind
        # A kind just chosen has empty fields: say what to fill in, in red only once the owner
        # has typed something or tried to save.
        self._insist = False
        self.set_spec(spec)
        self.retranslate()

    # --- what the page reads ---------------------------------------------------------------

    def kind(self) -> str:
        return self.kindCombo.currentData()

    def spec(self) -> str:
        """The valid, normalised spec; "" when there is no printer or the address is not valid."""
        if self._error is not None:
            return ""
        text = self.specEdit.text().strip()
        return format_printer_spec(parse_printer_spec(text)) if text else ""

    def problem(self) -> Message | None:
        if self._error is None:
            return None
        self._insist = True
        self._show_state()
        return self._error_message

    def set_spec(self, text: str) -> None:
        self.specEdit.setText(text.strip())
        self._read_spec()
        self._insist = self._error is not None  # a saved line that is wrong is shown as wrong
        self._show_state()

    # --- keeping both sides in step --------------------------------------------------------

    def _on_kind_chosen(self) -> None:
        self.fields.set_kind(self.kind())
        self._compose()
        self._insist = False
        self._changed()

    def _on_fields_edited(self) -> None:
        self._compose()
        self._insist = True
        self._changed()

    def _compose(self) -> None:
        raw = self.fields.compose()
        try:
            text = format_printer_spec(parse_printer_spec(raw)) if raw else ""
            self._error = None
        except PrinterSpecError:
            text, self._error = raw, self.kind()
        self.specEdit.setText(text)

    def _on_spec_edited(self) -> None:
        self._read_spec()
        self._insist = True
        self._changed()

    def _read_spec(self) -> None:
        text = self.specEdit.text().strip()
        self._error = None
        kind = ""
        if text:
            scheme = text.partition("://")[0].lower()
            try:
                parsed = parse_printer_spec(text)
            except PrinterSpecError:
                kind = scheme if scheme in KINDS and "://" in text else ""
                self._error = kind or "?"
            else:
                kind = kind_of(parsed)
                self.fields.fill(parsed)
        self.kindCombo.blockSignals(True)
        self.kindCombo.setCurrentIndex(max(0, self.kindCombo.findData(kind)))
        self.kindCombo.blockSignals(False)
        self.fields.set_kind(kind)
        self._show_state()

    def _changed(self) -> None:
        self._show_state()
        self.specChanged.emit(self.spec())

    # --- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        names = {
            "": self.tr("No printer"),
            "tcp": self.tr("Network printer (LAN/Wi-Fi)"),
            "usb": self.tr("USB"),
            "serial": self.tr("Serial/COM"),
            "win32": self.tr("Windows printer"),
            "cups": self.tr("macOS/Linux printer (CUPS)"),
            "system": self.tr("System printer"),
            "pdf": self.tr("Save as PDF"),
            "file": self.tr("Raw file"),
        }
        for index, kind in enumerate(KINDS):
            self.kindCombo.setItemText(index, names[kind])
        self.kindLabel.setText(self.tr("&Printer:"))
        self.specLabel.setText(self.tr("Printer &line:"))
        self.specEdit.setPlaceholderText(self.tr("For example tcp://192.168.1.50:9100"))
        self.kindCombo.setAccessibleName(self.tr("Kind of receipt printer"))
        self.specEdit.setAccessibleName(self.tr("Printer line (for automatic set-up)"))
        self.status.setAccessibleName(self.tr("Printer address check"))
        self.addressLabel.setAccessibleName(self.tr("Printer address"))
        self._show_state()

    def _show_state(self) -> None:
        kind = self.kind()
        self.addressLabel.setText(self.fields.address_label())
        self.addressLabel.setBuddy(self.fields.main_field())
        self.addressLabel.setVisible(bool(kind))
        self.fields.setVisible(bool(kind))
        if self._error is not None:
            show_status(self.status, self._error_message(), "error" if self._insist else "")
        else:
            show_status(self.status, self._kind_hint(kind))
        self.specEdit.setAccessibleDescription(self.status.text())

    def _kind_hint(self, kind: str) -> str:
        hints = {
            "": self.tr("Receipts are not printed; they can still be sent by WhatsApp."),
            "tcp": self.tr(
                "Print the printer's self-test page to see its IP address. The port is usually 9100."
            ),
            "usb": self.tr(
                "Vendor and product id, 4 hex digits each, from the printer's label or device list."
            ),
            "serial": self.tr(
                "The COM port (Windows) or /dev/tty… device, and the speed set in the printer."
            ),
            "win32": self.tr("The printer's name in Windows; the receipt goes to it as printer commands."),
            "cups": self.tr("The printer's queue name; the receipt goes to it as printer commands."),
            "system": self.tr(
                "Any printer with a driver, also an office printer. It cannot open a cash drawer."
            ),
            "pdf": self.tr("One PDF file per receipt in this folder. No paper, no cash drawer."),
            "file": self.tr("The printer commands are added to this file or device (for testing)."),
        }
        return hints[kind]

    def _error_message(self) -> str:
        kind = self._error
        if kind == "tcp":
            return self.tr("Type the printer's IP address (no spaces) and a port from 1 to 65535.")
        if kind == "usb":
            return self.tr("Type both USB ids as 1 to 4 hex digits (0-9, a-f), for example 04b8 and 0202.")
        if kind == "serial":
            return self.tr("Type the serial port (COM3 or /dev/ttyUSB0) and a speed such as 9600.")
        if kind in NAME_KINDS:
            return self.tr("Choose or type the printer's name.")
        if kind == "pdf":
            return self.tr("Choose the folder for the PDF receipts.")
        if kind == "file":
            return self.tr("Choose the file or device to write to.")
        return self.tr(
            "This is not a printer line. It starts with tcp://, usb://, serial://, win32://, cups://, "
            "system://, pdf:// or file://."
        )
