"""The shift book: shifts, pay-ins and pay-outs of this till, in ``shifts.sqlite3``.

Durability as in the sales journal: WAL with ``synchronous=FULL``, every change one
statement or one ``BEGIN IMMEDIATE`` transaction, timestamps as aware UTC text.

The rules hold in the database itself, not only in this class, so a second ``ShiftBook`` on
the same file, a second process or a repair tool cannot break them: one open shift per
terminal (a partial unique index), a closed shift and its movements are final, a shift's
float and opening are never rewritten, nothing is deleted (triggers). A wrong pay-out is
corrected with a pay-in that says why, never by editing the record.
"""

from __future__ import annotations

import json
import logging
import secrets
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pos_app.domain.shift import CashCount, CashMovement, ExpectedCash, MovementKind, Shift
from pos_app.domain.validation import require_aware, whole_rupiah
from pos_app.storage.sqlite_util import SqliteFile, StorageError, migrate, transaction

log = logging.getLogger(__name__)

SHIFTS_FILE = "shifts.sqlite3"


class ShiftError(StorageError):
    """A shift change the book refuses; the message is for the log, the type for the screen."""


class ShiftAlreadyOpenError(ShiftError):
    def __init__(self, shift: Shift) -> None:
        super().__init__(f"{shift.terminal} already has shift {shift.id} open (cashier {shift.cashier})")
        self.shift = shift


class NoOpenShiftError(ShiftError):
    """The till has no open shift: open one before selling or moving cash."""


class ShiftClosedError(ShiftError):
    """The shift is closed; it and its pay-ins and pay-outs cannot change any more."""


class NoteRequiredError(ShiftError):
    """The count differs from the expected cash: the cashier must say why."""


