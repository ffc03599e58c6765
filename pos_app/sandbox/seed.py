"""Deterministic seed data: stores, catalog, locations, warehouses and courier services.

Everything is drawn from one ``random.Random(seed)`` in a fixed order, so the same seed gives
the same ids, SKUs and prices on every run and every machine.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from typing import NamedTuple

from pos_app.sandbox.catalog import BundleSpec, ProductSpec, bulk_products, store_catalog
from pos_app.sandbox.locations import KNOWN_POSTAL_CODES, PROVINCES
from pos_app.sandbox.model import (
    Bundle,
    BundleLine,
    CourierService,
    Location,
    PaymentAccount,
    PriceOption,
    Product,
    SeedData,
    Store,
    Variant,
    Warehouse,
)

DEFAULT_SEED = 20261127
_ALNUM = string.ascii_letters + string.digits


class _StoreDef(NamedTuple):
    id: int
    name: str
    business_id: int
    username: str
    domain: str | None
    domain_id: int | None
    logo: str | None
    payment_methods: tuple[str, ...]
    warehouse_ids: tuple[int, ...]
    theme: str
    is_unique_code: bool = False
    payment_link_fee: int = 0


# Between them the stores accept every method a counter meets (§5.1); new methods go at the
# end of a list, because clients and tests default to a store's first method. The first
# store keeps Scalev's total equal to the till's sum; Batik adds a unique code to bank
# transfers and Dapur a payment-link fee, so the difference shows up in training too.
_STORES = (
    _StoreDef(4127, "Kopi Nusantara Cabang Dago", 1893, "kopinusantara", "https://kopinusantara.id",
              771, "/images/logo-kopi-nusantara.png",
              ("qris", "bank_transfer", "va_bca", "payment_link", "cod"), (610, 612), "kopi"),
    _StoreDef(4133, "Batik Sekar Jagad Solo", 2045, "sekarjagad",
              "https://batiksekarjagad.co.id", 802, "/images/logo-sekar-jagad.png",
              ("bank_transfer", "invoice", "va_bni", "card", "alfamart"), (613, 611), "batik",
              is_unique_code=True),
    _StoreDef(4158, "Dapur Mbok Sum", 2107, "dapurmboksum", "https://dapurmboksum.com", 845,
              "/images/logo-dapur-mbok-sum.png",
              ("qris", "payment_link", "ovo", "dana", "shopeepay", "gopay"), (614, 611), "dapur",
              payment_link_fee=2500),
    # No custom domain and no logo, so clients meet the nullable store fields.
    _StoreDef(4162, "Oleh-Oleh Bu Ratna", 2133, "olehbururatna", None, None, None,
              ("bank_transfer", "cod", "no_payment"), (615, 612), "medan"),
)

# (store id, financial entity id, bank code, bank name, account number, holder)
_PAYMENT_ACCOUNTS = (
    (4127, 14, "BCA", "Bank Central Asia", "4370981255", "PT Kopi Nusantara Sejahtera"),
    (4127, 8, "MANDIRI", "Bank Mandiri", "1300018842761", "PT Kopi Nusantara Sejahtera"),
    (4133, 9, "BNI", "Bank Negara Indonesia", "0823741196", "CV Sekar Jagad"),
    (4133, 451, "BSI", "Bank Syariah Indonesia", "7151029384", "CV Sekar Jagad"),
    (4162, 2, "BRI", "Bank Rakyat Indonesia", "010601000457308", "Ratna Sari Siregar"),
)


class _WarehouseDef(NamedTuple):
    id: int
    name: str
    subdistrict: str
    city: str
    address: str
    postal_code: str
    business_id: int
    username: str
    contact: str
    phone: str
    lincah: str
    mengantar: str
    address_id: int
    partner: dict[str, object] | None = None


_WAREHOUSES = (
    _WarehouseDef(610, "Gudang Bandung - Cicendo", "Cicendo", "Kota Bandung",
                  "Jl. Pajajaran No. 112", "40173", 1893, "kopinusantara", "Asep Hidayat",
                  "6282211334455", "LCH-BDG-0042", "MGT-BDG-0310", 920),
    _WarehouseDef(611, "Gudang Surabaya - Rungkut", "Rungkut", "Kota Surabaya",
                  "Jl. Rungkut Industri III No. 8", "60293", 2210, "gudangmitra-sby",
                  "Bambang Sutrisno", "6281330112233", "LCH-SBY-0031", "MGT-SBY-0118", 944,
                  {"id": 41, "partner_id": 2210, "ka_origin_id": "KA-SBY-07",
                   "lincah_origin_id": "LCH-SBY-0031", "mengantar_origin_id": "MGT-SBY-0118"}),
    _WarehouseDef(612, "Gudang Jakarta - Cakung", "Cakung", "Kota Jakarta Timur",
                  "Jl. Raya Bekasi Km. 21 No. 9", "13920", 2301, "logistikmitra-jkt",
                  "Dewi Lestari", "6281288776655", "LCH-JKT-0107", "MGT-JKT-0415", 951,
                  {"id": 42, "partner_id": 2301, "ka_origin_id": "KA-JKT-12",
                   "lincah_origin_id": "LCH-JKT-0107", "mengantar_origin_id": "MGT-JKT-0415"}),
    _WarehouseDef(613, "Gudang Solo - Laweyan", "Laweyan", "Kota Surakarta",
                  "Jl. Dr. Rajiman No. 521", "57148", 2045, "sekarjagad", "Sri Wahyuni",
                  "6281393445566", "LCH-SOC-0011", "MGT-SOC-0087", 962),
    _WarehouseDef(614, "Gudang Yogyakarta - Umbulharjo", "Umbulharjo", "Kota Yogyakarta",
                  "Jl. Kusumanegara No. 88", "55165", 2107, "dapurmboksum", "Suminah",
                  "6281227788990", "LCH-JOG-0023", "MGT-JOG-0152", 973),
    _WarehouseDef(615, "Gudang Medan - Sunggal", "Medan Sunggal", "Kota Medan",
                  "Jl. Gatot Subroto Km. 6 No. 17", "20127", 2133, "olehbururatna",
                  "Ratna Sari Siregar", "6281361234567", "LCH-MES-0009", "MGT-MES-0066", 988),
)

# Standard services charge per started kilogram; instant ones per trip, inside a city only.
_COURIERS = (
    CourierService(45, "REG", "Reguler", 3, "jne", "JNE", "standard", True, "mengantar", "2-3",
                   9000, 9.0),
    CourierService(46, "YES", "Yakin Esok Sampai", 3, "jne", "JNE", "standard", False,
                   "mengantar", "1", 18000, 12.0),
    CourierService(61, "EZ", "Regular EZ", 5, "jnt", "J&T Express", "standard", True, "lincah",
                   "2-3", 8500, 9.0),
    CourierService(77, "REG", "Reguler", 7, "sicepat", "SiCepat", "standard", True, "mengantar",
                   "2-3", 8500, 8.5),
    CourierService(78, "BEST", "Besok Sampai Tujuan", 7, "sicepat", "SiCepat", "standard", False,
                   "mengantar", "1", 16000, 11.0),
    CourierService(81, "REG", "Reguler", 8, "anteraja", "AnterAja", "standard", True, "lincah",
                   "2-4", 8000, 9.5),
    CourierService(90, "STANDARD", "Standard", 9, "ninja", "Ninja Xpress", "standard", True,
                   "ninja", "3-5", 8000, 8.0),
    CourierService(95, "INSTANT", "Instant", 11, "gosend", "GoSend", "instant", False, "lincah",
                   "1-3 jam", 12000, 2500.0, max_km=40.0, max_weight=20000),
    CourierService(96, "SAMEDAY", "Same Day", 11, "gosend", "GoSend", "instant", False, "lincah",
                   "6-8 jam", 9000, 1500.0, max_km=40.0, max_weight=20000),
)


class _Ids:
    """Sequential ids and collision-free random unique ids drawn from the seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.next = {"product": 8801, "variant": 55101, "bundle": 3301, "bpo": 7701, "line": 9101}
        self.used: set[str] = set()

    def seq(self, kind: str) -> int:
        value = self.next[kind]
        self.next[kind] = value + 1
        return value

    def unique(self, prefix: str, length: int = 6) -> str:
        while True:
            value = prefix + "".join(self.rng.choices(_ALNUM, k=length))
            if value not in self.used:
                self.used.add(value)
                return value

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class _Skus:
    """SKUs in the ``KAG-250-BU`` style, unique across the whole server."""

    _UNITS = frozenset({"gr", "g", "ml", "kg", "cm", "l", "isi"})

    def __init__(self) -> None:
        self.used: set[str] = set()

    @staticmethod
    def _option_code(option: str) -> str:
        if len(option) <= 4 and option.isalnum():
            return option.upper()  # sizes such as XL and XXL must stay apart
        code = ""
        for word in option.split():
            digits = re.sub(r"\D", "", word)
            if digits:
                code += digits[:-3] + "K" if digits.endswith("000") else digits
            elif word[:1].isalpha():
                code += word[0].upper()
        return code[:5]

    def make(self, product_name: str, option: str | None) -> str:
        letters, digits = [], []
        tokens = re.split(r"[\s\-/]+", product_name)
        for token, following in zip(tokens, [*tokens[1:], ""], strict=True):
            if token.isdigit():
                digits.append(token + ("K" if following.lower() == "kg" else ""))
            elif token[:1].isalpha() and token.lower() not in self._UNITS:
                letters.append(token[0].upper())
        stem = "".join(letters[:4]) or "SKU"
        tail = self._option_code(option or "")
        parts = [*digits, tail] if tail else digits
        candidate = "-".join([stem, *parts])
        n = 2
        while candidate in self.used:
            candidate = "-".join([f"{stem}{n}", *parts])
            n += 1
        self.used.add(candidate)
        return candidate


