"""Parked sales on disk: exact round trips, a restart, one resume per sale, damaged rows."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from pos_app.domain.parked_sale import ParkedSale, TypedCustomer
from pos_app.storage.named_json import CodecError, from_json, to_json
from pos_app.storage.parked_sales import (
    PARKED_FILE,
    ParkedSaleGone,
    ParkedSales,
    ParkedSalesWriteError,
    ParkedSaleUnreadable,
)
from pos_app.storage.sqlite_util import StorageError
from tests.helpers.parked import BRANCH, EBOOK, GIFT_BOX, MAIN, StepClock, cart_of, parked_sales, sample


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / PARKED_FILE


@pytest.fixture
def store(path: Path):
    with ParkedSales(path, clock=StepClock()) as opened:
        yield opened


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):
    # One file for all hypothesis examples: each example takes back what it parked.
    with ParkedSales(tmp_path_factory.mktemp("parked") / PARKED_FILE) as opened:
        yield opened


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parked=parked_sales)
def test_every_field_of_every_item_comes_back(shared: ParkedSales, parked: ParkedSale) -> None:
    try:
        _round_trip(shared, parked)
    finally:
        shared.delete(parked.id)  # a failed example must not leave its id for the next try


def _round_trip(shared: ParkedSales, parked: ParkedSale) -> None:
    stored = shared.park(parked)
    assert stored == parked
    assert shared.list(parked.store_id) == [parked]
    taken = shared.take(parked.id)
    assert taken == parked
    # Field by field too: an equal-but-different type (a list for a tuple) would break hashing.
    for line, original in zip(taken.lines, parked.lines, strict=True):
        assert type(line.item.components) is tuple
        assert line.item.kind is original.item.kind
    assert taken.parked_at.tzinfo is UTC
    assert shared.count() == 0


def test_a_variant_and_a_bundle_survive_a_restart(path: Path) -> None:
    clock = StepClock()
    with ParkedSales(path, clock=clock) as first:
        parked = first.park_cart(
            cart_of((EBOOK, 2), (GIFT_BOX, 1)),
            store=MAIN,
            customer=TypedCustomer("Sari Wulandari", "0857 1234 5678", "sari@example.com"),
            payment_method="cod",
            discount="5.000",
            label="Ibu baju merah",
        )
    # A new process: nothing in memory, only the file.
    with ParkedSales(path, clock=StepClock()) as reopened:
        [again] = reopened.list()
        assert again == parked
        assert again.cart().lines == cart_of((EBOOK, 2), (GIFT_BOX, 1)).lines
        assert again.lines[1].item.components == GIFT_BOX.components
        assert (again.store_id, again.store_name, again.label) == (MAIN.id, MAIN.name, "Ibu baju merah")
        assert again.parked_at == clock.now
        assert reopened.take(parked.id) == parked
    with ParkedSales(path) as third:
        assert third.list() == []  # a resumed sale is no longer parked after a restart either


def test_the_file_is_written_like_the_journal(store: ParkedSales) -> None:
    db = store._db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_take_hands_a_sale_out_once_even_to_two_windows(path: Path) -> None:
    with ParkedSales(path) as left, ParkedSales(path) as right:
        parked = left.park(sample())
        assert right.list() == [parked]
        assert right.take(parked.id) == parked
        with pytest.raises(ParkedSaleGone):
            left.take(parked.id)
        with pytest.raises(ParkedSaleGone):
            right.take(parked.id)
        assert left.list() == [] and right.count() == 0


def test_take_races_have_one_winner(path: Path) -> None:
    with ParkedSales(path) as setup:
        parked = setup.park(sample())
    barrier = threading.Barrier(6)
    won: list[ParkedSale] = []
    gone: list[str] = []

    def window() -> None:
        # Each thread its own connection, as two windows (or two processes) would have.
        with ParkedSales(path) as mine:
            barrier.wait()
            try:
                won.append(mine.take(parked.id))
            except ParkedSaleGone as exc:
                gone.append(exc.parked_id)

    threads = [threading.Thread(target=window) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert won == [parked]
    assert gone == [parked.id] * 5


def test_newest_first_and_per_store(store: ParkedSales) -> None:
    a = store.park_cart(cart_of((EBOOK, 1)), store=MAIN, label="A")
    b = store.park_cart(cart_of((EBOOK, 2)), store=BRANCH, label="B")
    c = store.park_cart(cart_of((EBOOK, 3)), store=MAIN, label="C")
    assert store.list() == [c, b, a]
    assert store.list(MAIN.id) == [c, a]
    assert store.list(BRANCH.id) == [b]
    assert store.list(999) == []
    assert (store.count(), store.count(MAIN.id), store.count(BRANCH.id)) == (3, 2, 1)


def test_order_is_by_time_not_by_time_zone_text(store: ParkedSales) -> None:
    # 08:00 in Jakarta (01:00 UTC) is earlier than 02:00 UTC, though "08" sorts after "02".
    wib = timezone(timedelta(hours=7))
    earlier = store.park(replace(sample("earlier"), parked_at=datetime(2026, 5, 14, 8, 0, tzinfo=wib)))
    later = store.park(replace(sample("later"), parked_at=datetime(2026, 5, 14, 2, 0, tzinfo=UTC)))
    assert store.list() == [later, earlier]
    assert store.list()[1].parked_at == datetime(2026, 5, 14, 1, 0, tzinfo=UTC)


def test_ticket_numbers_are_reused_only_once_free(store: ParkedSales) -> None:
    first, second, third = (store.park_cart(cart_of((EBOOK, 1)), store=MAIN) for _ in range(3))
    assert [s.number for s in (first, second, third)] == [1, 2, 3]
    assert second.label.startswith("Sale 2 – ")
    store.take(second.id)
    assert store.next_number() == 2
    translated = store.park_cart(cart_of((EBOOK, 1)), store=BRANCH, label_template="Transaksi {number}")
    assert (translated.number, translated.label) == (2, "Transaksi 2")


def test_delete_and_parking_the_same_sale_twice(store: ParkedSales) -> None:
    parked = store.park(sample())
    with pytest.raises(ParkedSalesWriteError):
        store.park(parked)
    assert store.delete(parked.id) is True
    assert store.delete(parked.id) is False
    with pytest.raises(ParkedSaleGone):
        store.take(parked.id)


def _damage(path: Path, parked_id: str, sql: str, *args: object) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute(sql, (*args, parked_id))
    raw.close()


def _document(parked: ParkedSale) -> dict:
    return json.loads(json.dumps(to_json(parked)))


def _first_line(doc: dict, **change: object) -> dict:
    return {**doc, "lines": [{**doc["lines"][0], **change}, *doc["lines"][1:]]}


def _first_item(doc: dict, **change: object) -> dict:
    return _first_line(doc, item={**doc["lines"][0]["item"], **change})


@pytest.mark.parametrize(
    "damage",
    [
        lambda doc: "{not json",
        lambda doc: json.dumps(_first_line(doc, quantity="2")),
        lambda doc: json.dumps(_first_item(doc, kind="gift_card")),
        lambda doc: json.dumps(_first_item(doc, price=85000.5)),
        lambda doc: json.dumps({key: value for key, value in doc.items() if key != "store_id"}),
        lambda doc: json.dumps({**doc, "parked_at": "2026-05-14T07:05:00"}),  # no zone
        lambda doc: json.dumps({**doc, "id": "someone-else"}),
        lambda doc: json.dumps([doc]),
    ],
    ids=["json", "quantity", "kind", "price", "missing", "naive", "id", "shape"],
)
def test_a_damaged_row_is_skipped_and_logged_not_lost(path: Path, store: ParkedSales, caplog, damage) -> None:
    good = store.park(sample("good", minutes=1))
    bad = store.park(sample("bad", minutes=2))
    _damage(path, bad.id, "UPDATE parked SET document = ? WHERE id = ?", damage(_document(bad)))
    with caplog.at_level(logging.WARNING, logger="pos_app.storage.parked_sales"):
        assert store.list() == [good]
    assert bad.id in caplog.text
    assert "Rina" not in caplog.text  # a customer's name is not for the log
    assert store.count() == 1
    with pytest.raises(ParkedSaleUnreadable):
        store.take(bad.id)
    # Still on disk for whoever repairs it; the good one is unaffected.
    assert store._db.execute("SELECT COUNT(*) FROM parked").fetchone()[0] == 2
    assert store.take(good.id) == good


def test_a_row_from_a_newer_app_is_left_alone(path: Path, store: ParkedSales) -> None:
    parked = store.park(sample())
    _damage(path, parked.id, "UPDATE parked SET format = ? WHERE id = ?", 2)
    assert store.list() == []
    with pytest.raises(ParkedSaleUnreadable):
        store.take(parked.id)


def test_a_file_from_a_newer_app_is_refused(path: Path) -> None:
    ParkedSales(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE schema_version SET version = 99")
    raw.close()
    with pytest.raises(StorageError, match="newer"):
        ParkedSales(path)


def test_a_closed_file_says_so(path: Path) -> None:
    parked = ParkedSales(path)
    parked.close()
    with pytest.raises(StorageError, match="closed"):
        parked.list()


def test_the_codec_refuses_what_would_not_come_back() -> None:
    with pytest.raises(CodecError):
        to_json({1.5})
    with pytest.raises(CodecError):
        to_json(replace(sample(), discount=0.5))  # type: ignore[arg-type]
    with pytest.raises(CodecError, match=r"ParkedSale\.lines"):
        from_json(ParkedSale, {**_document(sample()), "lines": {"0": 1}})
