"""The shipping flow: district → postal code → warehouse → courier, behind the dialog's widgets.

A choice upstream clears everything downstream and asks again, so ``missing()`` is empty only
for a quote made for exactly what is on screen. Each stage runs in its own task slot:
a newer request cancels the older one and an older answer is never shown.
"""

from __future__ import annotations

import re
from functools import partial

from PySide6.QtCore import QModelIndex, QObject, QTimer

from pos_app.api.models import CourierQuote, Location, Store, WarehouseOption
from pos_app.domain.cart import Cart
from pos_app.domain.order_payload import ShippingChoice
from pos_app.services.shipping import ShippingService, courier_label, location_label
from pos_app.ui.common.money_format import format_money
from pos_app.ui.shipping.district import DistrictSearch
from pos_app.ui.shipping.form import ShippingForm
from pos_app.ui.shipping.models import ObjectRole
from pos_app.ui.shipping.stages import Stages
from pos_app.ui.shipping.texts import ShippingTexts

REQUOTE_DEBOUNCE_MS = 400  # a postal code being typed re-quotes once it is complete
POSTAL = re.compile(r"^\d{5}$")
Key = tuple[int, int, str]  # (district, warehouse, postal code) a courier quote was made for


def location_from_choice(choice: ShippingChoice) -> Location:
    # ShippingChoice keeps only the display text, which is "Kecamatan, Kota, Provinsi" (§4.5).
    parts = [p.strip() for p in choice.location_display.split(",")]
    parts += [""] * (3 - len(parts))
    province = ", ".join(parts[2:]).strip(", ")
    return Location(choice.location_id, parts[0], parts[1], province, choice.location_display)


