"""The shift and day report as CSV and as lines for a 32- or 48-column receipt printer.

Both read only :class:`~pos_app.domain.sales_report.SalesReport` properties, so the paper,
the file and any screen show the same numbers.
"""

from __future__ import annotations

import csv
import io
import textwrap
from collections.abc import Iterator
from datetime import datetime

from pos_app.domain.money import format_rupiah
from pos_app.domain.sales_report import (
    DrawerSummary,
    ReportKind,
    SaleRecord,
    SalesReport,
    SaleState,
    method_group,
    method_group_label,
)
from pos_app.domain.shift import CASH_LABELS, MOVEMENT_LABELS, CashMovement, CashPartKey, Language

_TEXT: dict[str, dict[Language, str]] = {
    "shift_title": {"id": "LAPORAN SHIFT", "en": "SHIFT REPORT"},
    "day_title": {"id": "LAPORAN HARIAN", "en": "DAY REPORT"},
    "provisional": {"id": "*** SEMENTARA ***", "en": "*** PROVISIONAL ***"},
    "not_refreshed": {"id": "Status pembayaran belum diperbarui", "en": "Payment statuses not refreshed"},
    "still_open": {"id": "Shift masih buka", "en": "Shift still open"},
    "day_not_over": {"id": "Hari belum selesai", "en": "The day is not over"},
    "shift": {"id": "Shift", "en": "Shift"},
    "cashier": {"id": "Kasir", "en": "Cashier"},
    "opened": {"id": "Buka", "en": "Opened"},
    "closed": {"id": "Tutup", "en": "Closed"},
    "day": {"id": "Hari", "en": "Day"},
    "from": {"id": "Dari", "en": "From"},
    "until": {"id": "Sampai", "en": "Until"},
    "printed": {"id": "Dicetak", "en": "Printed"},
    "sales": {"id": "Penjualan", "en": "Sales"},
    "gross": {"id": "Bruto", "en": "Gross"},
    "paid": {"id": "Lunas", "en": "Paid"},
    "unpaid": {"id": "Belum bayar", "en": "Unpaid"},
    "discounts": {"id": "Diskon", "en": "Discounts"},
    "canceled": {"id": "Batal", "en": "Canceled"},
    "by_method": {"id": "PER METODE BAYAR", "en": "BY PAYMENT METHOD"},
    "cash": {"id": "KAS", "en": "CASH"},
    "coins": {"id": "Koin", "en": "Coins"},
    "note": {"id": "Catatan", "en": "Note"},
    "movements": {"id": "Kas masuk/keluar", "en": "Pay-ins/outs"},
    "total": {"id": "Total", "en": "Total"},
    "none": {"id": "(tidak ada)", "en": "(none)"},
}

# 58 mm paper prints 32 columns, 80 mm paper 42 or 48; much narrower and amounts would split.
MIN_COLUMNS = 24


def _t(key: str, language: Language) -> str:
    return _TEXT[key][language]


def _local(report: SalesReport, moment: datetime) -> datetime:
    return moment.astimezone(report.tz)


def _iso(report: SalesReport, moment: datetime) -> str:
    return _local(report, moment).isoformat(timespec="seconds")


def _shown(moment: datetime) -> str:
    return moment.strftime("%d-%m-%Y %H:%M")


# --- CSV ----------------------------------------------------------------------------------

CSV_COLUMNS = (
    "section", "shift", "receipt", "order_number", "time", "store", "item", "label", "state",
    "count", "gross", "paid", "unpaid", "discount", "canceled", "tendered", "change", "amount", "note",
)  # fmt: skip


def _cell(value: object) -> object:
    # A spreadsheet runs a cell that starts with = + - @ as a formula; names and notes are typed
    # by people, so such text is quoted. Numbers stay numbers.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _sale_row(report: SalesReport, sale: SaleRecord, language: Language) -> dict[str, object]:
    group = method_group(sale.method)
    counted = sale.is_sale
    return {
        "section": "sale",
        "shift": sale.shift_id or "",
        "receipt": sale.receipt,
        "order_number": sale.order_number or "",
        "time": _iso(report, sale.created_at),
        "store": sale.store_name,
        "item": sale.method,
        "label": method_group_label(group, language),
        "state": sale.state.value,
        "count": int(counted),
        "gross": sale.total if counted else 0,
        "paid": sale.total if sale.state is SaleState.PAID else 0,
        "unpaid": sale.total if sale.state is SaleState.UNPAID else 0,
        "discount": sale.discount if counted else 0,
        "canceled": 0 if counted else sale.total,
        "tendered": "" if sale.tendered is None else sale.tendered,
        "change": "" if sale.change is None else sale.change,
    }


