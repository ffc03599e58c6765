"""Customer name, phone and email with inline errors, and the payment method."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from pos_app.domain.customer import Customer, CustomerField, CustomerProblem, check_customer
from pos_app.domain.phone import PhoneError, normalize_phone
from pos_app.ui.common.labels import PlainLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.style import set_style_property
from pos_app.ui.payment.labels import payment_label


class CustomerForm(RetranslateOnLanguageChange, QWidget):
    changed = Signal()
    paymentMethodChanged = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = PlainLabel(objectName="paneTitle")
        self.name = QLineEdit(objectName="customerName")
        self.phone = QLineEdit(objectName="customerPhone")
        self.email = QLineEdit(objectName="customerEmail")
        self.payment = QComboBox(objectName="paymentMethod")
        self.name_error = PlainLabel(objectName="customerNameError")
        self.phone_error = PlainLabel(objectName="customerPhoneError")
        self.email_error = PlainLabel(objectName="customerEmailError")
        self.payment_error = PlainLabel(objectName="paymentMethodError")
        self.payment_error.setProperty("kind", "error")
        self.payment_error.setWordWrap(True)
        self.payment_error.hide()
        self.fields = {
            CustomerField.NAME: (self.name, self.name_error),
            CustomerField.PHONE: (self.phone, self.phone_error),
            CustomerField.EMAIL: (self.email, self.email_error),
        }
        self._touched: set[CustomerField] = set()
        self._server_errors: dict[CustomerField, str] = {}

        self.name_label, self.phone_label, self.email_label, self.payment_label = (
            PlainLabel(), PlainLabel(), PlainLabel(), PlainLabel(),
        )  # fmt: skip
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow("", self.name_error)
        form.addRow(self.phone_label, self.phone)
        form.addRow("", self.phone_error)
        form.addRow(self.email_label, self.email)
        form.addRow("", self.email_error)
        form.addRow(self.payment_label, self.payment)
        form.addRow("", self.payment_error)
        for label, widget in (
            (self.name_label, self.name),
            (self.phone_label, self.phone),
            (self.email_label, self.email),
            (self.payment_label, self.payment),
        ):
            label.setBuddy(widget)
        for _field, error in self.fields.values():
            error.setProperty("kind", "error")
            error.setWordWrap(True)
            error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)

        for key, (edit, _error) in self.fields.items():
            edit.textChanged.connect(lambda _text, key=key: self._edited(key))
            edit.editingFinished.connect(lambda key=key: self._touch(key))
        self.payment.currentIndexChanged.connect(self._payment_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customer"))
        self.name_label.setText(self.tr("&Name"))
        self.phone_label.setText(self.tr("&Phone / WhatsApp"))
        self.email_label.setText(self.tr("E&mail"))
        self.payment_label.setText(self.tr("Pa&yment"))
        self.name.setPlaceholderText(self.tr("Customer name (required)"))
        self.phone.setPlaceholderText(self.tr("0812… or +62 812…"))
        self.email.setPlaceholderText(self.tr("optional"))
        self.name.setAccessibleName(self.tr("Customer name"))
        self.phone.setAccessibleName(self.tr("Customer phone or WhatsApp number"))
        self.email.setAccessibleName(self.tr("Customer email"))
        self.payment.setAccessibleName(self.tr("Payment method"))
        for row in range(self.payment.count()):
            self.payment.setItemText(row, payment_label(self.payment.itemData(row)))
        self._show_errors()

    # -- payment methods -------------------------------------------------------------------
    def set_payment_methods(self, codes: list[str]) -> None:
        previous = self.payment_method()
        self.payment.blockSignals(True)
        self.payment.clear()
        for code in codes:
            self.payment.addItem(payment_label(code), code)
        row = self.payment.findData(previous) if previous else -1
        self.payment.setCurrentIndex(row if row >= 0 else (0 if codes else -1))
        self.payment.blockSignals(False)
        self.paymentMethodChanged.emit(self.payment_method())

    def set_payment_error(self, message: str | None) -> None:
        set_style_property(self.payment, "invalid", message is not None)
        self.payment_error.setText(message or "")
        self.payment_error.setVisible(message is not None)
        self.payment.setAccessibleDescription(message or "")

    def _payment_changed(self, _row: int) -> None:
        self.set_payment_error(None)
        self.paymentMethodChanged.emit(self.payment_method())

    def payment_method(self) -> str:
        data = self.payment.currentData()
        return data if isinstance(data, str) else ""

    # -- validation ----------------------------------------------------------------------
    def customer(self) -> Customer | None:
        customer, _problems = check_customer(self.name.text(), self.phone.text(), self.email.text())
        return customer if not self._server_errors else None

    def is_valid(self) -> bool:
        return self.customer() is not None

    def mark_all(self) -> None:
        """Show every problem now (the cashier tried to check out)."""
        self._touched = set(self.fields)
        self._show_errors()

    def set_server_errors(self, errors: dict[CustomerField, str]) -> None:
        """Field messages the server sent back; they stay until the field is edited."""
        self._server_errors = dict(errors)
        self._touched |= set(errors)
        self._show_errors()
        self.changed.emit()

    def first_invalid_field(self) -> QLineEdit | None:
        _customer, problems = check_customer(self.name.text(), self.phone.text(), self.email.text())
        for key, (edit, _error) in self.fields.items():
            if key in problems or key in self._server_errors:
                return edit
        return None

    def clear(self) -> None:
        for edit, _error in self.fields.values():
            edit.clear()
        self._touched.clear()
        self._server_errors.clear()
        self.set_payment_error(None)
        self._show_errors()
        self.changed.emit()

    def _edited(self, key: CustomerField) -> None:
        self._server_errors.pop(key, None)
        if key in self._touched:
            self._show_errors()
        self.changed.emit()

    def _touch(self, key: CustomerField) -> None:
        self._touched.add(key)
        if key is CustomerField.PHONE:
            self._tidy_phone()
        self._show_errors()

    def _tidy_phone(self) -> None:
        # A wrong number stays as typed; the inline error says what is wrong with it.
        with contextlib.suppress(PhoneError):
            self.phone.setText(normalize_phone(self.phone.text()))

    def _show_errors(self) -> None:
        _customer, problems = check_customer(self.name.text(), self.phone.text(), self.email.text())
        for key, (edit, error) in self.fields.items():
            message = self._server_errors.get(key)
            if message is None and key in self._touched and key in problems:
                message = self._problem_text(problems[key])
            set_style_property(edit, "invalid", message is not None)
            error.setText(message or "")
            error.setVisible(message is not None)
            edit.setAccessibleDescription(message or "")

    def _problem_text(self, problem: CustomerProblem) -> str:
        texts = {
            CustomerProblem.NAME_MISSING: self.tr("Enter the customer's name."),
            CustomerProblem.EMAIL_INVALID: self.tr("This email address is not valid."),
            CustomerProblem.PHONE_EMPTY: self.tr("Enter the customer's phone number."),
            CustomerProblem.PHONE_NOT_DIGITS: self.tr("A phone number has only digits, spaces and dashes."),
            CustomerProblem.PHONE_NOT_INDONESIAN: self.tr("Use an Indonesian number: 08…, +62… or 62…"),
            CustomerProblem.PHONE_TOO_SHORT: self.tr("This phone number is too short."),
            CustomerProblem.PHONE_TOO_LONG: self.tr("This phone number is too long."),
        }
        return texts[problem]
