"""Choosing the store: search by name, filter by domain, a list with logo and name."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from pos_app.api.errors import ApiError
from pos_app.api.models import Store
from pos_app.services.stores import StoreDirectory
from pos_app.ui.common.cells import NameDelegate
from pos_app.ui.common.clear_button import add_clear_button
from pos_app.ui.common.error_text import error_message
from pos_app.ui.common.image_cache import ImageCache
from pos_app.ui.common.labels import PlainLabel, WrappingLabel
from pos_app.ui.common.retranslate import RetranslateOnLanguageChange
from pos_app.ui.common.roles import ObjectRole
from pos_app.ui.common.tasks import TaskSlot
from pos_app.ui.common.touch import flick_to_scroll
from pos_app.ui.sale.store_model import LOGO_SIZE, StoreListModel

SEARCH_DEBOUNCE_MS = 250


class StorePane(RetranslateOnLanguageChange, QWidget):
    storeChosen = Signal(object)  # Store
    requestFailed = Signal(object)  # ApiError, so the window can watch for the network

    def __init__(self, directory: StoreDirectory, logos: ImageCache | None = None, parent=None) -> None:
        super().__init__(parent)
        self._directory = directory
        self._search_task = TaskSlot()
        self._chosen_id: int | None = None
        self._wanted_id: int | None = None

        self.title = PlainLabel()
        self.title.setObjectName("paneTitle")
        self.search = QLineEdit(objectName="storeSearch")
        add_clear_button(self.search)
        self.domain = QLineEdit(objectName="storeDomain")
        add_clear_button(self.domain)
        self.model = StoreListModel(logos.icon if logos else None, self)
        if logos:
            logos.loaded.connect(self.model.logo_changed)
        self.list = QListView(objectName="storeList")
        self.list.setModel(self.model)
        self.list.setIconSize(LOGO_SIZE)
        self.list.setItemDelegate(NameDelegate(self.list))  # two lines, the whole name in the tooltip
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        flick_to_scroll(self.list)
        self.list.setUniformItemSizes(True)
        self.message = WrappingLabel(None, "storeMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.domain)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _text: self._debounce.start())
        self.domain.textEdited.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._focus_list)
        self.list.activated.connect(self._choose_index)
        self.list.selectionModel().currentChanged.connect(
            lambda current, _previous: self._choose_index(current)
        )
        self.retranslate()

    async def aclose(self) -> None:
        self._debounce.stop()
        await self._search_task.aclose()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Store"))
        self.search.setPlaceholderText(self.tr("Store name"))
        self.search.setAccessibleName(self.tr("Search store by name"))
        self.domain.setPlaceholderText(self.tr("Domain"))
        self.domain.setAccessibleName(self.tr("Filter stores by domain"))
        self.list.setAccessibleName(self.tr("Stores"))

    def start(self, select_store_id: int | None = None) -> None:
        """Show the saved store list at once (choosing the last store), then ask the server."""
        self._wanted_id = select_store_id
        cached = self._directory.cached()
        if cached:
            self.model.set_stores(cached)
            self._select_wanted()
            # The saved list is good enough to start selling; ask the server once the
            # window has painted and the saved catalog is on screen.
            self._debounce.start()
            return
        self.refresh()

    def refresh(self, select_store_id: int | None = None) -> asyncio.Task:
        """Search again; with ``select_store_id`` that store is chosen once it is listed."""
        if select_store_id is not None:
            self._wanted_id = select_store_id
        return self._search_task.start(self._search(self.search.text().strip(), self.domain.text().strip()))

    async def _search(self, name: str, domain: str) -> None:
        try:
            stores, offline = await self._directory.search(name, domain)
        except ApiError as exc:
            self._show_message(error_message(exc))
            self.requestFailed.emit(exc)
            return
        self.model.set_stores(stores)
        if offline:
            self._show_message(self.tr("Offline: showing the stores saved on this computer."))
        elif not stores:
            self._show_message(self.tr("No store matches this search."))
        else:
            self.message.hide()
        self._select_wanted()

    def _select_wanted(self) -> None:
        wanted = self._wanted_id if self._wanted_id is not None else self._chosen_id
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None:
            return
        self._wanted_id = None
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def _choose_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        store: Store = index.data(ObjectRole)
        if store.id == self._chosen_id:
            return
        self._chosen_id = store.id
        self.storeChosen.emit(store)

    def select_store(self, store_id: int) -> None:
        """Point the list back at ``store_id`` (a switch the sale refused) without choosing again."""
        self._chosen_id = store_id
        row = self.model.row_of(store_id)
        if row is not None:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    @property
    def chosen_store_id(self) -> int | None:
        return self._chosen_id
