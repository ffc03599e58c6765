"""The settings dialog: the key goes to the credential store only, each failure says what to fix."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from pos_app.api.errors import ApiError, AuthError, ForbiddenError, ServerError
from pos_app.api.models import Page, Store
from pos_app.credentials import CredentialError, MemoryCredentialStore
from pos_app.sandbox import TrainingServer
from pos_app.services.connection_check import ConnectionChecker
from pos_app.settings import AppSettings, SettingsStore
from pos_app.ui.settings.settings_dialog import SettingsDialog, open_settings
from tests.helpers.waiting import wait_for

# The offscreen platform says this whenever a dialog is shown; it means nothing headless.

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
URL = "https://api.scalev.com"
SECRET = "sk_live_Zq7fW2mR9tXk4LpB8vN3cHs6"
STORES = (Store(4127, "store_a", "Toko Nusantara"), Store(3288, "store_b", "Kopi Senja"))


# --- collaborators ---------------------------------------------------------------------------


class FakeClient:
    """Answers ``stores_page`` by key: a list of stores, an error, or (with a gate) later."""

    def __init__(self, outcome: Page[Store] | ApiError, gate: asyncio.Event | None = None) -> None:
        self.outcome, self.gate = outcome, gate

    async def stores_page(self) -> Page[Store]:
        if self.gate is not None:
            await self.gate.wait()
        if isinstance(self.outcome, ApiError):
            raise self.outcome
        return self.outcome

    async def aclose(self) -> None:
        pass


class Server:
    """Maps keys to outcomes and records which keys were tried."""

    def __init__(self, gate: asyncio.Event | None = None) -> None:
        self.gate = gate
        self.tried: list[tuple[str, str]] = []
        self.outcomes: dict[str, Page[Store] | ApiError] = {
            "sk_good": Page(items=STORES),
            SECRET: Page(items=STORES),
            "sk_wrong": AuthError("Invalid API key", status=401),
            "rk_limited": ForbiddenError("Forbidden", status=403),
            "sk_broken": ServerError("Internal Server Error", status=500),
        }

    def client(self, base_url: str, key: str) -> FakeClient:
        self.tried.append((base_url, key))
        return FakeClient(self.outcomes.get(key, AuthError("Invalid API key", status=401)), self.gate)


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def window(qtbot) -> QWidget:
    """Stands in for the main window: with no window left open, closing the dialog would quit
    the application and stop the qasync loop under the test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def make_dialog(qtbot, server: Server, window: QWidget) -> Callable[..., SettingsDialog]:
    def make(
        settings: AppSettings | None = None, credentials: MemoryCredentialStore | None = None
    ) -> SettingsDialog:
        dialog = SettingsDialog(
            settings or AppSettings(),
            credentials if credentials is not None else MemoryCredentialStore(),
            ConnectionChecker(server.client),
            window,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        for getter in ("text", "placeholderText", "title", "currentText", "toolTip"):
            value = getattr(widget, getter, None)
            if callable(value):
                texts.append(str(value()))
        texts.append(widget.accessibleName())
        texts.append(widget.accessibleDescription())
    return texts


# --- the form --------------------------------------------------------------------------------


def test_every_control_has_an_object_and_accessible_name(make_dialog) -> None:
    dialog = make_dialog()
    assert dialog.objectName() == "settingsDialog"
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QAbstractButton)
        or (isinstance(w, QLabel) and w.buddy() is None and w.objectName())
    ]
    # The line edit inside a combo box belongs to Qt; ours are all named.
    controls = [w for w in controls if not isinstance(w.parent(), QComboBox)]
    assert len(controls) >= 10
    for widget in controls:
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
    names = "apiKeyEdit baseUrlEdit testConnectionButton connectionResult defaultStoreCombo terminalNameEdit"
    for name in [*names.split(), "languageCombo", "trainingModeCheck", "saveButton", "cancelButton"]:
        assert dialog.findChild(QWidget, name) is not None, name


