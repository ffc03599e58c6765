"""The customer display settings: on or off, which screen, full screen or a window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox

from pos_app.settings import AppSettings
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.touch_combo import TouchComboBox
from pos_app.ui.settings.form import Form, hint_label


def screen_names() -> list[str]:
    """The names of the connected screens (a screen without a name cannot be found again)."""
    return [name for screen in QGuiApplication.screens() if (name := screen.name())]


class CustomerDisplayGroup(RetranslateOnLanguageChange, QGroupBox):
    def __init__(self, settings: AppSettings, screens: Callable[[], list[str]] = screen_names) -> None:
        super().__init__(objectName="customerDisplayGroup")
        self._screens = screens
        self._screen = settings.customer_display_screen
        self.customerDisplayCheck = QCheckBox(objectName="customerDisplayCheck")
        self.customerDisplayCheck.setChecked(settings.customer_display)
        self.customerDisplayCheck.toggled.connect(self._enable)
        self.screenLabel = PlainLabel()
        self.customerDisplayScreenCombo = TouchComboBox(objectName="customerDisplayScreenCombo")
        self.customerDisplayScreenCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.customerDisplayScreenCombo.setMinimumContentsLength(16)
        self.screenLabel.setBuddy(self.customerDisplayScreenCombo)
        self.customerDisplayWindowedCheck = QCheckBox(objectName="customerDisplayWindowedCheck")
        self.customerDisplayWindowedCheck.setChecked(settings.customer_display_windowed)
        self.windowedHint = hint_label("customerDisplayWindowedHint")
        self.displayHint = hint_label("customerDisplayHint")
        form = Form(self)
        form.add(None, self.customerDisplayCheck, self.displayHint)
        form.add(self.screenLabel, self.customerDisplayScreenCombo)
        form.add(None, self.customerDisplayWindowedCheck, self.windowedHint)
        self._enable()
        self.retranslate()

    def _enable(self) -> None:
        on = self.customerDisplayCheck.isChecked()
        for widget in (self.screenLabel, self.customerDisplayScreenCombo, self.customerDisplayWindowedCheck):
            widget.setEnabled(on)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Customer display"))
        self.customerDisplayCheck.setText(self.tr("Show the &customer display"))
        self.displayHint.setText(
            self.tr("A screen facing the buyer shows the cart, the total and the payment QR.")
        )
        self.screenLabel.setText(self.tr("&Screen:"))
        self._fill_screens()
        self.customerDisplayWindowedCheck.setText(self.tr("Show it in a &window"))
        self.windowedHint.setText(
            self.tr("For a till with one screen: a window you can move, instead of a second full screen.")
        )
        self.setAccessibleName(self.title())
        self.customerDisplayCheck.setAccessibleName(self.tr("Customer display"))
        self.customerDisplayCheck.setAccessibleDescription(self.displayHint.text())
        self.displayHint.setAccessibleName(self.tr("Customer display hint"))
        self.customerDisplayScreenCombo.setAccessibleName(self.tr("Screen for the customer display"))
        self.customerDisplayWindowedCheck.setAccessibleName(self.tr("Customer display in a window"))
        self.customerDisplayWindowedCheck.setAccessibleDescription(self.windowedHint.text())
        self.windowedHint.setAccessibleName(self.tr("Window hint"))

    def _fill_screens(self) -> None:
        combo = self.customerDisplayScreenCombo
        if combo.count():
            self._screen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Second screen (automatic)"), "")
        names = self._screens()
        for name in names:
            combo.addItem(name, name)
        if self._screen and self._screen not in names:
            # Unplugged today is not gone: keep the owner's choice until they pick another.
            combo.addItem(self.tr("%1 (not connected)").replace("%1", self._screen), self._screen)
        combo.setCurrentIndex(max(0, combo.findData(self._screen)))

    def apply(self, settings: AppSettings) -> AppSettings:
        return replace(
            settings,
            customer_display=self.customerDisplayCheck.isChecked(),
            customer_display_screen=self.customerDisplayScreenCombo.currentData(),
            customer_display_windowed=self.customerDisplayWindowedCheck.isChecked(),
        )
