"""The Support page: which Kasir this is, and the log folder to send when something goes wrong."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pos_app import __version__
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.settings.form import Form, hint_label, show_status, status_label
from pos_app.ui.settings.hooks import SettingsHooks


class SupportPage(RetranslateOnLanguageChange, QWidget):
    def __init__(self, hooks: SettingsHooks) -> None:
        super().__init__(objectName="supportPage")
        self._hooks = hooks
        self._open_failed = False
        self.versionLabel = PlainLabel(objectName="versionLabel")
        self.supportHint = hint_label("supportHint")
        self.logFolderPath = PlainLabel(objectName="logFolderPath", wordWrap=True)
        # Selectable, so it can be read out or copied into a chat with support.
        self.logFolderPath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.openLogFolderButton = QPushButton(objectName="openLogFolderButton", autoDefault=False)
        self.openLogFolderButton.clicked.connect(self._open_log_folder)
        self.logFolderResult = status_label("logFolderResult")
        self.versionCaption, self.folderCaption = PlainLabel(), PlainLabel()

        self.supportGroup = QGroupBox(objectName="supportGroup")
        form = Form(self.supportGroup)
        form.add(self.versionCaption, self.versionLabel)
        button_row = QHBoxLayout()
        button_row.addWidget(self.openLogFolderButton)
        button_row.addStretch(1)
        form.add(self.folderCaption, self.logFolderPath)
        form.add(None, button_row, self.logFolderResult, self.supportHint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.supportGroup)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.supportGroup.setTitle(self.tr("Help and support"))
        self.versionCaption.setText(self.tr("Version:"))
        self.versionLabel.setText(f"Kasir {__version__}")
        self.folderCaption.setText(self.tr("Log folder:"))
        self.logFolderPath.setText(str(self._hooks.log_dir()))
        self.openLogFolderButton.setText(self.tr("&Open log folder"))
        self.supportHint.setText(
            self.tr(
                "When something goes wrong, send the files in this folder to support. They hold no "
                "API key, and customers' phone numbers and e-mail addresses are hidden."
            )
        )
        self.supportGroup.setAccessibleName(self.supportGroup.title())
        self.versionCaption.setAccessibleName(self.versionCaption.text())
        self.folderCaption.setAccessibleName(self.folderCaption.text())
        self.versionLabel.setAccessibleName(self.tr("Kasir version"))
        self.logFolderPath.setAccessibleName(self.tr("Log folder"))
        self.openLogFolderButton.setAccessibleName(self.tr("Open log folder"))
        self.openLogFolderButton.setAccessibleDescription(self.supportHint.text())
        self.supportHint.setAccessibleName(self.tr("About the log files"))
        self.logFolderResult.setAccessibleName(self.tr("Log folder problem"))
        self._show_result()

    def _show_result(self) -> None:
        failed = self.tr("The folder could not be opened. Its path is shown above.")
        show_status(self.logFolderResult, failed if self._open_failed else "", "error")

    def _open_log_folder(self) -> None:
        folder = self._hooks.log_dir()
        # The app creates it at start-up; a file manager cannot open a folder that is gone.
        # If it cannot be made, the opener fails and the page says so.
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        self._open_failed = not self._hooks.open_url(QUrl.fromLocalFile(str(folder)))
        self._show_result()