def test_form_shows_the_settings(make_dialog) -> None:
    settings = AppSettings(
        base_url="http://127.0.0.1:9000", terminal_name="KASIR-02", language="en", training_mode=True
    )
    dialog = make_dialog(settings)
    assert dialog.baseUrlEdit.text() == "http://127.0.0.1:9000"
    assert dialog.terminalNameEdit.text() == "KASIR-02"
    assert dialog.languageCombo.currentData() == "en"
    assert [dialog.languageCombo.itemText(i) for i in range(2)] == ["Bahasa Indonesia", "English"]
    assert dialog.trainingModeCheck.isChecked()
    assert dialog.keyEdit.echoMode() == QLineEdit.EchoMode.Password


def test_a_saved_key_is_announced_but_never_shown(make_dialog) -> None:
    dialog = make_dialog(credentials=MemoryCredentialStore({URL: SECRET}))
    assert dialog.keyEdit.text() == ""
    assert "saved" in dialog.keyStatus.text()
    assert dialog.forgetKeyButton.isVisible()
    assert not any(SECRET in text for text in visible_texts(dialog))


def test_without_a_key_the_dialog_says_so(make_dialog) -> None:
    dialog = make_dialog()
    assert "No key saved" in dialog.keyStatus.text()
    assert not dialog.forgetKeyButton.isVisible()


def test_saved_note_follows_the_address(qtbot, make_dialog) -> None:
    dialog = make_dialog(credentials=MemoryCredentialStore({URL: SECRET}))
    dialog.baseUrlEdit.setText("http://127.0.0.1:9000")
    dialog.baseUrlEdit.editingFinished.emit()
    assert "No key saved" in dialog.keyStatus.text()
    dialog.baseUrlEdit.setText(URL + "/")
    dialog.baseUrlEdit.editingFinished.emit()
    assert "is saved" in dialog.keyStatus.text()


# --- saving ----------------------------------------------------------------------------------


def files_containing(folder: Path, needle: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


@pytest.mark.asyncio
async def test_key_goes_to_the_credential_store_and_nowhere_else(
    qtbot, tmp_path: Path, data_dir: Path, server: Server, window: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    config_dir = tmp_path / "config"
    store = SettingsStore(config_dir, system_language=lambda: "id")
    credentials = MemoryCredentialStore()
    task = asyncio.ensure_future(
        open_settings(window, store.load(), credentials, ConnectionChecker(server.client))
    )
    await wait_for(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog), what="dialog")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)

    qtbot.keyClicks(dialog.keyEdit, SECRET)
    assert credentials.get(URL) is None  # nothing is stored before Save
    dialog.terminalNameEdit.clear()
    qtbot.keyClicks(dialog.terminalNameEdit, "KASIR-DEPAN")
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("en"))
    qtbot.mouseClick(dialog.testConnectionButton, Qt.MouseButton.LeftButton)
    await wait_for(lambda: "Connected" in dialog.connectionResult.text(), what="test result")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    saved = await asyncio.wait_for(task, 5)

    assert saved == AppSettings(terminal_name="KASIR-DEPAN", language="en")
    assert credentials.get(URL) == SECRET
    store.save(saved)
    assert SettingsStore(config_dir).load() == saved
    assert files_containing(config_dir, SECRET) == []
    assert files_containing(data_dir, SECRET) == []
    assert files_containing(tmp_path, SECRET) == []
    assert SECRET not in caplog.text


@pytest.mark.asyncio
async def test_cancel_stores_nothing(qtbot, server: Server, window: QWidget) -> None:
    credentials = MemoryCredentialStore()
    task = asyncio.ensure_future(
        open_settings(window, AppSettings(), credentials, ConnectionChecker(server.client))
    )
    await wait_for(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog), what="dialog")
    dialog = QApplication.activeModalWidget()
    qtbot.keyClicks(dialog.keyEdit, SECRET)
    qtbot.mouseClick(dialog.cancelButton, Qt.MouseButton.LeftButton)
    assert await asyncio.wait_for(task, 5) is None
    assert credentials.get(URL) is None


