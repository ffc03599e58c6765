"""What the composition root needs to build the app (re-exported as ``pos_app.app.AppConfig``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_BASE_URL = "https://api.scalev.com"


@dataclass(frozen=True)
class AppConfig:
    base_url: str = DEFAULT_BASE_URL
    api_key: str = field(default="", repr=False)  # never shown in a repr or a log
    data_dir: Path = Path(".")
    terminal_name: str = "KASIR-01"
    language: str = "id"
    training: bool = False
    default_store_id: int | None = None
    # Seconds between payment polls in the first two minutes (then every 5 s); the rate
    # limiter still has the last word.
    payment_poll_interval: float = 1.0
    # Where the settings file lives; None means next to the data (tests keep it in tmp).
    config_dir: Path | None = None
    # Receipts: a printer spec (tcp://HOST:PORT, usb://VID:PID, serial://DEV?baudrate=N,
    # win32://NAME, cups://NAME, file://PATH, pdf://DIR, system://NAME) and the paper's
    # columns (32 for 58 mm, 48 for 80 mm). None / 0: from the settings.
    receipt_printer: str | None = None
    receipt_width: int = 0
    # Open the customer display even on a single screen (in a window).
    customer_display: bool = False
