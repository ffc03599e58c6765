"""``python -m pos_app.sandbox`` starts, serves, and stops cleanly on a signal."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import urllib.request

import pytest


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
