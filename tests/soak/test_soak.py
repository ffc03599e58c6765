"""Soak: hundreds of checkouts under random faults; no sale lost, no sale doubled.

The driver behaves like a cashier: on OutcomeUnknown it presses Resend, on "not sent"
(offline / rate limited) it waits and presses again, until every sale is settled.
Run with ``-s`` to see the counts.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter

import pytest

from pos_app.api.client import ScalevClient
from pos_app.api.errors import ApiError, ValidationError
from pos_app.api.ratelimit import RateLimiter
from pos_app.api.retry import RetryPolicy
from pos_app.sandbox import TrainingServer
from pos_app.services.checkout import CheckoutService
from pos_app.services.checkout_lookup import LookupPolicy
from pos_app.services.checkout_outcomes import CheckoutResult, OutcomeUnknown
from pos_app.services.reconcile import receipt_of
from pos_app.storage.journal import Journal, JournalState
from tests.soak.sales import digital_store, random_sale, store_model

CHECKOUTS = 220
SEED = 20260302
MAX_PRESSES = 40  # per sale; a sale still open after this many is a bug, not bad luck
PHONES = [f"62812555000{i:02d}" for i in range(8)]  # few customers: look-alike orders abound


def _wait_for(error: BaseException) -> float:
    # What a cashier's screen would count down before the next press.
    return min(getattr(error, "retry_after", 0.05) or 0.05, 1.5)


async def _settle_one(service: CheckoutService, store, payload, total, counts: Counter) -> None:
    receipt: str | None = None
    for _ in range(MAX_PRESSES):
        try:
            if receipt is None:
                counts["submits"] += 1
                result: CheckoutResult = await service.submit(store=store, payload=payload, total=total)
            else:
                counts["resends"] += 1
                result = await service.resend(receipt)
        except OutcomeUnknown as exc:
            counts["outcome_unknown"] += 1
            receipt = exc.receipt
            await asyncio.sleep(0.02)
            continue
        except ValidationError:
            counts["validation_errors"] += 1
            return
        except ApiError as exc:
            # Not sent (offline, 429): the cart is kept; press again after the wait.
            counts[f"not_sent:{type(exc).__name__}"] += 1
            await asyncio.sleep(_wait_for(exc))
            continue
        counts["adopted" if result.adopted else "confirmed_direct"] += 1
        return
    raise AssertionError(f"sale {receipt} still unsettled after {MAX_PRESSES} presses")


@pytest.mark.slow
@pytest.mark.asyncio
@pytest.mark.timeout(170)
async def test_soak_no_sale_lost_no_sale_doubled(data_dir):
    rng = random.Random(SEED)
    counts: Counter = Counter()
    started = time.monotonic()
    journal_path = data_dir / "journal.sqlite3"
    # No steady server-side limit: the injected 429 bursts are the rate limiting under test.
    with TrainingServer(rate_limit=None) as server, Journal(journal_path, "KASIR-01") as journal:
        server.faults.random_seed(SEED)
        seed_store, variants = digital_store(server)
        store = store_model(seed_store)
        # Short waits so the soak fits in a minute; the logic is the production one.
        client = ScalevClient(
            server.base_url,
            "sk_training",
            timeout=5.0,
            limiter=RateLimiter(max_requests=100_000, period=1.0),
            retry=RetryPolicy(max_attempts=3, base_delay=0.02, max_delay=0.2, max_total_wait=1.0),
        )
        service = CheckoutService(
            client,
            journal,
            lookup=LookupPolicy(
                not_found_delays=(0.03,), error_retries=3, error_delay=0.02, max_rate_wait=2.0
            ),
        )
        try:
            server.faults.error_rate = 0.10
            for _ in range(CHECKOUTS):
                server.faults.latency = rng.uniform(0.0, 0.05)
                roll = rng.random()
                if roll < 0.10:
                    server.faults.drop_after_commit(1)
                    counts["armed_drop"] += 1
                elif roll < 0.15:
                    server.faults.fail_after_commit(1)
                    counts["armed_fail"] += 1
                if rng.random() < 0.03:
                    # Each 429 costs a wait of up to ~1.5 s (the reset is whole Unix seconds).
                    server.faults.rate_limit_burst(rng.randint(1, 2), reset_in=rng.uniform(0.2, 1.0))
                    counts["armed_429_bursts"] += 1
                payload, total = random_sale(rng, seed_store, variants, PHONES)
                await _settle_one(service, store, payload, total, counts)
        finally:
            server.faults.reset()
            await client.aclose()

        entries = journal.entries()
        states = Counter(e.state for e in entries)
        server_orders = server.orders()
        server_receipts = Counter(receipt_of(o["metadata"]) for o in server_orders)
        confirmed = [e for e in entries if e.state is JournalState.CONFIRMED]
        elapsed = time.monotonic() - started
        print(
            f"\nsoak: {CHECKOUTS} sales in {elapsed:.1f}s; create attempts {server.order_create_attempts},"
            f" journal entries {len(entries)}, confirmed {len(confirmed)}"
            f" (adopted {sum(e.adopted for e in confirmed)}), rejected {states[JournalState.REJECTED]},"
            f" unsent {states[JournalState.UNSENT]}, server orders {len(server_orders)}"
        )
        print("soak driver counts:", dict(sorted(counts.items())))

        # Every attempt is settled: an order, or closed with a reason.
        for entry in entries:
            assert entry.state in (JournalState.CONFIRMED, JournalState.REJECTED, JournalState.UNSENT), entry
            if entry.state is not JournalState.CONFIRMED:
                assert entry.reason, entry
        assert journal.unfinished() == []
        # No sale lost, none doubled.
        assert len(server_orders) == len(confirmed) == CHECKOUTS - counts["validation_errors"]
        assert all(n == 1 for n in server_receipts.values()), server_receipts.most_common(3)
        assert set(server_receipts) == {e.receipt for e in confirmed}
        assert {o["id"] for o in server_orders} == {e.order_pk for e in confirmed}
        # The faults really happened.
        assert sum(e.adopted for e in confirmed) > 0
        assert counts["outcome_unknown"] > 0
