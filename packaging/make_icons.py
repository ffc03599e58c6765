"""Render ``resources/icon.svg`` into the app icons the installers need.

Writes into ``resources/icons/`` (or ``--out DIR``):

* ``icon-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512, 1024 (Linux, Qt window icon)
* ``icon.ico`` with 16, 24, 32, 48, 64, 128 and 256 px images (Windows exe and installer)
* ``icon.icns`` with the 16 … 1024 px set, including the @2x variants (macOS bundle)

Rendering uses Qt's own SVG renderer (``PySide6.QtSvg``, part of PySide6-Essentials), so the
only dependency is the one the app already has. Both containers are written here with
``struct``: ICO holds 32-bit BMP images below 256 px (every Windows version and resource
tool reads those) and a PNG at 256 px; ICNS holds PNGs, which macOS reads for every size.
Each size is rendered from the vector source, never scaled down from a big bitmap, so the
16 px icon stays crisp.

The generated files are committed (the PyInstaller spec and the Inno Setup script use
them); re-run this script after changing the SVG and commit the result.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SVG = ROOT / "resources" / "icon.svg"
DEFAULT_OUT = ROOT / "resources" / "icons"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element type -> pixel size of the PNG it holds (the @2x types reuse a bigger render).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def _qt():
    """Import Qt lazily, with a headless platform when no display is configured."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtCore, QtGui, QtSvg

    if QtGui.QGuiApplication.instance() is None:
        _qt.app = QtGui.QGuiApplication(["make_icons"])  # keep a reference alive
    return QtCore, QtGui, QtSvg


def render(svg_path: Path, size: int):
    """Render the SVG into a ``size`` × ``size`` straight-alpha ARGB32 QImage."""
    QtCore, QtGui, QtSvg = _qt()
    renderer = QtSvg.QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read SVG {svg_path}")
    image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QtCore.QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QtGui.QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:
    QtCore, _QtGui, _QtSvg = _qt()
    data = QtCore.QByteArray()
    buffer = QtCore.QBuffer(data)
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("make_icons: Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _argb_rows(image) -> list[bytes]:
    """Rows of B, G, R, A bytes (QImage ARGB32 is stored that way on little-endian hosts)."""
    size = image.width()
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            argb = image.pixel(x, y)  # 0xAARRGGBB, independent of host byte order
            row += struct.pack("<I", argb)  # little-endian: B G R A
        rows.append(bytes(row))
    return rows


def bmp_icon_image(image) -> bytes:
    """A 32-bit ICO image: BITMAPINFOHEADER, bottom-up BGRA pixels, then the 1-bit AND mask."""
    size = image.width()
    rows = _argb_rows(image)
    mask_stride = ((size + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        bits = bytearray(mask_stride)
        for x in range(size):
            if row[4 * x + 3] == 0:  # fully transparent: set the AND bit for old renderers
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    pixels = b"".join(reversed(rows))
    mask = b"".join(reversed(mask_rows))
    header = struct.pack(
        "<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + pixels + mask


def ico_bytes(images: dict[int, object]) -> bytes:
    entries = []
    for size in sorted(images):
        image = images[size]
        data = png_bytes(image) if size >= 256 else bmp_icon_image(image)
        entries.append((size, data))
    offset = 6 + 16 * len(entries)
    out = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    blobs = bytearray()
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return bytes(out + blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = bytearray()
    for ostype, size in ICNS_TYPES:
        data = pngs[size]
        body += ostype + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + bytes(body)


def build(svg_path: Path, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    images = {size: render(svg_path, size) for size in PNG_SIZES}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    written = []
    for size in PNG_SIZES:
        path = out_dir / f"icon-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    ico = out_dir / "icon.ico"
    ico.write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    icns = out_dir / "icon.icns"
    icns.write_bytes(icns_bytes(pngs))
    return [*written, ico, icns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG, help="SVG source")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    for path in build(args.svg, args.out):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
