"""The sales journal: numbering, states, search, and surviving restarts."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from pos_app.storage.journal import Journal, JournalEntry, JournalState, JournalStateError
from pos_app.storage.sqlite_util import StorageError


@dataclass(frozen=True)
class FakeOrder:
    id: str
    order_id: str
    payment_url: str | None = None


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


PAYLOAD = {
    "store_unique_id": "store_abc",
    "customer_name": "Budi",
    "customer_phone": "6281234567890",
    "ordervariants": [{"variant_unique_id": "variant_1", "quantity": 2}],
    "payment_method": "qris",
    "metadata": {"note": "kept"},
}


def begin(journal: Journal, **overrides: object) -> JournalEntry:
    args: dict = dict(
        store_id=7,
        store_unique_id="store_abc",
        store_name="Toko Nusantara",
        customer_name="Budi",
        customer_phone="6281234567890",
        total=170000,
        payload=PAYLOAD,
    )
    args.update(overrides)
    return journal.begin(**args)


@pytest.fixture
def journal(data_dir):
    j = Journal(data_dir / "journal.sqlite3", "KASIR-01")
    yield j
    j.close()


def test_begin_numbers_receipts_and_stamps_the_payload(journal):
    first = begin(journal)
    second = begin(journal)
    assert first.receipt == "KASIR-01-000001"
    assert second.receipt == "KASIR-01-000002"
    assert first.state is JournalState.CREATED
    assert first.attempts == 0
    assert first.payload["metadata"] == {
        "note": "kept",
        "pos_receipt_no": "KASIR-01-000001",
        "pos_terminal": "KASIR-01",
        "pos_journal": journal.journal_id,
    }
    # The caller's payload is not modified; the stored one is what gets sent.
    assert PAYLOAD["metadata"] == {"note": "kept"}
    assert first.payload["ordervariants"] == PAYLOAD["ordervariants"]
    assert first.created_at.tzinfo is not None


def test_sequence_is_never_reused_across_restarts_or_deleted_rows(data_dir):
    path = data_dir / "journal.sqlite3"
    with Journal(path, "KASIR-01") as j:
        for _ in range(3):
            begin(j)
    # Even if someone deletes entries by hand, the counter keeps going.
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM entries")
    conn.commit()
    conn.close()
    with Journal(path, "KASIR-01") as j:
        assert begin(j).receipt == "KASIR-01-000004"
        # Another terminal name has its own sequence.
    with Journal(path, "KASIR-02") as j:
        assert begin(j).receipt == "KASIR-02-000001"


def test_database_is_wal_with_full_sync(journal):
    db = journal._db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_happy_path_states(journal):
    entry = begin(journal)
    sent = journal.mark_sent(entry.receipt)
    assert sent.state is JournalState.SENT
    assert sent.attempts == 1
    assert sent.sent_at is not None
    order = FakeOrder("019a-uuid", "250101ABCDEFG", "https://pay/x/success")
    confirmed = journal.mark_confirmed(entry.receipt, order)
    assert (confirmed.state, confirmed.order_pk, confirmed.order_number, confirmed.payment_url) == (
        JournalState.CONFIRMED,
        "019a-uuid",
        "250101ABCDEFG",
        "https://pay/x/success",
    )
    assert not confirmed.adopted
    assert journal.mark_paid(entry.receipt).state is JournalState.PAID
    assert journal.unfinished() == []


def test_rejected_keeps_reason_and_field_errors(journal):
    entry = begin(journal)
    journal.mark_sent(entry.receipt)
    rejected = journal.mark_rejected(entry.receipt, "invalid phone", {"customer_phone": ["is invalid"]})
    assert rejected.state is JournalState.REJECTED
    assert rejected.reason == "invalid phone"
    assert rejected.field_errors == {"customer_phone": ["is invalid"]}
    with pytest.raises(JournalStateError):
        journal.mark_sent(entry.receipt)


def test_unknown_then_resend_counts_attempts_and_adoption(journal):
    entry = begin(journal)
    journal.mark_sent(entry.receipt)
    unknown = journal.mark_unknown(entry.receipt, "timeout")
    assert unknown.state is JournalState.UNKNOWN
    assert unknown.last_error == "timeout"
    assert [e.receipt for e in journal.unfinished()] == [entry.receipt]
    assert journal.mark_sent(entry.receipt).attempts == 2
    adopted = journal.mark_confirmed(entry.receipt, FakeOrder("pk1", "N1"), adopted=True)
    assert adopted.adopted
    assert journal.claimed_order_pks() == {"pk1"}


def test_confirming_with_a_second_order_is_refused(journal):
    entry = begin(journal)
    journal.mark_sent(entry.receipt)
    journal.mark_confirmed(entry.receipt, FakeOrder("pk1", "N1"))
    journal.mark_confirmed(entry.receipt, FakeOrder("pk1", "N1"))  # same order: fine
    with pytest.raises(JournalStateError):
        journal.mark_confirmed(entry.receipt, FakeOrder("pk2", "N2"))


def test_illegal_transitions_and_unknown_receipts(journal):
    entry = begin(journal)
    with pytest.raises(JournalStateError):
        journal.mark_paid(entry.receipt)
    with pytest.raises(JournalStateError):
        journal.mark_rejected(entry.receipt, "x")
    with pytest.raises(KeyError):
        journal.mark_sent("KASIR-01-999999")
    assert journal.find("nope") is None


def test_unsent_is_closed_but_can_be_sent_again(journal):
    entry = begin(journal)
    journal.mark_sent(entry.receipt)
    unsent = journal.mark_unsent(entry.receipt, "not sent: offline", "connect failed")
    assert unsent.state is JournalState.UNSENT
    assert unsent.reason == "not sent: offline"
    assert unsent.last_error == "connect failed"
    assert journal.unfinished() == []
    assert journal.mark_sent(entry.receipt).attempts == 2


def test_unfinished_lists_created_sent_unknown_oldest_first(journal):
    a, b, c, d = (begin(journal) for _ in range(4))
    journal.mark_sent(b.receipt)
    journal.mark_sent(c.receipt)
    journal.mark_unknown(c.receipt, "dropped")
    journal.mark_sent(d.receipt)
    journal.mark_confirmed(d.receipt, FakeOrder("pk", "N"))
    assert [e.receipt for e in journal.unfinished()] == [a.receipt, b.receipt, c.receipt]


def test_list_by_day_and_search(data_dir):
    clock = Clock(datetime(2026, 3, 1, 5, 0, tzinfo=UTC))
    with Journal(data_dir / "j.sqlite3", "KASIR-01", clock=clock) as j:
        yesterday = begin(j, customer_name="Ani")
        clock.now += timedelta(days=1)
        today = begin(j, customer_name="Siti Aminah", customer_phone="6285711112222")
        other = begin(j, customer_name="Joko")
        j.mark_sent(other.receipt)
        j.mark_confirmed(other.receipt, FakeOrder("pk", "260302XYZ"))
        assert [e.receipt for e in j.list()] == [other.receipt, today.receipt]
        day_before = clock.now.astimezone().date() - timedelta(days=1)
        assert [e.receipt for e in j.list(day_before)] == [yesterday.receipt]
        assert [e.receipt for e in j.list(search="aminah")] == [today.receipt]
        assert [e.receipt for e in j.list(search="0857-1111")] == [today.receipt]
        assert [e.receipt for e in j.list(search="+62 857 1111 2222")] == [today.receipt]
        assert [e.receipt for e in j.list(search="260302xyz")] == [other.receipt]
        assert [e.receipt for e in j.list(search="000003")] == [other.receipt]
        assert j.list(search="%") == []
        assert j.list(date(2020, 1, 1)) == []
        assert [e.receipt for e in j.entries()] == [yesterday.receipt, today.receipt, other.receipt]


def test_entries_survive_reopen(data_dir):
    path = data_dir / "journal.sqlite3"
    with Journal(path, "KASIR-01") as j:
        entry = begin(j)
        j.mark_sent(entry.receipt)
    with Journal(path, "KASIR-01") as j:
        again = j.find(entry.receipt)
        assert again is not None
        assert again.state is JournalState.SENT
        assert again.payload == entry.payload


def test_a_newer_schema_is_refused(data_dir):
    path = data_dir / "journal.sqlite3"
    Journal(path, "KASIR-01").close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_version SET version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError):
        Journal(path, "KASIR-01")


def test_payload_that_is_not_json_leaves_nothing_behind(journal):
    with pytest.raises(TypeError):
        begin(journal, payload={"x": object()})
    assert begin(journal).receipt == "KASIR-01-000001"


def test_closed_journal_raises(data_dir):
    j = Journal(data_dir / "journal.sqlite3", "KASIR-01")
    j.close()
    j.close()
    with pytest.raises(StorageError):
        j.unfinished()
