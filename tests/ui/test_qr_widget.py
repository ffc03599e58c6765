"""The QR widget must be readable by a phone: exact text, regular QR, whole-pixel modules."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from pos_app.ui.common.qr_widget import QUIET_ZONE, QrWidget, qr_image
from tests.helpers.qr import decode_widget, is_regular_qr, read_widget

SHORT = "https://t.co/a"
LONG = (
    "https://toko-nusantara.myscalev.com/o/7f3c9a2e5b8d4c1fa0e6b2d9c4f7a1e3/success"
    "?utm_source=kasir&utm_medium=pos&ref=261127KQWZTRB"
)
QRIS = (
    "00020101021226670016COM.NOBUBANK.WWW01189360050300000879140214520146220000010303UMI"
    "51440014ID.CO.QRIS.WWW0215ID20232921381220303UMI5204541153033605405150005802ID5914"
    "TOKO NUSANTARA6007JAKARTA61051211062070703A0163044C7D"
)


def _show(qtbot, size: tuple[int, int]) -> QrWidget:
    widget = QrWidget()
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("text", [SHORT, LONG, QRIS])
@pytest.mark.parametrize("size", [(200, 200), (333, 250), (480, 600), (901, 700)])
def test_decodes_to_exact_text(qtbot, text: str, size: tuple[int, int]) -> None:
    widget = _show(qtbot, size)
    widget.set_data(text)

    barcodes = read_widget(widget)

    assert [b.text for b in barcodes] == [text]
    assert widget.data() == text


@pytest.mark.parametrize("text", ["1", "A", SHORT])
def test_short_text_is_a_regular_qr_not_micro_qr(qtbot, text: str) -> None:
    # segno.make would pick a Micro QR for these; most phone cameras cannot read those.
    widget = _show(qtbot, (300, 300))
    widget.set_data(text)

    barcodes = read_widget(widget)

    assert len(barcodes) == 1
    assert is_regular_qr(barcodes[0])
    assert barcodes[0].text == text


def _dark_run_lengths(image: QImage, y: int) -> list[int]:
    runs: list[int] = []
    run = 0
    for x in range(image.width()):
        if QColor(image.pixel(x, y)).lightness() < 128:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    if run:
        runs.append(run)
    return runs


@pytest.mark.parametrize("size", [(250, 250), (333, 410), (640, 480)])
def test_modules_are_whole_pixels_and_fill_the_widget(qtbot, size: tuple[int, int]) -> None:
    widget = _show(qtbot, size)
    widget.set_data(LONG)
    modules = widget.module_count()
    assert modules == qr_image(LONG).width()
    pixels = widget.module_pixels()
    assert pixels is not None and pixels >= 1
    # Largest whole-pixel size that fits: one more pixel per module would not.
    side = min(size)
    assert modules * pixels <= side < modules * (pixels + 1)

    image = widget.grab().toImage()
    left = (image.width() - modules * pixels) // 2
    top = (image.height() - modules * pixels) // 2
    # The finder pattern's top row is a 7-module dark run right after the quiet zone.
    finder_row = top + QUIET_ZONE * pixels + pixels // 2
    runs = _dark_run_lengths(image, finder_row)
    assert runs[0] == 7 * pixels
    # Every dark run on the row is a whole number of modules: no smoothed edges.
    assert all(r % pixels == 0 for r in runs)
    # The quiet zone is white.
    quiet = QColor(image.pixel(left + QUIET_ZONE * pixels - 1, finder_row))
    assert quiet.lightness() > 240


def test_grows_with_the_widget(qtbot) -> None:
    widget = _show(qtbot, (220, 220))
    widget.set_data(SHORT)
    small = widget.module_pixels()
    widget.resize(600, 600)
    assert widget.module_pixels() is not None and small is not None
    assert widget.module_pixels() > small
    assert decode_widget(widget) == [SHORT]


def test_size_hints_and_policy(qtbot) -> None:
    widget = QrWidget()
    qtbot.addWidget(widget)
    assert widget.minimumSizeHint().width() >= 200
    assert widget.hasHeightForWidth() and widget.heightForWidth(321) == 321
    assert widget.sizePolicy().hasHeightForWidth()


def test_clear_and_accessibility(qtbot) -> None:
    widget = _show(qtbot, (300, 300))
    assert widget.accessibleName()
    widget.set_data(SHORT)
    assert SHORT in widget.accessibleDescription()
    widget.set_data(None)
    assert widget.data() is None
    assert decode_widget(widget) == []
    widget.set_data("")
    assert widget.data() is None and not widget.has_content()


def test_set_image_draws_a_downloaded_qr(qtbot) -> None:
    # What a QRIS qr_image_url download looks like: a PNG at some arbitrary scale.
    source = qr_image(QRIS).scaled(3 * qr_image(QRIS).width(), 3 * qr_image(QRIS).height())
    widget = _show(qtbot, (520, 520))
    widget.set_image(source)

    assert decode_widget(widget) == [QRIS]
    assert widget.data() is None
