"""The printer editor: a kind and its fields make the spec line, the line fills the fields,
and a line the printer factory would refuse is refused here, with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from pos_app.printing.spec import (
    CupsSpec,
    FileSpec,
    PdfSpec,
    SerialSpec,
    SystemSpec,
    TcpSpec,
    UsbSpec,
    Win32Spec,
    parse_printer_spec,
)
from pos_app.settings import AppSettings
from pos_app.ui.settings.printer_spec_editor import KINDS, PrinterSpecEditor
from tests.ui.settings.conftest import PRINTER_NAMES, show_page


@pytest.fixture
def editor(qtbot) -> PrinterSpecEditor:
    widget = PrinterSpecEditor("", lambda: list(PRINTER_NAMES))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(editor: PrinterSpecEditor, kind: str) -> None:
    editor.kindCombo.setCurrentIndex(editor.kindCombo.findData(kind))


def type_into(qtbot, field: QWidget, text: str) -> None:
    """Replace a field's text the way an owner does: select all, type."""
    target = field.lineEdit() if isinstance(field, QComboBox) else field
    target.selectAll()
    qtbot.keyClick(target, Qt.Key.Key_Delete)
    qtbot.keyClicks(target, text)


def test_every_kind_is_offered_with_a_name(editor: PrinterSpecEditor) -> None:
    assert [editor.kindCombo.itemData(i) for i in range(editor.kindCombo.count())] == list(KINDS)
    names = [editor.kindCombo.itemText(i) for i in range(editor.kindCombo.count())]
    assert names == [
        "No printer", "Network printer (LAN/Wi-Fi)", "USB", "Serial/COM", "Windows printer",
        "macOS/Linux printer (CUPS)", "System printer", "Save as PDF", "Raw file",
    ]  # fmt: skip
    assert editor.kind() == "" and editor.spec() == "" and editor.problem() is None
    assert not editor.fields.isVisible()  # no printer: no address to fill in


@pytest.mark.parametrize(
    ("kind", "typing", "spec", "parsed"),
    [
        ("tcp", {"hostEdit": "192.168.1.50"}, "tcp://192.168.1.50:9100", TcpSpec("192.168.1.50", 9100)),
        ("tcp", {"hostEdit": "struk.local", "portEdit": "9101"}, "tcp://struk.local:9101",
         TcpSpec("struk.local", 9101)),
        ("tcp", {"hostEdit": "fe80::1"}, "tcp://[fe80::1]:9100", TcpSpec("fe80::1", 9100)),
        ("usb", {"vendorEdit": "4b8", "productEdit": "0202"}, "usb://04b8:0202", UsbSpec(0x04B8, 0x0202)),
        ("serial", {"deviceEdit": "COM3", "baudCombo": "19200"}, "serial://COM3?baudrate=19200",
         SerialSpec("COM3", 19200)),
        ("serial", {"deviceEdit": "/dev/ttyUSB0"}, "serial:///dev/ttyUSB0?baudrate=9600",
         SerialSpec("/dev/ttyUSB0", 9600)),
        ("win32", {"nameCombo": "EPSON TM-T82 Receipt"}, "win32://EPSON TM-T82 Receipt",
         Win32Spec("EPSON TM-T82 Receipt")),
        ("cups", {"nameCombo": "TM-T20"}, "cups://TM-T20", CupsSpec("TM-T20")),
        ("system", {"nameCombo": "Kantor HP LaserJet"}, "system://Kantor HP LaserJet",
         SystemSpec("Kantor HP LaserJet")),
        ("pdf", {"pathEdit": "/tmp/struk"}, "pdf:///tmp/struk", PdfSpec(Path("/tmp/struk"))),
        ("file", {"pathEdit": "/dev/usb/lp0"}, "file:///dev/usb/lp0", FileSpec(Path("/dev/usb/lp0"))),
    ],
)  # fmt: skip
def test_a_kind_and_its_fields_compose_the_spec(
    qtbot, editor: PrinterSpecEditor, kind: str, typing: dict[str, str], spec: str, parsed: object
) -> None:
    choose(editor, kind)
    for name, text in typing.items():
        type_into(qtbot, getattr(editor.fields, name), text)
    assert editor.spec() == spec
    assert editor.specEdit.text() == spec
    assert parse_printer_spec(editor.spec()) == parsed
    assert editor.problem() is None
    assert editor.status.property("kind") == ""  # a hint about the kind, not an error
    assert editor.addressLabel.isVisible() and editor.addressLabel.buddy() is not None


def test_printer_names_of_this_computer_are_offered(editor: PrinterSpecEditor) -> None:
    choose(editor, "system")
    combo = editor.fields.nameCombo
    assert [combo.itemText(i) for i in range(combo.count())] == PRINTER_NAMES
    combo.setCurrentIndex(1)
    assert editor.spec() == "system://Kantor HP LaserJet"


