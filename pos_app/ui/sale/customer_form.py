"""Customer name, phone and email with inline errors, and the payment method."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.customer import Customer, CustomerField, CustomerProblem, check_customer
from pos_app.domain.phone import PhoneError, normalize_phone
from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.style import set_style_property
from pos_app.ui.common.touch_combo import TouchComboBox
from pos_app.ui.payment.labels import payment_label


class CustomerForm(RetranslateOnLanguageChange, QWidget):
    changed = Signal()
    paymentMethodChanged = Signal(str)
    phoneEdited = Signal(str)  # to look up this till's earlier buyers with that number

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = PlainLabel(objectName="paneTitle")
        self.name = QLineEdit(objectName="customerName")
        self.phone = QLineEdit(objectName="customerPhone")
        self.email = QLineEdit(objectName="customerEmail")
        self.payment = TouchComboBox(objectName="paymentMethod")
        self.name_error = WrappingLabel(None, "customerNameError")
        self.phone_error = WrappingLabel(None, "customerPhoneError")
        self.email_error = WrappingLabel(None, "customerEmailError")
        self.payment_error = WrappingLabel(None, "paymentMethodError")
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
        self._walk_in_name = ""
        self._shipped = False
        # The number as the cashier typed it stays; the 62… form Scalev gets is shown beside it.
        self.phone_normalized = PlainLabel(objectName="customerPhoneNormalized")
        self.suggestion = QPushButton(objectName="customerSuggestion")
        self.suggestion.setAutoDefault(False)
        self.suggestion.hide()
        self.suggestion.clicked.connect(self._use_suggestion)
        self._suggested: tuple[str, str] | None = None

        self.name_label, self.phone_label, self.email_label, self.payment_label = (
            PlainLabel(), PlainLabel(), PlainLabel(), PlainLabel(),
        )  # fmt: skip
        # Two columns, labels above the fields: four fields in the height of two, so the
        # cart keeps its lines on a 768-pixel screen.
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(2)
        form.setColumnStretch(0, 1)
        form.setColumnStretch(1, 1)
        under_phone = QVBoxLayout()
        under_phone.setSpacing(0)
        under_phone.addWidget(self.phone_error)
        under_phone.addWidget(self.phone_normalized)
        rows: list[tuple[QWidget | QVBoxLayout, QWidget | QVBoxLayout]] = [
            (self.name_label, self.phone_label),
            (self.name, self.phone),
            (self.name_error, under_phone),
        ]
        for row, (left, right) in enumerate(rows):
            for column, item in enumerate((left, right)):
                if isinstance(item, QWidget):
                    form.addWidget(item, row, column)
                else:
                    form.addLayout(item, row, column)
        form.addWidget(self.suggestion, 3, 0, 1, 2)
        form.addWidget(self.email_label, 4, 0)
        form.addWidget(self.payment_label, 4, 1)
        form.addWidget(self.email, 5, 0)
        form.addWidget(self.payment, 5, 1)
        form.addWidget(self.email_error, 6, 0)
        form.addWidget(self.payment_error, 6, 1)
        self.phone_normalized.setProperty("role", "hint")
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
        self.phone.textEdited.connect(self._phone_edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customer"))
        self.name_label.setText(self.tr("&Name"))
        self.phone_label.setText(self.tr("&Phone / WhatsApp"))
        self.email_label.setText(self.tr("E&mail"))
        self.payment_label.setText(self.tr("Pa&yment"))
        if self._walk_in_name:
            self.name.setPlaceholderText(self.tr("empty = {name}").format(name=self._walk_in_name))
        else:
            self.name.setPlaceholderText(self.tr("Customer name (required)"))
        if self._shipped:
            self.phone.setPlaceholderText(self.tr("0812… (needed: the courier calls it)"))
            self.email.setPlaceholderText(self.tr("optional"))
        else:
            self.phone.setPlaceholderText(self.tr("0812… or an email below"))
            self.email.setPlaceholderText(self.tr("or a phone above"))
        self.phone_normalized.setAccessibleName(self.tr("Phone number as sent to Scalev"))
        self.suggestion.setAccessibleName(self.tr("Use the details of this buyer's earlier sale"))
        self._show_suggestion()
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
    def set_requirements(self, *, walk_in_name: str, shipped: bool) -> None:
        """Who may buy without a name (walk-in) and whether the cart is shipped (phone needed)."""
        if (walk_in_name, shipped) == (self._walk_in_name, self._shipped):
            return
        self._walk_in_name = walk_in_name
        self._shipped = shipped
        self.retranslate()
        self.changed.emit()

    def _check(self):
        return check_customer(
            self.name.text(),
            self.phone.text(),
            self.email.text(),
            walk_in_name=self._walk_in_name,
            shipped=self._shipped,
        )

    def customer(self) -> Customer | None:
        customer, _problems = self._check()
        return customer if not self._server_errors else None

    # -- an earlier buyer with this number ----------------------------------------------------
    def show_suggestions(self, candidates: list[tuple[str, str]]) -> None:
        """(name, email) of earlier sales to the typed phone; the newest is offered."""
        self._suggested = candidates[0] if candidates else None
        self._show_suggestion()

    def _show_suggestion(self) -> None:
        suggested = self._suggested
        if suggested is None or (self.name.text().strip() == suggested[0] and not suggested[1]):
            self.suggestion.hide()
            return
        name, email = suggested
        text = self.tr("Use: {name}").format(name=name) + (f" · {email}" if email else "")
        self.suggestion.setText(text)
        self.suggestion.show()

    def _use_suggestion(self) -> None:
        if self._suggested is None:
            return
        name, email = self._suggested
        self.name.setText(name)
        if email and not self.email.text().strip():
            self.email.setText(email)
        self._suggested = None
        self.suggestion.hide()

    def _phone_edited(self, text: str) -> None:
        self._suggested = None
        self.suggestion.hide()
        self.phone_normalized.setText(self._normalized_phone(text))
        self.phoneEdited.emit(text)

    @staticmethod
    def _normalized_phone(text: str) -> str:
        try:
            normalized = normalize_phone(text)
        except PhoneError:
            return ""
        return "" if normalized == "".join(text.split()) else f"→ {normalized}"

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
        _customer, problems = self._check()
        for key, (edit, _error) in self.fields.items():
            if key in problems or key in self._server_errors:
                return edit
        return None

    def set_typed(self, name: str, phone: str, email: str, payment_method: str = "") -> None:
        """Fill the fields as a cashier typed them earlier (a resumed sale)."""
        self.name.setText(name)
        self.phone.setText(phone)
        self.phone_normalized.setText(self._normalized_phone(phone))
        self.email.setText(email)
        row = self.payment.findData(payment_method) if payment_method else -1
        if row >= 0:
            self.payment.setCurrentIndex(row)
        self.changed.emit()

    def clear(self) -> None:
        for edit, _error in self.fields.values():
            edit.clear()
        self.phone_normalized.clear()
        self._suggested = None
        self.suggestion.hide()
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
        self._show_errors()

    def _show_errors(self) -> None:
        _customer, problems = self._check()
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
            CustomerProblem.CONTACT_MISSING: self.tr(
                "Enter a phone number or an email: the digital item is sent there."
            ),
            CustomerProblem.PHONE_NEEDED_FOR_SHIPPING: self.tr(
                "Enter the customer's phone number: the courier calls it."
            ),
            CustomerProblem.PHONE_NOT_DIGITS: self.tr("A phone number has only digits, spaces and dashes."),
            CustomerProblem.PHONE_NOT_INDONESIAN: self.tr("Use an Indonesian number: 08…, +62… or 62…"),
            CustomerProblem.PHONE_TOO_SHORT: self.tr("This phone number is too short."),
            CustomerProblem.PHONE_TOO_LONG: self.tr("This phone number is too long."),
        }
        return texts[problem]
