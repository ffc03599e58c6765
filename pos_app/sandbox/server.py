"""``TrainingServer``: a local stand-in for the Scalev v3 API, for training mode and tests."""

from __future__ import annotations

import contextlib
import logging
import os
import random
import socket
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from types import TracebackType
from typing import Any

from pos_app.sandbox.app import SandboxApp
from pos_app.sandbox.faults import FaultInjector
from pos_app.sandbox.handler import SandboxHandler
from pos_app.sandbox.model import SeedData, Store
from pos_app.sandbox.orders_db import OrdersDB
from pos_app.sandbox.ratelimit import RateLimiter
from pos_app.sandbox.seed import DEFAULT_SEED, build_seed

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RequestRecord:
    """One request as it arrived; ``status`` is None while in flight or if the reply was
    deliberately dropped (``faults.drop_after_commit``)."""

    method: str
    path: str
    query: dict[str, str]
    json_body: object | None
    status: int | None = None


@dataclass(frozen=True, slots=True)
class KeyGrant:
    scopes: frozenset[str] | None  # None: a secret key with every scope
    expired: bool = False


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], training: TrainingServer) -> None:
        self.training = training
        super().__init__(address, SandboxHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver would print a traceback for every client that hangs up mid-request.
        log.debug("training server: connection from %s ended with an error", client_address,
                  exc_info=True)


class TrainingServer:
    """Serves the v3 contract on loopback from a background thread.

    ``api_key`` is the accepted secret key (``add_key`` adds more, optionally restricted);
    ``port=0`` picks a free port; ``db_path`` keeps orders in a SQLite file (default: in
    memory); ``catalog_size`` gives the first store exactly that many products (benchmarks);
    ``auto_pay_after`` turns unpaid orders paid that many seconds after creation; ``seed``
    fixes the generated data. ``rate_limit``/``rate_window`` set the per-key burst limit
    (the real 100 per 10 s by default; ``None`` disables it for long soaks).
    """

    def __init__(
        self,
        api_key: str = "sk_training",
        port: int = 0,
        host: str = "127.0.0.1",
        db_path: str | os.PathLike[str] | None = None,
        catalog_size: int | None = None,
        auto_pay_after: float | None = None,
        seed: int = DEFAULT_SEED,
        *,
        rate_limit: int | None = 100,
        rate_window: float = 10.0,
    ) -> None:
        self.api_key = api_key
        self.host = host
        self.port = port
        self.data: SeedData = build_seed(seed, catalog_size)
        self._db = OrdersDB(os.fspath(db_path) if db_path is not None else None)
        # Closing at garbage collection too keeps unclosed-connection warnings away when a
        # test inspects orders after stop().
        self._finalizer = weakref.finalize(self, self._db.close)
        self.app = SandboxApp(self.data, self._db, auto_pay_after=auto_pay_after)
        self._online_rng = random.Random(seed + 1)
        self.faults = FaultInjector(seed)
        self.limiter = RateLimiter(rate_limit, rate_window)
        self._keys: dict[str, KeyGrant] = {api_key: KeyGrant(None)}
        self._records: list[RequestRecord] = []
        self._records_lock = threading.Lock()
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._conn_lock = threading.Lock()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle --------------------------------------------------------------------------

    def start(self) -> TrainingServer:
        if self._httpd is not None:
            return self
        self._httpd = _HTTPServer((self.host, self.port), self)
        self.port = self._httpd.server_address[1]
        self.app.base_url = self.base_url
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.5},
                                        name=f"training-server-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        # shutdown() waits for the serve loop to wake up; a throw-away connection wakes it
        # now instead of after the poll interval (which matters for test suites).
        shutter = threading.Thread(target=httpd.shutdown, daemon=True)
        shutter.start()
        while shutter.is_alive():
            with contextlib.suppress(OSError), socket.create_connection(
                    (self.host, self.port), timeout=0.2):
                pass
            shutter.join(0.01)
        # Idle keep-alive connections would keep their threads blocked in recv().
        with self._conn_lock:
            open_now = list(self._connections.items())
        for conn, _ in open_now:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for _, thread in open_now:
            thread.join(timeout=2)
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None

    def close(self) -> None:
        """Stop serving and close the order database."""
        self.stop()
        self._finalizer()

    def __enter__(self) -> TrainingServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # --- keys -------------------------------------------------------------------------------

    def add_key(self, key: str, scopes: Iterable[str] | None = None, *,
                expired: bool = False) -> None:
        """Accept another key; with ``scopes`` it is a restricted key (403 elsewhere)."""
        self._keys[key] = KeyGrant(frozenset(scopes) if scopes is not None else None, expired)

    def remove_key(self, key: str) -> None:
        self._keys.pop(key, None)

    def key_grant(self, key: str | None) -> KeyGrant | None:
        return self._keys.get(key) if key else None

    # --- request log ------------------------------------------------------------------------

    def record(self, method: str, path: str, query: dict[str, str],
               json_body: object | None) -> RequestRecord:
        entry = RequestRecord(method, path, query, json_body)
        with self._records_lock:
            self._records.append(entry)
        return entry

    @property
    def requests(self) -> list[RequestRecord]:
        with self._records_lock:
            return list(self._records)

    def clear_requests(self) -> None:
        with self._records_lock:
            self._records.clear()

    def track(self, conn: socket.socket, *, add: bool) -> None:
        with self._conn_lock:
            if add:
                self._connections[conn] = threading.current_thread()
            else:
                self._connections.pop(conn, None)

    # --- orders -----------------------------------------------------------------------------

    @property
    def order_create_attempts(self) -> int:
        return self.app.order_create_attempts

    @property
    def auto_pay_after(self) -> float | None:
        return self.app.auto_pay_after

    @auto_pay_after.setter
    def auto_pay_after(self, seconds: float | None) -> None:
        self.app.auto_pay_after = seconds

    @property
    def clock(self) -> Callable[[], float]:
        """Source of order timestamps (Unix seconds); tests may replace it."""
        return self.app.clock

    @clock.setter
    def clock(self, clock: Callable[[], float]) -> None:
        self.app.clock = clock

    @property
    def clock_offset(self) -> float:
        """Seconds the server's clock runs ahead of ``clock`` (negative: behind).

        Order times, time-window filters, ``X-Ratelimit-Reset`` and the HTTP ``Date``
        header all follow ``clock() + clock_offset``, so a test can put the till and the
        server hours apart.
        """
        return self.app.clock_offset

    @clock_offset.setter
    def clock_offset(self, seconds: float) -> None:
        self.app.clock_offset = float(seconds)

    def now(self) -> float:
        """The server's time in Unix seconds (``clock() + clock_offset``)."""
        return self.app.now()

    def skew(self) -> float:
        """Seconds between the server's time and this machine's real clock."""
        return self.app.skew()

    def orders(self) -> list[dict[str, Any]]:
        """Stored orders, oldest first, exactly as ``GET /v3/orders/{id}`` returns them."""
        return self.app.all_orders()

    def get_order(self, order_pk: str) -> dict[str, Any] | None:
        return self.app.get_order(order_pk)

    def mark_paid(self, order_pk: str, status: str = "paid") -> dict[str, Any]:
        """Simulate the gateway callback: ``paid``, ``settled`` or ``conflict``."""
        order = self.app.set_payment_status(order_pk, status)
        if order is None:
            raise KeyError(order_pk)
        return order

    @property
    def defer_payment_info(self) -> bool:
        """When True, a gateway order's ``pg_payment_info`` is ``{}`` in the create answer
        and stays so until ``POST /v3/orders/{id}/payment`` is called (§4.12, §6 step 8)."""
        return self.app.defer_payment_info

    @defer_payment_info.setter
    def defer_payment_info(self, value: bool) -> None:
        self.app.defer_payment_info = bool(value)

    def configure_store(self, store_id: int | str, *, payment_link_fee: int | None = None,
                        unique_code: bool | None = None) -> Store:
        """Change the store settings that make Scalev's total differ from the till's sum.

        ``payment_link_fee`` (rupiah, default 0 except Dapur Mbok Sum's 2500) is added to
        every new ``payment_link`` order as ``payment_link_income``; ``unique_code``
        (``is_unique_code``, on for Batik Sekar Jagad) takes 100–999 rupiah off every new
        ``bank_transfer`` order as ``unique_code_discount``. Orders already made keep theirs.
        """
        store = self.data.store(store_id)
        if store is None:
            raise KeyError(store_id)
        if payment_link_fee is not None:
            if payment_link_fee < 0:
                raise ValueError("payment_link_fee cannot be negative")
            store.payment_link_fee = int(payment_link_fee)
        if unique_code is not None:
            store.is_unique_code = unique_code
        return store

    def add_online_orders(self, store_id: int | str, n: int = 6) -> list[dict[str, Any]]:
        """Add ``n`` orders from other channels to a store: other customers, no POS
        metadata, created earlier today on the server's clock (Jakarta day), some paid
        and some unpaid (with two or more, at least one of each). Training auto-pay leaves
        them alone. Returns them as ``GET /v3/orders/{id}`` would."""
        store = self.data.store(store_id)
        if store is None:
            raise KeyError(store_id)
        if n < 0:
            raise ValueError("n cannot be negative")
        return self.app.add_online_orders(store, n, self._online_rng)

    def add_tag(self, order_pk: str, name: str) -> dict[str, Any]:
        order = self.app.add_tag(order_pk, name)
        if order is None:
            raise KeyError(order_pk)
        return order

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Poll ``predicate`` until true or ``timeout``; handy for auto-pay tests."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.02)
        return predicate()
