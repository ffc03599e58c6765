"""The address fields of each kind of receipt printer, and the spec text they make.

One stacked page per shape of address: host and port, USB ids, serial port and speed, a
printer name, a folder or file. The spec grammar lives in :mod:`pos_app.printing.spec`;
here it is only written (``compose``) and read back into fields (``fill``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from pos_app.printing.spec import (
    DEFAULT_BAUDRATE,
    DEFAULT_TCP_PORT,
    CupsSpec,
    FileSpec,
    PdfSpec,
    PrinterSpec,
    SerialSpec,
    SystemSpec,
    TcpSpec,
    UsbSpec,
    Win32Spec,
)
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.touch_combo import TouchComboBox

NAME_KINDS = ("win32", "cups", "system")
PATH_KINDS = ("pdf", "file")
BAUDRATES = (9600, 19200, 38400, 57600, 115200)
_PAGES = {"": 0, "tcp": 1, "usb": 2, "serial": 3, **dict.fromkeys(NAME_KINDS, 4),
          **dict.fromkeys(PATH_KINDS, 5)}  # fmt: skip


def kind_of(spec: PrinterSpec) -> str:
    kinds: dict[type, str] = {
        TcpSpec: "tcp", UsbSpec: "usb", SerialSpec: "serial", Win32Spec: "win32", CupsSpec: "cups",
        SystemSpec: "system", PdfSpec: "pdf", FileSpec: "file",
    }  # fmt: skip
    return kinds[type(spec)]


def _row(*widgets: QWidget, stretch: QWidget | None = None) -> QWidget:
    page = QWidget()
    layout = QHBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is stretch else 0)
    return page


class PrinterFields(RetranslateOnLanguageChange, QStackedWidget):
    """The fields for the chosen kind; ``edited`` whenever the owner changes one."""

    edited = Signal()

    def __init__(self, printer_names: Callable[[], list[str]]) -> None:
        super().__init__(objectName="printerFields")
        self._printer_names = printer_names
        self._kind = ""
        self.hostEdit = QLineEdit(objectName="printerHostEdit")
        self.portLabel = PlainLabel(objectName="printerPortLabel")
        self.portEdit = QLineEdit(objectName="printerPortEdit", maxLength=5)
        self.portEdit.setValidator(QIntValidator(1, 65535, self.portEdit))
        self.portEdit.setFixedWidth(90)
        self.portLabel.setBuddy(self.portEdit)
        self.vendorEdit = QLineEdit(objectName="printerVendorEdit", maxLength=6)
        self.productLabel = PlainLabel(objectName="printerProductLabel")
        self.productEdit = QLineEdit(objectName="printerProductEdit", maxLength=6)
        hex_id = QRegularExpression("(0[xX])?[0-9A-Fa-f]{0,4}")
        for edit in (self.vendorEdit, self.productEdit):
            edit.setValidator(QRegularExpressionValidator(hex_id, edit))
        self.productLabel.setBuddy(self.productEdit)
        self.deviceEdit = QLineEdit(objectName="printerDeviceEdit")
        self.baudLabel = PlainLabel(objectName="printerBaudLabel")
        self.baudCombo = TouchComboBox(objectName="printerBaudCombo", editable=True)
        self.baudCombo.addItems([str(rate) for rate in BAUDRATES])
        self.baudCombo.setValidator(QIntValidator(1, 4_000_000, self.baudCombo))
        self.baudCombo.setMinimumWidth(120)
        self.baudLabel.setBuddy(self.baudCombo)
        # Editable: the printer may be one the OS does not list (yet), or this is set up ahead.
        self.nameCombo = TouchComboBox(objectName="printerNameCombo", editable=True)
        self.nameCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.nameCombo.setMinimumContentsLength(16)
        self.nameCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pathEdit = QLineEdit(objectName="printerPathEdit")
        self.browseButton = QPushButton(objectName="printerBrowseButton", autoDefault=False)
        self.browseButton.clicked.connect(self._browse)

        self.addWidget(QWidget(objectName="printerNoFields"))
        self.addWidget(_row(self.hostEdit, self.portLabel, self.portEdit, stretch=self.hostEdit))
        self.addWidget(_row(self.vendorEdit, self.productLabel, self.productEdit))
        self.addWidget(_row(self.deviceEdit, self.baudLabel, self.baudCombo, stretch=self.deviceEdit))
        self.addWidget(_row(self.nameCombo, stretch=self.nameCombo))
        self.addWidget(_row(self.pathEdit, self.browseButton, stretch=self.pathEdit))
        for edit in (self.hostEdit, self.portEdit, self.vendorEdit, self.productEdit, self.deviceEdit,
                     self.pathEdit):  # fmt: skip
            edit.textEdited.connect(self.edited)
        for combo in (self.baudCombo, self.nameCombo):
            combo.currentTextChanged.connect(lambda _text: self.edited.emit())
        self.retranslate()

    # --- kinds -----------------------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        """Show the fields for ``kind``; a new kind starts from its usual values."""
        if kind == self._kind:
            return
        self._kind = kind
        self.setCurrentIndex(_PAGES[kind])
        if kind == "tcp" and not self.portEdit.text():
            self.portEdit.setText(str(DEFAULT_TCP_PORT))
        if kind == "serial" and not self.baudCombo.currentText():
            self.baudCombo.setEditText(str(DEFAULT_BAUDRATE))
        if kind in NAME_KINDS:
            self._offer_printer_names()
        self.retranslate()

    def _offer_printer_names(self) -> None:
        typed = self.nameCombo.currentText()
        self.nameCombo.blockSignals(True)
        try:
            self.nameCombo.clear()
            self.nameCombo.addItems(self._printer_names())
            self.nameCombo.setEditText(typed)
        finally:
            self.nameCombo.blockSignals(False)

    def compose(self) -> str:
        """The spec text the fields say (it may not be a valid spec)."""
        kind = self._kind
        if kind == "tcp":
            host = self.hostEdit.text().strip()
            if ":" in host and not host.startswith("["):
                host = f"[{host}]"  # IPv6
            port = self.portEdit.text().strip()
            return f"tcp://{host}:{port}" if port else f"tcp://{host}"
        if kind == "usb":
            return f"usb://{self.vendorEdit.text().strip()}:{self.productEdit.text().strip()}"
        if kind == "serial":
            device, baud = self.deviceEdit.text().strip(), self.baudCombo.currentText().strip()
            return f"serial://{device}?baudrate={baud}" if baud else f"serial://{device}"
        if kind in NAME_KINDS:
            return f"{kind}://{self.nameCombo.currentText().strip()}"
        if kind in PATH_KINDS:
            return f"{kind}://{self.pathEdit.text().strip()}"
        return ""

    def fill(self, spec: PrinterSpec) -> None:
        """Show a parsed spec in the fields, without reporting it as an edit."""
        self.blockSignals(True)
        try:
            self.set_kind(kind_of(spec))
            match spec:
                case TcpSpec(host, port):
                    self.hostEdit.setText(host)
                    self.portEdit.setText(str(port))
                case UsbSpec(vendor, product):
                    self.vendorEdit.setText(f"{vendor:04x}")
                    self.productEdit.setText(f"{product:04x}")
                case SerialSpec(device, baudrate):
                    self.deviceEdit.setText(device)
                    self.baudCombo.setEditText(str(baudrate))
                case Win32Spec(name) | CupsSpec(name) | SystemSpec(name):
                    self.nameCombo.setEditText(name)
                case FileSpec(path) | PdfSpec(path):
                    self.pathEdit.setText(str(path))
        finally:
            self.blockSignals(False)

    def main_field(self) -> QWidget | None:
        """The field the address label's shortcut goes to."""
        fields = {"tcp": self.hostEdit, "usb": self.vendorEdit, "serial": self.deviceEdit,
                  "pdf": self.pathEdit, "file": self.pathEdit}  # fmt: skip
        return self.nameCombo if self._kind in NAME_KINDS else fields.get(self._kind)

    # --- texts ---------------------------------------------------------------------------

    def address_label(self) -> str:
        """The label in front of the fields of the current kind ("" for no printer)."""
        labels = {
            "tcp": self.tr("IP address:"),
            "usb": self.tr("USB id:"),
            "serial": self.tr("Serial port:"),
            "pdf": self.tr("Folder:"),
            "file": self.tr("File:"),
        }
        return labels.get(self._kind, self.tr("Printer name:") if self._kind in NAME_KINDS else "")

    def retranslate(self) -> None:
        self.portLabel.setText(self.tr("Port:"))
        self.productLabel.setText(":")  # vendor:product, as the spec and device lists write it
        self.baudLabel.setText(self.tr("Speed:"))
        self.browseButton.setText(self.tr("Choose…"))
        self.hostEdit.setPlaceholderText("192.168.1.50")
        self.vendorEdit.setPlaceholderText("04b8")
        self.productEdit.setPlaceholderText("0202")
        self.deviceEdit.setPlaceholderText(self.tr("COM3 or /dev/ttyUSB0"))
        self.nameCombo.lineEdit().setPlaceholderText(self.tr("The printer's name on this computer"))
        pdf = self._kind == "pdf"
        self.pathEdit.setPlaceholderText(
            self.tr("The folder for the PDF receipts") if pdf else self.tr("A file or device")
        )
        for widget, name in (
            (self.hostEdit, self.tr("Printer IP address or host name")),
            (self.portEdit, self.tr("Printer port")),
            (self.vendorEdit, self.tr("USB vendor id")),
            (self.productEdit, self.tr("USB product id")),
            (self.deviceEdit, self.tr("Serial port")),
            (self.baudCombo, self.tr("Serial speed (baud)")),
            (self.nameCombo, self.tr("Printer name")),
            (self.pathEdit, self.tr("Folder for PDF receipts") if pdf else self.tr("File")),
            (self.browseButton, self.tr("Choose a folder") if pdf else self.tr("Choose a file")),
        ):
            widget.setAccessibleName(name)
        for label in (self.portLabel, self.baudLabel):
            label.setAccessibleName(label.text().rstrip(":"))

    # --- choosing a folder or file ---------------------------------------------------------

    def _browse(self) -> None:
        # open(), not exec() or a static getter: those nest an event loop and stall the till.
        pdf = self._kind == "pdf"
        dialog = QFileDialog(self, self.tr("Choose a folder") if pdf else self.tr("Choose a file"))
        dialog.setObjectName("printerPathDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory if pdf else QFileDialog.FileMode.AnyFile)
        if self.pathEdit.text().strip():
            dialog.selectFile(self.pathEdit.text().strip())
        dialog.fileSelected.connect(self._path_chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _path_chosen(self, path: str) -> None:
        self.pathEdit.setText(path)
        self.edited.emit()
