"""HTTP plumbing: parse, apply faults, authorise, rate-limit, dispatch, answer, record."""

from __future__ import annotations

import contextlib
import json
import logging
import math
import socket
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from pos_app.sandbox import ids, routes
from pos_app.sandbox.http_types import (
    ApiError,
    Request,
    Response,
    ValidationFailed,
    json_response,
    text_response,
)
from pos_app.sandbox.ratelimit import Quota

if TYPE_CHECKING:
    from pos_app.sandbox.server import RequestRecord, TrainingServer

log = logging.getLogger(__name__)

_BAD_GATEWAY = (b"<html><head><title>502 Bad Gateway</title></head>"
                b"<body><h1>502 Bad Gateway</h1></body></html>")


class DropConnection(Exception):
    """Close the socket without answering (the order was stored; the reply is 'lost')."""


def _random_error(status: int) -> Response:
    # Mixed bodies on purpose: a proxy answers HTML, the app JSON.
    if status == 502:
        return Response(502, _BAD_GATEWAY, "text/html")
    if status == 503:
        return json_response({"error": "Service temporarily unavailable"}, 503)
    return json_response({"error": "Internal server error"}, 500)


def _armed_failure(status: int, quota: Quota) -> tuple[Response, Quota]:
    """The answer of a ``faults.fail_next`` failure: what a real stack would send."""
    if status in (500, 502, 503):
        return _random_error(status), quota
    if status == 429:
        return text_response("Too many requests", 429), Quota(quota.limit, 0,
                                                              time.time() + 1.0, True)
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    return json_response({"error": phrase, "error_code": "training_fault"}, status), quota


def _bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def process(server: TrainingServer, req: Request) -> tuple[Response, Quota]:
    """Everything between a parsed request and the response to send."""
    limiter = server.limiter
    key = _bearer(req.headers.get("Authorization"))
    quota = limiter.peek(key or "")
    is_api = req.path.startswith("/v3/")
    faultable = is_api and not req.path.startswith("/v3/_training/")
    creates_order = req.method == "POST" and req.path == "/v3/orders"
    if creates_order:
        server.app.count_create_attempt()
    delay = server.faults.delay_for(req.method, req.path, per_route=faultable)
    if delay > 0:
        time.sleep(delay)
    if faultable:
        failure = server.faults.take_failure(req.method, req.path)
        if failure is not None:
            return _armed_failure(failure, quota)
        burst = server.faults.take_burst()
        if burst is not None:
            quota = Quota(quota.limit, 0, burst.reset_at, True)
            if burst.as_json:
                return json_response({"error": "Too many requests"}, 429), quota
            return text_response("Too many requests", 429), quota
        error = server.faults.take_random_error()
        if error is not None:
            return _random_error(error), quota

    found = routes.match(req.method, req.path)
    if found is None:
        return json_response({"error": "Not found", "error_code": "not_found"}, 404), quota
    if found == "method":
        return json_response({"error": "Method not allowed"}, 405), quota
    assert not isinstance(found, str)
    route, params = found

    if route.scope != routes.PUBLIC:
        grant = server.key_grant(key)
        if grant is None:
            return json_response({"error": "Invalid API key"}, 401), quota
        if grant.expired:
            return json_response({"error": "API key has expired"}, 401), quota
        if grant.scopes is not None and route.scope != routes.ANY_KEY \
                and route.scope not in grant.scopes:
            return json_response({"error": "Forbidden"}, 403), quota
        req.key = key
        if faultable:
            quota = limiter.hit(key or "")
            if quota.exceeded:
                return text_response("Too many requests", 429), quota

    try:
        response = route.handler(server.app, req, **params)
    except ValidationFailed as exc:
        response = json_response(exc.render(req.wants_error_array), exc.status)
    except ApiError as exc:
        response = json_response(exc.payload, exc.status)
    except Exception:
        log.exception("training server: unhandled error on %s %s", req.method, req.path)
        response = json_response({"error": "Internal server error"}, 500)

    if creates_order and response.status == 200:
        after = server.faults.take_after_commit()
        if after == "drop":
            raise DropConnection
        if after == "fail":
            response = Response(502, _BAD_GATEWAY, "text/html")
    return response, quota


class SandboxHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "KasirTraining/1.0"
    timeout = 30  # idle keep-alive connections give their thread back eventually

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in two writes; without this Nagle + delayed ACK add ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._training().track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self._training().track(self.connection, add=False)

    def _training(self) -> TrainingServer:
        return self.server.training  # type: ignore[attr-defined, no-any-return]

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("training server: " + format, *args)

    def date_time_string(self, timestamp: float | None = None) -> str:
        # The Date header tells clients the server's time; it must follow the server's
        # clock (``clock_offset``), not this machine's.
        return super().date_time_string(self._training().now() if timestamp is None
                                         else timestamp)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def _handle(self) -> None:
        server = self._training()
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.send_error(400, "Bad Content-Length")
            return
        body = self.rfile.read(length) if length > 0 else b""
        req = Request(self.command, path, query, self.headers, body)
        record = server.record(self.command, path, query, _json_or_none(body))
        try:
            response, quota = process(server, req)
        except DropConnection:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        try:
            self._send(response, quota, record)
        except OSError:
            # The client went away (timed out, was killed) after its request was handled;
            # whatever it sent has taken effect, only the answer is lost.
            self.close_connection = True

    def _send(self, response: Response, quota: Quota, record: RequestRecord) -> None:
        record.status = response.status
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("x-request-id", ids.request_id())
        self.send_header("X-Ratelimit-Limit", str(quota.limit))
        self.send_header("X-Ratelimit-Remaining", str(quota.remaining))
        # Counted on the real clock, announced on the server's (Unix seconds, rounded up).
        reset = math.ceil(quota.reset_at + self._training().skew())
        self.send_header("X-Ratelimit-Reset", str(reset))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)


def _json_or_none(body: bytes) -> object | None:
    if not body:
        return None
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
