"""`pos-app --smoke-test` from source: the same check the frozen build gets in CI."""

import os
import subprocess
import sys


def test_smoke_test_sells_once_and_reports_what_it_resolved(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env["KASIR_LOG_DIR"] = str(tmp_path / "log")
    result = subprocess.run(
        [sys.executable, "-m", "pos_app.cli", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for prefix in (
        "printsupport: ",
        "serial: pyserial ",
        "escpos: 3.",
        "qt: 6.",
        "platform: offscreen",
        "keyring: keyring.backends.",
    ):
        assert any(line.startswith(prefix) for line in lines), (prefix, result.stdout)
    assert lines[-1] == "smoke test: ok"
    # The run left a log file, and the key it used is not in it.
    log_text = (tmp_path / "log" / "kasir.log").read_text(encoding="utf-8")
    assert "Kasir" in log_text and "started" in log_text
    assert "sk_smoke" not in log_text
