"""packaging/build_frozen.py: which smoke-test output passes."""

from __future__ import annotations

import importlib

import pytest

import tests.packaging.support  # noqa: F401  (puts packaging/ on sys.path)

build_frozen = importlib.import_module("build_frozen")

GOOD = """\
printsupport: cups
serial: pyserial 3.5, 0 port(s)
usb: pyusb 1.3.1, libusb found
escpos: 3.1 (usb, serial, network), 35 printer profiles
qt: 6.12.0
platform: offscreen
keyring: keyring.backends.SecretService.Keyring
order 1 created and its QR rendered in 0.70 s
smoke test: ok
"""


def test_complete_output_passes():
    assert build_frozen.check_output(0, GOOD, None) == []


@pytest.mark.parametrize("prefix", ["printsupport:", "serial:", "escpos:", "keyring:", "qt:"])
def test_a_missing_line_fails(prefix):
    output = "\n".join(line for line in GOOD.splitlines() if not line.startswith(prefix))
    assert build_frozen.check_output(0, output, None) == [f"no '{prefix}' line in the output"]


def test_non_zero_exit_and_missing_ok_fail():
    output = GOOD.replace("smoke test: ok", "smoke test: FAILED: boom")
    problems = build_frozen.check_output(1, output, None)
    assert "frozen app exited with 1" in problems
    assert "no 'smoke test: ok' line in the output" in problems


def test_expected_keyring_is_checked():
    assert build_frozen.check_output(0, GOOD, "SecretService") == []
    assert build_frozen.check_output(0, GOOD, "WinVaultKeyring")