def _drawer_rows(drawer: DrawerSummary, language: Language) -> Iterator[dict[str, object]]:
    def row(item: str, amount: int, note: str = "") -> dict[str, object]:
        label = CASH_LABELS[item][language]
        return {
            "section": "cash",
            "shift": drawer.shift.id,
            "item": item,
            "label": label,
            "amount": amount,
            "note": note,
        }

    for part in drawer.expected.parts:
        yield row(part.key.value, part.signed_amount)
    yield row("expected", drawer.expected.total)
    if drawer.counted is not None and drawer.difference is not None:
        yield row("counted", drawer.counted)
        yield row("difference", drawer.difference, drawer.shift.note or "")


def _summary_rows(report: SalesReport, language: Language) -> Iterator[dict[str, object]]:
    for m in report.methods:
        yield {
            "section": "method",
            "item": m.group,
            "label": method_group_label(m.group, language),
            "count": m.count,
            "gross": m.total,
            "paid": m.paid,
            "unpaid": m.unpaid,
            "discount": m.discount,
        }
    yield {
        "section": "total",
        "label": _t("total", language),
        "count": report.sales_count,
        "gross": report.gross,
        "paid": report.paid,
        "unpaid": report.unpaid,
        "discount": report.discounts,
        "canceled": report.canceled_total,
    }


def _movement_row(report: SalesReport, m: CashMovement, language: Language) -> dict[str, object]:
    return {
        "section": "movement",
        "shift": m.shift_id,
        "time": _iso(report, m.at),
        "item": m.kind.value,
        "label": MOVEMENT_LABELS[m.kind][language],
        "amount": m.signed_amount,
        "note": m.reason,
    }


def report_csv(report: SalesReport, language: Language = "id") -> str:
    """The report as CSV text (write it as UTF-8); money columns are plain integers.

    Sections, in this order: ``report`` (one row: kind, final or provisional, when made);
    ``sale`` (one row per order, canceled ones too); ``method`` (one per payment method
    group); ``total``; ``movement`` (pay-ins +, pay-outs −); ``cash`` (per shift: the signed
    parts of the expected cash, then expected, counted and difference). Summing ``count``,
    ``gross``, ``paid``, ``unpaid``, ``discount`` and ``canceled`` over the ``sale`` rows, or
    over the ``method`` rows, gives the ``total`` row; a canceled order counts 0 and its
    amount is under ``canceled``. A shift's signed cash parts add up to its ``expected``.
    """
    rows: list[dict[str, object]] = [
        {
            "section": "report",
            "shift": report.shift.id if report.shift else "",
            "time": _iso(report, report.generated_at),
            "item": report.kind.value,
            "label": _title(report, language),
            "state": "final" if report.is_final else "provisional",
        }
    ]
    rows += [_sale_row(report, sale, language) for sale in report.sales]
    rows += _summary_rows(report, language)
    rows += [_movement_row(report, m, language) for m in report.movements]
    for drawer in report.drawers:
        rows += _drawer_rows(drawer, language)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, restval="")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
    return out.getvalue()


# --- receipt printer lines ----------------------------------------------------------------


def _title(report: SalesReport, language: Language) -> str:
    return _t("shift_title" if report.kind is ReportKind.SHIFT else "day_title", language)


def _clean(text: str) -> str:
    # People type names and notes; a newline or tab would break the printer's columns.
    return " ".join(text.split())


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    lines = textwrap.wrap(_clean(text), width, initial_indent=indent, subsequent_indent=indent)
    return lines or [indent.rstrip()]


def _pair(label: str, value: str, width: int) -> list[str]:
    """``label`` left, ``value`` right-aligned; too long for one line: the value on its own."""
    indent = label[: len(label) - len(label.lstrip(" "))]  # ours, e.g. "  Lunas" under "Bruto"
    label, value = indent + _clean(label), _clean(value)
    if len(label) + 1 + len(value) <= width:
        return [label + value.rjust(width - len(label))]
    return _wrap(label, width, indent) + [line.rjust(width) for line in _wrap(value, width)]


def _money(label: str, amount: int, width: int) -> list[str]:
    return _pair(label, format_rupiah(amount), width)


class _Paper:
    def __init__(self, width: int) -> None:
        self.width = width
        self.lines: list[str] = []

    def center(self, text: str) -> None:
        self.lines += [line.center(self.width).rstrip() for line in _wrap(text, self.width)]

    def text(self, text: str, indent: str = "") -> None:
        self.lines += _wrap(text, self.width, indent)

    def pair(self, label: str, value: str) -> None:
        self.lines += _pair(label, value, self.width)

    def money(self, label: str, amount: int) -> None:
        self.lines += _money(label, amount, self.width)

    def rule(self) -> None:
        self.lines.append("-" * self.width)


