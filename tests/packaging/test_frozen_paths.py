"""What a real PyInstaller build put into dist/ (run after packaging/build_frozen.py).

Skipped when there is no build; CI runs it right after build_frozen.py on Linux, Windows and
macOS. Where Qt's files are is asked from bundle_layout (PyInstaller's own Qt hook helper), so
each platform's layout is the one checked.
"""

from __future__ import annotations

import plistlib
import re
import sys

import pytest

from tests.packaging.support import DIST, ROOT, app_version, bundle_layout

BUNDLE = DIST / "Kasir"
INTERNAL = bundle_layout.contents_dir(BUNDLE)
APP = DIST / "Kasir.app"

pytestmark = pytest.mark.skipif(
    not BUNDLE.is_dir(),
    reason="no dist/Kasir build here; run 'python packaging/build_frozen.py' first "
    "(CI runs this test after that build)",
)

NATIVE_PLATFORM = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")
UNWANTED_QT = re.compile(r"Qt6?(Quick|Qml|WebEngine|3D|Multimedia|Pdf|Designer|Charts)", re.I)


def plugin_names(kind: str) -> set[str]:
    return bundle_layout.plugin_names(bundle_layout.qt_plugins_dir(BUNDLE), kind)


def test_executables_exist():
    if sys.platform == "win32":
        assert (BUNDLE / "Kasir.exe").is_file()
        assert (BUNDLE / "kasir-cli.exe").is_file()
    else:
        assert (BUNDLE / "Kasir").is_file()
    assert INTERNAL.is_dir(), "onedir layout: libraries in dist/Kasir/_internal"


def test_qt_platform_plugins_for_the_smoke_test_and_the_desktop():
    platforms = plugin_names("platforms")
    assert {"offscreen", "minimal", NATIVE_PLATFORM} <= platforms
    assert not platforms & {"vnc", "eglfs", "linuxfb"}
    assert {"jpeg", "svg"} <= plugin_names("imageformats")
    assert "svgicon" in plugin_names("iconengines")


def test_unused_qt_plugin_folders_are_pruned():
    folders = {p.name for p in bundle_layout.qt_plugins_dir(BUNDLE).iterdir() if p.is_dir()}
    assert "platforms" in folders
    assert not folders & {"qmltooling", "sqldrivers", "designer", "generic", "egldeviceintegrations"}


def test_receipt_printing_is_inside():
    # Qt 6 prints through CUPS with a plugin on Linux; Windows and macOS printing is built
    # into QtPrintSupport and the cocoa plugin.
    assert list((INTERNAL / "PySide6").glob("QtPrintSupport.*")), "the QtPrintSupport binding"
    qt_library = re.compile(r"(lib)?Qt6PrintSupport\.(so\.6|dll)|QtPrintSupport\.framework")
    assert [p for p in INTERNAL.rglob("*") if qt_library.fullmatch(p.name)], "the Qt library"
    if sys.platform.startswith("linux"):
        assert "cups" in {name.removesuffix("printersupport") for name in plugin_names("printsupport")}
    # python-escpos reads its printer profiles at import; python-barcode draws with its font.
    assert (INTERNAL / "escpos" / "capabilities.json").is_file()
    assert list((INTERNAL / "barcode" / "fonts").glob("*.ttf"))


def test_big_unused_qt_modules_are_left_out():
    offenders = [
        str(p.relative_to(BUNDLE))
        for p in INTERNAL.rglob("*")
        if UNWANTED_QT.search(p.name) and (p.is_file() or p.suffix == ".framework")
    ]
    assert offenders == []


def test_icons_translations_and_keyring_metadata_are_inside():
    assert (INTERNAL / "resources" / "icons" / "icon-256.png").is_file()
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        qm = INTERNAL / "pos_app" / "i18n" / ts.with_suffix(".qm").name
        assert qm.is_file(), f"{qm.name} missing from the bundle"
    # keyring finds its backends through entry points, i.e. its dist-info metadata.
    assert list(INTERNAL.glob("keyring-*.dist-info")), "keyring metadata missing"


def test_dev_only_packages_are_left_out():
    for name in ("pygments", "_pytest", "hypothesis", "tkinter", "numpy"):
        assert not (INTERNAL / name).exists(), f"{name} should not be bundled"


def test_escpos_database_and_pillow_are_inside():
    # python-escpos reads its printer database at import and imports Pillow.
    assert (INTERNAL / "escpos" / "capabilities.json").is_file()
    assert (INTERNAL / "PIL").is_dir()


@pytest.mark.skipif(sys.platform != "darwin", reason="the .app bundle is built on macOS")
def test_macos_app_bundle():
    assert (APP / "Contents" / "MacOS" / "Kasir").is_file()
    with (APP / "Contents" / "Info.plist").open("rb") as f:
        info = plistlib.load(f)
    assert info["CFBundleIdentifier"] == "id.kasir.pos"
    assert info["CFBundleShortVersionString"] == app_version()
    assert info["NSHighResolutionCapable"] is True
    assert info["NSLocalNetworkUsageDescription"]
    assert re.fullmatch(r"\d+\.\d+", info["LSMinimumSystemVersion"])
    icon = info.get("CFBundleIconFile", "")
    resources = APP / "Contents" / "Resources"
    assert (resources / icon).is_file() or (resources / f"{icon}.icns").is_file()
    # Inside the .app the Qt plugins are binaries under Contents/Frameworks.
    app_plugins = bundle_layout.qt_plugins_dir(APP)
    assert "cocoa" in bundle_layout.plugin_names(app_plugins, "platforms")


def test_bundle_is_onedir_not_onefile():
    exe = BUNDLE / ("Kasir.exe" if sys.platform == "win32" else "Kasir")
    total = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file())
    # The executable is a small bootloader plus the bytecode archive; Qt lives beside it.
    assert exe.stat().st_size < total / 4