@pytest.mark.parametrize(
    ("line", "kind", "fields"),
    [
        (
            "serial:///dev/ttyUSB0?baudrate=38400",
            "serial",
            {"deviceEdit": "/dev/ttyUSB0", "baudCombo": "38400"},
        ),
        ("  TCP://10.0.0.7  ", "tcp", {"hostEdit": "10.0.0.7", "portEdit": "9100"}),
        ("usb://0x04B8:0x202", "usb", {"vendorEdit": "04b8", "productEdit": "0202"}),
        ("pdf://C:\\Struk", "pdf", {"pathEdit": "C:\\Struk"}),
    ],
)
def test_a_typed_line_fills_in_the_kind_and_fields(
    qtbot, editor: PrinterSpecEditor, line: str, kind: str, fields: dict[str, str]
) -> None:
    qtbot.keyClicks(editor.specEdit, line)
    assert editor.kind() == kind
    for name, text in fields.items():
        widget = getattr(editor.fields, name)
        shown = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        assert shown == text, name
    assert editor.problem() is None
    # What is saved is the normalised line, the one format_printer_spec writes.
    assert parse_printer_spec(editor.spec()) == parse_printer_spec(line)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("tcp://192.168.1.50:99999", "Type the printer's IP address (no spaces) and a port from 1 to 65535."),
        ("tcp://192.168.1 .50", "Type the printer's IP address (no spaces) and a port from 1 to 65535."),
        ("usb://0000:0202", "Type both USB ids as 1 to 4 hex digits"),
        ("usb://04b8", "Type both USB ids as 1 to 4 hex digits"),
        ("serial://COM3?speed=9600", "Type the serial port (COM3 or /dev/ttyUSB0) and a speed"),
        ("win32://", "Choose or type the printer's name."),
        ("pdf://", "Choose the folder for the PDF receipts."),
        ("printer", "This is not a printer line. It starts with tcp://"),
        ("http://192.168.1.50", "This is not a printer line."),
    ],
)
def test_a_malformed_line_is_refused_with_a_reason(
    qtbot, editor: PrinterSpecEditor, line: str, message: str
) -> None:
    qtbot.keyClicks(editor.specEdit, line)
    problem = editor.problem()
    assert problem is not None and problem().startswith(message)
    assert editor.status.isVisible() and editor.status.text() == problem()
    assert editor.status.property("kind") == "error"
    assert editor.spec() == ""  # never a half-right spec


def test_a_kind_just_chosen_asks_for_its_address_without_scolding(qtbot, editor: PrinterSpecEditor) -> None:
    choose(editor, "usb")
    assert editor.status.text().startswith("Type both USB ids")
    assert editor.status.property("kind") == ""  # grey: nothing typed yet
    assert editor.problem() is not None  # but Save would not take it
    assert editor.status.property("kind") == "error"  # and after that it is red
    type_into(qtbot, editor.fields.vendorEdit, "04b8")
    type_into(qtbot, editor.fields.productEdit, "0e15")
    assert editor.spec() == "usb://04b8:0e15" and editor.status.property("kind") == ""


def test_switching_back_to_no_printer_clears_the_line(qtbot, editor: PrinterSpecEditor) -> None:
    choose(editor, "tcp")
    type_into(qtbot, editor.fields.hostEdit, "192.168.1.50")
    choose(editor, "")
    assert editor.spec() == "" and editor.specEdit.text() == "" and editor.problem() is None


def test_save_refuses_a_malformed_printer_and_shows_where(qtbot, make_dialog) -> None:
    dialog = make_dialog()
    page = dialog.receiptsPage
    qtbot.keyClicks(page.printerEditor.specEdit, "usb://04b8:zz")
    show_page(dialog, dialog.connectionPage)
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_settings() is None
    assert dialog.tabs.currentIndex() == dialog.pages.index(page)
    assert dialog.formError.isVisible() and dialog.formError.text().startswith("Type both USB ids")
    assert dialog.focusWidget() is page.printerEditor.specEdit


def test_a_broken_saved_line_is_shown_as_broken(make_dialog) -> None:
    dialog = make_dialog(AppSettings(receipt_printer="tcp://printer:0"))
    editor = dialog.receiptsPage.printerEditor
    assert editor.kind() == "tcp"
    assert editor.specEdit.text() == "tcp://printer:0"  # kept as it was, for the owner to fix
    assert editor.status.property("kind") == "error"


@pytest.mark.parametrize(
    ("spec", "drawer"),
    [("", False), ("tcp://10.0.0.7:9100", True), ("usb://04b8:0202", True), ("pdf:///tmp", False),
     ("system://Kantor HP LaserJet", False)],
)  # fmt: skip
def test_the_drawer_option_needs_a_printer_that_can_open_it(make_dialog, spec: str, drawer: bool) -> None:
    page = make_dialog(AppSettings(receipt_printer=spec)).receiptsPage
    assert page.openDrawerCheck.isEnabled() is drawer
    assert page.autoPrintCheck.isEnabled() is bool(spec)


def test_choose_opens_a_folder_dialog_without_blocking_and_fills_the_path(
    qtbot, editor: PrinterSpecEditor, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    choose(editor, "pdf")
    qtbot.mouseClick(editor.fields.browseButton, Qt.MouseButton.LeftButton)  # returns at once
    chooser = editor.findChild(QFileDialog, "printerPathDialog")
    assert chooser is not None and chooser.isVisible()
    assert chooser.fileMode() == QFileDialog.FileMode.Directory
    chooser.setDirectory(str(tmp_path.parent))
    chooser.selectFile(str(tmp_path))
    chooser.accept()
    assert editor.spec() == f"pdf://{tmp_path}"
    assert editor.fields.pathEdit.text() == str(tmp_path)
