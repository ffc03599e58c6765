"""packaging/bundle_layout.py: the Qt plugin folder of Windows, macOS and Linux bundles.

Small fake trees shaped like PyInstaller's output on each platform; the fallback table is
checked against PyInstaller's own Qt hook helper for all three platforms.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

import pytest

from tests.packaging.support import bundle_layout


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def test_windows_onedir_keeps_qt_plugins_in_pyside6_plugins(tmp_path):
    bundle = tmp_path / "Kasir"
    touch(bundle / "_internal" / "PySide6" / "plugins" / "platforms" / "qwindows.dll")
    touch(bundle / "_internal" / "PySide6" / "plugins" / "platforms" / "qoffscreen.dll")
    touch(bundle / "_internal" / "PySide6" / "Qt6Core.dll")

    plugins = bundle_layout.qt_plugins_dir(bundle, "win32")

    assert plugins == bundle / "_internal" / "PySide6" / "plugins"
    assert bundle_layout.plugin_names(plugins, "platforms") == {"windows", "offscreen"}
    # The Linux/macOS path finds nothing here: the bug that stopped the Windows release job.
    linux_path = bundle_layout.qt_plugins_dir(bundle, "linux")
    assert bundle_layout.plugin_names(linux_path, "platforms") == set()


def test_linux_onedir_keeps_qt_plugins_in_pyside6_qt_plugins(tmp_path):
    bundle = tmp_path / "Kasir"
    touch(bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so")
    touch(bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "printsupport" / "libcupsprintersupport.so")

    plugins = bundle_layout.qt_plugins_dir(bundle, "linux")

    assert plugins == bundle / "_internal" / "PySide6" / "Qt" / "plugins"
    assert bundle_layout.plugin_names(plugins, "platforms") == {"xcb"}
    assert bundle_layout.plugin_names(plugins, "printsupport") == {"cupsprintersupport"}
    assert bundle_layout.plugin_names(bundle_layout.qt_plugins_dir(bundle, "win32"), "platforms") == set()


def test_macos_app_keeps_qt_plugins_in_contents_frameworks(tmp_path):
    app = tmp_path / "Kasir.app"
    frameworks = app / "Contents" / "Frameworks"
    touch(frameworks / "PySide6" / "Qt" / "plugins" / "platforms" / "libqcocoa.dylib")
    touch(app / "Contents" / "MacOS" / "Kasir")
    onedir = tmp_path / "Kasir"
    touch(onedir / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqcocoa.dylib")

    assert bundle_layout.qt_plugins_dir(app, "darwin") == frameworks / "PySide6" / "Qt" / "plugins"
    assert bundle_layout.plugin_names(bundle_layout.qt_plugins_dir(app, "darwin"), "platforms") == {"cocoa"}
    assert bundle_layout.plugin_names(bundle_layout.qt_plugins_dir(onedir, "darwin"), "platforms") == {
        "cocoa"
    }
    assert bundle_layout.executable(app, "darwin") == app / "Contents" / "MacOS" / "Kasir"


def test_a_missing_plugin_kind_is_empty_not_an_error(tmp_path):
    assert bundle_layout.plugin_names(tmp_path / "nowhere", "platforms") == set()


@pytest.mark.parametrize(
    ("filename", "name"),
    [
        ("libqxcb.so", "xcb"),
        ("qwindows.dll", "windows"),
        ("libqcocoa.dylib", "cocoa"),
        ("qsvgicon.dll", "svgicon"),
        ("libcomposeplatforminputcontextplugin.so", "composeplatforminputcontextplugin"),
    ],
)
def test_plugin_names_drop_prefixes_and_suffixes(filename, name):
    assert bundle_layout.plugin_name(filename) == name


def test_executables_per_platform(tmp_path):
    bundle = tmp_path / "Kasir"
    assert bundle_layout.executable(bundle, "win32") == bundle / "Kasir.exe"
    assert bundle_layout.executable(bundle, "win32", console=True) == bundle / "kasir-cli.exe"
    assert bundle_layout.executable(bundle, "linux") == bundle / "Kasir"


@pytest.mark.parametrize(("platform", "is_win"), [("win32", True), ("darwin", False), ("linux", False)])
def test_fallback_table_is_what_pyinstaller_says(platform, is_win, monkeypatch):
    """The table stands in for PyInstaller's QtLibraryInfo.qt_rel_dir; keep them equal."""
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the 'package' extra")
    from PyInstaller import compat
    from PyInstaller.utils.hooks.qt import QtLibraryInfo

    monkeypatch.setattr(compat, "is_win", is_win)
    said = PurePosixPath(QtLibraryInfo("PySide6").qt_rel_dir.replace("\\", "/"))
    assert bundle_layout.FALLBACK_QT_REL_DIRS[platform] == said


def test_the_running_platform_asks_pyinstaller():
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the 'package' extra")
    from PyInstaller.utils.hooks.qt import get_qt_library_info

    expected = PurePosixPath(get_qt_library_info("PySide6").qt_rel_dir.replace("\\", "/"))
    assert bundle_layout.qt_rel_dir() == expected
    assert bundle_layout.qt_rel_dir(sys.platform) == expected
