"""``python -m pos_app.sandbox pay <order number>``: the buyer pays, on a running server.

Training auto-pay never pays bank transfers, COD or "no payment" orders; a trainer uses this
to play the buyer (or the bank) for any order. It calls the training pay route, which
accepts the order number a cashier reads out as well as the order id.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
from urllib.parse import quote

from pos_app.sandbox.app import PAYMENT_STATUSES


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pos_app.sandbox pay",
                                description="Pay an order of a running training server.")
    p.add_argument("order", help="order number (e.g. 261127KQWZTRB) or order id")
    p.add_argument("--url", default="http://127.0.0.1:8765", help="the server's base URL")
    p.add_argument("--api-key", default="sk_training")
    p.add_argument("--status", default="paid", choices=[s for s in PAYMENT_STATUSES if s != "unpaid"])
    return p


def pay_main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    url = f"{args.url.rstrip('/')}/v3/_training/orders/{quote(args.order.strip(), safe='')}/pay"
    request = urllib.request.Request(
        url, data=json.dumps({"payment_status": args.status}).encode(), method="POST",
        headers={"Authorization": f"Bearer {args.api_key}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            order = json.load(response)
    except urllib.error.HTTPError as exc:
        reason = "no such order" if exc.code == 404 else f"HTTP {exc.code}"
        print(f"Could not pay {args.order}: {reason}", file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError) as exc:
        print(f"Could not reach the training server at {args.url}: {exc}", file=sys.stderr)
        return 2
    print(f"Order {order['order_id']} ({order['payment_method']}): {order['payment_status']}")
    return 0