def _build_product(spec: ProductSpec, store_id: int, ids: _Ids, skus: _Skus) -> Product:
    product_id = ids.seq("product")
    variants = []
    for value, price, grams in spec.variants:
        variant_id = ids.seq("variant")
        variants.append(Variant(
            id=variant_id,
            unique_id=ids.unique("variant_"),
            uuid=ids.uuid(),
            store_id=store_id,
            product_id=product_id,
            product_name=spec.name,
            fullname=f"{spec.name} - {value}" if value else spec.name,
            sku=skus.make(spec.name, value),
            price=price,
            weight=grams,
            item_type=spec.item_type,
            option1_value=value,
            # Some variants have their own photo, the rest fall back to the product's.
            images=(f"/images/v-{variant_id}.png",) if ids.rng.random() < 0.5 else (),
        ))
    return Product(product_id, store_id, spec.name, spec.item_type, spec.option_name, variants,
                   images=(f"/images/p-{product_id}.png",))


def _build_bundle(spec: BundleSpec, store_id: int, by_name: dict[str, Product],
                  ids: _Ids) -> Bundle | None:
    if any(name not in by_name for name, _ in spec.lines):
        return None  # a shrunken benchmark catalog may lack the products
    bundle_id = ids.seq("bundle")
    lines = [BundleLine(ids.seq("line"), qty, by_name[name].variants[0]) for name, qty in spec.lines]
    total = sum(line.variant.price * line.quantity for line in lines)
    options = [
        PriceOption(
            id=ids.seq("bpo"),
            unique_id=ids.unique("bpo_"),
            bundle_id=bundle_id,
            name=name,
            slug=f"{_slug(spec.name)}-{_slug(name)}",
            price=max(500, round(total * share / 1000) * 1000),
            # Reseller prices exist in the dashboard but are not offered in this store.
            is_visible="Reseller" not in name,
        )
        for name, share in spec.price_options
    ]
    return Bundle(bundle_id, store_id, spec.name, spec.display, spec.name, spec.weight_bump,
                  lines, options, images=(f"/images/b-{bundle_id}.png",))


