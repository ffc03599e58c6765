"""Plain data objects of the training server's seed data.

Tests reach into these (``server.data``) to pick realistic inputs, so every field is a plain
attribute and the containers offer a few look-ups by the ids the API uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PHYSICAL = "physical"


@dataclass(slots=True)
class Variant:
    id: int
    unique_id: str
    uuid: str
    store_id: int
    product_id: int
    product_name: str
    fullname: str
    sku: str
    price: int  # whole rupiah
    weight: int  # grams, 0 for anything not physical
    item_type: str  # physical | digital | course
    option1_value: str | None = None
    images: tuple[str, ...] = ()  # server-relative paths such as "/images/v-55101.png"

    @property
    def is_physical(self) -> bool:
        return self.item_type == PHYSICAL


@dataclass(slots=True)
class Product:
    id: int
    store_id: int
    name: str
    item_type: str
    option1_name: str | None
    variants: list[Variant]
    images: tuple[str, ...] = ()
    is_visible: bool = True


@dataclass(slots=True)
class BundleLine:
    id: int
    quantity: int
    variant: Variant


@dataclass(slots=True)
class PriceOption:
    id: int
    unique_id: str
    bundle_id: int
    name: str
    slug: str
    price: int
    is_visible: bool = True


@dataclass(slots=True)
class Bundle:
    id: int
    store_id: int
    name: str
    display: str
    public_name: str
    weight_bump: int
    lines: list[BundleLine]
    price_options: list[PriceOption]
    images: tuple[str, ...] = ()

    @property
    def is_physical(self) -> bool:
        return any(line.variant.is_physical for line in self.lines)

    @property
    def weight(self) -> int:
        """Shipping grams of one bundle: its lines plus the packaging bump."""
        return sum(line.variant.weight * line.quantity for line in self.lines) + self.weight_bump


@dataclass(slots=True)
class Location:
    id: int
    subdistrict_name: str
    city_name: str
    province_name: str
    postal_codes: tuple[str, ...]
    lat: float
    lon: float

    @property
    def display(self) -> str:
        return f"{self.subdistrict_name}, {self.city_name}, {self.province_name}"


@dataclass(slots=True)
class Warehouse:
    id: int
    unique_id: str
    name: str
    location_id: int
    address: str
    postal_code: str
    business_id: int
    business_username: str
    contact_name: str
    contact_phone: str
    lincah_origin_id: str
    mengantar_origin_id: str
    address_id: int
    # Set when the warehouse belongs to a fulfilment partner rather than the store's business.
    partner: dict[str, object] | None = None


@dataclass(slots=True)
class CourierService:
    id: int
    code: str
    name: str
    courier_id: int
    courier_code: str
    courier_name: str
    courier_type: str  # instant | cashless | standard
    is_cod: bool
    provider: str  # mengantar | lincah | ninja
    etd: str
    base_rate: int  # rupiah per kg (standard) or per trip (instant) before distance
    per_km: float  # rupiah added per km of distance
    max_km: float | None = None  # instant services only run inside a city
    max_weight: int | None = None  # grams


@dataclass(slots=True)
class PaymentAccount:
    """A bank account of the store for manual ``bank_transfer`` (payment-accounts route)."""

    id: int
    unique_id: str
    financial_entity_id: int
    bank_code: str
    bank_name: str
    account_number: str
    account_holder: str
    is_active: bool = True


@dataclass(slots=True)
class Store:
    id: int
    unique_id: str
    uuid: str
    name: str
    business_id: int
    business_username: str
    logo: str | None  # server-relative image path
    custom_domain: dict[str, object] | None
    payment_methods: list[str]
    warehouse_ids: list[int]
    products: list[Product] = field(default_factory=list)
    bundles: list[Bundle] = field(default_factory=list)
    # Store settings that make Scalev's total differ from the till's sum (orders.set_totals).
    is_unique_code: bool = False
    payment_link_fee: int = 0  # rupiah the buyer pays on top for a payment_link order
    payment_accounts: list[PaymentAccount] = field(default_factory=list)

    def variants(self) -> list[Variant]:
        return [v for p in self.products for v in p.variants]

    def physical_variants(self) -> list[Variant]:
        return [v for v in self.variants() if v.is_physical]

    def digital_variants(self) -> list[Variant]:
        return [v for v in self.variants() if not v.is_physical]

    def physical_bundles(self) -> list[Bundle]:
        return [b for b in self.bundles if b.is_physical]

    def digital_bundles(self) -> list[Bundle]:
        return [b for b in self.bundles if not b.is_physical]


@dataclass(slots=True)
class SeedData:
    stores: list[Store]
    locations: list[Location]
    warehouses: list[Warehouse]
    couriers: list[CourierService]
    _variants_by_id: dict[int, Variant] = field(default_factory=dict, repr=False)
    _variants_by_key: dict[str, Variant] = field(default_factory=dict, repr=False)
    _price_options: dict[str, tuple[Bundle, PriceOption]] = field(default_factory=dict, repr=False)
    _locations_by_id: dict[int, Location] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        self._variants_by_id.clear()
        self._variants_by_key.clear()
        self._price_options.clear()
        for store in self.stores:
            for variant in store.variants():
                self._variants_by_id[variant.id] = variant
                self._variants_by_key[variant.unique_id] = variant
                self._variants_by_key[variant.uuid] = variant
            for bundle in store.bundles:
                for option in bundle.price_options:
                    self._price_options[option.unique_id] = (bundle, option)
        self._locations_by_id = {loc.id: loc for loc in self.locations}

    # Look-ups by the identifiers the API receives.
    def store(self, key: int | str) -> Store | None:
        for store in self.stores:
            if key in (store.id, store.unique_id, str(store.id)):
                return store
        return None

    def store_with_method(self, method: str) -> Store:
        return next(s for s in self.stores if method in s.payment_methods)

    def variant(self, key: int | str) -> Variant | None:
        if isinstance(key, int):
            return self._variants_by_id.get(key)
        if key.isdigit():
            return self._variants_by_id.get(int(key))
        return self._variants_by_key.get(key)

    def price_option(self, unique_id: str) -> tuple[Bundle, PriceOption] | None:
        return self._price_options.get(unique_id)

    def location(self, location_id: int) -> Location | None:
        return self._locations_by_id.get(location_id)

    def location_named(self, subdistrict: str, city: str | None = None) -> Location:
        for loc in self.locations:
            if loc.subdistrict_name == subdistrict and city in (None, loc.city_name):
                return loc
        raise KeyError(subdistrict)

    def warehouse(self, key: int | str) -> Warehouse | None:
        return next((w for w in self.warehouses if key in (w.id, w.unique_id)), None)

    def courier(self, service_id: int) -> CourierService | None:
        return next((c for c in self.couriers if c.id == service_id), None)
