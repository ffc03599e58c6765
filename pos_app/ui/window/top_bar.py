"""Above every page: the training banner, the message banner with its one action, the
offline badge and the buttons that lead elsewhere (parked sales, shift, history, settings)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.style import set_style_property
from pos_app.ui.sale.notice import Notice


class TopBar(RetranslateOnLanguageChange, QWidget):
    actionRequested = Signal(str)  # the notice's action: "resend" | "settings" | "print"

    def __init__(self, *, training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notice: Notice | None = None
        self.training_banner = PlainLabel(objectName="trainingBanner")
        self.training_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.training_banner.setVisible(training)
        self.notice = WrappingLabel(None, "noticeBanner")
        self.notice.setContentsMargins(12, 8, 12, 8)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # may quote names: data, not markup
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.notice_action = QPushButton(objectName="noticeAction")
        self.notice_action.hide()
        self.offline_badge = PlainLabel(objectName="offlineBadge")
        self.offline_badge.hide()
        self.parked_button = QPushButton(objectName="parkedSalesButton")
        self.shift_button = QPushButton(objectName="shiftButton")
        self.history_button = QPushButton(objectName="historyButton")
        self.settings_button = QPushButton(objectName="settingsButton")

        row = QHBoxLayout()
        row.setContentsMargins(8, 6, 8, 0)
        row.setSpacing(6)
        row.addWidget(self.notice, 1)
        row.addWidget(self.notice_action)
        row.addStretch(0)
        for widget in (self.offline_badge, self.parked_button, self.shift_button, self.history_button,
                       self.settings_button):  # fmt: skip
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.training_banner)
        layout.addLayout(row)
        self.notice_action.clicked.connect(self._action_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.training_banner.setText(self.tr("TRAINING MODE – practice only, no real orders"))
        self.training_banner.setAccessibleName(self.tr("Training mode"))
        self.notice.setAccessibleName(self.tr("Message"))
        self.offline_badge.setText(self.tr("● No connection – trying again…"))
        self.offline_badge.setAccessibleName(self.tr("No connection to Scalev"))
        self.settings_button.setText(self.tr("Settings (F10)"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.history_button.setText(self.tr("History (F8)"))
        self.history_button.setAccessibleName(self.tr("Order history"))
        self.shift_button.setText(self.tr("Shift (F11)"))
        self.shift_button.setAccessibleName(self.tr("Shift: open, pay in or out, close, day report"))
        self.parked_button.setAccessibleName(self.tr("Parked sales: resume one"))
        self._render_notice()

    def show_notice(self, notice: Notice | None) -> None:
        self._notice = notice
        self._render_notice()

    @property
    def notice_kind(self) -> str | None:
        """What the notice's button does now, if it has one."""
        return self._notice.action if self._notice is not None else None

    def _render_notice(self) -> None:
        notice = self._notice
        if notice is None:
            self.notice.hide()
            self.notice_action.hide()
            return
        self.notice.setText(notice.render())
        set_style_property(self.notice, "kind", notice.kind)
        self.notice.show()
        texts = {
            "resend": lambda: self.tr("Resend (F12)"),
            "settings": lambda: self.tr("Open settings"),
            "print": lambda: self.tr("Print again"),
        }
        if notice.action in texts:
            self.notice_action.setText(texts[notice.action]())
            self.notice_action.setAccessibleName(self.notice_action.text())
        self.notice_action.setVisible(notice.action in texts)

    def set_parked_count(self, count: int | None) -> None:
        """``None``: this till keeps no parked sales, so the button has nothing to offer."""
        self.parked_button.setText(self.tr("Parked ({count})").format(count=count or 0))
        self.parked_button.setVisible(count is not None)

    def _action_clicked(self) -> None:
        if self.notice_kind is not None:
            self.actionRequested.emit(self.notice_kind)
