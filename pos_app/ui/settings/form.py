"""What the settings pages share: one touch-sized look, a label/field grid, hints and status notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLayout, QWidget

from pos_app.ui.common.labels import WrappingLabel
from pos_app.ui.common.style import set_style_property
from pos_app.ui.common.touch import TOUCH

# Set on the dialog itself, so the dialog looks the same with or without the main window as
# its parent. Heights are content boxes:
# padding and border add the rest of the 44 px, and the 1 px wider focus border takes its
# pixel back from the padding, so a control never grows (and clips) when it gets the focus.
SETTINGS_STYLE = """
QLineEdit, QComboBox, QAbstractSpinBox { min-height: 38px; padding: 2px 8px; border: 1px solid #c5ccd6;
    border-radius: 6px; background: white; font-size: 14px; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus { border: 2px solid #0f766e; padding: 1px 7px; }
QLineEdit:disabled, QComboBox:disabled { background: #f2f4f7; color: #667085; }
QPlainTextEdit { border: 1px solid #c5ccd6; border-radius: 6px; background: white; font-size: 14px; }
QPlainTextEdit:focus { border: 2px solid #0f766e; }
QPushButton { min-height: 34px; padding: 4px 14px; border: 1px solid #c5ccd6; border-radius: 6px;
    background: white; font-size: 14px; }
QPushButton:focus { border: 2px solid #0f766e; padding: 3px 13px; }
QPushButton:disabled { color: #98a2b3; }
QPushButton#saveButton { color: white; background: #0f766e; border: none; font-weight: 700;
    padding: 5px 22px; }
QPushButton#saveButton:focus { border: 2px solid #0b3b36; padding: 3px 20px; }
QCheckBox { min-height: 44px; font-size: 14px; spacing: 10px; }
QCheckBox::indicator { width: 20px; height: 20px; }
QTabWidget::pane { border: none; border-top: 1px solid #d0d5dd; }
QTabBar::tab { min-height: 28px; padding: 8px 18px; font-size: 14px; border: none; color: #475467; }
QTabBar::tab:selected { font-weight: 700; color: #101828; border-bottom: 3px solid #0f766e; }
QGroupBox { font-weight: 600; }
QLabel[role="hint"] { color: #475467; }
QLabel[kind="error"] { color: #b42318; font-weight: 600; }
QLabel[kind="warning"] { color: #b54708; font-weight: 600; }
QLabel[kind="ok"] { color: #067647; font-weight: 600; }
QLabel[kind="busy"] { color: #344054; }
"""


def hint_label(name: str, parent: QWidget | None = None) -> WrappingLabel:
    """A grey note under a field; it wraps and claims the height it needs, never cut mid-line."""
    label = WrappingLabel(parent, name)  # type: ignore[arg-type]
    label.setProperty("role", "hint")
    # Top-aligned: a wrapped label given spare height must not float in the middle.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def status_label(name: str, parent: QWidget | None = None) -> WrappingLabel:
    """A note that says how something went (ok, error, busy); hidden until there is news."""
    label = hint_label(name, parent)
    label.setProperty("role", "status")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_status(label: QLabel, text: str, kind: str = "") -> None:
    """Show ``text`` in ``label`` coloured by ``kind`` (ok, error, warning, busy); hide it when empty."""
    set_style_property(label, "kind", kind)
    label.setText(text)
    label.setVisible(bool(text))


class Form:
    """Label and field rows on a grid, each field's notes in rows right under the field.

    A grid rather than QFormLayout: QFormLayout works out the height of wrapped notes at
    a narrower width than they get, which leaves empty bands under them. ``stacked`` puts
    each label above its field, for narrow columns where a label column would squeeze
    the fields and make every note wrap twice.
    """

    def __init__(self, parent: QWidget, *, stacked: bool = False) -> None:
        self.grid = QGridLayout(parent)
        self.grid.setVerticalSpacing(4)
        self.grid.setHorizontalSpacing(12)
        self._stacked = stacked
        self._field_column = 0 if stacked else 1
        self.grid.setColumnStretch(self._field_column, 1)
        self._row = 0

    def add(self, label: QLabel | None, field: QWidget | QLayout, *notes: QLabel) -> None:
        self._gap()
        if label is not None:
            if self._stacked:
                self.grid.addWidget(label, self._row, 0)
                self._row += 1
            else:
                # Level with the first line of a tall field (a multi-line text box).
                self.grid.addWidget(label, self._row, 0, Qt.AlignmentFlag.AlignTop)
                label.setMinimumHeight(TOUCH)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if isinstance(field, QCheckBox):
            # Only as wide as its box and text, which is where Qt takes a click: a wide box
            # would show a row that ignores a tap on its right half. (A Maximum size policy
            # would do that too, but it also caps the width of the whole grid column.)
            row = QHBoxLayout()
            row.addWidget(field)
            row.addStretch(1)
            field = row
        if isinstance(field, QLayout):
            self.grid.addLayout(field, self._row, self._field_column)
        else:
            self.grid.addWidget(field, self._row, self._field_column)
        for note in notes:
            self._row += 1
            self.grid.addWidget(note, self._row, self._field_column)
        self._row += 1

    def _gap(self) -> None:
        if self._row:
            self.grid.setRowMinimumHeight(self._row, 8)  # a gap between fields, not notes
            self._row += 1
