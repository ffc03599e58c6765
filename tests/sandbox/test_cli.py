"""``python -m pos_app.sandbox`` serves and stops cleanly on a signal; ``... pay`` pays an order."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import urllib.request

import pytest

from pos_app.sandbox import TrainingServer
from tests.sandbox.support import api_client, digital_order


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_cli_serves_until_stopped(tmp_path, stop_signal: signal.Signals) -> None:
    db = tmp_path / "orders.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pos_app.sandbox", "--port", "0", "--api-key", "sk_cli",
         "--catalog-size", "100", "--latency", "0", "--error-rate", "0",
         "--auto-pay-after", "30", "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+)", first)
        assert match, first
        assert "sk_cli" in proc.stdout.readline()
        assert "Ctrl+C" in proc.stdout.readline()
        request = urllib.request.Request(f"{match.group(1)}/v3/stores/simplified",
                                         headers={"Authorization": "Bearer sk_cli"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = json.load(response)
        assert body["data"] and response.status == 200
        proc.send_signal(stop_signal)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert db.exists()


def test_cli_help() -> None:
    done = subprocess.run([sys.executable, "-m", "pos_app.sandbox", "--help"],
                          capture_output=True, text=True, timeout=30, check=True)
    for option in ("--port", "--api-key", "--latency", "--error-rate", "--catalog-size",
                   "--auto-pay-after", "--db"):
        assert option in done.stdout


def _pay(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pos_app.sandbox", "pay", *args],
                          capture_output=True, text=True, timeout=30)


def test_cli_pays_a_bank_transfer_by_its_order_number() -> None:
    with TrainingServer(api_key="sk_cli", auto_pay_after=0.1) as server, \
            api_client(server, key="sk_cli") as api:
        store = server.data.store_with_method("bank_transfer")
        order = api.post("/orders", json=digital_order(store, payment_method="bank_transfer")).json()
        server.wait_for(lambda: False, timeout=0.3)
        assert server.get_order(order["id"])["payment_status"] == "unpaid"  # never by itself

        done = _pay(order["order_id"], "--url", server.base_url, "--api-key", "sk_cli")
        assert done.returncode == 0, done.stderr
        assert order["order_id"] in done.stdout and "paid" in done.stdout
        assert api.get(f"/orders/{order['id']}").json()["payment_status"] == "paid"

        settled = _pay(order["id"], "--url", server.base_url, "--api-key", "sk_cli",
                       "--status", "settled")
        assert settled.returncode == 0, settled.stderr
        assert server.get_order(order["id"])["payment_status"] == "settled"

        missing = _pay("261127ZZZZZZZ", "--url", server.base_url, "--api-key", "sk_cli")
        assert missing.returncode == 1 and "no such order" in missing.stderr
        wrong_key = _pay(order["order_id"], "--url", server.base_url, "--api-key", "sk_nope")
        assert wrong_key.returncode == 1 and "401" in wrong_key.stderr
        url = server.base_url
    unreachable = _pay("261127ZZZZZZZ", "--url", url)
    assert unreachable.returncode == 2 and url in unreachable.stderr


def test_cli_pay_help_and_serving_help() -> None:
    done = subprocess.run([sys.executable, "-m", "pos_app.sandbox", "pay", "--help"],
                          capture_output=True, text=True, timeout=30, check=True)
    for option in ("--url", "--api-key", "--status"):
        assert option in done.stdout
    serving = subprocess.run([sys.executable, "-m", "pos_app.sandbox", "--help"],
                             capture_output=True, text=True, timeout=30, check=True)
    assert "pay ORDER_NUMBER" in serving.stdout
