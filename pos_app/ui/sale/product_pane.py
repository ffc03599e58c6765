"""Scan field, product search and the Products / Bundles tabs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.cart import SellableItem
from pos_app.ui.common.cells import NameDelegate, TwoLineDelegate
from pos_app.ui.common.clear_button import add_clear_button
from pos_app.ui.common.image_cache import ImageCache
from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.roles import ObjectRole
from pos_app.ui.common.style import set_style_property
from pos_app.ui.common.touch import flick_to_scroll, touch_rows
from pos_app.ui.sale.sellable_model import NAME, PRICE, SKU, SellableModel

PRICE_WIDTH = 116  # "Rp 1.250.000" in bold, and the SKU under it
ROW_HEIGHT = 52  # two lines of a name: variants of one product differ only at the end


def _item_table(model: SellableModel, name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setIconSize(QSize(32, 32))
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    touch_rows(view, ROW_HEIGHT)
    flick_to_scroll(view)
    view.setAlternatingRowColors(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setItemDelegateForColumn(NAME, NameDelegate(view))
    # The SKU sits small under the price: a column of its own would leave the name a few letters.
    sku_under_price = TwoLineDelegate(lambda index: index.siblingAtColumn(SKU).data(), view)
    view.setItemDelegateForColumn(PRICE, sku_under_price)
    view.setColumnHidden(SKU, True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    # A fixed width: sizing columns to their contents walks every row on each search.
    header.setSectionResizeMode(PRICE, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(PRICE, PRICE_WIDTH)
    return view


class ProductPane(RetranslateOnLanguageChange, QWidget):
    itemChosen = Signal(object)  # SellableItem, one unit (the window decides and says so)
    lookupNeeded = Signal(str)  # a scanned code not loaded yet: ask the server
    pendingChanged = Signal(int)  # how many scanned codes are still being looked up

    def __init__(self, thumbnails: ImageCache | None = None, parent=None) -> None:
        super().__init__(parent)
        self._by_sku: dict[str, SellableItem] = {}
        # Scanned while the catalog was still loading: resolved by the server's answer or
        # by a later page, and "unknown" only once the whole catalog has answered.
        self._pending: list[str] = []
        self._incomplete = False  # the last load stopped part-way
        self._message: tuple[object, str] | None = None  # (text maker, kind): re-set on a language switch

        self.scan = QLineEdit(objectName="scanInput")
        add_clear_button(self.scan)
        self.scan_message = WrappingLabel(None, "scanMessage")
        self.scan_message.setContentsMargins(6, 4, 6, 4)
        self.scan_message.setTextFormat(Qt.TextFormat.PlainText)  # product names are data
        self.scan_message.setWordWrap(True)
        self.scan_message.hide()
        self.search = QLineEdit(objectName="productSearch")
        add_clear_button(self.search)

        icon = thumbnails.icon if thumbnails else None
        self.products = SellableModel(icon, self)
        self.bundles = SellableModel(icon, self)
        if thumbnails:
            thumbnails.loaded.connect(self.products.thumbnail_changed)
            thumbnails.loaded.connect(self.bundles.thumbnail_changed)
        self.product_view = _item_table(self.products, "productView")
        self.bundle_view = _item_table(self.bundles, "bundleView")
        self.tabs = QTabWidget(objectName="catalogTabs")
        self.tabs.addTab(self.product_view, "")
        self.tabs.addTab(self.bundle_view, "")

        self.progress = QProgressBar(objectName="catalogProgress")
        self.progress.setRange(0, 0)  # busy: the total is unknown until the last page
        self.progress.setMaximumHeight(6)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = PlainLabel(objectName="catalogStatus")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scan)
        layout.addWidget(self.scan_message)
        layout.addWidget(self.search)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.scan.returnPressed.connect(self._scan_entered)
        self.scan.textEdited.connect(lambda _text: self.clear_message())
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._focus_results)
        self.product_view.activated.connect(self._activated)
        self.bundle_view.activated.connect(self._activated)
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.scan.setPlaceholderText(self.tr("Scan or type SKU (F2)"))
        self.scan.setAccessibleName(self.tr("Scan barcode or SKU"))
        self.search.setPlaceholderText(self.tr("Search by name or SKU  (F3)"))
        self.search.setAccessibleName(self.tr("Search products"))
        self.tabs.setTabText(0, self.tr("Products"))
        self.tabs.setTabText(1, self.tr("Bundles"))
        self.tabs.setAccessibleName(self.tr("Catalog"))
        self.product_view.setAccessibleName(self.tr("Products"))
        self.bundle_view.setAccessibleName(self.tr("Bundles"))
        self.progress.setAccessibleName(self.tr("Loading catalog"))
        self._update_status()
        if self._message is not None:
            self._show_message()

    # -- catalog content -----------------------------------------------------------------
    def clear_catalog(self) -> None:
        self._by_sku.clear()
        self.products.clear()
        self.bundles.clear()
        self._update_status()

    def set_catalog(self, variants: list[SellableItem], bundle_options: list[SellableItem]) -> None:
        self._by_sku = {}
        self._index(variants)
        self.products.replace_all(variants)
        self.bundles.replace_all(bundle_options)
        self._update_status()
        self._resolve_pending()

    def add_items(self, variants: list[SellableItem], bundle_options: list[SellableItem]) -> None:
        self._index(variants)
        self.products.append(variants)
        self.bundles.append(bundle_options)
        self._update_status()
        self._resolve_pending()

    def set_loading(self, loading: bool) -> None:
        if loading:
            self._incomplete = False
        self.progress.setVisible(loading)
        self._update_status()
        if not loading:
            self._resolve_pending(complete=not self._incomplete)

    def mark_incomplete(self) -> None:
        """The product list stopped part-way (offline, server error): what it lacks may exist,
        so a code it does not have is asked of the server, never called unknown by the till."""
        self._incomplete = True

    @property
    def loading(self) -> bool:
        return not self.progress.isHidden()

    def _index(self, variants: list[SellableItem]) -> None:
        for item in variants:
            if item.sku:
                self._by_sku.setdefault(item.sku.casefold(), item)

    def _update_status(self) -> None:
        if self.products.total_count == 0 and not self.progress.isVisible():
            self.status.setText(self.tr("Choose a store on the left to load its products."))
            return
        text = self.tr("{products} products, {bundles} bundle options").format(
            products=self.products.total_count, bundles=self.bundles.total_count
        )
        if self.progress.isVisible():
            text += " – " + self.tr("loading…")
        self.status.setText(text)

    def find_sku(self, sku: str) -> SellableItem | None:
        return self._by_sku.get(sku.strip().casefold())

    # -- scanning and choosing -------------------------------------------------------------
    def submit_scan(self, code: str, *, has_store: bool = True) -> bool:
        """Choose one unit of the variant with this SKU; say clearly when it is not (yet) known."""
        code = code.strip()
        if not code:
            return False
        item = self.find_sku(code)
        if item is not None:
            self.itemChosen.emit(item)
            return True
        if has_store and (self.loading or self._incomplete):
            # Not refused while the catalog is still arriving (or stopped part-way): the
            # server is asked.
            if code.casefold() not in (c.casefold() for c in self._pending):
                self._pending.append(code)
                self.pendingChanged.emit(len(self._pending))
                self.lookupNeeded.emit(code)
            self.say(lambda: self.tr("Looking up SKU “{code}”…").format(code=code), "info")
            return False
        self._refuse_unknown(code, has_store=has_store)
        return False

    def lookup_answered(self, code: str, item: SellableItem | None) -> None:
        """The server's answer for a pending code; a miss waits for the catalog to finish."""
        if item is not None and self._take_pending(code):
            self.itemChosen.emit(item)
        elif item is None and not self.loading and self._take_pending(code):
            self._refuse_unknown(code, has_store=True)

    def lookup_failed(self, code: str) -> None:
        """The server could not be asked. While the list loads, it still decides; after a load
        that stopped part-way nobody can, so the cashier is told to scan again."""
        if not self.loading and self._take_pending(code):
            self.say(lambda: self.tr(
                "“{code}” could not be checked: the product list is incomplete and Scalev cannot "
                "be reached. Nothing was added; scan it again in a moment.").format(code=code),
                "error")  # fmt: skip
            QApplication.beep()

    def _resolve_pending(self, *, complete: bool = False) -> None:
        for code in list(self._pending):
            item = self.find_sku(code)
            if item is not None:
                self._take_pending(code)
                self.itemChosen.emit(item)
            elif complete:
                self._take_pending(code)
                self._refuse_unknown(code, has_store=True)
            elif self._incomplete and not self.loading:
                self.lookupNeeded.emit(code)  # its first answer was left to the list; ask again

    def _take_pending(self, code: str) -> bool:
        for pending in self._pending:
            if pending.casefold() == code.casefold():
                self._pending.remove(pending)
                self.pendingChanged.emit(len(self._pending))
                return True
        return False

    def drop_pending(self) -> None:
        """A new store or sale: lookups of the old one no longer add anything."""
        if self._pending:
            self._pending.clear()
            self.pendingChanged.emit(0)

    def _refuse_unknown(self, code: str, *, has_store: bool) -> None:
        if not has_store:
            self.say(lambda: self.tr("Choose a store first: “{code}” was not added.").format(code=code),
                     "error")  # fmt: skip
        else:
            self.say(lambda: self.tr("Unknown SKU “{code}”. Nothing was added.").format(code=code), "error")
        QApplication.beep()

    def say(self, text, kind: str) -> None:
        """Show the scan feedback; ``text`` is a callable so a language switch re-renders it."""
        self._message = (text, kind)
        self._show_message()

    def clear_message(self) -> None:
        self._message = None
        self.scan_message.hide()

    def _show_message(self) -> None:
        assert self._message is not None
        text, kind = self._message
        self.scan_message.setText(text() if callable(text) else str(text))
        set_style_property(self.scan_message, "kind", kind)
        self.scan_message.show()

    def _scan_entered(self) -> None:
        code = self.scan.text()
        self.scan.clear()
        self.submit_scan(code)

    def _search_changed(self, text: str) -> None:
        self.products.set_query(text)
        self.bundles.set_query(text)

    def _focus_results(self) -> None:
        view = self.current_view()
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if view.model().rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(view.model().index(0, 0))

    def current_view(self) -> QTableView:
        return self.product_view if self.tabs.currentIndex() == 0 else self.bundle_view

    def _activated(self, index: QModelIndex) -> None:
        item = index.data(ObjectRole)
        if item is not None:
            self.itemChosen.emit(item)
