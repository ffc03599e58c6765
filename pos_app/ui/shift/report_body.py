"""A SalesReport on screen: the figures, the payment methods, each drawer, and the orders to act on.

Built only from the report's properties (as the printout and the CSV are), so the three agree.
Labels the printout shares (payment methods, cash parts) come from the domain tables in the
UI language; everything else is translated here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.sales_report import DrawerSummary, ReportKind, SaleRecord, SalesReport, method_group
from pos_app.domain.sales_report import method_group_label as group_label
from pos_app.domain.shift import CASH_LABELS, MOVEMENT_LABELS, CashPartKey
from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.money_format import format_money
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.touch import touch_rows
from pos_app.ui.shift.common import difference_text, report_language, set_kind, shift_name, shop_time

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _FittedTable(QTableWidget):
    """A read-only table exactly as tall as its rows: the page scrolls, never the table.

    The height is asked when the layout needs it, not fixed at creation: the header only
    gets its real height once the style sheet is applied.
    """

    def sizeHint(self) -> QSize:
        height = self.horizontalHeader().sizeHint().height() + self.verticalHeader().length()
        return QSize(super().sizeHint().width(), height + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.updateGeometry()
        return super().event(event)


def _table(
    parent: QWidget, name: str, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> QTableWidget:
    table = _FittedTable(len(rows), len(headers), parent, objectName=name)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    # Alternating rows rather than grid lines (as in History): easier to follow a row of
    # amounts across, and a grid line would take a pixel of each 44-px row.
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    touch_rows(table)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = format_money(value) if isinstance(value, int) else str(value)  # counts come as text
            item = QTableWidgetItem(text)  # table items are plain text: data is never markup
            if c > 0:
                item.setTextAlignment(_RIGHT)
            table.setItem(r, c, item)
    return table


class ReportBody(RetranslateOnLanguageChange, QWidget):
    """Call :meth:`show_report`; it redraws itself when the language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportBody")
        self._report: SalesReport | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self._content: QWidget | None = None

    def report(self) -> SalesReport | None:
        return self._report

    def show_report(self, report: SalesReport | None) -> None:
        self._report = report
        self._render()

    def retranslate(self) -> None:
        self._render()

    def _render(self) -> None:
        if self._content is not None:
            self._layout.removeWidget(self._content)
            self._content.deleteLater()
            self._content = None
        report = self._report
        if report is None:
            return
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        left = QVBoxLayout()
        left.addWidget(self._summary(content, report))
        left.addWidget(self._methods(content, report))
        left.addStretch(1)
        right = QVBoxLayout()
        for drawer in report.drawers:
            right.addWidget(self._drawer(content, report, drawer))
        if not report.drawers:
            none = WrappingLabel(content, "reportNoDrawer")
            none.setText(self.tr("No shift was open in this period."))
            right.addWidget(none)
        right.addStretch(1)
        # The method table has five columns of amounts; the drawers beside it wrap their lines.
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        layout.addLayout(columns)
        for title, name, sales in (
            (self.tr("Unpaid orders ({count})"), "reportUnpaid", report.unpaid_sales),
            (self.tr("Canceled orders ({count})"), "reportCanceled", report.canceled_sales),
        ):
            if sales:
                layout.addWidget(self._orders(content, report, title.format(count=len(sales)), name, sales))
        layout.addStretch(1)
        self._layout.addWidget(content)
        self._content = content

    # --- sections ---------------------------------------------------------------------------

    def _summary(self, parent: QWidget, report: SalesReport) -> QGroupBox:
        box = QGroupBox(self.tr("Sales"), parent, objectName="reportSummary")
        grid = QGridLayout(box)
        rows = [
            ("reportSalesCount", self.tr("Sales (orders)"), str(report.sales_count)),
            ("reportGross", self.tr("Gross"), format_money(report.gross)),
            ("reportPaid", "    " + self.tr("paid"), format_money(report.paid)),
            ("reportUnpaidTotal", "    " + self.tr("unpaid"), format_money(report.unpaid)),
            ("reportDiscounts", self.tr("Discounts given"), format_money(report.discounts)),
            ("reportCanceledTotal", self.tr("Canceled ({count})").format(count=len(report.canceled_sales)),
             format_money(report.canceled_total)),
        ]  # fmt: skip
        _rows(grid, box, rows)
        return box

    def _methods(self, parent: QWidget, report: SalesReport) -> QGroupBox:
        box = QGroupBox(self.tr("By payment method"), parent, objectName="reportMethodsBox")
        layout = QVBoxLayout(box)
        language = report_language()
        rows: list[list[object]] = [
            [group_label(m.group, language), str(m.count), m.paid, m.unpaid, m.total] for m in report.methods
        ]
        rows.append([self.tr("Total"), str(report.sales_count), report.paid, report.unpaid, report.gross])
        headers = [self.tr("Method"), "#", self.tr("Paid"), self.tr("Unpaid"), self.tr("Total")]
        table = _table(box, "reportMethods", headers, rows)
        font = table.font()
        font.setBold(True)
        for c in range(table.columnCount()):
            table.item(len(rows) - 1, c).setFont(font)
        layout.addWidget(table)
        return box

    def _drawer(self, parent: QWidget, report: SalesReport, drawer: DrawerSummary) -> QGroupBox:
        shift = drawer.shift
        title = self.tr("Cash: {shift}, {cashier}").format(shift=shift_name(shift), cashier=shift.cashier)
        box = QGroupBox(title, parent, objectName="reportDrawer")
        language = report_language()
        rows: list[tuple[str, str, str]] = []
        for part in drawer.expected.parts:
            if part.amount or part.key is CashPartKey.FLOAT:
                sign = "" if part.key is CashPartKey.FLOAT else ("+ " if part.sign > 0 else "− ")
                rows.append(("", sign + CASH_LABELS[part.key][language], format_money(part.amount)))
        expected = format_money(drawer.expected.total)
        rows.append(("reportExpected", "= " + CASH_LABELS["expected"][language], expected))
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        if drawer.counted is not None and drawer.difference is not None:
            rows.append(("reportCounted", CASH_LABELS["counted"][language], format_money(drawer.counted)))
            _rows(grid, box, rows)
            words, kind = difference_text(drawer.difference)
            difference = WrappingLabel(box, "reportDifference")
            difference.setText(words)
            set_kind(difference, kind)
            layout.addLayout(grid)
            layout.addWidget(difference)
            if shift.note:
                note = WrappingLabel(box, "reportNote")
                note.setText(self.tr("Note: {note}").format(note=shift.note))
                layout.addWidget(note)
            closed = self.tr("Opened {opened}, closed {closed}.").format(
                opened=shop_time(shift.opened_at, report.tz), closed=shop_time(shift.closed_at, report.tz)
            ) if shift.closed_at else ""  # fmt: skip
        else:
            _rows(grid, box, rows)
            layout.addLayout(grid)
            closed = self.tr("Opened {opened}; still open, not counted yet.").format(
                opened=shop_time(shift.opened_at, report.tz)
            )
        when = WrappingLabel(box, "reportShiftTimes")
        when.setProperty("role", "hint")
        when.setText(closed)
        layout.addWidget(when)
        if drawer.movements:
            rule = QFrame(box, frameShape=QFrame.Shape.HLine)
            layout.addWidget(rule)
            for m in drawer.movements:
                line = WrappingLabel(box, "reportMovement")
                label = MOVEMENT_LABELS[m.kind][language]
                at = shop_time(m.at, report.tz)[-5:]
                line.setText(f"{at}  {label} {format_money(m.amount)}: {m.reason}")
                layout.addWidget(line)
        return box

    def _orders(
        self, parent: QWidget, report: SalesReport, title: str, name: str, sales: Sequence[SaleRecord]
    ) -> QGroupBox:
        box = QGroupBox(title, parent, objectName=f"{name}Box")
        layout = QVBoxLayout(box)
        language = report_language()
        # A day report may span two dates (a cut after midnight); a shift's times need no date.
        with_date = report.kind is ReportKind.DAY

        def when(sale: SaleRecord) -> str:
            text = shop_time(sale.created_at, report.tz)
            return text if with_date else text[-5:]

        rows = [
            [sale.receipt, when(sale), sale.order_number or "–",
             group_label(method_group(sale.method), language), sale.total]
            for sale in sales
        ]  # fmt: skip
        headers = [self.tr("Receipt"), self.tr("Time"), self.tr("Order"), self.tr("Method"), self.tr("Total")]
        layout.addWidget(_table(box, name, headers, rows))
        return box


def _rows(grid: QGridLayout, parent: QWidget, rows: Sequence[tuple[str, str, str]]) -> QLayout:
    grid.setColumnStretch(0, 1)
    grid.setVerticalSpacing(4)
    for r, (name, label, value) in enumerate(rows):
        left = PlainLabel(label, parent)
        right = PlainLabel(value, parent, objectName=name) if name else PlainLabel(value, parent)
        right.setAlignment(_RIGHT)
        for widget in (left, right):
            widget.setProperty("role", "total" if label.startswith("= ") else "amount")
        grid.addWidget(left, r, 0)
        grid.addWidget(right, r, 1)
    return grid
