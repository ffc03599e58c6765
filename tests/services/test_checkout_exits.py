"""Every journal state has an exit, and a journal that cannot write never doubles a sale."""

from __future__ import annotations

import sqlite3

import pytest

from pos_app.api.errors import NetworkError, ServerError
from pos_app.services.checkout import CheckoutService
from pos_app.services.checkout_lookup import LookupPolicy
from pos_app.services.checkout_outcomes import OutcomeUnknown, RecoveryKind
from pos_app.storage.journal import Journal, JournalState, JournalStateError
from tests.services.test_checkout import PRICE, STORE, FakeClient, Sleeps, payload, submit


class FlakyJournal(Journal):
    """A journal whose next ``mark_confirmed`` calls fail as a locked or full disk makes them."""

    failures = 0

    def mark_confirmed(self, *args, **kwargs):
        if self.failures:
            self.failures -= 1
            # Run the real write against a connection that answers "database is locked".
            real, self._conn = self._conn, _Locked(self._conn)
            try:
                return super().mark_confirmed(*args, **kwargs)
            finally:
                self._conn = real
        return super().mark_confirmed(*args, **kwargs)


class _Locked:
    """Reads work (WAL); taking the write lock fails, as with another writer holding it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args):
        if sql.startswith("BEGIN"):
            raise sqlite3.OperationalError("database is locked")
        return self._conn.execute(sql, *args)


@pytest.fixture
def journal(data_dir):
    j = FlakyJournal(data_dir / "journal.sqlite3", "KASIR-01")
    yield j
    j.close()


@pytest.fixture
def client():
    return FakeClient()


@pytest.fixture
def service(client, journal):
    return CheckoutService(client, journal, sleep=Sleeps(), lookup=LookupPolicy(not_found_delays=()))


@pytest.mark.asyncio
async def test_an_unwritable_confirmation_keeps_the_order_and_never_sends_again(service, client, journal):
    flaky = journal
    flaky.failures = 3
    result = await service.submit(store=STORE, payload=payload(), total=2 * PRICE)
    # The cashier gets the order (QR on screen) although the journal still says "sent".
    assert result.order.id == "pk-1"
    assert result.entry.state is JournalState.CONFIRMED
    assert flaky.find(result.receipt).state is JournalState.SENT
    assert result.receipt in service.unwritten

    # A resend or a recovery meanwhile must not create a second order.
    again = await service.resend(result.receipt)
    assert again.order.id == "pk-1"
    assert await service.recover_unfinished() == []
    assert client.create_calls == 1

    # The write is retried by itself until the journal takes it.
    for _ in range(10):
        if not service.unwritten:
            break
        await service._flush_task  # type: ignore[misc]  # the retry loop with instant sleeps
    assert not service.unwritten
    entry = flaky.find(result.receipt)
    assert (entry.state, entry.order_pk) == (JournalState.CONFIRMED, "pk-1")
    assert client.create_calls == 1
    await service.aclose()


@pytest.mark.asyncio
async def test_unknown_and_unsent_sales_can_be_looked_up_again_and_abandoned(service, client, journal):
    client.create_script = [ServerError("bad gateway", status=502)]
    with pytest.raises(OutcomeUnknown) as unknown:
        await submit(service)
    receipt = unknown.value.receipt
    assert journal.find(receipt).state is JournalState.UNKNOWN

    outcome = await service.look_up_again(receipt)
    assert outcome.kind is RecoveryKind.UNKNOWN
    assert client.create_calls == 1  # looking up never sends

    with pytest.raises(ValueError):
        service.abandon(receipt, "   ")
    entry = service.abandon(receipt, "customer left")
    assert (entry.state, entry.reason) == (JournalState.ABANDONED, "customer left")
    # Never looked up again at the next start.
    assert await service.recover_unfinished() == []
    with pytest.raises(JournalStateError):
        await service.resend(receipt)


@pytest.mark.asyncio
async def test_only_an_attempt_that_never_reached_the_server_is_retired_by_its_successor(
    service, client, journal
):
    client.create_script = [ServerError("bad gateway", status=502)]
    with pytest.raises(OutcomeUnknown) as unknown:
        await submit(service)
    maybe_an_order = unknown.value.receipt
    client.create_script = []
    result = await service.submit(store=STORE, payload=payload(), total=2 * PRICE, replaces=maybe_an_order)
    # Unknown may be an order on the server: only a lookup (History) decides about it.
    assert journal.find(maybe_an_order).state is JournalState.UNKNOWN
    never_sent = journal.begin(
        store_id=STORE.id, store_unique_id=STORE.unique_id, store_name=STORE.name, customer_name="Rina",
        customer_phone="", total=2 * PRICE, payload=payload(),
    )  # fmt: skip
    await service.submit(store=STORE, payload=payload(), total=2 * PRICE, replaces=never_sent.receipt)
    retired = journal.find(never_sent.receipt)
    assert retired.state is JournalState.ABANDONED and retired.reason.startswith("sent again as ")
    assert result.receipt != never_sent.receipt


@pytest.mark.asyncio
async def test_an_abandoned_sale_found_later_is_still_recorded(service, client, journal):
    client.create_script = [("commit", NetworkError("reset", request_sent=True))]
    client.list_errors = [NetworkError("offline", request_sent=False)] * 10
    with pytest.raises(OutcomeUnknown) as unknown:
        await submit(service)
    receipt = unknown.value.receipt
    service.abandon(receipt, "gave up")
    client.list_errors = []
    outcome = await service.look_up_again(receipt)
    assert outcome.kind is RecoveryKind.ADOPTED
    assert journal.find(receipt).state is JournalState.CONFIRMED


@pytest.mark.asyncio
async def test_a_paid_sale_cannot_be_abandoned(service, journal):
    result = await submit(service)
    with pytest.raises(JournalStateError):
        service.abandon(result.receipt, "mistake")



@pytest.mark.asyncio
async def test_a_found_order_the_journal_could_not_record_is_neither_abandoned_nor_unmarked(
    service, client, journal
):
    client.create_script = [("commit", NetworkError("reset", request_sent=True))]
    client.list_errors = [NetworkError("offline", request_sent=False)] * 10
    with pytest.raises(OutcomeUnknown) as unknown:
        await submit(service)
    receipt = unknown.value.receipt
    client.list_errors = []
    journal.failures = 2  # the lookup finds the order, but the disk refuses to record it
    outcome = await service.look_up_again(receipt)
    assert outcome.kind is RecoveryKind.ADOPTED
    assert journal.find(receipt).state is JournalState.UNKNOWN and receipt in service.unwritten

    with pytest.raises(JournalStateError):
        service.abandon(receipt, "customer left")  # the order exists: it is a sale
    for _ in range(10):
        if not service.unwritten:
            break
        await service._flush_task  # type: ignore[misc]
    entry = journal.find(receipt)
    assert (entry.state, entry.adopted) == (JournalState.CONFIRMED, True)
    assert client.create_calls == 1
    await service.aclose()
