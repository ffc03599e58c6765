"""Counted against expected, in words and colour, and the note that must explain any difference."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.shift.common import difference_text, set_kind, touch

NOTE_MAX = 200


class DifferenceNote(RetranslateOnLanguageChange, QWidget):
    """``shiftDifference`` (a QLabel: short, over or exact), ``shiftNote`` and ``shiftNoteHint``,
    which says the note is required as soon as there is a difference and none is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._difference: int | None = None
        self.label = WrappingLabel(self, "shiftDifference")
        self.noteLabel = PlainLabel(self)
        self.noteLabel.setProperty("role", "amount")
        self.noteEdit = QLineEdit(self, objectName="shiftNote", maxLength=NOTE_MAX)
        self.noteLabel.setBuddy(self.noteEdit)
        self.hint = WrappingLabel(self, "shiftNoteHint")
        self.hint.setProperty("role", "hint")
        touch(self.noteEdit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.noteLabel)
        layout.addWidget(self.noteEdit)
        layout.addWidget(self.hint)
        self.noteEdit.textChanged.connect(lambda _text: self._show())
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(self.tr("Difference between counted and expected cash"))
        self.noteLabel.setText(self.tr("&Note:"))
        self.noteEdit.setAccessibleName(self.tr("Note about the difference"))
        self._show()

    def set_difference(self, difference: int | None) -> None:
        """Counted − expected, or None while nothing is counted."""
        self._difference = difference
        self._show()

    def note(self) -> str:
        return " ".join(self.noteEdit.text().split())

    def clear(self) -> None:
        self.noteEdit.clear()

    def _show(self) -> None:
        difference = self._difference
        if difference is None:
            text, kind = self.tr("Difference: count the drawer or type the total."), ""
        else:
            text, kind = difference_text(difference)
        self.label.setText(text)
        set_kind(self.label, kind)
        if difference and not self.note():
            hint, hint_kind = self.tr("Required: say why the cash is short or over."), "error"
        elif difference:
            hint, hint_kind = self.tr("The note is printed on the shift report."), ""
        else:
            hint, hint_kind = self.tr("Optional when the drawer matches."), ""
        self.hint.setText(hint)
        set_kind(self.hint, hint_kind)
        example = self.tr("for example: change given twice to one customer") if difference else ""
        self.noteEdit.setPlaceholderText(example)
