"""packaging/make_icons.py renders the PNG set, an ICO and an ICNS with the right sizes."""

from __future__ import annotations

import os
import struct
import subprocess
import sys

import pytest

from tests.packaging.support import PACKAGING, ROOT

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"icp6": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,
    b"ic11": 32,
    b"ic12": 64,
    b"ic13": 256,
    b"ic14": 512,
}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def ico_entries(data: bytes) -> list[tuple[int, bytes]]:
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    entries = []
    for i in range(count):
        width, height, _colors, _res, planes, bpp, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        assert width == height and planes == 1 and bpp == 32
        entries.append((width or 256, data[offset : offset + size]))
    return entries


def icns_entries(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    entries, pos = {}, 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        entries[kind] = data[pos + 8 : pos + length]
        pos += length
    return entries


def check_icon_dir(folder) -> None:
    for size in PNG_SIZES:
        assert png_size((folder / f"icon-{size}.png").read_bytes()) == (size, size)
    entries = ico_entries((folder / "icon.ico").read_bytes())
    assert [size for size, _ in entries] == list(ICO_SIZES)
    for size, image in entries:
        if size == 256:
            assert png_size(image) == (256, 256)
        else:  # 32-bit BMP: BITMAPINFOHEADER with doubled height (XOR + AND mask)
            header = struct.unpack_from("<IiiHH", image, 0)
            assert header == (40, size, size * 2, 1, 32)
    icns = icns_entries((folder / "icon.icns").read_bytes())
    assert set(icns) == set(ICNS_TYPES)
    for kind, size in ICNS_TYPES.items():
        assert png_size(icns[kind]) == (size, size)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("icons")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out, result.stdout


def test_make_icons_writes_every_file(generated):
    out, stdout = generated
    expected = {f"icon-{s}.png" for s in PNG_SIZES} | {"icon.ico", "icon.icns"}
    assert {p.name for p in out.iterdir()} == expected
    assert stdout.count("wrote ") == len(expected)
    check_icon_dir(out)


def test_small_icon_is_not_blank(generated):
    """The 16 px render has an opaque tile with a light mark on it, not an empty square."""
    from PySide6.QtGui import QImage

    out, _ = generated
    image = QImage(str(out / "icon-16.png"))
    assert not image.isNull()
    corner = image.pixelColor(0, 0)
    centre = image.pixelColor(4, 7)  # the bag, left of the K
    edge = image.pixelColor(8, 1)  # the tile above the handle
    assert corner.alpha() < 128  # rounded corner stays transparent
    assert centre.alpha() == 255 and edge.alpha() == 255
    assert centre.lightness() > edge.lightness() + 60  # white bag on the teal tile


def test_committed_icons_are_complete():
    check_icon_dir(ROOT / "resources" / "icons")