def _build_locations(rng: random.Random) -> list[Location]:
    locations: list[Location] = []
    for province, cities in PROVINCES.items():
        for city in cities:
            spread = 0.04 if city.name.startswith("Kota") else 0.12
            next_code = int(city.postal_prefix) * 100 + 11
            for district in city.districts:
                known = KNOWN_POSTAL_CODES.get((district, city.name))
                if known:
                    codes = known
                else:
                    count = rng.randint(1, 4)
                    picked = []
                    for _ in range(count):
                        picked.append(f"{next_code:05d}")
                        next_code += rng.randint(1, 3)
                    codes = tuple(picked)
                locations.append(Location(
                    id=len(locations) + 1,
                    subdistrict_name=district,
                    city_name=city.name,
                    province_name=province,
                    postal_codes=codes,
                    lat=round(city.lat + rng.uniform(-spread, spread), 5),
                    lon=round(city.lon + rng.uniform(-spread, spread), 5),
                ))
    return locations


def _build_warehouses(ids: _Ids, locations: list[Location]) -> list[Warehouse]:
    by_name = {(loc.subdistrict_name, loc.city_name): loc for loc in locations}
    return [
        Warehouse(
            id=w.id, unique_id=ids.unique("warehouse_"), name=w.name,
            location_id=by_name[(w.subdistrict, w.city)].id, address=w.address,
            postal_code=w.postal_code, business_id=w.business_id, business_username=w.username,
            contact_name=w.contact, contact_phone=w.phone, lincah_origin_id=w.lincah,
            mengantar_origin_id=w.mengantar, address_id=w.address_id, partner=w.partner,
        )
        for w in _WAREHOUSES
    ]


