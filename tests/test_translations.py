"""Every string the code shows through tr() has a translation in every committed .ts file.

``test_every_string_in_the_code_is_translated`` goes red whenever someone adds or changes a
``self.tr("...")`` without translating it; its message lists exactly what is missing. Fix:

    python packaging/update_translations.py                # add the new strings to the .ts
    python packaging/update_translations.py --export todo.json --lang id
    (fill in "translation" in todo.json)
    python packaging/update_translations.py --import todo.json --lang id
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from pos_app.languages import available_languages, current_language, install_language, translations_dir

ROOT = Path(__file__).resolve().parents[1]


def _load_script() -> ModuleType:
    # By path: the folder is called "packaging", which is also a well-known PyPI package.
    name = "kasir_update_translations"
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


ut = _load_script()
TS_FILES = [ut.ts_path(lang) for lang in ut.existing_languages()]


@pytest.fixture(scope="module")
def reports() -> dict[str, object]:
    return {ts.name: ut.check(ts) for ts in TS_FILES}


def test_there_is_an_indonesian_translation() -> None:
    assert ut.ts_path("id") in TS_FILES and ut.ts_path("id").exists()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_in_the_code_is_translated(reports, ts: Path) -> None:
    report = reports[ts.name]
    assert report.ok, "\n" + report.describe()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_strings_left_from_old_code(reports, ts: Path) -> None:
    report = reports[ts.name]
    assert not report.stale, "\n" + report.describe()


def test_own_screens_are_translated(reports) -> None:
    """The settings, welcome and banner strings, independent of screens still in progress."""
    report = reports["kasir_id.ts"]
    own = {"SettingsDialog", "WelcomeDialog", "TrainingBanner"}
    missing = [e for e in report.missing + report.untranslated if e.context in own]
    assert not missing, missing
    assert not report.mismatched, report.mismatched


def test_committed_translation_compiles_and_loads(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    qm = tmp_path / "kasir_id.qm"
    subprocess.run([lrelease, "-silent", str(ut.ts_path("id")), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("SettingsDialog", "Settings") == "Pengaturan"
    assert translator.translate("SettingsDialog", "Cancel") == "Batal"
    assert translator.translate("TrainingBanner", "TRAINING MODE – orders are not real") == (
        "MODE LATIHAN – pesanan tidak sungguhan"
    )


def test_refreshing_keeps_every_translation(tmp_path: Path) -> None:
    committed = ut.read_translations(ut.ts_path("id"))
    copy = tmp_path / "kasir_id.ts"
    shutil.copyfile(ut.ts_path("id"), copy)
    ut.run_lupdate([copy])
    refreshed = ut.read_translations(copy)
    kept = {e: t for e, t in committed.items() if e in refreshed and t is not None}
    assert kept
    assert all(refreshed[e] == t for e, t in kept.items())


# --- the machinery, on a tiny made-up project ------------------------------------------------

SOURCE = """
from PySide6.QtWidgets import QWidget

class Till(QWidget):
    def retranslate(self):
        self.setWindowTitle(self.tr("Pay"))
        self.button.setText(self.tr("&Save"))
        self.note.setText(self.tr("Change: %1"))
