"""The composition root: the one place that knows every concrete class.

``pos-app``, ``pos-app --demo``, the smoke test and the GUI tests all build the window
through :func:`create_main_window`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSize

from pos_app.api.client import ScalevClient
from pos_app.api.images import ImageFetcher
from pos_app.config import AppConfig
from pos_app.credentials import CredentialStore, KeyringCredentialStore
from pos_app.domain.business_day import parse_day_cut
from pos_app.qt_workarounds import protect_singletons_from_binding_leaks
from pos_app.services.cash_marks import CashMarks
from pos_app.services.catalog import CatalogService
from pos_app.services.checkout import CheckoutService
from pos_app.services.connection_check import ConnectionChecker
from pos_app.services.journal_sales import JournalSales
from pos_app.services.method_switch import MethodSwitch
from pos_app.services.payment_watcher import PaymentWatcher
from pos_app.services.receipts import ReceiptDesk, ReceiptSettings
from pos_app.services.shift_reports import ShiftReports
from pos_app.services.shipping import ShippingService
from pos_app.services.stores import StoreDirectory
from pos_app.services.transfer_accounts import TransferAccounts
from pos_app.settings import AppSettings, SettingsStore
from pos_app.storage.catalog_cache import CatalogCache
from pos_app.storage.journal import Journal
from pos_app.storage.parked_sales import PARKED_FILE, ParkedSales
from pos_app.storage.shift_book import SHIFTS_FILE, ShiftBook
from pos_app.ui.common.image_cache import ImageCache
from pos_app.ui.payment.labels import payment_label_in
from pos_app.ui.payment.payment_view import PaymentView
from pos_app.ui.sale.product_pane import ProductPane
from pos_app.ui.sale.sale_controller import SaleController
from pos_app.ui.sale.store_pane import StorePane
from pos_app.ui.settings.settings_flow import SettingsFlow
from pos_app.ui.window.main_window import MainWindow

__all__ = ["AppConfig", "AppContext", "create_main_window"]

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """What the window owns beyond its widgets, closed when the app quits."""

    client: ScalevClient
    images: ImageFetcher
    catalog_cache: CatalogCache
    journal: Journal
    parked: ParkedSales
    shifts: ShiftBook
    image_caches: list[ImageCache] = field(default_factory=list)
    window: MainWindow | None = None

    async def aclose(self) -> None:
        """Stop the window's work first, then close what that work was using."""
        if self.window is not None:
            await self.window.aclose()
        for cache in self.image_caches:
            await cache.aclose()
        await self.client.aclose()
        await self.images.aclose()
        self.catalog_cache.close()
        self.journal.close()
        self.parked.close()
        self.shifts.close()


