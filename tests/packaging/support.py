"""Paths and small helpers shared by the packaging tests."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
WORKFLOWS = ROOT / ".github" / "workflows"
RELEASE_WORKFLOW = WORKFLOWS / "release.yml"
CI_WORKFLOW = WORKFLOWS / "ci.yml"
SPEC = PACKAGING / "pos_app.spec"
ISS = PACKAGING / "windows" / "kasir.iss"
BUILD_INSTALLER_PS1 = PACKAGING / "windows" / "build-installer.ps1"
BUILD_DMG = PACKAGING / "macos" / "build_dmg.sh"
ENTITLEMENTS = PACKAGING / "macos" / "entitlements.plist"
CONSTRAINTS = PACKAGING / "constraints.txt"
DIST = ROOT / "dist"

# packaging/ holds scripts, not a package (PyPI's "packaging" owns that name), and they import
# each other by file name. Appended, so nothing in there shadows an installed module.
if str(PACKAGING) not in sys.path:
    sys.path.append(str(PACKAGING))
bundle_layout = importlib.import_module("bundle_layout")


def app_version() -> str:
    text = (ROOT / "pos_app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    assert match, "no __version__ in pos_app/__init__.py"
    return match.group(1)
