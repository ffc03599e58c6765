"""The till's own settings, kept in ``settings.json`` in the user's config folder.

A plain JSON file rather than ``QSettings``: the INI backend turns booleans and numbers
into strings, and a human-readable file is easy to check in support. The API key is
never written here; it lives only in the credential store (the OS keyring).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from pos_app.config import DEFAULT_BASE_URL
from pos_app.languages import is_known_language, language_from_system

log = logging.getLogger(__name__)

APP_NAME = "Kasir"
SETTINGS_FILE = "settings.json"
DEFAULT_TERMINAL_NAME = "KASIR-01"
_FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class AppSettings:
    base_url: str = DEFAULT_BASE_URL
    default_store_id: int | None = None
    # Written into every order's metadata, so a shop with two counters can tell them apart.
    terminal_name: str = DEFAULT_TERMINAL_NAME
    language: str = "id"
    training_mode: bool = False
    # The store picked last time, offered first at the next start.
    last_store_id: int | None = None


def default_config_dir() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False))


def _store_id(value: object) -> int | None:
    # bool is an int in Python; a stray true must not become store 1.
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str) and value.strip().isdigit() and int(value) > 0:
        return int(value)
    return None


def _text(value: object, default: str) -> str:
    return value.strip() if isinstance(value, str) and value.strip() else default


def settings_from_mapping(data: Mapping[str, Any], default_language: str) -> AppSettings:
    """Read what is usable from a (possibly hand-edited or older) file; defaults for the rest."""
    language = data.get("language")
    return AppSettings(
        base_url=_text(data.get("base_url"), DEFAULT_BASE_URL).rstrip("/"),
        default_store_id=_store_id(data.get("default_store_id")),
        terminal_name=_text(data.get("terminal_name"), DEFAULT_TERMINAL_NAME),
        language=language if is_known_language(language) else default_language,
        training_mode=data.get("training_mode") is True,
        last_store_id=_store_id(data.get("last_store_id")),
    )


class SettingsStore:
    """Loads and saves :class:`AppSettings`; ``config_dir=None`` means the OS config folder."""

    def __init__(
        self,
        config_dir: Path | None = None,
        *,
        system_language: Callable[[], str] = language_from_system,
    ) -> None:
        self._dir = Path(config_dir) if config_dir is not None else default_config_dir()
        # Asked only when no language was saved yet: the first start follows the system.
        self._system_language = system_language

    @property
    def path(self) -> Path:
        return self._dir / SETTINGS_FILE

    def exists(self) -> bool:
        return self.path.is_file()

    def load(self) -> AppSettings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError) as exc:
            # A broken file must not stop the till from starting; the next save rewrites it.
            log.warning("settings file %s unreadable (%s); using defaults", self.path, exc)
            raw = {}
        if not isinstance(raw, dict):
            log.warning("settings file %s is not a JSON object; using defaults", self.path)
            raw = {}
        language = raw.get("language")
        fallback = language if is_known_language(language) else self._system_language()
        return settings_from_mapping(raw, fallback)

    def save(self, settings: AppSettings) -> None:
        # Exactly the dataclass fields: AppSettings has no key field, so no key can get here.
        data = {"version": _FORMAT_VERSION, **asdict(settings)}
        self._dir.mkdir(parents=True, exist_ok=True)
        text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        # Write a temporary file and rename it over the old one: a crash or power cut in
        # the middle leaves either the old or the new settings, never half a file.
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self._dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
