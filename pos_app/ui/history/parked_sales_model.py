"""Parked sales as list rows: the current store's first, each row a label and one line of details.

Every text a row shows is data (a label the cashier typed, a store or customer name), so the
delegate draws plain text only; nothing here is ever read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pos_app.domain.parked_sale import ParkedSale
from pos_app.ui.common.money_format import format_datetime, format_money
from pos_app.ui.common.plain_tooltip import plain_tooltip
from pos_app.ui.common.roles import ObjectRole

Index = QModelIndex | QPersistentModelIndex

DetailsRole = Qt.ItemDataRole.UserRole + 10  # the second line: store, customer, items, time
AmountRole = Qt.ItemDataRole.UserRole + 11  # the subtotal, drawn at the right of the label
OtherStoreRole = Qt.ItemDataRole.UserRole + 12  # parked in a store other than the current one


class ParkedSalesModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sales: list[ParkedSale] = []
        self._current_store: int | None = None

    def set_sales(self, sales: Sequence[ParkedSale], current_store_id: int | None) -> None:
        """Show ``sales`` (newest first, as the storage lists them), this store's before the rest."""
        self.beginResetModel()
        self._current_store = current_store_id
        # sorted() is stable: within each group the newest-first order of ``sales`` is kept.
        self._sales = sorted(sales, key=lambda sale: sale.store_id != current_store_id)
        self.endResetModel()

    def retranslate(self) -> None:
        if self._sales:
            self.dataChanged.emit(self.index(0), self.index(len(self._sales) - 1))

    def sales(self) -> list[ParkedSale]:
        return list(self._sales)

    def row_of(self, parked_id: str) -> int | None:
        return next((row for row, sale in enumerate(self._sales) if sale.id == parked_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sales)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._sales):
            return None
        sale = self._sales[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return sale.label
        if role == DetailsRole:
            return self._details(sale)
        if role == AmountRole:
            return format_money(sale.subtotal)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._whole(sale)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._whole(sale))
        if role == OtherStoreRole:
            return sale.store_id != self._current_store
        if role == ObjectRole:
            return sale
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _whole(self, sale: ParkedSale) -> str:
        return f"{sale.label}, {format_money(sale.subtotal)}. {self._details(sale)}"

    def _details(self, sale: ParkedSale) -> str:
        if sale.store_id != self._current_store:
            store = self.tr("Other store: {store}").format(store=sale.store_name)
        else:
            store = sale.store_name
        if sale.item_count == 1:
            items = self.tr("1 item")
        else:
            items = self.tr("{count} items").format(count=sale.item_count)
        parts = [store, items, self.tr("parked {time}").format(time=format_datetime(sale.parked_at))]
        if name := sale.customer.name.strip():
            parts.insert(1, name)
        return " · ".join(parts)


class ParkedSaleDelegate(QStyledItemDelegate):
    """Two lines per sale: the label in bold with the subtotal at its right, then the details."""

    PADDING = 8
    SPACING = 2

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title, details = self._fonts(option)
        height = title.height() + self.SPACING + details.height() + 2 * self.PADDING
        # At least a touch target high: rows are tapped on counter touch screens.
        return QSize(option.rect.width(), max(height, 52))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the background, selection and focus frame come from the style
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        title_metrics, details_metrics = self._fonts(option)
        area = option.rect.adjusted(self.PADDING + 4, self.PADDING, -self.PADDING - 4, -self.PADDING)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(text_role)

        painter.save()
        amount = str(index.data(AmountRole) or "")
        painter.setFont(_title_font(option.font))
        painter.setPen(colour)
        top = QRect(area.left(), area.top(), area.width(), title_metrics.height())
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, amount)
        label_rect = top.adjusted(0, 0, -(title_metrics.horizontalAdvance(amount) + 16), 0)
        label = title_metrics.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight,
                                         label_rect.width())  # fmt: skip
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)

        painter.setFont(option.font)
        other = bool(index.data(OtherStoreRole))
        # Another store's sale reads quieter; the words "Other store" say it too.
        painter.setPen(colour if selected else QColor("#b54708" if other else "#475467"))
        bottom = QRect(area.left(), top.bottom() + 1 + self.SPACING, area.width(), details_metrics.height())
        details = details_metrics.elidedText(str(index.data(DetailsRole) or ""), Qt.TextElideMode.ElideRight,
                                             bottom.width())  # fmt: skip
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, details)
        painter.restore()

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFontMetrics, QFontMetrics]:
        return QFontMetrics(_title_font(option.font)), QFontMetrics(option.font)


def _title_font(base: QFont) -> QFont:
    # The view's font comes from the style sheet in pixels, or from the desktop in points.
    font = QFont(base)
    font.setBold(True)
    if font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * 1.2))
    else:
        font.setPointSizeF(font.pointSizeF() * 1.2)
    return font
