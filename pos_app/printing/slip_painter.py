"""Paint a laid-out slip with QPainter: the one routine behind the PDF and the system printer.

The slip is painted as the thermal printer prints it: the same rows in a monospace font
sized so the line width fills the print head's width, the total in double height, and a QR
code of whole device pixels per module with its 4-module quiet zone. It works in device
units, so the same code serves a 203-dpi image, a 600-dpi PDF and a printer's resolution.

QPainter on QImage, QPdfWriter and QPrinter is safe off the GUI thread; this runs on the
print thread.
"""

from __future__ import annotations

import math

import segno
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter, QPainterPath

from pos_app.domain.receipt_layout import Emphasis, Paper, QrRow, ReceiptLayout, TextRow

MM_PER_INCH = 25.4
QUIET_ZONE = 4  # modules; scanners need it
THERMAL_DPI = 203  # what 58 and 80 mm thermal heads print at
_TOP_MM = 3.0
_BOTTOM_MM = 6.0  # room to tear the slip off without losing the footer
_QR_MAX_MM = 45.0  # larger adds paper, not readability
_QR_GAP_MM = 1.0
_REFERENCE_PIXELS = 100


def slip_font(columns: int, text_width_px: float) -> QFont:
    """The platform's monospace font at the largest whole-pixel size where ``columns``
    characters fit in ``text_width_px``."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setFixedPitch(True)
    font.setPixelSize(_REFERENCE_PIXELS)
    advance = QFontMetricsF(font).horizontalAdvance("0" * columns)
    font.setPixelSize(max(1, math.floor(_REFERENCE_PIXELS * text_width_px / advance)))
    return font


class SlipPainter:
    """Geometry and painting of one layout on paper of one width, at ``dpi`` device units."""

    def __init__(self, layout: ReceiptLayout, paper: Paper, dpi: float) -> None:
        self.layout = layout
        self.paper = paper
        self.px_per_mm = dpi / MM_PER_INCH
        self.text_width = paper.printable_mm * self.px_per_mm
        self.font = slip_font(layout.columns, self.text_width)
        self.bold_font = QFont(self.font)
        self.bold_font.setBold(True)
        metrics = QFontMetricsF(self.font)
        self.line_height = math.ceil(metrics.lineSpacing())
        self.ascent = metrics.ascent()
        self._qr_codes: dict[str, segno.QRCode] = {}

    @property
    def width_mm(self) -> float:
        return float(self.paper.value)

    def _mm(self, millimetres: float) -> int:
        return round(millimetres * self.px_per_mm)

    def qr_code(self, data: str) -> segno.QRCode:
        """The QR code for ``data``, made once: choosing the best mask is the slow part."""
        if data not in self._qr_codes:
            self._qr_codes[data] = segno.make_qr(data, error="m")
        return self._qr_codes[data]

    def qr_module_px(self, data: str) -> tuple[int, int]:
        """(modules per side including the quiet zone, device pixels per module)."""
        modules = self.qr_code(data).symbol_size(border=QUIET_ZONE)[0]
        side = min(self.text_width, _QR_MAX_MM * self.px_per_mm)
        return modules, max(1, math.floor(side / modules))

    def row_height(self, row: TextRow | QrRow) -> int:
        if isinstance(row, QrRow):
            modules, module_px = self.qr_module_px(row.data)
            return modules * module_px + 2 * self._mm(_QR_GAP_MM)
        return self.line_height * (2 if row.emphasis is Emphasis.LARGE else 1)

    def row_tops(self) -> list[int]:
        """The top of each row, in device units from the top of the page."""
        tops, y = [], self._mm(_TOP_MM)
        for row in self.layout.rows:
            tops.append(y)
            y += self.row_height(row)
        return tops

    def height_px(self) -> int:
        """The page height that fits the whole slip: paper is cut to the content."""
        return (
            self._mm(_TOP_MM) + sum(self.row_height(row) for row in self.layout.rows) + self._mm(_BOTTOM_MM)
        )

    def height_mm(self) -> float:
        return self.height_px() / self.px_per_mm

    def paint(self, painter: QPainter, page_width_px: float) -> None:
        """Paint the slip from the top of ``painter``'s device, centred on ``page_width_px``
        (the device's real width, which may differ a little from the nominal paper)."""
        left = (page_width_px - self.text_width) / 2
        painter.setPen(QColor(Qt.GlobalColor.black))
        for row, top in zip(self.layout.rows, self.row_tops(), strict=True):
            if isinstance(row, QrRow):
                self._paint_qr(painter, row.data, page_width_px, top + self._mm(_QR_GAP_MM))
            else:
                self._paint_text(painter, row, left, top)

    def _paint_text(self, painter: QPainter, row: TextRow, left: float, top: float) -> None:
        if not row.text:
            return
        painter.setFont(self.font if row.emphasis is Emphasis.NORMAL else self.bold_font)
        if row.emphasis is Emphasis.LARGE:
            # Double height, as the thermal printer prints it: the columns stay the same.
            painter.save()
            painter.translate(left, top)
            painter.scale(1.0, 2.0)
            painter.drawText(QPointF(0, self.ascent), row.text)
            painter.restore()
        else:
            painter.drawText(QPointF(left, top + self.ascent), row.text)

    def _paint_qr(self, painter: QPainter, data: str, page_width_px: float, top: int) -> None:
        qr = self.qr_code(data)
        modules, module_px = self.qr_module_px(data)
        side = modules * module_px
        x0 = math.floor((page_width_px - side) / 2)
        painter.fillRect(QRectF(x0, top, side, side), QColor(Qt.GlobalColor.white))
        # One path of whole-pixel rectangles, filled once: no anti-aliased seams between
        # modules in a PDF viewer, no half-grey edges on a raster.
        path = QPainterPath()
        for y, row in enumerate(qr.matrix_iter(scale=1, border=QUIET_ZONE)):
            x = 0
            while x < modules:
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < modules and row[x]:
                    x += 1
                path.addRect(x0 + start * module_px, top + y * module_px, (x - start) * module_px, module_px)
        path.setFillRule(Qt.FillRule.WindingFill)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillPath(path, QColor(Qt.GlobalColor.black))
        painter.restore()


def render_slip_image(layout: ReceiptLayout, paper: Paper, dpi: float = THERMAL_DPI) -> QImage:
    """The slip as a white image at ``dpi`` (a preview, or what a thermal head would print)."""
    slip = SlipPainter(layout, paper, dpi)
    width = round(slip.width_mm * slip.px_per_mm)
    image = QImage(width, slip.height_px(), QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        slip.paint(painter, width)
    finally:
        painter.end()
    return image
