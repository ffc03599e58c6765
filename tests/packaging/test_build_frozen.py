"""packaging/build_frozen.py: which smoke-test output passes."""

from __future__ import annotations

import importlib
import sys

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


def fake_app(folder, output: str, code: int = 0):
    """An installed 'Kasir' that prints ``output`` for --smoke-test (a shell script)."""
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / "Kasir"
    exe.write_text(f"#!/bin/sh\ncat <<'EOF'\n{output}EOF\nexit {code}\n", encoding="utf-8")
    exe.chmod(0o755)
    return folder


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="a shell script stands in for the Linux app")
def test_bundle_option_smoke_tests_an_installed_copy(tmp_path, capsys):
    installed = fake_app(tmp_path / "installed", GOOD)
    assert build_frozen.main(["--bundle", str(installed), "--timeout", "30"]) == 0
    assert "frozen smoke test passed" in capsys.readouterr().out
    broken = fake_app(tmp_path / "broken", GOOD.replace("escpos:", "nothing:"), code=0)
    assert build_frozen.main(["--bundle", str(broken), "--timeout", "30"]) == 1


def test_bundle_option_without_an_app_fails(tmp_path):
    assert build_frozen.main(["--bundle", str(tmp_path / "nowhere"), "--timeout", "30"]) == 1


def test_executables_of_an_app_and_a_folder(tmp_path):
    folder = tmp_path / "Kasir"
    exe, others = build_frozen.executables(folder)
    if sys.platform == "win32":
        # The windowed Kasir.exe must exit 0 too; the console twin's output is read.
        assert (exe, others) == (folder / "kasir-cli.exe", [folder / "Kasir.exe"])
    else:
        assert (exe, others) == (folder / "Kasir", [])
        app = tmp_path / "Kasir.app"
        assert build_frozen.executables(app) == (app / "Contents" / "MacOS" / "Kasir", [])
