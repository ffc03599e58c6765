"""Tiny generated PNG thumbnails, so catalog image URLs resolve without shipping files."""

from __future__ import annotations

import functools
import hashlib
import re
import struct
import zlib

SIZE = 48
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def is_valid_name(name: str) -> bool:
    return bool(_NAME.match(name))


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


@functools.lru_cache(maxsize=512)
def thumbnail(name: str) -> bytes:
    """A 48x48 RGB PNG: a colour picked from the name with a lighter centre square.

    Distinct names give distinct colours, which is enough to tell thumbnails apart on screen.
    """
    digest = hashlib.sha1(name.encode()).digest()
    base = tuple(60 + b % 150 for b in digest[:3])
    light = tuple(min(255, c + 70) for c in base)
    rows = []
    for y in range(SIZE):
        row = bytearray([0])  # filter type "None" for every scanline
        for x in range(SIZE):
            inner = 12 <= x < SIZE - 12 and 12 <= y < SIZE - 12
            row.extend(light if inner else base)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)
    return b"".join((
        b"\x89PNG\r\n\x1a\n",
        _chunk(b"IHDR", header),
        _chunk(b"IDAT", zlib.compress(b"".join(rows), 9)),
        _chunk(b"IEND", b""),
    ))
