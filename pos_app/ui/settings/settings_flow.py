"""Opening the settings from the running window and applying what was saved.

A rejected key (401) opens this with the cart untouched; the new key goes to the same
client, so the sale continues where it stopped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from pos_app.api.client import ScalevClient
from pos_app.credentials import CredentialStore, resolve_api_key
from pos_app.languages import install_language
from pos_app.services.connection_check import ConnectionChecker
from pos_app.settings import AppSettings, SettingsStore
from pos_app.ui.settings.counter_page import StoreMethods
from pos_app.ui.settings.settings_dialog import open_settings

log = logging.getLogger(__name__)


class SettingsFlow(QObject):
    # (settings, whether a restart is needed to use all of them)
    applied = Signal(object, bool)

    def __init__(
        self,
        *,
        store: SettingsStore,
        credentials: CredentialStore,
        checker: ConnectionChecker,
        client: ScalevClient,
        base_url: str,
        training: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._credentials = credentials
        self._checker = checker
        self._client = client
        self._base_url = base_url
        self._training = training
        self._open = False

    async def open(self, parent: QWidget | None, store: StoreMethods | None = None) -> AppSettings | None:
        if self._open:
            return None  # one settings dialog at a time, however often 401s arrive
        self._open = True
        try:
            before = self._store.load()
            saved = await open_settings(parent, before, self._credentials, self._checker, store=store)
        finally:
            self._open = False
        if saved is None:
            return None
        self._store.save(saved)
        app = QApplication.instance()
        if isinstance(app, QApplication) and saved.language != before.language:
            install_language(app, saved.language)
        restart = saved.training_mode != self._training or (
            not self._training and saved.base_url.rstrip("/") != self._base_url.rstrip("/")
        )
        if not self._training and not restart:
            key = resolve_api_key(self._credentials, self._base_url)
            if key:
                self._client.replace_api_key(key)
        self.applied.emit(saved, restart)
        return saved
