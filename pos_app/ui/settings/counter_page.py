"""The Counter page: this till (name, language, training mode, day cut) and getting paid at it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pos_app.domain.payment_methods import CASH_CARRIERS, cash_carrier
from pos_app.languages import available_languages
from pos_app.settings import AppSettings
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.touch_combo import TouchComboBox
from pos_app.ui.payment.labels import payment_label
from pos_app.ui.settings.form import TOUCH, Form, hint_label, show_status, status_label

TERMINAL_NAME_MAX = 40
WALK_IN_NAME_MAX = 60

Message = Callable[[], str]


@dataclass(frozen=True, slots=True)
class StoreMethods:
    """The store the till sells for now, and the payment methods it accepts."""

    name: str
    methods: tuple[str, ...]


class CounterPage(RetranslateOnLanguageChange, QWidget):
    def __init__(self, settings: AppSettings, store: StoreMethods | None = None) -> None:
        super().__init__(objectName="counterPage")
        self._store = store
        self._build()
        self._load(settings)
        self.retranslate()

    def _build(self) -> None:
        self.terminalNameEdit = QLineEdit(objectName="terminalNameEdit", maxLength=TERMINAL_NAME_MAX)
        self.terminalHint = hint_label("terminalHint")
        self.languageCombo = TouchComboBox(objectName="languageCombo")
        for language in available_languages():
            self.languageCombo.addItem(language.native_name, language.code)
        self.trainingModeCheck = QCheckBox(objectName="trainingModeCheck")
        self.trainingHint = hint_label("trainingHint")
        # A list of half hours rather than a time editor: picked with one tap, never invalid.
        self.dayCutCombo = TouchComboBox(objectName="dayCutCombo")
        self.dayCutCombo.setMinimumWidth(120)
        self.dayCutCombo.setMaxVisibleItems(12)
        self.dayCutHint = hint_label("dayCutHint")

        self.cashMethodCombo = TouchComboBox(objectName="cashMethodCombo")
        self.cashMethodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cashMethodHint = hint_label("cashMethodHint")
        # What the choice means in the store on the till now; why cash is missing there, if it is.
        self.cashMethodStatus = status_label("cashMethodStatus")
        self.cashMethodCombo.currentIndexChanged.connect(self._show_cash_status)
        self.walkInNameEdit = QLineEdit(objectName="walkInNameEdit", maxLength=WALK_IN_NAME_MAX)
        self.walkInHint = hint_label("walkInHint")
        self.transferAccountsEdit = QPlainTextEdit(objectName="transferAccountsEdit")
        self.transferAccountsEdit.setTabChangesFocus(True)  # Tab leaves the box, as in every field
        self.transferAccountsEdit.setFixedHeight(3 * TOUCH)
        self.transferAccountsHint = hint_label("transferAccountsHint")

        self.counterGroup = QGroupBox(objectName="counterGroup")
        counter = Form(self.counterGroup, stacked=True)
        self.terminalLabel, self.languageLabel, self.dayCutLabel = PlainLabel(), PlainLabel(), PlainLabel()
        self.terminalLabel.setBuddy(self.terminalNameEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.dayCutLabel.setBuddy(self.dayCutCombo)
        counter.add(self.terminalLabel, self.terminalNameEdit, self.terminalHint)
        counter.add(self.languageLabel, self.languageCombo)
        counter.add(None, self.trainingModeCheck, self.trainingHint)
        day_row = QHBoxLayout()
        day_row.addWidget(self.dayCutCombo)
        day_row.addStretch(1)
        counter.add(self.dayCutLabel, day_row, self.dayCutHint)
        counter.grid.setRowStretch(counter.grid.rowCount(), 1)

        self.paymentGroup = QGroupBox(objectName="paymentGroup")
        payment = Form(self.paymentGroup, stacked=True)
        self.cashMethodLabel, self.walkInLabel, self.transferLabel = PlainLabel(), PlainLabel(), PlainLabel()
        self.cashMethodLabel.setBuddy(self.cashMethodCombo)
        self.walkInLabel.setBuddy(self.walkInNameEdit)
        self.transferLabel.setBuddy(self.transferAccountsEdit)
        payment.add(self.cashMethodLabel, self.cashMethodCombo, self.cashMethodHint, self.cashMethodStatus)
        payment.add(self.walkInLabel, self.walkInNameEdit, self.walkInHint)
        payment.add(self.transferLabel, self.transferAccountsEdit, self.transferAccountsHint)
        payment.grid.setRowStretch(payment.grid.rowCount(), 1)

        # Two columns: one long column would not fit under the tabs of a 768 px high screen.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counterGroup, 1)
        layout.addWidget(self.paymentGroup, 1)

    def _load(self, settings: AppSettings) -> None:
        self.terminalNameEdit.setText(settings.terminal_name)
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(settings.language)))
        self.trainingModeCheck.setChecked(settings.training_mode)
        times = [f"{minutes // 60:02d}:{minutes % 60:02d}" for minutes in range(0, 24 * 60, 30)]
        if settings.day_cut not in times:  # a quarter past, from a hand-edited file
            times = sorted([*times, settings.day_cut])
        for time in times:
            self.dayCutCombo.addItem(time, time)
        self.dayCutCombo.setCurrentIndex(max(0, self.dayCutCombo.findData(settings.day_cut)))
        # A method from a hand-edited file stays what it is until the owner picks another.
        self._cash_codes = ["", *CASH_CARRIERS]
        if settings.cash_method not in self._cash_codes:
            self._cash_codes.append(settings.cash_method)
        self._cash_method = settings.cash_method
        self.walkInNameEdit.setText(settings.walk_in_name)
        self.transferAccountsEdit.setPlainText(settings.transfer_accounts_text)

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.counterGroup.setTitle(self.tr("This counter"))
        self.terminalLabel.setText(self.tr("&Counter name:"))
        self.terminalHint.setText(self.tr("Saved with every order, so you can tell the counters apart."))
        self.languageLabel.setText(self.tr("&Language:"))
        self.trainingModeCheck.setText(self.tr("Training &mode"))
        self.trainingHint.setText(
            self.tr("Practise with made-up products and orders; nothing is sent to Scalev.")
        )
        self.dayCutLabel.setText(self.tr("The business &day starts at:"))
        self.dayCutHint.setText(
            self.tr("When does the business day start? A shop open past midnight can cut at 04:00.")
        )
        self.paymentGroup.setTitle(self.tr("Getting paid"))
        self.cashMethodLabel.setText(self.tr("Record cash &sales as:"))
        self._fill_cash_methods()
        self.cashMethodHint.setText(
            self.tr(
                "Scalev has no cash method: a cash sale is recorded with this method and marked paid. "
                "If the store does not accept it, the automatic choice is used."
            )
        )
        self.walkInLabel.setText(self.tr("&Name for a buyer who gives none:"))
        self.walkInNameEdit.setPlaceholderText(self.tr("Empty: the cashier must type a name"))
        self.walkInHint.setText(self.tr("Scalev needs a name on every order. Leave empty to always ask."))
        self.transferLabel.setText(self.tr("&Bank accounts for transfers:"))
        self.transferAccountsEdit.setPlaceholderText(self.tr("BCA 1234567890 a.n. Toko Nusantara"))
        self.transferAccountsHint.setText(
            self.tr(
                "Shown to the buyer who pays by bank transfer when the API key may not read the "
                "store's accounts. One account per line."
            )
        )

        for field, name, hint in (
            (self.terminalNameEdit, self.tr("Counter name"), self.terminalHint),
            (self.languageCombo, self.tr("Language"), None),
            (self.trainingModeCheck, self.tr("Training mode"), self.trainingHint),
            (self.dayCutCombo, self.tr("Start of the business day"), self.dayCutHint),
            (self.cashMethodCombo, self.tr("Payment method for cash sales"), self.cashMethodHint),
            (self.walkInNameEdit, self.tr("Name for a buyer who gives none"), self.walkInHint),
            (self.transferAccountsEdit, self.tr("Bank accounts for transfers"), self.transferAccountsHint),
        ):
            field.setAccessibleName(name)
            field.setAccessibleDescription(hint.text() if hint is not None else "")
        self.terminalHint.setAccessibleName(self.tr("Counter name hint"))
        self.trainingHint.setAccessibleName(self.tr("Training mode hint"))
        self.dayCutHint.setAccessibleName(self.tr("Business day hint"))
        self.cashMethodHint.setAccessibleName(self.tr("Cash method hint"))
        self.cashMethodStatus.setAccessibleName(self.tr("Cash sales in this store"))
        self.walkInHint.setAccessibleName(self.tr("Buyer name hint"))
        self.transferAccountsHint.setAccessibleName(self.tr("Bank accounts hint"))
        self.counterGroup.setAccessibleName(self.counterGroup.title())
        self.paymentGroup.setAccessibleName(self.paymentGroup.title())

    def _fill_cash_methods(self) -> None:
        if self.cashMethodCombo.count():
            self._cash_method = self.cashMethodCombo.currentData()
        self.cashMethodCombo.clear()
        for code in self._cash_codes:
            text = payment_label(code) if code else self.tr("Automatic: No payment, else Bank transfer")
            self.cashMethodCombo.addItem(text, code)
        self.cashMethodCombo.setCurrentIndex(max(0, self.cashMethodCombo.findData(self._cash_method)))
        self._show_cash_status()

    def _show_cash_status(self) -> None:
        store = self._store
        if store is None:
            show_status(self.cashMethodStatus, "")
            return
        carrier = cash_carrier(store.methods, self.cashMethodCombo.currentData())
        if carrier is None:
            text = self.tr(
                "Cash cannot be offered in {store}: it accepts none of {methods}. Turn one of "
                "them on for the store in Scalev."
            ).format(store=store.name, methods=", ".join(payment_label(code) for code in CASH_CARRIERS))
            show_status(self.cashMethodStatus, text, "warning")
        else:
            text = self.tr("In {store}, cash sales are recorded as {method}.").format(
                store=store.name, method=payment_label(carrier)
            )
            show_status(self.cashMethodStatus, text, "ok")

    # --- saving --------------------------------------------------------------------------

    def problem(self) -> Message | None:
        if not self.terminalNameEdit.text().strip():
            return lambda: self.tr("Give this counter a name, for example KASIR-01.")
        return None

    def focus_problem(self) -> None:
        self.terminalNameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def training_mode(self) -> bool:
        return self.trainingModeCheck.isChecked()

    def language(self) -> str:
        return self.languageCombo.currentData()

    def apply(self, settings: AppSettings) -> AppSettings:
        return replace(
            settings,
            terminal_name=self.terminalNameEdit.text().strip(),
            language=self.language(),
            training_mode=self.training_mode(),
            day_cut=self.dayCutCombo.currentData(),
            cash_method=self.cashMethodCombo.currentData(),
            walk_in_name=self.walkInNameEdit.text().strip(),
            transfer_accounts_text=self.transferAccountsEdit.toPlainText().strip(),
        )
