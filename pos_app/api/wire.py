"""Small, strict readers for JSON values as the API sends them.

Each reader names the field it failed on, so a ``ResponseFormatError`` says what was
wrong without dumping the (possibly personal) payload.

The ``*_parsing.py`` modules use them to be lenient about what may be missing or extra (the
v3 schemas leave most fields optional and allow extra ones) and strict about what the POS
cannot work without: an id it must send back, or an amount it must charge.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from pos_app.api.errors import ResponseFormatError
from pos_app.domain.money import Rupiah, money_from_wire, optional_money_from_wire

T = TypeVar("T")

_MISSING = object()


_PREFIX = "unexpected response shape: "


def bad(what: str) -> ResponseFormatError:
    return ResponseFormatError(_PREFIX + what)


def as_object(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise bad(f"{what} is not an object")
    return value


def optional_object(value: object) -> Mapping[str, Any]:
    """A nested object the client can live without: anything else reads as empty."""
    return value if isinstance(value, Mapping) else {}


def req_int(obj: Mapping[str, Any], key: str, what: str) -> int:
    value = to_int(obj.get(key))
    if value is None:
        raise bad(f"{what}.{key} is missing or not an integer")
    return value


def to_int(value: object) -> int | None:
    """Integers, plus digit strings and whole floats: ids and grams arrive in all three."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    return None


def grams(value: object) -> int | None:
    """Weights: integer grams, but order objects send them as decimal strings."""
    if isinstance(value, bool) or value is None or value == "":
        return None
    try:
        return money_from_wire(value)  # same wire rules: number or decimal string, rounded
    except ValueError:
        return None


def req_str(obj: Mapping[str, Any], key: str, what: str) -> str:
    value = obj.get(key)
    if isinstance(value, bool) or value is None:
        raise bad(f"{what}.{key} is missing")
    if isinstance(value, str | int):
        text = str(value)
        if text:
            return text
    raise bad(f"{what}.{key} is not a string")


def opt_str(value: object) -> str | None:
    if isinstance(value, str):
        return value or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def text(value: object, default: str = "") -> str:
    found = opt_str(value)
    return default if found is None else found


def flag(value: object, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def money(obj: Mapping[str, Any], key: str, what: str) -> Rupiah:
    try:
        return money_from_wire(obj.get(key))
    except ValueError:
        raise bad(f"{what}.{key} is not an amount") from None


def optional_money(obj: Mapping[str, Any], key: str, what: str) -> Rupiah:
    try:
        return optional_money_from_wire(obj.get(key))
    except ValueError:
        raise bad(f"{what}.{key} is not an amount") from None


def timestamp(value: object) -> datetime | None:
    """ISO-8601 or nothing: a garbled timestamp is not worth failing an order over."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def first_image(value: object) -> str | None:
    """``images`` is a list of URLs (or of ``{url}`` objects in some payloads)."""
    if not isinstance(value, list):
        return None
    for item in value:
        if isinstance(item, str) and item:
            return item
        if isinstance(item, Mapping):
            url = opt_str(item.get("url"))
            if url:
                return url
    return None


def data_list(body: object, what: str) -> list[Any]:
    """Items of a v3 collection envelope ``{data: [...], is_paginated}``."""
    if isinstance(body, list):  # tolerate a bare list: nothing else to misread it as
        return body
    envelope = as_object(body, what)
    items = envelope.get("data", _MISSING)
    if items is _MISSING or items is None:
        raise bad(f"{what} has no data list")
    if not isinstance(items, list):
        raise bad(f"{what}.data is not a list")
    return items


def parse_items(items: list[Any], parse: Callable[[Any], T], what: str) -> tuple[T, ...]:
    out: list[T] = []
    for index, item in enumerate(items):
        try:
            out.append(parse(item))
        except ResponseFormatError as exc:
            raise bad(f"{what}[{index}]: {exc.message.removeprefix(_PREFIX)}") from None
    return tuple(out)