class ShippingFlow(QObject):
    def __init__(
        self,
        service: ShippingService,
        form: ShippingForm,
        *,
        store: Store,
        cart: Cart,
        payment_method: str,
        previous: ShippingChoice | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._form = form
        self._store = store
        self._cart = cart
        self._payment_method = payment_method
        self._texts = ShippingTexts(self)

        self._location: Location | None = None
        self._postal_codes: list[str] | None = None  # None: not known (yet) for this district
        self._warehouse: WarehouseOption | None = None
        self._quote: CourierQuote | None = None
        self._quoted_for: Key | None = None  # what the courier table shows prices for
        self._requested: Key | None = None  # what the latest courier search asked for
        self._wanted_warehouse_id = previous.warehouse_id if previous else None
        self._wanted_service_id = previous.courier_service_id if previous else None
        self._stopped = False
        self._stages = Stages(self._texts, self.refresh)
        self.districts = DistrictSearch(service, form, self._stages, self._texts, self)
        self.districts.picked.connect(self._district_picked)
        # The dialog's keyboard handling reaches the district search through these.
        self.location_model = self.districts.model
        self.search_timer = self.districts.search_timer
        self.run_search = self.districts.run_search
        self.location_activated = self.districts.activate
        self._requote_timer = QTimer(self)
        self._requote_timer.setSingleShot(True)
        self._requote_timer.setInterval(REQUOTE_DEBOUNCE_MS)
        self._requote_timer.timeout.connect(self._requote_if_needed)
        self._connect()

    def _connect(self) -> None:
        f = self._form
        f.address_input.textChanged.connect(self.refresh)
        f.postal_code.editTextChanged.connect(self._postal_edited)
        f.postal_code.lineEdit().editingFinished.connect(self.postal_finished)
        f.warehouse_table.selectionModel().currentRowChanged.connect(self._warehouse_current)
        f.courier_table.selectionModel().currentRowChanged.connect(self._courier_current)
        f.retry.clicked.connect(self.retry)

    # ----- public ---------------------------------------------------------------------------

    def restore(self, previous: ShippingChoice) -> None:
        """Pre-fill from an earlier choice and ask for warehouses and prices again."""
        location = location_from_choice(previous)
        self._form.address_input.setText(previous.address)
        self.choose_location(location, postal=previous.postal_code)
        self.districts.show_only(location)  # its pick of the same district changes nothing

    def choice(self) -> ShippingChoice | None:
        if self.missing():
            return None
        assert self._location and self._warehouse and self._quote  # missing() checked them
        return self._service.make_choice(
            address=self._form.address_input.text(),
            location=self._location,
            postal_code=self._postal_text(),
            warehouse=self._warehouse,
            quote=self._quote,
            cart=self._cart,
            payment_method=self._payment_method,
        )

    def retry(self) -> None:
        self._stages.retry()

    def stop(self) -> None:
        """The dialog closed: no more requests, and no late answer touches the widgets."""
        self._stopped = True
        self.districts.stop()
        self._requote_timer.stop()
        self._stages.stop()

    def has_couriers(self) -> bool:
        return self._form.courier_model.rowCount() > 0

    def _district_picked(self, location: Location, activated: bool) -> None:
        self.choose_location(location)
        if activated:  # Enter on a district: on to the postal code
            self._form.postal_code.setFocus()

    def choose_location(self, location: Location, *, postal: str = "") -> None:
        if self._location is not None and self._location.id == location.id:
            return
        if self._location is not None:  # the cashier changed district: nearest warehouse again
            self._wanted_warehouse_id = None
        self._location = location
        self._postal_codes = None
        combo = self._form.postal_code
        combo.blockSignals(True)
        combo.clear()
        combo.setEditText(postal)
        combo.blockSignals(False)
        self._clear_warehouses()
        self._stages.cancel("postal")
        self._load_postal_codes()
        self._load_warehouses()

    # ----- postal code ----------------------------------------------------------------------

    def _load_postal_codes(self) -> None:
        location = self._location
        if location is None:
            return
        # Without codes the couriers are still priced (postal_code is optional on the search).
        self._stages.start("postal", lambda: self._service.postal_codes(location.id),
                           self._postal_codes_found, self._load_postal_codes,
                           on_error=lambda _exc: self._requote_if_needed())

    def _postal_codes_found(self, codes: list[str]) -> None:
        self._postal_codes = codes
        combo = self._form.postal_code
        typed = combo.currentText().strip()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(codes)
        # The district's first code, as Scalev's own checkout autofills it; the cashier can pick
        # another from the list or type one. What was typed or restored is kept.
        combo.setEditText(typed or (codes[0] if codes else ""))
        combo.blockSignals(False)
        self._postal_edited(combo.currentText())
        self._requote_if_needed()  # couriers waited for the code (see _quote_couriers)

    def _postal_text(self) -> str:
        return self._form.postal_code.currentText().strip()

    def _postal_for_quote(self) -> str:
        text = self._postal_text()
        return text if POSTAL.match(text) else ""

    def _postal_edited(self, _text: str) -> None:
        if POSTAL.match(self._postal_text()) or not self._postal_text():
            self._form.postal_error.setVisible(False)
        asked = self._requested
        if self._warehouse is not None and asked is not None and asked[2] != self._postal_for_quote():
            self._requote_timer.start()
        self.refresh()

    def postal_finished(self) -> None:
        text = self._postal_text()
        self._form.postal_error.setText(self._texts.postal_invalid())
        self._form.postal_error.setVisible(bool(text) and not POSTAL.match(text))

    # ----- warehouse -----------------------------------------------------------------------

    def _clear_warehouses(self) -> None:
        self._stages.cancel("warehouses")
        self._warehouse = None
        self._form.warehouse_model.set_warehouses([])
        self._clear_couriers()

    def _load_warehouses(self) -> None:
        location = self._location
        if location is None:
            return
        self._stages.start(
            "warehouses",
            lambda: self._service.warehouses(self._store, location.id, self._cart),
            self._warehouses_found,
            self._load_warehouses,
        )

    def _warehouses_found(self, warehouses: list[WarehouseOption]) -> None:
        model = self._form.warehouse_model
        self._warehouse = None
        model.set_warehouses(warehouses)
        if not warehouses:
            district = location_label(self._location) if self._location else ""
            text = partial(self._texts.no_warehouse, district)
            self._stages.fail_plain("warehouses", text, self._load_warehouses)
            return
        wanted = self._wanted_warehouse_id
        row = model.row_of(wanted) if wanted is not None else None
        # The service sorts nearest first, so row 0 is the nearest warehouse.
        self._form.warehouse_table.setCurrentIndex(model.index(row or 0, 0))

    def _warehouse_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        warehouse = current.data(ObjectRole) if current.isValid() else None
        if not isinstance(warehouse, WarehouseOption):
            return
        if self._warehouse is not None and self._warehouse.id == warehouse.id:
            return
        self._warehouse = warehouse
        self._wanted_warehouse_id = warehouse.id
        self._quote_couriers()

    # ----- courier -------------------------------------------------------------------------

    def _clear_couriers(self) -> None:
        self._stages.cancel("couriers")
        self._requote_timer.stop()
        self._quote = None
        self._quoted_for = None
        self._requested = None
        self._form.courier_model.set_quotes([])

    def _current_key(self) -> Key | None:
        if self._location is None or self._warehouse is None:
            return None
        return (self._location.id, self._warehouse.id, self._postal_for_quote())

    def _requote_if_needed(self) -> None:
        if self._current_key() != self._requested:
            self._quote_couriers()

    def _quote_couriers(self) -> None:
        key = self._current_key()
        location, warehouse = self._location, self._warehouse
        if key is None or location is None or warehouse is None:
            return
        self._clear_couriers()
        if self._stages.is_busy("postal"):
            # The code is on its way and will be filled in: quote once, with it, not twice.
            return
        self._requested = key
        postal = key[2] or None
        self._stages.start(
            "couriers",
            lambda: self._service.couriers(
                self._store, warehouse, location.id, self._cart, self._payment_method, postal
            ),
            partial(self._couriers_found, key),
            self._quote_couriers,
        )

    def _couriers_found(self, key: Key, quotes: list[CourierQuote]) -> None:
        model = self._form.courier_model
        self._quote = None
        model.set_quotes(quotes)
        self._quoted_for = key
        if not quotes:
            where = self._warehouse.name if self._warehouse else ""
            district = location_label(self._location) if self._location else ""
            text = partial(self._texts.no_courier, where, district)
            self._stages.fail_plain("couriers", text, self._quote_couriers)
            return
        # After a re-quote keep the service the cashier had picked, at its new price.
        for row, quote in enumerate(model.quotes()):
            if quote.courier_service_id == self._wanted_service_id:
                proxy_index = self._form.courier_proxy.mapFromSource(model.index(row, 0))
                self._form.courier_table.setCurrentIndex(proxy_index)
                break

    def _courier_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        quote = current.data(ObjectRole) if current.isValid() else None
        self._quote = quote if isinstance(quote, CourierQuote) else None
        if self._quote is not None:
            self._wanted_service_id = self._quote.courier_service_id
        self.refresh()

    # ----- what the form still needs ----------------------------------------------------------

    def missing(self) -> list[str]:
        missing = []
        if not self._form.address_input.text().strip():
            missing.append("address")
        if self._location is None:
            missing.append("district")
        postal = self._postal_text()
        if postal and not POSTAL.match(postal):
            missing.append("postal_invalid")
        elif not postal and (self._location is None or self._postal_codes is None or self._postal_codes):
            missing.append("postal")  # required while the district has codes, or we cannot tell
        if self._warehouse is None:
            missing.append("warehouse")
        key = self._current_key()
        if self._quote is None or key is None or self._quoted_for != key or self._stages.is_busy("couriers"):
            missing.append("courier")
        return missing

    def refresh(self, *_args: object) -> None:
        f = self._form
        missing = self.missing()
        f.confirm.setEnabled(not missing and not self._stopped)
        f.chosen_location.setText(
            self._texts.chosen_location(location_label(self._location) if self._location else None)
        )
        quote = self._quote
        if quote is not None and "courier" not in missing:
            etd = f.courier_model.etd_text(quote.etd) if quote.etd.strip() else ""
            total = format_money(self._cart.subtotal + quote.cost)
            cost = format_money(quote.cost)
            f.summary.setText(self._texts.summary(courier_label(quote), cost, etd, total))
        else:
            f.summary.setText(self._texts.no_summary())
        text, kind, offer_retry = self._stages.message(missing)
        f.show_message(text, kind, retry=offer_retry)

