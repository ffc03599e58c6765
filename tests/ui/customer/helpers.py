"""Shared set-up for the customer display tests: a display at the design size, and lookups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from pos_app.ui.customer import CustomerDisplay

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
STORE = "Kopi Nusantara Cabang Dago"
QRIS = (
    "00020101021226670016COM.NOBUBANK.WWW01189360050300000879140214520146220000010303UMI"
    "51440014ID.CO.QRIS.WWW0215ID20232921381220303UMI5204541153033605405150005802ID5914"
    "TOKO NUSANTARA6007JAKARTA61051211062070703A0163044C7D"
)
PAYMENT_LINK = "https://toko-nusantara.myscalev.com/o/7f3c9a2e5b8d4c1fa0e6b2d9c4f7a1e3/success"


def make_display(qtbot, width: int = 1024, height: int = 768) -> CustomerDisplay:
    display = CustomerDisplay()
    qtbot.addWidget(display)
    display.resize(width, height)
    display.show()
    qtbot.waitExposed(display)
    return display


def settle() -> None:
    """Let queued layout requests and repaints run, as the next frame would."""
    for _ in range(3):
        QApplication.processEvents()


def label(display: QWidget, name: str) -> QLabel:
    found = display.findChild(QLabel, name)
    assert found is not None, f"no label {name!r}"
    return found


def shown(display: QWidget, name: str) -> str | None:
    """The text of label ``name`` if it is on screen, else None."""
    found = label(display, name)
    return found.text() if found.isVisibleTo(display) else None
