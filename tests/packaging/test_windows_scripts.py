"""The Windows installer scripts agree with each other and with the app (checked as text here;
they run on the Windows release runner)."""

from __future__ import annotations

import re

from pos_app.settings import APP_NAME
from tests.packaging.support import BUILD_INSTALLER_PS1, ISS, PACKAGING

TEST_INSTALLER = PACKAGING / "windows" / "test-installer.ps1"
SIGN_FILE = PACKAGING / "windows" / "sign-file.ps1"


def code_lines(path) -> list[str]:
    """Non-comment lines of a PowerShell or Inno Setup script."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"<#.*?#>", "", text, flags=re.S)  # PowerShell block comments
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith(("#", ";"))]


def test_windows_10_1809_is_the_floor():
    assert "MinVersion=10.0.17763" in code_lines(ISS)


def test_current_user_install_can_be_asked_for_on_the_command_line():
    # /CURRENTUSER only works when the script allows a command-line override ("dialog" implies it).
    key = "PrivilegesRequiredOverridesAllowed="
    overrides = next(line for line in code_lines(ISS) if line.startswith(key))
    assert {"dialog", "commandline"} & set(overrides.removeprefix(key).split())


def test_installer_test_uses_the_installers_app_id_and_the_apps_data_folder():
    iss_app_id = re.search(r"^AppId=\{(\{[0-9A-F-]+\})$", ISS.read_text(encoding="utf-8"), re.M)
    assert iss_app_id
    text = "\n".join(code_lines(TEST_INSTALLER))
    assert f"$AppId = '{iss_app_id.group(1)}'" in text
    assert f"Join-Path $env:LOCALAPPDATA '{APP_NAME}'" in text  # platformdirs' user data folder
    assert r"Join-Path $env:LOCALAPPDATA 'Programs\Kasir'" in text  # {autopf} per user


def test_installer_test_installs_upgrades_smoke_tests_and_uninstalls_in_that_order():
    text = "\n".join(code_lines(TEST_INSTALLER))
    assert "'/VERYSILENT', '/CURRENTUSER'" in text
    assert "build_frozen.py') --bundle $InstallDir" in text
    steps = [
        "Invoke-Setup 'install'",
        "Invoke-SmokeTest 'install'",
        "Invoke-Setup 'upgrade'",
        "Invoke-SmokeTest 'upgrade'",
        "UninstallString",
        "Assert-DataKept 'uninstall'",
    ]
    positions = [text.find(step) for step in steps]
    assert -1 not in positions, [s for s, p in zip(steps, positions, strict=True) if p == -1]
    assert positions == sorted(positions)
    # The marker is written before the first install and compared after each step.
    assert text.find("Set-Content -NoNewline -Path $Marker") < positions[0]


def test_signing_goes_through_the_cloud_hsm_script_not_a_pfx():
    build = "\n".join(code_lines(BUILD_INSTALLER_PS1))
    assert "Join-Path $PSScriptRoot 'sign-file.ps1'" in build and SIGN_FILE.is_file()
    assert "/DUseSignTool" in build and "/Skasirsign=" in build
    for text in (build, "\n".join(code_lines(SIGN_FILE))):
        assert "PFX" not in text.upper()
    sign = "\n".join(code_lines(SIGN_FILE))
    assert "Invoke-TrustedSigning @params" in sign
    assert "Get-AuthenticodeSignature" in sign and "-ne 'Valid'" in sign
    assert "SignedUninstaller=yes" in ISS.read_text(encoding="utf-8")


def test_the_installer_is_signed_on_the_release_jobs_flag_not_on_one_secret():
    """The release job sets WINDOWS_SIGNING once, only when all six Azure secrets are there; the
    script used to decide on AZURE_SIGNING_ENDPOINT alone, so an endpoint without the rest failed
    the build on a branch where the job itself had decided not to sign."""
    build = "\n".join(code_lines(BUILD_INSTALLER_PS1))
    assert "if ($env:WINDOWS_SIGNING) {" in build
    assert not re.search(r"if\s*\([^)]*\$env:AZURE_", build), "signing decided on an AZURE_* variable"
