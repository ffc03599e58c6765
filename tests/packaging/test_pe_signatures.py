"""packaging/windows/pe_signatures.py: find the PE files the release still has to sign."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import sys
from pathlib import Path

import pytest

from tests.packaging.support import PACKAGING

_spec = importlib.util.spec_from_file_location("pe_signatures", PACKAGING / "windows" / "pe_signatures.py")
pe_signatures = importlib.util.module_from_spec(_spec)
sys.modules["pe_signatures"] = pe_signatures
_spec.loader.exec_module(pe_signatures)


def fake_pe(path: Path, *, plus: bool = True, certificates: int = 0, directories: int = 16) -> Path:
    """A minimal PE header: DOS stub, 'PE\\0\\0', COFF header, optional header, data directories."""
    pe_offset = 0x80
    dos = bytearray(pe_offset)
    dos[:2] = b"MZ"
    struct.pack_into("<I", dos, 0x3C, pe_offset)
    coff = struct.pack("<HHIIIHH", 0x8664 if plus else 0x14C, 1, 0, 0, 0, 240 if plus else 224, 0x22)
    fixed = bytearray(112 if plus else 96)
    struct.pack_into("<H", fixed, 0, 0x20B if plus else 0x10B)
    struct.pack_into("<I", fixed, 108 if plus else 92, directories)
    table = bytearray(8 * 16)
    if certificates:
        struct.pack_into("<II", table, 8 * 4, 0x4000, certificates)  # security directory
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(dos) + b"PE\0\0" + coff + bytes(fixed) + bytes(table) + bytes(512))
    return path


@pytest.mark.parametrize("plus", [True, False], ids=["PE32+", "PE32"])
def test_signed_and_unsigned_headers(plus, tmp_path):
    assert pe_signatures.certificate_table_size(fake_pe(tmp_path / "a.dll", plus=plus)) == 0
    signed = fake_pe(tmp_path / "b.dll", plus=plus, certificates=0x2A8)
    assert pe_signatures.certificate_table_size(signed) == 0x2A8
    short = fake_pe(tmp_path / "c.dll", plus=plus, certificates=0x2A8, directories=4)
    assert pe_signatures.certificate_table_size(short) == 0  # no security directory at all


def test_other_files_are_not_pe(tmp_path):
    (tmp_path / "text.dll").write_text("not a library", encoding="utf-8")
    (tmp_path / "dos.exe").write_bytes(b"MZ" + bytes(100))  # DOS header, no PE header
    (tmp_path / "short.exe").write_bytes(b"MZ")
    (tmp_path / "empty.pyd").write_bytes(b"")
    for name in ("text.dll", "dos.exe", "short.exe", "empty.pyd"):
        assert pe_signatures.certificate_table_size(tmp_path / name) is None, name


def test_real_windows_launchers_parse_as_unsigned(tmp_path):
    """pip ships Windows launcher executables (PE32 and PE32+): real headers, no signature."""
    import pip

    launchers = sorted(Path(pip.__file__).parent.joinpath("_vendor", "distlib").glob("*.exe"))
    if not launchers:
        pytest.skip("this pip has no distlib launchers")
    for launcher in launchers:
        assert pe_signatures.certificate_table_size(launcher) == 0, launcher.name


def test_unsigned_files_go_into_a_catalog_relative_to_it(tmp_path):
    bundle = tmp_path / "dist" / "Kasir"
    fake_pe(bundle / "Kasir.exe")
    fake_pe(bundle / "_internal" / "python313.dll", certificates=0x1000)  # PSF-signed already
    fake_pe(bundle / "_internal" / "PySide6" / "QtCore.pyd")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK\x03\x04")
    catalog = tmp_path / "dist" / "unsigned-pe.txt"

    assert pe_signatures.main([str(bundle), "--catalog", str(catalog)]) == 0

    lines = catalog.read_text(encoding="utf-8").splitlines()
    expected = [Path("Kasir", "Kasir.exe"), Path("Kasir", "_internal", "PySide6", "QtCore.pyd")]
    assert [Path(line) for line in lines] == expected
    assert all((catalog.parent / line).is_file() for line in lines)


def test_check_fails_until_everything_is_signed(tmp_path):
    bundle = tmp_path / "Kasir"
    fake_pe(bundle / "Kasir.exe")
    fake_pe(bundle / "_internal" / "python313.dll", certificates=0x1000)
    assert pe_signatures.main([str(bundle), "--check"]) == 1
    fake_pe(bundle / "Kasir.exe", certificates=0x800)  # what signing does to the header
    assert pe_signatures.main([str(bundle), "--check"]) == 0


def test_check_refuses_a_folder_without_pe_files(tmp_path):
    (tmp_path / "Kasir").mkdir()
    shutil.copy(PACKAGING / "bundle_layout.py", tmp_path / "Kasir")
    assert pe_signatures.main([str(tmp_path / "Kasir"), "--check"]) == 2
    assert pe_signatures.main([str(tmp_path / "missing")]) == 2