def test_empty_key_field_keeps_the_saved_key(qtbot, make_dialog) -> None:
    credentials = MemoryCredentialStore({URL: SECRET})
    dialog = make_dialog(credentials=credentials)
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert credentials.get(URL) == SECRET


def test_a_new_key_replaces_the_saved_one_and_leaves_the_field(qtbot, make_dialog) -> None:
    credentials = MemoryCredentialStore({URL: "sk_old"})
    dialog = make_dialog(credentials=credentials)
    qtbot.keyClicks(dialog.keyEdit, "  " + SECRET + "  ")
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert credentials.get(URL) == SECRET
    assert dialog.keyEdit.text() == ""


def test_remove_saved_key_takes_effect_on_save_only(qtbot, make_dialog) -> None:
    credentials = MemoryCredentialStore({URL: SECRET})
    dialog = make_dialog(credentials=credentials)
    qtbot.mouseClick(dialog.forgetKeyButton, Qt.MouseButton.LeftButton)
    assert "will be removed" in dialog.keyStatus.text()
    assert credentials.get(URL) == SECRET
    qtbot.mouseClick(dialog.cancelButton, Qt.MouseButton.LeftButton)
    assert credentials.get(URL) == SECRET

    dialog = make_dialog(credentials=credentials)
    qtbot.mouseClick(dialog.forgetKeyButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert credentials.get(URL) is None


@pytest.mark.parametrize(
    ("url", "terminal", "message"),
    [
        ("api.scalev.com", "KASIR-01", "must start with https://"),
        ("ftp://api.scalev.com", "KASIR-01", "must start with https://"),
        # Plain http sends the key readable on the way: only to this computer (training).
        ("http://api.scalev.com", "KASIR-01", "must start with https://"),
        ("http://192.168.1.20:8000", "KASIR-01", "must start with https://"),
        (URL, "   ", "Give this counter a name"),
    ],
)
def test_bad_input_is_refused_with_a_reason(
    qtbot, make_dialog, url: str, terminal: str, message: str
) -> None:
    credentials = MemoryCredentialStore()
    dialog = make_dialog(credentials=credentials)
    dialog.baseUrlEdit.setText(url)
    dialog.terminalNameEdit.setText(terminal)
    qtbot.keyClicks(dialog.keyEdit, SECRET)
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.formError.isVisible()
    assert message in dialog.formError.text()
    assert credentials.get(URL) is None


def test_save_without_a_key_says_so_before_it_saves(qtbot, make_dialog) -> None:
    credentials = MemoryCredentialStore()
    dialog = make_dialog(credentials=credentials)
    dialog.tabs.setCurrentIndex(2)  # the owner was setting up the printer
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_settings() is None
    assert dialog.tabs.currentWidget().widget() is dialog.connectionPage  # shown where the key goes
    assert dialog.formError.isVisible()
    assert dialog.formError.text().startswith("There is no API key yet, so Kasir cannot sell")
    assert dialog.formError.property("kind") == "warning"
    assert dialog.saveButton.text() == "Save without key"

    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)  # yes, save the rest anyway
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.result_settings() == AppSettings()
    assert credentials.get(URL) is None


def test_typing_a_key_after_the_warning_saves_it_at_once(qtbot, make_dialog) -> None:
    credentials = MemoryCredentialStore()
    dialog = make_dialog(credentials=credentials)
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is dialog.keyEdit
    qtbot.keyClicks(dialog.keyEdit, SECRET)
    assert dialog.saveButton.text() == "Save" and not dialog.formError.isVisible()
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert credentials.get(URL) == SECRET


def test_clearing_the_key_again_asks_again(qtbot, make_dialog) -> None:
    dialog = make_dialog()
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    dialog.keyEdit.setText("sk_x")
    dialog.keyEdit.clear()
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saveButton.text() == "Save without key"


