"""Lay out a hidden page at the size it will be shown with, before it is shown.

Qt resizes a hidden widget's children only when it is shown, so a page that was never on
screen still has the tiny size it was built at, and a word-wrapped label in it that claims
the height of its text (``WrappingLabel``) claimed one line per word. A stack of pages asks
for the largest minimum of *all* its pages, hidden ones included, so such a page made the
main window grow past the monitor, and a top-level window never shrinks back by itself.

:func:`lay_out_hidden` resizes a page and sends its widgets the resize events Qt holds back
until the show, parents first, so every label measures at its real width.
:class:`LaidOutWhileHidden` does that whenever a hidden page's parent (the stack or tab area
it will fill) is resized or changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize
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


class LaidOutWhileHidden(QObject):
    """Keeps ``page`` laid out at its parent's size for as long as it is not shown.

    For a page of a stack or a tab widget (the stack resizes only the page on top) and for
    a page built before it has a place in the window (it follows its parent when it gets one).
    """

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self._parent: QWidget | None = None
        page.installEventFilter(self)
        self._follow(page.parentWidget())

    def _follow(self, parent: QWidget | None) -> None:
        if self._parent is not None:
            self._parent.removeEventFilter(self)
        self._parent = parent
        if parent is not None:
            parent.installEventFilter(self)
            self._lay_out()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.ParentChange:
            self._follow(self._page.parentWidget())
        elif watched is self._parent and event.type() == QEvent.Type.Resize:
            self._lay_out()
        return super().eventFilter(watched, event)

    def _lay_out(self) -> None:
        if self._parent is not None and not self._page.isVisible():
            lay_out_hidden(self._page, self._parent.size())
