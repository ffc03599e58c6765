"""Lay out a hidden page at the size it is about to be shown with, before it is shown.

Qt resizes a hidden widget's children only when it is shown, so a page that was never on
screen still has the tiny size it was built at, and a word-wrapped label in it that claims
the height of its text (``WrappingLabel``) claimed one line per word. Shown like that, the
page asks for far more height than it will need, the main window grows past the monitor,
and a top-level window never shrinks back by itself. Resizing the page and sending its
widgets the resize events Qt holds back until the show, parents first, lets every label
measure at its real width first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


def lay_out_hidden(page: QWidget, size: QSize) -> None:
    if page.isVisible() and page.size() == size:
        return  # on screen and laid out: Qt keeps it so
    page.resize(size)
    # findChildren lists a parent before its children, so each widget is resized by its
    # parent's layout before it lays out (or measures) its own contents.
    for widget in (page, *page.findChildren(QWidget)):
        if widget.isWindow():
            continue  # a dialog or menu parented here has a size of its own
        if (layout := widget.layout()) is not None:
            layout.activate()
        QCoreApplication.sendEvent(widget, QResizeEvent(widget.size(), widget.size()))
