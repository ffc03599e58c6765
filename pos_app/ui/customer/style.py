"""The customer display's look: the till's teal and greens, large type scaled to the screen.

Sizes are designed in pixels for a 1024×768 monitor (the smallest customer screens sold
with Indonesian tills) and scaled with the window, so a 1920×1080 screen gets larger type
instead of more empty space. Fonts are set in code, not in the style sheet: a style-sheet
font would override ``setFont`` and could not follow the window size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

DESIGN_SIZE = QSize(1024, 768)

# Same colours as the cashier's payment screen (ui/payment/status.py, ui/common/style.py),
# with every background given its own text colour so a dark desktop theme cannot leak in.
CUSTOMER_STYLE = """
#customerDisplay { background: #ffffff; }
#customerFrame { background: #ffffff; border: 8px solid #ffffff; }
#customerFrame[state="paid"] { border-color: #2e7d32; }
QLabel { color: #101828; background: transparent; }
#customerHeader { background: #0f766e; }
#customerHeader QLabel { color: #ffffff; }
#customerFooter { background: #eef6f4; border-top: 4px solid #0f766e; }
#customerTotalCaption, #customerItemCount { color: #1f2a37; }
#customerWelcome { color: #0f766e; }
#customerIdleStore { color: #1f2a37; }
#customerLine { border-bottom: 1px solid #e4e7ec; }
#customerLine[fresh="true"] { background: #ccfbef; border-left: 8px solid #0f766e; }
#customerLineQuantity { color: #0b5c56; }
#customerMoreLines, #customerMoreLinesBelow { color: #475467; }
#customerMethod { color: #0f766e; }
#customerQrHint, #customerInstructionHint { color: #1f2a37; }
#customerVaCaption, #customerCodeCaption, #customerAccountsCaption, #customerCashCaption,
#customerChangeCaption { color: #475467; }
#customerCashChange { color: #2e7d32; }
#customerStatus { border-radius: 12px; padding: 10px 18px; background: #e4edf7; color: #1d3b5c; }
#customerDoneMark[state="paid"] { background: #dcefdc; color: #2e7d32; }
#customerDoneMark[state="canceled"] { background: #e6e6e6; color: #5a5a5a; }
#customerDoneTitle[state="paid"] { color: #2e7d32; }
#customerDoneTitle[state="canceled"] { color: #3c3c3c; }
"""


def scale_for(size: QSize) -> float:
    """How much larger than the 1024×768 design the type should be for a window of ``size``.

    Rounded to 5 % steps, so dragging a windowed display does not re-apply every font on
    each pixel; never below 0.6, so a small test window stays legible.
    """
    if size.width() <= 0 or size.height() <= 0:
        return 1.0
    ratio = min(size.width() / DESIGN_SIZE.width(), size.height() / DESIGN_SIZE.height())
    return max(0.6, round(ratio * 20) / 20)


class ScaledFonts:
    """Remembers each widget's design size in pixels and resizes them all together."""

    def __init__(self) -> None:
        self._entries: list[tuple[QWidget, int, bool]] = []
        self._scale = 1.0

    def scale(self) -> float:
        return self._scale

    def add(self, widget: QWidget, pixels: int, *, bold: bool = False) -> None:
        self._entries.append((widget, pixels, bold))
        self._apply(widget, pixels, bold)

    def resize(self, widget: QWidget, pixels: int) -> None:
        """Give an added widget another design size (a title that says more in one state)."""
        self._entries = [
            (known, pixels if known is widget else size, bold) for known, size, bold in self._entries
        ]
        bold = next(bold for known, _size, bold in self._entries if known is widget)
        self._apply(widget, pixels, bold)

    def pixels(self, design_pixels: int) -> int:
        return max(1, round(design_pixels * self._scale))

    def set_scale(self, scale: float) -> bool:
        """True when the scale changed (callers then re-measure what depends on font size)."""
        if scale == self._scale:
            return False
        self._scale = scale
        for widget, pixels, bold in self._entries:
            self._apply(widget, pixels, bold)
        return True

    def _apply(self, widget: QWidget, pixels: int, bold: bool) -> None:
        font = QFont(widget.font())
        font.setPixelSize(self.pixels(pixels))
        font.setBold(bold)
        widget.setFont(font)
