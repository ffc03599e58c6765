"""Frozen domain dataclasses as JSON objects keyed by field name, and back, checked on the way in.

For records that must outlive app updates (parked sales), unlike the catalog cache's
positional rows (:mod:`pos_app.storage.codec`), which are thrown away when the layout
changes. Both directions follow the dataclass fields, so a field added later is stored
without touching this file; an old row without it takes the field's default. Reading checks
every value against its annotation, so a damaged row fails here, loudly, instead of putting
a text price into a cart. Enums are stored by value, datetimes as ISO text with their offset.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, get_args, get_origin

T = TypeVar("T")


class CodecError(ValueError):
    """Stored data that does not fit the classes it should become."""


def to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    if value is None or isinstance(value, str | int):  # bool is an int
        return value
    # A float price or a set would not come back as it went in: refuse it now, not on resume.
    raise CodecError(f"no JSON form for {type(value).__name__}")


def from_json(cls: type[T], data: Any) -> T:
    return _object(cls, data, cls.__name__)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)  # resolves ``from __future__ import annotations``


def _object(cls: type[T], data: Any, where: str) -> T:
    if not isinstance(data, dict):
        raise CodecError(f"{where}: expected an object, got {type(data).__name__}")
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _value(hints[f.name], data[f.name], f"{where}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise CodecError(f"{where}: the required field {f.name!r} is missing")
    return cls(**kwargs)


def _value(tp: Any, raw: Any, where: str) -> Any:
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            return _object(tp, raw, where)
        if issubclass(tp, Enum):
            return tp(raw)
        if tp is datetime:
            return datetime.fromisoformat(_scalar(str, raw, where))
        if tp in (str, int, bool):
            return _scalar(tp, raw, where)
    origin, args = get_origin(tp), get_args(tp)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        if not isinstance(raw, list):
            raise CodecError(f"{where}: expected a list, got {type(raw).__name__}")
        return tuple(_value(args[0], item, f"{where}[{i}]") for i, item in enumerate(raw))
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if raw is None and len(options) < len(args):
            return None
        if len(options) == 1:
            return _value(options[0], raw, where)
    raise CodecError(f"{where}: no JSON decoding for {tp!r}")


def _scalar(tp: type, raw: Any, where: str) -> Any:
    # bool is an int in Python: a stored true must not become a quantity of 1.
    if not isinstance(raw, tp) or (tp is not bool and isinstance(raw, bool)):
        raise CodecError(f"{where}: expected {tp.__name__}, got {type(raw).__name__}")
    return raw
