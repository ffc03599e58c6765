"""Human names for Scalev's canonical payment method codes (§5 of the contract)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "PaymentMethod"

_BANKS = {
    "bca": "BCA", "bni": "BNI", "bri": "BRI", "mandiri": "Mandiri", "permata": "Permata",
    "cimb": "CIMB Niaga",
    "bsi": "BSI", "maybank": "Maybank", "bnc": "BNC", "danamon": "Danamon", "artha_graha": "Artha Graha",
    "muamalat": "Muamalat", "btn": "BTN", "ocbc": "OCBC", "bjb": "BJB",
    "sahabat_sampoerna": "Sahabat Sampoerna",
    "artajasa": "Artajasa",
}  # fmt: skip

_LABELS = {
    "qris": QT_TRANSLATE_NOOP("PaymentMethod", "QRIS"),
    "bank_transfer": QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),
    "payment_link": QT_TRANSLATE_NOOP("PaymentMethod", "Payment link"),
    "invoice": QT_TRANSLATE_NOOP("PaymentMethod", "Invoice"),
    "cod": QT_TRANSLATE_NOOP("PaymentMethod", "Cash on delivery (COD)"),
    "card": QT_TRANSLATE_NOOP("PaymentMethod", "Credit or debit card"),
    "alfamart": QT_TRANSLATE_NOOP("PaymentMethod", "Alfamart"),
    "no_payment": QT_TRANSLATE_NOOP("PaymentMethod", "No payment"),
    "marketplace": QT_TRANSLATE_NOOP("PaymentMethod", "Marketplace"),
    "cash": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
    "ovo": "OVO",
    "dana": "DANA",
    "shopeepay": "ShopeePay",
    "linkaja": "LinkAja",
    "gopay": "GoPay",
}
_VA = QT_TRANSLATE_NOOP("PaymentMethod", "Virtual Account {bank}")


def payment_label(code: str) -> str:
    """What the cashier reads for a code; an unknown code is shown as it is."""
    if code.startswith("va_"):
        bank = _BANKS.get(code[3:], code[3:].replace("_", " ").upper())
        return QCoreApplication.translate(_CONTEXT, _VA).format(bank=bank)
    label = _LABELS.get(code)
    if label is None:
        return code
    return QCoreApplication.translate(_CONTEXT, label)
