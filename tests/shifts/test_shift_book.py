"""The shift book on disk: one open shift per till, final closes, and surviving a restart."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta

import pytest

from pos_app.domain.business_day import day_bounds
from pos_app.domain.report_export import report_csv, report_lines
from pos_app.domain.sales_report import SaleRecord, shift_expected_cash, shift_report
from pos_app.domain.shift import CashCount, MovementKind
from pos_app.storage.shift_book import (
    SHIFTS_FILE,
    NoOpenShiftError,
    NoteRequiredError,
    ShiftAlreadyOpenError,
    ShiftBook,
    ShiftClosedError,
    StaleExpectationError,
)
from pos_app.storage.sqlite_util import StorageError
from tests.shifts.builders import JAKARTA, sale, wib


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(wib(2026, 11, 27, 8, 0))


@pytest.fixture
def path(data_dir):
    return data_dir / SHIFTS_FILE


@pytest.fixture
def book(path, clock):
    b = ShiftBook(path, "KASIR-01", clock=clock)
    yield b
    b.close()


def raw(path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def acceptance_sales(shift_id: str) -> list[SaleRecord]:
    return [
        sale(90_000, shift_id=shift_id, tendered=100_000, change=10_000),
        sale(45_000, shift_id=shift_id, tendered=50_000, change=5_000),
        sale(60_000, "qris", shift_id=shift_id),
    ]


def test_acceptance_open_sell_pay_out_count_short_and_report(book, clock, path):
    shift = book.open_shift("Sari", 200_000)
    sales = acceptance_sales(shift.id)
    clock.advance(hours=3)
    book.add_movement(MovementKind.PAY_OUT, 20_000, "beli kantong plastik", shift_id=shift.id)
    expected = shift_expected_cash(shift, sales, book.movements(shift.id))
    assert expected.total == 315_000
    assert (
        expected.explain("en") == "Float Rp 200.000 + Cash sales Rp 135.000 − Pay-outs Rp 20.000 = Rp 315.000"
    )

    clock.advance(hours=5)
    count = CashCount.of({100_000: 3, 5_000: 2})
    closed = book.close_shift(shift.id, count, expected, "kembalian salah ke pembeli")
    assert (closed.counted, closed.difference, closed.note) == (310_000, -5_000, "kembalian salah ke pembeli")
    assert closed.closed_at == wib(2026, 11, 27, 16, 0)
    assert book.current() is None
    book.close()

    with ShiftBook(path, "KASIR-01", clock=clock) as again:
        stored = again.get(shift.id)
        assert stored == closed
        assert stored.count == count
        assert stored.expected == expected
        movements = again.movements(shift.id)
        report = shift_report(
            stored, sales, movements, tz=JAKARTA, generated_at=clock(), statuses_refreshed=True
        )
    assert [(m.group, m.count, m.total) for m in report.methods] == [
        ("cash", 2, 135_000),
        ("qris", 1, 60_000),
    ]
    assert report.drawers[0].difference == -5_000
    assert "Selisih" + "-Rp 5.000".rjust(32 - len("Selisih")) in report_lines(report, 32)
    assert ",difference,Selisih,,,,,,,,,,-5000,kembalian salah ke pembeli" in report_csv(report)


def test_a_difference_needs_a_note_and_a_match_does_not(book):
    shift = book.open_shift("Sari", 100_000)
    expected = shift_expected_cash(shift, [], [])
    with pytest.raises(NoteRequiredError):
        book.close_shift(shift.id, 95_000, expected, "   ")
    assert book.current() == shift  # nothing was written
    closed = book.close_shift(shift.id, 100_000, expected, "")
    assert (closed.difference, closed.note, closed.count) == (0, None, None)


def test_a_closed_shift_cannot_change(book, path):
    shift = book.open_shift("Sari", 100_000)
    book.add_movement("pay_in", 50_000, "tukar uang kecil")
    expected = shift_expected_cash(shift, [], book.movements(shift.id))
    book.close_shift(shift.id, 150_000, expected, "")

    with pytest.raises(ShiftClosedError):
        book.add_movement("pay_out", 1_000, "parkir", shift_id=shift.id)
    with pytest.raises(NoOpenShiftError):
        book.add_movement("pay_out", 1_000, "parkir")
    with pytest.raises(ShiftClosedError):
        book.close_shift(shift.id, 140_000, expected, "hitung ulang")
    with pytest.raises(ShiftClosedError):
        book.close_shift(shift.id, 140_000, expected, "")
    with pytest.raises(NoOpenShiftError):
        book.require_open()

    # Not even a direct write to the file can rewrite it.
    conn = raw(path)
    statements = [
        ("UPDATE shifts SET counted = 999 WHERE id = ?", (shift.id,)),
        ("UPDATE shifts SET note = 'diubah' WHERE id = ?", (shift.id,)),
        ("DELETE FROM shifts WHERE id = ?", (shift.id,)),
        ("UPDATE movements SET amount = 1 WHERE shift_id = ?", (shift.id,)),
        ("DELETE FROM movements WHERE shift_id = ?", (shift.id,)),
        (
            "INSERT INTO movements (shift_id, kind, amount, reason, at) VALUES (?, 'pay_out', 5, 'x', 'x')",
            (shift.id,),
        ),
    ]
    for sql, args in statements:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(sql, args)
    conn.close()
    assert book.get(shift.id).counted == 150_000
    assert [m.amount for m in book.movements(shift.id)] == [50_000]


def test_an_open_shifts_float_and_opening_cannot_be_rewritten(book, path):
    shift = book.open_shift("Sari", 100_000)
    conn = raw(path)
    for sql in (
        "UPDATE shifts SET opening_float = 0 WHERE id = ?",
        "UPDATE shifts SET cashier = 'Budi' WHERE id = ?",
        "UPDATE shifts SET opened_at = '2020-01-01T00:00:00.000000+00:00' WHERE id = ?",
    ):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(sql, (shift.id,))
    conn.close()
    assert book.get(shift.id) == shift


def test_one_open_shift_per_terminal(book):
    first = book.open_shift("Sari", 200_000)
    with pytest.raises(ShiftAlreadyOpenError) as refused:
        book.open_shift("Budi", 50_000)
    assert refused.value.shift == first
    assert book.current() == first


def test_one_open_shift_per_terminal_across_two_books_on_one_file(path, clock):
    with ShiftBook(path, "KASIR-01", clock=clock) as a, ShiftBook(path, "KASIR-01", clock=clock) as b:
        shift = a.open_shift("Sari", 200_000)
        with pytest.raises(ShiftAlreadyOpenError):
            b.open_shift("Budi", 50_000)
        assert b.current() == shift
        # Another till sharing the file keeps its own shift.
        with ShiftBook(path, "KASIR-02", clock=clock) as other:
            assert other.current() is None
            assert other.open_shift("Dewi", 100_000).number == 1
        b.close_shift(shift.id, 200_000, shift_expected_cash(shift, [], []), "")
        assert a.current() is None
        nxt = a.open_shift("Budi", 50_000)
    assert nxt.number == 2
    assert nxt.id.startswith("KASIR-01-S00002-")


def test_a_renamed_till_closes_its_open_shift_and_opens_the_next_under_the_new_name(book, clock):
    shift = book.open_shift("Sari", 200_000)
    book.set_terminal("  KASIR-DEPAN ")
    assert book.terminal == "KASIR-DEPAN"
    assert book.current() == shift, "the shift opened before the rename is still this till's"
    with pytest.raises(ShiftAlreadyOpenError):
        book.open_shift("Budi", 50_000)
    book.set_terminal("KASIR-LAIN")  # renamed twice before closing
    assert book.current() == shift
    moved = book.add_movement(MovementKind.PAY_IN, 10_000, "uang kecil")  # no id: the current one
    assert moved.shift_id == shift.id
    clock.advance(hours=1)
    book.close_shift(shift.id, 210_000, shift_expected_cash(shift, [], book.movements(shift.id)), "")
    assert book.current() is None
    nxt = book.open_shift("Budi", 50_000)
    assert (nxt.terminal, nxt.number) == ("KASIR-LAIN", 1)
    assert nxt.id.startswith("KASIR-LAIN-S00001-") and book.current() == nxt
    book.set_terminal("   ")  # an empty name is no rename
    assert book.terminal == "KASIR-LAIN"


def test_a_shift_left_open_under_the_old_name_is_still_current_after_a_restart(book, path, clock):
    shift = book.open_shift("Sari", 200_000)
    book.set_terminal("KASIR-DEPAN")
    book.close()
    with (
        ShiftBook(path, "KASIR-DEPAN", clock=clock) as renamed,
        ShiftBook(path, "KASIR-02", clock=clock) as other,
    ):
        assert renamed.current() == shift
        assert other.current() is None  # another till on the same file is not confused
        clock.advance(hours=1)
        renamed.close_shift(shift.id, 200_000, shift_expected_cash(shift, [], []), "")
        assert renamed.open_shift("Budi", 0).terminal == "KASIR-DEPAN"


def test_a_till_renamed_without_an_open_shift_opens_under_the_new_name(book):
    book.set_terminal("KASIR-DEPAN")
    assert book.current() is None
    assert book.open_shift("Sari", 0).terminal == "KASIR-DEPAN"


def test_the_database_itself_refuses_a_second_open_shift(book, path):
    book.open_shift("Sari", 200_000)
    conn = raw(path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO shifts (id, terminal, number, cashier, opening_float, opened_at)"
            " VALUES ('x', 'KASIR-01', 99, 'Budi', 0, '2026-11-27T01:00:00.000000+00:00')"
        )
    conn.close()


def test_close_refuses_an_expectation_from_other_movements(book):
    shift = book.open_shift("Sari", 200_000)
    stale = shift_expected_cash(shift, [], book.movements(shift.id))
    # Another window pays out while the close screen is showing the old figure.
    book.add_movement("pay_out", 20_000, "beli galon")
    with pytest.raises(StaleExpectationError):
        book.close_shift(shift.id, 200_000, stale, "")
    assert book.current() == shift
    fresh = shift_expected_cash(shift, [], book.movements(shift.id))
    assert book.close_shift(shift.id, 180_000, fresh, "").difference == 0


def test_movements_are_checked_and_kept_in_order(book, clock):
    with pytest.raises(NoOpenShiftError):
        book.add_movement("pay_in", 1_000, "modal tambahan")
    shift = book.open_shift("  Sari \n", 0)
    assert shift.cashier == "Sari"
    for bad in (
        (MovementKind.PAY_IN, 0, "x"),
        (MovementKind.PAY_IN, -5, "x"),
        (MovementKind.PAY_OUT, 1, " "),
    ):
        with pytest.raises(ValueError):
            book.add_movement(*bad)
    with pytest.raises(ValueError):
        book.add_movement("refund", 1_000, "x")
    with pytest.raises(KeyError):
        book.add_movement("pay_in", 1_000, "x", shift_id="nope")
    book.add_movement("pay_in", 100_000, "tukar\nuang kecil")
    clock.advance(minutes=5)
    book.add_movement("pay_out", 15_000, "bensin kurir")
    stored = book.movements(shift.id)
    assert [(m.kind, m.amount, m.reason) for m in stored] == [
        (MovementKind.PAY_IN, 100_000, "tukar uang kecil"),
        (MovementKind.PAY_OUT, 15_000, "bensin kurir"),
    ]
    assert stored[1].at - stored[0].at == timedelta(minutes=5)
    with pytest.raises(KeyError):
        book.movements("nope")


def test_open_refuses_bad_input(book):
    with pytest.raises(ValueError):
        book.open_shift("  ", 100_000)
    with pytest.raises(ValueError):
        book.open_shift("Sari", -1)
    with pytest.raises(TypeError):
        book.open_shift("Sari", 100_000.0)  # type: ignore[arg-type]
    assert book.current() is None


def test_timestamps_are_stored_as_utc_text(book, path):
    shift = book.open_shift("Sari", 1_000)
    assert shift.opened_at == wib(2026, 11, 27, 8, 0)
    conn = raw(path)
    assert conn.execute("SELECT opened_at FROM shifts").fetchone()[0] == "2026-11-27T01:00:00.000000+00:00"
    conn.close()


def test_a_clock_set_back_never_closes_a_shift_before_it_opened(book, clock):
    shift = book.open_shift("Sari", 1_000)
    clock.advance(hours=-2)
    movement = book.add_movement("pay_in", 1_000, "koin")
    closed = book.close_shift(shift.id, 2_000, shift_expected_cash(shift, [], [movement]), "")
    assert movement.at == shift.opened_at
    assert closed.closed_at == shift.opened_at


def test_a_naive_clock_is_refused(path):
    naive = ShiftBook(path, "KASIR-01", clock=lambda: datetime(2026, 11, 27, 8, 0))
    with naive, pytest.raises(ValueError, match="aware"):
        naive.open_shift("Sari", 1_000)


def test_shifts_between_the_bounds_of_a_business_day(book, clock):
    def run(opened: datetime, closed: datetime | None) -> str:
        clock.now = opened
        shift = book.open_shift("Sari", 0)
        if closed is not None:
            clock.now = closed
            book.close_shift(shift.id, 0, shift_expected_cash(shift, [], []), "")
        return shift.id

    night = run(wib(2026, 11, 26, 22, 0), wib(2026, 11, 27, 5, 0))
    day = run(wib(2026, 11, 27, 8, 0), wib(2026, 11, 27, 16, 0))
    evening = run(wib(2026, 11, 27, 20, 0), None)

    def ids(d: date) -> list[str]:
        return [s.id for s in book.shifts_between(*day_bounds(d, time(4, 0), JAKARTA))]

    assert ids(date(2026, 11, 26)) == [night]  # it crosses the 04:00 cut: in both days
    assert ids(date(2026, 11, 27)) == [night, day, evening]
    assert ids(date(2026, 11, 28)) == [evening]  # still open
    assert ids(date(2026, 11, 25)) == []


def test_the_file_is_durable_wal_with_full_sync(book, path):
    assert book._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert book._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert path.name == "shifts.sqlite3"


def test_an_empty_terminal_name_is_refused(path, clock):
    with pytest.raises(ValueError):
        ShiftBook(path, " ", clock=clock)


def test_closed_book_says_so(path, clock):
    b = ShiftBook(path, "KASIR-01", clock=clock)
    b.close()
    with pytest.raises(StorageError, match="shift book is closed"):
        b.current()
