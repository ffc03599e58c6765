"""Orders from other channels (the store's web page, WhatsApp, marketplaces).

A real store's order list mixes them with the counter's sales: other customers, no POS
metadata, created at any time of the day, some paid and some not. They are made through
the same validation and builder as API orders, so they look exactly like real ones.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

from pos_app.sandbox.model import SeedData, Store
from pos_app.sandbox.order_validation import validate_order
from pos_app.sandbox.shipping import quotes

_WIB = timezone(timedelta(hours=7))

# Nobody here shares a phone number with the customers the tests and the training use.
_CUSTOMERS = (
    ("Dewi Anggraini", "6281311223344", "dewi.anggraini@example.co.id"),
    ("Agus Prasetyo", "6285722334455", "agus.prasetyo@example.com"),
    ("Siti Nurhaliza", "6281233445566", None),
    ("Yohanes Simanjuntak", "6281344556677", "yohanes.s@example.com"),
    ("Made Wirawan", "6281999887766", None),
    ("Fitri Handayani", "6287855667788", "fitri.h@example.co.id"),
    ("Rizky Ramadhan", "6289612345678", None),
    ("Nur Aisyah", "6282134567890", "nur.aisyah@example.com"),
    ("Hendra Gunawan", "6281122334455", None),
    ("Lestari Wulandari", "6285211223344", "lestari.w@example.co.id"),
)
_DISTRICTS = (("Tebet", "Kota Jakarta Selatan"), ("Coblong", "Kota Bandung"),
              ("Lowokwaru", "Kota Malang"), ("Laweyan", "Kota Surakarta"))
_ADDRESSES = ("Jl. Melati No. 12, RT 03/RW 07", "Jl. Kenanga Raya No. 5",
              "Perum Griya Asri Blok C-8", "Jl. Cempaka Putih No. 41")


def day_start(now: float) -> float:
    """Midnight of ``now``'s day in Jakarta, where Scalev's business day is."""
    local = datetime.fromtimestamp(now, _WIB)
    return local.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


def _body(store: Store, data: SeedData, rng: random.Random) -> dict[str, Any]:
    name, phone, email = rng.choice(_CUSTOMERS)
    method = rng.choice(store.payment_methods)
    physical = method == "cod" or rng.random() < 0.5
    pool = store.physical_variants() if physical else store.digital_variants()
    picked = rng.sample(pool, k=min(len(pool), rng.randint(1, 3)))
    lines = [(variant, rng.randint(1, 3)) for variant in picked]
    body: dict[str, Any] = {
        "store_unique_id": store.unique_id,
        "customer_name": name,
        "customer_phone": phone,
        "customer_email": email,
        "ordervariants": [{"variant_unique_id": v.unique_id, "quantity": q} for v, q in lines],
        "payment_method": method,
    }
    if physical:
        location = data.location_named(*rng.choice(_DISTRICTS))
        warehouse = data.warehouse(store.warehouse_ids[0])
        assert warehouse is not None
        grams = sum(v.weight * q for v, q in lines)
        quote = quotes(data, warehouse, location, method, grams)[0]
        body.update(address=rng.choice(_ADDRESSES), location_id=location.id,
                    warehouse_unique_id=warehouse.unique_id, courier_service_id=quote.service.id,
                    shipping_cost=quote.cost, shipment_provider_code=quote.service.provider)
    return body


def plan(store: Store, data: SeedData, n: int, now: float,
         rng: random.Random) -> list[tuple[Any, float, float | None]]:
    """(validated order, created at, paid at or None) for ``n`` orders made earlier today
    on the server's clock, oldest first; with two or more, at least one of each kind."""
    start = day_start(now)
    made = []
    for index, created in enumerate(sorted(rng.uniform(start, now) for _ in range(n))):
        paid = index == 0 or (index > 1 and rng.random() < 0.5)
        paid_at = min(now, created + rng.uniform(30, 1800)) if paid else None
        made.append((validate_order(_body(store, data, rng), data), created, paid_at))
    return made