"""


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, list[Path]]:
    source = tmp_path / "till.py"
    source.write_text(SOURCE, encoding="utf-8")
    ts = tmp_path / "kasir_id.ts"
    ut.run_lupdate([ts], [source])
    return ts, [source]


def test_new_strings_are_reported_as_missing(project) -> None:
    ts, sources = project
    report = ut.check(ts, sources)
    assert report.missing == ()
    assert {e.source for e in report.untranslated} == {"Pay", "&Save", "Change: %1"}

    sources[0].write_text(SOURCE + '        self.tr("Receipt")\n', encoding="utf-8")
    report = ut.check(ts, sources)
    assert [e.source for e in report.missing] == ["Receipt"]
    assert "Till: 'Receipt'" in report.describe()
    assert not report.ok


def test_export_fill_import_round_trip(project, tmp_path: Path) -> None:
    ts, sources = project
    todo_file = tmp_path / "todo.json"
    assert ut.export_unfinished(ts, todo_file) == 3
    todo = json.loads(todo_file.read_text(encoding="utf-8"))
    keep = {item["source"]: item["keep"] for item in todo}
    assert keep == {"Pay": [], "&Save": ["&"], "Change: %1": ["%1"]}

    filled = {"Pay": "Bayar", "&Save": "&Simpan", "Change: %1": ""}  # one left for later
    for item in todo:
        item["translation"] = filled[item["source"]]
    todo_file.write_text(json.dumps(todo), encoding="utf-8")
    assert ut.import_translations(ts, todo_file, sources) == 2

    assert [e.source for e in ut.unfinished(ts)] == ["Change: %1"]
    assert ut.read_translations(ts)[ut.Entry("Till", "&Save")] == "&Simpan"
    assert ut.check(ts, sources).missing == ()


def test_lost_placeholders_and_shortcuts_are_caught(project) -> None:
    ts, sources = project
    ut.import_translations(
        ts,
        [
            {"context": "Till", "source": "Pay", "translation": "Bayar"},
            {"context": "Till", "source": "&Save", "translation": "Simpan"},
            {"context": "Till", "source": "Change: %1", "translation": "Kembalian"},
        ],
        sources,
    )
    report = ut.check(ts, sources)
    assert report.untranslated == ()
    assert len(report.mismatched) == 2
    assert not report.ok
    assert "keyboard shortcut" in report.describe() and "placeholders" in report.describe()


def test_strings_gone_from_the_code_are_stale_and_dropped_on_update(project) -> None:
    ts, sources = project
    sources[0].write_text(SOURCE.replace('self.tr("Pay")', '"Pay"'), encoding="utf-8")
    assert [e.source for e in ut.check(ts, sources).stale] == ["Pay"]
    ut.run_lupdate([ts], sources)
    assert ut.Entry("Till", "Pay") not in ut.read_translations(ts)


def test_tr_through_an_alias_is_reported(tmp_path: Path) -> None:
    source = tmp_path / "form.py"
    code = (
        "class Form:\n"
        "    def retranslate(self):\n"
        "        tr = self.tr\n"
        "        self.a.setText(tr('District'))\n"
    )
    source.write_text(code, encoding="utf-8")
    report = ut.check(tmp_path / "kasir_id.ts", [source])
    assert [e.source for e in report.contextless] == ["District"]
    assert "write self.tr(...) directly" in report.describe()


# --- installing a language at run time ---------------------------------------------------------


@pytest.fixture
def qm_dir(tmp_path: Path) -> Path:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    subprocess.run(
        [lrelease, "-silent", str(ut.ts_path("id")), "-qm", str(tmp_path / "kasir_id.qm")], check=True
    )
    return tmp_path


@pytest.fixture
def app(qapp):
    yield qapp
    install_language(qapp, "en")  # other tests read English texts


def test_install_swaps_the_one_translator(app, qm_dir: Path) -> None:
    install_language(app, "id", qm_dir)
    install_language(app, "id", qm_dir)
    assert current_language(app) == "id"
    assert len(app.findChildren(QTranslator, "kasirTranslator")) == 1
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Pengaturan"
    install_language(app, "en", qm_dir)
    assert current_language(app) == "en"
    assert app.findChildren(QTranslator, "kasirTranslator") == []
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"


def test_a_missing_translation_file_leaves_english(app, tmp_path: Path, caplog) -> None:
    install_language(app, "id", tmp_path)  # nothing compiled there
    assert current_language(app) == "en"
    assert "build_translations.py" in caplog.text
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"


def test_unknown_language_is_refused(app) -> None:
    with pytest.raises(ValueError):
        install_language(app, "fr")


def test_default_translation_folder_is_inside_the_package() -> None:
    assert translations_dir() == ROOT / "pos_app" / "i18n"
    assert available_languages()[0].code == "id"
