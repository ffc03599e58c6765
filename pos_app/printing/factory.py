"""From the settings (spec string, paper, language) to a :class:`ReceiptPrinter`."""

from __future__ import annotations

from pos_app.domain.receipt_layout import Paper
from pos_app.domain.receipt_texts import DEFAULT_RECEIPT_LANGUAGE
from pos_app.printing.receipt_printer import DEFAULT_TIMEOUT_S, ReceiptPrinter, SlipFormat
from pos_app.printing.spec import PdfSpec, PrinterSpec, SystemSpec, parse_printer_spec


def create_printer(
    spec: str | PrinterSpec,
    *,
    paper: Paper = Paper.MM80,
    language: str = DEFAULT_RECEIPT_LANGUAGE,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> ReceiptPrinter:
    """The printer for ``spec``; nothing is opened until the first print.

    Raises :class:`pos_app.printing.errors.PrinterSpecError` for a malformed spec and
    ``ValueError`` for an unknown language. ``timeout`` bounds every connect and write of an
    ESC/POS printer. Each kind's modules are imported only when a printer of that kind is
    made (QtPrintSupport) or first prints (python-escpos), so start-up does not pay for them.
    """
    parsed = parse_printer_spec(spec) if isinstance(spec, str) else spec
    slip = SlipFormat(paper, language)
    if isinstance(parsed, PdfSpec):
        from pos_app.printing.pdf_printer import PdfReceiptPrinter

        return PdfReceiptPrinter(parsed.directory, slip)
    if isinstance(parsed, SystemSpec):
        from pos_app.printing.system_printer import SystemReceiptPrinter

        return SystemReceiptPrinter(parsed.printer_name, slip)
    from pos_app.printing.escpos_printer import EscposReceiptPrinter

    return EscposReceiptPrinter(parsed, slip, timeout=timeout)
