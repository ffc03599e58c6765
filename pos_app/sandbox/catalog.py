"""What each training store sells: product specs, before ids are handed out.

A spec lists its variants as (option value, price, weight) so ``seed.py`` only has to number
things. Prices are whole rupiah rounded to 500 and weights are packed grams; anything that is
not physical weighs 0.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import NamedTuple

PHYSICAL, DIGITAL, COURSE = "physical", "digital", "course"


class ProductSpec(NamedTuple):
    name: str
    item_type: str
    option_name: str | None
    variants: tuple[tuple[str | None, int, int], ...]  # (option1 value, price, grams)


class BundleSpec(NamedTuple):
    name: str
    display: str
    lines: tuple[tuple[str, int], ...]  # (product name, quantity); first variant is used
    price_options: tuple[tuple[str, float], ...]  # (name, share of the lines' total price)
    weight_bump: int


Option = tuple[str, int, int]  # (value, price delta, weight delta)


def _round(price: float) -> int:
    return max(500, round(price / 500) * 500)


def _spec(
    name: str,
    item_type: str,
    price: float,
    grams: int,
    option_name: str | None = None,
    options: tuple[Option, ...] = (),
) -> ProductSpec:
    grams = grams if item_type == PHYSICAL else 0
    if not options:
        return ProductSpec(name, item_type, None, ((None, _round(price), grams),))
    variants = tuple(
        (value, _round(price + delta), grams + dg if item_type == PHYSICAL else 0)
        for value, delta, dg in options
    )
    return ProductSpec(name, item_type, option_name, variants)


def _pick(rng: random.Random, options: tuple[Option, ...], low: int = 1) -> tuple[Option, ...]:
    """A prefix of the options, so the first value (the usual one) is always on sale."""
    return options[: rng.randint(low, len(options))]


# --- Kopi Nusantara: beans, brewing gear, e-books and a barista class -----------------------

_COFFEE_ORIGINS = (
    ("Arabika", "Gayo", 85000), ("Arabika", "Toraja Sapan", 95000),
    ("Arabika", "Kintamani", 90000), ("Arabika", "Flores Bajawa", 88000),
    ("Arabika", "Java Preanger", 82000), ("Arabika", "Mandailing", 92000),
    ("Arabika", "Kerinci", 86000), ("Arabika", "Wamena", 120000),
    ("Robusta", "Temanggung", 55000), ("Arabika", "Ijen Raung", 84000),
    ("Arabika", "Malabar", 80000), ("Arabika", "Puntang", 98000),
    ("Robusta", "Dampit", 50000), ("Arabika", "Lintong", 90000),
    ("Robusta", "Semendo", 52000), ("Arabika", "Papandayan", 83000),
    ("Arabika", "Enrekang", 94000),
)
_COFFEE_SIZES = (("250 gr", 1.0, 270), ("500 gr", 1.9, 520), ("1 kg", 3.6, 1030))
_GRIND: tuple[Option, ...] = (("Biji Utuh", 0, 0), ("Bubuk Halus", 2000, 0), ("Bubuk Kasar", 2000, 0))


def _coffee(rng: random.Random) -> list[ProductSpec]:
    specs = [
        _spec("Kopi Gayo Café Blend 200 gr", PHYSICAL, 78000, 220, "Gilingan", _GRIND[:2]),
        _spec("Tumbler Batik Parang 500 ml", PHYSICAL, 125000, 450, "Warna",
              (("Biru Indigo", 0, 0), ("Coklat Sogan", 0, 0), ("Hitam Legam", 5000, 0))),
        _spec("E-Book Resep Kopi Susu Kekinian", DIGITAL, 49000, 0),
    ]
    for kind, origin, price in _COFFEE_ORIGINS:
        for size, factor, grams in _COFFEE_SIZES:
            specs.append(_spec(f"Kopi {kind} {origin} {size}", PHYSICAL, price * factor, grams,
                               "Gilingan", _pick(rng, _GRIND)))
    specs += [
        _spec("Drip Bag Kopi Nusantara isi 10", PHYSICAL, 65000, 180, "Varian",
              _pick(rng, (("Gayo", 0, 0), ("Toraja", 0, 0), ("Kintamani", 3000, 0),
                          ("Flores", 3000, 0)), 2)),
        _spec("Mug Keramik Kopi Nusantara 350 ml", PHYSICAL, 75000, 400, "Warna",
              (("Putih", 0, 0), ("Hitam", 0, 0), ("Hijau Sage", 5000, 0))),
        _spec("V60 Dripper Keramik 02", PHYSICAL, 185000, 350, "Warna",
              (("Putih", 0, 0), ("Hitam", 10000, 0))),
        _spec("Grinder Kopi Manual Kayu Jati", PHYSICAL, 285000, 800),
        _spec("Kertas Filter V60 isi 100", PHYSICAL, 45000, 150),
        _spec("Gula Aren Cair 250 ml", PHYSICAL, 35000, 300),
        _spec("Moka Pot Aluminium 3 Cup", PHYSICAL, 215000, 600),
        _spec("Timbangan Kopi Digital", PHYSICAL, 165000, 500),
        _spec("E-Book Panduan Manual Brew", DIGITAL, 59000, 0),
        _spec("Kelas Online Barista Dasar", COURSE, 350000, 0, "Paket",
              (("Reguler", 0, 0), ("Premium", 400000, 0))),
        _spec("Voucher Workshop Latte Art", DIGITAL, 150000, 0),
        _spec("Kartu Hadiah Digital Kopi Nusantara", DIGITAL, 100000, 0, "Nominal",
              (("Rp100.000", 0, 0), ("Rp250.000", 150000, 0), ("Rp500.000", 400000, 0))),
    ]
    return specs


_COFFEE_BUNDLES = (
    BundleSpec("Paket Ngopi Pagi", "Paket Ngopi Pagi (Kopi Gayo + Tumbler)",
               (("Kopi Arabika Gayo 250 gr", 1), ("Tumbler Batik Parang 500 ml", 1)),
               (("Harga Normal", 0.95), ("Promo Gajian", 0.85)), 50),
    BundleSpec("Paket Seduh Manual", "Paket Seduh Manual V60",
               (("V60 Dripper Keramik 02", 1), ("Kertas Filter V60 isi 100", 1),
                ("Kopi Arabika Kintamani 250 gr", 2)),
               (("Harga Normal", 0.9),), 100),
    BundleSpec("Paket Hadiah Kopi", "Paket Hadiah Kopi Toraja + 2 Mug",
               (("Kopi Arabika Toraja Sapan 500 gr", 1), ("Mug Keramik Kopi Nusantara 350 ml", 2)),
               (("Harga Normal", 0.95), ("Harga Lebaran", 0.88), ("Harga Reseller", 0.8)), 150),
    BundleSpec("Paket E-Book Kopi", "Paket 2 E-Book Kopi",
               (("E-Book Resep Kopi Susu Kekinian", 1), ("E-Book Panduan Manual Brew", 1)),
               (("Harga Normal", 0.8),), 0),
    BundleSpec("Paket Barista Pemula", "Kelas Barista Dasar + E-Book Manual Brew",
               (("Kelas Online Barista Dasar", 1), ("E-Book Panduan Manual Brew", 1)),
               (("Harga Normal", 0.9), ("Early Bird", 0.75)), 0),
    BundleSpec("Paket Kopi + E-Book", "Kopi Gayo Café Blend + E-Book Kopi Susu",
               (("Kopi Gayo Café Blend 200 gr", 1), ("E-Book Resep Kopi Susu Kekinian", 1)),
               (("Harga Normal", 0.9),), 0),
)


# --- Batik Sekar Jagad: cloth, shirts, blouses, kerudung and a batik class -------------------

_MOTIFS = (
    "Parang Rusak", "Kawung", "Truntum", "Sidomukti", "Sekar Jagad", "Mega Mendung",
    "Lasem Tiga Negeri", "Sogan Solo", "Wahyu Tumurun", "Semen Rama", "Ceplok Kembang",
    "Tambal", "Buketan Pekalongan", "Jlamprang", "Gentongan Madura",
)
_SHIRT: tuple[Option, ...] = (("M", 0, 0), ("L", 0, 10), ("XL", 0, 20), ("XXL", 15000, 30))
_BLOUSE: tuple[Option, ...] = (("S", 0, 0), ("M", 0, 0), ("L", 0, 10), ("XL", 10000, 20))
_COLOURS: tuple[Option, ...] = (
    ("Dusty Pink", 0, 0), ("Sage", 0, 0), ("Navy", 0, 0), ("Mocca", 0, 0),
)


def _batik(rng: random.Random) -> list[ProductSpec]:
    specs: list[ProductSpec] = []
    for motif in _MOTIFS:
        specs.append(_spec(f"Kain Batik Tulis {motif}", PHYSICAL, rng.randrange(450, 751, 25) * 1000,
                           350, "Warna Dasar",
                           _pick(rng, (("Sogan", 0, 0), ("Indigo", 0, 0), ("Hitam", 0, 0)))))
        specs.append(_spec(f"Kemeja Batik Pria {motif}", PHYSICAL, rng.randrange(185, 326, 5) * 1000,
                           300, "Ukuran", _pick(rng, _SHIRT, 2)))
        specs.append(_spec(f"Blouse Batik Wanita {motif}", PHYSICAL,
                           rng.randrange(165, 286, 5) * 1000, 250, "Ukuran", _pick(rng, _BLOUSE, 2)))
    specs += [
        _spec("Kerudung Segi Empat Voal", PHYSICAL, 65000, 120, "Warna", _COLOURS),
        _spec("Pashmina Ceruty Baby Doll", PHYSICAL, 55000, 150, "Warna",
              (("Hitam", 0, 0), ("Maroon", 0, 0), ("Army", 0, 0), ("Lilac", 0, 0))),
        _spec("Bergo Instan Jersey", PHYSICAL, 45000, 130, "Ukuran",
              (("M", 0, 0), ("L", 0, 10), ("XL", 5000, 20))),
        _spec("Kerudung Paris Premium", PHYSICAL, 35000, 100, "Warna", _pick(rng, _COLOURS)),
        _spec("Khimar Syari Wolfis", PHYSICAL, 95000, 300, "Warna", _pick(rng, _COLOURS)),
        _spec("Inner Ciput Rajut", PHYSICAL, 15000, 50, "Warna",
              (("Hitam", 0, 0), ("Putih", 0, 0), ("Cream", 0, 0))),
        _spec("Sarung Batik Tenun", PHYSICAL, 185000, 450),
        _spec("Selendang Batik Sutra", PHYSICAL, 275000, 150, "Warna",
              (("Merah Marun", 0, 0), ("Hijau Botol", 0, 0))),
        _spec("Masker Kain Batik isi 3", PHYSICAL, 30000, 60),
        _spec("Tas Jinjing Batik", PHYSICAL, 120000, 350, "Warna",
              (("Sogan", 0, 0), ("Indigo", 0, 0))),
        _spec("Dompet Batik Lipat", PHYSICAL, 65000, 120),
        _spec("Kelas Online Membatik Canting", COURSE, 350000, 0, "Paket",
              (("Reguler", 0, 0), ("VIP", 250000, 0))),
        _spec("E-Book Filosofi Motif Batik Jawa", DIGITAL, 75000, 0),
        _spec("Pola Jahit Kemeja Batik PDF", DIGITAL, 45000, 0, "Ukuran",
              (("S", 0, 0), ("M", 0, 0), ("L", 0, 0), ("XL", 0, 0))),
        _spec("Webinar Bisnis Fashion Muslim", COURSE, 99000, 0),
    ]
    return specs


_BATIK_BUNDLES = (
    BundleSpec("Paket Couple Sekar Jagad", "Kemeja + Blouse Batik Sekar Jagad",
               (("Kemeja Batik Pria Sekar Jagad", 1), ("Blouse Batik Wanita Sekar Jagad", 1)),
               (("Harga Normal", 0.92), ("Promo Kondangan", 0.85)), 100),
    BundleSpec("Paket Seragam Keluarga", "3 Kemeja Batik Kawung",
               (("Kemeja Batik Pria Kawung", 3),), (("Harga Normal", 0.9),), 150),
    BundleSpec("Paket Kerudung Harian", "Kerudung Voal + Pashmina + Inner",
               (("Kerudung Segi Empat Voal", 1), ("Pashmina Ceruty Baby Doll", 1),
                ("Inner Ciput Rajut", 2)),
               (("Harga Normal", 0.9), ("Promo Jumat Berkah", 0.8)), 50),
    BundleSpec("Paket Belajar Membatik", "Kelas Membatik + E-Book Filosofi Motif",
               (("Kelas Online Membatik Canting", 1), ("E-Book Filosofi Motif Batik Jawa", 1)),
               (("Harga Normal", 0.85),), 0),
    BundleSpec("Paket Pola + Webinar", "Pola Jahit Kemeja + Webinar Bisnis",
               (("Pola Jahit Kemeja Batik PDF", 1), ("Webinar Bisnis Fashion Muslim", 1)),
               (("Harga Normal", 0.9), ("Harga Alumni", 0.7)), 0),
    BundleSpec("Paket Hantaran", "Kain Batik Tulis Truntum + Selendang Sutra",
               (("Kain Batik Tulis Truntum", 1), ("Selendang Batik Sutra", 1)),
               (("Harga Normal", 0.95), ("Harga Pengantin", 0.9), ("Harga Reseller", 0.82)), 200),
)


# --- Dapur Mbok Sum: sambal, keripik, kue and cooking e-books --------------------------------

_SAMBAL = (
    ("Sambal Bawang", 25000), ("Sambal Cumi", 45000), ("Sambal Roa", 42000),
    ("Sambal Teri Medan", 38000), ("Sambal Matah", 30000), ("Sambal Ijo", 28000),
    ("Sambal Bajak", 26000), ("Sambal Dabu-Dabu", 29000), ("Sambal Terasi", 25000),
    ("Sambal Ebi", 40000), ("Sambal Tuna Asap", 44000), ("Sambal Bakar", 27000),
)
_KERIPIK = (
    ("Keripik Singkong Balado", 15000), ("Keripik Tempe Sagu", 18000),
    ("Keripik Pisang Coklat", 20000), ("Keripik Kentang Mustofa", 30000),
    ("Keripik Usus Krispi", 25000), ("Keripik Bayam", 17000), ("Keripik Talas", 19000),
    ("Keripik Sukun", 19000), ("Keripik Jamur Tiram", 24000), ("Keripik Kaca Pedas", 15000),
    ("Basreng Pedas Daun Jeruk", 18000), ("Makaroni Ngehe", 15000),
)
_HEAT: tuple[Option, ...] = (("Sedang", 0, 0), ("Pedas", 0, 0), ("Extra Pedas", 2000, 0))


def _dapur(rng: random.Random) -> list[ProductSpec]:
    specs: list[ProductSpec] = []
    for name, price in _SAMBAL:
        specs.append(_spec(f"{name} Botol 150 gr", PHYSICAL, price, 220, "Level Pedas",
                           _pick(rng, _HEAT)))
        specs.append(_spec(f"{name} Botol 250 gr", PHYSICAL, price * 1.6, 350, "Level Pedas",
                           _pick(rng, _HEAT)))
    for name, price in _KERIPIK:
        packs: tuple[Option, ...] = (("Standing Pouch", 0, 0), ("Toples", 8000, 150))
        specs.append(_spec(f"{name} 200 gr", PHYSICAL, price, 220, "Kemasan", _pick(rng, packs)))
        specs.append(_spec(f"{name} 500 gr", PHYSICAL, price * 2.2, 520, "Kemasan",
                           _pick(rng, packs)))
    specs += [
        _spec("Bakpia Pathok isi 20", PHYSICAL, 45000, 700, "Rasa",
              (("Kacang Hijau", 0, 0), ("Keju", 5000, 0), ("Coklat", 5000, 0),
               ("Kumbu Hitam", 3000, 0))),
        _spec("Geplak Bantul", PHYSICAL, 25000, 300),
        _spec("Yangko Kotagede", PHYSICAL, 30000, 300),
        _spec("Wingko Babat", PHYSICAL, 35000, 400),
        _spec("Lapis Legit Premium", PHYSICAL, 185000, 900, "Ukuran",
              (("20x10 cm", 0, 0), ("20x20 cm", 160000, 800))),
        _spec("Brownies Kukus", PHYSICAL, 55000, 600, "Rasa", (("Original", 0, 0), ("Keju", 5000, 0))),
        _spec("Rendang Daging Sapi 500 gr", PHYSICAL, 185000, 600),
        _spec("Gudeg Kaleng", PHYSICAL, 45000, 450, "Varian", (("Original", 0, 0), ("Pedas", 0, 0))),
        _spec("Abon Sapi 250 gr", PHYSICAL, 75000, 300),
        _spec("Dendeng Balado 250 gr", PHYSICAL, 95000, 300),
        _spec("E-Book 50 Resep Sambal Nusantara", DIGITAL, 39000, 0),
        _spec("Kelas Online Bisnis Frozen Food", COURSE, 249000, 0),
        _spec("E-Book Resep Kue Basah", DIGITAL, 45000, 0),
        _spec("Video Masak Rendang Minang", DIGITAL, 59000, 0),
    ]
    return specs


_DAPUR_BUNDLES = (
    BundleSpec("Paket Sambal Trio", "3 Sambal Botol 150 gr",
               (("Sambal Bawang Botol 150 gr", 1), ("Sambal Cumi Botol 150 gr", 1),
                ("Sambal Roa Botol 150 gr", 1)),
               (("Harga Normal", 0.9), ("Promo Pedas", 0.8)), 100),
    BundleSpec("Paket Ngemil", "Keripik Singkong + Basreng + Makaroni",
               (("Keripik Singkong Balado 200 gr", 1), ("Basreng Pedas Daun Jeruk 200 gr", 1),
                ("Makaroni Ngehe 200 gr", 1)),
               (("Harga Normal", 0.9),), 80),
    BundleSpec("Paket Oleh-Oleh Jogja", "Bakpia + Geplak + Yangko",
               (("Bakpia Pathok isi 20", 2), ("Geplak Bantul", 1), ("Yangko Kotagede", 1)),
               (("Harga Normal", 0.95), ("Harga Rombongan", 0.85), ("Harga Reseller", 0.8)), 200),
    BundleSpec("Paket Resep Lengkap", "E-Book Sambal + E-Book Kue Basah",
               (("E-Book 50 Resep Sambal Nusantara", 1), ("E-Book Resep Kue Basah", 1)),
               (("Harga Normal", 0.8),), 0),
    BundleSpec("Paket Belajar Usaha Kuliner", "Kelas Frozen Food + Video Rendang",
               (("Kelas Online Bisnis Frozen Food", 1), ("Video Masak Rendang Minang", 1)),
               (("Harga Normal", 0.9), ("Early Bird", 0.75)), 0),
    BundleSpec("Paket Rendang + Resep", "Rendang 500 gr + Video Masak Rendang",
               (("Rendang Daging Sapi 500 gr", 1), ("Video Masak Rendang Minang", 1)),
               (("Harga Normal", 0.9),), 50),
)


# --- Oleh-Oleh Bu Ratna (Medan): a small shop with no custom domain and no logo --------------

_MEDAN = (
    ("Bolu Meranti", 95000, 600), ("Bika Ambon", 85000, 800), ("Lapis Legit Surya", 150000, 700),
    ("Dodol Durian", 45000, 400), ("Pancake Durian isi 10", 120000, 900),
    ("Sirup Markisa", 60000, 800), ("Kopi Sidikalang", 55000, 270),
    ("Kacang Sihobuk", 35000, 300), ("Teri Medan Kering", 65000, 270),
    ("Keripik Ubi Pedas", 25000, 250), ("Kue Bangkit", 40000, 350),
    ("Lemang Tebing", 45000, 500), ("Ombus-Ombus", 30000, 300), ("Kopi Lintong", 60000, 270),
    ("Andaliman Kering", 35000, 120), ("Bolu Gulung Pandan", 55000, 450),
    ("Roti Ketawa", 30000, 300), ("Kerupuk Jengkol", 25000, 250),
    ("Mie Balap Kering", 28000, 400), ("Manisan Pala", 32000, 300),
)
_PACKS = (("Paket Kecil", 1.0, 1.0), ("Paket Sedang", 1.7, 1.7), ("Paket Besar", 2.5, 2.6))


def _medan(rng: random.Random) -> list[ProductSpec]:
    specs: list[ProductSpec] = []
    for name, price, grams in _MEDAN:
        for pack, factor, weight_factor in _PACKS:
            options: tuple[Option, ...] = ()
            if name == "Bolu Meranti":
                options = _pick(rng, (("Original", 0, 0), ("Keju", 10000, 0),
                                      ("Pandan", 0, 0), ("Coklat", 5000, 0)), 2)
            specs.append(_spec(f"{name} {pack}", PHYSICAL, price * factor,
                               round(grams * weight_factor), "Rasa" if options else None, options))
    specs += [
        _spec("E-Book Kuliner Khas Medan", DIGITAL, 35000, 0),
        _spec("Voucher Belanja Digital Bu Ratna", DIGITAL, 100000, 0, "Nominal",
              (("Rp100.000", 0, 0), ("Rp200.000", 100000, 0))),
    ]
    return specs


_MEDAN_BUNDLES = (
    BundleSpec("Paket Oleh-Oleh Medan", "Bolu Meranti + Bika Ambon",
               (("Bolu Meranti Paket Kecil", 1), ("Bika Ambon Paket Kecil", 1)),
               (("Harga Normal", 0.95), ("Harga Bandara", 1.0)), 150),
    BundleSpec("Paket Durian", "Dodol Durian + Pancake Durian",
               (("Dodol Durian Paket Kecil", 1), ("Pancake Durian isi 10 Paket Kecil", 1)),
               (("Harga Normal", 0.9),), 200),
    BundleSpec("Paket Kopi Batak", "Kopi Sidikalang + Kopi Lintong",
               (("Kopi Sidikalang Paket Kecil", 1), ("Kopi Lintong Paket Kecil", 1)),
               (("Harga Normal", 0.9), ("Harga Reseller", 0.8)), 50),
    BundleSpec("Paket Bumbu Batak", "Andaliman + Teri Medan",
               (("Andaliman Kering Paket Kecil", 2), ("Teri Medan Kering Paket Kecil", 1)),
               (("Harga Normal", 0.92),), 50),
    BundleSpec("Paket E-Book + Voucher", "E-Book Kuliner + Voucher Belanja",
               (("E-Book Kuliner Khas Medan", 1), ("Voucher Belanja Digital Bu Ratna", 1)),
               (("Harga Normal", 0.95),), 0),
    BundleSpec("Paket Camilan Medan", "Kacang Sihobuk + Keripik Ubi + Kerupuk Jengkol",
               (("Kacang Sihobuk Paket Kecil", 1), ("Keripik Ubi Pedas Paket Kecil", 1),
                ("Kerupuk Jengkol Paket Kecil", 1)),
               (("Harga Normal", 0.9), ("Promo Akhir Pekan", 0.8)), 100),
)


THEMES = {
    "kopi": (_coffee, _COFFEE_BUNDLES),
    "batik": (_batik, _BATIK_BUNDLES),
    "dapur": (_dapur, _DAPUR_BUNDLES),
    "medan": (_medan, _MEDAN_BUNDLES),
}


def store_catalog(theme: str, rng: random.Random) -> tuple[list[ProductSpec], tuple[BundleSpec, ...]]:
    products, bundles = THEMES[theme]
    return products(rng), bundles


def bulk_products(count: int) -> Iterator[ProductSpec]:
    """Extra coffee-shop products for benchmark catalogs (``catalog_size`` beyond the default).

    Names carry a lot number so they stay distinct; every seventh is an e-book so a big
    catalog still mixes physical and digital items.
    """
    for n in range(count):
        lot = n // 7 + 1
        if n % 7 == 6:
            yield _spec(f"E-Book Seri Kopi Nusantara Vol. {lot}", DIGITAL, 25000 + (lot % 20) * 5000, 0)
            continue
        kind, origin, price = _COFFEE_ORIGINS[(n + lot) % len(_COFFEE_ORIGINS)]
        size, factor, grams = _COFFEE_SIZES[n % len(_COFFEE_SIZES)]
        grinds = _GRIND[: 1 + (n + lot) % len(_GRIND)]
        yield _spec(f"Kopi {kind} {origin} {size} Lot {lot}", PHYSICAL, price * factor, grams,
                    "Gilingan", grinds)
