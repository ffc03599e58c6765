"""Opaque cursor pagination with the v3 envelope.

A cursor is base64 of a small JSON payload plus a fingerprint of the route and its filters,
so a cursor replayed with different filters (or forged) is a 400 rather than a wrong page.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from pos_app.sandbox.http_types import ApiError, ValidationFailed

T = TypeVar("T")

MAX_PAGE_SIZE = 25
_NOT_FILTERS = frozenset({"page_size", "next_cursor", "previous_cursor", "b_uid"})


def page_size(query: Mapping[str, str]) -> int:
    raw = query.get("page_size")
    if raw is None or raw == "":
        return MAX_PAGE_SIZE
    try:
        size = int(raw)
    except ValueError:
        raise ValidationFailed({"page_size": ["is invalid"]}) from None
    if size < 1:
        raise ValidationFailed({"page_size": ["must be greater than or equal to 1"]})
    if size > MAX_PAGE_SIZE:
        raise ValidationFailed({"page_size": [f"must be less than or equal to {MAX_PAGE_SIZE}"]})
    return size


def fingerprint(scope: str, query: Mapping[str, str]) -> str:
    filters = sorted((k, v) for k, v in query.items() if k not in _NOT_FILTERS)
    return hashlib.sha1(json.dumps([scope, filters]).encode()).hexdigest()[:10]


def encode_cursor(payload: dict[str, Any], fp: str) -> str:
    raw = json.dumps({**payload, "f": fp}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _invalid() -> ApiError:
    return ApiError(400, {"error": "Invalid cursor", "error_code": "invalid_cursor"})


def read_cursor(query: Mapping[str, str], fp: str) -> tuple[str, dict[str, Any]] | None:
    """``("next"|"previous", payload)`` of the cursor in the query, or None on page one."""
    given = [(d, query[f"{d}_cursor"]) for d in ("next", "previous") if query.get(f"{d}_cursor")]
    if not given:
        return None
    if len(given) > 1:
        raise ApiError(400, {"error": "Send either next_cursor or previous_cursor, not both",
                             "error_code": "invalid_cursor"})
    direction, token = given[0]
    try:
        padded = token + "=" * (-len(token) % 4)
        payload = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise _invalid() from None
    if not isinstance(payload, dict) or payload.pop("f", None) != fp:
        raise _invalid()
    return direction, payload


def envelope(data: list[Any], size: int, *, has_next: bool, has_previous: bool,
             next_cursor: str | None, previous_cursor: str | None) -> dict[str, Any]:
    return {
        "data": data,
        "is_paginated": True,
        "has_next": has_next,
        "has_previous": has_previous,
        "next_cursor": next_cursor,
        "previous_cursor": previous_cursor,
        "page_size": size,
    }


def paginate(items: Sequence[T], query: Mapping[str, str], scope: str,
             render: Callable[[T], Any]) -> dict[str, Any]:
    """Offset pagination over a list that does not change between pages (catalog data)."""
    size = page_size(query)
    fp = fingerprint(scope, query)
    cursor = read_cursor(query, fp)
    offset = 0
    if cursor is not None:
        value = cursor[1].get("o")
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise _invalid()
        offset = value
    page = items[offset: offset + size]
    has_next = offset + size < len(items)
    has_previous = offset > 0
    return envelope(
        [render(item) for item in page],
        size,
        has_next=has_next,
        has_previous=has_previous,
        next_cursor=encode_cursor({"o": offset + size}, fp) if has_next else None,
        previous_cursor=encode_cursor({"o": max(0, offset - size)}, fp) if has_previous else None,
    )


def non_paginated(data: list[Any]) -> dict[str, Any]:
    return {"data": data, "is_paginated": False}
