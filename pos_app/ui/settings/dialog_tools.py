"""Sizing a dialog to its wrapped text (awaiting one: ui.common.async_dialogs.wait_finished)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def snug_size_hint(dialog: QWidget, hint: QSize) -> QSize:
    """A size hint whose height fits the wrapped labels at the width the dialog really gets.

    Qt sizes a new dialog by computing wrapped text at the (narrower) default width and
    then widening it to the minimum width, which leaves empty bands under every wrapped
    label; asking the layout for the height at the final width avoids that.
    """
    width = max(hint.width(), dialog.minimumWidth())
    layout = dialog.layout()
    if layout is None or not layout.hasHeightForWidth():
        return QSize(width, hint.height())
    return QSize(width, layout.totalHeightForWidth(width))
