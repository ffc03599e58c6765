"""Plain-language sentences the shipping dialog shows, in one translatable place.

Texts are built when shown (never stored translated), so a language switch re-renders them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    AuthError,
    ForbiddenError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
    ValidationError,
)

STAGES = ("locations", "more_locations", "postal", "warehouses", "couriers")


def _fill(template: str, *values: object) -> str:
    # Qt's %1 placeholders, so translators can reorder them.
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return template


class ShippingTexts(QObject):
    def failed(self, stage: str) -> str:
        return {
            "locations": self.tr("Could not search districts."),
            "more_locations": self.tr("Could not load more districts."),
            "postal": self.tr("Could not load postal codes."),
            "warehouses": self.tr("Could not find a warehouse."),
            "couriers": self.tr("Could not get courier prices."),
        }.get(stage, self.tr("Something failed."))

    def cause(self, exc: ApiError) -> str:
        if isinstance(exc, NetworkError):
            return self.tr(
                "Scalev cannot be reached: check the internet connection, then press Retry. Everything you typed is kept."  # noqa: E501 - one literal for lupdate
            )
        if isinstance(exc, ApiTimeoutError):
            return self.tr("Scalev did not answer in time. Press Retry; everything you typed is kept.")
        if isinstance(exc, RateLimitedError):
            return _fill(
                self.tr("Too many requests just now. Wait %1 seconds, then press Retry."),
                max(1, round(exc.retry_after)),
            )
        if isinstance(exc, AuthError):
            return self.tr("Scalev refused the API key. Ask a supervisor to check the settings.")
        if isinstance(exc, ForbiddenError):
            return self.tr("This API key may not quote shipping. Ask a supervisor to check its permissions.")
        if isinstance(exc, ValidationError | NotFoundError):
            return _fill(self.tr("Scalev did not accept the request: %1"), exc.message)
        if isinstance(exc, ServerError):
            return self.tr("Scalev had a problem on its side. Press Retry in a moment.")
        if isinstance(exc, ResponseFormatError):
            return self.tr("Scalev sent an answer this app cannot read. Press Retry, or call support.")
        return self.tr("Something went wrong. Press Retry.")

    def no_location(self, query: str) -> str:
        return _fill(
            self.tr("No district matches “%1”. Check the spelling, or type only the district name."), query
        )

    def no_warehouse(self, district: str) -> str:
        return _fill(
            self.tr("No warehouse can ship this cart to %1. Check the stock, or choose another district."),
            district,
        )

    def no_courier(self, warehouse: str, district: str) -> str:
        return _fill(
            self.tr(
                "No courier delivers from %1 to %2 with this payment method. Choose another warehouse, or change the payment method."  # noqa: E501 - one literal for lupdate
            ),
            warehouse,
            district,
        )

    def busy(self, stage: str) -> str:
        return {
            "locations": self.tr("Searching districts…"),
            "more_locations": self.tr("Loading more districts…"),
            "postal": self.tr("Loading postal codes…"),
            "warehouses": self.tr("Finding the warehouse…"),
            "couriers": self.tr("Getting courier prices…"),
        }.get(stage, "")

    def type_more(self) -> str:
        return self.tr("Type at least 3 letters of the district.")

    def postal_invalid(self) -> str:
        return self.tr("A postal code has 5 digits.")

    def missing(self, parts: list[str]) -> str:
        return _fill(self.tr("Still needed: %1."), ", ".join(parts))

    def ready(self) -> str:
        return self.tr("Ready. Press Enter or “Use this shipping”.")

    def part(self, name: str) -> str:
        return {
            "address": self.tr("street address"),
            "district": self.tr("district"),
            "postal": self.tr("postal code"),
            "postal_invalid": self.tr("a 5-digit postal code"),
            "warehouse": self.tr("warehouse"),
            "courier": self.tr("courier"),
        }[name]

    def chosen_location(self, display: str | None) -> str:
        if not display:
            return self.tr("No district chosen yet.")
        return _fill(self.tr("Chosen: %1"), display)

    def summary(self, label: str, cost: str, etd: str, total: str) -> str:
        if etd:
            line = _fill(self.tr("Shipping: %1 · %2 · %3"), label, cost, etd)
        else:
            line = _fill(self.tr("Shipping: %1 · %2"), label, cost)
        return line + "\n" + _fill(self.tr("Total with shipping: %1"), total)

    def no_summary(self) -> str:
        return self.tr("Choose a courier to see the shipping cost.")

    def title(self) -> str:
        return self.tr("Shipping")
