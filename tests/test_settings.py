"""Settings survive a restart, follow the system language on first start, never hold a key."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from platformdirs import user_config_dir
from PySide6.QtCore import QLocale

from pos_app.languages import available_languages, language_from_system
from pos_app.settings import AppSettings, SettingsStore


def _store(config_dir: Path, system: str = "id") -> SettingsStore:
    return SettingsStore(config_dir, system_language=lambda: system)


def test_defaults_on_first_start(tmp_path: Path) -> None:
    settings = _store(tmp_path).load()
    assert settings == AppSettings()
    assert settings.base_url == "https://api.scalev.com"
    assert settings.language == "id"
    assert not settings.training_mode
    assert not _store(tmp_path).exists()  # loading alone writes nothing


def test_first_start_follows_an_english_system(tmp_path: Path) -> None:
    assert _store(tmp_path, system="en").load().language == "en"


def test_persist_across_reload(tmp_path: Path) -> None:
    saved = AppSettings(
        base_url="http://127.0.0.1:8765",
        default_store_id=4127,
        terminal_name="KASIR-DEPAN",
        language="en",
        training_mode=True,
        last_store_id=3288,
    )
    _store(tmp_path).save(saved)
    # A new store object on the same folder, as after a restart.
    assert _store(tmp_path).load() == saved


def test_chosen_language_wins_over_the_system(tmp_path: Path) -> None:
    _store(tmp_path, system="id").save(AppSettings(language="en"))
    assert _store(tmp_path, system="id").load().language == "en"
    _store(tmp_path, system="en").save(AppSettings(language="id"))
    assert _store(tmp_path, system="en").load().language == "id"


def test_save_creates_the_folder_and_leaves_no_temp_files(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "Kasir"
    _store(folder).save(AppSettings())
    assert [p.name for p in folder.iterdir()] == ["settings.json"]


def test_file_is_readable_json(tmp_path: Path) -> None:
    _store(tmp_path).save(AppSettings(terminal_name="KASIR-02"))
    data = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert data["terminal_name"] == "KASIR-02"
    assert data["version"] == 1


def test_no_field_can_hold_a_key(tmp_path: Path) -> None:
    names = {f.name for f in dataclasses.fields(AppSettings)}
    assert not any("key" in name or "secret" in name or "token" in name for name in names)
    _store(tmp_path).save(AppSettings())
    data = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert set(data) == names | {"version"}


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2]", "\x00\x01"])
def test_a_broken_file_does_not_stop_the_till(tmp_path: Path, content: str) -> None:
    (tmp_path / "settings.json").write_text(content, encoding="utf-8")
    assert _store(tmp_path).load() == AppSettings()


def test_hand_edited_values_are_checked(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps(
            {
                "base_url": "https://api.scalev.com/",
                "default_store_id": "abc",
                "last_store_id": True,
                "terminal_name": "   ",
                "language": "fr",
                "training_mode": "yes",
                "api_key": "sk_should_be_ignored",
            }
        ),
        encoding="utf-8",
    )
    settings = _store(tmp_path, system="en").load()
    assert settings == AppSettings(language="en")


def test_store_ids_written_as_text_still_load(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"default_store_id": "4127"}', encoding="utf-8")
    assert _store(tmp_path).load().default_store_id == 4127


def test_default_location_is_the_user_config_folder() -> None:
    # Only the path is checked: nothing is written outside tmp in tests.
    assert SettingsStore().path == Path(user_config_dir("Kasir", appauthor=False)) / "settings.json"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en_US", "en"), ("en_GB", "en"), ("id_ID", "id"), ("de_DE", "id"), ("C", "id")],
)
def test_language_from_system(locale: str, expected: str) -> None:
    assert language_from_system(QLocale(locale)) == expected


def test_languages_offered() -> None:
    assert [(lang.code, lang.native_name) for lang in available_languages()] == [
        ("id", "Bahasa Indonesia"),
        ("en", "English"),
    ]
