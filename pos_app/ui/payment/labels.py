"""Human names for Scalev's canonical payment method codes (§5 of the contract)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from pos_app.languages import SOURCE_LANGUAGE, qm_path

Translate = Callable[[str, str], str]  # (context, English source) -> text

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


def payment_label(code: str, translate: Translate | None = None) -> str:
    """What the cashier reads for a code; an unknown code is shown as it is. ``translate``
    names it in another language than the cashier's (the customer display's own)."""
    translate = translate or QCoreApplication.translate
    if code.startswith("va_"):
        bank = _BANKS.get(code[3:], code[3:].replace("_", " ").upper())
        return translate(_CONTEXT, _VA).format(bank=bank)
    label = _LABELS.get(code)
    if label is None:
        return code
    return translate(_CONTEXT, label)


_translators: dict[str, QTranslator | None] = {}


def payment_label_in(code: str, language: str) -> str:
    """The method's name in ``language``, whatever the cashier's: a slip the customer keeps
    says "Tunai" even when printed from an English till."""
    if language not in _translators:
        translator: QTranslator | None = None
        if language != SOURCE_LANGUAGE:
            translator = QTranslator()
            if not translator.load(str(qm_path(language))):
                translator = None  # no translation built: English, as every other text then
        _translators[language] = translator
    found = _translators[language]

    def translate(context: str, source: str) -> str:
        return (found.translate(context, source) if found is not None else "") or source

    return payment_label(code, translate)
