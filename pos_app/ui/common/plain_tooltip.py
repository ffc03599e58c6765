"""Tooltips that show data literally.

Qt draws a tooltip as rich text whenever ``Qt.mightBeRichText`` guesses so (the tooltip
label is ``AutoText``), and tooltips take no text format. A product, store, courier or
customer name like ``<span style='font-size:72pt'>LUNAS</span>`` would then be drawn as
markup. :func:`plain_tooltip` gives any text back as something that tooltip shows as it
is: unchanged when Qt would take it for plain text, escaped otherwise, with its line
breaks and runs of spaces kept.
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import Qt

__all__ = ["plain_tooltip"]

# A space HTML would swallow: at a line's start or end, or after another space.
_LOST_SPACE = re.compile(r"^ | $|(?<= ) ")


def plain_tooltip(text: str | None) -> str | None:
    """``text`` as a tooltip that Qt shows literally (``None`` and ``""`` pass through)."""
    if not text or not Qt.mightBeRichText(text):
        return text
    lines = (_LOST_SPACE.sub("&nbsp;", html.escape(line, quote=False)) for line in text.split("\n"))
    return f"<qt>{'<br>'.join(lines)}</qt>"
