"""find_existing_order: our receipt number decides; look-alikes are only a last resort."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pos_app.api.errors import ServerError
from pos_app.api.models import OrderSummary
from pos_app.services.reconcile import find_existing_order, is_our_total
from pos_app.storage.journal import JournalEntry, JournalState

T0 = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
PHONE = "6281234567890"


def entry(receipt: str = "KASIR-01-000007", **changes) -> JournalEntry:
    values = dict(
        receipt=receipt,
        terminal="KASIR-01",
        seq=7,
        created_at=T0,
        store_id=4127,
        store_unique_id="store_abc",
        store_name="Toko",
        customer_name="Budi",
        customer_phone=PHONE,
        total=50000,
        payload={},
        state=JournalState.UNKNOWN,
        attempts=1,
        updated_at=T0,
        sent_at=T0 + timedelta(seconds=1),
    )
    values.update(changes)
    return JournalEntry(**values)


def row(pk: str, receipt: str | None, *, total: int = 50000, phone: str = PHONE, at: datetime = T0, **meta):
    metadata = dict(meta)
    if receipt is not None:
        metadata["pos_receipt_no"] = receipt
    return OrderSummary(
        id=pk,
        order_id=f"N-{pk}",
        status="pending",
        payment_status="unpaid",
        customer_phone=phone,
        gross_revenue=total,
        metadata=metadata,
        created_at=at + timedelta(seconds=2),
    )


class FakeLister:
    """Answers iter_orders from fixed rows, one async generator per call."""

    def __init__(self, windowed: list[OrderSummary], recent: list[OrderSummary] | None = None) -> None:
        self.windowed = windowed
        self.recent = windowed if recent is None else recent
        self.calls: list[dict] = []
        self.closed = 0
        self.fail = False

    def iter_orders(self, **filters) -> AsyncIterator[OrderSummary]:
        self.calls.append(filters)
        rows = self.windowed if filters.get("since") else self.recent
        return self._gen(rows)

    async def _gen(self, rows):
        try:
            if self.fail:
                raise ServerError("boom", status=502)
            for item in rows:
                yield item
        finally:
            self.closed += 1


@pytest.mark.asyncio
async def test_finds_our_receipt_and_searches_by_phone_around_the_entry():
    ours = row("pk-ours", "KASIR-01-000007")
    lister = FakeLister([row("pk-a", "KASIR-01-000006"), ours, row("pk-b", "KASIR-01-000008")])
    found = await find_existing_order(lister, entry(), window=timedelta(minutes=10))
    assert found == ours
    call = lister.calls[0]
    assert call["search"] == PHONE
    assert call["search_field"] == "customer_phone"
    assert call["store_id"] == 4127
    assert call["since"] == T0 - timedelta(minutes=10)
    assert call["until"] == T0 + timedelta(seconds=1) + timedelta(minutes=10)
    assert len(lister.calls) == 1
    assert lister.closed == 1  # stopped early, generator closed


@pytest.mark.asyncio
async def test_until_reaches_past_a_later_resend():
    lister = FakeLister([])
    now = T0 + timedelta(hours=3)
    await find_existing_order(lister, entry(), window=timedelta(minutes=5), now=now)
    assert lister.calls[0]["until"] == now + timedelta(minutes=5)


@pytest.mark.asyncio
async def test_an_order_with_another_receipt_is_never_taken():
    # Same phone, same total, same minute: still somebody else's sale.
    lister = FakeLister([row("pk-x", "KASIR-01-000006"), row("pk-y", "KASIR-02-000007")])
    assert await find_existing_order(lister, entry()) is None


@pytest.mark.asyncio
async def test_when_rows_carry_metadata_a_row_without_it_is_not_ours():
    # The list echoes metadata (one row has it), so a row without it came from another channel.
    lister = FakeLister([row("pk-web", None), row("pk-x", "KASIR-01-000006")])
    assert await find_existing_order(lister, entry()) is None


@pytest.mark.asyncio
async def test_without_any_metadata_in_the_list_a_single_look_alike_is_offered():
    lister = FakeLister(
        [
            row("pk-other-total", None, total=99000),
            row("pk-other-phone", None, phone="6285700000000"),
            row("pk-too-old", None, at=T0 - timedelta(hours=2)),
            row("pk-match", None, phone="081234567890"),  # same number, 08 form
        ]
    )
    found = await find_existing_order(lister, entry())
    assert found is not None and found.id == "pk-match"


# A store that adds a fee: the till counted 50.000 (45.000 of goods, 5.000 shipping).
WITH_LINK_FEE = dict(total=52500, payment_link_income=2500, product_price=45000, shipping_cost=5000)


def listed_with(money: dict) -> OrderSummary:
    parts = {key: value for key, value in money.items() if key != "total"}
    return replace(row("pk", None, total=money["total"]), **parts)


@pytest.mark.parametrize(
    "money",
    [
        pytest.param(WITH_LINK_FEE, id="payment-link fee"),
        pytest.param(dict(total=52500, payment_link_income=2500), id="fee, no goods listed"),
        pytest.param(dict(total=52500, product_price=45000, shipping_cost=5000), id="goods, no fee listed"),
        pytest.param(dict(total=49677, unique_code_discount=323), id="unique code"),
        pytest.param(dict(total=55000, other_income=5000), id="other charges"),
        pytest.param(dict(total=52500, product_price=53000, product_discount=3000), id="our discount"),
    ],
)
def test_a_servers_total_with_its_own_fees_is_still_our_total(money):
    listed = listed_with(money)
    assert is_our_total(listed, entry())


@pytest.mark.parametrize(
    "money",
    [
        pytest.param(dict(total=52500), id="unexplained"),
        pytest.param(dict(total=52500, payment_link_income=2000), id="fee that does not add up"),
        pytest.param(dict(total=52500, product_price=47500, shipping_cost=5000), id="other goods"),
        pytest.param(dict(total=50000 - 5000, product_price=45000), id="shipping not counted"),
    ],
)
def test_a_total_the_fees_do_not_explain_is_not_ours(money):
    listed = listed_with(money)
    assert not is_our_total(listed, entry())


@pytest.mark.asyncio
async def test_without_metadata_an_order_with_the_servers_fee_is_found():
    other = replace(row("pk-other", None, total=60000), payment_link_income=2500, product_price=57500)
    lister = FakeLister([other, replace(listed_with(WITH_LINK_FEE), id="pk-fee")])
    found = await find_existing_order(lister, entry())
    assert found is not None and found.id == "pk-fee"


@pytest.mark.asyncio
async def test_look_alikes_already_tied_to_another_receipt_are_skipped():
    lister = FakeLister([row("pk-1", None), row("pk-2", None, at=T0 + timedelta(minutes=5))])
    found = await find_existing_order(lister, entry(), claimed={"pk-1"})
    assert found is not None and found.id == "pk-2"
    assert await find_existing_order(lister, entry(), claimed={"pk-1", "pk-2"}) is None


@pytest.mark.asyncio
async def test_the_closest_look_alike_to_the_send_time_wins():
    lister = FakeLister([row("pk-late", None, at=T0 + timedelta(minutes=20)), row("pk-near", None)])
    found = await find_existing_order(lister, entry())
    assert found is not None and found.id == "pk-near"


@pytest.mark.asyncio
async def test_a_second_search_without_time_window_catches_orders_the_filter_hid():
    ours = row("pk-ours", "KASIR-01-000007")
    lister = FakeLister(windowed=[], recent=[row("pk-x", "KASIR-01-000001"), ours])
    assert await find_existing_order(lister, entry()) == ours
    assert "since" not in lister.calls[1]
    # …but that second search never guesses by look-alikes.
    lister = FakeLister(windowed=[], recent=[row("pk-web", None)])
    assert await find_existing_order(lister, entry()) is None


@pytest.mark.asyncio
async def test_without_a_phone_the_name_is_searched():
    lister = FakeLister([])
    await find_existing_order(lister, entry(customer_phone=""))
    assert lister.calls[0]["search"] == "Budi"
    assert lister.calls[0]["search_field"] == "customer_name"


@pytest.mark.asyncio
async def test_errors_are_not_not_found():
    lister = FakeLister([])
    lister.fail = True
    with pytest.raises(ServerError):
        await find_existing_order(lister, entry())


@pytest.mark.asyncio
async def test_our_receipt_from_another_journal_file_is_not_ours():
    # A reinstalled till numbers from 000001 again; its old orders carry the old journal id.
    mine = entry(payload={"metadata": {"pos_receipt_no": "KASIR-01-000007", "pos_journal": "new"}})
    lister = FakeLister([row("pk-old", "KASIR-01-000007", pos_journal="old")])
    assert await find_existing_order(lister, mine) is None
    lister = FakeLister([row("pk-new", "KASIR-01-000007", pos_journal="new")])
    found = await find_existing_order(lister, mine)
    assert found is not None and found.id == "pk-new"


@pytest.mark.asyncio
async def test_the_search_without_window_ignores_receipt_only_matches_from_long_before_the_entry():
    # No journal id on the order: a reinstalled till's old sale with the same number.
    old = row("pk-old", "KASIR-01-000007", at=T0 - timedelta(days=30))
    lister = FakeLister(windowed=[], recent=[old])
    assert await find_existing_order(lister, entry()) is None


@pytest.mark.asyncio
@pytest.mark.parametrize("skew", [timedelta(hours=-2), timedelta(hours=2), timedelta(days=3)])
async def test_an_exact_receipt_and_journal_match_is_taken_whatever_its_time(skew):
    # The till's clock was hours off when it wrote the entry; the server's time says otherwise.
    mine = entry(payload={"metadata": {"pos_receipt_no": "KASIR-01-000007", "pos_journal": "j1"}})
    found_row = row("pk-1", "KASIR-01-000007", at=T0 + skew, pos_journal="j1")
    lister = FakeLister(windowed=[], recent=[found_row])
    found = await find_existing_order(lister, mine)
    assert found is not None and found.id == "pk-1"
