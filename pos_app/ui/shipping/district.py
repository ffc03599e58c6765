"""District (kecamatan) search for the shipping dialog: debounced, paged, newest answer wins.

Typing starts a search after a pause (one request per pause, not per key); scrolling to the
end of the list loads the next page; making a row current picks it after a short pause (so
arrowing through rows does not quote every one) and activating it (Enter, double-click)
picks it at once.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal

from pos_app.api.errors import ApiError
from pos_app.api.models import Location, Page
from pos_app.services.shipping import ShippingService
from pos_app.ui.shipping.form import ShippingForm
from pos_app.ui.shipping.models import LocationListModel, ObjectRole
from pos_app.ui.shipping.stages import Stages
from pos_app.ui.shipping.texts import ShippingTexts

SEARCH_DEBOUNCE_MS = 250  # one request per pause in typing, not one per key
PICK_DEBOUNCE_MS = 150  # arrowing through districts quotes only the one the cashier stops on
MIN_QUERY = 3


class DistrictSearch(QObject):
    picked = Signal(object, bool)  # Location, chosen by activation (Enter) rather than by moving

    def __init__(
        self,
        service: ShippingService,
        form: ShippingForm,
        stages: Stages,
        texts: ShippingTexts,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._form = form
        self._stages = stages
        self._texts = texts
        self.model = LocationListModel(self)
        self._pending: Location | None = None
        self.search_timer = self._timer(SEARCH_DEBOUNCE_MS, self.run_search)
        self._pick_timer = self._timer(PICK_DEBOUNCE_MS, self._pick_pending)
        view = form.location_list
        view.setModel(self.model)
        form.location_search.textEdited.connect(lambda _text: self.search_timer.start())
        self.model.more_wanted.connect(self._load_more)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        view.activated.connect(self.activate)

    def _timer(self, ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def show_only(self, location: Location) -> None:
        """A restored district: shown and current, without asking the server again."""
        self._form.location_search.setText(location.subdistrict_name)
        self.model.set_page(location.subdistrict_name, Page(items=(location,)))
        self._form.location_list.setCurrentIndex(self.model.index(0, 0))

    def stop(self) -> None:
        self.search_timer.stop()
        self._pick_timer.stop()

    def run_search(self) -> None:
        query = self._form.location_search.text().strip()
        self._stages.cancel("more_locations")
        if len(query) < MIN_QUERY:
            self._stages.cancel("locations")
            self.model.clear()
            self._stages.hint = self._texts.type_more if query else None
            self._stages.changed()
            return
        self._stages.hint = None
        self._stages.start("locations", lambda: self._service.search_locations(query),
                           partial(self._found, query), self.run_search)

    def _found(self, query: str, page: Page[Location]) -> None:
        self.model.set_page(query, page)
        if not page.items:
            self._stages.fail_plain("locations", partial(self._texts.no_location, query), self.run_search)

    def _load_more(self, query: str, cursor: str) -> None:
        def again() -> None:
            self.model.fetchMore(QModelIndex())

        def on_error(_exc: ApiError) -> None:
            self.model.more_failed()  # the next scroll to the end, or Retry, asks again

        self._stages.start("more_locations", lambda: self._service.search_locations(query, cursor),
                           partial(self.model.append_page, query), again, on_error=on_error)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        location = current.data(ObjectRole) if current.isValid() else None
        if isinstance(location, Location):
            self._pending = location
            self._pick_timer.start()

    def _pick_pending(self) -> None:
        if self._pending is not None:
            self.picked.emit(self._pending, False)

    def activate(self, index: QModelIndex) -> None:
        location = index.data(ObjectRole)
        if isinstance(location, Location):
            self._pick_timer.stop()
            self.picked.emit(location, True)
