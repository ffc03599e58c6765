"""The till's own settings, kept in ``settings.json`` in the user's config folder.

A plain JSON file rather than ``QSettings``: the INI backend turns booleans and numbers
into strings, and a human-readable file is easy to check in support. The API key is
never written here; it lives only in the credential store (the OS keyring).
"""

from __future__ import annotations

import json
import logging
import os
import re
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
DEFAULT_WALK_IN_NAME = "Pelanggan umum"
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
    # -- getting paid at the counter
    # The store method that records a cash sale ("" = the first of no_payment, bank_transfer).
    cash_method: str = ""
    # The name for a buyer who gives none (Scalev needs a name).
    walk_in_name: str = DEFAULT_WALK_IN_NAME
    # Shown for bank transfers when the key may not read the store's payment accounts.
    transfer_accounts_text: str = ""
    # -- receipts and the customer display
    receipt_printer: str = ""  # a printer spec: tcp://…, usb://…, pdf://…, system://…
    receipt_width: int = 32  # columns: 32 (58 mm paper) or 48 (80 mm)
    auto_print: bool = True  # print when a sale is done (once a printer is set)
    open_drawer: bool = True  # kick the cash drawer for cash sales
    receipt_header: str = ""
    receipt_footer: str = ""
    customer_display: bool = False
    customer_display_screen: str = ""  # the screen's name; "" = the second screen
    customer_display_windowed: bool = False  # a window instead of full screen (one-screen tills)
    # -- the window and the day
    window_geometry: str = ""  # Qt's saveGeometry(), base64
    day_cut: str = "00:00"  # when the business day starts (a shop open past midnight: 04:00)


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


def _free_text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _flag(value: object, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def _day_cut(value: object) -> str:
    if isinstance(value, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value.strip()):
        return value.strip()
    return "00:00"


def settings_from_mapping(data: Mapping[str, Any], default_language: str) -> AppSettings:
    """Read what is usable from a (possibly hand-edited or older) file; defaults for the rest."""
    language = data.get("language")
    defaults = AppSettings()
    width = data.get("receipt_width")
    return AppSettings(
        base_url=_text(data.get("base_url"), DEFAULT_BASE_URL).rstrip("/"),
        default_store_id=_store_id(data.get("default_store_id")),
        terminal_name=_text(data.get("terminal_name"), DEFAULT_TERMINAL_NAME),
        language=language if is_known_language(language) else default_language,
        training_mode=data.get("training_mode") is True,
        last_store_id=_store_id(data.get("last_store_id")),
        cash_method=_free_text(data.get("cash_method")).strip(),
        walk_in_name=_free_text(data.get("walk_in_name")).strip() if "walk_in_name" in data
        else defaults.walk_in_name,
        transfer_accounts_text=_free_text(data.get("transfer_accounts_text")),
        receipt_printer=_free_text(data.get("receipt_printer")).strip(),
        receipt_width=width if width in (32, 48) else defaults.receipt_width,
        auto_print=_flag(data.get("auto_print"), defaults.auto_print),
        open_drawer=_flag(data.get("open_drawer"), defaults.open_drawer),
        receipt_header=_free_text(data.get("receipt_header")),
        receipt_footer=_free_text(data.get("receipt_footer")),
        customer_display=_flag(data.get("customer_display"), False),
        customer_display_screen=_free_text(data.get("customer_display_screen")),
        customer_display_windowed=_flag(data.get("customer_display_windowed"), False),
        window_geometry=_free_text(data.get("window_geometry")),
        day_cut=_day_cut(data.get("day_cut")),
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
