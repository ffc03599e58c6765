"""CheckoutService against the real training server and the real ScalevClient."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app.api.client import ScalevClient
from pos_app.sandbox import TrainingServer
from pos_app.services.checkout import CheckoutService
from pos_app.services.checkout_lookup import LookupPolicy
from pos_app.services.checkout_outcomes import OutcomeUnknown, RecoveryKind
from pos_app.services.reconcile import receipt_of
from pos_app.storage.journal import Journal, JournalState
from tests.helpers.waiting import wait_for
from tests.soak.sales import digital_store, random_sale, store_model

KEY = "sk_training"
CHILD = Path(__file__).parents[1] / "soak" / "checkout_child.py"


@pytest.fixture
def server():
    with TrainingServer() as srv:
        yield srv


@pytest.fixture
def journal(data_dir):
    j = Journal(data_dir / "journal.sqlite3", "KASIR-01")
    yield j
    j.close()


def one_sale(server, phone: str = "6281299990001"):
    seed_store, variants = digital_store(server)
    payload, total = random_sale(random.Random(1), seed_store, variants, [phone])
    return store_model(seed_store), payload, total


def orders_for(server, receipt: str) -> list:
    return [o for o in server.orders() if receipt_of(o.get("metadata")) == receipt]


@pytest.mark.asyncio
async def test_plain_checkout_creates_one_order(server, journal):
    store, payload, total = one_sale(server)
    async with ScalevClient(server.base_url, KEY) as client:
        result = await CheckoutService(client, journal).submit(store=store, payload=payload, total=total)
    assert not result.adopted
    assert result.order.metadata["pos_receipt_no"] == result.receipt
    assert server.order_create_attempts == 1
    assert len(orders_for(server, result.receipt)) == 1
    assert journal.find(result.receipt).state is JournalState.CONFIRMED


@pytest.mark.asyncio
@pytest.mark.parametrize("fault", ["drop_after_commit", "fail_after_commit"])
async def test_lost_answer_after_commit_is_adopted_without_a_second_create(server, journal, fault):
    getattr(server.faults, fault)(1)
    store, payload, total = one_sale(server)
    async with ScalevClient(server.base_url, KEY) as client:
        result = await CheckoutService(client, journal).submit(store=store, payload=payload, total=total)
    assert result.adopted
    assert not result.order_is_partial
    assert server.order_create_attempts == 1
    assert len(server.orders()) == 1
    entry = journal.find(result.receipt)
    assert (entry.state, entry.adopted, entry.attempts) == (JournalState.CONFIRMED, True, 1)
    assert entry.order_pk == result.order.id == server.orders()[0]["id"]


@pytest.mark.asyncio
async def test_5xx_before_commit_then_resend_gives_exactly_one_order(server, journal):
    store, payload, total = one_sale(server)
    async with ScalevClient(server.base_url, KEY) as client:
        service = CheckoutService(client, journal, lookup=LookupPolicy(not_found_delays=(0.05,)))
        server.faults.error_rate = 1.0
        try:
            with pytest.raises(OutcomeUnknown) as caught:
                await service.submit(store=store, payload=payload, total=total)
        finally:
            server.faults.error_rate = 0.0
        assert len(server.orders()) == 0
        result = await service.resend(caught.value.receipt)
    assert result.receipt == caught.value.receipt
    assert len(server.orders()) == 1
    assert journal.find(result.receipt).attempts == 2


@pytest.mark.slow
@pytest.mark.asyncio
async def test_killed_during_submission_is_recovered_on_restart(server, data_dir):
    path = data_dir / "journal.sqlite3"
    seed_store, variants = digital_store(server)
    payload, total = random_sale(random.Random(7), seed_store, variants, ["6281277770001"])
    store = store_model(seed_store)
    sale = {
        "store": {"id": store.id, "unique_id": store.unique_id, "name": store.name},
        "payload": payload,
        "total": total,
    }
    server.faults.latency = 2.0  # the answer is slow: the kill lands while the POST is in flight
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), "KASIR-01", server.base_url, KEY, json.dumps(sale)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        await wait_for(lambda: server.order_create_attempts >= 1, timeout=30, what="the POST to arrive")
        await asyncio.sleep(0.2)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    assert "done" not in out, f"the child finished before it was killed: {err}"
    server.faults.latency = 0.0

    with Journal(path, "KASIR-01") as journal:
        [entry] = journal.unfinished()
        assert entry.state is JournalState.SENT
        # The server finishes the request the dead client left behind.
        await wait_for(lambda: len(server.orders()) == 1, timeout=10, what="the order to be stored")
        async with ScalevClient(server.base_url, KEY) as client:
            outcomes = await CheckoutService(client, journal).recover_unfinished()
        assert [(o.receipt, o.kind) for o in outcomes] == [(entry.receipt, RecoveryKind.ADOPTED)]
        after = journal.find(entry.receipt)
        assert after.state is JournalState.CONFIRMED and after.adopted
    assert server.order_create_attempts == 1
    assert len(orders_for(server, entry.receipt)) == 1
