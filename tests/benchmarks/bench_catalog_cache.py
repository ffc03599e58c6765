"""How long the catalog cache takes at shop scale. Run: python tests/benchmarks/bench_catalog_cache.py

A plain script (not a test) so the numbers are printed, not asserted on a shared CI box.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from pos_app.api.models import Bundle, BundleLine, BundlePriceOption, Product, Variant
from pos_app.storage.catalog_cache import CatalogCache


def make_catalog(n_products: int, variants_per_product: int) -> tuple[list[Product], list[Bundle]]:
    products = []
    vid = 1
    for pid in range(1, n_products + 1):
        variants = []
        for k in range(variants_per_product):
            variants.append(
                Variant(
                    id=vid,
                    unique_id=f"variant_{vid:08x}",
                    product_id=pid,
                    product_name=f"Kopi Arabika Gayo {pid}",
                    fullname=f"Kopi Arabika Gayo {pid} - {250 * (k + 1)} gr",
                    sku=f"KAG-{pid:05d}-{k}",
                    price=45000 + 1000 * k,
                    item_type="physical" if pid % 3 else "digital",
                    weight=250 * (k + 1),
                    image_url=f"https://cdn.example.com/p/{pid}/{k}.jpg" if k == 0 else None,
                    option_values=(f"{250 * (k + 1)} gr", "Biji"),
                )
            )
            vid += 1
        products.append(
            Product(id=pid, name=f"Kopi Arabika Gayo {pid}", item_type="physical", variants=tuple(variants))
        )
    bundles = [
        Bundle(
            id=b,
            name=f"Paket Hemat {b}",
            display=f"Paket Hemat {b}",
            weight_bump=50,
            lines=(BundleLine(b, f"variant_{b:08x}", f"Kopi {b}", f"KAG-{b}", 2, 250, "physical"),),
            price_options=(BundlePriceOption(b, f"bpo_{b}", "Harga normal", 80000),),
        )
        for b in range(1, 201)
    ]
    return products, bundles


def main(n_products: int = 10_000, variants_per_product: int = 3) -> None:
    products, bundles = make_catalog(n_products, variants_per_product)
    n_variants = sum(len(p.variants) for p in products)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "catalog.sqlite3"
        with CatalogCache(path) as cache:
            start = time.perf_counter()
            cache.save(4127, products, bundles, datetime.now(UTC))
            save_s = time.perf_counter() - start
        size_mb = path.stat().st_size / 1e6  # the WAL is checkpointed on close
        loads = []
        for _ in range(5):
            with CatalogCache(path) as cache:  # a fresh open each time, as at app start
                start = time.perf_counter()
                cached = cache.load(4127)
                loads.append(time.perf_counter() - start)
            assert cached is not None and len(cached.products) == n_products
        assert cached.products == tuple(products) and cached.bundles == tuple(bundles)
    print(f"catalog: {n_products} products, {n_variants} variants, {len(bundles)} bundles")
    print(f"save: {save_s * 1000:.0f} ms, file ~{size_mb:.1f} MB")
    print(f"load: best {min(loads) * 1000:.0f} ms, median {sorted(loads)[2] * 1000:.0f} ms (5 runs)")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
