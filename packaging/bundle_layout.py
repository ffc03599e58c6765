"""Where PyInstaller puts things in a Kasir bundle, per platform.

PySide6's Qt files land in ``PySide6/`` on Windows and in ``PySide6/Qt/`` elsewhere (PyInstaller's
Qt hook, ``QtLibraryInfo.qt_rel_dir``). The spec's plugin filter, ``build_frozen.py`` and the
frozen-bundle tests all ask this module instead of spelling the path out, so a Windows build is
checked against the Windows layout.

Plain Python without Qt or PyInstaller at import time: the spec imports it while PyInstaller
runs, and the tests load it with small fake trees for all three platforms.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

APP_NAME = "Kasir"
CONTENTS_DIRECTORY = "_internal"  # PyInstaller's default onedir contents folder

# PyInstaller's answer per platform, for platforms other than the one running (fake trees in
# tests) and for machines without PyInstaller. tests/packaging/test_bundle_layout.py checks it
# against PyInstaller's own QtLibraryInfo for all three.
FALLBACK_QT_REL_DIRS = {
    "win32": PurePosixPath("PySide6"),
    "darwin": PurePosixPath("PySide6/Qt"),
    "linux": PurePosixPath("PySide6/Qt"),
}


def platform_key(platform: str) -> str:
    """'win32' / 'darwin' / 'linux' for any ``sys.platform`` value."""
    if platform.startswith("win"):
        return "win32"
    if platform == "darwin":
        return "darwin"
    return "linux"


def qt_rel_dir(platform: str | None = None) -> PurePosixPath:
    """Qt's folder inside the bundle's contents directory, e.g. ``PySide6/Qt``.

    For the running platform PyInstaller's Qt hook helper says where it collects PySide6's Qt
    files; for another platform (or without PyInstaller) the known answer stands in.
    """
    key = platform_key(platform or sys.platform)
    if key == platform_key(sys.platform):
        try:
            from PyInstaller.utils.hooks.qt import get_qt_library_info
        except ImportError:
            pass
        else:
            rel_dir = str(get_qt_library_info("PySide6").qt_rel_dir)
            return PurePosixPath(rel_dir.replace("\\", "/"))
    return FALLBACK_QT_REL_DIRS[key]


def contents_dir(bundle: Path) -> Path:
    """The folder holding the libraries: ``Kasir/_internal`` or ``Kasir.app/Contents/Frameworks``.

    PyInstaller's .app keeps binaries (Qt plugins included) in ``Contents/Frameworks`` and data in
    ``Contents/Resources``.
    """
    if bundle.suffix == ".app":
        return bundle / "Contents" / "Frameworks"
    return bundle / CONTENTS_DIRECTORY


def qt_plugins_dir(bundle: Path, platform: str | None = None) -> Path:
    """``<contents>/<qt_rel_dir>/plugins`` of a bundle built for ``platform``."""
    return contents_dir(bundle).joinpath(*qt_rel_dir(platform).parts, "plugins")


def plugin_name(filename: str) -> str:
    """'libqxcb.so' / 'qwindows.dll' / 'libqcocoa.dylib' -> 'xcb' / 'windows' / 'cocoa'."""
    stem = filename.split(".")[0]
    for prefix in ("libq", "lib", "q"):
        if stem.startswith(prefix):
            return stem[len(prefix) :]
    return stem


def plugin_names(plugins: Path, kind: str) -> set[str]:
    """Names of the Qt plugins of one kind (``platforms``, ``printsupport``, …) in a plugins folder."""
    folder = plugins / kind
    if not folder.is_dir():
        return set()
    return {plugin_name(path.name) for path in folder.iterdir() if path.is_file()}


def executable(bundle: Path, platform: str | None = None, console: bool = False) -> Path:
    """The app's executable in a bundle folder (``dist/Kasir``, an install folder) or a ``.app``.

    On Windows ``console=True`` picks ``kasir-cli.exe``, the console twin whose output can be read.
    """
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / APP_NAME
    if platform_key(platform or sys.platform) == "win32":
        return bundle / ("kasir-cli.exe" if console else f"{APP_NAME}.exe")
    return bundle / APP_NAME
