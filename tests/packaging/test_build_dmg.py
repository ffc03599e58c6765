"""packaging/macos/build_dmg.sh: argument handling and the no-secrets path, via --dry-run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.packaging.support import BUILD_DMG, ROOT, app_version

pytestmark = pytest.mark.skipif(
    sys.platform == "win32",
    reason="build_dmg.sh is a macOS bash script; its dry run is tested on Linux and macOS",
)

SECRET_NAMES = (
    "MACOS_SIGN_IDENTITY",
    "MACOS_KEYCHAIN",
    "MACOS_NOTARY_APPLE_ID",
    "MACOS_NOTARY_TEAM_ID",
    "MACOS_NOTARY_PASSWORD",
    "GITHUB_OUTPUT",
)


def run_dmg(*args: str, tmp_path, **env: str) -> subprocess.CompletedProcess[str]:
    bash = shutil.which("bash")
    assert bash, "bash is needed to run build_dmg.sh"
    base = {k: v for k, v in os.environ.items() if k not in SECRET_NAMES}
    return subprocess.run(
        [bash, str(BUILD_DMG), *args],
        cwd=ROOT,
        env={**base, "TMPDIR": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_dry_run_without_secrets_skips_signing_and_exits_0(tmp_path):
    result = run_dmg("--dry-run", "--out", str(tmp_path / "out"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "skipping code signing and notarization" in out
    assert "codesign" not in out and "notarytool" not in out
    assert "+ hdiutil create" in out
    dmg = tmp_path / "out" / f"Kasir-{app_version()}-macos-"
    assert str(dmg) in out
    # A dry run changes nothing.
    assert not (tmp_path / "out").exists()


def test_dry_run_with_identity_but_no_notary_secrets_signs_only(tmp_path):
    result = run_dmg(
        "--dry-run",
        "--app",
        str(tmp_path / "Kasir.app"),
        "--version",
        "1.2.3",
        tmp_path=tmp_path,
        MACOS_SIGN_IDENTITY="Developer ID Application: Toko (TEAM123)",
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "--options runtime" in out and "entitlements.plist" in out
    assert "Kasir-1.2.3-macos-" in out
    assert "skipping notarization" in out
    assert "notarytool" not in out


def test_dry_run_with_all_secrets_notarizes_and_hides_the_password(tmp_path):
    result = run_dmg(
        "--dry-run",
        "--version",
        "1.2.3",
        tmp_path=tmp_path,
        MACOS_SIGN_IDENTITY="Developer ID Application: Toko (TEAM123)",
        MACOS_NOTARY_APPLE_ID="kasir@example.invalid",
        MACOS_NOTARY_TEAM_ID="TEAM123",
        MACOS_NOTARY_PASSWORD="very-secret-pw",
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "xcrun notarytool submit" in out and "--wait" in out
    assert "xcrun stapler staple" in out
    assert "very-secret-pw" not in out + result.stderr


def test_help_exits_0(tmp_path):
    result = run_dmg("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    assert "Usage:" in result.stdout and "--dry-run" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--bogus"],
        ["--app"],
        ["--app", "--dry-run"],
        ["--out"],
        ["--version"],
        ["--dry-run", "--version", "1.0 beta"],
        ["--dry-run", "--version", "1.0;rm"],
        ["--dry-run", "--app", "dist/Kasir"],
        ["positional"],
    ],
)
def test_bad_arguments_are_rejected(args, tmp_path):
    result = run_dmg(*args, tmp_path=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "error:" in result.stderr
    assert "hdiutil" not in result.stdout


@pytest.mark.skipif(sys.platform == "darwin", reason="on macOS this would really build")
def test_real_run_outside_macos_refuses(tmp_path):
    result = run_dmg("--out", str(tmp_path / "out"), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "needs macOS" in result.stderr
