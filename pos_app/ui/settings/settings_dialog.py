"""Settings: one dialog, four pages (Connection · Counter · Receipts & display · Support).

Each page reads its part of :class:`AppSettings`, says what is wrong with it, and writes
it back; the dialog only holds the pages, the Save and Cancel buttons and the one line
that says why Save did not close. The API key goes to the credential store only, and
only when Save goes through.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.credentials import CredentialStore
from pos_app.services.connection_check import ConnectionChecker
from pos_app.settings import AppSettings
from pos_app.ui.common.async_dialogs import wait_finished
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.settings.connection_page import ConnectionPage
from pos_app.ui.settings.counter_page import CounterPage, StoreMethods
from pos_app.ui.settings.dialog_tools import snug_size_hint
from pos_app.ui.settings.form import SETTINGS_STYLE, show_status, status_label
from pos_app.ui.settings.hooks import SettingsHooks
from pos_app.ui.settings.receipts_page import ReceiptsPage
from pos_app.ui.settings.support_page import SupportPage

__all__ = ["SettingsDialog", "open_settings"]

Message = Callable[[], str]

PREFERRED_WIDTH = 980  # px: two columns of fields side by side, inside a 1024 px screen
TITLE_BAR = 32  # px the window manager adds above the dialog (before it says how much)


class PageScroll(QScrollArea):
    """A page that scrolls when the window is too small for it, and asks for its full size."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(objectName=f"{page.objectName()}Scroll", widgetResizable=True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page.layout().setContentsMargins(10, 10, 10, 6)
        self.setWidget(page)

    def sizeHint(self) -> QSize:
        # QScrollArea caps its hint at a few dozen lines; the dialog wants the whole page.
        return self.widget().sizeHint()

    def needed_height(self, width: int) -> int:
        page = self.widget()
        # A page that is not on screen keeps the sizes its layouts cached before the style
        # sheet made every control 44 px high, so it would measure too short.
        page.ensurePolished()
        for layout in [page.layout(), *page.findChildren(QLayout)]:
            layout.invalidate()
        needed = page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()
        return max(needed, page.minimumSizeHint().height())


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
        *,
        hooks: SettingsHooks | None = None,
        store: StoreMethods | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setStyleSheet(SETTINGS_STYLE)
        self._initial = settings
        self._result: AppSettings | None = None
        self._form_error: tuple[Message, str] | None = None
        self._saving_without_key = False  # Save was pressed once without a key: the next one saves
        self._fitted_to: QRect | None = None
        hooks = hooks or SettingsHooks()

        self.connectionPage = ConnectionPage(settings, credentials, checker)
        self.counterPage = CounterPage(settings, store)
        self.receiptsPage = ReceiptsPage(settings, hooks, self.counterPage.language)
        self.supportPage = SupportPage(hooks)
        self.pages: tuple[QWidget, ...] = (self.connectionPage, self.counterPage, self.receiptsPage,
                                           self.supportPage)  # fmt: skip
        self.tabs = QTabWidget(objectName="settingsTabs")
        for page in self.pages:
            self.tabs.addTab(PageScroll(page), "")
        self.formError = status_label("formError")

        # The controls other screens and tests reach through the dialog.
        connection, counter = self.connectionPage, self.counterPage
        self.keyEdit, self.keyStatus = connection.keyEdit, connection.keyStatus
        self.forgetKeyButton, self.baseUrlEdit = connection.forgetKeyButton, connection.baseUrlEdit
        self.testConnectionButton, self.connectionResult = (connection.testConnectionButton,
                                                            connection.connectionResult)  # fmt: skip
        self.defaultStoreCombo = connection.defaultStoreCombo
        self.terminalNameEdit, self.languageCombo = counter.terminalNameEdit, counter.languageCombo
        self.trainingModeCheck = counter.trainingModeCheck
        connection.checked.connect(self._on_connection_checked)

        self.saveButton = QPushButton(objectName="saveButton", default=True)
        self.cancelButton = QPushButton(objectName="cancelButton", autoDefault=False)
        # Our own buttons, not standard ones: QDialogButtonBox resets the text of standard
        # buttons to Qt's (untranslated) wording on every language change.
        buttons = QDialogButtonBox(objectName="buttonBox")
        buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancelButton, QDialogButtonBox.ButtonRole.RejectRole)
        self.saveButton.clicked.connect(self._on_save)
        self.cancelButton.clicked.connect(self.reject)
        # Whatever makes a missing key matter again asks again before saving without one.
        self.keyEdit.textChanged.connect(self._reset_no_key)
        self.baseUrlEdit.editingFinished.connect(self._reset_no_key)
        self.trainingModeCheck.toggled.connect(self._reset_no_key)
        self.receiptsPage.testPrinted.connect(lambda _outcome: self._grow_to_fit())

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.formError)
        layout.addWidget(buttons)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        titles = (
            self.tr("Connection"),
            self.tr("Counter"),
            self.tr("Receipts & display"),
            self.tr("Support"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title.replace("&", "&&"))  # "&" alone would be a shortcut
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.cancelButton.setText(self.tr("Cancel"))
        self.saveButton.setAccessibleName(self.tr("Save settings"))
        self.cancelButton.setAccessibleName(self.tr("Cancel without saving"))
        self.formError.setAccessibleName(self.tr("Problem with the settings"))
        self._show_save_text()
        self._show_form_error()

    def _show_save_text(self) -> None:
        self.saveButton.setText(self.tr("Save without key") if self._saving_without_key else self.tr("Save"))

    def _show_form_error(self) -> None:
        if self._form_error is None:
            show_status(self.formError, "")
        else:
            make, kind = self._form_error
            show_status(self.formError, make(), kind)
        self._grow_to_fit()

    def _no_key_message(self) -> str:
        return self.tr(
            "There is no API key yet, so Kasir cannot sell from your Scalev store. Paste the key "
            "above, or press “Save without key” to keep the other settings for now."
        )

    # --- saving --------------------------------------------------------------------------

    def _on_save(self) -> None:
        for page in (self.connectionPage, self.counterPage, self.receiptsPage):
            problem = page.problem()
            if problem is not None:
                self._refuse(page, problem)
                return
        # Saving without a key is allowed (the printer can be set up before the owner finds
        # the key) but never silent: the first Save says what is missing, the second saves.
        if (
            not self.counterPage.training_mode()
            and self.connectionPage.key_missing_unasked()
            and not self._saving_without_key
        ):
            self._saving_without_key = True
            self._show_save_text()
            self._refuse(self.connectionPage, self._no_key_message, "warning")
            self.keyEdit.setFocus()
            return
        problem = self.connectionPage.store_key()
        if problem is not None:
            self._refuse(self.connectionPage, problem)
            return
        self._form_error = None
        self._show_form_error()
        pages = (self.connectionPage, self.counterPage, self.receiptsPage)
        result = self._initial
        for page in pages:
            result = page.apply(result)
        self._result = result
        self.accept()

    def _refuse(self, page: QWidget, message: Message, kind: str = "error") -> None:
        self.tabs.setCurrentIndex(self.pages.index(page))
        self._form_error = (message, kind)
        self._show_form_error()
        if kind == "error":
            page.focus_problem()  # type: ignore[attr-defined]

    def _reset_no_key(self) -> None:
        if not self._saving_without_key:
            return
        self._saving_without_key = False
        self._show_save_text()
        if self._form_error is not None and self._form_error[0] == self._no_key_message:
            self._form_error = None
            self._show_form_error()

    def result_settings(self) -> AppSettings | None:
        """The saved settings after Save; None after Cancel."""
        return self._result

    def done(self, result: int) -> None:
        self.connectionPage.cancel_check()
        self.receiptsPage.close_tasks()
        super().done(result)

    def _on_connection_checked(self, result: object) -> None:
        self._grow_to_fit()
        self.connectionChecked.emit(result)

    # --- size ----------------------------------------------------------------------------

    def setVisible(self, visible: bool) -> None:
        # Sized before Qt centres it over the window, so it is centred at its real size.
        if visible and self._fitted_to is None:
            anchor = self.parentWidget() or self
            self.fit_to(anchor.screen().availableGeometry())
        super().setVisible(visible)

    def fit_to(self, area: QRect) -> None:
        """As large as the tallest page needs, but never larger than ``area`` (a screen's
        free space): there the pages scroll instead of being cut."""
        self._fitted_to = QRect(area)
        frame = max(self.frameGeometry().height() - self.height(), TITLE_BAR)
        width = min(max(PREFERRED_WIDTH, self.minimumSizeHint().width()), area.width())
        tallest = area.height() - frame
        self.resize(width, tallest)  # first at full height, so every layout knows the width
        self.layout().activate()
        current = self.tabs.currentWidget()
        assert isinstance(current, PageScroll)
        viewport = current.viewport()
        needed = max(scroll.needed_height(viewport.width()) for scroll in self._scrolls())
        self.resize(width, min(tallest, self.height() - viewport.height() + needed))
        if self.isVisible() and self.geometry().bottom() > area.bottom():
            # Grown past the bottom of the screen: move up so Save stays on it.
            self.move(self.x(), max(area.top() + frame, area.bottom() - self.height()))

    def _grow_to_fit(self) -> None:
        # A message that takes room (under the tabs, or in a page) must not push any page
        # into scrolling while the screen has room to grow; the dialog never shrinks here.
        if self._fitted_to is None or not self.isVisible():
            return
        before = self.size()
        self.layout().activate()
        viewport = self.tabs.currentWidget().viewport()  # type: ignore[union-attr]
        if max(scroll.needed_height(viewport.width()) for scroll in self._scrolls()) > viewport.height():
            self.fit_to(self._fitted_to)
            if self.height() < before.height():
                self.resize(before)

    def _scrolls(self) -> list[PageScroll]:
        return [self.tabs.widget(index) for index in range(self.tabs.count())]  # type: ignore[misc]

    def sizeHint(self) -> QSize:
        return snug_size_hint(self, super().sizeHint())


async def open_settings(
    parent: QWidget | None,
    settings: AppSettings,
    credentials: CredentialStore,
    checker: ConnectionChecker,
    *,
    hooks: SettingsHooks | None = None,
    store: StoreMethods | None = None,
) -> AppSettings | None:
    """Show the settings; the new settings after Save, None after Cancel.

    The caller persists the result (``SettingsStore.save``) and applies the language
    (``install_language``); the key is already in ``credentials`` by then.
    """
    dialog = SettingsDialog(settings, credentials, checker, parent, hooks=hooks, store=store)
    try:
        code = await wait_finished(dialog)
        return dialog.result_settings() if code == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