class StaleExpectationError(ShiftError):
    """The expected cash was worked out from another float or other pay-ins/outs than the book holds."""


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE shifts (
            id TEXT PRIMARY KEY,
            terminal TEXT NOT NULL,
            number INTEGER NOT NULL,
            cashier TEXT NOT NULL,
            opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
            opened_at TEXT NOT NULL,
            closed_at TEXT,
            cash_sales INTEGER,
            cash_refunds INTEGER,
            pay_ins INTEGER,
            pay_outs INTEGER,
            expected INTEGER,
            counted INTEGER CHECK (counted >= 0),
            count TEXT,
            difference INTEGER,
            note TEXT,
            UNIQUE (terminal, number),
            CHECK ((closed_at IS NULL) = (counted IS NULL) AND (closed_at IS NULL) = (expected IS NULL))
        )
        """
    )
    conn.execute(
        "CREATE UNIQUE INDEX shifts_one_open_per_terminal ON shifts (terminal) WHERE closed_at IS NULL"
    )
    conn.execute("CREATE INDEX shifts_opened ON shifts (opened_at)")
    conn.execute(
        """
        CREATE TABLE movements (
            id INTEGER PRIMARY KEY,
            shift_id TEXT NOT NULL REFERENCES shifts (id),
            kind TEXT NOT NULL CHECK (kind IN ('pay_in', 'pay_out')),
            amount INTEGER NOT NULL CHECK (amount > 0),
            reason TEXT NOT NULL CHECK (trim(reason) <> ''),
            at TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX movements_shift ON movements (shift_id, at)")
    for trigger in (
        """CREATE TRIGGER shifts_closed_are_final BEFORE UPDATE ON shifts WHEN OLD.closed_at IS NOT NULL
           BEGIN SELECT RAISE(ABORT, 'the shift is closed'); END""",
        """CREATE TRIGGER shifts_opening_is_final BEFORE UPDATE ON shifts
           WHEN NEW.id IS NOT OLD.id OR NEW.terminal IS NOT OLD.terminal OR NEW.number IS NOT OLD.number
             OR NEW.cashier IS NOT OLD.cashier OR NEW.opening_float IS NOT OLD.opening_float
             OR NEW.opened_at IS NOT OLD.opened_at
           BEGIN SELECT RAISE(ABORT, 'a shift''s opening cannot change'); END""",
        """CREATE TRIGGER shifts_never_deleted BEFORE DELETE ON shifts
           BEGIN SELECT RAISE(ABORT, 'shifts are never deleted'); END""",
        """CREATE TRIGGER movements_need_an_open_shift BEFORE INSERT ON movements
           WHEN NOT EXISTS (SELECT 1 FROM shifts WHERE id = NEW.shift_id AND closed_at IS NULL)
           BEGIN SELECT RAISE(ABORT, 'pay-ins and pay-outs need an open shift'); END""",
        """CREATE TRIGGER movements_are_final BEFORE UPDATE ON movements
           BEGIN SELECT RAISE(ABORT, 'pay-ins and pay-outs cannot change'); END""",
        """CREATE TRIGGER movements_never_deleted BEFORE DELETE ON movements
           BEGIN SELECT RAISE(ABORT, 'pay-ins and pay-outs are never deleted'); END""",
    ):
        conn.execute(trigger)


def _v2(conn: sqlite3.Connection) -> None:
    # A till renamed while its shift was open still counts and closes that shift, also after a
    # restart: the file may hold other tills' shifts, so the old name has to be remembered.
    conn.execute("CREATE TABLE renamed_tills (terminal TEXT PRIMARY KEY, previous TEXT NOT NULL)")


_MIGRATIONS = (_v1, _v2)


def _ts(moment: datetime) -> str:
    # The journal's format: one fixed UTC form, so text order is time order in range queries.
    require_aware(moment, "a shift book timestamp")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def _count_json(count: CashCount) -> str:
    return json.dumps({"pieces": {str(d): n for d, n in count.pieces}, "coins": count.coins})


def _count_from_json(text: str) -> CashCount:
    data = json.loads(text)
    return CashCount.of({int(d): n for d, n in data["pieces"].items()}, coins=data["coins"])


def _expected_from_row(row: sqlite3.Row) -> ExpectedCash | None:
    if row["closed_at"] is None:
        return None
    return ExpectedCash(
        opening_float=row["opening_float"],
        cash_sales=row["cash_sales"],
        cash_refunds=row["cash_refunds"],
        pay_ins=row["pay_ins"],
        pay_outs=row["pay_outs"],
    )


def _row_to_shift(row: sqlite3.Row) -> Shift:
    closed = row["closed_at"] is not None
    return Shift(
        id=row["id"],
        terminal=row["terminal"],
        number=row["number"],
        cashier=row["cashier"],
        opening_float=row["opening_float"],
        opened_at=datetime.fromisoformat(row["opened_at"]),
        closed_at=datetime.fromisoformat(row["closed_at"]) if closed else None,
        expected=_expected_from_row(row),
        counted=row["counted"],
        count=_count_from_json(row["count"]) if row["count"] else None,
        difference=row["difference"],
        note=row["note"],
    )


def _row_to_movement(row: sqlite3.Row) -> CashMovement:
    return CashMovement(
        id=row["id"],
        shift_id=row["shift_id"],
        kind=MovementKind(row["kind"]),
        amount=row["amount"],
        reason=row["reason"],
        at=datetime.fromisoformat(row["at"]),
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ShiftBook(SqliteFile):
    """The shifts of this till's file; ``terminal`` is the till whose shift is "current".

    ``clock`` gives aware "now" times; pass the server-corrected clock, as for the journal,
    because the PC clock of a shop till is often wrong.
    """

    _what = "shift book"

    def __init__(self, path: Path, terminal: str, *, clock: Callable[[], datetime]) -> None:
        if not terminal.strip():
            raise ValueError("the terminal name must not be empty")
        super().__init__(path, synchronous="FULL")
        self.terminal = terminal.strip()
        # The till's name before a rename, while a shift opened under it is still open.
        self._renamed_from: str | None = None
        self._clock = clock
        try:
            migrate(self._db, _MIGRATIONS, what="shift book")
        except BaseException:
            self.close()
            raise
        renamed = self._db.execute(
            "SELECT previous FROM renamed_tills WHERE terminal = ?", (self.terminal,)
        ).fetchone()
        if renamed is not None:
            self._renamed_from = renamed[0]

    def _now(self, not_before: datetime | None = None) -> datetime:
        now = self._clock()
        require_aware(now, "the clock's time")
        # A clock corrected backwards must not close a shift before it opened: the shift's
        # span is what puts it into day reports.
        return max(now, not_before) if not_before is not None else now

    # --- reading ----------------------------------------------------------------------

    def get(self, shift_id: str) -> Shift:
        row = self._db.execute("SELECT * FROM shifts WHERE id = ?", (shift_id,)).fetchone()
        if row is None:
            raise KeyError(shift_id)
        return _row_to_shift(row)

    def current(self) -> Shift | None:
        """This terminal's open shift, read from the file (another window may have closed it)."""
        row = self._open_row(self._db)
        return None if row is None else _row_to_shift(row)

    def _open_row(self, db: sqlite3.Connection) -> sqlite3.Row | None:
        old = self._renamed_from or self.terminal
        return db.execute(
            "SELECT * FROM shifts WHERE terminal IN (?, ?) AND closed_at IS NULL ORDER BY opened_at LIMIT 1",
            (old, self.terminal),
        ).fetchone()

    def set_terminal(self, name: str) -> None:
        """A renamed till: its next shift opens under ``name``.

        A shift open under the old name stays this till's current shift until it is closed:
        its terminal is part of its record, and the cashier still counts and closes it here.
        """
        name = name.strip()
        if not name or name == self.terminal:
            return
        shift = self.current()
        self._renamed_from = shift.terminal if shift is not None else None
        self.terminal = name
        try:
            with transaction(self._db) as db:
                if shift is not None:
                    db.execute(
                        "INSERT OR REPLACE INTO renamed_tills (terminal, previous) VALUES (?, ?)",
                        (name, shift.terminal),
                    )
                else:
                    db.execute("DELETE FROM renamed_tills WHERE terminal = ?", (name,))
        except sqlite3.Error:
            # This session still knows the shift; only a restart before closing it would not.
            log.warning("shift book: the rename to %s was not saved", name, exc_info=True)

    def require_open(self) -> Shift:
        """The open shift a sale is made in; raises :class:`NoOpenShiftError` when there is none."""
        shift = self.current()
        if shift is None:
            raise NoOpenShiftError(f"{self.terminal} has no open shift")
        return shift

    def movements(self, shift_id: str) -> list[CashMovement]:
        """The shift's pay-ins and pay-outs, oldest first."""
        self.get(shift_id)
        rows = self._db.execute(
            "SELECT * FROM movements WHERE shift_id = ? ORDER BY at, id", (shift_id,)
        ).fetchall()
        return [_row_to_movement(r) for r in rows]

    def shifts_between(self, start: datetime, end: datetime) -> list[Shift]:
        """Shifts of any terminal in this file that were open at some moment in ``[start, end)``.

        For a day report pass ``day_bounds(day, cut, tz)``; a shift crossing the cut is in both days.
        """
        rows = self._db.execute(
            "SELECT * FROM shifts WHERE opened_at < ? AND (closed_at IS NULL OR closed_at >= ?)"
            " ORDER BY opened_at, terminal, number",
            (_ts(end), _ts(start)),
        ).fetchall()
        return [_row_to_shift(r) for r in rows]

    # --- writing ----------------------------------------------------------------------

    def open_shift(self, cashier: str, float_amount: int) -> Shift:
        """Open this terminal's shift with the cash already in the drawer."""
        name = _one_line(cashier)
        if not name:
            raise ValueError("the cashier's name must not be empty")
        whole_rupiah(float_amount, "the float")
        with transaction(self._db) as db:
            row = self._open_row(db)
            if row is not None:
                raise ShiftAlreadyOpenError(_row_to_shift(row))
            last = db.execute(
                "SELECT MAX(number) FROM shifts WHERE terminal = ?", (self.terminal,)
            ).fetchone()
            number = int(last[0] or 0) + 1
            # The random tail keeps ids unique if the file is lost and numbering starts over,
            # so old journal entries never point at a new shift.
            shift_id = f"{self.terminal}-S{number:05d}-{secrets.token_hex(3)}"
            db.execute(
                "INSERT INTO shifts (id, terminal, number, cashier, opening_float, opened_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (shift_id, self.terminal, number, name, float_amount, _ts(self._now())),
            )
        return self.get(shift_id)

    def _open_for_change(self, db: sqlite3.Connection, shift_id: str | None) -> Shift:
        if shift_id is None:
            row = self._open_row(db)
            if row is None:
                raise NoOpenShiftError(f"{self.terminal} has no open shift")
        else:
            row = db.execute("SELECT * FROM shifts WHERE id = ?", (shift_id,)).fetchone()
            if row is None:
                raise KeyError(shift_id)
        shift = _row_to_shift(row)
        if not shift.is_open:
            raise ShiftClosedError(f"shift {shift.id} was closed at {shift.closed_at:%Y-%m-%d %H:%M} UTC")
        return shift

    def add_movement(
        self, kind: MovementKind | str, amount: int, reason: str, *, shift_id: str | None = None
    ) -> CashMovement:
        """Record a pay-in or pay-out in this terminal's open shift.

        Pass ``shift_id`` from the screen that showed the shift, so that a dialog left open
        across a close cannot put its cash into the next shift.
        """
        kind = MovementKind(kind)
        whole_rupiah(amount, "a pay-in or pay-out", positive=True)
        text = _one_line(reason)
        if not text:
            raise ValueError("a pay-in or pay-out needs a reason")
        with transaction(self._db) as db:
            shift = self._open_for_change(db, shift_id)
            cursor = db.execute(
                "INSERT INTO movements (shift_id, kind, amount, reason, at) VALUES (?, ?, ?, ?, ?)",
                (shift.id, kind.value, amount, text, _ts(self._now(not_before=shift.opened_at))),
            )
            row = db.execute("SELECT * FROM movements WHERE id = ?", (cursor.lastrowid,)).fetchone()
        return _row_to_movement(row)

    def close_shift(self, shift_id: str, count: CashCount | int, expected: ExpectedCash, note: str) -> Shift:
        """Close the shift with the drawer count; the shift is final from then on.

        ``expected`` is what the close screen showed (``sales_report.shift_expected_cash``);
        its float and pay-ins/outs must match this book, or :class:`StaleExpectationError`
        asks the screen to recompute. A difference needs a ``note`` (:class:`NoteRequiredError`).
        """
        counted = count.total if isinstance(count, CashCount) else whole_rupiah(count, "the counted cash")
        text = _one_line(note)
        difference = expected.difference(counted)
        with transaction(self._db) as db:
            shift = self._open_for_change(db, shift_id)
            sums = db.execute(
                "SELECT COALESCE(SUM(CASE kind WHEN 'pay_in' THEN amount END), 0),"
                " COALESCE(SUM(CASE kind WHEN 'pay_out' THEN amount END), 0)"
                " FROM movements WHERE shift_id = ?",
                (shift.id,),
            ).fetchone()
            held = (shift.opening_float, sums[0], sums[1])
            shown = (expected.opening_float, expected.pay_ins, expected.pay_outs)
            if shown != held:
                raise StaleExpectationError(
                    f"shift {shift.id}: the expected cash used float, pay-ins, pay-outs {shown};"
                    f" the book holds {held}"
                )
            if difference and not text:
                raise NoteRequiredError(f"the count is {difference:+} off the expected cash; say why")
            db.execute(
                "UPDATE shifts SET closed_at = ?, cash_sales = ?, cash_refunds = ?, pay_ins = ?,"
                " pay_outs = ?, expected = ?, counted = ?, count = ?, difference = ?, note = ? WHERE id = ?",
                (
                    _ts(self._now(not_before=shift.opened_at)),
                    expected.cash_sales,
                    expected.cash_refunds,
                    expected.pay_ins,
                    expected.pay_outs,
                    expected.total,
                    counted,
                    _count_json(count) if isinstance(count, CashCount) else None,
                    difference,
                    text or None,
                    shift.id,
                ),
            )
        return self.get(shift.id)
