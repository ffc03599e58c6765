"""Settings: the Scalev connection (address, API key, test) and this counter's own choices.

The API key goes to the credential store only, and only when the cashier presses Save.
The dialog never reads a saved key back into a widget: it only says that one is saved.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from pos_app.credentials import CredentialError, CredentialStore
from pos_app.domain.links import is_safe_link
from pos_app.languages import available_languages
from pos_app.services.connection_check import ConnectionChecker, ConnectionResult, ConnectionStatus
from pos_app.settings import AppSettings
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange

log = logging.getLogger(__name__)

_OK_STYLE = "color: #1b5e20; font-weight: bold;"
_ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
_BUSY_STYLE = "color: #37474f;"
_HINT_STYLE = "color: #546e7a;"
_TERMINAL_NAME_MAX = 40


async def wait_finished(dialog: QDialog) -> int:
    """Show ``dialog`` with ``open()`` and wait for its result without nesting a Qt loop.

    ``exec()`` would start a second event loop inside the qasync one and stall every
    other task (payment polling, catalog loading) while the dialog is up.
    """
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_finished(code: int) -> None:
        if not future.done():
            future.set_result(code)

    dialog.finished.connect(on_finished)
    dialog.open()
    try:
        return await future
    finally:
        dialog.finished.disconnect(on_finished)
        if dialog.isVisible():  # the awaiting task was cancelled: do not leave it open
            dialog.reject()


def snug_size_hint(dialog: QWidget, hint: QSize) -> QSize:
    """A size hint whose height fits the wrapped labels at the width the dialog really gets.

    Qt sizes a new dialog by computing wrapped text at the (narrower) default width and
    then widening it to the minimum width, which leaves empty bands under every wrapped
    label; asking the layout for the height at the final width avoids that.
    """
    width = max(hint.width(), dialog.minimumWidth())
    layout = dialog.layout()
    if layout is None or not layout.hasHeightForWidth():
        return QSize(width, hint.height())
    return QSize(width, layout.totalHeightForWidth(width))


class _Form:
    """Label and field rows on a grid, each field's note in its own row right under it.

    A grid rather than QFormLayout: QFormLayout works out the height of wrapped notes at
    a narrower width than they get, which leaves empty bands under them.
    """

    def __init__(self, parent: QWidget) -> None:
        self.grid = QGridLayout(parent)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 1)
        self._row = 0

    def add(self, label: QLabel | None, field: QWidget | QLayout, *notes: QLabel) -> None:
        if self._row:
            self.grid.setRowMinimumHeight(self._row, 6)  # a gap between fields, not notes
            self._row += 1
        if label is not None:
            self.grid.addWidget(label, self._row, 0)
        if isinstance(field, QLayout):
            self.grid.addLayout(field, self._row, 1)
        else:
            self.grid.addWidget(field, self._row, 1)
        for note in notes:
            self._row += 1
            self.grid.addWidget(note, self._row, 1)
        self._row += 1


def _is_http_url(text: str) -> bool:
    # https, or http only to this computer (the training server): the key is in every request.
    return is_safe_link(text)


class SettingsDialog(RetranslateOnLanguageChange, QDialog):
    # After every press of "Test connection": the ConnectionResult, or None when the
    # input was refused before any request (no key, bad address).
    connectionChecked = Signal(object)

    def __init__(
        self,
        settings: AppSettings,
        credentials: CredentialStore,
        checker: ConnectionChecker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._initial = settings
        self._credentials = credentials
        self._checker = checker
        self._result: AppSettings | None = None
        self._forget_key = False
        self._key_saved = False
        self._check_state: ConnectionResult | str | None = None  # shown in connectionResult
        self._checked_url = ""
        self._check_task: asyncio.Task[None] | None = None
        self._store_names: dict[int, str] = {}
        self._form_error = ""
        self._build()
        self._load(settings)
        self.retranslate()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.keyEdit = QLineEdit(objectName="apiKeyEdit")
        # Password mode also disables copy and cut, so the key cannot be read back out.
        self.keyEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyStatus = PlainLabel(objectName="keyStatusLabel", wordWrap=True)
        self.forgetKeyButton = QPushButton(objectName="forgetKeyButton")
        self.forgetKeyButton.clicked.connect(self._on_forget_key)
        self.baseUrlEdit = QLineEdit(objectName="baseUrlEdit")
        self.baseUrlEdit.editingFinished.connect(self._on_base_url_edited)
        self.testConnectionButton = QPushButton(objectName="testConnectionButton")
        self.testConnectionButton.clicked.connect(self._on_test_connection)
        self.connectionResult = PlainLabel(objectName="connectionResult", wordWrap=True)
        self.connectionResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.defaultStoreCombo = QComboBox(objectName="defaultStoreCombo")
        self.terminalNameEdit = QLineEdit(objectName="terminalNameEdit", maxLength=_TERMINAL_NAME_MAX)
        self.languageCombo = QComboBox(objectName="languageCombo")
        for language in available_languages():
            self.languageCombo.addItem(language.native_name, language.code)
        self.trainingModeCheck = QCheckBox(objectName="trainingModeCheck")
        self.trainingHint = PlainLabel(objectName="trainingHint", wordWrap=True)
        self.trainingHint.setStyleSheet(_HINT_STYLE)
        self.trainingHint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.formError = PlainLabel(objectName="formError", wordWrap=True)
        self.formError.setStyleSheet(_ERROR_STYLE)
        self.formError.hide()
        for note in (self.keyStatus, self.connectionResult, self.formError):
            # Top-aligned: a wrapped label given spare height must not float in the middle.
            note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.saveButton = QPushButton(objectName="saveButton", default=True)
        self.cancelButton = QPushButton(objectName="cancelButton", autoDefault=False)
        # Our own buttons, not standard ones: QDialogButtonBox resets the text of standard
        # buttons to Qt's (untranslated) wording on every language change.
        buttons = QDialogButtonBox(objectName="buttonBox")
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.saveButton.clicked.connect(self._on_save)
        self.cancelButton.clicked.connect(self.reject)

        self.connectionGroup = QGroupBox(objectName="connectionGroup")
        connection = _Form(self.connectionGroup)
        self.keyLabel, self.baseUrlLabel = PlainLabel(), PlainLabel()
        self.keyLabel.setBuddy(self.keyEdit)
        self.baseUrlLabel.setBuddy(self.baseUrlEdit)
        key_row = QHBoxLayout()
        key_row.addWidget(self.keyEdit, 1)
        key_row.addWidget(self.forgetKeyButton)
        connection.add(self.keyLabel, key_row, self.keyStatus)
        connection.add(self.baseUrlLabel, self.baseUrlEdit)
        test_row = QHBoxLayout()
        test_row.addWidget(self.testConnectionButton)
        test_row.addStretch(1)
        connection.add(None, test_row, self.connectionResult)

        self.counterGroup = QGroupBox(objectName="counterGroup")
        counter = _Form(self.counterGroup)
        self.storeLabel, self.terminalLabel, self.languageLabel = PlainLabel(), PlainLabel(), PlainLabel()
        self.storeLabel.setBuddy(self.defaultStoreCombo)
        self.terminalLabel.setBuddy(self.terminalNameEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.terminalHint = PlainLabel(objectName="terminalHint", wordWrap=True)
        self.terminalHint.setStyleSheet(_HINT_STYLE)
        self.terminalHint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        counter.add(self.storeLabel, self.defaultStoreCombo)
        counter.add(self.terminalLabel, self.terminalNameEdit, self.terminalHint)
        counter.add(self.languageLabel, self.languageCombo)
        counter.add(None, self.trainingModeCheck, self.trainingHint)

        for group in (self.connectionGroup, self.counterGroup):
            # Only the title is bold: style-sheet fonts do not pass on to the children.
            group.setStyleSheet("QGroupBox { font-weight: bold; }")
        layout = QVBoxLayout(self)
        layout.addWidget(self.connectionGroup)
        layout.addWidget(self.counterGroup)
        layout.addWidget(self.formError)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _load(self, settings: AppSettings) -> None:
        self.baseUrlEdit.setText(settings.base_url)
        self.terminalNameEdit.setText(settings.terminal_name)
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(settings.language)))
        self.trainingModeCheck.setChecked(settings.training_mode)
        self._refresh_key_saved()

    def sizeHint(self) -> QSize:
        return snug_size_hint(self, super().sizeHint())

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.connectionGroup.setTitle(self.tr("Scalev connection"))
        self.keyLabel.setText(self.tr("&API key:"))
        self.baseUrlLabel.setText(self.tr("Server add&ress:"))
        self.forgetKeyButton.setText(self.tr("Remove saved key"))
        self.testConnectionButton.setText(self.tr("&Test connection"))
        self.counterGroup.setTitle(self.tr("This counter"))
        self.storeLabel.setText(self.tr("Default &store:"))
        self.terminalLabel.setText(self.tr("&Counter name:"))
        self.terminalHint.setText(self.tr("Saved with every order, so you can tell the counters apart."))
        self.languageLabel.setText(self.tr("&Language:"))
        self.trainingModeCheck.setText(self.tr("Training &mode"))
        self.trainingHint.setText(
            self.tr("Practise with made-up products and orders; nothing is sent to Scalev.")
        )
        self.saveButton.setText(self.tr("Save"))
        self.cancelButton.setText(self.tr("Cancel"))

        self.keyEdit.setAccessibleName(self.tr("API key"))
        self.forgetKeyButton.setAccessibleName(self.tr("Remove saved key"))
        self.baseUrlEdit.setAccessibleName(self.tr("Server address"))
        self.testConnectionButton.setAccessibleName(self.tr("Test connection"))
        self.connectionResult.setAccessibleName(self.tr("Connection test result"))
        self.keyStatus.setAccessibleName(self.tr("API key status"))
        self.defaultStoreCombo.setAccessibleName(self.tr("Default store"))
        self.terminalNameEdit.setAccessibleName(self.tr("Counter name"))
        self.terminalHint.setAccessibleName(self.tr("Counter name hint"))
        self.languageCombo.setAccessibleName(self.tr("Language"))
        self.trainingModeCheck.setAccessibleName(self.tr("Training mode"))
        self.trainingHint.setAccessibleName(self.tr("Training mode hint"))
        self.saveButton.setAccessibleName(self.tr("Save settings"))
        self.cancelButton.setAccessibleName(self.tr("Cancel without saving"))
        self.formError.setAccessibleName(self.tr("Problem with the settings"))
        self.connectionGroup.setAccessibleName(self.connectionGroup.title())
        self.counterGroup.setAccessibleName(self.counterGroup.title())

        self._show_key_status()
        self._fill_store_combo()
        self._show_check_state()
        self._show_form_error()

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
            self.connectionResult.clear()
            self.connectionResult.hide()
            return
        if state == "testing":
            text, style = self.tr("Testing the connection…"), _BUSY_STYLE
        elif state == "no_key":
            text, style = self.tr("Enter an API key first."), _ERROR_STYLE
        elif state == "bad_url":
            text, style = self._bad_url_message(), _ERROR_STYLE
        elif isinstance(state, ConnectionResult):
            text = self._message_for(state)
            style = _OK_STYLE if state.ok else _ERROR_STYLE
        else:  # pragma: no cover - every state is listed above
            text, style = str(state), _BUSY_STYLE
        self.connectionResult.setText(text)
        self.connectionResult.setStyleSheet(style)
        self.connectionResult.show()

    def _bad_url_message(self) -> str:
        return self.tr("The address must start with https:// (for example %1).").replace(
            "%1", AppSettings().base_url
        )

    def _show_form_error(self) -> None:
        messages = {
            "bad_url": self._bad_url_message,
            "no_terminal": lambda: self.tr("Give this counter a name, for example KASIR-01."),
            "key_not_saved": lambda: self.tr(
                "The key could not be saved in the system's password store. Nothing was changed."
            ),
        }
        make = messages.get(self._form_error)
        self.formError.setText(make() if make else "")
        self.formError.setVisible(make is not None)

    # --- behaviour -----------------------------------------------------------------------

    def _base_url(self) -> str:
        return self.baseUrlEdit.text().strip().rstrip("/")

    def _refresh_key_saved(self) -> None:
        base_url = self._base_url()
        self._key_saved = bool(base_url) and self._credentials.get(base_url) is not None
        self._forget_key = False
        self._show_key_status()

    def _on_base_url_edited(self) -> None:
        # Keys are kept per address, so the "saved" note must follow the address field.
        self._refresh_key_saved()
        if self._checked_url and self._checked_url != self._base_url():
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
        base_url = self._base_url()
        if not _is_http_url(base_url):
            self._set_check_state("bad_url")
            self.connectionChecked.emit(None)
            return
        key = self.keyEdit.text().strip()
        if not key and self._key_saved and not self._forget_key:
            key = self._credentials.get(base_url) or ""
        if not key:
            self._set_check_state("no_key")
            self.connectionChecked.emit(None)
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
        self.connectionChecked.emit(result)

    def _on_save(self) -> None:
        base_url = self._base_url()
        terminal = self.terminalNameEdit.text().strip()
        self._form_error = "bad_url" if not _is_http_url(base_url) else "no_terminal" if not terminal else ""
        if not self._form_error:
            self._form_error = self._store_key(base_url)
        self._show_form_error()
        if self._form_error:
            return
        self._result = replace(
            self._initial,
            base_url=base_url,
            default_store_id=self.defaultStoreCombo.currentData(),
            terminal_name=terminal,
            language=self.languageCombo.currentData(),
            training_mode=self.trainingModeCheck.isChecked(),
        )
        self.accept()

    def _store_key(self, base_url: str) -> str:
        """Write (or remove) the key in the credential store; an error code on failure."""
        key = self.keyEdit.text().strip()
        try:
            if key:
                self._credentials.set(base_url, key)
            elif self._forget_key:
                self._credentials.delete(base_url)
        except CredentialError as exc:
            # The store's message names the failure but never the key.
            log.warning("could not store the API key for %s: %s", base_url, exc)
            return "key_not_saved"
        # The secret is not kept in the widget any longer than needed.
        self.keyEdit.clear()
        return ""

    def done(self, result: int) -> None:
        if self._check_task is not None:
            self._check_task.cancel()
        super().done(result)

    def result_settings(self) -> AppSettings | None:
        """The saved settings after Save; None after Cancel."""
        return self._result


async def open_settings(
    parent: QWidget | None,
    settings: AppSettings,
    credentials: CredentialStore,
    checker: ConnectionChecker,
) -> AppSettings | None:
    """Show the settings; the new settings after Save, None after Cancel.

    The caller persists the result (``SettingsStore.save``) and applies the language
    (``install_language``); the key is already in ``credentials`` by then.
    """
    dialog = SettingsDialog(settings, credentials, checker, parent)
    try:
        code = await wait_finished(dialog)
        return dialog.result_settings() if code == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