async def create_main_window(
    config: AppConfig,
    *,
    credentials: CredentialStore | None = None,
    settings_store: SettingsStore | None = None,
) -> MainWindow:
    """Build the real cashier window against ``config.base_url``; call inside the qasync loop.

    ``credentials`` defaults to the OS keychain and ``settings_store`` to a settings file
    in ``config.config_dir`` (or the data folder); tests pass in-memory and temporary ones.
    """
    protect_singletons_from_binding_leaks()  # once per process; a no-op where the bindings are sound
    data_dir = Path(config.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    client = ScalevClient(config.base_url, config.api_key)
    images = ImageFetcher()
    catalog_cache = CatalogCache(data_dir / "catalog.sqlite3")
    # Sales are stamped on the server's clock (learned from its Date headers), never the
    # till's: a PC clock hours off must not hide an order from reconciliation.
    journal = Journal(data_dir / "journal.sqlite3", terminal=config.terminal_name, clock=client.server_now)
    checkout = CheckoutService(client, journal, clock=client.server_now)
    parked = ParkedSales(data_dir / PARKED_FILE, clock=client.server_now)
    shifts = ShiftBook(data_dir / SHIFTS_FILE, config.terminal_name, clock=client.server_now)
    thumbnails = ImageCache(images.fetch)
    logos = ImageCache(images.fetch, QSize(32, 32))
    context = AppContext(client, images, catalog_cache, journal, parked, shifts, [thumbnails, logos])
    stores = StoreDirectory(client, catalog_cache)
    store_pane = StorePane(stores, logos)
    product_pane = ProductPane(thumbnails)
    settings_store = settings_store or SettingsStore(config.config_dir or data_dir)
    saved = settings_store.load()
    transfer_accounts = TransferAccounts(client, lambda: settings_store.load().transfer_accounts_text)
    payment_view = PaymentView(
        client,
        watcher_factory=lambda: PaymentWatcher(client, interval=config.payment_poll_interval),
        image_loader=images.fetch,
        accounts=transfer_accounts.lines,
    )

    def history_factory():
        from pos_app.ui.history.history_view import HistoryView  # on first use: F8

        return HistoryView(journal, client, checkout)

    shop_tz = datetime.now().astimezone().tzinfo or UTC

    def channels_factory():
        from pos_app.ui.history.other_channels import OtherChannelsView

        return OtherChannelsView(client, tz=shop_tz, day_cut=parse_day_cut(settings_store.load().day_cut))

    def controller_factory(window: MainWindow) -> SaleController:
        return SaleController(
            stores=stores,
            catalog=CatalogService(client, catalog_cache),
            shipping=ShippingService(client),
            checkout=checkout,
            terminal_name=config.terminal_name,
            window=window,
            cash_marks=CashMarks(client, journal),
            method_switch=MethodSwitch(client, journal),
            cash_method=saved.cash_method,
            parent=window,
        )

    desk = ReceiptDesk(journal, method_name=payment_label_in)

    def receipt_settings(settings: AppSettings) -> ReceiptSettings:
        # AppConfig (kiosk provisioning, tests) wins over the settings file.
        printer = config.receipt_printer
        return ReceiptSettings(
            printer=printer if printer is not None else settings.receipt_printer,
            width=config.receipt_width or settings.receipt_width,
            auto_print=settings.auto_print,
            open_drawer=settings.open_drawer,
            header=settings.receipt_header,
            footer=settings.receipt_footer,
            language=settings.language,
        )

    window = MainWindow(
        store_pane=store_pane,
        product_pane=product_pane,
        payment_view=payment_view,
        history_factory=history_factory,
        channels_factory=channels_factory,
        controller_factory=controller_factory,
        training=config.training,
        parked=parked,
        clock=client.server_now,
        receipt_desk=desk,
        receipt_settings=receipt_settings,
        shift_reports=ShiftReports(
            shifts,
            JournalSales(journal, client),
            # The shop's days follow this computer's time zone setting (its clock may be
            # wrong, the zone rarely is); every moment itself comes from the server.
            tz=shop_tz,
            clock=client.server_now,
            day_cut=parse_day_cut(saved.day_cut),
        ),
    )
    window.app_context = context  # type: ignore[attr-defined]
    context.window = window
    settings_flow = SettingsFlow(
        store=settings_store,
        credentials=credentials or KeyringCredentialStore(),
        checker=ConnectionChecker(),
        client=client,
        base_url=config.base_url,
        training=config.training,
        parent=window,
    )
    window.attach_settings(settings_flow)
    thumbnails.setParent(window)
    logos.setParent(window)
    window.apply_settings(saved, customer_display=config.customer_display)
    # Not awaited: the window opens from the saved store list and catalog, and the
    # server's answers fill in behind it.
    first_store = config.default_store_id or saved.last_store_id or saved.default_store_id

    def remember_store(store) -> None:
        settings_store.save(replace(settings_store.load(), last_store_id=store.id))

    window.controller.storeChanged.connect(remember_store)
    store_pane.start(select_store_id=first_store)
    window.controller.recover_last_session()
    return window
