"""The v3 response envelopes: a page of items with its cursor, or a plain ``data`` list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pos_app.api.models import Page
from pos_app.api.wire import as_object, data_list, opt_str, parse_items

T = TypeVar("T")


def parse_page(body: object, parse_item: Callable[[Any], T], what: str) -> Page[T]:
    envelope = as_object(body, what)
    items = parse_items(data_list(envelope, what), parse_item, what)
    next_cursor = opt_str(envelope.get("next_cursor"))
    has_next = envelope.get("has_next")
    if not isinstance(has_next, bool):
        # /v3/locations may omit the cursor fields (contract §9 #3): trust the cursor.
        has_next = next_cursor is not None
    return Page(items=items, has_next=has_next, next_cursor=next_cursor)


def parse_list(body: object, parse_item: Callable[[Any], T], what: str) -> list[T]:
    return list(parse_items(data_list(body, what), parse_item, what))
