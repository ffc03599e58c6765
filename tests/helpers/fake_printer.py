"""A network receipt printer on 127.0.0.1 for tests: it keeps every byte it receives.

Like a real one it serves one connection at a time and a job ends when the sender closes.
It can be stopped and started again on the same port (the printer is switched off and on),
and :class:`UnansweringPort` is a port where connecting hangs (a printer that is stuck).
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType


class FakePrinter:
    def __init__(self) -> None:
        self._port = 0  # chosen by the OS at the first start, then kept
        self._server: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._changed = threading.Condition()
        self._jobs: list[bytes] = []
        self._current = bytearray()

    # -- what a test reads ---------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._port

    @property
    def spec(self) -> str:
        return f"tcp://127.0.0.1:{self._port}"

    @property
    def jobs(self) -> list[bytes]:
        """The bytes of each finished connection, oldest first."""
        with self._changed:
            return list(self._jobs)

    @property
    def received(self) -> bytes:
        """Every byte received so far, including a job still in progress."""
        with self._changed:
            return b"".join(self._jobs) + bytes(self._current)

    def wait_for_jobs(self, count: int, timeout: float = 5.0) -> list[bytes]:
        """Block until ``count`` jobs have finished (for synchronous tests)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self._jobs) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"fake printer got {len(self._jobs)} of {count} jobs in {timeout} s")
                self._changed.wait(remaining)
            return list(self._jobs)

    # -- power ---------------------------------------------------------------------------

    def start(self) -> None:
        if self._server is not None:
            return
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # Coming back on the same port right after stop(), as a printer keeps its address.
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self._port))
        server.listen(1)
        server.settimeout(0.05)
        self._port = server.getsockname()[1]
        self._server = server
        self._stopping.clear()
        self._thread = threading.Thread(target=self._serve, name="fake-printer", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Switch the printer off: connections are refused until :meth:`start`."""
        if self._server is None:
            return
        self._stopping.set()
        assert self._thread is not None
        self._thread.join(5)
        self._server.close()
        self._server = None
        self._thread = None

    def __enter__(self) -> FakePrinter:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- the printer's side --------------------------------------------------------------

    def _serve(self) -> None:
        assert self._server is not None
        while not self._stopping.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(0.05)
                self._receive(connection)

    def _receive(self, connection: socket.socket) -> None:
        while not self._stopping.is_set():
            try:
                chunk = connection.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not chunk:
                break
            with self._changed:
                self._current += chunk
        with self._changed:
            self._jobs.append(bytes(self._current))
            self._current.clear()
            self._changed.notify_all()


class UnansweringPort:
    """A port on 127.0.0.1 where a new connection neither succeeds nor fails: it hangs.

    The listen queue has room for one connection and we fill it ourselves, so the kernel
    drops further connection attempts and the client waits for its own timeout, as with a
    printer that has crashed on the network.
    """

    def __init__(self) -> None:
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(0)
        self.port = self._server.getsockname()[1]
        self._filler = socket.create_connection(("127.0.0.1", self.port), timeout=1)

    @property
    def spec(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._filler.close()
        self._server.close()

    def __enter__(self) -> UnansweringPort:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
