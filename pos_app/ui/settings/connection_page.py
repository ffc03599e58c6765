"""The Connection page: Scalev address, API key (keychain only), Test connection, default store.

The API key goes to the credential store only, and only when the owner presses Save.
The page never reads a saved key back into a widget: it only says that one is saved.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot

from pos_app.credentials import CredentialError, CredentialStore, resolve_api_key
from pos_app.domain.links import is_safe_link
from pos_app.services.connection_check import ConnectionChecker, ConnectionResult, ConnectionStatus
from pos_app.settings import AppSettings
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.touch_combo import TouchComboBox
from pos_app.ui.settings.form import Form, hint_label, show_status, status_label

log = logging.getLogger(__name__)

Message = Callable[[], str]  # a message made again on a language change


class ConnectionPage(RetranslateOnLanguageChange, QWidget):
    # After every press of "Test connection": the ConnectionResult, or None when the
    # input was refused before any request (no key, bad address).
    checked = Signal(object)

    def __init__(
        self, settings: AppSettings, credentials: CredentialStore, checker: ConnectionChecker
    ) -> None:
        super().__init__(objectName="connectionPage")
        self._initial = settings
        self._credentials = credentials
        self._checker = checker
        self._forget_key = False
        self._key_saved = False
        self._check_state: ConnectionResult | str | None = None  # shown in connectionResult
        self._checked_url = ""
        self._check_task: asyncio.Task[None] | None = None
        self._store_names: dict[int, str] = {}
        self._build()
        self.baseUrlEdit.setText(settings.base_url)
        self._refresh_key_saved()
        self.retranslate()

    def _build(self) -> None:
        self.keyEdit = QLineEdit(objectName="apiKeyEdit")
        # Password mode also disables copy and cut, so the key cannot be read back out.
        self.keyEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyStatus = hint_label("keyStatusLabel")
        self.forgetKeyButton = QPushButton(objectName="forgetKeyButton")
        self.forgetKeyButton.clicked.connect(self._on_forget_key)
        self.baseUrlEdit = QLineEdit(objectName="baseUrlEdit")
        self.baseUrlEdit.editingFinished.connect(self._on_base_url_edited)
        self.testConnectionButton = QPushButton(objectName="testConnectionButton")
        self.testConnectionButton.clicked.connect(self._on_test_connection)
        self.connectionResult = status_label("connectionResult")
        self.defaultStoreCombo = TouchComboBox(objectName="defaultStoreCombo")
        # A long store name must not widen the dialog past a 1024 px screen.
        self.defaultStoreCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.defaultStoreCombo.setMinimumContentsLength(24)

        self.connectionGroup = QGroupBox(objectName="connectionGroup")
        form = Form(self.connectionGroup)
        self.keyLabel, self.baseUrlLabel, self.storeLabel = PlainLabel(), PlainLabel(), PlainLabel()
        self.keyLabel.setBuddy(self.keyEdit)
        self.baseUrlLabel.setBuddy(self.baseUrlEdit)
        self.storeLabel.setBuddy(self.defaultStoreCombo)
        key_row = QHBoxLayout()
        key_row.addWidget(self.keyEdit, 1)
        key_row.addWidget(self.forgetKeyButton)
        form.add(self.keyLabel, key_row, self.keyStatus)
        form.add(self.baseUrlLabel, self.baseUrlEdit)
        test_row = QHBoxLayout()
        test_row.addWidget(self.testConnectionButton)
        test_row.addStretch(1)
        form.add(None, test_row, self.connectionResult)
        form.add(self.storeLabel, self.defaultStoreCombo)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.connectionGroup)
        layout.addStretch(1)

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.connectionGroup.setTitle(self.tr("Scalev connection"))
        self.keyLabel.setText(self.tr("&API key:"))
        self.baseUrlLabel.setText(self.tr("Server add&ress:"))
        self.storeLabel.setText(self.tr("Default &store:"))
        self.forgetKeyButton.setText(self.tr("Remove saved key"))
        self.testConnectionButton.setText(self.tr("&Test connection"))
        self.keyEdit.setAccessibleName(self.tr("API key"))
        self.forgetKeyButton.setAccessibleName(self.tr("Remove saved key"))
        self.baseUrlEdit.setAccessibleName(self.tr("Server address"))
        self.testConnectionButton.setAccessibleName(self.tr("Test connection"))
        self.connectionResult.setAccessibleName(self.tr("Connection test result"))
        self.keyStatus.setAccessibleName(self.tr("API key status"))
        self.defaultStoreCombo.setAccessibleName(self.tr("Default store"))
        self.connectionGroup.setAccessibleName(self.connectionGroup.title())
        self._show_key_status()
        self._fill_store_combo()
        self._show_check_state()

    def _show_key_status(self) -> None:
        if self._key_saved and self._forget_key:
            text = self.tr("The saved key will be removed when you press Save.")
            placeholder = self.tr("Paste your Scalev API key (sk_… or rk_…)")
        elif self._key_saved:
            text = self.tr("A key is saved for this address. Leave the field empty to keep it.")
            placeholder = self.tr("Type a new key to replace it")
        else:
            text = self.tr("No key saved yet. Paste the API key from your Scalev dashboard.")
            placeholder = self.tr("Paste your Scalev API key (sk_… or rk_…)")
        self.keyStatus.setText(text)
        self.keyEdit.setPlaceholderText(placeholder)
        self.forgetKeyButton.setVisible(self._key_saved and not self._forget_key)

    def _fill_store_combo(self) -> None:
        current = self.defaultStoreCombo.currentData() if self.defaultStoreCombo.count() else None
        if current is None and self.defaultStoreCombo.count() == 0:
            current = self._initial.default_store_id
        ids = dict(self._store_names)
        if current is not None:
            ids.setdefault(current, "")
        self.defaultStoreCombo.clear()
        self.defaultStoreCombo.addItem(self.tr("No default: choose when the till starts"), None)
        for store_id, name in sorted(ids.items(), key=lambda item: (item[1].casefold(), item[0])):
            label = f"{name} (#{store_id})" if name else self.tr("Store #%1").replace("%1", str(store_id))
            self.defaultStoreCombo.addItem(label, store_id)
        self.defaultStoreCombo.setCurrentIndex(max(0, self.defaultStoreCombo.findData(current)))

    def _message_for(self, result: ConnectionResult) -> str:
        status = result.status
        if status is ConnectionStatus.OK:
            count = f"{result.store_count}+" if result.more_stores else str(result.store_count)
            return self.tr("Connected. Stores this key can see: %1").replace("%1", count)
        if status is ConnectionStatus.WRONG_KEY:
            return self.tr("Wrong API key: check that you copied the whole key (starts with sk_ or rk_).")
        if status is ConnectionStatus.MISSING_SCOPE:
            return self.tr(
                "This key lacks permission 'store:list'. In Scalev, add that permission to the "
                "key or use a secret key (sk_…)."
            )
        if status is ConnectionStatus.UNREACHABLE:
            return self.tr(
                "Cannot reach the server at %1: check the internet connection and the address."
            ).replace("%1", self._checked_url)
        if status is ConnectionStatus.SERVER_ERROR:
            return self.tr("The Scalev server has a problem right now. Try again in a few minutes.")
        return self.tr("The connection test failed: %1").replace("%1", result.detail or "?")

    def _show_check_state(self) -> None:
        state = self._check_state
        if state is None:
            show_status(self.connectionResult, "")
        elif state == "testing":
            show_status(self.connectionResult, self.tr("Testing the connection…"), "busy")
        elif state == "no_key":
            show_status(self.connectionResult, self.tr("Enter an API key first."), "error")
        elif state == "bad_url":
            show_status(self.connectionResult, self.bad_url_message(), "error")
        elif isinstance(state, ConnectionResult):
            show_status(self.connectionResult, self._message_for(state), "ok" if state.ok else "error")

    def bad_url_message(self) -> str:
        return self.tr("The address must start with https:// (for example %1).").replace(
            "%1", AppSettings().base_url
        )

    def key_not_saved_message(self) -> str:
        return self.tr("The key could not be saved in the system's password store. Nothing was changed.")

    # --- behaviour -----------------------------------------------------------------------

    def base_url(self) -> str:
        return self.baseUrlEdit.text().strip().rstrip("/")

    def _refresh_key_saved(self) -> None:
        base_url = self.base_url()
        self._key_saved = bool(base_url) and self._credentials.get(base_url) is not None
        self._forget_key = False
        self._show_key_status()

    def _on_base_url_edited(self) -> None:
        # Keys are kept per address, so the "saved" note must follow the address field.
        self._refresh_key_saved()
        if self._checked_url and self._checked_url != self.base_url():
            self._set_check_state(None)

    def _on_forget_key(self) -> None:
        self._forget_key = True
        self.keyEdit.clear()
        self._show_key_status()

    def _set_check_state(self, state: ConnectionResult | str | None) -> None:
        self._check_state = state
        self._show_check_state()

    @asyncSlot()
    async def _on_test_connection(self) -> None:
        base_url = self.base_url()
        if not is_safe_link(base_url):
            self._set_check_state("bad_url")
            self.checked.emit(None)
            return
        key = self.keyEdit.text().strip()
        if not key and self._key_saved and not self._forget_key:
            key = self._credentials.get(base_url) or ""
        if not key:
            self._set_check_state("no_key")
            self.checked.emit(None)
            return
        # One test at a time: the button stays off until the answer is shown.
        self.testConnectionButton.setEnabled(False)
        self._checked_url = base_url
        self._set_check_state("testing")
        self._check_task = asyncio.current_task()
        try:
            result = await self._checker.check(base_url, key)
        finally:
            self._check_task = None
            self.testConnectionButton.setEnabled(True)
        if result.ok:
            self._store_names.update({store.id: store.name for store in result.stores})
            self._fill_store_combo()
        self._set_check_state(result)
        self.checked.emit(result)

    def cancel_check(self) -> None:
        if self._check_task is not None:
            self._check_task.cancel()

    # --- saving --------------------------------------------------------------------------

    def problem(self) -> Message | None:
        # https, or http only to this computer (the training server): the key is in every request.
        return None if is_safe_link(self.base_url()) else self.bad_url_message

    def key_missing_unasked(self) -> bool:
        """Whether Save would leave this address without any key, and nobody asked for that.

        Pressing "Remove saved key" is asking for it; ``SCALEV_API_KEY`` counts as a key.
        """
        if self.keyEdit.text().strip() or self._forget_key:
            return False
        return resolve_api_key(self._credentials, self.base_url()) is None

    def store_key(self) -> Message | None:
        """Write (or remove) the key in the credential store; a message on failure."""
        base_url = self.base_url()
        key = self.keyEdit.text().strip()
        try:
            if key:
                self._credentials.set(base_url, key)
            elif self._forget_key:
                self._credentials.delete(base_url)
        except CredentialError as exc:
            # The store's message names the failure but never the key.
            log.warning("could not store the API key for %s: %s", base_url, exc)
            return self.key_not_saved_message
        # The secret is not kept in the widget any longer than needed.
        self.keyEdit.clear()
        return None

    def apply(self, settings: AppSettings) -> AppSettings:
        store_id = self.defaultStoreCombo.currentData()
        return replace(settings, base_url=self.base_url(), default_store_id=store_id)

    def focus_problem(self) -> None:
        self.baseUrlEdit.setFocus(Qt.FocusReason.OtherFocusReason)