def build_seed(seed: int = DEFAULT_SEED, catalog_size: int | None = None) -> SeedData:
    """Generate the whole training data set; ``catalog_size`` resizes the first store."""
    rng = random.Random(seed)
    ids = _Ids(rng)
    skus = _Skus()
    locations = _build_locations(rng)
    warehouses = _build_warehouses(ids, locations)
    stores: list[Store] = []
    for index, d in enumerate(_STORES):
        store = Store(
            id=d.id, unique_id=ids.unique("store_", 8), uuid=ids.uuid(), name=d.name,
            business_id=d.business_id, business_username=d.username, logo=d.logo,
            custom_domain=(
                {"id": d.domain_id, "full_url": d.domain, "is_verified": True} if d.domain else None
            ),
            payment_methods=list(d.payment_methods), warehouse_ids=list(d.warehouse_ids),
            is_unique_code=d.is_unique_code, payment_link_fee=d.payment_link_fee,
        )
        specs, bundle_specs = store_catalog(d.theme, rng)
        if index == 0 and catalog_size is not None:
            specs = specs[:catalog_size]
            specs.extend(bulk_products(catalog_size - len(specs)))
        store.products = [_build_product(spec, store.id, ids, skus) for spec in specs]
        by_name = {p.name: p for p in store.products}
        store.bundles = [
            b for spec in bundle_specs
            if (b := _build_bundle(spec, store.id, by_name, ids)) is not None
        ]
        stores.append(store)
    # Drawn after everything else, so adding accounts changed no other seeded id.
    by_id = {store.id: store for store in stores}
    for n, (store_id, entity, code, bank, number, holder) in enumerate(_PAYMENT_ACCOUNTS):
        by_id[store_id].payment_accounts.append(PaymentAccount(
            id=301 + n, unique_id=ids.unique("payment_account_"), financial_entity_id=entity,
            bank_code=code, bank_name=bank, account_number=number, account_holder=holder))
    return SeedData(stores=stores, locations=locations, warehouses=warehouses,
                    couriers=list(_COURIERS))
