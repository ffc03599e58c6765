"""Frozen API dataclasses to JSON-ready values and back, without losing a thing.

The decoders are derived from the dataclass fields once per class, so a field added to
``pos_app.api.models`` is cached without touching this file. Rows are positional lists
(with the field names stored once beside them): smaller than objects and quicker to
load, which matters at 30,000 variants.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, TypeVar, get_args, get_origin

T = TypeVar("T")

Decoder = Callable[[Any], Any]


class CodecError(ValueError):
    """Stored data that does not fit the current classes."""


def encode(obj: Any) -> Any:
    """A dataclass tree as lists/dicts/scalars (tuples become lists)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)]
    if isinstance(obj, tuple | list):
        return [encode(item) for item in obj]
    if isinstance(obj, dict):
        return {key: encode(value) for key, value in obj.items()}
    return obj


def field_names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def schema(cls: type) -> dict[str, list[str]]:
    """The field layout of ``cls`` and every dataclass inside it, to store with the rows."""
    result: dict[str, list[str]] = {}

    def walk(klass: type) -> None:
        if klass.__name__ in result:
            return
        result[klass.__name__] = field_names(klass)
        hints = _hints(klass)
        for f in dataclasses.fields(klass):
            for inner in _dataclasses_in(hints[f.name]):
                walk(inner)

    walk(cls)
    return result


def decoder(cls: type[T], stored_schema: dict[str, list[str]]) -> Callable[[Any], T]:
    """A function turning one encoded row of ``cls`` back into the object.

    ``stored_schema`` is what :func:`schema` gave when the rows were written. When it
    matches today's classes the fast positional path is used; otherwise fields are
    matched by name, new fields take their defaults and a missing required one raises
    :class:`CodecError` (the caller then treats the cache as empty).
    """
    return _build(cls, _freeze(stored_schema))


def _freeze(stored: dict[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((k, tuple(v)) for k, v in stored.items()))


@cache
def _hints(cls: type) -> dict[str, Any]:
    # Resolves the string annotations of ``from __future__ import annotations`` modules.
    return typing.get_type_hints(cls)


def _dataclasses_in(tp: Any) -> list[type]:
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return [tp]
    found: list[type] = []
    for arg in get_args(tp):
        found.extend(_dataclasses_in(arg))
    return found


@cache
def _build(cls: type, stored: tuple[tuple[str, tuple[str, ...]], ...]) -> Decoder:
    stored_map = dict(stored)
    names = stored_map.get(cls.__name__)
    if names is None:
        raise CodecError(f"no stored layout for {cls.__name__}")
    hints = _hints(cls)
    fields = dataclasses.fields(cls)
    converters = [_converter(hints[f.name], stored) for f in fields]

    if tuple(names) == tuple(f.name for f in fields):
        if all(c is None for c in converters):

            def fast(row: Any) -> Any:
                return cls(*row)

            return fast
        pairs = [(i, c) for i, c in enumerate(converters) if c is not None]

        def positional(row: Any) -> Any:
            # json.loads gives fresh lists: convert in place instead of copying.
            if type(row) is not list:
                row = list(row)
            for i, convert in pairs:
                row[i] = convert(row[i])
            return cls(*row)

        return positional

    index = {name: i for i, name in enumerate(names)}
    plan: list[tuple[str, int, Decoder | None]] = []
    for f, convert in zip(fields, converters, strict=True):
        if f.name in index:
            plan.append((f.name, index[f.name], convert))
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise CodecError(f"stored {cls.__name__} rows lack the required field {f.name!r}")

    def by_name(row: Any) -> Any:
        kwargs = {}
        for name, i, convert in plan:
            value = row[i]
            kwargs[name] = convert(value) if convert is not None else value
        return cls(**kwargs)

    return by_name


def _converter(tp: Any, stored: tuple[tuple[str, tuple[str, ...]], ...]) -> Decoder | None:
    """How to rebuild a value of type ``tp`` from JSON, or None when JSON already fits."""
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _build(tp, stored)
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is tuple:
        inner = _converter(args[0], stored) if args else None
        if len(args) == 2 and args[1] is Ellipsis:
            if inner is None:
                return tuple
            return lambda items: tuple(map(inner, items))
        parts = [_converter(a, stored) for a in args]
        return lambda items: tuple(
            p(item) if p is not None else item for p, item in zip(parts, items, strict=True)
        )
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) == 1:
            inner = _converter(options[0], stored)
            if inner is None:
                return None
            return lambda value: None if value is None else inner(value)
        if any(_converter(a, stored) is not None for a in options):
            raise CodecError(f"cannot decode the union {tp!r}")
        return None
    if tp in (int, str, bool, float, type(None), Any) or origin in (dict, list):
        return None
    if origin is not None and getattr(origin, "__name__", "") == "Mapping":
        return dict
    raise CodecError(f"no JSON decoding for {tp!r}")


def decode_all(cls: type[T], rows: Sequence[Any], stored_schema: dict[str, list[str]]) -> list[T]:
    decode = decoder(cls, stored_schema)
    try:
        return [decode(row) for row in rows]
    except (TypeError, ValueError, IndexError, KeyError) as exc:
        raise CodecError(f"stored {cls.__name__} rows do not fit: {exc}") from exc
