"""A QR code that phones can read from across the counter.

Phone cameras read a QR best when every module is the same whole number of screen pixels
and the 4-module white quiet zone is kept, so the code is drawn from a 1-pixel-per-module
image enlarged by an integer factor with nearest-neighbour scaling: no smoothing, no
half-grey edges. The factor is computed in *device* pixels, so fractional display scaling
(125 % on many Windows laptops) does not smear module edges either.
"""

from __future__ import annotations

import math

import segno
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules; the QR standard's minimum, which scanners rely on
_DARK = 0
_LIGHT = 255


def qr_image(text: str) -> QImage:
    """The QR code for ``text`` at one pixel per module, quiet zone included.

    ``segno.make_qr`` (not ``segno.make``) so that short texts never become a Micro QR,
    which most phone cameras and bank apps cannot read. Error level M survives a scratched
    or glare-covered screen and is what payment QR codes commonly use.
    """
    qr = segno.make_qr(text, error="m")
    rows = list(qr.matrix_iter(scale=1, border=QUIET_ZONE))
    size = len(rows)
    pixels = bytes(_DARK if dark else _LIGHT for row in rows for dark in row)
    # bytesPerLine = size: no row padding in our buffer; copy() detaches from it.
    return QImage(pixels, size, size, size, QImage.Format.Format_Grayscale8).copy()


class QrWidget(QWidget):
    """Draws a QR code (or a ready-made QR image) as large as fits, centred and square."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._source: QImage | None = None  # 1 px per module, or a downloaded QR image
        self._is_module_image = False  # True when _source came from set_data
        self._cache_key: tuple[int, int, int] | None = None
        self._cache: QImage | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("QR code"))

    # -- content -------------------------------------------------------------------------

    def set_data(self, text: str | None) -> None:
        """Show the QR code for ``text``; ``None`` or ``""`` clears the widget.

        Raises ``segno.DataOverflowError`` when the text is too long for any QR version.
        """
        text = text or None
        if text is None:
            self._source = None
        else:
            self._source = qr_image(text)
        self._text = text
        self._is_module_image = text is not None
        self._set_description(text)
        self._invalidate()

    def set_image(self, image: QImage | None) -> None:
        """Show a QR image made elsewhere (a QRIS ``qr_image_url`` the caller downloaded)."""
        self._text = None
        self._is_module_image = False
        self._source = None if image is None or image.isNull() else image.convertToFormat(
            QImage.Format.Format_RGB32
        )
        self._set_description(None)
        self._invalidate()

    def data(self) -> str | None:
        """The text encoded by the QR code on screen (``None`` for an image or nothing)."""
        return self._text

    def has_content(self) -> bool:
        return self._source is not None

    def module_count(self) -> int | None:
        """Modules per side including the quiet zone, when a text QR is shown."""
        return self._source.width() if self._source is not None and self._is_module_image else None

    def module_pixels(self) -> int | None:
        """Device pixels per module at the current size (a whole number by construction)."""
        count = self.module_count()
        if count is None:
            return None
        return max(1, self._device_side() // count)

    def _set_description(self, text: str | None) -> None:
        if text is None:
            self.setAccessibleDescription(self.tr("No QR code is shown."))
        else:
            self.setAccessibleDescription(self.tr("QR code for: {text}").format(text=text))

    def _invalidate(self) -> None:
        self._cache_key = None
        self._cache = None
        self.update()

    # -- geometry ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 200)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def _device_side(self) -> int:
        ratio = self.devicePixelRatioF()
        return math.floor(min(self.width(), self.height()) * ratio)

    # -- painting ------------------------------------------------------------------------

    def _scaled(self, side: int) -> QImage | None:
        """The source enlarged to fit ``side`` device pixels, cached until size or data change."""
        source = self._source
        if source is None or side <= 0:
            return None
        key = (side, source.width(), source.height())
        if key == self._cache_key:
            return self._cache
        factor = min(side // source.width(), side // source.height())
        if factor >= 1:
            # Whole-pixel enlargement keeps every module edge sharp.
            image = source.scaled(
                source.width() * factor,
                source.height() * factor,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        else:
            # Smaller than one pixel per module cannot be crisp; a smooth shrink at least
            # keeps the pattern's shape instead of dropping whole modules.
            image = source.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self._cache_key, self._cache = key, image
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._source is None:
            return
        ratio = self.devicePixelRatioF()
        side = self._device_side()
        # A downloaded image may come without a quiet zone of its own: draw it a little
        # smaller, on a white square of the full size. Our own QR carries its quiet zone.
        margin = 0 if self._is_module_image else side // 16
        image = self._scaled(side - 2 * margin)
        if image is None:
            return
        # Work in whole device pixels so modules never straddle pixel boundaries.
        dev_w = int(self.width() * ratio)
        dev_h = int(self.height() * ratio)
        left = (dev_w - image.width()) // 2
        top = (dev_h - image.height()) // 2
        image.setDevicePixelRatio(ratio)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            if margin:
                backdrop = QRectF(
                    (left - margin) / ratio,
                    (top - margin) / ratio,
                    (image.width() + 2 * margin) / ratio,
                    (image.height() + 2 * margin) / ratio,
                )
                painter.fillRect(backdrop, QColor(Qt.GlobalColor.white))
            painter.drawImage(QPointF(left / ratio, top / ratio), image)
        finally:
            painter.end()