@pytest.mark.parametrize("why", ["training", "environment", "saved"])
def test_no_warning_when_a_key_is_not_needed_or_already_there(
    qtbot, make_dialog, monkeypatch: pytest.MonkeyPatch, why: str
) -> None:
    credentials = MemoryCredentialStore({URL: SECRET} if why == "saved" else {})
    if why == "environment":  # a kiosk provisioned with SCALEV_API_KEY
        monkeypatch.setenv("SCALEV_API_KEY", "sk_from_the_environment")
    dialog = make_dialog(AppSettings(training_mode=why == "training"), credentials)
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_a_failing_keyring_keeps_the_dialog_open(qtbot, make_dialog) -> None:
    class BrokenCredentials(MemoryCredentialStore):
        def set(self, base_url: str, key: str) -> None:
            raise CredentialError("the system keychain did not keep the API key")

    dialog = make_dialog(credentials=BrokenCredentials())
    qtbot.keyClicks(dialog.keyEdit, SECRET)
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "could not be saved" in dialog.formError.text()
    assert dialog.result_settings() is None


# --- testing the connection --------------------------------------------------------------------


async def run_test(qtbot, dialog: SettingsDialog, url: str, key: str) -> str:
    dialog.baseUrlEdit.setText(url)
    dialog.baseUrlEdit.editingFinished.emit()
    dialog.keyEdit.setText(key)
    answers: list[object] = []
    dialog.connectionChecked.connect(answers.append)
    try:
        qtbot.mouseClick(dialog.testConnectionButton, Qt.MouseButton.LeftButton)
        await wait_for(lambda: answers, what="connection test")
    finally:
        dialog.connectionChecked.disconnect(answers.append)
    assert dialog.testConnectionButton.isEnabled()
    assert dialog.connectionResult.isVisible()
    return dialog.connectionResult.text()


@pytest.fixture(scope="module")
def training_server() -> Iterator[TrainingServer]:
    with TrainingServer() as server:
        # A restricted key that can read products but not list stores.
        server.add_key("rk_limited", scopes={"product:list"})
        server.add_key("sk_expired", expired=True)
        yield server


