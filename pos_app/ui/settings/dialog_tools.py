"""Small dialog helpers other screens use too: await a dialog, size a dialog to its wrapped text."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QWidget


async def wait_finished(dialog: QDialog) -> int:
    """Show ``dialog`` with ``open()`` and wait for its result without nesting a Qt loop.

    ``exec()`` would start a second event loop inside the qasync one and stall every
    other task (payment polling, catalog loading) while the dialog is up.
    """
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_finished(code: int) -> None:
        if not future.done():
            future.set_result(code)

    dialog.finished.connect(on_finished)
    dialog.open()
    try:
        return await future
    finally:
        dialog.finished.disconnect(on_finished)
        if dialog.isVisible():  # the awaiting task was cancelled: do not leave it open
            dialog.reject()


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
