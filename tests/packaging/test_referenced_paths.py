"""Every repository file the installer scripts, the spec and the workflows name exists.

Paths into dist/ only exist after a build; test_frozen_paths.py checks those.
"""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.support import (
    BUILD_DMG,
    BUILD_INSTALLER_PS1,
    ENTITLEMENTS,
    ISS,
    RELEASE_WORKFLOW,
    ROOT,
    SPEC,
)

ISS_FILE_DIRECTIVES = ("SetupIconFile", "LicenseFile", "InfoBeforeFile", "InfoAfterFile")


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8")


def test_inno_setup_files_exist():
    text = iss_text()
    referenced = []
    for directive in ISS_FILE_DIRECTIVES:
        for match in re.finditer(rf"^{directive}=(.+)$", text, re.MULTILINE):
            referenced.append(match.group(1).strip())
    for match in re.finditer(r'MessagesFile: "([^"]+)"', text):
        referenced += [f for f in match.group(1).split(",") if not f.startswith("compiler:")]
    for match in re.finditer(r'^Source: "([^"]+)"', text, re.MULTILINE):
        if "{#DistDir}" not in match.group(1):
            referenced.append(match.group(1))
    assert "..\\..\\resources\\icons\\icon.ico" in referenced
    assert "Indonesian.isl" in referenced
    for name in referenced:
        path = (ISS.parent / name.replace("\\", "/")).resolve()
        assert path.is_file(), f"kasir.iss references {name}, which does not exist"


def test_inno_setup_default_paths_point_at_the_pyinstaller_output():
    text = iss_text()
    assert '#define DistDir "..\\..\\dist\\Kasir"' in text
    assert 'Source: "{#DistDir}\\*"' in text
    assert (ISS.parent / "../../dist").resolve() == (ROOT / "dist").resolve()


def test_inno_setup_installs_per_user_and_keeps_user_data():
    text = iss_text()
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", text, re.M)
    assert "PrivilegesRequired=lowest" in text
    assert "PrivilegesRequiredOverridesAllowed=dialog" in text
    assert "DefaultDirName={autopf}\\{#AppName}" in text
    assert '"{autoprograms}\\{#AppName}"' in text
    assert 'Tasks: desktopicon' in text
    # The uninstaller must never remove the shop's orders and settings.
    sections = re.findall(r"^\[(\w+)\]", text, re.MULTILINE)
    assert "UninstallDelete" not in sections
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(";"))
    assert "localappdata" not in code.lower()
    assert "{userappdata}" not in code.lower()


def test_inno_setup_has_indonesian_and_english():
    text = iss_text()
    assert 'Name: "id"; MessagesFile: "compiler:Default.isl,Indonesian.isl"' in text
    assert 'Name: "en"; MessagesFile: "compiler:Default.isl"' in text
    isl = (ISS.parent / "Indonesian.isl").read_bytes()
    assert isl.isascii(), "Indonesian.isl is read without a BOM: keep it ASCII"
    assert b"LanguageID=$0421" in isl


def test_build_installer_script_references_exist():
    text = BUILD_INSTALLER_PS1.read_text(encoding="utf-8")
    assert "Join-Path $PSScriptRoot 'kasir.iss'" in text
    assert (BUILD_INSTALLER_PS1.parent / "kasir.iss").is_file()
    assert "pos_app\\__init__.py" in text
    assert (ROOT / "pos_app" / "__init__.py").is_file()


def test_macos_script_references_exist():
    text = BUILD_DMG.read_text(encoding="utf-8")
    # PyInstaller signs the app with the entitlements (the spec names them); the DMG script
    # only checks that signature.
    assert 'Path(SPECPATH) / "macos" / "entitlements.plist"' in SPEC.read_text(encoding="utf-8")
    assert ENTITLEMENTS.is_file()
    entitlements = plistlib.loads(ENTITLEMENTS.read_bytes())
    assert entitlements == {
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
        "com.apple.security.network.client": True,
    }
    assert "$ROOT/pos_app/__init__.py" in text


def test_spec_references_exist():
    text = SPEC.read_text(encoding="utf-8")
    assert 'ROOT / "packaging" / "launcher.py"' in text
    assert (ROOT / "packaging" / "launcher.py").is_file()
    for name in ("icon.ico", "icon.icns", "icon-256.png"):
        assert f'ICONS / "{name}"' in text
        assert (ROOT / "resources" / "icons" / name).is_file()
    assert (ROOT / "resources" / "icon.svg").is_file()


@pytest.mark.parametrize(
    "path",
    [
        "packaging/build_translations.py",
        "packaging/make_icons.py",
        "packaging/build_frozen.py",
        "packaging/windows/build-installer.ps1",
        "packaging/windows/pe_signatures.py",
        "packaging/windows/test-installer.ps1",
        "packaging/macos/build_dmg.sh",
        "tests/packaging/test_frozen_paths.py",
    ],
)
def test_release_workflow_scripts_exist(path):
    assert path in RELEASE_WORKFLOW.read_text(encoding="utf-8")
    assert (ROOT / path).is_file()


def test_build_dmg_is_executable_in_git():
    # Checked through the index so it holds on Windows checkouts too.
    index_mode = _git_mode(BUILD_DMG)
    if index_mode is None:
        pytest.skip("not a git checkout")
    assert index_mode == "100755"


def _git_mode(path: Path) -> str | None:
    if shutil.which("git") is None:
        return None
    result = subprocess.run(
        ["git", "ls-files", "-s", str(path.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not result.stdout:
        return None
    return result.stdout.split()[0]