def _header(paper: _Paper, report: SalesReport, language: Language) -> None:
    paper.center(_title(report, language))
    if not report.is_final:
        paper.center(_t("provisional", language))
        if not report.statuses_refreshed:
            paper.center(_t("not_refreshed", language))
        if report.open_shifts:
            paper.center(_t("still_open", language))
        if not report.day_is_over:
            paper.center(_t("day_not_over", language))
    shift = report.shift
    if shift is not None:
        paper.pair(_t("shift", language), f"#{shift.number} {shift.terminal}")
        paper.pair(_t("cashier", language), shift.cashier)
        paper.pair(_t("opened", language), _shown(_local(report, shift.opened_at)))
        closed = "-" if shift.closed_at is None else _shown(_local(report, shift.closed_at))
        paper.pair(_t("closed", language), closed)
    elif report.day is not None and report.end is not None:
        paper.pair(_t("day", language), report.day.strftime("%d-%m-%Y"))
        paper.pair(_t("from", language), _shown(_local(report, report.start)))
        paper.pair(_t("until", language), _shown(_local(report, report.end)))
    paper.pair(_t("printed", language), _shown(_local(report, report.generated_at)))


def _summary(paper: _Paper, report: SalesReport, language: Language) -> None:
    paper.pair(_t("sales", language), str(report.sales_count))
    paper.money(_t("gross", language), report.gross)
    paper.money("  " + _t("paid", language), report.paid)
    paper.money("  " + _t("unpaid", language), report.unpaid)
    paper.money(_t("discounts", language), report.discounts)
    paper.money(f"{_t('canceled', language)} ({len(report.canceled_sales)})", report.canceled_total)


def _methods(paper: _Paper, report: SalesReport, language: Language) -> None:
    paper.text(_t("by_method", language))
    if not report.methods:
        paper.text(_t("none", language))
    for m in report.methods:
        paper.money(f"{method_group_label(m.group, language)} ({m.count})", m.total)
        if m.unpaid:
            paper.money("  " + _t("unpaid", language), m.unpaid)


def _drawer(paper: _Paper, report: SalesReport, drawer: DrawerSummary, language: Language) -> None:
    shift = drawer.shift
    heading = _t("cash", language)
    if report.kind is ReportKind.DAY:
        heading += f" - {_t('shift', language)} #{shift.number} {shift.terminal} ({shift.cashier})"
    paper.text(heading)
    for part in drawer.expected.parts:
        if part.amount or part.key is CashPartKey.FLOAT:
            sign = "" if part.key is CashPartKey.FLOAT else ("+ " if part.sign > 0 else "- ")
            paper.money(sign + CASH_LABELS[part.key][language], part.amount)
    paper.money("= " + CASH_LABELS["expected"][language], drawer.expected.total)
    if drawer.counted is not None and drawer.difference is not None:
        if shift.count is not None:
            for denomination, pieces in shift.count.pieces:
                if pieces:
                    label = f"  {format_rupiah(denomination).removeprefix('Rp ')} x {pieces}"
                    paper.money(label, denomination * pieces)
            if shift.count.coins:
                paper.money("  " + _t("coins", language), shift.count.coins)
        paper.money(CASH_LABELS["counted"][language], drawer.counted)
        paper.money(CASH_LABELS["difference"][language], drawer.difference)
        if shift.note:
            paper.text(f"{_t('note', language)}: {shift.note}")
    if drawer.movements:
        paper.text(_t("movements", language))
        for m in drawer.movements:
            label = f"  {_local(report, m.at):%H:%M} {MOVEMENT_LABELS[m.kind][language]}"
            paper.money(label, m.signed_amount)
            paper.text(m.reason, indent="    ")


def _orders(
    paper: _Paper, report: SalesReport, title: str, sales: tuple[SaleRecord, ...], language: Language
) -> None:
    paper.text(f"{title.upper()} ({len(sales)})")
    for sale in sales:
        paper.money(sale.receipt, sale.total)
        detail = method_group_label(method_group(sale.method), language)
        if sale.order_number:
            detail += f" {sale.order_number}"
        paper.text(f"{_local(report, sale.created_at):%H:%M} {detail}", indent="  ")


def report_lines(report: SalesReport, columns: int, language: Language = "id") -> list[str]:
    """The report for a receipt printer: no line longer than ``columns``, amounts on the right.

    Individual sales are not printed (the CSV has them); the orders someone must act on –
    unpaid and canceled – are.
    """
    if columns < MIN_COLUMNS:
        raise ValueError(f"a report needs at least {MIN_COLUMNS} columns, got {columns}")
    paper = _Paper(columns)
    _header(paper, report, language)
    paper.rule()
    _summary(paper, report, language)
    paper.rule()
    _methods(paper, report, language)
    for drawer in report.drawers:
        paper.rule()
        _drawer(paper, report, drawer, language)
    if report.unpaid_sales:
        paper.rule()
        _orders(paper, report, _t("unpaid", language), report.unpaid_sales, language)
    if report.canceled_sales:
        paper.rule()
        _orders(paper, report, _t("canceled", language), report.canceled_sales, language)
    paper.rule()
    return paper.lines
