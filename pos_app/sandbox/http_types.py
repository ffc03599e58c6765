"""Request/response values passed between the HTTP handler and the route functions."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

JSON_TYPE = "application/json"
TEXT_TYPE = "text/plain; charset=utf-8"


@dataclass(slots=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: Mapping[str, str]
    body: bytes
    key: str | None = None  # the accepted API key, set once authorised
    _json: Any = field(default=None, repr=False)
    _parsed: bool = field(default=False, repr=False)

    def json(self) -> Any:
        """The body as JSON; a missing body is None, a malformed one a 400."""
        if not self._parsed:
            self._parsed = True
            if self.body.strip():
                try:
                    self._json = json.loads(self.body)
                except (ValueError, UnicodeDecodeError):
                    raise ApiError(400, {"error": "Malformed JSON body",
                                         "error_code": "invalid_json"}) from None
        return self._json

    def json_object(self, *, required: bool = True) -> dict[str, Any]:
        body = self.json()
        if body is None and not required:
            return {}
        if not isinstance(body, dict):
            raise ApiError(422, {"error": "Request body must be a JSON object",
                                 "error_code": "unprocessable_entity"})
        return body

    @property
    def wants_error_array(self) -> bool:
        return self.headers.get("X-Training-Error-Shape", "").strip().lower() == "array"


@dataclass(slots=True)
class Response:
    status: int
    body: bytes
    content_type: str = JSON_TYPE
    headers: dict[str, str] = field(default_factory=dict)


def json_response(payload: Any, status: int = 200) -> Response:
    return Response(status, json.dumps(payload, ensure_ascii=False).encode())


def text_response(text: str, status: int) -> Response:
    return Response(status, text.encode(), TEXT_TYPE)


class ApiError(Exception):
    """Raised by route code; the handler turns it into the error response."""

    def __init__(self, status: int, payload: dict[str, Any]) -> None:
        super().__init__(payload.get("error"))
        self.status = status
        self.payload = payload


def not_found(what: str = "Not found") -> ApiError:
    return ApiError(404, {"error": what, "error_code": "not_found"})


class ValidationFailed(ApiError):
    """400 with per-field messages; rendered as a map or, on request, as the array form."""

    def __init__(self, errors: Mapping[str, list[str]], status: int = 400) -> None:
        self.errors = {k: list(v) for k, v in errors.items()}
        super().__init__(status, {"error": "Validation failed", "error_code": "validation_failed",
                                  "errors": self.errors})

    def render(self, as_array: bool) -> dict[str, Any]:
        if not as_array:
            return self.payload
        items = [
            {"severity": "error", "code": _code(message), "field": name, "message": message}
            for name, messages in self.errors.items()
            for message in messages
        ]
        return {**self.payload, "errors": items}


def _code(message: str) -> str:
    if message == "can't be blank":
        return "required"
    if message.startswith("not found"):
        return "not_found"
    return "invalid"


class Errors:
    """Collects field errors so one response reports every problem at once."""

    def __init__(self) -> None:
        self.items: dict[str, list[str]] = {}

    def add(self, name: str, message: str) -> None:
        self.items.setdefault(name, []).append(message)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationFailed(self.items)
