"""packaging/macos/build_dmg.sh: argument handling and the no-secrets path, via --dry-run."""

from __future__ import annotations

import os
import re
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


IDENTITY = "Developer ID Application: Toko (TEAM123)"
NOTARY = {
    "MACOS_NOTARY_APPLE_ID": "kasir@example.invalid",
    "MACOS_NOTARY_TEAM_ID": "TEAM123",
    "MACOS_NOTARY_PASSWORD": "very-secret-pw",
}


def commands(out: str) -> list[str]:
    return [line[2:] for line in out.splitlines() if line.startswith("+ ")]


def test_dry_run_with_identity_but_no_notary_secrets_checks_the_app_and_signs_the_dmg(tmp_path):
    result = run_dmg(
        "--dry-run",
        "--app",
        str(tmp_path / "Kasir.app"),
        "--version",
        "1.2.3",
        tmp_path=tmp_path,
        MACOS_SIGN_IDENTITY=IDENTITY,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "codesign --verify --deep --strict" in out
    assert "Kasir-1.2.3-macos-" in out
    assert "skipping notarization" in out
    assert "notarytool" not in out
    signs = [c for c in commands(out) if c.startswith("codesign") and "--sign" in c]
    assert len(signs) == 1 and signs[0].endswith(".dmg"), signs


def test_the_app_is_never_re_signed_here(tmp_path):
    """PyInstaller signed every binary; `codesign --deep --sign` over it would hide what it missed."""
    result = run_dmg("--dry-run", tmp_path=tmp_path, MACOS_SIGN_IDENTITY=IDENTITY, **NOTARY)
    assert result.returncode == 0, result.stderr
    for command in commands(result.stdout):
        if command.startswith("codesign") and "--sign" in command:
            assert "--deep" not in command and not re.search(r"Kasir\.app$", command), command


def test_dry_run_with_all_secrets_notarizes_and_staples_the_app_then_the_dmg(tmp_path):
    result = run_dmg(
        "--dry-run", "--version", "1.2.3", tmp_path=tmp_path, MACOS_SIGN_IDENTITY=IDENTITY, **NOTARY
    )
    assert result.returncode == 0, result.stderr
    steps = commands(result.stdout)

    def first(pattern: str) -> int:
        found = [i for i, c in enumerate(steps) if re.search(pattern, c)]
        assert found, f"no step matching {pattern!r} in {steps}"
        return found[0]

    order = [
        first(r"^codesign --verify .*Kasir\.app$"),
        first(r"^ditto -c -k --keepParent .*Kasir\.app .*Kasir\.zip$"),
        first(r"^xcrun notarytool submit .*Kasir\.zip .*--wait$"),
        first(r"^xcrun stapler staple .*Kasir\.app$"),
        first(r"^xcrun stapler validate .*Kasir\.app$"),
        first(r"^hdiutil create "),
        first(r"^codesign --force --timestamp --sign .*\.dmg$"),
        first(r"^xcrun notarytool submit .*\.dmg .*--wait$"),
        first(r"^xcrun stapler staple .*\.dmg$"),
        first(r"^xcrun stapler validate .*\.dmg$"),
    ]
    assert order == sorted(order)
    assert "very-secret-pw" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"MACOS_SIGN_IDENTITY": IDENTITY},
        {"MACOS_SIGN_IDENTITY": IDENTITY, **NOTARY, "MACOS_NOTARY_PASSWORD": ""},
        dict(NOTARY),
    ],
    ids=["nothing", "identity-only", "no-password", "notary-only"],
)
def test_require_signing_fails_without_every_secret(env, tmp_path):
    """A release tag must not ship an unsigned or un-notarized DMG with exit code 0."""
    result = run_dmg("--dry-run", "--require-signing", tmp_path=tmp_path, **env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "--require-signing" in result.stderr
    assert "hdiutil" not in result.stdout


def test_require_signing_passes_with_every_secret(tmp_path):
    result = run_dmg(
        "--dry-run", "--require-signing", tmp_path=tmp_path, MACOS_SIGN_IDENTITY=IDENTITY, **NOTARY
    )
    assert result.returncode == 0, result.stderr
    assert "xcrun stapler staple" in result.stdout


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
