"""`pos-app --smoke-test` from source: the same check the frozen build gets in CI."""

import os
import re
import subprocess
import sys

from pos_app.app_log import scrub
from pos_app.smoke import SMOKE_EMAIL, SMOKE_PHONE


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
    # The run left a log file with the deliberate error's traceback, and the key, the phone
    # number and the email it used are not in it.
    log_text = (tmp_path / "log" / "kasir.log").read_text(encoding="utf-8")
    assert "Kasir" in log_text and "started" in log_text
    assert "Traceback (most recent call last)" in log_text
    assert "RuntimeError: deliberate smoke-test error for [phone] <[email]>" in log_text
    assert "sk_smoke" not in log_text
    digits = re.sub(r"\D", "", SMOKE_PHONE)  # 081234567890
    for phone in (SMOKE_PHONE, digits, "62" + digits[1:], "+62" + digits[1:], digits[-8:]):
        assert phone not in log_text
    assert scrub(log_text) == log_text, "every line went through the scrubber"
    assert SMOKE_EMAIL not in log_text
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", log_text), "an email address"