@pytest.mark.asyncio
async def test_each_failure_kind_from_the_training_server_has_its_own_message(
    qtbot, window: QWidget, training_server: TrainingServer
) -> None:
    dialog = SettingsDialog(AppSettings(), MemoryCredentialStore(), ConnectionChecker(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    url, closed = training_server.base_url, closed_port_url()

    good = await run_test(qtbot, dialog, url, training_server.api_key)
    wrong = await run_test(qtbot, dialog, url, "sk_not_a_real_key")
    expired = await run_test(qtbot, dialog, url, "sk_expired")
    scope = await run_test(qtbot, dialog, url, "rk_limited")
    unreachable = await run_test(qtbot, dialog, closed, training_server.api_key)
    training_server.faults.error_rate = 1.0
    try:
        server_error = await run_test(qtbot, dialog, url, training_server.api_key)
    finally:
        training_server.faults.reset()

    stores = len(training_server.data.stores)
    assert good == f"Connected. Stores this key can see: {stores}", good
    assert wrong == expired == "Wrong API key: check that you copied the whole key (starts with sk_ or rk_)."
    assert scope.startswith("This key lacks permission 'store:list'")
    assert unreachable == (
        f"Cannot reach the server at {closed}: check the internet connection and the address."
    )
    assert server_error.startswith("The Scalev server has a problem right now")
    assert len({good, wrong, scope, unreachable, server_error}) == 5


@pytest.mark.asyncio
async def test_server_error_and_refused_input_from_fakes(qtbot, make_dialog) -> None:
    dialog = make_dialog()
    assert (await run_test(qtbot, dialog, URL, "sk_broken")).startswith("The Scalev server has a problem")
    assert "store:list" in await run_test(qtbot, dialog, URL, "rk_limited")


@pytest.mark.asyncio
async def test_a_good_key_offers_its_stores_as_default(qtbot, make_dialog) -> None:
    dialog = make_dialog(AppSettings(default_store_id=3288))
    assert dialog.defaultStoreCombo.currentText() == "Store #3288"
    text = await run_test(qtbot, dialog, URL, "sk_good")
    assert text == "Connected. Stores this key can see: 2"
    items = [dialog.defaultStoreCombo.itemText(i) for i in range(dialog.defaultStoreCombo.count())]
    assert items == [
        "No default: choose when the till starts",
        "Kopi Senja (#3288)",
        "Toko Nusantara (#4127)",
    ]
    assert dialog.defaultStoreCombo.currentText() == "Kopi Senja (#3288)"
    dialog.defaultStoreCombo.setCurrentIndex(dialog.defaultStoreCombo.findData(4127))
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.result_settings().default_store_id == 4127


@pytest.mark.asyncio
async def test_the_saved_key_is_used_when_the_field_is_empty(qtbot, make_dialog, server: Server) -> None:
    dialog = make_dialog(credentials=MemoryCredentialStore({URL: "sk_good"}))
    assert "Connected" in await run_test(qtbot, dialog, URL, "")
    assert server.tried == [(URL, "sk_good")]


@pytest.mark.asyncio
async def test_no_key_no_request(qtbot, make_dialog, server: Server) -> None:
    dialog = make_dialog()
    assert await run_test(qtbot, dialog, URL, "") == "Enter an API key first."
    assert "https://" in await run_test(qtbot, dialog, "api.scalev.com", "sk_good")
    assert server.tried == []


@pytest.mark.asyncio
async def test_one_test_at_a_time_and_closing_cancels_it(qtbot, make_dialog, server: Server) -> None:
    server.gate = asyncio.Event()
    dialog = make_dialog()
    dialog.keyEdit.setText("sk_good")
    qtbot.mouseClick(dialog.testConnectionButton, Qt.MouseButton.LeftButton)
    await wait_for(lambda: server.tried, what="pending")
    assert dialog.connectionResult.text() == "Testing the connection…"
    assert not dialog.testConnectionButton.isEnabled()
    qtbot.mouseClick(dialog.testConnectionButton, Qt.MouseButton.LeftButton)
    assert len(server.tried) == 1

    dialog.reject()
    await wait_for(lambda: dialog.testConnectionButton.isEnabled(), what="cancelled test")
    assert dialog.connectionResult.text() == "Testing the connection…"  # no late answer shown
    server.gate.set()


# --- language --------------------------------------------------------------------------------


def test_switching_language_retranslates_in_place(qtbot, make_dialog, switch_language) -> None:
    dialog = make_dialog()
    english = (dialog.windowTitle(), dialog.saveButton.text(), dialog.testConnectionButton.text())
    assert english == ("Settings", "Save", "&Test connection")

    switch_language("id")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Pengaturan")
    assert dialog.saveButton.text() == "Simpan"
    assert dialog.cancelButton.text() == "Batal"
    assert dialog.testConnectionButton.text() == "&Tes koneksi"
    assert dialog.trainingModeCheck.text() == "&Mode latihan"
    assert dialog.keyEdit.accessibleName() == "Kunci API"
    assert dialog.defaultStoreCombo.currentText().startswith("Tanpa toko bawaan")

    switch_language("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")
    assert (dialog.windowTitle(), dialog.saveButton.text(), dialog.testConnectionButton.text()) == english

    switch_language("id")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Pengaturan")


@pytest.mark.asyncio
async def test_result_message_follows_the_language(qtbot, make_dialog, switch_language) -> None:
    dialog = make_dialog()
    assert (await run_test(qtbot, dialog, URL, "sk_wrong")).startswith("Wrong API key")
    switch_language("id")
    await wait_for(lambda: dialog.connectionResult.text().startswith("Kunci API salah"), what="Indonesian")
