"""Names that fit a table cell: whole on one or two lines, or shortened in the middle.

Shortening in the middle keeps both ends: the product at the start and the variant or price
option at the end ("Kartu Hadiah Digi…ara – Rp 100.000"), which is what tells rows apart.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

WRAP = int(Qt.TextFlag.TextWordWrap)
_cache: dict[tuple[str, str, int, int], str] = {}
_CACHE_LIMIT = 4000  # a repaint asks again for every visible row: remember recent answers


def fits(text: str, metrics: QFontMetrics, width: int, lines: int) -> bool:
    rect = metrics.boundingRect(QRect(0, 0, width, 100_000), WRAP, text)
    # One laid-out line is a pixel or so taller than height() or lineSpacing() say: measure it.
    line = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), WRAP, "Ág").height()
    return rect.width() <= width and rect.height() <= lines * line


def fit_lines(text: str, font: QFont, width: int, lines: int = 2) -> str:
    """``text`` as drawn word-wrapped in ``lines`` lines of ``width`` px: whole if it fits,
    otherwise the longest middle-shortened form that does."""
    if width <= 0 or not text:
        return text
    key = (text, font.key(), width, lines)
    shown = _cache.get(key)
    if shown is None:
        shown = _fit(text, QFontMetrics(font), width, lines)
        if len(_cache) > _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = shown
    return shown


def _fit(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    if fits(text, metrics, width, lines):
        return text
    best = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width)  # one line always fits
    low, high = width + 1, lines * width
    while low <= high:
        middle = (low + high) // 2
        candidate = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, middle)
        if fits(candidate, metrics, width, lines):
            best, low = candidate, middle + 1
        else:
            high = middle - 1
    return best
