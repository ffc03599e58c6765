"""Starting the app for a cashier: settings, first start, training server, main window."""

from __future__ import annotations

import argparse
import asyncio
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from pos_app.app import create_main_window
from pos_app.config import AppConfig
from pos_app.qt_workarounds import MainThreadGarbageCollector
from pos_app.settings import AppSettings, SettingsStore
from pos_app.ui.window.placement import place_on_screen, saved_placement

log = logging.getLogger(__name__)

TRAINING_API_KEY = "sk_training"
# Training orders pay themselves after a while, so a new cashier sees the whole flow.
TRAINING_AUTO_PAY_SECONDS = 20.0


async def wait_for_quit(app: QApplication) -> None:
    done = asyncio.get_running_loop().create_future()
    app.lastWindowClosed.connect(lambda: done.done() or done.set_result(None))
    await done


def config_for(
    settings: AppSettings, *, base_url: str, api_key: str, data_dir: Path, training: bool
) -> AppConfig:
    return AppConfig(
        base_url=base_url,
        api_key=api_key,
        data_dir=data_dir,
        terminal_name=settings.terminal_name,
        language=settings.language,
        training=training,
    )


async def run_app(app: QApplication, args: argparse.Namespace, *, data_dir: Path) -> int:
    from pos_app.credentials import KeyringCredentialStore, resolve_api_key
    from pos_app.languages import install_language
    from pos_app.services.connection_check import ConnectionChecker
    from pos_app.ui.settings.welcome_dialog import run_first_start

    store = SettingsStore()
    settings = store.load()
    install_language(app, settings.language)
    credentials = KeyringCredentialStore()
    base_url = args.base_url or settings.base_url
    api_key = resolve_api_key(credentials, base_url) or ""
    training = args.demo or settings.training_mode
    # Until there is a way in (a key, or training mode), the welcome comes back: a real
    # till without a key could not load a single product.
    while not training and not api_key:
        chosen = await run_first_start(None, settings, credentials, ConnectionChecker())
        if chosen is None:
            return 0
        settings = chosen
        store.save(settings)
        install_language(app, settings.language)
        training = settings.training_mode
        base_url = args.base_url or settings.base_url
        api_key = resolve_api_key(credentials, base_url) or ""

    server = None
    if training:
        from pos_app.sandbox import TrainingServer

        # Practice sales get their own journal and orders, apart from real ones.
        data_dir = data_dir / "training"
        data_dir.mkdir(parents=True, exist_ok=True)
        server = TrainingServer(
            api_key=TRAINING_API_KEY,
            db_path=data_dir / "training-orders.sqlite3",
            auto_pay_after=TRAINING_AUTO_PAY_SECONDS,
        ).start()
        base_url, api_key = server.base_url, TRAINING_API_KEY
        log.info("training server at %s", base_url)

    config = config_for(settings, base_url=base_url, api_key=api_key, data_dir=data_dir, training=training)
    window = await create_main_window(config, credentials=credentials, settings_store=store)

    screen = window.screen() or app.primaryScreen()
    place_on_screen(window, store.load().window_geometry, screen.availableGeometry())
    window.show()
    MainThreadGarbageCollector.settle_startup()
    try:
        await wait_for_quit(app)
    finally:
        try:
            store.save(replace(store.load(), window_geometry=saved_placement(window)))
        except OSError as exc:  # a read-only settings folder must not stop the app closing
            log.warning("window placement not saved: %s", exc)
        await window.app_context.aclose()
        if server is not None:
            server.stop()
        app.quit()
    return 0
