"""The log file: written, rotating, tracebacks included, and never a key, a phone or an email."""

from __future__ import annotations

import logging
import sys

import pytest

from pos_app.app_log import LOG_FILE, install_excepthook, install_file_log, scrub


@pytest.fixture
def file_log(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    hook = sys.excepthook
    path = install_file_log(tmp_path / "log")
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)
    sys.excepthook = hook


def test_a_raised_error_lands_in_the_log_with_its_traceback_and_without_personal_data(file_log):
    shown: list[str] = []
    install_excepthook(shown.append)
    logging.getLogger("pos_app.test").warning(
        "checkout for 0812-3456-7890 (rina.kartika@example.co.id) with key sk_live_abcdef123456"
    )
    try:
        raise RuntimeError("order for +62 812 3456 7890 failed; Bearer rk_secret_0987654321 refused")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = file_log.read_text(encoding="utf-8")
    assert file_log.name == LOG_FILE
    assert "Traceback (most recent call last)" in text and "RuntimeError" in text
    assert "test_a_raised_error_lands_in_the_log" in text  # the frame of the error
    for secret in ("0812-3456-7890", "3456 7890", "rina.kartika@example.co.id", "sk_live", "rk_secret"):
        assert secret not in text
    assert "[phone]" in text and "[email]" in text and "[key]" in text
    # The cashier was told, with the same scrubbed details to copy.
    assert len(shown) == 1 and "RuntimeError" in shown[0] and "3456" not in shown[0]


@pytest.mark.parametrize(
    "text",
    ["6281234567890", "081234567890", "+62 812-3456-7890", "0812 3456 789"],
)
def test_every_phone_form_is_scrubbed(text):
    assert scrub(f"phone {text} end") == "phone [phone] end"


def test_order_numbers_receipts_and_amounts_stay_readable():
    line = "receipt KASIR-01-000123 order 261127KQWZTRB total 306000 id 019ac5e2-7b41-7c3d"
    assert scrub(line) == line
