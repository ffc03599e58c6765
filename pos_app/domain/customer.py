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
    PHONE_EMPTY = PhoneProblem.EMPTY.value
    PHONE_NOT_DIGITS = PhoneProblem.NOT_DIGITS.value
    PHONE_NOT_INDONESIAN = PhoneProblem.NOT_INDONESIAN.value
    PHONE_TOO_SHORT = PhoneProblem.TOO_SHORT.value
    PHONE_TOO_LONG = PhoneProblem.TOO_LONG.value


@dataclass(frozen=True, slots=True)
class Customer:
    name: str
    phone: str  # 62… form
    email: str = ""


def check_customer(
    name: str, phone: str, email: str
) -> tuple[Customer | None, dict[CustomerField, CustomerProblem]]:
    """Validate what the cashier typed; return the customer or the problem per field."""
    problems: dict[CustomerField, CustomerProblem] = {}
    clean_name = " ".join(name.split())
    if not clean_name:
        problems[CustomerField.NAME] = CustomerProblem.NAME_MISSING
    normalized_phone = ""
    try:
        normalized_phone = normalize_phone(phone)
    except PhoneError as exc:
        problems[CustomerField.PHONE] = CustomerProblem(exc.problem.value)
    clean_email = email.strip()
    if clean_email and not _EMAIL.match(clean_email):
        problems[CustomerField.EMAIL] = CustomerProblem.EMAIL_INVALID
    if problems:
        return None, problems
    return Customer(clean_name, normalized_phone, clean_email), {}
