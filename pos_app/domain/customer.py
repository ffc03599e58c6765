"""The buyer's details and their validation, with problems as codes the UI translates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from pos_app.domain.phone import PhoneError, PhoneProblem, normalize_phone

_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


class CustomerField(Enum):
    NAME = "customer_name"
    PHONE = "customer_phone"
    EMAIL = "customer_email"


class CustomerProblem(Enum):
    NAME_MISSING = "name_missing"
    EMAIL_INVALID = "email_invalid"
    # A digital item is delivered to the phone (WhatsApp) or the email: one of them is needed.
    CONTACT_MISSING = "contact_missing"
    # A shipped cart: the courier calls the phone.
    PHONE_NEEDED_FOR_SHIPPING = "phone_needed_for_shipping"
    PHONE_NOT_DIGITS = PhoneProblem.NOT_DIGITS.value
    PHONE_NOT_INDONESIAN = PhoneProblem.NOT_INDONESIAN.value
    PHONE_TOO_SHORT = PhoneProblem.TOO_SHORT.value
    PHONE_TOO_LONG = PhoneProblem.TOO_LONG.value


@dataclass(frozen=True, slots=True)
class Customer:
    name: str
    phone: str = ""  # 62… form, or empty for a walk-in customer who gave none
    email: str = ""


def check_customer(
    name: str, phone: str, email: str, *, walk_in_name: str = "", shipped: bool = False
) -> tuple[Customer | None, dict[CustomerField, CustomerProblem]]:
    """Validate what the cashier typed; return the customer or the problem per field.

    Scalev only requires a name: an empty name becomes ``walk_in_name`` ("Pelanggan umum")
    when the owner set one. A shipped cart needs a phone (the courier calls it); any other
    cart needs a phone or an email, where a digital item is delivered.
    """
    problems: dict[CustomerField, CustomerProblem] = {}
    clean_name = " ".join(name.split()) or " ".join(walk_in_name.split())
    if not clean_name:
        problems[CustomerField.NAME] = CustomerProblem.NAME_MISSING
    normalized_phone = ""
    if phone.strip():
        try:
            normalized_phone = normalize_phone(phone)
        except PhoneError as exc:
            # Only separators so far ("+", "-", "("): something was typed, but no digits.
            # (Mapped, because "empty" is no customer problem: the field is not empty.)
            problem = PhoneProblem.NOT_DIGITS if exc.problem is PhoneProblem.EMPTY else exc.problem
            problems[CustomerField.PHONE] = CustomerProblem(problem.value)
    clean_email = email.strip()
    if clean_email and not _EMAIL.match(clean_email):
        problems[CustomerField.EMAIL] = CustomerProblem.EMAIL_INVALID
    if not phone.strip():
        if shipped:
            problems[CustomerField.PHONE] = CustomerProblem.PHONE_NEEDED_FOR_SHIPPING
        elif not clean_email:
            problems[CustomerField.PHONE] = CustomerProblem.CONTACT_MISSING
    if problems:
        return None, problems
    return Customer(clean_name, normalized_phone, clean_email), {}
