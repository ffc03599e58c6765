"""pos_app.printing_support: the receipt-printing lines of --smoke-test, and when they fail."""

from __future__ import annotations

import asyncio
import sys

import pytest

from pos_app import printing_support
from pos_app.printing_support import PrintingSupportMissing


def test_lines_name_what_was_found(qapp):
    lines = printing_support.printing_support_lines()
    assert [line.split(":")[0] for line in lines] == ["printsupport", "serial", "usb", "escpos"]
    assert lines[1].startswith("serial: pyserial 3.")
    escpos = lines[3]
    assert escpos.startswith("escpos: 3.") and "serial" in escpos and "usb" in escpos
    assert int(escpos.split(", ")[-1].split()[0]) > 1  # printer profiles from capabilities.json


def test_printsupport_plugins_are_read_from_qt_plugin_folders(tmp_path):
    (tmp_path / "a" / "printsupport").mkdir(parents=True)
    (tmp_path / "a" / "printsupport" / "libcupsprintersupport.so").write_bytes(b"")
    (tmp_path / "b").mkdir()
    paths = [str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "missing")]
    assert printing_support.printsupport_plugins(paths) == ["cups"]
    assert printing_support.printsupport_plugins([str(tmp_path / "b")]) == []


def test_missing_qtprintsupport_fails(monkeypatch):
    import PySide6

    monkeypatch.delattr(PySide6, "QtPrintSupport", raising=False)
    monkeypatch.setitem(sys.modules, "PySide6.QtPrintSupport", None)  # None: "cannot be imported"
    with pytest.raises(PrintingSupportMissing, match="QtPrintSupport"):
        printing_support.printsupport_line()


@pytest.mark.parametrize(("module", "line"), [("escpos", "escpos_line"), ("serial", "serial_line")])
def test_missing_escpos_or_pyserial_fails(module, line, monkeypatch):
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(PrintingSupportMissing):
        getattr(printing_support, line)()


def test_escpos_without_printer_profiles_fails(monkeypatch):
    import escpos.capabilities

    broken = {"profiles": {"default": {"name": "BrokenDefault"}}}  # escpos's stand-in
    monkeypatch.setattr(escpos.capabilities, "CAPABILITIES", broken)
    with pytest.raises(PrintingSupportMissing, match=r"capabilities\.json"):
        printing_support.escpos_line()


def test_smoke_test_exits_1_without_printing_support(qapp, monkeypatch, capsys):
    from pos_app.smoke import run_smoke_test

    def missing() -> list[str]:
        raise PrintingSupportMissing("python-escpos cannot be imported: gone")

    monkeypatch.setattr(printing_support, "printing_support_lines", missing)
    assert asyncio.run(run_smoke_test(qapp)) == 1
    assert "smoke test: FAILED: python-escpos cannot be imported" in capsys.readouterr().err
