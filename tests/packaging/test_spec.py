"""packaging/pos_app.spec: valid Python, onedir, no UPX, the right data, plugins and excludes.

The spec is executed with small stand-ins for PyInstaller's build classes, which record
what the spec asks for; PyInstaller itself is not needed and nothing is built.
"""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path, PurePosixPath

import pytest

from tests.packaging.support import PACKAGING, ROOT, SPEC, app_version, bundle_layout

HOOKS_IMPORT = "from PyInstaller.utils.hooks import collect_data_files, collect_submodules"


class Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT/BUNDLE and remembers its arguments."""

    calls: list[Recorder]

    def __init__(self, kind: str, *args, **kwargs):
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.binaries, self.datas, self.scripts, self.pure = [], [], [], []
        Recorder.calls.append(self)


def spec_source() -> str:
    return SPEC.read_text(encoding="utf-8")


def mirror_repo(tmp_path, *, compiled: bool = True):
    """The files the spec reads, in a temporary tree (so no build state leaks in)."""
    root = tmp_path / "repo"
    (root / "packaging").mkdir(parents=True)
    (root / "pos_app" / "i18n").mkdir(parents=True)
    (root / "resources" / "i18n").mkdir(parents=True)
    shutil.copy(ROOT / "pos_app" / "__init__.py", root / "pos_app")
    shutil.copy(PACKAGING / "bundle_layout.py", root / "packaging")
    shutil.copytree(ROOT / "resources" / "icons", root / "resources" / "icons")
    shutil.copy(ROOT / "resources" / "icon.svg", root / "resources")
    (root / "resources" / "i18n" / "kasir_id.ts").write_text("<TS/>", encoding="utf-8")
    if compiled:
        (root / "pos_app" / "i18n" / "kasir_id.qm").write_bytes(b"")
    return root


def fake_data_files(package: str) -> list[tuple[str, str]]:
    if package == "pos_app":
        return [("pos_app/i18n/kasir_id.qm", "pos_app/i18n")]
    return [(f"site-packages/{package}/data.file", package)]


def run_spec(tmp_path, *, compiled: bool = True) -> tuple[dict, list[Recorder], Path]:
    root = mirror_repo(tmp_path, compiled=compiled)
    source = spec_source()
    assert HOOKS_IMPORT in source
    Recorder.calls = []
    namespace = {
        "__name__": "__pyinstaller_spec__",
        "SPECPATH": str(root / "packaging"),
        "workpath": str(tmp_path / "work"),
        "DISTPATH": str(tmp_path / "dist"),
        "collect_data_files": fake_data_files,
        "collect_submodules": lambda package: [f"{package}.stub"],
    }
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[kind] = lambda *a, _kind=kind, **k: Recorder(_kind, *a, **k)
    saved_path = list(sys.path)  # the spec puts its own folder on sys.path
    try:
        exec(compile(source.replace(HOOKS_IMPORT, ""), str(SPEC), "exec"), namespace)
    finally:
        sys.path[:] = saved_path
    return namespace, Recorder.calls, root


def calls_of(calls: list[Recorder], kind: str) -> list[Recorder]:
    return [c for c in calls if c.kind == kind]


def test_spec_compiles_as_python():
    compile(spec_source(), str(SPEC), "exec")


def test_spec_source_declares_onedir_without_upx():
    tree = ast.parse(spec_source())
    calls = {
        node.func.id: node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    for name in ("EXE", "COLLECT"):
        keywords = {k.arg: k.value for k in calls[name].keywords}
        assert isinstance(keywords.get("upx"), ast.Constant) and keywords["upx"].value is False
    exe = calls["EXE"]
    exe_keywords = {k.arg: k.value for k in exe.keywords}
    assert exe_keywords["exclude_binaries"].value is True  # onedir: binaries go to COLLECT
    # A onefile EXE would get the binaries and datas itself.
    passed = [ast.unparse(arg) for arg in exe.args]
    assert "a.binaries" not in passed and "a.datas" not in passed
    collect_args = [ast.unparse(arg) for arg in calls["COLLECT"].args]
    assert "a.binaries" in collect_args and "a.datas" in collect_args


def test_spec_builds_one_onedir_bundle(tmp_path):
    namespace, calls, root = run_spec(tmp_path)
    (analysis,) = calls_of(calls, "Analysis")
    exes = calls_of(calls, "EXE")
    (collect,) = calls_of(calls, "COLLECT")
    assert analysis.args[0] == [str(root / "packaging" / "launcher.py")]
    assert {e.kwargs["name"] for e in exes} == (
        {"Kasir", "kasir-cli"} if sys.platform == "win32" else {"Kasir"}
    )
    for exe in exes:
        assert exe.kwargs["exclude_binaries"] is True
        assert exe.kwargs["upx"] is False
        assert exe.kwargs["strip"] is False
    assert collect.kwargs["name"] == "Kasir"
    assert collect.kwargs["upx"] is False
    assert all(exe in collect.args for exe in exes)
    main_exe = next(e for e in exes if e.kwargs["name"] == "Kasir")
    windowed = sys.platform in ("win32", "darwin")
    assert main_exe.kwargs["console"] is (not windowed)
    assert namespace["VERSION"] == app_version()


def test_spec_version_resource_and_numbers(tmp_path):
    namespace, _, _ = run_spec(tmp_path)
    assert namespace["numeric_version"]("1.2.3rc1") == (1, 2, 3, 0)
    assert namespace["numeric_version"]("2.0") == (2, 0, 0, 0)
    path = namespace["write_version_file"]("Kasir")
    text = (tmp_path / "work" / "version_info_Kasir.txt").read_text(encoding="utf-8")
    assert path.endswith("version_info_Kasir.txt")
    expression = ast.parse(text, mode="eval").body
    assert isinstance(expression, ast.Call) and expression.func.id == "VSVersionInfo"
    assert f"StringStruct('ProductVersion', '{app_version()}')" in text
    assert "StringStruct('OriginalFilename', 'Kasir.exe')" in text


def test_spec_data_hidden_imports_and_excludes(tmp_path):
    _, calls, _ = run_spec(tmp_path)
    (analysis,) = calls_of(calls, "Analysis")
    datas = analysis.kwargs["datas"]
    assert ("pos_app/i18n/kasir_id.qm", "pos_app/i18n") in datas
    icon_dests = {dest for _src, dest in datas if _src.endswith(".png")}
    assert icon_dests == {"resources/icons"}
    assert any(src.endswith("icon-256.png") for src, _ in datas)
    hidden = analysis.kwargs["hiddenimports"]
    assert "keyring.backends.stub" in hidden and "qasync" in hidden
    excludes = set(analysis.kwargs["excludes"])
    # Receipts: escpos's printer profiles and python-barcode's font, every printer connection.
    assert ("site-packages/escpos/data.file", "escpos") in datas
    assert ("site-packages/barcode/data.file", "barcode") in datas
    assert {"escpos.printer.stub", "serial.tools.list_ports"} <= set(hidden)
    for needed in ("PySide6.QtPrintSupport", "PySide6.QtSerialPort", "PIL", "serial", "usb", "escpos"):
        assert needed not in excludes
    for module in (
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.QtWebEngineCore",
        "PySide6.Qt3DCore",
        "PySide6.QtMultimedia",
        "tkinter",
    ):
        assert module in excludes
    for needed in ("PySide6.QtSvg", "PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtNetwork"):
        assert needed not in excludes
    # Receipts: python-escpos imports Pillow; QtPrintSupport draws PDFs and drives system
    # printers (escpos's own data files are checked above).
    for needed in ("PIL", "PySide6.QtPrintSupport"):
        assert needed not in excludes


def test_spec_stops_when_translations_are_not_compiled(tmp_path):
    with pytest.raises(SystemExit, match=r"kasir_id\.qm.*build_translations\.py"):
        run_spec(tmp_path, compiled=False)


def test_spec_prunes_with_the_qt_folder_pyinstaller_uses_here(tmp_path):
    namespace, _, _ = run_spec(tmp_path)
    assert namespace["QT_REL_DIR"] == bundle_layout.qt_rel_dir()


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/qsvg.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("pos_app/i18n/kasir_id.qm", True),
    ],
)
def test_spec_keeps_only_the_qt_plugins_the_app_needs(dest, kept, tmp_path):
    namespace, _, _ = run_spec(tmp_path)
    assert namespace["keep_qt_file"](dest, PurePosixPath("PySide6/Qt")) is kept


# PyInstaller on Windows puts Qt straight into PySide6\ (no Qt\ folder), with backslashes.
@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qoffscreen.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6\\plugins\\imageformats\\qjpeg.dll", True),
        ("PySide6\\plugins\\imageformats\\qtiff.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\plugins\\sqldrivers\\qsqlite.dll", False),
        ("PySide6\\plugins\\generic\\qtuiotouchplugin.dll", False),
        ("PySide6\\translations\\qtbase_en.qm", True),
        ("PySide6\\translations\\qtbase_de.qm", False),
        ("PySide6\\Qt6Core.dll", True),
        ("PySide6\\QtPrintSupport.pyd", True),
        ("escpos\\capabilities.json", True),
    ],
)
def test_spec_prunes_the_windows_layout(dest, kept, tmp_path):
    namespace, _, _ = run_spec(tmp_path)
    assert namespace["keep_qt_file"](dest, PurePosixPath("PySide6")) is kept


@pytest.mark.parametrize(
    ("tags", "version"),
    [
        (["cp310-abi3-macosx_14_0_universal2"], "14.0"),
        (["cp310-abi3-macosx_13_0_x86_64", "cp310-abi3-macosx_14_0_arm64"], "14.0"),
        (["cp39-abi3-macosx_11_0_universal2", "cp310-abi3-macosx_14_0_universal2"], "14.0"),
        (["cp310-abi3-macosx_15_2_universal2"], "15.2"),
        (["cp310-abi3-manylinux_2_34_x86_64"], None),
        (["cp310-abi3-win_amd64"], None),
    ],
)
def test_minimum_macos_comes_from_the_qt_wheel_tags(tags, version, tmp_path):
    namespace, _, _ = run_spec(tmp_path)
    assert namespace["macos_min_version"](tags) == version


def test_installed_qt_wheel_tags_are_read(tmp_path):
    namespace, _, _ = run_spec(tmp_path)
    tags = namespace["installed_wheel_tags"](namespace["QT_DISTRIBUTIONS"])
    assert tags and all(tag.startswith("cp") for tag in tags)


def test_spec_refuses_an_unknown_target_arch(tmp_path, monkeypatch):
    monkeypatch.setenv("KASIR_TARGET_ARCH", "ppc")
    with pytest.raises(SystemExit, match="KASIR_TARGET_ARCH"):
        run_spec(tmp_path)


def test_spec_signs_mac_binaries_through_pyinstaller_from_the_environment():
    text = spec_source()
    assert 'os.environ.get("MACOS_SIGN_IDENTITY")' in text
    assert 'os.environ.get("MACOS_ENTITLEMENTS")' in text
    assert "codesign_identity=MACOS_SIGN_IDENTITY if IS_MAC else None" in text
    assert "entitlements_file=MACOS_ENTITLEMENTS if IS_MAC and MACOS_SIGN_IDENTITY else None" in text
    assert "target_arch=TARGET_ARCH if IS_MAC else None" in text


@pytest.mark.skipif(sys.platform != "darwin", reason="macOS signing options are only passed on macOS")
def test_spec_macos_signing_options(tmp_path, monkeypatch):
    monkeypatch.setenv("MACOS_SIGN_IDENTITY", "Developer ID Application: Toko (TEAM123)")
    monkeypatch.setenv("KASIR_TARGET_ARCH", "arm64")
    _, calls, root = run_spec(tmp_path)
    for exe in calls_of(calls, "EXE"):
        assert exe.kwargs["codesign_identity"] == "Developer ID Application: Toko (TEAM123)"
        assert exe.kwargs["entitlements_file"] == str(root / "packaging" / "macos" / "entitlements.plist")
        assert exe.kwargs["target_arch"] == "arm64"


@pytest.mark.skipif(sys.platform != "darwin", reason="the app bundle is only made on macOS")
def test_spec_macos_bundle(tmp_path):
    _, calls, _ = run_spec(tmp_path)
    (bundle,) = calls_of(calls, "BUNDLE")
    assert bundle.kwargs["bundle_identifier"] == "id.kasir.pos"
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == app_version()
    assert plist["NSHighResolutionCapable"] is True
    assert plist["NSLocalNetworkUsageDescription"]
    assert plist["LSMinimumSystemVersion"] == "14.0"  # PySide6 6.12's wheels: macosx_14_0


def test_spec_macos_bundle_is_declared_in_source():
    text = spec_source()
    for key in (
        'bundle_identifier=BUNDLE_ID',
        '"CFBundleShortVersionString": VERSION',
        '"NSHighResolutionCapable": True',
        '"NSLocalNetworkUsageDescription"',
        '"LSMinimumSystemVersion": LS_MINIMUM_SYSTEM_VERSION',
    ):
        assert key in text
    assert 'BUNDLE_ID = "id.kasir.pos"' in text
