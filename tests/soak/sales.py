"""Random small digital sales against the training server's seed data (shared by tests)."""

from __future__ import annotations

import random
from typing import Any

from pos_app.api.models import Store

PREFERRED_METHODS = ("qris", "payment_link", "bank_transfer")


def digital_store(server: Any) -> tuple[Any, list[Any]]:
    """The seed store with the most digital variants, and those variants."""
    best = max(server.data.stores, key=lambda s: len(s.digital_variants()))
    variants = best.digital_variants()
    assert variants, "the training data has no digital variants"
    return best, variants


def store_model(seed_store: Any) -> Store:
    return Store(
        id=seed_store.id,
        unique_id=seed_store.unique_id,
        name=seed_store.name,
        payment_methods=tuple(seed_store.payment_methods),
    )


def payment_method(seed_store: Any) -> str:
    for method in PREFERRED_METHODS:
        if method in seed_store.payment_methods:
            return method
    return seed_store.payment_methods[0]


def random_sale(
    rng: random.Random, seed_store: Any, variants: list[Any], phones: list[str]
) -> tuple[dict[str, Any], int]:
    """(payload, total) of one to three digital lines for a customer from ``phones``."""
    picked = rng.sample(variants, k=min(len(variants), rng.randint(1, 3)))
    lines = [(v, rng.randint(1, 3)) for v in picked]
    phone = rng.choice(phones)
    payload = {
        "store_unique_id": seed_store.unique_id,
        "customer_name": f"Pelanggan {phone[-4:]}",
        "customer_phone": phone,
        "ordervariants": [{"variant_unique_id": v.unique_id, "quantity": q} for v, q in lines],
        "payment_method": payment_method(seed_store),
    }
    return payload, sum(v.price * q for v, q in lines)
