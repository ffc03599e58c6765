"""Identifiers minted at run time (orders, order lines, request ids).

These use the OS random source rather than the seed: a persistent ``db_path`` keeps orders
across restarts, and a seeded generator would hand out the same order numbers again.
"""

from __future__ import annotations

import secrets
import string
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta, timezone

# Scalev is an Indonesian platform: order numbers carry the date in Western Indonesia Time.
_WIB = timezone(timedelta(hours=7))

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7(now: float | None = None) -> str:
    """A UUIDv7 string; ids minted in the same millisecond still sort in creation order."""
    global _last_ms, _counter
    ms = int((time.time() if now is None else now) * 1000)
    with _lock:
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
        else:
            _last_ms, _counter = ms, secrets.randbits(8)
        counter = _counter & 0xFFF
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= secrets.randbits(62)
    return str(uuid.UUID(int=value))


def order_number(now: float) -> str:
    """``YYMMDD`` of the Jakarta date plus 7 capital letters, e.g. ``261127KQWZTRB``."""
    day = datetime.fromtimestamp(now, _WIB).strftime("%y%m%d")
    return day + "".join(secrets.choice(string.ascii_uppercase) for _ in range(7))


def secret_slug() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(12))


def request_id() -> str:
    return secrets.token_hex(8)


def iso(ts: float | None) -> str | None:
    """Timestamps as the API writes them: UTC, whole seconds, ``Z`` suffix."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
