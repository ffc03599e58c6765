"""``python -m pos_app.sandbox``: run the training server until Ctrl+C, or pay an order.

::

    python -m pos_app.sandbox --port 8765                      # serve
    python -m pos_app.sandbox pay 261127KQWZTRB --url http://127.0.0.1:8765
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from pos_app.sandbox.cli_pay import pay_main
from pos_app.sandbox.server import TrainingServer


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m pos_app.sandbox",
        description="Local Scalev v3 stand-in for training and tests.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="To pay an order of a running server: python -m pos_app.sandbox pay ORDER_NUMBER"
               " --url URL (see 'pay --help').")
    p.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--api-key", default="sk_training")
    p.add_argument("--latency", type=float, default=0.0, help="seconds added to every response")
    p.add_argument("--error-rate", type=float, default=0.0, help="probability of a random 5xx")
    p.add_argument("--catalog-size", type=int, default=None,
                   help="number of products in the first store")
    p.add_argument("--auto-pay-after", type=float, default=None,
                   help="seconds after which an unpaid order becomes paid")
    p.add_argument("--db", default=None, help="SQLite file for orders (default: in memory)")
    p.add_argument("--seed", type=int, default=None)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # A sub-command only for paying: the serving options stay where they always were.
    if argv[:1] == ["pay"]:
        return pay_main(argv[1:])
    args = _parser().parse_args(argv)
    extra = {"seed": args.seed} if args.seed is not None else {}
    server = TrainingServer(api_key=args.api_key, port=args.port, host=args.host,
                            db_path=args.db, catalog_size=args.catalog_size,
                            auto_pay_after=args.auto_pay_after, **extra)
    server.faults.latency = args.latency
    server.faults.error_rate = args.error_rate
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    server.start()
    print(f"Kasir training server at {server.base_url}", flush=True)
    print(f"API key: {server.api_key}", flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
