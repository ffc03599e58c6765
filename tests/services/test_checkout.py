"""CheckoutService against a scripted fake client: every way a create call can end."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from pos_app.api.errors import (
    ApiError,
    ApiTimeoutError,
    AuthError,
    ForbiddenError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
    ValidationError,
)
from pos_app.api.models import Order, OrderSummary, Store
from pos_app.services.checkout import CheckoutService
from pos_app.services.checkout_lookup import LookupPolicy
from pos_app.services.checkout_outcomes import CheckoutBusy, OutcomeUnknown, RecoveryKind
from pos_app.storage.journal import Journal, JournalState, JournalStateError

STORE = Store(id=4127, unique_id="store_abc123", name="Toko Nusantara")
PHONE = "6281234567890"
PRICE = 25000


def payload(qty: int = 2, phone: str = PHONE) -> dict[str, Any]:
    return {
        "store_unique_id": STORE.unique_id,
        "customer_name": "Budi",
        "customer_phone": phone,
        "ordervariants": [{"variant_unique_id": "variant_ebook", "quantity": qty}],
        "payment_method": "qris",
    }


# What create_order does on one call: "ok", an error raised before anything is stored,
# or ("commit", error): the order is stored and then the error is raised (lost answer).
Step = str | ApiError | BaseException | tuple[str, BaseException]


class FakeClient:
    def __init__(self, *, list_metadata: bool = True) -> None:
        self.orders: list[Order] = []
        self.create_script: list[Step] = []
        self.list_errors: list[ApiError] = []
        self.get_errors: list[ApiError] = []
        self.create_calls = 0
        self.list_calls = 0
        self.get_calls = 0
        self.list_metadata = list_metadata
        self.on_create: Callable[[], Any] | None = None

    def store_order(self, body: dict[str, Any], *, created_at: datetime | None = None) -> Order:
        n = len(self.orders) + 1
        qty = sum(v["quantity"] for v in body.get("ordervariants", []))
        order = Order(
            id=f"pk-{n}",
            order_id=f"260302ABC{n:03d}",
            status="pending",
            payment_status="unpaid",
            payment_url=f"https://toko.example/o/{n}/success",
            customer_name=body["customer_name"],
            customer_phone=body.get("customer_phone"),
            gross_revenue=qty * PRICE,
            metadata=dict(body.get("metadata") or {}),
            created_at=created_at or datetime.now(UTC),
        )
        self.orders.append(order)
        return order

    async def create_order(self, body: dict[str, Any]) -> Order:
        self.create_calls += 1
        if self.on_create:
            await self.on_create()
        step = self.create_script.pop(0) if self.create_script else "ok"
        if step == "ok":
            return self.store_order(body)
        if isinstance(step, tuple):
            self.store_order(body)
            raise step[1]
        raise step

    async def get_order(self, order_pk: str) -> Order:
        self.get_calls += 1
        if self.get_errors:
            raise self.get_errors.pop(0)
        for order in self.orders:
            if order.id == order_pk:
                return order
        raise NotFoundError("no such order", status=404)

    def iter_orders(self, **filters: Any) -> AsyncIterator[OrderSummary]:
        self.list_calls += 1
        return self._rows(filters)

    async def _rows(self, filters: dict[str, Any]) -> AsyncIterator[OrderSummary]:
        if self.list_errors:
            raise self.list_errors.pop(0)
        for order in reversed(self.orders):
            if filters.get("search") and order.customer_phone != filters["search"]:
                continue
            yield OrderSummary(
                id=order.id,
                order_id=order.order_id,
                status=order.status,
                payment_status=order.payment_status,
                customer_name=order.customer_name,
                customer_phone=order.customer_phone,
                gross_revenue=order.gross_revenue,
                payment_url=order.payment_url,
                metadata=order.metadata if self.list_metadata else {},
                created_at=order.created_at,
            )


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        await asyncio.sleep(0)


@pytest.fixture
def journal(data_dir):
    j = Journal(data_dir / "journal.sqlite3", "KASIR-01")
    yield j
    j.close()


@pytest.fixture
def client():
    return FakeClient()


@pytest.fixture
def sleeps():
    return Sleeps()


@pytest.fixture
def service(client, journal, sleeps):
    return CheckoutService(client, journal, sleep=sleeps, lookup=LookupPolicy(not_found_delays=(0.2, 0.4)))


async def submit(service: CheckoutService, qty: int = 2, phone: str = PHONE):
    return await service.submit(store=STORE, payload=payload(qty, phone), total=qty * PRICE)


@pytest.mark.asyncio
async def test_success_confirms_the_entry_and_stamps_the_receipt(service, client, journal):
    result = await submit(service)
    assert client.create_calls == 1
    assert result.receipt == "KASIR-01-000001"
    assert not result.adopted
    assert result.order.metadata == {
        "pos_receipt_no": "KASIR-01-000001",
        "pos_terminal": "KASIR-01",
        "pos_journal": journal.journal_id,
    }
    entry = journal.find(result.receipt)
    assert entry.state is JournalState.CONFIRMED
    assert (entry.order_pk, entry.order_number, entry.attempts) == ("pk-1", "260302ABC001", 1)
    assert entry.payment_url == "https://toko.example/o/1/success"
    assert (entry.store_id, entry.store_name, entry.customer_phone, entry.total) == (
        4127,
        "Toko Nusantara",
        PHONE,
        50000,
    )
    assert client.list_calls == 0


@pytest.mark.asyncio
async def test_the_entry_is_in_the_journal_before_the_request_goes_out(service, client, journal):
    seen = []

    async def look() -> None:
        seen.extend(journal.unfinished())

    client.on_create = look
    await submit(service)
    assert [(e.receipt, e.state) for e in seen] == [("KASIR-01-000001", JournalState.SENT)]


@pytest.mark.asyncio
async def test_validation_error_rejects_with_field_errors_and_reraises(service, client, journal):
    client.create_script = [
        ValidationError("invalid phone", field_errors={"customer_phone": ["is invalid"]}, status=422)
    ]
    with pytest.raises(ValidationError):
        await submit(service)
    entry = journal.find("KASIR-01-000001")
    assert entry.state is JournalState.REJECTED
    assert entry.reason == "invalid phone"
    assert entry.field_errors == {"customer_phone": ["is invalid"]}
    assert client.list_calls == 0


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (NetworkError("could not connect", request_sent=False), "not sent: offline"),
        (ApiTimeoutError("no free connection", request_sent=False), "not sent: offline"),
        (AuthError("Invalid API key", status=401), "not sent: API key refused"),
        (ForbiddenError("scope missing", status=403), "not sent: not allowed for this key"),
        (RateLimitedError("Too many requests", retry_after=3.0), "not sent: rate limited (retry in 3 s)"),
    ],
)
async def test_errors_that_prove_nothing_was_created_close_the_entry_as_unsent(
    service, client, journal, error, reason
):
    client.create_script = [error]
    with pytest.raises(type(error)):
        await submit(service)
    entry = journal.find("KASIR-01-000001")
    assert entry.state is JournalState.UNSENT
    assert entry.reason == reason
    assert journal.unfinished() == []
    assert client.list_calls == 0  # no lookup needed: nothing can exist
    # The cashier presses again: a new receipt, sent normally.
    result = await submit(service)
    assert result.receipt == "KASIR-01-000002"
    assert len(client.orders) == 1


@pytest.mark.asyncio
async def test_other_definite_refusals_are_rejected(service, client, journal):
    client.create_script = [NotFoundError("store not found", status=404)]
    with pytest.raises(NotFoundError):
        await submit(service)
    entry = journal.find("KASIR-01-000001")
    assert (entry.state, entry.reason) == (JournalState.REJECTED, "store not found")


AMBIGUOUS = [
    ServerError("Bad Gateway", status=502),
    NetworkError("connection broke", request_sent=True),
    ApiTimeoutError("no answer in time"),
    ResponseFormatError("unreadable response", status=200),
]


@pytest.mark.asyncio
@pytest.mark.parametrize("error", AMBIGUOUS, ids=lambda e: type(e).__name__)
async def test_ambiguous_failure_with_the_order_stored_is_adopted_without_resending(
    service, client, journal, error
):
    client.create_script = [("commit", error)]
    result = await submit(service)
    assert result.adopted
    assert not result.order_is_partial
    assert client.create_calls == 1
    assert len(client.orders) == 1
    assert result.order == client.orders[0]
    entry = journal.find(result.receipt)
    assert entry.state is JournalState.CONFIRMED
    assert entry.adopted
    assert entry.order_pk == "pk-1"
    assert entry.last_error.startswith(type(error).__name__)


@pytest.mark.asyncio
async def test_ambiguous_not_found_raises_outcome_unknown_then_resend_looks_then_sends(
    service, client, journal, sleeps
):
    client.create_script = [ServerError("Bad Gateway", status=502)]
    with pytest.raises(OutcomeUnknown) as caught:
        await submit(service)
    receipt = caught.value.receipt
    assert caught.value.lookup_error is None
    assert journal.find(receipt).state is JournalState.UNKNOWN
    assert client.create_calls == 1
    # Looked three times (a slow server may commit late), never resent on its own.
    assert sleeps.calls == [0.2, 0.4]
    lookups_before = client.list_calls
    assert lookups_before >= 3

    result = await service.resend(receipt)
    assert client.list_calls > lookups_before  # looked again first
    assert client.create_calls == 2
    assert not result.adopted
    entry = journal.find(receipt)
    assert (entry.state, entry.attempts) == (JournalState.CONFIRMED, 2)
    # Same receipt, same payload: the server order carries the original receipt number.
    assert client.orders[0].metadata["pos_receipt_no"] == receipt


@pytest.mark.asyncio
async def test_resend_adopts_an_order_that_appeared_late(service, client, journal):
    client.create_script = [ApiTimeoutError("no answer in time")]
    with pytest.raises(OutcomeUnknown) as caught:
        await submit(service)
    # The server committed after we stopped looking.
    client.store_order(dict(journal.find(caught.value.receipt).payload))
    result = await service.resend(caught.value.receipt)
    assert result.adopted
    assert client.create_calls == 1
    assert len(client.orders) == 1


@pytest.mark.asyncio
async def test_an_order_with_another_receipt_number_is_not_adopted(service, client, journal):
    # An earlier sale: same customer, same cart, same total, minutes ago.
    first = await submit(service)
    client.create_script = [ServerError("Bad Gateway", status=502)]
    with pytest.raises(OutcomeUnknown) as caught:
        await submit(service)
    assert caught.value.receipt != first.receipt
    assert journal.find(caught.value.receipt).state is JournalState.UNKNOWN
    assert journal.find(first.receipt).order_pk == "pk-1"
    assert len(client.orders) == 1


@pytest.mark.asyncio
async def test_without_metadata_in_lists_the_full_order_confirms_a_look_alike(journal, sleeps):
    client = FakeClient(list_metadata=False)
    service = CheckoutService(client, journal, sleep=sleeps, lookup=LookupPolicy(not_found_delays=()))
    client.create_script = [("commit", ServerError("Bad Gateway", status=502))]
    result = await submit(service)
    assert result.adopted and client.create_calls == 1
    assert result.order.metadata["pos_receipt_no"] == result.receipt


@pytest.mark.asyncio
async def test_without_metadata_in_lists_a_look_alike_of_another_receipt_is_refused(journal, sleeps):
    client = FakeClient(list_metadata=False)
    service = CheckoutService(client, journal, sleep=sleeps, lookup=LookupPolicy(not_found_delays=()))
    # An order from another till, same phone and total, not in our journal.
    client.store_order({**payload(), "metadata": {"pos_receipt_no": "KASIR-09-000001"}})
    client.create_script = [ServerError("Bad Gateway", status=502)]
    with pytest.raises(OutcomeUnknown):
        await submit(service)
    assert client.get_calls >= 1


@pytest.mark.asyncio
async def test_a_failing_lookup_gives_outcome_unknown_and_resend_does_not_send(service, client, journal):
    client.create_script = [NetworkError("connection broke", request_sent=True)]
    client.list_errors = [ServerError("down", status=503)] * 3
    with pytest.raises(OutcomeUnknown) as caught:
        await submit(service)
    assert isinstance(caught.value.lookup_error, ServerError)
    client.list_errors = [NetworkError("offline", request_sent=False)] * 3
    with pytest.raises(OutcomeUnknown):
        await service.resend(caught.value.receipt)
    assert client.create_calls == 1
    assert journal.find(caught.value.receipt).state is JournalState.UNKNOWN


@pytest.mark.asyncio
async def test_rate_limited_lookups_wait_as_told(service, client, sleeps):
    client.create_script = [("commit", ServerError("Bad Gateway", status=502))]
    client.list_errors = [RateLimitedError("Too many requests", retry_after=1.5)]
    result = await submit(service)
    assert result.adopted
    assert sleeps.calls == [1.5]


@pytest.mark.asyncio
async def test_found_but_not_fetched_still_confirms_with_a_partial_order(service, client, journal):
    client.create_script = [("commit", ServerError("Bad Gateway", status=502))]
    client.get_errors = [ServerError("down", status=503)] * 5
    result = await submit(service)
    assert result.adopted and result.order_is_partial
    assert result.order.id == "pk-1"
    assert result.order.payment_url == "https://toko.example/o/1/success"
    assert journal.find(result.receipt).state is JournalState.CONFIRMED


@pytest.mark.asyncio
async def test_cancellation_while_sending_leaves_the_entry_unknown(service, client, journal):
    started = asyncio.Event()

    async def hang() -> None:
        started.set()
        await asyncio.sleep(3600)

    client.on_create = hang
    task = asyncio.ensure_future(submit(service))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    entry = journal.find("KASIR-01-000001")
    assert entry.state is JournalState.UNKNOWN
    assert "interrupted" in entry.last_error


@pytest.mark.asyncio
async def test_resend_of_a_busy_receipt_is_refused(service, client, journal):
    client.create_script = [ServerError("Bad Gateway", status=502)]
    with pytest.raises(OutcomeUnknown) as caught:
        await submit(service)
    receipt = caught.value.receipt
    gate = asyncio.Event()

    async def wait_gate() -> None:
        await gate.wait()

    client.on_create = wait_gate
    first = asyncio.ensure_future(service.resend(receipt))
    for _ in range(50):
        await asyncio.sleep(0)
        if client.create_calls == 2:
            break
    with pytest.raises(CheckoutBusy):
        await service.resend(receipt)
    gate.set()
    await first
    assert client.create_calls == 2
    assert len(client.orders) == 1


@pytest.mark.asyncio
async def test_resend_of_confirmed_or_rejected_entries(service, client, journal):
    done = await submit(service)
    again = await service.resend(done.receipt)
    assert again.order.id == done.order.id
    assert client.create_calls == 1
    client.create_script = [ValidationError("bad", status=400)]
    with pytest.raises(ValidationError):
        await submit(service)
    with pytest.raises(JournalStateError):
        await service.resend("KASIR-01-000002")
    with pytest.raises(KeyError):
        await service.resend("KASIR-01-999999")


@pytest.mark.asyncio
async def test_resend_of_an_unsent_entry_keeps_its_receipt(service, client, journal):
    client.create_script = [NetworkError("offline", request_sent=False)]
    with pytest.raises(NetworkError):
        await submit(service)
    result = await service.resend("KASIR-01-000001")
    assert result.receipt == "KASIR-01-000001"
    assert journal.find(result.receipt).attempts == 2
    # Offline while looking: the plain error, not OutcomeUnknown, and nothing sent.
    client.create_script = [NetworkError("offline", request_sent=False)]
    with pytest.raises(NetworkError):
        await submit(service)
    client.list_errors = [NetworkError("offline", request_sent=False)] * 3
    with pytest.raises(NetworkError):
        await service.resend("KASIR-01-000002")
    assert client.create_calls == 3


@pytest.mark.asyncio
async def test_recover_unfinished_settles_each_kind(client, journal, sleeps):
    service = CheckoutService(client, journal, sleep=sleeps)

    def begin(phone: str):
        return journal.begin(
            store_id=STORE.id,
            store_unique_id=STORE.unique_id,
            store_name=STORE.name,
            customer_name="Budi",
            customer_phone=phone,
            total=2 * PRICE,
            payload=payload(phone=phone),
        )

    never_sent = begin("6281100000001")
    sent_and_stored = begin("6281100000002")
    journal.mark_sent(sent_and_stored.receipt)
    client.store_order(dict(journal.find(sent_and_stored.receipt).payload))
    sent_lost = begin("6281100000003")
    journal.mark_sent(sent_lost.receipt)
    unknown_lost = begin("6281100000004")
    journal.mark_sent(unknown_lost.receipt)
    journal.mark_unknown(unknown_lost.receipt, "timeout")
    confirmed = begin("6281100000005")
    journal.mark_sent(confirmed.receipt)
    journal.mark_confirmed(confirmed.receipt, client.store_order(dict(confirmed.payload)))

    outcomes = {o.receipt: o for o in await service.recover_unfinished()}
    assert set(outcomes) == {
        never_sent.receipt,
        sent_and_stored.receipt,
        sent_lost.receipt,
        unknown_lost.receipt,
    }
    assert outcomes[never_sent.receipt].kind is RecoveryKind.NOT_SENT
    assert journal.find(never_sent.receipt).state is JournalState.CREATED
    adopted = outcomes[sent_and_stored.receipt]
    assert adopted.kind is RecoveryKind.ADOPTED and adopted.order.id == "pk-1"
    assert journal.find(sent_and_stored.receipt).state is JournalState.CONFIRMED
    for receipt in (sent_lost.receipt, unknown_lost.receipt):
        assert outcomes[receipt].kind is RecoveryKind.UNKNOWN
        assert journal.find(receipt).state is JournalState.UNKNOWN
    assert client.create_calls == 0  # recovery never sends

    # Offline at start: nothing changes but the dead "sent" becomes "unknown".
    again = begin("6281100000006")
    journal.mark_sent(again.receipt)
    client.list_errors = [NetworkError("offline", request_sent=False)] * 20
    outcomes = {o.receipt: o for o in await service.recover_unfinished()}
    assert {o.kind for o in outcomes.values()} == {RecoveryKind.UNREACHABLE}
    assert journal.find(again.receipt).state is JournalState.UNKNOWN
    assert journal.find(never_sent.receipt).state is JournalState.CREATED

    # The never-sent one goes out on Resend.
    client.list_errors = []
    result = await service.resend(never_sent.receipt)
    assert journal.find(result.receipt).state is JournalState.CONFIRMED


@pytest.mark.asyncio
async def test_mark_paid_and_canceled_pass_through(service, journal):
    a = await submit(service)
    b = await submit(service, qty=1)
    assert service.mark_paid(a.receipt).state is JournalState.PAID
    assert service.mark_canceled(b.receipt).state is JournalState.CANCELED


@pytest.mark.asyncio
async def test_look_alike_search_respects_the_clock_window(journal, sleeps):
    client = FakeClient(list_metadata=False)
    now = datetime.now(UTC)
    service = CheckoutService(
        client,
        journal,
        sleep=sleeps,
        clock=lambda: now,
        lookup=LookupPolicy(not_found_delays=(), window=timedelta(minutes=1)),
    )
    # An untagged look-alike from an hour ago is outside the window: not ours.
    old = client.store_order(payload(), created_at=now - timedelta(hours=1))
    client.orders[0] = replace(old, metadata={})
    client.create_script = [ServerError("Bad Gateway", status=502)]
    with pytest.raises(OutcomeUnknown):
        await submit(service)
