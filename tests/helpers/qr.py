"""Read the QR codes a widget shows, the way a phone would: from its pixels.

Tests compare what is *painted* with the URL the server returned, so a bug anywhere between
the order and the screen (wrong field, stale code, Micro QR, smeared scaling) is caught.
"""

from __future__ import annotations

import zxingcpp
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget


def _grayscale_buffer(image: QImage) -> memoryview:
    """A (height, width) byte view zxing-cpp accepts, without numpy.

    zxing-cpp does not take a PySide6 QImage directly, and Qt pads each scan line to
    4 bytes, so the rows are copied out without their padding.
    """
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    raw = bytes(gray.constBits())
    rows = b"".join(raw[y * stride : y * stride + width] for y in range(height))
    return memoryview(rows).cast("B", (height, width))


def read_image(image: QImage) -> list[zxingcpp.Barcode]:
    """Every barcode zxing-cpp finds in ``image`` (text, format, position)."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return []
    return list(zxingcpp.read_barcodes(_grayscale_buffer(image)))


def read_widget(widget: QWidget) -> list[zxingcpp.Barcode]:
    """Every barcode visible in ``widget`` as rendered right now."""
    return read_image(widget.grab().toImage())


def decode_widget(widget: QWidget) -> list[str]:
    """The texts of the barcodes visible in ``widget``."""
    return [barcode.text for barcode in read_widget(widget)]


def is_regular_qr(barcode: zxingcpp.Barcode) -> bool:
    """True for a full-size QR Code (what phone cameras read), False for Micro QR and others."""
    return barcode.format == zxingcpp.BarcodeFormat.QRCode
