"""Thumbnails and logos, loaded in the background and kept in memory."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap

THUMBNAIL = QSize(40, 40)


class ImageCache(QObject):
    """Returns an icon when it has one and starts loading it when not; ``loaded`` says when."""

    loaded = Signal(str)

    def __init__(
        self, fetch: Callable[[str], Awaitable[bytes | None]], size: QSize = THUMBNAIL, parent=None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._size = size
        self._icons: dict[str, QIcon | None] = {}
        self._tasks: set[asyncio.Task] = set()

    def icon(self, url: str) -> QIcon | None:
        if url in self._icons:
            return self._icons[url]
        self._icons[url] = None  # requested once, even if it fails
        try:
            task = asyncio.get_running_loop().create_task(self._load(url))
        except RuntimeError:
            return None
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return None

    async def _load(self, url: str) -> None:
        data = await self._fetch(url)
        if not data:
            return
        image = QImage.fromData(data)
        if image.isNull():
            return
        scaled = image.scaled(
            self._size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self._icons[url] = QIcon(QPixmap.fromImage(scaled))
        self.loaded.emit(url)

    async def aclose(self) -> None:
        """Stop loading: no fetch may outlive the HTTP client it uses."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
